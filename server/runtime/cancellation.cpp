#include "server/runtime/cancellation.hpp"

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace gateway::runtime {
namespace detail {

struct CancellationState {
  std::atomic<bool> cancelled{false};
  std::mutex mutex;
  std::condition_variable done;
  std::map<std::uint64_t, std::function<void()>> callbacks;  // registered, not yet run
  std::uint64_t next_id = 1;
  std::uint64_t running_id = 0;  // the callback Cancel() is running now (0: none)
  std::thread::id running_thread;
};

}  // namespace detail

bool CancellationToken::cancelled() const {
  return state_ && state_->cancelled.load(std::memory_order_acquire);
}

CancellationToken::Registration CancellationToken::OnCancel(std::function<void()> callback) const {
  if (!state_ || !callback) return {};
  {
    std::lock_guard lock(state_->mutex);
    if (!state_->cancelled.load(std::memory_order_relaxed)) {
      const std::uint64_t id = state_->next_id++;
      state_->callbacks.emplace(id, std::move(callback));
      return Registration(state_, id);
    }
  }
  callback();  // already cancelled: at once, on this thread
  return {};
}

CancellationToken::Registration::Registration(Registration&& other) noexcept
    : state_(std::move(other.state_)), id_(other.id_) {
  other.id_ = 0;
}

CancellationToken::Registration& CancellationToken::Registration::operator=(
    Registration&& other) noexcept {
  if (this != &other) {
    Reset();
    state_ = std::move(other.state_);
    id_ = other.id_;
    other.id_ = 0;
  }
  return *this;
}

void CancellationToken::Registration::Reset() {
  if (!state_) return;
  auto state = std::move(state_);
  const std::uint64_t id = id_;
  id_ = 0;
  std::unique_lock lock(state->mutex);
  if (state->callbacks.erase(id) > 0) return;  // unregistered before it ran
  // Running now on another thread: wait, so the caller may destroy what the callback uses.
  if (state->running_id == id && state->running_thread != std::this_thread::get_id()) {
    state->done.wait(lock, [&] { return state->running_id != id; });
  }
}

bool CancellationToken::Registration::active() const {
  if (!state_) return false;
  std::lock_guard lock(state_->mutex);
  return state_->callbacks.count(id_) > 0;
}

CancellationSource::CancellationSource() : state_(std::make_shared<detail::CancellationState>()) {}

CancellationToken CancellationSource::token() const { return CancellationToken(state_); }

bool CancellationSource::cancelled() const {
  return state_->cancelled.load(std::memory_order_acquire);
}

void CancellationSource::Cancel() {
  std::unique_lock lock(state_->mutex);
  if (state_->cancelled.exchange(true, std::memory_order_acq_rel)) return;
  // One callback at a time, taken out under the lock, run without it (a callback may register
  // or unregister others, or cancel other sources).
  while (!state_->callbacks.empty()) {
    auto it = state_->callbacks.begin();
    const std::uint64_t id = it->first;
    std::function<void()> callback = std::move(it->second);
    state_->callbacks.erase(it);
    state_->running_id = id;
    state_->running_thread = std::this_thread::get_id();
    lock.unlock();
    try {
      callback();
    } catch (...) {
      // A throwing callback must not stop the others from running.
    }
    lock.lock();
    state_->running_id = 0;
    state_->done.notify_all();
  }
}

}  // namespace gateway::runtime
