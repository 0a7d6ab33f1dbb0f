// Session keys exactly as the spec builds them (methods.md §5.1). Every caller (RPC methods,
// channels, HTTP /v1/*, hooks, cron) builds and normalizes keys through these functions only, so
// the same conversation always lands on the same string, across restarts too.
#pragma once

#include <expected>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::domain::sessions {

inline constexpr std::string_view kGlobalKey = "global";
inline constexpr std::string_view kUnknownKey = "unknown";
inline constexpr std::string_view kDefaultAgentId = "main";
// The main session's name within an agent (agent:<id>:main); session.mainKey cannot change it.
inline constexpr std::string_view kMainKey = "main";
inline constexpr std::string_view kDefaultAccountId = "default";

// `session.dmScope`
enum class DmScope { kMain, kPerPeer, kPerChannelPeer, kPerAccountChannelPeer };
// `session.groupScope` (or a binding's)
enum class GroupScope { kPerGroup, kMain };
// The shape of the conversation on its channel.
enum class ChatType { kDirect, kGroup, kChannel };
// SessionRow.kind
enum class SessionKind { kDirect, kGroup, kGlobal, kUnknown };

std::optional<DmScope> ParseDmScope(std::string_view text);
std::optional<GroupScope> ParseGroupScope(std::string_view text);
std::string_view ToString(ChatType type);
std::string_view ToString(SessionKind kind);
std::optional<SessionKind> ParseSessionKind(std::string_view text);

// `session.identityLinks`: canonical name → ["telegram:123", "alice", …].
using IdentityLinks = std::map<std::string, std::vector<std::string>>;

// The key-related part of the `session` config (and a binding's `session` override).
struct KeyScopeConfig {
  DmScope dm_scope = DmScope::kMain;
  GroupScope group_scope = GroupScope::kPerGroup;
  IdentityLinks identity_links;

  bool operator==(const KeyScopeConfig&) const = default;
};

// Trimmed; `[a-z0-9][a-z0-9_-]{0,63}` (any case) is lower-cased, anything else lower-cased with
// every run of other characters replaced by `-`, `-` trimmed at both ends, cut to 64; empty →
// `main` (NormalizeAgentId) or `default` (NormalizeAccountId).
std::string NormalizeAgentId(std::string_view agent_id);
std::string NormalizeAccountId(std::string_view account_id);
// Trimmed and lower-cased (ASCII).
std::string LowerTrim(std::string_view text);

// `agent:<agentId>:main` (session.mainKey is ignored: always main).
std::string MainSessionKey(std::string_view agent_id);

// An inbound conversation on a channel, as a channel adapter sees it.
struct PeerRoute {
  std::string agent_id;
  std::string channel;     // "telegram", "discord", …; empty → "unknown"
  std::string account_id;  // empty → "default"
  ChatType chat_type = ChatType::kDirect;
  std::string peer_id;  // DM: the sender; group/channel: the chat id (empty → "unknown")
  std::optional<std::string> topic_id;   // Telegram forum topic of a group
  std::optional<std::string> thread_id;  // a thread under the conversation
  bool preserve_thread_case = false;     // the channel normalizes thread ids itself
};

// The session key of an inbound conversation under `config`:
//   DM:    main → agent:<a>:main; per-peer → agent:<a>:direct:<peer>;
//          per-channel-peer → agent:<a>:<channel>:direct:<peer>;
//          per-account-channel-peer → agent:<a>:<channel>:<account>:direct:<peer>
//          (the peer replaced by its canonical name from identityLinks when dmScope ≠ main);
//   group: agent:<a>:<channel>:group:<peer>[:topic:<topic>] (channel: …:channel:<peer>), or
//          agent:<a>:main with groupScope main;
//   then `:thread:<threadId>` when there is a thread.
// Lower-cased as a whole, except Signal group ids and Matrix room ids, which keep their case.
std::string BuildPeerSessionKey(const PeerRoute& route, const KeyScopeConfig& config);

// `<base>:thread:<threadId>` (thread id lower-cased unless `preserve_case`).
std::string ThreadSessionKey(std::string_view base_key, std::string_view thread_id,
                             bool preserve_case = false);

// Cron: the job's base key agent:<a>:cron:<jobId>, and an isolated run under it.
std::string CronJobSessionKey(std::string_view agent_id, std::string_view job_id);
std::string CronRunSessionKey(std::string_view agent_id, std::string_view job_id,
                              std::string_view run_session_id);

// `agent` RPC without sessionKey: agent:<a>:explicit:<sessionId>.
std::string ExplicitSessionKey(std::string_view agent_id, std::string_view session_id);

// POST /v1/chat/completions (kChatCompletions, prefix `openai`) and /v1/responses (kResponses,
// prefix `openresponses`): agent:<a>:<prefix>-user:<user> when `user` is non-empty after
// trimming, else agent:<a>:<prefix>:<random_id> (a new session per request). Lower-cased whole.
enum class OpenAiSurface { kChatCompletions, kResponses };
std::string OpenAiHttpSessionKey(OpenAiSurface surface, std::string_view agent_id,
                                 std::optional<std::string_view> user, std::string_view random_id);

// /hooks/agent without a session key: hook:<uuid>.
std::string HookSessionKey(std::string_view uuid);

// A request key from RPC params (`sessionKey`, `key`) scoped to `agent_id`: empty or `main` → the
// agent's main key; `agent:…` keys are lower-cased and kept (an empty agent id or an empty rest,
// e.g. `agent:x` or `agent::y`, is malformed); `global` and `unknown` stay; anything else →
// agent:<agentId>:<key lower-cased>.
enum class KeyError { kMalformed };
std::expected<std::string, KeyError> ScopeRequestKey(std::string_view request_key,
                                                     std::string_view agent_id);

// A stored key lower-cased as a whole, except the opaque id of a Signal group or Matrix room.
std::string CanonicalKey(std::string_view key);

// agent:<agentId>:<rest> split; nullopt when `key` is not such a key (or is malformed).
struct AgentKey {
  std::string agent_id;
  std::string rest;
};
std::optional<AgentKey> ParseAgentKey(std::string_view key);

// The SessionRow kind of a key: `global`/`unknown` sentinels, group for `…:group:…`/`…:channel:…`,
// direct otherwise.
SessionKind KindOfKey(std::string_view key);
// agent:<a>:main (any agent).
bool IsMainSessionKey(std::string_view key);
// subagent:…, cron:…, acp:… bare or as the rest of an agent: key.
bool IsReservedNamespace(std::string_view key);
// agent:<a>:<dashboard|subagent|internal-session-effects>:incognito-<x> (in-memory only).
bool IsIncognitoKey(std::string_view key);
// Has a `:thread:` segment (or a Telegram `:topic:`), for reset policies by type.
bool IsThreadKey(std::string_view key);
// The channel of a channel-scoped key (agent:<a>:<channel>:direct|group|channel:…), if any.
std::optional<std::string> ChannelOfKey(std::string_view key);

}  // namespace gateway::domain::sessions
