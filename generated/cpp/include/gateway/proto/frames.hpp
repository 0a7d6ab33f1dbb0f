// Generated from protocol/frames.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

using wire::Read;
using wire::Write;

// First frame on every socket; the nonce a device identity signs.
struct ConnectChallengeEvent {
  // Fresh UUID.
  std::string nonce{};
  // Server time in epoch ms.
  std::int64_t ts{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConnectChallengeEvent&) const = default;
};
void Read(const nlohmann::json& j, ConnectChallengeEvent& out, std::string_view ptr);
nlohmann::json Write(const ConnectChallengeEvent& value);
inline void from_json(const nlohmann::json& j, ConnectChallengeEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConnectChallengeEvent& value) { j = Write(value); }

// Known client program.
enum class GatewayClientId {
  kWebchatUi,
  kOpenclawControlUi,
  kOpenclawBrowserCopilot,
  kOpenclawTui,
  kWebchat,
  kCli,
  kGatewayClient,
  kOpenclawMacos,
  kOpenclawLinux,
  kOpenclawIos,
  kOpenclawWatchos,
  kOpenclawAndroid,
  kNodeHost,
  kOpenclawWorker,
  kTest,
  kFingerprint,
  kOpenclawProbe,
};
std::string_view ToString(GatewayClientId value);
std::optional<GatewayClientId> ParseGatewayClientId(std::string_view text);
void Read(const nlohmann::json& j, GatewayClientId& out, std::string_view ptr);
nlohmann::json Write(GatewayClientId value);
inline void from_json(const nlohmann::json& j, GatewayClientId& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayClientId& value) { j = Write(value); }

// How the client uses the gateway.
enum class GatewayClientMode {
  kWebchat,
  kCli,
  kUi,
  kBackend,
  kNode,
  kWorker,
  kProbe,
  kTest,
};
std::string_view ToString(GatewayClientMode value);
std::optional<GatewayClientMode> ParseGatewayClientMode(std::string_view text);
void Read(const nlohmann::json& j, GatewayClientMode& out, std::string_view ptr);
nlohmann::json Write(GatewayClientMode value);
inline void from_json(const nlohmann::json& j, GatewayClientMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayClientMode& value) { j = Write(value); }

// Who is connecting.
struct ConnectClientInfo {
  // Known client program.
  GatewayClientId id{};
  // Human-friendly client name.
  std::optional<std::string> display_name{};
  // Client version string.
  std::string version{};
  // Client build identifier.
  std::optional<std::string> build_id{};
  // OS or runtime, e.g. linux, darwin, ios, web.
  std::string platform{};
  // Device family, e.g. Linux or iPhone.
  std::optional<std::string> device_family{};
  // Hardware model identifier.
  std::optional<std::string> model_identifier{};
  // Self-reported IANA time zone.
  std::optional<std::string> time_zone{};
  // How the client uses the gateway.
  GatewayClientMode mode{};
  // Stable id of this client instance.
  std::optional<std::string> instance_id{};

  bool operator==(const ConnectClientInfo&) const = default;
};
void Read(const nlohmann::json& j, ConnectClientInfo& out, std::string_view ptr);
nlohmann::json Write(const ConnectClientInfo& value);
inline void from_json(const nlohmann::json& j, ConnectClientInfo& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConnectClientInfo& value) { j = Write(value); }

// Legacy node worker build metadata; accepted and ignored.
struct ConnectWorkerRuns {
  // Lowercase hex SHA-256 of the worker bundle.
  std::string bundle_hash{};
  // OpenClaw version of the worker.
  std::string openclaw_version{};
  // Worker protocol features.
  std::vector<std::string> protocol_features{};
  // Prewarm count.
  std::optional<std::int64_t> bundle_prewarm{};

  bool operator==(const ConnectWorkerRuns&) const = default;
};
void Read(const nlohmann::json& j, ConnectWorkerRuns& out, std::string_view ptr);
nlohmann::json Write(const ConnectWorkerRuns& value);
inline void from_json(const nlohmann::json& j, ConnectWorkerRuns& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConnectWorkerRuns& value) { j = Write(value); }

// Signed device identity.
struct ConnectDevice {
  // Device id.
  std::string id{};
  // Device public key.
  std::string public_key{};
  // Signature over the connect payload.
  std::string signature{};
  // Signing time in epoch ms.
  std::int64_t signed_at{};
  // The connect.challenge nonce that was signed.
  std::string nonce{};

  bool operator==(const ConnectDevice&) const = default;
};
void Read(const nlohmann::json& j, ConnectDevice& out, std::string_view ptr);
nlohmann::json Write(const ConnectDevice& value);
inline void from_json(const nlohmann::json& j, ConnectDevice& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConnectDevice& value) { j = Write(value); }

