// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml, protocol/version.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Protocol version, constants, roles, scopes, error codes and the method and event tables.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::proto {

inline constexpr std::int64_t kProtocolVersion = 4;
inline constexpr std::int64_t kMinProtocolVersion = 3;

namespace constants {
// Lowest protocol an ordinary (non-node, non-probe) client may negotiate on the real gateway.
inline constexpr std::int64_t kMinClientProtocol = 4;
// Lowest protocol a node-role client may negotiate.
inline constexpr std::int64_t kMinNodeProtocol = 3;
// Lowest protocol a probe-mode client may negotiate.
inline constexpr std::int64_t kMinProbeProtocol = 3;
// Largest frame in bytes accepted before a successful connect (larger closes 1009).
inline constexpr std::int64_t kPreAuthMaxPayload = 65536;
// Largest frame in bytes accepted after hello (policy.maxPayload).
inline constexpr std::int64_t kMaxPayload = 26214400;
// Pending outbound bytes per socket before it is closed as a slow consumer.
inline constexpr std::int64_t kMaxBufferedBytes = 52428800;
// Period of the gateway-wide tick event.
inline constexpr std::int64_t kTickIntervalMs = 30000;
// Time allowed from socket open to a successful connect.
inline constexpr std::int64_t kHandshakeTimeoutMs = 15000;
// Period of WebSocket pings after hello.
inline constexpr std::int64_t kPingIntervalMs = 25000;
// Time a peer has to answer a ping before it is dropped.
inline constexpr std::int64_t kPongTimeoutMs = 25000;
// Age after which the cached health snapshot is rebuilt.
inline constexpr std::int64_t kHealthRefreshMs = 60000;
// How long an idempotency key is remembered.
inline constexpr std::int64_t kDedupeTtlMs = 300000;
// Most idempotency keys remembered at once.
inline constexpr std::int64_t kDedupeMaxEntries = 1000;
// Default RPC timeout used by clients.
inline constexpr std::int64_t kClientRequestTimeoutMs = 30000;
// First client reconnect delay.
inline constexpr std::int64_t kReconnectBackoffMinMs = 1000;
// Longest client reconnect delay.
inline constexpr std::int64_t kReconnectBackoffMaxMs = 30000;
// Age after which a non-gateway presence entry is pruned.
inline constexpr std::int64_t kPresenceTtlMs = 300000;
// Most presence entries kept.
inline constexpr std::int64_t kPresenceMaxEntries = 200;
// Consecutive role-unauthorized requests tolerated before closing 1008.
inline constexpr std::int64_t kMaxUnauthorizedCalls = 10;
// Longest WebSocket close reason in bytes; longer reasons are truncated.
inline constexpr std::int64_t kCloseReasonMaxBytes = 123;
// Byte ceiling of one chat history response.
inline constexpr std::int64_t kMaxChatHistoryBytes = 6291456;
}  // namespace constants

// Connection roles.
enum class Role {
  // Control-plane client (CLI, Control UI, automation); may call every non-node method its scopes allow.
  kOperator,
  // Capability host (camera, canvas, screen, system.run); may call only node-role methods.
  kNode,
};
std::string_view ToString(Role value);
std::optional<Role> ParseRole(std::string_view text);

// Operator scopes.
enum class Scope {
  // Non-mutating reads such as status, lists, logs and session reads.
  kOperatorRead,
  // Mutating actions such as sends, agent turns, chat, tool invokes and node command relay.
  kOperatorWrite,
  // Everything, including config writes, updates, restarts, cron changes and reserved namespaces.
  kOperatorAdmin,
  // Device and node pairing list/approve/reject/remove, device token rotate/revoke.
  kOperatorPairing,
  // Exec and plugin approval methods and events.
  kOperatorApprovals,
  // Interactive question methods.
  kOperatorQuestions,
  // Talk sessions.
  kOperatorTalk,
  // talk.config including secrets.
  kOperatorTalkSecrets,
};
std::string_view ToString(Scope value);
std::optional<Scope> ParseScope(std::string_view text);
// True when a connection holding `held` may do what `required` guards.
bool ScopeGrants(Scope held, Scope required);
// True when any of `held` grants `required`.
bool ScopesGrant(std::span<const Scope> held, Scope required);

