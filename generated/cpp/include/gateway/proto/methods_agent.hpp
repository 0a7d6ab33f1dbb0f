// Generated from protocol/methods/agent.yaml.
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

// in_flight is the one response to a duplicate idempotencyKey while the first run is still going.
enum class AgentAcceptedStatus {
  kAccepted,
  kInFlight,
};
std::string_view ToString(AgentAcceptedStatus value);
std::optional<AgentAcceptedStatus> ParseAgentAcceptedStatus(std::string_view text);
void Read(const nlohmann::json& j, AgentAcceptedStatus& out, std::string_view ptr);
nlohmann::json Write(AgentAcceptedStatus value);
inline void from_json(const nlohmann::json& j, AgentAcceptedStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentAcceptedStatus& value) { j = Write(value); }

struct AgentAccepted {
  std::string run_id{};
  // Only when the request gave one (observed 2026.9.6).
  std::optional<std::string> session_key{};
  std::optional<std::string> agent_id{};
  // in_flight is the one response to a duplicate idempotencyKey while the first run is still going.
  AgentAcceptedStatus status{};
  std::optional<std::int64_t> accepted_at{};
  std::optional<std::string> runtime{};
  std::optional<std::string> task_run_id{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentAccepted&) const = default;
};
void Read(const nlohmann::json& j, AgentAccepted& out, std::string_view ptr);
nlohmann::json Write(const AgentAccepted& value);
inline void from_json(const nlohmann::json& j, AgentAccepted& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentAccepted& value) { j = Write(value); }

enum class AgentRunStatus {
  kOk,
  kError,
  kTimeout,
};
std::string_view ToString(AgentRunStatus value);
std::optional<AgentRunStatus> ParseAgentRunStatus(std::string_view text);
void Read(const nlohmann::json& j, AgentRunStatus& out, std::string_view ptr);
nlohmann::json Write(AgentRunStatus value);
inline void from_json(const nlohmann::json& j, AgentRunStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentRunStatus& value) { j = Write(value); }

struct AgentErrorPayload {
  std::string run_id{};
  AgentRunStatus status{};
  std::string summary{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentErrorPayload&) const = default;
};
void Read(const nlohmann::json& j, AgentErrorPayload& out, std::string_view ptr);
nlohmann::json Write(const AgentErrorPayload& value);
inline void from_json(const nlohmann::json& j, AgentErrorPayload& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentErrorPayload& value) { j = Write(value); }

struct AgentIdentityGetParams {
  std::optional<std::string> agent_id{};
  std::optional<std::string> session_key{};

  bool operator==(const AgentIdentityGetParams&) const = default;
};
void Read(const nlohmann::json& j, AgentIdentityGetParams& out, std::string_view ptr);
nlohmann::json Write(const AgentIdentityGetParams& value);
inline void from_json(const nlohmann::json& j, AgentIdentityGetParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentIdentityGetParams& value) { j = Write(value); }

enum class AgentNameSource {
  kConfig,
  kAgent,
  kWorkspace,
  kDefault,
};
std::string_view ToString(AgentNameSource value);
std::optional<AgentNameSource> ParseAgentNameSource(std::string_view text);
void Read(const nlohmann::json& j, AgentNameSource& out, std::string_view ptr);
nlohmann::json Write(AgentNameSource value);
inline void from_json(const nlohmann::json& j, AgentNameSource& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentNameSource& value) { j = Write(value); }

enum class AgentAvatarStatus {
  kNone,
  kLocal,
  kRemote,
  kData,
};
std::string_view ToString(AgentAvatarStatus value);
std::optional<AgentAvatarStatus> ParseAgentAvatarStatus(std::string_view text);
void Read(const nlohmann::json& j, AgentAvatarStatus& out, std::string_view ptr);
nlohmann::json Write(AgentAvatarStatus value);
inline void from_json(const nlohmann::json& j, AgentAvatarStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentAvatarStatus& value) { j = Write(value); }

struct AgentIdentityGetResult {
  std::string agent_id{};
  std::optional<std::string> name{};
  std::optional<AgentNameSource> name_source{};
  std::optional<std::string> avatar{};
  std::optional<std::string> avatar_source{};
  std::optional<AgentAvatarStatus> avatar_status{};
  std::optional<std::string> avatar_reason{};
  std::optional<std::string> emoji{};

  bool operator==(const AgentIdentityGetResult&) const = default;
};
void Read(const nlohmann::json& j, AgentIdentityGetResult& out, std::string_view ptr);
nlohmann::json Write(const AgentIdentityGetResult& value);
inline void from_json(const nlohmann::json& j, AgentIdentityGetResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentIdentityGetResult& value) { j = Write(value); }

