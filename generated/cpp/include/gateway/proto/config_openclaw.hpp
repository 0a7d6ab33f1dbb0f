// Generated from protocol/config/openclaw.yaml.
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

// Provider request parameters merged into calls for this model.
struct AgentModelEntryConfigParams {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentModelEntryConfigParams&) const = default;
};
void Read(const nlohmann::json& j, AgentModelEntryConfigParams& out, std::string_view ptr);
nlohmann::json Write(const AgentModelEntryConfigParams& value);
inline void from_json(const nlohmann::json& j, AgentModelEntryConfigParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentModelEntryConfigParams& value) { j = Write(value); }

// Per-model settings under agents.defaults.models.
struct AgentModelEntryConfig {
  // Short name usable instead of "provider/model", e.g. opus.
  std::optional<std::string> alias{};
  // Provider request parameters merged into calls for this model.
  std::optional<AgentModelEntryConfigParams> params{};
  // Runtime selection for this model (kept as JSON).
  std::optional<nlohmann::json> agent_runtime{};
  // Code-mode settings for this model (kept as JSON).
  std::optional<nlohmann::json> code_mode{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentModelEntryConfig&) const = default;
};
void Read(const nlohmann::json& j, AgentModelEntryConfig& out, std::string_view ptr);
nlohmann::json Write(const AgentModelEntryConfig& value);
inline void from_json(const nlohmann::json& j, AgentModelEntryConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentModelEntryConfig& value) { j = Write(value); }

// List of strings.
using StringList = std::vector<std::string>;

// Primary model plus ordered fallbacks.
struct AgentModelConfig {
  // Model used first, as "provider/model" or an alias.
  std::optional<std::string> primary{};
  // Models tried in order when the primary fails.
  std::optional<StringList> fallbacks{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentModelConfig&) const = default;
};
void Read(const nlohmann::json& j, AgentModelConfig& out, std::string_view ptr);
nlohmann::json Write(const AgentModelConfig& value);
inline void from_json(const nlohmann::json& j, AgentModelConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentModelConfig& value) { j = Write(value); }

// A "provider/model" string, or a primary model with fallbacks.
struct AgentModelSelection {
  std::variant<std::string, AgentModelConfig> value;

  bool operator==(const AgentModelSelection&) const = default;
};
void Read(const nlohmann::json& j, AgentModelSelection& out, std::string_view ptr);
nlohmann::json Write(const AgentModelSelection& value);
inline void from_json(const nlohmann::json& j, AgentModelSelection& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentModelSelection& value) { j = Write(value); }

// Which sessions run sandboxed.
enum class SandboxMode {
  kOff,
  kNonMain,
  kAll,
};
std::string_view ToString(SandboxMode value);
std::optional<SandboxMode> ParseSandboxMode(std::string_view text);
void Read(const nlohmann::json& j, SandboxMode& out, std::string_view ptr);
nlohmann::json Write(SandboxMode value);
inline void from_json(const nlohmann::json& j, SandboxMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SandboxMode& value) { j = Write(value); }

// How sandbox containers are shared.
enum class SandboxScope {
  kSession,
  kAgent,
  kShared,
};
std::string_view ToString(SandboxScope value);
std::optional<SandboxScope> ParseSandboxScope(std::string_view text);
void Read(const nlohmann::json& j, SandboxScope& out, std::string_view ptr);
nlohmann::json Write(SandboxScope value);
inline void from_json(const nlohmann::json& j, SandboxScope& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SandboxScope& value) { j = Write(value); }

// Workspace mount inside the sandbox.
enum class SandboxWorkspaceAccess {
  kNone,
  kRo,
  kRw,
};
std::string_view ToString(SandboxWorkspaceAccess value);
std::optional<SandboxWorkspaceAccess> ParseSandboxWorkspaceAccess(std::string_view text);
void Read(const nlohmann::json& j, SandboxWorkspaceAccess& out, std::string_view ptr);
nlohmann::json Write(SandboxWorkspaceAccess value);
inline void from_json(const nlohmann::json& j, SandboxWorkspaceAccess& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SandboxWorkspaceAccess& value) { j = Write(value); }

// Docker container settings (kept as JSON).
struct AgentSandboxConfigDocker {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentSandboxConfigDocker&) const = default;
};
void Read(const nlohmann::json& j, AgentSandboxConfigDocker& out, std::string_view ptr);
nlohmann::json Write(const AgentSandboxConfigDocker& value);
inline void from_json(const nlohmann::json& j, AgentSandboxConfigDocker& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentSandboxConfigDocker& value) { j = Write(value); }

// Tool sandboxing (out of core; typed for the common keys).
struct AgentSandboxConfig {
  // Which sessions run sandboxed.
  std::optional<SandboxMode> mode{};
  // How sandbox containers are shared.
  std::optional<SandboxScope> scope{};
  // Workspace mount inside the sandbox.
  std::optional<SandboxWorkspaceAccess> workspace_access{};
  // Docker container settings (kept as JSON).
  std::optional<AgentSandboxConfigDocker> docker{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentSandboxConfig&) const = default;
};
void Read(const nlohmann::json& j, AgentSandboxConfig& out, std::string_view ptr);
nlohmann::json Write(const AgentSandboxConfig& value);
inline void from_json(const nlohmann::json& j, AgentSandboxConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentSandboxConfig& value) { j = Write(value); }

// Duration like "30m", "1h", "24h" or "30d"; a bare number uses the field's default unit.
using DurationString = std::string;

// Whether heartbeat output may go to direct chats.
enum class HeartbeatDirectPolicy {
  kAllow,
  kBlock,
};
std::string_view ToString(HeartbeatDirectPolicy value);
std::optional<HeartbeatDirectPolicy> ParseHeartbeatDirectPolicy(std::string_view text);
void Read(const nlohmann::json& j, HeartbeatDirectPolicy& out, std::string_view ptr);
nlohmann::json Write(HeartbeatDirectPolicy value);
inline void from_json(const nlohmann::json& j, HeartbeatDirectPolicy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HeartbeatDirectPolicy& value) { j = Write(value); }

// Local time window in which heartbeats run.
struct HeartbeatActiveHours {
  // Window start, HH:MM (24h).
  std::optional<std::string> start{};
  // Window end, HH:MM (24h; 24:00 allowed).
  std::optional<std::string> end{};
  // IANA time zone of the window (host zone when absent).
  std::optional<std::string> timezone{};

  bool operator==(const HeartbeatActiveHours&) const = default;
};
void Read(const nlohmann::json& j, HeartbeatActiveHours& out, std::string_view ptr);
nlohmann::json Write(const HeartbeatActiveHours& value);
inline void from_json(const nlohmann::json& j, HeartbeatActiveHours& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HeartbeatActiveHours& value) { j = Write(value); }

// Periodic agent heartbeat turns.
struct HeartbeatConfig {
  // Interval (1h instead of 30m with OAuth auth); 0m disables; bare numbers are minutes.
  std::optional<DurationString> every{};
  // Where heartbeat output goes - owner, last, none or a channel id.
  std::optional<std::string> target{};
  // Whether heartbeat output may go to direct chats.
  std::optional<HeartbeatDirectPolicy> direct_policy{};
  // Prompt sent on each heartbeat turn.
  std::optional<std::string> prompt{};
  // Model override for heartbeat turns.
  std::optional<std::string> model{};
  // Session key the heartbeat runs in.
  std::optional<std::string> session{};
  // Explicit recipient when target is a channel.
  std::optional<std::string> to{};
  // Channel account used for delivery.
  std::optional<std::string> account_id{};
  // Local time window in which heartbeats run.
  std::optional<HeartbeatActiveHours> active_hours{};
  // Timeout for one heartbeat turn in seconds.
  std::optional<std::int64_t> timeout_seconds{};
  // Run with a reduced bootstrap context.
  std::optional<bool> light_context{};
  // Run each heartbeat in a fresh isolated session.
  std::optional<bool> isolated_session{};
  // Agent that runs the heartbeat.
  std::optional<std::string> agent_id{};

  bool operator==(const HeartbeatConfig&) const = default;
};
void Read(const nlohmann::json& j, HeartbeatConfig& out, std::string_view ptr);
nlohmann::json Write(const HeartbeatConfig& value);
inline void from_json(const nlohmann::json& j, HeartbeatConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HeartbeatConfig& value) { j = Write(value); }

// Which models may be chosen by overrides.
struct AgentModelPolicyConfig {
  // Allowed "provider/model" ids for overrides.
  std::optional<StringList> allow{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentModelPolicyConfig&) const = default;
};
void Read(const nlohmann::json& j, AgentModelPolicyConfig& out, std::string_view ptr);
nlohmann::json Write(const AgentModelPolicyConfig& value);
inline void from_json(const nlohmann::json& j, AgentModelPolicyConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentModelPolicyConfig& value) { j = Write(value); }

// Models used for media generation.
struct AgentMediaModelsConfig {
  // Image generation model.
  std::optional<AgentModelSelection> image{};
  // Video generation model.
  std::optional<AgentModelSelection> video{};
  // Music generation model.
  std::optional<AgentModelSelection> music{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentMediaModelsConfig&) const = default;
};
void Read(const nlohmann::json& j, AgentMediaModelsConfig& out, std::string_view ptr);
nlohmann::json Write(const AgentMediaModelsConfig& value);
inline void from_json(const nlohmann::json& j, AgentMediaModelsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentMediaModelsConfig& value) { j = Write(value); }

// Default fast mode, true/false or a named mode such as auto.
struct FastModeSetting {
  std::variant<bool, std::string> value;

  bool operator==(const FastModeSetting&) const = default;
};
void Read(const nlohmann::json& j, FastModeSetting& out, std::string_view ptr);
nlohmann::json Write(const FastModeSetting& value);
inline void from_json(const nlohmann::json& j, FastModeSetting& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const FastModeSetting& value) { j = Write(value); }

// Default verbose level.
enum class VerboseLevel {
  kOff,
  kOn,
  kFull,
};
std::string_view ToString(VerboseLevel value);
std::optional<VerboseLevel> ParseVerboseLevel(std::string_view text);
void Read(const nlohmann::json& j, VerboseLevel& out, std::string_view ptr);
nlohmann::json Write(VerboseLevel value);
inline void from_json(const nlohmann::json& j, VerboseLevel& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const VerboseLevel& value) { j = Write(value); }

// Agent that owns ambient work.
struct SystemAgentConfig {
  // Id of the system agent.
  std::optional<std::string> agent_id{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SystemAgentConfig&) const = default;
};
void Read(const nlohmann::json& j, SystemAgentConfig& out, std::string_view ptr);
nlohmann::json Write(const SystemAgentConfig& value);
inline void from_json(const nlohmann::json& j, SystemAgentConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SystemAgentConfig& value) { j = Write(value); }

// Context compaction settings (out of core; kept as JSON).
struct AgentDefaultsConfigCompaction {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentDefaultsConfigCompaction&) const = default;
};
void Read(const nlohmann::json& j, AgentDefaultsConfigCompaction& out, std::string_view ptr);
nlohmann::json Write(const AgentDefaultsConfigCompaction& value);
inline void from_json(const nlohmann::json& j, AgentDefaultsConfigCompaction& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentDefaultsConfigCompaction& value) { j = Write(value); }

// Tool-result pruning settings (out of core; kept as JSON).
struct AgentDefaultsConfigContextPruning {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentDefaultsConfigContextPruning&) const = default;
};
void Read(const nlohmann::json& j, AgentDefaultsConfigContextPruning& out, std::string_view ptr);
nlohmann::json Write(const AgentDefaultsConfigContextPruning& value);
inline void from_json(const nlohmann::json& j, AgentDefaultsConfigContextPruning& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentDefaultsConfigContextPruning& value) { j = Write(value); }

