// Generated from protocol/methods/agent.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/methods_agent.hpp"

#include <utility>

namespace gateway::proto {

std::string_view ToString(AgentAcceptedStatus value) {
  switch (value) {
    case AgentAcceptedStatus::kAccepted:
      return "accepted";
    case AgentAcceptedStatus::kInFlight:
      return "in_flight";
  }
  return {};
}

std::optional<AgentAcceptedStatus> ParseAgentAcceptedStatus(std::string_view text) {
  if (text == "accepted") return AgentAcceptedStatus::kAccepted;
  if (text == "in_flight") return AgentAcceptedStatus::kInFlight;
  return std::nullopt;
}

void Read(const nlohmann::json& j, AgentAcceptedStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseAgentAcceptedStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(AgentAcceptedStatus value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, AgentAccepted& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
  if (auto it = j.find("acceptedAt"); it != j.end()) Read(*it, out.accepted_at.emplace(), wire::ChildPointer(ptr, "acceptedAt"));
  if (auto it = j.find("runtime"); it != j.end()) Read(*it, out.runtime.emplace(), wire::ChildPointer(ptr, "runtime"));
  if (auto it = j.find("taskRunId"); it != j.end()) Read(*it, out.task_run_id.emplace(), wire::ChildPointer(ptr, "taskRunId"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"runId", "sessionKey", "agentId", "status", "acceptedAt", "runtime", "taskRunId"});
}

nlohmann::json Write(const AgentAccepted& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  j["status"] = Write(value.status);
  if (value.accepted_at) j["acceptedAt"] = Write(*value.accepted_at);
  if (value.runtime) j["runtime"] = Write(*value.runtime);
  if (value.task_run_id) j["taskRunId"] = Write(*value.task_run_id);
  return j;
}

std::string_view ToString(AgentRunStatus value) {
  switch (value) {
    case AgentRunStatus::kOk:
      return "ok";
    case AgentRunStatus::kError:
      return "error";
    case AgentRunStatus::kTimeout:
      return "timeout";
  }
  return {};
}

std::optional<AgentRunStatus> ParseAgentRunStatus(std::string_view text) {
  if (text == "ok") return AgentRunStatus::kOk;
  if (text == "error") return AgentRunStatus::kError;
  if (text == "timeout") return AgentRunStatus::kTimeout;
  return std::nullopt;
}

void Read(const nlohmann::json& j, AgentRunStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseAgentRunStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(AgentRunStatus value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, AgentErrorPayload& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
  Read(wire::RequiredMember(j, "summary", ptr), out.summary, wire::ChildPointer(ptr, "summary"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"runId", "status", "summary"});
}

nlohmann::json Write(const AgentErrorPayload& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["status"] = Write(value.status);
  j["summary"] = Write(value.summary);
  return j;
}

void Read(const nlohmann::json& j, AgentIdentityGetParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"agentId", "sessionKey"}, ptr);
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
}

nlohmann::json Write(const AgentIdentityGetParams& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  return j;
}

std::string_view ToString(AgentNameSource value) {
  switch (value) {
    case AgentNameSource::kConfig:
      return "config";
    case AgentNameSource::kAgent:
      return "agent";
    case AgentNameSource::kWorkspace:
      return "workspace";
    case AgentNameSource::kDefault:
      return "default";
  }
  return {};
}

std::optional<AgentNameSource> ParseAgentNameSource(std::string_view text) {
  if (text == "config") return AgentNameSource::kConfig;
  if (text == "agent") return AgentNameSource::kAgent;
  if (text == "workspace") return AgentNameSource::kWorkspace;
  if (text == "default") return AgentNameSource::kDefault;
  return std::nullopt;
}

void Read(const nlohmann::json& j, AgentNameSource& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseAgentNameSource(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(AgentNameSource value) { return std::string(ToString(value)); }

std::string_view ToString(AgentAvatarStatus value) {
  switch (value) {
    case AgentAvatarStatus::kNone:
      return "none";
    case AgentAvatarStatus::kLocal:
      return "local";
    case AgentAvatarStatus::kRemote:
      return "remote";
    case AgentAvatarStatus::kData:
      return "data";
  }
  return {};
}

std::optional<AgentAvatarStatus> ParseAgentAvatarStatus(std::string_view text) {
  if (text == "none") return AgentAvatarStatus::kNone;
  if (text == "local") return AgentAvatarStatus::kLocal;
  if (text == "remote") return AgentAvatarStatus::kRemote;
  if (text == "data") return AgentAvatarStatus::kData;
  return std::nullopt;
}

void Read(const nlohmann::json& j, AgentAvatarStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseAgentAvatarStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(AgentAvatarStatus value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, AgentIdentityGetResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"agentId", "name", "nameSource", "avatar", "avatarSource", "avatarStatus", "avatarReason", "emoji"}, ptr);
  Read(wire::RequiredMember(j, "agentId", ptr), out.agent_id, wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("name"); it != j.end()) Read(*it, out.name.emplace(), wire::ChildPointer(ptr, "name"));
  if (auto it = j.find("nameSource"); it != j.end()) Read(*it, out.name_source.emplace(), wire::ChildPointer(ptr, "nameSource"));
  if (auto it = j.find("avatar"); it != j.end()) Read(*it, out.avatar.emplace(), wire::ChildPointer(ptr, "avatar"));
  if (auto it = j.find("avatarSource"); it != j.end()) Read(*it, out.avatar_source.emplace(), wire::ChildPointer(ptr, "avatarSource"));
  if (auto it = j.find("avatarStatus"); it != j.end()) Read(*it, out.avatar_status.emplace(), wire::ChildPointer(ptr, "avatarStatus"));
  if (auto it = j.find("avatarReason"); it != j.end()) Read(*it, out.avatar_reason.emplace(), wire::ChildPointer(ptr, "avatarReason"));
  if (auto it = j.find("emoji"); it != j.end()) Read(*it, out.emoji.emplace(), wire::ChildPointer(ptr, "emoji"));
}

nlohmann::json Write(const AgentIdentityGetResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["agentId"] = Write(value.agent_id);
  if (value.name) j["name"] = Write(*value.name);
  if (value.name_source) j["nameSource"] = Write(*value.name_source);
  if (value.avatar) j["avatar"] = Write(*value.avatar);
  if (value.avatar_source) j["avatarSource"] = Write(*value.avatar_source);
  if (value.avatar_status) j["avatarStatus"] = Write(*value.avatar_status);
  if (value.avatar_reason) j["avatarReason"] = Write(*value.avatar_reason);
  if (value.emoji) j["emoji"] = Write(*value.emoji);
  return j;
}

std::string_view ToString(AgentPromptMode value) {
  switch (value) {
    case AgentPromptMode::kFull:
      return "full";
    case AgentPromptMode::kMinimal:
      return "minimal";
    case AgentPromptMode::kNone:
      return "none";
  }
  return {};
}

std::optional<AgentPromptMode> ParseAgentPromptMode(std::string_view text) {
  if (text == "full") return AgentPromptMode::kFull;
  if (text == "minimal") return AgentPromptMode::kMinimal;
  if (text == "none") return AgentPromptMode::kNone;
  return std::nullopt;
}

void Read(const nlohmann::json& j, AgentPromptMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseAgentPromptMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(AgentPromptMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, AgentParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"message", "idempotencyKey", "agentId", "sessionKey", "sessionId", "to", "replyTo", "provider", "model", "thinking", "deliver", "bestEffortDeliver", "channel", "replyChannel", "accountId", "replyAccountId", "threadId", "groupId", "timeout", "attachments", "label", "lane", "cwd", "extraSystemPrompt", "promptMode", "modelRun", "expectedExistingSessionId", "inputProvenance", "sessionEffects", "suppressPromptPersistence"}, ptr);
  Read(wire::RequiredMember(j, "message", ptr), out.message, wire::ChildPointer(ptr, "message"));
  Read(wire::RequiredMember(j, "idempotencyKey", ptr), out.idempotency_key, wire::ChildPointer(ptr, "idempotencyKey"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("sessionId"); it != j.end()) Read(*it, out.session_id.emplace(), wire::ChildPointer(ptr, "sessionId"));
  if (auto it = j.find("to"); it != j.end()) Read(*it, out.to.emplace(), wire::ChildPointer(ptr, "to"));
  if (auto it = j.find("replyTo"); it != j.end()) Read(*it, out.reply_to.emplace(), wire::ChildPointer(ptr, "replyTo"));
  if (auto it = j.find("provider"); it != j.end()) Read(*it, out.provider.emplace(), wire::ChildPointer(ptr, "provider"));
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("thinking"); it != j.end()) Read(*it, out.thinking.emplace(), wire::ChildPointer(ptr, "thinking"));
  if (auto it = j.find("deliver"); it != j.end()) Read(*it, out.deliver.emplace(), wire::ChildPointer(ptr, "deliver"));
  if (auto it = j.find("bestEffortDeliver"); it != j.end()) Read(*it, out.best_effort_deliver.emplace(), wire::ChildPointer(ptr, "bestEffortDeliver"));
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("replyChannel"); it != j.end()) Read(*it, out.reply_channel.emplace(), wire::ChildPointer(ptr, "replyChannel"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("replyAccountId"); it != j.end()) Read(*it, out.reply_account_id.emplace(), wire::ChildPointer(ptr, "replyAccountId"));
  if (auto it = j.find("threadId"); it != j.end()) Read(*it, out.thread_id.emplace(), wire::ChildPointer(ptr, "threadId"));
  if (auto it = j.find("groupId"); it != j.end()) Read(*it, out.group_id.emplace(), wire::ChildPointer(ptr, "groupId"));
  if (auto it = j.find("timeout"); it != j.end()) Read(*it, out.timeout.emplace(), wire::ChildPointer(ptr, "timeout"));
  if (auto it = j.find("attachments"); it != j.end()) Read(*it, out.attachments.emplace(), wire::ChildPointer(ptr, "attachments"));
  if (auto it = j.find("label"); it != j.end()) Read(*it, out.label.emplace(), wire::ChildPointer(ptr, "label"));
  if (auto it = j.find("lane"); it != j.end()) Read(*it, out.lane.emplace(), wire::ChildPointer(ptr, "lane"));
  if (auto it = j.find("cwd"); it != j.end()) Read(*it, out.cwd.emplace(), wire::ChildPointer(ptr, "cwd"));
  if (auto it = j.find("extraSystemPrompt"); it != j.end()) Read(*it, out.extra_system_prompt.emplace(), wire::ChildPointer(ptr, "extraSystemPrompt"));
  if (auto it = j.find("promptMode"); it != j.end()) Read(*it, out.prompt_mode.emplace(), wire::ChildPointer(ptr, "promptMode"));
  if (auto it = j.find("modelRun"); it != j.end()) Read(*it, out.model_run.emplace(), wire::ChildPointer(ptr, "modelRun"));
  if (auto it = j.find("expectedExistingSessionId"); it != j.end()) Read(*it, out.expected_existing_session_id.emplace(), wire::ChildPointer(ptr, "expectedExistingSessionId"));
  if (auto it = j.find("inputProvenance"); it != j.end()) Read(*it, out.input_provenance.emplace(), wire::ChildPointer(ptr, "inputProvenance"));
  if (auto it = j.find("sessionEffects"); it != j.end()) Read(*it, out.session_effects.emplace(), wire::ChildPointer(ptr, "sessionEffects"));
  if (auto it = j.find("suppressPromptPersistence"); it != j.end()) Read(*it, out.suppress_prompt_persistence.emplace(), wire::ChildPointer(ptr, "suppressPromptPersistence"));
}

nlohmann::json Write(const AgentParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["message"] = Write(value.message);
  j["idempotencyKey"] = Write(value.idempotency_key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.session_id) j["sessionId"] = Write(*value.session_id);
  if (value.to) j["to"] = Write(*value.to);
  if (value.reply_to) j["replyTo"] = Write(*value.reply_to);
  if (value.provider) j["provider"] = Write(*value.provider);
  if (value.model) j["model"] = Write(*value.model);
  if (value.thinking) j["thinking"] = Write(*value.thinking);
  if (value.deliver) j["deliver"] = Write(*value.deliver);
  if (value.best_effort_deliver) j["bestEffortDeliver"] = Write(*value.best_effort_deliver);
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.reply_channel) j["replyChannel"] = Write(*value.reply_channel);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  if (value.reply_account_id) j["replyAccountId"] = Write(*value.reply_account_id);
  if (value.thread_id) j["threadId"] = Write(*value.thread_id);
  if (value.group_id) j["groupId"] = Write(*value.group_id);
  if (value.timeout) j["timeout"] = Write(*value.timeout);
  if (value.attachments) j["attachments"] = Write(*value.attachments);
  if (value.label) j["label"] = Write(*value.label);
  if (value.lane) j["lane"] = Write(*value.lane);
  if (value.cwd) j["cwd"] = Write(*value.cwd);
  if (value.extra_system_prompt) j["extraSystemPrompt"] = Write(*value.extra_system_prompt);
  if (value.prompt_mode) j["promptMode"] = Write(*value.prompt_mode);
  if (value.model_run) j["modelRun"] = Write(*value.model_run);
  if (value.expected_existing_session_id) j["expectedExistingSessionId"] = Write(*value.expected_existing_session_id);
  if (value.input_provenance) j["inputProvenance"] = Write(*value.input_provenance);
  if (value.session_effects) j["sessionEffects"] = Write(*value.session_effects);
  if (value.suppress_prompt_persistence) j["suppressPromptPersistence"] = Write(*value.suppress_prompt_persistence);
  return j;
}

