#include "server/app/gateway.hpp"

#include <malloc.h>

#include <future>
#include <stdexcept>
#include <thread>

#include "server/app/session_maintenance.hpp"
#include "server/config/atomic_file.hpp"
#include "server/config/environment.hpp"
#include "server/config/secrets.hpp"
#include "server/domain/tools/web/web_fetch_tool.hpp"
#include "server/http/tools/tools_invoke_route.hpp"
#include "server/platform/ed25519.hpp"
#include "server/platform/ids.hpp"

namespace gateway::app {
namespace {

constexpr std::string_view kSubsystem = "gateway";
constexpr int kBlockingThreads = 2;
constexpr int kToolThreads = 4;
constexpr int kSessionThreads = 2;
constexpr int kChannelThreads = 1;

control::RateLimit RateLimitOf(const proto::OpenClawConfig& config) {
  control::RateLimit limit;
  if (!config.gateway || !config.gateway->auth || !config.gateway->auth->rate_limit) return limit;
  const auto& configured = *config.gateway->auth->rate_limit;
  limit.max_attempts = static_cast<int>(configured.max_attempts.value_or(limit.max_attempts));
  limit.window_ms = configured.window_ms.value_or(limit.window_ms);
  limit.lockout_ms = configured.lockout_ms.value_or(limit.lockout_ms);
  limit.exempt_loopback = configured.exempt_loopback.value_or(limit.exempt_loopback);
  return limit;
}

bool HasTrustedProxies(const proto::OpenClawConfig& config) {
  return config.gateway && config.gateway->trusted_proxies &&
         !config.gateway->trusted_proxies->empty();
}

platform::GatewayIdentity LoadIdentity(const config::Paths& paths) {
  config::EnsureStateDir(paths);  // 0700 when this is the first thing to create it
  return platform::GatewayIdentity::LoadOrCreate(paths.state_dir);
}

std::unique_ptr<domain::sessions::SessionStore> OpenSessions(const config::Paths& paths,
                                                             const proto::OpenClawConfig& config,
                                                             runtime::Executor& executor) {
  config::EnsureStateDir(paths);
  domain::sessions::StoreOptions store;
  store.path = domain::sessions::DefaultStorePath(paths.state_dir);
  store.archive_dir = store.path.parent_path() / "archive";
  const bool has_workspace =
      config.agents && config.agents->defaults && config.agents->defaults->workspace;
  store.cwd = has_workspace ? *config.agents->defaults->workspace
                            : (paths.state_dir / "workspace").string();
  auto opened = domain::sessions::SessionStore::Open(std::move(store), executor);
  if (!opened) throw std::runtime_error("cannot open the session store: " + opened.error());
  return std::move(*opened);
}

// models.providers with their credentials resolved; every resolved key (and the bundled providers'
// env keys) is masked in the log.
providers::ModelsConfig ModelsOf(const config::LoadedConfig& loaded, const config::Paths& paths,
                                 logging::Logger& log) {
  const auto env = config::Environment::FromProcess();
  auto resolve = [&](const nlohmann::json& value,
                     const std::string& key_path) -> std::optional<std::string> {
    try {
      auto secret = config::ResolveSecret(value, env, paths, key_path, loaded.unresolved);
      if (secret) log.AddSecret(*secret);
      return secret;
    } catch (const std::exception& error) {
      log.Error(kSubsystem, error.what());
      return std::nullopt;
    }
  };
  for (const auto& bundled : providers::BundledProviders()) {
    for (const auto& name : bundled.api_key_env) {
      if (auto value = env.Get(name); value && !value->empty()) log.AddSecret(*value);
    }
  }
  const auto models = loaded.effective.find("models");
  auto parsed = providers::ParseModelsConfig(
      models == loaded.effective.end() ? nlohmann::json() : *models, resolve);
  if (!parsed) {
    log.Error(kSubsystem, "models: " + parsed.error());
    return {};
  }
  return std::move(*parsed);
}

// protocol.md close codes: credentials rotated.
constexpr int kAuthChangedCloseCode = 4001;

domain::runs::RunEngineOptions RunOptions(logging::Logger& log) {
  domain::runs::RunEngineOptions options;
  options.log_warning = [&log](const std::string& text) { log.Warn("runs", text); };
  return options;
}

// What the gateway's own config loading saw: the process environment and the .env files.
config::Environment ConfigEnvironment(const config::Paths& paths) {
  auto env = config::Environment::FromProcess();
  config::LoadDotEnvFiles(paths, env);
  return env;
}

// hooks.* with hooks.token resolved (SecretRef, ${VAR}); nullopt when hooks are off or their
// settings are unusable (logged: the hook routes then stay closed).
std::optional<http::hooks::HookSettings> HookSettingsOf(const config::LoadedConfig& loaded,
                                                        const config::Paths& paths,
                                                        logging::Logger& log) {
  const auto& hooks = loaded.typed.hooks;
  if (!hooks || !hooks->enabled.value_or(false)) return std::nullopt;
  std::optional<std::string> token;
  if (hooks->token) {
    try {
      token = config::ResolveSecret(proto::Write(*hooks->token), ConfigEnvironment(paths), paths,
                                    "hooks.token", loaded.unresolved);
    } catch (const std::exception& error) {
      log.Error("hooks", std::string(error.what()) + ": hooks are off");
      return std::nullopt;
    }
  }
  if (token) log.AddSecret(*token);
  std::string problem;
  auto settings = http::hooks::HookSettingsOf(loaded.typed, token, &problem);
  if (!settings) {
    log.Error("hooks", settings.error() + ": hooks are off");
    return std::nullopt;
  }
  if (!problem.empty()) log.Warn("hooks", problem);
  return std::move(*settings);
}

// The core tools, with web_fetch unless tools.web.fetch.enabled is false.
std::unique_ptr<domain::tools::ToolRegistry> CreateTools(const proto::OpenClawConfig& config,
                                                         transport::HttpClient& http) {
  std::vector<std::unique_ptr<domain::tools::Tool>> extra;
  if (auto settings = domain::tools::web::WebFetchSettingsOf(config)) {
    extra.push_back(domain::tools::web::MakeWebFetchTool(std::move(*settings), http));
  }
  return domain::tools::ToolRegistry::CreateCore(std::move(extra));
}

}  // namespace

Gateway::Gateway(GatewayOptions options, logging::Logger& log)
    : options_(std::move(options)),
      log_(log),
      config_(options_.config),
      blocking_("gw-blocking", kBlockingThreads),
      sessions_pool_("gw-sessions", kSessionThreads),
      sessions_(OpenSessions(options_.paths, options_.config.typed, sessions_pool_)),
      info_(options_.version),
      presence_(domain::GatewaySelfEntry(options_.version),
                {.ttl_ms = options_.timings.presence_ttl_ms, .max_entries = 200}, versions_, &bus_,
                [this](std::chrono::milliseconds delay, std::function<void()> task) {
                  RunAfter(delay, std::move(task));
                }),
      health_((options_.paths.state_dir / "agents/main/sessions").string(),
              options_.timings.health_refresh.count(), versions_, &bus_),
      identity_(LoadIdentity(options_.paths)),
      auth_(options_.settings.auth_mode, options_.settings.token, options_.settings.password,
            RateLimitOf(options_.config.typed)),
      models_(http_client_, ModelsOf(options_.config, options_.paths, log_)),
      failover_(models_, timers_, {.limits = {}, .jitter = {}, .cooldowns = &cooldowns_}),
      planner_(config_, options_.paths.workspace_dir, options_.paths.home),
      tools_pool_("gw-tools", kToolThreads),
      tools_(CreateTools(options_.config.typed, http_client_)),
      approvals_store_(domain::tools::ApprovalsStore::DefaultPath(options_.paths.state_dir)),
      runs_({.store = *sessions_,
             .registry = models_,
             .models = failover_,
             .timers = timers_,
             .blocking = tools_pool_,
             .planner = planner_,
             .tools = tools_.get(),
             .processes = &processes_,
             .approvals = &approvals_store_,
             .approval_registry = &approval_registry_,
             .approval_timeout_ms = options_.timings.exec_approval_timeout_ms},
            RunOptions(log_)),
      channels_pool_("gw-channels", kChannelThreads),
      channels_(std::make_unique<channels::ChannelManager>(
          channels::ChannelManagerDeps{.config = config_,
                                       .paths = options_.paths,
                                       .env = ConfigEnvironment(options_.paths),
                                       .http = http_client_,
                                       .runs = runs_,
                                       .timers = timers_,
                                       .storage = channels_pool_,
                                       .log = log_,
                                       .timings = options_.timings.channels})),
      system_service_({.info = info_,
                       .presence = presence_,
                       .health = health_,
                       .system_events = system_events_,
                       .identity = identity_,
                       .restarts = options_.restarts,
                       .state_dir = options_.paths.state_dir,
                       .sessions = sessions_.get(),
                       .config_reload = options_.config_reload}),
      sessions_service_({.store = *sessions_,
                         .subscriptions = bus_,
                         .config = config_,
                         .runs = RunAccessOf(),
                         .now_ms = {}}),
      channels_service_({.channels = *channels_, .config = config_, .now_ms = {}}),
      outbound_service_({.outbound = outbound_}),
      chat_service_({.store = *sessions_,
                     .config = config_,
                     .runs = RunAccessOf(),
                     .now_ms = {},
                     .outbound = &outbound_}),
      agent_service_({.runs = RunAccessOf(),
                      .models = models_,
                      .cooldowns = &cooldowns_,
                      .default_workspace = options_.paths.workspace_dir,
                      .home = options_.paths.home,
                      .outbound = &outbound_}),
      config_service_({.paths = options_.paths,
                       .env = ConfigEnvironment(options_.paths),
                       .running = config_,
                       .version = options_.version,
                       .now_ms = {},
                       .applied = &applied_config_,
                       .watched = options_.config_reload != nullptr}),
      tools_service_({.config = config_,
                      .tools = tools_.get(),
                      .executor = &tools_pool_,
                      .workspace = options_.paths.workspace_dir,
                      .shutdown = tools_shutdown_.token()}),
      approvals_service_({.registry = approval_registry_, .store = approvals_store_}),
      dispatcher_(agent_service_, approvals_service_, channels_service_, chat_service_,
                  config_service_, outbound_service_, sessions_service_, system_service_,
                  tools_service_, scope_resolvers_),
      handshake_({.paths = options_.paths,
                  .auth_mode = options_.settings.auth_mode,
                  .tick_interval = options_.timings.tick,
                  .auth_failure_delay = options_.timings.auth_failure_delay},
                 {.info = info_,
                  .presence = presence_,
                  .health = health_,
                  .versions = versions_,
                  .applied_config = &applied_config_},
                 registry_, auth_, log_,
                 [this](std::chrono::milliseconds delay, std::function<void()> task) {
                   RunAfter(delay, std::move(task));
                 }),
      pipeline_(dispatcher_, {.executor = &blocking_, .log = &log_, .publisher = &bus_}, log_),
      control_plane_(registry_, bus_, handshake_, pipeline_, presence_, log_),
      hook_settings_(HookSettingsOf(options_.config, options_.paths, log_)),
      http_routes_(
          {.trusted_proxies = HasTrustedProxies(options_.config.typed),
           .auth_failure_delay = options_.timings.auth_failure_delay,
           .hooks_token =
               hook_settings_ ? std::optional<std::string>(hook_settings_->token) : std::nullopt},
          info_, auth_, log_),
      openai_routes_({.config = config_, .runs = runs_, .auth_mode = options_.settings.auth_mode}) {
  if (options_.config.exists) applied_config_.Set(ConfigFileRevision(options_.paths));
  health_.SetChannelSource([this] { return services::ChannelsService::HealthOf(*channels_); });
  openai_routes_.AddTo(http_routes_);
  http::tools::RegisterToolsInvoke(http_routes_, {.config = config_,
                                                  .tools = *tools_,
                                                  .executor = tools_pool_,
                                                  .workspace = options_.paths.workspace_dir,
                                                  .shutdown = tools_shutdown_.token()});
  for (const auto& secret : {options_.settings.token, options_.settings.password}) {
    if (secret) log_.AddSecret(*secret);
  }
  if (auto base_path = http::hooks::HookBasePath(options_.config.typed)) {
    hooks_ = std::make_unique<http::hooks::HookRoutes>(
        http::hooks::HookDependencies{
            .config = config_,
            .engine = runs_,
            .system_events = system_events_,
            .events = {.publisher = bus_, .subscriptions = bus_, .timers = timers_},
            .log = log_},
        *base_path, hook_settings_);
    hooks_->Register(http_routes_);
    if (hook_settings_) log_.Info("hooks", "serving POST " + *base_path + "/*");
  }
  embeddings_ = std::make_unique<http::embeddings::EmbeddingsRoute>(
      http::embeddings::EmbeddingsDependencies{.config = config_,
                                               .auth_mode = options_.settings.auth_mode,
                                               .targets = EmbeddingTargetsFor(options_.config),
                                               .http = http_client_,
                                               .log = log_});
  embeddings_->Register(http_routes_);
}

http::embeddings::EmbeddingTargets Gateway::EmbeddingTargetsFor(
    const config::LoadedConfig& loaded) {
  if (!http::embeddings::EmbeddingsEnabled(loaded.typed)) return {};
  const auto env = ConfigEnvironment(options_.paths);
  auto resolve = [&](const nlohmann::json& value, const std::string& key_path) {
    auto secret = config::ResolveSecret(value, env, options_.paths, key_path, loaded.unresolved);
    if (secret) log_.AddSecret(*secret);
    return secret;
  };
  return http::embeddings::EmbeddingTargetsOf(loaded.typed, models_, resolve);
}

Gateway::~Gateway() {
  if (tick_timer_) tick_timer_->Cancel();
  if (maintenance_timer_) maintenance_timer_->Cancel();
  if (transport_) transport_->Stop();
  StopChannels();
  StopRuns();
  tools_shutdown_.Cancel();
  tools_pool_.Stop();
  blocking_.Stop();
  CloseSessions();
  timers_.Stop();
  // Finished runs keep their observers, which may hold HTTP exchanges of the transport: they go
  // before the transport does (it is the first member destroyed).
  runs_.ReleaseFinished();
}

services::RunAccess Gateway::RunAccessOf() {
  return {.engine = runs_, .subscriptions = bus_, .timers = timers_, .config = config_};
}

void Gateway::StopRuns() {
  if (runs_stopped_) return;
  runs_stopped_ = true;
  runs_.Shutdown();
  // Aborted runs store what they streamed; give them a moment before the store closes.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  while (runs_.running() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

void Gateway::StartChannels() {
  const auto env = config::Environment::FromProcess();
  if (env.Get("OPENCLAW_SKIP_CHANNELS").value_or("") == "1") {
    log_.Info("channels", "skipped (OPENCLAW_SKIP_CHANNELS=1)");
    return;
  }
  channels_->SetHttpListener(
      [this](const std::string& host, int port, transport::HttpHandler& handler) {
        return transport_->ListenHttp(host, port, handler);
      });
  channels_->Start();
}

// Before the runs stop: a turn aborted by the shutdown stays queued and is answered after the
// next start.
void Gateway::StopChannels() {
  if (channels_) channels_->Stop();
  channels_pool_.Stop();
}

void Gateway::CloseSessions() {
  if (!sessions_ || sessions_closed_) return;
  sessions_closed_ = true;
  auto flushed = std::make_shared<std::promise<void>>();
  auto done = flushed->get_future();
  sessions_->Flush([flushed] { flushed->set_value(); });
  if (done.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
    log_.Warn(kSubsystem, "session store flush timed out");
  }
  sessions_pool_.Stop();
}

void Gateway::RunAfter(std::chrono::milliseconds delay, std::function<void()> task) {
  // Before Start (no transport yet) a delayed task runs at once.
  if (!transport_) return task();
  transport_->RunAfter(delay, std::move(task));
}

void Gateway::Start() {
  // glibc raises its mmap threshold to the size of each large block freed, after which a 20 MB
  // message lives in the heap and RSS stays at its peak. A fixed threshold keeps large buffers
  // in their own mappings, returned to the system when freed.
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  transport::TransportOptions t;
  t.hosts = options_.settings.listen_hosts;
  t.port = options_.settings.port;
  t.threads = options_.threads;
  t.preauth_max_payload = static_cast<std::size_t>(proto::constants::kPreAuthMaxPayload);
  t.max_buffered_bytes = options_.timings.max_buffered_bytes;
  t.handshake_timeout = options_.timings.handshake;
  t.ping_interval = options_.timings.ping;
  t.max_connections = options_.timings.max_connections;
  t.http_read_timeout = options_.timings.http_read_timeout;
  t.report_error = [this](const std::string& text) { log_.Error("transport", text); };
  transport_ = transport::Transport::Create(t, control_plane_, http_routes_);
  transport_->Listen();
  transport_->Start();
  health_.Get(NowMs());
  runs_.MarkInterruptedTurns([this](std::size_t marked) {
    if (marked > 0) {
      log_.Warn("runs",
                std::to_string(marked) + " run(s) interrupted by the last stop were marked");
    }
  });
  tick_timer_ = transport_->RunEvery(options_.timings.tick, [this] { OnTick(); });
  StartChannels();
  RunSessionMaintenance(*sessions_, MaintenancePolicyOf(*config_.Typed()), log_);
  maintenance_timer_ = transport_->RunEvery(options_.timings.session_maintenance, [this] {
    RunSessionMaintenance(*sessions_, MaintenancePolicyOf(*config_.Typed()), log_);
  });
  log_.Info(kSubsystem, "listening on ws://" + options_.settings.listen_hosts.front() + ":" +
                            std::to_string(port()) + " (auth " +
                            std::string(config::ToString(options_.settings.auth_mode)) + ")");
}

void Gateway::ApplyLiveAuth(const config::GatewaySettings& settings,
                            const proto::OpenClawConfig& config, bool secrets_changed) {
  for (const auto& secret : {settings.token, settings.password}) {
    if (secret) log_.AddSecret(*secret);
  }
  auth_.Update(settings.token, settings.password, RateLimitOf(config));
  if (!secrets_changed) return;
  std::size_t closed = 0;
  for (const auto& client : registry_.Clients()) {
    const auto& auth = client->peer->connect.auth;
    if (!auth || (!auth->token && !auth->password)) continue;
    client->connection->Close(kAuthChangedCloseCode, "gateway auth changed");
    ++closed;
  }
  log_.Info(kSubsystem, "gateway auth changed: " + std::to_string(closed) +
                            " shared-secret connection(s) closed");
}

void Gateway::ApplyLiveConfig(config::LoadedConfig next, const config::GatewaySettings& settings,
                              bool secrets_changed) {
  ApplyLiveAuth(settings, next.typed, secrets_changed);
  http_routes_.SetTrustedProxies(HasTrustedProxies(next.typed));
  models_.Reconfigure(ModelsOf(next, options_.paths, log_));
  if (hooks_) {  // hooks.path is fixed at start (a restart-class change)
    auto hooks = HookSettingsOf(next, options_.paths, log_);
    http_routes_.SetHooksToken(hooks ? std::optional<std::string>(hooks->token) : std::nullopt);
    hooks_->SetSettings(std::move(hooks));
  }
  embeddings_->SetTargets(EmbeddingTargetsFor(next));
  config_.Replace(std::move(next));
  channels_->Reconfigure(ConfigEnvironment(options_.paths));
}

std::optional<std::string> Gateway::ConfigFileRevision(const config::Paths& paths) {
  try {
    if (auto bytes = config::ReadSnapshot(paths.config_path)) return platform::Sha256Hex(*bytes);
  } catch (const std::system_error&) {
  }
  return std::nullopt;
}

void Gateway::ConfigApplied(std::optional<std::string> revision) {
  applied_config_.Set(std::move(revision));
}

int Gateway::port() const { return transport_ ? transport_->port() : 0; }
int Gateway::thread_count() const { return transport_ ? transport_->thread_count() : 0; }

void Gateway::OnTick() {
  proto::TickEvent tick;
  tick.ts = NowMs();
  rpc::Emitter(bus_, rpc::Audience::Everyone())->Tick(tick);
  health_.Get(tick.ts);  // refreshes (and publishes) once the cached snapshot is stale
}

void Gateway::Shutdown(const std::string& reason, std::optional<std::int64_t> restart_expected_ms) {
  if (stopped_ || !transport_) return;
  stopped_ = true;
  transport_->StopAccepting();
  if (tick_timer_) tick_timer_->Cancel();
  if (maintenance_timer_) maintenance_timer_->Cancel();
  const std::string said = reason.empty() ? "gateway stopping" : reason;
  control_plane_.Shutdown(said, restart_expected_ms, std::chrono::seconds(2));
  transport_->Stop();
  StopChannels();
  StopRuns();
  tools_shutdown_.Cancel();
  tools_pool_.Stop();
  blocking_.Stop();
  CloseSessions();
  log_.Info(kSubsystem, "stopped (" + said + ")");
}

}  // namespace gateway::app