// Credentials.
struct ConnectAuth {
  // Shared gateway token.
  std::optional<std::string> token{};
  // One-time bootstrap token.
  std::optional<std::string> bootstrap_token{};
  // Token issued to a paired device.
  std::optional<std::string> device_token{};
  // Shared gateway password.
  std::optional<std::string> password{};
  // Token of an approval runtime.
  std::optional<std::string> approval_runtime_token{};
  // Token of an agent runtime.
  std::optional<std::string> agent_runtime_identity_token{};

  bool operator==(const ConnectAuth&) const = default;
};
void Read(const nlohmann::json& j, ConnectAuth& out, std::string_view ptr);
nlohmann::json Write(const ConnectAuth& value);
inline void from_json(const nlohmann::json& j, ConnectAuth& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConnectAuth& value) { j = Write(value); }

// Parameters of the first request on a socket, method connect.
struct ConnectParams {
  // Oldest protocol the client speaks.
  std::int64_t min_protocol{};
  // Newest protocol the client speaks.
  std::int64_t max_protocol{};
  // Who is connecting.
  ConnectClientInfo client{};
  // Client capability flags (e.g. tool-events, approvals) or node capability categories.
  std::optional<std::vector<std::string>> caps{};
  // Commands a node claims to support.
  std::optional<std::vector<std::string>> commands{};
  // Computer-use declaration; opaque to the core.
  std::optional<nlohmann::json> computer_use{};
  // Legacy node worker build metadata; accepted and ignored.
  std::optional<ConnectWorkerRuns> worker_runs{};
  // Node permission toggles by name.
  std::optional<std::map<std::string, bool>> permissions{};
  // PATH of the node host.
  std::optional<std::string> path_env{};
  // operator (default) or node; the server rejects anything else as "invalid role".
  std::optional<std::string> role{};
  // Requested operator scopes (default none).
  std::optional<std::vector<std::string>> scopes{};
  // Signed device identity.
  std::optional<ConnectDevice> device{};
  // Credentials.
  std::optional<ConnectAuth> auth{};
  // Client locale.
  std::optional<std::string> locale{};
  // Client user agent.
  std::optional<std::string> user_agent{};

  bool operator==(const ConnectParams&) const = default;
};
void Read(const nlohmann::json& j, ConnectParams& out, std::string_view ptr);
nlohmann::json Write(const ConnectParams& value);
inline void from_json(const nlohmann::json& j, ConnectParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConnectParams& value) { j = Write(value); }

// The error object of a failed response.
struct ErrorShape {
  // Top-level error code (see errors.yaml codes).
  std::string code{};
  // Human-readable text; clients branch on code and details.code instead.
  std::string message{};
  // Structured extra information, usually an object with its own code.
  std::optional<nlohmann::json> details{};
  // Whether the same request may succeed if retried.
  std::optional<bool> retryable{};
  // Suggested wait before retrying.
  std::optional<std::int64_t> retry_after_ms{};

  bool operator==(const ErrorShape&) const = default;
};
void Read(const nlohmann::json& j, ErrorShape& out, std::string_view ptr);
nlohmann::json Write(const ErrorShape& value);
inline void from_json(const nlohmann::json& j, ErrorShape& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ErrorShape& value) { j = Write(value); }

// Monotonic counters of the presence list and the health snapshot.
struct StateVersion {
  // Bumped on every presence change.
  std::int64_t presence{};
  // Bumped on every new health snapshot.
  std::int64_t health{};

  bool operator==(const StateVersion&) const = default;
};
void Read(const nlohmann::json& j, StateVersion& out, std::string_view ptr);
nlohmann::json Write(const StateVersion& value);
inline void from_json(const nlohmann::json& j, StateVersion& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StateVersion& value) { j = Write(value); }

// A server-pushed event.
struct EventFrame {
  // "type" is always "event".
  // Event name.
  std::string event{};
  // Event body.
  std::optional<nlohmann::json> payload{};
  // Per-connection event counter starting at 1; absent on connect.challenge.
  std::optional<std::int64_t> seq{};
  std::optional<StateVersion> state_version{};
  // Profile a broadcast was addressed to (newer gateways; never emitted here).
  std::optional<std::string> recipient_profile_id{};

  bool operator==(const EventFrame&) const = default;
};
void Read(const nlohmann::json& j, EventFrame& out, std::string_view ptr);
nlohmann::json Write(const EventFrame& value);
inline void from_json(const nlohmann::json& j, EventFrame& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const EventFrame& value) { j = Write(value); }

struct HealthSessionRecent {
  // Session key.
  std::string key{};
  // Last update time.
  std::optional<std::int64_t> updated_at{};
  // Milliseconds since the last update.
  std::optional<std::int64_t> age{};