void Read(const nlohmann::json& j, AgentPayload& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("text"); it != j.end()) Read(*it, out.text.emplace(), wire::ChildPointer(ptr, "text"));
  if (auto it = j.find("mediaUrl"); it != j.end()) Read(*it, out.media_url.emplace(), wire::ChildPointer(ptr, "mediaUrl"));
  if (auto it = j.find("mediaUrls"); it != j.end()) Read(*it, out.media_urls.emplace(), wire::ChildPointer(ptr, "mediaUrls"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"text", "mediaUrl", "mediaUrls"});
}

nlohmann::json Write(const AgentPayload& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.text) j["text"] = Write(*value.text);
  if (value.media_url) j["mediaUrl"] = Write(*value.media_url);
  if (value.media_urls) j["mediaUrls"] = Write(*value.media_urls);
  return j;
}

void Read(const nlohmann::json& j, AgentRunResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "payloads", ptr), out.payloads, wire::ChildPointer(ptr, "payloads"));
  if (auto it = j.find("meta"); it != j.end()) Read(*it, out.meta.emplace(), wire::ChildPointer(ptr, "meta"));
  if (auto it = j.find("deliveryStatus"); it != j.end()) Read(*it, out.delivery_status.emplace(), wire::ChildPointer(ptr, "deliveryStatus"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"payloads", "meta", "deliveryStatus"});
}

