// The config in effect. A change that applies live (config.md §7) replaces it whole; readers take
// a snapshot when a request or run starts and keep it while they work, so nothing ever sees half
// of an old and half of a new config, and a snapshot in use outlives the swap.
#pragma once

#include <memory>
#include <mutex>

#include "server/config/loader.hpp"

namespace gateway::config {

class LiveConfig {
 public:
  explicit LiveConfig(LoadedConfig initial)
      : current_(std::make_shared<const LoadedConfig>(std::move(initial))) {}
  LiveConfig(const LiveConfig&) = delete;
  LiveConfig& operator=(const LiveConfig&) = delete;

  std::shared_ptr<const LoadedConfig> Loaded() const {
    std::lock_guard lock(mutex_);
    return current_;
  }
  // The typed view of the same snapshot (it keeps the whole snapshot alive).
  std::shared_ptr<const proto::OpenClawConfig> Typed() const {
    auto loaded = Loaded();
    return {loaded, &loaded->typed};
  }
  void Replace(LoadedConfig next) {
    auto replacement = std::make_shared<const LoadedConfig>(std::move(next));
    std::lock_guard lock(mutex_);
    current_.swap(replacement);
  }  // the previous snapshot is released here, outside the lock, unless a reader still holds it

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const LoadedConfig> current_;
};

}  // namespace gateway::config
