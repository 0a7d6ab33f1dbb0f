// Generated from protocol/events/agent.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

using wire::Read;
using wire::Write;

struct AgentEventData {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentEventData&) const = default;
};
void Read(const nlohmann::json& j, AgentEventData& out, std::string_view ptr);
nlohmann::json Write(const AgentEventData& value);
inline void from_json(const nlohmann::json& j, AgentEventData& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentEventData& value) { j = Write(value); }

// seq is per run (the first event of a run is 1). sessionKey, agentId and sessionId are sent by 2026.9.6 although the 2026.9.1 schema does not list them.
struct AgentEvent {
  std::string run_id{};
  std::int64_t seq{};
  std::string stream{};
  std::int64_t ts{};
  AgentEventData data{};
  std::optional<std::string> spawned_by{};
  std::optional<bool> is_heartbeat{};
  std::optional<std::string> session_key{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> session_id{};

  bool operator==(const AgentEvent&) const = default;
};
void Read(const nlohmann::json& j, AgentEvent& out, std::string_view ptr);
nlohmann::json Write(const AgentEvent& value);
inline void from_json(const nlohmann::json& j, AgentEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentEvent& value) { j = Write(value); }

}  // namespace gateway::proto