nlohmann::json Write(const AgentRunResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["payloads"] = Write(value.payloads);
  if (value.meta) j["meta"] = Write(*value.meta);
  if (value.delivery_status) j["deliveryStatus"] = Write(*value.delivery_status);
  return j;
}

void Read(const nlohmann::json& j, AgentResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
  Read(wire::RequiredMember(j, "summary", ptr), out.summary, wire::ChildPointer(ptr, "summary"));
  if (auto it = j.find("stopReason"); it != j.end()) Read(*it, out.stop_reason.emplace(), wire::ChildPointer(ptr, "stopReason"));
  if (auto it = j.find("timeoutPhase"); it != j.end()) Read(*it, out.timeout_phase.emplace(), wire::ChildPointer(ptr, "timeoutPhase"));
  if (auto it = j.find("providerStarted"); it != j.end()) Read(*it, out.provider_started.emplace(), wire::ChildPointer(ptr, "providerStarted"));
  if (auto it = j.find("result"); it != j.end()) Read(*it, out.result.emplace(), wire::ChildPointer(ptr, "result"));
  if (auto it = j.find("inputProcessingCompleted"); it != j.end()) Read(*it, out.input_processing_completed.emplace(), wire::ChildPointer(ptr, "inputProcessingCompleted"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"runId", "status", "summary", "stopReason", "timeoutPhase", "providerStarted", "result", "inputProcessingCompleted"});
}