// Settings inherited by every agent.
struct AgentDefaultsConfig {
  // Agent workspace directory; ~ is expanded; wins over OPENCLAW_WORKSPACE_DIR.
  std::optional<std::string> workspace{};
  // Working directory for agent tools.
  std::optional<std::string> cwd{};
  // Repository root shown to the agent.
  std::optional<std::string> repo_root{};
  // Default chat model.
  std::optional<AgentModelSelection> model{};
  // Per-model settings keyed by "provider/model" ("provider/*" lists all discovered).
  std::optional<std::map<std::string, AgentModelEntryConfig>> models{};
  // Which models may be chosen by overrides.
  std::optional<AgentModelPolicyConfig> model_policy{};
  // Cheap model for titles, summaries and other utility calls.
  std::optional<AgentModelSelection> utility_model{};
  // Model used for image understanding.
  std::optional<AgentModelSelection> image_model{};
  // Model used for PDF understanding.
  std::optional<AgentModelSelection> pdf_model{};
  // Models used for media generation.
  std::optional<AgentMediaModelsConfig> media_models{};
  // Default thinking level, e.g. off, low, medium, high.
  std::optional<std::string> thinking_default{};
  // Default fast mode, true/false or a named mode such as auto.
  std::optional<FastModeSetting> fast_mode_default{};
  // Default verbose level.
  std::optional<VerboseLevel> verbose_default{};
  // Default reasoning visibility, e.g. on, off, stream.
  std::optional<std::string> reasoning_default{};
  // Default elevated-tools mode.
  std::optional<std::string> elevated_default{};
  // Agent turn timeout in seconds; 0 means unlimited.
  std::optional<std::int64_t> timeout_seconds{};
  // Maximum chat attachment size in MB.
  std::optional<double> media_max_mb{};
  // Maximum concurrent agent runs (default max(8, 4 x CPUs)).
  std::optional<std::int64_t> max_concurrent{};
  std::optional<HeartbeatConfig> heartbeat{};
  // Agent that owns ambient work.
  std::optional<SystemAgentConfig> system_agent{};
  // Context compaction settings (out of core; kept as JSON).
  std::optional<AgentDefaultsConfigCompaction> compaction{};
  // Tool-result pruning settings (out of core; kept as JSON).
  std::optional<AgentDefaultsConfigContextPruning> context_pruning{};
  std::optional<AgentSandboxConfig> sandbox{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentDefaultsConfig&) const = default;
};
void Read(const nlohmann::json& j, AgentDefaultsConfig& out, std::string_view ptr);
nlohmann::json Write(const AgentDefaultsConfig& value);
inline void from_json(const nlohmann::json& j, AgentDefaultsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentDefaultsConfig& value) { j = Write(value); }

// Display identity of an assistant.
struct IdentityConfig {
  // Display name.
  std::optional<std::string> name{};
  // Short persona description.
  std::optional<std::string> theme{};
  // Emoji shown with replies.
  std::optional<std::string> emoji{};
  // Avatar path or URL.
  std::optional<std::string> avatar{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const IdentityConfig&) const = default;
};
void Read(const nlohmann::json& j, IdentityConfig& out, std::string_view ptr);
nlohmann::json Write(const IdentityConfig& value);
inline void from_json(const nlohmann::json& j, IdentityConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const IdentityConfig& value) { j = Write(value); }

// Base tool allow list.
enum class ToolProfile {
  kMinimal,
  kCoding,
  kMessaging,
  kFull,
};
std::string_view ToString(ToolProfile value);
std::optional<ToolProfile> ParseToolProfile(std::string_view text);
void Read(const nlohmann::json& j, ToolProfile& out, std::string_view ptr);
nlohmann::json Write(ToolProfile value);
inline void from_json(const nlohmann::json& j, ToolProfile& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolProfile& value) { j = Write(value); }

// One tool policy layer (profile, allow, alsoAllow, deny).
struct ToolPolicyConfig {
  std::optional<ToolProfile> profile{};
  // Tools this layer admits.
  std::optional<StringList> allow{};
  // Names added to the profile's allow list.
  std::optional<StringList> also_allow{};
  // Tools this layer refuses.
  std::optional<StringList> deny{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ToolPolicyConfig&) const = default;
};
void Read(const nlohmann::json& j, ToolPolicyConfig& out, std::string_view ptr);
nlohmann::json Write(const ToolPolicyConfig& value);
inline void from_json(const nlohmann::json& j, ToolPolicyConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolPolicyConfig& value) { j = Write(value); }

// File tool settings.
struct ToolsFsConfig {
  // Confine read, write, edit and ls to the agent workspace.
  std::optional<bool> workspace_only{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ToolsFsConfig&) const = default;
};
void Read(const nlohmann::json& j, ToolsFsConfig& out, std::string_view ptr);
nlohmann::json Write(const ToolsFsConfig& value);
inline void from_json(const nlohmann::json& j, ToolsFsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsFsConfig& value) { j = Write(value); }

// Where commands run (auto - the sandbox when the session has one, else the gateway).
enum class ExecHost {
  kAuto,
  kSandbox,
  kGateway,
  kNode,
};
std::string_view ToString(ExecHost value);
std::optional<ExecHost> ParseExecHost(std::string_view text);
void Read(const nlohmann::json& j, ExecHost& out, std::string_view ptr);
nlohmann::json Write(ExecHost value);
inline void from_json(const nlohmann::json& j, ExecHost& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecHost& value) { j = Write(value); }

// Canonical policy; deny, allowlist, ask (allowlist + on-miss), auto (as ask), full.
enum class ExecMode {
  kDeny,
  kAllowlist,
  kAsk,
  kAuto,
  kFull,
};
std::string_view ToString(ExecMode value);
std::optional<ExecMode> ParseExecMode(std::string_view text);
void Read(const nlohmann::json& j, ExecMode& out, std::string_view ptr);
nlohmann::json Write(ExecMode value);
inline void from_json(const nlohmann::json& j, ExecMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecMode& value) { j = Write(value); }

// Legacy policy - which commands may run without asking.
enum class ExecSecurityLevel {
  kDeny,
  kAllowlist,
  kFull,
};
std::string_view ToString(ExecSecurityLevel value);
std::optional<ExecSecurityLevel> ParseExecSecurityLevel(std::string_view text);
void Read(const nlohmann::json& j, ExecSecurityLevel& out, std::string_view ptr);
nlohmann::json Write(ExecSecurityLevel value);
inline void from_json(const nlohmann::json& j, ExecSecurityLevel& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecSecurityLevel& value) { j = Write(value); }

// Legacy policy - when to ask the owner for approval.
enum class ExecAskMode {
  kOff,
  kOnMiss,
  kAlways,
};
std::string_view ToString(ExecAskMode value);
std::optional<ExecAskMode> ParseExecAskMode(std::string_view text);
void Read(const nlohmann::json& j, ExecAskMode& out, std::string_view ptr);
nlohmann::json Write(ExecAskMode value);
inline void from_json(const nlohmann::json& j, ExecAskMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecAskMode& value) { j = Write(value); }

// Argument profiles of safe binaries (kept as written).
struct ToolsExecConfigSafeBinProfiles {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ToolsExecConfigSafeBinProfiles&) const = default;
};
void Read(const nlohmann::json& j, ToolsExecConfigSafeBinProfiles& out, std::string_view ptr);
nlohmann::json Write(const ToolsExecConfigSafeBinProfiles& value);
inline void from_json(const nlohmann::json& j, ToolsExecConfigSafeBinProfiles& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsExecConfigSafeBinProfiles& value) { j = Write(value); }

// Model reviewer of mode auto (kept as written).
struct ToolsExecConfigReviewer {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ToolsExecConfigReviewer&) const = default;
};
void Read(const nlohmann::json& j, ToolsExecConfigReviewer& out, std::string_view ptr);
nlohmann::json Write(const ToolsExecConfigReviewer& value);
inline void from_json(const nlohmann::json& j, ToolsExecConfigReviewer& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsExecConfigReviewer& value) { j = Write(value); }

// The apply_patch tool.
struct ToolsApplyPatchConfig {
  // Offer apply_patch.
  std::optional<bool> enabled{};
  // Confine apply_patch to the agent workspace.
  std::optional<bool> workspace_only{};
  // Models (model or provider/model) offered apply_patch; empty means all.
  std::optional<StringList> allow_models{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ToolsApplyPatchConfig&) const = default;
};
void Read(const nlohmann::json& j, ToolsApplyPatchConfig& out, std::string_view ptr);
nlohmann::json Write(const ToolsApplyPatchConfig& value);
inline void from_json(const nlohmann::json& j, ToolsApplyPatchConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsApplyPatchConfig& value) { j = Write(value); }

// Exec tool settings (config.md tools.exec); a layer's mode replaces its security and ask.
struct ToolsExecConfig {
  // Where commands run (auto - the sandbox when the session has one, else the gateway).
  std::optional<ExecHost> host{};
  // Canonical policy; deny, allowlist, ask (allowlist + on-miss), auto (as ask), full.
  std::optional<ExecMode> mode{};
  // Legacy policy - which commands may run without asking.
  std::optional<ExecSecurityLevel> security{};
  // Legacy policy - when to ask the owner for approval.
  std::optional<ExecAskMode> ask{};
  // Default node for host node.
  std::optional<std::string> node{};
  // Directories prepended to PATH of commands.
  std::optional<StringList> path_prepend{};
  // Stdin-only binaries that satisfy the allowlist without an entry.
  std::optional<StringList> safe_bins{};
  // Extra directories safe binaries may resolve in.
  std::optional<StringList> safe_bin_trusted_dirs{};
  // Argument profiles of safe binaries (kept as written).
  std::optional<ToolsExecConfigSafeBinProfiles> safe_bin_profiles{};
  // Inline interpreter code (python -c, node -e) always needs explicit approval.
  std::optional<bool> strict_inline_eval{};
  // Highlight spans in approval prompts.
  std::optional<bool> command_highlighting{};
  // Days a standing allow-always grant lasts (unset - until revoked).
  std::optional<std::int64_t> grant_expiry_days{};
  // Model reviewer of mode auto (kept as written).
  std::optional<ToolsExecConfigReviewer> reviewer{};
  // Milliseconds a command runs before it moves to the background (clamped 10-120000).
  std::optional<std::int64_t> background_ms{};
  // Seconds before a command is killed.
  std::optional<double> timeout_seconds{};
  // Notice after a command approved this long ago still runs (0 - off).
  std::optional<std::int64_t> approval_running_notice_ms{};
  // Milliseconds finished background sessions are kept (clamped 60000-10800000).
  std::optional<std::int64_t> cleanup_ms{};
  // A system event when a backgrounded command exits.
  std::optional<bool> notify_on_exit{};
  // Also notify when it exits 0 without output.
  std::optional<bool> notify_on_exit_empty_success{};
  // The apply_patch tool.
  std::optional<ToolsApplyPatchConfig> apply_patch{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ToolsExecConfig&) const = default;
};
void Read(const nlohmann::json& j, ToolsExecConfig& out, std::string_view ptr);
nlohmann::json Write(const ToolsExecConfig& value);
inline void from_json(const nlohmann::json& j, ToolsExecConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsExecConfig& value) { j = Write(value); }

// Private-network checks of fetched hosts and every redirect hop.
struct WebFetchSsrfPolicyConfig {
  // Skip every private-network check.
  std::optional<bool> dangerously_allow_private_network{};
  // Allow 198.18.0.0/15.
  std::optional<bool> allow_rfc2544_benchmark_range{};
  // Allow fc00::/7.
  std::optional<bool> allow_ipv6_unique_local_range{};
  // Hosts exempt from the checks (exact names).
  std::optional<StringList> allowed_hostnames{};
  // Hosts refused (host or *.suffix).
  std::optional<StringList> blocked_hostnames{};

  bool operator==(const WebFetchSsrfPolicyConfig&) const = default;
};
void Read(const nlohmann::json& j, WebFetchSsrfPolicyConfig& out, std::string_view ptr);
nlohmann::json Write(const WebFetchSsrfPolicyConfig& value);
inline void from_json(const nlohmann::json& j, WebFetchSsrfPolicyConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const WebFetchSsrfPolicyConfig& value) { j = Write(value); }

// The web_fetch tool (methods.md 12.1 web_fetch).
struct ToolsWebFetchConfig {
  // Offer web_fetch (false - the tool is not built).
  std::optional<bool> enabled{};
  // Characters of wrapped page text returned (a call's maxChars wins; capped by maxCharsCap).
  std::optional<std::int64_t> max_chars{};
  // Upper bound for maxChars.
  std::optional<std::int64_t> max_chars_cap{};
  // Response body bytes read (clamped to 32000-10000000).
  std::optional<std::int64_t> max_response_bytes{};
  // Whole-request timeout in seconds.
  std::optional<double> timeout_seconds{};
  // Results are reused for this long per URL, mode and maxChars (0 - no cache).
  std::optional<double> cache_ttl_minutes{};
  // Redirects followed, each hop checked again.
  std::optional<std::int64_t> max_redirects{};
  // User-Agent header of fetches.
  std::optional<std::string> user_agent{};
  // Extra request headers (reserved names such as host and user-agent are dropped).
  std::optional<std::map<std::string, std::string>> headers{};
  // Extract the main content of HTML pages.
  std::optional<bool> readability{};
  // Fallback fetch provider id (plugin; not in core, kept as written).
  std::optional<std::string> provider{};
  // Fetch through HTTP(S)_PROXY from the environment.
  std::optional<bool> use_trusted_env_proxy{};
  // Private-network checks of fetched hosts and every redirect hop.
  std::optional<WebFetchSsrfPolicyConfig> ssrf_policy{};

  bool operator==(const ToolsWebFetchConfig&) const = default;
};
void Read(const nlohmann::json& j, ToolsWebFetchConfig& out, std::string_view ptr);
nlohmann::json Write(const ToolsWebFetchConfig& value);
inline void from_json(const nlohmann::json& j, ToolsWebFetchConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsWebFetchConfig& value) { j = Write(value); }

// Web tools (core implements fetch; other keys are kept as they came).
struct ToolsWebConfig {
  // The web_fetch tool (methods.md 12.1 web_fetch).
  std::optional<ToolsWebFetchConfig> fetch{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ToolsWebConfig&) const = default;
};
void Read(const nlohmann::json& j, ToolsWebConfig& out, std::string_view ptr);
nlohmann::json Write(const ToolsWebConfig& value);
inline void from_json(const nlohmann::json& j, ToolsWebConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsWebConfig& value) { j = Write(value); }

