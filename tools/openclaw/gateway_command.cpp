#include "tools/openclaw/gateway_command.hpp"

#include <signal.h>
#include <sys/resource.h>

#include <atomic>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include "server/config/gateway_settings.hpp"
#include "server/gateway/gateway_server.hpp"
#include "server/gateway/ids.hpp"
#include "server/system/process_info.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/version.hpp"

namespace gateway::cli {
namespace {

struct GatewayCommandOptions {
  config::GatewayFlags flags;
  std::optional<std::string> tailscale;
  bool force = false;
  bool verbose = false;
};

// Thousands of sockets need more than the default 1024 descriptors.
void RaiseFileLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
  }
}

// Restart requests from gateway.restart.request, coalesced and held to the cooldown.
class RestartControl {
 public:
  explicit RestartControl(std::int64_t cooldown_ms) : cooldown_ms_(cooldown_ms) {}

  server::RestartDecision Request(const std::string& reason) {
    std::lock_guard lock(mutex_);
    const std::int64_t now = NowMs();
    if (due_at_ms_) return {"coalesced", std::max<std::int64_t>(0, *due_at_ms_ - now)};
    reason_ = reason;
    const std::int64_t earliest = last_restart_ms_ + cooldown_ms_;
    // A short pause lets the reply reach the caller before the sockets close.
    due_at_ms_ = std::max(now + 200, earliest);
    return {*due_at_ms_ > now + 200 ? "deferred" : "scheduled", *due_at_ms_ - now};
  }
  void RequestNow(const std::string& reason) {
    std::lock_guard lock(mutex_);
    reason_ = reason;
    due_at_ms_ = NowMs();
  }
  std::optional<std::string> Due() {
    std::lock_guard lock(mutex_);
    if (!due_at_ms_ || *due_at_ms_ > NowMs()) return std::nullopt;
    due_at_ms_.reset();
    last_restart_ms_ = NowMs();
    return reason_;
  }

 private:
  std::mutex mutex_;
  std::int64_t cooldown_ms_;
  std::int64_t last_restart_ms_ = 0;
  std::optional<std::int64_t> due_at_ms_;
  std::string reason_;
};

logging::LogSettings GatewayLogSettings(CliContext& ctx, const config::LoadedConfig& loaded,
                                        bool verbose) {
  logging::LogSettings settings = LogSettingsFrom(loaded.effective, ctx.paths());
  settings.verbose = verbose;
  settings.color = ctx.color();
  if (auto level = logging::ParseLevel(ctx.options().log_level))
    settings.file_level = settings.console_level = *level;
  return settings;
}

void StopListeners(int port, logging::Logger& log) {
  for (const auto& listener : system::FindListeners(port)) {
    if (listener.pid == ::getpid()) continue;
    std::cout << "--force: stopping pid " << listener.pid << " (" << listener.command
              << ") listening on port " << port << "\n";
    log.Warn("gateway", "--force stopped pid " + std::to_string(listener.pid) + " on port " +
                            std::to_string(port));
    if (!system::StopProcess(listener.pid, std::chrono::seconds(5))) {
      throw CommandError(kExitFailure,
                         "--force: could not stop pid " + std::to_string(listener.pid));
    }
  }
}

