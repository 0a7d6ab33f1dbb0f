// Generated from protocol/events/chat.yaml.
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

enum class ChatStatusPhase {
  kPreparingWorkspace,
  kNamingWorktree,
  kCreatingWorktree,
  kRunningSetup,
  kProvisioningEnvironment,
  kPreparingContext,
  kStartingModel,
};
std::string_view ToString(ChatStatusPhase value);
std::optional<ChatStatusPhase> ParseChatStatusPhase(std::string_view text);
void Read(const nlohmann::json& j, ChatStatusPhase& out, std::string_view ptr);
nlohmann::json Write(ChatStatusPhase value);
inline void from_json(const nlohmann::json& j, ChatStatusPhase& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatStatusPhase& value) { j = Write(value); }

struct ChatStatusEvent {
  std::string run_id{};
  std::string session_key{};
  std::int64_t seq{};
  // "state" is always "status".
  std::optional<std::string> agent_id{};
  std::optional<std::string> spawned_by{};
  ChatStatusPhase phase{};
  std::optional<nlohmann::json> retry{};

  bool operator==(const ChatStatusEvent&) const = default;
};
void Read(const nlohmann::json& j, ChatStatusEvent& out, std::string_view ptr);
nlohmann::json Write(const ChatStatusEvent& value);
inline void from_json(const nlohmann::json& j, ChatStatusEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatStatusEvent& value) { j = Write(value); }

struct ChatDeltaEvent {
  std::string run_id{};
  std::string session_key{};
  std::int64_t seq{};
  // "state" is always "delta".
  std::optional<std::string> agent_id{};
  std::optional<std::string> spawned_by{};
  std::string delta_text{};
  std::optional<bool> replace{};
  std::optional<nlohmann::json> message{};
  std::optional<nlohmann::json> usage{};

  bool operator==(const ChatDeltaEvent&) const = default;
};
void Read(const nlohmann::json& j, ChatDeltaEvent& out, std::string_view ptr);
nlohmann::json Write(const ChatDeltaEvent& value);
inline void from_json(const nlohmann::json& j, ChatDeltaEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatDeltaEvent& value) { j = Write(value); }

struct ChatFinalEvent {
  std::string run_id{};
  std::string session_key{};
  std::int64_t seq{};
  // "state" is always "final".
  std::optional<std::string> agent_id{};
  std::optional<std::string> spawned_by{};
  std::optional<nlohmann::json> message{};
  std::optional<nlohmann::json> usage{};
  std::optional<std::string> stop_reason{};
  std::optional<bool> yielded{};

  bool operator==(const ChatFinalEvent&) const = default;
};
void Read(const nlohmann::json& j, ChatFinalEvent& out, std::string_view ptr);
nlohmann::json Write(const ChatFinalEvent& value);
inline void from_json(const nlohmann::json& j, ChatFinalEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatFinalEvent& value) { j = Write(value); }

struct ChatAbortedEvent {
  std::string run_id{};
  std::string session_key{};
  std::int64_t seq{};
  // "state" is always "aborted".
  std::optional<std::string> agent_id{};
  std::optional<std::string> spawned_by{};
  std::optional<nlohmann::json> message{};
  std::optional<std::string> error_message{};
  std::optional<std::string> stop_reason{};

  bool operator==(const ChatAbortedEvent&) const = default;
};
void Read(const nlohmann::json& j, ChatAbortedEvent& out, std::string_view ptr);
nlohmann::json Write(const ChatAbortedEvent& value);
inline void from_json(const nlohmann::json& j, ChatAbortedEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatAbortedEvent& value) { j = Write(value); }

enum class ChatErrorKind {
  kRefusal,
  kTimeout,
  kRateLimit,
  kContextLength,
  kUnknown,
};
std::string_view ToString(ChatErrorKind value);
std::optional<ChatErrorKind> ParseChatErrorKind(std::string_view text);
void Read(const nlohmann::json& j, ChatErrorKind& out, std::string_view ptr);
nlohmann::json Write(ChatErrorKind value);
inline void from_json(const nlohmann::json& j, ChatErrorKind& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatErrorKind& value) { j = Write(value); }

struct ChatErrorEvent {
  std::string run_id{};
  std::string session_key{};
  std::int64_t seq{};
  // "state" is always "error".
  std::optional<std::string> agent_id{};
  std::optional<std::string> spawned_by{};
  std::optional<nlohmann::json> message{};
  std::optional<std::string> error_message{};
  std::optional<ChatErrorKind> error_kind{};
  std::optional<nlohmann::json> error_detail{};
  std::optional<nlohmann::json> usage{};
  std::optional<std::string> stop_reason{};

  bool operator==(const ChatErrorEvent&) const = default;
};
void Read(const nlohmann::json& j, ChatErrorEvent& out, std::string_view ptr);
nlohmann::json Write(const ChatErrorEvent& value);
inline void from_json(const nlohmann::json& j, ChatErrorEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatErrorEvent& value) { j = Write(value); }

// One chat update of a run; tagged by state.
struct ChatEvent {
  std::variant<ChatStatusEvent, ChatDeltaEvent, ChatFinalEvent, ChatAbortedEvent, ChatErrorEvent> value;

  bool operator==(const ChatEvent&) const = default;
};
void Read(const nlohmann::json& j, ChatEvent& out, std::string_view ptr);
nlohmann::json Write(const ChatEvent& value);
inline void from_json(const nlohmann::json& j, ChatEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatEvent& value) { j = Write(value); }

}  // namespace gateway::proto
