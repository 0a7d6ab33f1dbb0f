// Generated from protocol/methods/sessions.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/methods_sessions.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, AbortResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "aborted", ptr), out.aborted, wire::ChildPointer(ptr, "aborted"));
  Read(wire::RequiredMember(j, "runIds", ptr), out.run_ids, wire::ChildPointer(ptr, "runIds"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "aborted", "runIds"});
}

nlohmann::json Write(const AbortResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  j["aborted"] = Write(value.aborted);
  j["runIds"] = Write(value.run_ids);
  return j;
}

std::string_view ToString(ChatSendStatus value) {
  switch (value) {
    case ChatSendStatus::kStarted:
      return "started";
    case ChatSendStatus::kInFlight:
      return "in_flight";
    case ChatSendStatus::kOk:
      return "ok";
    case ChatSendStatus::kError:
      return "error";
    case ChatSendStatus::kTimeout:
      return "timeout";
  }
  return {};
}

std::optional<ChatSendStatus> ParseChatSendStatus(std::string_view text) {
  if (text == "started") return ChatSendStatus::kStarted;
  if (text == "in_flight") return ChatSendStatus::kInFlight;
  if (text == "ok") return ChatSendStatus::kOk;
  if (text == "error") return ChatSendStatus::kError;
  if (text == "timeout") return ChatSendStatus::kTimeout;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ChatSendStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseChatSendStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ChatSendStatus value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionEntry& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "sessionId", ptr), out.session_id, wire::ChildPointer(ptr, "sessionId"));
  Read(wire::RequiredMember(j, "updatedAt", ptr), out.updated_at, wire::ChildPointer(ptr, "updatedAt"));
  if (auto it = j.find("sessionStartedAt"); it != j.end()) Read(*it, out.session_started_at.emplace(), wire::ChildPointer(ptr, "sessionStartedAt"));
  if (auto it = j.find("lifecycleRevision"); it != j.end()) Read(*it, out.lifecycle_revision.emplace(), wire::ChildPointer(ptr, "lifecycleRevision"));
  if (auto it = j.find("label"); it != j.end()) Read(*it, out.label.emplace(), wire::ChildPointer(ptr, "label"));
  if (auto it = j.find("displayName"); it != j.end()) Read(*it, out.display_name.emplace(), wire::ChildPointer(ptr, "displayName"));
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("chatType"); it != j.end()) Read(*it, out.chat_type.emplace(), wire::ChildPointer(ptr, "chatType"));
  if (auto it = j.find("lastInteractionAt"); it != j.end()) Read(*it, out.last_interaction_at.emplace(), wire::ChildPointer(ptr, "lastInteractionAt"));
  if (auto it = j.find("archived"); it != j.end()) Read(*it, out.archived.emplace(), wire::ChildPointer(ptr, "archived"));
  if (auto it = j.find("pinned"); it != j.end()) Read(*it, out.pinned.emplace(), wire::ChildPointer(ptr, "pinned"));
  if (auto it = j.find("unread"); it != j.end()) Read(*it, out.unread.emplace(), wire::ChildPointer(ptr, "unread"));
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("modelProvider"); it != j.end()) Read(*it, out.model_provider.emplace(), wire::ChildPointer(ptr, "modelProvider"));
  if (auto it = j.find("inputTokens"); it != j.end()) Read(*it, out.input_tokens.emplace(), wire::ChildPointer(ptr, "inputTokens"));
  if (auto it = j.find("outputTokens"); it != j.end()) Read(*it, out.output_tokens.emplace(), wire::ChildPointer(ptr, "outputTokens"));
  if (auto it = j.find("totalTokens"); it != j.end()) Read(*it, out.total_tokens.emplace(), wire::ChildPointer(ptr, "totalTokens"));
  if (auto it = j.find("compactionCount"); it != j.end()) Read(*it, out.compaction_count.emplace(), wire::ChildPointer(ptr, "compactionCount"));
  if (auto it = j.find("spawnedBy"); it != j.end()) Read(*it, out.spawned_by.emplace(), wire::ChildPointer(ptr, "spawnedBy"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"sessionId", "updatedAt", "sessionStartedAt", "lifecycleRevision", "label", "displayName", "channel", "chatType", "lastInteractionAt", "archived", "pinned", "unread", "model", "modelProvider", "inputTokens", "outputTokens", "totalTokens", "compactionCount", "spawnedBy"});
}

nlohmann::json Write(const SessionEntry& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["sessionId"] = Write(value.session_id);
  j["updatedAt"] = Write(value.updated_at);
  if (value.session_started_at) j["sessionStartedAt"] = Write(*value.session_started_at);
  if (value.lifecycle_revision) j["lifecycleRevision"] = Write(*value.lifecycle_revision);
  if (value.label) j["label"] = Write(*value.label);
  if (value.display_name) j["displayName"] = Write(*value.display_name);
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.chat_type) j["chatType"] = Write(*value.chat_type);
  if (value.last_interaction_at) j["lastInteractionAt"] = Write(*value.last_interaction_at);
  if (value.archived) j["archived"] = Write(*value.archived);
  if (value.pinned) j["pinned"] = Write(*value.pinned);
  if (value.unread) j["unread"] = Write(*value.unread);
  if (value.model) j["model"] = Write(*value.model);
  if (value.model_provider) j["modelProvider"] = Write(*value.model_provider);
  if (value.input_tokens) j["inputTokens"] = Write(*value.input_tokens);
  if (value.output_tokens) j["outputTokens"] = Write(*value.output_tokens);
  if (value.total_tokens) j["totalTokens"] = Write(*value.total_tokens);
  if (value.compaction_count) j["compactionCount"] = Write(*value.compaction_count);
  if (value.spawned_by) j["spawnedBy"] = Write(*value.spawned_by);
  return j;
}

std::string_view ToString(SessionFastModeVariant2 value) {
  switch (value) {
    case SessionFastModeVariant2::kAuto:
      return "auto";
  }
  return {};
}

std::optional<SessionFastModeVariant2> ParseSessionFastModeVariant2(std::string_view text) {
  if (text == "auto") return SessionFastModeVariant2::kAuto;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionFastModeVariant2& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionFastModeVariant2(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionFastModeVariant2 value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionFastMode& out, std::string_view ptr) {
  if (j.is_boolean()) {
    bool alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (j.is_string()) {
    SessionFastModeVariant2 alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  throw wire::DecodeError(std::string(ptr), "must match exactly one schema in oneOf");
}

nlohmann::json Write(const SessionFastMode& value) {
  return std::visit([](const auto& alternative) { return nlohmann::json(Write(alternative)); }, value.value);
}

void Read(const nlohmann::json& j, SessionModelDefaults& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "modelProvider", ptr), out.model_provider, wire::ChildPointer(ptr, "modelProvider"));
  Read(wire::RequiredMember(j, "model", ptr), out.model, wire::ChildPointer(ptr, "model"));
  Read(wire::RequiredMember(j, "contextTokens", ptr), out.context_tokens, wire::ChildPointer(ptr, "contextTokens"));
  if (auto it = j.find("contextWindow"); it != j.end()) Read(*it, out.context_window.emplace(), wire::ChildPointer(ptr, "contextWindow"));
  if (auto it = j.find("contextWindows"); it != j.end()) Read(*it, out.context_windows.emplace(), wire::ChildPointer(ptr, "contextWindows"));
  if (auto it = j.find("contextWindowDefault"); it != j.end()) Read(*it, out.context_window_default.emplace(), wire::ChildPointer(ptr, "contextWindowDefault"));
  if (auto it = j.find("agentRuntime"); it != j.end()) Read(*it, out.agent_runtime.emplace(), wire::ChildPointer(ptr, "agentRuntime"));
  if (auto it = j.find("thinkingLevels"); it != j.end()) Read(*it, out.thinking_levels.emplace(), wire::ChildPointer(ptr, "thinkingLevels"));
  if (auto it = j.find("thinkingOptions"); it != j.end()) Read(*it, out.thinking_options.emplace(), wire::ChildPointer(ptr, "thinkingOptions"));
  if (auto it = j.find("thinkingDefault"); it != j.end()) Read(*it, out.thinking_default.emplace(), wire::ChildPointer(ptr, "thinkingDefault"));
  if (auto it = j.find("modelSelectionTarget"); it != j.end()) Read(*it, out.model_selection_target.emplace(), wire::ChildPointer(ptr, "modelSelectionTarget"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"modelProvider", "model", "contextTokens", "contextWindow", "contextWindows", "contextWindowDefault", "agentRuntime", "thinkingLevels", "thinkingOptions", "thinkingDefault", "modelSelectionTarget"});
}

nlohmann::json Write(const SessionModelDefaults& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["modelProvider"] = Write(value.model_provider);
  j["model"] = Write(value.model);
  j["contextTokens"] = Write(value.context_tokens);
  if (value.context_window) j["contextWindow"] = Write(*value.context_window);
  if (value.context_windows) j["contextWindows"] = Write(*value.context_windows);
  if (value.context_window_default) j["contextWindowDefault"] = Write(*value.context_window_default);
  if (value.agent_runtime) j["agentRuntime"] = Write(*value.agent_runtime);
  if (value.thinking_levels) j["thinkingLevels"] = Write(*value.thinking_levels);
  if (value.thinking_options) j["thinkingOptions"] = Write(*value.thinking_options);
  if (value.thinking_default) j["thinkingDefault"] = Write(*value.thinking_default);
  if (value.model_selection_target) j["modelSelectionTarget"] = Write(*value.model_selection_target);
  return j;
}

void Read(const nlohmann::json& j, SessionResolvedModel& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "modelProvider", ptr), out.model_provider, wire::ChildPointer(ptr, "modelProvider"));
  Read(wire::RequiredMember(j, "model", ptr), out.model, wire::ChildPointer(ptr, "model"));
  Read(wire::RequiredMember(j, "agentRuntime", ptr), out.agent_runtime, wire::ChildPointer(ptr, "agentRuntime"));
  Read(wire::RequiredMember(j, "runtimeSelectionLocked", ptr), out.runtime_selection_locked, wire::ChildPointer(ptr, "runtimeSelectionLocked"));
  if (auto it = j.find("contextWindow"); it != j.end()) Read(*it, out.context_window.emplace(), wire::ChildPointer(ptr, "contextWindow"));
  if (auto it = j.find("contextWindows"); it != j.end()) Read(*it, out.context_windows.emplace(), wire::ChildPointer(ptr, "contextWindows"));
  if (auto it = j.find("thinkingLevel"); it != j.end()) Read(*it, out.thinking_level.emplace(), wire::ChildPointer(ptr, "thinkingLevel"));
  if (auto it = j.find("thinkingLevels"); it != j.end()) Read(*it, out.thinking_levels.emplace(), wire::ChildPointer(ptr, "thinkingLevels"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"modelProvider", "model", "agentRuntime", "runtimeSelectionLocked", "contextWindow", "contextWindows", "thinkingLevel", "thinkingLevels"});
}

