// The part of a Bot API Update this channel acts on, read defensively from the JSON the API
// sent (an update we do not understand is still acknowledged, never a crash).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace gateway::channels::telegram {

struct InboundMessage {
  std::int64_t message_id = 0;
  std::string chat_id;    // decimal, negative for groups
  std::string chat_type;  // "private", "group", "supergroup", "channel"
  std::string sender_id;  // decimal user id; empty when the message has no `from`
  std::string sender_username;
  std::string sender_first_name;
  std::string sender_last_name;
  std::string sender_name;  // first + last name
  bool sender_is_bot = false;
  std::string text;  // text or caption, then an attachment's placeholder ("<media:image>")
  std::optional<std::int64_t> thread_id;
  bool is_topic_message = false;                  // in a forum topic (thread_id is the topic)
  std::optional<std::string> reply_to_sender_id;  // the author of the message replied to
  bool is_private() const { return chat_type == "private"; }
};

struct Update {
  std::int64_t update_id = 0;
  std::optional<InboundMessage> message;  // message or edited_message with a chat
  nlohmann::json raw;
};

// The updates of a getUpdates result; entries without a numeric update_id are skipped.
std::vector<Update> ParseUpdates(const nlohmann::json& result);
std::optional<InboundMessage> ParseMessage(const nlohmann::json& message);

}  // namespace gateway::channels::telegram
