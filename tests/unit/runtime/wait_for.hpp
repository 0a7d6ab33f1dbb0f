// Waits on a condition with a deadline (tests never sleep a fixed time to synchronize).
#pragma once

#include <chrono>
#include <functional>
#include <thread>

namespace gateway::testing {

inline bool WaitFor(const std::function<bool()>& condition,
                    std::chrono::milliseconds deadline = std::chrono::seconds(10)) {
  const auto until = std::chrono::steady_clock::now() + deadline;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  return true;
}

}  // namespace gateway::testing
