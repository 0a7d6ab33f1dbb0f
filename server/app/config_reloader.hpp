// Hot reload (spec/config.md §7): watches the config file and the state directory's .env, waits
// for a change to settle (editors write in several steps), loads and validates it, and decides:
// nothing changed or only bookkeeping → nothing; gateway.reload.mode "off" → logged, applied at
// the next restart; only live-applicable keys (config::AppliesLive: auth, logging, models,
// agents, session, tools, hooks, channels, the HTTP endpoint flags, …) → applied to the running
// gateway without dropping a connection; anything else → the in-process restart. An invalid file
// never stops the gateway: it keeps the last good config and says what is wrong (file, line, key
// path).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "server/app/gateway.hpp"
#include "server/app/run_loop.hpp"
#include "server/domain/system/config_reload_state.hpp"
#include "server/logging/logger.hpp"
#include "server/platform/file_watcher.hpp"

namespace gateway::app {

class ConfigReloader {
 public:
  // `options` is the run loop's: the running config and settings, updated when a change applies.
  ConfigReloader(RunOptions& options, logging::Logger& log, domain::ConfigReloadState& state,
                 std::chrono::milliseconds settle = std::chrono::milliseconds(300));

  // Called by the run loop every ~100 ms: a restart reason when a settled change needs the
  // in-process restart, else nullopt (a live change has been applied to `gateway`).
  std::optional<std::string> Poll(Gateway& gateway);

 private:
  std::optional<std::string> Evaluate(Gateway& gateway);

  RunOptions& options_;
  logging::Logger& log_;
  domain::ConfigReloadState& state_;
  std::chrono::milliseconds settle_;
  platform::FileWatcher watcher_;
  std::optional<std::chrono::steady_clock::time_point> changed_at_;
};

}  // namespace gateway::app
