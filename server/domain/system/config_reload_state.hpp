// What the config watcher last concluded (spec/config.md §7), for `status`: the reload mode, a
// change waiting for a restart (mode off), and the last edit that could not be applied. Written by
// the run loop's ConfigReloader, read by `status`; it outlives in-process restarts.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

namespace gateway::domain {

struct ConfigReloadSnapshot {
  std::string mode = "hybrid";
  bool restart_pending = false;
  std::optional<std::string> last_error;                       // file:line:col: key: message
  std::optional<std::int64_t> last_error_at, last_applied_at;  // epoch ms
};

class ConfigReloadState {
 public:
  ConfigReloadSnapshot Snapshot() const {
    std::lock_guard lock(mutex_);
    return snapshot_;
  }
  void SetMode(std::string mode) {
    std::lock_guard lock(mutex_);
    snapshot_.mode = std::move(mode);
  }
  void Failed(std::string error, std::int64_t at) {
    std::lock_guard lock(mutex_);
    snapshot_.last_error = std::move(error);
    snapshot_.last_error_at = at;
  }
  void Applied(std::int64_t at) {
    std::lock_guard lock(mutex_);
    snapshot_.last_error.reset();
    snapshot_.last_error_at.reset();
    snapshot_.last_applied_at = at;
  }
  void RestartPending(bool pending) {
    std::lock_guard lock(mutex_);
    snapshot_.restart_pending = pending;
    if (pending) {
      snapshot_.last_error.reset();
      snapshot_.last_error_at.reset();
    }
  }

 private:
  mutable std::mutex mutex_;
  ConfigReloadSnapshot snapshot_;
};

}  // namespace gateway::domain
