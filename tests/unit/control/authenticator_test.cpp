// Shared-secret auth without sockets: the exact failure codes, the failed-attempt limiter's
// window and lockout, the loopback exemption and per-origin buckets for browsers.
#include "server/control/authenticator.hpp"

#include <catch2/catch.hpp>

#include "gateway/proto/errors.hpp"
#include "gateway/proto/protocol.hpp"

using namespace gateway;
using control::Authenticator;
using control::RateLimit;

namespace {

proto::ConnectParams WithToken(std::optional<std::string> token) {
  proto::ConnectParams params;
  params.client.mode = proto::GatewayClientMode::kCli;
  if (token) {
    params.auth.emplace();
    params.auth->token = std::move(token);
  }
  return params;
}

proto::AuthFailureCode CodeOf(const control::AuthFailure& failure) {
  return wire::Decode<proto::AuthFailureDetails>(*failure.error.details).code;
}

}  // namespace

TEST_CASE("Auth: the right token passes, a wrong or missing one is refused with its code",
          "[auth][control]") {
  Authenticator auth(config::AuthMode::kToken, std::string("secret"), std::nullopt, {});
  CHECK_FALSE(auth.Check(WithToken("secret"), "10.0.0.1", false, "", 0));
  auto wrong = auth.Check(WithToken("nope"), "10.0.0.1", false, "", 0);
  REQUIRE(wrong);
  CHECK(CodeOf(*wrong) == proto::AuthFailureCode::kAuthTokenMismatch);
  CHECK(wrong->delay);  // a wrong secret is answered after a pause
  // No secret and no device: the reference asks for a device identity.
  auto missing = auth.Check(WithToken(std::nullopt), "10.0.0.1", false, "", 0);
  REQUIRE(missing);
  CHECK(missing->error.code == proto::ToString(proto::ErrorCode::kNotPaired));
}

TEST_CASE("Auth: repeated failures lock a client out until the lockout ends", "[auth][control]") {
  RateLimit limit{.max_attempts = 3, .window_ms = 1000, .lockout_ms = 5000};
  Authenticator auth(config::AuthMode::kToken, std::string("secret"), std::nullopt, limit);
  for (int i = 0; i < 3; ++i) CHECK(auth.Check(WithToken("bad"), "10.0.0.9", false, "", 100 + i));
  auto locked = auth.Check(WithToken("secret"), "10.0.0.9", false, "", 200);
  REQUIRE(locked);  // even the right secret waits out the lockout
  CHECK(CodeOf(*locked) == proto::AuthFailureCode::kAuthRateLimited);
  CHECK(locked->error.retryable == true);
  CHECK(locked->error.retry_after_ms > 0);
  CHECK_FALSE(auth.Check(WithToken("secret"), "10.0.0.8", false, "", 200));  // others unaffected
  CHECK_FALSE(auth.Check(WithToken("secret"), "10.0.0.9", false, "", 200 + 5000));
}

TEST_CASE("Auth: failures outside the window do not add up", "[auth][control]") {
  RateLimit limit{.max_attempts = 2, .window_ms = 1000, .lockout_ms = 5000};
  Authenticator auth(config::AuthMode::kToken, std::string("secret"), std::nullopt, limit);
  CHECK(auth.Check(WithToken("bad"), "10.0.0.9", false, "", 0));
  CHECK(auth.Check(WithToken("bad"), "10.0.0.9", false, "", 1500));
  CHECK_FALSE(auth.Check(WithToken("secret"), "10.0.0.9", false, "", 1600));
}

TEST_CASE("Auth: loopback is exempt, except browsers, which lock out per origin",
          "[auth][control]") {
  RateLimit limit{.max_attempts = 1, .window_ms = 60000, .lockout_ms = 60000};
  Authenticator auth(config::AuthMode::kToken, std::string("secret"), std::nullopt, limit);
  for (int i = 0; i < 5; ++i) CHECK(auth.Check(WithToken("bad"), "127.0.0.1", true, "", i));
  CHECK_FALSE(auth.Check(WithToken("secret"), "127.0.0.1", true, "", 10));  // CLI never locked

  CHECK(auth.Check(WithToken("bad"), "127.0.0.1", true, "https://evil.example", 20));
  auto locked = auth.Check(WithToken("secret"), "127.0.0.1", true, "https://EVIL.example/", 30);
  REQUIRE(locked);
  CHECK(CodeOf(*locked) == proto::AuthFailureCode::kAuthRateLimited);
  CHECK_FALSE(auth.Check(WithToken("secret"), "127.0.0.1", true, "http://localhost:18789", 30));
}

TEST_CASE("Auth: secrets compare by value whatever their lengths", "[auth][control]") {
  CHECK(control::SecretsEqual("abc", "abc"));
  CHECK_FALSE(control::SecretsEqual("abc", "abd"));
  CHECK_FALSE(control::SecretsEqual("abc", "abcd"));
  CHECK_FALSE(control::SecretsEqual("", "a"));
}
