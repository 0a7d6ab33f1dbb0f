// The revision (SHA-256 of the file's bytes) of the config the running gateway applied: set when
// the gateway starts from a file and again when a change applies live. `config.get` and hello-ok
// report it as appliedConfigHash; null when the gateway runs without a config file.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>

namespace gateway::domain {

class AppliedConfigRevision {
 public:
  void Set(std::optional<std::string> revision) {
    {
      std::lock_guard lock(mutex_);
      revision_ = std::move(revision);
    }
    changed_.notify_all();
  }
  // Blocks until `revision` is the applied one or `timeout` passes; whether it is. For a write
  // that answers once the running gateway uses it (config.apply / config.patch, config.md §8).
  bool WaitFor(const std::string& revision, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return revision_ == revision; });
  }
  std::optional<std::string> Get() const {
    std::lock_guard lock(mutex_);
    return revision_;
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::optional<std::string> revision_;
};

}  // namespace gateway::domain
