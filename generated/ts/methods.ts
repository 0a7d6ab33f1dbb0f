// Generated from protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
import type { AbortResult, AgentAccepted, AgentIdentityGetParams, AgentIdentityGetResult, AgentParams, AgentResult, AgentWaitParams, AgentWaitResult, AgentsListParams, AgentsListResult, ChannelAccountParams, ChannelsLogoutResult, ChannelsPairingApproveParams, ChannelsPairingApproveResult, ChannelsPairingDismissParams, ChannelsPairingDismissResult, ChannelsPairingListParams, ChannelsPairingListResult, ChannelsStartResult, ChannelsStatusParams, ChannelsStatusResult, ChannelsStopResult, ChatAbortParams, ChatHistoryParams, ChatHistoryResult, ChatInjectParams, ChatInjectResult, ChatSendParams, ChatSendResult, ConfigApplyParams, ConfigApplyResult, ConfigGetParams, ConfigGetResult, ConfigPatchParams, ConfigPatchResult, ConfigSchemaLookupParams, ConfigSchemaLookupResult, ConfigSchemaParams, ConfigSchemaResponse, ConfigSetParams, ConfigSetResult, ExecApprovalGetParams, ExecApprovalGetResult, ExecApprovalListParams, ExecApprovalListResult, ExecApprovalResolveParams, ExecApprovalResolveResult, ExecApprovalWaitDecisionParams, ExecApprovalWaitDecisionResult, ExecApprovalsGetParams, ExecApprovalsSetParams, ExecApprovalsSnapshot, GatewayIdentityGetParams, GatewayIdentityGetResult, GatewayRestartRequestParams, GatewayRestartRequestResult, HealthParams, HealthSnapshot, LastHeartbeatParams, LastHeartbeatResult, LogsTailParams, LogsTailResult, ModelsListParams, ModelsListResult, PollParams, SendParams, SendResult, SessionsAbortParams, SessionsCompactParams, SessionsCompactResult, SessionsDeleteParams, SessionsDeleteResult, SessionsListParams, SessionsListResult, SessionsMessagesSubscribeParams, SessionsMessagesSubscription, SessionsMessagesUnsubscribeParams, SessionsPatchParams, SessionsPatchResult, SessionsPreviewParams, SessionsPreviewResult, SessionsResetParams, SessionsResetResult, SessionsResolveParams, SessionsResolveResult, SessionsSendParams, SessionsSendResult, SessionsSubscribeResult, SetHeartbeatsParams, SetHeartbeatsResult, StatusParams, StatusResult, SystemEventParams, SystemEventResult, SystemPresenceParams, SystemPresenceResult, ToolsInvokeParams, ToolsInvokeResult } from "./types";

export interface MethodParamsMap {
  readonly "agent": AgentParams;
  readonly "agent.identity.get": AgentIdentityGetParams;
  readonly "agent.wait": AgentWaitParams;
  readonly "agents.list": AgentsListParams;
  readonly "channels.logout": ChannelAccountParams;
  readonly "channels.pairing.approve": ChannelsPairingApproveParams;
  readonly "channels.pairing.dismiss": ChannelsPairingDismissParams;
  readonly "channels.pairing.list": ChannelsPairingListParams;
  readonly "channels.start": ChannelAccountParams;
  readonly "channels.status": ChannelsStatusParams;
  readonly "channels.stop": ChannelAccountParams;
  readonly "chat.abort": ChatAbortParams;
  readonly "chat.history": ChatHistoryParams;
  readonly "chat.inject": ChatInjectParams;
  readonly "chat.send": ChatSendParams;
  readonly "config.apply": ConfigApplyParams;
  readonly "config.get": ConfigGetParams;
  readonly "config.patch": ConfigPatchParams;
  readonly "config.schema": ConfigSchemaParams;
  readonly "config.schema.lookup": ConfigSchemaLookupParams;
  readonly "config.set": ConfigSetParams;
  readonly "exec.approval.get": ExecApprovalGetParams;
  readonly "exec.approval.list": ExecApprovalListParams;
  readonly "exec.approval.resolve": ExecApprovalResolveParams;
  readonly "exec.approval.waitDecision": ExecApprovalWaitDecisionParams;
  readonly "exec.approvals.get": ExecApprovalsGetParams;
  readonly "exec.approvals.set": ExecApprovalsSetParams;
  readonly "gateway.identity.get": GatewayIdentityGetParams;
  readonly "gateway.restart.request": GatewayRestartRequestParams;
  readonly "health": HealthParams;
  readonly "last-heartbeat": LastHeartbeatParams;
  readonly "logs.tail": LogsTailParams;
  readonly "models.list": ModelsListParams;
  readonly "poll": PollParams;
  readonly "send": SendParams;
  readonly "sessions.abort": SessionsAbortParams;
  readonly "sessions.compact": SessionsCompactParams;
  readonly "sessions.delete": SessionsDeleteParams;
  readonly "sessions.list": SessionsListParams;
  readonly "sessions.messages.subscribe": SessionsMessagesSubscribeParams;
  readonly "sessions.messages.unsubscribe": SessionsMessagesUnsubscribeParams;
  readonly "sessions.patch": SessionsPatchParams;
  readonly "sessions.preview": SessionsPreviewParams;
  readonly "sessions.reset": SessionsResetParams;
  readonly "sessions.resolve": SessionsResolveParams;
  readonly "sessions.send": SessionsSendParams;
  readonly "sessions.subscribe": SessionsListParams;
  readonly "set-heartbeats": SetHeartbeatsParams;
  readonly "status": StatusParams;
  readonly "system-event": SystemEventParams;
  readonly "system-presence": SystemPresenceParams;
  readonly "tools.invoke": ToolsInvokeParams;
}