nlohmann::json Write(const AgentResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["status"] = Write(value.status);
  j["summary"] = Write(value.summary);
  if (value.stop_reason) j["stopReason"] = Write(*value.stop_reason);
  if (value.timeout_phase) j["timeoutPhase"] = Write(*value.timeout_phase);
  if (value.provider_started) j["providerStarted"] = Write(*value.provider_started);
  if (value.result) j["result"] = Write(*value.result);
  if (value.input_processing_completed) j["inputProcessingCompleted"] = Write(*value.input_processing_completed);
  return j;
}

std::string_view ToString(AgentKind value) {
  switch (value) {
    case AgentKind::kAgent:
      return "agent";
    case AgentKind::kSystem:
      return "system";
  }
  return {};
}

std::optional<AgentKind> ParseAgentKind(std::string_view text) {
  if (text == "agent") return AgentKind::kAgent;
  if (text == "system") return AgentKind::kSystem;
  return std::nullopt;
}

void Read(const nlohmann::json& j, AgentKind& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseAgentKind(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(AgentKind value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, AgentSummaryIdentity& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("name"); it != j.end()) Read(*it, out.name.emplace(), wire::ChildPointer(ptr, "name"));
  if (auto it = j.find("theme"); it != j.end()) Read(*it, out.theme.emplace(), wire::ChildPointer(ptr, "theme"));
  if (auto it = j.find("emoji"); it != j.end()) Read(*it, out.emoji.emplace(), wire::ChildPointer(ptr, "emoji"));
  if (auto it = j.find("avatar"); it != j.end()) Read(*it, out.avatar.emplace(), wire::ChildPointer(ptr, "avatar"));
  if (auto it = j.find("avatarUrl"); it != j.end()) Read(*it, out.avatar_url.emplace(), wire::ChildPointer(ptr, "avatarUrl"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"name", "theme", "emoji", "avatar", "avatarUrl"});
}

nlohmann::json Write(const AgentSummaryIdentity& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.name) j["name"] = Write(*value.name);
  if (value.theme) j["theme"] = Write(*value.theme);
  if (value.emoji) j["emoji"] = Write(*value.emoji);
  if (value.avatar) j["avatar"] = Write(*value.avatar);
  if (value.avatar_url) j["avatarUrl"] = Write(*value.avatar_url);
  return j;
}

