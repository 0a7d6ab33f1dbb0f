// State shared by the gateway core and its services: presence, health, events, identity, paths.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "gateway/proto/events.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/config/paths.hpp"
#include "server/gateway/event_bus.hpp"
#include "server/gateway/health.hpp"
#include "server/gateway/presence.hpp"
#include "server/logging/logger.hpp"

namespace gateway::server {

// Timings the tests may shorten through OPENCLAW_TEST_* variables (and handshake through
// OPENCLAW_HANDSHAKE_TIMEOUT_MS, as the reference does).
struct Timings {
  std::chrono::milliseconds tick{30000};
  std::chrono::milliseconds handshake{15000};
  std::chrono::milliseconds ping{25000};
  std::chrono::milliseconds health_refresh{60000};
  std::chrono::milliseconds auth_failure_delay{260};
  std::chrono::milliseconds http_read_timeout{30000};
  std::int64_t presence_ttl_ms = 300000;
  std::int64_t restart_cooldown_ms = 30000;
  std::size_t max_buffered_bytes =
      52428800;                     // the transport's limit (hello-ok always shows the spec's)
  std::size_t max_connections = 0;  // OPENCLAW_GATEWAY_MAX_CONNECTIONS; 0: from the open-file limit
  static Timings FromEnvironment(const config::Environment& env);
};

struct RestartDecision {
  std::string status;  // "scheduled" | "coalesced" | "deferred"
  std::int64_t restart_expected_ms = 0;
};

class GatewayState {
 public:
  GatewayState(std::string version, config::Paths paths, config::AuthMode auth_mode,
               Timings timings, logging::Logger& log);

  const std::string version;
  const std::string boot_id;
  const std::int64_t started_at_ms;
  const config::Paths paths;
  const config::AuthMode auth_mode;
  const Timings timings;
  logging::Logger& log;

  EventBus bus;
  proto::EventEmitter emit{bus};
  PresenceStore presence;
  HealthMonitor health;

  std::int64_t UptimeMs() const;
  proto::StateVersion CurrentStateVersion() const;
  // Broadcasts the presence list after a change, at once (system-event: one event per call, as
  // observed).
  void BroadcastPresence();
  // The same for connection churn: the first change goes out at once, later ones within a short
  // window share one broadcast of the latest list, so connect/disconnect loops cannot multiply
  // the fan-out.
  void BroadcastPresenceCoalesced();
  static constexpr std::chrono::milliseconds kPresenceCoalesceWindow{50};
  // Set by the gateway once its timers run: runs a task after a delay, off the caller's thread.
  std::function<void(std::chrono::milliseconds, std::function<void()>)> run_after;

  // Set by whoever runs the gateway: schedules an in-process restart.
  std::function<RestartDecision(const std::string& reason)> request_restart;

  void QueueSystemEvent(std::string text);
  std::vector<std::string> QueuedSystemEvents() const;

 private:
  void EmitPresence();

  std::chrono::steady_clock::time_point started_;
  std::mutex presence_broadcast_mutex_;
  bool presence_broadcast_pending_ = false;
  std::chrono::steady_clock::time_point last_presence_broadcast_{};
  mutable std::mutex events_mutex_;
  std::deque<std::string> queued_system_events_;
};

}  // namespace gateway::server
