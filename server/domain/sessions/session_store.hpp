// The session store: session rows and their transcripts on SQLite, behind an asynchronous API.
// Every call returns at once; its callback runs later on the writer strand (writes, after the
// batch committed) or on a thread of the read executor (reads) — never on the caller's thread, so
// an I/O thread may call it. Callbacks should be short: answer the RPC and return.
//
// Files: <stateDir>/gateway-cpp/sessions.sqlite (+ -wal, -shm). Never the reference gateway's
// openclaw-agent.sqlite or state/openclaw.sqlite: a user may run both gateways.
#pragma once

#include <cstdint>
#include <expected>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "server/domain/sessions/reset_policy.hpp"
#include "server/domain/sessions/session_key.hpp"
#include "server/domain/sessions/transcript.hpp"
#include "server/runtime/executor.hpp"
#include "server/storage/sqlite.hpp"

namespace gateway::domain::sessions {

// Where the model override came from: a user selection (sessions.patch, /model) is kept across
// resets, an automatic one is cleared by a reset.
enum class ModelSource { kNone, kUser, kAuto };

// One row per session key (SessionRow on the wire; timestamps are epoch ms).
struct SessionRow {
  std::string key;
  std::string session_id;  // the current transcript
  std::string agent_id;
  SessionKind kind = SessionKind::kDirect;
  std::optional<std::string> channel, account_id, chat_type;  // chat_type: direct|group|channel
  std::optional<std::string> label, display_name;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
  std::int64_t session_started_at = 0;
  std::optional<std::int64_t> last_interaction_at;  // real user/channel input only
  std::optional<std::int64_t> last_activity_at;     // any transcript append
  std::optional<std::string> model, model_provider;
  ModelSource model_source = ModelSource::kNone;
  std::int64_t input_tokens = 0, output_tokens = 0, total_tokens = 0;
  std::optional<std::int64_t> context_tokens;
  double estimated_cost_usd = 0;
  std::int64_t compaction_count = 0;
  std::string lifecycle_revision;  // new random value on every reset/rollover
  bool archived = false, pinned = false, unread = false;
  std::optional<std::string> spawned_by, parent_session_key;
  // The other per-session settings, by their wire names (thinkingLevel, fastMode, verboseLevel,
  // reasoningLevel, sendPolicy, permissionMode, icon, color, …): kept verbatim, preserved by
  // resets.
  nlohmann::json overrides = nlohmann::json::object();
  std::int64_t last_seq = 0;          // last event of the current transcript (header = 1)
  std::int64_t window_start_seq = 0;  // first visible entry (the last reset boundary), 0 = all
};

enum class StoreErrorCode {
  kNotFound,       // no such session (where one is required)
  kInvalid,        // the request cannot apply (bad key, …)
  kConflict,       // expectedSessionId / expectedLifecycleRevision did not match
  kMainProtected,  // deleting a main session
  kNotArchived,    // archivedOnly delete of a row that is not archived
  kUnavailable,    // storage failure (message is for logs)
};

struct StoreError {
  StoreErrorCode code;
  std::string message;  // the spec's wording where the spec has one
};

template <typename T>
using StoreResult = std::expected<T, StoreError>;
template <typename T>
using StoreCallback = std::function<void(StoreResult<T>)>;

struct StoreOptions {
  std::filesystem::path path;  // DefaultStorePath(stateDir)
  // synchronous=FULL in WAL mode: an acknowledged write is fsynced (survives kill -9 and power
  // loss); group commit shares each fsync among all the writes that queued meanwhile.
  storage::Synchronous synchronous = storage::Synchronous::kFull;
  std::filesystem::path archive_dir;     // transcripts of deleted sessions as JSONL; empty: none
  std::string cwd;                       // the `cwd` of transcript headers
  std::function<std::int64_t()> now_ms;  // default: the system clock
  std::function<std::string()> new_id;   // default: a random UUID v4
};

// <stateDir>/gateway-cpp/sessions.sqlite
std::filesystem::path DefaultStorePath(const std::filesystem::path& state_dir);
// A random UUID v4 (lower-case).
std::string NewUuid();

struct CreateParams {
  std::string key;                        // already canonical (session_key.hpp)
  std::optional<std::string> agent_id;    // default: from the key, else "main"
  std::optional<std::string> session_id;  // default: a new id
  std::optional<std::string> label, display_name, channel, account_id, chat_type;
  std::optional<std::string> spawned_by, parent_session_key;
};

struct CreateOutcome {
  SessionRow row;
  bool created = false;  // false: the key existed, `row` is the existing row
};

enum class ArchivedFilter { kExclude, kOnly, kAll };
enum class ListSort { kUpdatedAt, kLastInteractionAt };

// sessions.list filters (methods.md §5 `sessions.list`).
struct ListQuery {
  std::int64_t limit = 100;
  std::int64_t offset = 0;
  std::optional<std::int64_t> active_minutes;  // updatedAt within the last N minutes
  bool require_last_interaction = false;
  ListSort sort = ListSort::kUpdatedAt;
  bool include_global = false;
  bool include_unknown = false;
  std::optional<std::vector<std::string>> agent_ids;  // configuredAgentsOnly: the configured ids
  std::optional<std::string> agent_id;
  std::optional<std::string> label;       // exact
  std::optional<std::string> spawned_by;  // exact
  std::optional<std::string> search;      // substring of key, label or displayName (ASCII case)
  ArchivedFilter archived = ArchivedFilter::kExclude;
  bool with_texts = false;  // fill ListPage::texts (includeDerivedTitles / includeLastMessage)
};

// The texts a session list shows for a row, from its visible transcript (after the last reset).
struct RowTexts {
  std::optional<std::string> first_user;    // the first user message's text
  std::optional<std::string> last_message;  // the last user or assistant message's text
};

struct ListPage {
  std::vector<SessionRow> rows;
  std::int64_t total_count = 0;  // rows matching the filters
  std::int64_t offset = 0;
  std::optional<std::int64_t> next_offset;
  bool has_more = false;
  std::vector<RowTexts> texts;  // with_texts: one per row, in the same order
};

struct ResolveQuery {
  std::optional<std::string> key, session_id, short_id, label;
  std::optional<std::string> agent_id, spawned_by;
  bool include_global = false, include_unknown = false;
};

struct ResolveCandidate {
  std::string key, agent_id;
  std::optional<std::string> display_name;
};

struct ResolveOutcome {
  bool ok = false;
  std::optional<ResolveCandidate> match;     // when ok
  std::vector<ResolveCandidate> candidates;  // when not ok (at most 10)
};

// absent / null (clear) / value
template <typename T>
using Nullable = std::optional<std::optional<T>>;

struct SessionPatch {
  std::optional<std::string> agent_id;  // for a row created by the patch
  std::optional<std::string> expected_session_id, expected_lifecycle_revision;
  Nullable<std::string> label, display_name;
  Nullable<std::string> model, model_provider;  // a model set here is a user selection
  std::optional<bool> archived, pinned, unread;
  nlohmann::json overrides = nlohmann::json::object();  // wire name → value; null removes
  bool create_if_missing = true;
};

struct ResetParams {
  std::string reason = "reset";  // "new" or "reset" (anything else is "reset")
  std::optional<std::string> expected_session_id;
  std::optional<std::string> agent_id;  // for a row created by the reset
};

struct ResetOutcome {
  SessionRow row;
  bool created = false;  // there was no row: a new one with a new sessionId
};

struct DeleteParams {
  bool delete_transcript = true;  // archived (archive_dir) then removed
  bool archived_only = false;
  std::optional<std::string> expected_session_id, expected_lifecycle_revision;
};

struct DeleteOutcome {
  bool deleted = false;
  std::optional<SessionRow> row;      // the removed row
  std::vector<std::string> archived;  // archive files written
};

struct AppendOptions {
  bool user_input = false;  // refreshes lastInteractionAt (real user/channel input only)
  bool create_if_missing = true;
  std::optional<std::string> agent_id;  // for a created row
  std::optional<std::string> expected_session_id;
  bool return_row = false;  // fill AppendResult::row (one more read on the writer)
  // The model that answered {provider, model}: recorded on the row as an automatic choice
  // (cleared by a reset) unless the user selected a model.
  std::optional<std::pair<std::string, std::string>> answered_by;
};

struct AppendResult {
  std::string session_id;
  std::int64_t seq = 0;
  std::string id;                 // the event's id
  std::optional<SessionRow> row;  // after the append, with AppendOptions::return_row
};

struct HistoryQuery {
  std::int64_t limit = 200;
  std::optional<std::string> session_id;  // default: the row's current one
  bool messages_only = true;  // messages and reset boundaries; false: every entry but the header
  bool whole_transcript = false;  // ignore the reset window
};

struct HistoryPage {
  std::string session_id;
  std::vector<TranscriptEvent> events;  // oldest first: the newest `limit` of the window
  bool has_more = false;
};

struct CompactOutcome {
  bool compacted = false;
  std::int64_t kept = 0;
  std::optional<std::string> reason;  // "no sessionId", "no transcript"
};

// `session.maintenance`
struct MaintenancePolicy {
  enum class Mode { kEnforce, kWarn };
  Mode mode = Mode::kWarn;
  std::int64_t prune_after_ms = 30LL * 24 * 3600 * 1000;  // 0: never
  std::int64_t max_entries = 5000;                        // 0: no cap
  std::size_t chunk = 500;                                // sessions deleted per write transaction
};

// Parses "30d", "24h", "15m", "45s", "500ms" (and a bare number of ms); nullopt when malformed.
std::optional<std::int64_t> ParseDurationMs(std::string_view text);
// Parses "10gb", "512mb", "64kb", "100b" (binary units).
std::optional<std::int64_t> ParseByteSize(std::string_view text);

struct MaintenanceReport {
  bool applied = false;                  // enforce mode: rows removed; warn: only counted
  std::int64_t pruned = 0;               // older than pruneAfter
  std::int64_t capped = 0;               // beyond maxEntries
  std::vector<std::string> sample_keys;  // up to 20 of them
};

// A session with its whole transcript, for imports (the reference gateway's stores) and benches.
struct ImportedSession {
  SessionRow row;                       // last_seq is set from the events
  std::vector<TranscriptEvent> events;  // in order, the header first; seq 0 → numbered from 1
};

struct TurnParams {
  std::string key;
  std::optional<std::string> agent_id;
  ResetConfig reset;
  bool user_input = true;  // heartbeat, cron and exec system-event turns pass false
};

struct TurnStart {
  SessionRow row;
  bool created = false;
  bool rolled_over = false;  // stale under the reset policy: a new sessionId
  std::optional<std::string> previous_session_id;
};

class SessionStore {
 public:
  // Opens (creating) the database, applies the migrations, and returns the store. Blocking: call
  // it at startup, not on an I/O thread. `executor` runs the writer strand and the reads.
  static std::expected<std::unique_ptr<SessionStore>, std::string> Open(
      StoreOptions options, runtime::Executor& executor);
  // Queued work keeps what it needs alive; the executor must still run it (stop the executor
  // after Flush, or accept that queued writes are dropped with it).
  ~SessionStore();
  SessionStore(const SessionStore&) = delete;
  SessionStore& operator=(const SessionStore&) = delete;