// Agent tool policy and tool settings (config.md tools); keys outside core are kept as they came.
struct ToolsConfig {
  std::optional<ToolProfile> profile{};
  // Tools (names, globs, group:<id>) this layer admits; empty or absent admits all.
  std::optional<StringList> allow{};
  // Names added to the profile's allow list.
  std::optional<StringList> also_allow{};
  // Tools this layer refuses; deny wins over allow.
  std::optional<StringList> deny{};
  // Policy layers keyed by model provider or provider/model.
  std::optional<std::map<std::string, ToolPolicyConfig>> by_provider{};
  // File tool settings.
  std::optional<ToolsFsConfig> fs{};
  // Exec tool settings (config.md tools.exec); a layer's mode replaces its security and ask.
  std::optional<ToolsExecConfig> exec{};
  // Web tools (core implements fetch; other keys are kept as they came).
  std::optional<ToolsWebConfig> web{};
  // Gateway extension, not in the reference schema - model calls one run may make while tools are called (default 25).
  std::optional<std::int64_t> max_steps{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ToolsConfig&) const = default;
};
void Read(const nlohmann::json& j, ToolsConfig& out, std::string_view ptr);
nlohmann::json Write(const ToolsConfig& value);
inline void from_json(const nlohmann::json& j, ToolsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsConfig& value) { j = Write(value); }

// Group chat behaviour.
struct AgentGroupChatConfig {
  // Regexes that count as mentioning the agent.
  std::optional<StringList> mention_patterns{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentGroupChatConfig&) const = default;
};
void Read(const nlohmann::json& j, AgentGroupChatConfig& out, std::string_view ptr);
nlohmann::json Write(const AgentGroupChatConfig& value);
inline void from_json(const nlohmann::json& j, AgentGroupChatConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentGroupChatConfig& value) { j = Write(value); }

// Sub-agent settings (kept as JSON).
struct AgentEntryConfigSubagents {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentEntryConfigSubagents&) const = default;
};
void Read(const nlohmann::json& j, AgentEntryConfigSubagents& out, std::string_view ptr);
nlohmann::json Write(const AgentEntryConfigSubagents& value);
inline void from_json(const nlohmann::json& j, AgentEntryConfigSubagents& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentEntryConfigSubagents& value) { j = Write(value); }

// One agent's settings; unset keys inherit agents.defaults.
struct AgentEntryConfig {
  // Agent id; required in the legacy agents.list form, implied by the key in entries.
  std::optional<std::string> id{};
  // Mark this agent as the default agent.
  std::optional<bool> default_{};
  // Display name.
  std::optional<std::string> name{};
  // Workspace directory of this agent.
  std::optional<std::string> workspace{};
  // Directory for the agent's private state.
  std::optional<std::string> agent_dir{};
  // Model override for this agent.
  std::optional<AgentModelSelection> model{};
  std::optional<IdentityConfig> identity{};
  // Group chat behaviour.
  std::optional<AgentGroupChatConfig> group_chat{};
  std::optional<AgentSandboxConfig> sandbox{};
  // This agent's tool policy; its fs and exec fields override the global ones field by field.
  std::optional<ToolsConfig> tools{};
  // Skills enabled for this agent.
  std::optional<StringList> skills{};
  std::optional<HeartbeatConfig> heartbeat{};
  // Sub-agent settings (kept as JSON).
  std::optional<AgentEntryConfigSubagents> subagents{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentEntryConfig&) const = default;
};
void Read(const nlohmann::json& j, AgentEntryConfig& out, std::string_view ptr);
nlohmann::json Write(const AgentEntryConfig& value);
inline void from_json(const nlohmann::json& j, AgentEntryConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentEntryConfig& value) { j = Write(value); }

// Agent defaults and per-agent entries.
struct AgentsConfig {
  std::optional<AgentDefaultsConfig> defaults{};
  // Per-agent settings keyed by agent id (v4 form).
  std::optional<std::map<std::string, AgentEntryConfig>> entries{};
  // Legacy array form of entries; each item needs id and is persisted as entries.
  std::optional<std::vector<AgentEntryConfig>> list{};
  // Agent ownership policy, e.g. explicit.
  std::optional<std::string> ownership{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentsConfig&) const = default;
};
void Read(const nlohmann::json& j, AgentsConfig& out, std::string_view ptr);
nlohmann::json Write(const AgentsConfig& value);
inline void from_json(const nlohmann::json& j, AgentsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentsConfig& value) { j = Write(value); }

// One provider credential profile; secrets live in the state store.
struct AuthProfileConfig {
  // Provider id.
  std::optional<std::string> provider{};
  // Credential kind, e.g. api_key, oauth, token.
  std::optional<std::string> mode{};
  // Account e-mail for OAuth profiles.
  std::optional<std::string> email{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AuthProfileConfig&) const = default;
};
void Read(const nlohmann::json& j, AuthProfileConfig& out, std::string_view ptr);
nlohmann::json Write(const AuthProfileConfig& value);
inline void from_json(const nlohmann::json& j, AuthProfileConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AuthProfileConfig& value) { j = Write(value); }

// Model provider credential profiles (out of core).
struct AuthConfig {
  // Credential profiles keyed by profile id, e.g. anthropic:api.
  std::optional<std::map<std::string, AuthProfileConfig>> profiles{};
  // Profile ids tried per provider, in order.
  std::optional<std::map<std::string, StringList>> order{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AuthConfig&) const = default;
};
void Read(const nlohmann::json& j, AuthConfig& out, std::string_view ptr);
nlohmann::json Write(const AuthConfig& value);
inline void from_json(const nlohmann::json& j, AuthConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AuthConfig& value) { j = Write(value); }

// How direct-message sessions are keyed.
enum class DmScope {
  kMain,
  kPerPeer,
  kPerChannelPeer,
  kPerAccountChannelPeer,
};
std::string_view ToString(DmScope value);
std::optional<DmScope> ParseDmScope(std::string_view text);
void Read(const nlohmann::json& j, DmScope& out, std::string_view ptr);
nlohmann::json Write(DmScope value);
inline void from_json(const nlohmann::json& j, DmScope& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const DmScope& value) { j = Write(value); }

// How group sessions are keyed.
enum class GroupScope {
  kPerGroup,
  kMain,
};
std::string_view ToString(GroupScope value);
std::optional<GroupScope> ParseGroupScope(std::string_view text);
void Read(const nlohmann::json& j, GroupScope& out, std::string_view ptr);
nlohmann::json Write(GroupScope value);
inline void from_json(const nlohmann::json& j, GroupScope& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GroupScope& value) { j = Write(value); }

// Specific conversation.
struct BindingPeer {
  // Peer kind, e.g. direct, group or channel.
  std::optional<std::string> kind{};
  // Peer id on the channel.
  std::optional<std::string> id{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const BindingPeer&) const = default;
};
void Read(const nlohmann::json& j, BindingPeer& out, std::string_view ptr);
nlohmann::json Write(const BindingPeer& value);
inline void from_json(const nlohmann::json& j, BindingPeer& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const BindingPeer& value) { j = Write(value); }

// Traffic selector.
struct BindingMatch {
  // Channel id, e.g. telegram.
  std::string channel{};
  // Channel account id ("*" for any).
  std::optional<std::string> account_id{};
  // Specific conversation.
  std::optional<BindingPeer> peer{};
  // Discord guild id.
  std::optional<std::string> guild_id{};
  // Slack/Teams team id.
  std::optional<std::string> team_id{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const BindingMatch&) const = default;
};
void Read(const nlohmann::json& j, BindingMatch& out, std::string_view ptr);
nlohmann::json Write(const BindingMatch& value);
inline void from_json(const nlohmann::json& j, BindingMatch& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const BindingMatch& value) { j = Write(value); }

// Session keying overrides for matching traffic.
struct BindingSessionConfig {
  std::optional<DmScope> dm_scope{};
  std::optional<GroupScope> group_scope{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const BindingSessionConfig&) const = default;
};
void Read(const nlohmann::json& j, BindingSessionConfig& out, std::string_view ptr);
nlohmann::json Write(const BindingSessionConfig& value);
inline void from_json(const nlohmann::json& j, BindingSessionConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const BindingSessionConfig& value) { j = Write(value); }

// Routes matching inbound traffic to an agent.
struct BindingConfig {
  // Agent that receives matching traffic.
  std::string agent_id{};
  // Traffic selector.
  BindingMatch match{};
  // Session keying overrides for matching traffic.
  std::optional<BindingSessionConfig> session{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const BindingConfig&) const = default;
};
void Read(const nlohmann::json& j, BindingConfig& out, std::string_view ptr);
nlohmann::json Write(const BindingConfig& value);
inline void from_json(const nlohmann::json& j, BindingConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const BindingConfig& value) { j = Write(value); }

// Byte count as an integer or a size string like "10gb".
struct ByteSize {
  std::variant<std::int64_t, std::string> value;

  bool operator==(const ByteSize&) const = default;
};
void Read(const nlohmann::json& j, ByteSize& out, std::string_view ptr);
nlohmann::json Write(const ByteSize& value);
inline void from_json(const nlohmann::json& j, ByteSize& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ByteSize& value) { j = Write(value); }

// Legacy separate canvas listener; v4 serves canvas on the gateway port.
struct CanvasHostConfig {
  // Start the legacy canvas listener.
  std::optional<bool> enabled{};
  // Port of the legacy canvas listener.
  std::optional<std::int64_t> port{};
  // Directory served as the canvas root.
  std::optional<std::string> root{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const CanvasHostConfig&) const = default;
};
void Read(const nlohmann::json& j, CanvasHostConfig& out, std::string_view ptr);
nlohmann::json Write(const CanvasHostConfig& value);
inline void from_json(const nlohmann::json& j, CanvasHostConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const CanvasHostConfig& value) { j = Write(value); }

// Settings for one group or all groups ("*").
struct ChannelGroupConfig {
  // Answer only when the bot is mentioned.
  std::optional<bool> require_mention{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChannelGroupConfig&) const = default;
};
void Read(const nlohmann::json& j, ChannelGroupConfig& out, std::string_view ptr);
nlohmann::json Write(const ChannelGroupConfig& value);
inline void from_json(const nlohmann::json& j, ChannelGroupConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelGroupConfig& value) { j = Write(value); }

// Channel connection health monitoring.
struct ChannelHealthMonitorConfig {
  // Monitor and restart unhealthy connections.
  std::optional<bool> enabled{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChannelHealthMonitorConfig&) const = default;
};
void Read(const nlohmann::json& j, ChannelHealthMonitorConfig& out, std::string_view ptr);
nlohmann::json Write(const ChannelHealthMonitorConfig& value);
inline void from_json(const nlohmann::json& j, ChannelHealthMonitorConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelHealthMonitorConfig& value) { j = Write(value); }

// Who may start a direct conversation with the bot.
enum class DmPolicy {
  kPairing,
  kAllowlist,
  kOpen,
  kDisabled,
};
std::string_view ToString(DmPolicy value);
std::optional<DmPolicy> ParseDmPolicy(std::string_view text);
void Read(const nlohmann::json& j, DmPolicy& out, std::string_view ptr);
nlohmann::json Write(DmPolicy value);
inline void from_json(const nlohmann::json& j, DmPolicy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const DmPolicy& value) { j = Write(value); }

// Which groups the bot answers in.
enum class GroupPolicy {
  kAllowlist,
  kOpen,
  kDisabled,
};
std::string_view ToString(GroupPolicy value);
std::optional<GroupPolicy> ParseGroupPolicy(std::string_view text);
void Read(const nlohmann::json& j, GroupPolicy& out, std::string_view ptr);
nlohmann::json Write(GroupPolicy value);
inline void from_json(const nlohmann::json& j, GroupPolicy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GroupPolicy& value) { j = Write(value); }

// Where the secret is resolved from.
enum class SecretSource {
  kEnv,
  kFile,
  kExec,
  kStore,
};
std::string_view ToString(SecretSource value);
std::optional<SecretSource> ParseSecretSource(std::string_view text);
void Read(const nlohmann::json& j, SecretSource& out, std::string_view ptr);
nlohmann::json Write(SecretSource value);
inline void from_json(const nlohmann::json& j, SecretSource& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SecretSource& value) { j = Write(value); }

// Reference to a credential held outside the config file.
struct SecretRef {
  // Where the secret is resolved from.
  SecretSource source{};
  // Named secret provider under secrets.* (default provider when absent).
  std::optional<std::string> provider{};
  // Key of the secret within the provider (env var name, file key, store id).
  std::string id{};

  bool operator==(const SecretRef&) const = default;
};
void Read(const nlohmann::json& j, SecretRef& out, std::string_view ptr);
nlohmann::json Write(const SecretRef& value);
inline void from_json(const nlohmann::json& j, SecretRef& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SecretRef& value) { j = Write(value); }

