// Protocol <-> session-domain translation shared by the sessions and chat services: rows, entries,
// model defaults, transcript messages as chat.history shows them, store errors.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "gateway/proto/config_openclaw.hpp"
#include "gateway/proto/events_chat.hpp"
#include "gateway/proto/events_sessions.hpp"
#include "gateway/proto/frames.hpp"
#include "gateway/proto/methods_chat.hpp"
#include "gateway/proto/methods_sessions.hpp"
#include "server/domain/agents/agent_config.hpp"
#include "server/domain/sessions/session_store.hpp"

namespace gateway::services {

namespace sessions = domain::sessions;

// Context budget when the config names none (methods.md §5 sessions.list `defaults`).
inline constexpr std::int64_t kDefaultContextTokens = 200000;

using domain::agents::ConfiguredAgentIds;
using domain::agents::ConfiguredModel;
using domain::agents::DefaultAgentId;
// `defaults` of sessions.list / chat.history for `agent_id`.
proto::SessionModelDefaults ModelDefaults(const proto::OpenClawConfig& config,
                                          std::string_view agent_id);
// `resolved` of sessions.patch / sessions.reset: the row's own model, else the agent's default.
proto::SessionResolvedModel ResolvedModel(const proto::OpenClawConfig& config,
                                          const sessions::SessionRow& row);

proto::SessionRow ToWireRow(const sessions::SessionRow& row);
proto::SessionEntry ToWireEntry(const sessions::SessionRow& row);

// A transcript entry as chat.history shows it (messages with __openclaw {id, seq}; a reset
// boundary as the observed system "Reset" marker); nullopt for entries it does not show.
std::optional<proto::ChatHistoryMessage> ToHistoryMessage(const sessions::TranscriptEvent& event);

// A request key (`key`, `sessionKey`) scoped to the params' agent (or the default agent);
// nullopt when malformed.
std::optional<std::string> RequestKey(const proto::OpenClawConfig& config, std::string_view key,
                                      const std::optional<std::string>& agent_id);
// The agent of a canonical key (agent:<a>:…), else the default agent.
std::string AgentOfKey(const proto::OpenClawConfig& config, std::string_view key);

// The protocol error of a store failure: conflicts carry details {reason:"session-changed"}.
proto::ErrorShape ToError(const sessions::StoreError& error);
proto::ErrorShape InvalidRequest(std::string message);
// INVALID_REQUEST "invalid session key: <key>" for a request key that does not parse.
proto::ErrorShape MalformedKey(std::string_view key);

// `text` cut to `max_units` UTF-16 code units: longer text keeps its first max_units-3 units
// (never splitting a character) followed by "...".
std::string CutUtf16(std::string_view text, std::size_t max_units);

}  // namespace gateway::services
