// Generated from protocol/methods/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/methods_chat.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, ChatAbortParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"sessionKey", "agentId", "runId", "preserveSideRuns"}, ptr);
  Read(wire::RequiredMember(j, "sessionKey", ptr), out.session_key, wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("runId"); it != j.end()) Read(*it, out.run_id.emplace(), wire::ChildPointer(ptr, "runId"));
  if (auto it = j.find("preserveSideRuns"); it != j.end()) Read(*it, out.preserve_side_runs.emplace(), wire::ChildPointer(ptr, "preserveSideRuns"));
}

nlohmann::json Write(const ChatAbortParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["sessionKey"] = Write(value.session_key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.run_id) j["runId"] = Write(*value.run_id);
  if (value.preserve_side_runs) j["preserveSideRuns"] = Write(*value.preserve_side_runs);
  return j;
}

void Read(const nlohmann::json& j, ChatHistoryMeta& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("id"); it != j.end()) Read(*it, out.id.emplace(), wire::ChildPointer(ptr, "id"));
  if (auto it = j.find("seq"); it != j.end()) Read(*it, out.seq.emplace(), wire::ChildPointer(ptr, "seq"));
  if (auto it = j.find("idempotencyKey"); it != j.end()) Read(*it, out.idempotency_key.emplace(), wire::ChildPointer(ptr, "idempotencyKey"));
  if (auto it = j.find("kind"); it != j.end()) Read(*it, out.kind.emplace(), wire::ChildPointer(ptr, "kind"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id", "seq", "idempotencyKey", "kind"});
}

nlohmann::json Write(const ChatHistoryMeta& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.id) j["id"] = Write(*value.id);
  if (value.seq) j["seq"] = Write(*value.seq);
  if (value.idempotency_key) j["idempotencyKey"] = Write(*value.idempotency_key);
  if (value.kind) j["kind"] = Write(*value.kind);
  return j;
}

void Read(const nlohmann::json& j, ChatHistoryMessage& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "role", ptr), out.role, wire::ChildPointer(ptr, "role"));
  if (auto it = j.find("content"); it != j.end()) Read(*it, out.content.emplace(), wire::ChildPointer(ptr, "content"));
  if (auto it = j.find("timestamp"); it != j.end()) Read(*it, out.timestamp.emplace(), wire::ChildPointer(ptr, "timestamp"));
  if (auto it = j.find("__openclaw"); it != j.end()) Read(*it, out.openclaw.emplace(), wire::ChildPointer(ptr, "__openclaw"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"role", "content", "timestamp", "__openclaw"});
}

nlohmann::json Write(const ChatHistoryMessage& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["role"] = Write(value.role);
  if (value.content) j["content"] = Write(*value.content);
  if (value.timestamp) j["timestamp"] = Write(*value.timestamp);
  if (value.openclaw) j["__openclaw"] = Write(*value.openclaw);
  return j;
}

void Read(const nlohmann::json& j, ChatHistoryParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"sessionKey", "agentId", "cursor", "limit", "offset", "pendingBefore", "inputRunIds", "messageId", "sessionId", "maxChars", "maxBytes"}, ptr);
  Read(wire::RequiredMember(j, "sessionKey", ptr), out.session_key, wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("cursor"); it != j.end()) Read(*it, out.cursor.emplace(), wire::ChildPointer(ptr, "cursor"));
  if (auto it = j.find("limit"); it != j.end()) Read(*it, out.limit.emplace(), wire::ChildPointer(ptr, "limit"));
  if (auto it = j.find("offset"); it != j.end()) Read(*it, out.offset.emplace(), wire::ChildPointer(ptr, "offset"));
  if (auto it = j.find("pendingBefore"); it != j.end()) Read(*it, out.pending_before.emplace(), wire::ChildPointer(ptr, "pendingBefore"));
  if (auto it = j.find("inputRunIds"); it != j.end()) Read(*it, out.input_run_ids.emplace(), wire::ChildPointer(ptr, "inputRunIds"));
  if (auto it = j.find("messageId"); it != j.end()) Read(*it, out.message_id.emplace(), wire::ChildPointer(ptr, "messageId"));
  if (auto it = j.find("sessionId"); it != j.end()) Read(*it, out.session_id.emplace(), wire::ChildPointer(ptr, "sessionId"));
  if (auto it = j.find("maxChars"); it != j.end()) Read(*it, out.max_chars.emplace(), wire::ChildPointer(ptr, "maxChars"));
  if (auto it = j.find("maxBytes"); it != j.end()) Read(*it, out.max_bytes.emplace(), wire::ChildPointer(ptr, "maxBytes"));
}

