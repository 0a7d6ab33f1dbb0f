// A real run engine for service tests: the outbound HTTP client, a provider registry built from a
// `models` JSON object (a stand-in provider's base URL), timers, the failover runner, the turn
// planner and the engine over the test's session store.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "gateway/proto/config_openclaw.hpp"
#include "server/config/live_config.hpp"
#include "server/domain/runs/run_engine.hpp"
#include "server/domain/runs/turn_planner.hpp"
#include "server/providers/failover_stream.hpp"
#include "server/providers/provider_registry.hpp"
#include "server/providers/provider_settings.hpp"
#include "server/runtime/timer_queue.hpp"
#include "server/services/agent/run_access.hpp"
#include "server/transport/http_client.hpp"

namespace gateway::testing {

inline providers::ModelsConfig ModelsOf(const proto::OpenClawConfig& config) {
  const nlohmann::json models = config.models ? proto::Write(*config.models) : nlohmann::json();
  auto parsed = providers::ParseModelsConfig(
      models, [](const nlohmann::json& value, const std::string&) -> std::optional<std::string> {
        if (value.is_string()) return value.get<std::string>();
        return std::nullopt;
      });
  if (!parsed) throw std::runtime_error(parsed.error());
  return std::move(*parsed);
}

// A config as the gateway holds it, for services built directly from a typed config.
inline config::LoadedConfig LoadedOf(const proto::OpenClawConfig& typed) {
  config::LoadedConfig loaded;
  loaded.typed = typed;
  loaded.effective = proto::Write(typed);
  return loaded;
}

struct RunStack {
  RunStack(const proto::OpenClawConfig& config, domain::sessions::SessionStore& store,
           runtime::Executor& blocking, rpc::Subscriptions& subscriptions,
           const std::filesystem::path& workspace)
      : config(LoadedOf(config)),
        models(client, ModelsOf(config), [](const std::string&) { return std::nullopt; }),
        failover(models, timers,
                 {.limits = {.base_delay = std::chrono::milliseconds(20),
                             .max_delay = std::chrono::milliseconds(200)},
                  .jitter = [] { return 0.0; }}),
        planner(this->config, workspace, workspace.parent_path()),
        engine({.store = store,
                .registry = models,
                .models = failover,
                .timers = timers,
                .blocking = blocking,
                .planner = planner}),
        access{.engine = engine,
               .subscriptions = subscriptions,
               .timers = timers,
               .config = this->config} {}

  ~RunStack() {
    engine.Shutdown();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (engine.running() > 0 && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  }

  config::LiveConfig config;
  runtime::TimerQueue timers{"test-timers"};
  transport::HttpClient client;
  providers::ProviderRegistry models;
  providers::FailoverRunner failover;
  domain::runs::TurnPlanner planner;
  domain::runs::RunEngine engine;
  services::RunAccess access;
};

}  // namespace gateway::testing