// A credential given inline (may use ${ENV}) or as a SecretRef.
struct SecretInput {
  std::variant<std::string, SecretRef> value;

  bool operator==(const SecretInput&) const = default;
};
void Read(const nlohmann::json& j, SecretInput& out, std::string_view ptr);
nlohmann::json Write(const SecretInput& value);
inline void from_json(const nlohmann::json& j, SecretInput& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SecretInput& value) { j = Write(value); }

// One account of a channel; unset keys inherit the channel block.
struct ChannelAccountConfig {
  // Display name of the account.
  std::optional<std::string> name{};
  // Start this account.
  std::optional<bool> enabled{};
  std::optional<DmPolicy> dm_policy{};
  // Senders allowed to DM.
  std::optional<StringList> allow_from{};
  std::optional<GroupPolicy> group_policy{};
  // Senders allowed in groups.
  std::optional<StringList> group_allow_from{};
  // Per-group settings keyed by group id or "*".
  std::optional<std::map<std::string, ChannelGroupConfig>> groups{};
  std::optional<ChannelHealthMonitorConfig> health_monitor{};
  // Bot token (Telegram, Slack).
  std::optional<SecretInput> bot_token{};
  // Bot token (Discord).
  std::optional<SecretInput> token{};
  // App-level token (Slack Socket Mode).
  std::optional<SecretInput> app_token{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChannelAccountConfig&) const = default;
};
void Read(const nlohmann::json& j, ChannelAccountConfig& out, std::string_view ptr);
nlohmann::json Write(const ChannelAccountConfig& value);
inline void from_json(const nlohmann::json& j, ChannelAccountConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelAccountConfig& value) { j = Write(value); }

// Settings of one messaging channel (plugin-specific keys kept as JSON).
struct ChannelConfig {
  // Start this channel.
  std::optional<bool> enabled{};
  // Direct-message access policy; open requires allowFrom ["*"].
  std::optional<DmPolicy> dm_policy{};
  // Senders allowed to DM (E.164, tg:<id>, user ids, "*").
  std::optional<StringList> allow_from{};
  // Group access policy.
  std::optional<GroupPolicy> group_policy{};
  // Senders allowed in groups.
  std::optional<StringList> group_allow_from{};
  // Per-group settings keyed by group id or "*".
  std::optional<std::map<std::string, ChannelGroupConfig>> groups{};
  // Per-account overrides keyed by account id.
  std::optional<std::map<std::string, ChannelAccountConfig>> accounts{};
  std::optional<ChannelHealthMonitorConfig> health_monitor{};
  // Bot token (Telegram, Slack).
  std::optional<SecretInput> bot_token{};
  // Bot token (Discord).
  std::optional<SecretInput> token{};
  // App-level token (Slack Socket Mode).
  std::optional<SecretInput> app_token{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChannelConfig&) const = default;
};
void Read(const nlohmann::json& j, ChannelConfig& out, std::string_view ptr);
nlohmann::json Write(const ChannelConfig& value);
inline void from_json(const nlohmann::json& j, ChannelConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelConfig& value) { j = Write(value); }

// How heartbeat results show in chats.
struct HeartbeatVisibilityConfig {
  // Show heartbeat turns that found nothing to report.
  std::optional<bool> show_ok{};
  // Show heartbeat alerts.
  std::optional<bool> show_alerts{};
  // Show a status indicator instead of a message.
  std::optional<bool> use_indicator{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HeartbeatVisibilityConfig&) const = default;
};
void Read(const nlohmann::json& j, HeartbeatVisibilityConfig& out, std::string_view ptr);
nlohmann::json Write(const HeartbeatVisibilityConfig& value);
inline void from_json(const nlohmann::json& j, HeartbeatVisibilityConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HeartbeatVisibilityConfig& value) { j = Write(value); }

// Defaults applied to every channel.
struct ChannelDefaultsConfig {
  std::optional<GroupPolicy> group_policy{};
  // Which surrounding messages the agent sees.
  std::optional<std::string> context_visibility{};
  // Implicit mention handling (kept as JSON).
  std::optional<nlohmann::json> implicit_mentions{};
  // How heartbeat results show in chats.
  std::optional<HeartbeatVisibilityConfig> heartbeat_visibility{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChannelDefaultsConfig&) const = default;
};
void Read(const nlohmann::json& j, ChannelDefaultsConfig& out, std::string_view ptr);
nlohmann::json Write(const ChannelDefaultsConfig& value);
inline void from_json(const nlohmann::json& j, ChannelDefaultsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelDefaultsConfig& value) { j = Write(value); }

// Messaging channel settings keyed by channel id; other channels are kept as JSON.
struct ChannelsConfig {
  std::optional<ChannelDefaultsConfig> defaults{};
  // Model per channel and peer/group id, as "provider/model".
  std::optional<std::map<std::string, std::map<std::string, std::string>>> model_by_channel{};
  std::optional<ChannelConfig> whatsapp{};
  std::optional<ChannelConfig> telegram{};
  std::optional<ChannelConfig> discord{};
  std::optional<ChannelConfig> slack{};
  std::optional<ChannelConfig> signal{};
  std::optional<ChannelConfig> imessage{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChannelsConfig&) const = default;
};
void Read(const nlohmann::json& j, ChannelsConfig& out, std::string_view ptr);
nlohmann::json Write(const ChannelsConfig& value);
inline void from_json(const nlohmann::json& j, ChannelsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsConfig& value) { j = Write(value); }

// Event-triggered jobs.
struct CronTriggersConfig {
  // Run event-triggered jobs.
  std::optional<bool> enabled{};

  bool operator==(const CronTriggersConfig&) const = default;
};
void Read(const nlohmann::json& j, CronTriggersConfig& out, std::string_view ptr);
nlohmann::json Write(const CronTriggersConfig& value);
inline void from_json(const nlohmann::json& j, CronTriggersConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const CronTriggersConfig& value) { j = Write(value); }

// Destination checks for job webhooks.
struct CronWebhookSsrfPolicy {
  // Hostnames webhooks may reach.
  std::optional<StringList> allowed_hostnames{};
  // Hostnames webhooks may not reach.
  std::optional<StringList> blocked_hostnames{};
  // Allow private and loopback addresses.
  std::optional<bool> dangerously_allow_private_network{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const CronWebhookSsrfPolicy&) const = default;
};
void Read(const nlohmann::json& j, CronWebhookSsrfPolicy& out, std::string_view ptr);
nlohmann::json Write(const CronWebhookSsrfPolicy& value);
inline void from_json(const nlohmann::json& j, CronWebhookSsrfPolicy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const CronWebhookSsrfPolicy& value) { j = Write(value); }

// How long isolated run sessions are kept; false or "0h" disables pruning.
struct CronSessionRetention {
  std::variant<DurationString, bool> value;

  bool operator==(const CronSessionRetention&) const = default;
};
void Read(const nlohmann::json& j, CronSessionRetention& out, std::string_view ptr);
nlohmann::json Write(const CronSessionRetention& value);
inline void from_json(const nlohmann::json& j, CronSessionRetention& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const CronSessionRetention& value) { j = Write(value); }

// Deliver through a channel or a webhook.
enum class CronFailureAlertMode {
  kAnnounce,
  kWebhook,
};
std::string_view ToString(CronFailureAlertMode value);
std::optional<CronFailureAlertMode> ParseCronFailureAlertMode(std::string_view text);
void Read(const nlohmann::json& j, CronFailureAlertMode& out, std::string_view ptr);
nlohmann::json Write(CronFailureAlertMode value);
inline void from_json(const nlohmann::json& j, CronFailureAlertMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const CronFailureAlertMode& value) { j = Write(value); }

// Alert after repeated job failures.
struct CronFailureAlertConfig {
  // Send failure alerts.
  std::optional<bool> enabled{};
  // Consecutive failures before alerting.
  std::optional<std::int64_t> after{};
  // Minimum time between alerts for one job.
  std::optional<std::int64_t> cooldown_ms{};
  // Count skipped runs as failures.
  std::optional<bool> include_skipped{};
  // Deliver through a channel or a webhook.
  std::optional<CronFailureAlertMode> mode{};
  // Channel for announce alerts.
  std::optional<std::string> channel{};
  // Recipient for announce alerts.
  std::optional<std::string> to{};
  // Channel account for announce alerts.
  std::optional<std::string> account_id{};

  bool operator==(const CronFailureAlertConfig&) const = default;
};
void Read(const nlohmann::json& j, CronFailureAlertConfig& out, std::string_view ptr);
nlohmann::json Write(const CronFailureAlertConfig& value);
inline void from_json(const nlohmann::json& j, CronFailureAlertConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const CronFailureAlertConfig& value) { j = Write(value); }

// Scheduler settings; jobs are managed through cron.* RPCs.
struct CronConfig {
  // Run the scheduler.
  std::optional<bool> enabled{};
  // Skip runs missed while the gateway was down.
  std::optional<bool> skip_missed_jobs{};
  // Event-triggered jobs.
  std::optional<CronTriggersConfig> triggers{};
  // Bearer token sent with job webhooks.
  std::optional<SecretInput> webhook_token{};
  // Destination checks for job webhooks.
  std::optional<CronWebhookSsrfPolicy> webhook_ssrf_policy{};
  // How long isolated run sessions are kept; false or "0h" disables pruning.
  std::optional<CronSessionRetention> session_retention{};
  // Alert after repeated job failures.
  std::optional<CronFailureAlertConfig> failure_alert{};

  bool operator==(const CronConfig&) const = default;
};
void Read(const nlohmann::json& j, CronConfig& out, std::string_view ptr);
nlohmann::json Write(const CronConfig& value);
inline void from_json(const nlohmann::json& j, CronConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const CronConfig& value) { j = Write(value); }

// Import variables from a login shell.
struct EnvShellEnvConfig {
  // Run the login shell to read its environment.
  std::optional<bool> enabled{};
  // Timeout for the shell in milliseconds.
  std::optional<std::int64_t> timeout_ms{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const EnvShellEnvConfig&) const = default;
};
void Read(const nlohmann::json& j, EnvShellEnvConfig& out, std::string_view ptr);
nlohmann::json Write(const EnvShellEnvConfig& value);
inline void from_json(const nlohmann::json& j, EnvShellEnvConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const EnvShellEnvConfig& value) { j = Write(value); }

// Environment variables supplied by the config (never override set ones).
struct EnvConfig {
  // Variables to define.
  std::optional<std::map<std::string, std::string>> vars{};
  // Import variables from a login shell.
  std::optional<EnvShellEnvConfig> shell_env{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const EnvConfig&) const = default;
};
void Read(const nlohmann::json& j, EnvConfig& out, std::string_view ptr);
nlohmann::json Write(const EnvConfig& value);
inline void from_json(const nlohmann::json& j, EnvConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const EnvConfig& value) { j = Write(value); }

// Failed-auth limiter per client IP and credential class (auth.md §6).
struct GatewayAuthRateLimitConfig {
  // Failures allowed per window.
  std::optional<std::int64_t> max_attempts{};
  // Sliding window length in milliseconds.
  std::optional<std::int64_t> window_ms{};
  // Lockout after exceeding the limit, in milliseconds.
  std::optional<std::int64_t> lockout_ms{};
  // Never lock out 127.0.0.1 / ::1 (browser-origin connects excepted).
  std::optional<bool> exempt_loopback{};

  bool operator==(const GatewayAuthRateLimitConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayAuthRateLimitConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayAuthRateLimitConfig& value);
inline void from_json(const nlohmann::json& j, GatewayAuthRateLimitConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayAuthRateLimitConfig& value) { j = Write(value); }

// Which configured secret or identity source is checked.
enum class GatewayAuthMode {
  kNone,
  kToken,
  kPassword,
  kTrustedProxy,
};
std::string_view ToString(GatewayAuthMode value);
std::optional<GatewayAuthMode> ParseGatewayAuthMode(std::string_view text);
void Read(const nlohmann::json& j, GatewayAuthMode& out, std::string_view ptr);
nlohmann::json Write(GatewayAuthMode value);
inline void from_json(const nlohmann::json& j, GatewayAuthMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayAuthMode& value) { j = Write(value); }

// Auto-approve device pairing for proxy-authenticated users.
struct TrustedProxyDeviceAutoApprove {
  // Enable auto-approval.
  std::optional<bool> enabled{};
  // Scopes granted to auto-approved devices.
  std::optional<StringList> scopes{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const TrustedProxyDeviceAutoApprove&) const = default;
};
void Read(const nlohmann::json& j, TrustedProxyDeviceAutoApprove& out, std::string_view ptr);
nlohmann::json Write(const TrustedProxyDeviceAutoApprove& value);
inline void from_json(const nlohmann::json& j, TrustedProxyDeviceAutoApprove& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const TrustedProxyDeviceAutoApprove& value) { j = Write(value); }

// Identity headers injected by a trusted reverse proxy (auth.md §7).
struct TrustedProxyConfig {
  // Header carrying the authenticated user, e.g. x-forwarded-user.
  std::string user_header{};
  // Headers that must be present and non-blank.
  std::optional<StringList> required_headers{};
  // Users allowed through; any user when absent.
  std::optional<StringList> allow_users{};
  // Accept proxy requests arriving from loopback.
  std::optional<bool> allow_loopback{};
  // Auto-approve device pairing for proxy-authenticated users.
  std::optional<TrustedProxyDeviceAutoApprove> device_auto_approve{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const TrustedProxyConfig&) const = default;
};
void Read(const nlohmann::json& j, TrustedProxyConfig& out, std::string_view ptr);
nlohmann::json Write(const TrustedProxyConfig& value);
inline void from_json(const nlohmann::json& j, TrustedProxyConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const TrustedProxyConfig& value) { j = Write(value); }

// How clients authenticate to the gateway (auth.md §1).
struct GatewayAuthConfig {
  // Which configured secret or identity source is checked.
  std::optional<GatewayAuthMode> mode{};
  // Shared token for token mode (env OPENCLAW_GATEWAY_TOKEN also works).
  std::optional<SecretInput> token{};
  // Shared password for password mode (env OPENCLAW_GATEWAY_PASSWORD also works).
  std::optional<SecretInput> password{};
  // Let verified Tailscale Serve identity headers satisfy WS auth.
  std::optional<bool> allow_tailscale{};
  // Operator scopes granted per authenticated identity.
  std::optional<std::map<std::string, std::vector<std::string>>> identity_scopes{};
  // Identity headers injected by a trusted reverse proxy (auth.md §7).
  std::optional<TrustedProxyConfig> trusted_proxy{};
  std::optional<GatewayAuthRateLimitConfig> rate_limit{};

