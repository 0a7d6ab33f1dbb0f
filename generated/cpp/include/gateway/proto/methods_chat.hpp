// Generated from protocol/methods/chat.yaml.
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
#include "gateway/proto/methods_sessions.hpp"

namespace gateway::proto {

using wire::Read;
using wire::Write;

struct ChatAbortParams {
  std::string session_key{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> run_id{};
  std::optional<bool> preserve_side_runs{};

  bool operator==(const ChatAbortParams&) const = default;
};
void Read(const nlohmann::json& j, ChatAbortParams& out, std::string_view ptr);
nlohmann::json Write(const ChatAbortParams& value);
inline void from_json(const nlohmann::json& j, ChatAbortParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatAbortParams& value) { j = Write(value); }

struct ChatHistoryMeta {
  std::optional<std::string> id{};
  std::optional<std::int64_t> seq{};
  std::optional<std::string> idempotency_key{};
  std::optional<std::string> kind{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChatHistoryMeta&) const = default;
};
void Read(const nlohmann::json& j, ChatHistoryMeta& out, std::string_view ptr);
nlohmann::json Write(const ChatHistoryMeta& value);
inline void from_json(const nlohmann::json& j, ChatHistoryMeta& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatHistoryMeta& value) { j = Write(value); }

// A transcript Message (role user, assistant, toolResult, or system for a reset marker) with __openclaw.
struct ChatHistoryMessage {
  std::string role{};
  std::optional<nlohmann::json> content{};
  std::optional<std::int64_t> timestamp{};
  std::optional<ChatHistoryMeta> openclaw{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChatHistoryMessage&) const = default;
};
void Read(const nlohmann::json& j, ChatHistoryMessage& out, std::string_view ptr);
nlohmann::json Write(const ChatHistoryMessage& value);
inline void from_json(const nlohmann::json& j, ChatHistoryMessage& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatHistoryMessage& value) { j = Write(value); }

struct ChatHistoryParams {
  std::string session_key{};
  std::optional<std::string> agent_id{};
  // A deltaCursor of an earlier answer.
  std::optional<std::string> cursor{};
  std::optional<std::int64_t> limit{};
  std::optional<std::int64_t> offset{};
  std::optional<std::int64_t> pending_before{};
  std::optional<std::vector<std::string>> input_run_ids{};
  std::optional<std::string> message_id{};
  std::optional<std::string> session_id{};
  std::optional<std::int64_t> max_chars{};
  // Accepted by 2026.9.6 (not in the 2026.9.1 schema).
  std::optional<std::int64_t> max_bytes{};

  bool operator==(const ChatHistoryParams&) const = default;
};
void Read(const nlohmann::json& j, ChatHistoryParams& out, std::string_view ptr);
nlohmann::json Write(const ChatHistoryParams& value);
inline void from_json(const nlohmann::json& j, ChatHistoryParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatHistoryParams& value) { j = Write(value); }

enum class ChatHistoryKind {
  kDelta,
  kReset,
};
std::string_view ToString(ChatHistoryKind value);
std::optional<ChatHistoryKind> ParseChatHistoryKind(std::string_view text);
void Read(const nlohmann::json& j, ChatHistoryKind& out, std::string_view ptr);
nlohmann::json Write(ChatHistoryKind value);
inline void from_json(const nlohmann::json& j, ChatHistoryKind& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatHistoryKind& value) { j = Write(value); }

struct ChatHistoryResult {
  std::optional<ChatHistoryKind> kind{};
  std::optional<std::string> session_key{};
  std::optional<std::string> session_id{};
  std::optional<std::vector<ChatHistoryMessage>> messages{};
  std::optional<nlohmann::json> activity{};
  std::optional<std::vector<nlohmann::json>> pending_inputs{};
  std::optional<std::vector<nlohmann::json>> input_receipts{};
  std::optional<std::vector<nlohmann::json>> input_consumptions{};
  std::optional<std::string> delta_cursor{};
  std::optional<std::int64_t> offset{};
  std::optional<std::int64_t> next_offset{};
  std::optional<bool> has_more{};
  std::optional<std::int64_t> total_messages{};
  std::optional<bool> complete_snapshot{};
  std::optional<SessionModelDefaults> defaults{};
  std::optional<SessionRow> session_info{};
  std::optional<std::string> thinking_level{};
  std::optional<SessionFastMode> fast_mode{};
  std::optional<nlohmann::json> tool_overrides{};
  std::optional<std::string> verbose_level{};
  std::optional<nlohmann::json> in_flight_run{};
  std::optional<nlohmann::json> metadata{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChatHistoryResult&) const = default;
};
void Read(const nlohmann::json& j, ChatHistoryResult& out, std::string_view ptr);
nlohmann::json Write(const ChatHistoryResult& value);
inline void from_json(const nlohmann::json& j, ChatHistoryResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatHistoryResult& value) { j = Write(value); }

struct ChatInjectParams {
  std::string session_key{};
  std::optional<std::string> agent_id{};
  std::string message{};
  std::optional<std::string> label{};

