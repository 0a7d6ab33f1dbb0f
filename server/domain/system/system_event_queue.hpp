// The texts of recent system events (methods.md §2 `system-event`), reported by `status` as
// queuedSystemEvents until the agent runtime consumes them. Keeps the newest 20.
#pragma once

#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace gateway::domain {

class SystemEventQueue {
 public:
  static constexpr std::size_t kCapacity = 20;
  void Push(std::string text);
  std::vector<std::string> List() const;

 private:
  mutable std::mutex mutex_;
  std::deque<std::string> texts_;
};

}  // namespace gateway::domain
