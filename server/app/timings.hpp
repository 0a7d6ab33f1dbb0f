// Timings and limits of one gateway process; the tests shorten them through OPENCLAW_TEST_*
// variables (and the handshake through OPENCLAW_HANDSHAKE_TIMEOUT_MS, as the reference does).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

#include "server/channels/channel.hpp"
#include "server/config/environment.hpp"

namespace gateway::app {

struct Timings {
  std::chrono::milliseconds tick{30000};
  std::chrono::milliseconds handshake{15000};
  std::chrono::milliseconds ping{25000};
  std::chrono::milliseconds health_refresh{60000};
  std::chrono::milliseconds auth_failure_delay{260};
  std::chrono::milliseconds http_read_timeout{30000};
  std::chrono::milliseconds session_maintenance{3'600'000};  // first pass at start
  std::int64_t presence_ttl_ms = 300000;
  std::int64_t restart_cooldown_ms = 30000;
  std::int64_t exec_approval_timeout_ms = 1800000;  // a pending exec approval expires
  std::size_t max_buffered_bytes =
      52428800;                     // the transport's limit (hello-ok always shows the spec's)
  std::size_t max_connections = 0;  // OPENCLAW_GATEWAY_MAX_CONNECTIONS; 0: from the open-file limit
  channels::ChannelTimings channels;
  static Timings FromEnvironment(const config::Environment& env);
};

}  // namespace gateway::app