  bool operator==(const GatewayAuthConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayAuthConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayAuthConfig& value);
inline void from_json(const nlohmann::json& j, GatewayAuthConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayAuthConfig& value) { j = Write(value); }

// PDF text and image extraction limits.
struct HttpPdfInputConfig {
  // Pages read per PDF.
  std::optional<std::int64_t> max_pages{};
  // Pixel budget when rendering pages to images.
  std::optional<std::int64_t> max_pixels{};
  // Below this much extracted text, pages are rendered as images.
  std::optional<std::int64_t> min_text_chars{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HttpPdfInputConfig&) const = default;
};
void Read(const nlohmann::json& j, HttpPdfInputConfig& out, std::string_view ptr);
nlohmann::json Write(const HttpPdfInputConfig& value);
inline void from_json(const nlohmann::json& j, HttpPdfInputConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HttpPdfInputConfig& value) { j = Write(value); }

// Limits for file inputs on /v1/responses.
struct HttpFileInputConfig {
  // Fetch files from URLs.
  std::optional<bool> allow_url{};
  // Hostnames URL files may come from.
  std::optional<StringList> url_allowlist{};
  // Accepted file MIME types.
  std::optional<StringList> allowed_mimes{};
  // Maximum decoded bytes per file.
  std::optional<std::int64_t> max_bytes{};
  // Maximum extracted text characters per file.
  std::optional<std::int64_t> max_chars{};
  // Redirects followed when fetching a URL.
  std::optional<std::int64_t> max_redirects{};
  // Fetch timeout in milliseconds.
  std::optional<std::int64_t> timeout_ms{};
  // PDF text and image extraction limits.
  std::optional<HttpPdfInputConfig> pdf{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HttpFileInputConfig&) const = default;
};
void Read(const nlohmann::json& j, HttpFileInputConfig& out, std::string_view ptr);
nlohmann::json Write(const HttpFileInputConfig& value);
inline void from_json(const nlohmann::json& j, HttpFileInputConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HttpFileInputConfig& value) { j = Write(value); }

// Limits for image inputs on an HTTP endpoint.
struct HttpImageInputConfig {
  // Fetch images from URLs (default false for chatCompletions, true for responses).
  std::optional<bool> allow_url{};
  // Hostnames URL images may come from.
  std::optional<StringList> url_allowlist{};
  // Accepted image MIME types.
  std::optional<StringList> allowed_mimes{};
  // Maximum decoded bytes per image.
  std::optional<std::int64_t> max_bytes{};
  // Redirects followed when fetching a URL.
  std::optional<std::int64_t> max_redirects{};
  // Fetch timeout in milliseconds.
  std::optional<std::int64_t> timeout_ms{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HttpImageInputConfig&) const = default;
};
void Read(const nlohmann::json& j, HttpImageInputConfig& out, std::string_view ptr);
nlohmann::json Write(const HttpImageInputConfig& value);
inline void from_json(const nlohmann::json& j, HttpImageInputConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HttpImageInputConfig& value) { j = Write(value); }

// POST /v1/chat/completions (+ /v1/models, /v1/embeddings).
struct ChatCompletionsEndpointConfig {
  // Serve the endpoint.
  std::optional<bool> enabled{};
  // Image inputs; URL sources are off by default here.
  std::optional<HttpImageInputConfig> images{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChatCompletionsEndpointConfig&) const = default;
};
void Read(const nlohmann::json& j, ChatCompletionsEndpointConfig& out, std::string_view ptr);
nlohmann::json Write(const ChatCompletionsEndpointConfig& value);
inline void from_json(const nlohmann::json& j, ChatCompletionsEndpointConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatCompletionsEndpointConfig& value) { j = Write(value); }

// POST /v1/responses (+ /v1/models, /v1/embeddings).
struct ResponsesEndpointConfig {
  // Serve the endpoint.
  std::optional<bool> enabled{};
  // Maximum URL-sourced file/image parts per request.
  std::optional<std::int64_t> max_url_parts{};
  std::optional<HttpFileInputConfig> files{};
  // Image inputs; URL sources are on by default here.
  std::optional<HttpImageInputConfig> images{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ResponsesEndpointConfig&) const = default;
};
void Read(const nlohmann::json& j, ResponsesEndpointConfig& out, std::string_view ptr);
nlohmann::json Write(const ResponsesEndpointConfig& value);
inline void from_json(const nlohmann::json& j, ResponsesEndpointConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ResponsesEndpointConfig& value) { j = Write(value); }

// OpenAI-compatible endpoints, all disabled by default.
struct HttpEndpointsConfig {
  // POST /v1/chat/completions (+ /v1/models, /v1/embeddings).
  std::optional<ChatCompletionsEndpointConfig> chat_completions{};
  // POST /v1/responses (+ /v1/models, /v1/embeddings).
  std::optional<ResponsesEndpointConfig> responses{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HttpEndpointsConfig&) const = default;
};
void Read(const nlohmann::json& j, HttpEndpointsConfig& out, std::string_view ptr);
nlohmann::json Write(const HttpEndpointsConfig& value);
inline void from_json(const nlohmann::json& j, HttpEndpointsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HttpEndpointsConfig& value) { j = Write(value); }

// Strict-Transport-Security header value, or false to omit it.
struct HstsSetting {
  std::variant<std::string, bool> value;

  bool operator==(const HstsSetting&) const = default;
};
void Read(const nlohmann::json& j, HstsSetting& out, std::string_view ptr);
nlohmann::json Write(const HstsSetting& value);
inline void from_json(const nlohmann::json& j, HstsSetting& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HstsSetting& value) { j = Write(value); }

// Extra security headers on HTTP responses.
struct HttpSecurityHeadersConfig {
  // Strict-Transport-Security header value, or false to omit it.
  std::optional<HstsSetting> strict_transport_security{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HttpSecurityHeadersConfig&) const = default;
};
void Read(const nlohmann::json& j, HttpSecurityHeadersConfig& out, std::string_view ptr);
nlohmann::json Write(const HttpSecurityHeadersConfig& value);
inline void from_json(const nlohmann::json& j, HttpSecurityHeadersConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HttpSecurityHeadersConfig& value) { j = Write(value); }

// Optional HTTP endpoints and response headers.
struct GatewayHttpConfig {
  // OpenAI-compatible endpoints, all disabled by default.
  std::optional<HttpEndpointsConfig> endpoints{};
  // Extra security headers on HTTP responses.
  std::optional<HttpSecurityHeadersConfig> security_headers{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayHttpConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayHttpConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayHttpConfig& value);
inline void from_json(const nlohmann::json& j, GatewayHttpConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayHttpConfig& value) { j = Write(value); }

// Run a gateway here (local) or act as a client of one (remote).
enum class GatewayMode {
  kLocal,
  kRemote,
};
std::string_view ToString(GatewayMode value);
std::optional<GatewayMode> ParseGatewayMode(std::string_view text);
void Read(const nlohmann::json& j, GatewayMode& out, std::string_view ptr);
nlohmann::json Write(GatewayMode value);
inline void from_json(const nlohmann::json& j, GatewayMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayMode& value) { j = Write(value); }

// Listen address policy; a literal IP is mapped to custom by the loader.
enum class GatewayBindMode {
  kLoopback,
  kLan,
  kTailnet,
  kAuto,
  kCustom,
};
std::string_view ToString(GatewayBindMode value);
std::optional<GatewayBindMode> ParseGatewayBindMode(std::string_view text);
void Read(const nlohmann::json& j, GatewayBindMode& out, std::string_view ptr);
nlohmann::json Write(GatewayBindMode value);
inline void from_json(const nlohmann::json& j, GatewayBindMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayBindMode& value) { j = Write(value); }

// Control UI single-page app served on the gateway port.
struct ControlUiConfig {
  // Serve the Control UI.
  std::optional<bool> enabled{};
  // URL path prefix of the Control UI; changing it needs a restart.
  std::optional<std::string> base_path{};
  // Browser origins allowed to open the control WebSocket.
  std::optional<StringList> allowed_origins{};
  // Directory of a custom Control UI build.
  std::optional<std::string> root{};
  // Treat the Host header as the origin when Origin is missing.
  std::optional<bool> dangerously_allow_host_header_origin_fallback{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ControlUiConfig&) const = default;
};
void Read(const nlohmann::json& j, ControlUiConfig& out, std::string_view ptr);
nlohmann::json Write(const ControlUiConfig& value);
inline void from_json(const nlohmann::json& j, ControlUiConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ControlUiConfig& value) { j = Write(value); }

// hybrid or off; retired hot and restart are treated as hybrid.
enum class ReloadMode {
  kHybrid,
  kOff,
  kHot,
  kRestart,
};
std::string_view ToString(ReloadMode value);
std::optional<ReloadMode> ParseReloadMode(std::string_view text);
void Read(const nlohmann::json& j, ReloadMode& out, std::string_view ptr);
nlohmann::json Write(ReloadMode value);
inline void from_json(const nlohmann::json& j, ReloadMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ReloadMode& value) { j = Write(value); }

// Config file watching and apply policy.
struct GatewayReloadConfig {
  // hybrid or off; retired hot and restart are treated as hybrid.
  std::optional<ReloadMode> mode{};
  // Retired (built-in debounce); accepted and ignored.
  std::optional<std::int64_t> debounce_ms{};

  bool operator==(const GatewayReloadConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayReloadConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayReloadConfig& value);
inline void from_json(const nlohmann::json& j, GatewayReloadConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayReloadConfig& value) { j = Write(value); }

// Serve wss/https on the same port.
struct GatewayTlsConfig {
  // Enable TLS on the listener.
  std::optional<bool> enabled{};
  // Generate a self-signed certificate when no paths are given.
  std::optional<bool> auto_generate{};
  // PEM certificate chain file.
  std::optional<std::string> cert_path{};
  // PEM private key file.
  std::optional<std::string> key_path{};
  // PEM CA bundle for client verification.
  std::optional<std::string> ca_path{};

