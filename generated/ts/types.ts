// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.

export interface AbortResult {
  readonly ok: true;
  readonly aborted: boolean;
  readonly runIds: readonly string[];
  readonly [key: string]: unknown;
}

// in_flight is the one response to a duplicate idempotencyKey while the first run is still going.
export type AgentAcceptedStatus = "accepted" | "in_flight";

export interface AgentAccepted {
  readonly runId: string;
  // Only when the request gave one (observed 2026.9.6).
  readonly sessionKey?: string;
  readonly agentId?: string;
  // in_flight is the one response to a duplicate idempotencyKey while the first run is still going.
  readonly status: AgentAcceptedStatus;
  readonly acceptedAt?: number;
  readonly runtime?: string;
  readonly taskRunId?: string;
  readonly [key: string]: unknown;
}

// Which models may be chosen by overrides.
export interface AgentModelPolicyConfig {
  // Allowed "provider/model" ids for overrides.
  readonly allow?: StringList;
  readonly [key: string]: unknown;
}

// Models used for media generation.
export interface AgentMediaModelsConfig {
  // Image generation model.
  readonly image?: AgentModelSelection;
  // Video generation model.
  readonly video?: AgentModelSelection;
  // Music generation model.
  readonly music?: AgentModelSelection;
  readonly [key: string]: unknown;
}

// Default fast mode, true/false or a named mode such as auto.
export type FastModeSetting = boolean | string;

// Default verbose level.
export type VerboseLevel = "off" | "on" | "full";

// Agent that owns ambient work.
export interface SystemAgentConfig {
  // Id of the system agent.
  readonly agentId?: string;
  readonly [key: string]: unknown;
}

// Context compaction settings (out of core; kept as JSON).
export interface AgentDefaultsConfigCompaction {
  readonly [key: string]: unknown;
}

// Tool-result pruning settings (out of core; kept as JSON).
export interface AgentDefaultsConfigContextPruning {
  readonly [key: string]: unknown;
}

// Settings inherited by every agent.
export interface AgentDefaultsConfig {
  // Agent workspace directory; ~ is expanded; wins over OPENCLAW_WORKSPACE_DIR.
  readonly workspace?: string;
  // Working directory for agent tools.
  readonly cwd?: string;
  // Repository root shown to the agent.
  readonly repoRoot?: string;
  // Default chat model.
  readonly model?: AgentModelSelection;
  // Per-model settings keyed by "provider/model" ("provider/*" lists all discovered).
  readonly models?: { readonly [key: string]: AgentModelEntryConfig };
  // Which models may be chosen by overrides.
  readonly modelPolicy?: AgentModelPolicyConfig;
  // Cheap model for titles, summaries and other utility calls.
  readonly utilityModel?: AgentModelSelection;
  // Model used for image understanding.
  readonly imageModel?: AgentModelSelection;
  // Model used for PDF understanding.
  readonly pdfModel?: AgentModelSelection;
  // Models used for media generation.
  readonly mediaModels?: AgentMediaModelsConfig;
  // Default thinking level, e.g. off, low, medium, high.
  readonly thinkingDefault?: string;
  // Default fast mode, true/false or a named mode such as auto.
  readonly fastModeDefault?: FastModeSetting;
  // Default verbose level.
  readonly verboseDefault?: VerboseLevel;
  // Default reasoning visibility, e.g. on, off, stream.
  readonly reasoningDefault?: string;
  // Default elevated-tools mode.
  readonly elevatedDefault?: string;
  // Agent turn timeout in seconds; 0 means unlimited.
  readonly timeoutSeconds?: number;
  // Maximum chat attachment size in MB.
  readonly mediaMaxMb?: number;
  // Maximum concurrent agent runs (default max(8, 4 x CPUs)).
  readonly maxConcurrent?: number;
  readonly heartbeat?: HeartbeatConfig;
  // Agent that owns ambient work.
  readonly systemAgent?: SystemAgentConfig;
  // Context compaction settings (out of core; kept as JSON).
  readonly compaction?: AgentDefaultsConfigCompaction;
  // Tool-result pruning settings (out of core; kept as JSON).
  readonly contextPruning?: AgentDefaultsConfigContextPruning;
  readonly sandbox?: AgentSandboxConfig;
  readonly [key: string]: unknown;
}

// Group chat behaviour.
export interface AgentGroupChatConfig {
  // Regexes that count as mentioning the agent.
  readonly mentionPatterns?: StringList;
  readonly [key: string]: unknown;
}

// Sub-agent settings (kept as JSON).
export interface AgentEntryConfigSubagents {
  readonly [key: string]: unknown;
}

// One agent's settings; unset keys inherit agents.defaults.
export interface AgentEntryConfig {
  // Agent id; required in the legacy agents.list form, implied by the key in entries.
  readonly id?: string;
  // Mark this agent as the default agent.
  readonly default?: boolean;
  // Display name.
  readonly name?: string;
  // Workspace directory of this agent.
  readonly workspace?: string;
  // Directory for the agent's private state.
  readonly agentDir?: string;
  // Model override for this agent.
  readonly model?: AgentModelSelection;
  readonly identity?: IdentityConfig;
  // Group chat behaviour.
  readonly groupChat?: AgentGroupChatConfig;
  readonly sandbox?: AgentSandboxConfig;
  // This agent's tool policy; its fs and exec fields override the global ones field by field.
  readonly tools?: ToolsConfig;
  // Skills enabled for this agent.
  readonly skills?: StringList;
  readonly heartbeat?: HeartbeatConfig;
  // Sub-agent settings (kept as JSON).
  readonly subagents?: AgentEntryConfigSubagents;
  readonly [key: string]: unknown;
}

export interface AgentErrorPayload {
  readonly runId: string;
  readonly status: AgentRunStatus;
  readonly summary: string;
  readonly [key: string]: unknown;
}

export interface AgentEventData {
  readonly [key: string]: unknown;
}

// seq is per run (the first event of a run is 1). sessionKey, agentId and sessionId are sent by 2026.9.6 although the 2026.9.1 schema does not list them.
export interface AgentEvent {
  readonly runId: string;
  readonly seq: number;
  readonly stream: string;
  readonly ts: number;
  readonly data: AgentEventData;
  readonly spawnedBy?: string;
  readonly isHeartbeat?: boolean;
  readonly sessionKey?: string;
  readonly agentId?: string;
  readonly sessionId?: string;
}

export interface AgentIdentityGetParams {
  readonly agentId?: string;
  readonly sessionKey?: string;
}

export type AgentNameSource = "config" | "agent" | "workspace" | "default";

export type AgentAvatarStatus = "none" | "local" | "remote" | "data";

export interface AgentIdentityGetResult {
  readonly agentId: string;
  readonly name?: string;
  readonly nameSource?: AgentNameSource;
  readonly avatar?: string;
  readonly avatarSource?: string;
  readonly avatarStatus?: AgentAvatarStatus;
  readonly avatarReason?: string;
  readonly emoji?: string;
}

// Primary model plus ordered fallbacks.
export interface AgentModelConfig {
  // Model used first, as "provider/model" or an alias.
  readonly primary?: string;
  // Models tried in order when the primary fails.
  readonly fallbacks?: StringList;
  readonly [key: string]: unknown;
}

// Provider request parameters merged into calls for this model.
export interface AgentModelEntryConfigParams {
  readonly [key: string]: unknown;
}

// Per-model settings under agents.defaults.models.
export interface AgentModelEntryConfig {
  // Short name usable instead of "provider/model", e.g. opus.
  readonly alias?: string;
  // Provider request parameters merged into calls for this model.
  readonly params?: AgentModelEntryConfigParams;
  // Runtime selection for this model (kept as JSON).
  readonly agentRuntime?: unknown;
  // Code-mode settings for this model (kept as JSON).
  readonly codeMode?: unknown;
  readonly [key: string]: unknown;
}

// A "provider/model" string, or a primary model with fallbacks.
export type AgentModelSelection = string | AgentModelConfig;

export type AgentPromptMode = "full" | "minimal" | "none";

// One agent turn (closed; the reference's internal fields are accepted and ignored).
export interface AgentParams {
  readonly message: string;
  readonly idempotencyKey: string;
  readonly agentId?: string;
  readonly sessionKey?: string;
  readonly sessionId?: string;
  readonly to?: string;
  readonly replyTo?: string;
  readonly provider?: string;
  readonly model?: string;
  readonly thinking?: string;
  readonly deliver?: boolean;
  readonly bestEffortDeliver?: boolean;
  readonly channel?: string;
  readonly replyChannel?: string;
  readonly accountId?: string;
  readonly replyAccountId?: string;
  readonly threadId?: unknown;
  readonly groupId?: string;
  // Seconds; 0 = no limit.
  readonly timeout?: number;
  readonly attachments?: readonly unknown[];
  readonly label?: string;
  readonly lane?: string;
  readonly cwd?: string;
  readonly extraSystemPrompt?: string;
  readonly promptMode?: AgentPromptMode;
  readonly modelRun?: boolean;
  readonly expectedExistingSessionId?: string;
  readonly inputProvenance?: unknown;
  readonly sessionEffects?: string;
  readonly suppressPromptPersistence?: boolean;
}

export interface AgentPayload {
  readonly text?: string;
  readonly mediaUrl?: string;
  readonly mediaUrls?: readonly string[];
  readonly [key: string]: unknown;
}

export interface AgentRunResult {
  readonly payloads: readonly AgentPayload[];
  readonly meta?: unknown;
  readonly deliveryStatus?: unknown;
  readonly [key: string]: unknown;
}

// The final answer of a run: summary is completed (ok), failed (error) or aborted (timeout).
export interface AgentResult {
  readonly runId: string;
  readonly status: AgentRunStatus;
  readonly summary: string;
  readonly stopReason?: string;
  readonly timeoutPhase?: string;
  readonly providerStarted?: boolean;
  readonly result?: AgentRunResult;
  readonly inputProcessingCompleted?: true;
  readonly [key: string]: unknown;
}

export type AgentRunStatus = "ok" | "error" | "timeout";

// Which sessions run sandboxed.
export type SandboxMode = "off" | "non-main" | "all";

// How sandbox containers are shared.
export type SandboxScope = "session" | "agent" | "shared";

// Workspace mount inside the sandbox.
export type SandboxWorkspaceAccess = "none" | "ro" | "rw";

// Docker container settings (kept as JSON).
export interface AgentSandboxConfigDocker {
  readonly [key: string]: unknown;
}

// Tool sandboxing (out of core; typed for the common keys).
export interface AgentSandboxConfig {
  // Which sessions run sandboxed.
  readonly mode?: SandboxMode;
  // How sandbox containers are shared.
  readonly scope?: SandboxScope;
  // Workspace mount inside the sandbox.
  readonly workspaceAccess?: SandboxWorkspaceAccess;
  // Docker container settings (kept as JSON).
  readonly docker?: AgentSandboxConfigDocker;
  readonly [key: string]: unknown;
}

export type AgentKind = "agent" | "system";

export interface AgentSummaryIdentity {
  readonly name?: string;
  readonly theme?: string;
  readonly emoji?: string;
  readonly avatar?: string;
  readonly avatarUrl?: string;
  readonly [key: string]: unknown;
}

export interface AgentSummaryModel {
  readonly primary?: string;
  readonly fallbacks?: readonly string[];
  readonly [key: string]: unknown;
}

export interface AgentSummary {
  readonly id: string;
  readonly kind?: AgentKind;
  readonly name?: string;
  readonly identity?: AgentSummaryIdentity;
  readonly workspace?: string;
  readonly model?: AgentSummaryModel;
  readonly thinkingDefault?: string;
  readonly [key: string]: unknown;
}

export interface AgentWaitParams {
  readonly runId: string;
  readonly timeoutMs?: number;
}

export type AgentWaitStatus = "ok" | "error" | "timeout" | "pending";

export interface AgentWaitResult {
  readonly runId: string;
  readonly status: AgentWaitStatus;
  readonly endedAt?: number;
  readonly stopReason?: string | null;
  readonly livenessState?: string;
  readonly timeoutPhase?: string;
  readonly providerStarted?: boolean;
  readonly [key: string]: unknown;
}

// Agent defaults and per-agent entries.
export interface AgentsConfig {
  readonly defaults?: AgentDefaultsConfig;
  // Per-agent settings keyed by agent id (v4 form).
  readonly entries?: { readonly [key: string]: AgentEntryConfig };
  // Legacy array form of entries; each item needs id and is persisted as entries.
  readonly list?: readonly AgentEntryConfig[];
  // Agent ownership policy, e.g. explicit.
  readonly ownership?: string;
  readonly [key: string]: unknown;
}

export interface AgentsListParams {
}

export type AgentsListScope = "per-sender" | "global";

export type AgentsOwnership = "sole" | "legacy" | "explicit";

export interface AgentsListResult {
  readonly defaultId: string;
  readonly mainKey: string;
  readonly scope: AgentsListScope;
  readonly agents: readonly AgentSummary[];
  readonly ownership?: AgentsOwnership;
  readonly selectionRequired?: boolean;
}

// Model provider credential profiles (out of core).
export interface AuthConfig {
  // Credential profiles keyed by profile id, e.g. anthropic:api.
  readonly profiles?: { readonly [key: string]: AuthProfileConfig };
  // Profile ids tried per provider, in order.
  readonly order?: { readonly [key: string]: StringList };
  readonly [key: string]: unknown;
}

export type AuthFailureCode = "AUTH_TOKEN_MISSING" | "AUTH_TOKEN_MISMATCH" | "AUTH_TOKEN_NOT_CONFIGURED" | "AUTH_PASSWORD_MISSING" | "AUTH_PASSWORD_MISMATCH" | "AUTH_PASSWORD_NOT_CONFIGURED" | "AUTH_RATE_LIMITED" | "AUTH_DEVICE_TOKEN_MISMATCH" | "AUTH_SCOPE_MISMATCH" | "AUTH_UNAUTHORIZED" | "AUTH_REQUIRED";

// Details of a connect-time shared-secret or device-token authentication failure.
export interface AuthFailureDetails {
  readonly code: AuthFailureCode;
  // Machine reason, e.g. token_missing, token_mismatch, token_missing_config, password_missing, password_mismatch, password_missing_config, rate_limited, device_token_mismatch, scope_mismatch.
  readonly authReason?: string;
  // True when retrying with a device token could succeed.
  readonly canRetryWithDeviceToken: boolean;
  // Hint for the client, e.g. update_auth_configuration, update_auth_credentials, retry_with_device_token, wait_then_retry, review_auth_configuration.
  readonly recommendedNextStep?: string;
  readonly [key: string]: unknown;
}

// One provider credential profile; secrets live in the state store.
export interface AuthProfileConfig {
  // Provider id.
  readonly provider?: string;
  // Credential kind, e.g. api_key, oauth, token.
  readonly mode?: string;
  // Account e-mail for OAuth profiles.
  readonly email?: string;
  readonly [key: string]: unknown;
}

// Specific conversation.
export interface BindingPeer {
  // Peer kind, e.g. direct, group or channel.
  readonly kind?: string;
  // Peer id on the channel.
  readonly id?: string;
  readonly [key: string]: unknown;
}

// Traffic selector.
export interface BindingMatch {
  // Channel id, e.g. telegram.
  readonly channel: string;
  // Channel account id ("*" for any).
  readonly accountId?: string;
  // Specific conversation.
  readonly peer?: BindingPeer;
  // Discord guild id.
  readonly guildId?: string;
  // Slack/Teams team id.
  readonly teamId?: string;
  readonly [key: string]: unknown;
}

// Session keying overrides for matching traffic.
export interface BindingSessionConfig {
  readonly dmScope?: DmScope;
  readonly groupScope?: GroupScope;
  readonly [key: string]: unknown;
}

// Routes matching inbound traffic to an agent.
export interface BindingConfig {
  // Agent that receives matching traffic.
  readonly agentId: string;
  // Traffic selector.
  readonly match: BindingMatch;
  // Session keying overrides for matching traffic.
  readonly session?: BindingSessionConfig;
  readonly [key: string]: unknown;
}

// Byte count as an integer or a size string like "10gb".
export type ByteSize = number | string;

// Legacy separate canvas listener; v4 serves canvas on the gateway port.
export interface CanvasHostConfig {
  // Start the legacy canvas listener.
  readonly enabled?: boolean;
  // Port of the legacy canvas listener.
  readonly port?: number;
  // Directory served as the canvas root.
  readonly root?: string;
  readonly [key: string]: unknown;
}

// One account of a channel; unset keys inherit the channel block.
export interface ChannelAccountConfig {
  // Display name of the account.
  readonly name?: string;
  // Start this account.
  readonly enabled?: boolean;
  readonly dmPolicy?: DmPolicy;
  // Senders allowed to DM.
  readonly allowFrom?: StringList;
  readonly groupPolicy?: GroupPolicy;
  // Senders allowed in groups.
  readonly groupAllowFrom?: StringList;
  // Per-group settings keyed by group id or "*".
  readonly groups?: { readonly [key: string]: ChannelGroupConfig };
  readonly healthMonitor?: ChannelHealthMonitorConfig;
  // Bot token (Telegram, Slack).
  readonly botToken?: SecretInput;
  // Bot token (Discord).
  readonly token?: SecretInput;
  // App-level token (Slack Socket Mode).
  readonly appToken?: SecretInput;
  readonly [key: string]: unknown;
}

// One channel account; an omitted accountId is the channel's default account.
export interface ChannelAccountParams {
  // Channel id.
  readonly channel: string;
  // Account id.
  readonly accountId?: string;
  readonly [key: string]: unknown;
}

// Settings of one messaging channel (plugin-specific keys kept as JSON).
export interface ChannelConfig {
  // Start this channel.
  readonly enabled?: boolean;
  // Direct-message access policy; open requires allowFrom ["*"].
  readonly dmPolicy?: DmPolicy;
  // Senders allowed to DM (E.164, tg:<id>, user ids, "*").
  readonly allowFrom?: StringList;
  // Group access policy.
  readonly groupPolicy?: GroupPolicy;
  // Senders allowed in groups.
  readonly groupAllowFrom?: StringList;
  // Per-group settings keyed by group id or "*".
  readonly groups?: { readonly [key: string]: ChannelGroupConfig };
  // Per-account overrides keyed by account id.
  readonly accounts?: { readonly [key: string]: ChannelAccountConfig };
  readonly healthMonitor?: ChannelHealthMonitorConfig;
  // Bot token (Telegram, Slack).
  readonly botToken?: SecretInput;
  // Bot token (Discord).
  readonly token?: SecretInput;
  // App-level token (Slack Socket Mode).
  readonly appToken?: SecretInput;
  readonly [key: string]: unknown;
}

