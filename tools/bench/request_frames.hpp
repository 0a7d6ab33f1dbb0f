// Request frames the bench sends: the CLI's connect request, and requests serialized once with a
// fixed-width id that is rewritten in place for every send.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::bench {

// The id every bench connection gives its connect request.
inline constexpr std::string_view kConnectRequestId = "c";

// The connect request the real CLI sends with token auth: client id and mode "cli", protocol 4,
// role operator, the given scopes and a fresh instanceId, and connect `caps`.
std::string BuildConnectFrame(const std::string& token, const std::vector<std::string>& scopes,
                              const std::string& instance_id,
                              const std::vector<std::string>& caps = {});

class RequestTemplate {
 public:
  static constexpr std::size_t kIdDigits = 10;

  RequestTemplate(const std::string& method, const nlohmann::json& params);

  // The frame with id 0; copy it once, then WriteId before each send.
  const std::string& frame() const { return frame_; }
  // Writes n (mod 10^kIdDigits) as the id of `frame`, a copy of frame().
  void WriteId(std::string& frame, std::uint64_t n) const;
  // The request number in a response id written by WriteId; nullopt for any other id.
  static std::optional<std::uint64_t> ParseId(std::string_view id);

 private:
  std::string frame_;
  std::size_t id_offset_ = 0;
};

}  // namespace gateway::bench
