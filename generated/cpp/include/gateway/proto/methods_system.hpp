// Generated from protocol/methods/system.yaml.
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
#include "gateway/proto/events_system.hpp"
#include "gateway/proto/frames.hpp"

namespace gateway::proto {

using wire::Read;
using wire::Write;

struct GatewayIdentityGetParams {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayIdentityGetParams&) const = default;
};
void Read(const nlohmann::json& j, GatewayIdentityGetParams& out, std::string_view ptr);
nlohmann::json Write(const GatewayIdentityGetParams& value);
inline void from_json(const nlohmann::json& j, GatewayIdentityGetParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayIdentityGetParams& value) { j = Write(value); }

struct GatewayIdentityGetResult {
  // Lowercase hex SHA-256 of the raw public key.
  std::string device_id{};
  // Raw public key, unpadded base64url.
  std::string public_key{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayIdentityGetResult&) const = default;
};
void Read(const nlohmann::json& j, GatewayIdentityGetResult& out, std::string_view ptr);
nlohmann::json Write(const GatewayIdentityGetResult& value);
inline void from_json(const nlohmann::json& j, GatewayIdentityGetResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayIdentityGetResult& value) { j = Write(value); }

struct GatewayRestartRequestParams {
  // Why the restart was requested.
  std::optional<std::string> reason{};
  // Restart without waiting for active work.
  std::optional<bool> skip_deferral{};
  // Restart target.
  std::optional<nlohmann::json> target{};
  // Restart intent metadata.
  std::optional<nlohmann::json> restart_intent{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayRestartRequestParams&) const = default;
};
void Read(const nlohmann::json& j, GatewayRestartRequestParams& out, std::string_view ptr);
nlohmann::json Write(const GatewayRestartRequestParams& value);
inline void from_json(const nlohmann::json& j, GatewayRestartRequestParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayRestartRequestParams& value) { j = Write(value); }

// Active work by kind.
struct RestartPreflightCounts {
  std::int64_t queue_size{};
  std::int64_t pending_replies{};
  std::int64_t embedded_runs{};
  std::int64_t cron_runs{};
  std::int64_t background_exec_sessions{};
  std::int64_t root_requests{};
  std::int64_t active_tasks{};
  // Sum of all active work.
  std::int64_t total_active{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const RestartPreflightCounts&) const = default;
};
void Read(const nlohmann::json& j, RestartPreflightCounts& out, std::string_view ptr);
nlohmann::json Write(const RestartPreflightCounts& value);
inline void from_json(const nlohmann::json& j, RestartPreflightCounts& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const RestartPreflightCounts& value) { j = Write(value); }

struct RestartBlocker {
  // Kind of active work.
  std::string kind{};
  // How many.
  std::int64_t count{};
  // Human summary.
  std::optional<std::string> message{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const RestartBlocker&) const = default;
};
void Read(const nlohmann::json& j, RestartBlocker& out, std::string_view ptr);
nlohmann::json Write(const RestartBlocker& value);
inline void from_json(const nlohmann::json& j, RestartBlocker& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const RestartBlocker& value) { j = Write(value); }

// Whether restarting now would interrupt active work.
struct RestartPreflight {
  // True when nothing is active.
  bool safe{};
  // Active work by kind.
  RestartPreflightCounts counts{};
  // What is preventing a safe restart.
  std::vector<RestartBlocker> blockers{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const RestartPreflight&) const = default;
};
void Read(const nlohmann::json& j, RestartPreflight& out, std::string_view ptr);
nlohmann::json Write(const RestartPreflight& value);
inline void from_json(const nlohmann::json& j, RestartPreflight& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const RestartPreflight& value) { j = Write(value); }

// What happened to the request.
enum class GatewayRestartRequestResultStatus {
  kScheduled,
  kDeferred,
  kCoalesced,
};
std::string_view ToString(GatewayRestartRequestResultStatus value);
std::optional<GatewayRestartRequestResultStatus> ParseGatewayRestartRequestResultStatus(std::string_view text);
void Read(const nlohmann::json& j, GatewayRestartRequestResultStatus& out, std::string_view ptr);
nlohmann::json Write(GatewayRestartRequestResultStatus value);
inline void from_json(const nlohmann::json& j, GatewayRestartRequestResultStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayRestartRequestResultStatus& value) { j = Write(value); }