export interface MethodResultMap {
  readonly "agent": AgentResult;
  readonly "agent.identity.get": AgentIdentityGetResult;
  readonly "agent.wait": AgentWaitResult;
  readonly "agents.list": AgentsListResult;
  readonly "channels.logout": ChannelsLogoutResult;
  readonly "channels.pairing.approve": ChannelsPairingApproveResult;
  readonly "channels.pairing.dismiss": ChannelsPairingDismissResult;
  readonly "channels.pairing.list": ChannelsPairingListResult;
  readonly "channels.start": ChannelsStartResult;
  readonly "channels.status": ChannelsStatusResult;
  readonly "channels.stop": ChannelsStopResult;
  readonly "chat.abort": AbortResult;
  readonly "chat.history": ChatHistoryResult;
  readonly "chat.inject": ChatInjectResult;
  readonly "chat.send": ChatSendResult;
  readonly "config.apply": ConfigApplyResult;
  readonly "config.get": ConfigGetResult;
  readonly "config.patch": ConfigPatchResult;
  readonly "config.schema": ConfigSchemaResponse;
  readonly "config.schema.lookup": ConfigSchemaLookupResult;
  readonly "config.set": ConfigSetResult;
  readonly "exec.approval.get": ExecApprovalGetResult;
  readonly "exec.approval.list": ExecApprovalListResult;
  readonly "exec.approval.resolve": ExecApprovalResolveResult;
  readonly "exec.approval.waitDecision": ExecApprovalWaitDecisionResult;
  readonly "exec.approvals.get": ExecApprovalsSnapshot;
  readonly "exec.approvals.set": ExecApprovalsSnapshot;
  readonly "gateway.identity.get": GatewayIdentityGetResult;
  readonly "gateway.restart.request": GatewayRestartRequestResult;
  readonly "health": HealthSnapshot;
  readonly "last-heartbeat": LastHeartbeatResult;
  readonly "logs.tail": LogsTailResult;
  readonly "models.list": ModelsListResult;
  readonly "poll": SendResult;
  readonly "send": SendResult;
  readonly "sessions.abort": AbortResult;
  readonly "sessions.compact": SessionsCompactResult;
  readonly "sessions.delete": SessionsDeleteResult;
  readonly "sessions.list": SessionsListResult;
  readonly "sessions.messages.subscribe": SessionsMessagesSubscription;
  readonly "sessions.messages.unsubscribe": SessionsMessagesSubscription;
  readonly "sessions.patch": SessionsPatchResult;
  readonly "sessions.preview": SessionsPreviewResult;
  readonly "sessions.reset": SessionsResetResult;
  readonly "sessions.resolve": SessionsResolveResult;
  readonly "sessions.send": SessionsSendResult;
  readonly "sessions.subscribe": SessionsSubscribeResult;
  readonly "set-heartbeats": SetHeartbeatsResult;
  readonly "status": StatusResult;
  readonly "system-event": SystemEventResult;
  readonly "system-presence": SystemPresenceResult;
  readonly "tools.invoke": ToolsInvokeResult;
}