nlohmann::json Write(const SessionResolvedModel& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["modelProvider"] = Write(value.model_provider);
  j["model"] = Write(value.model);
  j["agentRuntime"] = Write(value.agent_runtime);
  j["runtimeSelectionLocked"] = Write(value.runtime_selection_locked);
  if (value.context_window) j["contextWindow"] = Write(*value.context_window);
  if (value.context_windows) j["contextWindows"] = Write(*value.context_windows);
  if (value.thinking_level) j["thinkingLevel"] = Write(*value.thinking_level);
  if (value.thinking_levels) j["thinkingLevels"] = Write(*value.thinking_levels);
  return j;
}

std::string_view ToString(SessionRowKind value) {
  switch (value) {
    case SessionRowKind::kDirect:
      return "direct";
    case SessionRowKind::kGroup:
      return "group";
    case SessionRowKind::kGlobal:
      return "global";
    case SessionRowKind::kUnknown:
      return "unknown";
  }
  return {};
}

std::optional<SessionRowKind> ParseSessionRowKind(std::string_view text) {
  if (text == "direct") return SessionRowKind::kDirect;
  if (text == "group") return SessionRowKind::kGroup;
  if (text == "global") return SessionRowKind::kGlobal;
  if (text == "unknown") return SessionRowKind::kUnknown;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionRowKind& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionRowKind(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionRowKind value) { return std::string(ToString(value)); }

std::string_view ToString(SessionChatType value) {
  switch (value) {
    case SessionChatType::kDirect:
      return "direct";
    case SessionChatType::kGroup:
      return "group";
    case SessionChatType::kChannel:
      return "channel";
  }
  return {};
}

std::optional<SessionChatType> ParseSessionChatType(std::string_view text) {
  if (text == "direct") return SessionChatType::kDirect;
  if (text == "group") return SessionChatType::kGroup;
  if (text == "channel") return SessionChatType::kChannel;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionChatType& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionChatType(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionChatType value) { return std::string(ToString(value)); }

std::string_view ToString(SessionRunStatus value) {
  switch (value) {
    case SessionRunStatus::kQueued:
      return "queued";
    case SessionRunStatus::kRunning:
      return "running";
    case SessionRunStatus::kDone:
      return "done";
    case SessionRunStatus::kFailed:
      return "failed";
    case SessionRunStatus::kKilled:
      return "killed";
    case SessionRunStatus::kTimeout:
      return "timeout";
  }
  return {};
}

std::optional<SessionRunStatus> ParseSessionRunStatus(std::string_view text) {
  if (text == "queued") return SessionRunStatus::kQueued;
  if (text == "running") return SessionRunStatus::kRunning;
  if (text == "done") return SessionRunStatus::kDone;
  if (text == "failed") return SessionRunStatus::kFailed;
  if (text == "killed") return SessionRunStatus::kKilled;
  if (text == "timeout") return SessionRunStatus::kTimeout;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionRunStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionRunStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionRunStatus value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionRow& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  Read(wire::RequiredMember(j, "kind", ptr), out.kind, wire::ChildPointer(ptr, "kind"));
  if (auto it = j.find("sessionId"); it != j.end()) Read(*it, out.session_id.emplace(), wire::ChildPointer(ptr, "sessionId"));
  if (auto it = j.find("label"); it != j.end()) Read(*it, out.label.emplace(), wire::ChildPointer(ptr, "label"));
  if (auto it = j.find("displayName"); it != j.end()) Read(*it, out.display_name.emplace(), wire::ChildPointer(ptr, "displayName"));
  if (auto it = j.find("derivedTitle"); it != j.end()) Read(*it, out.derived_title.emplace(), wire::ChildPointer(ptr, "derivedTitle"));
  if (auto it = j.find("lastMessagePreview"); it != j.end()) Read(*it, out.last_message_preview.emplace(), wire::ChildPointer(ptr, "lastMessagePreview"));
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("chatType"); it != j.end()) Read(*it, out.chat_type.emplace(), wire::ChildPointer(ptr, "chatType"));
  if (auto it = j.find("updatedAt"); it != j.end()) Read(*it, out.updated_at.emplace(), wire::ChildPointer(ptr, "updatedAt"));
  if (auto it = j.find("createdAt"); it != j.end()) Read(*it, out.created_at.emplace(), wire::ChildPointer(ptr, "createdAt"));
  if (auto it = j.find("sessionStartedAt"); it != j.end()) Read(*it, out.session_started_at.emplace(), wire::ChildPointer(ptr, "sessionStartedAt"));
  if (auto it = j.find("lastActivityAt"); it != j.end()) Read(*it, out.last_activity_at.emplace(), wire::ChildPointer(ptr, "lastActivityAt"));
  if (auto it = j.find("lastInteractionAt"); it != j.end()) Read(*it, out.last_interaction_at.emplace(), wire::ChildPointer(ptr, "lastInteractionAt"));
  if (auto it = j.find("archived"); it != j.end()) Read(*it, out.archived.emplace(), wire::ChildPointer(ptr, "archived"));
  if (auto it = j.find("pinned"); it != j.end()) Read(*it, out.pinned.emplace(), wire::ChildPointer(ptr, "pinned"));
  if (auto it = j.find("unread"); it != j.end()) Read(*it, out.unread.emplace(), wire::ChildPointer(ptr, "unread"));
  if (auto it = j.find("status"); it != j.end()) Read(*it, out.status.emplace(), wire::ChildPointer(ptr, "status"));
  if (auto it = j.find("lastRunId"); it != j.end()) Read(*it, out.last_run_id.emplace(), wire::ChildPointer(ptr, "lastRunId"));
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("modelProvider"); it != j.end()) Read(*it, out.model_provider.emplace(), wire::ChildPointer(ptr, "modelProvider"));
  if (auto it = j.find("inputTokens"); it != j.end()) Read(*it, out.input_tokens.emplace(), wire::ChildPointer(ptr, "inputTokens"));
  if (auto it = j.find("outputTokens"); it != j.end()) Read(*it, out.output_tokens.emplace(), wire::ChildPointer(ptr, "outputTokens"));
  if (auto it = j.find("totalTokens"); it != j.end()) Read(*it, out.total_tokens.emplace(), wire::ChildPointer(ptr, "totalTokens"));
  if (auto it = j.find("contextTokens"); it != j.end()) Read(*it, out.context_tokens.emplace(), wire::ChildPointer(ptr, "contextTokens"));
  if (auto it = j.find("estimatedCostUsd"); it != j.end()) Read(*it, out.estimated_cost_usd.emplace(), wire::ChildPointer(ptr, "estimatedCostUsd"));
  if (auto it = j.find("compactionCount"); it != j.end()) Read(*it, out.compaction_count.emplace(), wire::ChildPointer(ptr, "compactionCount"));
  if (auto it = j.find("lifecycleRevision"); it != j.end()) Read(*it, out.lifecycle_revision.emplace(), wire::ChildPointer(ptr, "lifecycleRevision"));
  if (auto it = j.find("spawnedBy"); it != j.end()) Read(*it, out.spawned_by.emplace(), wire::ChildPointer(ptr, "spawnedBy"));
  if (auto it = j.find("parentSessionKey"); it != j.end()) Read(*it, out.parent_session_key.emplace(), wire::ChildPointer(ptr, "parentSessionKey"));
  if (auto it = j.find("thinkingLevel"); it != j.end()) Read(*it, out.thinking_level.emplace(), wire::ChildPointer(ptr, "thinkingLevel"));
  if (auto it = j.find("fastMode"); it != j.end()) Read(*it, out.fast_mode.emplace(), wire::ChildPointer(ptr, "fastMode"));
  if (auto it = j.find("permissionMode"); it != j.end()) Read(*it, out.permission_mode.emplace(), wire::ChildPointer(ptr, "permissionMode"));
  if (auto it = j.find("hasActiveRun"); it != j.end()) Read(*it, out.has_active_run.emplace(), wire::ChildPointer(ptr, "hasActiveRun"));
  if (auto it = j.find("activeRunIds"); it != j.end()) Read(*it, out.active_run_ids.emplace(), wire::ChildPointer(ptr, "activeRunIds"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"key", "kind", "sessionId", "label", "displayName", "derivedTitle", "lastMessagePreview", "channel", "agentId", "accountId", "chatType", "updatedAt", "createdAt", "sessionStartedAt", "lastActivityAt", "lastInteractionAt", "archived", "pinned", "unread", "status", "lastRunId", "model", "modelProvider", "inputTokens", "outputTokens", "totalTokens", "contextTokens", "estimatedCostUsd", "compactionCount", "lifecycleRevision", "spawnedBy", "parentSessionKey", "thinkingLevel", "fastMode", "permissionMode", "hasActiveRun", "activeRunIds"});
}

