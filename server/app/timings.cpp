#include "server/app/timings.hpp"

#include <charconv>

namespace gateway::app {
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
  t.channels.poll_timeout_s = static_cast<int>(
      EnvPositive(env, "OPENCLAW_TEST_TELEGRAM_POLL_TIMEOUT_S", t.channels.poll_timeout_s));
  t.channels.retry_min = EnvMs(env, "OPENCLAW_TEST_CHANNEL_RETRY_MS", t.channels.retry_min);
  t.channels.restart_min = EnvMs(env, "OPENCLAW_TEST_CHANNEL_RESTART_MS", t.channels.restart_min);
  return t;
}

}  // namespace gateway::app
