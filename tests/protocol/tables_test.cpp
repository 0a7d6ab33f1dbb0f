// The generated tables carry the spec's method scopes, event flags, scopes and constants.
#include <catch2/catch.hpp>

#include "gateway/proto/protocol.hpp"

using namespace gateway::proto;

TEST_CASE("Tables: system methods with their role and scope (methods.md §1)",
          "[protocol][tables]") {
  struct Row {
    const char* method;
    std::optional<Scope> scope;
  };
  const Row rows[] = {{"health", std::nullopt},
                      {"status", Scope::kOperatorRead},
                      {"system-presence", Scope::kOperatorRead},
                      {"system-event", Scope::kOperatorAdmin},
                      {"last-heartbeat", Scope::kOperatorRead},
                      {"set-heartbeats", Scope::kOperatorAdmin},
                      {"logs.tail", Scope::kOperatorRead},
                      {"gateway.identity.get", Scope::kOperatorRead},
                      {"gateway.restart.request", Scope::kOperatorAdmin}};
  for (const auto& row : rows) {
    INFO(row.method);
    const MethodInfo* m = FindMethod(row.method);
    REQUIRE(m);
    CHECK(m->scope == row.scope);
    CHECK(m->scope_resolver.empty());
    CHECK_FALSE(m->two_phase);
  }
  CHECK(FindMethod("health")->role == std::nullopt);  // any role, no scope
  CHECK(FindMethod("status")->role == Role::kOperator);
  CHECK(FindMethod("system-event")->idempotency == Idempotency::kOptional);
  CHECK(FindMethod("connect") == nullptr);  // only valid as the first frame
  auto names = MethodNames();
  CHECK(std::is_sorted(names.begin(), names.end()));
}

TEST_CASE("Tables: events, receive scopes and flags (protocol.md §9)", "[protocol][tables]") {
  CHECK(FindEvent("connect.challenge")->pre_auth);
  CHECK(FindEvent("tick")->scope == std::nullopt);
  CHECK(FindEvent("health")->state_version);
  CHECK(FindEvent("health")->scope == std::nullopt);
  const EventInfo* presence = FindEvent("presence");
  REQUIRE(presence);
  CHECK(presence->scope == Scope::kOperatorRead);
  CHECK(presence->drop_if_slow);
  CHECK(presence->state_version);
  CHECK_FALSE(FindEvent("shutdown")->drop_if_slow);
}

TEST_CASE("Tables: scope implication (auth.md §4)", "[protocol][tables]") {
  CHECK(ScopeGrants(Scope::kOperatorAdmin, Scope::kOperatorPairing));
  CHECK(ScopeGrants(Scope::kOperatorAdmin, Scope::kOperatorTalkSecrets));
  CHECK(ScopeGrants(Scope::kOperatorWrite, Scope::kOperatorRead));
  CHECK(ScopeGrants(Scope::kOperatorWrite, Scope::kOperatorTalk));
  CHECK_FALSE(ScopeGrants(Scope::kOperatorWrite, Scope::kOperatorAdmin));
  CHECK_FALSE(ScopeGrants(Scope::kOperatorPairing, Scope::kOperatorRead));
  CHECK_FALSE(ScopeGrants(Scope::kOperatorRead, Scope::kOperatorWrite));
  const Scope held[] = {Scope::kOperatorPairing, Scope::kOperatorWrite};
  CHECK(ScopesGrant(held, Scope::kOperatorRead));
  CHECK(ParseScope("operator.talk.secrets") == Scope::kOperatorTalkSecrets);
  CHECK(ParseScope("operator.root") == std::nullopt);
}

TEST_CASE("Tables: version, limits and error codes (protocol.md §7, §10)", "[protocol][tables]") {
  CHECK(kProtocolVersion == 4);
  CHECK(kMinProtocolVersion == 3);
  CHECK(constants::kPreAuthMaxPayload == 65536);
  CHECK(constants::kMaxPayload == 26214400);
  CHECK(constants::kMaxBufferedBytes == 52428800);
  CHECK(constants::kTickIntervalMs == 30000);
  CHECK(constants::kHandshakeTimeoutMs == 15000);
  for (const char* code : {"INVALID_REQUEST", "FORBIDDEN", "UNAVAILABLE", "NOT_PAIRED",
                           "APPROVAL_NOT_FOUND", "NOT_LINKED", "AGENT_TIMEOUT"}) {
    INFO(code);
    CHECK(ParseErrorCode(code).has_value());
  }
  CHECK_FALSE(ParseErrorCode("INTERNAL").has_value());
}