// The closed set of error.code values.
enum class ErrorCode {
  // Bad frame or params, unknown method, handshake or connect-auth failure, protocol mismatch, missing target.
  kInvalidRequest,
  // Caller is authenticated but lacks the needed scope or permission.
  kForbidden,
  // Gateway starting, draining or restarting, dependency down, rate limited, or handler failure.
  kUnavailable,
  // Device identity is missing or the device still needs pairing approval.
  kNotPaired,
  // Approval id is unknown or already expired.
  kApprovalNotFound,
  // Legacy "channel not linked" code; kept for compatibility, never emitted. (deprecated: no current emitter)
  kNotLinked,
  // Legacy agent timeout code; timeouts are now reported as a final agent result with status timeout. (deprecated: no current emitter)
  kAgentTimeout,
};
std::string_view ToString(ErrorCode value);
std::optional<ErrorCode> ParseErrorCode(std::string_view text);

enum class Idempotency { kNone, kOptional, kRequired };

enum class MethodId {
  kAgent,
  kAgentIdentityGet,
  kAgentWait,
  kAgentsList,
  kChannelsLogout,
  kChannelsPairingApprove,
  kChannelsPairingDismiss,
  kChannelsPairingList,
  kChannelsStart,
  kChannelsStatus,
  kChannelsStop,
  kChatAbort,
  kChatHistory,
  kChatInject,
  kChatSend,
  kConfigApply,
  kConfigGet,
  kConfigPatch,
  kConfigSchema,
  kConfigSchemaLookup,
  kConfigSet,
  kExecApprovalGet,
  kExecApprovalList,
  kExecApprovalResolve,
  kExecApprovalWaitDecision,
  kExecApprovalsGet,
  kExecApprovalsSet,
  kGatewayIdentityGet,
  kGatewayRestartRequest,
  kHealth,
  kLastHeartbeat,
  kLogsTail,
  kModelsList,
  kPoll,
  kSend,
  kSessionsAbort,
  kSessionsCompact,
  kSessionsDelete,
  kSessionsList,
  kSessionsMessagesSubscribe,
  kSessionsMessagesUnsubscribe,
  kSessionsPatch,
  kSessionsPreview,
  kSessionsReset,
  kSessionsResolve,
  kSessionsSend,
  kSessionsSubscribe,
  kSetHeartbeats,
  kStatus,
  kSystemEvent,
  kSystemPresence,
  kToolsInvoke,
};

struct MethodInfo {
  MethodId id;
  std::string_view name;
  std::string_view domain;
  std::optional<Role> role;           // nullopt: any role may call it
  std::optional<Scope> scope;         // fixed scope; nullopt with no resolver: none needed
  std::string_view scope_resolver;    // non-empty: the scope depends on the params
  Idempotency idempotency;
  bool two_phase;                     // an accepted response precedes the final one
  std::string_view params;            // definition names
  std::string_view result;
};

// Every method, sorted by name.
std::span<const MethodInfo> Methods();
const MethodInfo* FindMethod(std::string_view name);
const MethodInfo& GetMethod(MethodId id);
// Method names for hello-ok features.methods.
std::vector<std::string> MethodNames();

enum class EventId {
  kAgent,
  kChat,
  kConfigChanged,
  kConnectChallenge,
  kExecApprovalRequested,
  kExecApprovalResolved,
  kHealth,
  kHeartbeat,
  kPresence,
  kSessionMessage,
  kSessionsChanged,
  kShutdown,
  kTick,
};

struct EventInfo {
  EventId id;
  std::string_view name;
  std::optional<Scope> scope;  // scope needed to receive it; nullopt: every connection
  bool drop_if_slow;           // may be dropped (consuming no seq) for a slow consumer
  bool state_version;          // the frame carries stateVersion
  bool pre_auth;               // sent before hello, without seq
  bool targeted;               // sent to one addressed connection
  std::string_view payload;    // definition name
};

// Every event, sorted by name.
std::span<const EventInfo> Events();
const EventInfo* FindEvent(std::string_view name);
const EventInfo& GetEvent(EventId id);
// Event names for hello-ok features.events.
std::vector<std::string> EventNames();

}  // namespace gateway::proto
