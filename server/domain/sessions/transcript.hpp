// Transcript events in the v4 shape (methods.md §5.3): the session header, messages (user,
// assistant, toolResult) and the other entries (reset, compaction, custom, …), each with id,
// parentId and an ISO timestamp. Plain structs; the JSON of an event is exactly the v4 object.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace gateway::domain::sessions {

inline constexpr int kTranscriptVersion = 4;

enum class MessageRole { kUser, kAssistant, kToolResult };
enum class StopReason { kStop, kLength, kToolUse, kError, kAborted };

std::string_view ToString(MessageRole role);
std::optional<MessageRole> ParseMessageRole(std::string_view text);
std::string_view ToString(StopReason reason);
std::optional<StopReason> ParseStopReason(std::string_view text);

struct Cost {
  double input = 0, output = 0, cache_read = 0, cache_write = 0, total = 0;
};

struct Usage {
  std::int64_t input = 0, output = 0, cache_read = 0, cache_write = 0, total_tokens = 0;
  Cost cost;
};

// `Message` of @openclaw/ai. `content` is the wire value: a string or an array of blocks
// ({type:"text",text}, {type:"thinking",…}, {type:"toolCall",…}, {type:"image",…}).
struct Message {
  MessageRole role = MessageRole::kUser;
  nlohmann::json content = nlohmann::json::array();
  std::int64_t timestamp_ms = 0;
  // user
  std::optional<std::string> idempotency_key;  // "<idempotencyKey>:user" for a stored prompt
  // assistant
  std::string api, provider, model;
  std::optional<Usage> usage;
  std::optional<StopReason> stop_reason;
  std::optional<std::string> error_message;
  // toolResult
  std::string tool_call_id, tool_name;
  nlohmann::json details;  // null when absent
  bool is_error = false;
};

// One entry of a transcript. `type` is "session" (the header), "message", "reset", "compaction",
// "custom_message", "custom", "branch_summary", "label", "session_info", "model_change",
// "thinking_level_change". `fields` holds the type's own fields (header: version, cwd,
// parentSession; reset: reason, firstKeptEntryId; compaction: summary, …) as wire JSON.
struct TranscriptEvent {
  std::string type = "message";
  std::string id;  // header: the sessionId; otherwise a uuid (filled by the store when empty)
  std::optional<std::string> parent_id;  // filled by the store: the previous entry's id
  std::int64_t timestamp_ms = 0;         // filled by the store when 0
  std::optional<Message> message;        // type "message"
  nlohmann::json fields = nlohmann::json::object();
  std::int64_t seq = 0;  // position in the transcript (1 = header), assigned by the store
};

// Builders for the common entries.
Message UserMessage(std::string text, std::int64_t timestamp_ms,
                    std::optional<std::string> idempotency_key = std::nullopt);
Message AssistantMessage(std::string text, std::int64_t timestamp_ms, StopReason stop_reason,
                         std::optional<Usage> usage = std::nullopt);
TranscriptEvent MessageEvent(Message message);
TranscriptEvent ResetEvent(std::string reason);

// "2026-11-23T10:00:00.000Z"
std::string IsoTimestamp(std::int64_t epoch_ms);
std::optional<std::int64_t> ParseIsoTimestamp(std::string_view text);

nlohmann::json ToJson(const Message& message);
nlohmann::json ToJson(const TranscriptEvent& event);  // without seq: the v4 object
// The event's JSON text, the same object as ToJson(event).dump(). `message_json`, when not
// empty, is the already serialized message (so the expensive part can be done off the writer).
std::string SerializeEvent(const TranscriptEvent& event, std::string_view message_json = {});
std::string SerializeMessage(const Message& message);

// Tolerant reader (stored events, imports): unknown fields of a message are dropped, unknown
// entry fields kept in `fields`. Throws nlohmann::json::exception on a non-object.
Message MessageFromJson(const nlohmann::json& json);
TranscriptEvent EventFromJson(const nlohmann::json& json);

// The text of a message (string content, or its text blocks joined), for previews.
std::string MessageText(const Message& message);

}  // namespace gateway::domain::sessions