  bool operator==(const HealthSessionRecent&) const = default;
};
void Read(const nlohmann::json& j, HealthSessionRecent& out, std::string_view ptr);
nlohmann::json Write(const HealthSessionRecent& value);
inline void from_json(const nlohmann::json& j, HealthSessionRecent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthSessionRecent& value) { j = Write(value); }

// Session store summary.
struct HealthSessions {
  // Session store path.
  std::string path{};
  // Number of sessions.
  std::int64_t count{};
  // Most recently updated sessions.
  std::vector<HealthSessionRecent> recent{};

  bool operator==(const HealthSessions&) const = default;
};
void Read(const nlohmann::json& j, HealthSessions& out, std::string_view ptr);
nlohmann::json Write(const HealthSessions& value);
inline void from_json(const nlohmann::json& j, HealthSessions& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthSessions& value) { j = Write(value); }

enum class HealthEventLoopReason {
  kEventLoopDelay,
  kEventLoopUtilization,
  kCpu,
};
std::string_view ToString(HealthEventLoopReason value);
std::optional<HealthEventLoopReason> ParseHealthEventLoopReason(std::string_view text);
void Read(const nlohmann::json& j, HealthEventLoopReason& out, std::string_view ptr);
nlohmann::json Write(HealthEventLoopReason value);
inline void from_json(const nlohmann::json& j, HealthEventLoopReason& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthEventLoopReason& value) { j = Write(value); }

// Event loop pressure.
struct HealthEventLoop {
  // Whether the loop is degraded.
  bool degraded{};
  // When degradation began.
  std::optional<std::optional<std::int64_t>> degraded_since_ms{};
  // Active degradation reasons.
  std::vector<HealthEventLoopReason> reasons{};
  // Sampling interval.
  double interval_ms{};
  // 99th percentile loop delay.
  double delay_p99_ms{};
  // Maximum loop delay.
  double delay_max_ms{};
  // Loop utilization ratio.
  double utilization{};
  // CPU use relative to one core.
  double cpu_core_ratio{};

  bool operator==(const HealthEventLoop&) const = default;
};
void Read(const nlohmann::json& j, HealthEventLoop& out, std::string_view ptr);
nlohmann::json Write(const HealthEventLoop& value);
inline void from_json(const nlohmann::json& j, HealthEventLoop& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthEventLoop& value) { j = Write(value); }

struct HealthPluginError {
  // Plugin id.
  std::string id{};
  // Where the plugin came from.
  std::string origin{};
  // Whether it was activated.
  bool activated{};
  // What activated it.
  std::optional<std::string> activation_source{};
  // Why it was activated.
  std::optional<std::string> activation_reason{};
  // Phase that failed.
  std::optional<std::string> failure_phase{};
  // Error text.
  std::string error{};

  bool operator==(const HealthPluginError&) const = default;
};
void Read(const nlohmann::json& j, HealthPluginError& out, std::string_view ptr);
nlohmann::json Write(const HealthPluginError& value);
inline void from_json(const nlohmann::json& j, HealthPluginError& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthPluginError& value) { j = Write(value); }

// Plugin load state.
struct HealthPlugins {
  // Loaded plugin ids.
  std::vector<std::string> loaded{};
  // Plugins that failed.
  std::vector<HealthPluginError> errors{};
  // Configured but unavailable plugins.
  std::optional<std::vector<nlohmann::json>> unavailable{};

  bool operator==(const HealthPlugins&) const = default;
};
void Read(const nlohmann::json& j, HealthPlugins& out, std::string_view ptr);
nlohmann::json Write(const HealthPlugins& value);
inline void from_json(const nlohmann::json& j, HealthPlugins& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthPlugins& value) { j = Write(value); }

// Whether hot reload is on.
enum class HealthConfigReloadHotReloadStatus {
  kActive,
  kDisabled,
};
std::string_view ToString(HealthConfigReloadHotReloadStatus value);
std::optional<HealthConfigReloadHotReloadStatus> ParseHealthConfigReloadHotReloadStatus(std::string_view text);
void Read(const nlohmann::json& j, HealthConfigReloadHotReloadStatus& out, std::string_view ptr);
nlohmann::json Write(HealthConfigReloadHotReloadStatus value);
inline void from_json(const nlohmann::json& j, HealthConfigReloadHotReloadStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthConfigReloadHotReloadStatus& value) { j = Write(value); }

// Config hot-reload state.
struct HealthConfigReload {
  // Whether hot reload is on.
  HealthConfigReloadHotReloadStatus hot_reload_status{};

