#include "server/runtime/timer_queue.hpp"

#include <pthread.h>

#include <atomic>

namespace gateway::runtime {
namespace detail {

struct TimerEntry {
  enum State : int { kPending, kRunning, kCancelled };
  std::atomic<int> state{kPending};
  std::function<void()> task;  // touched only by the timer thread after scheduling
};

}  // namespace detail

bool TimerHandle::Cancel() {
  if (!entry_) return false;
  int expected = detail::TimerEntry::kPending;
  return entry_->state.compare_exchange_strong(expected, detail::TimerEntry::kCancelled);
}

TimerQueue::TimerQueue(std::string name, ErrorHandler on_error)
    : name_(std::move(name)), on_error_(std::move(on_error)) {
  thread_ = std::thread([this] { Loop(); });
}

TimerQueue::~TimerQueue() { Stop(); }

TimerHandle TimerQueue::RunAfter(std::chrono::steady_clock::duration delay,
                                 std::function<void()> task) {
  auto entry = std::make_shared<detail::TimerEntry>();
  entry->task = std::move(task);
  const auto deadline = std::chrono::steady_clock::now() + delay;
  bool earliest = false;
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || !entry->task) {
      entry->state = detail::TimerEntry::kCancelled;
      return TimerHandle(entry);
    }
    auto it = entries_.emplace(std::make_pair(deadline, next_sequence_++), entry).first;
    earliest = it == entries_.begin();
  }
  if (earliest) wake_.notify_one();
  return TimerHandle(entry);
}

void TimerQueue::Stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && !thread_.joinable()) return;
    stopping_ = true;
    for (auto& [key, entry] : entries_) entry->state = detail::TimerEntry::kCancelled;
    entries_.clear();
  }
  wake_.notify_all();
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

std::size_t TimerQueue::pending() const {
  std::lock_guard lock(mutex_);
  std::size_t count = 0;
  for (const auto& [key, entry] : entries_) {
    if (entry->state.load() == detail::TimerEntry::kPending) ++count;
  }
  return count;
}

void TimerQueue::Loop() {
  pthread_setname_np(pthread_self(), name_.substr(0, 15).c_str());
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (entries_.empty()) {
      wake_.wait(lock);
      continue;
    }
    auto first = entries_.begin();
    if (first->second->state.load() == detail::TimerEntry::kCancelled) {
      entries_.erase(first);  // cancelled: release its task now
      continue;
    }
    const auto deadline = first->first.first;
    if (std::chrono::steady_clock::now() < deadline) {
      wake_.wait_until(lock, deadline);
      continue;
    }
    auto entry = std::move(first->second);
    entries_.erase(first);
    int expected = detail::TimerEntry::kPending;
    if (!entry->state.compare_exchange_strong(expected, detail::TimerEntry::kRunning)) continue;
    lock.unlock();
    RunGuarded(entry->task, on_error_, name_);
    entry->task = nullptr;
    lock.lock();
  }
}

}  // namespace gateway::runtime