nlohmann::json Write(const ChatHistoryParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["sessionKey"] = Write(value.session_key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.cursor) j["cursor"] = Write(*value.cursor);
  if (value.limit) j["limit"] = Write(*value.limit);
  if (value.offset) j["offset"] = Write(*value.offset);
  if (value.pending_before) j["pendingBefore"] = Write(*value.pending_before);
  if (value.input_run_ids) j["inputRunIds"] = Write(*value.input_run_ids);
  if (value.message_id) j["messageId"] = Write(*value.message_id);
  if (value.session_id) j["sessionId"] = Write(*value.session_id);
  if (value.max_chars) j["maxChars"] = Write(*value.max_chars);
  if (value.max_bytes) j["maxBytes"] = Write(*value.max_bytes);
  return j;
}

std::string_view ToString(ChatHistoryKind value) {
  switch (value) {
    case ChatHistoryKind::kDelta:
      return "delta";
    case ChatHistoryKind::kReset:
      return "reset";
  }
  return {};
}

std::optional<ChatHistoryKind> ParseChatHistoryKind(std::string_view text) {
  if (text == "delta") return ChatHistoryKind::kDelta;
  if (text == "reset") return ChatHistoryKind::kReset;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ChatHistoryKind& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseChatHistoryKind(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ChatHistoryKind value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ChatHistoryResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("kind"); it != j.end()) Read(*it, out.kind.emplace(), wire::ChildPointer(ptr, "kind"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("sessionId"); it != j.end()) Read(*it, out.session_id.emplace(), wire::ChildPointer(ptr, "sessionId"));
  if (auto it = j.find("messages"); it != j.end()) Read(*it, out.messages.emplace(), wire::ChildPointer(ptr, "messages"));
  if (auto it = j.find("activity"); it != j.end()) Read(*it, out.activity.emplace(), wire::ChildPointer(ptr, "activity"));
  if (auto it = j.find("pendingInputs"); it != j.end()) Read(*it, out.pending_inputs.emplace(), wire::ChildPointer(ptr, "pendingInputs"));
  if (auto it = j.find("inputReceipts"); it != j.end()) Read(*it, out.input_receipts.emplace(), wire::ChildPointer(ptr, "inputReceipts"));
  if (auto it = j.find("inputConsumptions"); it != j.end()) Read(*it, out.input_consumptions.emplace(), wire::ChildPointer(ptr, "inputConsumptions"));
  if (auto it = j.find("deltaCursor"); it != j.end()) Read(*it, out.delta_cursor.emplace(), wire::ChildPointer(ptr, "deltaCursor"));
  if (auto it = j.find("offset"); it != j.end()) Read(*it, out.offset.emplace(), wire::ChildPointer(ptr, "offset"));
  if (auto it = j.find("nextOffset"); it != j.end()) Read(*it, out.next_offset.emplace(), wire::ChildPointer(ptr, "nextOffset"));
  if (auto it = j.find("hasMore"); it != j.end()) Read(*it, out.has_more.emplace(), wire::ChildPointer(ptr, "hasMore"));
  if (auto it = j.find("totalMessages"); it != j.end()) Read(*it, out.total_messages.emplace(), wire::ChildPointer(ptr, "totalMessages"));
  if (auto it = j.find("completeSnapshot"); it != j.end()) Read(*it, out.complete_snapshot.emplace(), wire::ChildPointer(ptr, "completeSnapshot"));
  if (auto it = j.find("defaults"); it != j.end()) Read(*it, out.defaults.emplace(), wire::ChildPointer(ptr, "defaults"));
  if (auto it = j.find("sessionInfo"); it != j.end()) Read(*it, out.session_info.emplace(), wire::ChildPointer(ptr, "sessionInfo"));
  if (auto it = j.find("thinkingLevel"); it != j.end()) Read(*it, out.thinking_level.emplace(), wire::ChildPointer(ptr, "thinkingLevel"));
  if (auto it = j.find("fastMode"); it != j.end()) Read(*it, out.fast_mode.emplace(), wire::ChildPointer(ptr, "fastMode"));
  if (auto it = j.find("toolOverrides"); it != j.end()) Read(*it, out.tool_overrides.emplace(), wire::ChildPointer(ptr, "toolOverrides"));
  if (auto it = j.find("verboseLevel"); it != j.end()) Read(*it, out.verbose_level.emplace(), wire::ChildPointer(ptr, "verboseLevel"));
  if (auto it = j.find("inFlightRun"); it != j.end()) Read(*it, out.in_flight_run.emplace(), wire::ChildPointer(ptr, "inFlightRun"));
  if (auto it = j.find("metadata"); it != j.end()) Read(*it, out.metadata.emplace(), wire::ChildPointer(ptr, "metadata"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"kind", "sessionKey", "sessionId", "messages", "activity", "pendingInputs", "inputReceipts", "inputConsumptions", "deltaCursor", "offset", "nextOffset", "hasMore", "totalMessages", "completeSnapshot", "defaults", "sessionInfo", "thinkingLevel", "fastMode", "toolOverrides", "verboseLevel", "inFlightRun", "metadata"});
}

nlohmann::json Write(const ChatHistoryResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.kind) j["kind"] = Write(*value.kind);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.session_id) j["sessionId"] = Write(*value.session_id);
  if (value.messages) j["messages"] = Write(*value.messages);
  if (value.activity) j["activity"] = Write(*value.activity);
  if (value.pending_inputs) j["pendingInputs"] = Write(*value.pending_inputs);
  if (value.input_receipts) j["inputReceipts"] = Write(*value.input_receipts);
  if (value.input_consumptions) j["inputConsumptions"] = Write(*value.input_consumptions);
  if (value.delta_cursor) j["deltaCursor"] = Write(*value.delta_cursor);
  if (value.offset) j["offset"] = Write(*value.offset);
  if (value.next_offset) j["nextOffset"] = Write(*value.next_offset);
  if (value.has_more) j["hasMore"] = Write(*value.has_more);
  if (value.total_messages) j["totalMessages"] = Write(*value.total_messages);
  if (value.complete_snapshot) j["completeSnapshot"] = Write(*value.complete_snapshot);
  if (value.defaults) j["defaults"] = Write(*value.defaults);
  if (value.session_info) j["sessionInfo"] = Write(*value.session_info);
  if (value.thinking_level) j["thinkingLevel"] = Write(*value.thinking_level);
  if (value.fast_mode) j["fastMode"] = Write(*value.fast_mode);
  if (value.tool_overrides) j["toolOverrides"] = Write(*value.tool_overrides);
  if (value.verbose_level) j["verboseLevel"] = Write(*value.verbose_level);
  if (value.in_flight_run) j["inFlightRun"] = Write(*value.in_flight_run);
  if (value.metadata) j["metadata"] = Write(*value.metadata);
  return j;
}

