// Shared-secret authentication of `connect` (spec/auth.md §1, §5, §6): which configured secret is
// checked, constant-time comparison, the exact failure errors, and the failed-attempt limiter.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "gateway/proto/frames.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/logging/logger.hpp"

namespace gateway::control {

struct RateLimit {
  int max_attempts = 10;
  std::int64_t window_ms = 60000;
  std::int64_t lockout_ms = 300000;
  bool exempt_loopback = true;
};

struct AuthFailure {
  proto::ErrorShape error;
  bool delay = false;  // answer after a short pause (a wrong secret), like the reference
};

class Authenticator {
 public:
  Authenticator(config::AuthMode mode, std::optional<std::string> token,
                std::optional<std::string> password, RateLimit limit);

  // nullopt when the connect's credentials are accepted. `origin` is the browser's Origin
  // header ("" for none). `now_ms` drives the limiter.
  std::optional<AuthFailure> Check(const proto::ConnectParams& params, const std::string& remote_ip,
                                   bool loopback, const std::string& origin, std::int64_t now_ms);
  config::AuthMode mode() const { return mode_; }
  // A config reload rotated the secrets or changed the limiter (the mode itself needs a restart);
  // failures on record stay.
  void Update(std::optional<std::string> token, std::optional<std::string> password,
              RateLimit limit);
  // Clients with failures or a lockout on record (for tests and diagnostics).
  std::size_t tracked_clients();

 private:
  bool LockedOut(const std::string& key, std::int64_t now_ms, std::int64_t& retry_after_ms);
  void RecordFailure(const std::string& key, std::int64_t now_ms);
  // Forgets clients whose failures have left the window and who are not locked out.
  void Prune(std::int64_t now_ms);

  config::AuthMode mode_;
  std::optional<std::string> token_;
  std::optional<std::string> password_;
  RateLimit limit_;
  std::mutex mutex_;
  struct Bucket {
    std::deque<std::int64_t> failures;
    std::int64_t locked_until = 0;
  };
  std::map<std::string, Bucket>
      buckets_;  // by client IP, or IP and origin for browsers on loopback
  std::int64_t last_prune_ms_ = 0;
};

// Logs a refused credential: where it came from and why, never what was presented.
void LogAuthFailure(logging::Logger& log, std::string_view via, const std::string& remote_ip,
                    const proto::ErrorShape& error);

// Compares secrets in time independent of where they differ (and of their lengths).
bool SecretsEqual(const std::string& a, const std::string& b);

}  // namespace gateway::control