nlohmann::json Write(const SessionRow& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["key"] = Write(value.key);
  j["kind"] = Write(value.kind);
  if (value.session_id) j["sessionId"] = Write(*value.session_id);
  if (value.label) j["label"] = Write(*value.label);
  if (value.display_name) j["displayName"] = Write(*value.display_name);
  if (value.derived_title) j["derivedTitle"] = Write(*value.derived_title);
  if (value.last_message_preview) j["lastMessagePreview"] = Write(*value.last_message_preview);
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  if (value.chat_type) j["chatType"] = Write(*value.chat_type);
  if (value.updated_at) j["updatedAt"] = Write(*value.updated_at);
  if (value.created_at) j["createdAt"] = Write(*value.created_at);
  if (value.session_started_at) j["sessionStartedAt"] = Write(*value.session_started_at);
  if (value.last_activity_at) j["lastActivityAt"] = Write(*value.last_activity_at);
  if (value.last_interaction_at) j["lastInteractionAt"] = Write(*value.last_interaction_at);
  if (value.archived) j["archived"] = Write(*value.archived);
  if (value.pinned) j["pinned"] = Write(*value.pinned);
  if (value.unread) j["unread"] = Write(*value.unread);
  if (value.status) j["status"] = Write(*value.status);
  if (value.last_run_id) j["lastRunId"] = Write(*value.last_run_id);
  if (value.model) j["model"] = Write(*value.model);
  if (value.model_provider) j["modelProvider"] = Write(*value.model_provider);
  if (value.input_tokens) j["inputTokens"] = Write(*value.input_tokens);
  if (value.output_tokens) j["outputTokens"] = Write(*value.output_tokens);
  if (value.total_tokens) j["totalTokens"] = Write(*value.total_tokens);
  if (value.context_tokens) j["contextTokens"] = Write(*value.context_tokens);
  if (value.estimated_cost_usd) j["estimatedCostUsd"] = Write(*value.estimated_cost_usd);
  if (value.compaction_count) j["compactionCount"] = Write(*value.compaction_count);
  if (value.lifecycle_revision) j["lifecycleRevision"] = Write(*value.lifecycle_revision);
  if (value.spawned_by) j["spawnedBy"] = Write(*value.spawned_by);
  if (value.parent_session_key) j["parentSessionKey"] = Write(*value.parent_session_key);
  if (value.thinking_level) j["thinkingLevel"] = Write(*value.thinking_level);
  if (value.fast_mode) j["fastMode"] = Write(*value.fast_mode);
  if (value.permission_mode) j["permissionMode"] = Write(*value.permission_mode);
  if (value.has_active_run) j["hasActiveRun"] = Write(*value.has_active_run);
  if (value.active_run_ids) j["activeRunIds"] = Write(*value.active_run_ids);
  return j;
}

void Read(const nlohmann::json& j, SessionsAbortParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"key", "runId", "agentId", "clearQueued"}, ptr);
  if (auto it = j.find("key"); it != j.end()) Read(*it, out.key.emplace(), wire::ChildPointer(ptr, "key"));
  if (auto it = j.find("runId"); it != j.end()) Read(*it, out.run_id.emplace(), wire::ChildPointer(ptr, "runId"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("clearQueued"); it != j.end()) Read(*it, out.clear_queued.emplace(), wire::ChildPointer(ptr, "clearQueued"));
}

nlohmann::json Write(const SessionsAbortParams& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.key) j["key"] = Write(*value.key);
  if (value.run_id) j["runId"] = Write(*value.run_id);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.clear_queued) j["clearQueued"] = Write(*value.clear_queued);
  return j;
}

void Read(const nlohmann::json& j, SessionsCompactParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"key", "agentId", "maxLines"}, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("maxLines"); it != j.end()) Read(*it, out.max_lines.emplace(), wire::ChildPointer(ptr, "maxLines"));
}

nlohmann::json Write(const SessionsCompactParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["key"] = Write(value.key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.max_lines) j["maxLines"] = Write(*value.max_lines);
  return j;
}

void Read(const nlohmann::json& j, SessionsCompactResultResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const SessionsCompactResultResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, SessionsCompactResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "ok", ptr), out.ok, wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  Read(wire::RequiredMember(j, "compacted", ptr), out.compacted, wire::ChildPointer(ptr, "compacted"));
  if (auto it = j.find("kept"); it != j.end()) Read(*it, out.kept.emplace(), wire::ChildPointer(ptr, "kept"));
  if (auto it = j.find("reason"); it != j.end()) Read(*it, out.reason.emplace(), wire::ChildPointer(ptr, "reason"));
  if (auto it = j.find("result"); it != j.end()) Read(*it, out.result.emplace(), wire::ChildPointer(ptr, "result"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "key", "compacted", "kept", "reason", "result"});
}

nlohmann::json Write(const SessionsCompactResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = Write(value.ok);
  j["key"] = Write(value.key);
  j["compacted"] = Write(value.compacted);
  if (value.kept) j["kept"] = Write(*value.kept);
  if (value.reason) j["reason"] = Write(*value.reason);
  if (value.result) j["result"] = Write(*value.result);
  return j;
}

void Read(const nlohmann::json& j, SessionsDeleteParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"key", "agentId", "deleteTranscript", "expectedSessionId", "expectedLifecycleRevision", "expectedSessionUpdatedAt", "emitLifecycleHooks", "archivedOnly"}, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("deleteTranscript"); it != j.end()) Read(*it, out.delete_transcript.emplace(), wire::ChildPointer(ptr, "deleteTranscript"));
  if (auto it = j.find("expectedSessionId"); it != j.end()) Read(*it, out.expected_session_id.emplace(), wire::ChildPointer(ptr, "expectedSessionId"));
  if (auto it = j.find("expectedLifecycleRevision"); it != j.end()) Read(*it, out.expected_lifecycle_revision.emplace(), wire::ChildPointer(ptr, "expectedLifecycleRevision"));
  if (auto it = j.find("expectedSessionUpdatedAt"); it != j.end()) Read(*it, out.expected_session_updated_at.emplace(), wire::ChildPointer(ptr, "expectedSessionUpdatedAt"));
  if (auto it = j.find("emitLifecycleHooks"); it != j.end()) Read(*it, out.emit_lifecycle_hooks.emplace(), wire::ChildPointer(ptr, "emitLifecycleHooks"));
  if (auto it = j.find("archivedOnly"); it != j.end()) Read(*it, out.archived_only.emplace(), wire::ChildPointer(ptr, "archivedOnly"));
}