// Details of the scheduled restart.
struct GatewayRestartRequestResultRestart {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayRestartRequestResultRestart&) const = default;
};
void Read(const nlohmann::json& j, GatewayRestartRequestResultRestart& out, std::string_view ptr);
nlohmann::json Write(const GatewayRestartRequestResultRestart& value);
inline void from_json(const nlohmann::json& j, GatewayRestartRequestResultRestart& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayRestartRequestResultRestart& value) { j = Write(value); }

struct GatewayRestartRequestResult {
  // "ok" is always true.
  // What happened to the request.
  GatewayRestartRequestResultStatus status{};
  RestartPreflight preflight{};
  // Details of the scheduled restart.
  GatewayRestartRequestResultRestart restart{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayRestartRequestResult&) const = default;
};
void Read(const nlohmann::json& j, GatewayRestartRequestResult& out, std::string_view ptr);
nlohmann::json Write(const GatewayRestartRequestResult& value);
inline void from_json(const nlohmann::json& j, GatewayRestartRequestResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayRestartRequestResult& value) { j = Write(value); }

struct HealthParams {
  // Force live channel probes instead of the cache.
  std::optional<bool> probe{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HealthParams&) const = default;
};
void Read(const nlohmann::json& j, HealthParams& out, std::string_view ptr);
nlohmann::json Write(const HealthParams& value);
inline void from_json(const nlohmann::json& j, HealthParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HealthParams& value) { j = Write(value); }

struct LastHeartbeatParams {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const LastHeartbeatParams&) const = default;
};
void Read(const nlohmann::json& j, LastHeartbeatParams& out, std::string_view ptr);
nlohmann::json Write(const LastHeartbeatParams& value);
inline void from_json(const nlohmann::json& j, LastHeartbeatParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const LastHeartbeatParams& value) { j = Write(value); }

using LastHeartbeatResult = std::optional<HeartbeatEvent>;

struct LogsTailParams {
  // Byte offset returned by a previous call.
  std::optional<std::int64_t> cursor{};
  // Most lines to return.
  std::optional<std::int64_t> limit{};
  // Most bytes to read.
  std::optional<std::int64_t> max_bytes{};

  bool operator==(const LogsTailParams&) const = default;
};
void Read(const nlohmann::json& j, LogsTailParams& out, std::string_view ptr);
nlohmann::json Write(const LogsTailParams& value);
inline void from_json(const nlohmann::json& j, LogsTailParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const LogsTailParams& value) { j = Write(value); }

struct LogsTailResult {
  // Absolute path of the log file.
  std::string file{};
  // Offset to pass next time.
  std::int64_t cursor{};
  // Current file size.
  std::int64_t size{};
  // Raw JSONL records, verbatim.
  std::vector<std::string> lines{};
  // True when limit cut older lines.
  std::optional<bool> truncated{};
  // True when the file rotated or shrank and reading restarted.
  std::optional<bool> reset{};
  // Bytes skipped to honour maxBytes.
  std::optional<std::int64_t> skipped_bytes{};

  bool operator==(const LogsTailResult&) const = default;
};
void Read(const nlohmann::json& j, LogsTailResult& out, std::string_view ptr);
nlohmann::json Write(const LogsTailResult& value);
inline void from_json(const nlohmann::json& j, LogsTailResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const LogsTailResult& value) { j = Write(value); }

struct SetHeartbeatsParams {
  // Whether heartbeats should run.
  bool enabled{};

  bool operator==(const SetHeartbeatsParams&) const = default;
};
void Read(const nlohmann::json& j, SetHeartbeatsParams& out, std::string_view ptr);
nlohmann::json Write(const SetHeartbeatsParams& value);
inline void from_json(const nlohmann::json& j, SetHeartbeatsParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SetHeartbeatsParams& value) { j = Write(value); }

struct SetHeartbeatsResult {
  // "ok" is always true.
  // The new setting.
  bool enabled{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SetHeartbeatsResult&) const = default;
};
void Read(const nlohmann::json& j, SetHeartbeatsResult& out, std::string_view ptr);
nlohmann::json Write(const SetHeartbeatsResult& value);
inline void from_json(const nlohmann::json& j, SetHeartbeatsResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SetHeartbeatsResult& value) { j = Write(value); }

