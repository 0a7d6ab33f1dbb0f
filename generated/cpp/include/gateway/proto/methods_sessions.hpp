// Generated from protocol/methods/sessions.yaml.
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

struct AbortResult {
  // "ok" is always true.
  bool aborted{};
  std::vector<std::string> run_ids{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AbortResult&) const = default;
};
void Read(const nlohmann::json& j, AbortResult& out, std::string_view ptr);
nlohmann::json Write(const AbortResult& value);
inline void from_json(const nlohmann::json& j, AbortResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AbortResult& value) { j = Write(value); }

// started (a new turn), in_flight (a duplicate while it runs), or the outcome of a finished duplicate.
enum class ChatSendStatus {
  kStarted,
  kInFlight,
  kOk,
  kError,
  kTimeout,
};
std::string_view ToString(ChatSendStatus value);
std::optional<ChatSendStatus> ParseChatSendStatus(std::string_view text);
void Read(const nlohmann::json& j, ChatSendStatus& out, std::string_view ptr);
nlohmann::json Write(ChatSendStatus value);
inline void from_json(const nlohmann::json& j, ChatSendStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChatSendStatus& value) { j = Write(value); }

// The stored session entry (public fields).
struct SessionEntry {
  std::string session_id{};
  std::int64_t updated_at{};
  std::optional<std::int64_t> session_started_at{};
  std::optional<std::string> lifecycle_revision{};
  std::optional<std::string> label{};
  std::optional<std::string> display_name{};
  std::optional<std::string> channel{};
  std::optional<std::string> chat_type{};
  std::optional<std::int64_t> last_interaction_at{};
  std::optional<bool> archived{};
  std::optional<bool> pinned{};
  std::optional<bool> unread{};
  std::optional<std::string> model{};
  std::optional<std::string> model_provider{};
  std::optional<std::int64_t> input_tokens{};
  std::optional<std::int64_t> output_tokens{};
  std::optional<std::int64_t> total_tokens{};
  std::optional<std::int64_t> compaction_count{};
  std::optional<std::string> spawned_by{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionEntry&) const = default;
};
void Read(const nlohmann::json& j, SessionEntry& out, std::string_view ptr);
nlohmann::json Write(const SessionEntry& value);
inline void from_json(const nlohmann::json& j, SessionEntry& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionEntry& value) { j = Write(value); }

enum class SessionFastModeVariant2 {
  kAuto,
};
std::string_view ToString(SessionFastModeVariant2 value);
std::optional<SessionFastModeVariant2> ParseSessionFastModeVariant2(std::string_view text);
void Read(const nlohmann::json& j, SessionFastModeVariant2& out, std::string_view ptr);
nlohmann::json Write(SessionFastModeVariant2 value);
inline void from_json(const nlohmann::json& j, SessionFastModeVariant2& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionFastModeVariant2& value) { j = Write(value); }

// true, false or "auto".
struct SessionFastMode {
  std::variant<bool, SessionFastModeVariant2> value;

  bool operator==(const SessionFastMode&) const = default;
};
void Read(const nlohmann::json& j, SessionFastMode& out, std::string_view ptr);
nlohmann::json Write(const SessionFastMode& value);
inline void from_json(const nlohmann::json& j, SessionFastMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionFastMode& value) { j = Write(value); }

// The default model of the requested (or default) agent.
struct SessionModelDefaults {
  std::optional<std::string> model_provider{};
  std::optional<std::string> model{};
  // Fallback 200000.
  std::int64_t context_tokens{};
  std::optional<std::int64_t> context_window{};
  std::optional<nlohmann::json> context_windows{};
  std::optional<std::int64_t> context_window_default{};
  // Runtime selection of the model.
  std::optional<nlohmann::json> agent_runtime{};
  std::optional<std::vector<nlohmann::json>> thinking_levels{};
  std::optional<std::vector<nlohmann::json>> thinking_options{};
  std::optional<std::optional<std::string>> thinking_default{};
  // Added for WebSocket callers.
  std::optional<nlohmann::json> model_selection_target{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionModelDefaults&) const = default;
};
void Read(const nlohmann::json& j, SessionModelDefaults& out, std::string_view ptr);
nlohmann::json Write(const SessionModelDefaults& value);
inline void from_json(const nlohmann::json& j, SessionModelDefaults& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionModelDefaults& value) { j = Write(value); }