int RunGateway(CliContext& ctx, const GatewayCommandOptions& o) {
  if (o.tailscale && *o.tailscale != "off") {
    std::cerr << "openclaw: Tailscale serve/funnel is not supported by this gateway yet (use "
                 "--tailscale off)\n";
    return kExitConfig;
  }
  config::Environment env = ctx.env();
  config::LoadedConfig loaded;
  try {
    loaded = config::LoadConfig(ctx.paths(), env);
  } catch (const config::ConfigError& e) {
    std::cerr << "openclaw: gateway not started: " << e.what() << "\n";
    return kExitConfig;
  }
  config::GatewaySettings settings;
  try {
    settings =
        config::ResolveGatewaySettings(o.flags, env, ctx.paths(), loaded, config::DetectHost());
  } catch (const config::StartupRefused& e) {
    std::cerr << "openclaw: " << e.what() << "\n";
    if (!e.hint().empty()) std::cerr << "  " << e.hint() << "\n";
    return kExitConfig;
  }
  logging::Logger log(GatewayLogSettings(ctx, loaded, o.verbose));
  for (const auto& n : loaded.notices) log.Info("config", n);
  for (const auto& w : loaded.warnings) log.Warn("config", w);
  RaiseFileLimit();
  if (o.force) StopListeners(settings.port, log);

  // Signals are taken synchronously by this thread; the I/O threads inherit the blocked mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGUSR1);  // older docs restart with SIGUSR1: same as SIGUSR2
  sigaddset(&signals, SIGUSR2);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  server::Timings timings = server::Timings::FromEnvironment(env);
  RestartControl restarts(timings.restart_cooldown_ms);
  while (true) {
    server::GatewayOptions options{settings, loaded, ctx.paths(), timings, std::string(kVersion),
                                   0};
    auto gateway = std::make_unique<server::GatewayServer>(options, log);
    gateway->state().request_restart = [&restarts](const std::string& reason) {
      return restarts.Request(reason);
    };
    try {
      gateway->Start();
    } catch (const transport::AddressInUse& e) {
      std::cerr << "openclaw: " << e.what() << " (EADDRINUSE)\n"
                << "  stop it first, pass --force to stop it, or choose another --port\n";
      log.Error("gateway", e.what());
      return kExitFailure;
    }
    std::cout << "openclaw gateway " << kVersion << " listening on ws://"
              << settings.listen_hosts.front() << ":" << gateway->port() << " (pid " << ::getpid()
              << ", " << gateway->thread_count() << " threads)\n"
              << std::flush;

    std::optional<std::string> restart_reason;
    while (!restart_reason) {
      timespec wait{0, 100 * 1000 * 1000};
      int sig = sigtimedwait(&signals, nullptr, &wait);
      if (sig == SIGTERM || sig == SIGINT) {
        log.Info("gateway",
                 std::string("received ") + (sig == SIGTERM ? "SIGTERM" : "SIGINT") + ": stopping");
        gateway->Shutdown("gateway stopping");
        return kExitOk;
      }
      if (sig == SIGUSR1) restarts.RequestNow("SIGUSR1");
      if (sig == SIGUSR2) restarts.RequestNow("SIGUSR2");
      restart_reason = restarts.Due();
    }
    log.Info("gateway", "restarting in process: " + *restart_reason);
    gateway->Shutdown("gateway restarting", 1500);
    gateway.reset();
    // Reload; a config that became invalid keeps the last accepted one.
    try {
      config::Environment fresh_env = ctx.env();
      auto reloaded = config::LoadConfig(ctx.paths(), fresh_env);
      auto resettled = config::ResolveGatewaySettings(o.flags, fresh_env, ctx.paths(), reloaded,
                                                      config::DetectHost());
      resettled.port = settings.port;  // the same port, as the clients expect
      loaded = std::move(reloaded);
      settings = std::move(resettled);
    } catch (const std::exception& e) {
      log.Warn("gateway", std::string("config reload skipped (invalid config): ") + e.what());
    }
  }
}

}  // namespace

CLI::App& AddGatewayCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<GatewayCommandOptions>();
  auto* gateway =
      app.add_subcommand("gateway", "Run the gateway in the foreground (same as `gateway run`)");
  auto* run = gateway->add_subcommand("run", "Run the gateway in the foreground");
  for (CLI::App* cmd : {gateway, run}) {
    cmd->add_option_function<std::string>(
        "--port", [o](const std::string& v) { o->flags.port = v; }, "Listen port");
    cmd->add_option_function<std::string>(
        "--bind", [o](const std::string& v) { o->flags.bind = v; },
        "loopback | lan | tailnet | auto | custom | an IPv4 address");
    cmd->add_option_function<std::string>(
        "--token", [o](const std::string& v) { o->flags.token = v; },
        "Shared token (default: gateway.auth.token, then OPENCLAW_GATEWAY_TOKEN)");
    cmd->add_option_function<std::string>(
        "--auth", [o](const std::string& v) { o->flags.auth = v; }, "none | token | password");
    cmd->add_option_function<std::string>(
        "--password", [o](const std::string& v) { o->flags.password = v; }, "Shared password");
    cmd->add_option_function<std::string>(
        "--password-file", [o](const std::string& v) { o->flags.password_file = v; },
        "Read the password from a file");
    cmd->add_option_function<std::string>(
        "--tailscale", [o](const std::string& v) { o->tailscale = v; },
        "off (serve and funnel are not supported yet)");
    cmd->add_flag("--allow-unconfigured", o->flags.allow_unconfigured,
                  "Start even without gateway.mode=local");
    cmd->add_flag("--force", o->force, "Stop whatever listens on the port first");
    cmd->add_flag("--verbose", o->verbose,
                  "Mirror debug logs to the console (the file level is unchanged)");
    cmd->callback([&action, o, cmd] {
      if (!cmd->get_subcommands().empty()) return;  // `gateway call …` etc. set their own action
      action = [o](CliContext& ctx) { return RunGateway(ctx, *o); };
    });
  }
  return *gateway;
}

}  // namespace gateway::cli
