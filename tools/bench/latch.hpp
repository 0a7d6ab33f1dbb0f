// Counts completions reported by I/O threads; the main thread waits for zero with a deadline.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>

#include "tools/bench/bench_clock.hpp"

namespace gateway::bench {

class Latch {
 public:
  void Reset(std::size_t count) {
    std::lock_guard lock(mutex_);
    remaining_ = count;
  }

  void CountDown() {
    std::lock_guard lock(mutex_);
    if (remaining_ > 0 && --remaining_ == 0) zero_.notify_all();
  }

  // true once the count reached zero; false when `deadline` passed first.
  bool WaitUntil(Clock::time_point deadline) {
    std::unique_lock lock(mutex_);
    return zero_.wait_until(lock, deadline, [this] { return remaining_ == 0; });
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable zero_;
  std::size_t remaining_ = 0;
};

}  // namespace gateway::bench
