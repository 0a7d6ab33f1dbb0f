// The composition root: builds the domain objects, services, dispatcher, control plane, HTTP
// routes and transport of one gateway, and owns start and stop. A new domain is one more member
// and one more constructor argument of the dispatcher here.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "gateway/proto/dispatcher.hpp"
#include "server/app/timings.hpp"
#include "server/channels/channel_manager.hpp"
#include "server/channels/outbound.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/config/live_config.hpp"
#include "server/config/loader.hpp"
#include "server/config/paths.hpp"
#include "server/control/approval_clients.hpp"
#include "server/control/authenticator.hpp"
#include "server/control/connection_registry.hpp"
#include "server/control/control_plane.hpp"
#include "server/control/event_bus.hpp"
#include "server/control/handshake.hpp"
#include "server/control/request_pipeline.hpp"
#include "server/domain/health/health_monitor.hpp"
#include "server/domain/presence/presence_store.hpp"
#include "server/domain/runs/run_engine.hpp"
#include "server/domain/runs/turn_planner.hpp"
#include "server/domain/sessions/session_store.hpp"
#include "server/domain/state_versions.hpp"
#include "server/domain/system/applied_config.hpp"
#include "server/domain/system/gateway_info.hpp"
#include "server/domain/system/restart_requests.hpp"
#include "server/domain/system/system_event_queue.hpp"
#include "server/domain/tools/exec/process_sessions.hpp"
#include "server/domain/tools/tool_registry.hpp"
#include "server/http/embeddings/embeddings_route.hpp"
#include "server/http/hooks/hook_routes.hpp"
#include "server/http/hooks/hook_settings.hpp"
#include "server/http/openai/openai_routes.hpp"
#include "server/http/routes.hpp"
#include "server/logging/logger.hpp"
#include "server/platform/identity.hpp"
#include "server/providers/failover_stream.hpp"
#include "server/providers/provider_registry.hpp"
#include "server/runtime/thread_pool.hpp"
#include "server/runtime/timer_queue.hpp"
#include "server/services/agent/agent_service.hpp"
#include "server/services/approvals/approvals_service.hpp"
#include "server/services/channels/channels_service.hpp"
#include "server/services/chat/chat_service.hpp"
#include "server/services/config/config_service.hpp"
#include "server/services/outbound/outbound_service.hpp"
#include "server/services/scope_resolvers.hpp"
#include "server/services/sessions/sessions_service.hpp"
#include "server/services/system/system_service.hpp"
#include "server/services/tools/tools_service.hpp"
#include "server/transport/http_client.hpp"
#include "server/transport/transport.hpp"

namespace gateway::app {

struct GatewayOptions {
  config::GatewaySettings settings;
  config::LoadedConfig config;
  config::Paths paths;
  Timings timings;
  std::string version;
  int threads = 0;  // I/O threads; 0 = one per core
  // Where gateway.restart.request goes; null: restarts over RPC are refused.
  domain::RestartRequests* restarts = nullptr;
  // What the config watcher last concluded, for `status`; null: no watcher (tests, tools).
  const domain::ConfigReloadState* config_reload = nullptr;
};

class Gateway {
 public:
  Gateway(GatewayOptions options, logging::Logger& log);
  ~Gateway();
  Gateway(const Gateway&) = delete;
  Gateway& operator=(const Gateway&) = delete;

  // Binds and starts serving; throws transport::AddressInUse.
  void Start();
  // A config reload whose changes all apply live (config::AppliesLive): the next request, turn
  // and connection see `next`; models, hooks, channels, the HTTP settings and auth get their new
  // values at once. When a shared secret changed, sockets that authenticated with one are closed
  // with 4001 "gateway auth changed" (auth.md) and must reconnect. Blocks briefly (channel
  // accounts stopping): the caller is the run loop, not an I/O thread.
  void ApplyLiveConfig(config::LoadedConfig next, const config::GatewaySettings& settings,
                       bool secrets_changed);
  // The config file's revision as appliedConfigHash reports it (nullopt: no readable file), and
  // the revision now in effect after a change applied live.
  static std::optional<std::string> ConfigFileRevision(const config::Paths& paths);
  void ConfigApplied(std::optional<std::string> revision);
  int port() const;
  int thread_count() const;
  const config::GatewaySettings& settings() const { return options_.settings; }
  // Broadcasts `shutdown`, closes every socket with 1012 "service restart", stops the transport.
  void Shutdown(const std::string& reason,
                std::optional<std::int64_t> restart_expected_ms = std::nullopt);
  std::size_t connection_count() const { return registry_.size(); }
  domain::sessions::SessionStore& session_store() { return *sessions_; }
  domain::runs::RunEngine& run_engine() { return runs_; }
  // Its accounts run after Start unless OPENCLAW_SKIP_CHANNELS=1.
  channels::ChannelManager& channels() { return *channels_; }

