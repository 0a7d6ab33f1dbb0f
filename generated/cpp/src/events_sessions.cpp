// Generated from protocol/events/sessions.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/events_sessions.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, SessionMessageEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "sessionKey", ptr), out.session_key, wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("sessionId"); it != j.end()) Read(*it, out.session_id.emplace(), wire::ChildPointer(ptr, "sessionId"));
  if (auto it = j.find("messageId"); it != j.end()) Read(*it, out.message_id.emplace(), wire::ChildPointer(ptr, "messageId"));
  if (auto it = j.find("messageSeq"); it != j.end()) Read(*it, out.message_seq.emplace(), wire::ChildPointer(ptr, "messageSeq"));
  Read(wire::RequiredMember(j, "message", ptr), out.message, wire::ChildPointer(ptr, "message"));
  if (auto it = j.find("session"); it != j.end()) Read(*it, out.session.emplace(), wire::ChildPointer(ptr, "session"));
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"sessionKey", "agentId", "sessionId", "messageId", "messageSeq", "message", "session", "ts"});
}

nlohmann::json Write(const SessionMessageEvent& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["sessionKey"] = Write(value.session_key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.session_id) j["sessionId"] = Write(*value.session_id);
  if (value.message_id) j["messageId"] = Write(*value.message_id);
  if (value.message_seq) j["messageSeq"] = Write(*value.message_seq);
  j["message"] = Write(value.message);
  if (value.session) j["session"] = Write(*value.session);
  j["ts"] = Write(value.ts);
  return j;
}

void Read(const nlohmann::json& j, SessionsChangedEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "reason", ptr), out.reason, wire::ChildPointer(ptr, "reason"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("sessionId"); it != j.end()) Read(*it, out.session_id.emplace(), wire::ChildPointer(ptr, "sessionId"));
  if (auto it = j.find("session"); it != j.end()) Read(*it, out.session.emplace(), wire::ChildPointer(ptr, "session"));
  if (auto it = j.find("catalogChanged"); it != j.end()) Read(*it, out.catalog_changed.emplace(), wire::ChildPointer(ptr, "catalogChanged"));
  if (auto it = j.find("compacted"); it != j.end()) Read(*it, out.compacted.emplace(), wire::ChildPointer(ptr, "compacted"));
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"reason", "sessionKey", "agentId", "sessionId", "session", "catalogChanged", "compacted", "ts"});
}

nlohmann::json Write(const SessionsChangedEvent& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["reason"] = Write(value.reason);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.session_id) j["sessionId"] = Write(*value.session_id);
  if (value.session) j["session"] = Write(*value.session);
  if (value.catalog_changed) j["catalogChanged"] = Write(*value.catalog_changed);
  if (value.compacted) j["compacted"] = Write(*value.compacted);
  j["ts"] = Write(value.ts);
  return j;
}

}  // namespace gateway::proto
