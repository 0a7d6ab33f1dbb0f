// Live text pacing (protocol.md §9, LIVE_TEXT_PACING_MS): the first piece of a run's text goes out
// at once, later pieces are merged and sent at most once per interval. Flush() sends what is
// buffered at once (before a tool starts, before the terminal event). Thread-safe; `send` is called
// with the pacer's lock held, so sends never overlap and keep their order.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "server/runtime/timer_queue.hpp"

namespace gateway::domain::runs {

inline constexpr std::chrono::milliseconds kLiveTextPacing{75};

class TextPacer : public std::enable_shared_from_this<TextPacer> {
 public:
  // `send(delta, pieces)`: the merged text and how many pieces it merges.
  using Send = std::function<void(const std::string& delta, int pieces)>;

  static std::shared_ptr<TextPacer> Create(runtime::TimerQueue& timers,
                                           std::chrono::milliseconds interval, Send send);

  void Add(std::string_view delta);
  void Flush();
  // Flushes and stops: later Adds are dropped, a pending timer does nothing.
  void Close();

 private:
  TextPacer(runtime::TimerQueue& timers, std::chrono::milliseconds interval, Send send)
      : timers_(timers), interval_(interval), send_(std::move(send)) {}
  void SendLocked();
  void OnTimer();

  runtime::TimerQueue& timers_;
  const std::chrono::milliseconds interval_;
  const Send send_;
  std::mutex mutex_;
  std::string buffered_;
  int pieces_ = 0;
  bool timer_armed_ = false;
  bool closed_ = false;
  std::chrono::steady_clock::time_point last_sent_{};
  runtime::TimerHandle timer_;
};

}  // namespace gateway::domain::runs
