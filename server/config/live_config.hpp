// The config in effect. A change that applies live (config.md §7) replaces it whole; readers take
// a snapshot when a request or run starts and keep it while they work, so nothing ever sees half
// of an old and half of a new config, and a snapshot in use outlives the swap.
#pragma once

#include <memory>

#include "server/config/loader.hpp"
#include "server/runtime/shared_snapshot.hpp"

namespace gateway::config {

class LiveConfig {
 public:
  explicit LiveConfig(LoadedConfig initial)
      : current_(std::make_shared<const LoadedConfig>(std::move(initial))) {}

  std::shared_ptr<const LoadedConfig> Loaded() const { return current_.Load(); }
  // The typed view of the same snapshot (it keeps the whole snapshot alive).
  std::shared_ptr<const proto::OpenClawConfig> Typed() const {
    auto loaded = Loaded();
    return {loaded, &loaded->typed};
  }
  void Replace(LoadedConfig next) {
    current_.Store(std::make_shared<const LoadedConfig>(std::move(next)));
  }

 private:
  runtime::SharedSnapshot<LoadedConfig> current_;
};

}  // namespace gateway::config