enum class AgentPromptMode {
  kFull,
  kMinimal,
  kNone,
};
std::string_view ToString(AgentPromptMode value);
std::optional<AgentPromptMode> ParseAgentPromptMode(std::string_view text);
void Read(const nlohmann::json& j, AgentPromptMode& out, std::string_view ptr);
nlohmann::json Write(AgentPromptMode value);
inline void from_json(const nlohmann::json& j, AgentPromptMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentPromptMode& value) { j = Write(value); }

// One agent turn (closed; the reference's internal fields are accepted and ignored).
struct AgentParams {
  std::string message{};
  std::string idempotency_key{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> session_key{};
  std::optional<std::string> session_id{};
  std::optional<std::string> to{};
  std::optional<std::string> reply_to{};
  std::optional<std::string> provider{};
  std::optional<std::string> model{};
  std::optional<std::string> thinking{};
  std::optional<bool> deliver{};
  std::optional<bool> best_effort_deliver{};
  std::optional<std::string> channel{};
  std::optional<std::string> reply_channel{};
  std::optional<std::string> account_id{};
  std::optional<std::string> reply_account_id{};
  std::optional<nlohmann::json> thread_id{};
  std::optional<std::string> group_id{};
  // Seconds; 0 = no limit.
  std::optional<std::int64_t> timeout{};
  std::optional<std::vector<nlohmann::json>> attachments{};
  std::optional<std::string> label{};
  std::optional<std::string> lane{};
  std::optional<std::string> cwd{};
  std::optional<std::string> extra_system_prompt{};
  std::optional<AgentPromptMode> prompt_mode{};
  std::optional<bool> model_run{};
  std::optional<std::string> expected_existing_session_id{};
  std::optional<nlohmann::json> input_provenance{};
  std::optional<std::string> session_effects{};
  std::optional<bool> suppress_prompt_persistence{};

  bool operator==(const AgentParams&) const = default;
};
void Read(const nlohmann::json& j, AgentParams& out, std::string_view ptr);
nlohmann::json Write(const AgentParams& value);
inline void from_json(const nlohmann::json& j, AgentParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentParams& value) { j = Write(value); }

struct AgentPayload {
  std::optional<std::string> text{};
  std::optional<std::string> media_url{};
  std::optional<std::vector<std::string>> media_urls{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentPayload&) const = default;
};
void Read(const nlohmann::json& j, AgentPayload& out, std::string_view ptr);
nlohmann::json Write(const AgentPayload& value);
inline void from_json(const nlohmann::json& j, AgentPayload& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentPayload& value) { j = Write(value); }

struct AgentRunResult {
  std::vector<AgentPayload> payloads{};
  std::optional<nlohmann::json> meta{};
  std::optional<nlohmann::json> delivery_status{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentRunResult&) const = default;
};
void Read(const nlohmann::json& j, AgentRunResult& out, std::string_view ptr);
nlohmann::json Write(const AgentRunResult& value);
inline void from_json(const nlohmann::json& j, AgentRunResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentRunResult& value) { j = Write(value); }

// The final answer of a run: summary is completed (ok), failed (error) or aborted (timeout).
struct AgentResult {
  std::string run_id{};
  AgentRunStatus status{};
  std::string summary{};
  std::optional<std::string> stop_reason{};
  std::optional<std::string> timeout_phase{};
  std::optional<bool> provider_started{};
  std::optional<AgentRunResult> result{};
  std::optional<bool> input_processing_completed{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentResult&) const = default;
};
void Read(const nlohmann::json& j, AgentResult& out, std::string_view ptr);
nlohmann::json Write(const AgentResult& value);
inline void from_json(const nlohmann::json& j, AgentResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentResult& value) { j = Write(value); }

enum class AgentKind {
  kAgent,
  kSystem,
};
std::string_view ToString(AgentKind value);
std::optional<AgentKind> ParseAgentKind(std::string_view text);
void Read(const nlohmann::json& j, AgentKind& out, std::string_view ptr);
nlohmann::json Write(AgentKind value);
inline void from_json(const nlohmann::json& j, AgentKind& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentKind& value) { j = Write(value); }

struct AgentSummaryIdentity {
  std::optional<std::string> name{};
  std::optional<std::string> theme{};
  std::optional<std::string> emoji{};
  std::optional<std::string> avatar{};
  std::optional<std::string> avatar_url{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentSummaryIdentity&) const = default;
};
void Read(const nlohmann::json& j, AgentSummaryIdentity& out, std::string_view ptr);
nlohmann::json Write(const AgentSummaryIdentity& value);
inline void from_json(const nlohmann::json& j, AgentSummaryIdentity& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentSummaryIdentity& value) { j = Write(value); }

struct AgentSummaryModel {
  std::optional<std::string> primary{};
  std::optional<std::vector<std::string>> fallbacks{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentSummaryModel&) const = default;
};
void Read(const nlohmann::json& j, AgentSummaryModel& out, std::string_view ptr);
nlohmann::json Write(const AgentSummaryModel& value);
inline void from_json(const nlohmann::json& j, AgentSummaryModel& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentSummaryModel& value) { j = Write(value); }

struct AgentSummary {
  std::string id{};
  std::optional<AgentKind> kind{};
  std::optional<std::string> name{};
  std::optional<AgentSummaryIdentity> identity{};
  std::optional<std::string> workspace{};
  std::optional<AgentSummaryModel> model{};
  std::optional<std::string> thinking_default{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentSummary&) const = default;
};
void Read(const nlohmann::json& j, AgentSummary& out, std::string_view ptr);
nlohmann::json Write(const AgentSummary& value);
inline void from_json(const nlohmann::json& j, AgentSummary& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentSummary& value) { j = Write(value); }

struct AgentWaitParams {
  std::string run_id{};
  std::optional<std::int64_t> timeout_ms{};