  bool operator==(const ChatInjectParams&) const = default;
};
void Read(const nlohmann::json& j, ChatInjectParams& out, std::string_view ptr);
nlohmann::json Write(const ChatInjectParams& value);
inline void from_json(const nlohmann::json& j, ChatInjectParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatInjectParams& value) { j = Write(value); }

struct ChatInjectResult {
  // "ok" is always true.
  std::string message_id{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChatInjectResult&) const = default;
};
void Read(const nlohmann::json& j, ChatInjectResult& out, std::string_view ptr);
nlohmann::json Write(const ChatInjectResult& value);
inline void from_json(const nlohmann::json& j, ChatInjectResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatInjectResult& value) { j = Write(value); }

// What a message does when its session already has a run: followup (default) waits for it, collect merges with the other waiting messages into one turn, steer joins the running turn at its next model call (a new turn when there is none), interrupt aborts it first.
enum class QueueMode {
  kSteer,
  kFollowup,
  kCollect,
  kInterrupt,
};
std::string_view ToString(QueueMode value);
std::optional<QueueMode> ParseQueueMode(std::string_view text);
void Read(const nlohmann::json& j, QueueMode& out, std::string_view ptr);
nlohmann::json Write(QueueMode value);
inline void from_json(const nlohmann::json& j, QueueMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const QueueMode& value) { j = Write(value); }

struct ChatAttachment {
  std::optional<std::string> type{};
  std::optional<std::string> mime_type{};
  std::optional<std::string> file_name{};
  std::optional<std::string> content{};
  std::optional<std::int64_t> size_bytes{};
  std::optional<std::int64_t> duration_ms{};
  std::optional<std::int64_t> width{};
  std::optional<std::int64_t> height{};
  std::optional<std::string> origin{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChatAttachment&) const = default;
};
void Read(const nlohmann::json& j, ChatAttachment& out, std::string_view ptr);
nlohmann::json Write(const ChatAttachment& value);
inline void from_json(const nlohmann::json& j, ChatAttachment& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatAttachment& value) { j = Write(value); }

struct ChatSendParams {
  std::string session_key{};
  std::string message{};
  std::string idempotency_key{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> session_id{};
  std::optional<std::string> thinking{};
  std::optional<nlohmann::json> fast_mode{};
  std::optional<std::int64_t> fast_auto_on_seconds{};
  std::optional<QueueMode> queue_mode{};
  std::optional<bool> deliver{};
  std::optional<std::string> originating_channel{};
  std::optional<std::string> originating_to{};
  std::optional<std::string> originating_account_id{};
  std::optional<nlohmann::json> originating_thread_id{};
  std::optional<std::string> reply_to_id{};
  std::optional<std::vector<ChatAttachment>> attachments{};
  std::optional<std::int64_t> timeout_ms{};
  std::optional<std::optional<std::string>> expected_leaf_entry_id{};
  std::optional<nlohmann::json> intent{};
  std::optional<nlohmann::json> work_context{};
  std::optional<nlohmann::json> mentions{};

  bool operator==(const ChatSendParams&) const = default;
};
void Read(const nlohmann::json& j, ChatSendParams& out, std::string_view ptr);
nlohmann::json Write(const ChatSendParams& value);
inline void from_json(const nlohmann::json& j, ChatSendParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatSendParams& value) { j = Write(value); }

struct ChatSendResult {
  std::string run_id{};
  ChatSendStatus status{};
  std::optional<std::int64_t> message_seq{};
  std::optional<bool> interrupted_active_run{};
  std::optional<nlohmann::json> server_timing{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChatSendResult&) const = default;
};
void Read(const nlohmann::json& j, ChatSendResult& out, std::string_view ptr);
nlohmann::json Write(const ChatSendResult& value);
inline void from_json(const nlohmann::json& j, ChatSendResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatSendResult& value) { j = Write(value); }

}  // namespace gateway::proto
