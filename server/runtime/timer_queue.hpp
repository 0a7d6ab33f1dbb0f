// Timers for code that has no transport (stores, domain logic, tests): one thread runs each task
// when its delay has passed. Tasks should be short; hand heavier work to an Executor from them.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "server/runtime/executor.hpp"

namespace gateway::runtime {

namespace detail {
struct TimerEntry;
}

// Cancels one scheduled task. Copyable; dropping it does not cancel the task.
class TimerHandle {
 public:
  TimerHandle() = default;
  // True when this call stopped the task from running (it had not started and was not cancelled).
  bool Cancel();

 private:
  friend class TimerQueue;
  explicit TimerHandle(std::shared_ptr<detail::TimerEntry> entry) : entry_(std::move(entry)) {}
  std::shared_ptr<detail::TimerEntry> entry_;
};

class TimerQueue {
 public:
  explicit TimerQueue(std::string name = "timers", ErrorHandler on_error = {});
  ~TimerQueue();  // Stop()
  TimerQueue(const TimerQueue&) = delete;
  TimerQueue& operator=(const TimerQueue&) = delete;

  // Runs `task` on the timer thread once `delay` has passed (steady clock). Tasks due at the same
  // instant run in the order they were scheduled. After Stop(), the task never runs.
  TimerHandle RunAfter(std::chrono::steady_clock::duration delay, std::function<void()> task);
  // Drops every pending task and joins the thread. Idempotent; not from a timer task.
  void Stop();
  // Scheduled tasks that have not run and were not cancelled.
  std::size_t pending() const;

 private:
  void Loop();

  const std::string name_;
  const ErrorHandler on_error_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  // (deadline, sequence) → entry: ordered by deadline, then by scheduling order.
  std::map<std::pair<std::chrono::steady_clock::time_point, std::uint64_t>,
           std::shared_ptr<detail::TimerEntry>>
      entries_;
  std::uint64_t next_sequence_ = 0;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace gateway::runtime
