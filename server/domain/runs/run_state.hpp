// The engine's record of one run (private to run_engine.cpp and run_turn.cpp).
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "server/domain/runs/run_engine.hpp"
#include "server/runtime/cancellation.hpp"

namespace gateway::domain::runs {

struct RunEngine::Run {
  enum class Phase { kQueued, kRunning, kDone };

  RunRequest request;
  std::shared_ptr<RunObserver> observer;
  RunInfo info;
  runtime::CancellationSource cancel;
  std::atomic<AbortReason> abort_reason{AbortReason::kNone};

  // Guarded by the engine's lock.
  Phase phase = Phase::kQueued;
  std::optional<RunOutcome> outcome;
  std::vector<std::function<void(const RunOutcome&)>> waiters;
  std::vector<std::shared_ptr<Run>> absorbed;  // collect: merged into this run's turn
  runtime::TimerHandle budget_timer;
};

}  // namespace gateway::domain::runs