  bool operator==(const HealthConfigReload&) const = default;
};
void Read(const nlohmann::json& j, HealthConfigReload& out, std::string_view ptr);
nlohmann::json Write(const HealthConfigReload& value);
inline void from_json(const nlohmann::json& j, HealthConfigReload& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthConfigReload& value) { j = Write(value); }

// Heartbeat settings of the agent.
struct HealthAgentHeartbeat {
  // Whether heartbeats run.
  bool enabled{};
  // Configured period, e.g. 30m.
  std::string every{};
  // Period in ms, null when disabled or invalid.
  std::optional<std::int64_t> every_ms{};
  // Heartbeat prompt.
  std::string prompt{};
  // Delivery target.
  std::string target{};
  // Model override.
  std::optional<std::string> model{};
  // Session override.
  std::optional<std::string> session{};
  // Longest reply still treated as an acknowledgement.
  std::int64_t ack_max_chars{};

  bool operator==(const HealthAgentHeartbeat&) const = default;
};
void Read(const nlohmann::json& j, HealthAgentHeartbeat& out, std::string_view ptr);
nlohmann::json Write(const HealthAgentHeartbeat& value);
inline void from_json(const nlohmann::json& j, HealthAgentHeartbeat& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthAgentHeartbeat& value) { j = Write(value); }

struct HealthAgent {
  // Agent id.
  std::string agent_id{};
  // Agent display name.
  std::optional<std::string> name{};
  // Whether this is the default agent.
  bool is_default{};
  // Heartbeat settings of the agent.
  HealthAgentHeartbeat heartbeat{};
  HealthSessions sessions{};

  bool operator==(const HealthAgent&) const = default;
};
void Read(const nlohmann::json& j, HealthAgent& out, std::string_view ptr);
nlohmann::json Write(const HealthAgent& value);
inline void from_json(const nlohmann::json& j, HealthAgent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthAgent& value) { j = Write(value); }

// Model runtime state; only in live-probe health results, never in hello or health events.
struct HealthModelRuntime {
  // Whether model runtime is degraded.
  bool degraded{};
  // Agents still waiting for a model runtime.
  std::vector<std::string> pending_agents{};

  bool operator==(const HealthModelRuntime&) const = default;
};
void Read(const nlohmann::json& j, HealthModelRuntime& out, std::string_view ptr);
nlohmann::json Write(const HealthModelRuntime& value);
inline void from_json(const nlohmann::json& j, HealthModelRuntime& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthModelRuntime& value) { j = Write(value); }

// Gateway health summary; every key is optional and {} is valid.
struct HealthSnapshot {
  // A snapshot was produced (not that all channels are healthy).
  std::optional<bool> ok{};
  // When the snapshot was built.
  std::optional<std::int64_t> ts{};
  // How long building it took.
  std::optional<std::int64_t> duration_ms{};
  // Event loop pressure.
  std::optional<HealthEventLoop> event_loop{};
  // Plugin load state.
  std::optional<HealthPlugins> plugins{};
  // Context engine state (opaque here).
  std::optional<nlohmann::json> context_engines{};
  // Outbound delivery queue state (opaque here).
  std::optional<nlohmann::json> delivery_queues{};
  // Model pricing source state (opaque here).
  std::optional<nlohmann::json> model_pricing{};
  // Config hot-reload state.
  std::optional<HealthConfigReload> config_reload{};
  // Per-channel summaries owned by channel plugins.
  std::optional<std::map<std::string, nlohmann::json>> channels{};
  // Display order of channels.
  std::optional<std::vector<std::string>> channel_order{};
  // Display label per channel.
  std::optional<std::map<std::string, std::string>> channel_labels{};
  // Default heartbeat period.
  std::optional<std::int64_t> heartbeat_seconds{};
  // Default agent id.
  std::optional<std::string> default_agent_id{};
  // Per-agent health.
  std::optional<std::vector<HealthAgent>> agents{};
  std::optional<HealthSessions> sessions{};
  // Model runtime state; only in live-probe health results, never in hello or health events.
  std::optional<HealthModelRuntime> model_runtime{};

  bool operator==(const HealthSnapshot&) const = default;
};
void Read(const nlohmann::json& j, HealthSnapshot& out, std::string_view ptr);
nlohmann::json Write(const HealthSnapshot& value);
inline void from_json(const nlohmann::json& j, HealthSnapshot& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthSnapshot& value) { j = Write(value); }

// Qualified identity.
struct PresenceUserIdentity {
  // "type" is always "profile".
  // Profile id.
  std::string id{};

  bool operator==(const PresenceUserIdentity&) const = default;
};
void Read(const nlohmann::json& j, PresenceUserIdentity& out, std::string_view ptr);
nlohmann::json Write(const PresenceUserIdentity& value);
inline void from_json(const nlohmann::json& j, PresenceUserIdentity& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PresenceUserIdentity& value) { j = Write(value); }