// The model a session's next turn uses.
struct SessionResolvedModel {
  std::optional<std::string> model_provider{};
  std::optional<std::string> model{};
  // Runtime selection.
  nlohmann::json agent_runtime{};
  bool runtime_selection_locked{};
  std::optional<std::int64_t> context_window{};
  std::optional<nlohmann::json> context_windows{};
  std::optional<std::string> thinking_level{};
  std::optional<std::vector<nlohmann::json>> thinking_levels{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionResolvedModel&) const = default;
};
void Read(const nlohmann::json& j, SessionResolvedModel& out, std::string_view ptr);
nlohmann::json Write(const SessionResolvedModel& value);
inline void from_json(const nlohmann::json& j, SessionResolvedModel& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionResolvedModel& value) { j = Write(value); }

enum class SessionRowKind {
  kDirect,
  kGroup,
  kGlobal,
  kUnknown,
};
std::string_view ToString(SessionRowKind value);
std::optional<SessionRowKind> ParseSessionRowKind(std::string_view text);
void Read(const nlohmann::json& j, SessionRowKind& out, std::string_view ptr);
nlohmann::json Write(SessionRowKind value);
inline void from_json(const nlohmann::json& j, SessionRowKind& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionRowKind& value) { j = Write(value); }

enum class SessionChatType {
  kDirect,
  kGroup,
  kChannel,
};
std::string_view ToString(SessionChatType value);
std::optional<SessionChatType> ParseSessionChatType(std::string_view text);
void Read(const nlohmann::json& j, SessionChatType& out, std::string_view ptr);
nlohmann::json Write(SessionChatType value);
inline void from_json(const nlohmann::json& j, SessionChatType& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionChatType& value) { j = Write(value); }

enum class SessionRunStatus {
  kQueued,
  kRunning,
  kDone,
  kFailed,
  kKilled,
  kTimeout,
};
std::string_view ToString(SessionRunStatus value);
std::optional<SessionRunStatus> ParseSessionRunStatus(std::string_view text);
void Read(const nlohmann::json& j, SessionRunStatus& out, std::string_view ptr);
nlohmann::json Write(SessionRunStatus value);
inline void from_json(const nlohmann::json& j, SessionRunStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionRunStatus& value) { j = Write(value); }

// One session as listed (timestamps are epoch ms).
struct SessionRow {
  std::string key{};
  SessionRowKind kind{};
  std::optional<std::string> session_id{};
  std::optional<std::string> label{};
  std::optional<std::string> display_name{};
  std::optional<std::string> derived_title{};
  std::optional<std::string> last_message_preview{};
  std::optional<std::string> channel{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> account_id{};
  std::optional<SessionChatType> chat_type{};
  std::optional<std::optional<std::int64_t>> updated_at{};
  std::optional<std::int64_t> created_at{};
  std::optional<std::int64_t> session_started_at{};
  std::optional<std::int64_t> last_activity_at{};
  std::optional<std::int64_t> last_interaction_at{};
  std::optional<bool> archived{};
  std::optional<bool> pinned{};
  std::optional<bool> unread{};
  std::optional<SessionRunStatus> status{};
  std::optional<std::string> last_run_id{};
  std::optional<std::string> model{};
  std::optional<std::string> model_provider{};
  std::optional<std::int64_t> input_tokens{};
  std::optional<std::int64_t> output_tokens{};
  std::optional<std::int64_t> total_tokens{};
  std::optional<std::int64_t> context_tokens{};
  std::optional<double> estimated_cost_usd{};
  std::optional<std::int64_t> compaction_count{};
  std::optional<std::string> lifecycle_revision{};
  std::optional<std::string> spawned_by{};
  std::optional<std::string> parent_session_key{};
  std::optional<std::string> thinking_level{};
  std::optional<SessionFastMode> fast_mode{};
  std::optional<std::string> permission_mode{};
  std::optional<bool> has_active_run{};
  std::optional<std::vector<std::string>> active_run_ids{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionRow&) const = default;
};
void Read(const nlohmann::json& j, SessionRow& out, std::string_view ptr);
nlohmann::json Write(const SessionRow& value);
inline void from_json(const nlohmann::json& j, SessionRow& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionRow& value) { j = Write(value); }

struct SessionsAbortParams {
  std::optional<std::string> key{};
  std::optional<std::string> run_id{};
  std::optional<std::string> agent_id{};
  std::optional<bool> clear_queued{};