void Read(const nlohmann::json& j, ChatInjectParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"sessionKey", "agentId", "message", "label"}, ptr);
  Read(wire::RequiredMember(j, "sessionKey", ptr), out.session_key, wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  Read(wire::RequiredMember(j, "message", ptr), out.message, wire::ChildPointer(ptr, "message"));
  if (auto it = j.find("label"); it != j.end()) Read(*it, out.label.emplace(), wire::ChildPointer(ptr, "label"));
}

nlohmann::json Write(const ChatInjectParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["sessionKey"] = Write(value.session_key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  j["message"] = Write(value.message);
  if (value.label) j["label"] = Write(*value.label);
  return j;
}

void Read(const nlohmann::json& j, ChatInjectResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "messageId", ptr), out.message_id, wire::ChildPointer(ptr, "messageId"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "messageId"});
}

nlohmann::json Write(const ChatInjectResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  j["messageId"] = Write(value.message_id);
  return j;
}

std::string_view ToString(QueueMode value) {
  switch (value) {
    case QueueMode::kSteer:
      return "steer";
    case QueueMode::kFollowup:
      return "followup";
    case QueueMode::kCollect:
      return "collect";
    case QueueMode::kInterrupt:
      return "interrupt";
  }
  return {};
}

std::optional<QueueMode> ParseQueueMode(std::string_view text) {
  if (text == "steer") return QueueMode::kSteer;
  if (text == "followup") return QueueMode::kFollowup;
  if (text == "collect") return QueueMode::kCollect;
  if (text == "interrupt") return QueueMode::kInterrupt;
  return std::nullopt;
}

