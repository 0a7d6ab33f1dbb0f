// Generated from protocol/events/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/events_chat.hpp"

#include <utility>

namespace gateway::proto {

std::string_view ToString(ChatStatusPhase value) {
  switch (value) {
    case ChatStatusPhase::kPreparingWorkspace:
      return "preparing_workspace";
    case ChatStatusPhase::kNamingWorktree:
      return "naming_worktree";
    case ChatStatusPhase::kCreatingWorktree:
      return "creating_worktree";
    case ChatStatusPhase::kRunningSetup:
      return "running_setup";
    case ChatStatusPhase::kProvisioningEnvironment:
      return "provisioning_environment";
    case ChatStatusPhase::kPreparingContext:
      return "preparing_context";
    case ChatStatusPhase::kStartingModel:
      return "starting_model";
  }
  return {};
}

std::optional<ChatStatusPhase> ParseChatStatusPhase(std::string_view text) {
  if (text == "preparing_workspace") return ChatStatusPhase::kPreparingWorkspace;
  if (text == "naming_worktree") return ChatStatusPhase::kNamingWorktree;
  if (text == "creating_worktree") return ChatStatusPhase::kCreatingWorktree;
  if (text == "running_setup") return ChatStatusPhase::kRunningSetup;
  if (text == "provisioning_environment") return ChatStatusPhase::kProvisioningEnvironment;
  if (text == "preparing_context") return ChatStatusPhase::kPreparingContext;
  if (text == "starting_model") return ChatStatusPhase::kStartingModel;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ChatStatusPhase& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseChatStatusPhase(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ChatStatusPhase value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ChatStatusEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"runId", "sessionKey", "seq", "state", "agentId", "spawnedBy", "phase", "retry"}, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "sessionKey", ptr), out.session_key, wire::ChildPointer(ptr, "sessionKey"));
  Read(wire::RequiredMember(j, "seq", ptr), out.seq, wire::ChildPointer(ptr, "seq"));
  wire::ExpectConst(wire::RequiredMember(j, "state", ptr), nlohmann::json("status"), wire::ChildPointer(ptr, "state"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("spawnedBy"); it != j.end()) Read(*it, out.spawned_by.emplace(), wire::ChildPointer(ptr, "spawnedBy"));
  Read(wire::RequiredMember(j, "phase", ptr), out.phase, wire::ChildPointer(ptr, "phase"));
  if (auto it = j.find("retry"); it != j.end()) Read(*it, out.retry.emplace(), wire::ChildPointer(ptr, "retry"));
}

nlohmann::json Write(const ChatStatusEvent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["sessionKey"] = Write(value.session_key);
  j["seq"] = Write(value.seq);
  j["state"] = nlohmann::json("status");
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.spawned_by) j["spawnedBy"] = Write(*value.spawned_by);
  j["phase"] = Write(value.phase);
  if (value.retry) j["retry"] = Write(*value.retry);
  return j;
}

void Read(const nlohmann::json& j, ChatDeltaEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"runId", "sessionKey", "seq", "state", "agentId", "spawnedBy", "deltaText", "replace", "message", "usage"}, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "sessionKey", ptr), out.session_key, wire::ChildPointer(ptr, "sessionKey"));
  Read(wire::RequiredMember(j, "seq", ptr), out.seq, wire::ChildPointer(ptr, "seq"));
  wire::ExpectConst(wire::RequiredMember(j, "state", ptr), nlohmann::json("delta"), wire::ChildPointer(ptr, "state"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("spawnedBy"); it != j.end()) Read(*it, out.spawned_by.emplace(), wire::ChildPointer(ptr, "spawnedBy"));
  Read(wire::RequiredMember(j, "deltaText", ptr), out.delta_text, wire::ChildPointer(ptr, "deltaText"));
  if (auto it = j.find("replace"); it != j.end()) Read(*it, out.replace.emplace(), wire::ChildPointer(ptr, "replace"));
  if (auto it = j.find("message"); it != j.end()) Read(*it, out.message.emplace(), wire::ChildPointer(ptr, "message"));
  if (auto it = j.find("usage"); it != j.end()) Read(*it, out.usage.emplace(), wire::ChildPointer(ptr, "usage"));
}