nlohmann::json Write(const SessionsDeleteParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["key"] = Write(value.key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.delete_transcript) j["deleteTranscript"] = Write(*value.delete_transcript);
  if (value.expected_session_id) j["expectedSessionId"] = Write(*value.expected_session_id);
  if (value.expected_lifecycle_revision) j["expectedLifecycleRevision"] = Write(*value.expected_lifecycle_revision);
  if (value.expected_session_updated_at) j["expectedSessionUpdatedAt"] = Write(*value.expected_session_updated_at);
  if (value.emit_lifecycle_hooks) j["emitLifecycleHooks"] = Write(*value.emit_lifecycle_hooks);
  if (value.archived_only) j["archivedOnly"] = Write(*value.archived_only);
  return j;
}

void Read(const nlohmann::json& j, SessionWorktreePreserved& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "branch", ptr), out.branch, wire::ChildPointer(ptr, "branch"));
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  Read(wire::RequiredMember(j, "reason", ptr), out.reason, wire::ChildPointer(ptr, "reason"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id", "branch", "path", "reason"});
}

nlohmann::json Write(const SessionWorktreePreserved& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["id"] = Write(value.id);
  j["branch"] = Write(value.branch);
  j["path"] = Write(value.path);
  j["reason"] = Write(value.reason);
  return j;
}

void Read(const nlohmann::json& j, SessionsDeleteResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"ok", "key", "deleted", "archived", "worktreePreserved"}, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  Read(wire::RequiredMember(j, "deleted", ptr), out.deleted, wire::ChildPointer(ptr, "deleted"));
  Read(wire::RequiredMember(j, "archived", ptr), out.archived, wire::ChildPointer(ptr, "archived"));
  if (auto it = j.find("worktreePreserved"); it != j.end()) Read(*it, out.worktree_preserved.emplace(), wire::ChildPointer(ptr, "worktreePreserved"));
}

nlohmann::json Write(const SessionsDeleteResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  j["key"] = Write(value.key);
  j["deleted"] = Write(value.deleted);
  j["archived"] = Write(value.archived);
  if (value.worktree_preserved) j["worktreePreserved"] = Write(*value.worktree_preserved);
  return j;
}

std::string_view ToString(SessionsListSort value) {
  switch (value) {
    case SessionsListSort::kUpdatedAt:
      return "updatedAt";
    case SessionsListSort::kLastInteractionAt:
      return "lastInteractionAt";
    case SessionsListSort::kActivity:
      return "activity";
  }
  return {};
}

std::optional<SessionsListSort> ParseSessionsListSort(std::string_view text) {
  if (text == "updatedAt") return SessionsListSort::kUpdatedAt;
  if (text == "lastInteractionAt") return SessionsListSort::kLastInteractionAt;
  if (text == "activity") return SessionsListSort::kActivity;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionsListSort& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionsListSort(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionsListSort value) { return std::string(ToString(value)); }

std::string_view ToString(SessionsArchivedFilterVariant2 value) {
  switch (value) {
    case SessionsArchivedFilterVariant2::kAll:
      return "all";
  }
  return {};
}

std::optional<SessionsArchivedFilterVariant2> ParseSessionsArchivedFilterVariant2(std::string_view text) {
  if (text == "all") return SessionsArchivedFilterVariant2::kAll;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionsArchivedFilterVariant2& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionsArchivedFilterVariant2(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionsArchivedFilterVariant2 value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionsArchivedFilter& out, std::string_view ptr) {
  if (j.is_boolean()) {
    bool alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (j.is_string()) {
    SessionsArchivedFilterVariant2 alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  throw wire::DecodeError(std::string(ptr), "must match exactly one schema in oneOf");
}

nlohmann::json Write(const SessionsArchivedFilter& value) {
  return std::visit([](const auto& alternative) { return nlohmann::json(Write(alternative)); }, value.value);
}

void Read(const nlohmann::json& j, SessionsProfileRelation& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("profileId"); it != j.end()) Read(*it, out.profile_id.emplace(), wire::ChildPointer(ptr, "profileId"));
  if (auto it = j.find("relationship"); it != j.end()) Read(*it, out.relationship.emplace(), wire::ChildPointer(ptr, "relationship"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"profileId", "relationship"});
}

nlohmann::json Write(const SessionsProfileRelation& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.profile_id) j["profileId"] = Write(*value.profile_id);
  if (value.relationship) j["relationship"] = Write(*value.relationship);
  return j;
}

void Read(const nlohmann::json& j, SessionsListParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"limit", "offset", "activeMinutes", "requireLastInteraction", "sortBy", "includeGlobal", "includeUnknown", "configuredAgentsOnly", "includeDerivedTitles", "includeLastMessage", "label", "boardFace", "creatorId", "ownerId", "ownerFirst", "involvingMe", "involvingProfileId", "includePeople", "spawnedBy", "agentId", "search", "archived", "activeOnly", "pinned", "group", "excludeSystem", "excludeCron", "excludeSubagents", "includeActivitySummary", "profileRelation", "projectId", "workspaceDir", "hasBoard"}, ptr);
  if (auto it = j.find("limit"); it != j.end()) Read(*it, out.limit.emplace(), wire::ChildPointer(ptr, "limit"));
  if (auto it = j.find("offset"); it != j.end()) Read(*it, out.offset.emplace(), wire::ChildPointer(ptr, "offset"));
  if (auto it = j.find("activeMinutes"); it != j.end()) Read(*it, out.active_minutes.emplace(), wire::ChildPointer(ptr, "activeMinutes"));
  if (auto it = j.find("requireLastInteraction"); it != j.end()) Read(*it, out.require_last_interaction.emplace(), wire::ChildPointer(ptr, "requireLastInteraction"));
  if (auto it = j.find("sortBy"); it != j.end()) Read(*it, out.sort_by.emplace(), wire::ChildPointer(ptr, "sortBy"));
  if (auto it = j.find("includeGlobal"); it != j.end()) Read(*it, out.include_global.emplace(), wire::ChildPointer(ptr, "includeGlobal"));
  if (auto it = j.find("includeUnknown"); it != j.end()) Read(*it, out.include_unknown.emplace(), wire::ChildPointer(ptr, "includeUnknown"));
  if (auto it = j.find("configuredAgentsOnly"); it != j.end()) Read(*it, out.configured_agents_only.emplace(), wire::ChildPointer(ptr, "configuredAgentsOnly"));
  if (auto it = j.find("includeDerivedTitles"); it != j.end()) Read(*it, out.include_derived_titles.emplace(), wire::ChildPointer(ptr, "includeDerivedTitles"));
  if (auto it = j.find("includeLastMessage"); it != j.end()) Read(*it, out.include_last_message.emplace(), wire::ChildPointer(ptr, "includeLastMessage"));
  if (auto it = j.find("label"); it != j.end()) Read(*it, out.label.emplace(), wire::ChildPointer(ptr, "label"));
  if (auto it = j.find("boardFace"); it != j.end()) Read(*it, out.board_face.emplace(), wire::ChildPointer(ptr, "boardFace"));
  if (auto it = j.find("creatorId"); it != j.end()) Read(*it, out.creator_id.emplace(), wire::ChildPointer(ptr, "creatorId"));
  if (auto it = j.find("ownerId"); it != j.end()) Read(*it, out.owner_id.emplace(), wire::ChildPointer(ptr, "ownerId"));
  if (auto it = j.find("ownerFirst"); it != j.end()) Read(*it, out.owner_first.emplace(), wire::ChildPointer(ptr, "ownerFirst"));
  if (auto it = j.find("involvingMe"); it != j.end()) Read(*it, out.involving_me.emplace(), wire::ChildPointer(ptr, "involvingMe"));
  if (auto it = j.find("involvingProfileId"); it != j.end()) Read(*it, out.involving_profile_id.emplace(), wire::ChildPointer(ptr, "involvingProfileId"));
  if (auto it = j.find("includePeople"); it != j.end()) Read(*it, out.include_people.emplace(), wire::ChildPointer(ptr, "includePeople"));
  if (auto it = j.find("spawnedBy"); it != j.end()) Read(*it, out.spawned_by.emplace(), wire::ChildPointer(ptr, "spawnedBy"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("search"); it != j.end()) Read(*it, out.search.emplace(), wire::ChildPointer(ptr, "search"));
  if (auto it = j.find("archived"); it != j.end()) Read(*it, out.archived.emplace(), wire::ChildPointer(ptr, "archived"));
  if (auto it = j.find("activeOnly"); it != j.end()) Read(*it, out.active_only.emplace(), wire::ChildPointer(ptr, "activeOnly"));
  if (auto it = j.find("pinned"); it != j.end()) Read(*it, out.pinned.emplace(), wire::ChildPointer(ptr, "pinned"));
  if (auto it = j.find("group"); it != j.end()) Read(*it, out.group.emplace(), wire::ChildPointer(ptr, "group"));
  if (auto it = j.find("excludeSystem"); it != j.end()) Read(*it, out.exclude_system.emplace(), wire::ChildPointer(ptr, "excludeSystem"));
  if (auto it = j.find("excludeCron"); it != j.end()) Read(*it, out.exclude_cron.emplace(), wire::ChildPointer(ptr, "excludeCron"));
  if (auto it = j.find("excludeSubagents"); it != j.end()) Read(*it, out.exclude_subagents.emplace(), wire::ChildPointer(ptr, "excludeSubagents"));
  if (auto it = j.find("includeActivitySummary"); it != j.end()) Read(*it, out.include_activity_summary.emplace(), wire::ChildPointer(ptr, "includeActivitySummary"));
  if (auto it = j.find("profileRelation"); it != j.end()) Read(*it, out.profile_relation.emplace(), wire::ChildPointer(ptr, "profileRelation"));
  if (auto it = j.find("projectId"); it != j.end()) Read(*it, out.project_id.emplace(), wire::ChildPointer(ptr, "projectId"));
  if (auto it = j.find("workspaceDir"); it != j.end()) Read(*it, out.workspace_dir.emplace(), wire::ChildPointer(ptr, "workspaceDir"));
  if (auto it = j.find("hasBoard"); it != j.end()) Read(*it, out.has_board.emplace(), wire::ChildPointer(ptr, "hasBoard"));
}

nlohmann::json Write(const SessionsListParams& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.limit) j["limit"] = Write(*value.limit);
  if (value.offset) j["offset"] = Write(*value.offset);
  if (value.active_minutes) j["activeMinutes"] = Write(*value.active_minutes);
  if (value.require_last_interaction) j["requireLastInteraction"] = Write(*value.require_last_interaction);
  if (value.sort_by) j["sortBy"] = Write(*value.sort_by);
  if (value.include_global) j["includeGlobal"] = Write(*value.include_global);
  if (value.include_unknown) j["includeUnknown"] = Write(*value.include_unknown);
  if (value.configured_agents_only) j["configuredAgentsOnly"] = Write(*value.configured_agents_only);
  if (value.include_derived_titles) j["includeDerivedTitles"] = Write(*value.include_derived_titles);
  if (value.include_last_message) j["includeLastMessage"] = Write(*value.include_last_message);
  if (value.label) j["label"] = Write(*value.label);
  if (value.board_face) j["boardFace"] = Write(*value.board_face);
  if (value.creator_id) j["creatorId"] = Write(*value.creator_id);
  if (value.owner_id) j["ownerId"] = Write(*value.owner_id);
  if (value.owner_first) j["ownerFirst"] = Write(*value.owner_first);
  if (value.involving_me) j["involvingMe"] = Write(*value.involving_me);
  if (value.involving_profile_id) j["involvingProfileId"] = Write(*value.involving_profile_id);
  if (value.include_people) j["includePeople"] = Write(*value.include_people);
  if (value.spawned_by) j["spawnedBy"] = Write(*value.spawned_by);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.search) j["search"] = Write(*value.search);
  if (value.archived) j["archived"] = Write(*value.archived);
  if (value.active_only) j["activeOnly"] = Write(*value.active_only);
  if (value.pinned) j["pinned"] = Write(*value.pinned);
  if (value.group) j["group"] = Write(*value.group);
  if (value.exclude_system) j["excludeSystem"] = Write(*value.exclude_system);
  if (value.exclude_cron) j["excludeCron"] = Write(*value.exclude_cron);
  if (value.exclude_subagents) j["excludeSubagents"] = Write(*value.exclude_subagents);
  if (value.include_activity_summary) j["includeActivitySummary"] = Write(*value.include_activity_summary);
  if (value.profile_relation) j["profileRelation"] = Write(*value.profile_relation);
  if (value.project_id) j["projectId"] = Write(*value.project_id);
  if (value.workspace_dir) j["workspaceDir"] = Write(*value.workspace_dir);
  if (value.has_board) j["hasBoard"] = Write(*value.has_board);
  return j;
}

