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

}  // namespace gateway::proto