  bool operator==(const AgentWaitParams&) const = default;
};
void Read(const nlohmann::json& j, AgentWaitParams& out, std::string_view ptr);
nlohmann::json Write(const AgentWaitParams& value);
inline void from_json(const nlohmann::json& j, AgentWaitParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentWaitParams& value) { j = Write(value); }

enum class AgentWaitStatus {
  kOk,
  kError,
  kTimeout,
  kPending,
};
std::string_view ToString(AgentWaitStatus value);
std::optional<AgentWaitStatus> ParseAgentWaitStatus(std::string_view text);
void Read(const nlohmann::json& j, AgentWaitStatus& out, std::string_view ptr);
nlohmann::json Write(AgentWaitStatus value);
inline void from_json(const nlohmann::json& j, AgentWaitStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentWaitStatus& value) { j = Write(value); }

struct AgentWaitResult {
  std::string run_id{};
  AgentWaitStatus status{};
  std::optional<std::int64_t> ended_at{};
  std::optional<std::optional<std::string>> stop_reason{};
  std::optional<std::string> liveness_state{};
  std::optional<std::string> timeout_phase{};
  std::optional<bool> provider_started{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AgentWaitResult&) const = default;
};
void Read(const nlohmann::json& j, AgentWaitResult& out, std::string_view ptr);
nlohmann::json Write(const AgentWaitResult& value);
inline void from_json(const nlohmann::json& j, AgentWaitResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentWaitResult& value) { j = Write(value); }

struct AgentsListParams {

  bool operator==(const AgentsListParams&) const = default;
};
void Read(const nlohmann::json& j, AgentsListParams& out, std::string_view ptr);
nlohmann::json Write(const AgentsListParams& value);
inline void from_json(const nlohmann::json& j, AgentsListParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentsListParams& value) { j = Write(value); }

enum class AgentsListScope {
  kPerSender,
  kGlobal,
};
std::string_view ToString(AgentsListScope value);
std::optional<AgentsListScope> ParseAgentsListScope(std::string_view text);
void Read(const nlohmann::json& j, AgentsListScope& out, std::string_view ptr);
nlohmann::json Write(AgentsListScope value);
inline void from_json(const nlohmann::json& j, AgentsListScope& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentsListScope& value) { j = Write(value); }

enum class AgentsOwnership {
  kSole,
  kLegacy,
  kExplicit,
};
std::string_view ToString(AgentsOwnership value);
std::optional<AgentsOwnership> ParseAgentsOwnership(std::string_view text);
void Read(const nlohmann::json& j, AgentsOwnership& out, std::string_view ptr);
nlohmann::json Write(AgentsOwnership value);
inline void from_json(const nlohmann::json& j, AgentsOwnership& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentsOwnership& value) { j = Write(value); }

struct AgentsListResult {
  std::string default_id{};
  std::string main_key{};
  AgentsListScope scope{};
  std::vector<AgentSummary> agents{};
  std::optional<AgentsOwnership> ownership{};
  std::optional<bool> selection_required{};

