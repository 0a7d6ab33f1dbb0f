// Running a gateway in the foreground until SIGTERM/SIGINT: start, wait for signals and restart
// requests, restart in process (SIGUSR1, SIGUSR2, gateway.restart.request) on the same port with
// the config reloaded — an invalid config keeps the last accepted one.
#pragma once

#include <functional>
#include <string>

#include "server/app/gateway.hpp"
#include "server/config/environment.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/config/loader.hpp"
#include "server/config/paths.hpp"
#include "server/logging/logger.hpp"

namespace gateway::app {

struct RunOptions {
  config::GatewayFlags flags;  // re-applied on every reload
  config::Paths paths;
  std::function<config::Environment()> environment;  // read afresh on every reload
  config::LoadedConfig config;
  config::GatewaySettings settings;
  std::string version;
  // The logger's settings for a config's effective JSON (with the command line's overrides):
  // applied live when logging.* changes, and on every in-process restart. Empty: the logger keeps
  // the settings it started with.
  std::function<logging::LogSettings(const nlohmann::json& effective)> log_settings;
  // Called once the gateway listens (after each restart too).
  std::function<void(const Gateway&)> on_listening;
};

enum class RunOutcome { kStopped, kAddressInUse };

// Blocks SIGTERM, SIGINT, SIGUSR1 and SIGUSR2 in the calling thread (the I/O threads inherit the
// mask) and takes them synchronously. Returns once stopped, or when the port is taken (then
// `error` says by what).
RunOutcome RunGateway(RunOptions options, logging::Logger& log, std::string& error);

// Thousands of sockets need more than the default 1024 descriptors.
void RaiseFileLimit();

}  // namespace gateway::app
