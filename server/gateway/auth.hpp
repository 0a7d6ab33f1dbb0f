// Shared-secret authentication of `connect` (spec/auth.md §1, §5, §6): which configured secret is
// checked, constant-time comparison, the exact failure errors, and the failed-attempt limiter.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <deque>

#include "gateway/proto/frames.hpp"
#include "server/config/gateway_settings.hpp"

namespace gateway::server {

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
  Authenticator(config::AuthMode mode, std::optional<std::string> token, std::optional<std::string> password,
                RateLimit limit);

  // nullopt when the connect's credentials are accepted. `now_ms` drives the limiter.
  std::optional<AuthFailure> Check(const proto::ConnectParams& params, const std::string& remote_ip, bool loopback,
                                   bool has_origin, std::int64_t now_ms);
  config::AuthMode mode() const { return mode_; }

 private:
  bool LockedOut(const std::string& ip, std::int64_t now_ms, std::int64_t& retry_after_ms);
  void RecordFailure(const std::string& ip, std::int64_t now_ms);

  config::AuthMode mode_;
  std::optional<std::string> token_;
  std::optional<std::string> password_;
  RateLimit limit_;
  std::mutex mutex_;
  struct Bucket {
    std::deque<std::int64_t> failures;
    std::int64_t locked_until = 0;
  };
  std::map<std::string, Bucket> buckets_;
};

// Compares secrets in time independent of where they differ (and of their lengths).
bool SecretsEqual(const std::string& a, const std::string& b);

}  // namespace gateway::server
