#include "server/app/run_loop.hpp"

#include <signal.h>
#include <sys/resource.h>

#include <memory>
#include <optional>

#include "server/app/config_reloader.hpp"
#include "server/app/restart_control.hpp"

namespace gateway::app {
namespace {

constexpr std::string_view kSubsystem = "gateway";
constexpr std::int64_t kRestartExpectedMs = 1500;

sigset_t GatewaySignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGUSR1);  // older docs restart with SIGUSR1: same as SIGUSR2
  sigaddset(&signals, SIGUSR2);
  return signals;
}

// Loads the config and settings for the next start; an invalid config keeps the current ones.
void Reload(RunOptions& options, logging::Logger& log) {
  try {
    config::Environment env = options.environment();
    auto reloaded = config::LoadConfig(options.paths, env);
    auto settings = config::ResolveGatewaySettings(options.flags, env, options.paths, reloaded,
                                                   config::DetectHost());
    settings.port = options.settings.port;  // the same port, as the clients expect
    options.config = std::move(reloaded);
    options.settings = std::move(settings);
  } catch (const std::exception& e) {
    log.Warn(kSubsystem, std::string("config reload skipped (invalid config): ") + e.what());
  }
}

}  // namespace

void RaiseFileLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
  }
}

RunOutcome RunGateway(RunOptions options, logging::Logger& log, std::string& error) {
  const sigset_t signals = GatewaySignals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  const Timings timings = Timings::FromEnvironment(options.environment());
  RestartControl restarts(timings.restart_cooldown_ms);
  domain::ConfigReloadState reload_state;
  ConfigReloader reloader(options, log, reload_state);
  while (true) {
    auto gateway = std::make_unique<Gateway>(GatewayOptions{.settings = options.settings,
                                                            .config = options.config,
                                                            .paths = options.paths,
                                                            .timings = timings,
                                                            .version = options.version,
                                                            .threads = 0,
                                                            .restarts = &restarts,
                                                            .config_reload = &reload_state},
                                             log);
    try {
      gateway->Start();
    } catch (const transport::AddressInUse& e) {
      error = e.what();
      log.Error(kSubsystem, e.what());
      return RunOutcome::kAddressInUse;
    }
    if (options.on_listening) options.on_listening(*gateway);

    std::optional<std::string> restart_reason;
    while (!restart_reason) {
      timespec wait{0, 100 * 1000 * 1000};
      const int sig = sigtimedwait(&signals, nullptr, &wait);
      if (sig == SIGTERM || sig == SIGINT) {
        log.Info(kSubsystem,
                 std::string("received ") + (sig == SIGTERM ? "SIGTERM" : "SIGINT") + ": stopping");
        gateway->Shutdown("gateway stopping");
        return RunOutcome::kStopped;
      }
      if (sig == SIGUSR1) restarts.RequestNow("SIGUSR1");
      if (sig == SIGUSR2) restarts.RequestNow("SIGUSR2");
      if (auto reason = reloader.Poll(*gateway)) restarts.RequestNow(*reason);
      restart_reason = restarts.Due();
    }
    log.Info(kSubsystem, "restarting in process: " + *restart_reason);
    gateway->Shutdown("gateway restarting", kRestartExpectedMs);
    gateway.reset();
    Reload(options, log);
    reload_state.RestartPending(false);
  }
}

}  // namespace gateway::app
