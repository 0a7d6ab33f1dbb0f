// Generated from protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
import Foundation

public enum GatewayEvent: String, Sendable, CaseIterable {
    case agent = "agent"
    case chat = "chat"
    case configChanged = "config.changed"
    case connectChallenge = "connect.challenge"
    case execApprovalRequested = "exec.approval.requested"
    case execApprovalResolved = "exec.approval.resolved"
    case health = "health"
    case heartbeat = "heartbeat"
    case presence = "presence"
    case sessionMessage = "session.message"
    case sessionsChanged = "sessions.changed"
    case shutdown = "shutdown"
    case tick = "tick"
}

public extension GatewayEvent {
    /// The payload type of each event.
    var payloadType: any (Codable & Sendable).Type {
        switch self {
        case .agent: return AgentEvent.self
        case .chat: return ChatEvent.self
        case .configChanged: return ConfigChangedEvent.self
        case .connectChallenge: return ConnectChallengeEvent.self
        case .execApprovalRequested: return ExecApprovalRequestedEvent.self
        case .execApprovalResolved: return ExecApprovalResolvedEvent.self
        case .health: return HealthSnapshot.self
        case .heartbeat: return HeartbeatEvent.self
        case .presence: return PresenceEvent.self
        case .sessionMessage: return SessionMessageEvent.self
        case .sessionsChanged: return SessionsChangedEvent.self
        case .shutdown: return ShutdownEvent.self
        case .tick: return TickEvent.self
        }
    }
}
