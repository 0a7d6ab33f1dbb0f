// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml, protocol/version.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/protocol.hpp"

#include <algorithm>
#include <array>

namespace gateway::proto {

std::string_view ToString(Role value) {
  switch (value) {
    case Role::kOperator: return "operator";
    case Role::kNode: return "node";
  }
  return {};
}

std::optional<Role> ParseRole(std::string_view text) {
  if (text == "operator") return Role::kOperator;
  if (text == "node") return Role::kNode;
  return std::nullopt;
}

std::string_view ToString(Scope value) {
  switch (value) {
    case Scope::kOperatorRead: return "operator.read";
    case Scope::kOperatorWrite: return "operator.write";
    case Scope::kOperatorAdmin: return "operator.admin";
    case Scope::kOperatorPairing: return "operator.pairing";
    case Scope::kOperatorApprovals: return "operator.approvals";
    case Scope::kOperatorQuestions: return "operator.questions";
    case Scope::kOperatorTalk: return "operator.talk";
    case Scope::kOperatorTalkSecrets: return "operator.talk.secrets";
  }
  return {};
}

std::optional<Scope> ParseScope(std::string_view text) {
  if (text == "operator.read") return Scope::kOperatorRead;
  if (text == "operator.write") return Scope::kOperatorWrite;
  if (text == "operator.admin") return Scope::kOperatorAdmin;
  if (text == "operator.pairing") return Scope::kOperatorPairing;
  if (text == "operator.approvals") return Scope::kOperatorApprovals;
  if (text == "operator.questions") return Scope::kOperatorQuestions;
  if (text == "operator.talk") return Scope::kOperatorTalk;
  if (text == "operator.talk.secrets") return Scope::kOperatorTalkSecrets;
  return std::nullopt;
}

bool ScopeGrants(Scope held, Scope required) {
  if (held == required) return true;
  switch (held) {
    case Scope::kOperatorWrite: return required == Scope::kOperatorRead || required == Scope::kOperatorTalk;
    case Scope::kOperatorAdmin: return true;
    default: return false;
  }
}

bool ScopesGrant(std::span<const Scope> held, Scope required) {
  return std::any_of(held.begin(), held.end(), [&](Scope s) { return ScopeGrants(s, required); });
}

std::string_view ToString(ErrorCode value) {
  switch (value) {
    case ErrorCode::kInvalidRequest: return "INVALID_REQUEST";
    case ErrorCode::kForbidden: return "FORBIDDEN";
    case ErrorCode::kUnavailable: return "UNAVAILABLE";
    case ErrorCode::kNotPaired: return "NOT_PAIRED";
    case ErrorCode::kApprovalNotFound: return "APPROVAL_NOT_FOUND";
    case ErrorCode::kNotLinked: return "NOT_LINKED";
    case ErrorCode::kAgentTimeout: return "AGENT_TIMEOUT";
  }
  return {};
}

std::optional<ErrorCode> ParseErrorCode(std::string_view text) {
  if (text == "INVALID_REQUEST") return ErrorCode::kInvalidRequest;
  if (text == "FORBIDDEN") return ErrorCode::kForbidden;
  if (text == "UNAVAILABLE") return ErrorCode::kUnavailable;
  if (text == "NOT_PAIRED") return ErrorCode::kNotPaired;
  if (text == "APPROVAL_NOT_FOUND") return ErrorCode::kApprovalNotFound;
  if (text == "NOT_LINKED") return ErrorCode::kNotLinked;
  if (text == "AGENT_TIMEOUT") return ErrorCode::kAgentTimeout;
  return std::nullopt;
}

namespace {
constexpr std::array<MethodInfo, 52> kMethods = {{
    {MethodId::kAgent, "agent", "agent", Role::kOperator, std::nullopt, "Agent", Idempotency::kRequired, true, "AgentParams", "AgentResult"},
    {MethodId::kAgentIdentityGet, "agent.identity.get", "agent", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "AgentIdentityGetParams", "AgentIdentityGetResult"},
    {MethodId::kAgentWait, "agent.wait", "agent", Role::kOperator, Scope::kOperatorWrite, "", Idempotency::kNone, false, "AgentWaitParams", "AgentWaitResult"},
    {MethodId::kAgentsList, "agents.list", "agent", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "AgentsListParams", "AgentsListResult"},
    {MethodId::kChannelsLogout, "channels.logout", "channels", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "ChannelAccountParams", "ChannelsLogoutResult"},
    {MethodId::kChannelsPairingApprove, "channels.pairing.approve", "channels", Role::kOperator, std::nullopt, "ChannelsPairingApprove", Idempotency::kNone, false, "ChannelsPairingApproveParams", "ChannelsPairingApproveResult"},
    {MethodId::kChannelsPairingDismiss, "channels.pairing.dismiss", "channels", Role::kOperator, Scope::kOperatorPairing, "", Idempotency::kNone, false, "ChannelsPairingDismissParams", "ChannelsPairingDismissResult"},
    {MethodId::kChannelsPairingList, "channels.pairing.list", "channels", Role::kOperator, Scope::kOperatorPairing, "", Idempotency::kNone, false, "ChannelsPairingListParams", "ChannelsPairingListResult"},
    {MethodId::kChannelsStart, "channels.start", "channels", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "ChannelAccountParams", "ChannelsStartResult"},
    {MethodId::kChannelsStatus, "channels.status", "channels", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "ChannelsStatusParams", "ChannelsStatusResult"},
    {MethodId::kChannelsStop, "channels.stop", "channels", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "ChannelAccountParams", "ChannelsStopResult"},
    {MethodId::kChatAbort, "chat.abort", "chat", Role::kOperator, Scope::kOperatorWrite, "", Idempotency::kNone, false, "ChatAbortParams", "AbortResult"},
    {MethodId::kChatHistory, "chat.history", "chat", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "ChatHistoryParams", "ChatHistoryResult"},
    {MethodId::kChatInject, "chat.inject", "chat", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "ChatInjectParams", "ChatInjectResult"},
    {MethodId::kChatSend, "chat.send", "chat", Role::kOperator, Scope::kOperatorWrite, "", Idempotency::kRequired, false, "ChatSendParams", "ChatSendResult"},
    {MethodId::kConfigApply, "config.apply", "config", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "ConfigApplyParams", "ConfigApplyResult"},
    {MethodId::kConfigGet, "config.get", "config", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "ConfigGetParams", "ConfigGetResult"},
    {MethodId::kConfigPatch, "config.patch", "config", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "ConfigPatchParams", "ConfigPatchResult"},
    {MethodId::kConfigSchema, "config.schema", "config", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "ConfigSchemaParams", "ConfigSchemaResponse"},
    {MethodId::kConfigSchemaLookup, "config.schema.lookup", "config", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "ConfigSchemaLookupParams", "ConfigSchemaLookupResult"},
    {MethodId::kConfigSet, "config.set", "config", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "ConfigSetParams", "ConfigSetResult"},
    {MethodId::kExecApprovalGet, "exec.approval.get", "approvals", Role::kOperator, Scope::kOperatorApprovals, "", Idempotency::kNone, false, "ExecApprovalGetParams", "ExecApprovalGetResult"},
    {MethodId::kExecApprovalList, "exec.approval.list", "approvals", Role::kOperator, Scope::kOperatorApprovals, "", Idempotency::kNone, false, "ExecApprovalListParams", "ExecApprovalListResult"},
    {MethodId::kExecApprovalResolve, "exec.approval.resolve", "approvals", Role::kOperator, Scope::kOperatorApprovals, "", Idempotency::kNone, false, "ExecApprovalResolveParams", "ExecApprovalResolveResult"},
    {MethodId::kExecApprovalWaitDecision, "exec.approval.waitDecision", "approvals", Role::kOperator, Scope::kOperatorApprovals, "", Idempotency::kNone, false, "ExecApprovalWaitDecisionParams", "ExecApprovalWaitDecisionResult"},
    {MethodId::kExecApprovalsGet, "exec.approvals.get", "approvals", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "ExecApprovalsGetParams", "ExecApprovalsSnapshot"},
    {MethodId::kExecApprovalsSet, "exec.approvals.set", "approvals", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "ExecApprovalsSetParams", "ExecApprovalsSnapshot"},
    {MethodId::kGatewayIdentityGet, "gateway.identity.get", "system", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "GatewayIdentityGetParams", "GatewayIdentityGetResult"},
    {MethodId::kGatewayRestartRequest, "gateway.restart.request", "system", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "GatewayRestartRequestParams", "GatewayRestartRequestResult"},
    {MethodId::kHealth, "health", "system", std::nullopt, std::nullopt, "", Idempotency::kNone, false, "HealthParams", "HealthSnapshot"},
    {MethodId::kLastHeartbeat, "last-heartbeat", "system", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "LastHeartbeatParams", "LastHeartbeatResult"},
    {MethodId::kLogsTail, "logs.tail", "system", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "LogsTailParams", "LogsTailResult"},
    {MethodId::kModelsList, "models.list", "agent", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "ModelsListParams", "ModelsListResult"},
    {MethodId::kPoll, "poll", "outbound", Role::kOperator, Scope::kOperatorWrite, "", Idempotency::kRequired, false, "PollParams", "SendResult"},
    {MethodId::kSend, "send", "outbound", Role::kOperator, Scope::kOperatorWrite, "", Idempotency::kRequired, false, "SendParams", "SendResult"},
    {MethodId::kSessionsAbort, "sessions.abort", "sessions", Role::kOperator, Scope::kOperatorWrite, "", Idempotency::kNone, false, "SessionsAbortParams", "AbortResult"},
    {MethodId::kSessionsCompact, "sessions.compact", "sessions", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "SessionsCompactParams", "SessionsCompactResult"},
    {MethodId::kSessionsDelete, "sessions.delete", "sessions", Role::kOperator, std::nullopt, "SessionsDelete", Idempotency::kNone, false, "SessionsDeleteParams", "SessionsDeleteResult"},
    {MethodId::kSessionsList, "sessions.list", "sessions", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "SessionsListParams", "SessionsListResult"},
    {MethodId::kSessionsMessagesSubscribe, "sessions.messages.subscribe", "sessions", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "SessionsMessagesSubscribeParams", "SessionsMessagesSubscription"},
    {MethodId::kSessionsMessagesUnsubscribe, "sessions.messages.unsubscribe", "sessions", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "SessionsMessagesUnsubscribeParams", "SessionsMessagesSubscription"},
    {MethodId::kSessionsPatch, "sessions.patch", "sessions", Role::kOperator, std::nullopt, "SessionsPatch", Idempotency::kNone, false, "SessionsPatchParams", "SessionsPatchResult"},
    {MethodId::kSessionsPreview, "sessions.preview", "sessions", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "SessionsPreviewParams", "SessionsPreviewResult"},
    {MethodId::kSessionsReset, "sessions.reset", "sessions", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "SessionsResetParams", "SessionsResetResult"},
    {MethodId::kSessionsResolve, "sessions.resolve", "sessions", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "SessionsResolveParams", "SessionsResolveResult"},
    {MethodId::kSessionsSend, "sessions.send", "sessions", Role::kOperator, Scope::kOperatorWrite, "", Idempotency::kOptional, false, "SessionsSendParams", "SessionsSendResult"},
    {MethodId::kSessionsSubscribe, "sessions.subscribe", "sessions", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "SessionsListParams", "SessionsSubscribeResult"},
    {MethodId::kSetHeartbeats, "set-heartbeats", "system", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kNone, false, "SetHeartbeatsParams", "SetHeartbeatsResult"},
    {MethodId::kStatus, "status", "system", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "StatusParams", "StatusResult"},
    {MethodId::kSystemEvent, "system-event", "system", Role::kOperator, Scope::kOperatorAdmin, "", Idempotency::kOptional, false, "SystemEventParams", "SystemEventResult"},
    {MethodId::kSystemPresence, "system-presence", "system", Role::kOperator, Scope::kOperatorRead, "", Idempotency::kNone, false, "SystemPresenceParams", "SystemPresenceResult"},
    {MethodId::kToolsInvoke, "tools.invoke", "tools", Role::kOperator, Scope::kOperatorWrite, "", Idempotency::kOptional, false, "ToolsInvokeParams", "ToolsInvokeResult"},
}};
}  // namespace

std::span<const MethodInfo> Methods() { return kMethods; }

const MethodInfo* FindMethod(std::string_view name) {
  auto it = std::lower_bound(kMethods.begin(), kMethods.end(), name,
                             [](const MethodInfo& m, std::string_view n) { return m.name < n; });
  return it != kMethods.end() && it->name == name ? &*it : nullptr;
}

const MethodInfo& GetMethod(MethodId id) { return kMethods[static_cast<std::size_t>(id)]; }

std::vector<std::string> MethodNames() {
  std::vector<std::string> names;
  for (const auto& m : kMethods) names.emplace_back(m.name);
  return names;
}

namespace {
constexpr std::array<EventInfo, 13> kEvents = {{
    {EventId::kAgent, "agent", Scope::kOperatorRead, false, false, false, false, "AgentEvent"},
    {EventId::kChat, "chat", Scope::kOperatorRead, false, false, false, false, "ChatEvent"},
    {EventId::kConfigChanged, "config.changed", Scope::kOperatorRead, false, false, false, false, "ConfigChangedEvent"},
    {EventId::kConnectChallenge, "connect.challenge", std::nullopt, false, false, true, true, "ConnectChallengeEvent"},
    {EventId::kExecApprovalRequested, "exec.approval.requested", Scope::kOperatorApprovals, true, false, false, false, "ExecApprovalRequestedEvent"},
    {EventId::kExecApprovalResolved, "exec.approval.resolved", Scope::kOperatorApprovals, true, false, false, false, "ExecApprovalResolvedEvent"},
    {EventId::kHealth, "health", std::nullopt, false, true, false, false, "HealthSnapshot"},
    {EventId::kHeartbeat, "heartbeat", std::nullopt, false, false, false, false, "HeartbeatEvent"},
    {EventId::kPresence, "presence", Scope::kOperatorRead, true, true, false, false, "PresenceEvent"},
    {EventId::kSessionMessage, "session.message", Scope::kOperatorRead, false, false, false, false, "SessionMessageEvent"},
    {EventId::kSessionsChanged, "sessions.changed", Scope::kOperatorRead, false, false, false, false, "SessionsChangedEvent"},
    {EventId::kShutdown, "shutdown", std::nullopt, false, false, false, false, "ShutdownEvent"},
    {EventId::kTick, "tick", std::nullopt, false, false, false, false, "TickEvent"},
}};
}  // namespace

std::span<const EventInfo> Events() { return kEvents; }

const EventInfo* FindEvent(std::string_view name) {
  auto it = std::lower_bound(kEvents.begin(), kEvents.end(), name,
                             [](const EventInfo& e, std::string_view n) { return e.name < n; });
  return it != kEvents.end() && it->name == name ? &*it : nullptr;
}

const EventInfo& GetEvent(EventId id) { return kEvents[static_cast<std::size_t>(id)]; }

std::vector<std::string> EventNames() {
  std::vector<std::string> names;
  for (const auto& e : kEvents) names.emplace_back(e.name);
  return names;
}

}  // namespace gateway::proto