  bool operator==(const GatewayTlsConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayTlsConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayTlsConfig& value);
inline void from_json(const nlohmann::json& j, GatewayTlsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayTlsConfig& value) { j = Write(value); }

// Expose the gateway through Tailscale.
enum class TailscaleMode {
  kOff,
  kServe,
  kFunnel,
};
std::string_view ToString(TailscaleMode value);
std::optional<TailscaleMode> ParseTailscaleMode(std::string_view text);
void Read(const nlohmann::json& j, TailscaleMode& out, std::string_view ptr);
nlohmann::json Write(TailscaleMode value);
inline void from_json(const nlohmann::json& j, TailscaleMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const TailscaleMode& value) { j = Write(value); }

// Tailscale serve/funnel integration (out of core).
struct GatewayTailscaleConfig {
  // Expose the gateway through Tailscale.
  std::optional<TailscaleMode> mode{};
  // Undo the serve/funnel setup when the gateway exits.
  std::optional<bool> reset_on_exit{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayTailscaleConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayTailscaleConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayTailscaleConfig& value);
inline void from_json(const nlohmann::json& j, GatewayTailscaleConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayTailscaleConfig& value) { j = Write(value); }

// How the client reaches the remote gateway.
enum class RemoteTransport {
  kSsh,
  kDirect,
};
std::string_view ToString(RemoteTransport value);
std::optional<RemoteTransport> ParseRemoteTransport(std::string_view text);
void Read(const nlohmann::json& j, RemoteTransport& out, std::string_view ptr);
nlohmann::json Write(RemoteTransport value);
inline void from_json(const nlohmann::json& j, RemoteTransport& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const RemoteTransport& value) { j = Write(value); }

// Client-side settings for reaching a remote gateway; never configures server auth.
struct GatewayRemoteConfig {
  // WebSocket URL of the remote gateway.
  std::optional<std::string> url{};
  // Shared token sent to the remote gateway.
  std::optional<SecretInput> token{};
  // Shared password sent to the remote gateway.
  std::optional<SecretInput> password{};
  // How the client reaches the remote gateway.
  std::optional<RemoteTransport> transport{};
  // Pinned SHA-256 fingerprint of the remote certificate.
  std::optional<std::string> tls_fingerprint{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayRemoteConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayRemoteConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayRemoteConfig& value);
inline void from_json(const nlohmann::json& j, GatewayRemoteConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayRemoteConfig& value) { j = Write(value); }

// Automatic approval of device/node pairing requests.
struct NodePairingConfig {
  // Auto-approve pairing from loopback clients.
  std::optional<bool> auto_approve_local{};
  // Client networks (CIDR) whose pairing is auto-approved.
  std::optional<StringList> auto_approve_cidrs{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const NodePairingConfig&) const = default;
};
void Read(const nlohmann::json& j, NodePairingConfig& out, std::string_view ptr);
nlohmann::json Write(const NodePairingConfig& value);
inline void from_json(const nlohmann::json& j, NodePairingConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const NodePairingConfig& value) { j = Write(value); }

// Node command allow/deny lists.
struct NodeCommandPolicy {
  // Commands allowed on nodes.
  std::optional<StringList> allow{};
  // Commands denied on nodes.
  std::optional<StringList> deny{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const NodeCommandPolicy&) const = default;
};
void Read(const nlohmann::json& j, NodeCommandPolicy& out, std::string_view ptr);
nlohmann::json Write(const NodeCommandPolicy& value);
inline void from_json(const nlohmann::json& j, NodeCommandPolicy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const NodeCommandPolicy& value) { j = Write(value); }

// Node (capability host) pairing and command policy.
struct GatewayNodesConfig {
  // Automatic approval of device/node pairing requests.
  std::optional<NodePairingConfig> pairing{};
  // Node command allow/deny lists.
  std::optional<NodeCommandPolicy> commands{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayNodesConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayNodesConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayNodesConfig& value);
inline void from_json(const nlohmann::json& j, GatewayNodesConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayNodesConfig& value) { j = Write(value); }

// Edits to the /tools/invoke default HTTP deny list.
struct GatewayToolsConfig {
  // Tool names removed from the default deny list.
  std::optional<StringList> allow{};
  // Tool names added to the deny list.
  std::optional<StringList> deny{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayToolsConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayToolsConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayToolsConfig& value);
inline void from_json(const nlohmann::json& j, GatewayToolsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayToolsConfig& value) { j = Write(value); }

// Remote terminal feature (out of core).
struct GatewayTerminalConfig {
  // Enable the terminal feature.
  std::optional<bool> enabled{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayTerminalConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayTerminalConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayTerminalConfig& value);
inline void from_json(const nlohmann::json& j, GatewayTerminalConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayTerminalConfig& value) { j = Write(value); }

struct GatewayConfigRolesValue {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const GatewayConfigRolesValue&) const = default;
};
void Read(const nlohmann::json& j, GatewayConfigRolesValue& out, std::string_view ptr);
nlohmann::json Write(const GatewayConfigRolesValue& value);
inline void from_json(const nlohmann::json& j, GatewayConfigRolesValue& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayConfigRolesValue& value) { j = Write(value); }

// Gateway server settings (listener, auth, HTTP surface, reload).
struct GatewayConfig {
  // TCP port for WebSocket and HTTP.
  std::optional<std::int64_t> port{};
  // Run a gateway here (local) or act as a client of one (remote).
  std::optional<GatewayMode> mode{};
  // Listen address policy; a literal IP is mapped to custom by the loader.
  std::optional<GatewayBindMode> bind{};
  // IPv4 address to listen on when bind is custom.
  std::optional<std::string> custom_bind_host{};
  // External https origin used when building links.
  std::optional<std::string> public_origin{};
  std::optional<GatewayAuthConfig> auth{};
  // Reverse-proxy addresses (IP or CIDR) whose forwarded headers are trusted.
  std::optional<StringList> trusted_proxies{};
  // Accept X-Real-IP when X-Forwarded-For is absent.
  std::optional<bool> allow_real_ip_fallback{};
  // Control UI single-page app served on the gateway port.
  std::optional<ControlUiConfig> control_ui{};
  std::optional<GatewayHttpConfig> http{};
  // Config file watching and apply policy.
  std::optional<GatewayReloadConfig> reload{};
  // Serve wss/https on the same port.
  std::optional<GatewayTlsConfig> tls{};
  // Tailscale serve/funnel integration (out of core).
  std::optional<GatewayTailscaleConfig> tailscale{};
  // Client-side settings for reaching a remote gateway; never configures server auth.
  std::optional<GatewayRemoteConfig> remote{};
  // Node (capability host) pairing and command policy.
  std::optional<GatewayNodesConfig> nodes{};
  // Edits to the /tools/invoke default HTTP deny list.
  std::optional<GatewayToolsConfig> tools{};
  // Remote terminal feature (out of core).
  std::optional<GatewayTerminalConfig> terminal{};
  // Named operator roles (out of core); each value kept as JSON.
  std::optional<std::map<std::string, GatewayConfigRolesValue>> roles{};

  bool operator==(const GatewayConfig&) const = default;
};
void Read(const nlohmann::json& j, GatewayConfig& out, std::string_view ptr);
nlohmann::json Write(const GatewayConfig& value);
inline void from_json(const nlohmann::json& j, GatewayConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const GatewayConfig& value) { j = Write(value); }

// Request selector.
struct HookMappingMatch {
  // Sub-path under hooks.path, e.g. gmail.
  std::optional<std::string> path{};
  // Payload source field to match.
  std::optional<std::string> source{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HookMappingMatch&) const = default;
};
void Read(const nlohmann::json& j, HookMappingMatch& out, std::string_view ptr);
nlohmann::json Write(const HookMappingMatch& value);
inline void from_json(const nlohmann::json& j, HookMappingMatch& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HookMappingMatch& value) { j = Write(value); }

// What the hook triggers.
enum class HookAction {
  kWake,
  kAgent,
};
std::string_view ToString(HookAction value);
std::optional<HookAction> ParseHookAction(std::string_view text);
void Read(const nlohmann::json& j, HookAction& out, std::string_view ptr);
nlohmann::json Write(HookAction value);
inline void from_json(const nlohmann::json& j, HookAction& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HookAction& value) { j = Write(value); }

// Wake now or at the next heartbeat.
enum class HookWakeMode {
  kNow,
  kNextHeartbeat,
};
std::string_view ToString(HookWakeMode value);
std::optional<HookWakeMode> ParseHookWakeMode(std::string_view text);
void Read(const nlohmann::json& j, HookWakeMode& out, std::string_view ptr);
nlohmann::json Write(HookWakeMode value);
inline void from_json(const nlohmann::json& j, HookWakeMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HookWakeMode& value) { j = Write(value); }

// Transform module applied to the payload (kept as JSON).
struct HookMappingConfigTransform {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HookMappingConfigTransform&) const = default;
};
void Read(const nlohmann::json& j, HookMappingConfigTransform& out, std::string_view ptr);
nlohmann::json Write(const HookMappingConfigTransform& value);
inline void from_json(const nlohmann::json& j, HookMappingConfigTransform& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HookMappingConfigTransform& value) { j = Write(value); }

// One named webhook route.
struct HookMappingConfig {
  // Mapping id.
  std::optional<std::string> id{};
  // Request selector.
  std::optional<HookMappingMatch> match{};
  // What the hook triggers.
  std::optional<HookAction> action{};
  // Wake now or at the next heartbeat.
  std::optional<HookWakeMode> wake_mode{};
  // Label shown for runs from this hook.
  std::optional<std::string> name{};
  // Agent that handles the hook.
  std::optional<std::string> agent_id{};
  // Session the hook runs in.
  std::optional<std::string> session_key{};
  // Template rendering the agent message from the payload.
  std::optional<std::string> message_template{};
  // Template rendering the wake text from the payload.
  std::optional<std::string> text_template{};
  // Deliver the agent reply to a channel.
  std::optional<bool> deliver{};
  // Delivery channel.
  std::optional<std::string> channel{};
  // Delivery recipient.
  std::optional<std::string> to{};
  // Model override for the run.
  std::optional<std::string> model{};
  // Run timeout in seconds.
  std::optional<std::int64_t> timeout_seconds{};
  // Transform module applied to the payload (kept as JSON).
  std::optional<HookMappingConfigTransform> transform{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HookMappingConfig&) const = default;
};
void Read(const nlohmann::json& j, HookMappingConfig& out, std::string_view ptr);
nlohmann::json Write(const HookMappingConfig& value);
inline void from_json(const nlohmann::json& j, HookMappingConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HookMappingConfig& value) { j = Write(value); }

// Inbound webhooks under hooks.path.
struct HooksConfig {
  // Serve webhooks (also needs a non-empty token).
  std::optional<bool> enabled{};
  // Bearer token webhook callers must present.
  std::optional<SecretInput> token{};
  // Base path of the webhook routes.
  std::optional<std::string> path{};
  // Agents webhooks may target.
  std::optional<StringList> allowed_agent_ids{};
  // Session used when the request does not choose one.
  std::optional<std::string> default_session_key{};
  // Honour sessionKey from webhook requests.
  std::optional<bool> allow_request_session_key{};
  // Prefixes a request-chosen session key must start with.
  std::optional<StringList> allowed_session_key_prefixes{};
  // Named hooks routed to wake or agent actions; first match wins.
  std::optional<std::vector<HookMappingConfig>> mappings{};
  // Built-in mapping presets to enable, e.g. gmail.
  std::optional<StringList> presets{};
  // Directory of transform modules used by mappings.
  std::optional<std::string> transforms_dir{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const HooksConfig&) const = default;
};
void Read(const nlohmann::json& j, HooksConfig& out, std::string_view ptr);
nlohmann::json Write(const HooksConfig& value);
inline void from_json(const nlohmann::json& j, HooksConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HooksConfig& value) { j = Write(value); }

// Log severity threshold.
enum class LogLevel {
  kTrace,
  kDebug,
  kInfo,
  kWarn,
  kError,
  kFatal,
  kSilent,
};
std::string_view ToString(LogLevel value);
std::optional<LogLevel> ParseLogLevel(std::string_view text);
void Read(const nlohmann::json& j, LogLevel& out, std::string_view ptr);
nlohmann::json Write(LogLevel value);
inline void from_json(const nlohmann::json& j, LogLevel& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const LogLevel& value) { j = Write(value); }

// Console format; retired compact is treated as pretty.
enum class ConsoleStyle {
  kPretty,
  kJson,
  kCompact,
};
std::string_view ToString(ConsoleStyle value);
std::optional<ConsoleStyle> ParseConsoleStyle(std::string_view text);
void Read(const nlohmann::json& j, ConsoleStyle& out, std::string_view ptr);
nlohmann::json Write(ConsoleStyle value);
inline void from_json(const nlohmann::json& j, ConsoleStyle& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConsoleStyle& value) { j = Write(value); }

// File and console logging.
struct LoggingConfig {
  // File log level (--verbose does not raise it).
  std::optional<LogLevel> level{};
  // Log file path (default /tmp/openclaw/openclaw-YYYY-MM-DD.log).
  std::optional<std::string> file{};
  // Size at which the active file rotates (keeps .1 to .5).
  std::optional<std::int64_t> max_file_bytes{};
  // Console log level (debug with --verbose).
  std::optional<LogLevel> console_level{};
  // Console format; retired compact is treated as pretty.
  std::optional<ConsoleStyle> console_style{};
  // Regexes for redaction; replaces the built-in string patterns.
  std::optional<StringList> redact_patterns{};