  const std::filesystem::path& path() const;

  // Creates the row (with a transcript header) unless the key exists.
  void GetOrCreate(CreateParams params, StoreCallback<CreateOutcome> done);
  void Get(std::string key, StoreCallback<std::optional<SessionRow>> done);
  void Resolve(ResolveQuery query, StoreCallback<ResolveOutcome> done);
  void List(ListQuery query, StoreCallback<ListPage> done);
  void Count(StoreCallback<std::int64_t> done);
  void Patch(std::string key, SessionPatch patch, StoreCallback<SessionRow> done);
  // Manual reset (sessions.reset, /new, /reset): keeps the sessionId, appends a reset boundary,
  // new lifecycleRevision, sessionStartedAt = updatedAt = now, token counters and compactionCount
  // zeroed, automatic model override cleared; label and other overrides kept.
  void Reset(std::string key, ResetParams params, StoreCallback<ResetOutcome> done);
  // When a turn starts: creates the row if missing, rolls a stale session over to a new sessionId
  // (fresh transcript) under the reset policy, refreshes lastInteractionAt for user input.
  void StartTurn(TurnParams params, StoreCallback<TurnStart> done);
  // Main sessions are protected (kMainProtected).
  void Delete(std::string key, DeleteParams params, StoreCallback<DeleteOutcome> done);
  // Appends to the current transcript: fills id, parentId (the previous entry) and timestamp;
  // adds an assistant message's usage to the token counters.
  void Append(std::string key, TranscriptEvent event, AppendOptions options,
              StoreCallback<AppendResult> done);
  void History(std::string key, HistoryQuery query, StoreCallback<HistoryPage> done);
  // sessions.compact with maxLines: keeps the header and the last `max_lines` entries.
  void Compact(std::string key, std::int64_t max_lines, StoreCallback<CompactOutcome> done);
  // session.maintenance: prunes rows idle longer than pruneAfter and caps the row count (oldest
  // first), never a main or pinned session; their transcripts go with them.
  void Maintain(MaintenancePolicy policy, StoreCallback<MaintenanceReport> done);

  // Keys whose current transcript ends with a user message: a turn that never got its answer (the
  // process died mid-run). The run engine marks them at startup.
  void UnansweredTurns(StoreCallback<std::vector<std::string>> done);

  // Writes the sessions (replacing rows of the same key and the events of the same sessionId) in
  // one write transaction. Done gets the number of events written.
  void Import(std::vector<ImportedSession> sessions, StoreCallback<std::size_t> done);

  // Runs `done` (on the writer strand) once every write submitted before has completed: for
  // shutdown, before the executor stops.
  void Flush(std::function<void()> done);

  struct WriterStats {
    std::size_t batches = 0, writes = 0, largest_batch = 0;
  };
  WriterStats writer_stats() const;

 private:
  struct Impl;
  explicit SessionStore(std::shared_ptr<Impl> impl);
  std::shared_ptr<Impl> impl_;  // shared with queued work: the store may go before its callbacks
};

}  // namespace gateway::domain::sessions