// How heartbeat results show in chats.
export interface HeartbeatVisibilityConfig {
  // Show heartbeat turns that found nothing to report.
  readonly showOk?: boolean;
  // Show heartbeat alerts.
  readonly showAlerts?: boolean;
  // Show a status indicator instead of a message.
  readonly useIndicator?: boolean;
  readonly [key: string]: unknown;
}

// Defaults applied to every channel.
export interface ChannelDefaultsConfig {
  readonly groupPolicy?: GroupPolicy;
  // Which surrounding messages the agent sees.
  readonly contextVisibility?: string;
  // Implicit mention handling (kept as JSON).
  readonly implicitMentions?: unknown;
  // How heartbeat results show in chats.
  readonly heartbeatVisibility?: HeartbeatVisibilityConfig;
  readonly [key: string]: unknown;
}

// Settings for one group or all groups ("*").
export interface ChannelGroupConfig {
  // Answer only when the bot is mentioned.
  readonly requireMention?: boolean;
  readonly [key: string]: unknown;
}

// Channel connection health monitoring.
export interface ChannelHealthMonitorConfig {
  // Monitor and restart unhealthy connections.
  readonly enabled?: boolean;
  readonly [key: string]: unknown;
}

// Messaging channel settings keyed by channel id; other channels are kept as JSON.
export interface ChannelsConfig {
  readonly defaults?: ChannelDefaultsConfig;
  // Model per channel and peer/group id, as "provider/model".
  readonly modelByChannel?: { readonly [key: string]: { readonly [key: string]: string } };
  readonly whatsapp?: ChannelConfig;
  readonly telegram?: ChannelConfig;
  readonly discord?: ChannelConfig;
  readonly slack?: ChannelConfig;
  readonly signal?: ChannelConfig;
  readonly imessage?: ChannelConfig;
  readonly [key: string]: unknown;
}

export interface ChannelsLogoutResult {
  // Channel id.
  readonly channel: string;
  // Account id.
  readonly accountId: string;
  // Whether stored credentials were removed.
  readonly cleared: boolean;
  // Whether the account is stopped now.
  readonly loggedOut: boolean;
}

export interface ChannelsPairingApproveParams {
  // Channel id.
  readonly channel: string;
  // Account id.
  readonly accountId: string;
  // The request's id from channels.pairing.list.
  readonly requestId: string;
  // Send the channel's approval notice to the sender.
  readonly notify?: boolean;
  // Also make the sender the command owner when none exists (needs operator.admin).
  readonly bootstrapCommandOwner?: boolean;
}

// Whether the sender was told.
export type ChannelsPairingApproveResultNotification = "not-requested" | "sent" | "unsupported" | "failed";

// What happened to commands.ownerAllowFrom.
export type ChannelsPairingApproveResultCommandOwnerBootstrap = "not-requested" | "configured" | "already-configured" | "unavailable";

export interface ChannelsPairingApproveResult {
  // The request approved.
  readonly requestId: string;
  // The sender now allowed.
  readonly senderId: string;
  // Whether the sender was told.
  readonly notification: ChannelsPairingApproveResultNotification;
  // What happened to commands.ownerAllowFrom.
  readonly commandOwnerBootstrap: ChannelsPairingApproveResultCommandOwnerBootstrap;
}

export interface ChannelsPairingDismissParams {
  // Channel id.
  readonly channel: string;
  // Account id.
  readonly accountId: string;
  // The request's id from channels.pairing.list.
  readonly requestId: string;
}

export interface ChannelsPairingDismissResult {
  // The request dismissed.
  readonly requestId: string;
  // Its sender.
  readonly senderId: string;
}

export interface ChannelsPairingListParams {
  // Only this channel (case-insensitive).
  readonly channel?: string;
  // Only this account (case-insensitive).
  readonly accountId?: string;
}

export interface PairingAccount {
  // Channel id.
  readonly channel: string;
  // Channel label.
  readonly channelLabel: string;
  // Account id.
  readonly accountId: string;
  // Account label.
  readonly accountLabel?: string;
  // Whether approve can notify the sender.
  readonly notifySupported: boolean;
}

export interface PairingRequestEntry {
  // Opaque id; never reveals the code.
  readonly requestId: string;
  // Channel id.
  readonly channel: string;
  // Channel label.
  readonly channelLabel: string;
  // Account id.
  readonly accountId: string;
  // Account label.
  readonly accountLabel?: string;
  // The sender's id on the channel.
  readonly senderId: string;
  // What senderId is, e.g. telegramUserId.
  readonly senderLabel: string;
  // What the channel knows of the sender (Telegram: username, firstName, lastName).
  readonly metadata?: { readonly [key: string]: unknown };
  // ISO time the request was created.
  readonly createdAt: string;
  // ISO time of the sender's last message.
  readonly lastSeenAt: string;
  // ISO time the request expires.
  readonly expiresAt: string;
  // Whether approve can notify the sender.
  readonly notifySupported: boolean;
}

export interface ChannelsPairingListResultLimits {
  // Pending requests per account at most.
  readonly pendingPerAccount: number;
  // How long a request lives.
  readonly ttlMs: number;
}

export interface ChannelsPairingListResult {
  readonly accounts: readonly PairingAccount[];
  readonly requests: readonly PairingRequestEntry[];
  // Whether commands.ownerAllowFrom is set.
  readonly commandOwnerConfigured: boolean;
  readonly limits: ChannelsPairingListResultLimits;
}

// handed-off: starting; retry: could not start now; skipped: cannot run (reason).
export type ChannelStartOutcomeStatus = "handed-off" | "retry" | "skipped";

export interface ChannelStartOutcome {
  // handed-off: starting; retry: could not start now; skipped: cannot run (reason).
  readonly status: ChannelStartOutcomeStatus;
  // Why it was not started.
  readonly reason?: string;
}

export interface ChannelsStartResult {
  // Channel id.
  readonly channel: string;
  // Account id.
  readonly accountId: string;
  // Whether the account was handed to its channel to start.
  readonly started: boolean;
  readonly outcome: ChannelStartOutcome;
}

export interface ChannelsStatusParams {
  // Probe each account live (Telegram: getMe) and add the answer as the account's probe.
  readonly probe?: boolean;
  // Probe timeout.
  readonly timeoutMs?: number;
  // Only this channel.
  readonly channel?: string;
  readonly [key: string]: unknown;
}

