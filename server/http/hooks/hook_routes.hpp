// The hook routes (http.md §7): one POST prefix route at hooks.path with the hook-token auth and
// the 256 KiB body limit; <base>/wake and <base>/agent, then <base>/<name> through
// hooks.mappings (first match; none → 404; a mapping without an action → 204). Registered by
// app::Gateway at hooks.path; served while hooks are on — the settings (enabled, token, policies,
// mappings) follow the live config; while they are off the path answers as if there were no
// route.
#pragma once

#include <memory>

#include "server/config/live_config.hpp"
#include "server/http/hooks/hook_context.hpp"
#include "server/http/routes.hpp"
#include "server/runtime/shared_snapshot.hpp"

namespace gateway::http::hooks {

struct HookDependencies {
  const config::LiveConfig& config;
  domain::runs::RunEngine& engine;
  domain::SystemEventQueue& system_events;
  services::RunEventTargets events;
  logging::Logger& log;
};

class HookRoutes {
 public:
  // `settings` nullopt: hooks are off for now.
  HookRoutes(HookDependencies deps, std::string base_path, std::optional<HookSettings> settings);
  // The routes refer to this object: it must outlive `routes`' use.
  void Register(Routes& routes);
  // A config change applied live; nullopt: hooks are off now. The base path stays the one
  // registered (hooks.path changes need a restart).
  void SetSettings(std::optional<HookSettings> settings);

 private:
  void Handle(const std::shared_ptr<transport::HttpExchange>& exchange);
  void Mapped(const HookContext& context, const std::shared_ptr<transport::HttpExchange>& exchange,
              std::string_view name, const nlohmann::json& body);

  HookDependencies deps_;
  const std::string base_path_;
  runtime::SharedSnapshot<HookSettings> settings_;  // null: hooks are off
};

}  // namespace gateway::http::hooks
