#include "server/channels/telegram/updates.hpp"

namespace gateway::channels::telegram {
namespace {

using json = nlohmann::json;

std::string StringField(const json& object, const char* name) {
  const auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<std::int64_t> IntField(const json& object, const char* name) {
  const auto it = object.find(name);
  if (it == object.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<std::int64_t>();
}

// The reference's placeholder for a message's attachment ("<media:image>", …), or empty. Media is
// not downloaded: the placeholder tells the agent something was sent.
std::string MediaPlaceholder(const json& message) {
  static constexpr std::pair<const char*, const char*> kKinds[] = {
      {"photo", "<media:image>"},       {"video", "<media:video>"},
      {"video_note", "<media:video>"},  {"animation", "<media:video>"},
      {"audio", "<media:audio>"},       {"voice", "<media:audio>"},
      {"document", "<media:document>"}, {"sticker", "<media:sticker>"}};
  for (const auto& [field, placeholder] : kKinds) {
    if (message.contains(field)) return placeholder;
  }
  return {};
}

}  // namespace

std::optional<InboundMessage> ParseMessage(const json& message) {
  if (!message.is_object()) return std::nullopt;
  const auto chat = message.find("chat");
  if (chat == message.end() || !chat->is_object()) return std::nullopt;
  const auto chat_id = IntField(*chat, "id");
  const auto message_id = IntField(message, "message_id");
  if (!chat_id || !message_id) return std::nullopt;
  InboundMessage out;
  out.message_id = *message_id;
  out.chat_id = std::to_string(*chat_id);
  out.chat_type = StringField(*chat, "type");
  if (const auto from = message.find("from"); from != message.end() && from->is_object()) {
    if (const auto id = IntField(*from, "id")) out.sender_id = std::to_string(*id);
    out.sender_username = StringField(*from, "username");
    out.sender_first_name = StringField(*from, "first_name");
    out.sender_last_name = StringField(*from, "last_name");
    out.sender_name = out.sender_first_name;
    if (!out.sender_last_name.empty()) {
      out.sender_name += (out.sender_name.empty() ? "" : " ") + out.sender_last_name;
    }
    const auto is_bot = from->find("is_bot");
    out.sender_is_bot = is_bot != from->end() && is_bot->is_boolean() && is_bot->get<bool>();
  }
  out.text = StringField(message, "text");
  if (out.text.empty()) out.text = StringField(message, "caption");
  if (const std::string media = MediaPlaceholder(message); !media.empty()) {
    out.text += (out.text.empty() ? "" : "\n") + media;
  }
  out.thread_id = IntField(message, "message_thread_id");
  const auto topic = message.find("is_topic_message");
  out.is_topic_message = topic != message.end() && topic->is_boolean() && topic->get<bool>();
  if (const auto reply = message.find("reply_to_message");
      reply != message.end() && reply->is_object()) {
    if (const auto from = reply->find("from"); from != reply->end() && from->is_object()) {
      if (const auto id = IntField(*from, "id")) out.reply_to_sender_id = std::to_string(*id);
    }
  }
  return out;
}

std::vector<Update> ParseUpdates(const json& result) {
  std::vector<Update> updates;
  if (!result.is_array()) return updates;
  for (const auto& entry : result) {
    if (!entry.is_object()) continue;
    const auto id = IntField(entry, "update_id");
    if (!id) continue;
    Update update{.update_id = *id, .message = std::nullopt, .raw = entry};
    for (const char* field : {"message", "edited_message"}) {
      if (const auto it = entry.find(field); it != entry.end()) {
        update.message = ParseMessage(*it);
        break;
      }
    }
    updates.push_back(std::move(update));
  }
  return updates;
}

}  // namespace gateway::channels::telegram