nlohmann::json Write(const ChatDeltaEvent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["sessionKey"] = Write(value.session_key);
  j["seq"] = Write(value.seq);
  j["state"] = nlohmann::json("delta");
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.spawned_by) j["spawnedBy"] = Write(*value.spawned_by);
  j["deltaText"] = Write(value.delta_text);
  if (value.replace) j["replace"] = Write(*value.replace);
  if (value.message) j["message"] = Write(*value.message);
  if (value.usage) j["usage"] = Write(*value.usage);
  return j;
}

void Read(const nlohmann::json& j, ChatFinalEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"runId", "sessionKey", "seq", "state", "agentId", "spawnedBy", "message", "usage", "stopReason", "yielded"}, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "sessionKey", ptr), out.session_key, wire::ChildPointer(ptr, "sessionKey"));
  Read(wire::RequiredMember(j, "seq", ptr), out.seq, wire::ChildPointer(ptr, "seq"));
  wire::ExpectConst(wire::RequiredMember(j, "state", ptr), nlohmann::json("final"), wire::ChildPointer(ptr, "state"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("spawnedBy"); it != j.end()) Read(*it, out.spawned_by.emplace(), wire::ChildPointer(ptr, "spawnedBy"));
  if (auto it = j.find("message"); it != j.end()) Read(*it, out.message.emplace(), wire::ChildPointer(ptr, "message"));
  if (auto it = j.find("usage"); it != j.end()) Read(*it, out.usage.emplace(), wire::ChildPointer(ptr, "usage"));
  if (auto it = j.find("stopReason"); it != j.end()) Read(*it, out.stop_reason.emplace(), wire::ChildPointer(ptr, "stopReason"));
  if (auto it = j.find("yielded"); it != j.end()) Read(*it, out.yielded.emplace(), wire::ChildPointer(ptr, "yielded"));
}

nlohmann::json Write(const ChatFinalEvent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["sessionKey"] = Write(value.session_key);
  j["seq"] = Write(value.seq);
  j["state"] = nlohmann::json("final");
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.spawned_by) j["spawnedBy"] = Write(*value.spawned_by);
  if (value.message) j["message"] = Write(*value.message);
  if (value.usage) j["usage"] = Write(*value.usage);
  if (value.stop_reason) j["stopReason"] = Write(*value.stop_reason);
  if (value.yielded) j["yielded"] = Write(*value.yielded);
  return j;
}

void Read(const nlohmann::json& j, ChatAbortedEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"runId", "sessionKey", "seq", "state", "agentId", "spawnedBy", "message", "errorMessage", "stopReason"}, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "sessionKey", ptr), out.session_key, wire::ChildPointer(ptr, "sessionKey"));
  Read(wire::RequiredMember(j, "seq", ptr), out.seq, wire::ChildPointer(ptr, "seq"));
  wire::ExpectConst(wire::RequiredMember(j, "state", ptr), nlohmann::json("aborted"), wire::ChildPointer(ptr, "state"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("spawnedBy"); it != j.end()) Read(*it, out.spawned_by.emplace(), wire::ChildPointer(ptr, "spawnedBy"));
  if (auto it = j.find("message"); it != j.end()) Read(*it, out.message.emplace(), wire::ChildPointer(ptr, "message"));
  if (auto it = j.find("errorMessage"); it != j.end()) Read(*it, out.error_message.emplace(), wire::ChildPointer(ptr, "errorMessage"));
  if (auto it = j.find("stopReason"); it != j.end()) Read(*it, out.stop_reason.emplace(), wire::ChildPointer(ptr, "stopReason"));
}

nlohmann::json Write(const ChatAbortedEvent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["sessionKey"] = Write(value.session_key);
  j["seq"] = Write(value.seq);
  j["state"] = nlohmann::json("aborted");
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.spawned_by) j["spawnedBy"] = Write(*value.spawned_by);
  if (value.message) j["message"] = Write(*value.message);
  if (value.error_message) j["errorMessage"] = Write(*value.error_message);
  if (value.stop_reason) j["stopReason"] = Write(*value.stop_reason);
  return j;
}