void Read(const nlohmann::json& j, AgentSummaryModel& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("primary"); it != j.end()) Read(*it, out.primary.emplace(), wire::ChildPointer(ptr, "primary"));
  if (auto it = j.find("fallbacks"); it != j.end()) Read(*it, out.fallbacks.emplace(), wire::ChildPointer(ptr, "fallbacks"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"primary", "fallbacks"});
}

nlohmann::json Write(const AgentSummaryModel& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.primary) j["primary"] = Write(*value.primary);
  if (value.fallbacks) j["fallbacks"] = Write(*value.fallbacks);
  return j;
}

void Read(const nlohmann::json& j, AgentSummary& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  if (auto it = j.find("kind"); it != j.end()) Read(*it, out.kind.emplace(), wire::ChildPointer(ptr, "kind"));
  if (auto it = j.find("name"); it != j.end()) Read(*it, out.name.emplace(), wire::ChildPointer(ptr, "name"));
  if (auto it = j.find("identity"); it != j.end()) Read(*it, out.identity.emplace(), wire::ChildPointer(ptr, "identity"));
  if (auto it = j.find("workspace"); it != j.end()) Read(*it, out.workspace.emplace(), wire::ChildPointer(ptr, "workspace"));
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("thinkingDefault"); it != j.end()) Read(*it, out.thinking_default.emplace(), wire::ChildPointer(ptr, "thinkingDefault"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id", "kind", "name", "identity", "workspace", "model", "thinkingDefault"});
}

nlohmann::json Write(const AgentSummary& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["id"] = Write(value.id);
  if (value.kind) j["kind"] = Write(*value.kind);
  if (value.name) j["name"] = Write(*value.name);
  if (value.identity) j["identity"] = Write(*value.identity);
  if (value.workspace) j["workspace"] = Write(*value.workspace);
  if (value.model) j["model"] = Write(*value.model);
  if (value.thinking_default) j["thinkingDefault"] = Write(*value.thinking_default);
  return j;
}

void Read(const nlohmann::json& j, AgentWaitParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"runId", "timeoutMs"}, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  if (auto it = j.find("timeoutMs"); it != j.end()) Read(*it, out.timeout_ms.emplace(), wire::ChildPointer(ptr, "timeoutMs"));
}

nlohmann::json Write(const AgentWaitParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  if (value.timeout_ms) j["timeoutMs"] = Write(*value.timeout_ms);
  return j;
}

std::string_view ToString(AgentWaitStatus value) {
  switch (value) {
    case AgentWaitStatus::kOk:
      return "ok";
    case AgentWaitStatus::kError:
      return "error";
    case AgentWaitStatus::kTimeout:
      return "timeout";
    case AgentWaitStatus::kPending:
      return "pending";
  }
  return {};
}

std::optional<AgentWaitStatus> ParseAgentWaitStatus(std::string_view text) {
  if (text == "ok") return AgentWaitStatus::kOk;
  if (text == "error") return AgentWaitStatus::kError;
  if (text == "timeout") return AgentWaitStatus::kTimeout;
  if (text == "pending") return AgentWaitStatus::kPending;
  return std::nullopt;
}