// What a live probe of the account found (channels.status with probe).
export interface ChannelAccountProbe {
  // The channel's API answered with the account's identity.
  readonly ok: boolean;
  // How long the probe took.
  readonly elapsedMs: number;
  // Why the probe failed.
  readonly error?: string;
  // The identity the API reported (Telegram: id, username).
  readonly bot?: { readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

export interface ChannelAccountStatus {
  // Account id.
  readonly accountId: string;
  // Whether the account is enabled.
  readonly enabled?: boolean;
  // Whether the account has what it needs to run.
  readonly configured?: boolean;
  // Whether the account runs now.
  readonly running?: boolean;
  // Whether the last poll succeeded.
  readonly connected?: boolean;
  // Restarts since the gateway started.
  readonly reconnectAttempts?: number;
  // The last error.
  readonly lastError?: string | null;
  // starting, running, backoff, stopped or blocked.
  readonly healthState?: string;
  // Last inbound message (epoch ms).
  readonly lastInboundAt?: number | null;
  // Last message sent (epoch ms).
  readonly lastOutboundAt?: number | null;
  // polling or webhook.
  readonly mode?: string;
  // Effective DM policy.
  readonly dmPolicy?: string;
  // Where the token came from: tokenFile, botToken, env.
  readonly tokenSource?: string;
  // The bot's username.
  readonly username?: string;
  // What a live probe of the account found (channels.status with probe).
  readonly probe?: ChannelAccountProbe;
  readonly [key: string]: unknown;
}

export interface ChannelsStatusResult {
  // When the snapshot was taken (epoch ms).
  readonly ts: number;
  // Channel ids in display order.
  readonly channelOrder: readonly string[];
  // Label per channel id.
  readonly channelLabels: { readonly [key: string]: string };
  // Channel-level summary per channel id.
  readonly channels: { readonly [key: string]: unknown };
  // Accounts per channel id.
  readonly channelAccounts: { readonly [key: string]: readonly ChannelAccountStatus[] };
  // Default account per channel id.
  readonly channelDefaultAccountId: { readonly [key: string]: string };
  // Problems worth showing.
  readonly warnings?: readonly string[];
}

export interface ChannelsStopResult {
  // Channel id.
  readonly channel: string;
  // Account id.
  readonly accountId: string;
  // Whether the account was running and is stopped now.
  readonly stopped: boolean;
}

export interface ChatAbortParams {
  readonly sessionKey: string;
  readonly agentId?: string;
  readonly runId?: string;
  readonly preserveSideRuns?: boolean;
}

export type ChatStatusPhase = "preparing_workspace" | "naming_worktree" | "creating_worktree" | "running_setup" | "provisioning_environment" | "preparing_context" | "starting_model";

export interface ChatStatusEvent {
  readonly runId: string;
  readonly sessionKey: string;
  readonly seq: number;
  readonly state: "status";
  readonly agentId?: string;
  readonly spawnedBy?: string;
  readonly phase: ChatStatusPhase;
  readonly retry?: unknown;
}

export interface ChatDeltaEvent {
  readonly runId: string;
  readonly sessionKey: string;
  readonly seq: number;
  readonly state: "delta";
  readonly agentId?: string;
  readonly spawnedBy?: string;
  readonly deltaText: string;
  readonly replace?: true;
  readonly message?: unknown;
  readonly usage?: unknown;
}

export interface ChatFinalEvent {
  readonly runId: string;
  readonly sessionKey: string;
  readonly seq: number;
  readonly state: "final";
  readonly agentId?: string;
  readonly spawnedBy?: string;
  readonly message?: unknown;
  readonly usage?: unknown;
  readonly stopReason?: string;
  readonly yielded?: true;
}

export interface ChatAbortedEvent {
  readonly runId: string;
  readonly sessionKey: string;
  readonly seq: number;
  readonly state: "aborted";
  readonly agentId?: string;
  readonly spawnedBy?: string;
  readonly message?: unknown;
  readonly errorMessage?: string;
  readonly stopReason?: string;
}

export type ChatErrorKind = "refusal" | "timeout" | "rate_limit" | "context_length" | "unknown";

export interface ChatErrorEvent {
  readonly runId: string;
  readonly sessionKey: string;
  readonly seq: number;
  readonly state: "error";
  readonly agentId?: string;
  readonly spawnedBy?: string;
  readonly message?: unknown;
  readonly errorMessage?: string;
  readonly errorKind?: ChatErrorKind;
  readonly errorDetail?: unknown;
  readonly usage?: unknown;
  readonly stopReason?: string;
}

// One chat update of a run; tagged by state.
export type ChatEvent = ChatStatusEvent | ChatDeltaEvent | ChatFinalEvent | ChatAbortedEvent | ChatErrorEvent;

export interface ChatHistoryMeta {
  readonly id?: string;
  readonly seq?: number;
  readonly idempotencyKey?: string;
  readonly kind?: string;
  readonly [key: string]: unknown;
}

// A transcript Message (role user, assistant, toolResult, or system for a reset marker) with __openclaw.
export interface ChatHistoryMessage {
  readonly role: string;
  readonly content?: unknown;
  readonly timestamp?: number;
  readonly __openclaw?: ChatHistoryMeta;
  readonly [key: string]: unknown;
}

export interface ChatHistoryParams {
  readonly sessionKey: string;
  readonly agentId?: string;
  // A deltaCursor of an earlier answer.
  readonly cursor?: string;
  readonly limit?: number;
  readonly offset?: number;
  readonly pendingBefore?: number;
  readonly inputRunIds?: readonly string[];
  readonly messageId?: string;
  readonly sessionId?: string;
  readonly maxChars?: number;
  // Accepted by 2026.9.6 (not in the 2026.9.1 schema).
  readonly maxBytes?: number;
}

export type ChatHistoryKind = "delta" | "reset";

export interface ChatHistoryResult {
  readonly kind?: ChatHistoryKind;
  readonly sessionKey?: string;
  readonly sessionId?: string;
  readonly messages?: readonly ChatHistoryMessage[];
  readonly activity?: unknown;
  readonly pendingInputs?: readonly unknown[];
  readonly inputReceipts?: readonly unknown[];
  readonly inputConsumptions?: readonly unknown[];
  readonly deltaCursor?: string;
  readonly offset?: number;
  readonly nextOffset?: number;
  readonly hasMore?: boolean;
  readonly totalMessages?: number;
  readonly completeSnapshot?: true;
  readonly defaults?: SessionModelDefaults;
  readonly sessionInfo?: SessionRow;
  readonly thinkingLevel?: string;
  readonly fastMode?: SessionFastMode;
  readonly toolOverrides?: unknown;
  readonly verboseLevel?: string;
  readonly inFlightRun?: unknown;
  readonly metadata?: unknown;
  readonly [key: string]: unknown;
}

export interface ChatInjectParams {
  readonly sessionKey: string;
  readonly agentId?: string;
  readonly message: string;
  readonly label?: string;
}

export interface ChatInjectResult {
  readonly ok: true;
  readonly messageId: string;
  readonly [key: string]: unknown;
}

export interface ChatAttachment {
  readonly type?: string;
  readonly mimeType?: string;
  readonly fileName?: string;
  readonly content?: string;
  readonly sizeBytes?: number;
  readonly durationMs?: number;
  readonly width?: number;
  readonly height?: number;
  readonly origin?: string;
  readonly [key: string]: unknown;
}

export interface ChatSendParams {
  readonly sessionKey: string;
  readonly message: string;
  readonly idempotencyKey: string;
  readonly agentId?: string;
  readonly sessionId?: string;
  readonly thinking?: string;
  readonly fastMode?: unknown;
  readonly fastAutoOnSeconds?: number;
  readonly queueMode?: QueueMode;
  readonly deliver?: boolean;
  readonly originatingChannel?: string;
  readonly originatingTo?: string;
  readonly originatingAccountId?: string;
  readonly originatingThreadId?: unknown;
  readonly replyToId?: string;
  readonly attachments?: readonly ChatAttachment[];
  readonly timeoutMs?: number;
  readonly expectedLeafEntryId?: string | null;
  readonly intent?: unknown;
  readonly workContext?: unknown;
  readonly mentions?: unknown;
}

export interface ChatSendResult {
  readonly runId: string;
  readonly status: ChatSendStatus;
  readonly messageSeq?: number;
  readonly interruptedActiveRun?: true;
  readonly serverTiming?: unknown;
  readonly [key: string]: unknown;
}

// started (a new turn), in_flight (a duplicate while it runs), or the outcome of a finished duplicate.
export type ChatSendStatus = "started" | "in_flight" | "ok" | "error" | "timeout";

export interface ConfigApplyParams {
  // The full config as JSON5 text.
  readonly raw: string;
  // The hash from config.get; required once a config file exists.
  readonly baseHash?: string;
  readonly sessionKey?: string;
  readonly deliveryContext?: ConfigDeliveryContext;
  readonly note?: string;
  readonly restartDelayMs?: number;
}

export interface ConfigApplyResult {
  readonly ok: true;
  readonly path: string;
  readonly hash?: string;
  // The config as written (an object), secrets redacted.
  readonly config: unknown;
  readonly restart: ConfigRestartInfo;
  readonly sentinel: ConfigRestartSentinel;
  readonly [key: string]: unknown;
}

export interface ConfigChangedEvent {
  // The config file.
  readonly path: string;
  // Its new revision hash.
  readonly hash: string;
  // Epoch ms.
  readonly ts: number;
  readonly [key: string]: unknown;
}

export type ConfigDeliveryThreadId = string | number;

// Where to report the outcome of an apply.
export interface ConfigDeliveryContext {
  readonly channel?: string;
  readonly to?: string;
  readonly accountId?: string;
  readonly threadId?: ConfigDeliveryThreadId;
}

export interface ConfigGetParams {
}

// The config file: as written (raw, parsed, sourceConfig), as loaded (config, resolved) and as the running gateway uses it (runtimeConfig); secrets are replaced by "__OPENCLAW_REDACTED__".
export interface ConfigGetResult {
  // The config file.
  readonly path: string;
  readonly exists: boolean;
  // Whether the file loads (schema and refusals).
  readonly valid: boolean;
  // The document as JSON text, redacted (comments are not kept); null when there is no file.
  readonly raw: string | null;
  // The document as written (before migrations and ${VAR} substitution), redacted.
  readonly parsed: unknown;
  // The effective document (migrated, substituted), redacted.
  readonly config: unknown;
  // Same as config.
  readonly resolved: unknown;
  // Same as parsed.
  readonly sourceConfig: unknown;
  // The effective config the running gateway loaded at start, redacted (writes apply after a restart).
  readonly runtimeConfig: unknown;
  // Why the file does not load (empty when valid).
  readonly issues: readonly ConfigIssue[];
  // Unresolved ${VAR}s and keys this gateway does not implement yet.
  readonly warnings: readonly ConfigIssue[];
  // Retired values that loading migrates.
  readonly legacyIssues: readonly ConfigIssue[];
  // Opaque revision of the file bytes; pass as baseHash to writes.
  readonly hash: string;
  // Same as hash (no included files).
  readonly configRevisionHash: string | null;
  // Revision the running gateway loaded at start; null when it started without a file.
  readonly appliedConfigHash: string | null;
  readonly [key: string]: unknown;
}

// One problem or notice about the config document.
export interface ConfigIssue {
  // Dotted key path ("" = the whole document).
  readonly path: string;
  readonly message: string;
  // Line in the file, when known.
  readonly line?: number;
  // Column in the file, when known.
  readonly column?: number;
  readonly [key: string]: unknown;
}

export interface ConfigPatchParams {
  // A JSON5 merge patch (an object).
  readonly raw: string;
  // The hash from config.get; required once a config file exists.
  readonly baseHash?: string;
  readonly sessionKey?: string;
  readonly deliveryContext?: ConfigDeliveryContext;
  readonly note?: string;
  readonly restartDelayMs?: number;
  // Array paths replaced wholesale, e.g. bindings or models.providers.custom.models[].input.
  readonly replacePaths?: readonly string[];
}

export interface ConfigPatchResult {
  readonly ok: true;
  // The patch changed nothing; nothing was written.
  readonly noop?: boolean;
  readonly path: string;
  readonly hash?: string;
  // The config as written (an object), secrets redacted.
  readonly config: unknown;
  // Dotted paths the patch changed (no values).
  readonly changedPaths: readonly string[];
  readonly restart?: ConfigRestartInfo;
  readonly sentinel?: ConfigRestartSentinel;
  readonly [key: string]: unknown;
}

// How a change at the path is applied by the reload plan (config.md §7).
export type ConfigReloadKind = "restart" | "hot" | "none";

// How the write reaches the running gateway. This gateway has no hot reload yet, so every write needs a restart.
export interface ConfigRestartInfo {
  // Whether the running gateway must restart to use the new config.
  readonly required: boolean;
  // Whether the gateway scheduled that restart itself (never, for now).
  readonly scheduled: boolean;
  readonly reason: string;
  readonly [key: string]: unknown;
}

// The restart sentinel (the note delivered after a restart); not persisted while no restart is scheduled.
export interface ConfigRestartSentinel {
  readonly persisted: boolean;
  // {kind, status, ts, sessionKey?, deliveryContext?, message?}
  readonly payload: unknown;
  readonly [key: string]: unknown;
}

export interface ConfigSchemaChild {
  readonly key: string;
  readonly path: string;
  readonly type?: string;
  readonly required: boolean;
  readonly hasChildren: boolean;
  readonly reloadKind?: ConfigReloadKind;
  readonly hint?: string;
  readonly hintPath?: string;
  readonly [key: string]: unknown;
}

export interface ConfigSchemaLookupParams {
  // Dotted path; "[]" or "*" for array items and map entries, e.g. agents.list[].id, models.providers.*.
  readonly path: string;
}

export interface ConfigSchemaLookupResult {
  readonly path: string;
  // The node (an object), $refs resolved, without its children's schemas.
  readonly schema: unknown;
  readonly reloadKind?: ConfigReloadKind;
  readonly hint?: string;
  readonly hintPath?: string;
  readonly children: readonly ConfigSchemaChild[];
  readonly [key: string]: unknown;
}

export interface ConfigSchemaParams {
}

export interface ConfigSchemaResponse {
  // The JSON Schema (draft-07) of openclaw.json.
  readonly schema: unknown;
  // By dotted path.
  readonly uiHints: { readonly [key: string]: ConfigUiHint };
  // The gateway version the schema belongs to.
  readonly version: string;
  // When this gateway process built the response (ISO 8601).
  readonly generatedAt: string;
  readonly [key: string]: unknown;
}

export interface ConfigSetParams {
  // The full config as JSON5 text.
  readonly raw: string;
  // The hash from config.get; a mismatch is refused (re-read and retry).
  readonly baseHash?: string;
}

export interface ConfigSetResult {
  readonly ok: true;
  // The config file.
  readonly path: string;
  // The new revision hash.
  readonly hash?: string;
  // The config as written (an object), secrets redacted.
  readonly config: unknown;
  readonly [key: string]: unknown;
}

export interface ConfigUiHint {
  readonly label?: string;
  readonly help?: string;
  readonly docsUrl?: string;
  readonly tags?: readonly string[];
  readonly group?: string;
  readonly order?: number;
  readonly advanced?: boolean;
  readonly sensitive?: boolean;
  readonly placeholder?: string;
  readonly presentation?: string;
  readonly itemTemplate?: unknown;
  readonly [key: string]: unknown;
}

// First frame on every socket; the nonce a device identity signs.
export interface ConnectChallengeEvent {
  // Fresh UUID.
  readonly nonce: string;
  // Server time in epoch ms.
  readonly ts: number;
  readonly [key: string]: unknown;
}

// Known client program.
export type GatewayClientId = "webchat-ui" | "openclaw-control-ui" | "openclaw-browser-copilot" | "openclaw-tui" | "webchat" | "cli" | "gateway-client" | "openclaw-macos" | "openclaw-linux" | "openclaw-ios" | "openclaw-watchos" | "openclaw-android" | "node-host" | "openclaw-worker" | "test" | "fingerprint" | "openclaw-probe";

// How the client uses the gateway.
export type GatewayClientMode = "webchat" | "cli" | "ui" | "backend" | "node" | "worker" | "probe" | "test";

// Who is connecting.
export interface ConnectClientInfo {
  // Known client program.
  readonly id: GatewayClientId;
  // Human-friendly client name.
  readonly displayName?: string;
  // Client version string.
  readonly version: string;
  // Client build identifier.
  readonly buildId?: string;
  // OS or runtime, e.g. linux, darwin, ios, web.
  readonly platform: string;
  // Device family, e.g. Linux or iPhone.
  readonly deviceFamily?: string;
  // Hardware model identifier.
  readonly modelIdentifier?: string;
  // Self-reported IANA time zone.
  readonly timeZone?: string;
  // How the client uses the gateway.
  readonly mode: GatewayClientMode;
  // Stable id of this client instance.
  readonly instanceId?: string;
}

// Legacy node worker build metadata; accepted and ignored.
export interface ConnectWorkerRuns {
  // Lowercase hex SHA-256 of the worker bundle.
  readonly bundleHash: string;
  // OpenClaw version of the worker.
  readonly openclawVersion: string;
  // Worker protocol features.
  readonly protocolFeatures: readonly string[];
  // Prewarm count.
  readonly bundlePrewarm?: number;
}

// Signed device identity.
export interface ConnectDevice {
  // Device id.
  readonly id: string;
  // Device public key.
  readonly publicKey: string;
  // Signature over the connect payload.
  readonly signature: string;
  // Signing time in epoch ms.
  readonly signedAt: number;
  // The connect.challenge nonce that was signed.
  readonly nonce: string;
}

// Credentials.
export interface ConnectAuth {
  // Shared gateway token.
  readonly token?: string;
  // One-time bootstrap token.
  readonly bootstrapToken?: string;
  // Token issued to a paired device.
  readonly deviceToken?: string;
  // Shared gateway password.
  readonly password?: string;
  // Token of an approval runtime.
  readonly approvalRuntimeToken?: string;
  // Token of an agent runtime.
  readonly agentRuntimeIdentityToken?: string;
}

// Parameters of the first request on a socket, method connect.
export interface ConnectParams {
  // Oldest protocol the client speaks.
  readonly minProtocol: number;
  // Newest protocol the client speaks.
  readonly maxProtocol: number;
  // Who is connecting.
  readonly client: ConnectClientInfo;
  // Client capability flags (e.g. tool-events, approvals) or node capability categories.
  readonly caps?: readonly string[];
  // Commands a node claims to support.
  readonly commands?: readonly string[];
  // Computer-use declaration; opaque to the core.
  readonly computerUse?: unknown;
  // Legacy node worker build metadata; accepted and ignored.
  readonly workerRuns?: ConnectWorkerRuns;
  // Node permission toggles by name.
  readonly permissions?: { readonly [key: string]: boolean };
  // PATH of the node host.
  readonly pathEnv?: string;
  // operator (default) or node; the server rejects anything else as "invalid role".
  readonly role?: string;
  // Requested operator scopes (default none).
  readonly scopes?: readonly string[];
  // Signed device identity.
  readonly device?: ConnectDevice;
  // Credentials.
  readonly auth?: ConnectAuth;
  // Client locale.
  readonly locale?: string;
  // Client user agent.
  readonly userAgent?: string;
}

// Details sent when a Control UI style client connects without a device identity.
export interface ControlUiDeviceIdentityRequiredDetails {
  readonly code: "CONTROL_UI_DEVICE_IDENTITY_REQUIRED";
  readonly [key: string]: unknown;
}

// Details sent when a browser client's Origin is missing or not allowed.
export interface ControlUiOriginNotAllowedDetails {
  readonly code: "CONTROL_UI_ORIGIN_NOT_ALLOWED";
  // Why the origin was refused, e.g. "origin missing or invalid".
  readonly reason: string;
  readonly [key: string]: unknown;
}

// Event-triggered jobs.
export interface CronTriggersConfig {
  // Run event-triggered jobs.
  readonly enabled?: boolean;
}

// Destination checks for job webhooks.
export interface CronWebhookSsrfPolicy {
  // Hostnames webhooks may reach.
  readonly allowedHostnames?: StringList;
  // Hostnames webhooks may not reach.
  readonly blockedHostnames?: StringList;
  // Allow private and loopback addresses.
  readonly dangerouslyAllowPrivateNetwork?: boolean;
  readonly [key: string]: unknown;
}

// How long isolated run sessions are kept; false or "0h" disables pruning.
export type CronSessionRetention = DurationString | false;

// Deliver through a channel or a webhook.
export type CronFailureAlertMode = "announce" | "webhook";

// Alert after repeated job failures.
export interface CronFailureAlertConfig {
  // Send failure alerts.
  readonly enabled?: boolean;
  // Consecutive failures before alerting.
  readonly after?: number;
  // Minimum time between alerts for one job.
  readonly cooldownMs?: number;
  // Count skipped runs as failures.
  readonly includeSkipped?: boolean;
  // Deliver through a channel or a webhook.
  readonly mode?: CronFailureAlertMode;
  // Channel for announce alerts.
  readonly channel?: string;
  // Recipient for announce alerts.
  readonly to?: string;
  // Channel account for announce alerts.
  readonly accountId?: string;
}

// Scheduler settings; jobs are managed through cron.* RPCs.
export interface CronConfig {
  // Run the scheduler.
  readonly enabled?: boolean;
  // Skip runs missed while the gateway was down.
  readonly skipMissedJobs?: boolean;
  // Event-triggered jobs.
  readonly triggers?: CronTriggersConfig;
  // Bearer token sent with job webhooks.
  readonly webhookToken?: SecretInput;
  // Destination checks for job webhooks.
  readonly webhookSsrfPolicy?: CronWebhookSsrfPolicy;
  // How long isolated run sessions are kept; false or "0h" disables pruning.
  readonly sessionRetention?: CronSessionRetention;
  // Alert after repeated job failures.
  readonly failureAlert?: CronFailureAlertConfig;
}

// Details of an error naming an unknown cron job.
export interface CronJobNotFoundDetails {
  readonly code: "CRON_JOB_NOT_FOUND";
  // The job id that was not found.
  readonly jobId: string;
  readonly [key: string]: unknown;
}

// Details sent when a connection needs a signed device identity but sent none.
export interface DeviceIdentityRequiredDetails {
  readonly code: "DEVICE_IDENTITY_REQUIRED";
  readonly [key: string]: unknown;
}

// Who may start a direct conversation with the bot.
export type DmPolicy = "pairing" | "allowlist" | "open" | "disabled";

// How direct-message sessions are keyed.
export type DmScope = "main" | "per-peer" | "per-channel-peer" | "per-account-channel-peer";

// Why new work is refused.
export type DrainingDetailsReason = "gateway-restarting" | "gateway-suspending";

// Details of an UNAVAILABLE answer while the gateway drains for a restart or suspension.
export interface DrainingDetails {
  // Why new work is refused.
  readonly reason: DrainingDetailsReason;
  // The method that was refused.
  readonly method: string;
  // Current drain phase.
  readonly phase: string;
  readonly [key: string]: unknown;
}

// Duration like "30m", "1h", "24h" or "30d"; a bare number uses the field's default unit.
export type DurationString = string;

// Import variables from a login shell.
export interface EnvShellEnvConfig {
  // Run the login shell to read its environment.
  readonly enabled?: boolean;
  // Timeout for the shell in milliseconds.
  readonly timeoutMs?: number;
  readonly [key: string]: unknown;
}

// Environment variables supplied by the config (never override set ones).
export interface EnvConfig {
  // Variables to define.
  readonly vars?: { readonly [key: string]: string };
  // Import variables from a login shell.
  readonly shellEnv?: EnvShellEnvConfig;
  readonly [key: string]: unknown;
}

// The error object of a failed response.
export interface ErrorShape {
  // Top-level error code (see errors.yaml codes).
  readonly code: string;
  // Human-readable text; clients branch on code and details.code instead.
  readonly message: string;
  // Structured extra information, usually an object with its own code.
  readonly details?: unknown;
  // Whether the same request may succeed if retried.
  readonly retryable?: boolean;
  // Suggested wait before retrying.
  readonly retryAfterMs?: number;
}

// A server-pushed event.
export interface EventFrame {
  readonly type: "event";
  // Event name.
  readonly event: string;
  // Event body.
  readonly payload?: unknown;
  // Per-connection event counter starting at 1; absent on connect.challenge.
  readonly seq?: number;
  readonly stateVersion?: StateVersion;
  // Profile a broadcast was addressed to (newer gateways; never emitted here).
  readonly recipientProfileId?: string;
}

// Exec ask mode.
export type ExecApprovalAsk = "off" | "on-miss" | "always";

export type ExecApprovalErrorReason = "APPROVAL_NOT_FOUND" | "APPROVAL_ALREADY_RESOLVED" | "APPROVAL_ALLOW_ALWAYS_UNAVAILABLE";

// Details of an INVALID_REQUEST about an approval (the 2026.9.6 gateway reports these as details.reason, not as error.code).
export interface ExecApprovalErrorDetails {
  readonly reason: ExecApprovalErrorReason;
  readonly remediation?: string;
  readonly [key: string]: unknown;
}

export interface ExecApprovalGetParams {
  readonly id: string;
}

export interface ExecApprovalGetResult {
  readonly id: string;
  readonly commandText: string;
  readonly commandPreview: string;
  readonly allowedDecisions: readonly string[];
  readonly host: string | null;
  readonly nodeId: string | null;
  readonly agentId: string | null;
  readonly expiresAtMs: number;
  readonly [key: string]: unknown;
}

export interface ExecApprovalListParams {
  readonly [key: string]: unknown;
}

export interface ExecApprovalListItemRequest {
  readonly [key: string]: unknown;
}

export interface ExecApprovalListItem {
  readonly id: string;
  readonly request: ExecApprovalListItemRequest;
  readonly createdAtMs: number;
  readonly expiresAtMs: number;
  readonly approvalKind: "exec";
  readonly [key: string]: unknown;
}

export type ExecApprovalListResult = readonly ExecApprovalListItem[];

export interface ExecApprovalRequestedEventRequest {
  readonly [key: string]: unknown;
}

export interface ExecApprovalRequestedEvent {
  readonly approvalKind: "exec";
  readonly id: string;
  readonly request: ExecApprovalRequestedEventRequest;
  readonly createdAtMs: number;
  readonly expiresAtMs: number;
  readonly [key: string]: unknown;
}

export interface ExecApprovalReviewer {
  readonly channel?: string;
  readonly accountId?: string;
  readonly senderId?: string;
  readonly [key: string]: unknown;
}

export interface ExecApprovalResolveParams {
  readonly id: string;
  // allow-once | allow-always | deny; anything else is refused with "invalid decision".
  readonly decision: string;
  readonly reviewer?: ExecApprovalReviewer;
  readonly grantExpiresInDays?: number;
}

export interface ExecApprovalResolveResult {
  readonly ok: true;
}

export interface ExecApprovalResolvedEventRequest {
  readonly [key: string]: unknown;
}

export interface ExecApprovalResolvedEvent {
  readonly id: string;
  readonly decision: string;
  readonly resolvedBy: string | null;
  readonly ts: number;
  readonly request: ExecApprovalResolvedEventRequest;
  readonly [key: string]: unknown;
}

// Exec security mode.
export type ExecApprovalSecurity = "deny" | "allowlist" | "full";

export interface ExecApprovalWaitDecisionParams {
  readonly id?: string;
  readonly [key: string]: unknown;
}

export interface ExecApprovalWaitDecisionResult {
  readonly id: string;
  readonly decision: string | null;
  readonly createdAtMs: number;
  readonly expiresAtMs: number;
  readonly terminalReason?: string;
  readonly [key: string]: unknown;
}

export interface ExecApprovalsAgentMcpToolsItem {
  readonly [key: string]: unknown;
}

// One agent's approvals policy and allowlist.
export interface ExecApprovalsAgent {
  readonly security?: ExecApprovalSecurity;
  readonly ask?: ExecApprovalAsk;
  readonly askFallback?: ExecApprovalSecurity;
  readonly autoAllowSkills?: boolean;
  readonly allowlist?: readonly ExecApprovalsAllowlistEntry[];
  readonly mcpTools?: readonly ExecApprovalsAgentMcpToolsItem[];
}

// pattern: a glob on the resolved path (when it holds /, \ or ~) or on the executable name; argPattern: a glob on the arguments joined by spaces.
export interface ExecApprovalsAllowlistEntry {
  readonly id?: string;
  readonly pattern: string;
  readonly argPattern?: string;
  readonly source?: "allow-always";
  readonly lastUsedAt?: number;
  readonly lastUsedCommand?: string;
  readonly lastResolvedPath?: string;
}

export interface ExecApprovalsSocket {
  readonly path?: string;
  readonly token?: string;
}

export interface ExecApprovalsDefaults {
  readonly security?: ExecApprovalSecurity;
  readonly ask?: ExecApprovalAsk;
  readonly askFallback?: ExecApprovalSecurity;
  readonly autoAllowSkills?: boolean;
}

// The approvals document (methods.md §13.2).
export interface ExecApprovalsFile {
  readonly version: 1;
  readonly socket?: ExecApprovalsSocket;
  readonly defaults?: ExecApprovalsDefaults;
  // Keyed by agent id or "*".
  readonly agents?: { readonly [key: string]: ExecApprovalsAgent };
}

export interface ExecApprovalsGetParams {
}

export interface ExecApprovalsSetParams {
  readonly file: ExecApprovalsFile;
  readonly baseHash?: string;
}

export interface ExecApprovalsResolvedDefaults {
  readonly security: ExecApprovalSecurity;
  readonly ask: ExecApprovalAsk;
  readonly askFallback: ExecApprovalSecurity;
  readonly autoAllowSkills: boolean;
}

// The approvals document as stored, with its hash (lower-case hex SHA-256 of the stored text, or "missing:<sha256 of nothing>").
export interface ExecApprovalsSnapshot {
  readonly path: string;
  readonly exists: boolean;
  readonly hash: string;
  readonly file: ExecApprovalsFile;
  readonly resolvedDefaults?: ExecApprovalsResolvedDefaults;
}

// Which configured secret or identity source is checked.
export type GatewayAuthMode = "none" | "token" | "password" | "trusted-proxy";

// Auto-approve device pairing for proxy-authenticated users.
export interface TrustedProxyDeviceAutoApprove {
  // Enable auto-approval.
  readonly enabled?: boolean;
  // Scopes granted to auto-approved devices.
  readonly scopes?: StringList;
  readonly [key: string]: unknown;
}

// Identity headers injected by a trusted reverse proxy (auth.md §7).
export interface TrustedProxyConfig {
  // Header carrying the authenticated user, e.g. x-forwarded-user.
  readonly userHeader: string;
  // Headers that must be present and non-blank.
  readonly requiredHeaders?: StringList;
  // Users allowed through; any user when absent.
  readonly allowUsers?: StringList;
  // Accept proxy requests arriving from loopback.
  readonly allowLoopback?: boolean;
  // Auto-approve device pairing for proxy-authenticated users.
  readonly deviceAutoApprove?: TrustedProxyDeviceAutoApprove;
  readonly [key: string]: unknown;
}

// How clients authenticate to the gateway (auth.md §1).
export interface GatewayAuthConfig {
  // Which configured secret or identity source is checked.
  readonly mode?: GatewayAuthMode;
  // Shared token for token mode (env OPENCLAW_GATEWAY_TOKEN also works).
  readonly token?: SecretInput;
  // Shared password for password mode (env OPENCLAW_GATEWAY_PASSWORD also works).
  readonly password?: SecretInput;
  // Let verified Tailscale Serve identity headers satisfy WS auth.
  readonly allowTailscale?: boolean;
  // Operator scopes granted per authenticated identity.
  readonly identityScopes?: { readonly [key: string]: readonly string[] };
  // Identity headers injected by a trusted reverse proxy (auth.md §7).
  readonly trustedProxy?: TrustedProxyConfig;
  readonly rateLimit?: GatewayAuthRateLimitConfig;
}

// Failed-auth limiter per client IP and credential class (auth.md §6).
export interface GatewayAuthRateLimitConfig {
  // Failures allowed per window.
  readonly maxAttempts?: number;
  // Sliding window length in milliseconds.
  readonly windowMs?: number;
  // Lockout after exceeding the limit, in milliseconds.
  readonly lockoutMs?: number;
  // Never lock out 127.0.0.1 / ::1 (browser-origin connects excepted).
  readonly exemptLoopback?: boolean;
}

// Run a gateway here (local) or act as a client of one (remote).
export type GatewayMode = "local" | "remote";

// Listen address policy; a literal IP is mapped to custom by the loader.
export type GatewayBindMode = "loopback" | "lan" | "tailnet" | "auto" | "custom";

// Control UI single-page app served on the gateway port.
export interface ControlUiConfig {
  // Serve the Control UI.
  readonly enabled?: boolean;
  // URL path prefix of the Control UI; changing it needs a restart.
  readonly basePath?: string;
  // Browser origins allowed to open the control WebSocket.
  readonly allowedOrigins?: StringList;
  // Directory of a custom Control UI build.
  readonly root?: string;
  // Treat the Host header as the origin when Origin is missing.
  readonly dangerouslyAllowHostHeaderOriginFallback?: boolean;
  readonly [key: string]: unknown;
}

// hybrid or off; retired hot and restart are treated as hybrid.
export type ReloadMode = "hybrid" | "off" | "hot" | "restart";

// Config file watching and apply policy.
export interface GatewayReloadConfig {
  // hybrid or off; retired hot and restart are treated as hybrid.
  readonly mode?: ReloadMode;
  // Retired (built-in debounce); accepted and ignored.
  readonly debounceMs?: number;
}

// Serve wss/https on the same port.
export interface GatewayTlsConfig {
  // Enable TLS on the listener.
  readonly enabled?: boolean;
  // Generate a self-signed certificate when no paths are given.
  readonly autoGenerate?: boolean;
  // PEM certificate chain file.
  readonly certPath?: string;
  // PEM private key file.
  readonly keyPath?: string;
  // PEM CA bundle for client verification.
  readonly caPath?: string;
}

// Expose the gateway through Tailscale.
export type TailscaleMode = "off" | "serve" | "funnel";

// Tailscale serve/funnel integration (out of core).
export interface GatewayTailscaleConfig {
  // Expose the gateway through Tailscale.
  readonly mode?: TailscaleMode;
  // Undo the serve/funnel setup when the gateway exits.
  readonly resetOnExit?: boolean;
  readonly [key: string]: unknown;
}

// How the client reaches the remote gateway.
export type RemoteTransport = "ssh" | "direct";

// Client-side settings for reaching a remote gateway; never configures server auth.
export interface GatewayRemoteConfig {
  // WebSocket URL of the remote gateway.
  readonly url?: string;
  // Shared token sent to the remote gateway.
  readonly token?: SecretInput;
  // Shared password sent to the remote gateway.
  readonly password?: SecretInput;
  // How the client reaches the remote gateway.
  readonly transport?: RemoteTransport;
  // Pinned SHA-256 fingerprint of the remote certificate.
  readonly tlsFingerprint?: string;
  readonly [key: string]: unknown;
}

// Automatic approval of device/node pairing requests.
export interface NodePairingConfig {
  // Auto-approve pairing from loopback clients.
  readonly autoApproveLocal?: boolean;
  // Client networks (CIDR) whose pairing is auto-approved.
  readonly autoApproveCidrs?: StringList;
  readonly [key: string]: unknown;
}

// Node command allow/deny lists.
export interface NodeCommandPolicy {
  // Commands allowed on nodes.
  readonly allow?: StringList;
  // Commands denied on nodes.
  readonly deny?: StringList;
  readonly [key: string]: unknown;
}

// Node (capability host) pairing and command policy.
export interface GatewayNodesConfig {
  // Automatic approval of device/node pairing requests.
  readonly pairing?: NodePairingConfig;
  // Node command allow/deny lists.
  readonly commands?: NodeCommandPolicy;
  readonly [key: string]: unknown;
}

// Edits to the /tools/invoke default HTTP deny list.
export interface GatewayToolsConfig {
  // Tool names removed from the default deny list.
  readonly allow?: StringList;
  // Tool names added to the deny list.
  readonly deny?: StringList;
  readonly [key: string]: unknown;
}

// Remote terminal feature (out of core).
export interface GatewayTerminalConfig {
  // Enable the terminal feature.
  readonly enabled?: boolean;
  readonly [key: string]: unknown;
}

export interface GatewayConfigRolesValue {
  readonly [key: string]: unknown;
}

// Gateway server settings (listener, auth, HTTP surface, reload).
export interface GatewayConfig {
  // TCP port for WebSocket and HTTP.
  readonly port?: number;
  // Run a gateway here (local) or act as a client of one (remote).
  readonly mode?: GatewayMode;
  // Listen address policy; a literal IP is mapped to custom by the loader.
  readonly bind?: GatewayBindMode;
  // IPv4 address to listen on when bind is custom.
  readonly customBindHost?: string;
  // External https origin used when building links.
  readonly publicOrigin?: string;
  readonly auth?: GatewayAuthConfig;
  // Reverse-proxy addresses (IP or CIDR) whose forwarded headers are trusted.
  readonly trustedProxies?: StringList;
  // Accept X-Real-IP when X-Forwarded-For is absent.
  readonly allowRealIpFallback?: boolean;
  // Control UI single-page app served on the gateway port.
  readonly controlUi?: ControlUiConfig;
  readonly http?: GatewayHttpConfig;
  // Config file watching and apply policy.
  readonly reload?: GatewayReloadConfig;
  // Serve wss/https on the same port.
  readonly tls?: GatewayTlsConfig;
  // Tailscale serve/funnel integration (out of core).
  readonly tailscale?: GatewayTailscaleConfig;
  // Client-side settings for reaching a remote gateway; never configures server auth.
  readonly remote?: GatewayRemoteConfig;
  // Node (capability host) pairing and command policy.
  readonly nodes?: GatewayNodesConfig;
  // Edits to the /tools/invoke default HTTP deny list.
  readonly tools?: GatewayToolsConfig;
  // Remote terminal feature (out of core).
  readonly terminal?: GatewayTerminalConfig;
  // Named operator roles (out of core); each value kept as JSON.
  readonly roles?: { readonly [key: string]: GatewayConfigRolesValue };
}

// POST /v1/chat/completions (+ /v1/models, /v1/embeddings).
export interface ChatCompletionsEndpointConfig {
  // Serve the endpoint.
  readonly enabled?: boolean;
  // Image inputs; URL sources are off by default here.
  readonly images?: HttpImageInputConfig;
  readonly [key: string]: unknown;
}

// POST /v1/responses (+ /v1/models, /v1/embeddings).
export interface ResponsesEndpointConfig {
  // Serve the endpoint.
  readonly enabled?: boolean;
  // Maximum URL-sourced file/image parts per request.
  readonly maxUrlParts?: number;
  readonly files?: HttpFileInputConfig;
  // Image inputs; URL sources are on by default here.
  readonly images?: HttpImageInputConfig;
  readonly [key: string]: unknown;
}

// OpenAI-compatible endpoints, all disabled by default.
export interface HttpEndpointsConfig {
  // POST /v1/chat/completions (+ /v1/models, /v1/embeddings).
  readonly chatCompletions?: ChatCompletionsEndpointConfig;
  // POST /v1/responses (+ /v1/models, /v1/embeddings).
  readonly responses?: ResponsesEndpointConfig;
  readonly [key: string]: unknown;
}

// Strict-Transport-Security header value, or false to omit it.
export type HstsSetting = string | false;

// Extra security headers on HTTP responses.
export interface HttpSecurityHeadersConfig {
  // Strict-Transport-Security header value, or false to omit it.
  readonly strictTransportSecurity?: HstsSetting;
  readonly [key: string]: unknown;
}

// Optional HTTP endpoints and response headers.
export interface GatewayHttpConfig {
  // OpenAI-compatible endpoints, all disabled by default.
  readonly endpoints?: HttpEndpointsConfig;
  // Extra security headers on HTTP responses.
  readonly securityHeaders?: HttpSecurityHeadersConfig;
  readonly [key: string]: unknown;
}

export interface GatewayIdentityGetParams {
  readonly [key: string]: unknown;
}

export interface GatewayIdentityGetResult {
  // Lowercase hex SHA-256 of the raw public key.
  readonly deviceId: string;
  // Raw public key, unpadded base64url.
  readonly publicKey: string;
  readonly [key: string]: unknown;
}

export interface GatewayRestartRequestParams {
  // Why the restart was requested.
  readonly reason?: string;
  // Restart without waiting for active work.
  readonly skipDeferral?: boolean;
  // Restart target.
  readonly target?: unknown;
  // Restart intent metadata.
  readonly restartIntent?: unknown;
  readonly [key: string]: unknown;
}

// What happened to the request.
export type GatewayRestartRequestResultStatus = "scheduled" | "deferred" | "coalesced";

// Details of the scheduled restart.
export interface GatewayRestartRequestResultRestart {
  readonly [key: string]: unknown;
}

export interface GatewayRestartRequestResult {
  readonly ok: true;
  // What happened to the request.
  readonly status: GatewayRestartRequestResultStatus;
  readonly preflight: RestartPreflight;
  // Details of the scheduled restart.
  readonly restart: GatewayRestartRequestResultRestart;
  readonly [key: string]: unknown;
}

// Which groups the bot answers in.
export type GroupPolicy = "allowlist" | "open" | "disabled";

// How group sessions are keyed.
export type GroupScope = "per-group" | "main";

export interface HealthParams {
  // Force live channel probes instead of the cache.
  readonly probe?: boolean;
  readonly [key: string]: unknown;
}

export interface HealthSessionRecent {
  // Session key.
  readonly key: string;
  // Last update time.
  readonly updatedAt: number | null;
  // Milliseconds since the last update.
  readonly age: number | null;
}

// Session store summary.
export interface HealthSessions {
  // Session store path.
  readonly path: string;
  // Number of sessions.
  readonly count: number;
  // Most recently updated sessions.
  readonly recent: readonly HealthSessionRecent[];
}

export type HealthEventLoopReason = "event_loop_delay" | "event_loop_utilization" | "cpu";

// Event loop pressure.
export interface HealthEventLoop {
  // Whether the loop is degraded.
  readonly degraded: boolean;
  // When degradation began.
  readonly degradedSinceMs?: number | null;
  // Active degradation reasons.
  readonly reasons: readonly HealthEventLoopReason[];
  // Sampling interval.
  readonly intervalMs: number;
  // 99th percentile loop delay.
  readonly delayP99Ms: number;
  // Maximum loop delay.
  readonly delayMaxMs: number;
  // Loop utilization ratio.
  readonly utilization: number;
  // CPU use relative to one core.
  readonly cpuCoreRatio: number;
}

export interface HealthPluginError {
  // Plugin id.
  readonly id: string;
  // Where the plugin came from.
  readonly origin: string;
  // Whether it was activated.
  readonly activated: boolean;
  // What activated it.
  readonly activationSource?: string;
  // Why it was activated.
  readonly activationReason?: string;
  // Phase that failed.
  readonly failurePhase?: string;
  // Error text.
  readonly error: string;
}

// Plugin load state.
export interface HealthPlugins {
  // Loaded plugin ids.
  readonly loaded: readonly string[];
  // Plugins that failed.
  readonly errors: readonly HealthPluginError[];
  // Configured but unavailable plugins.
  readonly unavailable?: readonly unknown[];
}

// Whether hot reload is on.
export type HealthConfigReloadHotReloadStatus = "active" | "disabled";

// Config hot-reload state.
export interface HealthConfigReload {
  // Whether hot reload is on.
  readonly hotReloadStatus: HealthConfigReloadHotReloadStatus;
}

// Heartbeat settings of the agent.
export interface HealthAgentHeartbeat {
  // Whether heartbeats run.
  readonly enabled: boolean;
  // Configured period, e.g. 30m.
  readonly every: string;
  // Period in ms, null when disabled or invalid.
  readonly everyMs: number | null;
  // Heartbeat prompt.
  readonly prompt: string;
  // Delivery target.
  readonly target: string;
  // Model override.
  readonly model?: string;
  // Session override.
  readonly session?: string;
  // Longest reply still treated as an acknowledgement.
  readonly ackMaxChars: number;
}

export interface HealthAgent {
  // Agent id.
  readonly agentId: string;
  // Agent display name.
  readonly name?: string;
  // Whether this is the default agent.
  readonly isDefault: boolean;
  // Heartbeat settings of the agent.
  readonly heartbeat: HealthAgentHeartbeat;
  readonly sessions: HealthSessions;
}

// Model runtime state; only in live-probe health results, never in hello or health events.
export interface HealthModelRuntime {
  // Whether model runtime is degraded.
  readonly degraded: boolean;
  // Agents still waiting for a model runtime.
  readonly pendingAgents: readonly string[];
}

// Gateway health summary; every key is optional and {} is valid.
export interface HealthSnapshot {
  // A snapshot was produced (not that all channels are healthy).
  readonly ok?: true;
  // When the snapshot was built.
  readonly ts?: number;
  // How long building it took.
  readonly durationMs?: number;
  // Event loop pressure.
  readonly eventLoop?: HealthEventLoop;
  // Plugin load state.
  readonly plugins?: HealthPlugins;
  // Context engine state (opaque here).
  readonly contextEngines?: unknown;
  // Outbound delivery queue state (opaque here).
  readonly deliveryQueues?: unknown;
  // Model pricing source state (opaque here).
  readonly modelPricing?: unknown;
  // Config hot-reload state.
  readonly configReload?: HealthConfigReload;
  // Per-channel summaries owned by channel plugins.
  readonly channels?: { readonly [key: string]: unknown };
  // Display order of channels.
  readonly channelOrder?: readonly string[];
  // Display label per channel.
  readonly channelLabels?: { readonly [key: string]: string };
  // Default heartbeat period.
  readonly heartbeatSeconds?: number;
  // Default agent id.
  readonly defaultAgentId?: string;
  // Per-agent health.
  readonly agents?: readonly HealthAgent[];
  readonly sessions?: HealthSessions;
  // Model runtime state; only in live-probe health results, never in hello or health events.
  readonly modelRuntime?: HealthModelRuntime;
}

// Whether heartbeat output may go to direct chats.
export type HeartbeatDirectPolicy = "allow" | "block";

// Local time window in which heartbeats run.
export interface HeartbeatActiveHours {
  // Window start, HH:MM (24h).
  readonly start?: string;
  // Window end, HH:MM (24h; 24:00 allowed).
  readonly end?: string;
  // IANA time zone of the window (host zone when absent).
  readonly timezone?: string;
}

// Periodic agent heartbeat turns.
export interface HeartbeatConfig {
  // Interval (1h instead of 30m with OAuth auth); 0m disables; bare numbers are minutes.
  readonly every?: DurationString;
  // Where heartbeat output goes - owner, last, none or a channel id.
  readonly target?: string;
  // Whether heartbeat output may go to direct chats.
  readonly directPolicy?: HeartbeatDirectPolicy;
  // Prompt sent on each heartbeat turn.
  readonly prompt?: string;
  // Model override for heartbeat turns.
  readonly model?: string;
  // Session key the heartbeat runs in.
  readonly session?: string;
  // Explicit recipient when target is a channel.
  readonly to?: string;
  // Channel account used for delivery.
  readonly accountId?: string;
  // Local time window in which heartbeats run.
  readonly activeHours?: HeartbeatActiveHours;
  // Timeout for one heartbeat turn in seconds.
  readonly timeoutSeconds?: number;
  // Run with a reduced bootstrap context.
  readonly lightContext?: boolean;
  // Run each heartbeat in a fresh isolated session.
  readonly isolatedSession?: boolean;
  // Agent that runs the heartbeat.
  readonly agentId?: string;
}

// What the run did.
export type HeartbeatStatus = "sent" | "ok-empty" | "ok-token" | "skipped" | "failed";

// Indicator shown by UIs.
export type HeartbeatIndicatorType = "ok" | "alert" | "error";

// Outcome of one heartbeat run.
export interface HeartbeatEvent {
  // When the run finished.
  readonly ts: number;
  // What the run did.
  readonly status: HeartbeatStatus;
  // Why it was skipped or failed.
  readonly reason?: string;
  // Run duration.
  readonly durationMs?: number;
  // Delivery target.
  readonly to?: string;
  // Start of the delivered text.
  readonly preview?: string;
  // Whether media was delivered.
  readonly hasMedia?: boolean;
  // Delivery channel.
  readonly channel?: string;
  // Channel account.
  readonly accountId?: string;
  // Indicator shown by UIs.
  readonly indicatorType?: HeartbeatIndicatorType;
  // Whether delivery was silent.
  readonly silent?: boolean;
}

// Where the served Control UI build comes from.
export type HelloServerControlUiBuildSource = "bundled" | "configured";

// Identity of the gateway process and this connection.
export interface HelloServer {
  // Product version, e.g. 2026.9.6.
  readonly version: string;
  // Fresh id of this connection.
  readonly connId: string;
  // Build identifier.
  readonly buildId?: string;
  // Id generated once per process start.
  readonly bootId?: string;
  // Where the served Control UI build comes from.
  readonly controlUiBuildSource?: HelloServerControlUiBuildSource;
}

// What this gateway implements (advisory).
export interface HelloFeatures {
  // Implemented RPC methods.
  readonly methods: readonly string[];
  // Events this gateway can emit.
  readonly events: readonly string[];
  // Optional protocol contracts the gateway implements.
  readonly capabilities?: readonly string[];
}

// Navigation group.
export type ControlUiTabGroup = "control" | "agent";

export interface ControlUiTab {
  // Owning plugin.
  readonly pluginId: string;
  // Tab id.
  readonly id: string;
  // Tab label.
  readonly label: string;
  // Tab description.
  readonly description?: string;
  // Icon name.
  readonly icon?: string;
  // Route path.
  readonly path?: string;
  // Where the tab is shown.
  readonly placement?: string;
  // Whether the tab needs gateway auth.
  readonly requiresGatewayAuth?: boolean;
  // Navigation group.
  readonly group?: ControlUiTabGroup;
  // Sort key.
  readonly order?: number;
}

export interface ControlUiWidgetKind {
  // Owning plugin.
  readonly pluginId: string;
  // Widget kind.
  readonly kind: string;
  // Widget label.
  readonly label: string;
}

export interface HelloDeviceToken {
  // Token value.
  readonly deviceToken: string;
  // Role the token grants.
  readonly role: string;
  // Scopes the token grants.
  readonly scopes: readonly string[];
  // Issue time.
  readonly issuedAtMs: number;
}

// Effective role and scopes of this socket.
export interface HelloAuth {
  // Effective role.
  readonly role: string;
  // Effective scopes enforced by dispatch.
  readonly scopes: readonly string[];
  // Token issued to the connecting device.
  readonly deviceToken?: string;
  // When deviceToken was issued.
  readonly issuedAtMs?: number;
  // Opaque session-recovery scope.
  readonly recoveryScope?: string;
  // Present when recovery migration is allowed.
  readonly recoveryMigrationAllowed?: true;
  // All tokens issued to the device, per role.
  readonly deviceTokens?: readonly HelloDeviceToken[];
}

// Chat attachment ceilings.
export interface HelloAttachmentPolicy {
  // Largest decoded attachment.
  readonly maxBytes: number;
  // Largest decoded image.
  readonly maxImageBytes: number;
}

export type SessionVisibility = "shared" | "read-only" | "suggest" | "draft";

// Limits the client must respect.
export interface HelloPolicy {
  // Largest frame accepted after hello.
  readonly maxPayload: number;
  // Outbound buffer limit per socket.
  readonly maxBufferedBytes: number;
  // Tick period; clients time out after twice this.
  readonly tickIntervalMs: number;
  // Chat attachment ceilings.
  readonly attachments?: HelloAttachmentPolicy;
  // Session sharing visibilities this gateway allows.
  readonly allowedSessionVisibilities?: readonly SessionVisibility[];
  // Whether more than one sharing identity exists.
  readonly hasMultipleSessionSharingIdentities?: boolean;
}

// Payload of the successful connect response.
export interface HelloOk {
  readonly type: "hello-ok";
  // Negotiated protocol version.
  readonly protocol: number;
  // Identity of the gateway process and this connection.
  readonly server: HelloServer;
  // What this gateway implements (advisory).
  readonly features: HelloFeatures;
  readonly snapshot: Snapshot;
  // Public Control UI origin and base path, when configured.
  readonly controlUiUrl?: string;
  // Plugin tabs visible to this caller.
  readonly controlUiTabs?: readonly ControlUiTab[];
  // Plugin widget kinds visible to this caller.
  readonly controlUiWidgetKinds?: readonly ControlUiWidgetKind[];
  // Plugin surface URLs by name (protocol 4; replaces canvasHostUrl).
  readonly pluginSurfaceUrls?: { readonly [key: string]: string };
  // Canvas host URL, only for protocol-3 sessions.
  readonly canvasHostUrl?: string;
  // Effective role and scopes of this socket.
  readonly auth: HelloAuth;
  // Limits the client must respect.
  readonly policy: HelloPolicy;
}

// Request selector.
export interface HookMappingMatch {
  // Sub-path under hooks.path, e.g. gmail.
  readonly path?: string;
  // Payload source field to match.
  readonly source?: string;
  readonly [key: string]: unknown;
}

// What the hook triggers.
export type HookAction = "wake" | "agent";

// Wake now or at the next heartbeat.
export type HookWakeMode = "now" | "next-heartbeat";

// Transform module applied to the payload (kept as JSON).
export interface HookMappingConfigTransform {
  readonly [key: string]: unknown;
}

// One named webhook route.
export interface HookMappingConfig {
  // Mapping id.
  readonly id?: string;
  // Request selector.
  readonly match?: HookMappingMatch;
  // What the hook triggers.
  readonly action?: HookAction;
  // Wake now or at the next heartbeat.
  readonly wakeMode?: HookWakeMode;
  // Label shown for runs from this hook.
  readonly name?: string;
  // Agent that handles the hook.
  readonly agentId?: string;
  // Session the hook runs in.
  readonly sessionKey?: string;
  // Template rendering the agent message from the payload.
  readonly messageTemplate?: string;
  // Template rendering the wake text from the payload.
  readonly textTemplate?: string;
  // Deliver the agent reply to a channel.
  readonly deliver?: boolean;
  // Delivery channel.
  readonly channel?: string;
  // Delivery recipient.
  readonly to?: string;
  // Model override for the run.
  readonly model?: string;
  // Run timeout in seconds.
  readonly timeoutSeconds?: number;
  // Transform module applied to the payload (kept as JSON).
  readonly transform?: HookMappingConfigTransform;
  readonly [key: string]: unknown;
}

// Inbound webhooks under hooks.path.
export interface HooksConfig {
  // Serve webhooks (also needs a non-empty token).
  readonly enabled?: boolean;
  // Bearer token webhook callers must present.
  readonly token?: SecretInput;
  // Base path of the webhook routes.
  readonly path?: string;
  // Agents webhooks may target.
  readonly allowedAgentIds?: StringList;
  // Session used when the request does not choose one.
  readonly defaultSessionKey?: string;
  // Honour sessionKey from webhook requests.
  readonly allowRequestSessionKey?: boolean;
  // Prefixes a request-chosen session key must start with.
  readonly allowedSessionKeyPrefixes?: StringList;
  // Named hooks routed to wake or agent actions; first match wins.
  readonly mappings?: readonly HookMappingConfig[];
  // Built-in mapping presets to enable, e.g. gmail.
  readonly presets?: StringList;
  // Directory of transform modules used by mappings.
  readonly transformsDir?: string;
  readonly [key: string]: unknown;
}

// PDF text and image extraction limits.
export interface HttpPdfInputConfig {
  // Pages read per PDF.
  readonly maxPages?: number;
  // Pixel budget when rendering pages to images.
  readonly maxPixels?: number;
  // Below this much extracted text, pages are rendered as images.
  readonly minTextChars?: number;
  readonly [key: string]: unknown;
}

// Limits for file inputs on /v1/responses.
export interface HttpFileInputConfig {
  // Fetch files from URLs.
  readonly allowUrl?: boolean;
  // Hostnames URL files may come from.
  readonly urlAllowlist?: StringList;
  // Accepted file MIME types.
  readonly allowedMimes?: StringList;
  // Maximum decoded bytes per file.
  readonly maxBytes?: number;
  // Maximum extracted text characters per file.
  readonly maxChars?: number;
  // Redirects followed when fetching a URL.
  readonly maxRedirects?: number;
  // Fetch timeout in milliseconds.
  readonly timeoutMs?: number;
  // PDF text and image extraction limits.
  readonly pdf?: HttpPdfInputConfig;
  readonly [key: string]: unknown;
}

// Limits for image inputs on an HTTP endpoint.
export interface HttpImageInputConfig {
  // Fetch images from URLs (default false for chatCompletions, true for responses).
  readonly allowUrl?: boolean;
  // Hostnames URL images may come from.
  readonly urlAllowlist?: StringList;
  // Accepted image MIME types.
  readonly allowedMimes?: StringList;
  // Maximum decoded bytes per image.
  readonly maxBytes?: number;
  // Redirects followed when fetching a URL.
  readonly maxRedirects?: number;
  // Fetch timeout in milliseconds.
  readonly timeoutMs?: number;
  readonly [key: string]: unknown;
}

// Display identity of an assistant.
export interface IdentityConfig {
  // Display name.
  readonly name?: string;
  // Short persona description.
  readonly theme?: string;
  // Emoji shown with replies.
  readonly emoji?: string;
  // Avatar path or URL.
  readonly avatar?: string;
  readonly [key: string]: unknown;
}

export interface LastHeartbeatParams {
  readonly [key: string]: unknown;
}

export type LastHeartbeatResult = HeartbeatEvent | null;

// Log severity threshold.
export type LogLevel = "trace" | "debug" | "info" | "warn" | "error" | "fatal" | "silent";

// Console format; retired compact is treated as pretty.
export type ConsoleStyle = "pretty" | "json" | "compact";

// File and console logging.
export interface LoggingConfig {
  // File log level (--verbose does not raise it).
  readonly level?: LogLevel;
  // Log file path (default /tmp/openclaw/openclaw-YYYY-MM-DD.log).
  readonly file?: string;
  // Size at which the active file rotates (keeps .1 to .5).
  readonly maxFileBytes?: number;
  // Console log level (debug with --verbose).
  readonly consoleLevel?: LogLevel;
  // Console format; retired compact is treated as pretty.
  readonly consoleStyle?: ConsoleStyle;
  // Regexes for redaction; replaces the built-in string patterns.
  readonly redactPatterns?: StringList;
}

export interface LogsTailParams {
  // Byte offset returned by a previous call.
  readonly cursor?: number;
  // Most lines to return.
  readonly limit?: number;
  // Most bytes to read.
  readonly maxBytes?: number;
}

export interface LogsTailResult {
  // Absolute path of the log file.
  readonly file: string;
  // Offset to pass next time.
  readonly cursor: number;
  // Current file size.
  readonly size: number;
  // Raw JSONL records, verbatim.
  readonly lines: readonly string[];
  // True when limit cut older lines.
  readonly truncated?: boolean;
  // True when the file rotated or shrank and reading restarted.
  readonly reset?: boolean;
  // Bytes skipped to honour maxBytes.
  readonly skippedBytes?: number;
}

// Details of a FORBIDDEN "missing scope" error.
export interface MissingScopeDetails {
  readonly code: "MISSING_SCOPE";
  // The scope the caller would need.
  readonly missingScope: string;
  // Scopes that would satisfy the check.
  readonly requiredScopes: readonly string[];
  readonly [key: string]: unknown;
}

// Wire API spoken by a model provider.
export type ModelApi = "openai-completions" | "openai-responses" | "openai-chatgpt-responses" | "anthropic-messages" | "google-generative-ai" | "google-vertex" | "github-copilot" | "bedrock-converse-stream" | "ollama" | "pi-messages" | "azure-openai-responses";

export type ModelUnavailableReason = "missing-auth" | "auth-failed" | "cooldown";

export type ModelInputKind = "text" | "image" | "audio" | "video" | "document";

export interface ModelChoice {
  readonly id: string;
  readonly name: string;
  readonly provider: string;
  readonly alias?: string;
  readonly tags?: readonly string[];
  readonly available?: boolean;
  readonly unavailableReason?: ModelUnavailableReason;
  readonly unavailableUntil?: number;
  readonly contextWindow?: number;
  readonly contextWindows?: unknown;
  readonly contextWindowDefault?: number;
  readonly reasoning?: boolean;
  readonly thinkingLevels?: readonly unknown[];
  readonly thinkingDefault?: string;
  readonly effectiveFastMode?: boolean;
  readonly supportsTools?: boolean;
  readonly agentRuntime?: unknown;
  readonly apiKeySupported?: boolean;
  readonly input?: readonly ModelInputKind[];
}

// Price per million tokens.
export interface ModelCost {
  // Input token price.
  readonly input?: number;
  // Output token price.
  readonly output?: number;
  // Cache read price.
  readonly cacheRead?: number;
  // Cache write price.
  readonly cacheWrite?: number;
  readonly [key: string]: unknown;
}

// One model of a provider.
export interface ModelDefinitionConfig {
  // Model id at the provider.
  readonly id: string;
  // Display name.
  readonly name?: string;
  // Wire API override for this model.
  readonly api?: ModelApi;
  // Model supports reasoning.
  readonly reasoning?: boolean;
  // Accepted input kinds, e.g. text, image.
  readonly input?: StringList;
  readonly cost?: ModelCost;
  // Context window in tokens.
  readonly contextWindow?: number;
  // Usable context budget in tokens.
  readonly contextTokens?: number;
  // Output token cap.
  readonly maxTokens?: number;
  readonly [key: string]: unknown;
}

// Credential kind.
export type ModelProviderAuth = "api-key" | "token" | "oauth" | "aws-sdk";

// Request shaping options (kept as JSON).
export interface ModelProviderConfigRequest {
  readonly [key: string]: unknown;
}

// Local model server management (kept as JSON).
export interface ModelProviderConfigLocalService {
  readonly [key: string]: unknown;
}

// One upstream model provider.
export interface ModelProviderConfig {
  // Upstream base URL.
  readonly baseUrl?: string;
  // API key (string, ${ENV} or SecretRef).
  readonly apiKey?: SecretInput;
  // Wire API; openai-completions when baseUrl is set and api is absent.
  readonly api?: ModelApi;
  // Credential kind.
  readonly auth?: ModelProviderAuth;
  // Send the key as Authorization Bearer.
  readonly authHeader?: boolean;
  // Extra request headers.
  readonly headers?: { readonly [key: string]: string };
  // Request timeout in seconds.
  readonly timeoutSeconds?: number;
  // Default output token cap.
  readonly maxTokens?: number;
  // Request shaping options (kept as JSON).
  readonly request?: ModelProviderConfigRequest;
  // Local model server management (kept as JSON).
  readonly localService?: ModelProviderConfigLocalService;
  // Models offered by this provider.
  readonly models?: readonly ModelDefinitionConfig[];
  readonly [key: string]: unknown;
}

// Merge providers with the built-in catalogue, or replace it.
export type ModelsMode = "merge" | "replace";

// Periodic model discovery.
export interface ModelCatalogRefreshConfig {
  // Refresh discovered models.
  readonly enabled?: boolean;
  readonly [key: string]: unknown;
}

// Model provider catalogue.
export interface ModelsConfig {
  // Merge providers with the built-in catalogue, or replace it.
  readonly mode?: ModelsMode;
  // Provider settings keyed by provider id.
  readonly providers?: { readonly [key: string]: ModelProviderConfig };
  // Periodic model discovery.
  readonly catalogRefresh?: ModelCatalogRefreshConfig;
  readonly [key: string]: unknown;
}

export type ModelsListView = "default" | "configured" | "provider-config" | "all";

export interface ModelsListParams {
  readonly agentId?: string;
  readonly includeProviderCapabilities?: boolean;
  readonly preparedOnly?: boolean;
  readonly refresh?: boolean;
  readonly view?: ModelsListView;
  readonly provider?: string;
  readonly includeDetails?: boolean;
  readonly includeDefaultModels?: boolean;
  readonly sessionKey?: string;
  readonly authProfileId?: string;
}

export type ProviderOutcomeStatus = "ready" | "auth-rejected" | "unavailable";

export interface ProviderOutcome {
  readonly provider: string;
  readonly profileId?: string;
  readonly status: ProviderOutcomeStatus;
}

export interface ModelsListResult {
  readonly models: readonly ModelChoice[];
  readonly providerOutcomes?: readonly ProviderOutcome[];
}

// Skill library settings (out of core; kept as JSON).
export interface OpenClawConfigSkills {
  readonly [key: string]: unknown;
}

// Message formatting and queueing settings (out of core; kept as JSON).
export interface OpenClawConfigMessages {
  readonly [key: string]: unknown;
}

// Chat slash-command settings (out of core; kept as JSON).
export interface OpenClawConfigCommands {
  readonly [key: string]: unknown;
}

// Control UI presentation settings (kept as JSON).
export interface OpenClawConfigUi {
  readonly [key: string]: unknown;
}

// Browser control settings (out of core; kept as JSON).
export interface OpenClawConfigBrowser {
  readonly [key: string]: unknown;
}

// Bookkeeping written by the onboarding wizard (kept as JSON).
export interface OpenClawConfigWizard {
  readonly [key: string]: unknown;
}

// Bookkeeping the reference gateway writes, e.g. lastTouchedVersion (kept as written).
export interface OpenClawConfigMeta {
  readonly [key: string]: unknown;
}

// Self-update channel and checks (out of core; kept as JSON).
export interface OpenClawConfigUpdate {
  readonly [key: string]: unknown;
}

// Secret provider definitions used by SecretRef (kept as JSON).
export interface OpenClawConfigSecrets {
  readonly [key: string]: unknown;
}

// LAN/mDNS discovery settings (out of core; kept as JSON).
export interface OpenClawConfigDiscovery {
  readonly [key: string]: unknown;
}

// Diagnostics and telemetry settings (out of core; kept as JSON).
export interface OpenClawConfigDiagnostics {
  readonly [key: string]: unknown;
}

// Voice/talk mode settings (out of core; kept as JSON).
export interface OpenClawConfigTalk {
  readonly [key: string]: unknown;
}

// Exec approval forwarding settings (out of core; kept as JSON).
export interface OpenClawConfigApprovals {
  readonly [key: string]: unknown;
}

// Broadcast group settings (out of core; kept as JSON).
export interface OpenClawConfigBroadcast {
  readonly [key: string]: unknown;
}

// Audio transcription settings (out of core; kept as JSON).
export interface OpenClawConfigAudio {
  readonly [key: string]: unknown;
}

// Web (WhatsApp Web) runtime settings (out of core; kept as JSON).
export interface OpenClawConfigWeb {
  readonly [key: string]: unknown;
}

// Memory citations and memory.search embeddings (config.md §6; kept as JSON).
export interface OpenClawConfigMemory {
  readonly [key: string]: unknown;
}

// Telemetry settings (out of core; kept as JSON).
export interface OpenClawConfigTelemetry {
  readonly [key: string]: unknown;
}

// Named sender groups for access policies (out of core; kept as JSON).
export interface OpenClawConfigAccessGroups {
  readonly [key: string]: unknown;
}

// Agent Client Protocol bridge settings (out of core; kept as JSON).
export interface OpenClawConfigAcp {
  readonly [key: string]: unknown;
}

// Settings of this machine as a node host (out of core; kept as JSON).
export interface OpenClawConfigNodeHost {
  readonly [key: string]: unknown;
}

// Security policy settings (out of core; kept as JSON).
export interface OpenClawConfigSecurity {
  readonly [key: string]: unknown;
}

// Inbound attachment handling (out of core; kept as JSON).
export interface OpenClawConfigAttachments {
  readonly [key: string]: unknown;
}

// Text-to-speech settings (out of core; kept as JSON).
export interface OpenClawConfigTts {
  readonly [key: string]: unknown;
}

// Session transcript settings (out of core; kept as JSON).
export interface OpenClawConfigTranscripts {
  readonly [key: string]: unknown;
}

// Cloud worker settings (out of core; kept as JSON).
export interface OpenClawConfigCloudWorkers {
  readonly [key: string]: unknown;
}

// Desktop app settings (out of core; kept as JSON).
export interface OpenClawConfigDesktop {
  readonly [key: string]: unknown;
}

// MCP server settings (out of core; kept as JSON).
export interface OpenClawConfigMcp {
  readonly [key: string]: unknown;
}

// Surface settings (out of core; kept as JSON).
export interface OpenClawConfigSurfaces {
  readonly [key: string]: unknown;
}

// Outbound proxy settings (out of core; kept as JSON).
export interface OpenClawConfigProxy {
  readonly [key: string]: unknown;
}

// Root of openclaw.json; unknown top-level keys refuse start.
export interface OpenClawConfig {
  // Editor hint pointing at a JSON Schema; ignored by the gateway.
  readonly $schema?: string;
  readonly gateway?: GatewayConfig;
  readonly agents?: AgentsConfig;
  // Routing rules that send inbound traffic to agents; first match wins.
  readonly bindings?: readonly BindingConfig[];
  readonly models?: ModelsConfig;
  readonly channels?: ChannelsConfig;
  readonly session?: SessionConfig;
  readonly cron?: CronConfig;
  readonly logging?: LoggingConfig;
  readonly hooks?: HooksConfig;
  readonly env?: EnvConfig;
  readonly identity?: IdentityConfig;
  readonly auth?: AuthConfig;
  readonly plugins?: PluginsConfig;
  readonly canvasHost?: CanvasHostConfig;
  // Skill library settings (out of core; kept as JSON).
  readonly skills?: OpenClawConfigSkills;
  readonly tools?: ToolsConfig;
  // Message formatting and queueing settings (out of core; kept as JSON).
  readonly messages?: OpenClawConfigMessages;
  // Chat slash-command settings (out of core; kept as JSON).
  readonly commands?: OpenClawConfigCommands;
  // Control UI presentation settings (kept as JSON).
  readonly ui?: OpenClawConfigUi;
  // Browser control settings (out of core; kept as JSON).
  readonly browser?: OpenClawConfigBrowser;
  // Bookkeeping written by the onboarding wizard (kept as JSON).
  readonly wizard?: OpenClawConfigWizard;
  // Bookkeeping the reference gateway writes, e.g. lastTouchedVersion (kept as written).
  readonly meta?: OpenClawConfigMeta;
  // Self-update channel and checks (out of core; kept as JSON).
  readonly update?: OpenClawConfigUpdate;
  // Secret provider definitions used by SecretRef (kept as JSON).
  readonly secrets?: OpenClawConfigSecrets;
  // LAN/mDNS discovery settings (out of core; kept as JSON).
  readonly discovery?: OpenClawConfigDiscovery;
  // Diagnostics and telemetry settings (out of core; kept as JSON).
  readonly diagnostics?: OpenClawConfigDiagnostics;
  // Voice/talk mode settings (out of core; kept as JSON).
  readonly talk?: OpenClawConfigTalk;
  // Exec approval forwarding settings (out of core; kept as JSON).
  readonly approvals?: OpenClawConfigApprovals;
  // Broadcast group settings (out of core; kept as JSON).
  readonly broadcast?: OpenClawConfigBroadcast;
  // Audio transcription settings (out of core; kept as JSON).
  readonly audio?: OpenClawConfigAudio;
  // Web (WhatsApp Web) runtime settings (out of core; kept as JSON).
  readonly web?: OpenClawConfigWeb;
  // Memory citations and memory.search embeddings (config.md §6; kept as JSON).
  readonly memory?: OpenClawConfigMemory;
  // Directory for agent git worktrees (not implemented; kept as written).
  readonly worktreeRoot?: string;
  // Speed up agent git worktree creation (not implemented; kept as written).
  readonly worktreeAcceleration?: boolean;
  // Telemetry settings (out of core; kept as JSON).
  readonly telemetry?: OpenClawConfigTelemetry;
  // Named sender groups for access policies (out of core; kept as JSON).
  readonly accessGroups?: OpenClawConfigAccessGroups;
  // Agent Client Protocol bridge settings (out of core; kept as JSON).
  readonly acp?: OpenClawConfigAcp;
  // Settings of this machine as a node host (out of core; kept as JSON).
  readonly nodeHost?: OpenClawConfigNodeHost;
  // Security policy settings (out of core; kept as JSON).
  readonly security?: OpenClawConfigSecurity;
  // Inbound attachment handling (out of core; kept as JSON).
  readonly attachments?: OpenClawConfigAttachments;
  // Text-to-speech settings (out of core; kept as JSON).
  readonly tts?: OpenClawConfigTts;
  // Session transcript settings (out of core; kept as JSON).
  readonly transcripts?: OpenClawConfigTranscripts;
  // Cloud worker settings (out of core; kept as JSON).
  readonly cloudWorkers?: OpenClawConfigCloudWorkers;
  // Desktop app settings (out of core; kept as JSON).
  readonly desktop?: OpenClawConfigDesktop;
  // MCP server settings (out of core; kept as JSON).
  readonly mcp?: OpenClawConfigMcp;
  // Surface settings (out of core; kept as JSON).
  readonly surfaces?: OpenClawConfigSurfaces;
  // Outbound proxy settings (out of core; kept as JSON).
  readonly proxy?: OpenClawConfigProxy;
}

// Why pairing approval is needed.
export type PairingRequiredDetailsReason = "not-paired" | "role-upgrade" | "scope-upgrade" | "metadata-upgrade";

// Details sent when a device must be (re)paired before it may connect.
export interface PairingRequiredDetails {
  readonly code: "PAIRING_REQUIRED";
  // Why pairing approval is needed.
  readonly reason: PairingRequiredDetailsReason;
  // Pending pairing request id.
  readonly requestId?: string;
  // Hint for the client.
  readonly recommendedNextStep?: string;
  // Whether reconnecting later may succeed.
  readonly retryable?: boolean;
  // Whether the client should stop auto-reconnecting.
  readonly pauseReconnect?: boolean;
  // Device the request is for.
  readonly deviceId?: string;
  // Role the device asked for.
  readonly requestedRole?: string;
  // Scopes the device asked for.
  readonly requestedScopes?: readonly string[];
  readonly [key: string]: unknown;
}

// Plugin-defined settings (kept as JSON).
export interface PluginEntryConfigConfig {
  readonly [key: string]: unknown;
}

// Settings of one plugin.
export interface PluginEntryConfig {
  // Enable this plugin.
  readonly enabled?: boolean;
  // Plugin-defined settings (kept as JSON).
  readonly config?: PluginEntryConfigConfig;
  readonly [key: string]: unknown;
}

// Plugin loading and per-plugin settings.
export interface PluginsConfig {
  // Load plugins.
  readonly enabled?: boolean;
  // Plugin ids allowed to load.
  readonly allow?: StringList;
  // Plugin ids never loaded.
  readonly deny?: StringList;
  // Per-plugin settings keyed by plugin id.
  readonly entries?: { readonly [key: string]: PluginEntryConfig };
  readonly [key: string]: unknown;
}

export interface PollParams {
  // Channel target.
  readonly to: string;
  // The question.
  readonly question: string;
  // The answers.
  readonly options: readonly string[];
  // De-duplication key; also the result's runId.
  readonly idempotencyKey: string;
  // Answers a voter may pick (more than 1: multiple answers).
  readonly maxSelections?: number;
  // How long the poll stays open.
  readonly durationSeconds?: number;
  // How long the poll stays open, in hours.
  readonly durationHours?: number;
  // Deliver without a notification.
  readonly silent?: boolean;
  // Whether votes are anonymous.
  readonly isAnonymous?: boolean;
  // The thread (Telegram: forum topic id).
  readonly threadId?: string;
  // The channel (default: the only configured one).
  readonly channel?: string;
  // The channel account.
  readonly accountId?: string;
}

// Qualified identity.
export interface PresenceUserIdentity {
  readonly type: "profile";
  // Profile id.
  readonly id: string;
}

// Person behind the connection.
export interface PresenceUser {
  // Identity key used for grouping.
  readonly id: string;
  // Qualified identity.
  readonly identity?: PresenceUserIdentity;
  // Email address.
  readonly email?: string;
  // Display name.
  readonly name?: string;
  // Avatar URL.
  readonly avatarUrl?: string;
}

// One client, node or the gateway itself as seen in presence.
export interface PresenceEntry {
  // Host name.
  readonly host?: string;
  // Address.
  readonly ip?: string;
  // Software version.
  readonly version?: string;
  // Platform string.
  readonly platform?: string;
  // Device family.
  readonly deviceFamily?: string;
  // Hardware model.
  readonly modelIdentifier?: string;
  // IANA time zone.
  readonly timeZone?: string;
  // Client mode, or gateway for the gateway's own entry.
  readonly mode?: string;
  // Seconds since the last user input.
  readonly lastInputSeconds?: number;
  // Why the entry was updated: self, connect, disconnect, ...
  readonly reason?: string;
  // Free-form tags.
  readonly tags?: readonly string[];
  // One-line human summary.
  readonly text?: string;
  // Last update time in epoch ms.
  readonly ts: number;
  // Start of the current online interval.
  readonly onlineSince?: number;
  // Last accepted activity.
  readonly lastActivityAt?: number;
  // Device id.
  readonly deviceId?: string;
  // Connection roles.
  readonly roles?: readonly string[];
  // Connection scopes.
  readonly scopes?: readonly string[];
  // Client instance id.
  readonly instanceId?: string;
  // Person behind the connection.
  readonly user?: PresenceUser;
  // Session keys this connection is viewing, sorted.
  readonly watchedSessions?: readonly string[];
}

export interface PresenceEvent {
  // Full presence list as visible to the recipient.
  readonly presence: readonly PresenceEntry[];
  readonly [key: string]: unknown;
}

// Details sent when the client's protocol range cannot be served.
export interface ProtocolMismatchDetails {
  readonly code: "PROTOCOL_MISMATCH";
  // minProtocol the client sent.
  readonly clientMinProtocol: number;
  // maxProtocol the client sent.
  readonly clientMaxProtocol: number;
  // Protocol version the gateway speaks (4).
  readonly expectedProtocol: number;
  // Oldest protocol accepted from probe clients (3).
  readonly minimumProbeProtocol: number;
  readonly [key: string]: unknown;
}

// What a message does when its session already has a run: followup (default) waits for it, collect merges with the other waiting messages into one turn, steer joins the running turn at its next model call (a new turn when there is none), interrupt aborts it first.
export type QueueMode = "steer" | "followup" | "collect" | "interrupt";

// A client-to-server RPC call.
export interface RequestFrame {
  readonly type: "req";
  // Opaque id echoed in the response (the CLI uses "<n>:<uuid>").
  readonly id: string;
  // RPC method name.
  readonly method: string;
  // Method parameters; each method validates its own shape. Absent or null means {}.
  readonly params?: unknown;
  // W3C trace context; malformed short values are ignored.
  readonly traceparent?: string;
  // Profile binding hint from newer clients; accepted and ignored.
  readonly expectedProfileId?: string;
}

// The server's answer to one request.
export interface ResponseFrame {
  readonly type: "res";
  // The request id being answered ("invalid" when the request had none).
  readonly id: string;
  // True on success.
  readonly ok: boolean;
  // Method result when ok is true (a few methods also attach one to failures).
  readonly payload?: unknown;
  readonly error?: ErrorShape;
}

// Active work by kind.
export interface RestartPreflightCounts {
  readonly queueSize: number;
  readonly pendingReplies: number;
  readonly embeddedRuns: number;
  readonly cronRuns: number;
  readonly backgroundExecSessions: number;
  readonly rootRequests: number;
  readonly activeTasks: number;
  // Sum of all active work.
  readonly totalActive: number;
  readonly [key: string]: unknown;
}

export interface RestartBlocker {
  // Kind of active work.
  readonly kind: string;
  // How many.
  readonly count: number;
  // Human summary.
  readonly message?: string;
  readonly [key: string]: unknown;
}

// Whether restarting now would interrupt active work.
export interface RestartPreflight {
  // True when nothing is active.
  readonly safe: boolean;
  // Active work by kind.
  readonly counts: RestartPreflightCounts;
  // What is preventing a safe restart.
  readonly blockers: readonly RestartBlocker[];
  readonly [key: string]: unknown;
}

// A credential given inline (may use ${ENV}) or as a SecretRef.
export type SecretInput = string | SecretRef;

// Where the secret is resolved from.
export type SecretSource = "env" | "file" | "exec" | "store";

// Reference to a credential held outside the config file.
export interface SecretRef {
  // Where the secret is resolved from.
  readonly source: SecretSource;
  // Named secret provider under secrets.* (default provider when absent).
  readonly provider?: string;
  // Key of the secret within the provider (env var name, file key, store id).
  readonly id: string;
}

// The message is channel HTML already (otherwise it is Markdown).
export type SendParseMode = "HTML";

export interface SendParams {
  // Channel target (Telegram: a chat id, @channelusername, optionally prefixed telegram: or tg:).
  readonly to: string;
  // De-duplication key; also the result's runId.
  readonly idempotencyKey: string;
  // The text.
  readonly message?: string;
  // A media URL.
  readonly mediaUrl?: string;
  // Media URLs.
  readonly mediaUrls?: readonly string[];
  // Base64 media content.
  readonly buffer?: string;
  // The media's file name.
  readonly filename?: string;
  // The media's content type.
  readonly contentType?: string;
  // Send audio as a voice note.
  readonly asVoice?: boolean;
  // Play a video as a GIF.
  readonly gifPlayback?: boolean;
  // The channel (default: the only configured one).
  readonly channel?: string;
  // The channel account (default: the channel's default account).
  readonly accountId?: string;
  // The agent on whose behalf the message is sent.
  readonly agentId?: string;
  // The message to reply to.
  readonly replyToId?: string;
  // The thread (Telegram: forum topic id).
  readonly threadId?: string;
  // Send media as a document.
  readonly forceDocument?: boolean;
  // Deliver without a notification.
  readonly silent?: boolean;
  // The message is channel HTML already (otherwise it is Markdown).
  readonly parseMode?: SendParseMode;
  // The session the message belongs to.
  readonly sessionKey?: string;
}

// Allow or deny sending.
export type SendPolicyAction = "allow" | "deny";

export interface SendResult {
  // The idempotencyKey.
  readonly runId: string;
  // The (last) delivered message id, as a string.
  readonly messageId: string;
  // The channel it went to.
  readonly channel: string;
  // The chat, when the channel reports one.
  readonly chatId?: string;
  // The channel id, when the channel reports one.
  readonly channelId?: string;
  // The recipient JID, when the channel reports one.
  readonly toJid?: string;
  // The conversation, when the channel reports one.
  readonly conversationId?: string;
  // The poll's id (poll).
  readonly pollId?: string;
}

// Details of an INVALID_REQUEST when a session changed under an expected id (sessions.reset, sessions.compact).
export interface SessionChangedDetails {
  readonly reason: "session-changed";
  readonly [key: string]: unknown;
}

// One session per sender, or one global session.
export type SessionScope = "per-sender" | "global";

// Reset policy per conversation type (legacy dm is migrated to direct).
export interface SessionResetByType {
  readonly direct?: SessionResetPolicy;
  readonly group?: SessionResetPolicy;
  readonly thread?: SessionResetPolicy;
}

// Session keying, reset and maintenance.
export interface SessionConfig {
  // One session per sender, or one global session.
  readonly scope?: SessionScope;
  readonly dmScope?: DmScope;
  readonly groupScope?: GroupScope;
  readonly reset?: SessionResetPolicy;
  // Reset policy per conversation type (legacy dm is migrated to direct).
  readonly resetByType?: SessionResetByType;
  // Reset policy per channel id.
  readonly resetByChannel?: { readonly [key: string]: SessionResetPolicy };
  // Chat commands that start a new session, e.g. /new, /reset.
  readonly resetTriggers?: StringList;
  // Canonical identity to channel identities such as "telegram:123".
  readonly identityLinks?: { readonly [key: string]: StringList };
  // Legacy session store selector.
  readonly store?: string;
  readonly maintenance?: SessionMaintenanceConfig;
  // Accepted but ignored; the main key is always main.
  readonly mainKey?: string;
  readonly sendPolicy?: SessionSendPolicy;
}

// How agent ownership is decided.
export type SessionDefaultsOwnership = "sole" | "legacy" | "explicit";

// Default agent and main session routing keys.
export interface SessionDefaults {
  // Default agent id.
  readonly defaultAgentId: string;
  // Main session key suffix.
  readonly mainKey: string;
  // Full main session key, e.g. agent:main:main.
  readonly mainSessionKey: string;
  // Whether a model is configured.
  readonly modelConfigured?: boolean;
  // How agent ownership is decided.
  readonly ownership?: SessionDefaultsOwnership;
  // Whether the client must pick an agent.
  readonly selectionRequired?: boolean;
  // Session scope, e.g. per-sender.
  readonly scope?: string;
}

// The stored session entry (public fields).
export interface SessionEntry {
  readonly sessionId: string;
  readonly updatedAt: number;
  readonly sessionStartedAt?: number;
  readonly lifecycleRevision?: string;
  readonly label?: string;
  readonly displayName?: string;
  readonly channel?: string;
  readonly chatType?: string;
  readonly lastInteractionAt?: number;
  readonly archived?: boolean;
  readonly pinned?: boolean;
  readonly unread?: boolean;
  readonly model?: string;
  readonly modelProvider?: string;
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  readonly totalTokens?: number;
  readonly compactionCount?: number;
  readonly spawnedBy?: string;
  readonly [key: string]: unknown;
}

export type SessionFastModeVariant2 = "auto";

// true, false or "auto".
export type SessionFastMode = boolean | SessionFastModeVariant2;

// Apply limits or only warn.
export type SessionMaintenanceMode = "enforce" | "warn";

// Pruning of the session store.
export interface SessionMaintenanceConfig {
  // Apply limits or only warn.
  readonly mode?: SessionMaintenanceMode;
  // Age after which idle sessions are pruned.
  readonly pruneAfter?: DurationString;
  // Maximum stored sessions.
  readonly maxEntries?: number;
  // Disk budget of the session store.
  readonly maxDiskBytes?: ByteSize;
  readonly [key: string]: unknown;
}

// One transcript message of a session, with the row after it.
export interface SessionMessageEvent {
  readonly sessionKey: string;
  readonly agentId?: string;
  readonly sessionId?: string;
  readonly messageId?: string;
  readonly messageSeq?: number;
  readonly message: ChatHistoryMessage;
  readonly session?: SessionRow;
  readonly ts: number;
  readonly [key: string]: unknown;
}

// The default model of the requested (or default) agent.
export interface SessionModelDefaults {
  readonly modelProvider: string | null;
  readonly model: string | null;
  // Fallback 200000.
  readonly contextTokens: number;
  readonly contextWindow?: number;
  readonly contextWindows?: unknown;
  readonly contextWindowDefault?: number;
  // Runtime selection of the model.
  readonly agentRuntime?: unknown;
  readonly thinkingLevels?: readonly unknown[];
  readonly thinkingOptions?: readonly unknown[];
  readonly thinkingDefault?: string | null;
  // Added for WebSocket callers.
  readonly modelSelectionTarget?: unknown;
  readonly [key: string]: unknown;
}

// none, daily (by session start time) or idle (by last interaction).
export type SessionResetMode = "none" | "daily" | "idle";

// When a session is reset automatically (/new and /reset always work).
export interface SessionResetPolicy {
  // none, daily (by session start time) or idle (by last interaction).
  readonly mode?: SessionResetMode;
  // Local hour of the daily reset.
  readonly atHour?: number;
  // Idle minutes before an idle reset.
  readonly idleMinutes?: number;
}

// The model a session's next turn uses.
export interface SessionResolvedModel {
  readonly modelProvider: string | null;
  readonly model: string | null;
  // Runtime selection.
  readonly agentRuntime: unknown;
  readonly runtimeSelectionLocked: boolean;
  readonly contextWindow?: number;
  readonly contextWindows?: unknown;
  readonly thinkingLevel?: string;
  readonly thinkingLevels?: readonly unknown[];
  readonly [key: string]: unknown;
}

export type SessionRowKind = "direct" | "group" | "global" | "unknown";

export type SessionChatType = "direct" | "group" | "channel";

export type SessionRunStatus = "queued" | "running" | "done" | "failed" | "killed" | "timeout";

// One session as listed (timestamps are epoch ms).
export interface SessionRow {
  readonly key: string;
  readonly kind: SessionRowKind;
  readonly sessionId?: string;
  readonly label?: string;
  readonly displayName?: string;
  readonly derivedTitle?: string;
  readonly lastMessagePreview?: string;
  readonly channel?: string;
  readonly agentId?: string;
  readonly accountId?: string;
  readonly chatType?: SessionChatType;
  readonly updatedAt?: number | null;
  readonly createdAt?: number;
  readonly sessionStartedAt?: number;
  readonly lastActivityAt?: number;
  readonly lastInteractionAt?: number;
  readonly archived?: boolean;
  readonly pinned?: boolean;
  readonly unread?: boolean;
  readonly status?: SessionRunStatus;
  readonly lastRunId?: string;
  readonly model?: string;
  readonly modelProvider?: string;
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  readonly totalTokens?: number;
  readonly contextTokens?: number;
  readonly estimatedCostUsd?: number;
  readonly compactionCount?: number;
  readonly lifecycleRevision?: string;
  readonly spawnedBy?: string;
  readonly parentSessionKey?: string;
  readonly thinkingLevel?: string;
  readonly fastMode?: SessionFastMode;
  readonly permissionMode?: string;
  readonly hasActiveRun?: boolean;
  readonly activeRunIds?: readonly string[];
  readonly [key: string]: unknown;
}

// Session selector.
export interface SessionSendRuleMatch {
  // Channel id.
  readonly channel?: string;
  // Conversation type, e.g. direct or group.
  readonly chatType?: string;
  // Session key prefix.
  readonly keyPrefix?: string;
  readonly [key: string]: unknown;
}

export interface SessionSendRule {
  readonly action: SendPolicyAction;
  // Session selector.
  readonly match?: SessionSendRuleMatch;
  readonly [key: string]: unknown;
}

// Rules deciding whether the agent may send into a session.
export interface SessionSendPolicy {
  // Evaluated in order; first match wins.
  readonly rules?: readonly SessionSendRule[];
  readonly default?: SendPolicyAction;
  readonly [key: string]: unknown;
}

export interface SessionsAbortParams {
  readonly key?: string;
  readonly runId?: string;
  readonly agentId?: string;
  readonly clearQueued?: boolean;
}

// reason: patch, reset, new, delete, compact, send, owner, update, chat.title, …
export interface SessionsChangedEvent {
  readonly reason: string;
  readonly sessionKey?: string;
  readonly agentId?: string;
  readonly sessionId?: string;
  readonly session?: SessionRow;
  readonly catalogChanged?: boolean;
  readonly compacted?: boolean;
  readonly ts: number;
  readonly [key: string]: unknown;
}

export interface SessionsCompactParams {
  readonly key: string;
  readonly agentId?: string;
  readonly maxLines?: number;
}

// Summarization outcome (tokensBefore, tokensAfter, …).
export interface SessionsCompactResultResult {
  readonly [key: string]: unknown;
}

export interface SessionsCompactResult {
  readonly ok: boolean;
  readonly key: string;
  readonly compacted: boolean;
  readonly kept?: number;
  readonly reason?: string;
  // Summarization outcome (tokensBefore, tokensAfter, …).
  readonly result?: SessionsCompactResultResult;
  readonly [key: string]: unknown;
}

export interface SessionsDeleteParams {
  readonly key: string;
  readonly agentId?: string;
  readonly deleteTranscript?: boolean;
  readonly expectedSessionId?: string;
  readonly expectedLifecycleRevision?: string;
  readonly expectedSessionUpdatedAt?: number;
  readonly emitLifecycleHooks?: boolean;
  readonly archivedOnly?: boolean;
}

export interface SessionWorktreePreserved {
  readonly id: string;
  readonly branch: string;
  readonly path: string;
  readonly reason: string;
  readonly [key: string]: unknown;
}

export interface SessionsDeleteResult {
  readonly ok: true;
  readonly key: string;
  readonly deleted: boolean;
  // Archive locations of removed transcripts.
  readonly archived: readonly string[];
  readonly worktreePreserved?: SessionWorktreePreserved;
}

export type SessionsListSort = "updatedAt" | "lastInteractionAt" | "activity";

export type SessionsArchivedFilterVariant2 = "all";

// true, false or "all".
export type SessionsArchivedFilter = boolean | SessionsArchivedFilterVariant2;

export interface SessionsProfileRelation {
  readonly profileId?: string;
  readonly relationship?: string;
  readonly [key: string]: unknown;
}

// Filters, sort and paging of sessions.list (also sessions.subscribe).
export interface SessionsListParams {
  readonly limit?: number;
  readonly offset?: number;
  // Only rows updated within the last N minutes.
  readonly activeMinutes?: number;
  readonly requireLastInteraction?: boolean;
  readonly sortBy?: SessionsListSort;
  readonly includeGlobal?: boolean;
  readonly includeUnknown?: boolean;
  readonly configuredAgentsOnly?: boolean;
  readonly includeDerivedTitles?: boolean;
  readonly includeLastMessage?: boolean;
  readonly label?: string;
  readonly boardFace?: string;
  readonly creatorId?: string;
  readonly ownerId?: string;
  readonly ownerFirst?: boolean;
  readonly involvingMe?: boolean;
  readonly involvingProfileId?: string;
  readonly includePeople?: boolean;
  readonly spawnedBy?: string;
  readonly agentId?: string;
  readonly search?: string;
  // true, false or "all".
  readonly archived?: SessionsArchivedFilter;
  readonly activeOnly?: boolean;
  readonly pinned?: boolean;
  readonly group?: string;
  readonly excludeSystem?: boolean;
  readonly excludeCron?: boolean;
  readonly excludeSubagents?: boolean;
  readonly includeActivitySummary?: boolean;
  readonly profileRelation?: SessionsProfileRelation;
  readonly projectId?: string;
  readonly workspaceDir?: string;
  readonly hasBoard?: boolean;
}

// One page of session rows.
export interface SessionsListResult {
  readonly ts: number;
  // Session store path.
  readonly path: string;
  // Rows returned.
  readonly count: number;
  // Rows matching the filters.
  readonly totalCount: number;
  readonly limitApplied: number;
  // Only when > 0.
  readonly offset?: number;
  readonly nextOffset: number | null;
  readonly hasMore: boolean;
  // Owner facet (always present).
  readonly owners: readonly unknown[];
  readonly involvingProfileId?: string;
  readonly people?: readonly unknown[];
  readonly peopleIncomplete?: boolean;
  readonly peopleSessionCount?: number;
  readonly defaults: SessionModelDefaults;
  readonly sessions: readonly SessionRow[];
  readonly [key: string]: unknown;
}

export interface SessionsMessagesSubscribeParams {
  readonly key: string;
  readonly agentId?: string;
  readonly includeApprovals?: boolean;
}

// Whether the socket now receives session.message for the key.
export interface SessionsMessagesSubscription {
  readonly subscribed: boolean;
  // Canonical session key.
  readonly key: string;
  readonly [key: string]: unknown;
}

export interface SessionsMessagesUnsubscribeParams {
  readonly key: string;
  readonly agentId?: string;
}

export type SessionsPatchParamsBoardPresentation = "split" | "expanded";

export type SessionsPatchParamsResponseUsage = "off" | "tokens" | "full" | "on";

export type SessionsPatchParamsPermissionMode = "read-only" | "guarded" | "workspace" | "full";

export type SessionsPatchParamsSendPolicy = "allow" | "deny";

export type SessionsPatchParamsGroupActivation = "mention" | "always";

export type SessionsPatchParamsSandboxMode = "off";

// sessions.patch; every mutation field may be null to clear it.
export interface SessionsPatchParams {
  readonly key: string;
  readonly agentId?: string;
  readonly expectedSessionId?: string;
  readonly expectedLifecycleRevision?: string;
  readonly expectedPermissionMode?: string | null;
  readonly expectedToolOverrides?: unknown;
  readonly expectedMarkedUnreadAt?: number | null;
  readonly label?: string | null;
  readonly autoLabel?: string | null;
  readonly icon?: string | null;
  readonly color?: string | null;
  readonly category?: string | null;
  readonly boardFace?: string | null;
  readonly boardPresentation?: SessionsPatchParamsBoardPresentation | null;
  readonly statusNote?: string | null;
  readonly attention?: string | null;
  readonly ttlMinutes?: number | null;
  readonly archived?: boolean | null;
  readonly pinned?: boolean | null;
  readonly unread?: boolean | null;
  readonly contextWindow?: number | null;
  readonly thinkingLevel?: string | null;
  readonly fastMode?: SessionFastMode | null;
  readonly toolOverrides?: unknown;
  readonly verboseLevel?: string | null;
  readonly traceLevel?: string | null;
  readonly reasoningLevel?: string | null;
  readonly responseUsage?: SessionsPatchParamsResponseUsage | null;
  readonly elevatedLevel?: string | null;
  readonly execHost?: string | null;
  readonly execSecurity?: string | null;
  readonly execAsk?: string | null;
  readonly execNode?: string | null;
  readonly permissionMode?: SessionsPatchParamsPermissionMode | null;
  readonly model?: string | null;
  readonly agentRuntime?: unknown;
  readonly sendPolicy?: SessionsPatchParamsSendPolicy | null;
  readonly groupActivation?: SessionsPatchParamsGroupActivation | null;
  readonly sandboxMode?: SessionsPatchParamsSandboxMode | null;
  readonly nativeRuntimeConsent?: unknown;
  readonly expectedSandboxMode?: unknown;
  readonly expectedNativeRuntimeConsent?: unknown;
}

export interface SessionsPatchResult {
  readonly ok: true;
  // Session store path.
  readonly path: string;
  // Canonical session key.
  readonly key: string;
  readonly entry: SessionEntry;
  readonly resolved: SessionResolvedModel;
  readonly [key: string]: unknown;
}

export interface SessionsPreviewParams {
  // Session keys; only the first 64 are used.
  readonly keys: readonly string[];
  // Items per key.
  readonly limit?: number;
  // Text cut to min(800, maxChars) UTF-16 units.
  readonly maxChars?: number;
}

export type SessionPreviewStatus = "ok" | "empty" | "missing" | "cold" | "error";

export type SessionPreviewRole = "user" | "assistant";

export interface SessionPreviewItem {
  readonly role: SessionPreviewRole;
  readonly text: string;
  readonly [key: string]: unknown;
}

export interface SessionPreview {
  // The key as requested.
  readonly key: string;
  readonly status: SessionPreviewStatus;
  readonly items: readonly SessionPreviewItem[];
  readonly [key: string]: unknown;
}

export interface SessionsPreviewResult {
  // Server time (epoch ms).
  readonly ts: number;
  // One preview per requested key, in request order.
  readonly previews: readonly SessionPreview[];
  readonly [key: string]: unknown;
}

export interface SessionsResetParams {
  readonly key: string;
  readonly agentId?: string;
  // "new" or "reset"; anything but "new" is treated as "reset".
  readonly reason?: string;
  // Accepted by 2026.9.6 (not in the 2026.9.1 schema).
  readonly expectedSessionId?: string;
}

export interface SessionsResetResult {
  readonly ok: true;
  readonly key: string;
  readonly entry?: SessionEntry;
  readonly resolved?: SessionResolvedModel;
  // Incognito keys: the in-memory session was dropped.
  readonly deleted?: boolean;
  readonly [key: string]: unknown;
}

export interface SessionsResolveParams {
  readonly key?: string;
  readonly sessionId?: string;
  readonly label?: string;
  readonly shortId?: string;
  readonly slugHint?: string;
  readonly agentId?: string;
  readonly spawnedBy?: string;
  readonly includeGlobal?: boolean;
  readonly includeUnknown?: boolean;
  readonly allowMissing?: boolean;
}

export interface SessionResolveCandidate {
  readonly key: string;
  readonly agentId: string;
  readonly displayName?: string;
  readonly boardFace?: string;
  readonly [key: string]: unknown;
}

export interface SessionsResolveResult {
  // Whether exactly one session matched.
  readonly ok: boolean;
  readonly key?: string;
  readonly agentId?: string;
  readonly displayName?: string;
  readonly boardFace?: string;
  // Near matches when ok is false.
  readonly candidates?: readonly SessionResolveCandidate[];
  readonly [key: string]: unknown;
}

export interface SessionsSendParams {
  readonly key: string;
  readonly message: string;
  readonly agentId?: string;
  readonly thinking?: string;
  readonly attachments?: readonly unknown[];
  readonly timeoutMs?: number;
  readonly idempotencyKey?: string;
}

export interface SessionsSendResult {
  readonly runId: string;
  readonly status: ChatSendStatus;
  readonly messageSeq?: number;
  readonly [key: string]: unknown;
}

export interface SessionsSubscribeResult {
  readonly subscribed: true;
  readonly list?: SessionsListResult;
  readonly [key: string]: unknown;
}

export interface SetHeartbeatsParams {
  // Whether heartbeats should run.
  readonly enabled: boolean;
}

export interface SetHeartbeatsResult {
  readonly ok: true;
  // The new setting.
  readonly enabled: boolean;
  readonly [key: string]: unknown;
}

// Sent before the gateway closes sockets to stop or restart.
export interface ShutdownEvent {
  // Why the gateway is going away (default "gateway stopping").
  readonly reason: string;
  // Expected downtime; only for restarts.
  readonly restartExpectedMs?: number;
}

// Current admission phase.
export type SnapshotSuspensionPhase = "accepting" | "preparing" | "draining" | "prepared";

// Admission state of the gateway.
export interface SnapshotSuspension {
  // Current admission phase.
  readonly phase: SnapshotSuspensionPhase;
}

// Configured gateway auth mode (admin callers only).
export type SnapshotAuthMode = "none" | "token" | "password" | "trusted-proxy";

// Gateway state handed to the client in hello-ok.
export interface Snapshot {
  // Presence list as visible to this caller.
  readonly presence: readonly PresenceEntry[];
  readonly health: HealthSnapshot;
  readonly stateVersion: StateVersion;
  // Process uptime.
  readonly uptimeMs: number;
  // Admission state of the gateway.
  readonly suspension?: SnapshotSuspension;
  // Hash of the config revision the runtime applied.
  readonly appliedConfigHash?: string | null;
  // Config file path (admin callers only).
  readonly configPath?: string;
  // State directory (admin callers only).
  readonly stateDir?: string;
  readonly sessionDefaults?: SessionDefaults;
  // Configured gateway auth mode (admin callers only).
  readonly authMode?: SnapshotAuthMode;
  // Update metadata; not emitted by this gateway.
  readonly updateAvailable?: unknown;
  // Automatic update schedule; not emitted by this gateway.
  readonly updateSchedule?: unknown;
}

// Details of an UNAVAILABLE answer while the gateway is still starting.
export interface StartupDetails {
  readonly reason: "startup-sidecars";
  readonly [key: string]: unknown;
}

// Monotonic counters of the presence list and the health snapshot.
export interface StateVersion {
  // Bumped on every presence change.
  readonly presence: number;
  // Bumped on every new health snapshot.
  readonly health: number;
}

export interface StatusParams {
  // Include the channel summary.
  readonly includeChannelSummary?: boolean;
  // Include the CLI-oriented projection.
  readonly includeCliProjection?: boolean;
  readonly [key: string]: unknown;
}

export interface StatusHeartbeatAgent {
  // Agent id.
  readonly agentId: string;
  // Whether heartbeats run.
  readonly enabled: boolean;
  // Configured period.
  readonly every: string;
  // Period in ms, null when disabled.
  readonly everyMs: number | null;
  // Whether the agent still lacks a delivery route.
  readonly waitingForRoute?: boolean;
  readonly [key: string]: unknown;
}

// Heartbeat configuration per agent.
export interface StatusResultHeartbeat {
  // Default agent id.
  readonly defaultAgentId: string;
  // Heartbeat state per agent.
  readonly agents: readonly StatusHeartbeatAgent[];
  readonly [key: string]: unknown;
}

// What the config watcher last concluded (config.md §7).
export interface StatusConfigReload {
  // gateway.reload.mode in effect: hybrid or off.
  readonly mode: string;
  // A changed config waits for a restart (reload mode off).
  readonly restartPending: boolean;
  // The last edit that could not be applied (file:line:col: key: message); the gateway runs on its last good config.
  readonly lastError?: string;
  // When that edit was seen (epoch ms).
  readonly lastErrorAt?: number;
  // When a change was last applied (epoch ms).
  readonly lastAppliedAt?: number;
  readonly [key: string]: unknown;
}

// Task counts by status.
export interface StatusResultTasksByStatus {
  readonly queued: number;
  readonly running: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly timed_out: number;
  readonly cancelled: number;
  readonly lost: number;
  readonly [key: string]: unknown;
}

// Task counts by runtime.
export interface StatusResultTasksByRuntime {
  readonly subagent: number;
  readonly acp: number;
  readonly cli: number;
  readonly cron: number;
  readonly [key: string]: unknown;
}

// Task ledger counters.
export interface StatusResultTasks {
  // All tasks.
  readonly total: number;
  // Tasks still running or queued.
  readonly active: number;
  // Finished tasks.
  readonly terminal: number;
  // Failed tasks.
  readonly failures: number;
  // Task counts by status.
  readonly byStatus: StatusResultTasksByStatus;
  // Task counts by runtime.
  readonly byRuntime: StatusResultTasksByRuntime;
  readonly [key: string]: unknown;
}

// Task ledger audit findings.
export interface StatusResultTaskAudit {
  readonly total?: number;
  readonly warnings?: number;
  readonly errors?: number;
  // Finding counts by code.
  readonly byCode?: { readonly [key: string]: number };
  readonly [key: string]: unknown;
}

// Default model settings of new sessions.
export interface StatusResultSessionsDefaults {
  // Default model.
  readonly model?: string | null;
  // Default context window.
  readonly contextTokens?: number | null;
  readonly [key: string]: unknown;
}

export interface StatusSessionsAgent {
  // Agent id.
  readonly agentId: string;
  // Session store path.
  readonly path: string;
  // Number of sessions.
  readonly count: number;
  // Recently updated sessions.
  readonly recent: readonly unknown[];
  readonly [key: string]: unknown;
}

// Session store summary (paths redacted for non-admin callers).
export interface StatusResultSessions {
  // Session store paths.
  readonly paths: readonly string[];
  // Number of sessions.
  readonly count: number;
  // Default model settings of new sessions.
  readonly defaults?: StatusResultSessionsDefaults;
  // Recently updated sessions.
  readonly recent: readonly unknown[];
  // Session summary per agent.
  readonly byAgent: readonly StatusSessionsAgent[];
  readonly [key: string]: unknown;
}

// Model runtime state.
export interface StatusResultModelRuntime {
  readonly degraded?: boolean;
  readonly pendingAgents?: readonly string[];
  readonly [key: string]: unknown;
}

// Process memory usage in bytes.
export interface StatusResultProcessMemory {
  readonly rssBytes?: number;
  readonly heapUsedBytes?: number;
  readonly heapTotalBytes?: number;
  readonly externalBytes?: number;
  readonly arrayBuffersBytes?: number;
  readonly [key: string]: unknown;
}

export interface StatusResult {
  // Gateway version; the CLI shows it as the gateway version.
  readonly runtimeVersion: string;
  // Heartbeat configuration per agent.
  readonly heartbeat: StatusResultHeartbeat;
  // One summary entry per channel/account.
  readonly channelSummary: readonly unknown[];
  // What the config watcher last concluded (config.md §7).
  readonly configReload?: StatusConfigReload;
  // System events waiting for delivery.
  readonly queuedSystemEvents?: readonly unknown[];
  // Components whose secrets failed to resolve.
  readonly degradedSecretOwners?: readonly unknown[];
  // Plugins running in a degraded state.
  readonly degradedPlugins?: readonly unknown[];
  // Task ledger counters.
  readonly tasks: StatusResultTasks;
  // Task ledger audit findings.
  readonly taskAudit?: StatusResultTaskAudit;
  // Session store summary (paths redacted for non-admin callers).
  readonly sessions: StatusResultSessions;
  // Model runtime state.
  readonly modelRuntime?: StatusResultModelRuntime;
  // Event loop health (same shape as health eventLoop).
  readonly eventLoop?: unknown;
  // Process memory usage in bytes.
  readonly processMemory?: StatusResultProcessMemory;
  // Gateway process id.
  readonly pid: number;
  // Desktop host information, when present.
  readonly hostDesktop?: unknown;
  // Worker pool state, when present.
  readonly workerPools?: unknown;
  // Shutdown budget state, when present.
  readonly shutdownBudget?: unknown;
  readonly [key: string]: unknown;
}

// List of strings.
export type StringList = readonly string[];

export interface SystemEventParams {
  // Event text; the handler rejects blank text with "text required".
  readonly text: string;
  // De-duplication key.
  readonly idempotencyKey?: string;
  // Target session (main session when absent).
  readonly sessionKey?: string;
  // Request an immediate heartbeat wake.
  readonly wake?: boolean;
  // Presence identity.
  readonly deviceId?: string;
  // Presence identity.
  readonly instanceId?: string;
  // Presence host.
  readonly host?: string;
  // Presence address.
  readonly ip?: string;
  // Presence mode.
  readonly mode?: string;
  // Presence version.
  readonly version?: string;
  // Presence platform.
  readonly platform?: string;
  // Presence device family.
  readonly deviceFamily?: string;
  // Presence hardware model.
  readonly modelIdentifier?: string;
  // Seconds since the last user input.
  readonly lastInputSeconds?: number;
  // Presence update reason.
  readonly reason?: string;
  // Presence roles.
  readonly roles?: readonly string[];
  // Presence scopes.
  readonly scopes?: readonly string[];
  // Presence tags.
  readonly tags?: readonly string[];
}

export interface SystemEventResult {
  readonly ok: true;
  readonly [key: string]: unknown;
}

export interface SystemPresenceParams {
  readonly [key: string]: unknown;
}

export type SystemPresenceResult = readonly PresenceEntry[];

// Periodic keepalive broadcast.
export interface TickEvent {
  // Server time in epoch ms (same for all sockets).
  readonly ts: number;
}

// One tool policy layer (profile, allow, alsoAllow, deny).
export interface ToolPolicyConfig {
  readonly profile?: ToolProfile;
  // Tools this layer admits.
  readonly allow?: StringList;
  // Names added to the profile's allow list.
  readonly alsoAllow?: StringList;
  // Tools this layer refuses.
  readonly deny?: StringList;
  readonly [key: string]: unknown;
}

// Base tool allow list.
export type ToolProfile = "minimal" | "coding" | "messaging" | "full";

// File tool settings.
export interface ToolsFsConfig {
  // Confine read, write, edit and ls to the agent workspace.
  readonly workspaceOnly?: boolean;
  readonly [key: string]: unknown;
}

// Where commands run (auto - the sandbox when the session has one, else the gateway).
export type ExecHost = "auto" | "sandbox" | "gateway" | "node";

// Canonical policy; deny, allowlist, ask (allowlist + on-miss), auto (as ask), full.
export type ExecMode = "deny" | "allowlist" | "ask" | "auto" | "full";

// Legacy policy - which commands may run without asking.
export type ExecSecurityLevel = "deny" | "allowlist" | "full";

// Legacy policy - when to ask the owner for approval.
export type ExecAskMode = "off" | "on-miss" | "always";

// Argument profiles of safe binaries (kept as written).
export interface ToolsExecConfigSafeBinProfiles {
  readonly [key: string]: unknown;
}

// Model reviewer of mode auto (kept as written).
export interface ToolsExecConfigReviewer {
  readonly [key: string]: unknown;
}

// The apply_patch tool.
export interface ToolsApplyPatchConfig {
  // Offer apply_patch.
  readonly enabled?: boolean;
  // Confine apply_patch to the agent workspace.
  readonly workspaceOnly?: boolean;
  // Models (model or provider/model) offered apply_patch; empty means all.
  readonly allowModels?: StringList;
  readonly [key: string]: unknown;
}

// Exec tool settings (config.md tools.exec); a layer's mode replaces its security and ask.
export interface ToolsExecConfig {
  // Where commands run (auto - the sandbox when the session has one, else the gateway).
  readonly host?: ExecHost;
  // Canonical policy; deny, allowlist, ask (allowlist + on-miss), auto (as ask), full.
  readonly mode?: ExecMode;
  // Legacy policy - which commands may run without asking.
  readonly security?: ExecSecurityLevel;
  // Legacy policy - when to ask the owner for approval.
  readonly ask?: ExecAskMode;
  // Default node for host node.
  readonly node?: string;
  // Directories prepended to PATH of commands.
  readonly pathPrepend?: StringList;
  // Stdin-only binaries that satisfy the allowlist without an entry.
  readonly safeBins?: StringList;
  // Extra directories safe binaries may resolve in.
  readonly safeBinTrustedDirs?: StringList;
  // Argument profiles of safe binaries (kept as written).
  readonly safeBinProfiles?: ToolsExecConfigSafeBinProfiles;
  // Inline interpreter code (python -c, node -e) always needs explicit approval.
  readonly strictInlineEval?: boolean;
  // Highlight spans in approval prompts.
  readonly commandHighlighting?: boolean;
  // Days a standing allow-always grant lasts (unset - until revoked).
  readonly grantExpiryDays?: number;
  // Model reviewer of mode auto (kept as written).
  readonly reviewer?: ToolsExecConfigReviewer;
  // Milliseconds a command runs before it moves to the background (clamped 10-120000).
  readonly backgroundMs?: number;
  // Seconds before a command is killed.
  readonly timeoutSeconds?: number;
  // Notice after a command approved this long ago still runs (0 - off).
  readonly approvalRunningNoticeMs?: number;
  // Milliseconds finished background sessions are kept (clamped 60000-10800000).
  readonly cleanupMs?: number;
  // A system event when a backgrounded command exits.
  readonly notifyOnExit?: boolean;
  // Also notify when it exits 0 without output.
  readonly notifyOnExitEmptySuccess?: boolean;
  // The apply_patch tool.
  readonly applyPatch?: ToolsApplyPatchConfig;
  readonly [key: string]: unknown;
}

// Private-network checks of fetched hosts and every redirect hop.
export interface WebFetchSsrfPolicyConfig {
  // Skip every private-network check.
  readonly dangerouslyAllowPrivateNetwork?: boolean;
  // Allow 198.18.0.0/15.
  readonly allowRfc2544BenchmarkRange?: boolean;
  // Allow fc00::/7.
  readonly allowIpv6UniqueLocalRange?: boolean;
  // Hosts exempt from the checks (exact names).
  readonly allowedHostnames?: StringList;
  // Hosts refused (host or *.suffix).
  readonly blockedHostnames?: StringList;
}

// The web_fetch tool (methods.md 12.1 web_fetch).
export interface ToolsWebFetchConfig {
  // Offer web_fetch (false - the tool is not built).
  readonly enabled?: boolean;
  // Characters of wrapped page text returned (a call's maxChars wins; capped by maxCharsCap).
  readonly maxChars?: number;
  // Upper bound for maxChars.
  readonly maxCharsCap?: number;
  // Response body bytes read (clamped to 32000-10000000).
  readonly maxResponseBytes?: number;
  // Whole-request timeout in seconds.
  readonly timeoutSeconds?: number;
  // Results are reused for this long per URL, mode and maxChars (0 - no cache).
  readonly cacheTtlMinutes?: number;
  // Redirects followed, each hop checked again.
  readonly maxRedirects?: number;
  // User-Agent header of fetches.
  readonly userAgent?: string;
  // Extra request headers (reserved names such as host and user-agent are dropped).
  readonly headers?: { readonly [key: string]: string };
  // Extract the main content of HTML pages.
  readonly readability?: boolean;
  // Fallback fetch provider id (plugin; not in core, kept as written).
  readonly provider?: string;
  // Fetch through HTTP(S)_PROXY from the environment.
  readonly useTrustedEnvProxy?: boolean;
  // Private-network checks of fetched hosts and every redirect hop.
  readonly ssrfPolicy?: WebFetchSsrfPolicyConfig;
}

// Web tools (core implements fetch; other keys are kept as they came).
export interface ToolsWebConfig {
  // The web_fetch tool (methods.md 12.1 web_fetch).
  readonly fetch?: ToolsWebFetchConfig;
  readonly [key: string]: unknown;
}

// Agent tool policy and tool settings (config.md tools); keys outside core are kept as they came.
export interface ToolsConfig {
  readonly profile?: ToolProfile;
  // Tools (names, globs, group:<id>) this layer admits; empty or absent admits all.
  readonly allow?: StringList;
  // Names added to the profile's allow list.
  readonly alsoAllow?: StringList;
  // Tools this layer refuses; deny wins over allow.
  readonly deny?: StringList;
  // Policy layers keyed by model provider or provider/model.
  readonly byProvider?: { readonly [key: string]: ToolPolicyConfig };
  // File tool settings.
  readonly fs?: ToolsFsConfig;
  // Exec tool settings (config.md tools.exec); a layer's mode replaces its security and ask.
  readonly exec?: ToolsExecConfig;
  // Web tools (core implements fetch; other keys are kept as they came).
  readonly web?: ToolsWebConfig;
  // Gateway extension, not in the reference schema - model calls one run may make while tools are called (default 25).
  readonly maxSteps?: number;
  readonly [key: string]: unknown;
}

// The tool's arguments.
export interface ToolsInvokeParamsArgs {
  readonly [key: string]: unknown;
}

export type ToolsInvokeReadOrigin = "direct-operator";

export interface ToolsInvokeParams {
  // Tool name; cron is the legacy name of automations. Blank is refused by the handler.
  readonly name: string;
  // The tool's arguments.
  readonly args?: ToolsInvokeParamsArgs;
  readonly sessionKey?: string;
  readonly agentId?: string;
  // Request an approval instead of reporting requires_approval.
  readonly confirm?: boolean;
  readonly idempotencyKey?: string;
  readonly conversationReadOrigin?: ToolsInvokeReadOrigin;
}

export type ToolsInvokeErrorCode = "requires_approval" | "validation_error" | "not_found" | "forbidden" | "internal_error";

export interface ToolsInvokeError {
  readonly code: ToolsInvokeErrorCode;
  readonly message: string;
}

export interface ToolsInvokeResult {
  readonly ok: boolean;
  readonly toolName: string;
  // The tool's output (success only).
  readonly output?: unknown;
  // Where the tool comes from: core, plugin, channel (success only).
  readonly source?: string;
  readonly requiresApproval?: true;
  readonly error?: ToolsInvokeError;
}

// Details of an error naming an unknown agent.
export interface UnknownAgentIdDetails {
  readonly code: "UNKNOWN_AGENT_ID";
  // The agent id that was not found.
  readonly agentId: string;
  readonly [key: string]: unknown;
}