std::string_view ToString(ChatErrorKind value) {
  switch (value) {
    case ChatErrorKind::kRefusal:
      return "refusal";
    case ChatErrorKind::kTimeout:
      return "timeout";
    case ChatErrorKind::kRateLimit:
      return "rate_limit";
    case ChatErrorKind::kContextLength:
      return "context_length";
    case ChatErrorKind::kUnknown:
      return "unknown";
  }
  return {};
}

std::optional<ChatErrorKind> ParseChatErrorKind(std::string_view text) {
  if (text == "refusal") return ChatErrorKind::kRefusal;
  if (text == "timeout") return ChatErrorKind::kTimeout;
  if (text == "rate_limit") return ChatErrorKind::kRateLimit;
  if (text == "context_length") return ChatErrorKind::kContextLength;
  if (text == "unknown") return ChatErrorKind::kUnknown;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ChatErrorKind& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseChatErrorKind(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ChatErrorKind value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ChatErrorEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"runId", "sessionKey", "seq", "state", "agentId", "spawnedBy", "message", "errorMessage", "errorKind", "errorDetail", "usage", "stopReason"}, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "sessionKey", ptr), out.session_key, wire::ChildPointer(ptr, "sessionKey"));
  Read(wire::RequiredMember(j, "seq", ptr), out.seq, wire::ChildPointer(ptr, "seq"));
  wire::ExpectConst(wire::RequiredMember(j, "state", ptr), nlohmann::json("error"), wire::ChildPointer(ptr, "state"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("spawnedBy"); it != j.end()) Read(*it, out.spawned_by.emplace(), wire::ChildPointer(ptr, "spawnedBy"));
  if (auto it = j.find("message"); it != j.end()) Read(*it, out.message.emplace(), wire::ChildPointer(ptr, "message"));
  if (auto it = j.find("errorMessage"); it != j.end()) Read(*it, out.error_message.emplace(), wire::ChildPointer(ptr, "errorMessage"));
  if (auto it = j.find("errorKind"); it != j.end()) Read(*it, out.error_kind.emplace(), wire::ChildPointer(ptr, "errorKind"));
  if (auto it = j.find("errorDetail"); it != j.end()) Read(*it, out.error_detail.emplace(), wire::ChildPointer(ptr, "errorDetail"));
  if (auto it = j.find("usage"); it != j.end()) Read(*it, out.usage.emplace(), wire::ChildPointer(ptr, "usage"));
  if (auto it = j.find("stopReason"); it != j.end()) Read(*it, out.stop_reason.emplace(), wire::ChildPointer(ptr, "stopReason"));
}

nlohmann::json Write(const ChatErrorEvent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["sessionKey"] = Write(value.session_key);
  j["seq"] = Write(value.seq);
  j["state"] = nlohmann::json("error");
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.spawned_by) j["spawnedBy"] = Write(*value.spawned_by);
  if (value.message) j["message"] = Write(*value.message);
  if (value.error_message) j["errorMessage"] = Write(*value.error_message);
  if (value.error_kind) j["errorKind"] = Write(*value.error_kind);
  if (value.error_detail) j["errorDetail"] = Write(*value.error_detail);
  if (value.usage) j["usage"] = Write(*value.usage);
  if (value.stop_reason) j["stopReason"] = Write(*value.stop_reason);
  return j;
}

void Read(const nlohmann::json& j, ChatEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  const nlohmann::json& tag = wire::RequiredMember(j, "state", ptr);
  if (tag == "status") {
    ChatStatusEvent alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (tag == "delta") {
    ChatDeltaEvent alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (tag == "final") {
    ChatFinalEvent alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (tag == "aborted") {
    ChatAbortedEvent alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (tag == "error") {
    ChatErrorEvent alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  throw wire::DecodeError(wire::ChildPointer(ptr, "state"), "must be equal to one of the allowed values");
}

nlohmann::json Write(const ChatEvent& value) {
  return std::visit([](const auto& alternative) { return nlohmann::json(Write(alternative)); }, value.value);
}

}  // namespace gateway::proto
