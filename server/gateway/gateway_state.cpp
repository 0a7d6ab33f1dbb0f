#include "server/gateway/gateway_state.hpp"

#include <unistd.h>

#include <charconv>

#include "server/gateway/ids.hpp"

namespace gateway::server {
namespace {

std::int64_t EnvPositive(const config::Environment& env, const char* name, std::int64_t fallback) {
  auto value = env.GetNonEmpty(name);
  if (!value) return fallback;
  long long number = 0;
  auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), number);
  if (ec != std::errc() || end != value->data() + value->size() || number <= 0) return fallback;
  return number;
}

std::chrono::milliseconds EnvMs(const config::Environment& env, const char* name,
                                std::chrono::milliseconds fallback) {
  return std::chrono::milliseconds(EnvPositive(env, name, fallback.count()));
}

std::string HostName() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "localhost";
  return name;
}

proto::PresenceEntry SelfEntry(const std::string& version) {
  proto::PresenceEntry self;
  self.host = HostName();
  self.ip = "127.0.0.1";
  self.version = version;
  self.platform = "linux";
  self.device_family = "Linux";
  self.mode = "gateway";
  self.reason = "self";
  self.instance_id = NewUuid();
  self.text = "Gateway: " + *self.host + " (" + *self.ip + ") · app " + version +
              " · mode gateway · reason self";
  return self;
}

}  // namespace

Timings Timings::FromEnvironment(const config::Environment& env) {
  Timings t;
  t.handshake = EnvMs(env, "OPENCLAW_HANDSHAKE_TIMEOUT_MS", t.handshake);
  t.tick = EnvMs(env, "OPENCLAW_TEST_TICK_MS", t.tick);
  t.ping = EnvMs(env, "OPENCLAW_TEST_PING_INTERVAL_MS", t.ping);
  t.health_refresh = EnvMs(env, "OPENCLAW_TEST_HEALTH_REFRESH_MS", t.health_refresh);
  t.auth_failure_delay = EnvMs(env, "OPENCLAW_TEST_AUTH_DELAY_MS", t.auth_failure_delay);
  t.http_read_timeout = EnvMs(env, "OPENCLAW_TEST_HTTP_READ_TIMEOUT_MS", t.http_read_timeout);
  t.presence_ttl_ms = EnvPositive(env, "OPENCLAW_TEST_PRESENCE_TTL_MS", t.presence_ttl_ms);
  t.restart_cooldown_ms =
      EnvPositive(env, "OPENCLAW_TEST_RESTART_COOLDOWN_MS", t.restart_cooldown_ms);
  t.max_buffered_bytes = static_cast<std::size_t>(EnvPositive(
      env, "OPENCLAW_TEST_MAX_BUFFERED_BYTES", static_cast<std::int64_t>(t.max_buffered_bytes)));
  t.max_connections =
      static_cast<std::size_t>(EnvPositive(env, "OPENCLAW_GATEWAY_MAX_CONNECTIONS", 0));
  return t;
}

GatewayState::GatewayState(std::string version_in, config::Paths paths_in,
                           config::AuthMode auth_mode_in, Timings timings_in,
                           logging::Logger& log_in)
    : version(std::move(version_in)),
      boot_id(NewUuid()),
      started_at_ms(NowMs()),
      paths(std::move(paths_in)),
      auth_mode(auth_mode_in),
      timings(timings_in),
      log(log_in),
      presence(SelfEntry(version), timings.presence_ttl_ms, 200),
      health((paths.state_dir / "agents/main/sessions").string(), timings.health_refresh.count(),
             [this](const proto::HealthSnapshot& snapshot, std::int64_t health_version) {
               proto::StateVersion v;
               v.presence = presence.version();
               v.health = health_version;
               emit.Health(snapshot, v);
             }),
      started_(std::chrono::steady_clock::now()) {}

std::int64_t GatewayState::UptimeMs() const {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               started_)
      .count();
}

proto::StateVersion GatewayState::CurrentStateVersion() const {
  proto::StateVersion v;
  v.presence = presence.version();
  v.health = health.version();
  return v;
}

void GatewayState::BroadcastPresence() { EmitPresence(); }

void GatewayState::BroadcastPresenceCoalesced() {
  if (!run_after) return EmitPresence();
  const auto now = std::chrono::steady_clock::now();
  std::chrono::milliseconds wait{0};
  {
    std::lock_guard lock(presence_broadcast_mutex_);
    if (presence_broadcast_pending_) return;  // the one scheduled sends the latest state
    const auto since_last =
        std::chrono::duration_cast<std::chrono::milliseconds>(now - last_presence_broadcast_);
    if (since_last >= kPresenceCoalesceWindow) {
      last_presence_broadcast_ = now;
    } else {
      presence_broadcast_pending_ = true;
      wait = kPresenceCoalesceWindow - since_last;
    }
  }
  if (wait.count() == 0) return EmitPresence();
  run_after(wait, [this] {
    {
      std::lock_guard lock(presence_broadcast_mutex_);
      presence_broadcast_pending_ = false;
      last_presence_broadcast_ = std::chrono::steady_clock::now();
    }
    EmitPresence();
  });
}

void GatewayState::EmitPresence() {
  auto snapshot = presence.Read(NowMs());
  proto::PresenceEvent event;
  event.presence = std::move(snapshot.list);
  proto::StateVersion v;
  v.presence = snapshot.version;
  v.health = health.version();
  emit.Presence(event, v);
}

void GatewayState::QueueSystemEvent(std::string text) {
  std::lock_guard lock(events_mutex_);
  queued_system_events_.push_back(std::move(text));
  while (queued_system_events_.size() > 20) queued_system_events_.pop_front();
}

std::vector<std::string> GatewayState::QueuedSystemEvents() const {
  std::lock_guard lock(events_mutex_);
  return {queued_system_events_.begin(), queued_system_events_.end()};
}

}  // namespace gateway::server