struct StatusParams {
  // Include the channel summary.
  std::optional<bool> include_channel_summary{};
  // Include the CLI-oriented projection.
  std::optional<bool> include_cli_projection{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusParams&) const = default;
};
void Read(const nlohmann::json& j, StatusParams& out, std::string_view ptr);
nlohmann::json Write(const StatusParams& value);
inline void from_json(const nlohmann::json& j, StatusParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusParams& value) { j = Write(value); }

struct StatusHeartbeatAgent {
  // Agent id.
  std::string agent_id{};
  // Whether heartbeats run.
  bool enabled{};
  // Configured period.
  std::string every{};
  // Period in ms, null when disabled.
  std::optional<std::int64_t> every_ms{};
  // Whether the agent still lacks a delivery route.
  std::optional<bool> waiting_for_route{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusHeartbeatAgent&) const = default;
};
void Read(const nlohmann::json& j, StatusHeartbeatAgent& out, std::string_view ptr);
nlohmann::json Write(const StatusHeartbeatAgent& value);
inline void from_json(const nlohmann::json& j, StatusHeartbeatAgent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusHeartbeatAgent& value) { j = Write(value); }

// Heartbeat configuration per agent.
struct StatusResultHeartbeat {
  // Default agent id.
  std::string default_agent_id{};
  // Heartbeat state per agent.
  std::vector<StatusHeartbeatAgent> agents{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusResultHeartbeat&) const = default;
};
void Read(const nlohmann::json& j, StatusResultHeartbeat& out, std::string_view ptr);
nlohmann::json Write(const StatusResultHeartbeat& value);
inline void from_json(const nlohmann::json& j, StatusResultHeartbeat& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusResultHeartbeat& value) { j = Write(value); }

// What the config watcher last concluded (config.md §7).
struct StatusConfigReload {
  // gateway.reload.mode in effect: hybrid or off.
  std::string mode{};
  // A changed config waits for a restart (reload mode off).
  bool restart_pending{};
  // The last edit that could not be applied (file:line:col: key: message); the gateway runs on its last good config.
  std::optional<std::string> last_error{};
  // When that edit was seen (epoch ms).
  std::optional<std::int64_t> last_error_at{};
  // When a change was last applied (epoch ms).
  std::optional<std::int64_t> last_applied_at{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusConfigReload&) const = default;
};
void Read(const nlohmann::json& j, StatusConfigReload& out, std::string_view ptr);
nlohmann::json Write(const StatusConfigReload& value);
inline void from_json(const nlohmann::json& j, StatusConfigReload& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusConfigReload& value) { j = Write(value); }

// Task counts by status.
struct StatusResultTasksByStatus {
  std::int64_t queued{};
  std::int64_t running{};
  std::int64_t succeeded{};
  std::int64_t failed{};
  std::int64_t timed_out{};
  std::int64_t cancelled{};
  std::int64_t lost{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusResultTasksByStatus&) const = default;
};
void Read(const nlohmann::json& j, StatusResultTasksByStatus& out, std::string_view ptr);
nlohmann::json Write(const StatusResultTasksByStatus& value);
inline void from_json(const nlohmann::json& j, StatusResultTasksByStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusResultTasksByStatus& value) { j = Write(value); }

// Task counts by runtime.
struct StatusResultTasksByRuntime {
  std::int64_t subagent{};
  std::int64_t acp{};
  std::int64_t cli{};
  std::int64_t cron{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusResultTasksByRuntime&) const = default;
};
void Read(const nlohmann::json& j, StatusResultTasksByRuntime& out, std::string_view ptr);
nlohmann::json Write(const StatusResultTasksByRuntime& value);
inline void from_json(const nlohmann::json& j, StatusResultTasksByRuntime& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusResultTasksByRuntime& value) { j = Write(value); }