void Read(const nlohmann::json& j, SessionsListResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  Read(wire::RequiredMember(j, "count", ptr), out.count, wire::ChildPointer(ptr, "count"));
  Read(wire::RequiredMember(j, "totalCount", ptr), out.total_count, wire::ChildPointer(ptr, "totalCount"));
  Read(wire::RequiredMember(j, "limitApplied", ptr), out.limit_applied, wire::ChildPointer(ptr, "limitApplied"));
  if (auto it = j.find("offset"); it != j.end()) Read(*it, out.offset.emplace(), wire::ChildPointer(ptr, "offset"));
  Read(wire::RequiredMember(j, "nextOffset", ptr), out.next_offset, wire::ChildPointer(ptr, "nextOffset"));
  Read(wire::RequiredMember(j, "hasMore", ptr), out.has_more, wire::ChildPointer(ptr, "hasMore"));
  Read(wire::RequiredMember(j, "owners", ptr), out.owners, wire::ChildPointer(ptr, "owners"));
  if (auto it = j.find("involvingProfileId"); it != j.end()) Read(*it, out.involving_profile_id.emplace(), wire::ChildPointer(ptr, "involvingProfileId"));
  if (auto it = j.find("people"); it != j.end()) Read(*it, out.people.emplace(), wire::ChildPointer(ptr, "people"));
  if (auto it = j.find("peopleIncomplete"); it != j.end()) Read(*it, out.people_incomplete.emplace(), wire::ChildPointer(ptr, "peopleIncomplete"));
  if (auto it = j.find("peopleSessionCount"); it != j.end()) Read(*it, out.people_session_count.emplace(), wire::ChildPointer(ptr, "peopleSessionCount"));
  Read(wire::RequiredMember(j, "defaults", ptr), out.defaults, wire::ChildPointer(ptr, "defaults"));
  Read(wire::RequiredMember(j, "sessions", ptr), out.sessions, wire::ChildPointer(ptr, "sessions"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ts", "path", "count", "totalCount", "limitApplied", "offset", "nextOffset", "hasMore", "owners", "involvingProfileId", "people", "peopleIncomplete", "peopleSessionCount", "defaults", "sessions"});
}

nlohmann::json Write(const SessionsListResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ts"] = Write(value.ts);
  j["path"] = Write(value.path);
  j["count"] = Write(value.count);
  j["totalCount"] = Write(value.total_count);
  j["limitApplied"] = Write(value.limit_applied);
  if (value.offset) j["offset"] = Write(*value.offset);
  j["nextOffset"] = Write(value.next_offset);
  j["hasMore"] = Write(value.has_more);
  j["owners"] = Write(value.owners);
  if (value.involving_profile_id) j["involvingProfileId"] = Write(*value.involving_profile_id);
  if (value.people) j["people"] = Write(*value.people);
  if (value.people_incomplete) j["peopleIncomplete"] = Write(*value.people_incomplete);
  if (value.people_session_count) j["peopleSessionCount"] = Write(*value.people_session_count);
  j["defaults"] = Write(value.defaults);
  j["sessions"] = Write(value.sessions);
  return j;
}

void Read(const nlohmann::json& j, SessionsMessagesSubscribeParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"key", "agentId", "includeApprovals"}, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("includeApprovals"); it != j.end()) Read(*it, out.include_approvals.emplace(), wire::ChildPointer(ptr, "includeApprovals"));
}

nlohmann::json Write(const SessionsMessagesSubscribeParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["key"] = Write(value.key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.include_approvals) j["includeApprovals"] = Write(*value.include_approvals);
  return j;
}

void Read(const nlohmann::json& j, SessionsMessagesSubscription& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "subscribed", ptr), out.subscribed, wire::ChildPointer(ptr, "subscribed"));
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"subscribed", "key"});
}

nlohmann::json Write(const SessionsMessagesSubscription& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["subscribed"] = Write(value.subscribed);
  j["key"] = Write(value.key);
  return j;
}

void Read(const nlohmann::json& j, SessionsMessagesUnsubscribeParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"key", "agentId"}, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
}

