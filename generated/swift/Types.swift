// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
import Foundation

public struct AbortResult: Codable, Sendable, Equatable {
    public let ok: Bool
    public let aborted: Bool
    public let runIds: [String]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool = true, aborted: Bool, runIds: [String], unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.aborted = aborted
        self.runIds = runIds
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case aborted = "aborted"
        case runIds = "runIds"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.aborted = try container.decode(Bool.self, forKey: .aborted)
        self.runIds = try container.decode([String].self, forKey: .runIds)
        let known: Set<String> = ["ok", "aborted", "runIds"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(aborted, forKey: .aborted)
        try container.encode(runIds, forKey: .runIds)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// in_flight is the one response to a duplicate idempotencyKey while the first run is still going.
public enum AgentAcceptedStatus: String, Codable, Sendable, CaseIterable {
    case accepted = "accepted"
    case inFlight = "in_flight"
}

public struct AgentAccepted: Codable, Sendable, Equatable {
    public let runId: String
    /// Only when the request gave one (observed 2026.9.6).
    public let sessionKey: String?
    public let agentId: String?
    /// in_flight is the one response to a duplicate idempotencyKey while the first run is still going.
    public let status: AgentAcceptedStatus
    public let acceptedAt: Int64?
    public let runtime: String?
    public let taskRunId: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(runId: String, sessionKey: String? = nil, agentId: String? = nil, status: AgentAcceptedStatus, acceptedAt: Int64? = nil, runtime: String? = nil, taskRunId: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.runId = runId
        self.sessionKey = sessionKey
        self.agentId = agentId
        self.status = status
        self.acceptedAt = acceptedAt
        self.runtime = runtime
        self.taskRunId = taskRunId
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case sessionKey = "sessionKey"
        case agentId = "agentId"
        case status = "status"
        case acceptedAt = "acceptedAt"
        case runtime = "runtime"
        case taskRunId = "taskRunId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.status = try container.decode(AgentAcceptedStatus.self, forKey: .status)
        self.acceptedAt = try container.decodeIfPresent(Int64.self, forKey: .acceptedAt)
        self.runtime = try container.decodeIfPresent(String.self, forKey: .runtime)
        self.taskRunId = try container.decodeIfPresent(String.self, forKey: .taskRunId)
        let known: Set<String> = ["runId", "sessionKey", "agentId", "status", "acceptedAt", "runtime", "taskRunId"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(acceptedAt, forKey: .acceptedAt)
        try container.encodeIfPresent(runtime, forKey: .runtime)
        try container.encodeIfPresent(taskRunId, forKey: .taskRunId)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Which models may be chosen by overrides.
public struct AgentModelPolicyConfig: Codable, Sendable, Equatable {
    /// Allowed "provider/model" ids for overrides.
    public let allow: StringList?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(allow: StringList? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.allow = allow
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case allow = "allow"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.allow = try container.decodeIfPresent(StringList.self, forKey: .allow)
        let known: Set<String> = ["allow"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(allow, forKey: .allow)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Models used for media generation.
public struct AgentMediaModelsConfig: Codable, Sendable, Equatable {
    /// Image generation model.
    public let image: AgentModelSelection?
    /// Video generation model.
    public let video: AgentModelSelection?
    /// Music generation model.
    public let music: AgentModelSelection?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(image: AgentModelSelection? = nil, video: AgentModelSelection? = nil, music: AgentModelSelection? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.image = image
        self.video = video
        self.music = music
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case image = "image"
        case video = "video"
        case music = "music"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.image = try container.decodeIfPresent(AgentModelSelection.self, forKey: .image)
        self.video = try container.decodeIfPresent(AgentModelSelection.self, forKey: .video)
        self.music = try container.decodeIfPresent(AgentModelSelection.self, forKey: .music)
        let known: Set<String> = ["image", "video", "music"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(image, forKey: .image)
        try container.encodeIfPresent(video, forKey: .video)
        try container.encodeIfPresent(music, forKey: .music)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Default fast mode, true/false or a named mode such as auto.
public enum FastModeSetting: Codable, Sendable, Equatable {
    case bool(Bool)
    case string(String)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "matches no branch of FastModeSetting")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .bool(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }
}

/// Default verbose level.
public enum VerboseLevel: String, Codable, Sendable, CaseIterable {
    case off = "off"
    case on = "on"
    case full = "full"
}

/// Agent that owns ambient work.
public struct SystemAgentConfig: Codable, Sendable, Equatable {
    /// Id of the system agent.
    public let agentId: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(agentId: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.agentId = agentId
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case agentId = "agentId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        let known: Set<String> = ["agentId"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Context compaction settings (out of core; kept as JSON).
public struct AgentDefaultsConfigCompaction: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Tool-result pruning settings (out of core; kept as JSON).
public struct AgentDefaultsConfigContextPruning: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Settings inherited by every agent.
public struct AgentDefaultsConfig: Codable, Sendable, Equatable {
    /// Agent workspace directory; ~ is expanded; wins over OPENCLAW_WORKSPACE_DIR.
    public let workspace: String?
    /// Working directory for agent tools.
    public let cwd: String?
    /// Repository root shown to the agent.
    public let repoRoot: String?
    /// Default chat model.
    public let model: AgentModelSelection?
    /// Per-model settings keyed by "provider/model" ("provider/*" lists all discovered).
    public let models: [String: AgentModelEntryConfig]?
    /// Which models may be chosen by overrides.
    public let modelPolicy: AgentModelPolicyConfig?
    /// Cheap model for titles, summaries and other utility calls.
    public let utilityModel: AgentModelSelection?
    /// Model used for image understanding.
    public let imageModel: AgentModelSelection?
    /// Model used for PDF understanding.
    public let pdfModel: AgentModelSelection?
    /// Models used for media generation.
    public let mediaModels: AgentMediaModelsConfig?
    /// Default thinking level, e.g. off, low, medium, high.
    public let thinkingDefault: String?
    /// Default fast mode, true/false or a named mode such as auto.
    public let fastModeDefault: FastModeSetting?
    /// Default verbose level.
    public let verboseDefault: VerboseLevel?
    /// Default reasoning visibility, e.g. on, off, stream.
    public let reasoningDefault: String?
    /// Default elevated-tools mode.
    public let elevatedDefault: String?
    /// Agent turn timeout in seconds; 0 means unlimited.
    public let timeoutSeconds: Int64?
    /// Maximum chat attachment size in MB.
    public let mediaMaxMb: Double?
    /// Maximum concurrent agent runs (default max(8, 4 x CPUs)).
    public let maxConcurrent: Int64?
    public let heartbeat: HeartbeatConfig?
    /// Agent that owns ambient work.
    public let systemAgent: SystemAgentConfig?
    /// Context compaction settings (out of core; kept as JSON).
    public let compaction: AgentDefaultsConfigCompaction?
    /// Tool-result pruning settings (out of core; kept as JSON).
    public let contextPruning: AgentDefaultsConfigContextPruning?
    public let sandbox: AgentSandboxConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(workspace: String? = nil, cwd: String? = nil, repoRoot: String? = nil, model: AgentModelSelection? = nil, models: [String: AgentModelEntryConfig]? = nil, modelPolicy: AgentModelPolicyConfig? = nil, utilityModel: AgentModelSelection? = nil, imageModel: AgentModelSelection? = nil, pdfModel: AgentModelSelection? = nil, mediaModels: AgentMediaModelsConfig? = nil, thinkingDefault: String? = nil, fastModeDefault: FastModeSetting? = nil, verboseDefault: VerboseLevel? = nil, reasoningDefault: String? = nil, elevatedDefault: String? = nil, timeoutSeconds: Int64? = nil, mediaMaxMb: Double? = nil, maxConcurrent: Int64? = nil, heartbeat: HeartbeatConfig? = nil, systemAgent: SystemAgentConfig? = nil, compaction: AgentDefaultsConfigCompaction? = nil, contextPruning: AgentDefaultsConfigContextPruning? = nil, sandbox: AgentSandboxConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.workspace = workspace
        self.cwd = cwd
        self.repoRoot = repoRoot
        self.model = model
        self.models = models
        self.modelPolicy = modelPolicy
        self.utilityModel = utilityModel
        self.imageModel = imageModel
        self.pdfModel = pdfModel
        self.mediaModels = mediaModels
        self.thinkingDefault = thinkingDefault
        self.fastModeDefault = fastModeDefault
        self.verboseDefault = verboseDefault
        self.reasoningDefault = reasoningDefault
        self.elevatedDefault = elevatedDefault
        self.timeoutSeconds = timeoutSeconds
        self.mediaMaxMb = mediaMaxMb
        self.maxConcurrent = maxConcurrent
        self.heartbeat = heartbeat
        self.systemAgent = systemAgent
        self.compaction = compaction
        self.contextPruning = contextPruning
        self.sandbox = sandbox
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case workspace = "workspace"
        case cwd = "cwd"
        case repoRoot = "repoRoot"
        case model = "model"
        case models = "models"
        case modelPolicy = "modelPolicy"
        case utilityModel = "utilityModel"
        case imageModel = "imageModel"
        case pdfModel = "pdfModel"
        case mediaModels = "mediaModels"
        case thinkingDefault = "thinkingDefault"
        case fastModeDefault = "fastModeDefault"
        case verboseDefault = "verboseDefault"
        case reasoningDefault = "reasoningDefault"
        case elevatedDefault = "elevatedDefault"
        case timeoutSeconds = "timeoutSeconds"
        case mediaMaxMb = "mediaMaxMb"
        case maxConcurrent = "maxConcurrent"
        case heartbeat = "heartbeat"
        case systemAgent = "systemAgent"
        case compaction = "compaction"
        case contextPruning = "contextPruning"
        case sandbox = "sandbox"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.workspace = try container.decodeIfPresent(String.self, forKey: .workspace)
        self.cwd = try container.decodeIfPresent(String.self, forKey: .cwd)
        self.repoRoot = try container.decodeIfPresent(String.self, forKey: .repoRoot)
        self.model = try container.decodeIfPresent(AgentModelSelection.self, forKey: .model)
        self.models = try container.decodeIfPresent([String: AgentModelEntryConfig].self, forKey: .models)
        self.modelPolicy = try container.decodeIfPresent(AgentModelPolicyConfig.self, forKey: .modelPolicy)
        self.utilityModel = try container.decodeIfPresent(AgentModelSelection.self, forKey: .utilityModel)
        self.imageModel = try container.decodeIfPresent(AgentModelSelection.self, forKey: .imageModel)
        self.pdfModel = try container.decodeIfPresent(AgentModelSelection.self, forKey: .pdfModel)
        self.mediaModels = try container.decodeIfPresent(AgentMediaModelsConfig.self, forKey: .mediaModels)
        self.thinkingDefault = try container.decodeIfPresent(String.self, forKey: .thinkingDefault)
        self.fastModeDefault = try container.decodeIfPresent(FastModeSetting.self, forKey: .fastModeDefault)
        self.verboseDefault = try container.decodeIfPresent(VerboseLevel.self, forKey: .verboseDefault)
        self.reasoningDefault = try container.decodeIfPresent(String.self, forKey: .reasoningDefault)
        self.elevatedDefault = try container.decodeIfPresent(String.self, forKey: .elevatedDefault)
        self.timeoutSeconds = try container.decodeIfPresent(Int64.self, forKey: .timeoutSeconds)
        self.mediaMaxMb = try container.decodeIfPresent(Double.self, forKey: .mediaMaxMb)
        self.maxConcurrent = try container.decodeIfPresent(Int64.self, forKey: .maxConcurrent)
        self.heartbeat = try container.decodeIfPresent(HeartbeatConfig.self, forKey: .heartbeat)
        self.systemAgent = try container.decodeIfPresent(SystemAgentConfig.self, forKey: .systemAgent)
        self.compaction = try container.decodeIfPresent(AgentDefaultsConfigCompaction.self, forKey: .compaction)
        self.contextPruning = try container.decodeIfPresent(AgentDefaultsConfigContextPruning.self, forKey: .contextPruning)
        self.sandbox = try container.decodeIfPresent(AgentSandboxConfig.self, forKey: .sandbox)
        let known: Set<String> = ["workspace", "cwd", "repoRoot", "model", "models", "modelPolicy", "utilityModel", "imageModel", "pdfModel", "mediaModels", "thinkingDefault", "fastModeDefault", "verboseDefault", "reasoningDefault", "elevatedDefault", "timeoutSeconds", "mediaMaxMb", "maxConcurrent", "heartbeat", "systemAgent", "compaction", "contextPruning", "sandbox"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(workspace, forKey: .workspace)
        try container.encodeIfPresent(cwd, forKey: .cwd)
        try container.encodeIfPresent(repoRoot, forKey: .repoRoot)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(models, forKey: .models)
        try container.encodeIfPresent(modelPolicy, forKey: .modelPolicy)
        try container.encodeIfPresent(utilityModel, forKey: .utilityModel)
        try container.encodeIfPresent(imageModel, forKey: .imageModel)
        try container.encodeIfPresent(pdfModel, forKey: .pdfModel)
        try container.encodeIfPresent(mediaModels, forKey: .mediaModels)
        try container.encodeIfPresent(thinkingDefault, forKey: .thinkingDefault)
        try container.encodeIfPresent(fastModeDefault, forKey: .fastModeDefault)
        try container.encodeIfPresent(verboseDefault, forKey: .verboseDefault)
        try container.encodeIfPresent(reasoningDefault, forKey: .reasoningDefault)
        try container.encodeIfPresent(elevatedDefault, forKey: .elevatedDefault)
        try container.encodeIfPresent(timeoutSeconds, forKey: .timeoutSeconds)
        try container.encodeIfPresent(mediaMaxMb, forKey: .mediaMaxMb)
        try container.encodeIfPresent(maxConcurrent, forKey: .maxConcurrent)
        try container.encodeIfPresent(heartbeat, forKey: .heartbeat)
        try container.encodeIfPresent(systemAgent, forKey: .systemAgent)
        try container.encodeIfPresent(compaction, forKey: .compaction)
        try container.encodeIfPresent(contextPruning, forKey: .contextPruning)
        try container.encodeIfPresent(sandbox, forKey: .sandbox)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Group chat behaviour.
public struct AgentGroupChatConfig: Codable, Sendable, Equatable {
    /// Regexes that count as mentioning the agent.
    public let mentionPatterns: StringList?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(mentionPatterns: StringList? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.mentionPatterns = mentionPatterns
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case mentionPatterns = "mentionPatterns"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.mentionPatterns = try container.decodeIfPresent(StringList.self, forKey: .mentionPatterns)
        let known: Set<String> = ["mentionPatterns"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(mentionPatterns, forKey: .mentionPatterns)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Sub-agent settings (kept as JSON).
public struct AgentEntryConfigSubagents: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One agent's settings; unset keys inherit agents.defaults.
public struct AgentEntryConfig: Codable, Sendable, Equatable {
    /// Agent id; required in the legacy agents.list form, implied by the key in entries.
    public let id: String?
    /// Mark this agent as the default agent.
    public let `default`: Bool?
    /// Display name.
    public let name: String?
    /// Workspace directory of this agent.
    public let workspace: String?
    /// Directory for the agent's private state.
    public let agentDir: String?
    /// Model override for this agent.
    public let model: AgentModelSelection?
    public let identity: IdentityConfig?
    /// Group chat behaviour.
    public let groupChat: AgentGroupChatConfig?
    public let sandbox: AgentSandboxConfig?
    /// This agent's tool policy; its fs and exec fields override the global ones field by field.
    public let tools: ToolsConfig?
    /// Skills enabled for this agent.
    public let skills: StringList?
    public let heartbeat: HeartbeatConfig?
    /// Sub-agent settings (kept as JSON).
    public let subagents: AgentEntryConfigSubagents?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String? = nil, `default`: Bool? = nil, name: String? = nil, workspace: String? = nil, agentDir: String? = nil, model: AgentModelSelection? = nil, identity: IdentityConfig? = nil, groupChat: AgentGroupChatConfig? = nil, sandbox: AgentSandboxConfig? = nil, tools: ToolsConfig? = nil, skills: StringList? = nil, heartbeat: HeartbeatConfig? = nil, subagents: AgentEntryConfigSubagents? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.`default` = `default`
        self.name = name
        self.workspace = workspace
        self.agentDir = agentDir
        self.model = model
        self.identity = identity
        self.groupChat = groupChat
        self.sandbox = sandbox
        self.tools = tools
        self.skills = skills
        self.heartbeat = heartbeat
        self.subagents = subagents
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case `default` = "default"
        case name = "name"
        case workspace = "workspace"
        case agentDir = "agentDir"
        case model = "model"
        case identity = "identity"
        case groupChat = "groupChat"
        case sandbox = "sandbox"
        case tools = "tools"
        case skills = "skills"
        case heartbeat = "heartbeat"
        case subagents = "subagents"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decodeIfPresent(String.self, forKey: .id)
        self.`default` = try container.decodeIfPresent(Bool.self, forKey: .`default`)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.workspace = try container.decodeIfPresent(String.self, forKey: .workspace)
        self.agentDir = try container.decodeIfPresent(String.self, forKey: .agentDir)
        self.model = try container.decodeIfPresent(AgentModelSelection.self, forKey: .model)
        self.identity = try container.decodeIfPresent(IdentityConfig.self, forKey: .identity)
        self.groupChat = try container.decodeIfPresent(AgentGroupChatConfig.self, forKey: .groupChat)
        self.sandbox = try container.decodeIfPresent(AgentSandboxConfig.self, forKey: .sandbox)
        self.tools = try container.decodeIfPresent(ToolsConfig.self, forKey: .tools)
        self.skills = try container.decodeIfPresent(StringList.self, forKey: .skills)
        self.heartbeat = try container.decodeIfPresent(HeartbeatConfig.self, forKey: .heartbeat)
        self.subagents = try container.decodeIfPresent(AgentEntryConfigSubagents.self, forKey: .subagents)
        let known: Set<String> = ["id", "default", "name", "workspace", "agentDir", "model", "identity", "groupChat", "sandbox", "tools", "skills", "heartbeat", "subagents"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(`default`, forKey: .`default`)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(workspace, forKey: .workspace)
        try container.encodeIfPresent(agentDir, forKey: .agentDir)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(identity, forKey: .identity)
        try container.encodeIfPresent(groupChat, forKey: .groupChat)
        try container.encodeIfPresent(sandbox, forKey: .sandbox)
        try container.encodeIfPresent(tools, forKey: .tools)
        try container.encodeIfPresent(skills, forKey: .skills)
        try container.encodeIfPresent(heartbeat, forKey: .heartbeat)
        try container.encodeIfPresent(subagents, forKey: .subagents)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct AgentErrorPayload: Codable, Sendable, Equatable {
    public let runId: String
    public let status: AgentRunStatus
    public let summary: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(runId: String, status: AgentRunStatus, summary: String, unknownFields: [String: JSONValue] = [:]) {
        self.runId = runId
        self.status = status
        self.summary = summary
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case status = "status"
        case summary = "summary"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.status = try container.decode(AgentRunStatus.self, forKey: .status)
        self.summary = try container.decode(String.self, forKey: .summary)
        let known: Set<String> = ["runId", "status", "summary"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(status, forKey: .status)
        try container.encode(summary, forKey: .summary)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct AgentEventData: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// seq is per run (the first event of a run is 1). sessionKey, agentId and sessionId are sent by 2026.9.6 although the 2026.9.1 schema does not list them.
public struct AgentEvent: Codable, Sendable, Equatable {
    public let runId: String
    public let seq: Int64
    public let stream: String
    public let ts: Int64
    public let data: AgentEventData
    public let spawnedBy: String?
    public let isHeartbeat: Bool?
    public let sessionKey: String?
    public let agentId: String?
    public let sessionId: String?

    public init(runId: String, seq: Int64, stream: String, ts: Int64, data: AgentEventData, spawnedBy: String? = nil, isHeartbeat: Bool? = nil, sessionKey: String? = nil, agentId: String? = nil, sessionId: String? = nil) {
        self.runId = runId
        self.seq = seq
        self.stream = stream
        self.ts = ts
        self.data = data
        self.spawnedBy = spawnedBy
        self.isHeartbeat = isHeartbeat
        self.sessionKey = sessionKey
        self.agentId = agentId
        self.sessionId = sessionId
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case seq = "seq"
        case stream = "stream"
        case ts = "ts"
        case data = "data"
        case spawnedBy = "spawnedBy"
        case isHeartbeat = "isHeartbeat"
        case sessionKey = "sessionKey"
        case agentId = "agentId"
        case sessionId = "sessionId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.seq = try container.decode(Int64.self, forKey: .seq)
        self.stream = try container.decode(String.self, forKey: .stream)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        self.data = try container.decode(AgentEventData.self, forKey: .data)
        self.spawnedBy = try container.decodeIfPresent(String.self, forKey: .spawnedBy)
        self.isHeartbeat = try container.decodeIfPresent(Bool.self, forKey: .isHeartbeat)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.sessionId = try container.decodeIfPresent(String.self, forKey: .sessionId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(seq, forKey: .seq)
        try container.encode(stream, forKey: .stream)
        try container.encode(ts, forKey: .ts)
        try container.encode(data, forKey: .data)
        try container.encodeIfPresent(spawnedBy, forKey: .spawnedBy)
        try container.encodeIfPresent(isHeartbeat, forKey: .isHeartbeat)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(sessionId, forKey: .sessionId)
    }
}

public struct AgentIdentityGetParams: Codable, Sendable, Equatable {
    public let agentId: String?
    public let sessionKey: String?

    public init(agentId: String? = nil, sessionKey: String? = nil) {
        self.agentId = agentId
        self.sessionKey = sessionKey
    }

    private enum CodingKeys: String, CodingKey {
        case agentId = "agentId"
        case sessionKey = "sessionKey"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
    }
}

public enum AgentNameSource: String, Codable, Sendable, CaseIterable {
    case config = "config"
    case agent = "agent"
    case workspace = "workspace"
    case `default` = "default"
}

public enum AgentAvatarStatus: String, Codable, Sendable, CaseIterable {
    case none = "none"
    case local = "local"
    case remote = "remote"
    case data = "data"
}

public struct AgentIdentityGetResult: Codable, Sendable, Equatable {
    public let agentId: String
    public let name: String?
    public let nameSource: AgentNameSource?
    public let avatar: String?
    public let avatarSource: String?
    public let avatarStatus: AgentAvatarStatus?
    public let avatarReason: String?
    public let emoji: String?

    public init(agentId: String, name: String? = nil, nameSource: AgentNameSource? = nil, avatar: String? = nil, avatarSource: String? = nil, avatarStatus: AgentAvatarStatus? = nil, avatarReason: String? = nil, emoji: String? = nil) {
        self.agentId = agentId
        self.name = name
        self.nameSource = nameSource
        self.avatar = avatar
        self.avatarSource = avatarSource
        self.avatarStatus = avatarStatus
        self.avatarReason = avatarReason
        self.emoji = emoji
    }

    private enum CodingKeys: String, CodingKey {
        case agentId = "agentId"
        case name = "name"
        case nameSource = "nameSource"
        case avatar = "avatar"
        case avatarSource = "avatarSource"
        case avatarStatus = "avatarStatus"
        case avatarReason = "avatarReason"
        case emoji = "emoji"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.agentId = try container.decode(String.self, forKey: .agentId)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.nameSource = try container.decodeIfPresent(AgentNameSource.self, forKey: .nameSource)
        self.avatar = try container.decodeIfPresent(String.self, forKey: .avatar)
        self.avatarSource = try container.decodeIfPresent(String.self, forKey: .avatarSource)
        self.avatarStatus = try container.decodeIfPresent(AgentAvatarStatus.self, forKey: .avatarStatus)
        self.avatarReason = try container.decodeIfPresent(String.self, forKey: .avatarReason)
        self.emoji = try container.decodeIfPresent(String.self, forKey: .emoji)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agentId, forKey: .agentId)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(nameSource, forKey: .nameSource)
        try container.encodeIfPresent(avatar, forKey: .avatar)
        try container.encodeIfPresent(avatarSource, forKey: .avatarSource)
        try container.encodeIfPresent(avatarStatus, forKey: .avatarStatus)
        try container.encodeIfPresent(avatarReason, forKey: .avatarReason)
        try container.encodeIfPresent(emoji, forKey: .emoji)
    }
}

/// Primary model plus ordered fallbacks.
public struct AgentModelConfig: Codable, Sendable, Equatable {
    /// Model used first, as "provider/model" or an alias.
    public let primary: String?
    /// Models tried in order when the primary fails.
    public let fallbacks: StringList?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(primary: String? = nil, fallbacks: StringList? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.primary = primary
        self.fallbacks = fallbacks
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case primary = "primary"
        case fallbacks = "fallbacks"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.primary = try container.decodeIfPresent(String.self, forKey: .primary)
        self.fallbacks = try container.decodeIfPresent(StringList.self, forKey: .fallbacks)
        let known: Set<String> = ["primary", "fallbacks"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(primary, forKey: .primary)
        try container.encodeIfPresent(fallbacks, forKey: .fallbacks)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Provider request parameters merged into calls for this model.
public struct AgentModelEntryConfigParams: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Per-model settings under agents.defaults.models.
public struct AgentModelEntryConfig: Codable, Sendable, Equatable {
    /// Short name usable instead of "provider/model", e.g. opus.
    public let alias: String?
    /// Provider request parameters merged into calls for this model.
    public let params: AgentModelEntryConfigParams?
    /// Runtime selection for this model (kept as JSON).
    public let agentRuntime: JSONValue?
    /// Code-mode settings for this model (kept as JSON).
    public let codeMode: JSONValue?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(alias: String? = nil, params: AgentModelEntryConfigParams? = nil, agentRuntime: JSONValue? = nil, codeMode: JSONValue? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.alias = alias
        self.params = params
        self.agentRuntime = agentRuntime
        self.codeMode = codeMode
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case alias = "alias"
        case params = "params"
        case agentRuntime = "agentRuntime"
        case codeMode = "codeMode"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.alias = try container.decodeIfPresent(String.self, forKey: .alias)
        self.params = try container.decodeIfPresent(AgentModelEntryConfigParams.self, forKey: .params)
        self.agentRuntime = try container.decodeIfPresent(JSONValue.self, forKey: .agentRuntime)
        self.codeMode = try container.decodeIfPresent(JSONValue.self, forKey: .codeMode)
        let known: Set<String> = ["alias", "params", "agentRuntime", "codeMode"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(alias, forKey: .alias)
        try container.encodeIfPresent(params, forKey: .params)
        try container.encodeIfPresent(agentRuntime, forKey: .agentRuntime)
        try container.encodeIfPresent(codeMode, forKey: .codeMode)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// A "provider/model" string, or a primary model with fallbacks.
public enum AgentModelSelection: Codable, Sendable, Equatable {
    case string(String)
    case object(AgentModelConfig)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(AgentModelConfig.self) {
            self = .object(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "matches no branch of AgentModelSelection")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

public enum AgentPromptMode: String, Codable, Sendable, CaseIterable {
    case full = "full"
    case minimal = "minimal"
    case none = "none"
}

/// One agent turn (closed; the reference's internal fields are accepted and ignored).
public struct AgentParams: Codable, Sendable, Equatable {
    public let message: String
    public let idempotencyKey: String
    public let agentId: String?
    public let sessionKey: String?
    public let sessionId: String?
    public let to: String?
    public let replyTo: String?
    public let provider: String?
    public let model: String?
    public let thinking: String?
    public let deliver: Bool?
    public let bestEffortDeliver: Bool?
    public let channel: String?
    public let replyChannel: String?
    public let accountId: String?
    public let replyAccountId: String?
    public let threadId: JSONValue?
    public let groupId: String?
    /// Seconds; 0 = no limit.
    public let timeout: Int64?
    public let attachments: [JSONValue]?
    public let label: String?
    public let lane: String?
    public let cwd: String?
    public let extraSystemPrompt: String?
    public let promptMode: AgentPromptMode?
    public let modelRun: Bool?
    public let expectedExistingSessionId: String?
    public let inputProvenance: JSONValue?
    public let sessionEffects: String?
    public let suppressPromptPersistence: Bool?

    public init(message: String, idempotencyKey: String, agentId: String? = nil, sessionKey: String? = nil, sessionId: String? = nil, to: String? = nil, replyTo: String? = nil, provider: String? = nil, model: String? = nil, thinking: String? = nil, deliver: Bool? = nil, bestEffortDeliver: Bool? = nil, channel: String? = nil, replyChannel: String? = nil, accountId: String? = nil, replyAccountId: String? = nil, threadId: JSONValue? = nil, groupId: String? = nil, timeout: Int64? = nil, attachments: [JSONValue]? = nil, label: String? = nil, lane: String? = nil, cwd: String? = nil, extraSystemPrompt: String? = nil, promptMode: AgentPromptMode? = nil, modelRun: Bool? = nil, expectedExistingSessionId: String? = nil, inputProvenance: JSONValue? = nil, sessionEffects: String? = nil, suppressPromptPersistence: Bool? = nil) {
        self.message = message
        self.idempotencyKey = idempotencyKey
        self.agentId = agentId
        self.sessionKey = sessionKey
        self.sessionId = sessionId
        self.to = to
        self.replyTo = replyTo
        self.provider = provider
        self.model = model
        self.thinking = thinking
        self.deliver = deliver
        self.bestEffortDeliver = bestEffortDeliver
        self.channel = channel
        self.replyChannel = replyChannel
        self.accountId = accountId
        self.replyAccountId = replyAccountId
        self.threadId = threadId
        self.groupId = groupId
        self.timeout = timeout
        self.attachments = attachments
        self.label = label
        self.lane = lane
        self.cwd = cwd
        self.extraSystemPrompt = extraSystemPrompt
        self.promptMode = promptMode
        self.modelRun = modelRun
        self.expectedExistingSessionId = expectedExistingSessionId
        self.inputProvenance = inputProvenance
        self.sessionEffects = sessionEffects
        self.suppressPromptPersistence = suppressPromptPersistence
    }

    private enum CodingKeys: String, CodingKey {
        case message = "message"
        case idempotencyKey = "idempotencyKey"
        case agentId = "agentId"
        case sessionKey = "sessionKey"
        case sessionId = "sessionId"
        case to = "to"
        case replyTo = "replyTo"
        case provider = "provider"
        case model = "model"
        case thinking = "thinking"
        case deliver = "deliver"
        case bestEffortDeliver = "bestEffortDeliver"
        case channel = "channel"
        case replyChannel = "replyChannel"
        case accountId = "accountId"
        case replyAccountId = "replyAccountId"
        case threadId = "threadId"
        case groupId = "groupId"
        case timeout = "timeout"
        case attachments = "attachments"
        case label = "label"
        case lane = "lane"
        case cwd = "cwd"
        case extraSystemPrompt = "extraSystemPrompt"
        case promptMode = "promptMode"
        case modelRun = "modelRun"
        case expectedExistingSessionId = "expectedExistingSessionId"
        case inputProvenance = "inputProvenance"
        case sessionEffects = "sessionEffects"
        case suppressPromptPersistence = "suppressPromptPersistence"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.message = try container.decode(String.self, forKey: .message)
        self.idempotencyKey = try container.decode(String.self, forKey: .idempotencyKey)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.sessionId = try container.decodeIfPresent(String.self, forKey: .sessionId)
        self.to = try container.decodeIfPresent(String.self, forKey: .to)
        self.replyTo = try container.decodeIfPresent(String.self, forKey: .replyTo)
        self.provider = try container.decodeIfPresent(String.self, forKey: .provider)
        self.model = try container.decodeIfPresent(String.self, forKey: .model)
        self.thinking = try container.decodeIfPresent(String.self, forKey: .thinking)
        self.deliver = try container.decodeIfPresent(Bool.self, forKey: .deliver)
        self.bestEffortDeliver = try container.decodeIfPresent(Bool.self, forKey: .bestEffortDeliver)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.replyChannel = try container.decodeIfPresent(String.self, forKey: .replyChannel)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
        self.replyAccountId = try container.decodeIfPresent(String.self, forKey: .replyAccountId)
        self.threadId = try container.decodeIfPresent(JSONValue.self, forKey: .threadId)
        self.groupId = try container.decodeIfPresent(String.self, forKey: .groupId)
        self.timeout = try container.decodeIfPresent(Int64.self, forKey: .timeout)
        self.attachments = try container.decodeIfPresent([JSONValue].self, forKey: .attachments)
        self.label = try container.decodeIfPresent(String.self, forKey: .label)
        self.lane = try container.decodeIfPresent(String.self, forKey: .lane)
        self.cwd = try container.decodeIfPresent(String.self, forKey: .cwd)
        self.extraSystemPrompt = try container.decodeIfPresent(String.self, forKey: .extraSystemPrompt)
        self.promptMode = try container.decodeIfPresent(AgentPromptMode.self, forKey: .promptMode)
        self.modelRun = try container.decodeIfPresent(Bool.self, forKey: .modelRun)
        self.expectedExistingSessionId = try container.decodeIfPresent(String.self, forKey: .expectedExistingSessionId)
        self.inputProvenance = try container.decodeIfPresent(JSONValue.self, forKey: .inputProvenance)
        self.sessionEffects = try container.decodeIfPresent(String.self, forKey: .sessionEffects)
        self.suppressPromptPersistence = try container.decodeIfPresent(Bool.self, forKey: .suppressPromptPersistence)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encode(idempotencyKey, forKey: .idempotencyKey)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(sessionId, forKey: .sessionId)
        try container.encodeIfPresent(to, forKey: .to)
        try container.encodeIfPresent(replyTo, forKey: .replyTo)
        try container.encodeIfPresent(provider, forKey: .provider)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(thinking, forKey: .thinking)
        try container.encodeIfPresent(deliver, forKey: .deliver)
        try container.encodeIfPresent(bestEffortDeliver, forKey: .bestEffortDeliver)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(replyChannel, forKey: .replyChannel)
        try container.encodeIfPresent(accountId, forKey: .accountId)
        try container.encodeIfPresent(replyAccountId, forKey: .replyAccountId)
        try container.encodeIfPresent(threadId, forKey: .threadId)
        try container.encodeIfPresent(groupId, forKey: .groupId)
        try container.encodeIfPresent(timeout, forKey: .timeout)
        try container.encodeIfPresent(attachments, forKey: .attachments)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(lane, forKey: .lane)
        try container.encodeIfPresent(cwd, forKey: .cwd)
        try container.encodeIfPresent(extraSystemPrompt, forKey: .extraSystemPrompt)
        try container.encodeIfPresent(promptMode, forKey: .promptMode)
        try container.encodeIfPresent(modelRun, forKey: .modelRun)
        try container.encodeIfPresent(expectedExistingSessionId, forKey: .expectedExistingSessionId)
        try container.encodeIfPresent(inputProvenance, forKey: .inputProvenance)
        try container.encodeIfPresent(sessionEffects, forKey: .sessionEffects)
        try container.encodeIfPresent(suppressPromptPersistence, forKey: .suppressPromptPersistence)
    }
}

public struct AgentPayload: Codable, Sendable, Equatable {
    public let text: String?
    public let mediaUrl: String?
    public let mediaUrls: [String]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(text: String? = nil, mediaUrl: String? = nil, mediaUrls: [String]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.text = text
        self.mediaUrl = mediaUrl
        self.mediaUrls = mediaUrls
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case text = "text"
        case mediaUrl = "mediaUrl"
        case mediaUrls = "mediaUrls"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.text = try container.decodeIfPresent(String.self, forKey: .text)
        self.mediaUrl = try container.decodeIfPresent(String.self, forKey: .mediaUrl)
        self.mediaUrls = try container.decodeIfPresent([String].self, forKey: .mediaUrls)
        let known: Set<String> = ["text", "mediaUrl", "mediaUrls"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encodeIfPresent(mediaUrl, forKey: .mediaUrl)
        try container.encodeIfPresent(mediaUrls, forKey: .mediaUrls)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct AgentRunResult: Codable, Sendable, Equatable {
    public let payloads: [AgentPayload]
    public let meta: JSONValue?
    public let deliveryStatus: JSONValue?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(payloads: [AgentPayload], meta: JSONValue? = nil, deliveryStatus: JSONValue? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.payloads = payloads
        self.meta = meta
        self.deliveryStatus = deliveryStatus
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case payloads = "payloads"
        case meta = "meta"
        case deliveryStatus = "deliveryStatus"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.payloads = try container.decode([AgentPayload].self, forKey: .payloads)
        self.meta = try container.decodeIfPresent(JSONValue.self, forKey: .meta)
        self.deliveryStatus = try container.decodeIfPresent(JSONValue.self, forKey: .deliveryStatus)
        let known: Set<String> = ["payloads", "meta", "deliveryStatus"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(payloads, forKey: .payloads)
        try container.encodeIfPresent(meta, forKey: .meta)
        try container.encodeIfPresent(deliveryStatus, forKey: .deliveryStatus)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// The final answer of a run: summary is completed (ok), failed (error) or aborted (timeout).
public struct AgentResult: Codable, Sendable, Equatable {
    public let runId: String
    public let status: AgentRunStatus
    public let summary: String
    public let stopReason: String?
    public let timeoutPhase: String?
    public let providerStarted: Bool?
    public let result: AgentRunResult?
    public let inputProcessingCompleted: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(runId: String, status: AgentRunStatus, summary: String, stopReason: String? = nil, timeoutPhase: String? = nil, providerStarted: Bool? = nil, result: AgentRunResult? = nil, inputProcessingCompleted: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.runId = runId
        self.status = status
        self.summary = summary
        self.stopReason = stopReason
        self.timeoutPhase = timeoutPhase
        self.providerStarted = providerStarted
        self.result = result
        self.inputProcessingCompleted = inputProcessingCompleted
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case status = "status"
        case summary = "summary"
        case stopReason = "stopReason"
        case timeoutPhase = "timeoutPhase"
        case providerStarted = "providerStarted"
        case result = "result"
        case inputProcessingCompleted = "inputProcessingCompleted"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.status = try container.decode(AgentRunStatus.self, forKey: .status)
        self.summary = try container.decode(String.self, forKey: .summary)
        self.stopReason = try container.decodeIfPresent(String.self, forKey: .stopReason)
        self.timeoutPhase = try container.decodeIfPresent(String.self, forKey: .timeoutPhase)
        self.providerStarted = try container.decodeIfPresent(Bool.self, forKey: .providerStarted)
        self.result = try container.decodeIfPresent(AgentRunResult.self, forKey: .result)
        self.inputProcessingCompleted = try container.decodeIfPresent(Bool.self, forKey: .inputProcessingCompleted)
        let known: Set<String> = ["runId", "status", "summary", "stopReason", "timeoutPhase", "providerStarted", "result", "inputProcessingCompleted"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(status, forKey: .status)
        try container.encode(summary, forKey: .summary)
        try container.encodeIfPresent(stopReason, forKey: .stopReason)
        try container.encodeIfPresent(timeoutPhase, forKey: .timeoutPhase)
        try container.encodeIfPresent(providerStarted, forKey: .providerStarted)
        try container.encodeIfPresent(result, forKey: .result)
        try container.encodeIfPresent(inputProcessingCompleted, forKey: .inputProcessingCompleted)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public enum AgentRunStatus: String, Codable, Sendable, CaseIterable {
    case ok = "ok"
    case error = "error"
    case timeout = "timeout"
}

/// Which sessions run sandboxed.
public enum SandboxMode: String, Codable, Sendable, CaseIterable {
    case off = "off"
    case nonMain = "non-main"
    case all = "all"
}

/// How sandbox containers are shared.
public enum SandboxScope: String, Codable, Sendable, CaseIterable {
    case session = "session"
    case agent = "agent"
    case shared = "shared"
}

/// Workspace mount inside the sandbox.
public enum SandboxWorkspaceAccess: String, Codable, Sendable, CaseIterable {
    case none = "none"
    case ro = "ro"
    case rw = "rw"
}

/// Docker container settings (kept as JSON).
public struct AgentSandboxConfigDocker: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Tool sandboxing (out of core; typed for the common keys).
public struct AgentSandboxConfig: Codable, Sendable, Equatable {
    /// Which sessions run sandboxed.
    public let mode: SandboxMode?
    /// How sandbox containers are shared.
    public let scope: SandboxScope?
    /// Workspace mount inside the sandbox.
    public let workspaceAccess: SandboxWorkspaceAccess?
    /// Docker container settings (kept as JSON).
    public let docker: AgentSandboxConfigDocker?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(mode: SandboxMode? = nil, scope: SandboxScope? = nil, workspaceAccess: SandboxWorkspaceAccess? = nil, docker: AgentSandboxConfigDocker? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.mode = mode
        self.scope = scope
        self.workspaceAccess = workspaceAccess
        self.docker = docker
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case mode = "mode"
        case scope = "scope"
        case workspaceAccess = "workspaceAccess"
        case docker = "docker"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.mode = try container.decodeIfPresent(SandboxMode.self, forKey: .mode)
        self.scope = try container.decodeIfPresent(SandboxScope.self, forKey: .scope)
        self.workspaceAccess = try container.decodeIfPresent(SandboxWorkspaceAccess.self, forKey: .workspaceAccess)
        self.docker = try container.decodeIfPresent(AgentSandboxConfigDocker.self, forKey: .docker)
        let known: Set<String> = ["mode", "scope", "workspaceAccess", "docker"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(scope, forKey: .scope)
        try container.encodeIfPresent(workspaceAccess, forKey: .workspaceAccess)
        try container.encodeIfPresent(docker, forKey: .docker)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public enum AgentKind: String, Codable, Sendable, CaseIterable {
    case agent = "agent"
    case system = "system"
}

public struct AgentSummaryIdentity: Codable, Sendable, Equatable {
    public let name: String?
    public let theme: String?
    public let emoji: String?
    public let avatar: String?
    public let avatarUrl: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(name: String? = nil, theme: String? = nil, emoji: String? = nil, avatar: String? = nil, avatarUrl: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.name = name
        self.theme = theme
        self.emoji = emoji
        self.avatar = avatar
        self.avatarUrl = avatarUrl
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case theme = "theme"
        case emoji = "emoji"
        case avatar = "avatar"
        case avatarUrl = "avatarUrl"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.theme = try container.decodeIfPresent(String.self, forKey: .theme)
        self.emoji = try container.decodeIfPresent(String.self, forKey: .emoji)
        self.avatar = try container.decodeIfPresent(String.self, forKey: .avatar)
        self.avatarUrl = try container.decodeIfPresent(String.self, forKey: .avatarUrl)
        let known: Set<String> = ["name", "theme", "emoji", "avatar", "avatarUrl"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(theme, forKey: .theme)
        try container.encodeIfPresent(emoji, forKey: .emoji)
        try container.encodeIfPresent(avatar, forKey: .avatar)
        try container.encodeIfPresent(avatarUrl, forKey: .avatarUrl)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct AgentSummaryModel: Codable, Sendable, Equatable {
    public let primary: String?
    public let fallbacks: [String]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(primary: String? = nil, fallbacks: [String]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.primary = primary
        self.fallbacks = fallbacks
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case primary = "primary"
        case fallbacks = "fallbacks"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.primary = try container.decodeIfPresent(String.self, forKey: .primary)
        self.fallbacks = try container.decodeIfPresent([String].self, forKey: .fallbacks)
        let known: Set<String> = ["primary", "fallbacks"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(primary, forKey: .primary)
        try container.encodeIfPresent(fallbacks, forKey: .fallbacks)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct AgentSummary: Codable, Sendable, Equatable {
    public let id: String
    public let kind: AgentKind?
    public let name: String?
    public let identity: AgentSummaryIdentity?
    public let workspace: String?
    public let model: AgentSummaryModel?
    public let thinkingDefault: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String, kind: AgentKind? = nil, name: String? = nil, identity: AgentSummaryIdentity? = nil, workspace: String? = nil, model: AgentSummaryModel? = nil, thinkingDefault: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.identity = identity
        self.workspace = workspace
        self.model = model
        self.thinkingDefault = thinkingDefault
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case kind = "kind"
        case name = "name"
        case identity = "identity"
        case workspace = "workspace"
        case model = "model"
        case thinkingDefault = "thinkingDefault"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.kind = try container.decodeIfPresent(AgentKind.self, forKey: .kind)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.identity = try container.decodeIfPresent(AgentSummaryIdentity.self, forKey: .identity)
        self.workspace = try container.decodeIfPresent(String.self, forKey: .workspace)
        self.model = try container.decodeIfPresent(AgentSummaryModel.self, forKey: .model)
        self.thinkingDefault = try container.decodeIfPresent(String.self, forKey: .thinkingDefault)
        let known: Set<String> = ["id", "kind", "name", "identity", "workspace", "model", "thinkingDefault"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(kind, forKey: .kind)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(identity, forKey: .identity)
        try container.encodeIfPresent(workspace, forKey: .workspace)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(thinkingDefault, forKey: .thinkingDefault)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct AgentWaitParams: Codable, Sendable, Equatable {
    public let runId: String
    public let timeoutMs: Int64?

    public init(runId: String, timeoutMs: Int64? = nil) {
        self.runId = runId
        self.timeoutMs = timeoutMs
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case timeoutMs = "timeoutMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.timeoutMs = try container.decodeIfPresent(Int64.self, forKey: .timeoutMs)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encodeIfPresent(timeoutMs, forKey: .timeoutMs)
    }
}

public enum AgentWaitStatus: String, Codable, Sendable, CaseIterable {
    case ok = "ok"
    case error = "error"
    case timeout = "timeout"
    case pending = "pending"
}

public struct AgentWaitResult: Codable, Sendable, Equatable {
    public let runId: String
    public let status: AgentWaitStatus
    public let endedAt: Int64?
    public let stopReason: String?
    public let livenessState: String?
    public let timeoutPhase: String?
    public let providerStarted: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(runId: String, status: AgentWaitStatus, endedAt: Int64? = nil, stopReason: String? = nil, livenessState: String? = nil, timeoutPhase: String? = nil, providerStarted: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.runId = runId
        self.status = status
        self.endedAt = endedAt
        self.stopReason = stopReason
        self.livenessState = livenessState
        self.timeoutPhase = timeoutPhase
        self.providerStarted = providerStarted
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case status = "status"
        case endedAt = "endedAt"
        case stopReason = "stopReason"
        case livenessState = "livenessState"
        case timeoutPhase = "timeoutPhase"
        case providerStarted = "providerStarted"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.status = try container.decode(AgentWaitStatus.self, forKey: .status)
        self.endedAt = try container.decodeIfPresent(Int64.self, forKey: .endedAt)
        self.stopReason = try container.decodeIfPresent(String.self, forKey: .stopReason)
        self.livenessState = try container.decodeIfPresent(String.self, forKey: .livenessState)
        self.timeoutPhase = try container.decodeIfPresent(String.self, forKey: .timeoutPhase)
        self.providerStarted = try container.decodeIfPresent(Bool.self, forKey: .providerStarted)
        let known: Set<String> = ["runId", "status", "endedAt", "stopReason", "livenessState", "timeoutPhase", "providerStarted"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(endedAt, forKey: .endedAt)
        try container.encodeIfPresent(stopReason, forKey: .stopReason)
        try container.encodeIfPresent(livenessState, forKey: .livenessState)
        try container.encodeIfPresent(timeoutPhase, forKey: .timeoutPhase)
        try container.encodeIfPresent(providerStarted, forKey: .providerStarted)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Agent defaults and per-agent entries.
public struct AgentsConfig: Codable, Sendable, Equatable {
    public let defaults: AgentDefaultsConfig?
    /// Per-agent settings keyed by agent id (v4 form).
    public let entries: [String: AgentEntryConfig]?
    /// Legacy array form of entries; each item needs id and is persisted as entries.
    public let list: [AgentEntryConfig]?
    /// Agent ownership policy, e.g. explicit.
    public let ownership: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(defaults: AgentDefaultsConfig? = nil, entries: [String: AgentEntryConfig]? = nil, list: [AgentEntryConfig]? = nil, ownership: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.defaults = defaults
        self.entries = entries
        self.list = list
        self.ownership = ownership
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case defaults = "defaults"
        case entries = "entries"
        case list = "list"
        case ownership = "ownership"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.defaults = try container.decodeIfPresent(AgentDefaultsConfig.self, forKey: .defaults)
        self.entries = try container.decodeIfPresent([String: AgentEntryConfig].self, forKey: .entries)
        self.list = try container.decodeIfPresent([AgentEntryConfig].self, forKey: .list)
        self.ownership = try container.decodeIfPresent(String.self, forKey: .ownership)
        let known: Set<String> = ["defaults", "entries", "list", "ownership"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(defaults, forKey: .defaults)
        try container.encodeIfPresent(entries, forKey: .entries)
        try container.encodeIfPresent(list, forKey: .list)
        try container.encodeIfPresent(ownership, forKey: .ownership)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct AgentsListParams: Codable, Sendable, Equatable {

    public init() {
    }

    public init(from decoder: Decoder) throws {
        _ = try decoder.container(keyedBy: AnyCodingKey.self)
    }

    public func encode(to encoder: Encoder) throws {
        _ = encoder.container(keyedBy: AnyCodingKey.self)
    }
}

public enum AgentsListScope: String, Codable, Sendable, CaseIterable {
    case perSender = "per-sender"
    case global = "global"
}

public enum AgentsOwnership: String, Codable, Sendable, CaseIterable {
    case sole = "sole"
    case legacy = "legacy"
    case explicit = "explicit"
}

public struct AgentsListResult: Codable, Sendable, Equatable {
    public let defaultId: String
    public let mainKey: String
    public let scope: AgentsListScope
    public let agents: [AgentSummary]
    public let ownership: AgentsOwnership?
    public let selectionRequired: Bool?

    public init(defaultId: String, mainKey: String, scope: AgentsListScope, agents: [AgentSummary], ownership: AgentsOwnership? = nil, selectionRequired: Bool? = nil) {
        self.defaultId = defaultId
        self.mainKey = mainKey
        self.scope = scope
        self.agents = agents
        self.ownership = ownership
        self.selectionRequired = selectionRequired
    }

    private enum CodingKeys: String, CodingKey {
        case defaultId = "defaultId"
        case mainKey = "mainKey"
        case scope = "scope"
        case agents = "agents"
        case ownership = "ownership"
        case selectionRequired = "selectionRequired"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.defaultId = try container.decode(String.self, forKey: .defaultId)
        self.mainKey = try container.decode(String.self, forKey: .mainKey)
        self.scope = try container.decode(AgentsListScope.self, forKey: .scope)
        self.agents = try container.decode([AgentSummary].self, forKey: .agents)
        self.ownership = try container.decodeIfPresent(AgentsOwnership.self, forKey: .ownership)
        self.selectionRequired = try container.decodeIfPresent(Bool.self, forKey: .selectionRequired)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(defaultId, forKey: .defaultId)
        try container.encode(mainKey, forKey: .mainKey)
        try container.encode(scope, forKey: .scope)
        try container.encode(agents, forKey: .agents)
        try container.encodeIfPresent(ownership, forKey: .ownership)
        try container.encodeIfPresent(selectionRequired, forKey: .selectionRequired)
    }
}

/// Model provider credential profiles (out of core).
public struct AuthConfig: Codable, Sendable, Equatable {
    /// Credential profiles keyed by profile id, e.g. anthropic:api.
    public let profiles: [String: AuthProfileConfig]?
    /// Profile ids tried per provider, in order.
    public let order: [String: StringList]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(profiles: [String: AuthProfileConfig]? = nil, order: [String: StringList]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.profiles = profiles
        self.order = order
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case profiles = "profiles"
        case order = "order"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.profiles = try container.decodeIfPresent([String: AuthProfileConfig].self, forKey: .profiles)
        self.order = try container.decodeIfPresent([String: StringList].self, forKey: .order)
        let known: Set<String> = ["profiles", "order"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(profiles, forKey: .profiles)
        try container.encodeIfPresent(order, forKey: .order)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public enum AuthFailureCode: String, Codable, Sendable, CaseIterable {
    case authTokenMissing = "AUTH_TOKEN_MISSING"
    case authTokenMismatch = "AUTH_TOKEN_MISMATCH"
    case authTokenNotConfigured = "AUTH_TOKEN_NOT_CONFIGURED"
    case authPasswordMissing = "AUTH_PASSWORD_MISSING"
    case authPasswordMismatch = "AUTH_PASSWORD_MISMATCH"
    case authPasswordNotConfigured = "AUTH_PASSWORD_NOT_CONFIGURED"
    case authRateLimited = "AUTH_RATE_LIMITED"
    case authDeviceTokenMismatch = "AUTH_DEVICE_TOKEN_MISMATCH"
    case authScopeMismatch = "AUTH_SCOPE_MISMATCH"
    case authUnauthorized = "AUTH_UNAUTHORIZED"
    case authRequired = "AUTH_REQUIRED"
}

/// Details of a connect-time shared-secret or device-token authentication failure.
public struct AuthFailureDetails: Codable, Sendable, Equatable {
    public let code: AuthFailureCode
    /// Machine reason, e.g. token_missing, token_mismatch, token_missing_config, password_missing, password_mismatch, password_missing_config, rate_limited, device_token_mismatch, scope_mismatch.
    public let authReason: String?
    /// True when retrying with a device token could succeed.
    public let canRetryWithDeviceToken: Bool
    /// Hint for the client, e.g. update_auth_configuration, update_auth_credentials, retry_with_device_token, wait_then_retry, review_auth_configuration.
    public let recommendedNextStep: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(code: AuthFailureCode, authReason: String? = nil, canRetryWithDeviceToken: Bool, recommendedNextStep: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.code = code
        self.authReason = authReason
        self.canRetryWithDeviceToken = canRetryWithDeviceToken
        self.recommendedNextStep = recommendedNextStep
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case authReason = "authReason"
        case canRetryWithDeviceToken = "canRetryWithDeviceToken"
        case recommendedNextStep = "recommendedNextStep"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(AuthFailureCode.self, forKey: .code)
        self.authReason = try container.decodeIfPresent(String.self, forKey: .authReason)
        self.canRetryWithDeviceToken = try container.decode(Bool.self, forKey: .canRetryWithDeviceToken)
        self.recommendedNextStep = try container.decodeIfPresent(String.self, forKey: .recommendedNextStep)
        let known: Set<String> = ["code", "authReason", "canRetryWithDeviceToken", "recommendedNextStep"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encodeIfPresent(authReason, forKey: .authReason)
        try container.encode(canRetryWithDeviceToken, forKey: .canRetryWithDeviceToken)
        try container.encodeIfPresent(recommendedNextStep, forKey: .recommendedNextStep)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One provider credential profile; secrets live in the state store.
public struct AuthProfileConfig: Codable, Sendable, Equatable {
    /// Provider id.
    public let provider: String?
    /// Credential kind, e.g. api_key, oauth, token.
    public let mode: String?
    /// Account e-mail for OAuth profiles.
    public let email: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(provider: String? = nil, mode: String? = nil, email: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.provider = provider
        self.mode = mode
        self.email = email
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case provider = "provider"
        case mode = "mode"
        case email = "email"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.provider = try container.decodeIfPresent(String.self, forKey: .provider)
        self.mode = try container.decodeIfPresent(String.self, forKey: .mode)
        self.email = try container.decodeIfPresent(String.self, forKey: .email)
        let known: Set<String> = ["provider", "mode", "email"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(provider, forKey: .provider)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(email, forKey: .email)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Specific conversation.
public struct BindingPeer: Codable, Sendable, Equatable {
    /// Peer kind, e.g. direct, group or channel.
    public let kind: String?
    /// Peer id on the channel.
    public let id: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(kind: String? = nil, id: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.kind = kind
        self.id = id
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case id = "id"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.kind = try container.decodeIfPresent(String.self, forKey: .kind)
        self.id = try container.decodeIfPresent(String.self, forKey: .id)
        let known: Set<String> = ["kind", "id"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(kind, forKey: .kind)
        try container.encodeIfPresent(id, forKey: .id)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Traffic selector.
public struct BindingMatch: Codable, Sendable, Equatable {
    /// Channel id, e.g. telegram.
    public let channel: String
    /// Channel account id ("*" for any).
    public let accountId: String?
    /// Specific conversation.
    public let peer: BindingPeer?
    /// Discord guild id.
    public let guildId: String?
    /// Slack/Teams team id.
    public let teamId: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(channel: String, accountId: String? = nil, peer: BindingPeer? = nil, guildId: String? = nil, teamId: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.channel = channel
        self.accountId = accountId
        self.peer = peer
        self.guildId = guildId
        self.teamId = teamId
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case accountId = "accountId"
        case peer = "peer"
        case guildId = "guildId"
        case teamId = "teamId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decode(String.self, forKey: .channel)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
        self.peer = try container.decodeIfPresent(BindingPeer.self, forKey: .peer)
        self.guildId = try container.decodeIfPresent(String.self, forKey: .guildId)
        self.teamId = try container.decodeIfPresent(String.self, forKey: .teamId)
        let known: Set<String> = ["channel", "accountId", "peer", "guildId", "teamId"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(channel, forKey: .channel)
        try container.encodeIfPresent(accountId, forKey: .accountId)
        try container.encodeIfPresent(peer, forKey: .peer)
        try container.encodeIfPresent(guildId, forKey: .guildId)
        try container.encodeIfPresent(teamId, forKey: .teamId)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Session keying overrides for matching traffic.
public struct BindingSessionConfig: Codable, Sendable, Equatable {
    public let dmScope: DmScope?
    public let groupScope: GroupScope?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(dmScope: DmScope? = nil, groupScope: GroupScope? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.dmScope = dmScope
        self.groupScope = groupScope
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case dmScope = "dmScope"
        case groupScope = "groupScope"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.dmScope = try container.decodeIfPresent(DmScope.self, forKey: .dmScope)
        self.groupScope = try container.decodeIfPresent(GroupScope.self, forKey: .groupScope)
        let known: Set<String> = ["dmScope", "groupScope"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(dmScope, forKey: .dmScope)
        try container.encodeIfPresent(groupScope, forKey: .groupScope)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Routes matching inbound traffic to an agent.
public struct BindingConfig: Codable, Sendable, Equatable {
    /// Agent that receives matching traffic.
    public let agentId: String
    /// Traffic selector.
    public let match: BindingMatch
    /// Session keying overrides for matching traffic.
    public let session: BindingSessionConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(agentId: String, match: BindingMatch, session: BindingSessionConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.agentId = agentId
        self.match = match
        self.session = session
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case agentId = "agentId"
        case match = "match"
        case session = "session"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.agentId = try container.decode(String.self, forKey: .agentId)
        self.match = try container.decode(BindingMatch.self, forKey: .match)
        self.session = try container.decodeIfPresent(BindingSessionConfig.self, forKey: .session)
        let known: Set<String> = ["agentId", "match", "session"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agentId, forKey: .agentId)
        try container.encode(match, forKey: .match)
        try container.encodeIfPresent(session, forKey: .session)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Byte count as an integer or a size string like "10gb".
public enum ByteSize: Codable, Sendable, Equatable {
    case number(Int64)
    case string(String)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int64.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "matches no branch of ByteSize")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }
}

/// Legacy separate canvas listener; v4 serves canvas on the gateway port.
public struct CanvasHostConfig: Codable, Sendable, Equatable {
    /// Start the legacy canvas listener.
    public let enabled: Bool?
    /// Port of the legacy canvas listener.
    public let port: Int64?
    /// Directory served as the canvas root.
    public let root: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, port: Int64? = nil, root: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.port = port
        self.root = root
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case port = "port"
        case root = "root"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.port = try container.decodeIfPresent(Int64.self, forKey: .port)
        self.root = try container.decodeIfPresent(String.self, forKey: .root)
        let known: Set<String> = ["enabled", "port", "root"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(port, forKey: .port)
        try container.encodeIfPresent(root, forKey: .root)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One account of a channel; unset keys inherit the channel block.
public struct ChannelAccountConfig: Codable, Sendable, Equatable {
    /// Display name of the account.
    public let name: String?
    /// Start this account.
    public let enabled: Bool?
    public let dmPolicy: DmPolicy?
    /// Senders allowed to DM.
    public let allowFrom: StringList?
    public let groupPolicy: GroupPolicy?
    /// Senders allowed in groups.
    public let groupAllowFrom: StringList?
    /// Per-group settings keyed by group id or "*".
    public let groups: [String: ChannelGroupConfig]?
    public let healthMonitor: ChannelHealthMonitorConfig?
    /// Bot token (Telegram, Slack).
    public let botToken: SecretInput?
    /// Bot token (Discord).
    public let token: SecretInput?
    /// App-level token (Slack Socket Mode).
    public let appToken: SecretInput?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(name: String? = nil, enabled: Bool? = nil, dmPolicy: DmPolicy? = nil, allowFrom: StringList? = nil, groupPolicy: GroupPolicy? = nil, groupAllowFrom: StringList? = nil, groups: [String: ChannelGroupConfig]? = nil, healthMonitor: ChannelHealthMonitorConfig? = nil, botToken: SecretInput? = nil, token: SecretInput? = nil, appToken: SecretInput? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.name = name
        self.enabled = enabled
        self.dmPolicy = dmPolicy
        self.allowFrom = allowFrom
        self.groupPolicy = groupPolicy
        self.groupAllowFrom = groupAllowFrom
        self.groups = groups
        self.healthMonitor = healthMonitor
        self.botToken = botToken
        self.token = token
        self.appToken = appToken
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case enabled = "enabled"
        case dmPolicy = "dmPolicy"
        case allowFrom = "allowFrom"
        case groupPolicy = "groupPolicy"
        case groupAllowFrom = "groupAllowFrom"
        case groups = "groups"
        case healthMonitor = "healthMonitor"
        case botToken = "botToken"
        case token = "token"
        case appToken = "appToken"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.dmPolicy = try container.decodeIfPresent(DmPolicy.self, forKey: .dmPolicy)
        self.allowFrom = try container.decodeIfPresent(StringList.self, forKey: .allowFrom)
        self.groupPolicy = try container.decodeIfPresent(GroupPolicy.self, forKey: .groupPolicy)
        self.groupAllowFrom = try container.decodeIfPresent(StringList.self, forKey: .groupAllowFrom)
        self.groups = try container.decodeIfPresent([String: ChannelGroupConfig].self, forKey: .groups)
        self.healthMonitor = try container.decodeIfPresent(ChannelHealthMonitorConfig.self, forKey: .healthMonitor)
        self.botToken = try container.decodeIfPresent(SecretInput.self, forKey: .botToken)
        self.token = try container.decodeIfPresent(SecretInput.self, forKey: .token)
        self.appToken = try container.decodeIfPresent(SecretInput.self, forKey: .appToken)
        let known: Set<String> = ["name", "enabled", "dmPolicy", "allowFrom", "groupPolicy", "groupAllowFrom", "groups", "healthMonitor", "botToken", "token", "appToken"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(dmPolicy, forKey: .dmPolicy)
        try container.encodeIfPresent(allowFrom, forKey: .allowFrom)
        try container.encodeIfPresent(groupPolicy, forKey: .groupPolicy)
        try container.encodeIfPresent(groupAllowFrom, forKey: .groupAllowFrom)
        try container.encodeIfPresent(groups, forKey: .groups)
        try container.encodeIfPresent(healthMonitor, forKey: .healthMonitor)
        try container.encodeIfPresent(botToken, forKey: .botToken)
        try container.encodeIfPresent(token, forKey: .token)
        try container.encodeIfPresent(appToken, forKey: .appToken)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One channel account; an omitted accountId is the channel's default account.
public struct ChannelAccountParams: Codable, Sendable, Equatable {
    /// Channel id.
    public let channel: String
    /// Account id.
    public let accountId: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(channel: String, accountId: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.channel = channel
        self.accountId = accountId
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case accountId = "accountId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decode(String.self, forKey: .channel)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
        let known: Set<String> = ["channel", "accountId"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(channel, forKey: .channel)
        try container.encodeIfPresent(accountId, forKey: .accountId)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Settings of one messaging channel (plugin-specific keys kept as JSON).
public struct ChannelConfig: Codable, Sendable, Equatable {
    /// Start this channel.
    public let enabled: Bool?
    /// Direct-message access policy; open requires allowFrom ["*"].
    public let dmPolicy: DmPolicy?
    /// Senders allowed to DM (E.164, tg:<id>, user ids, "*").
    public let allowFrom: StringList?
    /// Group access policy.
    public let groupPolicy: GroupPolicy?
    /// Senders allowed in groups.
    public let groupAllowFrom: StringList?
    /// Per-group settings keyed by group id or "*".
    public let groups: [String: ChannelGroupConfig]?
    /// Per-account overrides keyed by account id.
    public let accounts: [String: ChannelAccountConfig]?
    public let healthMonitor: ChannelHealthMonitorConfig?
    /// Bot token (Telegram, Slack).
    public let botToken: SecretInput?
    /// Bot token (Discord).
    public let token: SecretInput?
    /// App-level token (Slack Socket Mode).
    public let appToken: SecretInput?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, dmPolicy: DmPolicy? = nil, allowFrom: StringList? = nil, groupPolicy: GroupPolicy? = nil, groupAllowFrom: StringList? = nil, groups: [String: ChannelGroupConfig]? = nil, accounts: [String: ChannelAccountConfig]? = nil, healthMonitor: ChannelHealthMonitorConfig? = nil, botToken: SecretInput? = nil, token: SecretInput? = nil, appToken: SecretInput? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.dmPolicy = dmPolicy
        self.allowFrom = allowFrom
        self.groupPolicy = groupPolicy
        self.groupAllowFrom = groupAllowFrom
        self.groups = groups
        self.accounts = accounts
        self.healthMonitor = healthMonitor
        self.botToken = botToken
        self.token = token
        self.appToken = appToken
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case dmPolicy = "dmPolicy"
        case allowFrom = "allowFrom"
        case groupPolicy = "groupPolicy"
        case groupAllowFrom = "groupAllowFrom"
        case groups = "groups"
        case accounts = "accounts"
        case healthMonitor = "healthMonitor"
        case botToken = "botToken"
        case token = "token"
        case appToken = "appToken"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.dmPolicy = try container.decodeIfPresent(DmPolicy.self, forKey: .dmPolicy)
        self.allowFrom = try container.decodeIfPresent(StringList.self, forKey: .allowFrom)
        self.groupPolicy = try container.decodeIfPresent(GroupPolicy.self, forKey: .groupPolicy)
        self.groupAllowFrom = try container.decodeIfPresent(StringList.self, forKey: .groupAllowFrom)
        self.groups = try container.decodeIfPresent([String: ChannelGroupConfig].self, forKey: .groups)
        self.accounts = try container.decodeIfPresent([String: ChannelAccountConfig].self, forKey: .accounts)
        self.healthMonitor = try container.decodeIfPresent(ChannelHealthMonitorConfig.self, forKey: .healthMonitor)
        self.botToken = try container.decodeIfPresent(SecretInput.self, forKey: .botToken)
        self.token = try container.decodeIfPresent(SecretInput.self, forKey: .token)
        self.appToken = try container.decodeIfPresent(SecretInput.self, forKey: .appToken)
        let known: Set<String> = ["enabled", "dmPolicy", "allowFrom", "groupPolicy", "groupAllowFrom", "groups", "accounts", "healthMonitor", "botToken", "token", "appToken"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(dmPolicy, forKey: .dmPolicy)
        try container.encodeIfPresent(allowFrom, forKey: .allowFrom)
        try container.encodeIfPresent(groupPolicy, forKey: .groupPolicy)
        try container.encodeIfPresent(groupAllowFrom, forKey: .groupAllowFrom)
        try container.encodeIfPresent(groups, forKey: .groups)
        try container.encodeIfPresent(accounts, forKey: .accounts)
        try container.encodeIfPresent(healthMonitor, forKey: .healthMonitor)
        try container.encodeIfPresent(botToken, forKey: .botToken)
        try container.encodeIfPresent(token, forKey: .token)
        try container.encodeIfPresent(appToken, forKey: .appToken)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// How heartbeat results show in chats.
public struct HeartbeatVisibilityConfig: Codable, Sendable, Equatable {
    /// Show heartbeat turns that found nothing to report.
    public let showOk: Bool?
    /// Show heartbeat alerts.
    public let showAlerts: Bool?
    /// Show a status indicator instead of a message.
    public let useIndicator: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(showOk: Bool? = nil, showAlerts: Bool? = nil, useIndicator: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.showOk = showOk
        self.showAlerts = showAlerts
        self.useIndicator = useIndicator
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case showOk = "showOk"
        case showAlerts = "showAlerts"
        case useIndicator = "useIndicator"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.showOk = try container.decodeIfPresent(Bool.self, forKey: .showOk)
        self.showAlerts = try container.decodeIfPresent(Bool.self, forKey: .showAlerts)
        self.useIndicator = try container.decodeIfPresent(Bool.self, forKey: .useIndicator)
        let known: Set<String> = ["showOk", "showAlerts", "useIndicator"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(showOk, forKey: .showOk)
        try container.encodeIfPresent(showAlerts, forKey: .showAlerts)
        try container.encodeIfPresent(useIndicator, forKey: .useIndicator)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Defaults applied to every channel.
public struct ChannelDefaultsConfig: Codable, Sendable, Equatable {
    public let groupPolicy: GroupPolicy?
    /// Which surrounding messages the agent sees.
    public let contextVisibility: String?
    /// Implicit mention handling (kept as JSON).
    public let implicitMentions: JSONValue?
    /// How heartbeat results show in chats.
    public let heartbeatVisibility: HeartbeatVisibilityConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(groupPolicy: GroupPolicy? = nil, contextVisibility: String? = nil, implicitMentions: JSONValue? = nil, heartbeatVisibility: HeartbeatVisibilityConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.groupPolicy = groupPolicy
        self.contextVisibility = contextVisibility
        self.implicitMentions = implicitMentions
        self.heartbeatVisibility = heartbeatVisibility
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case groupPolicy = "groupPolicy"
        case contextVisibility = "contextVisibility"
        case implicitMentions = "implicitMentions"
        case heartbeatVisibility = "heartbeatVisibility"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.groupPolicy = try container.decodeIfPresent(GroupPolicy.self, forKey: .groupPolicy)
        self.contextVisibility = try container.decodeIfPresent(String.self, forKey: .contextVisibility)
        self.implicitMentions = try container.decodeIfPresent(JSONValue.self, forKey: .implicitMentions)
        self.heartbeatVisibility = try container.decodeIfPresent(HeartbeatVisibilityConfig.self, forKey: .heartbeatVisibility)
        let known: Set<String> = ["groupPolicy", "contextVisibility", "implicitMentions", "heartbeatVisibility"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(groupPolicy, forKey: .groupPolicy)
        try container.encodeIfPresent(contextVisibility, forKey: .contextVisibility)
        try container.encodeIfPresent(implicitMentions, forKey: .implicitMentions)
        try container.encodeIfPresent(heartbeatVisibility, forKey: .heartbeatVisibility)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Settings for one group or all groups ("*").
public struct ChannelGroupConfig: Codable, Sendable, Equatable {
    /// Answer only when the bot is mentioned.
    public let requireMention: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(requireMention: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.requireMention = requireMention
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case requireMention = "requireMention"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.requireMention = try container.decodeIfPresent(Bool.self, forKey: .requireMention)
        let known: Set<String> = ["requireMention"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(requireMention, forKey: .requireMention)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Channel connection health monitoring.
public struct ChannelHealthMonitorConfig: Codable, Sendable, Equatable {
    /// Monitor and restart unhealthy connections.
    public let enabled: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        let known: Set<String> = ["enabled"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Messaging channel settings keyed by channel id; other channels are kept as JSON.
public struct ChannelsConfig: Codable, Sendable, Equatable {
    public let defaults: ChannelDefaultsConfig?
    /// Model per channel and peer/group id, as "provider/model".
    public let modelByChannel: [String: [String: String]]?
    public let whatsapp: ChannelConfig?
    public let telegram: ChannelConfig?
    public let discord: ChannelConfig?
    public let slack: ChannelConfig?
    public let signal: ChannelConfig?
    public let imessage: ChannelConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(defaults: ChannelDefaultsConfig? = nil, modelByChannel: [String: [String: String]]? = nil, whatsapp: ChannelConfig? = nil, telegram: ChannelConfig? = nil, discord: ChannelConfig? = nil, slack: ChannelConfig? = nil, signal: ChannelConfig? = nil, imessage: ChannelConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.defaults = defaults
        self.modelByChannel = modelByChannel
        self.whatsapp = whatsapp
        self.telegram = telegram
        self.discord = discord
        self.slack = slack
        self.signal = signal
        self.imessage = imessage
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case defaults = "defaults"
        case modelByChannel = "modelByChannel"
        case whatsapp = "whatsapp"
        case telegram = "telegram"
        case discord = "discord"
        case slack = "slack"
        case signal = "signal"
        case imessage = "imessage"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.defaults = try container.decodeIfPresent(ChannelDefaultsConfig.self, forKey: .defaults)
        self.modelByChannel = try container.decodeIfPresent([String: [String: String]].self, forKey: .modelByChannel)
        self.whatsapp = try container.decodeIfPresent(ChannelConfig.self, forKey: .whatsapp)
        self.telegram = try container.decodeIfPresent(ChannelConfig.self, forKey: .telegram)
        self.discord = try container.decodeIfPresent(ChannelConfig.self, forKey: .discord)
        self.slack = try container.decodeIfPresent(ChannelConfig.self, forKey: .slack)
        self.signal = try container.decodeIfPresent(ChannelConfig.self, forKey: .signal)
        self.imessage = try container.decodeIfPresent(ChannelConfig.self, forKey: .imessage)
        let known: Set<String> = ["defaults", "modelByChannel", "whatsapp", "telegram", "discord", "slack", "signal", "imessage"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(defaults, forKey: .defaults)
        try container.encodeIfPresent(modelByChannel, forKey: .modelByChannel)
        try container.encodeIfPresent(whatsapp, forKey: .whatsapp)
        try container.encodeIfPresent(telegram, forKey: .telegram)
        try container.encodeIfPresent(discord, forKey: .discord)
        try container.encodeIfPresent(slack, forKey: .slack)
        try container.encodeIfPresent(signal, forKey: .signal)
        try container.encodeIfPresent(imessage, forKey: .imessage)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ChannelsLogoutResult: Codable, Sendable, Equatable {
    /// Channel id.
    public let channel: String
    /// Account id.
    public let accountId: String
    /// Whether stored credentials were removed.
    public let cleared: Bool
    /// Whether the account is stopped now.
    public let loggedOut: Bool

    public init(channel: String, accountId: String, cleared: Bool, loggedOut: Bool) {
        self.channel = channel
        self.accountId = accountId
        self.cleared = cleared
        self.loggedOut = loggedOut
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case accountId = "accountId"
        case cleared = "cleared"
        case loggedOut = "loggedOut"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decode(String.self, forKey: .channel)
        self.accountId = try container.decode(String.self, forKey: .accountId)
        self.cleared = try container.decode(Bool.self, forKey: .cleared)
        self.loggedOut = try container.decode(Bool.self, forKey: .loggedOut)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(channel, forKey: .channel)
        try container.encode(accountId, forKey: .accountId)
        try container.encode(cleared, forKey: .cleared)
        try container.encode(loggedOut, forKey: .loggedOut)
    }
}

public struct ChannelsPairingApproveParams: Codable, Sendable, Equatable {
    /// Channel id.
    public let channel: String
    /// Account id.
    public let accountId: String
    /// The request's id from channels.pairing.list.
    public let requestId: String
    /// Send the channel's approval notice to the sender.
    public let notify: Bool?
    /// Also make the sender the command owner when none exists (needs operator.admin).
    public let bootstrapCommandOwner: Bool?

    public init(channel: String, accountId: String, requestId: String, notify: Bool? = nil, bootstrapCommandOwner: Bool? = nil) {
        self.channel = channel
        self.accountId = accountId
        self.requestId = requestId
        self.notify = notify
        self.bootstrapCommandOwner = bootstrapCommandOwner
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case accountId = "accountId"
        case requestId = "requestId"
        case notify = "notify"
        case bootstrapCommandOwner = "bootstrapCommandOwner"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decode(String.self, forKey: .channel)
        self.accountId = try container.decode(String.self, forKey: .accountId)
        self.requestId = try container.decode(String.self, forKey: .requestId)
        self.notify = try container.decodeIfPresent(Bool.self, forKey: .notify)
        self.bootstrapCommandOwner = try container.decodeIfPresent(Bool.self, forKey: .bootstrapCommandOwner)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(channel, forKey: .channel)
        try container.encode(accountId, forKey: .accountId)
        try container.encode(requestId, forKey: .requestId)
        try container.encodeIfPresent(notify, forKey: .notify)
        try container.encodeIfPresent(bootstrapCommandOwner, forKey: .bootstrapCommandOwner)
    }
}

/// Whether the sender was told.
public enum ChannelsPairingApproveResultNotification: String, Codable, Sendable, CaseIterable {
    case notRequested = "not-requested"
    case sent = "sent"
    case unsupported = "unsupported"
    case failed = "failed"
}

/// What happened to commands.ownerAllowFrom.
public enum ChannelsPairingApproveResultCommandOwnerBootstrap: String, Codable, Sendable, CaseIterable {
    case notRequested = "not-requested"
    case configured = "configured"
    case alreadyConfigured = "already-configured"
    case unavailable = "unavailable"
}

public struct ChannelsPairingApproveResult: Codable, Sendable, Equatable {
    /// The request approved.
    public let requestId: String
    /// The sender now allowed.
    public let senderId: String
    /// Whether the sender was told.
    public let notification: ChannelsPairingApproveResultNotification
    /// What happened to commands.ownerAllowFrom.
    public let commandOwnerBootstrap: ChannelsPairingApproveResultCommandOwnerBootstrap

    public init(requestId: String, senderId: String, notification: ChannelsPairingApproveResultNotification, commandOwnerBootstrap: ChannelsPairingApproveResultCommandOwnerBootstrap) {
        self.requestId = requestId
        self.senderId = senderId
        self.notification = notification
        self.commandOwnerBootstrap = commandOwnerBootstrap
    }

    private enum CodingKeys: String, CodingKey {
        case requestId = "requestId"
        case senderId = "senderId"
        case notification = "notification"
        case commandOwnerBootstrap = "commandOwnerBootstrap"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.requestId = try container.decode(String.self, forKey: .requestId)
        self.senderId = try container.decode(String.self, forKey: .senderId)
        self.notification = try container.decode(ChannelsPairingApproveResultNotification.self, forKey: .notification)
        self.commandOwnerBootstrap = try container.decode(ChannelsPairingApproveResultCommandOwnerBootstrap.self, forKey: .commandOwnerBootstrap)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(requestId, forKey: .requestId)
        try container.encode(senderId, forKey: .senderId)
        try container.encode(notification, forKey: .notification)
        try container.encode(commandOwnerBootstrap, forKey: .commandOwnerBootstrap)
    }
}

public struct ChannelsPairingDismissParams: Codable, Sendable, Equatable {
    /// Channel id.
    public let channel: String
    /// Account id.
    public let accountId: String
    /// The request's id from channels.pairing.list.
    public let requestId: String

    public init(channel: String, accountId: String, requestId: String) {
        self.channel = channel
        self.accountId = accountId
        self.requestId = requestId
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case accountId = "accountId"
        case requestId = "requestId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decode(String.self, forKey: .channel)
        self.accountId = try container.decode(String.self, forKey: .accountId)
        self.requestId = try container.decode(String.self, forKey: .requestId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(channel, forKey: .channel)
        try container.encode(accountId, forKey: .accountId)
        try container.encode(requestId, forKey: .requestId)
    }
}

public struct ChannelsPairingDismissResult: Codable, Sendable, Equatable {
    /// The request dismissed.
    public let requestId: String
    /// Its sender.
    public let senderId: String

    public init(requestId: String, senderId: String) {
        self.requestId = requestId
        self.senderId = senderId
    }

    private enum CodingKeys: String, CodingKey {
        case requestId = "requestId"
        case senderId = "senderId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.requestId = try container.decode(String.self, forKey: .requestId)
        self.senderId = try container.decode(String.self, forKey: .senderId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(requestId, forKey: .requestId)
        try container.encode(senderId, forKey: .senderId)
    }
}

public struct ChannelsPairingListParams: Codable, Sendable, Equatable {
    /// Only this channel (case-insensitive).
    public let channel: String?
    /// Only this account (case-insensitive).
    public let accountId: String?

    public init(channel: String? = nil, accountId: String? = nil) {
        self.channel = channel
        self.accountId = accountId
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case accountId = "accountId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(accountId, forKey: .accountId)
    }
}

public struct PairingAccount: Codable, Sendable, Equatable {
    /// Channel id.
    public let channel: String
    /// Channel label.
    public let channelLabel: String
    /// Account id.
    public let accountId: String
    /// Account label.
    public let accountLabel: String?
    /// Whether approve can notify the sender.
    public let notifySupported: Bool

    public init(channel: String, channelLabel: String, accountId: String, accountLabel: String? = nil, notifySupported: Bool) {
        self.channel = channel
        self.channelLabel = channelLabel
        self.accountId = accountId
        self.accountLabel = accountLabel
        self.notifySupported = notifySupported
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case channelLabel = "channelLabel"
        case accountId = "accountId"
        case accountLabel = "accountLabel"
        case notifySupported = "notifySupported"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decode(String.self, forKey: .channel)
        self.channelLabel = try container.decode(String.self, forKey: .channelLabel)
        self.accountId = try container.decode(String.self, forKey: .accountId)
        self.accountLabel = try container.decodeIfPresent(String.self, forKey: .accountLabel)
        self.notifySupported = try container.decode(Bool.self, forKey: .notifySupported)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(channel, forKey: .channel)
        try container.encode(channelLabel, forKey: .channelLabel)
        try container.encode(accountId, forKey: .accountId)
        try container.encodeIfPresent(accountLabel, forKey: .accountLabel)
        try container.encode(notifySupported, forKey: .notifySupported)
    }
}

public struct PairingRequestEntry: Codable, Sendable, Equatable {
    /// Opaque id; never reveals the code.
    public let requestId: String
    /// Channel id.
    public let channel: String
    /// Channel label.
    public let channelLabel: String
    /// Account id.
    public let accountId: String
    /// Account label.
    public let accountLabel: String?
    /// The sender's id on the channel.
    public let senderId: String
    /// What senderId is, e.g. telegramUserId.
    public let senderLabel: String
    /// What the channel knows of the sender (Telegram: username, firstName, lastName).
    public let metadata: [String: JSONValue]?
    /// ISO time the request was created.
    public let createdAt: String
    /// ISO time of the sender's last message.
    public let lastSeenAt: String
    /// ISO time the request expires.
    public let expiresAt: String
    /// Whether approve can notify the sender.
    public let notifySupported: Bool

    public init(requestId: String, channel: String, channelLabel: String, accountId: String, accountLabel: String? = nil, senderId: String, senderLabel: String, metadata: [String: JSONValue]? = nil, createdAt: String, lastSeenAt: String, expiresAt: String, notifySupported: Bool) {
        self.requestId = requestId
        self.channel = channel
        self.channelLabel = channelLabel
        self.accountId = accountId
        self.accountLabel = accountLabel
        self.senderId = senderId
        self.senderLabel = senderLabel
        self.metadata = metadata
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
        self.notifySupported = notifySupported
    }

    private enum CodingKeys: String, CodingKey {
        case requestId = "requestId"
        case channel = "channel"
        case channelLabel = "channelLabel"
        case accountId = "accountId"
        case accountLabel = "accountLabel"
        case senderId = "senderId"
        case senderLabel = "senderLabel"
        case metadata = "metadata"
        case createdAt = "createdAt"
        case lastSeenAt = "lastSeenAt"
        case expiresAt = "expiresAt"
        case notifySupported = "notifySupported"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.requestId = try container.decode(String.self, forKey: .requestId)
        self.channel = try container.decode(String.self, forKey: .channel)
        self.channelLabel = try container.decode(String.self, forKey: .channelLabel)
        self.accountId = try container.decode(String.self, forKey: .accountId)
        self.accountLabel = try container.decodeIfPresent(String.self, forKey: .accountLabel)
        self.senderId = try container.decode(String.self, forKey: .senderId)
        self.senderLabel = try container.decode(String.self, forKey: .senderLabel)
        self.metadata = try container.decodeIfPresent([String: JSONValue].self, forKey: .metadata)
        self.createdAt = try container.decode(String.self, forKey: .createdAt)
        self.lastSeenAt = try container.decode(String.self, forKey: .lastSeenAt)
        self.expiresAt = try container.decode(String.self, forKey: .expiresAt)
        self.notifySupported = try container.decode(Bool.self, forKey: .notifySupported)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(requestId, forKey: .requestId)
        try container.encode(channel, forKey: .channel)
        try container.encode(channelLabel, forKey: .channelLabel)
        try container.encode(accountId, forKey: .accountId)
        try container.encodeIfPresent(accountLabel, forKey: .accountLabel)
        try container.encode(senderId, forKey: .senderId)
        try container.encode(senderLabel, forKey: .senderLabel)
        try container.encodeIfPresent(metadata, forKey: .metadata)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(lastSeenAt, forKey: .lastSeenAt)
        try container.encode(expiresAt, forKey: .expiresAt)
        try container.encode(notifySupported, forKey: .notifySupported)
    }
}

public struct ChannelsPairingListResultLimits: Codable, Sendable, Equatable {
    /// Pending requests per account at most.
    public let pendingPerAccount: Int64
    /// How long a request lives.
    public let ttlMs: Int64

    public init(pendingPerAccount: Int64, ttlMs: Int64) {
        self.pendingPerAccount = pendingPerAccount
        self.ttlMs = ttlMs
    }

    private enum CodingKeys: String, CodingKey {
        case pendingPerAccount = "pendingPerAccount"
        case ttlMs = "ttlMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.pendingPerAccount = try container.decode(Int64.self, forKey: .pendingPerAccount)
        self.ttlMs = try container.decode(Int64.self, forKey: .ttlMs)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pendingPerAccount, forKey: .pendingPerAccount)
        try container.encode(ttlMs, forKey: .ttlMs)
    }
}

public struct ChannelsPairingListResult: Codable, Sendable, Equatable {
    public let accounts: [PairingAccount]
    public let requests: [PairingRequestEntry]
    /// Whether commands.ownerAllowFrom is set.
    public let commandOwnerConfigured: Bool
    public let limits: ChannelsPairingListResultLimits

    public init(accounts: [PairingAccount], requests: [PairingRequestEntry], commandOwnerConfigured: Bool, limits: ChannelsPairingListResultLimits) {
        self.accounts = accounts
        self.requests = requests
        self.commandOwnerConfigured = commandOwnerConfigured
        self.limits = limits
    }

    private enum CodingKeys: String, CodingKey {
        case accounts = "accounts"
        case requests = "requests"
        case commandOwnerConfigured = "commandOwnerConfigured"
        case limits = "limits"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.accounts = try container.decode([PairingAccount].self, forKey: .accounts)
        self.requests = try container.decode([PairingRequestEntry].self, forKey: .requests)
        self.commandOwnerConfigured = try container.decode(Bool.self, forKey: .commandOwnerConfigured)
        self.limits = try container.decode(ChannelsPairingListResultLimits.self, forKey: .limits)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(accounts, forKey: .accounts)
        try container.encode(requests, forKey: .requests)
        try container.encode(commandOwnerConfigured, forKey: .commandOwnerConfigured)
        try container.encode(limits, forKey: .limits)
    }
}

/// handed-off: starting; retry: could not start now; skipped: cannot run (reason).
public enum ChannelStartOutcomeStatus: String, Codable, Sendable, CaseIterable {
    case handedOff = "handed-off"
    case retry = "retry"
    case skipped = "skipped"
}

public struct ChannelStartOutcome: Codable, Sendable, Equatable {
    /// handed-off: starting; retry: could not start now; skipped: cannot run (reason).
    public let status: ChannelStartOutcomeStatus
    /// Why it was not started.
    public let reason: String?

    public init(status: ChannelStartOutcomeStatus, reason: String? = nil) {
        self.status = status
        self.reason = reason
    }

    private enum CodingKeys: String, CodingKey {
        case status = "status"
        case reason = "reason"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.status = try container.decode(ChannelStartOutcomeStatus.self, forKey: .status)
        self.reason = try container.decodeIfPresent(String.self, forKey: .reason)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(reason, forKey: .reason)
    }
}

public struct ChannelsStartResult: Codable, Sendable, Equatable {
    /// Channel id.
    public let channel: String
    /// Account id.
    public let accountId: String
    /// Whether the account was handed to its channel to start.
    public let started: Bool
    public let outcome: ChannelStartOutcome

    public init(channel: String, accountId: String, started: Bool, outcome: ChannelStartOutcome) {
        self.channel = channel
        self.accountId = accountId
        self.started = started
        self.outcome = outcome
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case accountId = "accountId"
        case started = "started"
        case outcome = "outcome"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decode(String.self, forKey: .channel)
        self.accountId = try container.decode(String.self, forKey: .accountId)
        self.started = try container.decode(Bool.self, forKey: .started)
        self.outcome = try container.decode(ChannelStartOutcome.self, forKey: .outcome)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(channel, forKey: .channel)
        try container.encode(accountId, forKey: .accountId)
        try container.encode(started, forKey: .started)
        try container.encode(outcome, forKey: .outcome)
    }
}

public struct ChannelsStatusParams: Codable, Sendable, Equatable {
    /// Probe each account live (Telegram: getMe) and add the answer as the account's probe.
    public let probe: Bool?
    /// Probe timeout.
    public let timeoutMs: Int64?
    /// Only this channel.
    public let channel: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(probe: Bool? = nil, timeoutMs: Int64? = nil, channel: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.probe = probe
        self.timeoutMs = timeoutMs
        self.channel = channel
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case probe = "probe"
        case timeoutMs = "timeoutMs"
        case channel = "channel"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.probe = try container.decodeIfPresent(Bool.self, forKey: .probe)
        self.timeoutMs = try container.decodeIfPresent(Int64.self, forKey: .timeoutMs)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        let known: Set<String> = ["probe", "timeoutMs", "channel"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(probe, forKey: .probe)
        try container.encodeIfPresent(timeoutMs, forKey: .timeoutMs)
        try container.encodeIfPresent(channel, forKey: .channel)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// What a live probe of the account found (channels.status with probe).
public struct ChannelAccountProbe: Codable, Sendable, Equatable {
    /// The channel's API answered with the account's identity.
    public let ok: Bool
    /// How long the probe took.
    public let elapsedMs: Int64
    /// Why the probe failed.
    public let error: String?
    /// The identity the API reported (Telegram: id, username).
    public let bot: [String: JSONValue]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool, elapsedMs: Int64, error: String? = nil, bot: [String: JSONValue]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.elapsedMs = elapsedMs
        self.error = error
        self.bot = bot
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case elapsedMs = "elapsedMs"
        case error = "error"
        case bot = "bot"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.elapsedMs = try container.decode(Int64.self, forKey: .elapsedMs)
        self.error = try container.decodeIfPresent(String.self, forKey: .error)
        self.bot = try container.decodeIfPresent([String: JSONValue].self, forKey: .bot)
        let known: Set<String> = ["ok", "elapsedMs", "error", "bot"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(elapsedMs, forKey: .elapsedMs)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encodeIfPresent(bot, forKey: .bot)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ChannelAccountStatus: Codable, Sendable, Equatable {
    /// Account id.
    public let accountId: String
    /// Whether the account is enabled.
    public let enabled: Bool?
    /// Whether the account has what it needs to run.
    public let configured: Bool?
    /// Whether the account runs now.
    public let running: Bool?
    /// Whether the last poll succeeded.
    public let connected: Bool?
    /// Restarts since the gateway started.
    public let reconnectAttempts: Int64?
    /// The last error.
    public let lastError: String?
    /// starting, running, backoff, stopped or blocked.
    public let healthState: String?
    /// Last inbound message (epoch ms).
    public let lastInboundAt: Int64?
    /// Last message sent (epoch ms).
    public let lastOutboundAt: Int64?
    /// polling or webhook.
    public let mode: String?
    /// Effective DM policy.
    public let dmPolicy: String?
    /// Where the token came from: tokenFile, botToken, env.
    public let tokenSource: String?
    /// The bot's username.
    public let username: String?
    /// What a live probe of the account found (channels.status with probe).
    public let probe: ChannelAccountProbe?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(accountId: String, enabled: Bool? = nil, configured: Bool? = nil, running: Bool? = nil, connected: Bool? = nil, reconnectAttempts: Int64? = nil, lastError: String? = nil, healthState: String? = nil, lastInboundAt: Int64? = nil, lastOutboundAt: Int64? = nil, mode: String? = nil, dmPolicy: String? = nil, tokenSource: String? = nil, username: String? = nil, probe: ChannelAccountProbe? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.accountId = accountId
        self.enabled = enabled
        self.configured = configured
        self.running = running
        self.connected = connected
        self.reconnectAttempts = reconnectAttempts
        self.lastError = lastError
        self.healthState = healthState
        self.lastInboundAt = lastInboundAt
        self.lastOutboundAt = lastOutboundAt
        self.mode = mode
        self.dmPolicy = dmPolicy
        self.tokenSource = tokenSource
        self.username = username
        self.probe = probe
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case accountId = "accountId"
        case enabled = "enabled"
        case configured = "configured"
        case running = "running"
        case connected = "connected"
        case reconnectAttempts = "reconnectAttempts"
        case lastError = "lastError"
        case healthState = "healthState"
        case lastInboundAt = "lastInboundAt"
        case lastOutboundAt = "lastOutboundAt"
        case mode = "mode"
        case dmPolicy = "dmPolicy"
        case tokenSource = "tokenSource"
        case username = "username"
        case probe = "probe"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.accountId = try container.decode(String.self, forKey: .accountId)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.configured = try container.decodeIfPresent(Bool.self, forKey: .configured)
        self.running = try container.decodeIfPresent(Bool.self, forKey: .running)
        self.connected = try container.decodeIfPresent(Bool.self, forKey: .connected)
        self.reconnectAttempts = try container.decodeIfPresent(Int64.self, forKey: .reconnectAttempts)
        self.lastError = try container.decodeIfPresent(String.self, forKey: .lastError)
        self.healthState = try container.decodeIfPresent(String.self, forKey: .healthState)
        self.lastInboundAt = try container.decodeIfPresent(Int64.self, forKey: .lastInboundAt)
        self.lastOutboundAt = try container.decodeIfPresent(Int64.self, forKey: .lastOutboundAt)
        self.mode = try container.decodeIfPresent(String.self, forKey: .mode)
        self.dmPolicy = try container.decodeIfPresent(String.self, forKey: .dmPolicy)
        self.tokenSource = try container.decodeIfPresent(String.self, forKey: .tokenSource)
        self.username = try container.decodeIfPresent(String.self, forKey: .username)
        self.probe = try container.decodeIfPresent(ChannelAccountProbe.self, forKey: .probe)
        let known: Set<String> = ["accountId", "enabled", "configured", "running", "connected", "reconnectAttempts", "lastError", "healthState", "lastInboundAt", "lastOutboundAt", "mode", "dmPolicy", "tokenSource", "username", "probe"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(accountId, forKey: .accountId)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(configured, forKey: .configured)
        try container.encodeIfPresent(running, forKey: .running)
        try container.encodeIfPresent(connected, forKey: .connected)
        try container.encodeIfPresent(reconnectAttempts, forKey: .reconnectAttempts)
        try container.encodeIfPresent(lastError, forKey: .lastError)
        try container.encodeIfPresent(healthState, forKey: .healthState)
        try container.encodeIfPresent(lastInboundAt, forKey: .lastInboundAt)
        try container.encodeIfPresent(lastOutboundAt, forKey: .lastOutboundAt)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(dmPolicy, forKey: .dmPolicy)
        try container.encodeIfPresent(tokenSource, forKey: .tokenSource)
        try container.encodeIfPresent(username, forKey: .username)
        try container.encodeIfPresent(probe, forKey: .probe)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ChannelsStatusResult: Codable, Sendable, Equatable {
    /// When the snapshot was taken (epoch ms).
    public let ts: Int64
    /// Channel ids in display order.
    public let channelOrder: [String]
    /// Label per channel id.
    public let channelLabels: [String: String]
    /// Channel-level summary per channel id.
    public let channels: [String: JSONValue]
    /// Accounts per channel id.
    public let channelAccounts: [String: [ChannelAccountStatus]]
    /// Default account per channel id.
    public let channelDefaultAccountId: [String: String]
    /// Problems worth showing.
    public let warnings: [String]?

    public init(ts: Int64, channelOrder: [String], channelLabels: [String: String], channels: [String: JSONValue], channelAccounts: [String: [ChannelAccountStatus]], channelDefaultAccountId: [String: String], warnings: [String]? = nil) {
        self.ts = ts
        self.channelOrder = channelOrder
        self.channelLabels = channelLabels
        self.channels = channels
        self.channelAccounts = channelAccounts
        self.channelDefaultAccountId = channelDefaultAccountId
        self.warnings = warnings
    }

    private enum CodingKeys: String, CodingKey {
        case ts = "ts"
        case channelOrder = "channelOrder"
        case channelLabels = "channelLabels"
        case channels = "channels"
        case channelAccounts = "channelAccounts"
        case channelDefaultAccountId = "channelDefaultAccountId"
        case warnings = "warnings"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        self.channelOrder = try container.decode([String].self, forKey: .channelOrder)
        self.channelLabels = try container.decode([String: String].self, forKey: .channelLabels)
        self.channels = try container.decode([String: JSONValue].self, forKey: .channels)
        self.channelAccounts = try container.decode([String: [ChannelAccountStatus]].self, forKey: .channelAccounts)
        self.channelDefaultAccountId = try container.decode([String: String].self, forKey: .channelDefaultAccountId)
        self.warnings = try container.decodeIfPresent([String].self, forKey: .warnings)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ts, forKey: .ts)
        try container.encode(channelOrder, forKey: .channelOrder)
        try container.encode(channelLabels, forKey: .channelLabels)
        try container.encode(channels, forKey: .channels)
        try container.encode(channelAccounts, forKey: .channelAccounts)
        try container.encode(channelDefaultAccountId, forKey: .channelDefaultAccountId)
        try container.encodeIfPresent(warnings, forKey: .warnings)
    }
}

public struct ChannelsStopResult: Codable, Sendable, Equatable {
    /// Channel id.
    public let channel: String
    /// Account id.
    public let accountId: String
    /// Whether the account was running and is stopped now.
    public let stopped: Bool

    public init(channel: String, accountId: String, stopped: Bool) {
        self.channel = channel
        self.accountId = accountId
        self.stopped = stopped
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case accountId = "accountId"
        case stopped = "stopped"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decode(String.self, forKey: .channel)
        self.accountId = try container.decode(String.self, forKey: .accountId)
        self.stopped = try container.decode(Bool.self, forKey: .stopped)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(channel, forKey: .channel)
        try container.encode(accountId, forKey: .accountId)
        try container.encode(stopped, forKey: .stopped)
    }
}

public struct ChatAbortParams: Codable, Sendable, Equatable {
    public let sessionKey: String
    public let agentId: String?
    public let runId: String?
    public let preserveSideRuns: Bool?

    public init(sessionKey: String, agentId: String? = nil, runId: String? = nil, preserveSideRuns: Bool? = nil) {
        self.sessionKey = sessionKey
        self.agentId = agentId
        self.runId = runId
        self.preserveSideRuns = preserveSideRuns
    }

    private enum CodingKeys: String, CodingKey {
        case sessionKey = "sessionKey"
        case agentId = "agentId"
        case runId = "runId"
        case preserveSideRuns = "preserveSideRuns"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.sessionKey = try container.decode(String.self, forKey: .sessionKey)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.runId = try container.decodeIfPresent(String.self, forKey: .runId)
        self.preserveSideRuns = try container.decodeIfPresent(Bool.self, forKey: .preserveSideRuns)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(runId, forKey: .runId)
        try container.encodeIfPresent(preserveSideRuns, forKey: .preserveSideRuns)
    }
}

public enum ChatStatusPhase: String, Codable, Sendable, CaseIterable {
    case preparingWorkspace = "preparing_workspace"
    case namingWorktree = "naming_worktree"
    case creatingWorktree = "creating_worktree"
    case runningSetup = "running_setup"
    case provisioningEnvironment = "provisioning_environment"
    case preparingContext = "preparing_context"
    case startingModel = "starting_model"
}

public struct ChatStatusEvent: Codable, Sendable, Equatable {
    public let runId: String
    public let sessionKey: String
    public let seq: Int64
    public let state: String
    public let agentId: String?
    public let spawnedBy: String?
    public let phase: ChatStatusPhase
    public let retry: JSONValue?

    public init(runId: String, sessionKey: String, seq: Int64, state: String = "status", agentId: String? = nil, spawnedBy: String? = nil, phase: ChatStatusPhase, retry: JSONValue? = nil) {
        self.runId = runId
        self.sessionKey = sessionKey
        self.seq = seq
        self.state = state
        self.agentId = agentId
        self.spawnedBy = spawnedBy
        self.phase = phase
        self.retry = retry
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case sessionKey = "sessionKey"
        case seq = "seq"
        case state = "state"
        case agentId = "agentId"
        case spawnedBy = "spawnedBy"
        case phase = "phase"
        case retry = "retry"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.sessionKey = try container.decode(String.self, forKey: .sessionKey)
        self.seq = try container.decode(Int64.self, forKey: .seq)
        self.state = try container.decode(String.self, forKey: .state)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.spawnedBy = try container.decodeIfPresent(String.self, forKey: .spawnedBy)
        self.phase = try container.decode(ChatStatusPhase.self, forKey: .phase)
        self.retry = try container.decodeIfPresent(JSONValue.self, forKey: .retry)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(sessionKey, forKey: .sessionKey)
        try container.encode(seq, forKey: .seq)
        try container.encode(state, forKey: .state)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(spawnedBy, forKey: .spawnedBy)
        try container.encode(phase, forKey: .phase)
        try container.encodeIfPresent(retry, forKey: .retry)
    }
}

public struct ChatDeltaEvent: Codable, Sendable, Equatable {
    public let runId: String
    public let sessionKey: String
    public let seq: Int64
    public let state: String
    public let agentId: String?
    public let spawnedBy: String?
    public let deltaText: String
    public let replace: Bool?
    public let message: JSONValue?
    public let usage: JSONValue?

    public init(runId: String, sessionKey: String, seq: Int64, state: String = "delta", agentId: String? = nil, spawnedBy: String? = nil, deltaText: String, replace: Bool? = nil, message: JSONValue? = nil, usage: JSONValue? = nil) {
        self.runId = runId
        self.sessionKey = sessionKey
        self.seq = seq
        self.state = state
        self.agentId = agentId
        self.spawnedBy = spawnedBy
        self.deltaText = deltaText
        self.replace = replace
        self.message = message
        self.usage = usage
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case sessionKey = "sessionKey"
        case seq = "seq"
        case state = "state"
        case agentId = "agentId"
        case spawnedBy = "spawnedBy"
        case deltaText = "deltaText"
        case replace = "replace"
        case message = "message"
        case usage = "usage"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.sessionKey = try container.decode(String.self, forKey: .sessionKey)
        self.seq = try container.decode(Int64.self, forKey: .seq)
        self.state = try container.decode(String.self, forKey: .state)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.spawnedBy = try container.decodeIfPresent(String.self, forKey: .spawnedBy)
        self.deltaText = try container.decode(String.self, forKey: .deltaText)
        self.replace = try container.decodeIfPresent(Bool.self, forKey: .replace)
        self.message = try container.decodeIfPresent(JSONValue.self, forKey: .message)
        self.usage = try container.decodeIfPresent(JSONValue.self, forKey: .usage)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(sessionKey, forKey: .sessionKey)
        try container.encode(seq, forKey: .seq)
        try container.encode(state, forKey: .state)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(spawnedBy, forKey: .spawnedBy)
        try container.encode(deltaText, forKey: .deltaText)
        try container.encodeIfPresent(replace, forKey: .replace)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(usage, forKey: .usage)
    }
}

public struct ChatFinalEvent: Codable, Sendable, Equatable {
    public let runId: String
    public let sessionKey: String
    public let seq: Int64
    public let state: String
    public let agentId: String?
    public let spawnedBy: String?
    public let message: JSONValue?
    public let usage: JSONValue?
    public let stopReason: String?
    public let yielded: Bool?

    public init(runId: String, sessionKey: String, seq: Int64, state: String = "final", agentId: String? = nil, spawnedBy: String? = nil, message: JSONValue? = nil, usage: JSONValue? = nil, stopReason: String? = nil, yielded: Bool? = nil) {
        self.runId = runId
        self.sessionKey = sessionKey
        self.seq = seq
        self.state = state
        self.agentId = agentId
        self.spawnedBy = spawnedBy
        self.message = message
        self.usage = usage
        self.stopReason = stopReason
        self.yielded = yielded
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case sessionKey = "sessionKey"
        case seq = "seq"
        case state = "state"
        case agentId = "agentId"
        case spawnedBy = "spawnedBy"
        case message = "message"
        case usage = "usage"
        case stopReason = "stopReason"
        case yielded = "yielded"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.sessionKey = try container.decode(String.self, forKey: .sessionKey)
        self.seq = try container.decode(Int64.self, forKey: .seq)
        self.state = try container.decode(String.self, forKey: .state)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.spawnedBy = try container.decodeIfPresent(String.self, forKey: .spawnedBy)
        self.message = try container.decodeIfPresent(JSONValue.self, forKey: .message)
        self.usage = try container.decodeIfPresent(JSONValue.self, forKey: .usage)
        self.stopReason = try container.decodeIfPresent(String.self, forKey: .stopReason)
        self.yielded = try container.decodeIfPresent(Bool.self, forKey: .yielded)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(sessionKey, forKey: .sessionKey)
        try container.encode(seq, forKey: .seq)
        try container.encode(state, forKey: .state)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(spawnedBy, forKey: .spawnedBy)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(usage, forKey: .usage)
        try container.encodeIfPresent(stopReason, forKey: .stopReason)
        try container.encodeIfPresent(yielded, forKey: .yielded)
    }
}

public struct ChatAbortedEvent: Codable, Sendable, Equatable {
    public let runId: String
    public let sessionKey: String
    public let seq: Int64
    public let state: String
    public let agentId: String?
    public let spawnedBy: String?
    public let message: JSONValue?
    public let errorMessage: String?
    public let stopReason: String?

    public init(runId: String, sessionKey: String, seq: Int64, state: String = "aborted", agentId: String? = nil, spawnedBy: String? = nil, message: JSONValue? = nil, errorMessage: String? = nil, stopReason: String? = nil) {
        self.runId = runId
        self.sessionKey = sessionKey
        self.seq = seq
        self.state = state
        self.agentId = agentId
        self.spawnedBy = spawnedBy
        self.message = message
        self.errorMessage = errorMessage
        self.stopReason = stopReason
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case sessionKey = "sessionKey"
        case seq = "seq"
        case state = "state"
        case agentId = "agentId"
        case spawnedBy = "spawnedBy"
        case message = "message"
        case errorMessage = "errorMessage"
        case stopReason = "stopReason"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.sessionKey = try container.decode(String.self, forKey: .sessionKey)
        self.seq = try container.decode(Int64.self, forKey: .seq)
        self.state = try container.decode(String.self, forKey: .state)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.spawnedBy = try container.decodeIfPresent(String.self, forKey: .spawnedBy)
        self.message = try container.decodeIfPresent(JSONValue.self, forKey: .message)
        self.errorMessage = try container.decodeIfPresent(String.self, forKey: .errorMessage)
        self.stopReason = try container.decodeIfPresent(String.self, forKey: .stopReason)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(sessionKey, forKey: .sessionKey)
        try container.encode(seq, forKey: .seq)
        try container.encode(state, forKey: .state)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(spawnedBy, forKey: .spawnedBy)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(errorMessage, forKey: .errorMessage)
        try container.encodeIfPresent(stopReason, forKey: .stopReason)
    }
}

public enum ChatErrorKind: String, Codable, Sendable, CaseIterable {
    case refusal = "refusal"
    case timeout = "timeout"
    case rateLimit = "rate_limit"
    case contextLength = "context_length"
    case unknown = "unknown"
}

public struct ChatErrorEvent: Codable, Sendable, Equatable {
    public let runId: String
    public let sessionKey: String
    public let seq: Int64
    public let state: String
    public let agentId: String?
    public let spawnedBy: String?
    public let message: JSONValue?
    public let errorMessage: String?
    public let errorKind: ChatErrorKind?
    public let errorDetail: JSONValue?
    public let usage: JSONValue?
    public let stopReason: String?

    public init(runId: String, sessionKey: String, seq: Int64, state: String = "error", agentId: String? = nil, spawnedBy: String? = nil, message: JSONValue? = nil, errorMessage: String? = nil, errorKind: ChatErrorKind? = nil, errorDetail: JSONValue? = nil, usage: JSONValue? = nil, stopReason: String? = nil) {
        self.runId = runId
        self.sessionKey = sessionKey
        self.seq = seq
        self.state = state
        self.agentId = agentId
        self.spawnedBy = spawnedBy
        self.message = message
        self.errorMessage = errorMessage
        self.errorKind = errorKind
        self.errorDetail = errorDetail
        self.usage = usage
        self.stopReason = stopReason
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case sessionKey = "sessionKey"
        case seq = "seq"
        case state = "state"
        case agentId = "agentId"
        case spawnedBy = "spawnedBy"
        case message = "message"
        case errorMessage = "errorMessage"
        case errorKind = "errorKind"
        case errorDetail = "errorDetail"
        case usage = "usage"
        case stopReason = "stopReason"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.sessionKey = try container.decode(String.self, forKey: .sessionKey)
        self.seq = try container.decode(Int64.self, forKey: .seq)
        self.state = try container.decode(String.self, forKey: .state)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.spawnedBy = try container.decodeIfPresent(String.self, forKey: .spawnedBy)
        self.message = try container.decodeIfPresent(JSONValue.self, forKey: .message)
        self.errorMessage = try container.decodeIfPresent(String.self, forKey: .errorMessage)
        self.errorKind = try container.decodeIfPresent(ChatErrorKind.self, forKey: .errorKind)
        self.errorDetail = try container.decodeIfPresent(JSONValue.self, forKey: .errorDetail)
        self.usage = try container.decodeIfPresent(JSONValue.self, forKey: .usage)
        self.stopReason = try container.decodeIfPresent(String.self, forKey: .stopReason)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(sessionKey, forKey: .sessionKey)
        try container.encode(seq, forKey: .seq)
        try container.encode(state, forKey: .state)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(spawnedBy, forKey: .spawnedBy)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(errorMessage, forKey: .errorMessage)
        try container.encodeIfPresent(errorKind, forKey: .errorKind)
        try container.encodeIfPresent(errorDetail, forKey: .errorDetail)
        try container.encodeIfPresent(usage, forKey: .usage)
        try container.encodeIfPresent(stopReason, forKey: .stopReason)
    }
}

/// One chat update of a run; tagged by state.
public enum ChatEvent: Codable, Sendable, Equatable {
    case status(ChatStatusEvent)
    case delta(ChatDeltaEvent)
    case final(ChatFinalEvent)
    case aborted(ChatAbortedEvent)
    case error(ChatErrorEvent)

    private enum DiscriminatorKey: String, CodingKey {
        case tag = "state"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: DiscriminatorKey.self)
        let tag = try container.decode(String.self, forKey: .tag)
        switch tag {
        case "status": self = .status(try ChatStatusEvent(from: decoder))
        case "delta": self = .delta(try ChatDeltaEvent(from: decoder))
        case "final": self = .final(try ChatFinalEvent(from: decoder))
        case "aborted": self = .aborted(try ChatAbortedEvent(from: decoder))
        case "error": self = .error(try ChatErrorEvent(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .tag, in: container, debugDescription: "unknown state \(tag)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .status(let value): try value.encode(to: encoder)
        case .delta(let value): try value.encode(to: encoder)
        case .final(let value): try value.encode(to: encoder)
        case .aborted(let value): try value.encode(to: encoder)
        case .error(let value): try value.encode(to: encoder)
        }
    }
}

public struct ChatHistoryMeta: Codable, Sendable, Equatable {
    public let id: String?
    public let seq: Int64?
    public let idempotencyKey: String?
    public let kind: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String? = nil, seq: Int64? = nil, idempotencyKey: String? = nil, kind: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.seq = seq
        self.idempotencyKey = idempotencyKey
        self.kind = kind
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case seq = "seq"
        case idempotencyKey = "idempotencyKey"
        case kind = "kind"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decodeIfPresent(String.self, forKey: .id)
        self.seq = try container.decodeIfPresent(Int64.self, forKey: .seq)
        self.idempotencyKey = try container.decodeIfPresent(String.self, forKey: .idempotencyKey)
        self.kind = try container.decodeIfPresent(String.self, forKey: .kind)
        let known: Set<String> = ["id", "seq", "idempotencyKey", "kind"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(seq, forKey: .seq)
        try container.encodeIfPresent(idempotencyKey, forKey: .idempotencyKey)
        try container.encodeIfPresent(kind, forKey: .kind)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// A transcript Message (role user, assistant, toolResult, or system for a reset marker) with __openclaw.
public struct ChatHistoryMessage: Codable, Sendable, Equatable {
    public let role: String
    public let content: JSONValue?
    public let timestamp: Int64?
    public let openclaw: ChatHistoryMeta?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(role: String, content: JSONValue? = nil, timestamp: Int64? = nil, openclaw: ChatHistoryMeta? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.role = role
        self.content = content
        self.timestamp = timestamp
        self.openclaw = openclaw
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case role = "role"
        case content = "content"
        case timestamp = "timestamp"
        case openclaw = "__openclaw"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.role = try container.decode(String.self, forKey: .role)
        self.content = try container.decodeIfPresent(JSONValue.self, forKey: .content)
        self.timestamp = try container.decodeIfPresent(Int64.self, forKey: .timestamp)
        self.openclaw = try container.decodeIfPresent(ChatHistoryMeta.self, forKey: .openclaw)
        let known: Set<String> = ["role", "content", "timestamp", "__openclaw"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encodeIfPresent(content, forKey: .content)
        try container.encodeIfPresent(timestamp, forKey: .timestamp)
        try container.encodeIfPresent(openclaw, forKey: .openclaw)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ChatHistoryParams: Codable, Sendable, Equatable {
    public let sessionKey: String
    public let agentId: String?
    /// A deltaCursor of an earlier answer.
    public let cursor: String?
    public let limit: Int64?
    public let offset: Int64?
    public let pendingBefore: Int64?
    public let inputRunIds: [String]?
    public let messageId: String?
    public let sessionId: String?
    public let maxChars: Int64?
    /// Accepted by 2026.9.6 (not in the 2026.9.1 schema).
    public let maxBytes: Int64?

    public init(sessionKey: String, agentId: String? = nil, cursor: String? = nil, limit: Int64? = nil, offset: Int64? = nil, pendingBefore: Int64? = nil, inputRunIds: [String]? = nil, messageId: String? = nil, sessionId: String? = nil, maxChars: Int64? = nil, maxBytes: Int64? = nil) {
        self.sessionKey = sessionKey
        self.agentId = agentId
        self.cursor = cursor
        self.limit = limit
        self.offset = offset
        self.pendingBefore = pendingBefore
        self.inputRunIds = inputRunIds
        self.messageId = messageId
        self.sessionId = sessionId
        self.maxChars = maxChars
        self.maxBytes = maxBytes
    }

    private enum CodingKeys: String, CodingKey {
        case sessionKey = "sessionKey"
        case agentId = "agentId"
        case cursor = "cursor"
        case limit = "limit"
        case offset = "offset"
        case pendingBefore = "pendingBefore"
        case inputRunIds = "inputRunIds"
        case messageId = "messageId"
        case sessionId = "sessionId"
        case maxChars = "maxChars"
        case maxBytes = "maxBytes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.sessionKey = try container.decode(String.self, forKey: .sessionKey)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.cursor = try container.decodeIfPresent(String.self, forKey: .cursor)
        self.limit = try container.decodeIfPresent(Int64.self, forKey: .limit)
        self.offset = try container.decodeIfPresent(Int64.self, forKey: .offset)
        self.pendingBefore = try container.decodeIfPresent(Int64.self, forKey: .pendingBefore)
        self.inputRunIds = try container.decodeIfPresent([String].self, forKey: .inputRunIds)
        self.messageId = try container.decodeIfPresent(String.self, forKey: .messageId)
        self.sessionId = try container.decodeIfPresent(String.self, forKey: .sessionId)
        self.maxChars = try container.decodeIfPresent(Int64.self, forKey: .maxChars)
        self.maxBytes = try container.decodeIfPresent(Int64.self, forKey: .maxBytes)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(cursor, forKey: .cursor)
        try container.encodeIfPresent(limit, forKey: .limit)
        try container.encodeIfPresent(offset, forKey: .offset)
        try container.encodeIfPresent(pendingBefore, forKey: .pendingBefore)
        try container.encodeIfPresent(inputRunIds, forKey: .inputRunIds)
        try container.encodeIfPresent(messageId, forKey: .messageId)
        try container.encodeIfPresent(sessionId, forKey: .sessionId)
        try container.encodeIfPresent(maxChars, forKey: .maxChars)
        try container.encodeIfPresent(maxBytes, forKey: .maxBytes)
    }
}

public enum ChatHistoryKind: String, Codable, Sendable, CaseIterable {
    case delta = "delta"
    case reset = "reset"
}

public struct ChatHistoryResult: Codable, Sendable, Equatable {
    public let kind: ChatHistoryKind?
    public let sessionKey: String?
    public let sessionId: String?
    public let messages: [ChatHistoryMessage]?
    public let activity: JSONValue?
    public let pendingInputs: [JSONValue]?
    public let inputReceipts: [JSONValue]?
    public let inputConsumptions: [JSONValue]?
    public let deltaCursor: String?
    public let offset: Int64?
    public let nextOffset: Int64?
    public let hasMore: Bool?
    public let totalMessages: Int64?
    public let completeSnapshot: Bool?
    public let defaults: SessionModelDefaults?
    public let sessionInfo: SessionRow?
    public let thinkingLevel: String?
    public let fastMode: SessionFastMode?
    public let toolOverrides: JSONValue?
    public let verboseLevel: String?
    public let inFlightRun: JSONValue?
    public let metadata: JSONValue?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(kind: ChatHistoryKind? = nil, sessionKey: String? = nil, sessionId: String? = nil, messages: [ChatHistoryMessage]? = nil, activity: JSONValue? = nil, pendingInputs: [JSONValue]? = nil, inputReceipts: [JSONValue]? = nil, inputConsumptions: [JSONValue]? = nil, deltaCursor: String? = nil, offset: Int64? = nil, nextOffset: Int64? = nil, hasMore: Bool? = nil, totalMessages: Int64? = nil, completeSnapshot: Bool? = nil, defaults: SessionModelDefaults? = nil, sessionInfo: SessionRow? = nil, thinkingLevel: String? = nil, fastMode: SessionFastMode? = nil, toolOverrides: JSONValue? = nil, verboseLevel: String? = nil, inFlightRun: JSONValue? = nil, metadata: JSONValue? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.kind = kind
        self.sessionKey = sessionKey
        self.sessionId = sessionId
        self.messages = messages
        self.activity = activity
        self.pendingInputs = pendingInputs
        self.inputReceipts = inputReceipts
        self.inputConsumptions = inputConsumptions
        self.deltaCursor = deltaCursor
        self.offset = offset
        self.nextOffset = nextOffset
        self.hasMore = hasMore
        self.totalMessages = totalMessages
        self.completeSnapshot = completeSnapshot
        self.defaults = defaults
        self.sessionInfo = sessionInfo
        self.thinkingLevel = thinkingLevel
        self.fastMode = fastMode
        self.toolOverrides = toolOverrides
        self.verboseLevel = verboseLevel
        self.inFlightRun = inFlightRun
        self.metadata = metadata
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case sessionKey = "sessionKey"
        case sessionId = "sessionId"
        case messages = "messages"
        case activity = "activity"
        case pendingInputs = "pendingInputs"
        case inputReceipts = "inputReceipts"
        case inputConsumptions = "inputConsumptions"
        case deltaCursor = "deltaCursor"
        case offset = "offset"
        case nextOffset = "nextOffset"
        case hasMore = "hasMore"
        case totalMessages = "totalMessages"
        case completeSnapshot = "completeSnapshot"
        case defaults = "defaults"
        case sessionInfo = "sessionInfo"
        case thinkingLevel = "thinkingLevel"
        case fastMode = "fastMode"
        case toolOverrides = "toolOverrides"
        case verboseLevel = "verboseLevel"
        case inFlightRun = "inFlightRun"
        case metadata = "metadata"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.kind = try container.decodeIfPresent(ChatHistoryKind.self, forKey: .kind)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.sessionId = try container.decodeIfPresent(String.self, forKey: .sessionId)
        self.messages = try container.decodeIfPresent([ChatHistoryMessage].self, forKey: .messages)
        self.activity = try container.decodeIfPresent(JSONValue.self, forKey: .activity)
        self.pendingInputs = try container.decodeIfPresent([JSONValue].self, forKey: .pendingInputs)
        self.inputReceipts = try container.decodeIfPresent([JSONValue].self, forKey: .inputReceipts)
        self.inputConsumptions = try container.decodeIfPresent([JSONValue].self, forKey: .inputConsumptions)
        self.deltaCursor = try container.decodeIfPresent(String.self, forKey: .deltaCursor)
        self.offset = try container.decodeIfPresent(Int64.self, forKey: .offset)
        self.nextOffset = try container.decodeIfPresent(Int64.self, forKey: .nextOffset)
        self.hasMore = try container.decodeIfPresent(Bool.self, forKey: .hasMore)
        self.totalMessages = try container.decodeIfPresent(Int64.self, forKey: .totalMessages)
        self.completeSnapshot = try container.decodeIfPresent(Bool.self, forKey: .completeSnapshot)
        self.defaults = try container.decodeIfPresent(SessionModelDefaults.self, forKey: .defaults)
        self.sessionInfo = try container.decodeIfPresent(SessionRow.self, forKey: .sessionInfo)
        self.thinkingLevel = try container.decodeIfPresent(String.self, forKey: .thinkingLevel)
        self.fastMode = try container.decodeIfPresent(SessionFastMode.self, forKey: .fastMode)
        self.toolOverrides = try container.decodeIfPresent(JSONValue.self, forKey: .toolOverrides)
        self.verboseLevel = try container.decodeIfPresent(String.self, forKey: .verboseLevel)
        self.inFlightRun = try container.decodeIfPresent(JSONValue.self, forKey: .inFlightRun)
        self.metadata = try container.decodeIfPresent(JSONValue.self, forKey: .metadata)
        let known: Set<String> = ["kind", "sessionKey", "sessionId", "messages", "activity", "pendingInputs", "inputReceipts", "inputConsumptions", "deltaCursor", "offset", "nextOffset", "hasMore", "totalMessages", "completeSnapshot", "defaults", "sessionInfo", "thinkingLevel", "fastMode", "toolOverrides", "verboseLevel", "inFlightRun", "metadata"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(kind, forKey: .kind)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(sessionId, forKey: .sessionId)
        try container.encodeIfPresent(messages, forKey: .messages)
        try container.encodeIfPresent(activity, forKey: .activity)
        try container.encodeIfPresent(pendingInputs, forKey: .pendingInputs)
        try container.encodeIfPresent(inputReceipts, forKey: .inputReceipts)
        try container.encodeIfPresent(inputConsumptions, forKey: .inputConsumptions)
        try container.encodeIfPresent(deltaCursor, forKey: .deltaCursor)
        try container.encodeIfPresent(offset, forKey: .offset)
        try container.encodeIfPresent(nextOffset, forKey: .nextOffset)
        try container.encodeIfPresent(hasMore, forKey: .hasMore)
        try container.encodeIfPresent(totalMessages, forKey: .totalMessages)
        try container.encodeIfPresent(completeSnapshot, forKey: .completeSnapshot)
        try container.encodeIfPresent(defaults, forKey: .defaults)
        try container.encodeIfPresent(sessionInfo, forKey: .sessionInfo)
        try container.encodeIfPresent(thinkingLevel, forKey: .thinkingLevel)
        try container.encodeIfPresent(fastMode, forKey: .fastMode)
        try container.encodeIfPresent(toolOverrides, forKey: .toolOverrides)
        try container.encodeIfPresent(verboseLevel, forKey: .verboseLevel)
        try container.encodeIfPresent(inFlightRun, forKey: .inFlightRun)
        try container.encodeIfPresent(metadata, forKey: .metadata)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ChatInjectParams: Codable, Sendable, Equatable {
    public let sessionKey: String
    public let agentId: String?
    public let message: String
    public let label: String?

    public init(sessionKey: String, agentId: String? = nil, message: String, label: String? = nil) {
        self.sessionKey = sessionKey
        self.agentId = agentId
        self.message = message
        self.label = label
    }

    private enum CodingKeys: String, CodingKey {
        case sessionKey = "sessionKey"
        case agentId = "agentId"
        case message = "message"
        case label = "label"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.sessionKey = try container.decode(String.self, forKey: .sessionKey)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.message = try container.decode(String.self, forKey: .message)
        self.label = try container.decodeIfPresent(String.self, forKey: .label)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(label, forKey: .label)
    }
}

public struct ChatInjectResult: Codable, Sendable, Equatable {
    public let ok: Bool
    public let messageId: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool = true, messageId: String, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.messageId = messageId
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case messageId = "messageId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.messageId = try container.decode(String.self, forKey: .messageId)
        let known: Set<String> = ["ok", "messageId"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(messageId, forKey: .messageId)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ChatAttachment: Codable, Sendable, Equatable {
    public let type: String?
    public let mimeType: String?
    public let fileName: String?
    public let content: String?
    public let sizeBytes: Int64?
    public let durationMs: Int64?
    public let width: Int64?
    public let height: Int64?
    public let origin: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(type: String? = nil, mimeType: String? = nil, fileName: String? = nil, content: String? = nil, sizeBytes: Int64? = nil, durationMs: Int64? = nil, width: Int64? = nil, height: Int64? = nil, origin: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.type = type
        self.mimeType = mimeType
        self.fileName = fileName
        self.content = content
        self.sizeBytes = sizeBytes
        self.durationMs = durationMs
        self.width = width
        self.height = height
        self.origin = origin
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case type = "type"
        case mimeType = "mimeType"
        case fileName = "fileName"
        case content = "content"
        case sizeBytes = "sizeBytes"
        case durationMs = "durationMs"
        case width = "width"
        case height = "height"
        case origin = "origin"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decodeIfPresent(String.self, forKey: .type)
        self.mimeType = try container.decodeIfPresent(String.self, forKey: .mimeType)
        self.fileName = try container.decodeIfPresent(String.self, forKey: .fileName)
        self.content = try container.decodeIfPresent(String.self, forKey: .content)
        self.sizeBytes = try container.decodeIfPresent(Int64.self, forKey: .sizeBytes)
        self.durationMs = try container.decodeIfPresent(Int64.self, forKey: .durationMs)
        self.width = try container.decodeIfPresent(Int64.self, forKey: .width)
        self.height = try container.decodeIfPresent(Int64.self, forKey: .height)
        self.origin = try container.decodeIfPresent(String.self, forKey: .origin)
        let known: Set<String> = ["type", "mimeType", "fileName", "content", "sizeBytes", "durationMs", "width", "height", "origin"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(type, forKey: .type)
        try container.encodeIfPresent(mimeType, forKey: .mimeType)
        try container.encodeIfPresent(fileName, forKey: .fileName)
        try container.encodeIfPresent(content, forKey: .content)
        try container.encodeIfPresent(sizeBytes, forKey: .sizeBytes)
        try container.encodeIfPresent(durationMs, forKey: .durationMs)
        try container.encodeIfPresent(width, forKey: .width)
        try container.encodeIfPresent(height, forKey: .height)
        try container.encodeIfPresent(origin, forKey: .origin)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ChatSendParams: Codable, Sendable, Equatable {
    public let sessionKey: String
    public let message: String
    public let idempotencyKey: String
    public let agentId: String?
    public let sessionId: String?
    public let thinking: String?
    public let fastMode: JSONValue?
    public let fastAutoOnSeconds: Int64?
    public let queueMode: QueueMode?
    public let deliver: Bool?
    public let originatingChannel: String?
    public let originatingTo: String?
    public let originatingAccountId: String?
    public let originatingThreadId: JSONValue?
    public let replyToId: String?
    public let attachments: [ChatAttachment]?
    public let timeoutMs: Int64?
    public let expectedLeafEntryId: String?
    public let intent: JSONValue?
    public let workContext: JSONValue?
    public let mentions: JSONValue?

    public init(sessionKey: String, message: String, idempotencyKey: String, agentId: String? = nil, sessionId: String? = nil, thinking: String? = nil, fastMode: JSONValue? = nil, fastAutoOnSeconds: Int64? = nil, queueMode: QueueMode? = nil, deliver: Bool? = nil, originatingChannel: String? = nil, originatingTo: String? = nil, originatingAccountId: String? = nil, originatingThreadId: JSONValue? = nil, replyToId: String? = nil, attachments: [ChatAttachment]? = nil, timeoutMs: Int64? = nil, expectedLeafEntryId: String? = nil, intent: JSONValue? = nil, workContext: JSONValue? = nil, mentions: JSONValue? = nil) {
        self.sessionKey = sessionKey
        self.message = message
        self.idempotencyKey = idempotencyKey
        self.agentId = agentId
        self.sessionId = sessionId
        self.thinking = thinking
        self.fastMode = fastMode
        self.fastAutoOnSeconds = fastAutoOnSeconds
        self.queueMode = queueMode
        self.deliver = deliver
        self.originatingChannel = originatingChannel
        self.originatingTo = originatingTo
        self.originatingAccountId = originatingAccountId
        self.originatingThreadId = originatingThreadId
        self.replyToId = replyToId
        self.attachments = attachments
        self.timeoutMs = timeoutMs
        self.expectedLeafEntryId = expectedLeafEntryId
        self.intent = intent
        self.workContext = workContext
        self.mentions = mentions
    }

    private enum CodingKeys: String, CodingKey {
        case sessionKey = "sessionKey"
        case message = "message"
        case idempotencyKey = "idempotencyKey"
        case agentId = "agentId"
        case sessionId = "sessionId"
        case thinking = "thinking"
        case fastMode = "fastMode"
        case fastAutoOnSeconds = "fastAutoOnSeconds"
        case queueMode = "queueMode"
        case deliver = "deliver"
        case originatingChannel = "originatingChannel"
        case originatingTo = "originatingTo"
        case originatingAccountId = "originatingAccountId"
        case originatingThreadId = "originatingThreadId"
        case replyToId = "replyToId"
        case attachments = "attachments"
        case timeoutMs = "timeoutMs"
        case expectedLeafEntryId = "expectedLeafEntryId"
        case intent = "intent"
        case workContext = "workContext"
        case mentions = "mentions"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.sessionKey = try container.decode(String.self, forKey: .sessionKey)
        self.message = try container.decode(String.self, forKey: .message)
        self.idempotencyKey = try container.decode(String.self, forKey: .idempotencyKey)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.sessionId = try container.decodeIfPresent(String.self, forKey: .sessionId)
        self.thinking = try container.decodeIfPresent(String.self, forKey: .thinking)
        self.fastMode = try container.decodeIfPresent(JSONValue.self, forKey: .fastMode)
        self.fastAutoOnSeconds = try container.decodeIfPresent(Int64.self, forKey: .fastAutoOnSeconds)
        self.queueMode = try container.decodeIfPresent(QueueMode.self, forKey: .queueMode)
        self.deliver = try container.decodeIfPresent(Bool.self, forKey: .deliver)
        self.originatingChannel = try container.decodeIfPresent(String.self, forKey: .originatingChannel)
        self.originatingTo = try container.decodeIfPresent(String.self, forKey: .originatingTo)
        self.originatingAccountId = try container.decodeIfPresent(String.self, forKey: .originatingAccountId)
        self.originatingThreadId = try container.decodeIfPresent(JSONValue.self, forKey: .originatingThreadId)
        self.replyToId = try container.decodeIfPresent(String.self, forKey: .replyToId)
        self.attachments = try container.decodeIfPresent([ChatAttachment].self, forKey: .attachments)
        self.timeoutMs = try container.decodeIfPresent(Int64.self, forKey: .timeoutMs)
        self.expectedLeafEntryId = try container.decodeIfPresent(String.self, forKey: .expectedLeafEntryId)
        self.intent = try container.decodeIfPresent(JSONValue.self, forKey: .intent)
        self.workContext = try container.decodeIfPresent(JSONValue.self, forKey: .workContext)
        self.mentions = try container.decodeIfPresent(JSONValue.self, forKey: .mentions)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessionKey, forKey: .sessionKey)
        try container.encode(message, forKey: .message)
        try container.encode(idempotencyKey, forKey: .idempotencyKey)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(sessionId, forKey: .sessionId)
        try container.encodeIfPresent(thinking, forKey: .thinking)
        try container.encodeIfPresent(fastMode, forKey: .fastMode)
        try container.encodeIfPresent(fastAutoOnSeconds, forKey: .fastAutoOnSeconds)
        try container.encodeIfPresent(queueMode, forKey: .queueMode)
        try container.encodeIfPresent(deliver, forKey: .deliver)
        try container.encodeIfPresent(originatingChannel, forKey: .originatingChannel)
        try container.encodeIfPresent(originatingTo, forKey: .originatingTo)
        try container.encodeIfPresent(originatingAccountId, forKey: .originatingAccountId)
        try container.encodeIfPresent(originatingThreadId, forKey: .originatingThreadId)
        try container.encodeIfPresent(replyToId, forKey: .replyToId)
        try container.encodeIfPresent(attachments, forKey: .attachments)
        try container.encodeIfPresent(timeoutMs, forKey: .timeoutMs)
        try container.encodeIfPresent(expectedLeafEntryId, forKey: .expectedLeafEntryId)
        try container.encodeIfPresent(intent, forKey: .intent)
        try container.encodeIfPresent(workContext, forKey: .workContext)
        try container.encodeIfPresent(mentions, forKey: .mentions)
    }
}

public struct ChatSendResult: Codable, Sendable, Equatable {
    public let runId: String
    public let status: ChatSendStatus
    public let messageSeq: Int64?
    public let interruptedActiveRun: Bool?
    public let serverTiming: JSONValue?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(runId: String, status: ChatSendStatus, messageSeq: Int64? = nil, interruptedActiveRun: Bool? = nil, serverTiming: JSONValue? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.runId = runId
        self.status = status
        self.messageSeq = messageSeq
        self.interruptedActiveRun = interruptedActiveRun
        self.serverTiming = serverTiming
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case status = "status"
        case messageSeq = "messageSeq"
        case interruptedActiveRun = "interruptedActiveRun"
        case serverTiming = "serverTiming"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.status = try container.decode(ChatSendStatus.self, forKey: .status)
        self.messageSeq = try container.decodeIfPresent(Int64.self, forKey: .messageSeq)
        self.interruptedActiveRun = try container.decodeIfPresent(Bool.self, forKey: .interruptedActiveRun)
        self.serverTiming = try container.decodeIfPresent(JSONValue.self, forKey: .serverTiming)
        let known: Set<String> = ["runId", "status", "messageSeq", "interruptedActiveRun", "serverTiming"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(messageSeq, forKey: .messageSeq)
        try container.encodeIfPresent(interruptedActiveRun, forKey: .interruptedActiveRun)
        try container.encodeIfPresent(serverTiming, forKey: .serverTiming)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// started (a new turn), in_flight (a duplicate while it runs), or the outcome of a finished duplicate.
public enum ChatSendStatus: String, Codable, Sendable, CaseIterable {
    case started = "started"
    case inFlight = "in_flight"
    case ok = "ok"
    case error = "error"
    case timeout = "timeout"
}

public struct ConfigApplyParams: Codable, Sendable, Equatable {
    /// The full config as JSON5 text.
    public let raw: String
    /// The hash from config.get; required once a config file exists.
    public let baseHash: String?
    public let sessionKey: String?
    public let deliveryContext: ConfigDeliveryContext?
    public let note: String?
    public let restartDelayMs: Int64?

    public init(raw: String, baseHash: String? = nil, sessionKey: String? = nil, deliveryContext: ConfigDeliveryContext? = nil, note: String? = nil, restartDelayMs: Int64? = nil) {
        self.raw = raw
        self.baseHash = baseHash
        self.sessionKey = sessionKey
        self.deliveryContext = deliveryContext
        self.note = note
        self.restartDelayMs = restartDelayMs
    }

    private enum CodingKeys: String, CodingKey {
        case raw = "raw"
        case baseHash = "baseHash"
        case sessionKey = "sessionKey"
        case deliveryContext = "deliveryContext"
        case note = "note"
        case restartDelayMs = "restartDelayMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.raw = try container.decode(String.self, forKey: .raw)
        self.baseHash = try container.decodeIfPresent(String.self, forKey: .baseHash)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.deliveryContext = try container.decodeIfPresent(ConfigDeliveryContext.self, forKey: .deliveryContext)
        self.note = try container.decodeIfPresent(String.self, forKey: .note)
        self.restartDelayMs = try container.decodeIfPresent(Int64.self, forKey: .restartDelayMs)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(raw, forKey: .raw)
        try container.encodeIfPresent(baseHash, forKey: .baseHash)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(deliveryContext, forKey: .deliveryContext)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(restartDelayMs, forKey: .restartDelayMs)
    }
}

public struct ConfigApplyResult: Codable, Sendable, Equatable {
    public let ok: Bool
    public let path: String
    public let hash: String?
    /// The config as written (an object), secrets redacted.
    public let config: JSONValue
    public let restart: ConfigRestartInfo
    public let sentinel: ConfigRestartSentinel
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool = true, path: String, hash: String? = nil, config: JSONValue, restart: ConfigRestartInfo, sentinel: ConfigRestartSentinel, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.path = path
        self.hash = hash
        self.config = config
        self.restart = restart
        self.sentinel = sentinel
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case path = "path"
        case hash = "hash"
        case config = "config"
        case restart = "restart"
        case sentinel = "sentinel"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.path = try container.decode(String.self, forKey: .path)
        self.hash = try container.decodeIfPresent(String.self, forKey: .hash)
        self.config = try container.decode(JSONValue.self, forKey: .config)
        self.restart = try container.decode(ConfigRestartInfo.self, forKey: .restart)
        self.sentinel = try container.decode(ConfigRestartSentinel.self, forKey: .sentinel)
        let known: Set<String> = ["ok", "path", "hash", "config", "restart", "sentinel"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(hash, forKey: .hash)
        try container.encode(config, forKey: .config)
        try container.encode(restart, forKey: .restart)
        try container.encode(sentinel, forKey: .sentinel)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ConfigChangedEvent: Codable, Sendable, Equatable {
    /// The config file.
    public let path: String
    /// Its new revision hash.
    public let hash: String
    /// Epoch ms.
    public let ts: Int64
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(path: String, hash: String, ts: Int64, unknownFields: [String: JSONValue] = [:]) {
        self.path = path
        self.hash = hash
        self.ts = ts
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case path = "path"
        case hash = "hash"
        case ts = "ts"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.path = try container.decode(String.self, forKey: .path)
        self.hash = try container.decode(String.self, forKey: .hash)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        let known: Set<String> = ["path", "hash", "ts"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(hash, forKey: .hash)
        try container.encode(ts, forKey: .ts)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public enum ConfigDeliveryThreadId: Codable, Sendable, Equatable {
    case string(String)
    case number(Double)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "matches no branch of ConfigDeliveryThreadId")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        }
    }
}

/// Where to report the outcome of an apply.
public struct ConfigDeliveryContext: Codable, Sendable, Equatable {
    public let channel: String?
    public let to: String?
    public let accountId: String?
    public let threadId: ConfigDeliveryThreadId?

    public init(channel: String? = nil, to: String? = nil, accountId: String? = nil, threadId: ConfigDeliveryThreadId? = nil) {
        self.channel = channel
        self.to = to
        self.accountId = accountId
        self.threadId = threadId
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case to = "to"
        case accountId = "accountId"
        case threadId = "threadId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.to = try container.decodeIfPresent(String.self, forKey: .to)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
        self.threadId = try container.decodeIfPresent(ConfigDeliveryThreadId.self, forKey: .threadId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(to, forKey: .to)
        try container.encodeIfPresent(accountId, forKey: .accountId)
        try container.encodeIfPresent(threadId, forKey: .threadId)
    }
}

public struct ConfigGetParams: Codable, Sendable, Equatable {

    public init() {
    }

    public init(from decoder: Decoder) throws {
        _ = try decoder.container(keyedBy: AnyCodingKey.self)
    }

    public func encode(to encoder: Encoder) throws {
        _ = encoder.container(keyedBy: AnyCodingKey.self)
    }
}

/// The config file: as written (raw, parsed, sourceConfig), as loaded (config, resolved) and as the running gateway uses it (runtimeConfig); secrets are replaced by "__OPENCLAW_REDACTED__".
public struct ConfigGetResult: Codable, Sendable, Equatable {
    /// The config file.
    public let path: String
    public let exists: Bool
    /// Whether the file loads (schema and refusals).
    public let valid: Bool
    /// The document as JSON text, redacted (comments are not kept); null when there is no file.
    public let raw: String?
    /// The document as written (before migrations and ${VAR} substitution), redacted.
    public let parsed: JSONValue
    /// The effective document (migrated, substituted), redacted.
    public let config: JSONValue
    /// Same as config.
    public let resolved: JSONValue
    /// Same as parsed.
    public let sourceConfig: JSONValue
    /// The effective config the running gateway loaded at start, redacted (writes apply after a restart).
    public let runtimeConfig: JSONValue
    /// Why the file does not load (empty when valid).
    public let issues: [ConfigIssue]
    /// Unresolved ${VAR}s and keys this gateway does not implement yet.
    public let warnings: [ConfigIssue]
    /// Retired values that loading migrates.
    public let legacyIssues: [ConfigIssue]
    /// Opaque revision of the file bytes; pass as baseHash to writes.
    public let hash: String
    /// Same as hash (no included files).
    public let configRevisionHash: String?
    /// Revision the running gateway loaded at start; null when it started without a file.
    public let appliedConfigHash: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(path: String, exists: Bool, valid: Bool, raw: String? = nil, parsed: JSONValue, config: JSONValue, resolved: JSONValue, sourceConfig: JSONValue, runtimeConfig: JSONValue, issues: [ConfigIssue], warnings: [ConfigIssue], legacyIssues: [ConfigIssue], hash: String, configRevisionHash: String? = nil, appliedConfigHash: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.path = path
        self.exists = exists
        self.valid = valid
        self.raw = raw
        self.parsed = parsed
        self.config = config
        self.resolved = resolved
        self.sourceConfig = sourceConfig
        self.runtimeConfig = runtimeConfig
        self.issues = issues
        self.warnings = warnings
        self.legacyIssues = legacyIssues
        self.hash = hash
        self.configRevisionHash = configRevisionHash
        self.appliedConfigHash = appliedConfigHash
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case path = "path"
        case exists = "exists"
        case valid = "valid"
        case raw = "raw"
        case parsed = "parsed"
        case config = "config"
        case resolved = "resolved"
        case sourceConfig = "sourceConfig"
        case runtimeConfig = "runtimeConfig"
        case issues = "issues"
        case warnings = "warnings"
        case legacyIssues = "legacyIssues"
        case hash = "hash"
        case configRevisionHash = "configRevisionHash"
        case appliedConfigHash = "appliedConfigHash"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.path = try container.decode(String.self, forKey: .path)
        self.exists = try container.decode(Bool.self, forKey: .exists)
        self.valid = try container.decode(Bool.self, forKey: .valid)
        self.raw = try container.decode(String?.self, forKey: .raw)
        self.parsed = try container.decode(JSONValue.self, forKey: .parsed)
        self.config = try container.decode(JSONValue.self, forKey: .config)
        self.resolved = try container.decode(JSONValue.self, forKey: .resolved)
        self.sourceConfig = try container.decode(JSONValue.self, forKey: .sourceConfig)
        self.runtimeConfig = try container.decode(JSONValue.self, forKey: .runtimeConfig)
        self.issues = try container.decode([ConfigIssue].self, forKey: .issues)
        self.warnings = try container.decode([ConfigIssue].self, forKey: .warnings)
        self.legacyIssues = try container.decode([ConfigIssue].self, forKey: .legacyIssues)
        self.hash = try container.decode(String.self, forKey: .hash)
        self.configRevisionHash = try container.decode(String?.self, forKey: .configRevisionHash)
        self.appliedConfigHash = try container.decode(String?.self, forKey: .appliedConfigHash)
        let known: Set<String> = ["path", "exists", "valid", "raw", "parsed", "config", "resolved", "sourceConfig", "runtimeConfig", "issues", "warnings", "legacyIssues", "hash", "configRevisionHash", "appliedConfigHash"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(exists, forKey: .exists)
        try container.encode(valid, forKey: .valid)
        try container.encode(raw, forKey: .raw)
        try container.encode(parsed, forKey: .parsed)
        try container.encode(config, forKey: .config)
        try container.encode(resolved, forKey: .resolved)
        try container.encode(sourceConfig, forKey: .sourceConfig)
        try container.encode(runtimeConfig, forKey: .runtimeConfig)
        try container.encode(issues, forKey: .issues)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(legacyIssues, forKey: .legacyIssues)
        try container.encode(hash, forKey: .hash)
        try container.encode(configRevisionHash, forKey: .configRevisionHash)
        try container.encode(appliedConfigHash, forKey: .appliedConfigHash)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One problem or notice about the config document.
public struct ConfigIssue: Codable, Sendable, Equatable {
    /// Dotted key path ("" = the whole document).
    public let path: String
    public let message: String
    /// Line in the file, when known.
    public let line: Int64?
    /// Column in the file, when known.
    public let column: Int64?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(path: String, message: String, line: Int64? = nil, column: Int64? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case path = "path"
        case message = "message"
        case line = "line"
        case column = "column"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.path = try container.decode(String.self, forKey: .path)
        self.message = try container.decode(String.self, forKey: .message)
        self.line = try container.decodeIfPresent(Int64.self, forKey: .line)
        self.column = try container.decodeIfPresent(Int64.self, forKey: .column)
        let known: Set<String> = ["path", "message", "line", "column"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(line, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ConfigPatchParams: Codable, Sendable, Equatable {
    /// A JSON5 merge patch (an object).
    public let raw: String
    /// The hash from config.get; required once a config file exists.
    public let baseHash: String?
    public let sessionKey: String?
    public let deliveryContext: ConfigDeliveryContext?
    public let note: String?
    public let restartDelayMs: Int64?
    /// Array paths replaced wholesale, e.g. bindings or models.providers.custom.models[].input.
    public let replacePaths: [String]?

    public init(raw: String, baseHash: String? = nil, sessionKey: String? = nil, deliveryContext: ConfigDeliveryContext? = nil, note: String? = nil, restartDelayMs: Int64? = nil, replacePaths: [String]? = nil) {
        self.raw = raw
        self.baseHash = baseHash
        self.sessionKey = sessionKey
        self.deliveryContext = deliveryContext
        self.note = note
        self.restartDelayMs = restartDelayMs
        self.replacePaths = replacePaths
    }

    private enum CodingKeys: String, CodingKey {
        case raw = "raw"
        case baseHash = "baseHash"
        case sessionKey = "sessionKey"
        case deliveryContext = "deliveryContext"
        case note = "note"
        case restartDelayMs = "restartDelayMs"
        case replacePaths = "replacePaths"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.raw = try container.decode(String.self, forKey: .raw)
        self.baseHash = try container.decodeIfPresent(String.self, forKey: .baseHash)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.deliveryContext = try container.decodeIfPresent(ConfigDeliveryContext.self, forKey: .deliveryContext)
        self.note = try container.decodeIfPresent(String.self, forKey: .note)
        self.restartDelayMs = try container.decodeIfPresent(Int64.self, forKey: .restartDelayMs)
        self.replacePaths = try container.decodeIfPresent([String].self, forKey: .replacePaths)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(raw, forKey: .raw)
        try container.encodeIfPresent(baseHash, forKey: .baseHash)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(deliveryContext, forKey: .deliveryContext)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(restartDelayMs, forKey: .restartDelayMs)
        try container.encodeIfPresent(replacePaths, forKey: .replacePaths)
    }
}

public struct ConfigPatchResult: Codable, Sendable, Equatable {
    public let ok: Bool
    /// The patch changed nothing; nothing was written.
    public let noop: Bool?
    public let path: String
    public let hash: String?
    /// The config as written (an object), secrets redacted.
    public let config: JSONValue
    /// Dotted paths the patch changed (no values).
    public let changedPaths: [String]
    public let restart: ConfigRestartInfo?
    public let sentinel: ConfigRestartSentinel?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool = true, noop: Bool? = nil, path: String, hash: String? = nil, config: JSONValue, changedPaths: [String], restart: ConfigRestartInfo? = nil, sentinel: ConfigRestartSentinel? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.noop = noop
        self.path = path
        self.hash = hash
        self.config = config
        self.changedPaths = changedPaths
        self.restart = restart
        self.sentinel = sentinel
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case noop = "noop"
        case path = "path"
        case hash = "hash"
        case config = "config"
        case changedPaths = "changedPaths"
        case restart = "restart"
        case sentinel = "sentinel"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.noop = try container.decodeIfPresent(Bool.self, forKey: .noop)
        self.path = try container.decode(String.self, forKey: .path)
        self.hash = try container.decodeIfPresent(String.self, forKey: .hash)
        self.config = try container.decode(JSONValue.self, forKey: .config)
        self.changedPaths = try container.decode([String].self, forKey: .changedPaths)
        self.restart = try container.decodeIfPresent(ConfigRestartInfo.self, forKey: .restart)
        self.sentinel = try container.decodeIfPresent(ConfigRestartSentinel.self, forKey: .sentinel)
        let known: Set<String> = ["ok", "noop", "path", "hash", "config", "changedPaths", "restart", "sentinel"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encodeIfPresent(noop, forKey: .noop)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(hash, forKey: .hash)
        try container.encode(config, forKey: .config)
        try container.encode(changedPaths, forKey: .changedPaths)
        try container.encodeIfPresent(restart, forKey: .restart)
        try container.encodeIfPresent(sentinel, forKey: .sentinel)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// How a change at the path is applied by the reload plan (config.md §7).
public enum ConfigReloadKind: String, Codable, Sendable, CaseIterable {
    case restart = "restart"
    case hot = "hot"
    case none = "none"
}

/// How the write reaches the running gateway. This gateway has no hot reload yet, so every write needs a restart.
public struct ConfigRestartInfo: Codable, Sendable, Equatable {
    /// Whether the running gateway must restart to use the new config.
    public let required: Bool
    /// Whether the gateway scheduled that restart itself (never, for now).
    public let scheduled: Bool
    public let reason: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(required: Bool, scheduled: Bool, reason: String, unknownFields: [String: JSONValue] = [:]) {
        self.required = required
        self.scheduled = scheduled
        self.reason = reason
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case required = "required"
        case scheduled = "scheduled"
        case reason = "reason"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.required = try container.decode(Bool.self, forKey: .required)
        self.scheduled = try container.decode(Bool.self, forKey: .scheduled)
        self.reason = try container.decode(String.self, forKey: .reason)
        let known: Set<String> = ["required", "scheduled", "reason"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(required, forKey: .required)
        try container.encode(scheduled, forKey: .scheduled)
        try container.encode(reason, forKey: .reason)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// The restart sentinel (the note delivered after a restart); not persisted while no restart is scheduled.
public struct ConfigRestartSentinel: Codable, Sendable, Equatable {
    public let persisted: Bool
    /// {kind, status, ts, sessionKey?, deliveryContext?, message?}
    public let payload: JSONValue
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(persisted: Bool, payload: JSONValue, unknownFields: [String: JSONValue] = [:]) {
        self.persisted = persisted
        self.payload = payload
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case persisted = "persisted"
        case payload = "payload"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.persisted = try container.decode(Bool.self, forKey: .persisted)
        self.payload = try container.decode(JSONValue.self, forKey: .payload)
        let known: Set<String> = ["persisted", "payload"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(persisted, forKey: .persisted)
        try container.encode(payload, forKey: .payload)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ConfigSchemaChild: Codable, Sendable, Equatable {
    public let key: String
    public let path: String
    public let type: String?
    public let required: Bool
    public let hasChildren: Bool
    public let reloadKind: ConfigReloadKind?
    public let hint: String?
    public let hintPath: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(key: String, path: String, type: String? = nil, required: Bool, hasChildren: Bool, reloadKind: ConfigReloadKind? = nil, hint: String? = nil, hintPath: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.key = key
        self.path = path
        self.type = type
        self.required = required
        self.hasChildren = hasChildren
        self.reloadKind = reloadKind
        self.hint = hint
        self.hintPath = hintPath
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case path = "path"
        case type = "type"
        case required = "required"
        case hasChildren = "hasChildren"
        case reloadKind = "reloadKind"
        case hint = "hint"
        case hintPath = "hintPath"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.path = try container.decode(String.self, forKey: .path)
        self.type = try container.decodeIfPresent(String.self, forKey: .type)
        self.required = try container.decode(Bool.self, forKey: .required)
        self.hasChildren = try container.decode(Bool.self, forKey: .hasChildren)
        self.reloadKind = try container.decodeIfPresent(ConfigReloadKind.self, forKey: .reloadKind)
        self.hint = try container.decodeIfPresent(String.self, forKey: .hint)
        self.hintPath = try container.decodeIfPresent(String.self, forKey: .hintPath)
        let known: Set<String> = ["key", "path", "type", "required", "hasChildren", "reloadKind", "hint", "hintPath"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(type, forKey: .type)
        try container.encode(required, forKey: .required)
        try container.encode(hasChildren, forKey: .hasChildren)
        try container.encodeIfPresent(reloadKind, forKey: .reloadKind)
        try container.encodeIfPresent(hint, forKey: .hint)
        try container.encodeIfPresent(hintPath, forKey: .hintPath)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ConfigSchemaLookupParams: Codable, Sendable, Equatable {
    /// Dotted path; "[]" or "*" for array items and map entries, e.g. agents.list[].id, models.providers.*.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    private enum CodingKeys: String, CodingKey {
        case path = "path"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.path = try container.decode(String.self, forKey: .path)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
    }
}

public struct ConfigSchemaLookupResult: Codable, Sendable, Equatable {
    public let path: String
    /// The node (an object), $refs resolved, without its children's schemas.
    public let schema: JSONValue
    public let reloadKind: ConfigReloadKind?
    public let hint: String?
    public let hintPath: String?
    public let children: [ConfigSchemaChild]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(path: String, schema: JSONValue, reloadKind: ConfigReloadKind? = nil, hint: String? = nil, hintPath: String? = nil, children: [ConfigSchemaChild], unknownFields: [String: JSONValue] = [:]) {
        self.path = path
        self.schema = schema
        self.reloadKind = reloadKind
        self.hint = hint
        self.hintPath = hintPath
        self.children = children
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case path = "path"
        case schema = "schema"
        case reloadKind = "reloadKind"
        case hint = "hint"
        case hintPath = "hintPath"
        case children = "children"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.path = try container.decode(String.self, forKey: .path)
        self.schema = try container.decode(JSONValue.self, forKey: .schema)
        self.reloadKind = try container.decodeIfPresent(ConfigReloadKind.self, forKey: .reloadKind)
        self.hint = try container.decodeIfPresent(String.self, forKey: .hint)
        self.hintPath = try container.decodeIfPresent(String.self, forKey: .hintPath)
        self.children = try container.decode([ConfigSchemaChild].self, forKey: .children)
        let known: Set<String> = ["path", "schema", "reloadKind", "hint", "hintPath", "children"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(schema, forKey: .schema)
        try container.encodeIfPresent(reloadKind, forKey: .reloadKind)
        try container.encodeIfPresent(hint, forKey: .hint)
        try container.encodeIfPresent(hintPath, forKey: .hintPath)
        try container.encode(children, forKey: .children)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ConfigSchemaParams: Codable, Sendable, Equatable {

    public init() {
    }

    public init(from decoder: Decoder) throws {
        _ = try decoder.container(keyedBy: AnyCodingKey.self)
    }

    public func encode(to encoder: Encoder) throws {
        _ = encoder.container(keyedBy: AnyCodingKey.self)
    }
}

public struct ConfigSchemaResponse: Codable, Sendable, Equatable {
    /// The JSON Schema (draft-07) of openclaw.json.
    public let schema: JSONValue
    /// By dotted path.
    public let uiHints: [String: ConfigUiHint]
    /// The gateway version the schema belongs to.
    public let version: String
    /// When this gateway process built the response (ISO 8601).
    public let generatedAt: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(schema: JSONValue, uiHints: [String: ConfigUiHint], version: String, generatedAt: String, unknownFields: [String: JSONValue] = [:]) {
        self.schema = schema
        self.uiHints = uiHints
        self.version = version
        self.generatedAt = generatedAt
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case schema = "schema"
        case uiHints = "uiHints"
        case version = "version"
        case generatedAt = "generatedAt"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decode(JSONValue.self, forKey: .schema)
        self.uiHints = try container.decode([String: ConfigUiHint].self, forKey: .uiHints)
        self.version = try container.decode(String.self, forKey: .version)
        self.generatedAt = try container.decode(String.self, forKey: .generatedAt)
        let known: Set<String> = ["schema", "uiHints", "version", "generatedAt"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(uiHints, forKey: .uiHints)
        try container.encode(version, forKey: .version)
        try container.encode(generatedAt, forKey: .generatedAt)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ConfigSetParams: Codable, Sendable, Equatable {
    /// The full config as JSON5 text.
    public let raw: String
    /// The hash from config.get; a mismatch is refused (re-read and retry).
    public let baseHash: String?

    public init(raw: String, baseHash: String? = nil) {
        self.raw = raw
        self.baseHash = baseHash
    }

    private enum CodingKeys: String, CodingKey {
        case raw = "raw"
        case baseHash = "baseHash"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.raw = try container.decode(String.self, forKey: .raw)
        self.baseHash = try container.decodeIfPresent(String.self, forKey: .baseHash)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(raw, forKey: .raw)
        try container.encodeIfPresent(baseHash, forKey: .baseHash)
    }
}

public struct ConfigSetResult: Codable, Sendable, Equatable {
    public let ok: Bool
    /// The config file.
    public let path: String
    /// The new revision hash.
    public let hash: String?
    /// The config as written (an object), secrets redacted.
    public let config: JSONValue
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool = true, path: String, hash: String? = nil, config: JSONValue, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.path = path
        self.hash = hash
        self.config = config
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case path = "path"
        case hash = "hash"
        case config = "config"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.path = try container.decode(String.self, forKey: .path)
        self.hash = try container.decodeIfPresent(String.self, forKey: .hash)
        self.config = try container.decode(JSONValue.self, forKey: .config)
        let known: Set<String> = ["ok", "path", "hash", "config"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(hash, forKey: .hash)
        try container.encode(config, forKey: .config)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ConfigUiHint: Codable, Sendable, Equatable {
    public let label: String?
    public let help: String?
    public let docsUrl: String?
    public let tags: [String]?
    public let group: String?
    public let order: Double?
    public let advanced: Bool?
    public let sensitive: Bool?
    public let placeholder: String?
    public let presentation: String?
    public let itemTemplate: JSONValue?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(label: String? = nil, help: String? = nil, docsUrl: String? = nil, tags: [String]? = nil, group: String? = nil, order: Double? = nil, advanced: Bool? = nil, sensitive: Bool? = nil, placeholder: String? = nil, presentation: String? = nil, itemTemplate: JSONValue? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.label = label
        self.help = help
        self.docsUrl = docsUrl
        self.tags = tags
        self.group = group
        self.order = order
        self.advanced = advanced
        self.sensitive = sensitive
        self.placeholder = placeholder
        self.presentation = presentation
        self.itemTemplate = itemTemplate
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case label = "label"
        case help = "help"
        case docsUrl = "docsUrl"
        case tags = "tags"
        case group = "group"
        case order = "order"
        case advanced = "advanced"
        case sensitive = "sensitive"
        case placeholder = "placeholder"
        case presentation = "presentation"
        case itemTemplate = "itemTemplate"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.label = try container.decodeIfPresent(String.self, forKey: .label)
        self.help = try container.decodeIfPresent(String.self, forKey: .help)
        self.docsUrl = try container.decodeIfPresent(String.self, forKey: .docsUrl)
        self.tags = try container.decodeIfPresent([String].self, forKey: .tags)
        self.group = try container.decodeIfPresent(String.self, forKey: .group)
        self.order = try container.decodeIfPresent(Double.self, forKey: .order)
        self.advanced = try container.decodeIfPresent(Bool.self, forKey: .advanced)
        self.sensitive = try container.decodeIfPresent(Bool.self, forKey: .sensitive)
        self.placeholder = try container.decodeIfPresent(String.self, forKey: .placeholder)
        self.presentation = try container.decodeIfPresent(String.self, forKey: .presentation)
        self.itemTemplate = try container.decodeIfPresent(JSONValue.self, forKey: .itemTemplate)
        let known: Set<String> = ["label", "help", "docsUrl", "tags", "group", "order", "advanced", "sensitive", "placeholder", "presentation", "itemTemplate"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(help, forKey: .help)
        try container.encodeIfPresent(docsUrl, forKey: .docsUrl)
        try container.encodeIfPresent(tags, forKey: .tags)
        try container.encodeIfPresent(group, forKey: .group)
        try container.encodeIfPresent(order, forKey: .order)
        try container.encodeIfPresent(advanced, forKey: .advanced)
        try container.encodeIfPresent(sensitive, forKey: .sensitive)
        try container.encodeIfPresent(placeholder, forKey: .placeholder)
        try container.encodeIfPresent(presentation, forKey: .presentation)
        try container.encodeIfPresent(itemTemplate, forKey: .itemTemplate)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// First frame on every socket; the nonce a device identity signs.
public struct ConnectChallengeEvent: Codable, Sendable, Equatable {
    /// Fresh UUID.
    public let nonce: String
    /// Server time in epoch ms.
    public let ts: Int64
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(nonce: String, ts: Int64, unknownFields: [String: JSONValue] = [:]) {
        self.nonce = nonce
        self.ts = ts
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case nonce = "nonce"
        case ts = "ts"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.nonce = try container.decode(String.self, forKey: .nonce)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        let known: Set<String> = ["nonce", "ts"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nonce, forKey: .nonce)
        try container.encode(ts, forKey: .ts)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Known client program.
public enum GatewayClientId: String, Codable, Sendable, CaseIterable {
    case webchatUi = "webchat-ui"
    case openclawControlUi = "openclaw-control-ui"
    case openclawBrowserCopilot = "openclaw-browser-copilot"
    case openclawTui = "openclaw-tui"
    case webchat = "webchat"
    case cli = "cli"
    case gatewayClient = "gateway-client"
    case openclawMacos = "openclaw-macos"
    case openclawLinux = "openclaw-linux"
    case openclawIos = "openclaw-ios"
    case openclawWatchos = "openclaw-watchos"
    case openclawAndroid = "openclaw-android"
    case nodeHost = "node-host"
    case openclawWorker = "openclaw-worker"
    case test = "test"
    case fingerprint = "fingerprint"
    case openclawProbe = "openclaw-probe"
}

/// How the client uses the gateway.
public enum GatewayClientMode: String, Codable, Sendable, CaseIterable {
    case webchat = "webchat"
    case cli = "cli"
    case ui = "ui"
    case backend = "backend"
    case node = "node"
    case worker = "worker"
    case probe = "probe"
    case test = "test"
}

/// Who is connecting.
public struct ConnectClientInfo: Codable, Sendable, Equatable {
    /// Known client program.
    public let id: GatewayClientId
    /// Human-friendly client name.
    public let displayName: String?
    /// Client version string.
    public let version: String
    /// Client build identifier.
    public let buildId: String?
    /// OS or runtime, e.g. linux, darwin, ios, web.
    public let platform: String
    /// Device family, e.g. Linux or iPhone.
    public let deviceFamily: String?
    /// Hardware model identifier.
    public let modelIdentifier: String?
    /// Self-reported IANA time zone.
    public let timeZone: String?
    /// How the client uses the gateway.
    public let mode: GatewayClientMode
    /// Stable id of this client instance.
    public let instanceId: String?

    public init(id: GatewayClientId, displayName: String? = nil, version: String, buildId: String? = nil, platform: String, deviceFamily: String? = nil, modelIdentifier: String? = nil, timeZone: String? = nil, mode: GatewayClientMode, instanceId: String? = nil) {
        self.id = id
        self.displayName = displayName
        self.version = version
        self.buildId = buildId
        self.platform = platform
        self.deviceFamily = deviceFamily
        self.modelIdentifier = modelIdentifier
        self.timeZone = timeZone
        self.mode = mode
        self.instanceId = instanceId
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case displayName = "displayName"
        case version = "version"
        case buildId = "buildId"
        case platform = "platform"
        case deviceFamily = "deviceFamily"
        case modelIdentifier = "modelIdentifier"
        case timeZone = "timeZone"
        case mode = "mode"
        case instanceId = "instanceId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(GatewayClientId.self, forKey: .id)
        self.displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
        self.version = try container.decode(String.self, forKey: .version)
        self.buildId = try container.decodeIfPresent(String.self, forKey: .buildId)
        self.platform = try container.decode(String.self, forKey: .platform)
        self.deviceFamily = try container.decodeIfPresent(String.self, forKey: .deviceFamily)
        self.modelIdentifier = try container.decodeIfPresent(String.self, forKey: .modelIdentifier)
        self.timeZone = try container.decodeIfPresent(String.self, forKey: .timeZone)
        self.mode = try container.decode(GatewayClientMode.self, forKey: .mode)
        self.instanceId = try container.decodeIfPresent(String.self, forKey: .instanceId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(displayName, forKey: .displayName)
        try container.encode(version, forKey: .version)
        try container.encodeIfPresent(buildId, forKey: .buildId)
        try container.encode(platform, forKey: .platform)
        try container.encodeIfPresent(deviceFamily, forKey: .deviceFamily)
        try container.encodeIfPresent(modelIdentifier, forKey: .modelIdentifier)
        try container.encodeIfPresent(timeZone, forKey: .timeZone)
        try container.encode(mode, forKey: .mode)
        try container.encodeIfPresent(instanceId, forKey: .instanceId)
    }
}

/// Legacy node worker build metadata; accepted and ignored.
public struct ConnectWorkerRuns: Codable, Sendable, Equatable {
    /// Lowercase hex SHA-256 of the worker bundle.
    public let bundleHash: String
    /// OpenClaw version of the worker.
    public let openclawVersion: String
    /// Worker protocol features.
    public let protocolFeatures: [String]
    /// Prewarm count.
    public let bundlePrewarm: Int64?

    public init(bundleHash: String, openclawVersion: String, protocolFeatures: [String], bundlePrewarm: Int64? = nil) {
        self.bundleHash = bundleHash
        self.openclawVersion = openclawVersion
        self.protocolFeatures = protocolFeatures
        self.bundlePrewarm = bundlePrewarm
    }

    private enum CodingKeys: String, CodingKey {
        case bundleHash = "bundleHash"
        case openclawVersion = "openclawVersion"
        case protocolFeatures = "protocolFeatures"
        case bundlePrewarm = "bundlePrewarm"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.bundleHash = try container.decode(String.self, forKey: .bundleHash)
        self.openclawVersion = try container.decode(String.self, forKey: .openclawVersion)
        self.protocolFeatures = try container.decode([String].self, forKey: .protocolFeatures)
        self.bundlePrewarm = try container.decodeIfPresent(Int64.self, forKey: .bundlePrewarm)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bundleHash, forKey: .bundleHash)
        try container.encode(openclawVersion, forKey: .openclawVersion)
        try container.encode(protocolFeatures, forKey: .protocolFeatures)
        try container.encodeIfPresent(bundlePrewarm, forKey: .bundlePrewarm)
    }
}

/// Signed device identity.
public struct ConnectDevice: Codable, Sendable, Equatable {
    /// Device id.
    public let id: String
    /// Device public key.
    public let publicKey: String
    /// Signature over the connect payload.
    public let signature: String
    /// Signing time in epoch ms.
    public let signedAt: Int64
    /// The connect.challenge nonce that was signed.
    public let nonce: String

    public init(id: String, publicKey: String, signature: String, signedAt: Int64, nonce: String) {
        self.id = id
        self.publicKey = publicKey
        self.signature = signature
        self.signedAt = signedAt
        self.nonce = nonce
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case publicKey = "publicKey"
        case signature = "signature"
        case signedAt = "signedAt"
        case nonce = "nonce"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.publicKey = try container.decode(String.self, forKey: .publicKey)
        self.signature = try container.decode(String.self, forKey: .signature)
        self.signedAt = try container.decode(Int64.self, forKey: .signedAt)
        self.nonce = try container.decode(String.self, forKey: .nonce)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(publicKey, forKey: .publicKey)
        try container.encode(signature, forKey: .signature)
        try container.encode(signedAt, forKey: .signedAt)
        try container.encode(nonce, forKey: .nonce)
    }
}

/// Credentials.
public struct ConnectAuth: Codable, Sendable, Equatable {
    /// Shared gateway token.
    public let token: String?
    /// One-time bootstrap token.
    public let bootstrapToken: String?
    /// Token issued to a paired device.
    public let deviceToken: String?
    /// Shared gateway password.
    public let password: String?
    /// Token of an approval runtime.
    public let approvalRuntimeToken: String?
    /// Token of an agent runtime.
    public let agentRuntimeIdentityToken: String?

    public init(token: String? = nil, bootstrapToken: String? = nil, deviceToken: String? = nil, password: String? = nil, approvalRuntimeToken: String? = nil, agentRuntimeIdentityToken: String? = nil) {
        self.token = token
        self.bootstrapToken = bootstrapToken
        self.deviceToken = deviceToken
        self.password = password
        self.approvalRuntimeToken = approvalRuntimeToken
        self.agentRuntimeIdentityToken = agentRuntimeIdentityToken
    }

    private enum CodingKeys: String, CodingKey {
        case token = "token"
        case bootstrapToken = "bootstrapToken"
        case deviceToken = "deviceToken"
        case password = "password"
        case approvalRuntimeToken = "approvalRuntimeToken"
        case agentRuntimeIdentityToken = "agentRuntimeIdentityToken"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.token = try container.decodeIfPresent(String.self, forKey: .token)
        self.bootstrapToken = try container.decodeIfPresent(String.self, forKey: .bootstrapToken)
        self.deviceToken = try container.decodeIfPresent(String.self, forKey: .deviceToken)
        self.password = try container.decodeIfPresent(String.self, forKey: .password)
        self.approvalRuntimeToken = try container.decodeIfPresent(String.self, forKey: .approvalRuntimeToken)
        self.agentRuntimeIdentityToken = try container.decodeIfPresent(String.self, forKey: .agentRuntimeIdentityToken)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(token, forKey: .token)
        try container.encodeIfPresent(bootstrapToken, forKey: .bootstrapToken)
        try container.encodeIfPresent(deviceToken, forKey: .deviceToken)
        try container.encodeIfPresent(password, forKey: .password)
        try container.encodeIfPresent(approvalRuntimeToken, forKey: .approvalRuntimeToken)
        try container.encodeIfPresent(agentRuntimeIdentityToken, forKey: .agentRuntimeIdentityToken)
    }
}

/// Parameters of the first request on a socket, method connect.
public struct ConnectParams: Codable, Sendable, Equatable {
    /// Oldest protocol the client speaks.
    public let minProtocol: Int64
    /// Newest protocol the client speaks.
    public let maxProtocol: Int64
    /// Who is connecting.
    public let client: ConnectClientInfo
    /// Client capability flags (e.g. tool-events, approvals) or node capability categories.
    public let caps: [String]?
    /// Commands a node claims to support.
    public let commands: [String]?
    /// Computer-use declaration; opaque to the core.
    public let computerUse: JSONValue?
    /// Legacy node worker build metadata; accepted and ignored.
    public let workerRuns: ConnectWorkerRuns?
    /// Node permission toggles by name.
    public let permissions: [String: Bool]?
    /// PATH of the node host.
    public let pathEnv: String?
    /// operator (default) or node; the server rejects anything else as "invalid role".
    public let role: String?
    /// Requested operator scopes (default none).
    public let scopes: [String]?
    /// Signed device identity.
    public let device: ConnectDevice?
    /// Credentials.
    public let auth: ConnectAuth?
    /// Client locale.
    public let locale: String?
    /// Client user agent.
    public let userAgent: String?

    public init(minProtocol: Int64, maxProtocol: Int64, client: ConnectClientInfo, caps: [String]? = nil, commands: [String]? = nil, computerUse: JSONValue? = nil, workerRuns: ConnectWorkerRuns? = nil, permissions: [String: Bool]? = nil, pathEnv: String? = nil, role: String? = nil, scopes: [String]? = nil, device: ConnectDevice? = nil, auth: ConnectAuth? = nil, locale: String? = nil, userAgent: String? = nil) {
        self.minProtocol = minProtocol
        self.maxProtocol = maxProtocol
        self.client = client
        self.caps = caps
        self.commands = commands
        self.computerUse = computerUse
        self.workerRuns = workerRuns
        self.permissions = permissions
        self.pathEnv = pathEnv
        self.role = role
        self.scopes = scopes
        self.device = device
        self.auth = auth
        self.locale = locale
        self.userAgent = userAgent
    }

    private enum CodingKeys: String, CodingKey {
        case minProtocol = "minProtocol"
        case maxProtocol = "maxProtocol"
        case client = "client"
        case caps = "caps"
        case commands = "commands"
        case computerUse = "computerUse"
        case workerRuns = "workerRuns"
        case permissions = "permissions"
        case pathEnv = "pathEnv"
        case role = "role"
        case scopes = "scopes"
        case device = "device"
        case auth = "auth"
        case locale = "locale"
        case userAgent = "userAgent"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.minProtocol = try container.decode(Int64.self, forKey: .minProtocol)
        self.maxProtocol = try container.decode(Int64.self, forKey: .maxProtocol)
        self.client = try container.decode(ConnectClientInfo.self, forKey: .client)
        self.caps = try container.decodeIfPresent([String].self, forKey: .caps)
        self.commands = try container.decodeIfPresent([String].self, forKey: .commands)
        self.computerUse = try container.decodeIfPresent(JSONValue.self, forKey: .computerUse)
        self.workerRuns = try container.decodeIfPresent(ConnectWorkerRuns.self, forKey: .workerRuns)
        self.permissions = try container.decodeIfPresent([String: Bool].self, forKey: .permissions)
        self.pathEnv = try container.decodeIfPresent(String.self, forKey: .pathEnv)
        self.role = try container.decodeIfPresent(String.self, forKey: .role)
        self.scopes = try container.decodeIfPresent([String].self, forKey: .scopes)
        self.device = try container.decodeIfPresent(ConnectDevice.self, forKey: .device)
        self.auth = try container.decodeIfPresent(ConnectAuth.self, forKey: .auth)
        self.locale = try container.decodeIfPresent(String.self, forKey: .locale)
        self.userAgent = try container.decodeIfPresent(String.self, forKey: .userAgent)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(minProtocol, forKey: .minProtocol)
        try container.encode(maxProtocol, forKey: .maxProtocol)
        try container.encode(client, forKey: .client)
        try container.encodeIfPresent(caps, forKey: .caps)
        try container.encodeIfPresent(commands, forKey: .commands)
        try container.encodeIfPresent(computerUse, forKey: .computerUse)
        try container.encodeIfPresent(workerRuns, forKey: .workerRuns)
        try container.encodeIfPresent(permissions, forKey: .permissions)
        try container.encodeIfPresent(pathEnv, forKey: .pathEnv)
        try container.encodeIfPresent(role, forKey: .role)
        try container.encodeIfPresent(scopes, forKey: .scopes)
        try container.encodeIfPresent(device, forKey: .device)
        try container.encodeIfPresent(auth, forKey: .auth)
        try container.encodeIfPresent(locale, forKey: .locale)
        try container.encodeIfPresent(userAgent, forKey: .userAgent)
    }
}

/// Details sent when a Control UI style client connects without a device identity.
public struct ControlUiDeviceIdentityRequiredDetails: Codable, Sendable, Equatable {
    public let code: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(code: String = "CONTROL_UI_DEVICE_IDENTITY_REQUIRED", unknownFields: [String: JSONValue] = [:]) {
        self.code = code
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        let known: Set<String> = ["code"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Details sent when a browser client's Origin is missing or not allowed.
public struct ControlUiOriginNotAllowedDetails: Codable, Sendable, Equatable {
    public let code: String
    /// Why the origin was refused, e.g. "origin missing or invalid".
    public let reason: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(code: String = "CONTROL_UI_ORIGIN_NOT_ALLOWED", reason: String, unknownFields: [String: JSONValue] = [:]) {
        self.code = code
        self.reason = reason
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case reason = "reason"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        self.reason = try container.decode(String.self, forKey: .reason)
        let known: Set<String> = ["code", "reason"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(reason, forKey: .reason)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Event-triggered jobs.
public struct CronTriggersConfig: Codable, Sendable, Equatable {
    /// Run event-triggered jobs.
    public let enabled: Bool?

    public init(enabled: Bool? = nil) {
        self.enabled = enabled
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
    }
}

/// Destination checks for job webhooks.
public struct CronWebhookSsrfPolicy: Codable, Sendable, Equatable {
    /// Hostnames webhooks may reach.
    public let allowedHostnames: StringList?
    /// Hostnames webhooks may not reach.
    public let blockedHostnames: StringList?
    /// Allow private and loopback addresses.
    public let dangerouslyAllowPrivateNetwork: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(allowedHostnames: StringList? = nil, blockedHostnames: StringList? = nil, dangerouslyAllowPrivateNetwork: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.allowedHostnames = allowedHostnames
        self.blockedHostnames = blockedHostnames
        self.dangerouslyAllowPrivateNetwork = dangerouslyAllowPrivateNetwork
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case allowedHostnames = "allowedHostnames"
        case blockedHostnames = "blockedHostnames"
        case dangerouslyAllowPrivateNetwork = "dangerouslyAllowPrivateNetwork"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.allowedHostnames = try container.decodeIfPresent(StringList.self, forKey: .allowedHostnames)
        self.blockedHostnames = try container.decodeIfPresent(StringList.self, forKey: .blockedHostnames)
        self.dangerouslyAllowPrivateNetwork = try container.decodeIfPresent(Bool.self, forKey: .dangerouslyAllowPrivateNetwork)
        let known: Set<String> = ["allowedHostnames", "blockedHostnames", "dangerouslyAllowPrivateNetwork"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(allowedHostnames, forKey: .allowedHostnames)
        try container.encodeIfPresent(blockedHostnames, forKey: .blockedHostnames)
        try container.encodeIfPresent(dangerouslyAllowPrivateNetwork, forKey: .dangerouslyAllowPrivateNetwork)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// How long isolated run sessions are kept; false or "0h" disables pruning.
public enum CronSessionRetention: Codable, Sendable, Equatable {
    case string(DurationString)
    case bool(Bool)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(DurationString.self) {
            self = .string(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "matches no branch of CronSessionRetention")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        }
    }
}

/// Deliver through a channel or a webhook.
public enum CronFailureAlertMode: String, Codable, Sendable, CaseIterable {
    case announce = "announce"
    case webhook = "webhook"
}

/// Alert after repeated job failures.
public struct CronFailureAlertConfig: Codable, Sendable, Equatable {
    /// Send failure alerts.
    public let enabled: Bool?
    /// Consecutive failures before alerting.
    public let after: Int64?
    /// Minimum time between alerts for one job.
    public let cooldownMs: Int64?
    /// Count skipped runs as failures.
    public let includeSkipped: Bool?
    /// Deliver through a channel or a webhook.
    public let mode: CronFailureAlertMode?
    /// Channel for announce alerts.
    public let channel: String?
    /// Recipient for announce alerts.
    public let to: String?
    /// Channel account for announce alerts.
    public let accountId: String?

    public init(enabled: Bool? = nil, after: Int64? = nil, cooldownMs: Int64? = nil, includeSkipped: Bool? = nil, mode: CronFailureAlertMode? = nil, channel: String? = nil, to: String? = nil, accountId: String? = nil) {
        self.enabled = enabled
        self.after = after
        self.cooldownMs = cooldownMs
        self.includeSkipped = includeSkipped
        self.mode = mode
        self.channel = channel
        self.to = to
        self.accountId = accountId
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case after = "after"
        case cooldownMs = "cooldownMs"
        case includeSkipped = "includeSkipped"
        case mode = "mode"
        case channel = "channel"
        case to = "to"
        case accountId = "accountId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.after = try container.decodeIfPresent(Int64.self, forKey: .after)
        self.cooldownMs = try container.decodeIfPresent(Int64.self, forKey: .cooldownMs)
        self.includeSkipped = try container.decodeIfPresent(Bool.self, forKey: .includeSkipped)
        self.mode = try container.decodeIfPresent(CronFailureAlertMode.self, forKey: .mode)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.to = try container.decodeIfPresent(String.self, forKey: .to)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(after, forKey: .after)
        try container.encodeIfPresent(cooldownMs, forKey: .cooldownMs)
        try container.encodeIfPresent(includeSkipped, forKey: .includeSkipped)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(to, forKey: .to)
        try container.encodeIfPresent(accountId, forKey: .accountId)
    }
}

/// Scheduler settings; jobs are managed through cron.* RPCs.
public struct CronConfig: Codable, Sendable, Equatable {
    /// Run the scheduler.
    public let enabled: Bool?
    /// Skip runs missed while the gateway was down.
    public let skipMissedJobs: Bool?
    /// Event-triggered jobs.
    public let triggers: CronTriggersConfig?
    /// Bearer token sent with job webhooks.
    public let webhookToken: SecretInput?
    /// Destination checks for job webhooks.
    public let webhookSsrfPolicy: CronWebhookSsrfPolicy?
    /// How long isolated run sessions are kept; false or "0h" disables pruning.
    public let sessionRetention: CronSessionRetention?
    /// Alert after repeated job failures.
    public let failureAlert: CronFailureAlertConfig?

    public init(enabled: Bool? = nil, skipMissedJobs: Bool? = nil, triggers: CronTriggersConfig? = nil, webhookToken: SecretInput? = nil, webhookSsrfPolicy: CronWebhookSsrfPolicy? = nil, sessionRetention: CronSessionRetention? = nil, failureAlert: CronFailureAlertConfig? = nil) {
        self.enabled = enabled
        self.skipMissedJobs = skipMissedJobs
        self.triggers = triggers
        self.webhookToken = webhookToken
        self.webhookSsrfPolicy = webhookSsrfPolicy
        self.sessionRetention = sessionRetention
        self.failureAlert = failureAlert
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case skipMissedJobs = "skipMissedJobs"
        case triggers = "triggers"
        case webhookToken = "webhookToken"
        case webhookSsrfPolicy = "webhookSsrfPolicy"
        case sessionRetention = "sessionRetention"
        case failureAlert = "failureAlert"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.skipMissedJobs = try container.decodeIfPresent(Bool.self, forKey: .skipMissedJobs)
        self.triggers = try container.decodeIfPresent(CronTriggersConfig.self, forKey: .triggers)
        self.webhookToken = try container.decodeIfPresent(SecretInput.self, forKey: .webhookToken)
        self.webhookSsrfPolicy = try container.decodeIfPresent(CronWebhookSsrfPolicy.self, forKey: .webhookSsrfPolicy)
        self.sessionRetention = try container.decodeIfPresent(CronSessionRetention.self, forKey: .sessionRetention)
        self.failureAlert = try container.decodeIfPresent(CronFailureAlertConfig.self, forKey: .failureAlert)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(skipMissedJobs, forKey: .skipMissedJobs)
        try container.encodeIfPresent(triggers, forKey: .triggers)
        try container.encodeIfPresent(webhookToken, forKey: .webhookToken)
        try container.encodeIfPresent(webhookSsrfPolicy, forKey: .webhookSsrfPolicy)
        try container.encodeIfPresent(sessionRetention, forKey: .sessionRetention)
        try container.encodeIfPresent(failureAlert, forKey: .failureAlert)
    }
}

/// Details of an error naming an unknown cron job.
public struct CronJobNotFoundDetails: Codable, Sendable, Equatable {
    public let code: String
    /// The job id that was not found.
    public let jobId: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(code: String = "CRON_JOB_NOT_FOUND", jobId: String, unknownFields: [String: JSONValue] = [:]) {
        self.code = code
        self.jobId = jobId
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case jobId = "jobId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        self.jobId = try container.decode(String.self, forKey: .jobId)
        let known: Set<String> = ["code", "jobId"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(jobId, forKey: .jobId)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Details sent when a connection needs a signed device identity but sent none.
public struct DeviceIdentityRequiredDetails: Codable, Sendable, Equatable {
    public let code: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(code: String = "DEVICE_IDENTITY_REQUIRED", unknownFields: [String: JSONValue] = [:]) {
        self.code = code
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        let known: Set<String> = ["code"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Who may start a direct conversation with the bot.
public enum DmPolicy: String, Codable, Sendable, CaseIterable {
    case pairing = "pairing"
    case allowlist = "allowlist"
    case `open` = "open"
    case disabled = "disabled"
}

/// How direct-message sessions are keyed.
public enum DmScope: String, Codable, Sendable, CaseIterable {
    case main = "main"
    case perPeer = "per-peer"
    case perChannelPeer = "per-channel-peer"
    case perAccountChannelPeer = "per-account-channel-peer"
}

/// Why new work is refused.
public enum DrainingDetailsReason: String, Codable, Sendable, CaseIterable {
    case gatewayRestarting = "gateway-restarting"
    case gatewaySuspending = "gateway-suspending"
}

/// Details of an UNAVAILABLE answer while the gateway drains for a restart or suspension.
public struct DrainingDetails: Codable, Sendable, Equatable {
    /// Why new work is refused.
    public let reason: DrainingDetailsReason
    /// The method that was refused.
    public let method: String
    /// Current drain phase.
    public let phase: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(reason: DrainingDetailsReason, method: String, phase: String, unknownFields: [String: JSONValue] = [:]) {
        self.reason = reason
        self.method = method
        self.phase = phase
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case reason = "reason"
        case method = "method"
        case phase = "phase"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reason = try container.decode(DrainingDetailsReason.self, forKey: .reason)
        self.method = try container.decode(String.self, forKey: .method)
        self.phase = try container.decode(String.self, forKey: .phase)
        let known: Set<String> = ["reason", "method", "phase"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reason, forKey: .reason)
        try container.encode(method, forKey: .method)
        try container.encode(phase, forKey: .phase)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Duration like "30m", "1h", "24h" or "30d"; a bare number uses the field's default unit.
public typealias DurationString = String

/// Import variables from a login shell.
public struct EnvShellEnvConfig: Codable, Sendable, Equatable {
    /// Run the login shell to read its environment.
    public let enabled: Bool?
    /// Timeout for the shell in milliseconds.
    public let timeoutMs: Int64?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, timeoutMs: Int64? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.timeoutMs = timeoutMs
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case timeoutMs = "timeoutMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.timeoutMs = try container.decodeIfPresent(Int64.self, forKey: .timeoutMs)
        let known: Set<String> = ["enabled", "timeoutMs"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(timeoutMs, forKey: .timeoutMs)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Environment variables supplied by the config (never override set ones).
public struct EnvConfig: Codable, Sendable, Equatable {
    /// Variables to define.
    public let vars: [String: String]?
    /// Import variables from a login shell.
    public let shellEnv: EnvShellEnvConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(vars: [String: String]? = nil, shellEnv: EnvShellEnvConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.vars = vars
        self.shellEnv = shellEnv
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case vars = "vars"
        case shellEnv = "shellEnv"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.vars = try container.decodeIfPresent([String: String].self, forKey: .vars)
        self.shellEnv = try container.decodeIfPresent(EnvShellEnvConfig.self, forKey: .shellEnv)
        let known: Set<String> = ["vars", "shellEnv"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(vars, forKey: .vars)
        try container.encodeIfPresent(shellEnv, forKey: .shellEnv)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// The error object of a failed response.
public struct ErrorShape: Codable, Sendable, Equatable {
    /// Top-level error code (see errors.yaml codes).
    public let code: String
    /// Human-readable text; clients branch on code and details.code instead.
    public let message: String
    /// Structured extra information, usually an object with its own code.
    public let details: JSONValue?
    /// Whether the same request may succeed if retried.
    public let retryable: Bool?
    /// Suggested wait before retrying.
    public let retryAfterMs: Int64?

    public init(code: String, message: String, details: JSONValue? = nil, retryable: Bool? = nil, retryAfterMs: Int64? = nil) {
        self.code = code
        self.message = message
        self.details = details
        self.retryable = retryable
        self.retryAfterMs = retryAfterMs
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case message = "message"
        case details = "details"
        case retryable = "retryable"
        case retryAfterMs = "retryAfterMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        self.message = try container.decode(String.self, forKey: .message)
        self.details = try container.decodeIfPresent(JSONValue.self, forKey: .details)
        self.retryable = try container.decodeIfPresent(Bool.self, forKey: .retryable)
        self.retryAfterMs = try container.decodeIfPresent(Int64.self, forKey: .retryAfterMs)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(details, forKey: .details)
        try container.encodeIfPresent(retryable, forKey: .retryable)
        try container.encodeIfPresent(retryAfterMs, forKey: .retryAfterMs)
    }
}

/// A server-pushed event.
public struct EventFrame: Codable, Sendable, Equatable {
    public let type: String
    /// Event name.
    public let event: String
    /// Event body.
    public let payload: JSONValue?
    /// Per-connection event counter starting at 1; absent on connect.challenge.
    public let seq: Int64?
    public let stateVersion: StateVersion?
    /// Profile a broadcast was addressed to (newer gateways; never emitted here).
    public let recipientProfileId: String?

    public init(type: String = "event", event: String, payload: JSONValue? = nil, seq: Int64? = nil, stateVersion: StateVersion? = nil, recipientProfileId: String? = nil) {
        self.type = type
        self.event = event
        self.payload = payload
        self.seq = seq
        self.stateVersion = stateVersion
        self.recipientProfileId = recipientProfileId
    }

    private enum CodingKeys: String, CodingKey {
        case type = "type"
        case event = "event"
        case payload = "payload"
        case seq = "seq"
        case stateVersion = "stateVersion"
        case recipientProfileId = "recipientProfileId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(String.self, forKey: .type)
        self.event = try container.decode(String.self, forKey: .event)
        self.payload = try container.decodeIfPresent(JSONValue.self, forKey: .payload)
        self.seq = try container.decodeIfPresent(Int64.self, forKey: .seq)
        self.stateVersion = try container.decodeIfPresent(StateVersion.self, forKey: .stateVersion)
        self.recipientProfileId = try container.decodeIfPresent(String.self, forKey: .recipientProfileId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(event, forKey: .event)
        try container.encodeIfPresent(payload, forKey: .payload)
        try container.encodeIfPresent(seq, forKey: .seq)
        try container.encodeIfPresent(stateVersion, forKey: .stateVersion)
        try container.encodeIfPresent(recipientProfileId, forKey: .recipientProfileId)
    }
}

/// Exec ask mode.
public enum ExecApprovalAsk: String, Codable, Sendable, CaseIterable {
    case off = "off"
    case onMiss = "on-miss"
    case always = "always"
}

public enum ExecApprovalErrorReason: String, Codable, Sendable, CaseIterable {
    case approvalNotFound = "APPROVAL_NOT_FOUND"
    case approvalAlreadyResolved = "APPROVAL_ALREADY_RESOLVED"
    case approvalAllowAlwaysUnavailable = "APPROVAL_ALLOW_ALWAYS_UNAVAILABLE"
}

/// Details of an INVALID_REQUEST about an approval (the 2026.9.6 gateway reports these as details.reason, not as error.code).
public struct ExecApprovalErrorDetails: Codable, Sendable, Equatable {
    public let reason: ExecApprovalErrorReason
    public let remediation: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(reason: ExecApprovalErrorReason, remediation: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.reason = reason
        self.remediation = remediation
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case reason = "reason"
        case remediation = "remediation"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reason = try container.decode(ExecApprovalErrorReason.self, forKey: .reason)
        self.remediation = try container.decodeIfPresent(String.self, forKey: .remediation)
        let known: Set<String> = ["reason", "remediation"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reason, forKey: .reason)
        try container.encodeIfPresent(remediation, forKey: .remediation)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ExecApprovalGetParams: Codable, Sendable, Equatable {
    public let id: String

    public init(id: String) {
        self.id = id
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
    }
}

public struct ExecApprovalGetResult: Codable, Sendable, Equatable {
    public let id: String
    public let commandText: String
    public let commandPreview: String
    public let allowedDecisions: [String]
    public let host: String?
    public let nodeId: String?
    public let agentId: String?
    public let expiresAtMs: Int64
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String, commandText: String, commandPreview: String, allowedDecisions: [String], host: String? = nil, nodeId: String? = nil, agentId: String? = nil, expiresAtMs: Int64, unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.commandText = commandText
        self.commandPreview = commandPreview
        self.allowedDecisions = allowedDecisions
        self.host = host
        self.nodeId = nodeId
        self.agentId = agentId
        self.expiresAtMs = expiresAtMs
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case commandText = "commandText"
        case commandPreview = "commandPreview"
        case allowedDecisions = "allowedDecisions"
        case host = "host"
        case nodeId = "nodeId"
        case agentId = "agentId"
        case expiresAtMs = "expiresAtMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.commandText = try container.decode(String.self, forKey: .commandText)
        self.commandPreview = try container.decode(String.self, forKey: .commandPreview)
        self.allowedDecisions = try container.decode([String].self, forKey: .allowedDecisions)
        self.host = try container.decode(String?.self, forKey: .host)
        self.nodeId = try container.decode(String?.self, forKey: .nodeId)
        self.agentId = try container.decode(String?.self, forKey: .agentId)
        self.expiresAtMs = try container.decode(Int64.self, forKey: .expiresAtMs)
        let known: Set<String> = ["id", "commandText", "commandPreview", "allowedDecisions", "host", "nodeId", "agentId", "expiresAtMs"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(commandText, forKey: .commandText)
        try container.encode(commandPreview, forKey: .commandPreview)
        try container.encode(allowedDecisions, forKey: .allowedDecisions)
        try container.encode(host, forKey: .host)
        try container.encode(nodeId, forKey: .nodeId)
        try container.encode(agentId, forKey: .agentId)
        try container.encode(expiresAtMs, forKey: .expiresAtMs)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ExecApprovalListParams: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ExecApprovalListItemRequest: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ExecApprovalListItem: Codable, Sendable, Equatable {
    public let id: String
    public let request: ExecApprovalListItemRequest
    public let createdAtMs: Int64
    public let expiresAtMs: Int64
    public let approvalKind: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String, request: ExecApprovalListItemRequest, createdAtMs: Int64, expiresAtMs: Int64, approvalKind: String = "exec", unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.request = request
        self.createdAtMs = createdAtMs
        self.expiresAtMs = expiresAtMs
        self.approvalKind = approvalKind
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case request = "request"
        case createdAtMs = "createdAtMs"
        case expiresAtMs = "expiresAtMs"
        case approvalKind = "approvalKind"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.request = try container.decode(ExecApprovalListItemRequest.self, forKey: .request)
        self.createdAtMs = try container.decode(Int64.self, forKey: .createdAtMs)
        self.expiresAtMs = try container.decode(Int64.self, forKey: .expiresAtMs)
        self.approvalKind = try container.decode(String.self, forKey: .approvalKind)
        let known: Set<String> = ["id", "request", "createdAtMs", "expiresAtMs", "approvalKind"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(request, forKey: .request)
        try container.encode(createdAtMs, forKey: .createdAtMs)
        try container.encode(expiresAtMs, forKey: .expiresAtMs)
        try container.encode(approvalKind, forKey: .approvalKind)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public typealias ExecApprovalListResult = [ExecApprovalListItem]

public struct ExecApprovalRequestedEventRequest: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ExecApprovalRequestedEvent: Codable, Sendable, Equatable {
    public let approvalKind: String
    public let id: String
    public let request: ExecApprovalRequestedEventRequest
    public let createdAtMs: Int64
    public let expiresAtMs: Int64
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(approvalKind: String = "exec", id: String, request: ExecApprovalRequestedEventRequest, createdAtMs: Int64, expiresAtMs: Int64, unknownFields: [String: JSONValue] = [:]) {
        self.approvalKind = approvalKind
        self.id = id
        self.request = request
        self.createdAtMs = createdAtMs
        self.expiresAtMs = expiresAtMs
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case approvalKind = "approvalKind"
        case id = "id"
        case request = "request"
        case createdAtMs = "createdAtMs"
        case expiresAtMs = "expiresAtMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.approvalKind = try container.decode(String.self, forKey: .approvalKind)
        self.id = try container.decode(String.self, forKey: .id)
        self.request = try container.decode(ExecApprovalRequestedEventRequest.self, forKey: .request)
        self.createdAtMs = try container.decode(Int64.self, forKey: .createdAtMs)
        self.expiresAtMs = try container.decode(Int64.self, forKey: .expiresAtMs)
        let known: Set<String> = ["approvalKind", "id", "request", "createdAtMs", "expiresAtMs"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(approvalKind, forKey: .approvalKind)
        try container.encode(id, forKey: .id)
        try container.encode(request, forKey: .request)
        try container.encode(createdAtMs, forKey: .createdAtMs)
        try container.encode(expiresAtMs, forKey: .expiresAtMs)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ExecApprovalReviewer: Codable, Sendable, Equatable {
    public let channel: String?
    public let accountId: String?
    public let senderId: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(channel: String? = nil, accountId: String? = nil, senderId: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.channel = channel
        self.accountId = accountId
        self.senderId = senderId
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case accountId = "accountId"
        case senderId = "senderId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
        self.senderId = try container.decodeIfPresent(String.self, forKey: .senderId)
        let known: Set<String> = ["channel", "accountId", "senderId"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(accountId, forKey: .accountId)
        try container.encodeIfPresent(senderId, forKey: .senderId)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ExecApprovalResolveParams: Codable, Sendable, Equatable {
    public let id: String
    /// allow-once | allow-always | deny; anything else is refused with "invalid decision".
    public let decision: String
    public let reviewer: ExecApprovalReviewer?
    public let grantExpiresInDays: Int64?

    public init(id: String, decision: String, reviewer: ExecApprovalReviewer? = nil, grantExpiresInDays: Int64? = nil) {
        self.id = id
        self.decision = decision
        self.reviewer = reviewer
        self.grantExpiresInDays = grantExpiresInDays
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case decision = "decision"
        case reviewer = "reviewer"
        case grantExpiresInDays = "grantExpiresInDays"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.decision = try container.decode(String.self, forKey: .decision)
        self.reviewer = try container.decodeIfPresent(ExecApprovalReviewer.self, forKey: .reviewer)
        self.grantExpiresInDays = try container.decodeIfPresent(Int64.self, forKey: .grantExpiresInDays)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(decision, forKey: .decision)
        try container.encodeIfPresent(reviewer, forKey: .reviewer)
        try container.encodeIfPresent(grantExpiresInDays, forKey: .grantExpiresInDays)
    }
}

public struct ExecApprovalResolveResult: Codable, Sendable, Equatable {
    public let ok: Bool

    public init(ok: Bool = true) {
        self.ok = ok
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
    }
}

public struct ExecApprovalResolvedEventRequest: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ExecApprovalResolvedEvent: Codable, Sendable, Equatable {
    public let id: String
    public let decision: String
    public let resolvedBy: String?
    public let ts: Int64
    public let request: ExecApprovalResolvedEventRequest
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String, decision: String, resolvedBy: String? = nil, ts: Int64, request: ExecApprovalResolvedEventRequest, unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.decision = decision
        self.resolvedBy = resolvedBy
        self.ts = ts
        self.request = request
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case decision = "decision"
        case resolvedBy = "resolvedBy"
        case ts = "ts"
        case request = "request"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.decision = try container.decode(String.self, forKey: .decision)
        self.resolvedBy = try container.decode(String?.self, forKey: .resolvedBy)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        self.request = try container.decode(ExecApprovalResolvedEventRequest.self, forKey: .request)
        let known: Set<String> = ["id", "decision", "resolvedBy", "ts", "request"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(decision, forKey: .decision)
        try container.encode(resolvedBy, forKey: .resolvedBy)
        try container.encode(ts, forKey: .ts)
        try container.encode(request, forKey: .request)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Exec security mode.
public enum ExecApprovalSecurity: String, Codable, Sendable, CaseIterable {
    case deny = "deny"
    case allowlist = "allowlist"
    case full = "full"
}

public struct ExecApprovalWaitDecisionParams: Codable, Sendable, Equatable {
    public let id: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decodeIfPresent(String.self, forKey: .id)
        let known: Set<String> = ["id"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ExecApprovalWaitDecisionResult: Codable, Sendable, Equatable {
    public let id: String
    public let decision: String?
    public let createdAtMs: Int64
    public let expiresAtMs: Int64
    public let terminalReason: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String, decision: String? = nil, createdAtMs: Int64, expiresAtMs: Int64, terminalReason: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.decision = decision
        self.createdAtMs = createdAtMs
        self.expiresAtMs = expiresAtMs
        self.terminalReason = terminalReason
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case decision = "decision"
        case createdAtMs = "createdAtMs"
        case expiresAtMs = "expiresAtMs"
        case terminalReason = "terminalReason"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.decision = try container.decode(String?.self, forKey: .decision)
        self.createdAtMs = try container.decode(Int64.self, forKey: .createdAtMs)
        self.expiresAtMs = try container.decode(Int64.self, forKey: .expiresAtMs)
        self.terminalReason = try container.decodeIfPresent(String.self, forKey: .terminalReason)
        let known: Set<String> = ["id", "decision", "createdAtMs", "expiresAtMs", "terminalReason"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(decision, forKey: .decision)
        try container.encode(createdAtMs, forKey: .createdAtMs)
        try container.encode(expiresAtMs, forKey: .expiresAtMs)
        try container.encodeIfPresent(terminalReason, forKey: .terminalReason)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct ExecApprovalsAgentMcpToolsItem: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One agent's approvals policy and allowlist.
public struct ExecApprovalsAgent: Codable, Sendable, Equatable {
    public let security: ExecApprovalSecurity?
    public let ask: ExecApprovalAsk?
    public let askFallback: ExecApprovalSecurity?
    public let autoAllowSkills: Bool?
    public let allowlist: [ExecApprovalsAllowlistEntry]?
    public let mcpTools: [ExecApprovalsAgentMcpToolsItem]?

    public init(security: ExecApprovalSecurity? = nil, ask: ExecApprovalAsk? = nil, askFallback: ExecApprovalSecurity? = nil, autoAllowSkills: Bool? = nil, allowlist: [ExecApprovalsAllowlistEntry]? = nil, mcpTools: [ExecApprovalsAgentMcpToolsItem]? = nil) {
        self.security = security
        self.ask = ask
        self.askFallback = askFallback
        self.autoAllowSkills = autoAllowSkills
        self.allowlist = allowlist
        self.mcpTools = mcpTools
    }

    private enum CodingKeys: String, CodingKey {
        case security = "security"
        case ask = "ask"
        case askFallback = "askFallback"
        case autoAllowSkills = "autoAllowSkills"
        case allowlist = "allowlist"
        case mcpTools = "mcpTools"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.security = try container.decodeIfPresent(ExecApprovalSecurity.self, forKey: .security)
        self.ask = try container.decodeIfPresent(ExecApprovalAsk.self, forKey: .ask)
        self.askFallback = try container.decodeIfPresent(ExecApprovalSecurity.self, forKey: .askFallback)
        self.autoAllowSkills = try container.decodeIfPresent(Bool.self, forKey: .autoAllowSkills)
        self.allowlist = try container.decodeIfPresent([ExecApprovalsAllowlistEntry].self, forKey: .allowlist)
        self.mcpTools = try container.decodeIfPresent([ExecApprovalsAgentMcpToolsItem].self, forKey: .mcpTools)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(security, forKey: .security)
        try container.encodeIfPresent(ask, forKey: .ask)
        try container.encodeIfPresent(askFallback, forKey: .askFallback)
        try container.encodeIfPresent(autoAllowSkills, forKey: .autoAllowSkills)
        try container.encodeIfPresent(allowlist, forKey: .allowlist)
        try container.encodeIfPresent(mcpTools, forKey: .mcpTools)
    }
}

/// pattern: a glob on the resolved path (when it holds /, \ or ~) or on the executable name; argPattern: a glob on the arguments joined by spaces.
public struct ExecApprovalsAllowlistEntry: Codable, Sendable, Equatable {
    public let id: String?
    public let pattern: String
    public let argPattern: String?
    public let source: String?
    public let lastUsedAt: Int64?
    public let lastUsedCommand: String?
    public let lastResolvedPath: String?

    public init(id: String? = nil, pattern: String, argPattern: String? = nil, source: String? = nil, lastUsedAt: Int64? = nil, lastUsedCommand: String? = nil, lastResolvedPath: String? = nil) {
        self.id = id
        self.pattern = pattern
        self.argPattern = argPattern
        self.source = source
        self.lastUsedAt = lastUsedAt
        self.lastUsedCommand = lastUsedCommand
        self.lastResolvedPath = lastResolvedPath
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case pattern = "pattern"
        case argPattern = "argPattern"
        case source = "source"
        case lastUsedAt = "lastUsedAt"
        case lastUsedCommand = "lastUsedCommand"
        case lastResolvedPath = "lastResolvedPath"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decodeIfPresent(String.self, forKey: .id)
        self.pattern = try container.decode(String.self, forKey: .pattern)
        self.argPattern = try container.decodeIfPresent(String.self, forKey: .argPattern)
        self.source = try container.decodeIfPresent(String.self, forKey: .source)
        self.lastUsedAt = try container.decodeIfPresent(Int64.self, forKey: .lastUsedAt)
        self.lastUsedCommand = try container.decodeIfPresent(String.self, forKey: .lastUsedCommand)
        self.lastResolvedPath = try container.decodeIfPresent(String.self, forKey: .lastResolvedPath)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(pattern, forKey: .pattern)
        try container.encodeIfPresent(argPattern, forKey: .argPattern)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(lastUsedAt, forKey: .lastUsedAt)
        try container.encodeIfPresent(lastUsedCommand, forKey: .lastUsedCommand)
        try container.encodeIfPresent(lastResolvedPath, forKey: .lastResolvedPath)
    }
}

public struct ExecApprovalsSocket: Codable, Sendable, Equatable {
    public let path: String?
    public let token: String?

    public init(path: String? = nil, token: String? = nil) {
        self.path = path
        self.token = token
    }

    private enum CodingKeys: String, CodingKey {
        case path = "path"
        case token = "token"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.path = try container.decodeIfPresent(String.self, forKey: .path)
        self.token = try container.decodeIfPresent(String.self, forKey: .token)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(token, forKey: .token)
    }
}

public struct ExecApprovalsDefaults: Codable, Sendable, Equatable {
    public let security: ExecApprovalSecurity?
    public let ask: ExecApprovalAsk?
    public let askFallback: ExecApprovalSecurity?
    public let autoAllowSkills: Bool?

    public init(security: ExecApprovalSecurity? = nil, ask: ExecApprovalAsk? = nil, askFallback: ExecApprovalSecurity? = nil, autoAllowSkills: Bool? = nil) {
        self.security = security
        self.ask = ask
        self.askFallback = askFallback
        self.autoAllowSkills = autoAllowSkills
    }

    private enum CodingKeys: String, CodingKey {
        case security = "security"
        case ask = "ask"
        case askFallback = "askFallback"
        case autoAllowSkills = "autoAllowSkills"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.security = try container.decodeIfPresent(ExecApprovalSecurity.self, forKey: .security)
        self.ask = try container.decodeIfPresent(ExecApprovalAsk.self, forKey: .ask)
        self.askFallback = try container.decodeIfPresent(ExecApprovalSecurity.self, forKey: .askFallback)
        self.autoAllowSkills = try container.decodeIfPresent(Bool.self, forKey: .autoAllowSkills)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(security, forKey: .security)
        try container.encodeIfPresent(ask, forKey: .ask)
        try container.encodeIfPresent(askFallback, forKey: .askFallback)
        try container.encodeIfPresent(autoAllowSkills, forKey: .autoAllowSkills)
    }
}

/// The approvals document (methods.md §13.2).
public struct ExecApprovalsFile: Codable, Sendable, Equatable {
    public let version: Int64
    public let socket: ExecApprovalsSocket?
    public let defaults: ExecApprovalsDefaults?
    /// Keyed by agent id or "*".
    public let agents: [String: ExecApprovalsAgent]?

    public init(version: Int64 = 1, socket: ExecApprovalsSocket? = nil, defaults: ExecApprovalsDefaults? = nil, agents: [String: ExecApprovalsAgent]? = nil) {
        self.version = version
        self.socket = socket
        self.defaults = defaults
        self.agents = agents
    }

    private enum CodingKeys: String, CodingKey {
        case version = "version"
        case socket = "socket"
        case defaults = "defaults"
        case agents = "agents"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.version = try container.decode(Int64.self, forKey: .version)
        self.socket = try container.decodeIfPresent(ExecApprovalsSocket.self, forKey: .socket)
        self.defaults = try container.decodeIfPresent(ExecApprovalsDefaults.self, forKey: .defaults)
        self.agents = try container.decodeIfPresent([String: ExecApprovalsAgent].self, forKey: .agents)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encodeIfPresent(socket, forKey: .socket)
        try container.encodeIfPresent(defaults, forKey: .defaults)
        try container.encodeIfPresent(agents, forKey: .agents)
    }
}

public struct ExecApprovalsGetParams: Codable, Sendable, Equatable {

    public init() {
    }

    public init(from decoder: Decoder) throws {
        _ = try decoder.container(keyedBy: AnyCodingKey.self)
    }

    public func encode(to encoder: Encoder) throws {
        _ = encoder.container(keyedBy: AnyCodingKey.self)
    }
}

public struct ExecApprovalsSetParams: Codable, Sendable, Equatable {
    public let file: ExecApprovalsFile
    public let baseHash: String?

    public init(file: ExecApprovalsFile, baseHash: String? = nil) {
        self.file = file
        self.baseHash = baseHash
    }

    private enum CodingKeys: String, CodingKey {
        case file = "file"
        case baseHash = "baseHash"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.file = try container.decode(ExecApprovalsFile.self, forKey: .file)
        self.baseHash = try container.decodeIfPresent(String.self, forKey: .baseHash)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encodeIfPresent(baseHash, forKey: .baseHash)
    }
}

public struct ExecApprovalsResolvedDefaults: Codable, Sendable, Equatable {
    public let security: ExecApprovalSecurity
    public let ask: ExecApprovalAsk
    public let askFallback: ExecApprovalSecurity
    public let autoAllowSkills: Bool

    public init(security: ExecApprovalSecurity, ask: ExecApprovalAsk, askFallback: ExecApprovalSecurity, autoAllowSkills: Bool) {
        self.security = security
        self.ask = ask
        self.askFallback = askFallback
        self.autoAllowSkills = autoAllowSkills
    }

    private enum CodingKeys: String, CodingKey {
        case security = "security"
        case ask = "ask"
        case askFallback = "askFallback"
        case autoAllowSkills = "autoAllowSkills"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.security = try container.decode(ExecApprovalSecurity.self, forKey: .security)
        self.ask = try container.decode(ExecApprovalAsk.self, forKey: .ask)
        self.askFallback = try container.decode(ExecApprovalSecurity.self, forKey: .askFallback)
        self.autoAllowSkills = try container.decode(Bool.self, forKey: .autoAllowSkills)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(security, forKey: .security)
        try container.encode(ask, forKey: .ask)
        try container.encode(askFallback, forKey: .askFallback)
        try container.encode(autoAllowSkills, forKey: .autoAllowSkills)
    }
}

/// The approvals document as stored, with its hash (lower-case hex SHA-256 of the stored text, or "missing:<sha256 of nothing>").
public struct ExecApprovalsSnapshot: Codable, Sendable, Equatable {
    public let path: String
    public let exists: Bool
    public let hash: String
    public let file: ExecApprovalsFile
    public let resolvedDefaults: ExecApprovalsResolvedDefaults?

    public init(path: String, exists: Bool, hash: String, file: ExecApprovalsFile, resolvedDefaults: ExecApprovalsResolvedDefaults? = nil) {
        self.path = path
        self.exists = exists
        self.hash = hash
        self.file = file
        self.resolvedDefaults = resolvedDefaults
    }

    private enum CodingKeys: String, CodingKey {
        case path = "path"
        case exists = "exists"
        case hash = "hash"
        case file = "file"
        case resolvedDefaults = "resolvedDefaults"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.path = try container.decode(String.self, forKey: .path)
        self.exists = try container.decode(Bool.self, forKey: .exists)
        self.hash = try container.decode(String.self, forKey: .hash)
        self.file = try container.decode(ExecApprovalsFile.self, forKey: .file)
        self.resolvedDefaults = try container.decodeIfPresent(ExecApprovalsResolvedDefaults.self, forKey: .resolvedDefaults)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(exists, forKey: .exists)
        try container.encode(hash, forKey: .hash)
        try container.encode(file, forKey: .file)
        try container.encodeIfPresent(resolvedDefaults, forKey: .resolvedDefaults)
    }
}

/// Which configured secret or identity source is checked.
public enum GatewayAuthMode: String, Codable, Sendable, CaseIterable {
    case none = "none"
    case token = "token"
    case password = "password"
    case trustedProxy = "trusted-proxy"
}

/// Auto-approve device pairing for proxy-authenticated users.
public struct TrustedProxyDeviceAutoApprove: Codable, Sendable, Equatable {
    /// Enable auto-approval.
    public let enabled: Bool?
    /// Scopes granted to auto-approved devices.
    public let scopes: StringList?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, scopes: StringList? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.scopes = scopes
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case scopes = "scopes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.scopes = try container.decodeIfPresent(StringList.self, forKey: .scopes)
        let known: Set<String> = ["enabled", "scopes"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(scopes, forKey: .scopes)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Identity headers injected by a trusted reverse proxy (auth.md §7).
public struct TrustedProxyConfig: Codable, Sendable, Equatable {
    /// Header carrying the authenticated user, e.g. x-forwarded-user.
    public let userHeader: String
    /// Headers that must be present and non-blank.
    public let requiredHeaders: StringList?
    /// Users allowed through; any user when absent.
    public let allowUsers: StringList?
    /// Accept proxy requests arriving from loopback.
    public let allowLoopback: Bool?
    /// Auto-approve device pairing for proxy-authenticated users.
    public let deviceAutoApprove: TrustedProxyDeviceAutoApprove?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(userHeader: String, requiredHeaders: StringList? = nil, allowUsers: StringList? = nil, allowLoopback: Bool? = nil, deviceAutoApprove: TrustedProxyDeviceAutoApprove? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.userHeader = userHeader
        self.requiredHeaders = requiredHeaders
        self.allowUsers = allowUsers
        self.allowLoopback = allowLoopback
        self.deviceAutoApprove = deviceAutoApprove
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case userHeader = "userHeader"
        case requiredHeaders = "requiredHeaders"
        case allowUsers = "allowUsers"
        case allowLoopback = "allowLoopback"
        case deviceAutoApprove = "deviceAutoApprove"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.userHeader = try container.decode(String.self, forKey: .userHeader)
        self.requiredHeaders = try container.decodeIfPresent(StringList.self, forKey: .requiredHeaders)
        self.allowUsers = try container.decodeIfPresent(StringList.self, forKey: .allowUsers)
        self.allowLoopback = try container.decodeIfPresent(Bool.self, forKey: .allowLoopback)
        self.deviceAutoApprove = try container.decodeIfPresent(TrustedProxyDeviceAutoApprove.self, forKey: .deviceAutoApprove)
        let known: Set<String> = ["userHeader", "requiredHeaders", "allowUsers", "allowLoopback", "deviceAutoApprove"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(userHeader, forKey: .userHeader)
        try container.encodeIfPresent(requiredHeaders, forKey: .requiredHeaders)
        try container.encodeIfPresent(allowUsers, forKey: .allowUsers)
        try container.encodeIfPresent(allowLoopback, forKey: .allowLoopback)
        try container.encodeIfPresent(deviceAutoApprove, forKey: .deviceAutoApprove)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// How clients authenticate to the gateway (auth.md §1).
public struct GatewayAuthConfig: Codable, Sendable, Equatable {
    /// Which configured secret or identity source is checked.
    public let mode: GatewayAuthMode?
    /// Shared token for token mode (env OPENCLAW_GATEWAY_TOKEN also works).
    public let token: SecretInput?
    /// Shared password for password mode (env OPENCLAW_GATEWAY_PASSWORD also works).
    public let password: SecretInput?
    /// Let verified Tailscale Serve identity headers satisfy WS auth.
    public let allowTailscale: Bool?
    /// Operator scopes granted per authenticated identity.
    public let identityScopes: [String: [String]]?
    /// Identity headers injected by a trusted reverse proxy (auth.md §7).
    public let trustedProxy: TrustedProxyConfig?
    public let rateLimit: GatewayAuthRateLimitConfig?

    public init(mode: GatewayAuthMode? = nil, token: SecretInput? = nil, password: SecretInput? = nil, allowTailscale: Bool? = nil, identityScopes: [String: [String]]? = nil, trustedProxy: TrustedProxyConfig? = nil, rateLimit: GatewayAuthRateLimitConfig? = nil) {
        self.mode = mode
        self.token = token
        self.password = password
        self.allowTailscale = allowTailscale
        self.identityScopes = identityScopes
        self.trustedProxy = trustedProxy
        self.rateLimit = rateLimit
    }

    private enum CodingKeys: String, CodingKey {
        case mode = "mode"
        case token = "token"
        case password = "password"
        case allowTailscale = "allowTailscale"
        case identityScopes = "identityScopes"
        case trustedProxy = "trustedProxy"
        case rateLimit = "rateLimit"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.mode = try container.decodeIfPresent(GatewayAuthMode.self, forKey: .mode)
        self.token = try container.decodeIfPresent(SecretInput.self, forKey: .token)
        self.password = try container.decodeIfPresent(SecretInput.self, forKey: .password)
        self.allowTailscale = try container.decodeIfPresent(Bool.self, forKey: .allowTailscale)
        self.identityScopes = try container.decodeIfPresent([String: [String]].self, forKey: .identityScopes)
        self.trustedProxy = try container.decodeIfPresent(TrustedProxyConfig.self, forKey: .trustedProxy)
        self.rateLimit = try container.decodeIfPresent(GatewayAuthRateLimitConfig.self, forKey: .rateLimit)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(token, forKey: .token)
        try container.encodeIfPresent(password, forKey: .password)
        try container.encodeIfPresent(allowTailscale, forKey: .allowTailscale)
        try container.encodeIfPresent(identityScopes, forKey: .identityScopes)
        try container.encodeIfPresent(trustedProxy, forKey: .trustedProxy)
        try container.encodeIfPresent(rateLimit, forKey: .rateLimit)
    }
}

/// Failed-auth limiter per client IP and credential class (auth.md §6).
public struct GatewayAuthRateLimitConfig: Codable, Sendable, Equatable {
    /// Failures allowed per window.
    public let maxAttempts: Int64?
    /// Sliding window length in milliseconds.
    public let windowMs: Int64?
    /// Lockout after exceeding the limit, in milliseconds.
    public let lockoutMs: Int64?
    /// Never lock out 127.0.0.1 / ::1 (browser-origin connects excepted).
    public let exemptLoopback: Bool?

    public init(maxAttempts: Int64? = nil, windowMs: Int64? = nil, lockoutMs: Int64? = nil, exemptLoopback: Bool? = nil) {
        self.maxAttempts = maxAttempts
        self.windowMs = windowMs
        self.lockoutMs = lockoutMs
        self.exemptLoopback = exemptLoopback
    }

    private enum CodingKeys: String, CodingKey {
        case maxAttempts = "maxAttempts"
        case windowMs = "windowMs"
        case lockoutMs = "lockoutMs"
        case exemptLoopback = "exemptLoopback"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.maxAttempts = try container.decodeIfPresent(Int64.self, forKey: .maxAttempts)
        self.windowMs = try container.decodeIfPresent(Int64.self, forKey: .windowMs)
        self.lockoutMs = try container.decodeIfPresent(Int64.self, forKey: .lockoutMs)
        self.exemptLoopback = try container.decodeIfPresent(Bool.self, forKey: .exemptLoopback)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(maxAttempts, forKey: .maxAttempts)
        try container.encodeIfPresent(windowMs, forKey: .windowMs)
        try container.encodeIfPresent(lockoutMs, forKey: .lockoutMs)
        try container.encodeIfPresent(exemptLoopback, forKey: .exemptLoopback)
    }
}

/// Run a gateway here (local) or act as a client of one (remote).
public enum GatewayMode: String, Codable, Sendable, CaseIterable {
    case local = "local"
    case remote = "remote"
}

/// Listen address policy; a literal IP is mapped to custom by the loader.
public enum GatewayBindMode: String, Codable, Sendable, CaseIterable {
    case loopback = "loopback"
    case lan = "lan"
    case tailnet = "tailnet"
    case auto = "auto"
    case custom = "custom"
}

/// Control UI single-page app served on the gateway port.
public struct ControlUiConfig: Codable, Sendable, Equatable {
    /// Serve the Control UI.
    public let enabled: Bool?
    /// URL path prefix of the Control UI; changing it needs a restart.
    public let basePath: String?
    /// Browser origins allowed to open the control WebSocket.
    public let allowedOrigins: StringList?
    /// Directory of a custom Control UI build.
    public let root: String?
    /// Treat the Host header as the origin when Origin is missing.
    public let dangerouslyAllowHostHeaderOriginFallback: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, basePath: String? = nil, allowedOrigins: StringList? = nil, root: String? = nil, dangerouslyAllowHostHeaderOriginFallback: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.basePath = basePath
        self.allowedOrigins = allowedOrigins
        self.root = root
        self.dangerouslyAllowHostHeaderOriginFallback = dangerouslyAllowHostHeaderOriginFallback
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case basePath = "basePath"
        case allowedOrigins = "allowedOrigins"
        case root = "root"
        case dangerouslyAllowHostHeaderOriginFallback = "dangerouslyAllowHostHeaderOriginFallback"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.basePath = try container.decodeIfPresent(String.self, forKey: .basePath)
        self.allowedOrigins = try container.decodeIfPresent(StringList.self, forKey: .allowedOrigins)
        self.root = try container.decodeIfPresent(String.self, forKey: .root)
        self.dangerouslyAllowHostHeaderOriginFallback = try container.decodeIfPresent(Bool.self, forKey: .dangerouslyAllowHostHeaderOriginFallback)
        let known: Set<String> = ["enabled", "basePath", "allowedOrigins", "root", "dangerouslyAllowHostHeaderOriginFallback"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(basePath, forKey: .basePath)
        try container.encodeIfPresent(allowedOrigins, forKey: .allowedOrigins)
        try container.encodeIfPresent(root, forKey: .root)
        try container.encodeIfPresent(dangerouslyAllowHostHeaderOriginFallback, forKey: .dangerouslyAllowHostHeaderOriginFallback)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// hybrid or off; retired hot and restart are treated as hybrid.
public enum ReloadMode: String, Codable, Sendable, CaseIterable {
    case hybrid = "hybrid"
    case off = "off"
    case hot = "hot"
    case restart = "restart"
}

/// Config file watching and apply policy.
public struct GatewayReloadConfig: Codable, Sendable, Equatable {
    /// hybrid or off; retired hot and restart are treated as hybrid.
    public let mode: ReloadMode?
    /// Retired (built-in debounce); accepted and ignored.
    public let debounceMs: Int64?

    public init(mode: ReloadMode? = nil, debounceMs: Int64? = nil) {
        self.mode = mode
        self.debounceMs = debounceMs
    }

    private enum CodingKeys: String, CodingKey {
        case mode = "mode"
        case debounceMs = "debounceMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.mode = try container.decodeIfPresent(ReloadMode.self, forKey: .mode)
        self.debounceMs = try container.decodeIfPresent(Int64.self, forKey: .debounceMs)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(debounceMs, forKey: .debounceMs)
    }
}

/// Serve wss/https on the same port.
public struct GatewayTlsConfig: Codable, Sendable, Equatable {
    /// Enable TLS on the listener.
    public let enabled: Bool?
    /// Generate a self-signed certificate when no paths are given.
    public let autoGenerate: Bool?
    /// PEM certificate chain file.
    public let certPath: String?
    /// PEM private key file.
    public let keyPath: String?
    /// PEM CA bundle for client verification.
    public let caPath: String?

    public init(enabled: Bool? = nil, autoGenerate: Bool? = nil, certPath: String? = nil, keyPath: String? = nil, caPath: String? = nil) {
        self.enabled = enabled
        self.autoGenerate = autoGenerate
        self.certPath = certPath
        self.keyPath = keyPath
        self.caPath = caPath
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case autoGenerate = "autoGenerate"
        case certPath = "certPath"
        case keyPath = "keyPath"
        case caPath = "caPath"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.autoGenerate = try container.decodeIfPresent(Bool.self, forKey: .autoGenerate)
        self.certPath = try container.decodeIfPresent(String.self, forKey: .certPath)
        self.keyPath = try container.decodeIfPresent(String.self, forKey: .keyPath)
        self.caPath = try container.decodeIfPresent(String.self, forKey: .caPath)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(autoGenerate, forKey: .autoGenerate)
        try container.encodeIfPresent(certPath, forKey: .certPath)
        try container.encodeIfPresent(keyPath, forKey: .keyPath)
        try container.encodeIfPresent(caPath, forKey: .caPath)
    }
}

/// Expose the gateway through Tailscale.
public enum TailscaleMode: String, Codable, Sendable, CaseIterable {
    case off = "off"
    case serve = "serve"
    case funnel = "funnel"
}

/// Tailscale serve/funnel integration (out of core).
public struct GatewayTailscaleConfig: Codable, Sendable, Equatable {
    /// Expose the gateway through Tailscale.
    public let mode: TailscaleMode?
    /// Undo the serve/funnel setup when the gateway exits.
    public let resetOnExit: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(mode: TailscaleMode? = nil, resetOnExit: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.mode = mode
        self.resetOnExit = resetOnExit
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case mode = "mode"
        case resetOnExit = "resetOnExit"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.mode = try container.decodeIfPresent(TailscaleMode.self, forKey: .mode)
        self.resetOnExit = try container.decodeIfPresent(Bool.self, forKey: .resetOnExit)
        let known: Set<String> = ["mode", "resetOnExit"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(resetOnExit, forKey: .resetOnExit)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// How the client reaches the remote gateway.
public enum RemoteTransport: String, Codable, Sendable, CaseIterable {
    case ssh = "ssh"
    case direct = "direct"
}

/// Client-side settings for reaching a remote gateway; never configures server auth.
public struct GatewayRemoteConfig: Codable, Sendable, Equatable {
    /// WebSocket URL of the remote gateway.
    public let url: String?
    /// Shared token sent to the remote gateway.
    public let token: SecretInput?
    /// Shared password sent to the remote gateway.
    public let password: SecretInput?
    /// How the client reaches the remote gateway.
    public let transport: RemoteTransport?
    /// Pinned SHA-256 fingerprint of the remote certificate.
    public let tlsFingerprint: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(url: String? = nil, token: SecretInput? = nil, password: SecretInput? = nil, transport: RemoteTransport? = nil, tlsFingerprint: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.url = url
        self.token = token
        self.password = password
        self.transport = transport
        self.tlsFingerprint = tlsFingerprint
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case url = "url"
        case token = "token"
        case password = "password"
        case transport = "transport"
        case tlsFingerprint = "tlsFingerprint"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.url = try container.decodeIfPresent(String.self, forKey: .url)
        self.token = try container.decodeIfPresent(SecretInput.self, forKey: .token)
        self.password = try container.decodeIfPresent(SecretInput.self, forKey: .password)
        self.transport = try container.decodeIfPresent(RemoteTransport.self, forKey: .transport)
        self.tlsFingerprint = try container.decodeIfPresent(String.self, forKey: .tlsFingerprint)
        let known: Set<String> = ["url", "token", "password", "transport", "tlsFingerprint"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(token, forKey: .token)
        try container.encodeIfPresent(password, forKey: .password)
        try container.encodeIfPresent(transport, forKey: .transport)
        try container.encodeIfPresent(tlsFingerprint, forKey: .tlsFingerprint)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Automatic approval of device/node pairing requests.
public struct NodePairingConfig: Codable, Sendable, Equatable {
    /// Auto-approve pairing from loopback clients.
    public let autoApproveLocal: Bool?
    /// Client networks (CIDR) whose pairing is auto-approved.
    public let autoApproveCidrs: StringList?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(autoApproveLocal: Bool? = nil, autoApproveCidrs: StringList? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.autoApproveLocal = autoApproveLocal
        self.autoApproveCidrs = autoApproveCidrs
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case autoApproveLocal = "autoApproveLocal"
        case autoApproveCidrs = "autoApproveCidrs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.autoApproveLocal = try container.decodeIfPresent(Bool.self, forKey: .autoApproveLocal)
        self.autoApproveCidrs = try container.decodeIfPresent(StringList.self, forKey: .autoApproveCidrs)
        let known: Set<String> = ["autoApproveLocal", "autoApproveCidrs"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(autoApproveLocal, forKey: .autoApproveLocal)
        try container.encodeIfPresent(autoApproveCidrs, forKey: .autoApproveCidrs)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Node command allow/deny lists.
public struct NodeCommandPolicy: Codable, Sendable, Equatable {
    /// Commands allowed on nodes.
    public let allow: StringList?
    /// Commands denied on nodes.
    public let deny: StringList?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(allow: StringList? = nil, deny: StringList? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.allow = allow
        self.deny = deny
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case allow = "allow"
        case deny = "deny"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.allow = try container.decodeIfPresent(StringList.self, forKey: .allow)
        self.deny = try container.decodeIfPresent(StringList.self, forKey: .deny)
        let known: Set<String> = ["allow", "deny"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(allow, forKey: .allow)
        try container.encodeIfPresent(deny, forKey: .deny)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Node (capability host) pairing and command policy.
public struct GatewayNodesConfig: Codable, Sendable, Equatable {
    /// Automatic approval of device/node pairing requests.
    public let pairing: NodePairingConfig?
    /// Node command allow/deny lists.
    public let commands: NodeCommandPolicy?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(pairing: NodePairingConfig? = nil, commands: NodeCommandPolicy? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.pairing = pairing
        self.commands = commands
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case pairing = "pairing"
        case commands = "commands"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.pairing = try container.decodeIfPresent(NodePairingConfig.self, forKey: .pairing)
        self.commands = try container.decodeIfPresent(NodeCommandPolicy.self, forKey: .commands)
        let known: Set<String> = ["pairing", "commands"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(pairing, forKey: .pairing)
        try container.encodeIfPresent(commands, forKey: .commands)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Edits to the /tools/invoke default HTTP deny list.
public struct GatewayToolsConfig: Codable, Sendable, Equatable {
    /// Tool names removed from the default deny list.
    public let allow: StringList?
    /// Tool names added to the deny list.
    public let deny: StringList?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(allow: StringList? = nil, deny: StringList? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.allow = allow
        self.deny = deny
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case allow = "allow"
        case deny = "deny"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.allow = try container.decodeIfPresent(StringList.self, forKey: .allow)
        self.deny = try container.decodeIfPresent(StringList.self, forKey: .deny)
        let known: Set<String> = ["allow", "deny"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(allow, forKey: .allow)
        try container.encodeIfPresent(deny, forKey: .deny)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Remote terminal feature (out of core).
public struct GatewayTerminalConfig: Codable, Sendable, Equatable {
    /// Enable the terminal feature.
    public let enabled: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        let known: Set<String> = ["enabled"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct GatewayConfigRolesValue: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Gateway server settings (listener, auth, HTTP surface, reload).
public struct GatewayConfig: Codable, Sendable, Equatable {
    /// TCP port for WebSocket and HTTP.
    public let port: Int64?
    /// Run a gateway here (local) or act as a client of one (remote).
    public let mode: GatewayMode?
    /// Listen address policy; a literal IP is mapped to custom by the loader.
    public let bind: GatewayBindMode?
    /// IPv4 address to listen on when bind is custom.
    public let customBindHost: String?
    /// External https origin used when building links.
    public let publicOrigin: String?
    public let auth: GatewayAuthConfig?
    /// Reverse-proxy addresses (IP or CIDR) whose forwarded headers are trusted.
    public let trustedProxies: StringList?
    /// Accept X-Real-IP when X-Forwarded-For is absent.
    public let allowRealIpFallback: Bool?
    /// Control UI single-page app served on the gateway port.
    public let controlUi: ControlUiConfig?
    public let http: GatewayHttpConfig?
    /// Config file watching and apply policy.
    public let reload: GatewayReloadConfig?
    /// Serve wss/https on the same port.
    public let tls: GatewayTlsConfig?
    /// Tailscale serve/funnel integration (out of core).
    public let tailscale: GatewayTailscaleConfig?
    /// Client-side settings for reaching a remote gateway; never configures server auth.
    public let remote: GatewayRemoteConfig?
    /// Node (capability host) pairing and command policy.
    public let nodes: GatewayNodesConfig?
    /// Edits to the /tools/invoke default HTTP deny list.
    public let tools: GatewayToolsConfig?
    /// Remote terminal feature (out of core).
    public let terminal: GatewayTerminalConfig?
    /// Named operator roles (out of core); each value kept as JSON.
    public let roles: [String: GatewayConfigRolesValue]?

    public init(port: Int64? = nil, mode: GatewayMode? = nil, bind: GatewayBindMode? = nil, customBindHost: String? = nil, publicOrigin: String? = nil, auth: GatewayAuthConfig? = nil, trustedProxies: StringList? = nil, allowRealIpFallback: Bool? = nil, controlUi: ControlUiConfig? = nil, http: GatewayHttpConfig? = nil, reload: GatewayReloadConfig? = nil, tls: GatewayTlsConfig? = nil, tailscale: GatewayTailscaleConfig? = nil, remote: GatewayRemoteConfig? = nil, nodes: GatewayNodesConfig? = nil, tools: GatewayToolsConfig? = nil, terminal: GatewayTerminalConfig? = nil, roles: [String: GatewayConfigRolesValue]? = nil) {
        self.port = port
        self.mode = mode
        self.bind = bind
        self.customBindHost = customBindHost
        self.publicOrigin = publicOrigin
        self.auth = auth
        self.trustedProxies = trustedProxies
        self.allowRealIpFallback = allowRealIpFallback
        self.controlUi = controlUi
        self.http = http
        self.reload = reload
        self.tls = tls
        self.tailscale = tailscale
        self.remote = remote
        self.nodes = nodes
        self.tools = tools
        self.terminal = terminal
        self.roles = roles
    }

    private enum CodingKeys: String, CodingKey {
        case port = "port"
        case mode = "mode"
        case bind = "bind"
        case customBindHost = "customBindHost"
        case publicOrigin = "publicOrigin"
        case auth = "auth"
        case trustedProxies = "trustedProxies"
        case allowRealIpFallback = "allowRealIpFallback"
        case controlUi = "controlUi"
        case http = "http"
        case reload = "reload"
        case tls = "tls"
        case tailscale = "tailscale"
        case remote = "remote"
        case nodes = "nodes"
        case tools = "tools"
        case terminal = "terminal"
        case roles = "roles"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.port = try container.decodeIfPresent(Int64.self, forKey: .port)
        self.mode = try container.decodeIfPresent(GatewayMode.self, forKey: .mode)
        self.bind = try container.decodeIfPresent(GatewayBindMode.self, forKey: .bind)
        self.customBindHost = try container.decodeIfPresent(String.self, forKey: .customBindHost)
        self.publicOrigin = try container.decodeIfPresent(String.self, forKey: .publicOrigin)
        self.auth = try container.decodeIfPresent(GatewayAuthConfig.self, forKey: .auth)
        self.trustedProxies = try container.decodeIfPresent(StringList.self, forKey: .trustedProxies)
        self.allowRealIpFallback = try container.decodeIfPresent(Bool.self, forKey: .allowRealIpFallback)
        self.controlUi = try container.decodeIfPresent(ControlUiConfig.self, forKey: .controlUi)
        self.http = try container.decodeIfPresent(GatewayHttpConfig.self, forKey: .http)
        self.reload = try container.decodeIfPresent(GatewayReloadConfig.self, forKey: .reload)
        self.tls = try container.decodeIfPresent(GatewayTlsConfig.self, forKey: .tls)
        self.tailscale = try container.decodeIfPresent(GatewayTailscaleConfig.self, forKey: .tailscale)
        self.remote = try container.decodeIfPresent(GatewayRemoteConfig.self, forKey: .remote)
        self.nodes = try container.decodeIfPresent(GatewayNodesConfig.self, forKey: .nodes)
        self.tools = try container.decodeIfPresent(GatewayToolsConfig.self, forKey: .tools)
        self.terminal = try container.decodeIfPresent(GatewayTerminalConfig.self, forKey: .terminal)
        self.roles = try container.decodeIfPresent([String: GatewayConfigRolesValue].self, forKey: .roles)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(port, forKey: .port)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(bind, forKey: .bind)
        try container.encodeIfPresent(customBindHost, forKey: .customBindHost)
        try container.encodeIfPresent(publicOrigin, forKey: .publicOrigin)
        try container.encodeIfPresent(auth, forKey: .auth)
        try container.encodeIfPresent(trustedProxies, forKey: .trustedProxies)
        try container.encodeIfPresent(allowRealIpFallback, forKey: .allowRealIpFallback)
        try container.encodeIfPresent(controlUi, forKey: .controlUi)
        try container.encodeIfPresent(http, forKey: .http)
        try container.encodeIfPresent(reload, forKey: .reload)
        try container.encodeIfPresent(tls, forKey: .tls)
        try container.encodeIfPresent(tailscale, forKey: .tailscale)
        try container.encodeIfPresent(remote, forKey: .remote)
        try container.encodeIfPresent(nodes, forKey: .nodes)
        try container.encodeIfPresent(tools, forKey: .tools)
        try container.encodeIfPresent(terminal, forKey: .terminal)
        try container.encodeIfPresent(roles, forKey: .roles)
    }
}

/// POST /v1/chat/completions (+ /v1/models, /v1/embeddings).
public struct ChatCompletionsEndpointConfig: Codable, Sendable, Equatable {
    /// Serve the endpoint.
    public let enabled: Bool?
    /// Image inputs; URL sources are off by default here.
    public let images: HttpImageInputConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, images: HttpImageInputConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.images = images
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case images = "images"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.images = try container.decodeIfPresent(HttpImageInputConfig.self, forKey: .images)
        let known: Set<String> = ["enabled", "images"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(images, forKey: .images)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// POST /v1/responses (+ /v1/models, /v1/embeddings).
public struct ResponsesEndpointConfig: Codable, Sendable, Equatable {
    /// Serve the endpoint.
    public let enabled: Bool?
    /// Maximum URL-sourced file/image parts per request.
    public let maxUrlParts: Int64?
    public let files: HttpFileInputConfig?
    /// Image inputs; URL sources are on by default here.
    public let images: HttpImageInputConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, maxUrlParts: Int64? = nil, files: HttpFileInputConfig? = nil, images: HttpImageInputConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.maxUrlParts = maxUrlParts
        self.files = files
        self.images = images
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case maxUrlParts = "maxUrlParts"
        case files = "files"
        case images = "images"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.maxUrlParts = try container.decodeIfPresent(Int64.self, forKey: .maxUrlParts)
        self.files = try container.decodeIfPresent(HttpFileInputConfig.self, forKey: .files)
        self.images = try container.decodeIfPresent(HttpImageInputConfig.self, forKey: .images)
        let known: Set<String> = ["enabled", "maxUrlParts", "files", "images"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(maxUrlParts, forKey: .maxUrlParts)
        try container.encodeIfPresent(files, forKey: .files)
        try container.encodeIfPresent(images, forKey: .images)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// OpenAI-compatible endpoints, all disabled by default.
public struct HttpEndpointsConfig: Codable, Sendable, Equatable {
    /// POST /v1/chat/completions (+ /v1/models, /v1/embeddings).
    public let chatCompletions: ChatCompletionsEndpointConfig?
    /// POST /v1/responses (+ /v1/models, /v1/embeddings).
    public let responses: ResponsesEndpointConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(chatCompletions: ChatCompletionsEndpointConfig? = nil, responses: ResponsesEndpointConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.chatCompletions = chatCompletions
        self.responses = responses
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case chatCompletions = "chatCompletions"
        case responses = "responses"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.chatCompletions = try container.decodeIfPresent(ChatCompletionsEndpointConfig.self, forKey: .chatCompletions)
        self.responses = try container.decodeIfPresent(ResponsesEndpointConfig.self, forKey: .responses)
        let known: Set<String> = ["chatCompletions", "responses"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(chatCompletions, forKey: .chatCompletions)
        try container.encodeIfPresent(responses, forKey: .responses)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Strict-Transport-Security header value, or false to omit it.
public enum HstsSetting: Codable, Sendable, Equatable {
    case string(String)
    case bool(Bool)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "matches no branch of HstsSetting")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        }
    }
}

/// Extra security headers on HTTP responses.
public struct HttpSecurityHeadersConfig: Codable, Sendable, Equatable {
    /// Strict-Transport-Security header value, or false to omit it.
    public let strictTransportSecurity: HstsSetting?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(strictTransportSecurity: HstsSetting? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.strictTransportSecurity = strictTransportSecurity
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case strictTransportSecurity = "strictTransportSecurity"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.strictTransportSecurity = try container.decodeIfPresent(HstsSetting.self, forKey: .strictTransportSecurity)
        let known: Set<String> = ["strictTransportSecurity"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(strictTransportSecurity, forKey: .strictTransportSecurity)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Optional HTTP endpoints and response headers.
public struct GatewayHttpConfig: Codable, Sendable, Equatable {
    /// OpenAI-compatible endpoints, all disabled by default.
    public let endpoints: HttpEndpointsConfig?
    /// Extra security headers on HTTP responses.
    public let securityHeaders: HttpSecurityHeadersConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(endpoints: HttpEndpointsConfig? = nil, securityHeaders: HttpSecurityHeadersConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.endpoints = endpoints
        self.securityHeaders = securityHeaders
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case endpoints = "endpoints"
        case securityHeaders = "securityHeaders"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.endpoints = try container.decodeIfPresent(HttpEndpointsConfig.self, forKey: .endpoints)
        self.securityHeaders = try container.decodeIfPresent(HttpSecurityHeadersConfig.self, forKey: .securityHeaders)
        let known: Set<String> = ["endpoints", "securityHeaders"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(endpoints, forKey: .endpoints)
        try container.encodeIfPresent(securityHeaders, forKey: .securityHeaders)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct GatewayIdentityGetParams: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct GatewayIdentityGetResult: Codable, Sendable, Equatable {
    /// Lowercase hex SHA-256 of the raw public key.
    public let deviceId: String
    /// Raw public key, unpadded base64url.
    public let publicKey: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(deviceId: String, publicKey: String, unknownFields: [String: JSONValue] = [:]) {
        self.deviceId = deviceId
        self.publicKey = publicKey
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case deviceId = "deviceId"
        case publicKey = "publicKey"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.deviceId = try container.decode(String.self, forKey: .deviceId)
        self.publicKey = try container.decode(String.self, forKey: .publicKey)
        let known: Set<String> = ["deviceId", "publicKey"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(deviceId, forKey: .deviceId)
        try container.encode(publicKey, forKey: .publicKey)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct GatewayRestartRequestParams: Codable, Sendable, Equatable {
    /// Why the restart was requested.
    public let reason: String?
    /// Restart without waiting for active work.
    public let skipDeferral: Bool?
    /// Restart target.
    public let target: JSONValue?
    /// Restart intent metadata.
    public let restartIntent: JSONValue?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(reason: String? = nil, skipDeferral: Bool? = nil, target: JSONValue? = nil, restartIntent: JSONValue? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.reason = reason
        self.skipDeferral = skipDeferral
        self.target = target
        self.restartIntent = restartIntent
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case reason = "reason"
        case skipDeferral = "skipDeferral"
        case target = "target"
        case restartIntent = "restartIntent"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reason = try container.decodeIfPresent(String.self, forKey: .reason)
        self.skipDeferral = try container.decodeIfPresent(Bool.self, forKey: .skipDeferral)
        self.target = try container.decodeIfPresent(JSONValue.self, forKey: .target)
        self.restartIntent = try container.decodeIfPresent(JSONValue.self, forKey: .restartIntent)
        let known: Set<String> = ["reason", "skipDeferral", "target", "restartIntent"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(skipDeferral, forKey: .skipDeferral)
        try container.encodeIfPresent(target, forKey: .target)
        try container.encodeIfPresent(restartIntent, forKey: .restartIntent)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// What happened to the request.
public enum GatewayRestartRequestResultStatus: String, Codable, Sendable, CaseIterable {
    case scheduled = "scheduled"
    case deferred = "deferred"
    case coalesced = "coalesced"
}

/// Details of the scheduled restart.
public struct GatewayRestartRequestResultRestart: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct GatewayRestartRequestResult: Codable, Sendable, Equatable {
    public let ok: Bool
    /// What happened to the request.
    public let status: GatewayRestartRequestResultStatus
    public let preflight: RestartPreflight
    /// Details of the scheduled restart.
    public let restart: GatewayRestartRequestResultRestart
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool = true, status: GatewayRestartRequestResultStatus, preflight: RestartPreflight, restart: GatewayRestartRequestResultRestart, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.status = status
        self.preflight = preflight
        self.restart = restart
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case status = "status"
        case preflight = "preflight"
        case restart = "restart"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.status = try container.decode(GatewayRestartRequestResultStatus.self, forKey: .status)
        self.preflight = try container.decode(RestartPreflight.self, forKey: .preflight)
        self.restart = try container.decode(GatewayRestartRequestResultRestart.self, forKey: .restart)
        let known: Set<String> = ["ok", "status", "preflight", "restart"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(status, forKey: .status)
        try container.encode(preflight, forKey: .preflight)
        try container.encode(restart, forKey: .restart)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Which groups the bot answers in.
public enum GroupPolicy: String, Codable, Sendable, CaseIterable {
    case allowlist = "allowlist"
    case `open` = "open"
    case disabled = "disabled"
}

/// How group sessions are keyed.
public enum GroupScope: String, Codable, Sendable, CaseIterable {
    case perGroup = "per-group"
    case main = "main"
}

public struct HealthParams: Codable, Sendable, Equatable {
    /// Force live channel probes instead of the cache.
    public let probe: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(probe: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.probe = probe
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case probe = "probe"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.probe = try container.decodeIfPresent(Bool.self, forKey: .probe)
        let known: Set<String> = ["probe"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(probe, forKey: .probe)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct HealthSessionRecent: Codable, Sendable, Equatable {
    /// Session key.
    public let key: String
    /// Last update time.
    public let updatedAt: Int64?
    /// Milliseconds since the last update.
    public let age: Int64?

    public init(key: String, updatedAt: Int64? = nil, age: Int64? = nil) {
        self.key = key
        self.updatedAt = updatedAt
        self.age = age
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case updatedAt = "updatedAt"
        case age = "age"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.updatedAt = try container.decode(Int64?.self, forKey: .updatedAt)
        self.age = try container.decode(Int64?.self, forKey: .age)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(age, forKey: .age)
    }
}

/// Session store summary.
public struct HealthSessions: Codable, Sendable, Equatable {
    /// Session store path.
    public let path: String
    /// Number of sessions.
    public let count: Int64
    /// Most recently updated sessions.
    public let recent: [HealthSessionRecent]

    public init(path: String, count: Int64, recent: [HealthSessionRecent]) {
        self.path = path
        self.count = count
        self.recent = recent
    }

    private enum CodingKeys: String, CodingKey {
        case path = "path"
        case count = "count"
        case recent = "recent"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.path = try container.decode(String.self, forKey: .path)
        self.count = try container.decode(Int64.self, forKey: .count)
        self.recent = try container.decode([HealthSessionRecent].self, forKey: .recent)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(count, forKey: .count)
        try container.encode(recent, forKey: .recent)
    }
}

public enum HealthEventLoopReason: String, Codable, Sendable, CaseIterable {
    case eventLoopDelay = "event_loop_delay"
    case eventLoopUtilization = "event_loop_utilization"
    case cpu = "cpu"
}

/// Event loop pressure.
public struct HealthEventLoop: Codable, Sendable, Equatable {
    /// Whether the loop is degraded.
    public let degraded: Bool
    /// When degradation began.
    public let degradedSinceMs: Int64?
    /// Active degradation reasons.
    public let reasons: [HealthEventLoopReason]
    /// Sampling interval.
    public let intervalMs: Double
    /// 99th percentile loop delay.
    public let delayP99Ms: Double
    /// Maximum loop delay.
    public let delayMaxMs: Double
    /// Loop utilization ratio.
    public let utilization: Double
    /// CPU use relative to one core.
    public let cpuCoreRatio: Double

    public init(degraded: Bool, degradedSinceMs: Int64? = nil, reasons: [HealthEventLoopReason], intervalMs: Double, delayP99Ms: Double, delayMaxMs: Double, utilization: Double, cpuCoreRatio: Double) {
        self.degraded = degraded
        self.degradedSinceMs = degradedSinceMs
        self.reasons = reasons
        self.intervalMs = intervalMs
        self.delayP99Ms = delayP99Ms
        self.delayMaxMs = delayMaxMs
        self.utilization = utilization
        self.cpuCoreRatio = cpuCoreRatio
    }

    private enum CodingKeys: String, CodingKey {
        case degraded = "degraded"
        case degradedSinceMs = "degradedSinceMs"
        case reasons = "reasons"
        case intervalMs = "intervalMs"
        case delayP99Ms = "delayP99Ms"
        case delayMaxMs = "delayMaxMs"
        case utilization = "utilization"
        case cpuCoreRatio = "cpuCoreRatio"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.degraded = try container.decode(Bool.self, forKey: .degraded)
        self.degradedSinceMs = try container.decodeIfPresent(Int64.self, forKey: .degradedSinceMs)
        self.reasons = try container.decode([HealthEventLoopReason].self, forKey: .reasons)
        self.intervalMs = try container.decode(Double.self, forKey: .intervalMs)
        self.delayP99Ms = try container.decode(Double.self, forKey: .delayP99Ms)
        self.delayMaxMs = try container.decode(Double.self, forKey: .delayMaxMs)
        self.utilization = try container.decode(Double.self, forKey: .utilization)
        self.cpuCoreRatio = try container.decode(Double.self, forKey: .cpuCoreRatio)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(degraded, forKey: .degraded)
        try container.encodeIfPresent(degradedSinceMs, forKey: .degradedSinceMs)
        try container.encode(reasons, forKey: .reasons)
        try container.encode(intervalMs, forKey: .intervalMs)
        try container.encode(delayP99Ms, forKey: .delayP99Ms)
        try container.encode(delayMaxMs, forKey: .delayMaxMs)
        try container.encode(utilization, forKey: .utilization)
        try container.encode(cpuCoreRatio, forKey: .cpuCoreRatio)
    }
}

public struct HealthPluginError: Codable, Sendable, Equatable {
    /// Plugin id.
    public let id: String
    /// Where the plugin came from.
    public let origin: String
    /// Whether it was activated.
    public let activated: Bool
    /// What activated it.
    public let activationSource: String?
    /// Why it was activated.
    public let activationReason: String?
    /// Phase that failed.
    public let failurePhase: String?
    /// Error text.
    public let error: String

    public init(id: String, origin: String, activated: Bool, activationSource: String? = nil, activationReason: String? = nil, failurePhase: String? = nil, error: String) {
        self.id = id
        self.origin = origin
        self.activated = activated
        self.activationSource = activationSource
        self.activationReason = activationReason
        self.failurePhase = failurePhase
        self.error = error
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case origin = "origin"
        case activated = "activated"
        case activationSource = "activationSource"
        case activationReason = "activationReason"
        case failurePhase = "failurePhase"
        case error = "error"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.origin = try container.decode(String.self, forKey: .origin)
        self.activated = try container.decode(Bool.self, forKey: .activated)
        self.activationSource = try container.decodeIfPresent(String.self, forKey: .activationSource)
        self.activationReason = try container.decodeIfPresent(String.self, forKey: .activationReason)
        self.failurePhase = try container.decodeIfPresent(String.self, forKey: .failurePhase)
        self.error = try container.decode(String.self, forKey: .error)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(origin, forKey: .origin)
        try container.encode(activated, forKey: .activated)
        try container.encodeIfPresent(activationSource, forKey: .activationSource)
        try container.encodeIfPresent(activationReason, forKey: .activationReason)
        try container.encodeIfPresent(failurePhase, forKey: .failurePhase)
        try container.encode(error, forKey: .error)
    }
}

/// Plugin load state.
public struct HealthPlugins: Codable, Sendable, Equatable {
    /// Loaded plugin ids.
    public let loaded: [String]
    /// Plugins that failed.
    public let errors: [HealthPluginError]
    /// Configured but unavailable plugins.
    public let unavailable: [JSONValue]?

    public init(loaded: [String], errors: [HealthPluginError], unavailable: [JSONValue]? = nil) {
        self.loaded = loaded
        self.errors = errors
        self.unavailable = unavailable
    }

    private enum CodingKeys: String, CodingKey {
        case loaded = "loaded"
        case errors = "errors"
        case unavailable = "unavailable"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.loaded = try container.decode([String].self, forKey: .loaded)
        self.errors = try container.decode([HealthPluginError].self, forKey: .errors)
        self.unavailable = try container.decodeIfPresent([JSONValue].self, forKey: .unavailable)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(loaded, forKey: .loaded)
        try container.encode(errors, forKey: .errors)
        try container.encodeIfPresent(unavailable, forKey: .unavailable)
    }
}

/// Whether hot reload is on.
public enum HealthConfigReloadHotReloadStatus: String, Codable, Sendable, CaseIterable {
    case active = "active"
    case disabled = "disabled"
}

/// Config hot-reload state.
public struct HealthConfigReload: Codable, Sendable, Equatable {
    /// Whether hot reload is on.
    public let hotReloadStatus: HealthConfigReloadHotReloadStatus

    public init(hotReloadStatus: HealthConfigReloadHotReloadStatus) {
        self.hotReloadStatus = hotReloadStatus
    }

    private enum CodingKeys: String, CodingKey {
        case hotReloadStatus = "hotReloadStatus"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.hotReloadStatus = try container.decode(HealthConfigReloadHotReloadStatus.self, forKey: .hotReloadStatus)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(hotReloadStatus, forKey: .hotReloadStatus)
    }
}

/// Heartbeat settings of the agent.
public struct HealthAgentHeartbeat: Codable, Sendable, Equatable {
    /// Whether heartbeats run.
    public let enabled: Bool
    /// Configured period, e.g. 30m.
    public let every: String
    /// Period in ms, null when disabled or invalid.
    public let everyMs: Int64?
    /// Heartbeat prompt.
    public let prompt: String
    /// Delivery target.
    public let target: String
    /// Model override.
    public let model: String?
    /// Session override.
    public let session: String?
    /// Longest reply still treated as an acknowledgement.
    public let ackMaxChars: Int64

    public init(enabled: Bool, every: String, everyMs: Int64? = nil, prompt: String, target: String, model: String? = nil, session: String? = nil, ackMaxChars: Int64) {
        self.enabled = enabled
        self.every = every
        self.everyMs = everyMs
        self.prompt = prompt
        self.target = target
        self.model = model
        self.session = session
        self.ackMaxChars = ackMaxChars
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case every = "every"
        case everyMs = "everyMs"
        case prompt = "prompt"
        case target = "target"
        case model = "model"
        case session = "session"
        case ackMaxChars = "ackMaxChars"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decode(Bool.self, forKey: .enabled)
        self.every = try container.decode(String.self, forKey: .every)
        self.everyMs = try container.decode(Int64?.self, forKey: .everyMs)
        self.prompt = try container.decode(String.self, forKey: .prompt)
        self.target = try container.decode(String.self, forKey: .target)
        self.model = try container.decodeIfPresent(String.self, forKey: .model)
        self.session = try container.decodeIfPresent(String.self, forKey: .session)
        self.ackMaxChars = try container.decode(Int64.self, forKey: .ackMaxChars)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(enabled, forKey: .enabled)
        try container.encode(every, forKey: .every)
        try container.encode(everyMs, forKey: .everyMs)
        try container.encode(prompt, forKey: .prompt)
        try container.encode(target, forKey: .target)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(session, forKey: .session)
        try container.encode(ackMaxChars, forKey: .ackMaxChars)
    }
}

public struct HealthAgent: Codable, Sendable, Equatable {
    /// Agent id.
    public let agentId: String
    /// Agent display name.
    public let name: String?
    /// Whether this is the default agent.
    public let isDefault: Bool
    /// Heartbeat settings of the agent.
    public let heartbeat: HealthAgentHeartbeat
    public let sessions: HealthSessions

    public init(agentId: String, name: String? = nil, isDefault: Bool, heartbeat: HealthAgentHeartbeat, sessions: HealthSessions) {
        self.agentId = agentId
        self.name = name
        self.isDefault = isDefault
        self.heartbeat = heartbeat
        self.sessions = sessions
    }

    private enum CodingKeys: String, CodingKey {
        case agentId = "agentId"
        case name = "name"
        case isDefault = "isDefault"
        case heartbeat = "heartbeat"
        case sessions = "sessions"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.agentId = try container.decode(String.self, forKey: .agentId)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.isDefault = try container.decode(Bool.self, forKey: .isDefault)
        self.heartbeat = try container.decode(HealthAgentHeartbeat.self, forKey: .heartbeat)
        self.sessions = try container.decode(HealthSessions.self, forKey: .sessions)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agentId, forKey: .agentId)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encode(isDefault, forKey: .isDefault)
        try container.encode(heartbeat, forKey: .heartbeat)
        try container.encode(sessions, forKey: .sessions)
    }
}

/// Model runtime state; only in live-probe health results, never in hello or health events.
public struct HealthModelRuntime: Codable, Sendable, Equatable {
    /// Whether model runtime is degraded.
    public let degraded: Bool
    /// Agents still waiting for a model runtime.
    public let pendingAgents: [String]

    public init(degraded: Bool, pendingAgents: [String]) {
        self.degraded = degraded
        self.pendingAgents = pendingAgents
    }

    private enum CodingKeys: String, CodingKey {
        case degraded = "degraded"
        case pendingAgents = "pendingAgents"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.degraded = try container.decode(Bool.self, forKey: .degraded)
        self.pendingAgents = try container.decode([String].self, forKey: .pendingAgents)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(degraded, forKey: .degraded)
        try container.encode(pendingAgents, forKey: .pendingAgents)
    }
}

/// Gateway health summary; every key is optional and {} is valid.
public struct HealthSnapshot: Codable, Sendable, Equatable {
    /// A snapshot was produced (not that all channels are healthy).
    public let ok: Bool?
    /// When the snapshot was built.
    public let ts: Int64?
    /// How long building it took.
    public let durationMs: Int64?
    /// Event loop pressure.
    public let eventLoop: HealthEventLoop?
    /// Plugin load state.
    public let plugins: HealthPlugins?
    /// Context engine state (opaque here).
    public let contextEngines: JSONValue?
    /// Outbound delivery queue state (opaque here).
    public let deliveryQueues: JSONValue?
    /// Model pricing source state (opaque here).
    public let modelPricing: JSONValue?
    /// Config hot-reload state.
    public let configReload: HealthConfigReload?
    /// Per-channel summaries owned by channel plugins.
    public let channels: [String: JSONValue]?
    /// Display order of channels.
    public let channelOrder: [String]?
    /// Display label per channel.
    public let channelLabels: [String: String]?
    /// Default heartbeat period.
    public let heartbeatSeconds: Int64?
    /// Default agent id.
    public let defaultAgentId: String?
    /// Per-agent health.
    public let agents: [HealthAgent]?
    public let sessions: HealthSessions?
    /// Model runtime state; only in live-probe health results, never in hello or health events.
    public let modelRuntime: HealthModelRuntime?

    public init(ok: Bool? = nil, ts: Int64? = nil, durationMs: Int64? = nil, eventLoop: HealthEventLoop? = nil, plugins: HealthPlugins? = nil, contextEngines: JSONValue? = nil, deliveryQueues: JSONValue? = nil, modelPricing: JSONValue? = nil, configReload: HealthConfigReload? = nil, channels: [String: JSONValue]? = nil, channelOrder: [String]? = nil, channelLabels: [String: String]? = nil, heartbeatSeconds: Int64? = nil, defaultAgentId: String? = nil, agents: [HealthAgent]? = nil, sessions: HealthSessions? = nil, modelRuntime: HealthModelRuntime? = nil) {
        self.ok = ok
        self.ts = ts
        self.durationMs = durationMs
        self.eventLoop = eventLoop
        self.plugins = plugins
        self.contextEngines = contextEngines
        self.deliveryQueues = deliveryQueues
        self.modelPricing = modelPricing
        self.configReload = configReload
        self.channels = channels
        self.channelOrder = channelOrder
        self.channelLabels = channelLabels
        self.heartbeatSeconds = heartbeatSeconds
        self.defaultAgentId = defaultAgentId
        self.agents = agents
        self.sessions = sessions
        self.modelRuntime = modelRuntime
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case ts = "ts"
        case durationMs = "durationMs"
        case eventLoop = "eventLoop"
        case plugins = "plugins"
        case contextEngines = "contextEngines"
        case deliveryQueues = "deliveryQueues"
        case modelPricing = "modelPricing"
        case configReload = "configReload"
        case channels = "channels"
        case channelOrder = "channelOrder"
        case channelLabels = "channelLabels"
        case heartbeatSeconds = "heartbeatSeconds"
        case defaultAgentId = "defaultAgentId"
        case agents = "agents"
        case sessions = "sessions"
        case modelRuntime = "modelRuntime"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decodeIfPresent(Bool.self, forKey: .ok)
        self.ts = try container.decodeIfPresent(Int64.self, forKey: .ts)
        self.durationMs = try container.decodeIfPresent(Int64.self, forKey: .durationMs)
        self.eventLoop = try container.decodeIfPresent(HealthEventLoop.self, forKey: .eventLoop)
        self.plugins = try container.decodeIfPresent(HealthPlugins.self, forKey: .plugins)
        self.contextEngines = try container.decodeIfPresent(JSONValue.self, forKey: .contextEngines)
        self.deliveryQueues = try container.decodeIfPresent(JSONValue.self, forKey: .deliveryQueues)
        self.modelPricing = try container.decodeIfPresent(JSONValue.self, forKey: .modelPricing)
        self.configReload = try container.decodeIfPresent(HealthConfigReload.self, forKey: .configReload)
        self.channels = try container.decodeIfPresent([String: JSONValue].self, forKey: .channels)
        self.channelOrder = try container.decodeIfPresent([String].self, forKey: .channelOrder)
        self.channelLabels = try container.decodeIfPresent([String: String].self, forKey: .channelLabels)
        self.heartbeatSeconds = try container.decodeIfPresent(Int64.self, forKey: .heartbeatSeconds)
        self.defaultAgentId = try container.decodeIfPresent(String.self, forKey: .defaultAgentId)
        self.agents = try container.decodeIfPresent([HealthAgent].self, forKey: .agents)
        self.sessions = try container.decodeIfPresent(HealthSessions.self, forKey: .sessions)
        self.modelRuntime = try container.decodeIfPresent(HealthModelRuntime.self, forKey: .modelRuntime)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(ok, forKey: .ok)
        try container.encodeIfPresent(ts, forKey: .ts)
        try container.encodeIfPresent(durationMs, forKey: .durationMs)
        try container.encodeIfPresent(eventLoop, forKey: .eventLoop)
        try container.encodeIfPresent(plugins, forKey: .plugins)
        try container.encodeIfPresent(contextEngines, forKey: .contextEngines)
        try container.encodeIfPresent(deliveryQueues, forKey: .deliveryQueues)
        try container.encodeIfPresent(modelPricing, forKey: .modelPricing)
        try container.encodeIfPresent(configReload, forKey: .configReload)
        try container.encodeIfPresent(channels, forKey: .channels)
        try container.encodeIfPresent(channelOrder, forKey: .channelOrder)
        try container.encodeIfPresent(channelLabels, forKey: .channelLabels)
        try container.encodeIfPresent(heartbeatSeconds, forKey: .heartbeatSeconds)
        try container.encodeIfPresent(defaultAgentId, forKey: .defaultAgentId)
        try container.encodeIfPresent(agents, forKey: .agents)
        try container.encodeIfPresent(sessions, forKey: .sessions)
        try container.encodeIfPresent(modelRuntime, forKey: .modelRuntime)
    }
}

/// Whether heartbeat output may go to direct chats.
public enum HeartbeatDirectPolicy: String, Codable, Sendable, CaseIterable {
    case allow = "allow"
    case block = "block"
}

/// Local time window in which heartbeats run.
public struct HeartbeatActiveHours: Codable, Sendable, Equatable {
    /// Window start, HH:MM (24h).
    public let start: String?
    /// Window end, HH:MM (24h; 24:00 allowed).
    public let end: String?
    /// IANA time zone of the window (host zone when absent).
    public let timezone: String?

    public init(start: String? = nil, end: String? = nil, timezone: String? = nil) {
        self.start = start
        self.end = end
        self.timezone = timezone
    }

    private enum CodingKeys: String, CodingKey {
        case start = "start"
        case end = "end"
        case timezone = "timezone"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.start = try container.decodeIfPresent(String.self, forKey: .start)
        self.end = try container.decodeIfPresent(String.self, forKey: .end)
        self.timezone = try container.decodeIfPresent(String.self, forKey: .timezone)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(end, forKey: .end)
        try container.encodeIfPresent(timezone, forKey: .timezone)
    }
}

/// Periodic agent heartbeat turns.
public struct HeartbeatConfig: Codable, Sendable, Equatable {
    /// Interval (1h instead of 30m with OAuth auth); 0m disables; bare numbers are minutes.
    public let every: DurationString?
    /// Where heartbeat output goes - owner, last, none or a channel id.
    public let target: String?
    /// Whether heartbeat output may go to direct chats.
    public let directPolicy: HeartbeatDirectPolicy?
    /// Prompt sent on each heartbeat turn.
    public let prompt: String?
    /// Model override for heartbeat turns.
    public let model: String?
    /// Session key the heartbeat runs in.
    public let session: String?
    /// Explicit recipient when target is a channel.
    public let to: String?
    /// Channel account used for delivery.
    public let accountId: String?
    /// Local time window in which heartbeats run.
    public let activeHours: HeartbeatActiveHours?
    /// Timeout for one heartbeat turn in seconds.
    public let timeoutSeconds: Int64?
    /// Run with a reduced bootstrap context.
    public let lightContext: Bool?
    /// Run each heartbeat in a fresh isolated session.
    public let isolatedSession: Bool?
    /// Agent that runs the heartbeat.
    public let agentId: String?

    public init(every: DurationString? = nil, target: String? = nil, directPolicy: HeartbeatDirectPolicy? = nil, prompt: String? = nil, model: String? = nil, session: String? = nil, to: String? = nil, accountId: String? = nil, activeHours: HeartbeatActiveHours? = nil, timeoutSeconds: Int64? = nil, lightContext: Bool? = nil, isolatedSession: Bool? = nil, agentId: String? = nil) {
        self.every = every
        self.target = target
        self.directPolicy = directPolicy
        self.prompt = prompt
        self.model = model
        self.session = session
        self.to = to
        self.accountId = accountId
        self.activeHours = activeHours
        self.timeoutSeconds = timeoutSeconds
        self.lightContext = lightContext
        self.isolatedSession = isolatedSession
        self.agentId = agentId
    }

    private enum CodingKeys: String, CodingKey {
        case every = "every"
        case target = "target"
        case directPolicy = "directPolicy"
        case prompt = "prompt"
        case model = "model"
        case session = "session"
        case to = "to"
        case accountId = "accountId"
        case activeHours = "activeHours"
        case timeoutSeconds = "timeoutSeconds"
        case lightContext = "lightContext"
        case isolatedSession = "isolatedSession"
        case agentId = "agentId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.every = try container.decodeIfPresent(DurationString.self, forKey: .every)
        self.target = try container.decodeIfPresent(String.self, forKey: .target)
        self.directPolicy = try container.decodeIfPresent(HeartbeatDirectPolicy.self, forKey: .directPolicy)
        self.prompt = try container.decodeIfPresent(String.self, forKey: .prompt)
        self.model = try container.decodeIfPresent(String.self, forKey: .model)
        self.session = try container.decodeIfPresent(String.self, forKey: .session)
        self.to = try container.decodeIfPresent(String.self, forKey: .to)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
        self.activeHours = try container.decodeIfPresent(HeartbeatActiveHours.self, forKey: .activeHours)
        self.timeoutSeconds = try container.decodeIfPresent(Int64.self, forKey: .timeoutSeconds)
        self.lightContext = try container.decodeIfPresent(Bool.self, forKey: .lightContext)
        self.isolatedSession = try container.decodeIfPresent(Bool.self, forKey: .isolatedSession)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(every, forKey: .every)
        try container.encodeIfPresent(target, forKey: .target)
        try container.encodeIfPresent(directPolicy, forKey: .directPolicy)
        try container.encodeIfPresent(prompt, forKey: .prompt)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(session, forKey: .session)
        try container.encodeIfPresent(to, forKey: .to)
        try container.encodeIfPresent(accountId, forKey: .accountId)
        try container.encodeIfPresent(activeHours, forKey: .activeHours)
        try container.encodeIfPresent(timeoutSeconds, forKey: .timeoutSeconds)
        try container.encodeIfPresent(lightContext, forKey: .lightContext)
        try container.encodeIfPresent(isolatedSession, forKey: .isolatedSession)
        try container.encodeIfPresent(agentId, forKey: .agentId)
    }
}

/// What the run did.
public enum HeartbeatStatus: String, Codable, Sendable, CaseIterable {
    case sent = "sent"
    case okEmpty = "ok-empty"
    case okToken = "ok-token"
    case skipped = "skipped"
    case failed = "failed"
}

/// Indicator shown by UIs.
public enum HeartbeatIndicatorType: String, Codable, Sendable, CaseIterable {
    case ok = "ok"
    case alert = "alert"
    case error = "error"
}

/// Outcome of one heartbeat run.
public struct HeartbeatEvent: Codable, Sendable, Equatable {
    /// When the run finished.
    public let ts: Int64
    /// What the run did.
    public let status: HeartbeatStatus
    /// Why it was skipped or failed.
    public let reason: String?
    /// Run duration.
    public let durationMs: Double?
    /// Delivery target.
    public let to: String?
    /// Start of the delivered text.
    public let preview: String?
    /// Whether media was delivered.
    public let hasMedia: Bool?
    /// Delivery channel.
    public let channel: String?
    /// Channel account.
    public let accountId: String?
    /// Indicator shown by UIs.
    public let indicatorType: HeartbeatIndicatorType?
    /// Whether delivery was silent.
    public let silent: Bool?

    public init(ts: Int64, status: HeartbeatStatus, reason: String? = nil, durationMs: Double? = nil, to: String? = nil, preview: String? = nil, hasMedia: Bool? = nil, channel: String? = nil, accountId: String? = nil, indicatorType: HeartbeatIndicatorType? = nil, silent: Bool? = nil) {
        self.ts = ts
        self.status = status
        self.reason = reason
        self.durationMs = durationMs
        self.to = to
        self.preview = preview
        self.hasMedia = hasMedia
        self.channel = channel
        self.accountId = accountId
        self.indicatorType = indicatorType
        self.silent = silent
    }

    private enum CodingKeys: String, CodingKey {
        case ts = "ts"
        case status = "status"
        case reason = "reason"
        case durationMs = "durationMs"
        case to = "to"
        case preview = "preview"
        case hasMedia = "hasMedia"
        case channel = "channel"
        case accountId = "accountId"
        case indicatorType = "indicatorType"
        case silent = "silent"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        self.status = try container.decode(HeartbeatStatus.self, forKey: .status)
        self.reason = try container.decodeIfPresent(String.self, forKey: .reason)
        self.durationMs = try container.decodeIfPresent(Double.self, forKey: .durationMs)
        self.to = try container.decodeIfPresent(String.self, forKey: .to)
        self.preview = try container.decodeIfPresent(String.self, forKey: .preview)
        self.hasMedia = try container.decodeIfPresent(Bool.self, forKey: .hasMedia)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
        self.indicatorType = try container.decodeIfPresent(HeartbeatIndicatorType.self, forKey: .indicatorType)
        self.silent = try container.decodeIfPresent(Bool.self, forKey: .silent)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ts, forKey: .ts)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(durationMs, forKey: .durationMs)
        try container.encodeIfPresent(to, forKey: .to)
        try container.encodeIfPresent(preview, forKey: .preview)
        try container.encodeIfPresent(hasMedia, forKey: .hasMedia)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(accountId, forKey: .accountId)
        try container.encodeIfPresent(indicatorType, forKey: .indicatorType)
        try container.encodeIfPresent(silent, forKey: .silent)
    }
}

/// Where the served Control UI build comes from.
public enum HelloServerControlUiBuildSource: String, Codable, Sendable, CaseIterable {
    case bundled = "bundled"
    case configured = "configured"
}

/// Identity of the gateway process and this connection.
public struct HelloServer: Codable, Sendable, Equatable {
    /// Product version, e.g. 2026.9.6.
    public let version: String
    /// Fresh id of this connection.
    public let connId: String
    /// Build identifier.
    public let buildId: String?
    /// Id generated once per process start.
    public let bootId: String?
    /// Where the served Control UI build comes from.
    public let controlUiBuildSource: HelloServerControlUiBuildSource?

    public init(version: String, connId: String, buildId: String? = nil, bootId: String? = nil, controlUiBuildSource: HelloServerControlUiBuildSource? = nil) {
        self.version = version
        self.connId = connId
        self.buildId = buildId
        self.bootId = bootId
        self.controlUiBuildSource = controlUiBuildSource
    }

    private enum CodingKeys: String, CodingKey {
        case version = "version"
        case connId = "connId"
        case buildId = "buildId"
        case bootId = "bootId"
        case controlUiBuildSource = "controlUiBuildSource"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.version = try container.decode(String.self, forKey: .version)
        self.connId = try container.decode(String.self, forKey: .connId)
        self.buildId = try container.decodeIfPresent(String.self, forKey: .buildId)
        self.bootId = try container.decodeIfPresent(String.self, forKey: .bootId)
        self.controlUiBuildSource = try container.decodeIfPresent(HelloServerControlUiBuildSource.self, forKey: .controlUiBuildSource)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(connId, forKey: .connId)
        try container.encodeIfPresent(buildId, forKey: .buildId)
        try container.encodeIfPresent(bootId, forKey: .bootId)
        try container.encodeIfPresent(controlUiBuildSource, forKey: .controlUiBuildSource)
    }
}

/// What this gateway implements (advisory).
public struct HelloFeatures: Codable, Sendable, Equatable {
    /// Implemented RPC methods.
    public let methods: [String]
    /// Events this gateway can emit.
    public let events: [String]
    /// Optional protocol contracts the gateway implements.
    public let capabilities: [String]?

    public init(methods: [String], events: [String], capabilities: [String]? = nil) {
        self.methods = methods
        self.events = events
        self.capabilities = capabilities
    }

    private enum CodingKeys: String, CodingKey {
        case methods = "methods"
        case events = "events"
        case capabilities = "capabilities"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.methods = try container.decode([String].self, forKey: .methods)
        self.events = try container.decode([String].self, forKey: .events)
        self.capabilities = try container.decodeIfPresent([String].self, forKey: .capabilities)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(methods, forKey: .methods)
        try container.encode(events, forKey: .events)
        try container.encodeIfPresent(capabilities, forKey: .capabilities)
    }
}

/// Navigation group.
public enum ControlUiTabGroup: String, Codable, Sendable, CaseIterable {
    case control = "control"
    case agent = "agent"
}

public struct ControlUiTab: Codable, Sendable, Equatable {
    /// Owning plugin.
    public let pluginId: String
    /// Tab id.
    public let id: String
    /// Tab label.
    public let label: String
    /// Tab description.
    public let description: String?
    /// Icon name.
    public let icon: String?
    /// Route path.
    public let path: String?
    /// Where the tab is shown.
    public let placement: String?
    /// Whether the tab needs gateway auth.
    public let requiresGatewayAuth: Bool?
    /// Navigation group.
    public let group: ControlUiTabGroup?
    /// Sort key.
    public let order: Double?

    public init(pluginId: String, id: String, label: String, description: String? = nil, icon: String? = nil, path: String? = nil, placement: String? = nil, requiresGatewayAuth: Bool? = nil, group: ControlUiTabGroup? = nil, order: Double? = nil) {
        self.pluginId = pluginId
        self.id = id
        self.label = label
        self.description = description
        self.icon = icon
        self.path = path
        self.placement = placement
        self.requiresGatewayAuth = requiresGatewayAuth
        self.group = group
        self.order = order
    }

    private enum CodingKeys: String, CodingKey {
        case pluginId = "pluginId"
        case id = "id"
        case label = "label"
        case description = "description"
        case icon = "icon"
        case path = "path"
        case placement = "placement"
        case requiresGatewayAuth = "requiresGatewayAuth"
        case group = "group"
        case order = "order"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.pluginId = try container.decode(String.self, forKey: .pluginId)
        self.id = try container.decode(String.self, forKey: .id)
        self.label = try container.decode(String.self, forKey: .label)
        self.description = try container.decodeIfPresent(String.self, forKey: .description)
        self.icon = try container.decodeIfPresent(String.self, forKey: .icon)
        self.path = try container.decodeIfPresent(String.self, forKey: .path)
        self.placement = try container.decodeIfPresent(String.self, forKey: .placement)
        self.requiresGatewayAuth = try container.decodeIfPresent(Bool.self, forKey: .requiresGatewayAuth)
        self.group = try container.decodeIfPresent(ControlUiTabGroup.self, forKey: .group)
        self.order = try container.decodeIfPresent(Double.self, forKey: .order)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pluginId, forKey: .pluginId)
        try container.encode(id, forKey: .id)
        try container.encode(label, forKey: .label)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(icon, forKey: .icon)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(placement, forKey: .placement)
        try container.encodeIfPresent(requiresGatewayAuth, forKey: .requiresGatewayAuth)
        try container.encodeIfPresent(group, forKey: .group)
        try container.encodeIfPresent(order, forKey: .order)
    }
}

public struct ControlUiWidgetKind: Codable, Sendable, Equatable {
    /// Owning plugin.
    public let pluginId: String
    /// Widget kind.
    public let kind: String
    /// Widget label.
    public let label: String

    public init(pluginId: String, kind: String, label: String) {
        self.pluginId = pluginId
        self.kind = kind
        self.label = label
    }

    private enum CodingKeys: String, CodingKey {
        case pluginId = "pluginId"
        case kind = "kind"
        case label = "label"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.pluginId = try container.decode(String.self, forKey: .pluginId)
        self.kind = try container.decode(String.self, forKey: .kind)
        self.label = try container.decode(String.self, forKey: .label)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pluginId, forKey: .pluginId)
        try container.encode(kind, forKey: .kind)
        try container.encode(label, forKey: .label)
    }
}

public struct HelloDeviceToken: Codable, Sendable, Equatable {
    /// Token value.
    public let deviceToken: String
    /// Role the token grants.
    public let role: String
    /// Scopes the token grants.
    public let scopes: [String]
    /// Issue time.
    public let issuedAtMs: Int64

    public init(deviceToken: String, role: String, scopes: [String], issuedAtMs: Int64) {
        self.deviceToken = deviceToken
        self.role = role
        self.scopes = scopes
        self.issuedAtMs = issuedAtMs
    }

    private enum CodingKeys: String, CodingKey {
        case deviceToken = "deviceToken"
        case role = "role"
        case scopes = "scopes"
        case issuedAtMs = "issuedAtMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.deviceToken = try container.decode(String.self, forKey: .deviceToken)
        self.role = try container.decode(String.self, forKey: .role)
        self.scopes = try container.decode([String].self, forKey: .scopes)
        self.issuedAtMs = try container.decode(Int64.self, forKey: .issuedAtMs)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(deviceToken, forKey: .deviceToken)
        try container.encode(role, forKey: .role)
        try container.encode(scopes, forKey: .scopes)
        try container.encode(issuedAtMs, forKey: .issuedAtMs)
    }
}

/// Effective role and scopes of this socket.
public struct HelloAuth: Codable, Sendable, Equatable {
    /// Effective role.
    public let role: String
    /// Effective scopes enforced by dispatch.
    public let scopes: [String]
    /// Token issued to the connecting device.
    public let deviceToken: String?
    /// When deviceToken was issued.
    public let issuedAtMs: Int64?
    /// Opaque session-recovery scope.
    public let recoveryScope: String?
    /// Present when recovery migration is allowed.
    public let recoveryMigrationAllowed: Bool?
    /// All tokens issued to the device, per role.
    public let deviceTokens: [HelloDeviceToken]?

    public init(role: String, scopes: [String], deviceToken: String? = nil, issuedAtMs: Int64? = nil, recoveryScope: String? = nil, recoveryMigrationAllowed: Bool? = nil, deviceTokens: [HelloDeviceToken]? = nil) {
        self.role = role
        self.scopes = scopes
        self.deviceToken = deviceToken
        self.issuedAtMs = issuedAtMs
        self.recoveryScope = recoveryScope
        self.recoveryMigrationAllowed = recoveryMigrationAllowed
        self.deviceTokens = deviceTokens
    }

    private enum CodingKeys: String, CodingKey {
        case role = "role"
        case scopes = "scopes"
        case deviceToken = "deviceToken"
        case issuedAtMs = "issuedAtMs"
        case recoveryScope = "recoveryScope"
        case recoveryMigrationAllowed = "recoveryMigrationAllowed"
        case deviceTokens = "deviceTokens"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.role = try container.decode(String.self, forKey: .role)
        self.scopes = try container.decode([String].self, forKey: .scopes)
        self.deviceToken = try container.decodeIfPresent(String.self, forKey: .deviceToken)
        self.issuedAtMs = try container.decodeIfPresent(Int64.self, forKey: .issuedAtMs)
        self.recoveryScope = try container.decodeIfPresent(String.self, forKey: .recoveryScope)
        self.recoveryMigrationAllowed = try container.decodeIfPresent(Bool.self, forKey: .recoveryMigrationAllowed)
        self.deviceTokens = try container.decodeIfPresent([HelloDeviceToken].self, forKey: .deviceTokens)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encode(scopes, forKey: .scopes)
        try container.encodeIfPresent(deviceToken, forKey: .deviceToken)
        try container.encodeIfPresent(issuedAtMs, forKey: .issuedAtMs)
        try container.encodeIfPresent(recoveryScope, forKey: .recoveryScope)
        try container.encodeIfPresent(recoveryMigrationAllowed, forKey: .recoveryMigrationAllowed)
        try container.encodeIfPresent(deviceTokens, forKey: .deviceTokens)
    }
}

/// Chat attachment ceilings.
public struct HelloAttachmentPolicy: Codable, Sendable, Equatable {
    /// Largest decoded attachment.
    public let maxBytes: Int64
    /// Largest decoded image.
    public let maxImageBytes: Int64

    public init(maxBytes: Int64, maxImageBytes: Int64) {
        self.maxBytes = maxBytes
        self.maxImageBytes = maxImageBytes
    }

    private enum CodingKeys: String, CodingKey {
        case maxBytes = "maxBytes"
        case maxImageBytes = "maxImageBytes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.maxBytes = try container.decode(Int64.self, forKey: .maxBytes)
        self.maxImageBytes = try container.decode(Int64.self, forKey: .maxImageBytes)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(maxBytes, forKey: .maxBytes)
        try container.encode(maxImageBytes, forKey: .maxImageBytes)
    }
}

public enum SessionVisibility: String, Codable, Sendable, CaseIterable {
    case shared = "shared"
    case readOnly = "read-only"
    case suggest = "suggest"
    case draft = "draft"
}

/// Limits the client must respect.
public struct HelloPolicy: Codable, Sendable, Equatable {
    /// Largest frame accepted after hello.
    public let maxPayload: Int64
    /// Outbound buffer limit per socket.
    public let maxBufferedBytes: Int64
    /// Tick period; clients time out after twice this.
    public let tickIntervalMs: Int64
    /// Chat attachment ceilings.
    public let attachments: HelloAttachmentPolicy?
    /// Session sharing visibilities this gateway allows.
    public let allowedSessionVisibilities: [SessionVisibility]?
    /// Whether more than one sharing identity exists.
    public let hasMultipleSessionSharingIdentities: Bool?

    public init(maxPayload: Int64, maxBufferedBytes: Int64, tickIntervalMs: Int64, attachments: HelloAttachmentPolicy? = nil, allowedSessionVisibilities: [SessionVisibility]? = nil, hasMultipleSessionSharingIdentities: Bool? = nil) {
        self.maxPayload = maxPayload
        self.maxBufferedBytes = maxBufferedBytes
        self.tickIntervalMs = tickIntervalMs
        self.attachments = attachments
        self.allowedSessionVisibilities = allowedSessionVisibilities
        self.hasMultipleSessionSharingIdentities = hasMultipleSessionSharingIdentities
    }

    private enum CodingKeys: String, CodingKey {
        case maxPayload = "maxPayload"
        case maxBufferedBytes = "maxBufferedBytes"
        case tickIntervalMs = "tickIntervalMs"
        case attachments = "attachments"
        case allowedSessionVisibilities = "allowedSessionVisibilities"
        case hasMultipleSessionSharingIdentities = "hasMultipleSessionSharingIdentities"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.maxPayload = try container.decode(Int64.self, forKey: .maxPayload)
        self.maxBufferedBytes = try container.decode(Int64.self, forKey: .maxBufferedBytes)
        self.tickIntervalMs = try container.decode(Int64.self, forKey: .tickIntervalMs)
        self.attachments = try container.decodeIfPresent(HelloAttachmentPolicy.self, forKey: .attachments)
        self.allowedSessionVisibilities = try container.decodeIfPresent([SessionVisibility].self, forKey: .allowedSessionVisibilities)
        self.hasMultipleSessionSharingIdentities = try container.decodeIfPresent(Bool.self, forKey: .hasMultipleSessionSharingIdentities)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(maxPayload, forKey: .maxPayload)
        try container.encode(maxBufferedBytes, forKey: .maxBufferedBytes)
        try container.encode(tickIntervalMs, forKey: .tickIntervalMs)
        try container.encodeIfPresent(attachments, forKey: .attachments)
        try container.encodeIfPresent(allowedSessionVisibilities, forKey: .allowedSessionVisibilities)
        try container.encodeIfPresent(hasMultipleSessionSharingIdentities, forKey: .hasMultipleSessionSharingIdentities)
    }
}

/// Payload of the successful connect response.
public struct HelloOk: Codable, Sendable, Equatable {
    public let type: String
    /// Negotiated protocol version.
    public let `protocol`: Int64
    /// Identity of the gateway process and this connection.
    public let server: HelloServer
    /// What this gateway implements (advisory).
    public let features: HelloFeatures
    public let snapshot: Snapshot
    /// Public Control UI origin and base path, when configured.
    public let controlUiUrl: String?
    /// Plugin tabs visible to this caller.
    public let controlUiTabs: [ControlUiTab]?
    /// Plugin widget kinds visible to this caller.
    public let controlUiWidgetKinds: [ControlUiWidgetKind]?
    /// Plugin surface URLs by name (protocol 4; replaces canvasHostUrl).
    public let pluginSurfaceUrls: [String: String]?
    /// Canvas host URL, only for protocol-3 sessions.
    public let canvasHostUrl: String?
    /// Effective role and scopes of this socket.
    public let auth: HelloAuth
    /// Limits the client must respect.
    public let policy: HelloPolicy

    public init(type: String = "hello-ok", `protocol`: Int64, server: HelloServer, features: HelloFeatures, snapshot: Snapshot, controlUiUrl: String? = nil, controlUiTabs: [ControlUiTab]? = nil, controlUiWidgetKinds: [ControlUiWidgetKind]? = nil, pluginSurfaceUrls: [String: String]? = nil, canvasHostUrl: String? = nil, auth: HelloAuth, policy: HelloPolicy) {
        self.type = type
        self.`protocol` = `protocol`
        self.server = server
        self.features = features
        self.snapshot = snapshot
        self.controlUiUrl = controlUiUrl
        self.controlUiTabs = controlUiTabs
        self.controlUiWidgetKinds = controlUiWidgetKinds
        self.pluginSurfaceUrls = pluginSurfaceUrls
        self.canvasHostUrl = canvasHostUrl
        self.auth = auth
        self.policy = policy
    }

    private enum CodingKeys: String, CodingKey {
        case type = "type"
        case `protocol` = "protocol"
        case server = "server"
        case features = "features"
        case snapshot = "snapshot"
        case controlUiUrl = "controlUiUrl"
        case controlUiTabs = "controlUiTabs"
        case controlUiWidgetKinds = "controlUiWidgetKinds"
        case pluginSurfaceUrls = "pluginSurfaceUrls"
        case canvasHostUrl = "canvasHostUrl"
        case auth = "auth"
        case policy = "policy"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(String.self, forKey: .type)
        self.`protocol` = try container.decode(Int64.self, forKey: .`protocol`)
        self.server = try container.decode(HelloServer.self, forKey: .server)
        self.features = try container.decode(HelloFeatures.self, forKey: .features)
        self.snapshot = try container.decode(Snapshot.self, forKey: .snapshot)
        self.controlUiUrl = try container.decodeIfPresent(String.self, forKey: .controlUiUrl)
        self.controlUiTabs = try container.decodeIfPresent([ControlUiTab].self, forKey: .controlUiTabs)
        self.controlUiWidgetKinds = try container.decodeIfPresent([ControlUiWidgetKind].self, forKey: .controlUiWidgetKinds)
        self.pluginSurfaceUrls = try container.decodeIfPresent([String: String].self, forKey: .pluginSurfaceUrls)
        self.canvasHostUrl = try container.decodeIfPresent(String.self, forKey: .canvasHostUrl)
        self.auth = try container.decode(HelloAuth.self, forKey: .auth)
        self.policy = try container.decode(HelloPolicy.self, forKey: .policy)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(`protocol`, forKey: .`protocol`)
        try container.encode(server, forKey: .server)
        try container.encode(features, forKey: .features)
        try container.encode(snapshot, forKey: .snapshot)
        try container.encodeIfPresent(controlUiUrl, forKey: .controlUiUrl)
        try container.encodeIfPresent(controlUiTabs, forKey: .controlUiTabs)
        try container.encodeIfPresent(controlUiWidgetKinds, forKey: .controlUiWidgetKinds)
        try container.encodeIfPresent(pluginSurfaceUrls, forKey: .pluginSurfaceUrls)
        try container.encodeIfPresent(canvasHostUrl, forKey: .canvasHostUrl)
        try container.encode(auth, forKey: .auth)
        try container.encode(policy, forKey: .policy)
    }
}

/// Request selector.
public struct HookMappingMatch: Codable, Sendable, Equatable {
    /// Sub-path under hooks.path, e.g. gmail.
    public let path: String?
    /// Payload source field to match.
    public let source: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(path: String? = nil, source: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.path = path
        self.source = source
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case path = "path"
        case source = "source"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.path = try container.decodeIfPresent(String.self, forKey: .path)
        self.source = try container.decodeIfPresent(String.self, forKey: .source)
        let known: Set<String> = ["path", "source"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(source, forKey: .source)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// What the hook triggers.
public enum HookAction: String, Codable, Sendable, CaseIterable {
    case wake = "wake"
    case agent = "agent"
}

/// Wake now or at the next heartbeat.
public enum HookWakeMode: String, Codable, Sendable, CaseIterable {
    case now = "now"
    case nextHeartbeat = "next-heartbeat"
}

/// Transform module applied to the payload (kept as JSON).
public struct HookMappingConfigTransform: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One named webhook route.
public struct HookMappingConfig: Codable, Sendable, Equatable {
    /// Mapping id.
    public let id: String?
    /// Request selector.
    public let match: HookMappingMatch?
    /// What the hook triggers.
    public let action: HookAction?
    /// Wake now or at the next heartbeat.
    public let wakeMode: HookWakeMode?
    /// Label shown for runs from this hook.
    public let name: String?
    /// Agent that handles the hook.
    public let agentId: String?
    /// Session the hook runs in.
    public let sessionKey: String?
    /// Template rendering the agent message from the payload.
    public let messageTemplate: String?
    /// Template rendering the wake text from the payload.
    public let textTemplate: String?
    /// Deliver the agent reply to a channel.
    public let deliver: Bool?
    /// Delivery channel.
    public let channel: String?
    /// Delivery recipient.
    public let to: String?
    /// Model override for the run.
    public let model: String?
    /// Run timeout in seconds.
    public let timeoutSeconds: Int64?
    /// Transform module applied to the payload (kept as JSON).
    public let transform: HookMappingConfigTransform?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String? = nil, match: HookMappingMatch? = nil, action: HookAction? = nil, wakeMode: HookWakeMode? = nil, name: String? = nil, agentId: String? = nil, sessionKey: String? = nil, messageTemplate: String? = nil, textTemplate: String? = nil, deliver: Bool? = nil, channel: String? = nil, to: String? = nil, model: String? = nil, timeoutSeconds: Int64? = nil, transform: HookMappingConfigTransform? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.match = match
        self.action = action
        self.wakeMode = wakeMode
        self.name = name
        self.agentId = agentId
        self.sessionKey = sessionKey
        self.messageTemplate = messageTemplate
        self.textTemplate = textTemplate
        self.deliver = deliver
        self.channel = channel
        self.to = to
        self.model = model
        self.timeoutSeconds = timeoutSeconds
        self.transform = transform
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case match = "match"
        case action = "action"
        case wakeMode = "wakeMode"
        case name = "name"
        case agentId = "agentId"
        case sessionKey = "sessionKey"
        case messageTemplate = "messageTemplate"
        case textTemplate = "textTemplate"
        case deliver = "deliver"
        case channel = "channel"
        case to = "to"
        case model = "model"
        case timeoutSeconds = "timeoutSeconds"
        case transform = "transform"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decodeIfPresent(String.self, forKey: .id)
        self.match = try container.decodeIfPresent(HookMappingMatch.self, forKey: .match)
        self.action = try container.decodeIfPresent(HookAction.self, forKey: .action)
        self.wakeMode = try container.decodeIfPresent(HookWakeMode.self, forKey: .wakeMode)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.messageTemplate = try container.decodeIfPresent(String.self, forKey: .messageTemplate)
        self.textTemplate = try container.decodeIfPresent(String.self, forKey: .textTemplate)
        self.deliver = try container.decodeIfPresent(Bool.self, forKey: .deliver)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.to = try container.decodeIfPresent(String.self, forKey: .to)
        self.model = try container.decodeIfPresent(String.self, forKey: .model)
        self.timeoutSeconds = try container.decodeIfPresent(Int64.self, forKey: .timeoutSeconds)
        self.transform = try container.decodeIfPresent(HookMappingConfigTransform.self, forKey: .transform)
        let known: Set<String> = ["id", "match", "action", "wakeMode", "name", "agentId", "sessionKey", "messageTemplate", "textTemplate", "deliver", "channel", "to", "model", "timeoutSeconds", "transform"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(match, forKey: .match)
        try container.encodeIfPresent(action, forKey: .action)
        try container.encodeIfPresent(wakeMode, forKey: .wakeMode)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(messageTemplate, forKey: .messageTemplate)
        try container.encodeIfPresent(textTemplate, forKey: .textTemplate)
        try container.encodeIfPresent(deliver, forKey: .deliver)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(to, forKey: .to)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(timeoutSeconds, forKey: .timeoutSeconds)
        try container.encodeIfPresent(transform, forKey: .transform)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Inbound webhooks under hooks.path.
public struct HooksConfig: Codable, Sendable, Equatable {
    /// Serve webhooks (also needs a non-empty token).
    public let enabled: Bool?
    /// Bearer token webhook callers must present.
    public let token: SecretInput?
    /// Base path of the webhook routes.
    public let path: String?
    /// Agents webhooks may target.
    public let allowedAgentIds: StringList?
    /// Session used when the request does not choose one.
    public let defaultSessionKey: String?
    /// Honour sessionKey from webhook requests.
    public let allowRequestSessionKey: Bool?
    /// Prefixes a request-chosen session key must start with.
    public let allowedSessionKeyPrefixes: StringList?
    /// Named hooks routed to wake or agent actions; first match wins.
    public let mappings: [HookMappingConfig]?
    /// Built-in mapping presets to enable, e.g. gmail.
    public let presets: StringList?
    /// Directory of transform modules used by mappings.
    public let transformsDir: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, token: SecretInput? = nil, path: String? = nil, allowedAgentIds: StringList? = nil, defaultSessionKey: String? = nil, allowRequestSessionKey: Bool? = nil, allowedSessionKeyPrefixes: StringList? = nil, mappings: [HookMappingConfig]? = nil, presets: StringList? = nil, transformsDir: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.token = token
        self.path = path
        self.allowedAgentIds = allowedAgentIds
        self.defaultSessionKey = defaultSessionKey
        self.allowRequestSessionKey = allowRequestSessionKey
        self.allowedSessionKeyPrefixes = allowedSessionKeyPrefixes
        self.mappings = mappings
        self.presets = presets
        self.transformsDir = transformsDir
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case token = "token"
        case path = "path"
        case allowedAgentIds = "allowedAgentIds"
        case defaultSessionKey = "defaultSessionKey"
        case allowRequestSessionKey = "allowRequestSessionKey"
        case allowedSessionKeyPrefixes = "allowedSessionKeyPrefixes"
        case mappings = "mappings"
        case presets = "presets"
        case transformsDir = "transformsDir"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.token = try container.decodeIfPresent(SecretInput.self, forKey: .token)
        self.path = try container.decodeIfPresent(String.self, forKey: .path)
        self.allowedAgentIds = try container.decodeIfPresent(StringList.self, forKey: .allowedAgentIds)
        self.defaultSessionKey = try container.decodeIfPresent(String.self, forKey: .defaultSessionKey)
        self.allowRequestSessionKey = try container.decodeIfPresent(Bool.self, forKey: .allowRequestSessionKey)
        self.allowedSessionKeyPrefixes = try container.decodeIfPresent(StringList.self, forKey: .allowedSessionKeyPrefixes)
        self.mappings = try container.decodeIfPresent([HookMappingConfig].self, forKey: .mappings)
        self.presets = try container.decodeIfPresent(StringList.self, forKey: .presets)
        self.transformsDir = try container.decodeIfPresent(String.self, forKey: .transformsDir)
        let known: Set<String> = ["enabled", "token", "path", "allowedAgentIds", "defaultSessionKey", "allowRequestSessionKey", "allowedSessionKeyPrefixes", "mappings", "presets", "transformsDir"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(token, forKey: .token)
        try container.encodeIfPresent(path, forKey: .path)
        try container.encodeIfPresent(allowedAgentIds, forKey: .allowedAgentIds)
        try container.encodeIfPresent(defaultSessionKey, forKey: .defaultSessionKey)
        try container.encodeIfPresent(allowRequestSessionKey, forKey: .allowRequestSessionKey)
        try container.encodeIfPresent(allowedSessionKeyPrefixes, forKey: .allowedSessionKeyPrefixes)
        try container.encodeIfPresent(mappings, forKey: .mappings)
        try container.encodeIfPresent(presets, forKey: .presets)
        try container.encodeIfPresent(transformsDir, forKey: .transformsDir)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// PDF text and image extraction limits.
public struct HttpPdfInputConfig: Codable, Sendable, Equatable {
    /// Pages read per PDF.
    public let maxPages: Int64?
    /// Pixel budget when rendering pages to images.
    public let maxPixels: Int64?
    /// Below this much extracted text, pages are rendered as images.
    public let minTextChars: Int64?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(maxPages: Int64? = nil, maxPixels: Int64? = nil, minTextChars: Int64? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.maxPages = maxPages
        self.maxPixels = maxPixels
        self.minTextChars = minTextChars
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case maxPages = "maxPages"
        case maxPixels = "maxPixels"
        case minTextChars = "minTextChars"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.maxPages = try container.decodeIfPresent(Int64.self, forKey: .maxPages)
        self.maxPixels = try container.decodeIfPresent(Int64.self, forKey: .maxPixels)
        self.minTextChars = try container.decodeIfPresent(Int64.self, forKey: .minTextChars)
        let known: Set<String> = ["maxPages", "maxPixels", "minTextChars"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(maxPages, forKey: .maxPages)
        try container.encodeIfPresent(maxPixels, forKey: .maxPixels)
        try container.encodeIfPresent(minTextChars, forKey: .minTextChars)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Limits for file inputs on /v1/responses.
public struct HttpFileInputConfig: Codable, Sendable, Equatable {
    /// Fetch files from URLs.
    public let allowUrl: Bool?
    /// Hostnames URL files may come from.
    public let urlAllowlist: StringList?
    /// Accepted file MIME types.
    public let allowedMimes: StringList?
    /// Maximum decoded bytes per file.
    public let maxBytes: Int64?
    /// Maximum extracted text characters per file.
    public let maxChars: Int64?
    /// Redirects followed when fetching a URL.
    public let maxRedirects: Int64?
    /// Fetch timeout in milliseconds.
    public let timeoutMs: Int64?
    /// PDF text and image extraction limits.
    public let pdf: HttpPdfInputConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(allowUrl: Bool? = nil, urlAllowlist: StringList? = nil, allowedMimes: StringList? = nil, maxBytes: Int64? = nil, maxChars: Int64? = nil, maxRedirects: Int64? = nil, timeoutMs: Int64? = nil, pdf: HttpPdfInputConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.allowUrl = allowUrl
        self.urlAllowlist = urlAllowlist
        self.allowedMimes = allowedMimes
        self.maxBytes = maxBytes
        self.maxChars = maxChars
        self.maxRedirects = maxRedirects
        self.timeoutMs = timeoutMs
        self.pdf = pdf
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case allowUrl = "allowUrl"
        case urlAllowlist = "urlAllowlist"
        case allowedMimes = "allowedMimes"
        case maxBytes = "maxBytes"
        case maxChars = "maxChars"
        case maxRedirects = "maxRedirects"
        case timeoutMs = "timeoutMs"
        case pdf = "pdf"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.allowUrl = try container.decodeIfPresent(Bool.self, forKey: .allowUrl)
        self.urlAllowlist = try container.decodeIfPresent(StringList.self, forKey: .urlAllowlist)
        self.allowedMimes = try container.decodeIfPresent(StringList.self, forKey: .allowedMimes)
        self.maxBytes = try container.decodeIfPresent(Int64.self, forKey: .maxBytes)
        self.maxChars = try container.decodeIfPresent(Int64.self, forKey: .maxChars)
        self.maxRedirects = try container.decodeIfPresent(Int64.self, forKey: .maxRedirects)
        self.timeoutMs = try container.decodeIfPresent(Int64.self, forKey: .timeoutMs)
        self.pdf = try container.decodeIfPresent(HttpPdfInputConfig.self, forKey: .pdf)
        let known: Set<String> = ["allowUrl", "urlAllowlist", "allowedMimes", "maxBytes", "maxChars", "maxRedirects", "timeoutMs", "pdf"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(allowUrl, forKey: .allowUrl)
        try container.encodeIfPresent(urlAllowlist, forKey: .urlAllowlist)
        try container.encodeIfPresent(allowedMimes, forKey: .allowedMimes)
        try container.encodeIfPresent(maxBytes, forKey: .maxBytes)
        try container.encodeIfPresent(maxChars, forKey: .maxChars)
        try container.encodeIfPresent(maxRedirects, forKey: .maxRedirects)
        try container.encodeIfPresent(timeoutMs, forKey: .timeoutMs)
        try container.encodeIfPresent(pdf, forKey: .pdf)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Limits for image inputs on an HTTP endpoint.
public struct HttpImageInputConfig: Codable, Sendable, Equatable {
    /// Fetch images from URLs (default false for chatCompletions, true for responses).
    public let allowUrl: Bool?
    /// Hostnames URL images may come from.
    public let urlAllowlist: StringList?
    /// Accepted image MIME types.
    public let allowedMimes: StringList?
    /// Maximum decoded bytes per image.
    public let maxBytes: Int64?
    /// Redirects followed when fetching a URL.
    public let maxRedirects: Int64?
    /// Fetch timeout in milliseconds.
    public let timeoutMs: Int64?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(allowUrl: Bool? = nil, urlAllowlist: StringList? = nil, allowedMimes: StringList? = nil, maxBytes: Int64? = nil, maxRedirects: Int64? = nil, timeoutMs: Int64? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.allowUrl = allowUrl
        self.urlAllowlist = urlAllowlist
        self.allowedMimes = allowedMimes
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.timeoutMs = timeoutMs
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case allowUrl = "allowUrl"
        case urlAllowlist = "urlAllowlist"
        case allowedMimes = "allowedMimes"
        case maxBytes = "maxBytes"
        case maxRedirects = "maxRedirects"
        case timeoutMs = "timeoutMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.allowUrl = try container.decodeIfPresent(Bool.self, forKey: .allowUrl)
        self.urlAllowlist = try container.decodeIfPresent(StringList.self, forKey: .urlAllowlist)
        self.allowedMimes = try container.decodeIfPresent(StringList.self, forKey: .allowedMimes)
        self.maxBytes = try container.decodeIfPresent(Int64.self, forKey: .maxBytes)
        self.maxRedirects = try container.decodeIfPresent(Int64.self, forKey: .maxRedirects)
        self.timeoutMs = try container.decodeIfPresent(Int64.self, forKey: .timeoutMs)
        let known: Set<String> = ["allowUrl", "urlAllowlist", "allowedMimes", "maxBytes", "maxRedirects", "timeoutMs"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(allowUrl, forKey: .allowUrl)
        try container.encodeIfPresent(urlAllowlist, forKey: .urlAllowlist)
        try container.encodeIfPresent(allowedMimes, forKey: .allowedMimes)
        try container.encodeIfPresent(maxBytes, forKey: .maxBytes)
        try container.encodeIfPresent(maxRedirects, forKey: .maxRedirects)
        try container.encodeIfPresent(timeoutMs, forKey: .timeoutMs)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Display identity of an assistant.
public struct IdentityConfig: Codable, Sendable, Equatable {
    /// Display name.
    public let name: String?
    /// Short persona description.
    public let theme: String?
    /// Emoji shown with replies.
    public let emoji: String?
    /// Avatar path or URL.
    public let avatar: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(name: String? = nil, theme: String? = nil, emoji: String? = nil, avatar: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.name = name
        self.theme = theme
        self.emoji = emoji
        self.avatar = avatar
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case theme = "theme"
        case emoji = "emoji"
        case avatar = "avatar"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.theme = try container.decodeIfPresent(String.self, forKey: .theme)
        self.emoji = try container.decodeIfPresent(String.self, forKey: .emoji)
        self.avatar = try container.decodeIfPresent(String.self, forKey: .avatar)
        let known: Set<String> = ["name", "theme", "emoji", "avatar"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(theme, forKey: .theme)
        try container.encodeIfPresent(emoji, forKey: .emoji)
        try container.encodeIfPresent(avatar, forKey: .avatar)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct LastHeartbeatParams: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public typealias LastHeartbeatResult = HeartbeatEvent?

/// Log severity threshold.
public enum LogLevel: String, Codable, Sendable, CaseIterable {
    case trace = "trace"
    case debug = "debug"
    case info = "info"
    case warn = "warn"
    case error = "error"
    case fatal = "fatal"
    case silent = "silent"
}

/// Console format; retired compact is treated as pretty.
public enum ConsoleStyle: String, Codable, Sendable, CaseIterable {
    case pretty = "pretty"
    case json = "json"
    case compact = "compact"
}

/// File and console logging.
public struct LoggingConfig: Codable, Sendable, Equatable {
    /// File log level (--verbose does not raise it).
    public let level: LogLevel?
    /// Log file path (default /tmp/openclaw/openclaw-YYYY-MM-DD.log).
    public let file: String?
    /// Size at which the active file rotates (keeps .1 to .5).
    public let maxFileBytes: Int64?
    /// Console log level (debug with --verbose).
    public let consoleLevel: LogLevel?
    /// Console format; retired compact is treated as pretty.
    public let consoleStyle: ConsoleStyle?
    /// Regexes for redaction; replaces the built-in string patterns.
    public let redactPatterns: StringList?

    public init(level: LogLevel? = nil, file: String? = nil, maxFileBytes: Int64? = nil, consoleLevel: LogLevel? = nil, consoleStyle: ConsoleStyle? = nil, redactPatterns: StringList? = nil) {
        self.level = level
        self.file = file
        self.maxFileBytes = maxFileBytes
        self.consoleLevel = consoleLevel
        self.consoleStyle = consoleStyle
        self.redactPatterns = redactPatterns
    }

    private enum CodingKeys: String, CodingKey {
        case level = "level"
        case file = "file"
        case maxFileBytes = "maxFileBytes"
        case consoleLevel = "consoleLevel"
        case consoleStyle = "consoleStyle"
        case redactPatterns = "redactPatterns"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.level = try container.decodeIfPresent(LogLevel.self, forKey: .level)
        self.file = try container.decodeIfPresent(String.self, forKey: .file)
        self.maxFileBytes = try container.decodeIfPresent(Int64.self, forKey: .maxFileBytes)
        self.consoleLevel = try container.decodeIfPresent(LogLevel.self, forKey: .consoleLevel)
        self.consoleStyle = try container.decodeIfPresent(ConsoleStyle.self, forKey: .consoleStyle)
        self.redactPatterns = try container.decodeIfPresent(StringList.self, forKey: .redactPatterns)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encodeIfPresent(file, forKey: .file)
        try container.encodeIfPresent(maxFileBytes, forKey: .maxFileBytes)
        try container.encodeIfPresent(consoleLevel, forKey: .consoleLevel)
        try container.encodeIfPresent(consoleStyle, forKey: .consoleStyle)
        try container.encodeIfPresent(redactPatterns, forKey: .redactPatterns)
    }
}

public struct LogsTailParams: Codable, Sendable, Equatable {
    /// Byte offset returned by a previous call.
    public let cursor: Int64?
    /// Most lines to return.
    public let limit: Int64?
    /// Most bytes to read.
    public let maxBytes: Int64?

    public init(cursor: Int64? = nil, limit: Int64? = nil, maxBytes: Int64? = nil) {
        self.cursor = cursor
        self.limit = limit
        self.maxBytes = maxBytes
    }

    private enum CodingKeys: String, CodingKey {
        case cursor = "cursor"
        case limit = "limit"
        case maxBytes = "maxBytes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.cursor = try container.decodeIfPresent(Int64.self, forKey: .cursor)
        self.limit = try container.decodeIfPresent(Int64.self, forKey: .limit)
        self.maxBytes = try container.decodeIfPresent(Int64.self, forKey: .maxBytes)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(cursor, forKey: .cursor)
        try container.encodeIfPresent(limit, forKey: .limit)
        try container.encodeIfPresent(maxBytes, forKey: .maxBytes)
    }
}

public struct LogsTailResult: Codable, Sendable, Equatable {
    /// Absolute path of the log file.
    public let file: String
    /// Offset to pass next time.
    public let cursor: Int64
    /// Current file size.
    public let size: Int64
    /// Raw JSONL records, verbatim.
    public let lines: [String]
    /// True when limit cut older lines.
    public let truncated: Bool?
    /// True when the file rotated or shrank and reading restarted.
    public let reset: Bool?
    /// Bytes skipped to honour maxBytes.
    public let skippedBytes: Int64?

    public init(file: String, cursor: Int64, size: Int64, lines: [String], truncated: Bool? = nil, reset: Bool? = nil, skippedBytes: Int64? = nil) {
        self.file = file
        self.cursor = cursor
        self.size = size
        self.lines = lines
        self.truncated = truncated
        self.reset = reset
        self.skippedBytes = skippedBytes
    }

    private enum CodingKeys: String, CodingKey {
        case file = "file"
        case cursor = "cursor"
        case size = "size"
        case lines = "lines"
        case truncated = "truncated"
        case reset = "reset"
        case skippedBytes = "skippedBytes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.file = try container.decode(String.self, forKey: .file)
        self.cursor = try container.decode(Int64.self, forKey: .cursor)
        self.size = try container.decode(Int64.self, forKey: .size)
        self.lines = try container.decode([String].self, forKey: .lines)
        self.truncated = try container.decodeIfPresent(Bool.self, forKey: .truncated)
        self.reset = try container.decodeIfPresent(Bool.self, forKey: .reset)
        self.skippedBytes = try container.decodeIfPresent(Int64.self, forKey: .skippedBytes)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(cursor, forKey: .cursor)
        try container.encode(size, forKey: .size)
        try container.encode(lines, forKey: .lines)
        try container.encodeIfPresent(truncated, forKey: .truncated)
        try container.encodeIfPresent(reset, forKey: .reset)
        try container.encodeIfPresent(skippedBytes, forKey: .skippedBytes)
    }
}

/// Details of a FORBIDDEN "missing scope" error.
public struct MissingScopeDetails: Codable, Sendable, Equatable {
    public let code: String
    /// The scope the caller would need.
    public let missingScope: String
    /// Scopes that would satisfy the check.
    public let requiredScopes: [String]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(code: String = "MISSING_SCOPE", missingScope: String, requiredScopes: [String], unknownFields: [String: JSONValue] = [:]) {
        self.code = code
        self.missingScope = missingScope
        self.requiredScopes = requiredScopes
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case missingScope = "missingScope"
        case requiredScopes = "requiredScopes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        self.missingScope = try container.decode(String.self, forKey: .missingScope)
        self.requiredScopes = try container.decode([String].self, forKey: .requiredScopes)
        let known: Set<String> = ["code", "missingScope", "requiredScopes"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(missingScope, forKey: .missingScope)
        try container.encode(requiredScopes, forKey: .requiredScopes)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Wire API spoken by a model provider.
public enum ModelApi: String, Codable, Sendable, CaseIterable {
    case openaiCompletions = "openai-completions"
    case openaiResponses = "openai-responses"
    case openaiChatgptResponses = "openai-chatgpt-responses"
    case anthropicMessages = "anthropic-messages"
    case googleGenerativeAi = "google-generative-ai"
    case googleVertex = "google-vertex"
    case githubCopilot = "github-copilot"
    case bedrockConverseStream = "bedrock-converse-stream"
    case ollama = "ollama"
    case piMessages = "pi-messages"
    case azureOpenaiResponses = "azure-openai-responses"
}

public enum ModelUnavailableReason: String, Codable, Sendable, CaseIterable {
    case missingAuth = "missing-auth"
    case authFailed = "auth-failed"
    case cooldown = "cooldown"
}

public enum ModelInputKind: String, Codable, Sendable, CaseIterable {
    case text = "text"
    case image = "image"
    case audio = "audio"
    case video = "video"
    case document = "document"
}

public struct ModelChoice: Codable, Sendable, Equatable {
    public let id: String
    public let name: String
    public let provider: String
    public let alias: String?
    public let tags: [String]?
    public let available: Bool?
    public let unavailableReason: ModelUnavailableReason?
    public let unavailableUntil: Int64?
    public let contextWindow: Int64?
    public let contextWindows: JSONValue?
    public let contextWindowDefault: Int64?
    public let reasoning: Bool?
    public let thinkingLevels: [JSONValue]?
    public let thinkingDefault: String?
    public let effectiveFastMode: Bool?
    public let supportsTools: Bool?
    public let agentRuntime: JSONValue?
    public let apiKeySupported: Bool?
    public let input: [ModelInputKind]?

    public init(id: String, name: String, provider: String, alias: String? = nil, tags: [String]? = nil, available: Bool? = nil, unavailableReason: ModelUnavailableReason? = nil, unavailableUntil: Int64? = nil, contextWindow: Int64? = nil, contextWindows: JSONValue? = nil, contextWindowDefault: Int64? = nil, reasoning: Bool? = nil, thinkingLevels: [JSONValue]? = nil, thinkingDefault: String? = nil, effectiveFastMode: Bool? = nil, supportsTools: Bool? = nil, agentRuntime: JSONValue? = nil, apiKeySupported: Bool? = nil, input: [ModelInputKind]? = nil) {
        self.id = id
        self.name = name
        self.provider = provider
        self.alias = alias
        self.tags = tags
        self.available = available
        self.unavailableReason = unavailableReason
        self.unavailableUntil = unavailableUntil
        self.contextWindow = contextWindow
        self.contextWindows = contextWindows
        self.contextWindowDefault = contextWindowDefault
        self.reasoning = reasoning
        self.thinkingLevels = thinkingLevels
        self.thinkingDefault = thinkingDefault
        self.effectiveFastMode = effectiveFastMode
        self.supportsTools = supportsTools
        self.agentRuntime = agentRuntime
        self.apiKeySupported = apiKeySupported
        self.input = input
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case name = "name"
        case provider = "provider"
        case alias = "alias"
        case tags = "tags"
        case available = "available"
        case unavailableReason = "unavailableReason"
        case unavailableUntil = "unavailableUntil"
        case contextWindow = "contextWindow"
        case contextWindows = "contextWindows"
        case contextWindowDefault = "contextWindowDefault"
        case reasoning = "reasoning"
        case thinkingLevels = "thinkingLevels"
        case thinkingDefault = "thinkingDefault"
        case effectiveFastMode = "effectiveFastMode"
        case supportsTools = "supportsTools"
        case agentRuntime = "agentRuntime"
        case apiKeySupported = "apiKeySupported"
        case input = "input"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.name = try container.decode(String.self, forKey: .name)
        self.provider = try container.decode(String.self, forKey: .provider)
        self.alias = try container.decodeIfPresent(String.self, forKey: .alias)
        self.tags = try container.decodeIfPresent([String].self, forKey: .tags)
        self.available = try container.decodeIfPresent(Bool.self, forKey: .available)
        self.unavailableReason = try container.decodeIfPresent(ModelUnavailableReason.self, forKey: .unavailableReason)
        self.unavailableUntil = try container.decodeIfPresent(Int64.self, forKey: .unavailableUntil)
        self.contextWindow = try container.decodeIfPresent(Int64.self, forKey: .contextWindow)
        self.contextWindows = try container.decodeIfPresent(JSONValue.self, forKey: .contextWindows)
        self.contextWindowDefault = try container.decodeIfPresent(Int64.self, forKey: .contextWindowDefault)
        self.reasoning = try container.decodeIfPresent(Bool.self, forKey: .reasoning)
        self.thinkingLevels = try container.decodeIfPresent([JSONValue].self, forKey: .thinkingLevels)
        self.thinkingDefault = try container.decodeIfPresent(String.self, forKey: .thinkingDefault)
        self.effectiveFastMode = try container.decodeIfPresent(Bool.self, forKey: .effectiveFastMode)
        self.supportsTools = try container.decodeIfPresent(Bool.self, forKey: .supportsTools)
        self.agentRuntime = try container.decodeIfPresent(JSONValue.self, forKey: .agentRuntime)
        self.apiKeySupported = try container.decodeIfPresent(Bool.self, forKey: .apiKeySupported)
        self.input = try container.decodeIfPresent([ModelInputKind].self, forKey: .input)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(provider, forKey: .provider)
        try container.encodeIfPresent(alias, forKey: .alias)
        try container.encodeIfPresent(tags, forKey: .tags)
        try container.encodeIfPresent(available, forKey: .available)
        try container.encodeIfPresent(unavailableReason, forKey: .unavailableReason)
        try container.encodeIfPresent(unavailableUntil, forKey: .unavailableUntil)
        try container.encodeIfPresent(contextWindow, forKey: .contextWindow)
        try container.encodeIfPresent(contextWindows, forKey: .contextWindows)
        try container.encodeIfPresent(contextWindowDefault, forKey: .contextWindowDefault)
        try container.encodeIfPresent(reasoning, forKey: .reasoning)
        try container.encodeIfPresent(thinkingLevels, forKey: .thinkingLevels)
        try container.encodeIfPresent(thinkingDefault, forKey: .thinkingDefault)
        try container.encodeIfPresent(effectiveFastMode, forKey: .effectiveFastMode)
        try container.encodeIfPresent(supportsTools, forKey: .supportsTools)
        try container.encodeIfPresent(agentRuntime, forKey: .agentRuntime)
        try container.encodeIfPresent(apiKeySupported, forKey: .apiKeySupported)
        try container.encodeIfPresent(input, forKey: .input)
    }
}

/// Price per million tokens.
public struct ModelCost: Codable, Sendable, Equatable {
    /// Input token price.
    public let input: Double?
    /// Output token price.
    public let output: Double?
    /// Cache read price.
    public let cacheRead: Double?
    /// Cache write price.
    public let cacheWrite: Double?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(input: Double? = nil, output: Double? = nil, cacheRead: Double? = nil, cacheWrite: Double? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.input = input
        self.output = output
        self.cacheRead = cacheRead
        self.cacheWrite = cacheWrite
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case input = "input"
        case output = "output"
        case cacheRead = "cacheRead"
        case cacheWrite = "cacheWrite"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.input = try container.decodeIfPresent(Double.self, forKey: .input)
        self.output = try container.decodeIfPresent(Double.self, forKey: .output)
        self.cacheRead = try container.decodeIfPresent(Double.self, forKey: .cacheRead)
        self.cacheWrite = try container.decodeIfPresent(Double.self, forKey: .cacheWrite)
        let known: Set<String> = ["input", "output", "cacheRead", "cacheWrite"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(input, forKey: .input)
        try container.encodeIfPresent(output, forKey: .output)
        try container.encodeIfPresent(cacheRead, forKey: .cacheRead)
        try container.encodeIfPresent(cacheWrite, forKey: .cacheWrite)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One model of a provider.
public struct ModelDefinitionConfig: Codable, Sendable, Equatable {
    /// Model id at the provider.
    public let id: String
    /// Display name.
    public let name: String?
    /// Wire API override for this model.
    public let api: ModelApi?
    /// Model supports reasoning.
    public let reasoning: Bool?
    /// Accepted input kinds, e.g. text, image.
    public let input: StringList?
    public let cost: ModelCost?
    /// Context window in tokens.
    public let contextWindow: Int64?
    /// Usable context budget in tokens.
    public let contextTokens: Int64?
    /// Output token cap.
    public let maxTokens: Int64?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String, name: String? = nil, api: ModelApi? = nil, reasoning: Bool? = nil, input: StringList? = nil, cost: ModelCost? = nil, contextWindow: Int64? = nil, contextTokens: Int64? = nil, maxTokens: Int64? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.name = name
        self.api = api
        self.reasoning = reasoning
        self.input = input
        self.cost = cost
        self.contextWindow = contextWindow
        self.contextTokens = contextTokens
        self.maxTokens = maxTokens
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case name = "name"
        case api = "api"
        case reasoning = "reasoning"
        case input = "input"
        case cost = "cost"
        case contextWindow = "contextWindow"
        case contextTokens = "contextTokens"
        case maxTokens = "maxTokens"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.api = try container.decodeIfPresent(ModelApi.self, forKey: .api)
        self.reasoning = try container.decodeIfPresent(Bool.self, forKey: .reasoning)
        self.input = try container.decodeIfPresent(StringList.self, forKey: .input)
        self.cost = try container.decodeIfPresent(ModelCost.self, forKey: .cost)
        self.contextWindow = try container.decodeIfPresent(Int64.self, forKey: .contextWindow)
        self.contextTokens = try container.decodeIfPresent(Int64.self, forKey: .contextTokens)
        self.maxTokens = try container.decodeIfPresent(Int64.self, forKey: .maxTokens)
        let known: Set<String> = ["id", "name", "api", "reasoning", "input", "cost", "contextWindow", "contextTokens", "maxTokens"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(api, forKey: .api)
        try container.encodeIfPresent(reasoning, forKey: .reasoning)
        try container.encodeIfPresent(input, forKey: .input)
        try container.encodeIfPresent(cost, forKey: .cost)
        try container.encodeIfPresent(contextWindow, forKey: .contextWindow)
        try container.encodeIfPresent(contextTokens, forKey: .contextTokens)
        try container.encodeIfPresent(maxTokens, forKey: .maxTokens)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Credential kind.
public enum ModelProviderAuth: String, Codable, Sendable, CaseIterable {
    case apiKey = "api-key"
    case token = "token"
    case oauth = "oauth"
    case awsSdk = "aws-sdk"
}

/// Request shaping options (kept as JSON).
public struct ModelProviderConfigRequest: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Local model server management (kept as JSON).
public struct ModelProviderConfigLocalService: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One upstream model provider.
public struct ModelProviderConfig: Codable, Sendable, Equatable {
    /// Upstream base URL.
    public let baseUrl: String?
    /// API key (string, ${ENV} or SecretRef).
    public let apiKey: SecretInput?
    /// Wire API; openai-completions when baseUrl is set and api is absent.
    public let api: ModelApi?
    /// Credential kind.
    public let auth: ModelProviderAuth?
    /// Send the key as Authorization Bearer.
    public let authHeader: Bool?
    /// Extra request headers.
    public let headers: [String: String]?
    /// Request timeout in seconds.
    public let timeoutSeconds: Int64?
    /// Default output token cap.
    public let maxTokens: Int64?
    /// Request shaping options (kept as JSON).
    public let request: ModelProviderConfigRequest?
    /// Local model server management (kept as JSON).
    public let localService: ModelProviderConfigLocalService?
    /// Models offered by this provider.
    public let models: [ModelDefinitionConfig]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(baseUrl: String? = nil, apiKey: SecretInput? = nil, api: ModelApi? = nil, auth: ModelProviderAuth? = nil, authHeader: Bool? = nil, headers: [String: String]? = nil, timeoutSeconds: Int64? = nil, maxTokens: Int64? = nil, request: ModelProviderConfigRequest? = nil, localService: ModelProviderConfigLocalService? = nil, models: [ModelDefinitionConfig]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.baseUrl = baseUrl
        self.apiKey = apiKey
        self.api = api
        self.auth = auth
        self.authHeader = authHeader
        self.headers = headers
        self.timeoutSeconds = timeoutSeconds
        self.maxTokens = maxTokens
        self.request = request
        self.localService = localService
        self.models = models
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case baseUrl = "baseUrl"
        case apiKey = "apiKey"
        case api = "api"
        case auth = "auth"
        case authHeader = "authHeader"
        case headers = "headers"
        case timeoutSeconds = "timeoutSeconds"
        case maxTokens = "maxTokens"
        case request = "request"
        case localService = "localService"
        case models = "models"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.baseUrl = try container.decodeIfPresent(String.self, forKey: .baseUrl)
        self.apiKey = try container.decodeIfPresent(SecretInput.self, forKey: .apiKey)
        self.api = try container.decodeIfPresent(ModelApi.self, forKey: .api)
        self.auth = try container.decodeIfPresent(ModelProviderAuth.self, forKey: .auth)
        self.authHeader = try container.decodeIfPresent(Bool.self, forKey: .authHeader)
        self.headers = try container.decodeIfPresent([String: String].self, forKey: .headers)
        self.timeoutSeconds = try container.decodeIfPresent(Int64.self, forKey: .timeoutSeconds)
        self.maxTokens = try container.decodeIfPresent(Int64.self, forKey: .maxTokens)
        self.request = try container.decodeIfPresent(ModelProviderConfigRequest.self, forKey: .request)
        self.localService = try container.decodeIfPresent(ModelProviderConfigLocalService.self, forKey: .localService)
        self.models = try container.decodeIfPresent([ModelDefinitionConfig].self, forKey: .models)
        let known: Set<String> = ["baseUrl", "apiKey", "api", "auth", "authHeader", "headers", "timeoutSeconds", "maxTokens", "request", "localService", "models"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(baseUrl, forKey: .baseUrl)
        try container.encodeIfPresent(apiKey, forKey: .apiKey)
        try container.encodeIfPresent(api, forKey: .api)
        try container.encodeIfPresent(auth, forKey: .auth)
        try container.encodeIfPresent(authHeader, forKey: .authHeader)
        try container.encodeIfPresent(headers, forKey: .headers)
        try container.encodeIfPresent(timeoutSeconds, forKey: .timeoutSeconds)
        try container.encodeIfPresent(maxTokens, forKey: .maxTokens)
        try container.encodeIfPresent(request, forKey: .request)
        try container.encodeIfPresent(localService, forKey: .localService)
        try container.encodeIfPresent(models, forKey: .models)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Merge providers with the built-in catalogue, or replace it.
public enum ModelsMode: String, Codable, Sendable, CaseIterable {
    case merge = "merge"
    case replace = "replace"
}

/// Periodic model discovery.
public struct ModelCatalogRefreshConfig: Codable, Sendable, Equatable {
    /// Refresh discovered models.
    public let enabled: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        let known: Set<String> = ["enabled"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Model provider catalogue.
public struct ModelsConfig: Codable, Sendable, Equatable {
    /// Merge providers with the built-in catalogue, or replace it.
    public let mode: ModelsMode?
    /// Provider settings keyed by provider id.
    public let providers: [String: ModelProviderConfig]?
    /// Periodic model discovery.
    public let catalogRefresh: ModelCatalogRefreshConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(mode: ModelsMode? = nil, providers: [String: ModelProviderConfig]? = nil, catalogRefresh: ModelCatalogRefreshConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.mode = mode
        self.providers = providers
        self.catalogRefresh = catalogRefresh
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case mode = "mode"
        case providers = "providers"
        case catalogRefresh = "catalogRefresh"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.mode = try container.decodeIfPresent(ModelsMode.self, forKey: .mode)
        self.providers = try container.decodeIfPresent([String: ModelProviderConfig].self, forKey: .providers)
        self.catalogRefresh = try container.decodeIfPresent(ModelCatalogRefreshConfig.self, forKey: .catalogRefresh)
        let known: Set<String> = ["mode", "providers", "catalogRefresh"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(providers, forKey: .providers)
        try container.encodeIfPresent(catalogRefresh, forKey: .catalogRefresh)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public enum ModelsListView: String, Codable, Sendable, CaseIterable {
    case `default` = "default"
    case configured = "configured"
    case providerConfig = "provider-config"
    case all = "all"
}

public struct ModelsListParams: Codable, Sendable, Equatable {
    public let agentId: String?
    public let includeProviderCapabilities: Bool?
    public let preparedOnly: Bool?
    public let refresh: Bool?
    public let view: ModelsListView?
    public let provider: String?
    public let includeDetails: Bool?
    public let includeDefaultModels: Bool?
    public let sessionKey: String?
    public let authProfileId: String?

    public init(agentId: String? = nil, includeProviderCapabilities: Bool? = nil, preparedOnly: Bool? = nil, refresh: Bool? = nil, view: ModelsListView? = nil, provider: String? = nil, includeDetails: Bool? = nil, includeDefaultModels: Bool? = nil, sessionKey: String? = nil, authProfileId: String? = nil) {
        self.agentId = agentId
        self.includeProviderCapabilities = includeProviderCapabilities
        self.preparedOnly = preparedOnly
        self.refresh = refresh
        self.view = view
        self.provider = provider
        self.includeDetails = includeDetails
        self.includeDefaultModels = includeDefaultModels
        self.sessionKey = sessionKey
        self.authProfileId = authProfileId
    }

    private enum CodingKeys: String, CodingKey {
        case agentId = "agentId"
        case includeProviderCapabilities = "includeProviderCapabilities"
        case preparedOnly = "preparedOnly"
        case refresh = "refresh"
        case view = "view"
        case provider = "provider"
        case includeDetails = "includeDetails"
        case includeDefaultModels = "includeDefaultModels"
        case sessionKey = "sessionKey"
        case authProfileId = "authProfileId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.includeProviderCapabilities = try container.decodeIfPresent(Bool.self, forKey: .includeProviderCapabilities)
        self.preparedOnly = try container.decodeIfPresent(Bool.self, forKey: .preparedOnly)
        self.refresh = try container.decodeIfPresent(Bool.self, forKey: .refresh)
        self.view = try container.decodeIfPresent(ModelsListView.self, forKey: .view)
        self.provider = try container.decodeIfPresent(String.self, forKey: .provider)
        self.includeDetails = try container.decodeIfPresent(Bool.self, forKey: .includeDetails)
        self.includeDefaultModels = try container.decodeIfPresent(Bool.self, forKey: .includeDefaultModels)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.authProfileId = try container.decodeIfPresent(String.self, forKey: .authProfileId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(includeProviderCapabilities, forKey: .includeProviderCapabilities)
        try container.encodeIfPresent(preparedOnly, forKey: .preparedOnly)
        try container.encodeIfPresent(refresh, forKey: .refresh)
        try container.encodeIfPresent(view, forKey: .view)
        try container.encodeIfPresent(provider, forKey: .provider)
        try container.encodeIfPresent(includeDetails, forKey: .includeDetails)
        try container.encodeIfPresent(includeDefaultModels, forKey: .includeDefaultModels)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(authProfileId, forKey: .authProfileId)
    }
}

public enum ProviderOutcomeStatus: String, Codable, Sendable, CaseIterable {
    case ready = "ready"
    case authRejected = "auth-rejected"
    case unavailable = "unavailable"
}

public struct ProviderOutcome: Codable, Sendable, Equatable {
    public let provider: String
    public let profileId: String?
    public let status: ProviderOutcomeStatus

    public init(provider: String, profileId: String? = nil, status: ProviderOutcomeStatus) {
        self.provider = provider
        self.profileId = profileId
        self.status = status
    }

    private enum CodingKeys: String, CodingKey {
        case provider = "provider"
        case profileId = "profileId"
        case status = "status"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.provider = try container.decode(String.self, forKey: .provider)
        self.profileId = try container.decodeIfPresent(String.self, forKey: .profileId)
        self.status = try container.decode(ProviderOutcomeStatus.self, forKey: .status)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(provider, forKey: .provider)
        try container.encodeIfPresent(profileId, forKey: .profileId)
        try container.encode(status, forKey: .status)
    }
}

public struct ModelsListResult: Codable, Sendable, Equatable {
    public let models: [ModelChoice]
    public let providerOutcomes: [ProviderOutcome]?

    public init(models: [ModelChoice], providerOutcomes: [ProviderOutcome]? = nil) {
        self.models = models
        self.providerOutcomes = providerOutcomes
    }

    private enum CodingKeys: String, CodingKey {
        case models = "models"
        case providerOutcomes = "providerOutcomes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.models = try container.decode([ModelChoice].self, forKey: .models)
        self.providerOutcomes = try container.decodeIfPresent([ProviderOutcome].self, forKey: .providerOutcomes)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(models, forKey: .models)
        try container.encodeIfPresent(providerOutcomes, forKey: .providerOutcomes)
    }
}

/// Skill library settings (out of core; kept as JSON).
public struct OpenClawConfigSkills: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Message formatting and queueing settings (out of core; kept as JSON).
public struct OpenClawConfigMessages: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Chat slash-command settings (out of core; kept as JSON).
public struct OpenClawConfigCommands: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Control UI presentation settings (kept as JSON).
public struct OpenClawConfigUi: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Browser control settings (out of core; kept as JSON).
public struct OpenClawConfigBrowser: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Bookkeeping written by the onboarding wizard (kept as JSON).
public struct OpenClawConfigWizard: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Bookkeeping the reference gateway writes, e.g. lastTouchedVersion (kept as written).
public struct OpenClawConfigMeta: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Self-update channel and checks (out of core; kept as JSON).
public struct OpenClawConfigUpdate: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Secret provider definitions used by SecretRef (kept as JSON).
public struct OpenClawConfigSecrets: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// LAN/mDNS discovery settings (out of core; kept as JSON).
public struct OpenClawConfigDiscovery: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Diagnostics and telemetry settings (out of core; kept as JSON).
public struct OpenClawConfigDiagnostics: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Voice/talk mode settings (out of core; kept as JSON).
public struct OpenClawConfigTalk: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Exec approval forwarding settings (out of core; kept as JSON).
public struct OpenClawConfigApprovals: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Broadcast group settings (out of core; kept as JSON).
public struct OpenClawConfigBroadcast: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Audio transcription settings (out of core; kept as JSON).
public struct OpenClawConfigAudio: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Web (WhatsApp Web) runtime settings (out of core; kept as JSON).
public struct OpenClawConfigWeb: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Memory citations and memory.search embeddings (config.md §6; kept as JSON).
public struct OpenClawConfigMemory: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Telemetry settings (out of core; kept as JSON).
public struct OpenClawConfigTelemetry: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Named sender groups for access policies (out of core; kept as JSON).
public struct OpenClawConfigAccessGroups: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Agent Client Protocol bridge settings (out of core; kept as JSON).
public struct OpenClawConfigAcp: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Settings of this machine as a node host (out of core; kept as JSON).
public struct OpenClawConfigNodeHost: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Security policy settings (out of core; kept as JSON).
public struct OpenClawConfigSecurity: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Inbound attachment handling (out of core; kept as JSON).
public struct OpenClawConfigAttachments: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Text-to-speech settings (out of core; kept as JSON).
public struct OpenClawConfigTts: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Session transcript settings (out of core; kept as JSON).
public struct OpenClawConfigTranscripts: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Cloud worker settings (out of core; kept as JSON).
public struct OpenClawConfigCloudWorkers: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Desktop app settings (out of core; kept as JSON).
public struct OpenClawConfigDesktop: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// MCP server settings (out of core; kept as JSON).
public struct OpenClawConfigMcp: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Surface settings (out of core; kept as JSON).
public struct OpenClawConfigSurfaces: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Outbound proxy settings (out of core; kept as JSON).
public struct OpenClawConfigProxy: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Root of openclaw.json; unknown top-level keys refuse start.
public struct OpenClawConfig: Codable, Sendable, Equatable {
    /// Editor hint pointing at a JSON Schema; ignored by the gateway.
    public let schema: String?
    public let gateway: GatewayConfig?
    public let agents: AgentsConfig?
    /// Routing rules that send inbound traffic to agents; first match wins.
    public let bindings: [BindingConfig]?
    public let models: ModelsConfig?
    public let channels: ChannelsConfig?
    public let session: SessionConfig?
    public let cron: CronConfig?
    public let logging: LoggingConfig?
    public let hooks: HooksConfig?
    public let env: EnvConfig?
    public let identity: IdentityConfig?
    public let auth: AuthConfig?
    public let plugins: PluginsConfig?
    public let canvasHost: CanvasHostConfig?
    /// Skill library settings (out of core; kept as JSON).
    public let skills: OpenClawConfigSkills?
    public let tools: ToolsConfig?
    /// Message formatting and queueing settings (out of core; kept as JSON).
    public let messages: OpenClawConfigMessages?
    /// Chat slash-command settings (out of core; kept as JSON).
    public let commands: OpenClawConfigCommands?
    /// Control UI presentation settings (kept as JSON).
    public let ui: OpenClawConfigUi?
    /// Browser control settings (out of core; kept as JSON).
    public let browser: OpenClawConfigBrowser?
    /// Bookkeeping written by the onboarding wizard (kept as JSON).
    public let wizard: OpenClawConfigWizard?
    /// Bookkeeping the reference gateway writes, e.g. lastTouchedVersion (kept as written).
    public let meta: OpenClawConfigMeta?
    /// Self-update channel and checks (out of core; kept as JSON).
    public let update: OpenClawConfigUpdate?
    /// Secret provider definitions used by SecretRef (kept as JSON).
    public let secrets: OpenClawConfigSecrets?
    /// LAN/mDNS discovery settings (out of core; kept as JSON).
    public let discovery: OpenClawConfigDiscovery?
    /// Diagnostics and telemetry settings (out of core; kept as JSON).
    public let diagnostics: OpenClawConfigDiagnostics?
    /// Voice/talk mode settings (out of core; kept as JSON).
    public let talk: OpenClawConfigTalk?
    /// Exec approval forwarding settings (out of core; kept as JSON).
    public let approvals: OpenClawConfigApprovals?
    /// Broadcast group settings (out of core; kept as JSON).
    public let broadcast: OpenClawConfigBroadcast?
    /// Audio transcription settings (out of core; kept as JSON).
    public let audio: OpenClawConfigAudio?
    /// Web (WhatsApp Web) runtime settings (out of core; kept as JSON).
    public let web: OpenClawConfigWeb?
    /// Memory citations and memory.search embeddings (config.md §6; kept as JSON).
    public let memory: OpenClawConfigMemory?
    /// Directory for agent git worktrees (not implemented; kept as written).
    public let worktreeRoot: String?
    /// Speed up agent git worktree creation (not implemented; kept as written).
    public let worktreeAcceleration: Bool?
    /// Telemetry settings (out of core; kept as JSON).
    public let telemetry: OpenClawConfigTelemetry?
    /// Named sender groups for access policies (out of core; kept as JSON).
    public let accessGroups: OpenClawConfigAccessGroups?
    /// Agent Client Protocol bridge settings (out of core; kept as JSON).
    public let acp: OpenClawConfigAcp?
    /// Settings of this machine as a node host (out of core; kept as JSON).
    public let nodeHost: OpenClawConfigNodeHost?
    /// Security policy settings (out of core; kept as JSON).
    public let security: OpenClawConfigSecurity?
    /// Inbound attachment handling (out of core; kept as JSON).
    public let attachments: OpenClawConfigAttachments?
    /// Text-to-speech settings (out of core; kept as JSON).
    public let tts: OpenClawConfigTts?
    /// Session transcript settings (out of core; kept as JSON).
    public let transcripts: OpenClawConfigTranscripts?
    /// Cloud worker settings (out of core; kept as JSON).
    public let cloudWorkers: OpenClawConfigCloudWorkers?
    /// Desktop app settings (out of core; kept as JSON).
    public let desktop: OpenClawConfigDesktop?
    /// MCP server settings (out of core; kept as JSON).
    public let mcp: OpenClawConfigMcp?
    /// Surface settings (out of core; kept as JSON).
    public let surfaces: OpenClawConfigSurfaces?
    /// Outbound proxy settings (out of core; kept as JSON).
    public let proxy: OpenClawConfigProxy?

    public init(schema: String? = nil, gateway: GatewayConfig? = nil, agents: AgentsConfig? = nil, bindings: [BindingConfig]? = nil, models: ModelsConfig? = nil, channels: ChannelsConfig? = nil, session: SessionConfig? = nil, cron: CronConfig? = nil, logging: LoggingConfig? = nil, hooks: HooksConfig? = nil, env: EnvConfig? = nil, identity: IdentityConfig? = nil, auth: AuthConfig? = nil, plugins: PluginsConfig? = nil, canvasHost: CanvasHostConfig? = nil, skills: OpenClawConfigSkills? = nil, tools: ToolsConfig? = nil, messages: OpenClawConfigMessages? = nil, commands: OpenClawConfigCommands? = nil, ui: OpenClawConfigUi? = nil, browser: OpenClawConfigBrowser? = nil, wizard: OpenClawConfigWizard? = nil, meta: OpenClawConfigMeta? = nil, update: OpenClawConfigUpdate? = nil, secrets: OpenClawConfigSecrets? = nil, discovery: OpenClawConfigDiscovery? = nil, diagnostics: OpenClawConfigDiagnostics? = nil, talk: OpenClawConfigTalk? = nil, approvals: OpenClawConfigApprovals? = nil, broadcast: OpenClawConfigBroadcast? = nil, audio: OpenClawConfigAudio? = nil, web: OpenClawConfigWeb? = nil, memory: OpenClawConfigMemory? = nil, worktreeRoot: String? = nil, worktreeAcceleration: Bool? = nil, telemetry: OpenClawConfigTelemetry? = nil, accessGroups: OpenClawConfigAccessGroups? = nil, acp: OpenClawConfigAcp? = nil, nodeHost: OpenClawConfigNodeHost? = nil, security: OpenClawConfigSecurity? = nil, attachments: OpenClawConfigAttachments? = nil, tts: OpenClawConfigTts? = nil, transcripts: OpenClawConfigTranscripts? = nil, cloudWorkers: OpenClawConfigCloudWorkers? = nil, desktop: OpenClawConfigDesktop? = nil, mcp: OpenClawConfigMcp? = nil, surfaces: OpenClawConfigSurfaces? = nil, proxy: OpenClawConfigProxy? = nil) {
        self.schema = schema
        self.gateway = gateway
        self.agents = agents
        self.bindings = bindings
        self.models = models
        self.channels = channels
        self.session = session
        self.cron = cron
        self.logging = logging
        self.hooks = hooks
        self.env = env
        self.identity = identity
        self.auth = auth
        self.plugins = plugins
        self.canvasHost = canvasHost
        self.skills = skills
        self.tools = tools
        self.messages = messages
        self.commands = commands
        self.ui = ui
        self.browser = browser
        self.wizard = wizard
        self.meta = meta
        self.update = update
        self.secrets = secrets
        self.discovery = discovery
        self.diagnostics = diagnostics
        self.talk = talk
        self.approvals = approvals
        self.broadcast = broadcast
        self.audio = audio
        self.web = web
        self.memory = memory
        self.worktreeRoot = worktreeRoot
        self.worktreeAcceleration = worktreeAcceleration
        self.telemetry = telemetry
        self.accessGroups = accessGroups
        self.acp = acp
        self.nodeHost = nodeHost
        self.security = security
        self.attachments = attachments
        self.tts = tts
        self.transcripts = transcripts
        self.cloudWorkers = cloudWorkers
        self.desktop = desktop
        self.mcp = mcp
        self.surfaces = surfaces
        self.proxy = proxy
    }

    private enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case gateway = "gateway"
        case agents = "agents"
        case bindings = "bindings"
        case models = "models"
        case channels = "channels"
        case session = "session"
        case cron = "cron"
        case logging = "logging"
        case hooks = "hooks"
        case env = "env"
        case identity = "identity"
        case auth = "auth"
        case plugins = "plugins"
        case canvasHost = "canvasHost"
        case skills = "skills"
        case tools = "tools"
        case messages = "messages"
        case commands = "commands"
        case ui = "ui"
        case browser = "browser"
        case wizard = "wizard"
        case meta = "meta"
        case update = "update"
        case secrets = "secrets"
        case discovery = "discovery"
        case diagnostics = "diagnostics"
        case talk = "talk"
        case approvals = "approvals"
        case broadcast = "broadcast"
        case audio = "audio"
        case web = "web"
        case memory = "memory"
        case worktreeRoot = "worktreeRoot"
        case worktreeAcceleration = "worktreeAcceleration"
        case telemetry = "telemetry"
        case accessGroups = "accessGroups"
        case acp = "acp"
        case nodeHost = "nodeHost"
        case security = "security"
        case attachments = "attachments"
        case tts = "tts"
        case transcripts = "transcripts"
        case cloudWorkers = "cloudWorkers"
        case desktop = "desktop"
        case mcp = "mcp"
        case surfaces = "surfaces"
        case proxy = "proxy"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.schema = try container.decodeIfPresent(String.self, forKey: .schema)
        self.gateway = try container.decodeIfPresent(GatewayConfig.self, forKey: .gateway)
        self.agents = try container.decodeIfPresent(AgentsConfig.self, forKey: .agents)
        self.bindings = try container.decodeIfPresent([BindingConfig].self, forKey: .bindings)
        self.models = try container.decodeIfPresent(ModelsConfig.self, forKey: .models)
        self.channels = try container.decodeIfPresent(ChannelsConfig.self, forKey: .channels)
        self.session = try container.decodeIfPresent(SessionConfig.self, forKey: .session)
        self.cron = try container.decodeIfPresent(CronConfig.self, forKey: .cron)
        self.logging = try container.decodeIfPresent(LoggingConfig.self, forKey: .logging)
        self.hooks = try container.decodeIfPresent(HooksConfig.self, forKey: .hooks)
        self.env = try container.decodeIfPresent(EnvConfig.self, forKey: .env)
        self.identity = try container.decodeIfPresent(IdentityConfig.self, forKey: .identity)
        self.auth = try container.decodeIfPresent(AuthConfig.self, forKey: .auth)
        self.plugins = try container.decodeIfPresent(PluginsConfig.self, forKey: .plugins)
        self.canvasHost = try container.decodeIfPresent(CanvasHostConfig.self, forKey: .canvasHost)
        self.skills = try container.decodeIfPresent(OpenClawConfigSkills.self, forKey: .skills)
        self.tools = try container.decodeIfPresent(ToolsConfig.self, forKey: .tools)
        self.messages = try container.decodeIfPresent(OpenClawConfigMessages.self, forKey: .messages)
        self.commands = try container.decodeIfPresent(OpenClawConfigCommands.self, forKey: .commands)
        self.ui = try container.decodeIfPresent(OpenClawConfigUi.self, forKey: .ui)
        self.browser = try container.decodeIfPresent(OpenClawConfigBrowser.self, forKey: .browser)
        self.wizard = try container.decodeIfPresent(OpenClawConfigWizard.self, forKey: .wizard)
        self.meta = try container.decodeIfPresent(OpenClawConfigMeta.self, forKey: .meta)
        self.update = try container.decodeIfPresent(OpenClawConfigUpdate.self, forKey: .update)
        self.secrets = try container.decodeIfPresent(OpenClawConfigSecrets.self, forKey: .secrets)
        self.discovery = try container.decodeIfPresent(OpenClawConfigDiscovery.self, forKey: .discovery)
        self.diagnostics = try container.decodeIfPresent(OpenClawConfigDiagnostics.self, forKey: .diagnostics)
        self.talk = try container.decodeIfPresent(OpenClawConfigTalk.self, forKey: .talk)
        self.approvals = try container.decodeIfPresent(OpenClawConfigApprovals.self, forKey: .approvals)
        self.broadcast = try container.decodeIfPresent(OpenClawConfigBroadcast.self, forKey: .broadcast)
        self.audio = try container.decodeIfPresent(OpenClawConfigAudio.self, forKey: .audio)
        self.web = try container.decodeIfPresent(OpenClawConfigWeb.self, forKey: .web)
        self.memory = try container.decodeIfPresent(OpenClawConfigMemory.self, forKey: .memory)
        self.worktreeRoot = try container.decodeIfPresent(String.self, forKey: .worktreeRoot)
        self.worktreeAcceleration = try container.decodeIfPresent(Bool.self, forKey: .worktreeAcceleration)
        self.telemetry = try container.decodeIfPresent(OpenClawConfigTelemetry.self, forKey: .telemetry)
        self.accessGroups = try container.decodeIfPresent(OpenClawConfigAccessGroups.self, forKey: .accessGroups)
        self.acp = try container.decodeIfPresent(OpenClawConfigAcp.self, forKey: .acp)
        self.nodeHost = try container.decodeIfPresent(OpenClawConfigNodeHost.self, forKey: .nodeHost)
        self.security = try container.decodeIfPresent(OpenClawConfigSecurity.self, forKey: .security)
        self.attachments = try container.decodeIfPresent(OpenClawConfigAttachments.self, forKey: .attachments)
        self.tts = try container.decodeIfPresent(OpenClawConfigTts.self, forKey: .tts)
        self.transcripts = try container.decodeIfPresent(OpenClawConfigTranscripts.self, forKey: .transcripts)
        self.cloudWorkers = try container.decodeIfPresent(OpenClawConfigCloudWorkers.self, forKey: .cloudWorkers)
        self.desktop = try container.decodeIfPresent(OpenClawConfigDesktop.self, forKey: .desktop)
        self.mcp = try container.decodeIfPresent(OpenClawConfigMcp.self, forKey: .mcp)
        self.surfaces = try container.decodeIfPresent(OpenClawConfigSurfaces.self, forKey: .surfaces)
        self.proxy = try container.decodeIfPresent(OpenClawConfigProxy.self, forKey: .proxy)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(schema, forKey: .schema)
        try container.encodeIfPresent(gateway, forKey: .gateway)
        try container.encodeIfPresent(agents, forKey: .agents)
        try container.encodeIfPresent(bindings, forKey: .bindings)
        try container.encodeIfPresent(models, forKey: .models)
        try container.encodeIfPresent(channels, forKey: .channels)
        try container.encodeIfPresent(session, forKey: .session)
        try container.encodeIfPresent(cron, forKey: .cron)
        try container.encodeIfPresent(logging, forKey: .logging)
        try container.encodeIfPresent(hooks, forKey: .hooks)
        try container.encodeIfPresent(env, forKey: .env)
        try container.encodeIfPresent(identity, forKey: .identity)
        try container.encodeIfPresent(auth, forKey: .auth)
        try container.encodeIfPresent(plugins, forKey: .plugins)
        try container.encodeIfPresent(canvasHost, forKey: .canvasHost)
        try container.encodeIfPresent(skills, forKey: .skills)
        try container.encodeIfPresent(tools, forKey: .tools)
        try container.encodeIfPresent(messages, forKey: .messages)
        try container.encodeIfPresent(commands, forKey: .commands)
        try container.encodeIfPresent(ui, forKey: .ui)
        try container.encodeIfPresent(browser, forKey: .browser)
        try container.encodeIfPresent(wizard, forKey: .wizard)
        try container.encodeIfPresent(meta, forKey: .meta)
        try container.encodeIfPresent(update, forKey: .update)
        try container.encodeIfPresent(secrets, forKey: .secrets)
        try container.encodeIfPresent(discovery, forKey: .discovery)
        try container.encodeIfPresent(diagnostics, forKey: .diagnostics)
        try container.encodeIfPresent(talk, forKey: .talk)
        try container.encodeIfPresent(approvals, forKey: .approvals)
        try container.encodeIfPresent(broadcast, forKey: .broadcast)
        try container.encodeIfPresent(audio, forKey: .audio)
        try container.encodeIfPresent(web, forKey: .web)
        try container.encodeIfPresent(memory, forKey: .memory)
        try container.encodeIfPresent(worktreeRoot, forKey: .worktreeRoot)
        try container.encodeIfPresent(worktreeAcceleration, forKey: .worktreeAcceleration)
        try container.encodeIfPresent(telemetry, forKey: .telemetry)
        try container.encodeIfPresent(accessGroups, forKey: .accessGroups)
        try container.encodeIfPresent(acp, forKey: .acp)
        try container.encodeIfPresent(nodeHost, forKey: .nodeHost)
        try container.encodeIfPresent(security, forKey: .security)
        try container.encodeIfPresent(attachments, forKey: .attachments)
        try container.encodeIfPresent(tts, forKey: .tts)
        try container.encodeIfPresent(transcripts, forKey: .transcripts)
        try container.encodeIfPresent(cloudWorkers, forKey: .cloudWorkers)
        try container.encodeIfPresent(desktop, forKey: .desktop)
        try container.encodeIfPresent(mcp, forKey: .mcp)
        try container.encodeIfPresent(surfaces, forKey: .surfaces)
        try container.encodeIfPresent(proxy, forKey: .proxy)
    }
}

/// Why pairing approval is needed.
public enum PairingRequiredDetailsReason: String, Codable, Sendable, CaseIterable {
    case notPaired = "not-paired"
    case roleUpgrade = "role-upgrade"
    case scopeUpgrade = "scope-upgrade"
    case metadataUpgrade = "metadata-upgrade"
}

/// Details sent when a device must be (re)paired before it may connect.
public struct PairingRequiredDetails: Codable, Sendable, Equatable {
    public let code: String
    /// Why pairing approval is needed.
    public let reason: PairingRequiredDetailsReason
    /// Pending pairing request id.
    public let requestId: String?
    /// Hint for the client.
    public let recommendedNextStep: String?
    /// Whether reconnecting later may succeed.
    public let retryable: Bool?
    /// Whether the client should stop auto-reconnecting.
    public let pauseReconnect: Bool?
    /// Device the request is for.
    public let deviceId: String?
    /// Role the device asked for.
    public let requestedRole: String?
    /// Scopes the device asked for.
    public let requestedScopes: [String]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(code: String = "PAIRING_REQUIRED", reason: PairingRequiredDetailsReason, requestId: String? = nil, recommendedNextStep: String? = nil, retryable: Bool? = nil, pauseReconnect: Bool? = nil, deviceId: String? = nil, requestedRole: String? = nil, requestedScopes: [String]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.code = code
        self.reason = reason
        self.requestId = requestId
        self.recommendedNextStep = recommendedNextStep
        self.retryable = retryable
        self.pauseReconnect = pauseReconnect
        self.deviceId = deviceId
        self.requestedRole = requestedRole
        self.requestedScopes = requestedScopes
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case reason = "reason"
        case requestId = "requestId"
        case recommendedNextStep = "recommendedNextStep"
        case retryable = "retryable"
        case pauseReconnect = "pauseReconnect"
        case deviceId = "deviceId"
        case requestedRole = "requestedRole"
        case requestedScopes = "requestedScopes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        self.reason = try container.decode(PairingRequiredDetailsReason.self, forKey: .reason)
        self.requestId = try container.decodeIfPresent(String.self, forKey: .requestId)
        self.recommendedNextStep = try container.decodeIfPresent(String.self, forKey: .recommendedNextStep)
        self.retryable = try container.decodeIfPresent(Bool.self, forKey: .retryable)
        self.pauseReconnect = try container.decodeIfPresent(Bool.self, forKey: .pauseReconnect)
        self.deviceId = try container.decodeIfPresent(String.self, forKey: .deviceId)
        self.requestedRole = try container.decodeIfPresent(String.self, forKey: .requestedRole)
        self.requestedScopes = try container.decodeIfPresent([String].self, forKey: .requestedScopes)
        let known: Set<String> = ["code", "reason", "requestId", "recommendedNextStep", "retryable", "pauseReconnect", "deviceId", "requestedRole", "requestedScopes"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(reason, forKey: .reason)
        try container.encodeIfPresent(requestId, forKey: .requestId)
        try container.encodeIfPresent(recommendedNextStep, forKey: .recommendedNextStep)
        try container.encodeIfPresent(retryable, forKey: .retryable)
        try container.encodeIfPresent(pauseReconnect, forKey: .pauseReconnect)
        try container.encodeIfPresent(deviceId, forKey: .deviceId)
        try container.encodeIfPresent(requestedRole, forKey: .requestedRole)
        try container.encodeIfPresent(requestedScopes, forKey: .requestedScopes)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Plugin-defined settings (kept as JSON).
public struct PluginEntryConfigConfig: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Settings of one plugin.
public struct PluginEntryConfig: Codable, Sendable, Equatable {
    /// Enable this plugin.
    public let enabled: Bool?
    /// Plugin-defined settings (kept as JSON).
    public let config: PluginEntryConfigConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, config: PluginEntryConfigConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.config = config
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case config = "config"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.config = try container.decodeIfPresent(PluginEntryConfigConfig.self, forKey: .config)
        let known: Set<String> = ["enabled", "config"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(config, forKey: .config)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Plugin loading and per-plugin settings.
public struct PluginsConfig: Codable, Sendable, Equatable {
    /// Load plugins.
    public let enabled: Bool?
    /// Plugin ids allowed to load.
    public let allow: StringList?
    /// Plugin ids never loaded.
    public let deny: StringList?
    /// Per-plugin settings keyed by plugin id.
    public let entries: [String: PluginEntryConfig]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, allow: StringList? = nil, deny: StringList? = nil, entries: [String: PluginEntryConfig]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.allow = allow
        self.deny = deny
        self.entries = entries
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case allow = "allow"
        case deny = "deny"
        case entries = "entries"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.allow = try container.decodeIfPresent(StringList.self, forKey: .allow)
        self.deny = try container.decodeIfPresent(StringList.self, forKey: .deny)
        self.entries = try container.decodeIfPresent([String: PluginEntryConfig].self, forKey: .entries)
        let known: Set<String> = ["enabled", "allow", "deny", "entries"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(allow, forKey: .allow)
        try container.encodeIfPresent(deny, forKey: .deny)
        try container.encodeIfPresent(entries, forKey: .entries)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct PollParams: Codable, Sendable, Equatable {
    /// Channel target.
    public let to: String
    /// The question.
    public let question: String
    /// The answers.
    public let options: [String]
    /// De-duplication key; also the result's runId.
    public let idempotencyKey: String
    /// Answers a voter may pick (more than 1: multiple answers).
    public let maxSelections: Int64?
    /// How long the poll stays open.
    public let durationSeconds: Int64?
    /// How long the poll stays open, in hours.
    public let durationHours: Int64?
    /// Deliver without a notification.
    public let silent: Bool?
    /// Whether votes are anonymous.
    public let isAnonymous: Bool?
    /// The thread (Telegram: forum topic id).
    public let threadId: String?
    /// The channel (default: the only configured one).
    public let channel: String?
    /// The channel account.
    public let accountId: String?

    public init(to: String, question: String, options: [String], idempotencyKey: String, maxSelections: Int64? = nil, durationSeconds: Int64? = nil, durationHours: Int64? = nil, silent: Bool? = nil, isAnonymous: Bool? = nil, threadId: String? = nil, channel: String? = nil, accountId: String? = nil) {
        self.to = to
        self.question = question
        self.options = options
        self.idempotencyKey = idempotencyKey
        self.maxSelections = maxSelections
        self.durationSeconds = durationSeconds
        self.durationHours = durationHours
        self.silent = silent
        self.isAnonymous = isAnonymous
        self.threadId = threadId
        self.channel = channel
        self.accountId = accountId
    }

    private enum CodingKeys: String, CodingKey {
        case to = "to"
        case question = "question"
        case options = "options"
        case idempotencyKey = "idempotencyKey"
        case maxSelections = "maxSelections"
        case durationSeconds = "durationSeconds"
        case durationHours = "durationHours"
        case silent = "silent"
        case isAnonymous = "isAnonymous"
        case threadId = "threadId"
        case channel = "channel"
        case accountId = "accountId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.to = try container.decode(String.self, forKey: .to)
        self.question = try container.decode(String.self, forKey: .question)
        self.options = try container.decode([String].self, forKey: .options)
        self.idempotencyKey = try container.decode(String.self, forKey: .idempotencyKey)
        self.maxSelections = try container.decodeIfPresent(Int64.self, forKey: .maxSelections)
        self.durationSeconds = try container.decodeIfPresent(Int64.self, forKey: .durationSeconds)
        self.durationHours = try container.decodeIfPresent(Int64.self, forKey: .durationHours)
        self.silent = try container.decodeIfPresent(Bool.self, forKey: .silent)
        self.isAnonymous = try container.decodeIfPresent(Bool.self, forKey: .isAnonymous)
        self.threadId = try container.decodeIfPresent(String.self, forKey: .threadId)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(to, forKey: .to)
        try container.encode(question, forKey: .question)
        try container.encode(options, forKey: .options)
        try container.encode(idempotencyKey, forKey: .idempotencyKey)
        try container.encodeIfPresent(maxSelections, forKey: .maxSelections)
        try container.encodeIfPresent(durationSeconds, forKey: .durationSeconds)
        try container.encodeIfPresent(durationHours, forKey: .durationHours)
        try container.encodeIfPresent(silent, forKey: .silent)
        try container.encodeIfPresent(isAnonymous, forKey: .isAnonymous)
        try container.encodeIfPresent(threadId, forKey: .threadId)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(accountId, forKey: .accountId)
    }
}

/// Qualified identity.
public struct PresenceUserIdentity: Codable, Sendable, Equatable {
    public let type: String
    /// Profile id.
    public let id: String

    public init(type: String = "profile", id: String) {
        self.type = type
        self.id = id
    }

    private enum CodingKeys: String, CodingKey {
        case type = "type"
        case id = "id"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(String.self, forKey: .type)
        self.id = try container.decode(String.self, forKey: .id)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(id, forKey: .id)
    }
}

/// Person behind the connection.
public struct PresenceUser: Codable, Sendable, Equatable {
    /// Identity key used for grouping.
    public let id: String
    /// Qualified identity.
    public let identity: PresenceUserIdentity?
    /// Email address.
    public let email: String?
    /// Display name.
    public let name: String?
    /// Avatar URL.
    public let avatarUrl: String?

    public init(id: String, identity: PresenceUserIdentity? = nil, email: String? = nil, name: String? = nil, avatarUrl: String? = nil) {
        self.id = id
        self.identity = identity
        self.email = email
        self.name = name
        self.avatarUrl = avatarUrl
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case identity = "identity"
        case email = "email"
        case name = "name"
        case avatarUrl = "avatarUrl"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.identity = try container.decodeIfPresent(PresenceUserIdentity.self, forKey: .identity)
        self.email = try container.decodeIfPresent(String.self, forKey: .email)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.avatarUrl = try container.decodeIfPresent(String.self, forKey: .avatarUrl)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(identity, forKey: .identity)
        try container.encodeIfPresent(email, forKey: .email)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(avatarUrl, forKey: .avatarUrl)
    }
}

/// One client, node or the gateway itself as seen in presence.
public struct PresenceEntry: Codable, Sendable, Equatable {
    /// Host name.
    public let host: String?
    /// Address.
    public let ip: String?
    /// Software version.
    public let version: String?
    /// Platform string.
    public let platform: String?
    /// Device family.
    public let deviceFamily: String?
    /// Hardware model.
    public let modelIdentifier: String?
    /// IANA time zone.
    public let timeZone: String?
    /// Client mode, or gateway for the gateway's own entry.
    public let mode: String?
    /// Seconds since the last user input.
    public let lastInputSeconds: Int64?
    /// Why the entry was updated: self, connect, disconnect, ...
    public let reason: String?
    /// Free-form tags.
    public let tags: [String]?
    /// One-line human summary.
    public let text: String?
    /// Last update time in epoch ms.
    public let ts: Int64
    /// Start of the current online interval.
    public let onlineSince: Int64?
    /// Last accepted activity.
    public let lastActivityAt: Int64?
    /// Device id.
    public let deviceId: String?
    /// Connection roles.
    public let roles: [String]?
    /// Connection scopes.
    public let scopes: [String]?
    /// Client instance id.
    public let instanceId: String?
    /// Person behind the connection.
    public let user: PresenceUser?
    /// Session keys this connection is viewing, sorted.
    public let watchedSessions: [String]?

    public init(host: String? = nil, ip: String? = nil, version: String? = nil, platform: String? = nil, deviceFamily: String? = nil, modelIdentifier: String? = nil, timeZone: String? = nil, mode: String? = nil, lastInputSeconds: Int64? = nil, reason: String? = nil, tags: [String]? = nil, text: String? = nil, ts: Int64, onlineSince: Int64? = nil, lastActivityAt: Int64? = nil, deviceId: String? = nil, roles: [String]? = nil, scopes: [String]? = nil, instanceId: String? = nil, user: PresenceUser? = nil, watchedSessions: [String]? = nil) {
        self.host = host
        self.ip = ip
        self.version = version
        self.platform = platform
        self.deviceFamily = deviceFamily
        self.modelIdentifier = modelIdentifier
        self.timeZone = timeZone
        self.mode = mode
        self.lastInputSeconds = lastInputSeconds
        self.reason = reason
        self.tags = tags
        self.text = text
        self.ts = ts
        self.onlineSince = onlineSince
        self.lastActivityAt = lastActivityAt
        self.deviceId = deviceId
        self.roles = roles
        self.scopes = scopes
        self.instanceId = instanceId
        self.user = user
        self.watchedSessions = watchedSessions
    }

    private enum CodingKeys: String, CodingKey {
        case host = "host"
        case ip = "ip"
        case version = "version"
        case platform = "platform"
        case deviceFamily = "deviceFamily"
        case modelIdentifier = "modelIdentifier"
        case timeZone = "timeZone"
        case mode = "mode"
        case lastInputSeconds = "lastInputSeconds"
        case reason = "reason"
        case tags = "tags"
        case text = "text"
        case ts = "ts"
        case onlineSince = "onlineSince"
        case lastActivityAt = "lastActivityAt"
        case deviceId = "deviceId"
        case roles = "roles"
        case scopes = "scopes"
        case instanceId = "instanceId"
        case user = "user"
        case watchedSessions = "watchedSessions"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.host = try container.decodeIfPresent(String.self, forKey: .host)
        self.ip = try container.decodeIfPresent(String.self, forKey: .ip)
        self.version = try container.decodeIfPresent(String.self, forKey: .version)
        self.platform = try container.decodeIfPresent(String.self, forKey: .platform)
        self.deviceFamily = try container.decodeIfPresent(String.self, forKey: .deviceFamily)
        self.modelIdentifier = try container.decodeIfPresent(String.self, forKey: .modelIdentifier)
        self.timeZone = try container.decodeIfPresent(String.self, forKey: .timeZone)
        self.mode = try container.decodeIfPresent(String.self, forKey: .mode)
        self.lastInputSeconds = try container.decodeIfPresent(Int64.self, forKey: .lastInputSeconds)
        self.reason = try container.decodeIfPresent(String.self, forKey: .reason)
        self.tags = try container.decodeIfPresent([String].self, forKey: .tags)
        self.text = try container.decodeIfPresent(String.self, forKey: .text)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        self.onlineSince = try container.decodeIfPresent(Int64.self, forKey: .onlineSince)
        self.lastActivityAt = try container.decodeIfPresent(Int64.self, forKey: .lastActivityAt)
        self.deviceId = try container.decodeIfPresent(String.self, forKey: .deviceId)
        self.roles = try container.decodeIfPresent([String].self, forKey: .roles)
        self.scopes = try container.decodeIfPresent([String].self, forKey: .scopes)
        self.instanceId = try container.decodeIfPresent(String.self, forKey: .instanceId)
        self.user = try container.decodeIfPresent(PresenceUser.self, forKey: .user)
        self.watchedSessions = try container.decodeIfPresent([String].self, forKey: .watchedSessions)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(host, forKey: .host)
        try container.encodeIfPresent(ip, forKey: .ip)
        try container.encodeIfPresent(version, forKey: .version)
        try container.encodeIfPresent(platform, forKey: .platform)
        try container.encodeIfPresent(deviceFamily, forKey: .deviceFamily)
        try container.encodeIfPresent(modelIdentifier, forKey: .modelIdentifier)
        try container.encodeIfPresent(timeZone, forKey: .timeZone)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(lastInputSeconds, forKey: .lastInputSeconds)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(tags, forKey: .tags)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encode(ts, forKey: .ts)
        try container.encodeIfPresent(onlineSince, forKey: .onlineSince)
        try container.encodeIfPresent(lastActivityAt, forKey: .lastActivityAt)
        try container.encodeIfPresent(deviceId, forKey: .deviceId)
        try container.encodeIfPresent(roles, forKey: .roles)
        try container.encodeIfPresent(scopes, forKey: .scopes)
        try container.encodeIfPresent(instanceId, forKey: .instanceId)
        try container.encodeIfPresent(user, forKey: .user)
        try container.encodeIfPresent(watchedSessions, forKey: .watchedSessions)
    }
}

public struct PresenceEvent: Codable, Sendable, Equatable {
    /// Full presence list as visible to the recipient.
    public let presence: [PresenceEntry]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(presence: [PresenceEntry], unknownFields: [String: JSONValue] = [:]) {
        self.presence = presence
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case presence = "presence"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.presence = try container.decode([PresenceEntry].self, forKey: .presence)
        let known: Set<String> = ["presence"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(presence, forKey: .presence)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Details sent when the client's protocol range cannot be served.
public struct ProtocolMismatchDetails: Codable, Sendable, Equatable {
    public let code: String
    /// minProtocol the client sent.
    public let clientMinProtocol: Int64
    /// maxProtocol the client sent.
    public let clientMaxProtocol: Int64
    /// Protocol version the gateway speaks (4).
    public let expectedProtocol: Int64
    /// Oldest protocol accepted from probe clients (3).
    public let minimumProbeProtocol: Int64
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(code: String = "PROTOCOL_MISMATCH", clientMinProtocol: Int64, clientMaxProtocol: Int64, expectedProtocol: Int64, minimumProbeProtocol: Int64, unknownFields: [String: JSONValue] = [:]) {
        self.code = code
        self.clientMinProtocol = clientMinProtocol
        self.clientMaxProtocol = clientMaxProtocol
        self.expectedProtocol = expectedProtocol
        self.minimumProbeProtocol = minimumProbeProtocol
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case clientMinProtocol = "clientMinProtocol"
        case clientMaxProtocol = "clientMaxProtocol"
        case expectedProtocol = "expectedProtocol"
        case minimumProbeProtocol = "minimumProbeProtocol"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        self.clientMinProtocol = try container.decode(Int64.self, forKey: .clientMinProtocol)
        self.clientMaxProtocol = try container.decode(Int64.self, forKey: .clientMaxProtocol)
        self.expectedProtocol = try container.decode(Int64.self, forKey: .expectedProtocol)
        self.minimumProbeProtocol = try container.decode(Int64.self, forKey: .minimumProbeProtocol)
        let known: Set<String> = ["code", "clientMinProtocol", "clientMaxProtocol", "expectedProtocol", "minimumProbeProtocol"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(clientMinProtocol, forKey: .clientMinProtocol)
        try container.encode(clientMaxProtocol, forKey: .clientMaxProtocol)
        try container.encode(expectedProtocol, forKey: .expectedProtocol)
        try container.encode(minimumProbeProtocol, forKey: .minimumProbeProtocol)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// What a message does when its session already has a run: followup (default) waits for it, collect merges with the other waiting messages into one turn, steer joins the running turn at its next model call (a new turn when there is none), interrupt aborts it first.
public enum QueueMode: String, Codable, Sendable, CaseIterable {
    case steer = "steer"
    case followup = "followup"
    case collect = "collect"
    case interrupt = "interrupt"
}

/// A client-to-server RPC call.
public struct RequestFrame: Codable, Sendable, Equatable {
    public let type: String
    /// Opaque id echoed in the response (the CLI uses "<n>:<uuid>").
    public let id: String
    /// RPC method name.
    public let method: String
    /// Method parameters; each method validates its own shape. Absent or null means {}.
    public let params: JSONValue?
    /// W3C trace context; malformed short values are ignored.
    public let traceparent: String?
    /// Profile binding hint from newer clients; accepted and ignored.
    public let expectedProfileId: String?

    public init(type: String = "req", id: String, method: String, params: JSONValue? = nil, traceparent: String? = nil, expectedProfileId: String? = nil) {
        self.type = type
        self.id = id
        self.method = method
        self.params = params
        self.traceparent = traceparent
        self.expectedProfileId = expectedProfileId
    }

    private enum CodingKeys: String, CodingKey {
        case type = "type"
        case id = "id"
        case method = "method"
        case params = "params"
        case traceparent = "traceparent"
        case expectedProfileId = "expectedProfileId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(String.self, forKey: .type)
        self.id = try container.decode(String.self, forKey: .id)
        self.method = try container.decode(String.self, forKey: .method)
        self.params = try container.decodeIfPresent(JSONValue.self, forKey: .params)
        self.traceparent = try container.decodeIfPresent(String.self, forKey: .traceparent)
        self.expectedProfileId = try container.decodeIfPresent(String.self, forKey: .expectedProfileId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(id, forKey: .id)
        try container.encode(method, forKey: .method)
        try container.encodeIfPresent(params, forKey: .params)
        try container.encodeIfPresent(traceparent, forKey: .traceparent)
        try container.encodeIfPresent(expectedProfileId, forKey: .expectedProfileId)
    }
}

/// The server's answer to one request.
public struct ResponseFrame: Codable, Sendable, Equatable {
    public let type: String
    /// The request id being answered ("invalid" when the request had none).
    public let id: String
    /// True on success.
    public let ok: Bool
    /// Method result when ok is true (a few methods also attach one to failures).
    public let payload: JSONValue?
    public let error: ErrorShape?

    public init(type: String = "res", id: String, ok: Bool, payload: JSONValue? = nil, error: ErrorShape? = nil) {
        self.type = type
        self.id = id
        self.ok = ok
        self.payload = payload
        self.error = error
    }

    private enum CodingKeys: String, CodingKey {
        case type = "type"
        case id = "id"
        case ok = "ok"
        case payload = "payload"
        case error = "error"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(String.self, forKey: .type)
        self.id = try container.decode(String.self, forKey: .id)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.payload = try container.decodeIfPresent(JSONValue.self, forKey: .payload)
        self.error = try container.decodeIfPresent(ErrorShape.self, forKey: .error)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(id, forKey: .id)
        try container.encode(ok, forKey: .ok)
        try container.encodeIfPresent(payload, forKey: .payload)
        try container.encodeIfPresent(error, forKey: .error)
    }
}

/// Active work by kind.
public struct RestartPreflightCounts: Codable, Sendable, Equatable {
    public let queueSize: Int64
    public let pendingReplies: Int64
    public let embeddedRuns: Int64
    public let cronRuns: Int64
    public let backgroundExecSessions: Int64
    public let rootRequests: Int64
    public let activeTasks: Int64
    /// Sum of all active work.
    public let totalActive: Int64
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(queueSize: Int64, pendingReplies: Int64, embeddedRuns: Int64, cronRuns: Int64, backgroundExecSessions: Int64, rootRequests: Int64, activeTasks: Int64, totalActive: Int64, unknownFields: [String: JSONValue] = [:]) {
        self.queueSize = queueSize
        self.pendingReplies = pendingReplies
        self.embeddedRuns = embeddedRuns
        self.cronRuns = cronRuns
        self.backgroundExecSessions = backgroundExecSessions
        self.rootRequests = rootRequests
        self.activeTasks = activeTasks
        self.totalActive = totalActive
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case queueSize = "queueSize"
        case pendingReplies = "pendingReplies"
        case embeddedRuns = "embeddedRuns"
        case cronRuns = "cronRuns"
        case backgroundExecSessions = "backgroundExecSessions"
        case rootRequests = "rootRequests"
        case activeTasks = "activeTasks"
        case totalActive = "totalActive"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.queueSize = try container.decode(Int64.self, forKey: .queueSize)
        self.pendingReplies = try container.decode(Int64.self, forKey: .pendingReplies)
        self.embeddedRuns = try container.decode(Int64.self, forKey: .embeddedRuns)
        self.cronRuns = try container.decode(Int64.self, forKey: .cronRuns)
        self.backgroundExecSessions = try container.decode(Int64.self, forKey: .backgroundExecSessions)
        self.rootRequests = try container.decode(Int64.self, forKey: .rootRequests)
        self.activeTasks = try container.decode(Int64.self, forKey: .activeTasks)
        self.totalActive = try container.decode(Int64.self, forKey: .totalActive)
        let known: Set<String> = ["queueSize", "pendingReplies", "embeddedRuns", "cronRuns", "backgroundExecSessions", "rootRequests", "activeTasks", "totalActive"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(queueSize, forKey: .queueSize)
        try container.encode(pendingReplies, forKey: .pendingReplies)
        try container.encode(embeddedRuns, forKey: .embeddedRuns)
        try container.encode(cronRuns, forKey: .cronRuns)
        try container.encode(backgroundExecSessions, forKey: .backgroundExecSessions)
        try container.encode(rootRequests, forKey: .rootRequests)
        try container.encode(activeTasks, forKey: .activeTasks)
        try container.encode(totalActive, forKey: .totalActive)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct RestartBlocker: Codable, Sendable, Equatable {
    /// Kind of active work.
    public let kind: String
    /// How many.
    public let count: Int64
    /// Human summary.
    public let message: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(kind: String, count: Int64, message: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.kind = kind
        self.count = count
        self.message = message
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case kind = "kind"
        case count = "count"
        case message = "message"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.kind = try container.decode(String.self, forKey: .kind)
        self.count = try container.decode(Int64.self, forKey: .count)
        self.message = try container.decodeIfPresent(String.self, forKey: .message)
        let known: Set<String> = ["kind", "count", "message"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(count, forKey: .count)
        try container.encodeIfPresent(message, forKey: .message)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Whether restarting now would interrupt active work.
public struct RestartPreflight: Codable, Sendable, Equatable {
    /// True when nothing is active.
    public let safe: Bool
    /// Active work by kind.
    public let counts: RestartPreflightCounts
    /// What is preventing a safe restart.
    public let blockers: [RestartBlocker]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(safe: Bool, counts: RestartPreflightCounts, blockers: [RestartBlocker], unknownFields: [String: JSONValue] = [:]) {
        self.safe = safe
        self.counts = counts
        self.blockers = blockers
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case safe = "safe"
        case counts = "counts"
        case blockers = "blockers"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.safe = try container.decode(Bool.self, forKey: .safe)
        self.counts = try container.decode(RestartPreflightCounts.self, forKey: .counts)
        self.blockers = try container.decode([RestartBlocker].self, forKey: .blockers)
        let known: Set<String> = ["safe", "counts", "blockers"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(safe, forKey: .safe)
        try container.encode(counts, forKey: .counts)
        try container.encode(blockers, forKey: .blockers)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// A credential given inline (may use ${ENV}) or as a SecretRef.
public enum SecretInput: Codable, Sendable, Equatable {
    case string(String)
    case object(SecretRef)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(SecretRef.self) {
            self = .object(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "matches no branch of SecretInput")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

/// Where the secret is resolved from.
public enum SecretSource: String, Codable, Sendable, CaseIterable {
    case env = "env"
    case file = "file"
    case exec = "exec"
    case store = "store"
}

/// Reference to a credential held outside the config file.
public struct SecretRef: Codable, Sendable, Equatable {
    /// Where the secret is resolved from.
    public let source: SecretSource
    /// Named secret provider under secrets.* (default provider when absent).
    public let provider: String?
    /// Key of the secret within the provider (env var name, file key, store id).
    public let id: String

    public init(source: SecretSource, provider: String? = nil, id: String) {
        self.source = source
        self.provider = provider
        self.id = id
    }

    private enum CodingKeys: String, CodingKey {
        case source = "source"
        case provider = "provider"
        case id = "id"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.source = try container.decode(SecretSource.self, forKey: .source)
        self.provider = try container.decodeIfPresent(String.self, forKey: .provider)
        self.id = try container.decode(String.self, forKey: .id)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(provider, forKey: .provider)
        try container.encode(id, forKey: .id)
    }
}

/// The message is channel HTML already (otherwise it is Markdown).
public enum SendParseMode: String, Codable, Sendable, CaseIterable {
    case html = "HTML"
}

public struct SendParams: Codable, Sendable, Equatable {
    /// Channel target (Telegram: a chat id, @channelusername, optionally prefixed telegram: or tg:).
    public let to: String
    /// De-duplication key; also the result's runId.
    public let idempotencyKey: String
    /// The text.
    public let message: String?
    /// A media URL.
    public let mediaUrl: String?
    /// Media URLs.
    public let mediaUrls: [String]?
    /// Base64 media content.
    public let buffer: String?
    /// The media's file name.
    public let filename: String?
    /// The media's content type.
    public let contentType: String?
    /// Send audio as a voice note.
    public let asVoice: Bool?
    /// Play a video as a GIF.
    public let gifPlayback: Bool?
    /// The channel (default: the only configured one).
    public let channel: String?
    /// The channel account (default: the channel's default account).
    public let accountId: String?
    /// The agent on whose behalf the message is sent.
    public let agentId: String?
    /// The message to reply to.
    public let replyToId: String?
    /// The thread (Telegram: forum topic id).
    public let threadId: String?
    /// Send media as a document.
    public let forceDocument: Bool?
    /// Deliver without a notification.
    public let silent: Bool?
    /// The message is channel HTML already (otherwise it is Markdown).
    public let parseMode: SendParseMode?
    /// The session the message belongs to.
    public let sessionKey: String?

    public init(to: String, idempotencyKey: String, message: String? = nil, mediaUrl: String? = nil, mediaUrls: [String]? = nil, buffer: String? = nil, filename: String? = nil, contentType: String? = nil, asVoice: Bool? = nil, gifPlayback: Bool? = nil, channel: String? = nil, accountId: String? = nil, agentId: String? = nil, replyToId: String? = nil, threadId: String? = nil, forceDocument: Bool? = nil, silent: Bool? = nil, parseMode: SendParseMode? = nil, sessionKey: String? = nil) {
        self.to = to
        self.idempotencyKey = idempotencyKey
        self.message = message
        self.mediaUrl = mediaUrl
        self.mediaUrls = mediaUrls
        self.buffer = buffer
        self.filename = filename
        self.contentType = contentType
        self.asVoice = asVoice
        self.gifPlayback = gifPlayback
        self.channel = channel
        self.accountId = accountId
        self.agentId = agentId
        self.replyToId = replyToId
        self.threadId = threadId
        self.forceDocument = forceDocument
        self.silent = silent
        self.parseMode = parseMode
        self.sessionKey = sessionKey
    }

    private enum CodingKeys: String, CodingKey {
        case to = "to"
        case idempotencyKey = "idempotencyKey"
        case message = "message"
        case mediaUrl = "mediaUrl"
        case mediaUrls = "mediaUrls"
        case buffer = "buffer"
        case filename = "filename"
        case contentType = "contentType"
        case asVoice = "asVoice"
        case gifPlayback = "gifPlayback"
        case channel = "channel"
        case accountId = "accountId"
        case agentId = "agentId"
        case replyToId = "replyToId"
        case threadId = "threadId"
        case forceDocument = "forceDocument"
        case silent = "silent"
        case parseMode = "parseMode"
        case sessionKey = "sessionKey"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.to = try container.decode(String.self, forKey: .to)
        self.idempotencyKey = try container.decode(String.self, forKey: .idempotencyKey)
        self.message = try container.decodeIfPresent(String.self, forKey: .message)
        self.mediaUrl = try container.decodeIfPresent(String.self, forKey: .mediaUrl)
        self.mediaUrls = try container.decodeIfPresent([String].self, forKey: .mediaUrls)
        self.buffer = try container.decodeIfPresent(String.self, forKey: .buffer)
        self.filename = try container.decodeIfPresent(String.self, forKey: .filename)
        self.contentType = try container.decodeIfPresent(String.self, forKey: .contentType)
        self.asVoice = try container.decodeIfPresent(Bool.self, forKey: .asVoice)
        self.gifPlayback = try container.decodeIfPresent(Bool.self, forKey: .gifPlayback)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.replyToId = try container.decodeIfPresent(String.self, forKey: .replyToId)
        self.threadId = try container.decodeIfPresent(String.self, forKey: .threadId)
        self.forceDocument = try container.decodeIfPresent(Bool.self, forKey: .forceDocument)
        self.silent = try container.decodeIfPresent(Bool.self, forKey: .silent)
        self.parseMode = try container.decodeIfPresent(SendParseMode.self, forKey: .parseMode)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(to, forKey: .to)
        try container.encode(idempotencyKey, forKey: .idempotencyKey)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(mediaUrl, forKey: .mediaUrl)
        try container.encodeIfPresent(mediaUrls, forKey: .mediaUrls)
        try container.encodeIfPresent(buffer, forKey: .buffer)
        try container.encodeIfPresent(filename, forKey: .filename)
        try container.encodeIfPresent(contentType, forKey: .contentType)
        try container.encodeIfPresent(asVoice, forKey: .asVoice)
        try container.encodeIfPresent(gifPlayback, forKey: .gifPlayback)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(accountId, forKey: .accountId)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(replyToId, forKey: .replyToId)
        try container.encodeIfPresent(threadId, forKey: .threadId)
        try container.encodeIfPresent(forceDocument, forKey: .forceDocument)
        try container.encodeIfPresent(silent, forKey: .silent)
        try container.encodeIfPresent(parseMode, forKey: .parseMode)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
    }
}

/// Allow or deny sending.
public enum SendPolicyAction: String, Codable, Sendable, CaseIterable {
    case allow = "allow"
    case deny = "deny"
}

public struct SendResult: Codable, Sendable, Equatable {
    /// The idempotencyKey.
    public let runId: String
    /// The (last) delivered message id, as a string.
    public let messageId: String
    /// The channel it went to.
    public let channel: String
    /// The chat, when the channel reports one.
    public let chatId: String?
    /// The channel id, when the channel reports one.
    public let channelId: String?
    /// The recipient JID, when the channel reports one.
    public let toJid: String?
    /// The conversation, when the channel reports one.
    public let conversationId: String?
    /// The poll's id (poll).
    public let pollId: String?

    public init(runId: String, messageId: String, channel: String, chatId: String? = nil, channelId: String? = nil, toJid: String? = nil, conversationId: String? = nil, pollId: String? = nil) {
        self.runId = runId
        self.messageId = messageId
        self.channel = channel
        self.chatId = chatId
        self.channelId = channelId
        self.toJid = toJid
        self.conversationId = conversationId
        self.pollId = pollId
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case messageId = "messageId"
        case channel = "channel"
        case chatId = "chatId"
        case channelId = "channelId"
        case toJid = "toJid"
        case conversationId = "conversationId"
        case pollId = "pollId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.messageId = try container.decode(String.self, forKey: .messageId)
        self.channel = try container.decode(String.self, forKey: .channel)
        self.chatId = try container.decodeIfPresent(String.self, forKey: .chatId)
        self.channelId = try container.decodeIfPresent(String.self, forKey: .channelId)
        self.toJid = try container.decodeIfPresent(String.self, forKey: .toJid)
        self.conversationId = try container.decodeIfPresent(String.self, forKey: .conversationId)
        self.pollId = try container.decodeIfPresent(String.self, forKey: .pollId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(messageId, forKey: .messageId)
        try container.encode(channel, forKey: .channel)
        try container.encodeIfPresent(chatId, forKey: .chatId)
        try container.encodeIfPresent(channelId, forKey: .channelId)
        try container.encodeIfPresent(toJid, forKey: .toJid)
        try container.encodeIfPresent(conversationId, forKey: .conversationId)
        try container.encodeIfPresent(pollId, forKey: .pollId)
    }
}

/// Details of an INVALID_REQUEST when a session changed under an expected id (sessions.reset, sessions.compact).
public struct SessionChangedDetails: Codable, Sendable, Equatable {
    public let reason: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(reason: String = "session-changed", unknownFields: [String: JSONValue] = [:]) {
        self.reason = reason
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case reason = "reason"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reason = try container.decode(String.self, forKey: .reason)
        let known: Set<String> = ["reason"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reason, forKey: .reason)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One session per sender, or one global session.
public enum SessionScope: String, Codable, Sendable, CaseIterable {
    case perSender = "per-sender"
    case global = "global"
}

/// Reset policy per conversation type (legacy dm is migrated to direct).
public struct SessionResetByType: Codable, Sendable, Equatable {
    public let direct: SessionResetPolicy?
    public let group: SessionResetPolicy?
    public let thread: SessionResetPolicy?

    public init(direct: SessionResetPolicy? = nil, group: SessionResetPolicy? = nil, thread: SessionResetPolicy? = nil) {
        self.direct = direct
        self.group = group
        self.thread = thread
    }

    private enum CodingKeys: String, CodingKey {
        case direct = "direct"
        case group = "group"
        case thread = "thread"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.direct = try container.decodeIfPresent(SessionResetPolicy.self, forKey: .direct)
        self.group = try container.decodeIfPresent(SessionResetPolicy.self, forKey: .group)
        self.thread = try container.decodeIfPresent(SessionResetPolicy.self, forKey: .thread)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(direct, forKey: .direct)
        try container.encodeIfPresent(group, forKey: .group)
        try container.encodeIfPresent(thread, forKey: .thread)
    }
}

/// Session keying, reset and maintenance.
public struct SessionConfig: Codable, Sendable, Equatable {
    /// One session per sender, or one global session.
    public let scope: SessionScope?
    public let dmScope: DmScope?
    public let groupScope: GroupScope?
    public let reset: SessionResetPolicy?
    /// Reset policy per conversation type (legacy dm is migrated to direct).
    public let resetByType: SessionResetByType?
    /// Reset policy per channel id.
    public let resetByChannel: [String: SessionResetPolicy]?
    /// Chat commands that start a new session, e.g. /new, /reset.
    public let resetTriggers: StringList?
    /// Canonical identity to channel identities such as "telegram:123".
    public let identityLinks: [String: StringList]?
    /// Legacy session store selector.
    public let store: String?
    public let maintenance: SessionMaintenanceConfig?
    /// Accepted but ignored; the main key is always main.
    public let mainKey: String?
    public let sendPolicy: SessionSendPolicy?

    public init(scope: SessionScope? = nil, dmScope: DmScope? = nil, groupScope: GroupScope? = nil, reset: SessionResetPolicy? = nil, resetByType: SessionResetByType? = nil, resetByChannel: [String: SessionResetPolicy]? = nil, resetTriggers: StringList? = nil, identityLinks: [String: StringList]? = nil, store: String? = nil, maintenance: SessionMaintenanceConfig? = nil, mainKey: String? = nil, sendPolicy: SessionSendPolicy? = nil) {
        self.scope = scope
        self.dmScope = dmScope
        self.groupScope = groupScope
        self.reset = reset
        self.resetByType = resetByType
        self.resetByChannel = resetByChannel
        self.resetTriggers = resetTriggers
        self.identityLinks = identityLinks
        self.store = store
        self.maintenance = maintenance
        self.mainKey = mainKey
        self.sendPolicy = sendPolicy
    }

    private enum CodingKeys: String, CodingKey {
        case scope = "scope"
        case dmScope = "dmScope"
        case groupScope = "groupScope"
        case reset = "reset"
        case resetByType = "resetByType"
        case resetByChannel = "resetByChannel"
        case resetTriggers = "resetTriggers"
        case identityLinks = "identityLinks"
        case store = "store"
        case maintenance = "maintenance"
        case mainKey = "mainKey"
        case sendPolicy = "sendPolicy"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.scope = try container.decodeIfPresent(SessionScope.self, forKey: .scope)
        self.dmScope = try container.decodeIfPresent(DmScope.self, forKey: .dmScope)
        self.groupScope = try container.decodeIfPresent(GroupScope.self, forKey: .groupScope)
        self.reset = try container.decodeIfPresent(SessionResetPolicy.self, forKey: .reset)
        self.resetByType = try container.decodeIfPresent(SessionResetByType.self, forKey: .resetByType)
        self.resetByChannel = try container.decodeIfPresent([String: SessionResetPolicy].self, forKey: .resetByChannel)
        self.resetTriggers = try container.decodeIfPresent(StringList.self, forKey: .resetTriggers)
        self.identityLinks = try container.decodeIfPresent([String: StringList].self, forKey: .identityLinks)
        self.store = try container.decodeIfPresent(String.self, forKey: .store)
        self.maintenance = try container.decodeIfPresent(SessionMaintenanceConfig.self, forKey: .maintenance)
        self.mainKey = try container.decodeIfPresent(String.self, forKey: .mainKey)
        self.sendPolicy = try container.decodeIfPresent(SessionSendPolicy.self, forKey: .sendPolicy)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(scope, forKey: .scope)
        try container.encodeIfPresent(dmScope, forKey: .dmScope)
        try container.encodeIfPresent(groupScope, forKey: .groupScope)
        try container.encodeIfPresent(reset, forKey: .reset)
        try container.encodeIfPresent(resetByType, forKey: .resetByType)
        try container.encodeIfPresent(resetByChannel, forKey: .resetByChannel)
        try container.encodeIfPresent(resetTriggers, forKey: .resetTriggers)
        try container.encodeIfPresent(identityLinks, forKey: .identityLinks)
        try container.encodeIfPresent(store, forKey: .store)
        try container.encodeIfPresent(maintenance, forKey: .maintenance)
        try container.encodeIfPresent(mainKey, forKey: .mainKey)
        try container.encodeIfPresent(sendPolicy, forKey: .sendPolicy)
    }
}

/// How agent ownership is decided.
public enum SessionDefaultsOwnership: String, Codable, Sendable, CaseIterable {
    case sole = "sole"
    case legacy = "legacy"
    case explicit = "explicit"
}

/// Default agent and main session routing keys.
public struct SessionDefaults: Codable, Sendable, Equatable {
    /// Default agent id.
    public let defaultAgentId: String
    /// Main session key suffix.
    public let mainKey: String
    /// Full main session key, e.g. agent:main:main.
    public let mainSessionKey: String
    /// Whether a model is configured.
    public let modelConfigured: Bool?
    /// How agent ownership is decided.
    public let ownership: SessionDefaultsOwnership?
    /// Whether the client must pick an agent.
    public let selectionRequired: Bool?
    /// Session scope, e.g. per-sender.
    public let scope: String?

    public init(defaultAgentId: String, mainKey: String, mainSessionKey: String, modelConfigured: Bool? = nil, ownership: SessionDefaultsOwnership? = nil, selectionRequired: Bool? = nil, scope: String? = nil) {
        self.defaultAgentId = defaultAgentId
        self.mainKey = mainKey
        self.mainSessionKey = mainSessionKey
        self.modelConfigured = modelConfigured
        self.ownership = ownership
        self.selectionRequired = selectionRequired
        self.scope = scope
    }

    private enum CodingKeys: String, CodingKey {
        case defaultAgentId = "defaultAgentId"
        case mainKey = "mainKey"
        case mainSessionKey = "mainSessionKey"
        case modelConfigured = "modelConfigured"
        case ownership = "ownership"
        case selectionRequired = "selectionRequired"
        case scope = "scope"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.defaultAgentId = try container.decode(String.self, forKey: .defaultAgentId)
        self.mainKey = try container.decode(String.self, forKey: .mainKey)
        self.mainSessionKey = try container.decode(String.self, forKey: .mainSessionKey)
        self.modelConfigured = try container.decodeIfPresent(Bool.self, forKey: .modelConfigured)
        self.ownership = try container.decodeIfPresent(SessionDefaultsOwnership.self, forKey: .ownership)
        self.selectionRequired = try container.decodeIfPresent(Bool.self, forKey: .selectionRequired)
        self.scope = try container.decodeIfPresent(String.self, forKey: .scope)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(defaultAgentId, forKey: .defaultAgentId)
        try container.encode(mainKey, forKey: .mainKey)
        try container.encode(mainSessionKey, forKey: .mainSessionKey)
        try container.encodeIfPresent(modelConfigured, forKey: .modelConfigured)
        try container.encodeIfPresent(ownership, forKey: .ownership)
        try container.encodeIfPresent(selectionRequired, forKey: .selectionRequired)
        try container.encodeIfPresent(scope, forKey: .scope)
    }
}

/// The stored session entry (public fields).
public struct SessionEntry: Codable, Sendable, Equatable {
    public let sessionId: String
    public let updatedAt: Int64
    public let sessionStartedAt: Int64?
    public let lifecycleRevision: String?
    public let label: String?
    public let displayName: String?
    public let channel: String?
    public let chatType: String?
    public let lastInteractionAt: Int64?
    public let archived: Bool?
    public let pinned: Bool?
    public let unread: Bool?
    public let model: String?
    public let modelProvider: String?
    public let inputTokens: Int64?
    public let outputTokens: Int64?
    public let totalTokens: Int64?
    public let compactionCount: Int64?
    public let spawnedBy: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(sessionId: String, updatedAt: Int64, sessionStartedAt: Int64? = nil, lifecycleRevision: String? = nil, label: String? = nil, displayName: String? = nil, channel: String? = nil, chatType: String? = nil, lastInteractionAt: Int64? = nil, archived: Bool? = nil, pinned: Bool? = nil, unread: Bool? = nil, model: String? = nil, modelProvider: String? = nil, inputTokens: Int64? = nil, outputTokens: Int64? = nil, totalTokens: Int64? = nil, compactionCount: Int64? = nil, spawnedBy: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.sessionId = sessionId
        self.updatedAt = updatedAt
        self.sessionStartedAt = sessionStartedAt
        self.lifecycleRevision = lifecycleRevision
        self.label = label
        self.displayName = displayName
        self.channel = channel
        self.chatType = chatType
        self.lastInteractionAt = lastInteractionAt
        self.archived = archived
        self.pinned = pinned
        self.unread = unread
        self.model = model
        self.modelProvider = modelProvider
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.totalTokens = totalTokens
        self.compactionCount = compactionCount
        self.spawnedBy = spawnedBy
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case sessionId = "sessionId"
        case updatedAt = "updatedAt"
        case sessionStartedAt = "sessionStartedAt"
        case lifecycleRevision = "lifecycleRevision"
        case label = "label"
        case displayName = "displayName"
        case channel = "channel"
        case chatType = "chatType"
        case lastInteractionAt = "lastInteractionAt"
        case archived = "archived"
        case pinned = "pinned"
        case unread = "unread"
        case model = "model"
        case modelProvider = "modelProvider"
        case inputTokens = "inputTokens"
        case outputTokens = "outputTokens"
        case totalTokens = "totalTokens"
        case compactionCount = "compactionCount"
        case spawnedBy = "spawnedBy"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.sessionId = try container.decode(String.self, forKey: .sessionId)
        self.updatedAt = try container.decode(Int64.self, forKey: .updatedAt)
        self.sessionStartedAt = try container.decodeIfPresent(Int64.self, forKey: .sessionStartedAt)
        self.lifecycleRevision = try container.decodeIfPresent(String.self, forKey: .lifecycleRevision)
        self.label = try container.decodeIfPresent(String.self, forKey: .label)
        self.displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.chatType = try container.decodeIfPresent(String.self, forKey: .chatType)
        self.lastInteractionAt = try container.decodeIfPresent(Int64.self, forKey: .lastInteractionAt)
        self.archived = try container.decodeIfPresent(Bool.self, forKey: .archived)
        self.pinned = try container.decodeIfPresent(Bool.self, forKey: .pinned)
        self.unread = try container.decodeIfPresent(Bool.self, forKey: .unread)
        self.model = try container.decodeIfPresent(String.self, forKey: .model)
        self.modelProvider = try container.decodeIfPresent(String.self, forKey: .modelProvider)
        self.inputTokens = try container.decodeIfPresent(Int64.self, forKey: .inputTokens)
        self.outputTokens = try container.decodeIfPresent(Int64.self, forKey: .outputTokens)
        self.totalTokens = try container.decodeIfPresent(Int64.self, forKey: .totalTokens)
        self.compactionCount = try container.decodeIfPresent(Int64.self, forKey: .compactionCount)
        self.spawnedBy = try container.decodeIfPresent(String.self, forKey: .spawnedBy)
        let known: Set<String> = ["sessionId", "updatedAt", "sessionStartedAt", "lifecycleRevision", "label", "displayName", "channel", "chatType", "lastInteractionAt", "archived", "pinned", "unread", "model", "modelProvider", "inputTokens", "outputTokens", "totalTokens", "compactionCount", "spawnedBy"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessionId, forKey: .sessionId)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encodeIfPresent(sessionStartedAt, forKey: .sessionStartedAt)
        try container.encodeIfPresent(lifecycleRevision, forKey: .lifecycleRevision)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(displayName, forKey: .displayName)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(chatType, forKey: .chatType)
        try container.encodeIfPresent(lastInteractionAt, forKey: .lastInteractionAt)
        try container.encodeIfPresent(archived, forKey: .archived)
        try container.encodeIfPresent(pinned, forKey: .pinned)
        try container.encodeIfPresent(unread, forKey: .unread)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(modelProvider, forKey: .modelProvider)
        try container.encodeIfPresent(inputTokens, forKey: .inputTokens)
        try container.encodeIfPresent(outputTokens, forKey: .outputTokens)
        try container.encodeIfPresent(totalTokens, forKey: .totalTokens)
        try container.encodeIfPresent(compactionCount, forKey: .compactionCount)
        try container.encodeIfPresent(spawnedBy, forKey: .spawnedBy)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public enum SessionFastModeVariant2: String, Codable, Sendable, CaseIterable {
    case auto = "auto"
}

/// true, false or "auto".
public enum SessionFastMode: Codable, Sendable, Equatable {
    case bool(Bool)
    case string(SessionFastModeVariant2)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(SessionFastModeVariant2.self) {
            self = .string(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "matches no branch of SessionFastMode")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .bool(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }
}

/// Apply limits or only warn.
public enum SessionMaintenanceMode: String, Codable, Sendable, CaseIterable {
    case enforce = "enforce"
    case warn = "warn"
}

/// Pruning of the session store.
public struct SessionMaintenanceConfig: Codable, Sendable, Equatable {
    /// Apply limits or only warn.
    public let mode: SessionMaintenanceMode?
    /// Age after which idle sessions are pruned.
    public let pruneAfter: DurationString?
    /// Maximum stored sessions.
    public let maxEntries: Int64?
    /// Disk budget of the session store.
    public let maxDiskBytes: ByteSize?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(mode: SessionMaintenanceMode? = nil, pruneAfter: DurationString? = nil, maxEntries: Int64? = nil, maxDiskBytes: ByteSize? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.mode = mode
        self.pruneAfter = pruneAfter
        self.maxEntries = maxEntries
        self.maxDiskBytes = maxDiskBytes
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case mode = "mode"
        case pruneAfter = "pruneAfter"
        case maxEntries = "maxEntries"
        case maxDiskBytes = "maxDiskBytes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.mode = try container.decodeIfPresent(SessionMaintenanceMode.self, forKey: .mode)
        self.pruneAfter = try container.decodeIfPresent(DurationString.self, forKey: .pruneAfter)
        self.maxEntries = try container.decodeIfPresent(Int64.self, forKey: .maxEntries)
        self.maxDiskBytes = try container.decodeIfPresent(ByteSize.self, forKey: .maxDiskBytes)
        let known: Set<String> = ["mode", "pruneAfter", "maxEntries", "maxDiskBytes"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(pruneAfter, forKey: .pruneAfter)
        try container.encodeIfPresent(maxEntries, forKey: .maxEntries)
        try container.encodeIfPresent(maxDiskBytes, forKey: .maxDiskBytes)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// One transcript message of a session, with the row after it.
public struct SessionMessageEvent: Codable, Sendable, Equatable {
    public let sessionKey: String
    public let agentId: String?
    public let sessionId: String?
    public let messageId: String?
    public let messageSeq: Int64?
    public let message: ChatHistoryMessage
    public let session: SessionRow?
    public let ts: Int64
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(sessionKey: String, agentId: String? = nil, sessionId: String? = nil, messageId: String? = nil, messageSeq: Int64? = nil, message: ChatHistoryMessage, session: SessionRow? = nil, ts: Int64, unknownFields: [String: JSONValue] = [:]) {
        self.sessionKey = sessionKey
        self.agentId = agentId
        self.sessionId = sessionId
        self.messageId = messageId
        self.messageSeq = messageSeq
        self.message = message
        self.session = session
        self.ts = ts
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case sessionKey = "sessionKey"
        case agentId = "agentId"
        case sessionId = "sessionId"
        case messageId = "messageId"
        case messageSeq = "messageSeq"
        case message = "message"
        case session = "session"
        case ts = "ts"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.sessionKey = try container.decode(String.self, forKey: .sessionKey)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.sessionId = try container.decodeIfPresent(String.self, forKey: .sessionId)
        self.messageId = try container.decodeIfPresent(String.self, forKey: .messageId)
        self.messageSeq = try container.decodeIfPresent(Int64.self, forKey: .messageSeq)
        self.message = try container.decode(ChatHistoryMessage.self, forKey: .message)
        self.session = try container.decodeIfPresent(SessionRow.self, forKey: .session)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        let known: Set<String> = ["sessionKey", "agentId", "sessionId", "messageId", "messageSeq", "message", "session", "ts"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(sessionId, forKey: .sessionId)
        try container.encodeIfPresent(messageId, forKey: .messageId)
        try container.encodeIfPresent(messageSeq, forKey: .messageSeq)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(session, forKey: .session)
        try container.encode(ts, forKey: .ts)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// The default model of the requested (or default) agent.
public struct SessionModelDefaults: Codable, Sendable, Equatable {
    public let modelProvider: String?
    public let model: String?
    /// Fallback 200000.
    public let contextTokens: Int64
    public let contextWindow: Int64?
    public let contextWindows: JSONValue?
    public let contextWindowDefault: Int64?
    /// Runtime selection of the model.
    public let agentRuntime: JSONValue?
    public let thinkingLevels: [JSONValue]?
    public let thinkingOptions: [JSONValue]?
    public let thinkingDefault: String?
    /// Added for WebSocket callers.
    public let modelSelectionTarget: JSONValue?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(modelProvider: String? = nil, model: String? = nil, contextTokens: Int64, contextWindow: Int64? = nil, contextWindows: JSONValue? = nil, contextWindowDefault: Int64? = nil, agentRuntime: JSONValue? = nil, thinkingLevels: [JSONValue]? = nil, thinkingOptions: [JSONValue]? = nil, thinkingDefault: String? = nil, modelSelectionTarget: JSONValue? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.modelProvider = modelProvider
        self.model = model
        self.contextTokens = contextTokens
        self.contextWindow = contextWindow
        self.contextWindows = contextWindows
        self.contextWindowDefault = contextWindowDefault
        self.agentRuntime = agentRuntime
        self.thinkingLevels = thinkingLevels
        self.thinkingOptions = thinkingOptions
        self.thinkingDefault = thinkingDefault
        self.modelSelectionTarget = modelSelectionTarget
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case modelProvider = "modelProvider"
        case model = "model"
        case contextTokens = "contextTokens"
        case contextWindow = "contextWindow"
        case contextWindows = "contextWindows"
        case contextWindowDefault = "contextWindowDefault"
        case agentRuntime = "agentRuntime"
        case thinkingLevels = "thinkingLevels"
        case thinkingOptions = "thinkingOptions"
        case thinkingDefault = "thinkingDefault"
        case modelSelectionTarget = "modelSelectionTarget"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.modelProvider = try container.decode(String?.self, forKey: .modelProvider)
        self.model = try container.decode(String?.self, forKey: .model)
        self.contextTokens = try container.decode(Int64.self, forKey: .contextTokens)
        self.contextWindow = try container.decodeIfPresent(Int64.self, forKey: .contextWindow)
        self.contextWindows = try container.decodeIfPresent(JSONValue.self, forKey: .contextWindows)
        self.contextWindowDefault = try container.decodeIfPresent(Int64.self, forKey: .contextWindowDefault)
        self.agentRuntime = try container.decodeIfPresent(JSONValue.self, forKey: .agentRuntime)
        self.thinkingLevels = try container.decodeIfPresent([JSONValue].self, forKey: .thinkingLevels)
        self.thinkingOptions = try container.decodeIfPresent([JSONValue].self, forKey: .thinkingOptions)
        self.thinkingDefault = try container.decodeIfPresent(String.self, forKey: .thinkingDefault)
        self.modelSelectionTarget = try container.decodeIfPresent(JSONValue.self, forKey: .modelSelectionTarget)
        let known: Set<String> = ["modelProvider", "model", "contextTokens", "contextWindow", "contextWindows", "contextWindowDefault", "agentRuntime", "thinkingLevels", "thinkingOptions", "thinkingDefault", "modelSelectionTarget"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(modelProvider, forKey: .modelProvider)
        try container.encode(model, forKey: .model)
        try container.encode(contextTokens, forKey: .contextTokens)
        try container.encodeIfPresent(contextWindow, forKey: .contextWindow)
        try container.encodeIfPresent(contextWindows, forKey: .contextWindows)
        try container.encodeIfPresent(contextWindowDefault, forKey: .contextWindowDefault)
        try container.encodeIfPresent(agentRuntime, forKey: .agentRuntime)
        try container.encodeIfPresent(thinkingLevels, forKey: .thinkingLevels)
        try container.encodeIfPresent(thinkingOptions, forKey: .thinkingOptions)
        try container.encodeIfPresent(thinkingDefault, forKey: .thinkingDefault)
        try container.encodeIfPresent(modelSelectionTarget, forKey: .modelSelectionTarget)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// none, daily (by session start time) or idle (by last interaction).
public enum SessionResetMode: String, Codable, Sendable, CaseIterable {
    case none = "none"
    case daily = "daily"
    case idle = "idle"
}

/// When a session is reset automatically (/new and /reset always work).
public struct SessionResetPolicy: Codable, Sendable, Equatable {
    /// none, daily (by session start time) or idle (by last interaction).
    public let mode: SessionResetMode?
    /// Local hour of the daily reset.
    public let atHour: Int64?
    /// Idle minutes before an idle reset.
    public let idleMinutes: Int64?

    public init(mode: SessionResetMode? = nil, atHour: Int64? = nil, idleMinutes: Int64? = nil) {
        self.mode = mode
        self.atHour = atHour
        self.idleMinutes = idleMinutes
    }

    private enum CodingKeys: String, CodingKey {
        case mode = "mode"
        case atHour = "atHour"
        case idleMinutes = "idleMinutes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.mode = try container.decodeIfPresent(SessionResetMode.self, forKey: .mode)
        self.atHour = try container.decodeIfPresent(Int64.self, forKey: .atHour)
        self.idleMinutes = try container.decodeIfPresent(Int64.self, forKey: .idleMinutes)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(atHour, forKey: .atHour)
        try container.encodeIfPresent(idleMinutes, forKey: .idleMinutes)
    }
}

/// The model a session's next turn uses.
public struct SessionResolvedModel: Codable, Sendable, Equatable {
    public let modelProvider: String?
    public let model: String?
    /// Runtime selection.
    public let agentRuntime: JSONValue
    public let runtimeSelectionLocked: Bool
    public let contextWindow: Int64?
    public let contextWindows: JSONValue?
    public let thinkingLevel: String?
    public let thinkingLevels: [JSONValue]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(modelProvider: String? = nil, model: String? = nil, agentRuntime: JSONValue, runtimeSelectionLocked: Bool, contextWindow: Int64? = nil, contextWindows: JSONValue? = nil, thinkingLevel: String? = nil, thinkingLevels: [JSONValue]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.modelProvider = modelProvider
        self.model = model
        self.agentRuntime = agentRuntime
        self.runtimeSelectionLocked = runtimeSelectionLocked
        self.contextWindow = contextWindow
        self.contextWindows = contextWindows
        self.thinkingLevel = thinkingLevel
        self.thinkingLevels = thinkingLevels
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case modelProvider = "modelProvider"
        case model = "model"
        case agentRuntime = "agentRuntime"
        case runtimeSelectionLocked = "runtimeSelectionLocked"
        case contextWindow = "contextWindow"
        case contextWindows = "contextWindows"
        case thinkingLevel = "thinkingLevel"
        case thinkingLevels = "thinkingLevels"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.modelProvider = try container.decode(String?.self, forKey: .modelProvider)
        self.model = try container.decode(String?.self, forKey: .model)
        self.agentRuntime = try container.decode(JSONValue.self, forKey: .agentRuntime)
        self.runtimeSelectionLocked = try container.decode(Bool.self, forKey: .runtimeSelectionLocked)
        self.contextWindow = try container.decodeIfPresent(Int64.self, forKey: .contextWindow)
        self.contextWindows = try container.decodeIfPresent(JSONValue.self, forKey: .contextWindows)
        self.thinkingLevel = try container.decodeIfPresent(String.self, forKey: .thinkingLevel)
        self.thinkingLevels = try container.decodeIfPresent([JSONValue].self, forKey: .thinkingLevels)
        let known: Set<String> = ["modelProvider", "model", "agentRuntime", "runtimeSelectionLocked", "contextWindow", "contextWindows", "thinkingLevel", "thinkingLevels"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(modelProvider, forKey: .modelProvider)
        try container.encode(model, forKey: .model)
        try container.encode(agentRuntime, forKey: .agentRuntime)
        try container.encode(runtimeSelectionLocked, forKey: .runtimeSelectionLocked)
        try container.encodeIfPresent(contextWindow, forKey: .contextWindow)
        try container.encodeIfPresent(contextWindows, forKey: .contextWindows)
        try container.encodeIfPresent(thinkingLevel, forKey: .thinkingLevel)
        try container.encodeIfPresent(thinkingLevels, forKey: .thinkingLevels)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public enum SessionRowKind: String, Codable, Sendable, CaseIterable {
    case direct = "direct"
    case group = "group"
    case global = "global"
    case unknown = "unknown"
}

public enum SessionChatType: String, Codable, Sendable, CaseIterable {
    case direct = "direct"
    case group = "group"
    case channel = "channel"
}

public enum SessionRunStatus: String, Codable, Sendable, CaseIterable {
    case queued = "queued"
    case running = "running"
    case done = "done"
    case failed = "failed"
    case killed = "killed"
    case timeout = "timeout"
}

/// One session as listed (timestamps are epoch ms).
public struct SessionRow: Codable, Sendable, Equatable {
    public let key: String
    public let kind: SessionRowKind
    public let sessionId: String?
    public let label: String?
    public let displayName: String?
    public let derivedTitle: String?
    public let lastMessagePreview: String?
    public let channel: String?
    public let agentId: String?
    public let accountId: String?
    public let chatType: SessionChatType?
    public let updatedAt: Int64?
    public let createdAt: Int64?
    public let sessionStartedAt: Int64?
    public let lastActivityAt: Int64?
    public let lastInteractionAt: Int64?
    public let archived: Bool?
    public let pinned: Bool?
    public let unread: Bool?
    public let status: SessionRunStatus?
    public let lastRunId: String?
    public let model: String?
    public let modelProvider: String?
    public let inputTokens: Int64?
    public let outputTokens: Int64?
    public let totalTokens: Int64?
    public let contextTokens: Int64?
    public let estimatedCostUsd: Double?
    public let compactionCount: Int64?
    public let lifecycleRevision: String?
    public let spawnedBy: String?
    public let parentSessionKey: String?
    public let thinkingLevel: String?
    public let fastMode: SessionFastMode?
    public let permissionMode: String?
    public let hasActiveRun: Bool?
    public let activeRunIds: [String]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(key: String, kind: SessionRowKind, sessionId: String? = nil, label: String? = nil, displayName: String? = nil, derivedTitle: String? = nil, lastMessagePreview: String? = nil, channel: String? = nil, agentId: String? = nil, accountId: String? = nil, chatType: SessionChatType? = nil, updatedAt: Int64? = nil, createdAt: Int64? = nil, sessionStartedAt: Int64? = nil, lastActivityAt: Int64? = nil, lastInteractionAt: Int64? = nil, archived: Bool? = nil, pinned: Bool? = nil, unread: Bool? = nil, status: SessionRunStatus? = nil, lastRunId: String? = nil, model: String? = nil, modelProvider: String? = nil, inputTokens: Int64? = nil, outputTokens: Int64? = nil, totalTokens: Int64? = nil, contextTokens: Int64? = nil, estimatedCostUsd: Double? = nil, compactionCount: Int64? = nil, lifecycleRevision: String? = nil, spawnedBy: String? = nil, parentSessionKey: String? = nil, thinkingLevel: String? = nil, fastMode: SessionFastMode? = nil, permissionMode: String? = nil, hasActiveRun: Bool? = nil, activeRunIds: [String]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.key = key
        self.kind = kind
        self.sessionId = sessionId
        self.label = label
        self.displayName = displayName
        self.derivedTitle = derivedTitle
        self.lastMessagePreview = lastMessagePreview
        self.channel = channel
        self.agentId = agentId
        self.accountId = accountId
        self.chatType = chatType
        self.updatedAt = updatedAt
        self.createdAt = createdAt
        self.sessionStartedAt = sessionStartedAt
        self.lastActivityAt = lastActivityAt
        self.lastInteractionAt = lastInteractionAt
        self.archived = archived
        self.pinned = pinned
        self.unread = unread
        self.status = status
        self.lastRunId = lastRunId
        self.model = model
        self.modelProvider = modelProvider
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.totalTokens = totalTokens
        self.contextTokens = contextTokens
        self.estimatedCostUsd = estimatedCostUsd
        self.compactionCount = compactionCount
        self.lifecycleRevision = lifecycleRevision
        self.spawnedBy = spawnedBy
        self.parentSessionKey = parentSessionKey
        self.thinkingLevel = thinkingLevel
        self.fastMode = fastMode
        self.permissionMode = permissionMode
        self.hasActiveRun = hasActiveRun
        self.activeRunIds = activeRunIds
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case kind = "kind"
        case sessionId = "sessionId"
        case label = "label"
        case displayName = "displayName"
        case derivedTitle = "derivedTitle"
        case lastMessagePreview = "lastMessagePreview"
        case channel = "channel"
        case agentId = "agentId"
        case accountId = "accountId"
        case chatType = "chatType"
        case updatedAt = "updatedAt"
        case createdAt = "createdAt"
        case sessionStartedAt = "sessionStartedAt"
        case lastActivityAt = "lastActivityAt"
        case lastInteractionAt = "lastInteractionAt"
        case archived = "archived"
        case pinned = "pinned"
        case unread = "unread"
        case status = "status"
        case lastRunId = "lastRunId"
        case model = "model"
        case modelProvider = "modelProvider"
        case inputTokens = "inputTokens"
        case outputTokens = "outputTokens"
        case totalTokens = "totalTokens"
        case contextTokens = "contextTokens"
        case estimatedCostUsd = "estimatedCostUsd"
        case compactionCount = "compactionCount"
        case lifecycleRevision = "lifecycleRevision"
        case spawnedBy = "spawnedBy"
        case parentSessionKey = "parentSessionKey"
        case thinkingLevel = "thinkingLevel"
        case fastMode = "fastMode"
        case permissionMode = "permissionMode"
        case hasActiveRun = "hasActiveRun"
        case activeRunIds = "activeRunIds"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.kind = try container.decode(SessionRowKind.self, forKey: .kind)
        self.sessionId = try container.decodeIfPresent(String.self, forKey: .sessionId)
        self.label = try container.decodeIfPresent(String.self, forKey: .label)
        self.displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
        self.derivedTitle = try container.decodeIfPresent(String.self, forKey: .derivedTitle)
        self.lastMessagePreview = try container.decodeIfPresent(String.self, forKey: .lastMessagePreview)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.accountId = try container.decodeIfPresent(String.self, forKey: .accountId)
        self.chatType = try container.decodeIfPresent(SessionChatType.self, forKey: .chatType)
        self.updatedAt = try container.decodeIfPresent(Int64.self, forKey: .updatedAt)
        self.createdAt = try container.decodeIfPresent(Int64.self, forKey: .createdAt)
        self.sessionStartedAt = try container.decodeIfPresent(Int64.self, forKey: .sessionStartedAt)
        self.lastActivityAt = try container.decodeIfPresent(Int64.self, forKey: .lastActivityAt)
        self.lastInteractionAt = try container.decodeIfPresent(Int64.self, forKey: .lastInteractionAt)
        self.archived = try container.decodeIfPresent(Bool.self, forKey: .archived)
        self.pinned = try container.decodeIfPresent(Bool.self, forKey: .pinned)
        self.unread = try container.decodeIfPresent(Bool.self, forKey: .unread)
        self.status = try container.decodeIfPresent(SessionRunStatus.self, forKey: .status)
        self.lastRunId = try container.decodeIfPresent(String.self, forKey: .lastRunId)
        self.model = try container.decodeIfPresent(String.self, forKey: .model)
        self.modelProvider = try container.decodeIfPresent(String.self, forKey: .modelProvider)
        self.inputTokens = try container.decodeIfPresent(Int64.self, forKey: .inputTokens)
        self.outputTokens = try container.decodeIfPresent(Int64.self, forKey: .outputTokens)
        self.totalTokens = try container.decodeIfPresent(Int64.self, forKey: .totalTokens)
        self.contextTokens = try container.decodeIfPresent(Int64.self, forKey: .contextTokens)
        self.estimatedCostUsd = try container.decodeIfPresent(Double.self, forKey: .estimatedCostUsd)
        self.compactionCount = try container.decodeIfPresent(Int64.self, forKey: .compactionCount)
        self.lifecycleRevision = try container.decodeIfPresent(String.self, forKey: .lifecycleRevision)
        self.spawnedBy = try container.decodeIfPresent(String.self, forKey: .spawnedBy)
        self.parentSessionKey = try container.decodeIfPresent(String.self, forKey: .parentSessionKey)
        self.thinkingLevel = try container.decodeIfPresent(String.self, forKey: .thinkingLevel)
        self.fastMode = try container.decodeIfPresent(SessionFastMode.self, forKey: .fastMode)
        self.permissionMode = try container.decodeIfPresent(String.self, forKey: .permissionMode)
        self.hasActiveRun = try container.decodeIfPresent(Bool.self, forKey: .hasActiveRun)
        self.activeRunIds = try container.decodeIfPresent([String].self, forKey: .activeRunIds)
        let known: Set<String> = ["key", "kind", "sessionId", "label", "displayName", "derivedTitle", "lastMessagePreview", "channel", "agentId", "accountId", "chatType", "updatedAt", "createdAt", "sessionStartedAt", "lastActivityAt", "lastInteractionAt", "archived", "pinned", "unread", "status", "lastRunId", "model", "modelProvider", "inputTokens", "outputTokens", "totalTokens", "contextTokens", "estimatedCostUsd", "compactionCount", "lifecycleRevision", "spawnedBy", "parentSessionKey", "thinkingLevel", "fastMode", "permissionMode", "hasActiveRun", "activeRunIds"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(sessionId, forKey: .sessionId)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(displayName, forKey: .displayName)
        try container.encodeIfPresent(derivedTitle, forKey: .derivedTitle)
        try container.encodeIfPresent(lastMessagePreview, forKey: .lastMessagePreview)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(accountId, forKey: .accountId)
        try container.encodeIfPresent(chatType, forKey: .chatType)
        try container.encodeIfPresent(updatedAt, forKey: .updatedAt)
        try container.encodeIfPresent(createdAt, forKey: .createdAt)
        try container.encodeIfPresent(sessionStartedAt, forKey: .sessionStartedAt)
        try container.encodeIfPresent(lastActivityAt, forKey: .lastActivityAt)
        try container.encodeIfPresent(lastInteractionAt, forKey: .lastInteractionAt)
        try container.encodeIfPresent(archived, forKey: .archived)
        try container.encodeIfPresent(pinned, forKey: .pinned)
        try container.encodeIfPresent(unread, forKey: .unread)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeIfPresent(lastRunId, forKey: .lastRunId)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(modelProvider, forKey: .modelProvider)
        try container.encodeIfPresent(inputTokens, forKey: .inputTokens)
        try container.encodeIfPresent(outputTokens, forKey: .outputTokens)
        try container.encodeIfPresent(totalTokens, forKey: .totalTokens)
        try container.encodeIfPresent(contextTokens, forKey: .contextTokens)
        try container.encodeIfPresent(estimatedCostUsd, forKey: .estimatedCostUsd)
        try container.encodeIfPresent(compactionCount, forKey: .compactionCount)
        try container.encodeIfPresent(lifecycleRevision, forKey: .lifecycleRevision)
        try container.encodeIfPresent(spawnedBy, forKey: .spawnedBy)
        try container.encodeIfPresent(parentSessionKey, forKey: .parentSessionKey)
        try container.encodeIfPresent(thinkingLevel, forKey: .thinkingLevel)
        try container.encodeIfPresent(fastMode, forKey: .fastMode)
        try container.encodeIfPresent(permissionMode, forKey: .permissionMode)
        try container.encodeIfPresent(hasActiveRun, forKey: .hasActiveRun)
        try container.encodeIfPresent(activeRunIds, forKey: .activeRunIds)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Session selector.
public struct SessionSendRuleMatch: Codable, Sendable, Equatable {
    /// Channel id.
    public let channel: String?
    /// Conversation type, e.g. direct or group.
    public let chatType: String?
    /// Session key prefix.
    public let keyPrefix: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(channel: String? = nil, chatType: String? = nil, keyPrefix: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.channel = channel
        self.chatType = chatType
        self.keyPrefix = keyPrefix
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case channel = "channel"
        case chatType = "chatType"
        case keyPrefix = "keyPrefix"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.channel = try container.decodeIfPresent(String.self, forKey: .channel)
        self.chatType = try container.decodeIfPresent(String.self, forKey: .chatType)
        self.keyPrefix = try container.decodeIfPresent(String.self, forKey: .keyPrefix)
        let known: Set<String> = ["channel", "chatType", "keyPrefix"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(channel, forKey: .channel)
        try container.encodeIfPresent(chatType, forKey: .chatType)
        try container.encodeIfPresent(keyPrefix, forKey: .keyPrefix)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionSendRule: Codable, Sendable, Equatable {
    public let action: SendPolicyAction
    /// Session selector.
    public let match: SessionSendRuleMatch?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(action: SendPolicyAction, match: SessionSendRuleMatch? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.action = action
        self.match = match
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case action = "action"
        case match = "match"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.action = try container.decode(SendPolicyAction.self, forKey: .action)
        self.match = try container.decodeIfPresent(SessionSendRuleMatch.self, forKey: .match)
        let known: Set<String> = ["action", "match"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(action, forKey: .action)
        try container.encodeIfPresent(match, forKey: .match)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Rules deciding whether the agent may send into a session.
public struct SessionSendPolicy: Codable, Sendable, Equatable {
    /// Evaluated in order; first match wins.
    public let rules: [SessionSendRule]?
    public let `default`: SendPolicyAction?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(rules: [SessionSendRule]? = nil, `default`: SendPolicyAction? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.rules = rules
        self.`default` = `default`
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case rules = "rules"
        case `default` = "default"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.rules = try container.decodeIfPresent([SessionSendRule].self, forKey: .rules)
        self.`default` = try container.decodeIfPresent(SendPolicyAction.self, forKey: .`default`)
        let known: Set<String> = ["rules", "default"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(rules, forKey: .rules)
        try container.encodeIfPresent(`default`, forKey: .`default`)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsAbortParams: Codable, Sendable, Equatable {
    public let key: String?
    public let runId: String?
    public let agentId: String?
    public let clearQueued: Bool?

    public init(key: String? = nil, runId: String? = nil, agentId: String? = nil, clearQueued: Bool? = nil) {
        self.key = key
        self.runId = runId
        self.agentId = agentId
        self.clearQueued = clearQueued
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case runId = "runId"
        case agentId = "agentId"
        case clearQueued = "clearQueued"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decodeIfPresent(String.self, forKey: .key)
        self.runId = try container.decodeIfPresent(String.self, forKey: .runId)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.clearQueued = try container.decodeIfPresent(Bool.self, forKey: .clearQueued)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(key, forKey: .key)
        try container.encodeIfPresent(runId, forKey: .runId)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(clearQueued, forKey: .clearQueued)
    }
}

/// reason: patch, reset, new, delete, compact, send, owner, update, chat.title, …
public struct SessionsChangedEvent: Codable, Sendable, Equatable {
    public let reason: String
    public let sessionKey: String?
    public let agentId: String?
    public let sessionId: String?
    public let session: SessionRow?
    public let catalogChanged: Bool?
    public let compacted: Bool?
    public let ts: Int64
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(reason: String, sessionKey: String? = nil, agentId: String? = nil, sessionId: String? = nil, session: SessionRow? = nil, catalogChanged: Bool? = nil, compacted: Bool? = nil, ts: Int64, unknownFields: [String: JSONValue] = [:]) {
        self.reason = reason
        self.sessionKey = sessionKey
        self.agentId = agentId
        self.sessionId = sessionId
        self.session = session
        self.catalogChanged = catalogChanged
        self.compacted = compacted
        self.ts = ts
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case reason = "reason"
        case sessionKey = "sessionKey"
        case agentId = "agentId"
        case sessionId = "sessionId"
        case session = "session"
        case catalogChanged = "catalogChanged"
        case compacted = "compacted"
        case ts = "ts"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reason = try container.decode(String.self, forKey: .reason)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.sessionId = try container.decodeIfPresent(String.self, forKey: .sessionId)
        self.session = try container.decodeIfPresent(SessionRow.self, forKey: .session)
        self.catalogChanged = try container.decodeIfPresent(Bool.self, forKey: .catalogChanged)
        self.compacted = try container.decodeIfPresent(Bool.self, forKey: .compacted)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        let known: Set<String> = ["reason", "sessionKey", "agentId", "sessionId", "session", "catalogChanged", "compacted", "ts"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reason, forKey: .reason)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(sessionId, forKey: .sessionId)
        try container.encodeIfPresent(session, forKey: .session)
        try container.encodeIfPresent(catalogChanged, forKey: .catalogChanged)
        try container.encodeIfPresent(compacted, forKey: .compacted)
        try container.encode(ts, forKey: .ts)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsCompactParams: Codable, Sendable, Equatable {
    public let key: String
    public let agentId: String?
    public let maxLines: Int64?

    public init(key: String, agentId: String? = nil, maxLines: Int64? = nil) {
        self.key = key
        self.agentId = agentId
        self.maxLines = maxLines
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case agentId = "agentId"
        case maxLines = "maxLines"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.maxLines = try container.decodeIfPresent(Int64.self, forKey: .maxLines)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(maxLines, forKey: .maxLines)
    }
}

/// Summarization outcome (tokensBefore, tokensAfter, …).
public struct SessionsCompactResultResult: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsCompactResult: Codable, Sendable, Equatable {
    public let ok: Bool
    public let key: String
    public let compacted: Bool
    public let kept: Int64?
    public let reason: String?
    /// Summarization outcome (tokensBefore, tokensAfter, …).
    public let result: SessionsCompactResultResult?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool, key: String, compacted: Bool, kept: Int64? = nil, reason: String? = nil, result: SessionsCompactResultResult? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.key = key
        self.compacted = compacted
        self.kept = kept
        self.reason = reason
        self.result = result
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case key = "key"
        case compacted = "compacted"
        case kept = "kept"
        case reason = "reason"
        case result = "result"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.key = try container.decode(String.self, forKey: .key)
        self.compacted = try container.decode(Bool.self, forKey: .compacted)
        self.kept = try container.decodeIfPresent(Int64.self, forKey: .kept)
        self.reason = try container.decodeIfPresent(String.self, forKey: .reason)
        self.result = try container.decodeIfPresent(SessionsCompactResultResult.self, forKey: .result)
        let known: Set<String> = ["ok", "key", "compacted", "kept", "reason", "result"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(key, forKey: .key)
        try container.encode(compacted, forKey: .compacted)
        try container.encodeIfPresent(kept, forKey: .kept)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(result, forKey: .result)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsDeleteParams: Codable, Sendable, Equatable {
    public let key: String
    public let agentId: String?
    public let deleteTranscript: Bool?
    public let expectedSessionId: String?
    public let expectedLifecycleRevision: String?
    public let expectedSessionUpdatedAt: Int64?
    public let emitLifecycleHooks: Bool?
    public let archivedOnly: Bool?

    public init(key: String, agentId: String? = nil, deleteTranscript: Bool? = nil, expectedSessionId: String? = nil, expectedLifecycleRevision: String? = nil, expectedSessionUpdatedAt: Int64? = nil, emitLifecycleHooks: Bool? = nil, archivedOnly: Bool? = nil) {
        self.key = key
        self.agentId = agentId
        self.deleteTranscript = deleteTranscript
        self.expectedSessionId = expectedSessionId
        self.expectedLifecycleRevision = expectedLifecycleRevision
        self.expectedSessionUpdatedAt = expectedSessionUpdatedAt
        self.emitLifecycleHooks = emitLifecycleHooks
        self.archivedOnly = archivedOnly
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case agentId = "agentId"
        case deleteTranscript = "deleteTranscript"
        case expectedSessionId = "expectedSessionId"
        case expectedLifecycleRevision = "expectedLifecycleRevision"
        case expectedSessionUpdatedAt = "expectedSessionUpdatedAt"
        case emitLifecycleHooks = "emitLifecycleHooks"
        case archivedOnly = "archivedOnly"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.deleteTranscript = try container.decodeIfPresent(Bool.self, forKey: .deleteTranscript)
        self.expectedSessionId = try container.decodeIfPresent(String.self, forKey: .expectedSessionId)
        self.expectedLifecycleRevision = try container.decodeIfPresent(String.self, forKey: .expectedLifecycleRevision)
        self.expectedSessionUpdatedAt = try container.decodeIfPresent(Int64.self, forKey: .expectedSessionUpdatedAt)
        self.emitLifecycleHooks = try container.decodeIfPresent(Bool.self, forKey: .emitLifecycleHooks)
        self.archivedOnly = try container.decodeIfPresent(Bool.self, forKey: .archivedOnly)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(deleteTranscript, forKey: .deleteTranscript)
        try container.encodeIfPresent(expectedSessionId, forKey: .expectedSessionId)
        try container.encodeIfPresent(expectedLifecycleRevision, forKey: .expectedLifecycleRevision)
        try container.encodeIfPresent(expectedSessionUpdatedAt, forKey: .expectedSessionUpdatedAt)
        try container.encodeIfPresent(emitLifecycleHooks, forKey: .emitLifecycleHooks)
        try container.encodeIfPresent(archivedOnly, forKey: .archivedOnly)
    }
}

public struct SessionWorktreePreserved: Codable, Sendable, Equatable {
    public let id: String
    public let branch: String
    public let path: String
    public let reason: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(id: String, branch: String, path: String, reason: String, unknownFields: [String: JSONValue] = [:]) {
        self.id = id
        self.branch = branch
        self.path = path
        self.reason = reason
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case id = "id"
        case branch = "branch"
        case path = "path"
        case reason = "reason"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(String.self, forKey: .id)
        self.branch = try container.decode(String.self, forKey: .branch)
        self.path = try container.decode(String.self, forKey: .path)
        self.reason = try container.decode(String.self, forKey: .reason)
        let known: Set<String> = ["id", "branch", "path", "reason"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(branch, forKey: .branch)
        try container.encode(path, forKey: .path)
        try container.encode(reason, forKey: .reason)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsDeleteResult: Codable, Sendable, Equatable {
    public let ok: Bool
    public let key: String
    public let deleted: Bool
    /// Archive locations of removed transcripts.
    public let archived: [String]
    public let worktreePreserved: SessionWorktreePreserved?

    public init(ok: Bool = true, key: String, deleted: Bool, archived: [String], worktreePreserved: SessionWorktreePreserved? = nil) {
        self.ok = ok
        self.key = key
        self.deleted = deleted
        self.archived = archived
        self.worktreePreserved = worktreePreserved
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case key = "key"
        case deleted = "deleted"
        case archived = "archived"
        case worktreePreserved = "worktreePreserved"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.key = try container.decode(String.self, forKey: .key)
        self.deleted = try container.decode(Bool.self, forKey: .deleted)
        self.archived = try container.decode([String].self, forKey: .archived)
        self.worktreePreserved = try container.decodeIfPresent(SessionWorktreePreserved.self, forKey: .worktreePreserved)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(key, forKey: .key)
        try container.encode(deleted, forKey: .deleted)
        try container.encode(archived, forKey: .archived)
        try container.encodeIfPresent(worktreePreserved, forKey: .worktreePreserved)
    }
}

public enum SessionsListSort: String, Codable, Sendable, CaseIterable {
    case updatedAt = "updatedAt"
    case lastInteractionAt = "lastInteractionAt"
    case activity = "activity"
}

public enum SessionsArchivedFilterVariant2: String, Codable, Sendable, CaseIterable {
    case all = "all"
}

/// true, false or "all".
public enum SessionsArchivedFilter: Codable, Sendable, Equatable {
    case bool(Bool)
    case string(SessionsArchivedFilterVariant2)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(SessionsArchivedFilterVariant2.self) {
            self = .string(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "matches no branch of SessionsArchivedFilter")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .bool(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }
}

public struct SessionsProfileRelation: Codable, Sendable, Equatable {
    public let profileId: String?
    public let relationship: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(profileId: String? = nil, relationship: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.profileId = profileId
        self.relationship = relationship
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case profileId = "profileId"
        case relationship = "relationship"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.profileId = try container.decodeIfPresent(String.self, forKey: .profileId)
        self.relationship = try container.decodeIfPresent(String.self, forKey: .relationship)
        let known: Set<String> = ["profileId", "relationship"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(profileId, forKey: .profileId)
        try container.encodeIfPresent(relationship, forKey: .relationship)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Filters, sort and paging of sessions.list (also sessions.subscribe).
public struct SessionsListParams: Codable, Sendable, Equatable {
    public let limit: Int64?
    public let offset: Int64?
    /// Only rows updated within the last N minutes.
    public let activeMinutes: Int64?
    public let requireLastInteraction: Bool?
    public let sortBy: SessionsListSort?
    public let includeGlobal: Bool?
    public let includeUnknown: Bool?
    public let configuredAgentsOnly: Bool?
    public let includeDerivedTitles: Bool?
    public let includeLastMessage: Bool?
    public let label: String?
    public let boardFace: String?
    public let creatorId: String?
    public let ownerId: String?
    public let ownerFirst: Bool?
    public let involvingMe: Bool?
    public let involvingProfileId: String?
    public let includePeople: Bool?
    public let spawnedBy: String?
    public let agentId: String?
    public let search: String?
    /// true, false or "all".
    public let archived: SessionsArchivedFilter?
    public let activeOnly: Bool?
    public let pinned: Bool?
    public let group: String?
    public let excludeSystem: Bool?
    public let excludeCron: Bool?
    public let excludeSubagents: Bool?
    public let includeActivitySummary: Bool?
    public let profileRelation: SessionsProfileRelation?
    public let projectId: String?
    public let workspaceDir: String?
    public let hasBoard: Bool?

    public init(limit: Int64? = nil, offset: Int64? = nil, activeMinutes: Int64? = nil, requireLastInteraction: Bool? = nil, sortBy: SessionsListSort? = nil, includeGlobal: Bool? = nil, includeUnknown: Bool? = nil, configuredAgentsOnly: Bool? = nil, includeDerivedTitles: Bool? = nil, includeLastMessage: Bool? = nil, label: String? = nil, boardFace: String? = nil, creatorId: String? = nil, ownerId: String? = nil, ownerFirst: Bool? = nil, involvingMe: Bool? = nil, involvingProfileId: String? = nil, includePeople: Bool? = nil, spawnedBy: String? = nil, agentId: String? = nil, search: String? = nil, archived: SessionsArchivedFilter? = nil, activeOnly: Bool? = nil, pinned: Bool? = nil, group: String? = nil, excludeSystem: Bool? = nil, excludeCron: Bool? = nil, excludeSubagents: Bool? = nil, includeActivitySummary: Bool? = nil, profileRelation: SessionsProfileRelation? = nil, projectId: String? = nil, workspaceDir: String? = nil, hasBoard: Bool? = nil) {
        self.limit = limit
        self.offset = offset
        self.activeMinutes = activeMinutes
        self.requireLastInteraction = requireLastInteraction
        self.sortBy = sortBy
        self.includeGlobal = includeGlobal
        self.includeUnknown = includeUnknown
        self.configuredAgentsOnly = configuredAgentsOnly
        self.includeDerivedTitles = includeDerivedTitles
        self.includeLastMessage = includeLastMessage
        self.label = label
        self.boardFace = boardFace
        self.creatorId = creatorId
        self.ownerId = ownerId
        self.ownerFirst = ownerFirst
        self.involvingMe = involvingMe
        self.involvingProfileId = involvingProfileId
        self.includePeople = includePeople
        self.spawnedBy = spawnedBy
        self.agentId = agentId
        self.search = search
        self.archived = archived
        self.activeOnly = activeOnly
        self.pinned = pinned
        self.group = group
        self.excludeSystem = excludeSystem
        self.excludeCron = excludeCron
        self.excludeSubagents = excludeSubagents
        self.includeActivitySummary = includeActivitySummary
        self.profileRelation = profileRelation
        self.projectId = projectId
        self.workspaceDir = workspaceDir
        self.hasBoard = hasBoard
    }

    private enum CodingKeys: String, CodingKey {
        case limit = "limit"
        case offset = "offset"
        case activeMinutes = "activeMinutes"
        case requireLastInteraction = "requireLastInteraction"
        case sortBy = "sortBy"
        case includeGlobal = "includeGlobal"
        case includeUnknown = "includeUnknown"
        case configuredAgentsOnly = "configuredAgentsOnly"
        case includeDerivedTitles = "includeDerivedTitles"
        case includeLastMessage = "includeLastMessage"
        case label = "label"
        case boardFace = "boardFace"
        case creatorId = "creatorId"
        case ownerId = "ownerId"
        case ownerFirst = "ownerFirst"
        case involvingMe = "involvingMe"
        case involvingProfileId = "involvingProfileId"
        case includePeople = "includePeople"
        case spawnedBy = "spawnedBy"
        case agentId = "agentId"
        case search = "search"
        case archived = "archived"
        case activeOnly = "activeOnly"
        case pinned = "pinned"
        case group = "group"
        case excludeSystem = "excludeSystem"
        case excludeCron = "excludeCron"
        case excludeSubagents = "excludeSubagents"
        case includeActivitySummary = "includeActivitySummary"
        case profileRelation = "profileRelation"
        case projectId = "projectId"
        case workspaceDir = "workspaceDir"
        case hasBoard = "hasBoard"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.limit = try container.decodeIfPresent(Int64.self, forKey: .limit)
        self.offset = try container.decodeIfPresent(Int64.self, forKey: .offset)
        self.activeMinutes = try container.decodeIfPresent(Int64.self, forKey: .activeMinutes)
        self.requireLastInteraction = try container.decodeIfPresent(Bool.self, forKey: .requireLastInteraction)
        self.sortBy = try container.decodeIfPresent(SessionsListSort.self, forKey: .sortBy)
        self.includeGlobal = try container.decodeIfPresent(Bool.self, forKey: .includeGlobal)
        self.includeUnknown = try container.decodeIfPresent(Bool.self, forKey: .includeUnknown)
        self.configuredAgentsOnly = try container.decodeIfPresent(Bool.self, forKey: .configuredAgentsOnly)
        self.includeDerivedTitles = try container.decodeIfPresent(Bool.self, forKey: .includeDerivedTitles)
        self.includeLastMessage = try container.decodeIfPresent(Bool.self, forKey: .includeLastMessage)
        self.label = try container.decodeIfPresent(String.self, forKey: .label)
        self.boardFace = try container.decodeIfPresent(String.self, forKey: .boardFace)
        self.creatorId = try container.decodeIfPresent(String.self, forKey: .creatorId)
        self.ownerId = try container.decodeIfPresent(String.self, forKey: .ownerId)
        self.ownerFirst = try container.decodeIfPresent(Bool.self, forKey: .ownerFirst)
        self.involvingMe = try container.decodeIfPresent(Bool.self, forKey: .involvingMe)
        self.involvingProfileId = try container.decodeIfPresent(String.self, forKey: .involvingProfileId)
        self.includePeople = try container.decodeIfPresent(Bool.self, forKey: .includePeople)
        self.spawnedBy = try container.decodeIfPresent(String.self, forKey: .spawnedBy)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.search = try container.decodeIfPresent(String.self, forKey: .search)
        self.archived = try container.decodeIfPresent(SessionsArchivedFilter.self, forKey: .archived)
        self.activeOnly = try container.decodeIfPresent(Bool.self, forKey: .activeOnly)
        self.pinned = try container.decodeIfPresent(Bool.self, forKey: .pinned)
        self.group = try container.decodeIfPresent(String.self, forKey: .group)
        self.excludeSystem = try container.decodeIfPresent(Bool.self, forKey: .excludeSystem)
        self.excludeCron = try container.decodeIfPresent(Bool.self, forKey: .excludeCron)
        self.excludeSubagents = try container.decodeIfPresent(Bool.self, forKey: .excludeSubagents)
        self.includeActivitySummary = try container.decodeIfPresent(Bool.self, forKey: .includeActivitySummary)
        self.profileRelation = try container.decodeIfPresent(SessionsProfileRelation.self, forKey: .profileRelation)
        self.projectId = try container.decodeIfPresent(String.self, forKey: .projectId)
        self.workspaceDir = try container.decodeIfPresent(String.self, forKey: .workspaceDir)
        self.hasBoard = try container.decodeIfPresent(Bool.self, forKey: .hasBoard)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(limit, forKey: .limit)
        try container.encodeIfPresent(offset, forKey: .offset)
        try container.encodeIfPresent(activeMinutes, forKey: .activeMinutes)
        try container.encodeIfPresent(requireLastInteraction, forKey: .requireLastInteraction)
        try container.encodeIfPresent(sortBy, forKey: .sortBy)
        try container.encodeIfPresent(includeGlobal, forKey: .includeGlobal)
        try container.encodeIfPresent(includeUnknown, forKey: .includeUnknown)
        try container.encodeIfPresent(configuredAgentsOnly, forKey: .configuredAgentsOnly)
        try container.encodeIfPresent(includeDerivedTitles, forKey: .includeDerivedTitles)
        try container.encodeIfPresent(includeLastMessage, forKey: .includeLastMessage)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(boardFace, forKey: .boardFace)
        try container.encodeIfPresent(creatorId, forKey: .creatorId)
        try container.encodeIfPresent(ownerId, forKey: .ownerId)
        try container.encodeIfPresent(ownerFirst, forKey: .ownerFirst)
        try container.encodeIfPresent(involvingMe, forKey: .involvingMe)
        try container.encodeIfPresent(involvingProfileId, forKey: .involvingProfileId)
        try container.encodeIfPresent(includePeople, forKey: .includePeople)
        try container.encodeIfPresent(spawnedBy, forKey: .spawnedBy)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(search, forKey: .search)
        try container.encodeIfPresent(archived, forKey: .archived)
        try container.encodeIfPresent(activeOnly, forKey: .activeOnly)
        try container.encodeIfPresent(pinned, forKey: .pinned)
        try container.encodeIfPresent(group, forKey: .group)
        try container.encodeIfPresent(excludeSystem, forKey: .excludeSystem)
        try container.encodeIfPresent(excludeCron, forKey: .excludeCron)
        try container.encodeIfPresent(excludeSubagents, forKey: .excludeSubagents)
        try container.encodeIfPresent(includeActivitySummary, forKey: .includeActivitySummary)
        try container.encodeIfPresent(profileRelation, forKey: .profileRelation)
        try container.encodeIfPresent(projectId, forKey: .projectId)
        try container.encodeIfPresent(workspaceDir, forKey: .workspaceDir)
        try container.encodeIfPresent(hasBoard, forKey: .hasBoard)
    }
}

/// One page of session rows.
public struct SessionsListResult: Codable, Sendable, Equatable {
    public let ts: Int64
    /// Session store path.
    public let path: String
    /// Rows returned.
    public let count: Int64
    /// Rows matching the filters.
    public let totalCount: Int64
    public let limitApplied: Int64
    /// Only when > 0.
    public let offset: Int64?
    public let nextOffset: Int64?
    public let hasMore: Bool
    /// Owner facet (always present).
    public let owners: [JSONValue]
    public let involvingProfileId: String?
    public let people: [JSONValue]?
    public let peopleIncomplete: Bool?
    public let peopleSessionCount: Int64?
    public let defaults: SessionModelDefaults
    public let sessions: [SessionRow]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ts: Int64, path: String, count: Int64, totalCount: Int64, limitApplied: Int64, offset: Int64? = nil, nextOffset: Int64? = nil, hasMore: Bool, owners: [JSONValue], involvingProfileId: String? = nil, people: [JSONValue]? = nil, peopleIncomplete: Bool? = nil, peopleSessionCount: Int64? = nil, defaults: SessionModelDefaults, sessions: [SessionRow], unknownFields: [String: JSONValue] = [:]) {
        self.ts = ts
        self.path = path
        self.count = count
        self.totalCount = totalCount
        self.limitApplied = limitApplied
        self.offset = offset
        self.nextOffset = nextOffset
        self.hasMore = hasMore
        self.owners = owners
        self.involvingProfileId = involvingProfileId
        self.people = people
        self.peopleIncomplete = peopleIncomplete
        self.peopleSessionCount = peopleSessionCount
        self.defaults = defaults
        self.sessions = sessions
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ts = "ts"
        case path = "path"
        case count = "count"
        case totalCount = "totalCount"
        case limitApplied = "limitApplied"
        case offset = "offset"
        case nextOffset = "nextOffset"
        case hasMore = "hasMore"
        case owners = "owners"
        case involvingProfileId = "involvingProfileId"
        case people = "people"
        case peopleIncomplete = "peopleIncomplete"
        case peopleSessionCount = "peopleSessionCount"
        case defaults = "defaults"
        case sessions = "sessions"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        self.path = try container.decode(String.self, forKey: .path)
        self.count = try container.decode(Int64.self, forKey: .count)
        self.totalCount = try container.decode(Int64.self, forKey: .totalCount)
        self.limitApplied = try container.decode(Int64.self, forKey: .limitApplied)
        self.offset = try container.decodeIfPresent(Int64.self, forKey: .offset)
        self.nextOffset = try container.decode(Int64?.self, forKey: .nextOffset)
        self.hasMore = try container.decode(Bool.self, forKey: .hasMore)
        self.owners = try container.decode([JSONValue].self, forKey: .owners)
        self.involvingProfileId = try container.decodeIfPresent(String.self, forKey: .involvingProfileId)
        self.people = try container.decodeIfPresent([JSONValue].self, forKey: .people)
        self.peopleIncomplete = try container.decodeIfPresent(Bool.self, forKey: .peopleIncomplete)
        self.peopleSessionCount = try container.decodeIfPresent(Int64.self, forKey: .peopleSessionCount)
        self.defaults = try container.decode(SessionModelDefaults.self, forKey: .defaults)
        self.sessions = try container.decode([SessionRow].self, forKey: .sessions)
        let known: Set<String> = ["ts", "path", "count", "totalCount", "limitApplied", "offset", "nextOffset", "hasMore", "owners", "involvingProfileId", "people", "peopleIncomplete", "peopleSessionCount", "defaults", "sessions"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ts, forKey: .ts)
        try container.encode(path, forKey: .path)
        try container.encode(count, forKey: .count)
        try container.encode(totalCount, forKey: .totalCount)
        try container.encode(limitApplied, forKey: .limitApplied)
        try container.encodeIfPresent(offset, forKey: .offset)
        try container.encode(nextOffset, forKey: .nextOffset)
        try container.encode(hasMore, forKey: .hasMore)
        try container.encode(owners, forKey: .owners)
        try container.encodeIfPresent(involvingProfileId, forKey: .involvingProfileId)
        try container.encodeIfPresent(people, forKey: .people)
        try container.encodeIfPresent(peopleIncomplete, forKey: .peopleIncomplete)
        try container.encodeIfPresent(peopleSessionCount, forKey: .peopleSessionCount)
        try container.encode(defaults, forKey: .defaults)
        try container.encode(sessions, forKey: .sessions)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsMessagesSubscribeParams: Codable, Sendable, Equatable {
    public let key: String
    public let agentId: String?
    public let includeApprovals: Bool?

    public init(key: String, agentId: String? = nil, includeApprovals: Bool? = nil) {
        self.key = key
        self.agentId = agentId
        self.includeApprovals = includeApprovals
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case agentId = "agentId"
        case includeApprovals = "includeApprovals"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.includeApprovals = try container.decodeIfPresent(Bool.self, forKey: .includeApprovals)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(includeApprovals, forKey: .includeApprovals)
    }
}

/// Whether the socket now receives session.message for the key.
public struct SessionsMessagesSubscription: Codable, Sendable, Equatable {
    public let subscribed: Bool
    /// Canonical session key.
    public let key: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(subscribed: Bool, key: String, unknownFields: [String: JSONValue] = [:]) {
        self.subscribed = subscribed
        self.key = key
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case subscribed = "subscribed"
        case key = "key"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.subscribed = try container.decode(Bool.self, forKey: .subscribed)
        self.key = try container.decode(String.self, forKey: .key)
        let known: Set<String> = ["subscribed", "key"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subscribed, forKey: .subscribed)
        try container.encode(key, forKey: .key)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsMessagesUnsubscribeParams: Codable, Sendable, Equatable {
    public let key: String
    public let agentId: String?

    public init(key: String, agentId: String? = nil) {
        self.key = key
        self.agentId = agentId
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case agentId = "agentId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(agentId, forKey: .agentId)
    }
}

public enum SessionsPatchParamsBoardPresentation: String, Codable, Sendable, CaseIterable {
    case split = "split"
    case expanded = "expanded"
}

public enum SessionsPatchParamsResponseUsage: String, Codable, Sendable, CaseIterable {
    case off = "off"
    case tokens = "tokens"
    case full = "full"
    case on = "on"
}

public enum SessionsPatchParamsPermissionMode: String, Codable, Sendable, CaseIterable {
    case readOnly = "read-only"
    case guarded = "guarded"
    case workspace = "workspace"
    case full = "full"
}

public enum SessionsPatchParamsSendPolicy: String, Codable, Sendable, CaseIterable {
    case allow = "allow"
    case deny = "deny"
}

public enum SessionsPatchParamsGroupActivation: String, Codable, Sendable, CaseIterable {
    case mention = "mention"
    case always = "always"
}

public enum SessionsPatchParamsSandboxMode: String, Codable, Sendable, CaseIterable {
    case off = "off"
}

/// sessions.patch; every mutation field may be null to clear it.
public struct SessionsPatchParams: Codable, Sendable, Equatable {
    public let key: String
    public let agentId: String?
    public let expectedSessionId: String?
    public let expectedLifecycleRevision: String?
    public let expectedPermissionMode: String?
    public let expectedToolOverrides: JSONValue?
    public let expectedMarkedUnreadAt: Int64?
    public let label: String?
    public let autoLabel: String?
    public let icon: String?
    public let color: String?
    public let category: String?
    public let boardFace: String?
    public let boardPresentation: SessionsPatchParamsBoardPresentation?
    public let statusNote: String?
    public let attention: String?
    public let ttlMinutes: Int64?
    public let archived: Bool?
    public let pinned: Bool?
    public let unread: Bool?
    public let contextWindow: Int64?
    public let thinkingLevel: String?
    public let fastMode: SessionFastMode?
    public let toolOverrides: JSONValue?
    public let verboseLevel: String?
    public let traceLevel: String?
    public let reasoningLevel: String?
    public let responseUsage: SessionsPatchParamsResponseUsage?
    public let elevatedLevel: String?
    public let execHost: String?
    public let execSecurity: String?
    public let execAsk: String?
    public let execNode: String?
    public let permissionMode: SessionsPatchParamsPermissionMode?
    public let model: String?
    public let agentRuntime: JSONValue?
    public let sendPolicy: SessionsPatchParamsSendPolicy?
    public let groupActivation: SessionsPatchParamsGroupActivation?
    public let sandboxMode: SessionsPatchParamsSandboxMode?
    public let nativeRuntimeConsent: JSONValue?
    public let expectedSandboxMode: JSONValue?
    public let expectedNativeRuntimeConsent: JSONValue?

    public init(key: String, agentId: String? = nil, expectedSessionId: String? = nil, expectedLifecycleRevision: String? = nil, expectedPermissionMode: String? = nil, expectedToolOverrides: JSONValue? = nil, expectedMarkedUnreadAt: Int64? = nil, label: String? = nil, autoLabel: String? = nil, icon: String? = nil, color: String? = nil, category: String? = nil, boardFace: String? = nil, boardPresentation: SessionsPatchParamsBoardPresentation? = nil, statusNote: String? = nil, attention: String? = nil, ttlMinutes: Int64? = nil, archived: Bool? = nil, pinned: Bool? = nil, unread: Bool? = nil, contextWindow: Int64? = nil, thinkingLevel: String? = nil, fastMode: SessionFastMode? = nil, toolOverrides: JSONValue? = nil, verboseLevel: String? = nil, traceLevel: String? = nil, reasoningLevel: String? = nil, responseUsage: SessionsPatchParamsResponseUsage? = nil, elevatedLevel: String? = nil, execHost: String? = nil, execSecurity: String? = nil, execAsk: String? = nil, execNode: String? = nil, permissionMode: SessionsPatchParamsPermissionMode? = nil, model: String? = nil, agentRuntime: JSONValue? = nil, sendPolicy: SessionsPatchParamsSendPolicy? = nil, groupActivation: SessionsPatchParamsGroupActivation? = nil, sandboxMode: SessionsPatchParamsSandboxMode? = nil, nativeRuntimeConsent: JSONValue? = nil, expectedSandboxMode: JSONValue? = nil, expectedNativeRuntimeConsent: JSONValue? = nil) {
        self.key = key
        self.agentId = agentId
        self.expectedSessionId = expectedSessionId
        self.expectedLifecycleRevision = expectedLifecycleRevision
        self.expectedPermissionMode = expectedPermissionMode
        self.expectedToolOverrides = expectedToolOverrides
        self.expectedMarkedUnreadAt = expectedMarkedUnreadAt
        self.label = label
        self.autoLabel = autoLabel
        self.icon = icon
        self.color = color
        self.category = category
        self.boardFace = boardFace
        self.boardPresentation = boardPresentation
        self.statusNote = statusNote
        self.attention = attention
        self.ttlMinutes = ttlMinutes
        self.archived = archived
        self.pinned = pinned
        self.unread = unread
        self.contextWindow = contextWindow
        self.thinkingLevel = thinkingLevel
        self.fastMode = fastMode
        self.toolOverrides = toolOverrides
        self.verboseLevel = verboseLevel
        self.traceLevel = traceLevel
        self.reasoningLevel = reasoningLevel
        self.responseUsage = responseUsage
        self.elevatedLevel = elevatedLevel
        self.execHost = execHost
        self.execSecurity = execSecurity
        self.execAsk = execAsk
        self.execNode = execNode
        self.permissionMode = permissionMode
        self.model = model
        self.agentRuntime = agentRuntime
        self.sendPolicy = sendPolicy
        self.groupActivation = groupActivation
        self.sandboxMode = sandboxMode
        self.nativeRuntimeConsent = nativeRuntimeConsent
        self.expectedSandboxMode = expectedSandboxMode
        self.expectedNativeRuntimeConsent = expectedNativeRuntimeConsent
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case agentId = "agentId"
        case expectedSessionId = "expectedSessionId"
        case expectedLifecycleRevision = "expectedLifecycleRevision"
        case expectedPermissionMode = "expectedPermissionMode"
        case expectedToolOverrides = "expectedToolOverrides"
        case expectedMarkedUnreadAt = "expectedMarkedUnreadAt"
        case label = "label"
        case autoLabel = "autoLabel"
        case icon = "icon"
        case color = "color"
        case category = "category"
        case boardFace = "boardFace"
        case boardPresentation = "boardPresentation"
        case statusNote = "statusNote"
        case attention = "attention"
        case ttlMinutes = "ttlMinutes"
        case archived = "archived"
        case pinned = "pinned"
        case unread = "unread"
        case contextWindow = "contextWindow"
        case thinkingLevel = "thinkingLevel"
        case fastMode = "fastMode"
        case toolOverrides = "toolOverrides"
        case verboseLevel = "verboseLevel"
        case traceLevel = "traceLevel"
        case reasoningLevel = "reasoningLevel"
        case responseUsage = "responseUsage"
        case elevatedLevel = "elevatedLevel"
        case execHost = "execHost"
        case execSecurity = "execSecurity"
        case execAsk = "execAsk"
        case execNode = "execNode"
        case permissionMode = "permissionMode"
        case model = "model"
        case agentRuntime = "agentRuntime"
        case sendPolicy = "sendPolicy"
        case groupActivation = "groupActivation"
        case sandboxMode = "sandboxMode"
        case nativeRuntimeConsent = "nativeRuntimeConsent"
        case expectedSandboxMode = "expectedSandboxMode"
        case expectedNativeRuntimeConsent = "expectedNativeRuntimeConsent"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.expectedSessionId = try container.decodeIfPresent(String.self, forKey: .expectedSessionId)
        self.expectedLifecycleRevision = try container.decodeIfPresent(String.self, forKey: .expectedLifecycleRevision)
        self.expectedPermissionMode = try container.decodeIfPresent(String.self, forKey: .expectedPermissionMode)
        self.expectedToolOverrides = try container.decodeIfPresent(JSONValue.self, forKey: .expectedToolOverrides)
        self.expectedMarkedUnreadAt = try container.decodeIfPresent(Int64.self, forKey: .expectedMarkedUnreadAt)
        self.label = try container.decodeIfPresent(String.self, forKey: .label)
        self.autoLabel = try container.decodeIfPresent(String.self, forKey: .autoLabel)
        self.icon = try container.decodeIfPresent(String.self, forKey: .icon)
        self.color = try container.decodeIfPresent(String.self, forKey: .color)
        self.category = try container.decodeIfPresent(String.self, forKey: .category)
        self.boardFace = try container.decodeIfPresent(String.self, forKey: .boardFace)
        self.boardPresentation = try container.decodeIfPresent(SessionsPatchParamsBoardPresentation.self, forKey: .boardPresentation)
        self.statusNote = try container.decodeIfPresent(String.self, forKey: .statusNote)
        self.attention = try container.decodeIfPresent(String.self, forKey: .attention)
        self.ttlMinutes = try container.decodeIfPresent(Int64.self, forKey: .ttlMinutes)
        self.archived = try container.decodeIfPresent(Bool.self, forKey: .archived)
        self.pinned = try container.decodeIfPresent(Bool.self, forKey: .pinned)
        self.unread = try container.decodeIfPresent(Bool.self, forKey: .unread)
        self.contextWindow = try container.decodeIfPresent(Int64.self, forKey: .contextWindow)
        self.thinkingLevel = try container.decodeIfPresent(String.self, forKey: .thinkingLevel)
        self.fastMode = try container.decodeIfPresent(SessionFastMode.self, forKey: .fastMode)
        self.toolOverrides = try container.decodeIfPresent(JSONValue.self, forKey: .toolOverrides)
        self.verboseLevel = try container.decodeIfPresent(String.self, forKey: .verboseLevel)
        self.traceLevel = try container.decodeIfPresent(String.self, forKey: .traceLevel)
        self.reasoningLevel = try container.decodeIfPresent(String.self, forKey: .reasoningLevel)
        self.responseUsage = try container.decodeIfPresent(SessionsPatchParamsResponseUsage.self, forKey: .responseUsage)
        self.elevatedLevel = try container.decodeIfPresent(String.self, forKey: .elevatedLevel)
        self.execHost = try container.decodeIfPresent(String.self, forKey: .execHost)
        self.execSecurity = try container.decodeIfPresent(String.self, forKey: .execSecurity)
        self.execAsk = try container.decodeIfPresent(String.self, forKey: .execAsk)
        self.execNode = try container.decodeIfPresent(String.self, forKey: .execNode)
        self.permissionMode = try container.decodeIfPresent(SessionsPatchParamsPermissionMode.self, forKey: .permissionMode)
        self.model = try container.decodeIfPresent(String.self, forKey: .model)
        self.agentRuntime = try container.decodeIfPresent(JSONValue.self, forKey: .agentRuntime)
        self.sendPolicy = try container.decodeIfPresent(SessionsPatchParamsSendPolicy.self, forKey: .sendPolicy)
        self.groupActivation = try container.decodeIfPresent(SessionsPatchParamsGroupActivation.self, forKey: .groupActivation)
        self.sandboxMode = try container.decodeIfPresent(SessionsPatchParamsSandboxMode.self, forKey: .sandboxMode)
        self.nativeRuntimeConsent = try container.decodeIfPresent(JSONValue.self, forKey: .nativeRuntimeConsent)
        self.expectedSandboxMode = try container.decodeIfPresent(JSONValue.self, forKey: .expectedSandboxMode)
        self.expectedNativeRuntimeConsent = try container.decodeIfPresent(JSONValue.self, forKey: .expectedNativeRuntimeConsent)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(expectedSessionId, forKey: .expectedSessionId)
        try container.encodeIfPresent(expectedLifecycleRevision, forKey: .expectedLifecycleRevision)
        try container.encodeIfPresent(expectedPermissionMode, forKey: .expectedPermissionMode)
        try container.encodeIfPresent(expectedToolOverrides, forKey: .expectedToolOverrides)
        try container.encodeIfPresent(expectedMarkedUnreadAt, forKey: .expectedMarkedUnreadAt)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(autoLabel, forKey: .autoLabel)
        try container.encodeIfPresent(icon, forKey: .icon)
        try container.encodeIfPresent(color, forKey: .color)
        try container.encodeIfPresent(category, forKey: .category)
        try container.encodeIfPresent(boardFace, forKey: .boardFace)
        try container.encodeIfPresent(boardPresentation, forKey: .boardPresentation)
        try container.encodeIfPresent(statusNote, forKey: .statusNote)
        try container.encodeIfPresent(attention, forKey: .attention)
        try container.encodeIfPresent(ttlMinutes, forKey: .ttlMinutes)
        try container.encodeIfPresent(archived, forKey: .archived)
        try container.encodeIfPresent(pinned, forKey: .pinned)
        try container.encodeIfPresent(unread, forKey: .unread)
        try container.encodeIfPresent(contextWindow, forKey: .contextWindow)
        try container.encodeIfPresent(thinkingLevel, forKey: .thinkingLevel)
        try container.encodeIfPresent(fastMode, forKey: .fastMode)
        try container.encodeIfPresent(toolOverrides, forKey: .toolOverrides)
        try container.encodeIfPresent(verboseLevel, forKey: .verboseLevel)
        try container.encodeIfPresent(traceLevel, forKey: .traceLevel)
        try container.encodeIfPresent(reasoningLevel, forKey: .reasoningLevel)
        try container.encodeIfPresent(responseUsage, forKey: .responseUsage)
        try container.encodeIfPresent(elevatedLevel, forKey: .elevatedLevel)
        try container.encodeIfPresent(execHost, forKey: .execHost)
        try container.encodeIfPresent(execSecurity, forKey: .execSecurity)
        try container.encodeIfPresent(execAsk, forKey: .execAsk)
        try container.encodeIfPresent(execNode, forKey: .execNode)
        try container.encodeIfPresent(permissionMode, forKey: .permissionMode)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(agentRuntime, forKey: .agentRuntime)
        try container.encodeIfPresent(sendPolicy, forKey: .sendPolicy)
        try container.encodeIfPresent(groupActivation, forKey: .groupActivation)
        try container.encodeIfPresent(sandboxMode, forKey: .sandboxMode)
        try container.encodeIfPresent(nativeRuntimeConsent, forKey: .nativeRuntimeConsent)
        try container.encodeIfPresent(expectedSandboxMode, forKey: .expectedSandboxMode)
        try container.encodeIfPresent(expectedNativeRuntimeConsent, forKey: .expectedNativeRuntimeConsent)
    }
}

public struct SessionsPatchResult: Codable, Sendable, Equatable {
    public let ok: Bool
    /// Session store path.
    public let path: String
    /// Canonical session key.
    public let key: String
    public let entry: SessionEntry
    public let resolved: SessionResolvedModel
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool = true, path: String, key: String, entry: SessionEntry, resolved: SessionResolvedModel, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.path = path
        self.key = key
        self.entry = entry
        self.resolved = resolved
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case path = "path"
        case key = "key"
        case entry = "entry"
        case resolved = "resolved"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.path = try container.decode(String.self, forKey: .path)
        self.key = try container.decode(String.self, forKey: .key)
        self.entry = try container.decode(SessionEntry.self, forKey: .entry)
        self.resolved = try container.decode(SessionResolvedModel.self, forKey: .resolved)
        let known: Set<String> = ["ok", "path", "key", "entry", "resolved"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(path, forKey: .path)
        try container.encode(key, forKey: .key)
        try container.encode(entry, forKey: .entry)
        try container.encode(resolved, forKey: .resolved)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsPreviewParams: Codable, Sendable, Equatable {
    /// Session keys; only the first 64 are used.
    public let keys: [String]
    /// Items per key.
    public let limit: Int64?
    /// Text cut to min(800, maxChars) UTF-16 units.
    public let maxChars: Int64?

    public init(keys: [String], limit: Int64? = nil, maxChars: Int64? = nil) {
        self.keys = keys
        self.limit = limit
        self.maxChars = maxChars
    }

    private enum CodingKeys: String, CodingKey {
        case keys = "keys"
        case limit = "limit"
        case maxChars = "maxChars"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.keys = try container.decode([String].self, forKey: .keys)
        self.limit = try container.decodeIfPresent(Int64.self, forKey: .limit)
        self.maxChars = try container.decodeIfPresent(Int64.self, forKey: .maxChars)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(keys, forKey: .keys)
        try container.encodeIfPresent(limit, forKey: .limit)
        try container.encodeIfPresent(maxChars, forKey: .maxChars)
    }
}

public enum SessionPreviewStatus: String, Codable, Sendable, CaseIterable {
    case ok = "ok"
    case empty = "empty"
    case missing = "missing"
    case cold = "cold"
    case error = "error"
}

public enum SessionPreviewRole: String, Codable, Sendable, CaseIterable {
    case user = "user"
    case assistant = "assistant"
}

public struct SessionPreviewItem: Codable, Sendable, Equatable {
    public let role: SessionPreviewRole
    public let text: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(role: SessionPreviewRole, text: String, unknownFields: [String: JSONValue] = [:]) {
        self.role = role
        self.text = text
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case role = "role"
        case text = "text"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.role = try container.decode(SessionPreviewRole.self, forKey: .role)
        self.text = try container.decode(String.self, forKey: .text)
        let known: Set<String> = ["role", "text"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        try container.encode(text, forKey: .text)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionPreview: Codable, Sendable, Equatable {
    /// The key as requested.
    public let key: String
    public let status: SessionPreviewStatus
    public let items: [SessionPreviewItem]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(key: String, status: SessionPreviewStatus, items: [SessionPreviewItem], unknownFields: [String: JSONValue] = [:]) {
        self.key = key
        self.status = status
        self.items = items
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case status = "status"
        case items = "items"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.status = try container.decode(SessionPreviewStatus.self, forKey: .status)
        self.items = try container.decode([SessionPreviewItem].self, forKey: .items)
        let known: Set<String> = ["key", "status", "items"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(status, forKey: .status)
        try container.encode(items, forKey: .items)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsPreviewResult: Codable, Sendable, Equatable {
    /// Server time (epoch ms).
    public let ts: Int64
    /// One preview per requested key, in request order.
    public let previews: [SessionPreview]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ts: Int64, previews: [SessionPreview], unknownFields: [String: JSONValue] = [:]) {
        self.ts = ts
        self.previews = previews
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ts = "ts"
        case previews = "previews"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ts = try container.decode(Int64.self, forKey: .ts)
        self.previews = try container.decode([SessionPreview].self, forKey: .previews)
        let known: Set<String> = ["ts", "previews"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ts, forKey: .ts)
        try container.encode(previews, forKey: .previews)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsResetParams: Codable, Sendable, Equatable {
    public let key: String
    public let agentId: String?
    /// "new" or "reset"; anything but "new" is treated as "reset".
    public let reason: String?
    /// Accepted by 2026.9.6 (not in the 2026.9.1 schema).
    public let expectedSessionId: String?

    public init(key: String, agentId: String? = nil, reason: String? = nil, expectedSessionId: String? = nil) {
        self.key = key
        self.agentId = agentId
        self.reason = reason
        self.expectedSessionId = expectedSessionId
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case agentId = "agentId"
        case reason = "reason"
        case expectedSessionId = "expectedSessionId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.reason = try container.decodeIfPresent(String.self, forKey: .reason)
        self.expectedSessionId = try container.decodeIfPresent(String.self, forKey: .expectedSessionId)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(expectedSessionId, forKey: .expectedSessionId)
    }
}

public struct SessionsResetResult: Codable, Sendable, Equatable {
    public let ok: Bool
    public let key: String
    public let entry: SessionEntry?
    public let resolved: SessionResolvedModel?
    /// Incognito keys: the in-memory session was dropped.
    public let deleted: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool = true, key: String, entry: SessionEntry? = nil, resolved: SessionResolvedModel? = nil, deleted: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.key = key
        self.entry = entry
        self.resolved = resolved
        self.deleted = deleted
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case key = "key"
        case entry = "entry"
        case resolved = "resolved"
        case deleted = "deleted"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.key = try container.decode(String.self, forKey: .key)
        self.entry = try container.decodeIfPresent(SessionEntry.self, forKey: .entry)
        self.resolved = try container.decodeIfPresent(SessionResolvedModel.self, forKey: .resolved)
        self.deleted = try container.decodeIfPresent(Bool.self, forKey: .deleted)
        let known: Set<String> = ["ok", "key", "entry", "resolved", "deleted"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(entry, forKey: .entry)
        try container.encodeIfPresent(resolved, forKey: .resolved)
        try container.encodeIfPresent(deleted, forKey: .deleted)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsResolveParams: Codable, Sendable, Equatable {
    public let key: String?
    public let sessionId: String?
    public let label: String?
    public let shortId: String?
    public let slugHint: String?
    public let agentId: String?
    public let spawnedBy: String?
    public let includeGlobal: Bool?
    public let includeUnknown: Bool?
    public let allowMissing: Bool?

    public init(key: String? = nil, sessionId: String? = nil, label: String? = nil, shortId: String? = nil, slugHint: String? = nil, agentId: String? = nil, spawnedBy: String? = nil, includeGlobal: Bool? = nil, includeUnknown: Bool? = nil, allowMissing: Bool? = nil) {
        self.key = key
        self.sessionId = sessionId
        self.label = label
        self.shortId = shortId
        self.slugHint = slugHint
        self.agentId = agentId
        self.spawnedBy = spawnedBy
        self.includeGlobal = includeGlobal
        self.includeUnknown = includeUnknown
        self.allowMissing = allowMissing
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case sessionId = "sessionId"
        case label = "label"
        case shortId = "shortId"
        case slugHint = "slugHint"
        case agentId = "agentId"
        case spawnedBy = "spawnedBy"
        case includeGlobal = "includeGlobal"
        case includeUnknown = "includeUnknown"
        case allowMissing = "allowMissing"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decodeIfPresent(String.self, forKey: .key)
        self.sessionId = try container.decodeIfPresent(String.self, forKey: .sessionId)
        self.label = try container.decodeIfPresent(String.self, forKey: .label)
        self.shortId = try container.decodeIfPresent(String.self, forKey: .shortId)
        self.slugHint = try container.decodeIfPresent(String.self, forKey: .slugHint)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.spawnedBy = try container.decodeIfPresent(String.self, forKey: .spawnedBy)
        self.includeGlobal = try container.decodeIfPresent(Bool.self, forKey: .includeGlobal)
        self.includeUnknown = try container.decodeIfPresent(Bool.self, forKey: .includeUnknown)
        self.allowMissing = try container.decodeIfPresent(Bool.self, forKey: .allowMissing)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(key, forKey: .key)
        try container.encodeIfPresent(sessionId, forKey: .sessionId)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(shortId, forKey: .shortId)
        try container.encodeIfPresent(slugHint, forKey: .slugHint)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(spawnedBy, forKey: .spawnedBy)
        try container.encodeIfPresent(includeGlobal, forKey: .includeGlobal)
        try container.encodeIfPresent(includeUnknown, forKey: .includeUnknown)
        try container.encodeIfPresent(allowMissing, forKey: .allowMissing)
    }
}

public struct SessionResolveCandidate: Codable, Sendable, Equatable {
    public let key: String
    public let agentId: String
    public let displayName: String?
    public let boardFace: String?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(key: String, agentId: String, displayName: String? = nil, boardFace: String? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.key = key
        self.agentId = agentId
        self.displayName = displayName
        self.boardFace = boardFace
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case agentId = "agentId"
        case displayName = "displayName"
        case boardFace = "boardFace"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.agentId = try container.decode(String.self, forKey: .agentId)
        self.displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
        self.boardFace = try container.decodeIfPresent(String.self, forKey: .boardFace)
        let known: Set<String> = ["key", "agentId", "displayName", "boardFace"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(agentId, forKey: .agentId)
        try container.encodeIfPresent(displayName, forKey: .displayName)
        try container.encodeIfPresent(boardFace, forKey: .boardFace)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsResolveResult: Codable, Sendable, Equatable {
    /// Whether exactly one session matched.
    public let ok: Bool
    public let key: String?
    public let agentId: String?
    public let displayName: String?
    public let boardFace: String?
    /// Near matches when ok is false.
    public let candidates: [SessionResolveCandidate]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool, key: String? = nil, agentId: String? = nil, displayName: String? = nil, boardFace: String? = nil, candidates: [SessionResolveCandidate]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.key = key
        self.agentId = agentId
        self.displayName = displayName
        self.boardFace = boardFace
        self.candidates = candidates
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case key = "key"
        case agentId = "agentId"
        case displayName = "displayName"
        case boardFace = "boardFace"
        case candidates = "candidates"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.key = try container.decodeIfPresent(String.self, forKey: .key)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
        self.boardFace = try container.decodeIfPresent(String.self, forKey: .boardFace)
        self.candidates = try container.decodeIfPresent([SessionResolveCandidate].self, forKey: .candidates)
        let known: Set<String> = ["ok", "key", "agentId", "displayName", "boardFace", "candidates"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encodeIfPresent(key, forKey: .key)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(displayName, forKey: .displayName)
        try container.encodeIfPresent(boardFace, forKey: .boardFace)
        try container.encodeIfPresent(candidates, forKey: .candidates)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsSendParams: Codable, Sendable, Equatable {
    public let key: String
    public let message: String
    public let agentId: String?
    public let thinking: String?
    public let attachments: [JSONValue]?
    public let timeoutMs: Int64?
    public let idempotencyKey: String?

    public init(key: String, message: String, agentId: String? = nil, thinking: String? = nil, attachments: [JSONValue]? = nil, timeoutMs: Int64? = nil, idempotencyKey: String? = nil) {
        self.key = key
        self.message = message
        self.agentId = agentId
        self.thinking = thinking
        self.attachments = attachments
        self.timeoutMs = timeoutMs
        self.idempotencyKey = idempotencyKey
    }

    private enum CodingKeys: String, CodingKey {
        case key = "key"
        case message = "message"
        case agentId = "agentId"
        case thinking = "thinking"
        case attachments = "attachments"
        case timeoutMs = "timeoutMs"
        case idempotencyKey = "idempotencyKey"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decode(String.self, forKey: .key)
        self.message = try container.decode(String.self, forKey: .message)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.thinking = try container.decodeIfPresent(String.self, forKey: .thinking)
        self.attachments = try container.decodeIfPresent([JSONValue].self, forKey: .attachments)
        self.timeoutMs = try container.decodeIfPresent(Int64.self, forKey: .timeoutMs)
        self.idempotencyKey = try container.decodeIfPresent(String.self, forKey: .idempotencyKey)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(thinking, forKey: .thinking)
        try container.encodeIfPresent(attachments, forKey: .attachments)
        try container.encodeIfPresent(timeoutMs, forKey: .timeoutMs)
        try container.encodeIfPresent(idempotencyKey, forKey: .idempotencyKey)
    }
}

public struct SessionsSendResult: Codable, Sendable, Equatable {
    public let runId: String
    public let status: ChatSendStatus
    public let messageSeq: Int64?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(runId: String, status: ChatSendStatus, messageSeq: Int64? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.runId = runId
        self.status = status
        self.messageSeq = messageSeq
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case runId = "runId"
        case status = "status"
        case messageSeq = "messageSeq"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runId = try container.decode(String.self, forKey: .runId)
        self.status = try container.decode(ChatSendStatus.self, forKey: .status)
        self.messageSeq = try container.decodeIfPresent(Int64.self, forKey: .messageSeq)
        let known: Set<String> = ["runId", "status", "messageSeq"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runId, forKey: .runId)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(messageSeq, forKey: .messageSeq)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SessionsSubscribeResult: Codable, Sendable, Equatable {
    public let subscribed: Bool
    public let list: SessionsListResult?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(subscribed: Bool = true, list: SessionsListResult? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.subscribed = subscribed
        self.list = list
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case subscribed = "subscribed"
        case list = "list"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.subscribed = try container.decode(Bool.self, forKey: .subscribed)
        self.list = try container.decodeIfPresent(SessionsListResult.self, forKey: .list)
        let known: Set<String> = ["subscribed", "list"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subscribed, forKey: .subscribed)
        try container.encodeIfPresent(list, forKey: .list)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SetHeartbeatsParams: Codable, Sendable, Equatable {
    /// Whether heartbeats should run.
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decode(Bool.self, forKey: .enabled)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(enabled, forKey: .enabled)
    }
}

public struct SetHeartbeatsResult: Codable, Sendable, Equatable {
    public let ok: Bool
    /// The new setting.
    public let enabled: Bool
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool = true, enabled: Bool, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.enabled = enabled
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case enabled = "enabled"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.enabled = try container.decode(Bool.self, forKey: .enabled)
        let known: Set<String> = ["ok", "enabled"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(enabled, forKey: .enabled)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Sent before the gateway closes sockets to stop or restart.
public struct ShutdownEvent: Codable, Sendable, Equatable {
    /// Why the gateway is going away (default "gateway stopping").
    public let reason: String
    /// Expected downtime; only for restarts.
    public let restartExpectedMs: Int64?

    public init(reason: String, restartExpectedMs: Int64? = nil) {
        self.reason = reason
        self.restartExpectedMs = restartExpectedMs
    }

    private enum CodingKeys: String, CodingKey {
        case reason = "reason"
        case restartExpectedMs = "restartExpectedMs"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reason = try container.decode(String.self, forKey: .reason)
        self.restartExpectedMs = try container.decodeIfPresent(Int64.self, forKey: .restartExpectedMs)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reason, forKey: .reason)
        try container.encodeIfPresent(restartExpectedMs, forKey: .restartExpectedMs)
    }
}

/// Current admission phase.
public enum SnapshotSuspensionPhase: String, Codable, Sendable, CaseIterable {
    case accepting = "accepting"
    case preparing = "preparing"
    case draining = "draining"
    case prepared = "prepared"
}

/// Admission state of the gateway.
public struct SnapshotSuspension: Codable, Sendable, Equatable {
    /// Current admission phase.
    public let phase: SnapshotSuspensionPhase

    public init(phase: SnapshotSuspensionPhase) {
        self.phase = phase
    }

    private enum CodingKeys: String, CodingKey {
        case phase = "phase"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.phase = try container.decode(SnapshotSuspensionPhase.self, forKey: .phase)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(phase, forKey: .phase)
    }
}

/// Configured gateway auth mode (admin callers only).
public enum SnapshotAuthMode: String, Codable, Sendable, CaseIterable {
    case none = "none"
    case token = "token"
    case password = "password"
    case trustedProxy = "trusted-proxy"
}

/// Gateway state handed to the client in hello-ok.
public struct Snapshot: Codable, Sendable, Equatable {
    /// Presence list as visible to this caller.
    public let presence: [PresenceEntry]
    public let health: HealthSnapshot
    public let stateVersion: StateVersion
    /// Process uptime.
    public let uptimeMs: Int64
    /// Admission state of the gateway.
    public let suspension: SnapshotSuspension?
    /// Hash of the config revision the runtime applied.
    public let appliedConfigHash: String?
    /// Config file path (admin callers only).
    public let configPath: String?
    /// State directory (admin callers only).
    public let stateDir: String?
    public let sessionDefaults: SessionDefaults?
    /// Configured gateway auth mode (admin callers only).
    public let authMode: SnapshotAuthMode?
    /// Update metadata; not emitted by this gateway.
    public let updateAvailable: JSONValue?
    /// Automatic update schedule; not emitted by this gateway.
    public let updateSchedule: JSONValue?

    public init(presence: [PresenceEntry], health: HealthSnapshot, stateVersion: StateVersion, uptimeMs: Int64, suspension: SnapshotSuspension? = nil, appliedConfigHash: String? = nil, configPath: String? = nil, stateDir: String? = nil, sessionDefaults: SessionDefaults? = nil, authMode: SnapshotAuthMode? = nil, updateAvailable: JSONValue? = nil, updateSchedule: JSONValue? = nil) {
        self.presence = presence
        self.health = health
        self.stateVersion = stateVersion
        self.uptimeMs = uptimeMs
        self.suspension = suspension
        self.appliedConfigHash = appliedConfigHash
        self.configPath = configPath
        self.stateDir = stateDir
        self.sessionDefaults = sessionDefaults
        self.authMode = authMode
        self.updateAvailable = updateAvailable
        self.updateSchedule = updateSchedule
    }

    private enum CodingKeys: String, CodingKey {
        case presence = "presence"
        case health = "health"
        case stateVersion = "stateVersion"
        case uptimeMs = "uptimeMs"
        case suspension = "suspension"
        case appliedConfigHash = "appliedConfigHash"
        case configPath = "configPath"
        case stateDir = "stateDir"
        case sessionDefaults = "sessionDefaults"
        case authMode = "authMode"
        case updateAvailable = "updateAvailable"
        case updateSchedule = "updateSchedule"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.presence = try container.decode([PresenceEntry].self, forKey: .presence)
        self.health = try container.decode(HealthSnapshot.self, forKey: .health)
        self.stateVersion = try container.decode(StateVersion.self, forKey: .stateVersion)
        self.uptimeMs = try container.decode(Int64.self, forKey: .uptimeMs)
        self.suspension = try container.decodeIfPresent(SnapshotSuspension.self, forKey: .suspension)
        self.appliedConfigHash = try container.decodeIfPresent(String.self, forKey: .appliedConfigHash)
        self.configPath = try container.decodeIfPresent(String.self, forKey: .configPath)
        self.stateDir = try container.decodeIfPresent(String.self, forKey: .stateDir)
        self.sessionDefaults = try container.decodeIfPresent(SessionDefaults.self, forKey: .sessionDefaults)
        self.authMode = try container.decodeIfPresent(SnapshotAuthMode.self, forKey: .authMode)
        self.updateAvailable = try container.decodeIfPresent(JSONValue.self, forKey: .updateAvailable)
        self.updateSchedule = try container.decodeIfPresent(JSONValue.self, forKey: .updateSchedule)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(presence, forKey: .presence)
        try container.encode(health, forKey: .health)
        try container.encode(stateVersion, forKey: .stateVersion)
        try container.encode(uptimeMs, forKey: .uptimeMs)
        try container.encodeIfPresent(suspension, forKey: .suspension)
        try container.encodeIfPresent(appliedConfigHash, forKey: .appliedConfigHash)
        try container.encodeIfPresent(configPath, forKey: .configPath)
        try container.encodeIfPresent(stateDir, forKey: .stateDir)
        try container.encodeIfPresent(sessionDefaults, forKey: .sessionDefaults)
        try container.encodeIfPresent(authMode, forKey: .authMode)
        try container.encodeIfPresent(updateAvailable, forKey: .updateAvailable)
        try container.encodeIfPresent(updateSchedule, forKey: .updateSchedule)
    }
}

/// Details of an UNAVAILABLE answer while the gateway is still starting.
public struct StartupDetails: Codable, Sendable, Equatable {
    public let reason: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(reason: String = "startup-sidecars", unknownFields: [String: JSONValue] = [:]) {
        self.reason = reason
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case reason = "reason"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.reason = try container.decode(String.self, forKey: .reason)
        let known: Set<String> = ["reason"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reason, forKey: .reason)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Monotonic counters of the presence list and the health snapshot.
public struct StateVersion: Codable, Sendable, Equatable {
    /// Bumped on every presence change.
    public let presence: Int64
    /// Bumped on every new health snapshot.
    public let health: Int64

    public init(presence: Int64, health: Int64) {
        self.presence = presence
        self.health = health
    }

    private enum CodingKeys: String, CodingKey {
        case presence = "presence"
        case health = "health"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.presence = try container.decode(Int64.self, forKey: .presence)
        self.health = try container.decode(Int64.self, forKey: .health)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(presence, forKey: .presence)
        try container.encode(health, forKey: .health)
    }
}

public struct StatusParams: Codable, Sendable, Equatable {
    /// Include the channel summary.
    public let includeChannelSummary: Bool?
    /// Include the CLI-oriented projection.
    public let includeCliProjection: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(includeChannelSummary: Bool? = nil, includeCliProjection: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.includeChannelSummary = includeChannelSummary
        self.includeCliProjection = includeCliProjection
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case includeChannelSummary = "includeChannelSummary"
        case includeCliProjection = "includeCliProjection"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.includeChannelSummary = try container.decodeIfPresent(Bool.self, forKey: .includeChannelSummary)
        self.includeCliProjection = try container.decodeIfPresent(Bool.self, forKey: .includeCliProjection)
        let known: Set<String> = ["includeChannelSummary", "includeCliProjection"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(includeChannelSummary, forKey: .includeChannelSummary)
        try container.encodeIfPresent(includeCliProjection, forKey: .includeCliProjection)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct StatusHeartbeatAgent: Codable, Sendable, Equatable {
    /// Agent id.
    public let agentId: String
    /// Whether heartbeats run.
    public let enabled: Bool
    /// Configured period.
    public let every: String
    /// Period in ms, null when disabled.
    public let everyMs: Int64?
    /// Whether the agent still lacks a delivery route.
    public let waitingForRoute: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(agentId: String, enabled: Bool, every: String, everyMs: Int64? = nil, waitingForRoute: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.agentId = agentId
        self.enabled = enabled
        self.every = every
        self.everyMs = everyMs
        self.waitingForRoute = waitingForRoute
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case agentId = "agentId"
        case enabled = "enabled"
        case every = "every"
        case everyMs = "everyMs"
        case waitingForRoute = "waitingForRoute"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.agentId = try container.decode(String.self, forKey: .agentId)
        self.enabled = try container.decode(Bool.self, forKey: .enabled)
        self.every = try container.decode(String.self, forKey: .every)
        self.everyMs = try container.decode(Int64?.self, forKey: .everyMs)
        self.waitingForRoute = try container.decodeIfPresent(Bool.self, forKey: .waitingForRoute)
        let known: Set<String> = ["agentId", "enabled", "every", "everyMs", "waitingForRoute"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agentId, forKey: .agentId)
        try container.encode(enabled, forKey: .enabled)
        try container.encode(every, forKey: .every)
        try container.encode(everyMs, forKey: .everyMs)
        try container.encodeIfPresent(waitingForRoute, forKey: .waitingForRoute)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Heartbeat configuration per agent.
public struct StatusResultHeartbeat: Codable, Sendable, Equatable {
    /// Default agent id.
    public let defaultAgentId: String
    /// Heartbeat state per agent.
    public let agents: [StatusHeartbeatAgent]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(defaultAgentId: String, agents: [StatusHeartbeatAgent], unknownFields: [String: JSONValue] = [:]) {
        self.defaultAgentId = defaultAgentId
        self.agents = agents
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case defaultAgentId = "defaultAgentId"
        case agents = "agents"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.defaultAgentId = try container.decode(String.self, forKey: .defaultAgentId)
        self.agents = try container.decode([StatusHeartbeatAgent].self, forKey: .agents)
        let known: Set<String> = ["defaultAgentId", "agents"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(defaultAgentId, forKey: .defaultAgentId)
        try container.encode(agents, forKey: .agents)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// What the config watcher last concluded (config.md §7).
public struct StatusConfigReload: Codable, Sendable, Equatable {
    /// gateway.reload.mode in effect: hybrid or off.
    public let mode: String
    /// A changed config waits for a restart (reload mode off).
    public let restartPending: Bool
    /// The last edit that could not be applied (file:line:col: key: message); the gateway runs on its last good config.
    public let lastError: String?
    /// When that edit was seen (epoch ms).
    public let lastErrorAt: Int64?
    /// When a change was last applied (epoch ms).
    public let lastAppliedAt: Int64?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(mode: String, restartPending: Bool, lastError: String? = nil, lastErrorAt: Int64? = nil, lastAppliedAt: Int64? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.mode = mode
        self.restartPending = restartPending
        self.lastError = lastError
        self.lastErrorAt = lastErrorAt
        self.lastAppliedAt = lastAppliedAt
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case mode = "mode"
        case restartPending = "restartPending"
        case lastError = "lastError"
        case lastErrorAt = "lastErrorAt"
        case lastAppliedAt = "lastAppliedAt"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.mode = try container.decode(String.self, forKey: .mode)
        self.restartPending = try container.decode(Bool.self, forKey: .restartPending)
        self.lastError = try container.decodeIfPresent(String.self, forKey: .lastError)
        self.lastErrorAt = try container.decodeIfPresent(Int64.self, forKey: .lastErrorAt)
        self.lastAppliedAt = try container.decodeIfPresent(Int64.self, forKey: .lastAppliedAt)
        let known: Set<String> = ["mode", "restartPending", "lastError", "lastErrorAt", "lastAppliedAt"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mode, forKey: .mode)
        try container.encode(restartPending, forKey: .restartPending)
        try container.encodeIfPresent(lastError, forKey: .lastError)
        try container.encodeIfPresent(lastErrorAt, forKey: .lastErrorAt)
        try container.encodeIfPresent(lastAppliedAt, forKey: .lastAppliedAt)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Task counts by status.
public struct StatusResultTasksByStatus: Codable, Sendable, Equatable {
    public let queued: Int64
    public let running: Int64
    public let succeeded: Int64
    public let failed: Int64
    public let timedOut: Int64
    public let cancelled: Int64
    public let lost: Int64
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(queued: Int64, running: Int64, succeeded: Int64, failed: Int64, timedOut: Int64, cancelled: Int64, lost: Int64, unknownFields: [String: JSONValue] = [:]) {
        self.queued = queued
        self.running = running
        self.succeeded = succeeded
        self.failed = failed
        self.timedOut = timedOut
        self.cancelled = cancelled
        self.lost = lost
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case queued = "queued"
        case running = "running"
        case succeeded = "succeeded"
        case failed = "failed"
        case timedOut = "timed_out"
        case cancelled = "cancelled"
        case lost = "lost"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.queued = try container.decode(Int64.self, forKey: .queued)
        self.running = try container.decode(Int64.self, forKey: .running)
        self.succeeded = try container.decode(Int64.self, forKey: .succeeded)
        self.failed = try container.decode(Int64.self, forKey: .failed)
        self.timedOut = try container.decode(Int64.self, forKey: .timedOut)
        self.cancelled = try container.decode(Int64.self, forKey: .cancelled)
        self.lost = try container.decode(Int64.self, forKey: .lost)
        let known: Set<String> = ["queued", "running", "succeeded", "failed", "timed_out", "cancelled", "lost"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(queued, forKey: .queued)
        try container.encode(running, forKey: .running)
        try container.encode(succeeded, forKey: .succeeded)
        try container.encode(failed, forKey: .failed)
        try container.encode(timedOut, forKey: .timedOut)
        try container.encode(cancelled, forKey: .cancelled)
        try container.encode(lost, forKey: .lost)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Task counts by runtime.
public struct StatusResultTasksByRuntime: Codable, Sendable, Equatable {
    public let subagent: Int64
    public let acp: Int64
    public let cli: Int64
    public let cron: Int64
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(subagent: Int64, acp: Int64, cli: Int64, cron: Int64, unknownFields: [String: JSONValue] = [:]) {
        self.subagent = subagent
        self.acp = acp
        self.cli = cli
        self.cron = cron
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case subagent = "subagent"
        case acp = "acp"
        case cli = "cli"
        case cron = "cron"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.subagent = try container.decode(Int64.self, forKey: .subagent)
        self.acp = try container.decode(Int64.self, forKey: .acp)
        self.cli = try container.decode(Int64.self, forKey: .cli)
        self.cron = try container.decode(Int64.self, forKey: .cron)
        let known: Set<String> = ["subagent", "acp", "cli", "cron"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subagent, forKey: .subagent)
        try container.encode(acp, forKey: .acp)
        try container.encode(cli, forKey: .cli)
        try container.encode(cron, forKey: .cron)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Task ledger counters.
public struct StatusResultTasks: Codable, Sendable, Equatable {
    /// All tasks.
    public let total: Int64
    /// Tasks still running or queued.
    public let active: Int64
    /// Finished tasks.
    public let terminal: Int64
    /// Failed tasks.
    public let failures: Int64
    /// Task counts by status.
    public let byStatus: StatusResultTasksByStatus
    /// Task counts by runtime.
    public let byRuntime: StatusResultTasksByRuntime
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(total: Int64, active: Int64, terminal: Int64, failures: Int64, byStatus: StatusResultTasksByStatus, byRuntime: StatusResultTasksByRuntime, unknownFields: [String: JSONValue] = [:]) {
        self.total = total
        self.active = active
        self.terminal = terminal
        self.failures = failures
        self.byStatus = byStatus
        self.byRuntime = byRuntime
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case total = "total"
        case active = "active"
        case terminal = "terminal"
        case failures = "failures"
        case byStatus = "byStatus"
        case byRuntime = "byRuntime"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.total = try container.decode(Int64.self, forKey: .total)
        self.active = try container.decode(Int64.self, forKey: .active)
        self.terminal = try container.decode(Int64.self, forKey: .terminal)
        self.failures = try container.decode(Int64.self, forKey: .failures)
        self.byStatus = try container.decode(StatusResultTasksByStatus.self, forKey: .byStatus)
        self.byRuntime = try container.decode(StatusResultTasksByRuntime.self, forKey: .byRuntime)
        let known: Set<String> = ["total", "active", "terminal", "failures", "byStatus", "byRuntime"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(total, forKey: .total)
        try container.encode(active, forKey: .active)
        try container.encode(terminal, forKey: .terminal)
        try container.encode(failures, forKey: .failures)
        try container.encode(byStatus, forKey: .byStatus)
        try container.encode(byRuntime, forKey: .byRuntime)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Task ledger audit findings.
public struct StatusResultTaskAudit: Codable, Sendable, Equatable {
    public let total: Int64?
    public let warnings: Int64?
    public let errors: Int64?
    /// Finding counts by code.
    public let byCode: [String: Int64]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(total: Int64? = nil, warnings: Int64? = nil, errors: Int64? = nil, byCode: [String: Int64]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.total = total
        self.warnings = warnings
        self.errors = errors
        self.byCode = byCode
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case total = "total"
        case warnings = "warnings"
        case errors = "errors"
        case byCode = "byCode"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.total = try container.decodeIfPresent(Int64.self, forKey: .total)
        self.warnings = try container.decodeIfPresent(Int64.self, forKey: .warnings)
        self.errors = try container.decodeIfPresent(Int64.self, forKey: .errors)
        self.byCode = try container.decodeIfPresent([String: Int64].self, forKey: .byCode)
        let known: Set<String> = ["total", "warnings", "errors", "byCode"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(total, forKey: .total)
        try container.encodeIfPresent(warnings, forKey: .warnings)
        try container.encodeIfPresent(errors, forKey: .errors)
        try container.encodeIfPresent(byCode, forKey: .byCode)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Default model settings of new sessions.
public struct StatusResultSessionsDefaults: Codable, Sendable, Equatable {
    /// Default model.
    public let model: String?
    /// Default context window.
    public let contextTokens: Int64?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(model: String? = nil, contextTokens: Int64? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.model = model
        self.contextTokens = contextTokens
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case model = "model"
        case contextTokens = "contextTokens"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.model = try container.decodeIfPresent(String.self, forKey: .model)
        self.contextTokens = try container.decodeIfPresent(Int64.self, forKey: .contextTokens)
        let known: Set<String> = ["model", "contextTokens"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(model, forKey: .model)
        try container.encodeIfPresent(contextTokens, forKey: .contextTokens)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct StatusSessionsAgent: Codable, Sendable, Equatable {
    /// Agent id.
    public let agentId: String
    /// Session store path.
    public let path: String
    /// Number of sessions.
    public let count: Int64
    /// Recently updated sessions.
    public let recent: [JSONValue]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(agentId: String, path: String, count: Int64, recent: [JSONValue], unknownFields: [String: JSONValue] = [:]) {
        self.agentId = agentId
        self.path = path
        self.count = count
        self.recent = recent
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case agentId = "agentId"
        case path = "path"
        case count = "count"
        case recent = "recent"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.agentId = try container.decode(String.self, forKey: .agentId)
        self.path = try container.decode(String.self, forKey: .path)
        self.count = try container.decode(Int64.self, forKey: .count)
        self.recent = try container.decode([JSONValue].self, forKey: .recent)
        let known: Set<String> = ["agentId", "path", "count", "recent"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agentId, forKey: .agentId)
        try container.encode(path, forKey: .path)
        try container.encode(count, forKey: .count)
        try container.encode(recent, forKey: .recent)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Session store summary (paths redacted for non-admin callers).
public struct StatusResultSessions: Codable, Sendable, Equatable {
    /// Session store paths.
    public let paths: [String]
    /// Number of sessions.
    public let count: Int64
    /// Default model settings of new sessions.
    public let defaults: StatusResultSessionsDefaults?
    /// Recently updated sessions.
    public let recent: [JSONValue]
    /// Session summary per agent.
    public let byAgent: [StatusSessionsAgent]
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(paths: [String], count: Int64, defaults: StatusResultSessionsDefaults? = nil, recent: [JSONValue], byAgent: [StatusSessionsAgent], unknownFields: [String: JSONValue] = [:]) {
        self.paths = paths
        self.count = count
        self.defaults = defaults
        self.recent = recent
        self.byAgent = byAgent
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case paths = "paths"
        case count = "count"
        case defaults = "defaults"
        case recent = "recent"
        case byAgent = "byAgent"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.paths = try container.decode([String].self, forKey: .paths)
        self.count = try container.decode(Int64.self, forKey: .count)
        self.defaults = try container.decodeIfPresent(StatusResultSessionsDefaults.self, forKey: .defaults)
        self.recent = try container.decode([JSONValue].self, forKey: .recent)
        self.byAgent = try container.decode([StatusSessionsAgent].self, forKey: .byAgent)
        let known: Set<String> = ["paths", "count", "defaults", "recent", "byAgent"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(paths, forKey: .paths)
        try container.encode(count, forKey: .count)
        try container.encodeIfPresent(defaults, forKey: .defaults)
        try container.encode(recent, forKey: .recent)
        try container.encode(byAgent, forKey: .byAgent)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Model runtime state.
public struct StatusResultModelRuntime: Codable, Sendable, Equatable {
    public let degraded: Bool?
    public let pendingAgents: [String]?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(degraded: Bool? = nil, pendingAgents: [String]? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.degraded = degraded
        self.pendingAgents = pendingAgents
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case degraded = "degraded"
        case pendingAgents = "pendingAgents"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.degraded = try container.decodeIfPresent(Bool.self, forKey: .degraded)
        self.pendingAgents = try container.decodeIfPresent([String].self, forKey: .pendingAgents)
        let known: Set<String> = ["degraded", "pendingAgents"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(degraded, forKey: .degraded)
        try container.encodeIfPresent(pendingAgents, forKey: .pendingAgents)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Process memory usage in bytes.
public struct StatusResultProcessMemory: Codable, Sendable, Equatable {
    public let rssBytes: Int64?
    public let heapUsedBytes: Int64?
    public let heapTotalBytes: Int64?
    public let externalBytes: Int64?
    public let arrayBuffersBytes: Int64?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(rssBytes: Int64? = nil, heapUsedBytes: Int64? = nil, heapTotalBytes: Int64? = nil, externalBytes: Int64? = nil, arrayBuffersBytes: Int64? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.rssBytes = rssBytes
        self.heapUsedBytes = heapUsedBytes
        self.heapTotalBytes = heapTotalBytes
        self.externalBytes = externalBytes
        self.arrayBuffersBytes = arrayBuffersBytes
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case rssBytes = "rssBytes"
        case heapUsedBytes = "heapUsedBytes"
        case heapTotalBytes = "heapTotalBytes"
        case externalBytes = "externalBytes"
        case arrayBuffersBytes = "arrayBuffersBytes"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.rssBytes = try container.decodeIfPresent(Int64.self, forKey: .rssBytes)
        self.heapUsedBytes = try container.decodeIfPresent(Int64.self, forKey: .heapUsedBytes)
        self.heapTotalBytes = try container.decodeIfPresent(Int64.self, forKey: .heapTotalBytes)
        self.externalBytes = try container.decodeIfPresent(Int64.self, forKey: .externalBytes)
        self.arrayBuffersBytes = try container.decodeIfPresent(Int64.self, forKey: .arrayBuffersBytes)
        let known: Set<String> = ["rssBytes", "heapUsedBytes", "heapTotalBytes", "externalBytes", "arrayBuffersBytes"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(rssBytes, forKey: .rssBytes)
        try container.encodeIfPresent(heapUsedBytes, forKey: .heapUsedBytes)
        try container.encodeIfPresent(heapTotalBytes, forKey: .heapTotalBytes)
        try container.encodeIfPresent(externalBytes, forKey: .externalBytes)
        try container.encodeIfPresent(arrayBuffersBytes, forKey: .arrayBuffersBytes)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct StatusResult: Codable, Sendable, Equatable {
    /// Gateway version; the CLI shows it as the gateway version.
    public let runtimeVersion: String
    /// Heartbeat configuration per agent.
    public let heartbeat: StatusResultHeartbeat
    /// One summary entry per channel/account.
    public let channelSummary: [JSONValue]
    /// What the config watcher last concluded (config.md §7).
    public let configReload: StatusConfigReload?
    /// System events waiting for delivery.
    public let queuedSystemEvents: [JSONValue]?
    /// Components whose secrets failed to resolve.
    public let degradedSecretOwners: [JSONValue]?
    /// Plugins running in a degraded state.
    public let degradedPlugins: [JSONValue]?
    /// Task ledger counters.
    public let tasks: StatusResultTasks
    /// Task ledger audit findings.
    public let taskAudit: StatusResultTaskAudit?
    /// Session store summary (paths redacted for non-admin callers).
    public let sessions: StatusResultSessions
    /// Model runtime state.
    public let modelRuntime: StatusResultModelRuntime?
    /// Event loop health (same shape as health eventLoop).
    public let eventLoop: JSONValue?
    /// Process memory usage in bytes.
    public let processMemory: StatusResultProcessMemory?
    /// Gateway process id.
    public let pid: Int64
    /// Desktop host information, when present.
    public let hostDesktop: JSONValue?
    /// Worker pool state, when present.
    public let workerPools: JSONValue?
    /// Shutdown budget state, when present.
    public let shutdownBudget: JSONValue?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(runtimeVersion: String, heartbeat: StatusResultHeartbeat, channelSummary: [JSONValue], configReload: StatusConfigReload? = nil, queuedSystemEvents: [JSONValue]? = nil, degradedSecretOwners: [JSONValue]? = nil, degradedPlugins: [JSONValue]? = nil, tasks: StatusResultTasks, taskAudit: StatusResultTaskAudit? = nil, sessions: StatusResultSessions, modelRuntime: StatusResultModelRuntime? = nil, eventLoop: JSONValue? = nil, processMemory: StatusResultProcessMemory? = nil, pid: Int64, hostDesktop: JSONValue? = nil, workerPools: JSONValue? = nil, shutdownBudget: JSONValue? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.runtimeVersion = runtimeVersion
        self.heartbeat = heartbeat
        self.channelSummary = channelSummary
        self.configReload = configReload
        self.queuedSystemEvents = queuedSystemEvents
        self.degradedSecretOwners = degradedSecretOwners
        self.degradedPlugins = degradedPlugins
        self.tasks = tasks
        self.taskAudit = taskAudit
        self.sessions = sessions
        self.modelRuntime = modelRuntime
        self.eventLoop = eventLoop
        self.processMemory = processMemory
        self.pid = pid
        self.hostDesktop = hostDesktop
        self.workerPools = workerPools
        self.shutdownBudget = shutdownBudget
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case runtimeVersion = "runtimeVersion"
        case heartbeat = "heartbeat"
        case channelSummary = "channelSummary"
        case configReload = "configReload"
        case queuedSystemEvents = "queuedSystemEvents"
        case degradedSecretOwners = "degradedSecretOwners"
        case degradedPlugins = "degradedPlugins"
        case tasks = "tasks"
        case taskAudit = "taskAudit"
        case sessions = "sessions"
        case modelRuntime = "modelRuntime"
        case eventLoop = "eventLoop"
        case processMemory = "processMemory"
        case pid = "pid"
        case hostDesktop = "hostDesktop"
        case workerPools = "workerPools"
        case shutdownBudget = "shutdownBudget"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.runtimeVersion = try container.decode(String.self, forKey: .runtimeVersion)
        self.heartbeat = try container.decode(StatusResultHeartbeat.self, forKey: .heartbeat)
        self.channelSummary = try container.decode([JSONValue].self, forKey: .channelSummary)
        self.configReload = try container.decodeIfPresent(StatusConfigReload.self, forKey: .configReload)
        self.queuedSystemEvents = try container.decodeIfPresent([JSONValue].self, forKey: .queuedSystemEvents)
        self.degradedSecretOwners = try container.decodeIfPresent([JSONValue].self, forKey: .degradedSecretOwners)
        self.degradedPlugins = try container.decodeIfPresent([JSONValue].self, forKey: .degradedPlugins)
        self.tasks = try container.decode(StatusResultTasks.self, forKey: .tasks)
        self.taskAudit = try container.decodeIfPresent(StatusResultTaskAudit.self, forKey: .taskAudit)
        self.sessions = try container.decode(StatusResultSessions.self, forKey: .sessions)
        self.modelRuntime = try container.decodeIfPresent(StatusResultModelRuntime.self, forKey: .modelRuntime)
        self.eventLoop = try container.decodeIfPresent(JSONValue.self, forKey: .eventLoop)
        self.processMemory = try container.decodeIfPresent(StatusResultProcessMemory.self, forKey: .processMemory)
        self.pid = try container.decode(Int64.self, forKey: .pid)
        self.hostDesktop = try container.decodeIfPresent(JSONValue.self, forKey: .hostDesktop)
        self.workerPools = try container.decodeIfPresent(JSONValue.self, forKey: .workerPools)
        self.shutdownBudget = try container.decodeIfPresent(JSONValue.self, forKey: .shutdownBudget)
        let known: Set<String> = ["runtimeVersion", "heartbeat", "channelSummary", "configReload", "queuedSystemEvents", "degradedSecretOwners", "degradedPlugins", "tasks", "taskAudit", "sessions", "modelRuntime", "eventLoop", "processMemory", "pid", "hostDesktop", "workerPools", "shutdownBudget"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runtimeVersion, forKey: .runtimeVersion)
        try container.encode(heartbeat, forKey: .heartbeat)
        try container.encode(channelSummary, forKey: .channelSummary)
        try container.encodeIfPresent(configReload, forKey: .configReload)
        try container.encodeIfPresent(queuedSystemEvents, forKey: .queuedSystemEvents)
        try container.encodeIfPresent(degradedSecretOwners, forKey: .degradedSecretOwners)
        try container.encodeIfPresent(degradedPlugins, forKey: .degradedPlugins)
        try container.encode(tasks, forKey: .tasks)
        try container.encodeIfPresent(taskAudit, forKey: .taskAudit)
        try container.encode(sessions, forKey: .sessions)
        try container.encodeIfPresent(modelRuntime, forKey: .modelRuntime)
        try container.encodeIfPresent(eventLoop, forKey: .eventLoop)
        try container.encodeIfPresent(processMemory, forKey: .processMemory)
        try container.encode(pid, forKey: .pid)
        try container.encodeIfPresent(hostDesktop, forKey: .hostDesktop)
        try container.encodeIfPresent(workerPools, forKey: .workerPools)
        try container.encodeIfPresent(shutdownBudget, forKey: .shutdownBudget)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// List of strings.
public typealias StringList = [String]

public struct SystemEventParams: Codable, Sendable, Equatable {
    /// Event text; the handler rejects blank text with "text required".
    public let text: String
    /// De-duplication key.
    public let idempotencyKey: String?
    /// Target session (main session when absent).
    public let sessionKey: String?
    /// Request an immediate heartbeat wake.
    public let wake: Bool?
    /// Presence identity.
    public let deviceId: String?
    /// Presence identity.
    public let instanceId: String?
    /// Presence host.
    public let host: String?
    /// Presence address.
    public let ip: String?
    /// Presence mode.
    public let mode: String?
    /// Presence version.
    public let version: String?
    /// Presence platform.
    public let platform: String?
    /// Presence device family.
    public let deviceFamily: String?
    /// Presence hardware model.
    public let modelIdentifier: String?
    /// Seconds since the last user input.
    public let lastInputSeconds: Double?
    /// Presence update reason.
    public let reason: String?
    /// Presence roles.
    public let roles: [String]?
    /// Presence scopes.
    public let scopes: [String]?
    /// Presence tags.
    public let tags: [String]?

    public init(text: String, idempotencyKey: String? = nil, sessionKey: String? = nil, wake: Bool? = nil, deviceId: String? = nil, instanceId: String? = nil, host: String? = nil, ip: String? = nil, mode: String? = nil, version: String? = nil, platform: String? = nil, deviceFamily: String? = nil, modelIdentifier: String? = nil, lastInputSeconds: Double? = nil, reason: String? = nil, roles: [String]? = nil, scopes: [String]? = nil, tags: [String]? = nil) {
        self.text = text
        self.idempotencyKey = idempotencyKey
        self.sessionKey = sessionKey
        self.wake = wake
        self.deviceId = deviceId
        self.instanceId = instanceId
        self.host = host
        self.ip = ip
        self.mode = mode
        self.version = version
        self.platform = platform
        self.deviceFamily = deviceFamily
        self.modelIdentifier = modelIdentifier
        self.lastInputSeconds = lastInputSeconds
        self.reason = reason
        self.roles = roles
        self.scopes = scopes
        self.tags = tags
    }

    private enum CodingKeys: String, CodingKey {
        case text = "text"
        case idempotencyKey = "idempotencyKey"
        case sessionKey = "sessionKey"
        case wake = "wake"
        case deviceId = "deviceId"
        case instanceId = "instanceId"
        case host = "host"
        case ip = "ip"
        case mode = "mode"
        case version = "version"
        case platform = "platform"
        case deviceFamily = "deviceFamily"
        case modelIdentifier = "modelIdentifier"
        case lastInputSeconds = "lastInputSeconds"
        case reason = "reason"
        case roles = "roles"
        case scopes = "scopes"
        case tags = "tags"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.text = try container.decode(String.self, forKey: .text)
        self.idempotencyKey = try container.decodeIfPresent(String.self, forKey: .idempotencyKey)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.wake = try container.decodeIfPresent(Bool.self, forKey: .wake)
        self.deviceId = try container.decodeIfPresent(String.self, forKey: .deviceId)
        self.instanceId = try container.decodeIfPresent(String.self, forKey: .instanceId)
        self.host = try container.decodeIfPresent(String.self, forKey: .host)
        self.ip = try container.decodeIfPresent(String.self, forKey: .ip)
        self.mode = try container.decodeIfPresent(String.self, forKey: .mode)
        self.version = try container.decodeIfPresent(String.self, forKey: .version)
        self.platform = try container.decodeIfPresent(String.self, forKey: .platform)
        self.deviceFamily = try container.decodeIfPresent(String.self, forKey: .deviceFamily)
        self.modelIdentifier = try container.decodeIfPresent(String.self, forKey: .modelIdentifier)
        self.lastInputSeconds = try container.decodeIfPresent(Double.self, forKey: .lastInputSeconds)
        self.reason = try container.decodeIfPresent(String.self, forKey: .reason)
        self.roles = try container.decodeIfPresent([String].self, forKey: .roles)
        self.scopes = try container.decodeIfPresent([String].self, forKey: .scopes)
        self.tags = try container.decodeIfPresent([String].self, forKey: .tags)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(idempotencyKey, forKey: .idempotencyKey)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(wake, forKey: .wake)
        try container.encodeIfPresent(deviceId, forKey: .deviceId)
        try container.encodeIfPresent(instanceId, forKey: .instanceId)
        try container.encodeIfPresent(host, forKey: .host)
        try container.encodeIfPresent(ip, forKey: .ip)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(version, forKey: .version)
        try container.encodeIfPresent(platform, forKey: .platform)
        try container.encodeIfPresent(deviceFamily, forKey: .deviceFamily)
        try container.encodeIfPresent(modelIdentifier, forKey: .modelIdentifier)
        try container.encodeIfPresent(lastInputSeconds, forKey: .lastInputSeconds)
        try container.encodeIfPresent(reason, forKey: .reason)
        try container.encodeIfPresent(roles, forKey: .roles)
        try container.encodeIfPresent(scopes, forKey: .scopes)
        try container.encodeIfPresent(tags, forKey: .tags)
    }
}

public struct SystemEventResult: Codable, Sendable, Equatable {
    public let ok: Bool
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(ok: Bool = true, unknownFields: [String: JSONValue] = [:]) {
        self.ok = ok
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        let known: Set<String> = ["ok"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public struct SystemPresenceParams: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public typealias SystemPresenceResult = [PresenceEntry]

/// Periodic keepalive broadcast.
public struct TickEvent: Codable, Sendable, Equatable {
    /// Server time in epoch ms (same for all sockets).
    public let ts: Int64

    public init(ts: Int64) {
        self.ts = ts
    }

    private enum CodingKeys: String, CodingKey {
        case ts = "ts"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ts = try container.decode(Int64.self, forKey: .ts)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ts, forKey: .ts)
    }
}

/// One tool policy layer (profile, allow, alsoAllow, deny).
public struct ToolPolicyConfig: Codable, Sendable, Equatable {
    public let profile: ToolProfile?
    /// Tools this layer admits.
    public let allow: StringList?
    /// Names added to the profile's allow list.
    public let alsoAllow: StringList?
    /// Tools this layer refuses.
    public let deny: StringList?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(profile: ToolProfile? = nil, allow: StringList? = nil, alsoAllow: StringList? = nil, deny: StringList? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.profile = profile
        self.allow = allow
        self.alsoAllow = alsoAllow
        self.deny = deny
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case profile = "profile"
        case allow = "allow"
        case alsoAllow = "alsoAllow"
        case deny = "deny"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.profile = try container.decodeIfPresent(ToolProfile.self, forKey: .profile)
        self.allow = try container.decodeIfPresent(StringList.self, forKey: .allow)
        self.alsoAllow = try container.decodeIfPresent(StringList.self, forKey: .alsoAllow)
        self.deny = try container.decodeIfPresent(StringList.self, forKey: .deny)
        let known: Set<String> = ["profile", "allow", "alsoAllow", "deny"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(profile, forKey: .profile)
        try container.encodeIfPresent(allow, forKey: .allow)
        try container.encodeIfPresent(alsoAllow, forKey: .alsoAllow)
        try container.encodeIfPresent(deny, forKey: .deny)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Base tool allow list.
public enum ToolProfile: String, Codable, Sendable, CaseIterable {
    case minimal = "minimal"
    case coding = "coding"
    case messaging = "messaging"
    case full = "full"
}

/// File tool settings.
public struct ToolsFsConfig: Codable, Sendable, Equatable {
    /// Confine read, write, edit and ls to the agent workspace.
    public let workspaceOnly: Bool?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(workspaceOnly: Bool? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.workspaceOnly = workspaceOnly
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case workspaceOnly = "workspaceOnly"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.workspaceOnly = try container.decodeIfPresent(Bool.self, forKey: .workspaceOnly)
        let known: Set<String> = ["workspaceOnly"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(workspaceOnly, forKey: .workspaceOnly)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Where commands run (auto - the sandbox when the session has one, else the gateway).
public enum ExecHost: String, Codable, Sendable, CaseIterable {
    case auto = "auto"
    case sandbox = "sandbox"
    case gateway = "gateway"
    case node = "node"
}

/// Canonical policy; deny, allowlist, ask (allowlist + on-miss), auto (as ask), full.
public enum ExecMode: String, Codable, Sendable, CaseIterable {
    case deny = "deny"
    case allowlist = "allowlist"
    case ask = "ask"
    case auto = "auto"
    case full = "full"
}

/// Legacy policy - which commands may run without asking.
public enum ExecSecurityLevel: String, Codable, Sendable, CaseIterable {
    case deny = "deny"
    case allowlist = "allowlist"
    case full = "full"
}

/// Legacy policy - when to ask the owner for approval.
public enum ExecAskMode: String, Codable, Sendable, CaseIterable {
    case off = "off"
    case onMiss = "on-miss"
    case always = "always"
}

/// Argument profiles of safe binaries (kept as written).
public struct ToolsExecConfigSafeBinProfiles: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Model reviewer of mode auto (kept as written).
public struct ToolsExecConfigReviewer: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// The apply_patch tool.
public struct ToolsApplyPatchConfig: Codable, Sendable, Equatable {
    /// Offer apply_patch.
    public let enabled: Bool?
    /// Confine apply_patch to the agent workspace.
    public let workspaceOnly: Bool?
    /// Models (model or provider/model) offered apply_patch; empty means all.
    public let allowModels: StringList?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(enabled: Bool? = nil, workspaceOnly: Bool? = nil, allowModels: StringList? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.enabled = enabled
        self.workspaceOnly = workspaceOnly
        self.allowModels = allowModels
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case workspaceOnly = "workspaceOnly"
        case allowModels = "allowModels"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.workspaceOnly = try container.decodeIfPresent(Bool.self, forKey: .workspaceOnly)
        self.allowModels = try container.decodeIfPresent(StringList.self, forKey: .allowModels)
        let known: Set<String> = ["enabled", "workspaceOnly", "allowModels"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(workspaceOnly, forKey: .workspaceOnly)
        try container.encodeIfPresent(allowModels, forKey: .allowModels)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Exec tool settings (config.md tools.exec); a layer's mode replaces its security and ask.
public struct ToolsExecConfig: Codable, Sendable, Equatable {
    /// Where commands run (auto - the sandbox when the session has one, else the gateway).
    public let host: ExecHost?
    /// Canonical policy; deny, allowlist, ask (allowlist + on-miss), auto (as ask), full.
    public let mode: ExecMode?
    /// Legacy policy - which commands may run without asking.
    public let security: ExecSecurityLevel?
    /// Legacy policy - when to ask the owner for approval.
    public let ask: ExecAskMode?
    /// Default node for host node.
    public let node: String?
    /// Directories prepended to PATH of commands.
    public let pathPrepend: StringList?
    /// Stdin-only binaries that satisfy the allowlist without an entry.
    public let safeBins: StringList?
    /// Extra directories safe binaries may resolve in.
    public let safeBinTrustedDirs: StringList?
    /// Argument profiles of safe binaries (kept as written).
    public let safeBinProfiles: ToolsExecConfigSafeBinProfiles?
    /// Inline interpreter code (python -c, node -e) always needs explicit approval.
    public let strictInlineEval: Bool?
    /// Highlight spans in approval prompts.
    public let commandHighlighting: Bool?
    /// Days a standing allow-always grant lasts (unset - until revoked).
    public let grantExpiryDays: Int64?
    /// Model reviewer of mode auto (kept as written).
    public let reviewer: ToolsExecConfigReviewer?
    /// Milliseconds a command runs before it moves to the background (clamped 10-120000).
    public let backgroundMs: Int64?
    /// Seconds before a command is killed.
    public let timeoutSeconds: Double?
    /// Notice after a command approved this long ago still runs (0 - off).
    public let approvalRunningNoticeMs: Int64?
    /// Milliseconds finished background sessions are kept (clamped 60000-10800000).
    public let cleanupMs: Int64?
    /// A system event when a backgrounded command exits.
    public let notifyOnExit: Bool?
    /// Also notify when it exits 0 without output.
    public let notifyOnExitEmptySuccess: Bool?
    /// The apply_patch tool.
    public let applyPatch: ToolsApplyPatchConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(host: ExecHost? = nil, mode: ExecMode? = nil, security: ExecSecurityLevel? = nil, ask: ExecAskMode? = nil, node: String? = nil, pathPrepend: StringList? = nil, safeBins: StringList? = nil, safeBinTrustedDirs: StringList? = nil, safeBinProfiles: ToolsExecConfigSafeBinProfiles? = nil, strictInlineEval: Bool? = nil, commandHighlighting: Bool? = nil, grantExpiryDays: Int64? = nil, reviewer: ToolsExecConfigReviewer? = nil, backgroundMs: Int64? = nil, timeoutSeconds: Double? = nil, approvalRunningNoticeMs: Int64? = nil, cleanupMs: Int64? = nil, notifyOnExit: Bool? = nil, notifyOnExitEmptySuccess: Bool? = nil, applyPatch: ToolsApplyPatchConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.host = host
        self.mode = mode
        self.security = security
        self.ask = ask
        self.node = node
        self.pathPrepend = pathPrepend
        self.safeBins = safeBins
        self.safeBinTrustedDirs = safeBinTrustedDirs
        self.safeBinProfiles = safeBinProfiles
        self.strictInlineEval = strictInlineEval
        self.commandHighlighting = commandHighlighting
        self.grantExpiryDays = grantExpiryDays
        self.reviewer = reviewer
        self.backgroundMs = backgroundMs
        self.timeoutSeconds = timeoutSeconds
        self.approvalRunningNoticeMs = approvalRunningNoticeMs
        self.cleanupMs = cleanupMs
        self.notifyOnExit = notifyOnExit
        self.notifyOnExitEmptySuccess = notifyOnExitEmptySuccess
        self.applyPatch = applyPatch
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case host = "host"
        case mode = "mode"
        case security = "security"
        case ask = "ask"
        case node = "node"
        case pathPrepend = "pathPrepend"
        case safeBins = "safeBins"
        case safeBinTrustedDirs = "safeBinTrustedDirs"
        case safeBinProfiles = "safeBinProfiles"
        case strictInlineEval = "strictInlineEval"
        case commandHighlighting = "commandHighlighting"
        case grantExpiryDays = "grantExpiryDays"
        case reviewer = "reviewer"
        case backgroundMs = "backgroundMs"
        case timeoutSeconds = "timeoutSeconds"
        case approvalRunningNoticeMs = "approvalRunningNoticeMs"
        case cleanupMs = "cleanupMs"
        case notifyOnExit = "notifyOnExit"
        case notifyOnExitEmptySuccess = "notifyOnExitEmptySuccess"
        case applyPatch = "applyPatch"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.host = try container.decodeIfPresent(ExecHost.self, forKey: .host)
        self.mode = try container.decodeIfPresent(ExecMode.self, forKey: .mode)
        self.security = try container.decodeIfPresent(ExecSecurityLevel.self, forKey: .security)
        self.ask = try container.decodeIfPresent(ExecAskMode.self, forKey: .ask)
        self.node = try container.decodeIfPresent(String.self, forKey: .node)
        self.pathPrepend = try container.decodeIfPresent(StringList.self, forKey: .pathPrepend)
        self.safeBins = try container.decodeIfPresent(StringList.self, forKey: .safeBins)
        self.safeBinTrustedDirs = try container.decodeIfPresent(StringList.self, forKey: .safeBinTrustedDirs)
        self.safeBinProfiles = try container.decodeIfPresent(ToolsExecConfigSafeBinProfiles.self, forKey: .safeBinProfiles)
        self.strictInlineEval = try container.decodeIfPresent(Bool.self, forKey: .strictInlineEval)
        self.commandHighlighting = try container.decodeIfPresent(Bool.self, forKey: .commandHighlighting)
        self.grantExpiryDays = try container.decodeIfPresent(Int64.self, forKey: .grantExpiryDays)
        self.reviewer = try container.decodeIfPresent(ToolsExecConfigReviewer.self, forKey: .reviewer)
        self.backgroundMs = try container.decodeIfPresent(Int64.self, forKey: .backgroundMs)
        self.timeoutSeconds = try container.decodeIfPresent(Double.self, forKey: .timeoutSeconds)
        self.approvalRunningNoticeMs = try container.decodeIfPresent(Int64.self, forKey: .approvalRunningNoticeMs)
        self.cleanupMs = try container.decodeIfPresent(Int64.self, forKey: .cleanupMs)
        self.notifyOnExit = try container.decodeIfPresent(Bool.self, forKey: .notifyOnExit)
        self.notifyOnExitEmptySuccess = try container.decodeIfPresent(Bool.self, forKey: .notifyOnExitEmptySuccess)
        self.applyPatch = try container.decodeIfPresent(ToolsApplyPatchConfig.self, forKey: .applyPatch)
        let known: Set<String> = ["host", "mode", "security", "ask", "node", "pathPrepend", "safeBins", "safeBinTrustedDirs", "safeBinProfiles", "strictInlineEval", "commandHighlighting", "grantExpiryDays", "reviewer", "backgroundMs", "timeoutSeconds", "approvalRunningNoticeMs", "cleanupMs", "notifyOnExit", "notifyOnExitEmptySuccess", "applyPatch"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(host, forKey: .host)
        try container.encodeIfPresent(mode, forKey: .mode)
        try container.encodeIfPresent(security, forKey: .security)
        try container.encodeIfPresent(ask, forKey: .ask)
        try container.encodeIfPresent(node, forKey: .node)
        try container.encodeIfPresent(pathPrepend, forKey: .pathPrepend)
        try container.encodeIfPresent(safeBins, forKey: .safeBins)
        try container.encodeIfPresent(safeBinTrustedDirs, forKey: .safeBinTrustedDirs)
        try container.encodeIfPresent(safeBinProfiles, forKey: .safeBinProfiles)
        try container.encodeIfPresent(strictInlineEval, forKey: .strictInlineEval)
        try container.encodeIfPresent(commandHighlighting, forKey: .commandHighlighting)
        try container.encodeIfPresent(grantExpiryDays, forKey: .grantExpiryDays)
        try container.encodeIfPresent(reviewer, forKey: .reviewer)
        try container.encodeIfPresent(backgroundMs, forKey: .backgroundMs)
        try container.encodeIfPresent(timeoutSeconds, forKey: .timeoutSeconds)
        try container.encodeIfPresent(approvalRunningNoticeMs, forKey: .approvalRunningNoticeMs)
        try container.encodeIfPresent(cleanupMs, forKey: .cleanupMs)
        try container.encodeIfPresent(notifyOnExit, forKey: .notifyOnExit)
        try container.encodeIfPresent(notifyOnExitEmptySuccess, forKey: .notifyOnExitEmptySuccess)
        try container.encodeIfPresent(applyPatch, forKey: .applyPatch)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Private-network checks of fetched hosts and every redirect hop.
public struct WebFetchSsrfPolicyConfig: Codable, Sendable, Equatable {
    /// Skip every private-network check.
    public let dangerouslyAllowPrivateNetwork: Bool?
    /// Allow 198.18.0.0/15.
    public let allowRfc2544BenchmarkRange: Bool?
    /// Allow fc00::/7.
    public let allowIpv6UniqueLocalRange: Bool?
    /// Hosts exempt from the checks (exact names).
    public let allowedHostnames: StringList?
    /// Hosts refused (host or *.suffix).
    public let blockedHostnames: StringList?

    public init(dangerouslyAllowPrivateNetwork: Bool? = nil, allowRfc2544BenchmarkRange: Bool? = nil, allowIpv6UniqueLocalRange: Bool? = nil, allowedHostnames: StringList? = nil, blockedHostnames: StringList? = nil) {
        self.dangerouslyAllowPrivateNetwork = dangerouslyAllowPrivateNetwork
        self.allowRfc2544BenchmarkRange = allowRfc2544BenchmarkRange
        self.allowIpv6UniqueLocalRange = allowIpv6UniqueLocalRange
        self.allowedHostnames = allowedHostnames
        self.blockedHostnames = blockedHostnames
    }

    private enum CodingKeys: String, CodingKey {
        case dangerouslyAllowPrivateNetwork = "dangerouslyAllowPrivateNetwork"
        case allowRfc2544BenchmarkRange = "allowRfc2544BenchmarkRange"
        case allowIpv6UniqueLocalRange = "allowIpv6UniqueLocalRange"
        case allowedHostnames = "allowedHostnames"
        case blockedHostnames = "blockedHostnames"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.dangerouslyAllowPrivateNetwork = try container.decodeIfPresent(Bool.self, forKey: .dangerouslyAllowPrivateNetwork)
        self.allowRfc2544BenchmarkRange = try container.decodeIfPresent(Bool.self, forKey: .allowRfc2544BenchmarkRange)
        self.allowIpv6UniqueLocalRange = try container.decodeIfPresent(Bool.self, forKey: .allowIpv6UniqueLocalRange)
        self.allowedHostnames = try container.decodeIfPresent(StringList.self, forKey: .allowedHostnames)
        self.blockedHostnames = try container.decodeIfPresent(StringList.self, forKey: .blockedHostnames)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(dangerouslyAllowPrivateNetwork, forKey: .dangerouslyAllowPrivateNetwork)
        try container.encodeIfPresent(allowRfc2544BenchmarkRange, forKey: .allowRfc2544BenchmarkRange)
        try container.encodeIfPresent(allowIpv6UniqueLocalRange, forKey: .allowIpv6UniqueLocalRange)
        try container.encodeIfPresent(allowedHostnames, forKey: .allowedHostnames)
        try container.encodeIfPresent(blockedHostnames, forKey: .blockedHostnames)
    }
}

/// The web_fetch tool (methods.md 12.1 web_fetch).
public struct ToolsWebFetchConfig: Codable, Sendable, Equatable {
    /// Offer web_fetch (false - the tool is not built).
    public let enabled: Bool?
    /// Characters of wrapped page text returned (a call's maxChars wins; capped by maxCharsCap).
    public let maxChars: Int64?
    /// Upper bound for maxChars.
    public let maxCharsCap: Int64?
    /// Response body bytes read (clamped to 32000-10000000).
    public let maxResponseBytes: Int64?
    /// Whole-request timeout in seconds.
    public let timeoutSeconds: Double?
    /// Results are reused for this long per URL, mode and maxChars (0 - no cache).
    public let cacheTtlMinutes: Double?
    /// Redirects followed, each hop checked again.
    public let maxRedirects: Int64?
    /// User-Agent header of fetches.
    public let userAgent: String?
    /// Extra request headers (reserved names such as host and user-agent are dropped).
    public let headers: [String: String]?
    /// Extract the main content of HTML pages.
    public let readability: Bool?
    /// Fallback fetch provider id (plugin; not in core, kept as written).
    public let provider: String?
    /// Fetch through HTTP(S)_PROXY from the environment.
    public let useTrustedEnvProxy: Bool?
    /// Private-network checks of fetched hosts and every redirect hop.
    public let ssrfPolicy: WebFetchSsrfPolicyConfig?

    public init(enabled: Bool? = nil, maxChars: Int64? = nil, maxCharsCap: Int64? = nil, maxResponseBytes: Int64? = nil, timeoutSeconds: Double? = nil, cacheTtlMinutes: Double? = nil, maxRedirects: Int64? = nil, userAgent: String? = nil, headers: [String: String]? = nil, readability: Bool? = nil, provider: String? = nil, useTrustedEnvProxy: Bool? = nil, ssrfPolicy: WebFetchSsrfPolicyConfig? = nil) {
        self.enabled = enabled
        self.maxChars = maxChars
        self.maxCharsCap = maxCharsCap
        self.maxResponseBytes = maxResponseBytes
        self.timeoutSeconds = timeoutSeconds
        self.cacheTtlMinutes = cacheTtlMinutes
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
        self.headers = headers
        self.readability = readability
        self.provider = provider
        self.useTrustedEnvProxy = useTrustedEnvProxy
        self.ssrfPolicy = ssrfPolicy
    }

    private enum CodingKeys: String, CodingKey {
        case enabled = "enabled"
        case maxChars = "maxChars"
        case maxCharsCap = "maxCharsCap"
        case maxResponseBytes = "maxResponseBytes"
        case timeoutSeconds = "timeoutSeconds"
        case cacheTtlMinutes = "cacheTtlMinutes"
        case maxRedirects = "maxRedirects"
        case userAgent = "userAgent"
        case headers = "headers"
        case readability = "readability"
        case provider = "provider"
        case useTrustedEnvProxy = "useTrustedEnvProxy"
        case ssrfPolicy = "ssrfPolicy"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        self.maxChars = try container.decodeIfPresent(Int64.self, forKey: .maxChars)
        self.maxCharsCap = try container.decodeIfPresent(Int64.self, forKey: .maxCharsCap)
        self.maxResponseBytes = try container.decodeIfPresent(Int64.self, forKey: .maxResponseBytes)
        self.timeoutSeconds = try container.decodeIfPresent(Double.self, forKey: .timeoutSeconds)
        self.cacheTtlMinutes = try container.decodeIfPresent(Double.self, forKey: .cacheTtlMinutes)
        self.maxRedirects = try container.decodeIfPresent(Int64.self, forKey: .maxRedirects)
        self.userAgent = try container.decodeIfPresent(String.self, forKey: .userAgent)
        self.headers = try container.decodeIfPresent([String: String].self, forKey: .headers)
        self.readability = try container.decodeIfPresent(Bool.self, forKey: .readability)
        self.provider = try container.decodeIfPresent(String.self, forKey: .provider)
        self.useTrustedEnvProxy = try container.decodeIfPresent(Bool.self, forKey: .useTrustedEnvProxy)
        self.ssrfPolicy = try container.decodeIfPresent(WebFetchSsrfPolicyConfig.self, forKey: .ssrfPolicy)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(enabled, forKey: .enabled)
        try container.encodeIfPresent(maxChars, forKey: .maxChars)
        try container.encodeIfPresent(maxCharsCap, forKey: .maxCharsCap)
        try container.encodeIfPresent(maxResponseBytes, forKey: .maxResponseBytes)
        try container.encodeIfPresent(timeoutSeconds, forKey: .timeoutSeconds)
        try container.encodeIfPresent(cacheTtlMinutes, forKey: .cacheTtlMinutes)
        try container.encodeIfPresent(maxRedirects, forKey: .maxRedirects)
        try container.encodeIfPresent(userAgent, forKey: .userAgent)
        try container.encodeIfPresent(headers, forKey: .headers)
        try container.encodeIfPresent(readability, forKey: .readability)
        try container.encodeIfPresent(provider, forKey: .provider)
        try container.encodeIfPresent(useTrustedEnvProxy, forKey: .useTrustedEnvProxy)
        try container.encodeIfPresent(ssrfPolicy, forKey: .ssrfPolicy)
    }
}

/// Web tools (core implements fetch; other keys are kept as they came).
public struct ToolsWebConfig: Codable, Sendable, Equatable {
    /// The web_fetch tool (methods.md 12.1 web_fetch).
    public let fetch: ToolsWebFetchConfig?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(fetch: ToolsWebFetchConfig? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.fetch = fetch
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case fetch = "fetch"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.fetch = try container.decodeIfPresent(ToolsWebFetchConfig.self, forKey: .fetch)
        let known: Set<String> = ["fetch"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(fetch, forKey: .fetch)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// Agent tool policy and tool settings (config.md tools); keys outside core are kept as they came.
public struct ToolsConfig: Codable, Sendable, Equatable {
    public let profile: ToolProfile?
    /// Tools (names, globs, group:<id>) this layer admits; empty or absent admits all.
    public let allow: StringList?
    /// Names added to the profile's allow list.
    public let alsoAllow: StringList?
    /// Tools this layer refuses; deny wins over allow.
    public let deny: StringList?
    /// Policy layers keyed by model provider or provider/model.
    public let byProvider: [String: ToolPolicyConfig]?
    /// File tool settings.
    public let fs: ToolsFsConfig?
    /// Exec tool settings (config.md tools.exec); a layer's mode replaces its security and ask.
    public let exec: ToolsExecConfig?
    /// Web tools (core implements fetch; other keys are kept as they came).
    public let web: ToolsWebConfig?
    /// Gateway extension, not in the reference schema - model calls one run may make while tools are called (default 25).
    public let maxSteps: Int64?
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(profile: ToolProfile? = nil, allow: StringList? = nil, alsoAllow: StringList? = nil, deny: StringList? = nil, byProvider: [String: ToolPolicyConfig]? = nil, fs: ToolsFsConfig? = nil, exec: ToolsExecConfig? = nil, web: ToolsWebConfig? = nil, maxSteps: Int64? = nil, unknownFields: [String: JSONValue] = [:]) {
        self.profile = profile
        self.allow = allow
        self.alsoAllow = alsoAllow
        self.deny = deny
        self.byProvider = byProvider
        self.fs = fs
        self.exec = exec
        self.web = web
        self.maxSteps = maxSteps
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case profile = "profile"
        case allow = "allow"
        case alsoAllow = "alsoAllow"
        case deny = "deny"
        case byProvider = "byProvider"
        case fs = "fs"
        case exec = "exec"
        case web = "web"
        case maxSteps = "maxSteps"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.profile = try container.decodeIfPresent(ToolProfile.self, forKey: .profile)
        self.allow = try container.decodeIfPresent(StringList.self, forKey: .allow)
        self.alsoAllow = try container.decodeIfPresent(StringList.self, forKey: .alsoAllow)
        self.deny = try container.decodeIfPresent(StringList.self, forKey: .deny)
        self.byProvider = try container.decodeIfPresent([String: ToolPolicyConfig].self, forKey: .byProvider)
        self.fs = try container.decodeIfPresent(ToolsFsConfig.self, forKey: .fs)
        self.exec = try container.decodeIfPresent(ToolsExecConfig.self, forKey: .exec)
        self.web = try container.decodeIfPresent(ToolsWebConfig.self, forKey: .web)
        self.maxSteps = try container.decodeIfPresent(Int64.self, forKey: .maxSteps)
        let known: Set<String> = ["profile", "allow", "alsoAllow", "deny", "byProvider", "fs", "exec", "web", "maxSteps"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(profile, forKey: .profile)
        try container.encodeIfPresent(allow, forKey: .allow)
        try container.encodeIfPresent(alsoAllow, forKey: .alsoAllow)
        try container.encodeIfPresent(deny, forKey: .deny)
        try container.encodeIfPresent(byProvider, forKey: .byProvider)
        try container.encodeIfPresent(fs, forKey: .fs)
        try container.encodeIfPresent(exec, forKey: .exec)
        try container.encodeIfPresent(web, forKey: .web)
        try container.encodeIfPresent(maxSteps, forKey: .maxSteps)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

/// The tool's arguments.
public struct ToolsInvokeParamsArgs: Codable, Sendable, Equatable {
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(unknownFields: [String: JSONValue] = [:]) {
        self.unknownFields = unknownFields
    }

    public init(from decoder: Decoder) throws {
        let known: Set<String> = []
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

public enum ToolsInvokeReadOrigin: String, Codable, Sendable, CaseIterable {
    case directOperator = "direct-operator"
}

public struct ToolsInvokeParams: Codable, Sendable, Equatable {
    /// Tool name; cron is the legacy name of automations. Blank is refused by the handler.
    public let name: String
    /// The tool's arguments.
    public let args: ToolsInvokeParamsArgs?
    public let sessionKey: String?
    public let agentId: String?
    /// Request an approval instead of reporting requires_approval.
    public let confirm: Bool?
    public let idempotencyKey: String?
    public let conversationReadOrigin: ToolsInvokeReadOrigin?

    public init(name: String, args: ToolsInvokeParamsArgs? = nil, sessionKey: String? = nil, agentId: String? = nil, confirm: Bool? = nil, idempotencyKey: String? = nil, conversationReadOrigin: ToolsInvokeReadOrigin? = nil) {
        self.name = name
        self.args = args
        self.sessionKey = sessionKey
        self.agentId = agentId
        self.confirm = confirm
        self.idempotencyKey = idempotencyKey
        self.conversationReadOrigin = conversationReadOrigin
    }

    private enum CodingKeys: String, CodingKey {
        case name = "name"
        case args = "args"
        case sessionKey = "sessionKey"
        case agentId = "agentId"
        case confirm = "confirm"
        case idempotencyKey = "idempotencyKey"
        case conversationReadOrigin = "conversationReadOrigin"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.name = try container.decode(String.self, forKey: .name)
        self.args = try container.decodeIfPresent(ToolsInvokeParamsArgs.self, forKey: .args)
        self.sessionKey = try container.decodeIfPresent(String.self, forKey: .sessionKey)
        self.agentId = try container.decodeIfPresent(String.self, forKey: .agentId)
        self.confirm = try container.decodeIfPresent(Bool.self, forKey: .confirm)
        self.idempotencyKey = try container.decodeIfPresent(String.self, forKey: .idempotencyKey)
        self.conversationReadOrigin = try container.decodeIfPresent(ToolsInvokeReadOrigin.self, forKey: .conversationReadOrigin)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(args, forKey: .args)
        try container.encodeIfPresent(sessionKey, forKey: .sessionKey)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encodeIfPresent(confirm, forKey: .confirm)
        try container.encodeIfPresent(idempotencyKey, forKey: .idempotencyKey)
        try container.encodeIfPresent(conversationReadOrigin, forKey: .conversationReadOrigin)
    }
}

public enum ToolsInvokeErrorCode: String, Codable, Sendable, CaseIterable {
    case requiresApproval = "requires_approval"
    case validationError = "validation_error"
    case notFound = "not_found"
    case forbidden = "forbidden"
    case internalError = "internal_error"
}

public struct ToolsInvokeError: Codable, Sendable, Equatable {
    public let code: ToolsInvokeErrorCode
    public let message: String

    public init(code: ToolsInvokeErrorCode, message: String) {
        self.code = code
        self.message = message
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case message = "message"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(ToolsInvokeErrorCode.self, forKey: .code)
        self.message = try container.decode(String.self, forKey: .message)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
    }
}

public struct ToolsInvokeResult: Codable, Sendable, Equatable {
    public let ok: Bool
    public let toolName: String
    /// The tool's output (success only).
    public let output: JSONValue?
    /// Where the tool comes from: core, plugin, channel (success only).
    public let source: String?
    public let requiresApproval: Bool?
    public let error: ToolsInvokeError?

    public init(ok: Bool, toolName: String, output: JSONValue? = nil, source: String? = nil, requiresApproval: Bool? = nil, error: ToolsInvokeError? = nil) {
        self.ok = ok
        self.toolName = toolName
        self.output = output
        self.source = source
        self.requiresApproval = requiresApproval
        self.error = error
    }

    private enum CodingKeys: String, CodingKey {
        case ok = "ok"
        case toolName = "toolName"
        case output = "output"
        case source = "source"
        case requiresApproval = "requiresApproval"
        case error = "error"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.ok = try container.decode(Bool.self, forKey: .ok)
        self.toolName = try container.decode(String.self, forKey: .toolName)
        self.output = try container.decodeIfPresent(JSONValue.self, forKey: .output)
        self.source = try container.decodeIfPresent(String.self, forKey: .source)
        self.requiresApproval = try container.decodeIfPresent(Bool.self, forKey: .requiresApproval)
        self.error = try container.decodeIfPresent(ToolsInvokeError.self, forKey: .error)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ok, forKey: .ok)
        try container.encode(toolName, forKey: .toolName)
        try container.encodeIfPresent(output, forKey: .output)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(requiresApproval, forKey: .requiresApproval)
        try container.encodeIfPresent(error, forKey: .error)
    }
}

/// Details of an error naming an unknown agent.
public struct UnknownAgentIdDetails: Codable, Sendable, Equatable {
    public let code: String
    /// The agent id that was not found.
    public let agentId: String
    /// Members not described by the schema, kept as they came.
    public let unknownFields: [String: JSONValue]

    public init(code: String = "UNKNOWN_AGENT_ID", agentId: String, unknownFields: [String: JSONValue] = [:]) {
        self.code = code
        self.agentId = agentId
        self.unknownFields = unknownFields
    }

    private enum CodingKeys: String, CodingKey {
        case code = "code"
        case agentId = "agentId"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(String.self, forKey: .code)
        self.agentId = try container.decode(String.self, forKey: .agentId)
        let known: Set<String> = ["code", "agentId"]
        let all = try decoder.container(keyedBy: AnyCodingKey.self)
        var rest: [String: JSONValue] = [:]
        for key in all.allKeys where !known.contains(key.stringValue) {
            rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)
        }
        self.unknownFields = rest
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(agentId, forKey: .agentId)
        var rest = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in unknownFields {
            try rest.encode(value, forKey: AnyCodingKey(key))
        }
    }
}
