// Cancellation that flows from a caller (abort, disconnect, shutdown) to the work it started: a
// CancellationSource is owned by whoever may cancel, tokens are handed to the work.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

namespace gateway::runtime {

namespace detail {
struct CancellationState;
}

class CancellationSource;

// Copyable and cheap (one shared pointer). Default-constructed: never cancelled.
class CancellationToken {
 public:
  CancellationToken() = default;

  bool cancelled() const;
  // False for a default-constructed token: nothing can ever cancel it.
  bool can_be_cancelled() const { return state_ != nullptr; }

  // Unregisters its callback when dropped or Reset. If the callback is running on another thread
  // at that moment, Reset (and the destructor) wait for it to finish, so what the callback captured
  // may be destroyed right after; from inside the callback itself it does not wait.
  class Registration {
   public:
    Registration() = default;
    ~Registration() { Reset(); }
    Registration(Registration&& other) noexcept;
    Registration& operator=(Registration&& other) noexcept;
    Registration(const Registration&) = delete;
    Registration& operator=(const Registration&) = delete;

    void Reset();
    // True while the callback is registered and has not started.
    bool active() const;

   private:
    friend class CancellationToken;
    Registration(std::shared_ptr<detail::CancellationState> state, std::uint64_t id)
        : state_(std::move(state)), id_(id) {}
    std::shared_ptr<detail::CancellationState> state_;
    std::uint64_t id_ = 0;
  };

  // Runs `callback` once when cancelled: at once, on this thread, if already cancelled; otherwise
  // later on the thread that calls Cancel(). Dropping the returned registration (or calling Reset)
  // unregisters it.
  [[nodiscard]] Registration OnCancel(std::function<void()> callback) const;

 private:
  friend class CancellationSource;
  explicit CancellationToken(std::shared_ptr<detail::CancellationState> state)
      : state_(std::move(state)) {}
  std::shared_ptr<detail::CancellationState> state_;
};

class CancellationSource {
 public:
  CancellationSource();
  CancellationToken token() const;
  // Marks the tokens cancelled and runs every registered callback once, on this thread. Later
  // calls do nothing.
  void Cancel();
  bool cancelled() const;

 private:
  std::shared_ptr<detail::CancellationState> state_;
};

}  // namespace gateway::runtime
