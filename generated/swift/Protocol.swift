// Generated from protocol/version.yaml, protocol/scopes.yaml, protocol/errors.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
import Foundation

public enum GatewayProtocol {
    public static let version: Int64 = 4
    public static let minVersion: Int64 = 3
    /// Lowest protocol an ordinary (non-node, non-probe) client may negotiate on the real gateway.
    public static let minClientProtocol: Int64 = 4
    /// Lowest protocol a node-role client may negotiate.
    public static let minNodeProtocol: Int64 = 3
    /// Lowest protocol a probe-mode client may negotiate.
    public static let minProbeProtocol: Int64 = 3
    /// Largest frame in bytes accepted before a successful connect (larger closes 1009).
    public static let preAuthMaxPayload: Int64 = 65536
    /// Largest frame in bytes accepted after hello (policy.maxPayload).
    public static let maxPayload: Int64 = 26214400
    /// Pending outbound bytes per socket before it is closed as a slow consumer.
    public static let maxBufferedBytes: Int64 = 52428800
    /// Period of the gateway-wide tick event.
    public static let tickIntervalMs: Int64 = 30000
    /// Time allowed from socket open to a successful connect.
    public static let handshakeTimeoutMs: Int64 = 15000
    /// Period of WebSocket pings after hello.
    public static let pingIntervalMs: Int64 = 25000
    /// Time a peer has to answer a ping before it is dropped.
    public static let pongTimeoutMs: Int64 = 25000
    /// Age after which the cached health snapshot is rebuilt.
    public static let healthRefreshMs: Int64 = 60000
    /// How long an idempotency key is remembered.
    public static let dedupeTtlMs: Int64 = 300000
    /// Most idempotency keys remembered at once.
    public static let dedupeMaxEntries: Int64 = 1000
    /// Default RPC timeout used by clients.
    public static let clientRequestTimeoutMs: Int64 = 30000
    /// First client reconnect delay.
    public static let reconnectBackoffMinMs: Int64 = 1000
    /// Longest client reconnect delay.
    public static let reconnectBackoffMaxMs: Int64 = 30000
    /// Age after which a non-gateway presence entry is pruned.
    public static let presenceTtlMs: Int64 = 300000
    /// Most presence entries kept.
    public static let presenceMaxEntries: Int64 = 200
    /// Consecutive role-unauthorized requests tolerated before closing 1008.
    public static let maxUnauthorizedCalls: Int64 = 10
    /// Longest WebSocket close reason in bytes; longer reasons are truncated.
    public static let closeReasonMaxBytes: Int64 = 123
    /// Byte ceiling of one chat history response.
    public static let maxChatHistoryBytes: Int64 = 6291456
}

public enum GatewayRole: String, Codable, Sendable, CaseIterable {
    case `operator` = "operator"
    case node = "node"
}

public enum OperatorScope: String, Codable, Sendable, CaseIterable {
    case operatorRead = "operator.read"
    case operatorWrite = "operator.write"
    case operatorAdmin = "operator.admin"
    case operatorPairing = "operator.pairing"
    case operatorApprovals = "operator.approvals"
    case operatorQuestions = "operator.questions"
    case operatorTalk = "operator.talk"
    case operatorTalkSecrets = "operator.talk.secrets"
}

public enum GatewayErrorCode: String, Codable, Sendable, CaseIterable {
    case invalidRequest = "INVALID_REQUEST"
    case forbidden = "FORBIDDEN"
    case unavailable = "UNAVAILABLE"
    case notPaired = "NOT_PAIRED"
    case approvalNotFound = "APPROVAL_NOT_FOUND"
    case notLinked = "NOT_LINKED"
    case agentTimeout = "AGENT_TIMEOUT"
}
