// The run engine: the one place agent turns are admitted, queued, run and finished, whatever the
// entry point. One run at a time per session (queue modes decide what a second message does), a
// global concurrency cap, a budget per run, de-duplication by run id (= idempotencyKey, kept
// 5 minutes after the run ended), abort that cancels the upstream request at once, and waiting.
//
// Threads: every call returns at once. Turns run on the store's and the HTTP client's threads;
// observers are called there (never with the engine's lock held).
#pragma once

#include <chrono>
#include <deque>
#include <expected>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "server/domain/runs/run_types.hpp"
#include "server/domain/runs/turn_planner.hpp"
#include "server/domain/sessions/session_store.hpp"
#include "server/providers/failover_stream.hpp"
#include "server/providers/provider_registry.hpp"
#include "server/runtime/executor.hpp"
#include "server/runtime/timer_queue.hpp"

namespace gateway::domain::tools {
class ToolRegistry;
class ProcessSessions;
class ApprovalsStore;
class ApprovalRegistry;
}  // namespace gateway::domain::tools

namespace gateway::domain::runs {

struct Admission {
  enum class Kind {
    kStarted,   // running now
    kQueued,    // waiting for its session or a free slot
    kInFlight,  // a duplicate run id whose run has not finished
    kFinished,  // a duplicate run id whose run has finished: `outcome` is its result
  };
  Kind kind = Kind::kStarted;
  RunInfo info;
  std::optional<RunOutcome> outcome;
  bool interrupted_active_run = false;  // queueMode interrupt aborted a running turn
};

struct AbortQuery {
  std::optional<std::string> session_key;
  std::optional<std::string> run_id;
  bool include_queued = true;
  AbortReason reason = AbortReason::kRpc;
};

struct WaitOutcome {
  enum class Kind { kFinished, kPending, kTimedOut };
  Kind kind = Kind::kTimedOut;
  std::optional<RunOutcome> outcome;  // kFinished
};

// The error reply of a turn the gateway did not finish.
inline constexpr std::string_view kInterruptedTurnText =
    "The gateway stopped before this run finished.";

// sessions.compact without maxLines: the conversation so far summarized by the agent's model.
struct SummaryOutcome {
  bool compacted = false;
  std::optional<std::string> reason;  // "no sessionId", "no transcript", "nothing to compact"
  std::int64_t tokens_before = 0, tokens_after = 0;
  std::optional<sessions::SessionRow> row;
};
struct SummaryFailure {
  enum class Kind {
    kActiveRun,  // "Session <key> has an active run; retry after it finishes."
    kQueued,     // "Session <key> has queued work; retry after it finishes."
    kChanged,    // "Session <key> changed before compaction. Retry."
    kFailed,     // the model or the store failed (message)
  };
  Kind kind = Kind::kFailed;
  std::string message;
};

struct RunEngineOptions {
  std::chrono::milliseconds dedupe_ttl{300'000};  // protocol.md §6
  std::size_t dedupe_max = 1000;
  std::int64_t history_limit = 400;      // transcript entries read for a turn
  std::function<std::int64_t()> now_ms;  // default: the system clock
  std::function<void(const std::string&)> log_warning;
};

class RunEngine {
 public:
  struct Dependencies {
    sessions::SessionStore& store;
    const providers::ProviderRegistry& registry;
    providers::FailoverRunner& models;
    runtime::TimerQueue& timers;
    runtime::Executor& blocking;  // workspace reads, gateway tools
    const TurnPlanner& planner;
    // The gateway's own tools (the tool loop); null: none are offered, tool calls end the turn.
    const tools::ToolRegistry* tools = nullptr;
    // exec / process: running commands, the approvals document, pending approvals (null: exec
    // cannot start commands / runs with the built-in policy / approvals are finalized at once).
    tools::ProcessSessions* processes = nullptr;
    tools::ApprovalsStore* approvals = nullptr;
    tools::ApprovalRegistry* approval_registry = nullptr;
    std::int64_t approval_timeout_ms = 1800000;  // an exec approval expires (methods.md §13.1)
  };
  RunEngine(Dependencies dependencies, RunEngineOptions options = {});
  ~RunEngine();
  RunEngine(const RunEngine&) = delete;
  RunEngine& operator=(const RunEngine&) = delete;

  // `on_admitted` gets the admission before the run can emit anything (so an acceptance response
  // precedes the run's events); the same admission is returned.
  Admission Submit(RunRequest request, std::shared_ptr<RunObserver> observer,
                   const std::function<void(const Admission&)>& on_admitted = {});
  // The run (running, queued, or finished within the de-duplication window).
  std::optional<RunInfo> Find(const std::string& run_id) const;
  // The ids of the runs aborted (running ones finish as aborted, or timeout for kTimeout).
  std::vector<std::string> Abort(const AbortQuery& query);
  // `done` once: when the run finishes, at once when it is finished or queued (kPending), or
  // after `timeout` (kTimedOut; also for unknown runs). Never cancels the run.
  void Wait(const std::string& run_id, std::chrono::milliseconds timeout,
            std::function<void(WaitOutcome)> done);
  // The run ids of a session that are running or queued, the running one first.
  std::vector<std::string> ActiveRuns(const std::string& session_key) const;
  std::size_t running() const;
  // Drops the finished runs kept for de-duplication, and with them their observers (which may
  // hold client connections): for shutdown, before the transport those connections belong to
  // goes away.
  void ReleaseFinished();
  // Summarizes the session's visible transcript with the agent's model and appends a compaction
  // entry: later turns send the summary instead of the entries before it. Refused while the
  // session has a run or queued work; a transcript that changed meanwhile is not compacted.
  void Summarize(const std::string& session_key, const std::string& agent_id,
                 std::function<void(std::expected<SummaryOutcome, SummaryFailure>)> done);

  // At startup: every session whose transcript ends with a prompt that never got an answer (the
  // process died mid-run) gets an error reply saying so, so no turn looks like it is still
  // running. `done(marked)` afterwards.
  void MarkInterruptedTurns(std::function<void(std::size_t marked)> done = {});
  // Aborts everything (reason shutdown); new submissions are refused from now on.
  void Shutdown();

  std::int64_t Now() const;

 private:
  struct Run;
  struct Lane {
    std::shared_ptr<Run> active;
    std::deque<std::shared_ptr<Run>> queue;
    bool waiting_for_slot = false;
  };
  class Turn;

  // Under the lock: runs that may start now (their lanes' heads while slots are free).
  void PumpLocked(const std::string& session_key, std::vector<std::shared_ptr<Run>>& start);
  void PumpWaitingLocked(std::vector<std::shared_ptr<Run>>& start);
  void StartRuns(std::vector<std::shared_ptr<Run>> runs);
  void Finish(const std::shared_ptr<Run>& run, RunOutcome outcome);
  void FinishUnstarted(std::vector<std::shared_ptr<Run>> runs, AbortReason reason);
  void ForgetExpiredLocked();
  int MaxConcurrent() const;

  Dependencies deps_;
  RunEngineOptions options_;

  mutable std::mutex mutex_;
  bool shut_down_ = false;
  int running_ = 0;
  std::unordered_map<std::string, Lane> lanes_;                 // by session key
  std::deque<std::string> waiting_lanes_;                       // lanes whose head waits for a slot
  std::unordered_map<std::string, std::shared_ptr<Run>> runs_;  // by run id, until forgotten
  std::deque<std::pair<std::int64_t, std::string>> finished_;   // (ended at, run id), oldest first
};

}  // namespace gateway::domain::runs
