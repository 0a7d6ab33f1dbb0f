// Generated from protocol/events/agent.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/events_agent.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, AgentEventData& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const AgentEventData& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, AgentEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"runId", "seq", "stream", "ts", "data", "spawnedBy", "isHeartbeat", "sessionKey", "agentId", "sessionId"}, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "seq", ptr), out.seq, wire::ChildPointer(ptr, "seq"));
  Read(wire::RequiredMember(j, "stream", ptr), out.stream, wire::ChildPointer(ptr, "stream"));
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  Read(wire::RequiredMember(j, "data", ptr), out.data, wire::ChildPointer(ptr, "data"));
  if (auto it = j.find("spawnedBy"); it != j.end()) Read(*it, out.spawned_by.emplace(), wire::ChildPointer(ptr, "spawnedBy"));
  if (auto it = j.find("isHeartbeat"); it != j.end()) Read(*it, out.is_heartbeat.emplace(), wire::ChildPointer(ptr, "isHeartbeat"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("sessionId"); it != j.end()) Read(*it, out.session_id.emplace(), wire::ChildPointer(ptr, "sessionId"));
}

nlohmann::json Write(const AgentEvent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["seq"] = Write(value.seq);
  j["stream"] = Write(value.stream);
  j["ts"] = Write(value.ts);
  j["data"] = Write(value.data);
  if (value.spawned_by) j["spawnedBy"] = Write(*value.spawned_by);
  if (value.is_heartbeat) j["isHeartbeat"] = Write(*value.is_heartbeat);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.session_id) j["sessionId"] = Write(*value.session_id);
  return j;
}

}  // namespace gateway::proto