// Task ledger counters.
struct StatusResultTasks {
  // All tasks.
  std::int64_t total{};
  // Tasks still running or queued.
  std::int64_t active{};
  // Finished tasks.
  std::int64_t terminal{};
  // Failed tasks.
  std::int64_t failures{};
  // Task counts by status.
  StatusResultTasksByStatus by_status{};
  // Task counts by runtime.
  StatusResultTasksByRuntime by_runtime{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusResultTasks&) const = default;
};
void Read(const nlohmann::json& j, StatusResultTasks& out, std::string_view ptr);
nlohmann::json Write(const StatusResultTasks& value);
inline void from_json(const nlohmann::json& j, StatusResultTasks& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusResultTasks& value) { j = Write(value); }

// Task ledger audit findings.
struct StatusResultTaskAudit {
  std::optional<std::int64_t> total{};
  std::optional<std::int64_t> warnings{};
  std::optional<std::int64_t> errors{};
  // Finding counts by code.
  std::optional<std::map<std::string, std::int64_t>> by_code{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusResultTaskAudit&) const = default;
};
void Read(const nlohmann::json& j, StatusResultTaskAudit& out, std::string_view ptr);
nlohmann::json Write(const StatusResultTaskAudit& value);
inline void from_json(const nlohmann::json& j, StatusResultTaskAudit& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusResultTaskAudit& value) { j = Write(value); }

// Default model settings of new sessions.
struct StatusResultSessionsDefaults {
  // Default model.
  std::optional<std::optional<std::string>> model{};
  // Default context window.
  std::optional<std::optional<std::int64_t>> context_tokens{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusResultSessionsDefaults&) const = default;
};
void Read(const nlohmann::json& j, StatusResultSessionsDefaults& out, std::string_view ptr);
nlohmann::json Write(const StatusResultSessionsDefaults& value);
inline void from_json(const nlohmann::json& j, StatusResultSessionsDefaults& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusResultSessionsDefaults& value) { j = Write(value); }

struct StatusSessionsAgent {
  // Agent id.
  std::string agent_id{};
  // Session store path.
  std::string path{};
  // Number of sessions.
  std::int64_t count{};
  // Recently updated sessions.
  std::vector<nlohmann::json> recent{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusSessionsAgent&) const = default;
};
void Read(const nlohmann::json& j, StatusSessionsAgent& out, std::string_view ptr);
nlohmann::json Write(const StatusSessionsAgent& value);
inline void from_json(const nlohmann::json& j, StatusSessionsAgent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusSessionsAgent& value) { j = Write(value); }

// Session store summary (paths redacted for non-admin callers).
struct StatusResultSessions {
  // Session store paths.
  std::vector<std::string> paths{};
  // Number of sessions.
  std::int64_t count{};
  // Default model settings of new sessions.
  std::optional<StatusResultSessionsDefaults> defaults{};
  // Recently updated sessions.
  std::vector<nlohmann::json> recent{};
  // Session summary per agent.
  std::vector<StatusSessionsAgent> by_agent{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusResultSessions&) const = default;
};
void Read(const nlohmann::json& j, StatusResultSessions& out, std::string_view ptr);
nlohmann::json Write(const StatusResultSessions& value);
inline void from_json(const nlohmann::json& j, StatusResultSessions& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusResultSessions& value) { j = Write(value); }

// Model runtime state.
struct StatusResultModelRuntime {
  std::optional<bool> degraded{};
  std::optional<std::vector<std::string>> pending_agents{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusResultModelRuntime&) const = default;
};
void Read(const nlohmann::json& j, StatusResultModelRuntime& out, std::string_view ptr);
nlohmann::json Write(const StatusResultModelRuntime& value);
inline void from_json(const nlohmann::json& j, StatusResultModelRuntime& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusResultModelRuntime& value) { j = Write(value); }

// Process memory usage in bytes.
struct StatusResultProcessMemory {
  std::optional<std::int64_t> rss_bytes{};
  std::optional<std::int64_t> heap_used_bytes{};
  std::optional<std::int64_t> heap_total_bytes{};
  std::optional<std::int64_t> external_bytes{};
  std::optional<std::int64_t> array_buffers_bytes{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusResultProcessMemory&) const = default;
};
void Read(const nlohmann::json& j, StatusResultProcessMemory& out, std::string_view ptr);
nlohmann::json Write(const StatusResultProcessMemory& value);
inline void from_json(const nlohmann::json& j, StatusResultProcessMemory& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusResultProcessMemory& value) { j = Write(value); }