nlohmann::json Write(const SessionsMessagesUnsubscribeParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["key"] = Write(value.key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  return j;
}

std::string_view ToString(SessionsPatchParamsBoardPresentation value) {
  switch (value) {
    case SessionsPatchParamsBoardPresentation::kSplit:
      return "split";
    case SessionsPatchParamsBoardPresentation::kExpanded:
      return "expanded";
  }
  return {};
}

std::optional<SessionsPatchParamsBoardPresentation> ParseSessionsPatchParamsBoardPresentation(std::string_view text) {
  if (text == "split") return SessionsPatchParamsBoardPresentation::kSplit;
  if (text == "expanded") return SessionsPatchParamsBoardPresentation::kExpanded;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionsPatchParamsBoardPresentation& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionsPatchParamsBoardPresentation(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionsPatchParamsBoardPresentation value) { return std::string(ToString(value)); }

std::string_view ToString(SessionsPatchParamsResponseUsage value) {
  switch (value) {
    case SessionsPatchParamsResponseUsage::kOff:
      return "off";
    case SessionsPatchParamsResponseUsage::kTokens:
      return "tokens";
    case SessionsPatchParamsResponseUsage::kFull:
      return "full";
    case SessionsPatchParamsResponseUsage::kOn:
      return "on";
  }
  return {};
}

std::optional<SessionsPatchParamsResponseUsage> ParseSessionsPatchParamsResponseUsage(std::string_view text) {
  if (text == "off") return SessionsPatchParamsResponseUsage::kOff;
  if (text == "tokens") return SessionsPatchParamsResponseUsage::kTokens;
  if (text == "full") return SessionsPatchParamsResponseUsage::kFull;
  if (text == "on") return SessionsPatchParamsResponseUsage::kOn;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionsPatchParamsResponseUsage& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionsPatchParamsResponseUsage(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionsPatchParamsResponseUsage value) { return std::string(ToString(value)); }

std::string_view ToString(SessionsPatchParamsPermissionMode value) {
  switch (value) {
    case SessionsPatchParamsPermissionMode::kReadOnly:
      return "read-only";
    case SessionsPatchParamsPermissionMode::kGuarded:
      return "guarded";
    case SessionsPatchParamsPermissionMode::kWorkspace:
      return "workspace";
    case SessionsPatchParamsPermissionMode::kFull:
      return "full";
  }
  return {};
}

std::optional<SessionsPatchParamsPermissionMode> ParseSessionsPatchParamsPermissionMode(std::string_view text) {
  if (text == "read-only") return SessionsPatchParamsPermissionMode::kReadOnly;
  if (text == "guarded") return SessionsPatchParamsPermissionMode::kGuarded;
  if (text == "workspace") return SessionsPatchParamsPermissionMode::kWorkspace;
  if (text == "full") return SessionsPatchParamsPermissionMode::kFull;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionsPatchParamsPermissionMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionsPatchParamsPermissionMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionsPatchParamsPermissionMode value) { return std::string(ToString(value)); }

std::string_view ToString(SessionsPatchParamsSendPolicy value) {
  switch (value) {
    case SessionsPatchParamsSendPolicy::kAllow:
      return "allow";
    case SessionsPatchParamsSendPolicy::kDeny:
      return "deny";
  }
  return {};
}

std::optional<SessionsPatchParamsSendPolicy> ParseSessionsPatchParamsSendPolicy(std::string_view text) {
  if (text == "allow") return SessionsPatchParamsSendPolicy::kAllow;
  if (text == "deny") return SessionsPatchParamsSendPolicy::kDeny;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionsPatchParamsSendPolicy& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionsPatchParamsSendPolicy(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionsPatchParamsSendPolicy value) { return std::string(ToString(value)); }

std::string_view ToString(SessionsPatchParamsGroupActivation value) {
  switch (value) {
    case SessionsPatchParamsGroupActivation::kMention:
      return "mention";
    case SessionsPatchParamsGroupActivation::kAlways:
      return "always";
  }
  return {};
}

std::optional<SessionsPatchParamsGroupActivation> ParseSessionsPatchParamsGroupActivation(std::string_view text) {
  if (text == "mention") return SessionsPatchParamsGroupActivation::kMention;
  if (text == "always") return SessionsPatchParamsGroupActivation::kAlways;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionsPatchParamsGroupActivation& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionsPatchParamsGroupActivation(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionsPatchParamsGroupActivation value) { return std::string(ToString(value)); }

std::string_view ToString(SessionsPatchParamsSandboxMode value) {
  switch (value) {
    case SessionsPatchParamsSandboxMode::kOff:
      return "off";
  }
  return {};
}

std::optional<SessionsPatchParamsSandboxMode> ParseSessionsPatchParamsSandboxMode(std::string_view text) {
  if (text == "off") return SessionsPatchParamsSandboxMode::kOff;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionsPatchParamsSandboxMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionsPatchParamsSandboxMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionsPatchParamsSandboxMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionsPatchParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"key", "agentId", "expectedSessionId", "expectedLifecycleRevision", "expectedPermissionMode", "expectedToolOverrides", "expectedMarkedUnreadAt", "label", "autoLabel", "icon", "color", "category", "boardFace", "boardPresentation", "statusNote", "attention", "ttlMinutes", "archived", "pinned", "unread", "contextWindow", "thinkingLevel", "fastMode", "toolOverrides", "verboseLevel", "traceLevel", "reasoningLevel", "responseUsage", "elevatedLevel", "execHost", "execSecurity", "execAsk", "execNode", "permissionMode", "model", "agentRuntime", "sendPolicy", "groupActivation", "sandboxMode", "nativeRuntimeConsent", "expectedSandboxMode", "expectedNativeRuntimeConsent"}, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("expectedSessionId"); it != j.end()) Read(*it, out.expected_session_id.emplace(), wire::ChildPointer(ptr, "expectedSessionId"));
  if (auto it = j.find("expectedLifecycleRevision"); it != j.end()) Read(*it, out.expected_lifecycle_revision.emplace(), wire::ChildPointer(ptr, "expectedLifecycleRevision"));
  if (auto it = j.find("expectedPermissionMode"); it != j.end()) Read(*it, out.expected_permission_mode.emplace(), wire::ChildPointer(ptr, "expectedPermissionMode"));
  if (auto it = j.find("expectedToolOverrides"); it != j.end()) Read(*it, out.expected_tool_overrides.emplace(), wire::ChildPointer(ptr, "expectedToolOverrides"));
  if (auto it = j.find("expectedMarkedUnreadAt"); it != j.end()) Read(*it, out.expected_marked_unread_at.emplace(), wire::ChildPointer(ptr, "expectedMarkedUnreadAt"));
  if (auto it = j.find("label"); it != j.end()) Read(*it, out.label.emplace(), wire::ChildPointer(ptr, "label"));
  if (auto it = j.find("autoLabel"); it != j.end()) Read(*it, out.auto_label.emplace(), wire::ChildPointer(ptr, "autoLabel"));
  if (auto it = j.find("icon"); it != j.end()) Read(*it, out.icon.emplace(), wire::ChildPointer(ptr, "icon"));
  if (auto it = j.find("color"); it != j.end()) Read(*it, out.color.emplace(), wire::ChildPointer(ptr, "color"));
  if (auto it = j.find("category"); it != j.end()) Read(*it, out.category.emplace(), wire::ChildPointer(ptr, "category"));
  if (auto it = j.find("boardFace"); it != j.end()) Read(*it, out.board_face.emplace(), wire::ChildPointer(ptr, "boardFace"));
  if (auto it = j.find("boardPresentation"); it != j.end()) Read(*it, out.board_presentation.emplace(), wire::ChildPointer(ptr, "boardPresentation"));
  if (auto it = j.find("statusNote"); it != j.end()) Read(*it, out.status_note.emplace(), wire::ChildPointer(ptr, "statusNote"));
  if (auto it = j.find("attention"); it != j.end()) Read(*it, out.attention.emplace(), wire::ChildPointer(ptr, "attention"));
  if (auto it = j.find("ttlMinutes"); it != j.end()) Read(*it, out.ttl_minutes.emplace(), wire::ChildPointer(ptr, "ttlMinutes"));
  if (auto it = j.find("archived"); it != j.end()) Read(*it, out.archived.emplace(), wire::ChildPointer(ptr, "archived"));
  if (auto it = j.find("pinned"); it != j.end()) Read(*it, out.pinned.emplace(), wire::ChildPointer(ptr, "pinned"));
  if (auto it = j.find("unread"); it != j.end()) Read(*it, out.unread.emplace(), wire::ChildPointer(ptr, "unread"));
  if (auto it = j.find("contextWindow"); it != j.end()) Read(*it, out.context_window.emplace(), wire::ChildPointer(ptr, "contextWindow"));
  if (auto it = j.find("thinkingLevel"); it != j.end()) Read(*it, out.thinking_level.emplace(), wire::ChildPointer(ptr, "thinkingLevel"));
  if (auto it = j.find("fastMode"); it != j.end()) Read(*it, out.fast_mode.emplace(), wire::ChildPointer(ptr, "fastMode"));
  if (auto it = j.find("toolOverrides"); it != j.end()) Read(*it, out.tool_overrides.emplace(), wire::ChildPointer(ptr, "toolOverrides"));
  if (auto it = j.find("verboseLevel"); it != j.end()) Read(*it, out.verbose_level.emplace(), wire::ChildPointer(ptr, "verboseLevel"));
  if (auto it = j.find("traceLevel"); it != j.end()) Read(*it, out.trace_level.emplace(), wire::ChildPointer(ptr, "traceLevel"));
  if (auto it = j.find("reasoningLevel"); it != j.end()) Read(*it, out.reasoning_level.emplace(), wire::ChildPointer(ptr, "reasoningLevel"));
  if (auto it = j.find("responseUsage"); it != j.end()) Read(*it, out.response_usage.emplace(), wire::ChildPointer(ptr, "responseUsage"));
  if (auto it = j.find("elevatedLevel"); it != j.end()) Read(*it, out.elevated_level.emplace(), wire::ChildPointer(ptr, "elevatedLevel"));
  if (auto it = j.find("execHost"); it != j.end()) Read(*it, out.exec_host.emplace(), wire::ChildPointer(ptr, "execHost"));
  if (auto it = j.find("execSecurity"); it != j.end()) Read(*it, out.exec_security.emplace(), wire::ChildPointer(ptr, "execSecurity"));
  if (auto it = j.find("execAsk"); it != j.end()) Read(*it, out.exec_ask.emplace(), wire::ChildPointer(ptr, "execAsk"));
  if (auto it = j.find("execNode"); it != j.end()) Read(*it, out.exec_node.emplace(), wire::ChildPointer(ptr, "execNode"));
  if (auto it = j.find("permissionMode"); it != j.end()) Read(*it, out.permission_mode.emplace(), wire::ChildPointer(ptr, "permissionMode"));
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("agentRuntime"); it != j.end()) Read(*it, out.agent_runtime.emplace(), wire::ChildPointer(ptr, "agentRuntime"));
  if (auto it = j.find("sendPolicy"); it != j.end()) Read(*it, out.send_policy.emplace(), wire::ChildPointer(ptr, "sendPolicy"));
  if (auto it = j.find("groupActivation"); it != j.end()) Read(*it, out.group_activation.emplace(), wire::ChildPointer(ptr, "groupActivation"));
  if (auto it = j.find("sandboxMode"); it != j.end()) Read(*it, out.sandbox_mode.emplace(), wire::ChildPointer(ptr, "sandboxMode"));
  if (auto it = j.find("nativeRuntimeConsent"); it != j.end()) Read(*it, out.native_runtime_consent.emplace(), wire::ChildPointer(ptr, "nativeRuntimeConsent"));
  if (auto it = j.find("expectedSandboxMode"); it != j.end()) Read(*it, out.expected_sandbox_mode.emplace(), wire::ChildPointer(ptr, "expectedSandboxMode"));
  if (auto it = j.find("expectedNativeRuntimeConsent"); it != j.end()) Read(*it, out.expected_native_runtime_consent.emplace(), wire::ChildPointer(ptr, "expectedNativeRuntimeConsent"));
}

nlohmann::json Write(const SessionsPatchParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["key"] = Write(value.key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.expected_session_id) j["expectedSessionId"] = Write(*value.expected_session_id);
  if (value.expected_lifecycle_revision) j["expectedLifecycleRevision"] = Write(*value.expected_lifecycle_revision);
  if (value.expected_permission_mode) j["expectedPermissionMode"] = Write(*value.expected_permission_mode);
  if (value.expected_tool_overrides) j["expectedToolOverrides"] = Write(*value.expected_tool_overrides);
  if (value.expected_marked_unread_at) j["expectedMarkedUnreadAt"] = Write(*value.expected_marked_unread_at);
  if (value.label) j["label"] = Write(*value.label);
  if (value.auto_label) j["autoLabel"] = Write(*value.auto_label);
  if (value.icon) j["icon"] = Write(*value.icon);
  if (value.color) j["color"] = Write(*value.color);
  if (value.category) j["category"] = Write(*value.category);
  if (value.board_face) j["boardFace"] = Write(*value.board_face);
  if (value.board_presentation) j["boardPresentation"] = Write(*value.board_presentation);
  if (value.status_note) j["statusNote"] = Write(*value.status_note);
  if (value.attention) j["attention"] = Write(*value.attention);
  if (value.ttl_minutes) j["ttlMinutes"] = Write(*value.ttl_minutes);
  if (value.archived) j["archived"] = Write(*value.archived);
  if (value.pinned) j["pinned"] = Write(*value.pinned);
  if (value.unread) j["unread"] = Write(*value.unread);
  if (value.context_window) j["contextWindow"] = Write(*value.context_window);
  if (value.thinking_level) j["thinkingLevel"] = Write(*value.thinking_level);
  if (value.fast_mode) j["fastMode"] = Write(*value.fast_mode);
  if (value.tool_overrides) j["toolOverrides"] = Write(*value.tool_overrides);
  if (value.verbose_level) j["verboseLevel"] = Write(*value.verbose_level);
  if (value.trace_level) j["traceLevel"] = Write(*value.trace_level);
  if (value.reasoning_level) j["reasoningLevel"] = Write(*value.reasoning_level);
  if (value.response_usage) j["responseUsage"] = Write(*value.response_usage);
  if (value.elevated_level) j["elevatedLevel"] = Write(*value.elevated_level);
  if (value.exec_host) j["execHost"] = Write(*value.exec_host);
  if (value.exec_security) j["execSecurity"] = Write(*value.exec_security);
  if (value.exec_ask) j["execAsk"] = Write(*value.exec_ask);
  if (value.exec_node) j["execNode"] = Write(*value.exec_node);
  if (value.permission_mode) j["permissionMode"] = Write(*value.permission_mode);
  if (value.model) j["model"] = Write(*value.model);
  if (value.agent_runtime) j["agentRuntime"] = Write(*value.agent_runtime);
  if (value.send_policy) j["sendPolicy"] = Write(*value.send_policy);
  if (value.group_activation) j["groupActivation"] = Write(*value.group_activation);
  if (value.sandbox_mode) j["sandboxMode"] = Write(*value.sandbox_mode);
  if (value.native_runtime_consent) j["nativeRuntimeConsent"] = Write(*value.native_runtime_consent);
  if (value.expected_sandbox_mode) j["expectedSandboxMode"] = Write(*value.expected_sandbox_mode);
  if (value.expected_native_runtime_consent) j["expectedNativeRuntimeConsent"] = Write(*value.expected_native_runtime_consent);
  return j;
}

void Read(const nlohmann::json& j, SessionsPatchResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  Read(wire::RequiredMember(j, "entry", ptr), out.entry, wire::ChildPointer(ptr, "entry"));
  Read(wire::RequiredMember(j, "resolved", ptr), out.resolved, wire::ChildPointer(ptr, "resolved"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "path", "key", "entry", "resolved"});
}

nlohmann::json Write(const SessionsPatchResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  j["path"] = Write(value.path);
  j["key"] = Write(value.key);
  j["entry"] = Write(value.entry);
  j["resolved"] = Write(value.resolved);
  return j;
}

void Read(const nlohmann::json& j, SessionsPreviewParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"keys", "limit", "maxChars"}, ptr);
  Read(wire::RequiredMember(j, "keys", ptr), out.keys, wire::ChildPointer(ptr, "keys"));
  if (auto it = j.find("limit"); it != j.end()) Read(*it, out.limit.emplace(), wire::ChildPointer(ptr, "limit"));
  if (auto it = j.find("maxChars"); it != j.end()) Read(*it, out.max_chars.emplace(), wire::ChildPointer(ptr, "maxChars"));
}

