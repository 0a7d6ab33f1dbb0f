// Generated from protocol/methods/outbound.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/methods_outbound.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, PollParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"to", "question", "options", "idempotencyKey", "maxSelections", "durationSeconds", "durationHours", "silent", "isAnonymous", "threadId", "channel", "accountId"}, ptr);
  Read(wire::RequiredMember(j, "to", ptr), out.to, wire::ChildPointer(ptr, "to"));
  Read(wire::RequiredMember(j, "question", ptr), out.question, wire::ChildPointer(ptr, "question"));
  Read(wire::RequiredMember(j, "options", ptr), out.options, wire::ChildPointer(ptr, "options"));
  Read(wire::RequiredMember(j, "idempotencyKey", ptr), out.idempotency_key, wire::ChildPointer(ptr, "idempotencyKey"));
  if (auto it = j.find("maxSelections"); it != j.end()) Read(*it, out.max_selections.emplace(), wire::ChildPointer(ptr, "maxSelections"));
  if (auto it = j.find("durationSeconds"); it != j.end()) Read(*it, out.duration_seconds.emplace(), wire::ChildPointer(ptr, "durationSeconds"));
  if (auto it = j.find("durationHours"); it != j.end()) Read(*it, out.duration_hours.emplace(), wire::ChildPointer(ptr, "durationHours"));
  if (auto it = j.find("silent"); it != j.end()) Read(*it, out.silent.emplace(), wire::ChildPointer(ptr, "silent"));
  if (auto it = j.find("isAnonymous"); it != j.end()) Read(*it, out.is_anonymous.emplace(), wire::ChildPointer(ptr, "isAnonymous"));
  if (auto it = j.find("threadId"); it != j.end()) Read(*it, out.thread_id.emplace(), wire::ChildPointer(ptr, "threadId"));
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
}

nlohmann::json Write(const PollParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["to"] = Write(value.to);
  j["question"] = Write(value.question);
  j["options"] = Write(value.options);
  j["idempotencyKey"] = Write(value.idempotency_key);
  if (value.max_selections) j["maxSelections"] = Write(*value.max_selections);
  if (value.duration_seconds) j["durationSeconds"] = Write(*value.duration_seconds);
  if (value.duration_hours) j["durationHours"] = Write(*value.duration_hours);
  if (value.silent) j["silent"] = Write(*value.silent);
  if (value.is_anonymous) j["isAnonymous"] = Write(*value.is_anonymous);
  if (value.thread_id) j["threadId"] = Write(*value.thread_id);
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  return j;
}

std::string_view ToString(SendParseMode value) {
  switch (value) {
    case SendParseMode::kHtml:
      return "HTML";
  }
  return {};
}