  bool operator==(const LoggingConfig&) const = default;
};
void Read(const nlohmann::json& j, LoggingConfig& out, std::string_view ptr);
nlohmann::json Write(const LoggingConfig& value);
inline void from_json(const nlohmann::json& j, LoggingConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const LoggingConfig& value) { j = Write(value); }

// Wire API spoken by a model provider.
enum class ModelApi {
  kOpenaiCompletions,
  kOpenaiResponses,
  kOpenaiChatgptResponses,
  kAnthropicMessages,
  kGoogleGenerativeAi,
  kGoogleVertex,
  kGithubCopilot,
  kBedrockConverseStream,
  kOllama,
  kPiMessages,
  kAzureOpenaiResponses,
};
std::string_view ToString(ModelApi value);
std::optional<ModelApi> ParseModelApi(std::string_view text);
void Read(const nlohmann::json& j, ModelApi& out, std::string_view ptr);
nlohmann::json Write(ModelApi value);
inline void from_json(const nlohmann::json& j, ModelApi& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelApi& value) { j = Write(value); }

// Price per million tokens.
struct ModelCost {
  // Input token price.
  std::optional<double> input{};
  // Output token price.
  std::optional<double> output{};
  // Cache read price.
  std::optional<double> cache_read{};
  // Cache write price.
  std::optional<double> cache_write{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ModelCost&) const = default;
};
void Read(const nlohmann::json& j, ModelCost& out, std::string_view ptr);
nlohmann::json Write(const ModelCost& value);
inline void from_json(const nlohmann::json& j, ModelCost& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelCost& value) { j = Write(value); }

// One model of a provider.
struct ModelDefinitionConfig {
  // Model id at the provider.
  std::string id{};
  // Display name.
  std::optional<std::string> name{};
  // Wire API override for this model.
  std::optional<ModelApi> api{};
  // Model supports reasoning.
  std::optional<bool> reasoning{};
  // Accepted input kinds, e.g. text, image.
  std::optional<StringList> input{};
  std::optional<ModelCost> cost{};
  // Context window in tokens.
  std::optional<std::int64_t> context_window{};
  // Usable context budget in tokens.
  std::optional<std::int64_t> context_tokens{};
  // Output token cap.
  std::optional<std::int64_t> max_tokens{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ModelDefinitionConfig&) const = default;
};
void Read(const nlohmann::json& j, ModelDefinitionConfig& out, std::string_view ptr);
nlohmann::json Write(const ModelDefinitionConfig& value);
inline void from_json(const nlohmann::json& j, ModelDefinitionConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelDefinitionConfig& value) { j = Write(value); }

// Credential kind.
enum class ModelProviderAuth {
  kApiKey,
  kToken,
  kOauth,
  kAwsSdk,
};
std::string_view ToString(ModelProviderAuth value);
std::optional<ModelProviderAuth> ParseModelProviderAuth(std::string_view text);
void Read(const nlohmann::json& j, ModelProviderAuth& out, std::string_view ptr);
nlohmann::json Write(ModelProviderAuth value);
inline void from_json(const nlohmann::json& j, ModelProviderAuth& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelProviderAuth& value) { j = Write(value); }

// Request shaping options (kept as JSON).
struct ModelProviderConfigRequest {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ModelProviderConfigRequest&) const = default;
};
void Read(const nlohmann::json& j, ModelProviderConfigRequest& out, std::string_view ptr);
nlohmann::json Write(const ModelProviderConfigRequest& value);
inline void from_json(const nlohmann::json& j, ModelProviderConfigRequest& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelProviderConfigRequest& value) { j = Write(value); }

// Local model server management (kept as JSON).
struct ModelProviderConfigLocalService {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ModelProviderConfigLocalService&) const = default;
};
void Read(const nlohmann::json& j, ModelProviderConfigLocalService& out, std::string_view ptr);
nlohmann::json Write(const ModelProviderConfigLocalService& value);
inline void from_json(const nlohmann::json& j, ModelProviderConfigLocalService& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelProviderConfigLocalService& value) { j = Write(value); }

// One upstream model provider.
struct ModelProviderConfig {
  // Upstream base URL.
  std::optional<std::string> base_url{};
  // API key (string, ${ENV} or SecretRef).
  std::optional<SecretInput> api_key{};
  // Wire API; openai-completions when baseUrl is set and api is absent.
  std::optional<ModelApi> api{};
  // Credential kind.
  std::optional<ModelProviderAuth> auth{};
  // Send the key as Authorization Bearer.
  std::optional<bool> auth_header{};
  // Extra request headers.
  std::optional<std::map<std::string, std::string>> headers{};
  // Request timeout in seconds.
  std::optional<std::int64_t> timeout_seconds{};
  // Default output token cap.
  std::optional<std::int64_t> max_tokens{};
  // Request shaping options (kept as JSON).
  std::optional<ModelProviderConfigRequest> request{};
  // Local model server management (kept as JSON).
  std::optional<ModelProviderConfigLocalService> local_service{};
  // Models offered by this provider.
  std::optional<std::vector<ModelDefinitionConfig>> models{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ModelProviderConfig&) const = default;
};
void Read(const nlohmann::json& j, ModelProviderConfig& out, std::string_view ptr);
nlohmann::json Write(const ModelProviderConfig& value);
inline void from_json(const nlohmann::json& j, ModelProviderConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelProviderConfig& value) { j = Write(value); }

// Merge providers with the built-in catalogue, or replace it.
enum class ModelsMode {
  kMerge,
  kReplace,
};
std::string_view ToString(ModelsMode value);
std::optional<ModelsMode> ParseModelsMode(std::string_view text);
void Read(const nlohmann::json& j, ModelsMode& out, std::string_view ptr);
nlohmann::json Write(ModelsMode value);
inline void from_json(const nlohmann::json& j, ModelsMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelsMode& value) { j = Write(value); }

// Periodic model discovery.
struct ModelCatalogRefreshConfig {
  // Refresh discovered models.
  std::optional<bool> enabled{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ModelCatalogRefreshConfig&) const = default;
};
void Read(const nlohmann::json& j, ModelCatalogRefreshConfig& out, std::string_view ptr);
nlohmann::json Write(const ModelCatalogRefreshConfig& value);
inline void from_json(const nlohmann::json& j, ModelCatalogRefreshConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelCatalogRefreshConfig& value) { j = Write(value); }

// Model provider catalogue.
struct ModelsConfig {
  // Merge providers with the built-in catalogue, or replace it.
  std::optional<ModelsMode> mode{};
  // Provider settings keyed by provider id.
  std::optional<std::map<std::string, ModelProviderConfig>> providers{};
  // Periodic model discovery.
  std::optional<ModelCatalogRefreshConfig> catalog_refresh{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ModelsConfig&) const = default;
};
void Read(const nlohmann::json& j, ModelsConfig& out, std::string_view ptr);
nlohmann::json Write(const ModelsConfig& value);
inline void from_json(const nlohmann::json& j, ModelsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelsConfig& value) { j = Write(value); }

// Plugin-defined settings (kept as JSON).
struct PluginEntryConfigConfig {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const PluginEntryConfigConfig&) const = default;
};
void Read(const nlohmann::json& j, PluginEntryConfigConfig& out, std::string_view ptr);
nlohmann::json Write(const PluginEntryConfigConfig& value);
inline void from_json(const nlohmann::json& j, PluginEntryConfigConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PluginEntryConfigConfig& value) { j = Write(value); }

// Settings of one plugin.
struct PluginEntryConfig {
  // Enable this plugin.
  std::optional<bool> enabled{};
  // Plugin-defined settings (kept as JSON).
  std::optional<PluginEntryConfigConfig> config{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const PluginEntryConfig&) const = default;
};
void Read(const nlohmann::json& j, PluginEntryConfig& out, std::string_view ptr);
nlohmann::json Write(const PluginEntryConfig& value);
inline void from_json(const nlohmann::json& j, PluginEntryConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PluginEntryConfig& value) { j = Write(value); }

// Plugin loading and per-plugin settings.
struct PluginsConfig {
  // Load plugins.
  std::optional<bool> enabled{};
  // Plugin ids allowed to load.
  std::optional<StringList> allow{};
  // Plugin ids never loaded.
  std::optional<StringList> deny{};
  // Per-plugin settings keyed by plugin id.
  std::optional<std::map<std::string, PluginEntryConfig>> entries{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const PluginsConfig&) const = default;
};
void Read(const nlohmann::json& j, PluginsConfig& out, std::string_view ptr);
nlohmann::json Write(const PluginsConfig& value);
inline void from_json(const nlohmann::json& j, PluginsConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PluginsConfig& value) { j = Write(value); }

// Apply limits or only warn.
enum class SessionMaintenanceMode {
  kEnforce,
  kWarn,
};
std::string_view ToString(SessionMaintenanceMode value);
std::optional<SessionMaintenanceMode> ParseSessionMaintenanceMode(std::string_view text);
void Read(const nlohmann::json& j, SessionMaintenanceMode& out, std::string_view ptr);
nlohmann::json Write(SessionMaintenanceMode value);
inline void from_json(const nlohmann::json& j, SessionMaintenanceMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionMaintenanceMode& value) { j = Write(value); }

// Pruning of the session store.
struct SessionMaintenanceConfig {
  // Apply limits or only warn.
  std::optional<SessionMaintenanceMode> mode{};
  // Age after which idle sessions are pruned.
  std::optional<DurationString> prune_after{};
  // Maximum stored sessions.
  std::optional<std::int64_t> max_entries{};
  // Disk budget of the session store.
  std::optional<ByteSize> max_disk_bytes{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionMaintenanceConfig&) const = default;
};
void Read(const nlohmann::json& j, SessionMaintenanceConfig& out, std::string_view ptr);
nlohmann::json Write(const SessionMaintenanceConfig& value);
inline void from_json(const nlohmann::json& j, SessionMaintenanceConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionMaintenanceConfig& value) { j = Write(value); }

// none, daily (by session start time) or idle (by last interaction).
enum class SessionResetMode {
  kNone,
  kDaily,
  kIdle,
};
std::string_view ToString(SessionResetMode value);
std::optional<SessionResetMode> ParseSessionResetMode(std::string_view text);
void Read(const nlohmann::json& j, SessionResetMode& out, std::string_view ptr);
nlohmann::json Write(SessionResetMode value);
inline void from_json(const nlohmann::json& j, SessionResetMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionResetMode& value) { j = Write(value); }

// When a session is reset automatically (/new and /reset always work).
struct SessionResetPolicy {
  // none, daily (by session start time) or idle (by last interaction).
  std::optional<SessionResetMode> mode{};
  // Local hour of the daily reset.
  std::optional<std::int64_t> at_hour{};
  // Idle minutes before an idle reset.
  std::optional<std::int64_t> idle_minutes{};

  bool operator==(const SessionResetPolicy&) const = default;
};
void Read(const nlohmann::json& j, SessionResetPolicy& out, std::string_view ptr);
nlohmann::json Write(const SessionResetPolicy& value);
inline void from_json(const nlohmann::json& j, SessionResetPolicy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionResetPolicy& value) { j = Write(value); }

// Allow or deny sending.
enum class SendPolicyAction {
  kAllow,
  kDeny,
};
std::string_view ToString(SendPolicyAction value);
std::optional<SendPolicyAction> ParseSendPolicyAction(std::string_view text);
void Read(const nlohmann::json& j, SendPolicyAction& out, std::string_view ptr);
nlohmann::json Write(SendPolicyAction value);
inline void from_json(const nlohmann::json& j, SendPolicyAction& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SendPolicyAction& value) { j = Write(value); }

// Session selector.
struct SessionSendRuleMatch {
  // Channel id.
  std::optional<std::string> channel{};
  // Conversation type, e.g. direct or group.
  std::optional<std::string> chat_type{};
  // Session key prefix.
  std::optional<std::string> key_prefix{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionSendRuleMatch&) const = default;
};
void Read(const nlohmann::json& j, SessionSendRuleMatch& out, std::string_view ptr);
nlohmann::json Write(const SessionSendRuleMatch& value);
inline void from_json(const nlohmann::json& j, SessionSendRuleMatch& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionSendRuleMatch& value) { j = Write(value); }

struct SessionSendRule {
  SendPolicyAction action{};
  // Session selector.
  std::optional<SessionSendRuleMatch> match{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionSendRule&) const = default;
};
void Read(const nlohmann::json& j, SessionSendRule& out, std::string_view ptr);
nlohmann::json Write(const SessionSendRule& value);
inline void from_json(const nlohmann::json& j, SessionSendRule& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionSendRule& value) { j = Write(value); }

// Rules deciding whether the agent may send into a session.
struct SessionSendPolicy {
  // Evaluated in order; first match wins.
  std::optional<std::vector<SessionSendRule>> rules{};
  std::optional<SendPolicyAction> default_{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionSendPolicy&) const = default;
};
void Read(const nlohmann::json& j, SessionSendPolicy& out, std::string_view ptr);
nlohmann::json Write(const SessionSendPolicy& value);
inline void from_json(const nlohmann::json& j, SessionSendPolicy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionSendPolicy& value) { j = Write(value); }

// One session per sender, or one global session.
enum class SessionScope {
  kPerSender,
  kGlobal,
};
std::string_view ToString(SessionScope value);
std::optional<SessionScope> ParseSessionScope(std::string_view text);
void Read(const nlohmann::json& j, SessionScope& out, std::string_view ptr);
nlohmann::json Write(SessionScope value);
inline void from_json(const nlohmann::json& j, SessionScope& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionScope& value) { j = Write(value); }

// Reset policy per conversation type (legacy dm is migrated to direct).
struct SessionResetByType {
  std::optional<SessionResetPolicy> direct{};
  std::optional<SessionResetPolicy> group{};
  std::optional<SessionResetPolicy> thread{};