void Read(const nlohmann::json& j, AgentWaitStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseAgentWaitStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(AgentWaitStatus value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, AgentWaitResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
  if (auto it = j.find("endedAt"); it != j.end()) Read(*it, out.ended_at.emplace(), wire::ChildPointer(ptr, "endedAt"));
  if (auto it = j.find("stopReason"); it != j.end()) Read(*it, out.stop_reason.emplace(), wire::ChildPointer(ptr, "stopReason"));
  if (auto it = j.find("livenessState"); it != j.end()) Read(*it, out.liveness_state.emplace(), wire::ChildPointer(ptr, "livenessState"));
  if (auto it = j.find("timeoutPhase"); it != j.end()) Read(*it, out.timeout_phase.emplace(), wire::ChildPointer(ptr, "timeoutPhase"));
  if (auto it = j.find("providerStarted"); it != j.end()) Read(*it, out.provider_started.emplace(), wire::ChildPointer(ptr, "providerStarted"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"runId", "status", "endedAt", "stopReason", "livenessState", "timeoutPhase", "providerStarted"});
}

nlohmann::json Write(const AgentWaitResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["status"] = Write(value.status);
  if (value.ended_at) j["endedAt"] = Write(*value.ended_at);
  if (value.stop_reason) j["stopReason"] = Write(*value.stop_reason);
  if (value.liveness_state) j["livenessState"] = Write(*value.liveness_state);
  if (value.timeout_phase) j["timeoutPhase"] = Write(*value.timeout_phase);
  if (value.provider_started) j["providerStarted"] = Write(*value.provider_started);
  return j;
}

void Read(const nlohmann::json& j, AgentsListParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  (void)out;  // a closed empty object: nothing to read
  wire::RejectUnknownKeys(j, {}, ptr);
}

nlohmann::json Write(const AgentsListParams& value) {
  nlohmann::json j = nlohmann::json::object();
  (void)value;  // a closed empty object
  return j;
}

std::string_view ToString(AgentsListScope value) {
  switch (value) {
    case AgentsListScope::kPerSender:
      return "per-sender";
    case AgentsListScope::kGlobal:
      return "global";
  }
  return {};
}

std::optional<AgentsListScope> ParseAgentsListScope(std::string_view text) {
  if (text == "per-sender") return AgentsListScope::kPerSender;
  if (text == "global") return AgentsListScope::kGlobal;
  return std::nullopt;
}

void Read(const nlohmann::json& j, AgentsListScope& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseAgentsListScope(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(AgentsListScope value) { return std::string(ToString(value)); }

std::string_view ToString(AgentsOwnership value) {
  switch (value) {
    case AgentsOwnership::kSole:
      return "sole";
    case AgentsOwnership::kLegacy:
      return "legacy";
    case AgentsOwnership::kExplicit:
      return "explicit";
  }
  return {};
}

std::optional<AgentsOwnership> ParseAgentsOwnership(std::string_view text) {
  if (text == "sole") return AgentsOwnership::kSole;
  if (text == "legacy") return AgentsOwnership::kLegacy;
  if (text == "explicit") return AgentsOwnership::kExplicit;
  return std::nullopt;
}

void Read(const nlohmann::json& j, AgentsOwnership& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseAgentsOwnership(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(AgentsOwnership value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, AgentsListResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"defaultId", "mainKey", "scope", "agents", "ownership", "selectionRequired"}, ptr);
  Read(wire::RequiredMember(j, "defaultId", ptr), out.default_id, wire::ChildPointer(ptr, "defaultId"));
  Read(wire::RequiredMember(j, "mainKey", ptr), out.main_key, wire::ChildPointer(ptr, "mainKey"));
  Read(wire::RequiredMember(j, "scope", ptr), out.scope, wire::ChildPointer(ptr, "scope"));
  Read(wire::RequiredMember(j, "agents", ptr), out.agents, wire::ChildPointer(ptr, "agents"));
  if (auto it = j.find("ownership"); it != j.end()) Read(*it, out.ownership.emplace(), wire::ChildPointer(ptr, "ownership"));
  if (auto it = j.find("selectionRequired"); it != j.end()) Read(*it, out.selection_required.emplace(), wire::ChildPointer(ptr, "selectionRequired"));
}

nlohmann::json Write(const AgentsListResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["defaultId"] = Write(value.default_id);
  j["mainKey"] = Write(value.main_key);
  j["scope"] = Write(value.scope);
  j["agents"] = Write(value.agents);
  if (value.ownership) j["ownership"] = Write(*value.ownership);
  if (value.selection_required) j["selectionRequired"] = Write(*value.selection_required);
  return j;
}

std::string_view ToString(ModelUnavailableReason value) {
  switch (value) {
    case ModelUnavailableReason::kMissingAuth:
      return "missing-auth";
    case ModelUnavailableReason::kAuthFailed:
      return "auth-failed";
    case ModelUnavailableReason::kCooldown:
      return "cooldown";
  }
  return {};
}

std::optional<ModelUnavailableReason> ParseModelUnavailableReason(std::string_view text) {
  if (text == "missing-auth") return ModelUnavailableReason::kMissingAuth;
  if (text == "auth-failed") return ModelUnavailableReason::kAuthFailed;
  if (text == "cooldown") return ModelUnavailableReason::kCooldown;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ModelUnavailableReason& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseModelUnavailableReason(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ModelUnavailableReason value) { return std::string(ToString(value)); }

std::string_view ToString(ModelInputKind value) {
  switch (value) {
    case ModelInputKind::kText:
      return "text";
    case ModelInputKind::kImage:
      return "image";
    case ModelInputKind::kAudio:
      return "audio";
    case ModelInputKind::kVideo:
      return "video";
    case ModelInputKind::kDocument:
      return "document";
  }
  return {};
}

std::optional<ModelInputKind> ParseModelInputKind(std::string_view text) {
  if (text == "text") return ModelInputKind::kText;
  if (text == "image") return ModelInputKind::kImage;
  if (text == "audio") return ModelInputKind::kAudio;
  if (text == "video") return ModelInputKind::kVideo;
  if (text == "document") return ModelInputKind::kDocument;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ModelInputKind& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseModelInputKind(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ModelInputKind value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ModelChoice& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"id", "name", "provider", "alias", "tags", "available", "unavailableReason", "unavailableUntil", "contextWindow", "contextWindows", "contextWindowDefault", "reasoning", "thinkingLevels", "thinkingDefault", "effectiveFastMode", "supportsTools", "agentRuntime", "apiKeySupported", "input"}, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "name", ptr), out.name, wire::ChildPointer(ptr, "name"));
  Read(wire::RequiredMember(j, "provider", ptr), out.provider, wire::ChildPointer(ptr, "provider"));
  if (auto it = j.find("alias"); it != j.end()) Read(*it, out.alias.emplace(), wire::ChildPointer(ptr, "alias"));
  if (auto it = j.find("tags"); it != j.end()) Read(*it, out.tags.emplace(), wire::ChildPointer(ptr, "tags"));
  if (auto it = j.find("available"); it != j.end()) Read(*it, out.available.emplace(), wire::ChildPointer(ptr, "available"));
  if (auto it = j.find("unavailableReason"); it != j.end()) Read(*it, out.unavailable_reason.emplace(), wire::ChildPointer(ptr, "unavailableReason"));
  if (auto it = j.find("unavailableUntil"); it != j.end()) Read(*it, out.unavailable_until.emplace(), wire::ChildPointer(ptr, "unavailableUntil"));
  if (auto it = j.find("contextWindow"); it != j.end()) Read(*it, out.context_window.emplace(), wire::ChildPointer(ptr, "contextWindow"));
  if (auto it = j.find("contextWindows"); it != j.end()) Read(*it, out.context_windows.emplace(), wire::ChildPointer(ptr, "contextWindows"));
  if (auto it = j.find("contextWindowDefault"); it != j.end()) Read(*it, out.context_window_default.emplace(), wire::ChildPointer(ptr, "contextWindowDefault"));
  if (auto it = j.find("reasoning"); it != j.end()) Read(*it, out.reasoning.emplace(), wire::ChildPointer(ptr, "reasoning"));
  if (auto it = j.find("thinkingLevels"); it != j.end()) Read(*it, out.thinking_levels.emplace(), wire::ChildPointer(ptr, "thinkingLevels"));
  if (auto it = j.find("thinkingDefault"); it != j.end()) Read(*it, out.thinking_default.emplace(), wire::ChildPointer(ptr, "thinkingDefault"));
  if (auto it = j.find("effectiveFastMode"); it != j.end()) Read(*it, out.effective_fast_mode.emplace(), wire::ChildPointer(ptr, "effectiveFastMode"));
  if (auto it = j.find("supportsTools"); it != j.end()) Read(*it, out.supports_tools.emplace(), wire::ChildPointer(ptr, "supportsTools"));
  if (auto it = j.find("agentRuntime"); it != j.end()) Read(*it, out.agent_runtime.emplace(), wire::ChildPointer(ptr, "agentRuntime"));
  if (auto it = j.find("apiKeySupported"); it != j.end()) Read(*it, out.api_key_supported.emplace(), wire::ChildPointer(ptr, "apiKeySupported"));
  if (auto it = j.find("input"); it != j.end()) Read(*it, out.input.emplace(), wire::ChildPointer(ptr, "input"));
}

nlohmann::json Write(const ModelChoice& value) {
  nlohmann::json j = nlohmann::json::object();
  j["id"] = Write(value.id);
  j["name"] = Write(value.name);
  j["provider"] = Write(value.provider);
  if (value.alias) j["alias"] = Write(*value.alias);
  if (value.tags) j["tags"] = Write(*value.tags);
  if (value.available) j["available"] = Write(*value.available);
  if (value.unavailable_reason) j["unavailableReason"] = Write(*value.unavailable_reason);
  if (value.unavailable_until) j["unavailableUntil"] = Write(*value.unavailable_until);
  if (value.context_window) j["contextWindow"] = Write(*value.context_window);
  if (value.context_windows) j["contextWindows"] = Write(*value.context_windows);
  if (value.context_window_default) j["contextWindowDefault"] = Write(*value.context_window_default);
  if (value.reasoning) j["reasoning"] = Write(*value.reasoning);
  if (value.thinking_levels) j["thinkingLevels"] = Write(*value.thinking_levels);
  if (value.thinking_default) j["thinkingDefault"] = Write(*value.thinking_default);
  if (value.effective_fast_mode) j["effectiveFastMode"] = Write(*value.effective_fast_mode);
  if (value.supports_tools) j["supportsTools"] = Write(*value.supports_tools);
  if (value.agent_runtime) j["agentRuntime"] = Write(*value.agent_runtime);
  if (value.api_key_supported) j["apiKeySupported"] = Write(*value.api_key_supported);
  if (value.input) j["input"] = Write(*value.input);
  return j;
}

std::string_view ToString(ModelsListView value) {
  switch (value) {
    case ModelsListView::kDefault:
      return "default";
    case ModelsListView::kConfigured:
      return "configured";
    case ModelsListView::kProviderConfig:
      return "provider-config";
    case ModelsListView::kAll:
      return "all";
  }
  return {};
}

std::optional<ModelsListView> ParseModelsListView(std::string_view text) {
  if (text == "default") return ModelsListView::kDefault;
  if (text == "configured") return ModelsListView::kConfigured;
  if (text == "provider-config") return ModelsListView::kProviderConfig;
  if (text == "all") return ModelsListView::kAll;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ModelsListView& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseModelsListView(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ModelsListView value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ModelsListParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"agentId", "includeProviderCapabilities", "preparedOnly", "refresh", "view", "provider", "includeDetails", "includeDefaultModels", "sessionKey", "authProfileId"}, ptr);
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("includeProviderCapabilities"); it != j.end()) Read(*it, out.include_provider_capabilities.emplace(), wire::ChildPointer(ptr, "includeProviderCapabilities"));
  if (auto it = j.find("preparedOnly"); it != j.end()) Read(*it, out.prepared_only.emplace(), wire::ChildPointer(ptr, "preparedOnly"));
  if (auto it = j.find("refresh"); it != j.end()) Read(*it, out.refresh.emplace(), wire::ChildPointer(ptr, "refresh"));
  if (auto it = j.find("view"); it != j.end()) Read(*it, out.view.emplace(), wire::ChildPointer(ptr, "view"));
  if (auto it = j.find("provider"); it != j.end()) Read(*it, out.provider.emplace(), wire::ChildPointer(ptr, "provider"));
  if (auto it = j.find("includeDetails"); it != j.end()) Read(*it, out.include_details.emplace(), wire::ChildPointer(ptr, "includeDetails"));
  if (auto it = j.find("includeDefaultModels"); it != j.end()) Read(*it, out.include_default_models.emplace(), wire::ChildPointer(ptr, "includeDefaultModels"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("authProfileId"); it != j.end()) Read(*it, out.auth_profile_id.emplace(), wire::ChildPointer(ptr, "authProfileId"));
}

nlohmann::json Write(const ModelsListParams& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.include_provider_capabilities) j["includeProviderCapabilities"] = Write(*value.include_provider_capabilities);
  if (value.prepared_only) j["preparedOnly"] = Write(*value.prepared_only);
  if (value.refresh) j["refresh"] = Write(*value.refresh);
  if (value.view) j["view"] = Write(*value.view);
  if (value.provider) j["provider"] = Write(*value.provider);
  if (value.include_details) j["includeDetails"] = Write(*value.include_details);
  if (value.include_default_models) j["includeDefaultModels"] = Write(*value.include_default_models);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.auth_profile_id) j["authProfileId"] = Write(*value.auth_profile_id);
  return j;
}

