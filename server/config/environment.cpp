#include "server/config/environment.hpp"

extern char** environ;

namespace gateway::config {

Environment Environment::FromProcess() {
  Environment env;
  for (char** entry = environ; entry && *entry; ++entry) {
    std::string_view kv(*entry);
    auto eq = kv.find('=');
    if (eq == std::string_view::npos) continue;
    env.vars_.emplace(std::string(kv.substr(0, eq)), std::string(kv.substr(eq + 1)));
  }
  return env;
}

std::optional<std::string> Environment::Get(std::string_view name) const {
  auto it = vars_.find(name);
  if (it == vars_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Environment::GetNonEmpty(std::string_view name) const {
  auto value = Get(name);
  if (value && value->empty()) return std::nullopt;
  return value;
}

bool Environment::SetIfUnset(const std::string& name, std::string value) {
  return vars_.emplace(name, std::move(value)).second;
}

}  // namespace gateway::config