nlohmann::json Write(const SessionsPreviewParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["keys"] = Write(value.keys);
  if (value.limit) j["limit"] = Write(*value.limit);
  if (value.max_chars) j["maxChars"] = Write(*value.max_chars);
  return j;
}

std::string_view ToString(SessionPreviewStatus value) {
  switch (value) {
    case SessionPreviewStatus::kOk:
      return "ok";
    case SessionPreviewStatus::kEmpty:
      return "empty";
    case SessionPreviewStatus::kMissing:
      return "missing";
    case SessionPreviewStatus::kCold:
      return "cold";
    case SessionPreviewStatus::kError:
      return "error";
  }
  return {};
}

std::optional<SessionPreviewStatus> ParseSessionPreviewStatus(std::string_view text) {
  if (text == "ok") return SessionPreviewStatus::kOk;
  if (text == "empty") return SessionPreviewStatus::kEmpty;
  if (text == "missing") return SessionPreviewStatus::kMissing;
  if (text == "cold") return SessionPreviewStatus::kCold;
  if (text == "error") return SessionPreviewStatus::kError;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionPreviewStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionPreviewStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionPreviewStatus value) { return std::string(ToString(value)); }

std::string_view ToString(SessionPreviewRole value) {
  switch (value) {
    case SessionPreviewRole::kUser:
      return "user";
    case SessionPreviewRole::kAssistant:
      return "assistant";
  }
  return {};
}

std::optional<SessionPreviewRole> ParseSessionPreviewRole(std::string_view text) {
  if (text == "user") return SessionPreviewRole::kUser;
  if (text == "assistant") return SessionPreviewRole::kAssistant;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionPreviewRole& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionPreviewRole(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionPreviewRole value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionPreviewItem& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "role", ptr), out.role, wire::ChildPointer(ptr, "role"));
  Read(wire::RequiredMember(j, "text", ptr), out.text, wire::ChildPointer(ptr, "text"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"role", "text"});
}