void Read(const nlohmann::json& j, QueueMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseQueueMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(QueueMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ChatAttachment& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("type"); it != j.end()) Read(*it, out.type.emplace(), wire::ChildPointer(ptr, "type"));
  if (auto it = j.find("mimeType"); it != j.end()) Read(*it, out.mime_type.emplace(), wire::ChildPointer(ptr, "mimeType"));
  if (auto it = j.find("fileName"); it != j.end()) Read(*it, out.file_name.emplace(), wire::ChildPointer(ptr, "fileName"));
  if (auto it = j.find("content"); it != j.end()) Read(*it, out.content.emplace(), wire::ChildPointer(ptr, "content"));
  if (auto it = j.find("sizeBytes"); it != j.end()) Read(*it, out.size_bytes.emplace(), wire::ChildPointer(ptr, "sizeBytes"));
  if (auto it = j.find("durationMs"); it != j.end()) Read(*it, out.duration_ms.emplace(), wire::ChildPointer(ptr, "durationMs"));
  if (auto it = j.find("width"); it != j.end()) Read(*it, out.width.emplace(), wire::ChildPointer(ptr, "width"));
  if (auto it = j.find("height"); it != j.end()) Read(*it, out.height.emplace(), wire::ChildPointer(ptr, "height"));
  if (auto it = j.find("origin"); it != j.end()) Read(*it, out.origin.emplace(), wire::ChildPointer(ptr, "origin"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"type", "mimeType", "fileName", "content", "sizeBytes", "durationMs", "width", "height", "origin"});
}

nlohmann::json Write(const ChatAttachment& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.type) j["type"] = Write(*value.type);
  if (value.mime_type) j["mimeType"] = Write(*value.mime_type);
  if (value.file_name) j["fileName"] = Write(*value.file_name);
  if (value.content) j["content"] = Write(*value.content);
  if (value.size_bytes) j["sizeBytes"] = Write(*value.size_bytes);
  if (value.duration_ms) j["durationMs"] = Write(*value.duration_ms);
  if (value.width) j["width"] = Write(*value.width);
  if (value.height) j["height"] = Write(*value.height);
  if (value.origin) j["origin"] = Write(*value.origin);
  return j;
}

void Read(const nlohmann::json& j, ChatSendParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"sessionKey", "message", "idempotencyKey", "agentId", "sessionId", "thinking", "fastMode", "fastAutoOnSeconds", "queueMode", "deliver", "originatingChannel", "originatingTo", "originatingAccountId", "originatingThreadId", "replyToId", "attachments", "timeoutMs", "expectedLeafEntryId", "intent", "workContext", "mentions"}, ptr);
  Read(wire::RequiredMember(j, "sessionKey", ptr), out.session_key, wire::ChildPointer(ptr, "sessionKey"));
  Read(wire::RequiredMember(j, "message", ptr), out.message, wire::ChildPointer(ptr, "message"));
  Read(wire::RequiredMember(j, "idempotencyKey", ptr), out.idempotency_key, wire::ChildPointer(ptr, "idempotencyKey"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("sessionId"); it != j.end()) Read(*it, out.session_id.emplace(), wire::ChildPointer(ptr, "sessionId"));
  if (auto it = j.find("thinking"); it != j.end()) Read(*it, out.thinking.emplace(), wire::ChildPointer(ptr, "thinking"));
  if (auto it = j.find("fastMode"); it != j.end()) Read(*it, out.fast_mode.emplace(), wire::ChildPointer(ptr, "fastMode"));
  if (auto it = j.find("fastAutoOnSeconds"); it != j.end()) Read(*it, out.fast_auto_on_seconds.emplace(), wire::ChildPointer(ptr, "fastAutoOnSeconds"));
  if (auto it = j.find("queueMode"); it != j.end()) Read(*it, out.queue_mode.emplace(), wire::ChildPointer(ptr, "queueMode"));
  if (auto it = j.find("deliver"); it != j.end()) Read(*it, out.deliver.emplace(), wire::ChildPointer(ptr, "deliver"));
  if (auto it = j.find("originatingChannel"); it != j.end()) Read(*it, out.originating_channel.emplace(), wire::ChildPointer(ptr, "originatingChannel"));
  if (auto it = j.find("originatingTo"); it != j.end()) Read(*it, out.originating_to.emplace(), wire::ChildPointer(ptr, "originatingTo"));
  if (auto it = j.find("originatingAccountId"); it != j.end()) Read(*it, out.originating_account_id.emplace(), wire::ChildPointer(ptr, "originatingAccountId"));
  if (auto it = j.find("originatingThreadId"); it != j.end()) Read(*it, out.originating_thread_id.emplace(), wire::ChildPointer(ptr, "originatingThreadId"));
  if (auto it = j.find("replyToId"); it != j.end()) Read(*it, out.reply_to_id.emplace(), wire::ChildPointer(ptr, "replyToId"));
  if (auto it = j.find("attachments"); it != j.end()) Read(*it, out.attachments.emplace(), wire::ChildPointer(ptr, "attachments"));
  if (auto it = j.find("timeoutMs"); it != j.end()) Read(*it, out.timeout_ms.emplace(), wire::ChildPointer(ptr, "timeoutMs"));
  if (auto it = j.find("expectedLeafEntryId"); it != j.end()) Read(*it, out.expected_leaf_entry_id.emplace(), wire::ChildPointer(ptr, "expectedLeafEntryId"));
  if (auto it = j.find("intent"); it != j.end()) Read(*it, out.intent.emplace(), wire::ChildPointer(ptr, "intent"));
  if (auto it = j.find("workContext"); it != j.end()) Read(*it, out.work_context.emplace(), wire::ChildPointer(ptr, "workContext"));
  if (auto it = j.find("mentions"); it != j.end()) Read(*it, out.mentions.emplace(), wire::ChildPointer(ptr, "mentions"));
}

