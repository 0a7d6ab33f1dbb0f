// Shaping untrusted text for log lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gateway::control {

// Untrusted text (request ids, unknown method names, client versions) is cut short in log lines.
inline std::string_view Clip(std::string_view text, std::size_t limit = 80) {
  return text.substr(0, limit);
}

// "a,b,c", or "(none)".
inline std::string JoinOrNone(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ',';
    out += item;
  }
  return out.empty() ? "(none)" : out;
}

}  // namespace gateway::control
