#include "server/app/config_reloader.hpp"

#include <algorithm>

#include "server/config/reload_plan.hpp"
#include "server/platform/ids.hpp"

namespace gateway::app {
namespace {

constexpr std::string_view kSubsystem = "config";

std::string Join(const std::vector<std::string>& paths) {
  std::string out;
  for (const auto& path : paths) out += (out.empty() ? "" : ", ") + path;
  return out;
}

bool ReloadOff(const proto::OpenClawConfig& config) {
  return config.gateway && config.gateway->reload && config.gateway->reload->mode &&
         *config.gateway->reload->mode == proto::ReloadMode::kOff;
}

}  // namespace

ConfigReloader::ConfigReloader(RunOptions& options, logging::Logger& log,
                               domain::ConfigReloadState& state, std::chrono::milliseconds settle)
    : options_(options),
      log_(log),
      state_(state),
      settle_(settle),
      watcher_({options.paths.config_path, options.paths.state_dir / ".env"}) {
  state_.SetMode(ReloadOff(options.config.typed) ? "off" : "hybrid");
}

std::optional<std::string> ConfigReloader::Poll(Gateway& gateway) {
  const auto now = std::chrono::steady_clock::now();
  if (watcher_.Changed()) changed_at_ = now;
  if (!changed_at_ || now - *changed_at_ < settle_) return std::nullopt;
  changed_at_.reset();
  return Evaluate(gateway);
}

std::optional<std::string> ConfigReloader::Evaluate(Gateway& gateway) {
  config::LoadedConfig candidate;
  config::GatewaySettings settings;
  try {
    config::Environment env = options_.environment();
    candidate = config::LoadConfig(options_.paths, env);
    settings = config::ResolveGatewaySettings(options_.flags, env, options_.paths, candidate,
                                              config::DetectHost());
    settings.port = options_.settings.port;
  } catch (const std::exception& error) {
    log_.Error(kSubsystem, std::string("config change not applied; still running on the last "
                                       "good config: ") +
                               error.what());
    state_.Failed(error.what(), NowMs());
    return std::nullopt;
  }
  const auto plan = config::PlanReload(options_.config.effective, candidate.effective);
  state_.SetMode(ReloadOff(candidate.typed) ? "off" : "hybrid");
  if (!plan.empty() && ReloadOff(candidate.typed)) {
    log_.Warn(kSubsystem, "config changed (" + Join(plan.changed) +
                              "); gateway.reload.mode is off: it applies at the next restart");
    state_.RestartPending(true);
    return std::nullopt;
  }
  if (!plan.restart.empty()) {
    state_.RestartPending(false);
    state_.Applied(NowMs());
    return "config change: " + Join(plan.restart);
  }
  const bool secrets_changed =
      settings.token != options_.settings.token || settings.password != options_.settings.password;
  gateway.ApplyLiveConfig(candidate, settings, secrets_changed);
  const bool logging_changed = std::any_of(plan.live.begin(), plan.live.end(), [](const auto& p) {
    return p == "logging" || p.starts_with("logging.");
  });
  if (logging_changed && options_.log_settings) {
    log_.Reconfigure(options_.log_settings(candidate.effective));
  }
  if (!plan.live.empty()) log_.Info(kSubsystem, "config change applied live: " + Join(plan.live));
  gateway.ConfigApplied(Gateway::ConfigFileRevision(options_.paths));
  state_.Applied(NowMs());
  options_.config = std::move(candidate);
  options_.settings = std::move(settings);
  return std::nullopt;
}

}  // namespace gateway::app
