#include "tools/bench/request_frames.hpp"

#include <array>
#include <cstdio>

namespace gateway::bench {

std::string BuildConnectFrame(const std::string& token, const std::vector<std::string>& scopes,
                              const std::string& instance_id,
                              const std::vector<std::string>& caps) {
  const nlohmann::json client = {
      {"id", "cli"},         {"version", "2026.9.6"},
      {"platform", "linux"}, {"deviceFamily", "Linux"},
      {"mode", "cli"},       {"instanceId", instance_id},
  };
  const nlohmann::json params = {
      {"minProtocol", 4},           {"maxProtocol", 4},   {"client", client}, {"caps", caps},
      {"auth", {{"token", token}}}, {"role", "operator"}, {"scopes", scopes},
  };
  const nlohmann::json frame = {{"type", "req"},
                                {"id", std::string(kConnectRequestId)},
                                {"method", "connect"},
                                {"params", params}};
  return frame.dump();
}

RequestTemplate::RequestTemplate(const std::string& method, const nlohmann::json& params) {
  frame_ = R"({"type":"req","id":")";
  id_offset_ = frame_.size();
  frame_.append(kIdDigits, '0');
  frame_ += R"(","method":)";
  frame_ += nlohmann::json(method).dump();
  frame_ += R"(,"params":)";
  frame_ += params.dump();
  frame_ += '}';
}

void RequestTemplate::WriteId(std::string& frame, std::uint64_t n) const {
  for (std::size_t i = kIdDigits; i > 0; --i) {
    frame[id_offset_ + i - 1] = static_cast<char>('0' + n % 10);
    n /= 10;
  }
}

std::optional<std::uint64_t> RequestTemplate::ParseId(std::string_view id) {
  if (id.size() != kIdDigits) return std::nullopt;
  std::uint64_t n = 0;
  for (char c : id) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return n;
}

}  // namespace gateway::bench
