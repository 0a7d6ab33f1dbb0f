// Generated from protocol/events/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
import Foundation

public enum GatewayEvent: String, Sendable, CaseIterable {
    case connectChallenge = "connect.challenge"
    case health = "health"
    case heartbeat = "heartbeat"
    case presence = "presence"
    case shutdown = "shutdown"
    case tick = "tick"
}

public extension GatewayEvent {
    /// The payload type of each event.
    var payloadType: any (Codable & Sendable).Type {
        switch self {
        case .connectChallenge: return ConnectChallengeEvent.self
        case .health: return HealthSnapshot.self
        case .heartbeat: return HeartbeatEvent.self
        case .presence: return PresenceEvent.self
        case .shutdown: return ShutdownEvent.self
        case .tick: return TickEvent.self
        }
    }
}