  bool operator==(const AgentsListResult&) const = default;
};
void Read(const nlohmann::json& j, AgentsListResult& out, std::string_view ptr);
nlohmann::json Write(const AgentsListResult& value);
inline void from_json(const nlohmann::json& j, AgentsListResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AgentsListResult& value) { j = Write(value); }

enum class ModelUnavailableReason {
  kMissingAuth,
  kAuthFailed,
  kCooldown,
};
std::string_view ToString(ModelUnavailableReason value);
std::optional<ModelUnavailableReason> ParseModelUnavailableReason(std::string_view text);
void Read(const nlohmann::json& j, ModelUnavailableReason& out, std::string_view ptr);
nlohmann::json Write(ModelUnavailableReason value);
inline void from_json(const nlohmann::json& j, ModelUnavailableReason& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelUnavailableReason& value) { j = Write(value); }

enum class ModelInputKind {
  kText,
  kImage,
  kAudio,
  kVideo,
  kDocument,
};
std::string_view ToString(ModelInputKind value);
std::optional<ModelInputKind> ParseModelInputKind(std::string_view text);
void Read(const nlohmann::json& j, ModelInputKind& out, std::string_view ptr);
nlohmann::json Write(ModelInputKind value);
inline void from_json(const nlohmann::json& j, ModelInputKind& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelInputKind& value) { j = Write(value); }

struct ModelChoice {
  std::string id{};
  std::string name{};
  std::string provider{};
  std::optional<std::string> alias{};
  std::optional<std::vector<std::string>> tags{};
  std::optional<bool> available{};
  std::optional<ModelUnavailableReason> unavailable_reason{};
  std::optional<std::int64_t> unavailable_until{};
  std::optional<std::int64_t> context_window{};
  std::optional<nlohmann::json> context_windows{};
  std::optional<std::int64_t> context_window_default{};
  std::optional<bool> reasoning{};
  std::optional<std::vector<nlohmann::json>> thinking_levels{};
  std::optional<std::string> thinking_default{};
  std::optional<bool> effective_fast_mode{};
  std::optional<bool> supports_tools{};
  std::optional<nlohmann::json> agent_runtime{};
  std::optional<bool> api_key_supported{};
  std::optional<std::vector<ModelInputKind>> input{};

  bool operator==(const ModelChoice&) const = default;
};
void Read(const nlohmann::json& j, ModelChoice& out, std::string_view ptr);
nlohmann::json Write(const ModelChoice& value);
inline void from_json(const nlohmann::json& j, ModelChoice& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelChoice& value) { j = Write(value); }

enum class ModelsListView {
  kDefault,
  kConfigured,
  kProviderConfig,
  kAll,
};
std::string_view ToString(ModelsListView value);
std::optional<ModelsListView> ParseModelsListView(std::string_view text);
void Read(const nlohmann::json& j, ModelsListView& out, std::string_view ptr);
nlohmann::json Write(ModelsListView value);
inline void from_json(const nlohmann::json& j, ModelsListView& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelsListView& value) { j = Write(value); }

struct ModelsListParams {
  std::optional<std::string> agent_id{};
  std::optional<bool> include_provider_capabilities{};
  std::optional<bool> prepared_only{};
  std::optional<bool> refresh{};
  std::optional<ModelsListView> view{};
  std::optional<std::string> provider{};
  std::optional<bool> include_details{};
  std::optional<bool> include_default_models{};
  std::optional<std::string> session_key{};
  std::optional<std::string> auth_profile_id{};

  bool operator==(const ModelsListParams&) const = default;
};
void Read(const nlohmann::json& j, ModelsListParams& out, std::string_view ptr);
nlohmann::json Write(const ModelsListParams& value);
inline void from_json(const nlohmann::json& j, ModelsListParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelsListParams& value) { j = Write(value); }

enum class ProviderOutcomeStatus {
  kReady,
  kAuthRejected,
  kUnavailable,
};
std::string_view ToString(ProviderOutcomeStatus value);
std::optional<ProviderOutcomeStatus> ParseProviderOutcomeStatus(std::string_view text);
void Read(const nlohmann::json& j, ProviderOutcomeStatus& out, std::string_view ptr);
nlohmann::json Write(ProviderOutcomeStatus value);
inline void from_json(const nlohmann::json& j, ProviderOutcomeStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ProviderOutcomeStatus& value) { j = Write(value); }

struct ProviderOutcome {
  std::string provider{};
  std::optional<std::string> profile_id{};
  ProviderOutcomeStatus status{};

  bool operator==(const ProviderOutcome&) const = default;
};
void Read(const nlohmann::json& j, ProviderOutcome& out, std::string_view ptr);
nlohmann::json Write(const ProviderOutcome& value);
inline void from_json(const nlohmann::json& j, ProviderOutcome& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ProviderOutcome& value) { j = Write(value); }

struct ModelsListResult {
  std::vector<ModelChoice> models{};
  std::optional<std::vector<ProviderOutcome>> provider_outcomes{};

  bool operator==(const ModelsListResult&) const = default;
};
void Read(const nlohmann::json& j, ModelsListResult& out, std::string_view ptr);
nlohmann::json Write(const ModelsListResult& value);
inline void from_json(const nlohmann::json& j, ModelsListResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ModelsListResult& value) { j = Write(value); }

}  // namespace gateway::proto
