// Health without sockets: the snapshot is cached for the refresh interval, each rebuild bumps
// stateVersion.health and publishes a `health` event carrying both versions.
#include "server/domain/health/health_monitor.hpp"

#include <catch2/catch.hpp>

#include "tests/support/fakes.hpp"

using namespace gateway;

TEST_CASE("Health: cached for the refresh interval, rebuilt and published after it",
          "[health][domain]") {
  domain::StateVersions versions;
  versions.NextPresence();
  testing::RecordingPublisher publisher;
  domain::HealthMonitor health("/state/agents/main/sessions", 1000, versions, &publisher);
  auto first = health.Get(10000);
  CHECK(versions.health() == 1);
  CHECK(health.Get(10500) == first);  // cached: the same serialized snapshot
  CHECK(versions.health() == 1);
  auto second = health.Get(11000);
  CHECK(second != first);
  CHECK(versions.health() == 2);
  health.Get(11001, /*force=*/true);
  CHECK(versions.health() == 3);
  auto events = publisher.Named("health");
  REQUIRE(events.size() == 3);
  CHECK(events[0].state_version == nlohmann::json{{"presence", 1}, {"health", 1}});
  CHECK(events[2].state_version["health"] == 3);
  CHECK(events[0].payload["ok"] == true);
  CHECK(events[0].payload["ts"] == 10000);
}

TEST_CASE("Health: the heartbeat flag shows in the next snapshot", "[health][domain]") {
  domain::StateVersions versions;
  domain::HealthMonitor health("/s", 1000, versions, nullptr);
  CHECK(health.HeartbeatsEnabled());
  health.SetHeartbeatsEnabled(false);
  CHECK_FALSE(health.HeartbeatsEnabled());
  auto snapshot = nlohmann::json::parse(health.Get(1, true)->json());
  CHECK(snapshot["agents"][0]["heartbeat"]["enabled"] == false);
  CHECK(snapshot["agents"][0]["heartbeat"]["everyMs"].is_null());
}
