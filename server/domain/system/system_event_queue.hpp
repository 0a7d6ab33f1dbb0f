// The texts of recent system events (methods.md §2 `system-event`, http.md §7 `/hooks/wake`),
// reported by `status` as queuedSystemEvents until the agent runtime consumes them. Keeps the
// newest 20. An event for a session whose newest queued event has the same text is coalesced
// into it instead of queued twice.
#pragma once

#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace gateway::domain {

class SystemEventQueue {
 public:
  static constexpr std::size_t kCapacity = 20;
  enum class Outcome { kQueued, kCoalesced };

  // An event without a session (the `system-event` method).
  void Push(std::string text);
  // An event for `session_key` (canonical).
  Outcome Enqueue(std::string session_key, std::string text);
  std::vector<std::string> List() const;

 private:
  struct Entry {
    std::string session_key;
    std::string text;
  };
  mutable std::mutex mutex_;
  std::deque<Entry> entries_;
};

}  // namespace gateway::domain