// Person behind the connection.
struct PresenceUser {
  // Identity key used for grouping.
  std::string id{};
  // Qualified identity.
  std::optional<PresenceUserIdentity> identity{};
  // Email address.
  std::optional<std::string> email{};
  // Display name.
  std::optional<std::string> name{};
  // Avatar URL.
  std::optional<std::string> avatar_url{};

  bool operator==(const PresenceUser&) const = default;
};
void Read(const nlohmann::json& j, PresenceUser& out, std::string_view ptr);
nlohmann::json Write(const PresenceUser& value);
inline void from_json(const nlohmann::json& j, PresenceUser& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PresenceUser& value) { j = Write(value); }

// One client, node or the gateway itself as seen in presence.
struct PresenceEntry {
  // Host name.
  std::optional<std::string> host{};
  // Address.
  std::optional<std::string> ip{};
  // Software version.
  std::optional<std::string> version{};
  // Platform string.
  std::optional<std::string> platform{};
  // Device family.
  std::optional<std::string> device_family{};
  // Hardware model.
  std::optional<std::string> model_identifier{};
  // IANA time zone.
  std::optional<std::string> time_zone{};
  // Client mode, or gateway for the gateway's own entry.
  std::optional<std::string> mode{};
  // Seconds since the last user input.
  std::optional<std::int64_t> last_input_seconds{};
  // Why the entry was updated: self, connect, disconnect, ...
  std::optional<std::string> reason{};
  // Free-form tags.
  std::optional<std::vector<std::string>> tags{};
  // One-line human summary.
  std::optional<std::string> text{};
  // Last update time in epoch ms.
  std::int64_t ts{};
  // Start of the current online interval.
  std::optional<std::int64_t> online_since{};
  // Last accepted activity.
  std::optional<std::int64_t> last_activity_at{};
  // Device id.
  std::optional<std::string> device_id{};
  // Connection roles.
  std::optional<std::vector<std::string>> roles{};
  // Connection scopes.
  std::optional<std::vector<std::string>> scopes{};
  // Client instance id.
  std::optional<std::string> instance_id{};
  // Person behind the connection.
  std::optional<PresenceUser> user{};
  // Session keys this connection is viewing, sorted.
  std::optional<std::vector<std::string>> watched_sessions{};

  bool operator==(const PresenceEntry&) const = default;
};
void Read(const nlohmann::json& j, PresenceEntry& out, std::string_view ptr);
nlohmann::json Write(const PresenceEntry& value);
inline void from_json(const nlohmann::json& j, PresenceEntry& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PresenceEntry& value) { j = Write(value); }

// How agent ownership is decided.
enum class SessionDefaultsOwnership {
  kSole,
  kLegacy,
  kExplicit,
};
std::string_view ToString(SessionDefaultsOwnership value);
std::optional<SessionDefaultsOwnership> ParseSessionDefaultsOwnership(std::string_view text);
void Read(const nlohmann::json& j, SessionDefaultsOwnership& out, std::string_view ptr);
nlohmann::json Write(SessionDefaultsOwnership value);
inline void from_json(const nlohmann::json& j, SessionDefaultsOwnership& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionDefaultsOwnership& value) { j = Write(value); }

// Default agent and main session routing keys.
struct SessionDefaults {
  // Default agent id.
  std::string default_agent_id{};
  // Main session key suffix.
  std::string main_key{};
  // Full main session key, e.g. agent:main:main.
  std::string main_session_key{};
  // Whether a model is configured.
  std::optional<bool> model_configured{};
  // How agent ownership is decided.
  std::optional<SessionDefaultsOwnership> ownership{};
  // Whether the client must pick an agent.
  std::optional<bool> selection_required{};
  // Session scope, e.g. per-sender.
  std::optional<std::string> scope{};

  bool operator==(const SessionDefaults&) const = default;
};
void Read(const nlohmann::json& j, SessionDefaults& out, std::string_view ptr);
nlohmann::json Write(const SessionDefaults& value);
inline void from_json(const nlohmann::json& j, SessionDefaults& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionDefaults& value) { j = Write(value); }

// Current admission phase.
enum class SnapshotSuspensionPhase {
  kAccepting,
  kPreparing,
  kDraining,
  kPrepared,
};
std::string_view ToString(SnapshotSuspensionPhase value);
std::optional<SnapshotSuspensionPhase> ParseSnapshotSuspensionPhase(std::string_view text);
void Read(const nlohmann::json& j, SnapshotSuspensionPhase& out, std::string_view ptr);
nlohmann::json Write(SnapshotSuspensionPhase value);
inline void from_json(const nlohmann::json& j, SnapshotSuspensionPhase& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SnapshotSuspensionPhase& value) { j = Write(value); }

