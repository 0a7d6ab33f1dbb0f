// Generated from protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
import Foundation

public enum GatewayMethod: String, Sendable, CaseIterable {
    case gatewayIdentityGet = "gateway.identity.get"
    case gatewayRestartRequest = "gateway.restart.request"
    case health = "health"
    case lastHeartbeat = "last-heartbeat"
    case logsTail = "logs.tail"
    case setHeartbeats = "set-heartbeats"
    case status = "status"
    case systemEvent = "system-event"
    case systemPresence = "system-presence"
}

/// A method with its params and result types, for typed calls.
public protocol GatewayMethodDescriptor {
    associatedtype Params: Codable & Sendable
    associatedtype Result: Codable & Sendable
    static var method: GatewayMethod { get }
}

public enum GatewayMethods {
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
}