nlohmann::json Write(const SessionPreviewItem& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["role"] = Write(value.role);
  j["text"] = Write(value.text);
  return j;
}

void Read(const nlohmann::json& j, SessionPreview& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
  Read(wire::RequiredMember(j, "items", ptr), out.items, wire::ChildPointer(ptr, "items"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"key", "status", "items"});
}

nlohmann::json Write(const SessionPreview& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["key"] = Write(value.key);
  j["status"] = Write(value.status);
  j["items"] = Write(value.items);
  return j;
}

void Read(const nlohmann::json& j, SessionsPreviewResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  Read(wire::RequiredMember(j, "previews", ptr), out.previews, wire::ChildPointer(ptr, "previews"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ts", "previews"});
}

nlohmann::json Write(const SessionsPreviewResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ts"] = Write(value.ts);
  j["previews"] = Write(value.previews);
  return j;
}

void Read(const nlohmann::json& j, SessionsResetParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"key", "agentId", "reason", "expectedSessionId"}, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("reason"); it != j.end()) Read(*it, out.reason.emplace(), wire::ChildPointer(ptr, "reason"));
  if (auto it = j.find("expectedSessionId"); it != j.end()) Read(*it, out.expected_session_id.emplace(), wire::ChildPointer(ptr, "expectedSessionId"));
}

nlohmann::json Write(const SessionsResetParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["key"] = Write(value.key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.reason) j["reason"] = Write(*value.reason);
  if (value.expected_session_id) j["expectedSessionId"] = Write(*value.expected_session_id);
  return j;
}

void Read(const nlohmann::json& j, SessionsResetResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  if (auto it = j.find("entry"); it != j.end()) Read(*it, out.entry.emplace(), wire::ChildPointer(ptr, "entry"));
  if (auto it = j.find("resolved"); it != j.end()) Read(*it, out.resolved.emplace(), wire::ChildPointer(ptr, "resolved"));
  if (auto it = j.find("deleted"); it != j.end()) Read(*it, out.deleted.emplace(), wire::ChildPointer(ptr, "deleted"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "key", "entry", "resolved", "deleted"});
}

nlohmann::json Write(const SessionsResetResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  j["key"] = Write(value.key);
  if (value.entry) j["entry"] = Write(*value.entry);
  if (value.resolved) j["resolved"] = Write(*value.resolved);
  if (value.deleted) j["deleted"] = Write(*value.deleted);
  return j;
}

void Read(const nlohmann::json& j, SessionsResolveParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"key", "sessionId", "label", "shortId", "slugHint", "agentId", "spawnedBy", "includeGlobal", "includeUnknown", "allowMissing"}, ptr);
  if (auto it = j.find("key"); it != j.end()) Read(*it, out.key.emplace(), wire::ChildPointer(ptr, "key"));
  if (auto it = j.find("sessionId"); it != j.end()) Read(*it, out.session_id.emplace(), wire::ChildPointer(ptr, "sessionId"));
  if (auto it = j.find("label"); it != j.end()) Read(*it, out.label.emplace(), wire::ChildPointer(ptr, "label"));
  if (auto it = j.find("shortId"); it != j.end()) Read(*it, out.short_id.emplace(), wire::ChildPointer(ptr, "shortId"));
  if (auto it = j.find("slugHint"); it != j.end()) Read(*it, out.slug_hint.emplace(), wire::ChildPointer(ptr, "slugHint"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("spawnedBy"); it != j.end()) Read(*it, out.spawned_by.emplace(), wire::ChildPointer(ptr, "spawnedBy"));
  if (auto it = j.find("includeGlobal"); it != j.end()) Read(*it, out.include_global.emplace(), wire::ChildPointer(ptr, "includeGlobal"));
  if (auto it = j.find("includeUnknown"); it != j.end()) Read(*it, out.include_unknown.emplace(), wire::ChildPointer(ptr, "includeUnknown"));
  if (auto it = j.find("allowMissing"); it != j.end()) Read(*it, out.allow_missing.emplace(), wire::ChildPointer(ptr, "allowMissing"));
}

nlohmann::json Write(const SessionsResolveParams& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.key) j["key"] = Write(*value.key);
  if (value.session_id) j["sessionId"] = Write(*value.session_id);
  if (value.label) j["label"] = Write(*value.label);
  if (value.short_id) j["shortId"] = Write(*value.short_id);
  if (value.slug_hint) j["slugHint"] = Write(*value.slug_hint);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.spawned_by) j["spawnedBy"] = Write(*value.spawned_by);
  if (value.include_global) j["includeGlobal"] = Write(*value.include_global);
  if (value.include_unknown) j["includeUnknown"] = Write(*value.include_unknown);
  if (value.allow_missing) j["allowMissing"] = Write(*value.allow_missing);
  return j;
}

void Read(const nlohmann::json& j, SessionResolveCandidate& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  Read(wire::RequiredMember(j, "agentId", ptr), out.agent_id, wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("displayName"); it != j.end()) Read(*it, out.display_name.emplace(), wire::ChildPointer(ptr, "displayName"));
  if (auto it = j.find("boardFace"); it != j.end()) Read(*it, out.board_face.emplace(), wire::ChildPointer(ptr, "boardFace"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"key", "agentId", "displayName", "boardFace"});
}

nlohmann::json Write(const SessionResolveCandidate& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["key"] = Write(value.key);
  j["agentId"] = Write(value.agent_id);
  if (value.display_name) j["displayName"] = Write(*value.display_name);
  if (value.board_face) j["boardFace"] = Write(*value.board_face);
  return j;
}

void Read(const nlohmann::json& j, SessionsResolveResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "ok", ptr), out.ok, wire::ChildPointer(ptr, "ok"));
  if (auto it = j.find("key"); it != j.end()) Read(*it, out.key.emplace(), wire::ChildPointer(ptr, "key"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("displayName"); it != j.end()) Read(*it, out.display_name.emplace(), wire::ChildPointer(ptr, "displayName"));
  if (auto it = j.find("boardFace"); it != j.end()) Read(*it, out.board_face.emplace(), wire::ChildPointer(ptr, "boardFace"));
  if (auto it = j.find("candidates"); it != j.end()) Read(*it, out.candidates.emplace(), wire::ChildPointer(ptr, "candidates"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "key", "agentId", "displayName", "boardFace", "candidates"});
}

nlohmann::json Write(const SessionsResolveResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = Write(value.ok);
  if (value.key) j["key"] = Write(*value.key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.display_name) j["displayName"] = Write(*value.display_name);
  if (value.board_face) j["boardFace"] = Write(*value.board_face);
  if (value.candidates) j["candidates"] = Write(*value.candidates);
  return j;
}

void Read(const nlohmann::json& j, SessionsSendParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"key", "message", "agentId", "thinking", "attachments", "timeoutMs", "idempotencyKey"}, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  Read(wire::RequiredMember(j, "message", ptr), out.message, wire::ChildPointer(ptr, "message"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("thinking"); it != j.end()) Read(*it, out.thinking.emplace(), wire::ChildPointer(ptr, "thinking"));
  if (auto it = j.find("attachments"); it != j.end()) Read(*it, out.attachments.emplace(), wire::ChildPointer(ptr, "attachments"));
  if (auto it = j.find("timeoutMs"); it != j.end()) Read(*it, out.timeout_ms.emplace(), wire::ChildPointer(ptr, "timeoutMs"));
  if (auto it = j.find("idempotencyKey"); it != j.end()) Read(*it, out.idempotency_key.emplace(), wire::ChildPointer(ptr, "idempotencyKey"));
}

nlohmann::json Write(const SessionsSendParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["key"] = Write(value.key);
  j["message"] = Write(value.message);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.thinking) j["thinking"] = Write(*value.thinking);
  if (value.attachments) j["attachments"] = Write(*value.attachments);
  if (value.timeout_ms) j["timeoutMs"] = Write(*value.timeout_ms);
  if (value.idempotency_key) j["idempotencyKey"] = Write(*value.idempotency_key);
  return j;
}

void Read(const nlohmann::json& j, SessionsSendResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
  if (auto it = j.find("messageSeq"); it != j.end()) Read(*it, out.message_seq.emplace(), wire::ChildPointer(ptr, "messageSeq"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"runId", "status", "messageSeq"});
}

nlohmann::json Write(const SessionsSendResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["status"] = Write(value.status);
  if (value.message_seq) j["messageSeq"] = Write(*value.message_seq);
  return j;
}

void Read(const nlohmann::json& j, SessionsSubscribeResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "subscribed", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "subscribed"));
  if (auto it = j.find("list"); it != j.end()) Read(*it, out.list.emplace(), wire::ChildPointer(ptr, "list"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"subscribed", "list"});
}

nlohmann::json Write(const SessionsSubscribeResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["subscribed"] = nlohmann::json(true);
  if (value.list) j["list"] = Write(*value.list);
  return j;
}

}  // namespace gateway::proto
