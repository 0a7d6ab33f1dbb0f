// Generated from protocol/methods/outbound.yaml.
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

struct PollParams {
  // Channel target.
  std::string to{};
  // The question.
  std::string question{};
  // The answers.
  std::vector<std::string> options{};
  // De-duplication key; also the result's runId.
  std::string idempotency_key{};
  // Answers a voter may pick (more than 1: multiple answers).
  std::optional<std::int64_t> max_selections{};
  // How long the poll stays open.
  std::optional<std::int64_t> duration_seconds{};
  // How long the poll stays open, in hours.
  std::optional<std::int64_t> duration_hours{};
  // Deliver without a notification.
  std::optional<bool> silent{};
  // Whether votes are anonymous.
  std::optional<bool> is_anonymous{};
  // The thread (Telegram: forum topic id).
  std::optional<std::string> thread_id{};
  // The channel (default: the only configured one).
  std::optional<std::string> channel{};
  // The channel account.
  std::optional<std::string> account_id{};

  bool operator==(const PollParams&) const = default;
};
void Read(const nlohmann::json& j, PollParams& out, std::string_view ptr);
nlohmann::json Write(const PollParams& value);
inline void from_json(const nlohmann::json& j, PollParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PollParams& value) { j = Write(value); }

// The message is channel HTML already (otherwise it is Markdown).
enum class SendParseMode {
  kHtml,
};
std::string_view ToString(SendParseMode value);
std::optional<SendParseMode> ParseSendParseMode(std::string_view text);
void Read(const nlohmann::json& j, SendParseMode& out, std::string_view ptr);
nlohmann::json Write(SendParseMode value);
inline void from_json(const nlohmann::json& j, SendParseMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SendParseMode& value) { j = Write(value); }

struct SendParams {
  // Channel target (Telegram: a chat id, @channelusername, optionally prefixed telegram: or tg:).
  std::string to{};
  // De-duplication key; also the result's runId.
  std::string idempotency_key{};
  // The text.
  std::optional<std::string> message{};
  // A media URL.
  std::optional<std::string> media_url{};
  // Media URLs.
  std::optional<std::vector<std::string>> media_urls{};
  // Base64 media content.
  std::optional<std::string> buffer{};
  // The media's file name.
  std::optional<std::string> filename{};
  // The media's content type.
  std::optional<std::string> content_type{};
  // Send audio as a voice note.
  std::optional<bool> as_voice{};
  // Play a video as a GIF.
  std::optional<bool> gif_playback{};
  // The channel (default: the only configured one).
  std::optional<std::string> channel{};
  // The channel account (default: the channel's default account).
  std::optional<std::string> account_id{};
  // The agent on whose behalf the message is sent.
  std::optional<std::string> agent_id{};
  // The message to reply to.
  std::optional<std::string> reply_to_id{};
  // The thread (Telegram: forum topic id).
  std::optional<std::string> thread_id{};
  // Send media as a document.
  std::optional<bool> force_document{};
  // Deliver without a notification.
  std::optional<bool> silent{};
  // The message is channel HTML already (otherwise it is Markdown).
  std::optional<SendParseMode> parse_mode{};
  // The session the message belongs to.
  std::optional<std::string> session_key{};

  bool operator==(const SendParams&) const = default;
};
void Read(const nlohmann::json& j, SendParams& out, std::string_view ptr);
nlohmann::json Write(const SendParams& value);
inline void from_json(const nlohmann::json& j, SendParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SendParams& value) { j = Write(value); }

struct SendResult {
  // The idempotencyKey.
  std::string run_id{};
  // The (last) delivered message id, as a string.
  std::string message_id{};
  // The channel it went to.
  std::string channel{};
  // The chat, when the channel reports one.
  std::optional<std::string> chat_id{};
  // The channel id, when the channel reports one.
  std::optional<std::string> channel_id{};
  // The recipient JID, when the channel reports one.
  std::optional<std::string> to_jid{};
  // The conversation, when the channel reports one.
  std::optional<std::string> conversation_id{};
  // The poll's id (poll).
  std::optional<std::string> poll_id{};

  bool operator==(const SendResult&) const = default;
};
void Read(const nlohmann::json& j, SendResult& out, std::string_view ptr);
nlohmann::json Write(const SendResult& value);
inline void from_json(const nlohmann::json& j, SendResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SendResult& value) { j = Write(value); }

}  // namespace gateway::proto
