#include "tools/openclaw/gateway_command.hpp"

#include <unistd.h>

#include <iostream>

#include "server/app/process_control.hpp"
#include "server/app/run_loop.hpp"
#include "server/config/gateway_settings.hpp"
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

logging::LogSettings GatewayLogSettings(CliContext& ctx, const nlohmann::json& effective,
                                        bool verbose) {
  logging::LogSettings settings = LogSettingsFrom(effective, ctx.paths());
  settings.verbose = verbose;
  settings.color = ctx.color();
  if (auto level = logging::ParseLevel(ctx.options().log_level))
    settings.file_level = settings.console_level = *level;
  return settings;
}

void StopListeners(int port, logging::Logger& log) {
  for (const auto& listener : app::FindListeners(port)) {
    if (listener.pid == ::getpid()) continue;
    std::cout << "--force: stopping pid " << listener.pid << " (" << listener.command
              << ") listening on port " << port << "\n";
    log.Warn("gateway", "--force stopped pid " + std::to_string(listener.pid) + " on port " +
                            std::to_string(port));
    if (!app::StopProcess(listener.pid, std::chrono::seconds(5))) {
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
  logging::Logger log(GatewayLogSettings(ctx, loaded.effective, o.verbose));
  for (const auto& n : loaded.notices) log.Info("config", n);
  for (const auto& w : loaded.warnings) log.Warn("config", w);
  app::RaiseFileLimit();
  if (o.force) StopListeners(settings.port, log);

  app::RunOptions run;
  run.flags = o.flags;
  run.paths = ctx.paths();
  run.environment = [&ctx] { return ctx.env(); };
  run.config = std::move(loaded);
  run.settings = settings;
  run.version = std::string(kVersion);
  run.log_settings = [&ctx, verbose = o.verbose](const nlohmann::json& effective) {
    return GatewayLogSettings(ctx, effective, verbose);
  };
  run.on_listening = [](const app::Gateway& gateway) {
    std::cout << "openclaw gateway " << kVersion << " listening on ws://"
              << gateway.settings().listen_hosts.front() << ":" << gateway.port() << " (pid "
              << ::getpid() << ", " << gateway.thread_count() << " threads)\n"
              << std::flush;
  };
  std::string error;
  if (app::RunGateway(std::move(run), log, error) == app::RunOutcome::kAddressInUse) {
    std::cerr << "openclaw: " << error << " (EADDRINUSE)\n"
              << "  stop it first, pass --force to stop it, or choose another --port\n";
    return kExitFailure;
  }
  return kExitOk;
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