// Payload of the first ("accepted") response of two-phase methods.
export interface MethodAcceptedMap {
  readonly "agent": AgentAccepted;
}

export type MethodName = keyof MethodParamsMap;
export type MethodParams<M extends MethodName> = MethodParamsMap[M];
export type MethodResult<M extends MethodName> = MethodResultMap[M];

export interface MethodSpec {
  readonly role: "operator" | "node" | "any";
  readonly scope: string | null;
  readonly dynamicScopes?: readonly string[];
  readonly idempotencyKey: "none" | "optional" | "required";
  readonly twoPhase: boolean;
}

export const METHODS: { readonly [M in MethodName]: MethodSpec } = {
  "agent": { role: "operator", scope: "operator.write", dynamicScopes: ["operator.write", "operator.admin"], idempotencyKey: "required", twoPhase: true },
  "agent.identity.get": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "agent.wait": { role: "operator", scope: "operator.write", idempotencyKey: "none", twoPhase: false },
  "agents.list": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "channels.logout": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "channels.pairing.approve": { role: "operator", scope: "operator.pairing", dynamicScopes: ["operator.pairing", "operator.admin"], idempotencyKey: "none", twoPhase: false },
  "channels.pairing.dismiss": { role: "operator", scope: "operator.pairing", idempotencyKey: "none", twoPhase: false },
  "channels.pairing.list": { role: "operator", scope: "operator.pairing", idempotencyKey: "none", twoPhase: false },
  "channels.start": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "channels.status": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "channels.stop": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "chat.abort": { role: "operator", scope: "operator.write", idempotencyKey: "none", twoPhase: false },
  "chat.history": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "chat.inject": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "chat.send": { role: "operator", scope: "operator.write", idempotencyKey: "required", twoPhase: false },
  "config.apply": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "config.get": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "config.patch": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "config.schema": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "config.schema.lookup": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "config.set": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "exec.approval.get": { role: "operator", scope: "operator.approvals", idempotencyKey: "none", twoPhase: false },
  "exec.approval.list": { role: "operator", scope: "operator.approvals", idempotencyKey: "none", twoPhase: false },
  "exec.approval.resolve": { role: "operator", scope: "operator.approvals", idempotencyKey: "none", twoPhase: false },
  "exec.approval.waitDecision": { role: "operator", scope: "operator.approvals", idempotencyKey: "none", twoPhase: false },
  "exec.approvals.get": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "exec.approvals.set": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "gateway.identity.get": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "gateway.restart.request": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "health": { role: "any", scope: null, idempotencyKey: "none", twoPhase: false },
  "last-heartbeat": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "logs.tail": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "models.list": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "poll": { role: "operator", scope: "operator.write", idempotencyKey: "required", twoPhase: false },
  "send": { role: "operator", scope: "operator.write", idempotencyKey: "required", twoPhase: false },
  "sessions.abort": { role: "operator", scope: "operator.write", idempotencyKey: "none", twoPhase: false },
  "sessions.compact": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "sessions.delete": { role: "operator", scope: "operator.write", dynamicScopes: ["operator.write", "operator.admin"], idempotencyKey: "none", twoPhase: false },
  "sessions.list": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "sessions.messages.subscribe": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "sessions.messages.unsubscribe": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "sessions.patch": { role: "operator", scope: "operator.write", dynamicScopes: ["operator.write", "operator.admin"], idempotencyKey: "none", twoPhase: false },
  "sessions.preview": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "sessions.reset": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "sessions.resolve": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "sessions.send": { role: "operator", scope: "operator.write", idempotencyKey: "optional", twoPhase: false },
  "sessions.subscribe": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "set-heartbeats": { role: "operator", scope: "operator.admin", idempotencyKey: "none", twoPhase: false },
  "status": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "system-event": { role: "operator", scope: "operator.admin", idempotencyKey: "optional", twoPhase: false },
  "system-presence": { role: "operator", scope: "operator.read", idempotencyKey: "none", twoPhase: false },
  "tools.invoke": { role: "operator", scope: "operator.write", idempotencyKey: "optional", twoPhase: false },
};