std::string_view ToString(ProviderOutcomeStatus value) {
  switch (value) {
    case ProviderOutcomeStatus::kReady:
      return "ready";
    case ProviderOutcomeStatus::kAuthRejected:
      return "auth-rejected";
    case ProviderOutcomeStatus::kUnavailable:
      return "unavailable";
  }
  return {};
}

std::optional<ProviderOutcomeStatus> ParseProviderOutcomeStatus(std::string_view text) {
  if (text == "ready") return ProviderOutcomeStatus::kReady;
  if (text == "auth-rejected") return ProviderOutcomeStatus::kAuthRejected;
  if (text == "unavailable") return ProviderOutcomeStatus::kUnavailable;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ProviderOutcomeStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseProviderOutcomeStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ProviderOutcomeStatus value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ProviderOutcome& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"provider", "profileId", "status"}, ptr);
  Read(wire::RequiredMember(j, "provider", ptr), out.provider, wire::ChildPointer(ptr, "provider"));
  if (auto it = j.find("profileId"); it != j.end()) Read(*it, out.profile_id.emplace(), wire::ChildPointer(ptr, "profileId"));
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
}

nlohmann::json Write(const ProviderOutcome& value) {
  nlohmann::json j = nlohmann::json::object();
  j["provider"] = Write(value.provider);
  if (value.profile_id) j["profileId"] = Write(*value.profile_id);
  j["status"] = Write(value.status);
  return j;
}

void Read(const nlohmann::json& j, ModelsListResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"models", "providerOutcomes"}, ptr);
  Read(wire::RequiredMember(j, "models", ptr), out.models, wire::ChildPointer(ptr, "models"));
  if (auto it = j.find("providerOutcomes"); it != j.end()) Read(*it, out.provider_outcomes.emplace(), wire::ChildPointer(ptr, "providerOutcomes"));
}

nlohmann::json Write(const ModelsListResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["models"] = Write(value.models);
  if (value.provider_outcomes) j["providerOutcomes"] = Write(*value.provider_outcomes);
  return j;
}

}  // namespace gateway::proto