  bool operator==(const SessionsAbortParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsAbortParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsAbortParams& value);
inline void from_json(const nlohmann::json& j, SessionsAbortParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsAbortParams& value) { j = Write(value); }

struct SessionsCompactParams {
  std::string key{};
  std::optional<std::string> agent_id{};
  std::optional<std::int64_t> max_lines{};

  bool operator==(const SessionsCompactParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsCompactParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsCompactParams& value);
inline void from_json(const nlohmann::json& j, SessionsCompactParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsCompactParams& value) { j = Write(value); }

// Summarization outcome (tokensBefore, tokensAfter, …).
struct SessionsCompactResultResult {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsCompactResultResult&) const = default;
};
void Read(const nlohmann::json& j, SessionsCompactResultResult& out, std::string_view ptr);
nlohmann::json Write(const SessionsCompactResultResult& value);
inline void from_json(const nlohmann::json& j, SessionsCompactResultResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsCompactResultResult& value) { j = Write(value); }

struct SessionsCompactResult {
  bool ok{};
  std::string key{};
  bool compacted{};
  std::optional<std::int64_t> kept{};
  std::optional<std::string> reason{};
  // Summarization outcome (tokensBefore, tokensAfter, …).
  std::optional<SessionsCompactResultResult> result{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsCompactResult&) const = default;
};
void Read(const nlohmann::json& j, SessionsCompactResult& out, std::string_view ptr);
nlohmann::json Write(const SessionsCompactResult& value);
inline void from_json(const nlohmann::json& j, SessionsCompactResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsCompactResult& value) { j = Write(value); }

struct SessionsDeleteParams {
  std::string key{};
  std::optional<std::string> agent_id{};
  std::optional<bool> delete_transcript{};
  std::optional<std::string> expected_session_id{};
  std::optional<std::string> expected_lifecycle_revision{};
  std::optional<std::int64_t> expected_session_updated_at{};
  std::optional<bool> emit_lifecycle_hooks{};
  std::optional<bool> archived_only{};

  bool operator==(const SessionsDeleteParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsDeleteParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsDeleteParams& value);
inline void from_json(const nlohmann::json& j, SessionsDeleteParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsDeleteParams& value) { j = Write(value); }

struct SessionWorktreePreserved {
  std::string id{};
  std::string branch{};
  std::string path{};
  std::string reason{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionWorktreePreserved&) const = default;
};
void Read(const nlohmann::json& j, SessionWorktreePreserved& out, std::string_view ptr);
nlohmann::json Write(const SessionWorktreePreserved& value);
inline void from_json(const nlohmann::json& j, SessionWorktreePreserved& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionWorktreePreserved& value) { j = Write(value); }

struct SessionsDeleteResult {
  // "ok" is always true.
  std::string key{};
  bool deleted{};
  // Archive locations of removed transcripts.
  std::vector<std::string> archived{};
  std::optional<SessionWorktreePreserved> worktree_preserved{};