// Admission state of the gateway.
struct SnapshotSuspension {
  // Current admission phase.
  SnapshotSuspensionPhase phase{};

  bool operator==(const SnapshotSuspension&) const = default;
};
void Read(const nlohmann::json& j, SnapshotSuspension& out, std::string_view ptr);
nlohmann::json Write(const SnapshotSuspension& value);
inline void from_json(const nlohmann::json& j, SnapshotSuspension& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SnapshotSuspension& value) { j = Write(value); }

// Configured gateway auth mode (admin callers only).
enum class SnapshotAuthMode {
  kNone,
  kToken,
  kPassword,
  kTrustedProxy,
};
std::string_view ToString(SnapshotAuthMode value);
std::optional<SnapshotAuthMode> ParseSnapshotAuthMode(std::string_view text);
void Read(const nlohmann::json& j, SnapshotAuthMode& out, std::string_view ptr);
nlohmann::json Write(SnapshotAuthMode value);
inline void from_json(const nlohmann::json& j, SnapshotAuthMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SnapshotAuthMode& value) { j = Write(value); }

// Gateway state handed to the client in hello-ok.
struct Snapshot {
  // Presence list as visible to this caller.
  std::vector<PresenceEntry> presence{};
  HealthSnapshot health{};
  StateVersion state_version{};
  // Process uptime.
  std::int64_t uptime_ms{};
  // Admission state of the gateway.
  std::optional<SnapshotSuspension> suspension{};
  // Hash of the config revision the runtime applied.
  std::optional<std::optional<std::string>> applied_config_hash{};
  // Config file path (admin callers only).
  std::optional<std::string> config_path{};
  // State directory (admin callers only).
  std::optional<std::string> state_dir{};
  std::optional<SessionDefaults> session_defaults{};
  // Configured gateway auth mode (admin callers only).
  std::optional<SnapshotAuthMode> auth_mode{};
  // Update metadata; not emitted by this gateway.
  std::optional<nlohmann::json> update_available{};
  // Automatic update schedule; not emitted by this gateway.
  std::optional<nlohmann::json> update_schedule{};

  bool operator==(const Snapshot&) const = default;
};
void Read(const nlohmann::json& j, Snapshot& out, std::string_view ptr);
nlohmann::json Write(const Snapshot& value);
inline void from_json(const nlohmann::json& j, Snapshot& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const Snapshot& value) { j = Write(value); }

// Where the served Control UI build comes from.
enum class HelloServerControlUiBuildSource {
  kBundled,
  kConfigured,
};
std::string_view ToString(HelloServerControlUiBuildSource value);
std::optional<HelloServerControlUiBuildSource> ParseHelloServerControlUiBuildSource(std::string_view text);
void Read(const nlohmann::json& j, HelloServerControlUiBuildSource& out, std::string_view ptr);
nlohmann::json Write(HelloServerControlUiBuildSource value);
inline void from_json(const nlohmann::json& j, HelloServerControlUiBuildSource& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HelloServerControlUiBuildSource& value) { j = Write(value); }

// Identity of the gateway process and this connection.
struct HelloServer {
  // Product version, e.g. 2026.9.6.
  std::string version{};
  // Fresh id of this connection.
  std::string conn_id{};
  // Build identifier.
  std::optional<std::string> build_id{};
  // Id generated once per process start.
  std::optional<std::string> boot_id{};
  // Where the served Control UI build comes from.
  std::optional<HelloServerControlUiBuildSource> control_ui_build_source{};

  bool operator==(const HelloServer&) const = default;
};
void Read(const nlohmann::json& j, HelloServer& out, std::string_view ptr);
nlohmann::json Write(const HelloServer& value);
inline void from_json(const nlohmann::json& j, HelloServer& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HelloServer& value) { j = Write(value); }

// What this gateway implements (advisory).
struct HelloFeatures {
  // Implemented RPC methods.
  std::vector<std::string> methods{};
  // Events this gateway can emit.
  std::vector<std::string> events{};
  // Optional protocol contracts the gateway implements.
  std::optional<std::vector<std::string>> capabilities{};

  bool operator==(const HelloFeatures&) const = default;
};
void Read(const nlohmann::json& j, HelloFeatures& out, std::string_view ptr);
nlohmann::json Write(const HelloFeatures& value);
inline void from_json(const nlohmann::json& j, HelloFeatures& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HelloFeatures& value) { j = Write(value); }

