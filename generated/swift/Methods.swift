// Generated from protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
import Foundation

public enum GatewayMethod: String, Sendable, CaseIterable {
    case agent = "agent"
    case agentIdentityGet = "agent.identity.get"
    case agentWait = "agent.wait"
    case agentsList = "agents.list"
    case channelsLogout = "channels.logout"
    case channelsPairingApprove = "channels.pairing.approve"
    case channelsPairingDismiss = "channels.pairing.dismiss"
    case channelsPairingList = "channels.pairing.list"
    case channelsStart = "channels.start"
    case channelsStatus = "channels.status"
    case channelsStop = "channels.stop"
    case chatAbort = "chat.abort"
    case chatHistory = "chat.history"
    case chatInject = "chat.inject"
    case chatSend = "chat.send"
    case configApply = "config.apply"
    case configGet = "config.get"
    case configPatch = "config.patch"
    case configSchema = "config.schema"
    case configSchemaLookup = "config.schema.lookup"
    case configSet = "config.set"
    case execApprovalGet = "exec.approval.get"
    case execApprovalList = "exec.approval.list"
    case execApprovalResolve = "exec.approval.resolve"
    case execApprovalWaitDecision = "exec.approval.waitDecision"
    case execApprovalsGet = "exec.approvals.get"
    case execApprovalsSet = "exec.approvals.set"
    case gatewayIdentityGet = "gateway.identity.get"
    case gatewayRestartRequest = "gateway.restart.request"
    case health = "health"
    case lastHeartbeat = "last-heartbeat"
    case logsTail = "logs.tail"
    case modelsList = "models.list"
    case poll = "poll"
    case send = "send"
    case sessionsAbort = "sessions.abort"
    case sessionsCompact = "sessions.compact"
    case sessionsDelete = "sessions.delete"
    case sessionsList = "sessions.list"
    case sessionsMessagesSubscribe = "sessions.messages.subscribe"
    case sessionsMessagesUnsubscribe = "sessions.messages.unsubscribe"
    case sessionsPatch = "sessions.patch"
    case sessionsPreview = "sessions.preview"
    case sessionsReset = "sessions.reset"
    case sessionsResolve = "sessions.resolve"
    case sessionsSend = "sessions.send"
    case sessionsSubscribe = "sessions.subscribe"
    case setHeartbeats = "set-heartbeats"
    case status = "status"
    case systemEvent = "system-event"
    case systemPresence = "system-presence"
    case toolsInvoke = "tools.invoke"
}

/// A method with its params and result types, for typed calls.
public protocol GatewayMethodDescriptor {
    associatedtype Params: Codable & Sendable
    associatedtype Result: Codable & Sendable
    static var method: GatewayMethod { get }
}