  bool operator==(const SessionsDeleteResult&) const = default;
};
void Read(const nlohmann::json& j, SessionsDeleteResult& out, std::string_view ptr);
nlohmann::json Write(const SessionsDeleteResult& value);
inline void from_json(const nlohmann::json& j, SessionsDeleteResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsDeleteResult& value) { j = Write(value); }

enum class SessionsListSort {
  kUpdatedAt,
  kLastInteractionAt,
  kActivity,
};
std::string_view ToString(SessionsListSort value);
std::optional<SessionsListSort> ParseSessionsListSort(std::string_view text);
void Read(const nlohmann::json& j, SessionsListSort& out, std::string_view ptr);
nlohmann::json Write(SessionsListSort value);
inline void from_json(const nlohmann::json& j, SessionsListSort& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsListSort& value) { j = Write(value); }

enum class SessionsArchivedFilterVariant2 {
  kAll,
};
std::string_view ToString(SessionsArchivedFilterVariant2 value);
std::optional<SessionsArchivedFilterVariant2> ParseSessionsArchivedFilterVariant2(std::string_view text);
void Read(const nlohmann::json& j, SessionsArchivedFilterVariant2& out, std::string_view ptr);
nlohmann::json Write(SessionsArchivedFilterVariant2 value);
inline void from_json(const nlohmann::json& j, SessionsArchivedFilterVariant2& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsArchivedFilterVariant2& value) { j = Write(value); }

// true, false or "all".
struct SessionsArchivedFilter {
  std::variant<bool, SessionsArchivedFilterVariant2> value;