  bool operator==(const SessionResetByType&) const = default;
};
void Read(const nlohmann::json& j, SessionResetByType& out, std::string_view ptr);
nlohmann::json Write(const SessionResetByType& value);
inline void from_json(const nlohmann::json& j, SessionResetByType& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionResetByType& value) { j = Write(value); }

// Session keying, reset and maintenance.
struct SessionConfig {
  // One session per sender, or one global session.
  std::optional<SessionScope> scope{};
  std::optional<DmScope> dm_scope{};
  std::optional<GroupScope> group_scope{};
  std::optional<SessionResetPolicy> reset{};
  // Reset policy per conversation type (legacy dm is migrated to direct).
  std::optional<SessionResetByType> reset_by_type{};
  // Reset policy per channel id.
  std::optional<std::map<std::string, SessionResetPolicy>> reset_by_channel{};
  // Chat commands that start a new session, e.g. /new, /reset.
  std::optional<StringList> reset_triggers{};
  // Canonical identity to channel identities such as "telegram:123".
  std::optional<std::map<std::string, StringList>> identity_links{};
  // Legacy session store selector.
  std::optional<std::string> store{};
  std::optional<SessionMaintenanceConfig> maintenance{};
  // Accepted but ignored; the main key is always main.
  std::optional<std::string> main_key{};
  std::optional<SessionSendPolicy> send_policy{};

  bool operator==(const SessionConfig&) const = default;
};
void Read(const nlohmann::json& j, SessionConfig& out, std::string_view ptr);
nlohmann::json Write(const SessionConfig& value);
inline void from_json(const nlohmann::json& j, SessionConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionConfig& value) { j = Write(value); }

// Skill library settings (out of core; kept as JSON).
struct OpenClawConfigSkills {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigSkills&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigSkills& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigSkills& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigSkills& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigSkills& value) { j = Write(value); }

// Message formatting and queueing settings (out of core; kept as JSON).
struct OpenClawConfigMessages {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigMessages&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigMessages& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigMessages& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigMessages& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigMessages& value) { j = Write(value); }

// Chat slash-command settings (out of core; kept as JSON).
struct OpenClawConfigCommands {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigCommands&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigCommands& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigCommands& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigCommands& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigCommands& value) { j = Write(value); }

// Control UI presentation settings (kept as JSON).
struct OpenClawConfigUi {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigUi&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigUi& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigUi& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigUi& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigUi& value) { j = Write(value); }

// Browser control settings (out of core; kept as JSON).
struct OpenClawConfigBrowser {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigBrowser&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigBrowser& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigBrowser& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigBrowser& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigBrowser& value) { j = Write(value); }

// Bookkeeping written by the onboarding wizard (kept as JSON).
struct OpenClawConfigWizard {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigWizard&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigWizard& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigWizard& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigWizard& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigWizard& value) { j = Write(value); }

// Bookkeeping the reference gateway writes, e.g. lastTouchedVersion (kept as written).
struct OpenClawConfigMeta {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigMeta&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigMeta& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigMeta& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigMeta& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigMeta& value) { j = Write(value); }

// Self-update channel and checks (out of core; kept as JSON).
struct OpenClawConfigUpdate {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigUpdate&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigUpdate& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigUpdate& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigUpdate& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigUpdate& value) { j = Write(value); }

// Secret provider definitions used by SecretRef (kept as JSON).
struct OpenClawConfigSecrets {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigSecrets&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigSecrets& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigSecrets& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigSecrets& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigSecrets& value) { j = Write(value); }

// LAN/mDNS discovery settings (out of core; kept as JSON).
struct OpenClawConfigDiscovery {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigDiscovery&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigDiscovery& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigDiscovery& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigDiscovery& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigDiscovery& value) { j = Write(value); }

// Diagnostics and telemetry settings (out of core; kept as JSON).
struct OpenClawConfigDiagnostics {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigDiagnostics&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigDiagnostics& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigDiagnostics& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigDiagnostics& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigDiagnostics& value) { j = Write(value); }

// Voice/talk mode settings (out of core; kept as JSON).
struct OpenClawConfigTalk {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigTalk&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigTalk& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigTalk& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigTalk& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigTalk& value) { j = Write(value); }

// Exec approval forwarding settings (out of core; kept as JSON).
struct OpenClawConfigApprovals {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigApprovals&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigApprovals& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigApprovals& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigApprovals& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigApprovals& value) { j = Write(value); }

// Broadcast group settings (out of core; kept as JSON).
struct OpenClawConfigBroadcast {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigBroadcast&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigBroadcast& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigBroadcast& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigBroadcast& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigBroadcast& value) { j = Write(value); }

// Audio transcription settings (out of core; kept as JSON).
struct OpenClawConfigAudio {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigAudio&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigAudio& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigAudio& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigAudio& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigAudio& value) { j = Write(value); }

// Web (WhatsApp Web) runtime settings (out of core; kept as JSON).
struct OpenClawConfigWeb {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigWeb&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigWeb& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigWeb& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigWeb& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigWeb& value) { j = Write(value); }

// Memory citations and memory.search embeddings (config.md §6; kept as JSON).
struct OpenClawConfigMemory {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigMemory&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigMemory& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigMemory& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigMemory& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigMemory& value) { j = Write(value); }

// Telemetry settings (out of core; kept as JSON).
struct OpenClawConfigTelemetry {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigTelemetry&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigTelemetry& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigTelemetry& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigTelemetry& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigTelemetry& value) { j = Write(value); }

// Named sender groups for access policies (out of core; kept as JSON).
struct OpenClawConfigAccessGroups {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigAccessGroups&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigAccessGroups& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigAccessGroups& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigAccessGroups& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigAccessGroups& value) { j = Write(value); }

// Agent Client Protocol bridge settings (out of core; kept as JSON).
struct OpenClawConfigAcp {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigAcp&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigAcp& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigAcp& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigAcp& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigAcp& value) { j = Write(value); }

// Settings of this machine as a node host (out of core; kept as JSON).
struct OpenClawConfigNodeHost {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigNodeHost&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigNodeHost& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigNodeHost& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigNodeHost& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigNodeHost& value) { j = Write(value); }

// Security policy settings (out of core; kept as JSON).
struct OpenClawConfigSecurity {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigSecurity&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigSecurity& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigSecurity& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigSecurity& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigSecurity& value) { j = Write(value); }

// Inbound attachment handling (out of core; kept as JSON).
struct OpenClawConfigAttachments {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigAttachments&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigAttachments& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigAttachments& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigAttachments& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigAttachments& value) { j = Write(value); }

// Text-to-speech settings (out of core; kept as JSON).
struct OpenClawConfigTts {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigTts&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigTts& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigTts& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigTts& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigTts& value) { j = Write(value); }

// Session transcript settings (out of core; kept as JSON).
struct OpenClawConfigTranscripts {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigTranscripts&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigTranscripts& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigTranscripts& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigTranscripts& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigTranscripts& value) { j = Write(value); }

// Cloud worker settings (out of core; kept as JSON).
struct OpenClawConfigCloudWorkers {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigCloudWorkers&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigCloudWorkers& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigCloudWorkers& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigCloudWorkers& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigCloudWorkers& value) { j = Write(value); }

// Desktop app settings (out of core; kept as JSON).
struct OpenClawConfigDesktop {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigDesktop&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigDesktop& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigDesktop& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigDesktop& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigDesktop& value) { j = Write(value); }

// MCP server settings (out of core; kept as JSON).
struct OpenClawConfigMcp {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigMcp&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigMcp& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigMcp& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigMcp& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigMcp& value) { j = Write(value); }

// Surface settings (out of core; kept as JSON).
struct OpenClawConfigSurfaces {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigSurfaces&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigSurfaces& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigSurfaces& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigSurfaces& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigSurfaces& value) { j = Write(value); }

// Outbound proxy settings (out of core; kept as JSON).
struct OpenClawConfigProxy {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const OpenClawConfigProxy&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfigProxy& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfigProxy& value);
inline void from_json(const nlohmann::json& j, OpenClawConfigProxy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfigProxy& value) { j = Write(value); }

// Root of openclaw.json; unknown top-level keys refuse start.
struct OpenClawConfig {
  // Editor hint pointing at a JSON Schema; ignored by the gateway.
  std::optional<std::string> schema{};
  std::optional<GatewayConfig> gateway{};
  std::optional<AgentsConfig> agents{};
  // Routing rules that send inbound traffic to agents; first match wins.
  std::optional<std::vector<BindingConfig>> bindings{};
  std::optional<ModelsConfig> models{};
  std::optional<ChannelsConfig> channels{};
  std::optional<SessionConfig> session{};
  std::optional<CronConfig> cron{};
  std::optional<LoggingConfig> logging{};
  std::optional<HooksConfig> hooks{};
  std::optional<EnvConfig> env{};
  std::optional<IdentityConfig> identity{};
  std::optional<AuthConfig> auth{};
  std::optional<PluginsConfig> plugins{};
  std::optional<CanvasHostConfig> canvas_host{};
  // Skill library settings (out of core; kept as JSON).
  std::optional<OpenClawConfigSkills> skills{};
  std::optional<ToolsConfig> tools{};
  // Message formatting and queueing settings (out of core; kept as JSON).
  std::optional<OpenClawConfigMessages> messages{};
  // Chat slash-command settings (out of core; kept as JSON).
  std::optional<OpenClawConfigCommands> commands{};
  // Control UI presentation settings (kept as JSON).
  std::optional<OpenClawConfigUi> ui{};
  // Browser control settings (out of core; kept as JSON).
  std::optional<OpenClawConfigBrowser> browser{};
  // Bookkeeping written by the onboarding wizard (kept as JSON).
  std::optional<OpenClawConfigWizard> wizard{};
  // Bookkeeping the reference gateway writes, e.g. lastTouchedVersion (kept as written).
  std::optional<OpenClawConfigMeta> meta{};
  // Self-update channel and checks (out of core; kept as JSON).
  std::optional<OpenClawConfigUpdate> update{};
  // Secret provider definitions used by SecretRef (kept as JSON).
  std::optional<OpenClawConfigSecrets> secrets{};
  // LAN/mDNS discovery settings (out of core; kept as JSON).
  std::optional<OpenClawConfigDiscovery> discovery{};
  // Diagnostics and telemetry settings (out of core; kept as JSON).
  std::optional<OpenClawConfigDiagnostics> diagnostics{};
  // Voice/talk mode settings (out of core; kept as JSON).
  std::optional<OpenClawConfigTalk> talk{};
  // Exec approval forwarding settings (out of core; kept as JSON).
  std::optional<OpenClawConfigApprovals> approvals{};
  // Broadcast group settings (out of core; kept as JSON).
  std::optional<OpenClawConfigBroadcast> broadcast{};
  // Audio transcription settings (out of core; kept as JSON).
  std::optional<OpenClawConfigAudio> audio{};
  // Web (WhatsApp Web) runtime settings (out of core; kept as JSON).
  std::optional<OpenClawConfigWeb> web{};
  // Memory citations and memory.search embeddings (config.md §6; kept as JSON).
  std::optional<OpenClawConfigMemory> memory{};
  // Directory for agent git worktrees (not implemented; kept as written).
  std::optional<std::string> worktree_root{};
  // Speed up agent git worktree creation (not implemented; kept as written).
  std::optional<bool> worktree_acceleration{};
  // Telemetry settings (out of core; kept as JSON).
  std::optional<OpenClawConfigTelemetry> telemetry{};
  // Named sender groups for access policies (out of core; kept as JSON).
  std::optional<OpenClawConfigAccessGroups> access_groups{};
  // Agent Client Protocol bridge settings (out of core; kept as JSON).
  std::optional<OpenClawConfigAcp> acp{};
  // Settings of this machine as a node host (out of core; kept as JSON).
  std::optional<OpenClawConfigNodeHost> node_host{};
  // Security policy settings (out of core; kept as JSON).
  std::optional<OpenClawConfigSecurity> security{};
  // Inbound attachment handling (out of core; kept as JSON).
  std::optional<OpenClawConfigAttachments> attachments{};
  // Text-to-speech settings (out of core; kept as JSON).
  std::optional<OpenClawConfigTts> tts{};
  // Session transcript settings (out of core; kept as JSON).
  std::optional<OpenClawConfigTranscripts> transcripts{};
  // Cloud worker settings (out of core; kept as JSON).
  std::optional<OpenClawConfigCloudWorkers> cloud_workers{};
  // Desktop app settings (out of core; kept as JSON).
  std::optional<OpenClawConfigDesktop> desktop{};
  // MCP server settings (out of core; kept as JSON).
  std::optional<OpenClawConfigMcp> mcp{};
  // Surface settings (out of core; kept as JSON).
  std::optional<OpenClawConfigSurfaces> surfaces{};
  // Outbound proxy settings (out of core; kept as JSON).
  std::optional<OpenClawConfigProxy> proxy{};

  bool operator==(const OpenClawConfig&) const = default;
};
void Read(const nlohmann::json& j, OpenClawConfig& out, std::string_view ptr);
nlohmann::json Write(const OpenClawConfig& value);
inline void from_json(const nlohmann::json& j, OpenClawConfig& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const OpenClawConfig& value) { j = Write(value); }

}  // namespace gateway::proto
