// Restart requests (gateway.restart.request, SIGUSR1/SIGUSR2) for the in-process restart loop:
// coalesced while one is due and held to the cooldown since the last restart.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "server/domain/system/restart_requests.hpp"

namespace gateway::app {

class RestartControl final : public domain::RestartRequests {
 public:
  explicit RestartControl(std::int64_t cooldown_ms) : cooldown_ms_(cooldown_ms) {}

  domain::RestartDecision Request(const std::string& reason) override;
  // A signal: due at once, whatever the cooldown.
  void RequestNow(const std::string& reason);
  // The reason of a restart that is due now (and clears it), or nullopt.
  std::optional<std::string> Due();

 private:
  std::mutex mutex_;
  std::int64_t cooldown_ms_;
  std::int64_t last_restart_ms_ = 0;
  std::optional<std::int64_t> due_at_ms_;
  std::string reason_;
};

}  // namespace gateway::app
