// Generated from protocol/events/sessions.yaml.
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
#include "gateway/proto/methods_chat.hpp"
#include "gateway/proto/methods_sessions.hpp"

namespace gateway::proto {

using wire::Read;
using wire::Write;

// One transcript message of a session, with the row after it.
struct SessionMessageEvent {
  std::string session_key{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> session_id{};
  std::optional<std::string> message_id{};
  std::optional<std::int64_t> message_seq{};
  ChatHistoryMessage message{};
  std::optional<SessionRow> session{};
  std::int64_t ts{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionMessageEvent&) const = default;
};
void Read(const nlohmann::json& j, SessionMessageEvent& out, std::string_view ptr);
nlohmann::json Write(const SessionMessageEvent& value);
inline void from_json(const nlohmann::json& j, SessionMessageEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionMessageEvent& value) { j = Write(value); }

// reason: patch, reset, new, delete, compact, send, owner, update, chat.title, …
struct SessionsChangedEvent {
  std::string reason{};
  std::optional<std::string> session_key{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> session_id{};
  std::optional<SessionRow> session{};
  std::optional<bool> catalog_changed{};
  std::optional<bool> compacted{};
  std::int64_t ts{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsChangedEvent&) const = default;
};
void Read(const nlohmann::json& j, SessionsChangedEvent& out, std::string_view ptr);
nlohmann::json Write(const SessionsChangedEvent& value);
inline void from_json(const nlohmann::json& j, SessionsChangedEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsChangedEvent& value) { j = Write(value); }

}  // namespace gateway::proto