 private:
  void RunAfter(std::chrono::milliseconds delay, std::function<void()> task);
  void ApplyLiveAuth(const config::GatewaySettings& settings, const proto::OpenClawConfig& config,
                     bool secrets_changed);
  // /v1/embeddings' providers per agent (empty while the endpoints are off).
  http::embeddings::EmbeddingTargets EmbeddingTargetsFor(const config::LoadedConfig& loaded);
  services::RunAccess RunAccessOf();
  void OnTick();
  // Aborts the runs (their partial replies are stored), waits briefly for them to settle.
  void StopRuns();
  // Waits until every acknowledged session write is on disk, then stops the store's threads.
  void CloseSessions();
  void StartChannels();
  void StopChannels();

  const GatewayOptions options_;
  logging::Logger& log_;
  // The config in effect: options_.config at start, replaced by changes that apply live.
  config::LiveConfig config_;

  // Below the control plane: runtime and domain.
  runtime::ThreadPool blocking_;       // file reads and other blocking work of handlers
  runtime::ThreadPool sessions_pool_;  // the session store's writer strand and reads
  std::unique_ptr<domain::sessions::SessionStore> sessions_;
  domain::GatewayInfo info_;
  domain::StateVersions versions_;
  domain::AppliedConfigRevision applied_config_;
  control::ConnectionRegistry registry_;
  control::EventBus bus_{registry_};
  domain::PresenceStore presence_;
  domain::HealthMonitor health_;
  domain::SystemEventQueue system_events_;
  platform::GatewayIdentity identity_;
  control::Authenticator auth_;

  // Agent runs: model providers over the outbound HTTP client, the run engine.
  runtime::TimerQueue timers_{"gw-timers"};
  transport::HttpClient http_client_;
  providers::ProviderRegistry models_;
  providers::ProviderCooldowns cooldowns_;
  providers::FailoverRunner failover_;
  domain::runs::TurnPlanner planner_;
  // Agent tools block (files, fetches): they run on their own pool, never the handlers' one.
  runtime::ThreadPool tools_pool_;
  runtime::CancellationSource tools_shutdown_;          // stops tools invoked outside runs
  std::unique_ptr<domain::tools::ToolRegistry> tools_;  // the agent tools (the tool loop)
  // exec: running commands, the approvals document, pending approvals and who can answer them.
  domain::tools::ProcessSessions processes_{domain::tools::MaxOutputCharsFromEnv()};
  domain::tools::ApprovalsStore approvals_store_;
  control::ApprovalClients approval_clients_{registry_, bus_};
  domain::tools::ApprovalRegistry approval_registry_{approval_clients_, timers_};
  domain::runs::RunEngine runs_;

  // Chat channels (Telegram): turns through the run engine, their own store on their own pool.
  runtime::ThreadPool channels_pool_;
  std::unique_ptr<channels::ChannelManager> channels_;
  channels::Outbound outbound_{*channels_};  // send and poll

  // Services and dispatch.
  services::SystemService system_service_;
  services::SessionsService sessions_service_;
  services::ChannelsService channels_service_;
  services::OutboundService outbound_service_;
  services::ChatService chat_service_;
  services::AgentService agent_service_;
  services::ConfigService config_service_;
  services::ToolsService tools_service_;
  services::ApprovalsService approvals_service_;
  services::ScopeResolvers scope_resolvers_;
  proto::Dispatcher dispatcher_;

  // The edges.
  control::Handshake handshake_;
  control::RequestPipeline pipeline_;
  control::ControlPlane control_plane_;
  // hooks.* resolved (token included); nullopt: hooks are off.
  const std::optional<http::hooks::HookSettings> hook_settings_;
  http::Routes http_routes_;
  http::openai::OpenAiRoutes openai_routes_;
  std::unique_ptr<http::hooks::HookRoutes> hooks_;
  std::unique_ptr<http::embeddings::EmbeddingsRoute> embeddings_;
  std::unique_ptr<transport::Transport> transport_;
  std::shared_ptr<transport::Timer> tick_timer_;
  std::shared_ptr<transport::Timer> maintenance_timer_;  // session.maintenance passes
  bool stopped_ = false;
  bool sessions_closed_ = false;
  bool runs_stopped_ = false;
};

}  // namespace gateway::app
