#include "server/control/authenticator.hpp"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <cctype>

#include "gateway/proto/errors.hpp"
#include "gateway/proto/rpc.hpp"
#include "server/platform/text.hpp"

namespace gateway::control {
namespace {

proto::ErrorShape AuthError(const std::string& message, proto::AuthFailureCode code,
                            const std::string& reason, const std::string& next_step) {
  proto::AuthFailureDetails details;
  details.code = code;
  details.auth_reason = reason;
  details.can_retry_with_device_token = false;
  details.recommended_next_step = next_step;
  return proto::MakeError(proto::ErrorCode::kInvalidRequest, message, details);
}

// The parenthesised hint the reference adds, by kind of client (auth.md §5).
std::string Hint(const proto::ConnectParams& params, bool loopback, bool password) {
  const auto mode = params.client.mode;
  if (mode == proto::GatewayClientMode::kCli) {
    if (!loopback)
      return password ? "set gateway.remote.password to match gateway.auth.password"
                      : "set gateway.remote.token to match gateway.auth.token";
    return password ? "use this gateway's gateway.auth.password"
                    : "use this gateway's gateway.auth.token or pair the device";
  }
  if (mode == proto::GatewayClientMode::kUi || mode == proto::GatewayClientMode::kWebchat) {
    return password ? "open the dashboard URL and enter the password in Control UI settings"
                    : "open the dashboard URL and paste the token in Control UI settings";
  }
  return password ? "provide gateway auth password" : "provide gateway auth token";
}

// Past this many tracked clients a prune runs at once instead of once per window.
constexpr std::size_t kPruneAtClients = 4096;

// The limiter's key (auth.md §6): the client IP; browsers on loopback are bucketed per origin, so
// a hostile page's guesses do not lock out the user's own Control UI.
std::string BucketKey(const std::string& ip, bool loopback, const std::string& origin) {
  if (!loopback || origin.empty()) return ip;
  std::string normalized = platform::AsciiLower(origin);
  while (!normalized.empty() && normalized.back() == '/') normalized.pop_back();
  return ip + " " + normalized;
}

}  // namespace

void LogAuthFailure(logging::Logger& log, std::string_view via, const std::string& remote_ip,
                    const proto::ErrorShape& error) {
  std::string reason = error.code;
  if (error.details && error.details->is_object()) {
    reason = error.details->value("authReason", error.details->value("code", reason));
  }
  log.Warn("auth", std::string(via) + " from " + remote_ip + " refused: " + reason);
}

bool SecretsEqual(const std::string& a, const std::string& b) {
  unsigned char da[SHA256_DIGEST_LENGTH], db[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(a.data()), a.size(), da);
  SHA256(reinterpret_cast<const unsigned char*>(b.data()), b.size(), db);
  return CRYPTO_memcmp(da, db, sizeof da) == 0;
}

Authenticator::Authenticator(config::AuthMode mode, std::optional<std::string> token,
                             std::optional<std::string> password, RateLimit limit)
    : mode_(mode), token_(std::move(token)), password_(std::move(password)), limit_(limit) {}

void Authenticator::Update(std::optional<std::string> token, std::optional<std::string> password,
                           RateLimit limit) {
  std::lock_guard lock(mutex_);
  token_ = std::move(token);
  password_ = std::move(password);
  limit_ = limit;
}

bool Authenticator::LockedOut(const std::string& key, std::int64_t now_ms,
                              std::int64_t& retry_after_ms) {
  auto it = buckets_.find(key);
  if (it == buckets_.end() || it->second.locked_until <= now_ms) return false;
  retry_after_ms = it->second.locked_until - now_ms;
  return true;
}

void Authenticator::RecordFailure(const std::string& key, std::int64_t now_ms) {
  if (now_ms - last_prune_ms_ >= limit_.window_ms || buckets_.size() >= kPruneAtClients)
    Prune(now_ms);
  Bucket& bucket = buckets_[key];
  bucket.failures.push_back(now_ms);
  while (!bucket.failures.empty() && bucket.failures.front() <= now_ms - limit_.window_ms)
    bucket.failures.pop_front();
  if (static_cast<int>(bucket.failures.size()) >= limit_.max_attempts) {
    bucket.locked_until = now_ms + limit_.lockout_ms;
    bucket.failures.clear();
  }
}

void Authenticator::Prune(std::int64_t now_ms) {
  last_prune_ms_ = now_ms;
  std::erase_if(buckets_, [&](const auto& item) {
    const Bucket& bucket = item.second;
    return bucket.locked_until <= now_ms &&
           (bucket.failures.empty() || bucket.failures.back() <= now_ms - limit_.window_ms);
  });
}

std::size_t Authenticator::tracked_clients() {
  std::lock_guard lock(mutex_);
  return buckets_.size();
}

std::optional<AuthFailure> Authenticator::Check(const proto::ConnectParams& params,
                                                const std::string& remote_ip, bool loopback,
                                                const std::string& origin, std::int64_t now_ms) {
  const bool has_origin = !origin.empty();
  if (mode_ == config::AuthMode::kNone) return std::nullopt;
  const bool password_mode = mode_ == config::AuthMode::kPassword;
  // Either wire field may carry the secret; the one matching the mode wins when both are sent.
  std::optional<std::string> provided;
  if (params.auth) {
    const auto& primary = password_mode ? params.auth->password : params.auth->token;
    const auto& other = password_mode ? params.auth->token : params.auth->password;
    provided = primary ? primary : other;
  }
  if (!provided) {
    AuthFailure f;
    f.error = proto::MakeError(proto::ErrorCode::kNotPaired, "device identity required",
                               proto::DeviceIdentityRequiredDetails{});
    return f;
  }
  const std::string hint = " (" + Hint(params, loopback, password_mode) + ")";
  std::lock_guard lock(mutex_);  // the secrets and limits can be rotated by a config reload
  const auto& expected = password_mode ? password_ : token_;
  if (!expected) {
    return AuthFailure{
        password_mode
            ? AuthError("unauthorized: gateway password not configured on gateway (set "
                        "gateway.auth.password)",
                        proto::AuthFailureCode::kAuthPasswordNotConfigured,
                        "password_missing_config", "update_auth_configuration")
            : AuthError(
                  "unauthorized: gateway token not configured on gateway (set gateway.auth.token)",
                  proto::AuthFailureCode::kAuthTokenNotConfigured, "token_missing_config",
                  "update_auth_configuration"),
        false};
  }
  const bool limited = !(loopback && limit_.exempt_loopback && !has_origin);
  const std::string key = BucketKey(remote_ip, loopback, origin);
  std::int64_t retry_after = 0;
  if (limited && LockedOut(key, now_ms, retry_after)) {
    AuthFailure f{
        AuthError("unauthorized: too many failed authentication attempts (retry later)",
                  proto::AuthFailureCode::kAuthRateLimited, "rate_limited", "wait_then_retry"),
        false};
    f.error.retryable = true;
    f.error.retry_after_ms = retry_after;
    return f;
  }
  if (SecretsEqual(*provided, *expected)) {
    buckets_.erase(key);
    return std::nullopt;
  }
  if (limited) RecordFailure(key, now_ms);
  return AuthFailure{password_mode ? AuthError("unauthorized: gateway password mismatch" + hint,
                                               proto::AuthFailureCode::kAuthPasswordMismatch,
                                               "password_mismatch", "update_auth_credentials")
                                   : AuthError("unauthorized: gateway token mismatch" + hint,
                                               proto::AuthFailureCode::kAuthTokenMismatch,
                                               "token_mismatch", "update_auth_credentials"),
                     true};
}

}  // namespace gateway::control