struct StatusResult {
  // Gateway version; the CLI shows it as the gateway version.
  std::string runtime_version{};
  // Heartbeat configuration per agent.
  StatusResultHeartbeat heartbeat{};
  // One summary entry per channel/account.
  std::vector<nlohmann::json> channel_summary{};
  // What the config watcher last concluded (config.md §7).
  std::optional<StatusConfigReload> config_reload{};
  // System events waiting for delivery.
  std::optional<std::vector<nlohmann::json>> queued_system_events{};
  // Components whose secrets failed to resolve.
  std::optional<std::vector<nlohmann::json>> degraded_secret_owners{};
  // Plugins running in a degraded state.
  std::optional<std::vector<nlohmann::json>> degraded_plugins{};
  // Task ledger counters.
  StatusResultTasks tasks{};
  // Task ledger audit findings.
  std::optional<StatusResultTaskAudit> task_audit{};
  // Session store summary (paths redacted for non-admin callers).
  StatusResultSessions sessions{};
  // Model runtime state.
  std::optional<StatusResultModelRuntime> model_runtime{};
  // Event loop health (same shape as health eventLoop).
  std::optional<nlohmann::json> event_loop{};
  // Process memory usage in bytes.
  std::optional<StatusResultProcessMemory> process_memory{};
  // Gateway process id.
  std::int64_t pid{};
  // Desktop host information, when present.
  std::optional<nlohmann::json> host_desktop{};
  // Worker pool state, when present.
  std::optional<nlohmann::json> worker_pools{};
  // Shutdown budget state, when present.
  std::optional<nlohmann::json> shutdown_budget{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StatusResult&) const = default;
};
void Read(const nlohmann::json& j, StatusResult& out, std::string_view ptr);
nlohmann::json Write(const StatusResult& value);
inline void from_json(const nlohmann::json& j, StatusResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StatusResult& value) { j = Write(value); }

struct SystemEventParams {
  // Event text; the handler rejects blank text with "text required".
  std::string text{};
  // De-duplication key.
  std::optional<std::string> idempotency_key{};
  // Target session (main session when absent).
  std::optional<std::string> session_key{};
  // Request an immediate heartbeat wake.
  std::optional<bool> wake{};
  // Presence identity.
  std::optional<std::string> device_id{};
  // Presence identity.
  std::optional<std::string> instance_id{};
  // Presence host.
  std::optional<std::string> host{};
  // Presence address.
  std::optional<std::string> ip{};
  // Presence mode.
  std::optional<std::string> mode{};
  // Presence version.
  std::optional<std::string> version{};
  // Presence platform.
  std::optional<std::string> platform{};
  // Presence device family.
  std::optional<std::string> device_family{};
  // Presence hardware model.
  std::optional<std::string> model_identifier{};
  // Seconds since the last user input.
  std::optional<double> last_input_seconds{};
  // Presence update reason.
  std::optional<std::string> reason{};
  // Presence roles.
  std::optional<std::vector<std::string>> roles{};
  // Presence scopes.
  std::optional<std::vector<std::string>> scopes{};
  // Presence tags.
  std::optional<std::vector<std::string>> tags{};

  bool operator==(const SystemEventParams&) const = default;
};
void Read(const nlohmann::json& j, SystemEventParams& out, std::string_view ptr);
nlohmann::json Write(const SystemEventParams& value);
inline void from_json(const nlohmann::json& j, SystemEventParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SystemEventParams& value) { j = Write(value); }

struct SystemEventResult {
  // "ok" is always true.
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SystemEventResult&) const = default;
};
void Read(const nlohmann::json& j, SystemEventResult& out, std::string_view ptr);
nlohmann::json Write(const SystemEventResult& value);
inline void from_json(const nlohmann::json& j, SystemEventResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SystemEventResult& value) { j = Write(value); }

struct SystemPresenceParams {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SystemPresenceParams&) const = default;
};
void Read(const nlohmann::json& j, SystemPresenceParams& out, std::string_view ptr);
nlohmann::json Write(const SystemPresenceParams& value);
inline void from_json(const nlohmann::json& j, SystemPresenceParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SystemPresenceParams& value) { j = Write(value); }

using SystemPresenceResult = std::vector<PresenceEntry>;

}  // namespace gateway::proto