nlohmann::json Write(const ChatSendParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["sessionKey"] = Write(value.session_key);
  j["message"] = Write(value.message);
  j["idempotencyKey"] = Write(value.idempotency_key);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.session_id) j["sessionId"] = Write(*value.session_id);
  if (value.thinking) j["thinking"] = Write(*value.thinking);
  if (value.fast_mode) j["fastMode"] = Write(*value.fast_mode);
  if (value.fast_auto_on_seconds) j["fastAutoOnSeconds"] = Write(*value.fast_auto_on_seconds);
  if (value.queue_mode) j["queueMode"] = Write(*value.queue_mode);
  if (value.deliver) j["deliver"] = Write(*value.deliver);
  if (value.originating_channel) j["originatingChannel"] = Write(*value.originating_channel);
  if (value.originating_to) j["originatingTo"] = Write(*value.originating_to);
  if (value.originating_account_id) j["originatingAccountId"] = Write(*value.originating_account_id);
  if (value.originating_thread_id) j["originatingThreadId"] = Write(*value.originating_thread_id);
  if (value.reply_to_id) j["replyToId"] = Write(*value.reply_to_id);
  if (value.attachments) j["attachments"] = Write(*value.attachments);
  if (value.timeout_ms) j["timeoutMs"] = Write(*value.timeout_ms);
  if (value.expected_leaf_entry_id) j["expectedLeafEntryId"] = Write(*value.expected_leaf_entry_id);
  if (value.intent) j["intent"] = Write(*value.intent);
  if (value.work_context) j["workContext"] = Write(*value.work_context);
  if (value.mentions) j["mentions"] = Write(*value.mentions);
  return j;
}

void Read(const nlohmann::json& j, ChatSendResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
  if (auto it = j.find("messageSeq"); it != j.end()) Read(*it, out.message_seq.emplace(), wire::ChildPointer(ptr, "messageSeq"));
  if (auto it = j.find("interruptedActiveRun"); it != j.end()) Read(*it, out.interrupted_active_run.emplace(), wire::ChildPointer(ptr, "interruptedActiveRun"));
  if (auto it = j.find("serverTiming"); it != j.end()) Read(*it, out.server_timing.emplace(), wire::ChildPointer(ptr, "serverTiming"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"runId", "status", "messageSeq", "interruptedActiveRun", "serverTiming"});
}

nlohmann::json Write(const ChatSendResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["status"] = Write(value.status);
  if (value.message_seq) j["messageSeq"] = Write(*value.message_seq);
  if (value.interrupted_active_run) j["interruptedActiveRun"] = Write(*value.interrupted_active_run);
  if (value.server_timing) j["serverTiming"] = Write(*value.server_timing);
  return j;
}

}  // namespace gateway::proto