public enum GatewayMethods {
    public enum Agent: GatewayMethodDescriptor {
        public typealias Params = AgentParams
        public typealias Result = AgentResult
        public static let method = GatewayMethod.agent
    }
    public enum AgentIdentityGet: GatewayMethodDescriptor {
        public typealias Params = AgentIdentityGetParams
        public typealias Result = AgentIdentityGetResult
        public static let method = GatewayMethod.agentIdentityGet
    }
    public enum AgentWait: GatewayMethodDescriptor {
        public typealias Params = AgentWaitParams
        public typealias Result = AgentWaitResult
        public static let method = GatewayMethod.agentWait
    }
    public enum AgentsList: GatewayMethodDescriptor {
        public typealias Params = AgentsListParams
        public typealias Result = AgentsListResult
        public static let method = GatewayMethod.agentsList
    }
    public enum ChannelsLogout: GatewayMethodDescriptor {
        public typealias Params = ChannelAccountParams
        public typealias Result = ChannelsLogoutResult
        public static let method = GatewayMethod.channelsLogout
    }
    public enum ChannelsPairingApprove: GatewayMethodDescriptor {
        public typealias Params = ChannelsPairingApproveParams
        public typealias Result = ChannelsPairingApproveResult
        public static let method = GatewayMethod.channelsPairingApprove
    }
    public enum ChannelsPairingDismiss: GatewayMethodDescriptor {
        public typealias Params = ChannelsPairingDismissParams
        public typealias Result = ChannelsPairingDismissResult
        public static let method = GatewayMethod.channelsPairingDismiss
    }
    public enum ChannelsPairingList: GatewayMethodDescriptor {
        public typealias Params = ChannelsPairingListParams
        public typealias Result = ChannelsPairingListResult
        public static let method = GatewayMethod.channelsPairingList
    }
    public enum ChannelsStart: GatewayMethodDescriptor {
        public typealias Params = ChannelAccountParams
        public typealias Result = ChannelsStartResult
        public static let method = GatewayMethod.channelsStart
    }
    public enum ChannelsStatus: GatewayMethodDescriptor {
        public typealias Params = ChannelsStatusParams
        public typealias Result = ChannelsStatusResult
        public static let method = GatewayMethod.channelsStatus
    }
    public enum ChannelsStop: GatewayMethodDescriptor {
        public typealias Params = ChannelAccountParams
        public typealias Result = ChannelsStopResult
        public static let method = GatewayMethod.channelsStop
    }
    public enum ChatAbort: GatewayMethodDescriptor {
        public typealias Params = ChatAbortParams
        public typealias Result = AbortResult
        public static let method = GatewayMethod.chatAbort
    }
    public enum ChatHistory: GatewayMethodDescriptor {
        public typealias Params = ChatHistoryParams
        public typealias Result = ChatHistoryResult
        public static let method = GatewayMethod.chatHistory
    }
    public enum ChatInject: GatewayMethodDescriptor {
        public typealias Params = ChatInjectParams
        public typealias Result = ChatInjectResult
        public static let method = GatewayMethod.chatInject
    }
    public enum ChatSend: GatewayMethodDescriptor {
        public typealias Params = ChatSendParams
        public typealias Result = ChatSendResult
        public static let method = GatewayMethod.chatSend
    }
    public enum ConfigApply: GatewayMethodDescriptor {
        public typealias Params = ConfigApplyParams
        public typealias Result = ConfigApplyResult
        public static let method = GatewayMethod.configApply
    }
    public enum ConfigGet: GatewayMethodDescriptor {
        public typealias Params = ConfigGetParams
        public typealias Result = ConfigGetResult
        public static let method = GatewayMethod.configGet
    }
    public enum ConfigPatch: GatewayMethodDescriptor {
        public typealias Params = ConfigPatchParams
        public typealias Result = ConfigPatchResult
        public static let method = GatewayMethod.configPatch
    }
    public enum ConfigSchema: GatewayMethodDescriptor {
        public typealias Params = ConfigSchemaParams
        public typealias Result = ConfigSchemaResponse
        public static let method = GatewayMethod.configSchema
    }
    public enum ConfigSchemaLookup: GatewayMethodDescriptor {
        public typealias Params = ConfigSchemaLookupParams
        public typealias Result = ConfigSchemaLookupResult
        public static let method = GatewayMethod.configSchemaLookup
    }
    public enum ConfigSet: GatewayMethodDescriptor {
        public typealias Params = ConfigSetParams
        public typealias Result = ConfigSetResult
        public static let method = GatewayMethod.configSet
    }
    public enum ExecApprovalGet: GatewayMethodDescriptor {
        public typealias Params = ExecApprovalGetParams
        public typealias Result = ExecApprovalGetResult
        public static let method = GatewayMethod.execApprovalGet
    }
    public enum ExecApprovalList: GatewayMethodDescriptor {
        public typealias Params = ExecApprovalListParams
        public typealias Result = ExecApprovalListResult
        public static let method = GatewayMethod.execApprovalList
    }
    public enum ExecApprovalResolve: GatewayMethodDescriptor {
        public typealias Params = ExecApprovalResolveParams
        public typealias Result = ExecApprovalResolveResult
        public static let method = GatewayMethod.execApprovalResolve
    }
    public enum ExecApprovalWaitDecision: GatewayMethodDescriptor {
        public typealias Params = ExecApprovalWaitDecisionParams
        public typealias Result = ExecApprovalWaitDecisionResult
        public static let method = GatewayMethod.execApprovalWaitDecision
    }
    public enum ExecApprovalsGet: GatewayMethodDescriptor {
        public typealias Params = ExecApprovalsGetParams
        public typealias Result = ExecApprovalsSnapshot
        public static let method = GatewayMethod.execApprovalsGet
    }
    public enum ExecApprovalsSet: GatewayMethodDescriptor {
        public typealias Params = ExecApprovalsSetParams
        public typealias Result = ExecApprovalsSnapshot
        public static let method = GatewayMethod.execApprovalsSet
    }
    public enum GatewayIdentityGet: GatewayMethodDescriptor {
        public typealias Params = GatewayIdentityGetParams
        public typealias Result = GatewayIdentityGetResult
        public static let method = GatewayMethod.gatewayIdentityGet
    }
    public enum GatewayRestartRequest: GatewayMethodDescriptor {
        public typealias Params = GatewayRestartRequestParams
        public typealias Result = GatewayRestartRequestResult
        public static let method = GatewayMethod.gatewayRestartRequest
    }
    public enum Health: GatewayMethodDescriptor {
        public typealias Params = HealthParams
        public typealias Result = HealthSnapshot
        public static let method = GatewayMethod.health
    }
    public enum LastHeartbeat: GatewayMethodDescriptor {
        public typealias Params = LastHeartbeatParams
        public typealias Result = LastHeartbeatResult
        public static let method = GatewayMethod.lastHeartbeat
    }
    public enum LogsTail: GatewayMethodDescriptor {
        public typealias Params = LogsTailParams
        public typealias Result = LogsTailResult
        public static let method = GatewayMethod.logsTail
    }
    public enum ModelsList: GatewayMethodDescriptor {
        public typealias Params = ModelsListParams
        public typealias Result = ModelsListResult
        public static let method = GatewayMethod.modelsList
    }
    public enum Poll: GatewayMethodDescriptor {
        public typealias Params = PollParams
        public typealias Result = SendResult
        public static let method = GatewayMethod.poll
    }
    public enum Send: GatewayMethodDescriptor {
        public typealias Params = SendParams
        public typealias Result = SendResult
        public static let method = GatewayMethod.send
    }
    public enum SessionsAbort: GatewayMethodDescriptor {
        public typealias Params = SessionsAbortParams
        public typealias Result = AbortResult
        public static let method = GatewayMethod.sessionsAbort
    }
    public enum SessionsCompact: GatewayMethodDescriptor {
        public typealias Params = SessionsCompactParams
        public typealias Result = SessionsCompactResult
        public static let method = GatewayMethod.sessionsCompact
    }
    public enum SessionsDelete: GatewayMethodDescriptor {
        public typealias Params = SessionsDeleteParams
        public typealias Result = SessionsDeleteResult
        public static let method = GatewayMethod.sessionsDelete
    }
    public enum SessionsList: GatewayMethodDescriptor {
        public typealias Params = SessionsListParams
        public typealias Result = SessionsListResult
        public static let method = GatewayMethod.sessionsList
    }
    public enum SessionsMessagesSubscribe: GatewayMethodDescriptor {
        public typealias Params = SessionsMessagesSubscribeParams
        public typealias Result = SessionsMessagesSubscription
        public static let method = GatewayMethod.sessionsMessagesSubscribe
    }
    public enum SessionsMessagesUnsubscribe: GatewayMethodDescriptor {
        public typealias Params = SessionsMessagesUnsubscribeParams
        public typealias Result = SessionsMessagesSubscription
        public static let method = GatewayMethod.sessionsMessagesUnsubscribe
    }
    public enum SessionsPatch: GatewayMethodDescriptor {
        public typealias Params = SessionsPatchParams
        public typealias Result = SessionsPatchResult
        public static let method = GatewayMethod.sessionsPatch
    }
    public enum SessionsPreview: GatewayMethodDescriptor {
        public typealias Params = SessionsPreviewParams
        public typealias Result = SessionsPreviewResult
        public static let method = GatewayMethod.sessionsPreview
    }
    public enum SessionsReset: GatewayMethodDescriptor {
        public typealias Params = SessionsResetParams
        public typealias Result = SessionsResetResult
        public static let method = GatewayMethod.sessionsReset
    }
    public enum SessionsResolve: GatewayMethodDescriptor {
        public typealias Params = SessionsResolveParams
        public typealias Result = SessionsResolveResult
        public static let method = GatewayMethod.sessionsResolve
    }
    public enum SessionsSend: GatewayMethodDescriptor {
        public typealias Params = SessionsSendParams
        public typealias Result = SessionsSendResult
        public static let method = GatewayMethod.sessionsSend
    }
    public enum SessionsSubscribe: GatewayMethodDescriptor {
        public typealias Params = SessionsListParams
        public typealias Result = SessionsSubscribeResult
        public static let method = GatewayMethod.sessionsSubscribe
    }
    public enum SetHeartbeats: GatewayMethodDescriptor {
        public typealias Params = SetHeartbeatsParams
        public typealias Result = SetHeartbeatsResult
        public static let method = GatewayMethod.setHeartbeats
    }
    public enum Status: GatewayMethodDescriptor {
        public typealias Params = StatusParams
        public typealias Result = StatusResult
        public static let method = GatewayMethod.status
    }
    public enum SystemEvent: GatewayMethodDescriptor {
        public typealias Params = SystemEventParams
        public typealias Result = SystemEventResult
        public static let method = GatewayMethod.systemEvent
    }
    public enum SystemPresence: GatewayMethodDescriptor {
        public typealias Params = SystemPresenceParams
        public typealias Result = SystemPresenceResult
        public static let method = GatewayMethod.systemPresence
    }
    public enum ToolsInvoke: GatewayMethodDescriptor {
        public typealias Params = ToolsInvokeParams
        public typealias Result = ToolsInvokeResult
        public static let method = GatewayMethod.toolsInvoke
    }
}