std::optional<SendParseMode> ParseSendParseMode(std::string_view text) {
  if (text == "HTML") return SendParseMode::kHtml;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SendParseMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSendParseMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SendParseMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SendParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"to", "idempotencyKey", "message", "mediaUrl", "mediaUrls", "buffer", "filename", "contentType", "asVoice", "gifPlayback", "channel", "accountId", "agentId", "replyToId", "threadId", "forceDocument", "silent", "parseMode", "sessionKey"}, ptr);
  Read(wire::RequiredMember(j, "to", ptr), out.to, wire::ChildPointer(ptr, "to"));
  Read(wire::RequiredMember(j, "idempotencyKey", ptr), out.idempotency_key, wire::ChildPointer(ptr, "idempotencyKey"));
  if (auto it = j.find("message"); it != j.end()) Read(*it, out.message.emplace(), wire::ChildPointer(ptr, "message"));
  if (auto it = j.find("mediaUrl"); it != j.end()) Read(*it, out.media_url.emplace(), wire::ChildPointer(ptr, "mediaUrl"));
  if (auto it = j.find("mediaUrls"); it != j.end()) Read(*it, out.media_urls.emplace(), wire::ChildPointer(ptr, "mediaUrls"));
  if (auto it = j.find("buffer"); it != j.end()) Read(*it, out.buffer.emplace(), wire::ChildPointer(ptr, "buffer"));
  if (auto it = j.find("filename"); it != j.end()) Read(*it, out.filename.emplace(), wire::ChildPointer(ptr, "filename"));
  if (auto it = j.find("contentType"); it != j.end()) Read(*it, out.content_type.emplace(), wire::ChildPointer(ptr, "contentType"));
  if (auto it = j.find("asVoice"); it != j.end()) Read(*it, out.as_voice.emplace(), wire::ChildPointer(ptr, "asVoice"));
  if (auto it = j.find("gifPlayback"); it != j.end()) Read(*it, out.gif_playback.emplace(), wire::ChildPointer(ptr, "gifPlayback"));
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("replyToId"); it != j.end()) Read(*it, out.reply_to_id.emplace(), wire::ChildPointer(ptr, "replyToId"));
  if (auto it = j.find("threadId"); it != j.end()) Read(*it, out.thread_id.emplace(), wire::ChildPointer(ptr, "threadId"));
  if (auto it = j.find("forceDocument"); it != j.end()) Read(*it, out.force_document.emplace(), wire::ChildPointer(ptr, "forceDocument"));
  if (auto it = j.find("silent"); it != j.end()) Read(*it, out.silent.emplace(), wire::ChildPointer(ptr, "silent"));
  if (auto it = j.find("parseMode"); it != j.end()) Read(*it, out.parse_mode.emplace(), wire::ChildPointer(ptr, "parseMode"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
}

nlohmann::json Write(const SendParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["to"] = Write(value.to);
  j["idempotencyKey"] = Write(value.idempotency_key);
  if (value.message) j["message"] = Write(*value.message);
  if (value.media_url) j["mediaUrl"] = Write(*value.media_url);
  if (value.media_urls) j["mediaUrls"] = Write(*value.media_urls);
  if (value.buffer) j["buffer"] = Write(*value.buffer);
  if (value.filename) j["filename"] = Write(*value.filename);
  if (value.content_type) j["contentType"] = Write(*value.content_type);
  if (value.as_voice) j["asVoice"] = Write(*value.as_voice);
  if (value.gif_playback) j["gifPlayback"] = Write(*value.gif_playback);
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.reply_to_id) j["replyToId"] = Write(*value.reply_to_id);
  if (value.thread_id) j["threadId"] = Write(*value.thread_id);
  if (value.force_document) j["forceDocument"] = Write(*value.force_document);
  if (value.silent) j["silent"] = Write(*value.silent);
  if (value.parse_mode) j["parseMode"] = Write(*value.parse_mode);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  return j;
}

void Read(const nlohmann::json& j, SendResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"runId", "messageId", "channel", "chatId", "channelId", "toJid", "conversationId", "pollId"}, ptr);
  Read(wire::RequiredMember(j, "runId", ptr), out.run_id, wire::ChildPointer(ptr, "runId"));
  Read(wire::RequiredMember(j, "messageId", ptr), out.message_id, wire::ChildPointer(ptr, "messageId"));
  Read(wire::RequiredMember(j, "channel", ptr), out.channel, wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("chatId"); it != j.end()) Read(*it, out.chat_id.emplace(), wire::ChildPointer(ptr, "chatId"));
  if (auto it = j.find("channelId"); it != j.end()) Read(*it, out.channel_id.emplace(), wire::ChildPointer(ptr, "channelId"));
  if (auto it = j.find("toJid"); it != j.end()) Read(*it, out.to_jid.emplace(), wire::ChildPointer(ptr, "toJid"));
  if (auto it = j.find("conversationId"); it != j.end()) Read(*it, out.conversation_id.emplace(), wire::ChildPointer(ptr, "conversationId"));
  if (auto it = j.find("pollId"); it != j.end()) Read(*it, out.poll_id.emplace(), wire::ChildPointer(ptr, "pollId"));
}

nlohmann::json Write(const SendResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["runId"] = Write(value.run_id);
  j["messageId"] = Write(value.message_id);
  j["channel"] = Write(value.channel);
  if (value.chat_id) j["chatId"] = Write(*value.chat_id);
  if (value.channel_id) j["channelId"] = Write(*value.channel_id);
  if (value.to_jid) j["toJid"] = Write(*value.to_jid);
  if (value.conversation_id) j["conversationId"] = Write(*value.conversation_id);
  if (value.poll_id) j["pollId"] = Write(*value.poll_id);
  return j;
}

}  // namespace gateway::proto