// Navigation group.
enum class ControlUiTabGroup {
  kControl,
  kAgent,
};
std::string_view ToString(ControlUiTabGroup value);
std::optional<ControlUiTabGroup> ParseControlUiTabGroup(std::string_view text);
void Read(const nlohmann::json& j, ControlUiTabGroup& out, std::string_view ptr);
nlohmann::json Write(ControlUiTabGroup value);
inline void from_json(const nlohmann::json& j, ControlUiTabGroup& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ControlUiTabGroup& value) { j = Write(value); }

struct ControlUiTab {
  // Owning plugin.
  std::string plugin_id{};
  // Tab id.
  std::string id{};
  // Tab label.
  std::string label{};
  // Tab description.
  std::optional<std::string> description{};
  // Icon name.
  std::optional<std::string> icon{};
  // Route path.
  std::optional<std::string> path{};
  // Where the tab is shown.
  std::optional<std::string> placement{};
  // Whether the tab needs gateway auth.
  std::optional<bool> requires_gateway_auth{};
  // Navigation group.
  std::optional<ControlUiTabGroup> group{};
  // Sort key.
  std::optional<double> order{};

  bool operator==(const ControlUiTab&) const = default;
};
void Read(const nlohmann::json& j, ControlUiTab& out, std::string_view ptr);
nlohmann::json Write(const ControlUiTab& value);
inline void from_json(const nlohmann::json& j, ControlUiTab& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ControlUiTab& value) { j = Write(value); }

struct ControlUiWidgetKind {
  // Owning plugin.
  std::string plugin_id{};
  // Widget kind.
  std::string kind{};
  // Widget label.
  std::string label{};

  bool operator==(const ControlUiWidgetKind&) const = default;
};
void Read(const nlohmann::json& j, ControlUiWidgetKind& out, std::string_view ptr);
nlohmann::json Write(const ControlUiWidgetKind& value);
inline void from_json(const nlohmann::json& j, ControlUiWidgetKind& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ControlUiWidgetKind& value) { j = Write(value); }

struct HelloDeviceToken {
  // Token value.
  std::string device_token{};
  // Role the token grants.
  std::string role{};
  // Scopes the token grants.
  std::vector<std::string> scopes{};
  // Issue time.
  std::int64_t issued_at_ms{};

  bool operator==(const HelloDeviceToken&) const = default;
};
void Read(const nlohmann::json& j, HelloDeviceToken& out, std::string_view ptr);
nlohmann::json Write(const HelloDeviceToken& value);
inline void from_json(const nlohmann::json& j, HelloDeviceToken& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HelloDeviceToken& value) { j = Write(value); }

// Effective role and scopes of this socket.
struct HelloAuth {
  // Effective role.
  std::string role{};
  // Effective scopes enforced by dispatch.
  std::vector<std::string> scopes{};
  // Token issued to the connecting device.
  std::optional<std::string> device_token{};
  // When deviceToken was issued.
  std::optional<std::int64_t> issued_at_ms{};
  // Opaque session-recovery scope.
  std::optional<std::string> recovery_scope{};
  // Present when recovery migration is allowed.
  std::optional<bool> recovery_migration_allowed{};
  // All tokens issued to the device, per role.
  std::optional<std::vector<HelloDeviceToken>> device_tokens{};

  bool operator==(const HelloAuth&) const = default;
};
void Read(const nlohmann::json& j, HelloAuth& out, std::string_view ptr);
nlohmann::json Write(const HelloAuth& value);
inline void from_json(const nlohmann::json& j, HelloAuth& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HelloAuth& value) { j = Write(value); }

// Chat attachment ceilings.
struct HelloAttachmentPolicy {
  // Largest decoded attachment.
  std::int64_t max_bytes{};
  // Largest decoded image.
  std::int64_t max_image_bytes{};

  bool operator==(const HelloAttachmentPolicy&) const = default;
};
void Read(const nlohmann::json& j, HelloAttachmentPolicy& out, std::string_view ptr);
nlohmann::json Write(const HelloAttachmentPolicy& value);
inline void from_json(const nlohmann::json& j, HelloAttachmentPolicy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HelloAttachmentPolicy& value) { j = Write(value); }

enum class SessionVisibility {
  kShared,
  kReadOnly,
  kSuggest,
  kDraft,
};
std::string_view ToString(SessionVisibility value);
std::optional<SessionVisibility> ParseSessionVisibility(std::string_view text);
void Read(const nlohmann::json& j, SessionVisibility& out, std::string_view ptr);
nlohmann::json Write(SessionVisibility value);
inline void from_json(const nlohmann::json& j, SessionVisibility& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionVisibility& value) { j = Write(value); }