  bool operator==(const SessionsArchivedFilter&) const = default;
};
void Read(const nlohmann::json& j, SessionsArchivedFilter& out, std::string_view ptr);
nlohmann::json Write(const SessionsArchivedFilter& value);
inline void from_json(const nlohmann::json& j, SessionsArchivedFilter& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsArchivedFilter& value) { j = Write(value); }

struct SessionsProfileRelation {
  std::optional<std::string> profile_id{};
  std::optional<std::string> relationship{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsProfileRelation&) const = default;
};
void Read(const nlohmann::json& j, SessionsProfileRelation& out, std::string_view ptr);
nlohmann::json Write(const SessionsProfileRelation& value);
inline void from_json(const nlohmann::json& j, SessionsProfileRelation& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsProfileRelation& value) { j = Write(value); }

// Filters, sort and paging of sessions.list (also sessions.subscribe).
struct SessionsListParams {
  std::optional<std::int64_t> limit{};
  std::optional<std::int64_t> offset{};
  // Only rows updated within the last N minutes.
  std::optional<std::int64_t> active_minutes{};
  std::optional<bool> require_last_interaction{};
  std::optional<SessionsListSort> sort_by{};
  std::optional<bool> include_global{};
  std::optional<bool> include_unknown{};
  std::optional<bool> configured_agents_only{};
  std::optional<bool> include_derived_titles{};
  std::optional<bool> include_last_message{};
  std::optional<std::string> label{};
  std::optional<std::string> board_face{};
  std::optional<std::string> creator_id{};
  std::optional<std::string> owner_id{};
  std::optional<bool> owner_first{};
  std::optional<bool> involving_me{};
  std::optional<std::string> involving_profile_id{};
  std::optional<bool> include_people{};
  std::optional<std::string> spawned_by{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> search{};
  // true, false or "all".
  std::optional<SessionsArchivedFilter> archived{};
  std::optional<bool> active_only{};
  std::optional<bool> pinned{};
  std::optional<std::string> group{};
  std::optional<bool> exclude_system{};
  std::optional<bool> exclude_cron{};
  std::optional<bool> exclude_subagents{};
  std::optional<bool> include_activity_summary{};
  std::optional<SessionsProfileRelation> profile_relation{};
  std::optional<std::string> project_id{};
  std::optional<std::string> workspace_dir{};
  std::optional<bool> has_board{};

  bool operator==(const SessionsListParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsListParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsListParams& value);
inline void from_json(const nlohmann::json& j, SessionsListParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsListParams& value) { j = Write(value); }

// One page of session rows.
struct SessionsListResult {
  std::int64_t ts{};
  // Session store path.
  std::string path{};
  // Rows returned.
  std::int64_t count{};
  // Rows matching the filters.
  std::int64_t total_count{};
  std::int64_t limit_applied{};
  // Only when > 0.
  std::optional<std::int64_t> offset{};
  std::optional<std::int64_t> next_offset{};
  bool has_more{};
  // Owner facet (always present).
  std::vector<nlohmann::json> owners{};
  std::optional<std::string> involving_profile_id{};
  std::optional<std::vector<nlohmann::json>> people{};
  std::optional<bool> people_incomplete{};
  std::optional<std::int64_t> people_session_count{};
  SessionModelDefaults defaults{};
  std::vector<SessionRow> sessions{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsListResult&) const = default;
};
void Read(const nlohmann::json& j, SessionsListResult& out, std::string_view ptr);
nlohmann::json Write(const SessionsListResult& value);
inline void from_json(const nlohmann::json& j, SessionsListResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsListResult& value) { j = Write(value); }

struct SessionsMessagesSubscribeParams {
  std::string key{};
  std::optional<std::string> agent_id{};
  std::optional<bool> include_approvals{};

  bool operator==(const SessionsMessagesSubscribeParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsMessagesSubscribeParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsMessagesSubscribeParams& value);
inline void from_json(const nlohmann::json& j, SessionsMessagesSubscribeParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsMessagesSubscribeParams& value) { j = Write(value); }

// Whether the socket now receives session.message for the key.
struct SessionsMessagesSubscription {
  bool subscribed{};
  // Canonical session key.
  std::string key{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsMessagesSubscription&) const = default;
};
void Read(const nlohmann::json& j, SessionsMessagesSubscription& out, std::string_view ptr);
nlohmann::json Write(const SessionsMessagesSubscription& value);
inline void from_json(const nlohmann::json& j, SessionsMessagesSubscription& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsMessagesSubscription& value) { j = Write(value); }

struct SessionsMessagesUnsubscribeParams {
  std::string key{};
  std::optional<std::string> agent_id{};

  bool operator==(const SessionsMessagesUnsubscribeParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsMessagesUnsubscribeParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsMessagesUnsubscribeParams& value);
inline void from_json(const nlohmann::json& j, SessionsMessagesUnsubscribeParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsMessagesUnsubscribeParams& value) { j = Write(value); }

enum class SessionsPatchParamsBoardPresentation {
  kSplit,
  kExpanded,
};
std::string_view ToString(SessionsPatchParamsBoardPresentation value);
std::optional<SessionsPatchParamsBoardPresentation> ParseSessionsPatchParamsBoardPresentation(std::string_view text);
void Read(const nlohmann::json& j, SessionsPatchParamsBoardPresentation& out, std::string_view ptr);
nlohmann::json Write(SessionsPatchParamsBoardPresentation value);
inline void from_json(const nlohmann::json& j, SessionsPatchParamsBoardPresentation& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsPatchParamsBoardPresentation& value) { j = Write(value); }

enum class SessionsPatchParamsResponseUsage {
  kOff,
  kTokens,
  kFull,
  kOn,
};
std::string_view ToString(SessionsPatchParamsResponseUsage value);
std::optional<SessionsPatchParamsResponseUsage> ParseSessionsPatchParamsResponseUsage(std::string_view text);
void Read(const nlohmann::json& j, SessionsPatchParamsResponseUsage& out, std::string_view ptr);
nlohmann::json Write(SessionsPatchParamsResponseUsage value);
inline void from_json(const nlohmann::json& j, SessionsPatchParamsResponseUsage& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsPatchParamsResponseUsage& value) { j = Write(value); }

enum class SessionsPatchParamsPermissionMode {
  kReadOnly,
  kGuarded,
  kWorkspace,
  kFull,
};
std::string_view ToString(SessionsPatchParamsPermissionMode value);
std::optional<SessionsPatchParamsPermissionMode> ParseSessionsPatchParamsPermissionMode(std::string_view text);
void Read(const nlohmann::json& j, SessionsPatchParamsPermissionMode& out, std::string_view ptr);
nlohmann::json Write(SessionsPatchParamsPermissionMode value);
inline void from_json(const nlohmann::json& j, SessionsPatchParamsPermissionMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsPatchParamsPermissionMode& value) { j = Write(value); }

enum class SessionsPatchParamsSendPolicy {
  kAllow,
  kDeny,
};
std::string_view ToString(SessionsPatchParamsSendPolicy value);
std::optional<SessionsPatchParamsSendPolicy> ParseSessionsPatchParamsSendPolicy(std::string_view text);
void Read(const nlohmann::json& j, SessionsPatchParamsSendPolicy& out, std::string_view ptr);
nlohmann::json Write(SessionsPatchParamsSendPolicy value);
inline void from_json(const nlohmann::json& j, SessionsPatchParamsSendPolicy& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsPatchParamsSendPolicy& value) { j = Write(value); }

enum class SessionsPatchParamsGroupActivation {
  kMention,
  kAlways,
};
std::string_view ToString(SessionsPatchParamsGroupActivation value);
std::optional<SessionsPatchParamsGroupActivation> ParseSessionsPatchParamsGroupActivation(std::string_view text);
void Read(const nlohmann::json& j, SessionsPatchParamsGroupActivation& out, std::string_view ptr);
nlohmann::json Write(SessionsPatchParamsGroupActivation value);
inline void from_json(const nlohmann::json& j, SessionsPatchParamsGroupActivation& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsPatchParamsGroupActivation& value) { j = Write(value); }

enum class SessionsPatchParamsSandboxMode {
  kOff,
};
std::string_view ToString(SessionsPatchParamsSandboxMode value);
std::optional<SessionsPatchParamsSandboxMode> ParseSessionsPatchParamsSandboxMode(std::string_view text);
void Read(const nlohmann::json& j, SessionsPatchParamsSandboxMode& out, std::string_view ptr);
nlohmann::json Write(SessionsPatchParamsSandboxMode value);
inline void from_json(const nlohmann::json& j, SessionsPatchParamsSandboxMode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsPatchParamsSandboxMode& value) { j = Write(value); }

// sessions.patch; every mutation field may be null to clear it.
struct SessionsPatchParams {
  std::string key{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> expected_session_id{};
  std::optional<std::string> expected_lifecycle_revision{};
  std::optional<std::optional<std::string>> expected_permission_mode{};
  std::optional<nlohmann::json> expected_tool_overrides{};
  std::optional<std::optional<std::int64_t>> expected_marked_unread_at{};
  std::optional<std::optional<std::string>> label{};
  std::optional<std::optional<std::string>> auto_label{};
  std::optional<std::optional<std::string>> icon{};
  std::optional<std::optional<std::string>> color{};
  std::optional<std::optional<std::string>> category{};
  std::optional<std::optional<std::string>> board_face{};
  std::optional<std::optional<SessionsPatchParamsBoardPresentation>> board_presentation{};
  std::optional<std::optional<std::string>> status_note{};
  std::optional<std::optional<std::string>> attention{};
  std::optional<std::optional<std::int64_t>> ttl_minutes{};
  std::optional<std::optional<bool>> archived{};
  std::optional<std::optional<bool>> pinned{};
  std::optional<std::optional<bool>> unread{};
  std::optional<std::optional<std::int64_t>> context_window{};
  std::optional<std::optional<std::string>> thinking_level{};
  std::optional<std::optional<SessionFastMode>> fast_mode{};
  std::optional<nlohmann::json> tool_overrides{};
  std::optional<std::optional<std::string>> verbose_level{};
  std::optional<std::optional<std::string>> trace_level{};
  std::optional<std::optional<std::string>> reasoning_level{};
  std::optional<std::optional<SessionsPatchParamsResponseUsage>> response_usage{};
  std::optional<std::optional<std::string>> elevated_level{};
  std::optional<std::optional<std::string>> exec_host{};
  std::optional<std::optional<std::string>> exec_security{};
  std::optional<std::optional<std::string>> exec_ask{};
  std::optional<std::optional<std::string>> exec_node{};
  std::optional<std::optional<SessionsPatchParamsPermissionMode>> permission_mode{};
  std::optional<std::optional<std::string>> model{};
  std::optional<nlohmann::json> agent_runtime{};
  std::optional<std::optional<SessionsPatchParamsSendPolicy>> send_policy{};
  std::optional<std::optional<SessionsPatchParamsGroupActivation>> group_activation{};
  std::optional<std::optional<SessionsPatchParamsSandboxMode>> sandbox_mode{};
  std::optional<nlohmann::json> native_runtime_consent{};
  std::optional<nlohmann::json> expected_sandbox_mode{};
  std::optional<nlohmann::json> expected_native_runtime_consent{};

  bool operator==(const SessionsPatchParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsPatchParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsPatchParams& value);
inline void from_json(const nlohmann::json& j, SessionsPatchParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsPatchParams& value) { j = Write(value); }

struct SessionsPatchResult {
  // "ok" is always true.
  // Session store path.
  std::string path{};
  // Canonical session key.
  std::string key{};
  SessionEntry entry{};
  SessionResolvedModel resolved{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsPatchResult&) const = default;
};
void Read(const nlohmann::json& j, SessionsPatchResult& out, std::string_view ptr);
nlohmann::json Write(const SessionsPatchResult& value);
inline void from_json(const nlohmann::json& j, SessionsPatchResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsPatchResult& value) { j = Write(value); }

struct SessionsPreviewParams {
  // Session keys; only the first 64 are used.
  std::vector<std::string> keys{};
  // Items per key.
  std::optional<std::int64_t> limit{};
  // Text cut to min(800, maxChars) UTF-16 units.
  std::optional<std::int64_t> max_chars{};

  bool operator==(const SessionsPreviewParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsPreviewParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsPreviewParams& value);
inline void from_json(const nlohmann::json& j, SessionsPreviewParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsPreviewParams& value) { j = Write(value); }

enum class SessionPreviewStatus {
  kOk,
  kEmpty,
  kMissing,
  kCold,
  kError,
};
std::string_view ToString(SessionPreviewStatus value);
std::optional<SessionPreviewStatus> ParseSessionPreviewStatus(std::string_view text);
void Read(const nlohmann::json& j, SessionPreviewStatus& out, std::string_view ptr);
nlohmann::json Write(SessionPreviewStatus value);
inline void from_json(const nlohmann::json& j, SessionPreviewStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionPreviewStatus& value) { j = Write(value); }

enum class SessionPreviewRole {
  kUser,
  kAssistant,
};
std::string_view ToString(SessionPreviewRole value);
std::optional<SessionPreviewRole> ParseSessionPreviewRole(std::string_view text);
void Read(const nlohmann::json& j, SessionPreviewRole& out, std::string_view ptr);
nlohmann::json Write(SessionPreviewRole value);
inline void from_json(const nlohmann::json& j, SessionPreviewRole& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionPreviewRole& value) { j = Write(value); }

struct SessionPreviewItem {
  SessionPreviewRole role{};
  std::string text{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionPreviewItem&) const = default;
};
void Read(const nlohmann::json& j, SessionPreviewItem& out, std::string_view ptr);
nlohmann::json Write(const SessionPreviewItem& value);
inline void from_json(const nlohmann::json& j, SessionPreviewItem& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionPreviewItem& value) { j = Write(value); }

struct SessionPreview {
  // The key as requested.
  std::string key{};
  SessionPreviewStatus status{};
  std::vector<SessionPreviewItem> items{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionPreview&) const = default;
};
void Read(const nlohmann::json& j, SessionPreview& out, std::string_view ptr);
nlohmann::json Write(const SessionPreview& value);
inline void from_json(const nlohmann::json& j, SessionPreview& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionPreview& value) { j = Write(value); }

struct SessionsPreviewResult {
  // Server time (epoch ms).
  std::int64_t ts{};
  // One preview per requested key, in request order.
  std::vector<SessionPreview> previews{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsPreviewResult&) const = default;
};
void Read(const nlohmann::json& j, SessionsPreviewResult& out, std::string_view ptr);
nlohmann::json Write(const SessionsPreviewResult& value);
inline void from_json(const nlohmann::json& j, SessionsPreviewResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsPreviewResult& value) { j = Write(value); }

struct SessionsResetParams {
  std::string key{};
  std::optional<std::string> agent_id{};
  // "new" or "reset"; anything but "new" is treated as "reset".
  std::optional<std::string> reason{};
  // Accepted by 2026.9.6 (not in the 2026.9.1 schema).
  std::optional<std::string> expected_session_id{};

  bool operator==(const SessionsResetParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsResetParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsResetParams& value);
inline void from_json(const nlohmann::json& j, SessionsResetParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsResetParams& value) { j = Write(value); }

struct SessionsResetResult {
  // "ok" is always true.
  std::string key{};
  std::optional<SessionEntry> entry{};
  std::optional<SessionResolvedModel> resolved{};
  // Incognito keys: the in-memory session was dropped.
  std::optional<bool> deleted{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsResetResult&) const = default;
};
void Read(const nlohmann::json& j, SessionsResetResult& out, std::string_view ptr);
nlohmann::json Write(const SessionsResetResult& value);
inline void from_json(const nlohmann::json& j, SessionsResetResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsResetResult& value) { j = Write(value); }

struct SessionsResolveParams {
  std::optional<std::string> key{};
  std::optional<std::string> session_id{};
  std::optional<std::string> label{};
  std::optional<std::string> short_id{};
  std::optional<std::string> slug_hint{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> spawned_by{};
  std::optional<bool> include_global{};
  std::optional<bool> include_unknown{};
  std::optional<bool> allow_missing{};

  bool operator==(const SessionsResolveParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsResolveParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsResolveParams& value);
inline void from_json(const nlohmann::json& j, SessionsResolveParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsResolveParams& value) { j = Write(value); }

struct SessionResolveCandidate {
  std::string key{};
  std::string agent_id{};
  std::optional<std::string> display_name{};
  std::optional<std::string> board_face{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionResolveCandidate&) const = default;
};
void Read(const nlohmann::json& j, SessionResolveCandidate& out, std::string_view ptr);
nlohmann::json Write(const SessionResolveCandidate& value);
inline void from_json(const nlohmann::json& j, SessionResolveCandidate& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionResolveCandidate& value) { j = Write(value); }

struct SessionsResolveResult {
  // Whether exactly one session matched.
  bool ok{};
  std::optional<std::string> key{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> display_name{};
  std::optional<std::string> board_face{};
  // Near matches when ok is false.
  std::optional<std::vector<SessionResolveCandidate>> candidates{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsResolveResult&) const = default;
};
void Read(const nlohmann::json& j, SessionsResolveResult& out, std::string_view ptr);
nlohmann::json Write(const SessionsResolveResult& value);
inline void from_json(const nlohmann::json& j, SessionsResolveResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsResolveResult& value) { j = Write(value); }

struct SessionsSendParams {
  std::string key{};
  std::string message{};
  std::optional<std::string> agent_id{};
  std::optional<std::string> thinking{};
  std::optional<std::vector<nlohmann::json>> attachments{};
  std::optional<std::int64_t> timeout_ms{};
  std::optional<std::string> idempotency_key{};

  bool operator==(const SessionsSendParams&) const = default;
};
void Read(const nlohmann::json& j, SessionsSendParams& out, std::string_view ptr);
nlohmann::json Write(const SessionsSendParams& value);
inline void from_json(const nlohmann::json& j, SessionsSendParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsSendParams& value) { j = Write(value); }

struct SessionsSendResult {
  std::string run_id{};
  ChatSendStatus status{};
  std::optional<std::int64_t> message_seq{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsSendResult&) const = default;
};
void Read(const nlohmann::json& j, SessionsSendResult& out, std::string_view ptr);
nlohmann::json Write(const SessionsSendResult& value);
inline void from_json(const nlohmann::json& j, SessionsSendResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsSendResult& value) { j = Write(value); }

struct SessionsSubscribeResult {
  // "subscribed" is always true.
  std::optional<SessionsListResult> list{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionsSubscribeResult&) const = default;
};
void Read(const nlohmann::json& j, SessionsSubscribeResult& out, std::string_view ptr);
nlohmann::json Write(const SessionsSubscribeResult& value);
inline void from_json(const nlohmann::json& j, SessionsSubscribeResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionsSubscribeResult& value) { j = Write(value); }

}  // namespace gateway::proto
