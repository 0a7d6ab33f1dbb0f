#include "server/domain/sessions/reset_policy.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>

#include "server/domain/sessions/transcript.hpp"

using namespace gateway::domain::sessions;

namespace {

// Sets the process time zone for a test and restores it after.
class ScopedTimeZone {
 public:
  explicit ScopedTimeZone(const char* tz) {
    if (const char* old = std::getenv("TZ")) old_ = old;
    setenv("TZ", tz, 1);
    tzset();
  }
  ~ScopedTimeZone() {
    if (old_) {
      setenv("TZ", old_->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }

 private:
  std::optional<std::string> old_;
};

std::int64_t At(const char* iso) { return ParseIsoTimestamp(iso).value(); }

constexpr std::int64_t kMinute = 60000;

}  // namespace

TEST_CASE("Reset policy: resolution of reset, resetByType and resetByChannel",
          "[sessions][reset]") {
  ResetConfig config;
  SECTION("no session.reset means none") {
    CHECK(ResolveResetPolicy(config, SessionType::kDirect, std::nullopt).mode == ResetMode::kNone);
  }
  SECTION("a policy object without mode means daily, atHour 4") {
    config.reset = ResetPolicyConfig{};
    const auto policy = ResolveResetPolicy(config, SessionType::kDirect, std::nullopt);
    CHECK(policy.mode == ResetMode::kDaily);
    CHECK(policy.at_hour == 4);
    CHECK(policy.idle_minutes == 0);
  }
  SECTION("atHour is clamped") {
    config.reset = ResetPolicyConfig{ResetMode::kDaily, 30, std::nullopt};
    CHECK(ResolveResetPolicy(config, SessionType::kDirect, std::nullopt).at_hour == 23);
    config.reset = ResetPolicyConfig{ResetMode::kDaily, -2, std::nullopt};
    CHECK(ResolveResetPolicy(config, SessionType::kDirect, std::nullopt).at_hour == 0);
  }
  SECTION("a type override without mode inherits the base mode, daily over none") {
    config.reset = ResetPolicyConfig{ResetMode::kIdle, std::nullopt, 30};
    config.by_type_group = ResetPolicyConfig{std::nullopt, std::nullopt, 90};
    auto group = ResolveResetPolicy(config, SessionType::kGroup, std::nullopt);
    CHECK(group.mode == ResetMode::kIdle);
    CHECK(group.idle_minutes == 90);
    CHECK(ResolveResetPolicy(config, SessionType::kDirect, std::nullopt).idle_minutes == 30);
    config.reset = ResetPolicyConfig{ResetMode::kNone, std::nullopt, std::nullopt};
    group = ResolveResetPolicy(config, SessionType::kGroup, std::nullopt);
    CHECK(group.mode == ResetMode::kDaily);
    CHECK(ResolveResetPolicy(config, SessionType::kDirect, std::nullopt).mode == ResetMode::kNone);
  }
  SECTION("a type override without base") {
    config.by_type_thread = ResetPolicyConfig{ResetMode::kIdle, std::nullopt, 15};
    const auto thread = ResolveResetPolicy(config, SessionType::kThread, std::nullopt);
    CHECK(thread.mode == ResetMode::kIdle);
    CHECK(thread.idle_minutes == 15);
  }
  SECTION("resetByChannel replaces the rest") {
    config.reset = ResetPolicyConfig{ResetMode::kDaily, 6, 30};
    config.by_type_direct = ResetPolicyConfig{ResetMode::kIdle, std::nullopt, 5};
    config.by_channel["telegram"] = ResetPolicyConfig{std::nullopt, std::nullopt, std::nullopt};
    const auto telegram = ResolveResetPolicy(config, SessionType::kDirect, "telegram");
    CHECK(telegram.mode == ResetMode::kDaily);
    CHECK(telegram.at_hour == 4);  // not inherited from session.reset
    CHECK(telegram.idle_minutes == 0);
    const auto discord = ResolveResetPolicy(config, SessionType::kDirect, "discord");
    CHECK(discord.mode == ResetMode::kIdle);
    CHECK(discord.idle_minutes == 5);
    CHECK(discord.at_hour == 6);
  }
}

TEST_CASE("Reset policy: daily boundary clock cases", "[sessions][reset]") {
  ScopedTimeZone tz("UTC");
  const EffectiveResetPolicy daily{ResetMode::kDaily, 4, 0};
  SECTION("started after today's boundary: fresh") {
    CHECK(Evaluate(daily, {At("2026-03-10T04:00:00Z"), std::nullopt}, At("2026-03-10T23:59:00Z")) ==
          Freshness::kFresh);
  }
  SECTION("started just before today's boundary: stale once past it") {
    CHECK(Evaluate(daily, {At("2026-03-10T03:59:59Z"), std::nullopt}, At("2026-03-10T04:00:00Z")) ==
          Freshness::kStale);
    CHECK(Evaluate(daily, {At("2026-03-10T03:59:59Z"), std::nullopt},
                   At("2026-03-10T03:59:59.500Z")) == Freshness::kFresh);
  }
  SECTION("before 4 a.m. the boundary is yesterday's") {
    CHECK(Evaluate(daily, {At("2026-03-09T05:00:00Z"), std::nullopt}, At("2026-03-10T02:00:00Z")) ==
          Freshness::kFresh);
    CHECK(Evaluate(daily, {At("2026-03-09T03:00:00Z"), std::nullopt}, At("2026-03-10T02:00:00Z")) ==
          Freshness::kStale);
  }
  SECTION("atHour 0 and 23") {
    const EffectiveResetPolicy midnight{ResetMode::kDaily, 0, 0};
    CHECK(Evaluate(midnight, {At("2026-03-09T23:59:00Z"), std::nullopt},
                   At("2026-03-10T00:00:01Z")) == Freshness::kStale);
    const EffectiveResetPolicy late{ResetMode::kDaily, 23, 0};
    CHECK(Evaluate(late, {At("2026-03-09T23:30:00Z"), std::nullopt}, At("2026-03-10T22:59:00Z")) ==
          Freshness::kFresh);
  }
  SECTION("mode none never expires") {
    CHECK(Evaluate(EffectiveResetPolicy{}, {0, std::nullopt}, At("2030-01-01T00:00:00Z")) ==
          Freshness::kFresh);
  }
}

TEST_CASE("Reset policy: the daily boundary follows the host's local time", "[sessions][reset]") {
  ScopedTimeZone tz("America/New_York");
  const EffectiveResetPolicy daily{ResetMode::kDaily, 4, 0};
  // 04:00 EST = 09:00 UTC.
  CHECK(MostRecentDailyBoundary(At("2026-01-15T12:00:00Z"), 4) == At("2026-01-15T09:00:00Z"));
  CHECK(MostRecentDailyBoundary(At("2026-01-15T08:59:00Z"), 4) == At("2026-01-14T09:00:00Z"));
  // Across the DST start (2026-03-08 02:00 EST → 03:00 EDT): 04:00 EDT = 08:00 UTC.
  CHECK(MostRecentDailyBoundary(At("2026-03-08T12:00:00Z"), 4) == At("2026-03-08T08:00:00Z"));
  CHECK(Evaluate(daily, {At("2026-03-08T07:30:00Z"), std::nullopt}, At("2026-03-08T08:00:00Z")) ==
        Freshness::kStale);
}

TEST_CASE("Reset policy: idle expiry, and daily with idle (first expiry wins)",
          "[sessions][reset]") {
  ScopedTimeZone tz("UTC");
  const std::int64_t start = At("2026-03-10T10:00:00Z");
  const EffectiveResetPolicy idle{ResetMode::kIdle, 4, 30};
  SECTION("idle compares lastInteractionAt") {
    const SessionClock clock{start, start + 10 * kMinute};
    CHECK(Evaluate(idle, clock, start + 40 * kMinute) == Freshness::kFresh);
    CHECK(Evaluate(idle, clock, start + 40 * kMinute + 1) == Freshness::kStale);
  }
  SECTION("exactly at the limit is still fresh (stale when now > last + idle)") {
    CHECK(Evaluate(idle, {start, start}, start + 30 * kMinute) == Freshness::kFresh);
  }
  SECTION("without an interaction the session start counts") {
    CHECK(Evaluate(idle, {start, std::nullopt}, start + 31 * kMinute) == Freshness::kStale);
  }
  SECTION("idle mode without idleMinutes never expires") {
    CHECK(Evaluate(EffectiveResetPolicy{ResetMode::kIdle, 4, 0}, {start, start},
                   start + 1000 * kMinute) == Freshness::kFresh);
  }
  SECTION("daily with idle: idle first") {
    const EffectiveResetPolicy both{ResetMode::kDaily, 4, 30};
    CHECK(Evaluate(both, {start, start}, start + 31 * kMinute) == Freshness::kStale);
  }
  SECTION("daily with idle: daily first") {
    const EffectiveResetPolicy both{ResetMode::kDaily, 4, 600};
    const std::int64_t late = At("2026-03-10T03:50:00Z");
    CHECK(Evaluate(both, {late, late}, At("2026-03-10T04:05:00Z")) == Freshness::kStale);
    CHECK(Evaluate(both, {late, late}, At("2026-03-10T03:59:00Z")) == Freshness::kFresh);
  }
  SECTION("the config-level convenience") {
    ResetConfig config;
    config.reset = ResetPolicyConfig{ResetMode::kIdle, std::nullopt, 30};
    CHECK(Evaluate(config, SessionType::kDirect, std::nullopt, {start, start},
                   start + 31 * kMinute) == Freshness::kStale);
  }
}
