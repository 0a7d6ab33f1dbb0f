#include "server/domain/runs/run_engine.hpp"

#include <algorithm>
#include <atomic>

#include "server/domain/runs/run_state.hpp"
#include "server/domain/runs/run_turn.hpp"

namespace gateway::domain::runs {

std::string_view ToString(RunStatus status) {
  switch (status) {
    case RunStatus::kOk:
      return "ok";
    case RunStatus::kError:
      return "error";
    case RunStatus::kTimeout:
      return "timeout";
    case RunStatus::kAborted:
      return "aborted";
  }
  return "error";
}

std::string_view StopReasonOf(AbortReason reason) {
  switch (reason) {
    case AbortReason::kRpc:
      return "rpc";
    case AbortReason::kTimeout:
      return "timeout";
    case AbortReason::kInterrupted:
      return "interrupted";
    case AbortReason::kShutdown:
      return "shutdown";
    case AbortReason::kNone:
      break;
  }
  return "aborted";
}

RunEngine::RunEngine(Dependencies dependencies, RunEngineOptions options)
    : deps_(dependencies), options_(std::move(options)) {}

// agents.defaults.maxConcurrent as configured now (the live config may change it).
int RunEngine::MaxConcurrent() const { return std::max(1, deps_.planner.max_concurrent()); }

RunEngine::~RunEngine() { Shutdown(); }

std::int64_t RunEngine::Now() const {
  if (options_.now_ms) return options_.now_ms();
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Admission RunEngine::Submit(RunRequest request, std::shared_ptr<RunObserver> observer,
                            const std::function<void(const Admission&)>& on_admitted) {
  Admission admission;
  std::vector<std::shared_ptr<Run>> start;
  std::shared_ptr<Run> interrupted;
  std::shared_ptr<Run> run;
  std::shared_ptr<RunObserver> queued_observer;
  {
    std::unique_lock lock(mutex_);
    ForgetExpiredLocked();
    if (auto it = runs_.find(request.run_id); it != runs_.end()) {
      const auto& existing = it->second;
      admission.info = existing->info;
      if (existing->phase == Run::Phase::kDone) {
        admission.kind = Admission::Kind::kFinished;
        admission.outcome = existing->outcome;
      } else {
        admission.kind = Admission::Kind::kInFlight;
      }
      lock.unlock();
      if (on_admitted) on_admitted(admission);
      return admission;
    }
    if (shut_down_) {
      admission.kind = Admission::Kind::kFinished;
      admission.info = {request.run_id, request.session_key, request.agent_id, "", 0};
      RunOutcome refused;
      refused.status = RunStatus::kError;
      refused.error_message = "gateway is stopping";
      admission.outcome = std::move(refused);
      lock.unlock();
      if (on_admitted) on_admitted(admission);
      return admission;
    }
    run = std::make_shared<Run>();
    run->info = {request.run_id, request.session_key, request.agent_id, "", 0};
    run->observer = std::move(observer);
    run->request = std::move(request);
    runs_[run->info.run_id] = run;
    Lane& lane = lanes_[run->info.session_key];
    const bool busy = lane.active != nullptr;
    switch (run->request.queue_mode) {
      case QueueMode::kCollect:
        if (busy && !lane.queue.empty() &&
            lane.queue.back()->request.queue_mode == QueueMode::kCollect) {
          auto& host = lane.queue.back();
          host->request.message += "\n\n" + run->request.message;
          host->absorbed.push_back(run);
          admission.kind = Admission::Kind::kQueued;
          admission.info = run->info;
          queued_observer = run->observer;
          run.reset();  // merged: nothing more to schedule
          break;
        }
        lane.queue.push_back(run);
        break;
      case QueueMode::kInterrupt:
        if (busy) {
          interrupted = lane.active;
          admission.interrupted_active_run = true;
        }
        lane.queue.push_front(run);
        break;
      case QueueMode::kSteer:
        // Without a model call left in the running turn, the steering message runs next.
        lane.queue.push_front(run);
        break;
      case QueueMode::kFollowup:
        lane.queue.push_back(run);
        break;
    }
    if (run) {
      PumpLocked(run->info.session_key, start);
      admission.kind =
          run->phase == Run::Phase::kRunning ? Admission::Kind::kStarted : Admission::Kind::kQueued;
      admission.info = run->info;
      if (admission.kind == Admission::Kind::kQueued) queued_observer = run->observer;
    }
  }
  if (on_admitted) on_admitted(admission);
  if (interrupted) {
    AbortReason none = AbortReason::kNone;
    interrupted->abort_reason.compare_exchange_strong(none, AbortReason::kInterrupted);
    interrupted->cancel.Cancel();
  }
  if (queued_observer) queued_observer->OnQueued(admission.info);
  StartRuns(std::move(start));
  return admission;
}

void RunEngine::PumpLocked(const std::string& session_key,
                           std::vector<std::shared_ptr<Run>>& start) {
  auto it = lanes_.find(session_key);
  if (it == lanes_.end()) return;
  Lane& lane = it->second;
  if (lane.active || lane.queue.empty()) {
    if (!lane.active && lane.queue.empty() && !lane.waiting_for_slot) lanes_.erase(it);
    return;
  }
  if (running_ >= MaxConcurrent()) {
    if (!lane.waiting_for_slot) {
      lane.waiting_for_slot = true;
      waiting_lanes_.push_back(session_key);
    }
    return;
  }
  auto run = lane.queue.front();
  lane.queue.pop_front();
  lane.active = run;
  run->phase = Run::Phase::kRunning;
  ++running_;
  start.push_back(std::move(run));
}

void RunEngine::PumpWaitingLocked(std::vector<std::shared_ptr<Run>>& start) {
  while (running_ < MaxConcurrent() && !waiting_lanes_.empty()) {
    const std::string key = std::move(waiting_lanes_.front());
    waiting_lanes_.pop_front();
    auto it = lanes_.find(key);
    if (it == lanes_.end()) continue;
    it->second.waiting_for_slot = false;
    PumpLocked(key, start);
  }
}

void RunEngine::StartRuns(std::vector<std::shared_ptr<Run>> runs) {
  for (auto& run : runs) {
    const auto budget = run->request.timeout.value_or(deps_.planner.default_timeout());
    if (budget.count() > 0) {
      std::weak_ptr<Run> weak = run;
      auto timer = deps_.timers.RunAfter(budget, [weak] {
        auto alive = weak.lock();
        if (!alive) return;
        AbortReason none = AbortReason::kNone;
        alive->abort_reason.compare_exchange_strong(none, AbortReason::kTimeout);
        alive->cancel.Cancel();
      });
      std::lock_guard lock(mutex_);
      run->budget_timer = timer;
    }
    Turn::Start(*this, run);
  }
}

void RunEngine::Finish(const std::shared_ptr<Run>& run, RunOutcome outcome) {
  std::vector<std::shared_ptr<Run>> start;
  std::vector<std::function<void(const RunOutcome&)>> waiters;
  std::vector<std::shared_ptr<Run>> absorbed;
  {
    std::lock_guard lock(mutex_);
    if (run->phase == Run::Phase::kDone) return;
    run->phase = Run::Phase::kDone;
    run->outcome = outcome;
    run->budget_timer.Cancel();
    waiters = std::move(run->waiters);
    absorbed = std::move(run->absorbed);
    for (auto& merged : absorbed) {
      merged->phase = Run::Phase::kDone;
      merged->info.session_id = run->info.session_id;
      merged->info.started_at = run->info.started_at;
      merged->outcome = outcome;
      for (auto& waiter : merged->waiters) waiters.push_back(std::move(waiter));
      merged->waiters.clear();
      finished_.emplace_back(outcome.ended_at, merged->info.run_id);
    }
    finished_.emplace_back(outcome.ended_at, run->info.run_id);
    auto it = lanes_.find(run->info.session_key);
    if (it != lanes_.end() && it->second.active == run) {
      it->second.active.reset();
      --running_;
      PumpLocked(run->info.session_key, start);
      PumpWaitingLocked(start);
    }
  }
  if (run->observer) run->observer->OnFinished(run->info, outcome);
  for (auto& merged : absorbed) {
    if (merged->observer) merged->observer->OnFinished(merged->info, outcome);
  }
  for (auto& waiter : waiters) waiter(outcome);
  StartRuns(std::move(start));
}

void RunEngine::FinishUnstarted(std::vector<std::shared_ptr<Run>> runs, AbortReason reason) {
  for (auto& run : runs) {
    RunOutcome outcome;
    outcome.status = RunStatus::kAborted;
    outcome.stop_reason = std::string(StopReasonOf(reason));
    outcome.started_at = outcome.ended_at = Now();
    std::vector<std::function<void(const RunOutcome&)>> waiters;
    {
      std::lock_guard lock(mutex_);
      if (run->phase == Run::Phase::kDone) continue;
      run->phase = Run::Phase::kDone;
      run->outcome = outcome;
      waiters = std::move(run->waiters);
      finished_.emplace_back(outcome.ended_at, run->info.run_id);
    }
    if (run->observer) run->observer->OnFinished(run->info, outcome);
    for (auto& waiter : waiters) waiter(outcome);
  }
}

std::vector<std::string> RunEngine::Abort(const AbortQuery& query) {
  std::vector<std::shared_ptr<Run>> cancel;
  std::vector<std::shared_ptr<Run>> unstarted;
  std::vector<std::string> ids;
  {
    std::lock_guard lock(mutex_);
    auto take_queued = [&](Lane& lane, const std::shared_ptr<Run>& only) {
      for (auto it = lane.queue.begin(); it != lane.queue.end();) {
        auto& queued = *it;
        bool match = !only || queued == only;
        if (!match) {
          // A run merged into a waiting collect turn leaves that turn.
          auto& merged = queued->absorbed;
          auto found = std::find(merged.begin(), merged.end(), only);
          if (found != merged.end()) {
            unstarted.push_back(*found);
            merged.erase(found);
          }
          ++it;
          continue;
        }
        for (auto& absorbed : queued->absorbed) unstarted.push_back(absorbed);
        queued->absorbed.clear();
        unstarted.push_back(queued);
        it = lane.queue.erase(it);
      }
    };
    if (query.run_id) {
      auto it = runs_.find(*query.run_id);
      if (it != runs_.end() && it->second->phase != Run::Phase::kDone &&
          (!query.session_key || it->second->info.session_key == *query.session_key)) {
        auto run = it->second;
        auto lane = lanes_.find(run->info.session_key);
        if (run->phase == Run::Phase::kRunning) {
          cancel.push_back(run);
        } else if (lane != lanes_.end()) {
          take_queued(lane->second, run);
        }
      }
    } else if (query.session_key) {
      auto lane = lanes_.find(*query.session_key);
      if (lane != lanes_.end()) {
        if (lane->second.active) cancel.push_back(lane->second.active);
        if (query.include_queued) take_queued(lane->second, nullptr);
      }
    } else {
      for (auto& [key, lane] : lanes_) {
        if (lane.active) cancel.push_back(lane.active);
        if (query.include_queued) take_queued(lane, nullptr);
      }
    }
  }
  for (auto& run : cancel) {
    ids.push_back(run->info.run_id);
    AbortReason none = AbortReason::kNone;
    run->abort_reason.compare_exchange_strong(none, query.reason);
    run->cancel.Cancel();
  }
  for (auto& run : unstarted) ids.push_back(run->info.run_id);
  FinishUnstarted(std::move(unstarted), query.reason);
  return ids;
}

void RunEngine::Wait(const std::string& run_id, std::chrono::milliseconds timeout,
                     std::function<void(WaitOutcome)> done) {
  auto settled = std::make_shared<std::atomic<bool>>(false);
  auto answer = [settled, done](WaitOutcome outcome) {
    if (!settled->exchange(true)) done(std::move(outcome));
  };
  {
    std::unique_lock lock(mutex_);
    auto it = runs_.find(run_id);
    if (it != runs_.end()) {
      auto& run = it->second;
      if (run->phase == Run::Phase::kDone) {
        WaitOutcome finished{WaitOutcome::Kind::kFinished, run->outcome};
        lock.unlock();
        return answer(std::move(finished));
      }
      if (run->phase == Run::Phase::kQueued) {
        lock.unlock();
        return answer({WaitOutcome::Kind::kPending, std::nullopt});
      }
      if (timeout.count() > 0) {
        run->waiters.push_back([answer](const RunOutcome& outcome) {
          answer({WaitOutcome::Kind::kFinished, outcome});
        });
      }
    }
  }
  if (timeout.count() == 0) return answer({WaitOutcome::Kind::kTimedOut, std::nullopt});
  deps_.timers.RunAfter(timeout, [answer] {
    answer({WaitOutcome::Kind::kTimedOut, std::nullopt});
  });
}

std::optional<RunInfo> RunEngine::Find(const std::string& run_id) const {
  std::lock_guard lock(mutex_);
  auto it = runs_.find(run_id);
  if (it == runs_.end()) return std::nullopt;
  return it->second->info;
}

std::vector<std::string> RunEngine::ActiveRuns(const std::string& session_key) const {
  std::lock_guard lock(mutex_);
  std::vector<std::string> ids;
  auto it = lanes_.find(session_key);
  if (it == lanes_.end()) return ids;
  if (it->second.active) ids.push_back(it->second.active->info.run_id);
  for (const auto& queued : it->second.queue) {
    ids.push_back(queued->info.run_id);
    for (const auto& merged : queued->absorbed) ids.push_back(merged->info.run_id);
  }
  return ids;
}

std::size_t RunEngine::running() const {
  std::lock_guard lock(mutex_);
  return static_cast<std::size_t>(running_);
}

void RunEngine::MarkInterruptedTurns(std::function<void(std::size_t)> done) {
  deps_.store.UnansweredTurns([this, done = std::move(done)](
                                  sessions::StoreResult<std::vector<std::string>> keys) {
    if (!keys) {
      if (options_.log_warning) {
        options_.log_warning("cannot look for interrupted runs: " + keys.error().message);
      }
      if (done) done(0);
      return;
    }
    auto remaining = std::make_shared<std::atomic<std::size_t>>(keys->size());
    if (keys->empty() && done) return done(0);
    const std::size_t total = keys->size();
    for (const auto& key : *keys) {
      auto reply = sessions::AssistantMessage("", Now(), sessions::StopReason::kError);
      reply.error_message = std::string(kInterruptedTurnText);
      sessions::AppendOptions options;
      options.create_if_missing = false;
      deps_.store.Append(key, sessions::MessageEvent(std::move(reply)), options,
                         [remaining, total, done](sessions::StoreResult<sessions::AppendResult>) {
                           if (remaining->fetch_sub(1) == 1 && done) done(total);
                         });
    }
  });
}

void RunEngine::Shutdown() {
  {
    std::lock_guard lock(mutex_);
    if (shut_down_) return;
    shut_down_ = true;
  }
  Abort({.session_key = std::nullopt,
         .run_id = std::nullopt,
         .include_queued = true,
         .reason = AbortReason::kShutdown});
}

void RunEngine::ReleaseFinished() {
  std::vector<std::shared_ptr<Run>> released;  // destroyed after the lock is let go
  {
    std::lock_guard lock(mutex_);
    for (auto it = runs_.begin(); it != runs_.end();) {
      if (it->second->phase != Run::Phase::kDone) {
        ++it;
        continue;
      }
      released.push_back(std::move(it->second));
      it = runs_.erase(it);
    }
    finished_.clear();
  }
}

void RunEngine::ForgetExpiredLocked() {
  const std::int64_t now = Now();
  while (!finished_.empty() && (finished_.front().first + options_.dedupe_ttl.count() <= now ||
                                finished_.size() > options_.dedupe_max)) {
    auto it = runs_.find(finished_.front().second);
    if (it != runs_.end() && it->second->phase == Run::Phase::kDone) runs_.erase(it);
    finished_.pop_front();
  }
}

}  // namespace gateway::domain::runs
