// The bodies of POST <hooks.path>/wake and /agent (http.md §7), checked field by field: a clear
// message for the first field that is wrong, never a crash on odd JSON.
#pragma once

#include <cstdint>
#include <expected>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "gateway/proto/config_openclaw.hpp"
#include "server/providers/model_types.hpp"

namespace gateway::http::hooks {

struct WakePayload {
  std::string text;
  proto::HookWakeMode mode = proto::HookWakeMode::kNow;
  std::optional<std::string> agent_id;
  std::optional<std::string> session_key;
};

struct AgentPayload {
  std::string message;
  std::string name = "Hook";  // label of the run's source
  std::optional<std::string> agent_id;
  std::optional<std::string> session_key;
  proto::HookWakeMode wake_mode = proto::HookWakeMode::kNow;
  // Delivery of the reply to a channel: validated and kept, not performed (no channel exists).
  bool deliver = false;
  std::optional<std::string> channel;
  std::optional<std::string> to;
  std::optional<std::string> model;
  std::optional<providers::ThinkingLevel> thinking;
  std::optional<std::int64_t> timeout_seconds;
  bool wait_for_completion = false;
};

// A hook request body: a JSON object (an empty body is an empty object); else the reason.
std::expected<nlohmann::json, std::string> ParseHookBody(std::string_view body);

std::expected<WakePayload, std::string> ParseWakePayload(const nlohmann::json& body);
std::expected<AgentPayload, std::string> ParseAgentPayload(const nlohmann::json& body);

}  // namespace gateway::http::hooks
