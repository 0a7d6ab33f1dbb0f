// What the hook routes work with: the config, the resolved hooks settings, the run engine, the
// system event queue and the event targets of the runs they start (WebSocket clients see hook
// runs like any other). `config` and `settings` are one request's snapshot.
#pragma once

#include "gateway/proto/config_openclaw.hpp"
#include "server/domain/runs/run_engine.hpp"
#include "server/domain/system/system_event_queue.hpp"
#include "server/http/hooks/hook_settings.hpp"
#include "server/logging/logger.hpp"
#include "server/services/agent/run_event_stream.hpp"

namespace gateway::http::hooks {

struct HookContext {
  const proto::OpenClawConfig& config;
  const HookSettings& settings;
  domain::runs::RunEngine& engine;
  domain::SystemEventQueue& system_events;
  services::RunEventTargets events;
  logging::Logger& log;
};

}  // namespace gateway::http::hooks
