// A value replaced whole while other threads read it: a reader takes the current version and may
// keep it as long as it needs; a replacement never changes a version someone holds, and the old
// one is released outside the lock.
#pragma once

#include <memory>
#include <mutex>

namespace gateway::runtime {

template <class T>
class SharedSnapshot {
 public:
  explicit SharedSnapshot(std::shared_ptr<const T> initial = nullptr)
      : current_(std::move(initial)) {}
  SharedSnapshot(const SharedSnapshot&) = delete;
  SharedSnapshot& operator=(const SharedSnapshot&) = delete;

  std::shared_ptr<const T> Load() const {
    std::lock_guard lock(mutex_);
    return current_;
  }
  void Store(std::shared_ptr<const T> next) {
    {
      std::lock_guard lock(mutex_);
      current_.swap(next);
    }
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const T> current_;
};

}  // namespace gateway::runtime
