// In-process restarts asked for over RPC (`gateway.restart.request`); implemented by whoever runs
// the gateway (server/app), which coalesces them and holds them to the cooldown.
#pragma once

#include <cstdint>
#include <string>

namespace gateway::domain {

struct RestartDecision {
  enum class Status { kScheduled, kCoalesced, kDeferred };
  Status status = Status::kScheduled;
  std::int64_t restart_expected_ms = 0;
};

class RestartRequests {
 public:
  virtual ~RestartRequests() = default;
  virtual RestartDecision Request(const std::string& reason) = 0;
};

}  // namespace gateway::domain