// Limits the client must respect.
struct HelloPolicy {
  // Largest frame accepted after hello.
  std::int64_t max_payload{};
  // Outbound buffer limit per socket.
  std::int64_t max_buffered_bytes{};
  // Tick period; clients time out after twice this.
  std::int64_t tick_interval_ms{};
  // Chat attachment ceilings.
  std::optional<HelloAttachmentPolicy> attachments{};
  // Session sharing visibilities this gateway allows.
  std::optional<std::vector<SessionVisibility>> allowed_session_visibilities{};
  // Whether more than one sharing identity exists.
  std::optional<bool> has_multiple_session_sharing_identities{};

  bool operator==(const HelloPolicy&) const = default;
};
void Read(const nlohmann::json& j, HelloPolicy& out, std::string_view ptr);
nlohmann::json Write(const HelloPolicy& value);
inline void from_json(const nlohmann::json& j, HelloPolicy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HelloPolicy& value) { j = Write(value); }

// Payload of the successful connect response.
struct HelloOk {
  // "type" is always "hello-ok".
  // Negotiated protocol version.
  std::int64_t protocol{};
  // Identity of the gateway process and this connection.
  HelloServer server{};
  // What this gateway implements (advisory).
  HelloFeatures features{};
  Snapshot snapshot{};
  // Public Control UI origin and base path, when configured.
  std::optional<std::string> control_ui_url{};
  // Plugin tabs visible to this caller.
  std::optional<std::vector<ControlUiTab>> control_ui_tabs{};
  // Plugin widget kinds visible to this caller.
  std::optional<std::vector<ControlUiWidgetKind>> control_ui_widget_kinds{};
  // Plugin surface URLs by name (protocol 4; replaces canvasHostUrl).
  std::optional<std::map<std::string, std::string>> plugin_surface_urls{};
  // Canvas host URL, only for protocol-3 sessions.
  std::optional<std::string> canvas_host_url{};
  // Effective role and scopes of this socket.
  HelloAuth auth{};
  // Limits the client must respect.
  HelloPolicy policy{};

  bool operator==(const HelloOk&) const = default;
};
void Read(const nlohmann::json& j, HelloOk& out, std::string_view ptr);
nlohmann::json Write(const HelloOk& value);
inline void from_json(const nlohmann::json& j, HelloOk& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HelloOk& value) { j = Write(value); }

// A client-to-server RPC call.
struct RequestFrame {
  // "type" is always "req".
  // Opaque id echoed in the response (the CLI uses "<n>:<uuid>").
  std::string id{};
  // RPC method name.
  std::string method{};
  // Method parameters; each method validates its own shape. Absent or null means {}.
  std::optional<nlohmann::json> params{};
  // W3C trace context; malformed short values are ignored.
  std::optional<std::string> traceparent{};
  // Profile binding hint from newer clients; accepted and ignored.
  std::optional<std::string> expected_profile_id{};

  bool operator==(const RequestFrame&) const = default;
};
void Read(const nlohmann::json& j, RequestFrame& out, std::string_view ptr);
nlohmann::json Write(const RequestFrame& value);
inline void from_json(const nlohmann::json& j, RequestFrame& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const RequestFrame& value) { j = Write(value); }

// The server's answer to one request.
struct ResponseFrame {
  // "type" is always "res".
  // The request id being answered ("invalid" when the request had none).
  std::string id{};
  // True on success.
  bool ok{};
  // Method result when ok is true (a few methods also attach one to failures).
  std::optional<nlohmann::json> payload{};
  std::optional<ErrorShape> error{};

  bool operator==(const ResponseFrame&) const = default;
};
void Read(const nlohmann::json& j, ResponseFrame& out, std::string_view ptr);
nlohmann::json Write(const ResponseFrame& value);
inline void from_json(const nlohmann::json& j, ResponseFrame& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ResponseFrame& value) { j = Write(value); }

// Sent before the gateway closes sockets to stop or restart.
struct ShutdownEvent {
  // Why the gateway is going away (default "gateway stopping").
  std::string reason{};
  // Expected downtime; only for restarts.
  std::optional<std::int64_t> restart_expected_ms{};

  bool operator==(const ShutdownEvent&) const = default;
};
void Read(const nlohmann::json& j, ShutdownEvent& out, std::string_view ptr);
nlohmann::json Write(const ShutdownEvent& value);
inline void from_json(const nlohmann::json& j, ShutdownEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ShutdownEvent& value) { j = Write(value); }

// Periodic keepalive broadcast.
struct TickEvent {
  // Server time in epoch ms (same for all sockets).
  std::int64_t ts{};

  bool operator==(const TickEvent&) const = default;
};
void Read(const nlohmann::json& j, TickEvent& out, std::string_view ptr);
nlohmann::json Write(const TickEvent& value);
inline void from_json(const nlohmann::json& j, TickEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const TickEvent& value) { j = Write(value); }

}  // namespace gateway::proto
