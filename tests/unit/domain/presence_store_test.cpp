// Presence without sockets: order, pruning, the cap on client text, one version per change read
// together with the list, and the store publishing its own (coalesced) events.
#include "server/domain/presence/presence_store.hpp"

#include <catch2/catch.hpp>
#include <functional>

#include "server/platform/ids.hpp"
#include "tests/support/fakes.hpp"

using namespace gateway;
using domain::PresenceStore;
using Broadcast = domain::PresenceStore::Broadcast;

namespace {

proto::PresenceEntry Entry(std::int64_t ts, std::string text) {
  proto::PresenceEntry e;
  e.ts = ts;
  e.text = std::move(text);
  return e;
}

proto::PresenceEntry Self() {
  proto::PresenceEntry self;
  self.reason = "self";
  return self;
}

// Holds delayed tasks until the test runs them.
struct ManualScheduler {
  std::vector<std::pair<std::chrono::milliseconds, std::function<void()>>> tasks;
  domain::RunAfter Hook() {
    return [this](std::chrono::milliseconds delay, std::function<void()> task) {
      tasks.emplace_back(delay, std::move(task));
    };
  }
};

}  // namespace

TEST_CASE("Presence: the gateway first, then newest first", "[presence][domain]") {
  domain::StateVersions versions;
  PresenceStore store(Self(), {}, versions, nullptr);
  const std::int64_t now = NowMs();
  store.Upsert("a", Entry(now - 3000, "old"), Broadcast::kNow);
  store.Upsert("b", Entry(now - 1000, "new"), Broadcast::kNow);
  store.Upsert("c", Entry(now - 2000, "mid"), Broadcast::kNow);
  auto list = store.List(now);
  REQUIRE(list.size() == 4);
  CHECK(list[0].reason == "self");
  CHECK(list[0].ts == now);  // refreshed to the read time
  CHECK(list[1].text == "new");
  CHECK(list[2].text == "mid");
  CHECK(list[3].text == "old");
}

TEST_CASE("Presence: entries expire after the TTL and the list is capped", "[presence][domain]") {
  domain::StateVersions versions;
  PresenceStore store(Self(), {.ttl_ms = 1000, .max_entries = 3}, versions, nullptr);
  const std::int64_t now = NowMs();
  store.Upsert("stale", Entry(now - 5000, "stale"), Broadcast::kNow);
  CHECK(store.List(now).size() == 1);  // only the gateway's own entry
  for (int i = 0; i < 5; ++i)
    store.Upsert("k" + std::to_string(i), Entry(now + i, "e" + std::to_string(i)), Broadcast::kNow);
  auto list = store.List(now + 10);
  REQUIRE(list.size() == 4);  // self + the 3 newest
  CHECK(list[1].text == "e4");
  CHECK(list[3].text == "e2");
}

TEST_CASE("Presence: disconnect keeps the entry with reason disconnect", "[presence][domain]") {
  domain::StateVersions versions;
  PresenceStore store(Self(), {}, versions, nullptr);
  const std::int64_t now = NowMs();
  store.Upsert("conn:1", Entry(now, "client"), Broadcast::kNow);
  store.MarkDisconnected("conn:1", now + 5, Broadcast::kNow);
  store.MarkDisconnected("absent", now + 5, Broadcast::kNow);  // no change, no version
  auto snapshot = store.Read(now + 5);
  REQUIRE(snapshot.list.size() == 2);
  CHECK(snapshot.list[1].reason == "disconnect");
  CHECK(snapshot.list[1].ts == now + 5);
  CHECK(snapshot.version == 2);
  CHECK(versions.presence() == 2);
}

TEST_CASE("Presence: client text is capped on a code point boundary", "[presence][domain]") {
  domain::StateVersions versions;
  PresenceStore store(Self(), {}, versions, nullptr);
  proto::PresenceEntry e = Entry(NowMs(), std::string(2000, 'x'));
  e.host = std::string(199, 'h') + "é";  // the 2-byte é would straddle the 200-byte cap
  store.Upsert("k", e, Broadcast::kNow);
  auto list = store.List(NowMs());
  CHECK(list[1].text->size() == domain::kPresenceTextMaxBytes);
  CHECK(list[1].host->size() == 199);
}

TEST_CASE("Presence: each change is published with the version it made", "[presence][domain]") {
  domain::StateVersions versions;
  versions.NextHealth();
  testing::RecordingPublisher publisher;
  PresenceStore store(Self(), {}, versions, &publisher);
  store.Upsert("a", Entry(NowMs(), "one"), Broadcast::kNow);
  store.Upsert("b", Entry(NowMs(), "two"), Broadcast::kNow);
  auto events = publisher.Named("presence");
  REQUIRE(events.size() == 2);
  CHECK(events[0].state_version == nlohmann::json{{"presence", 1}, {"health", 1}});
  CHECK(events[1].state_version["presence"] == 2);
  CHECK(events[1].payload["presence"].size() == 3);
  CHECK(events[1].audience.kind == rpc::Audience::Kind::kEveryone);
}

TEST_CASE("Presence: churn within the window shares one broadcast of the latest state",
          "[presence][domain]") {
  domain::StateVersions versions;
  testing::RecordingPublisher publisher;
  ManualScheduler scheduler;
  PresenceStore store(Self(), {.coalesce_window = std::chrono::milliseconds(60000)}, versions,
                      &publisher, scheduler.Hook());
  store.Upsert("a", Entry(NowMs(), "first"), Broadcast::kCoalesced);  // leading edge: at once
  CHECK(publisher.Named("presence").size() == 1);
  for (int i = 0; i < 10; ++i)
    store.Upsert("c" + std::to_string(i), Entry(NowMs(), "churn"), Broadcast::kCoalesced);
  CHECK(publisher.Named("presence").size() == 1);  // held
  REQUIRE(scheduler.tasks.size() == 1);            // one broadcast scheduled, not ten
  CHECK(scheduler.tasks[0].first <= std::chrono::milliseconds(60000));
  scheduler.tasks[0].second();
  auto events = publisher.Named("presence");
  REQUIRE(events.size() == 2);
  CHECK(events[1].state_version["presence"] == 11);  // the latest version
  CHECK(events[1].payload["presence"].size() == 12);
  store.Upsert("now", Entry(NowMs(), "system event"), Broadcast::kNow);  // never held
  CHECK(publisher.Named("presence").size() == 3);
}

TEST_CASE("Presence: the system-event key prefers device, instance, host/ip, then text",
          "[presence][domain]") {
  proto::SystemEventParams p;
  p.text = "Node: mac (10.0.0.2) · app 1.0";
  CHECK(domain::SystemEventPresenceKey(p) == "host:mac/10.0.0.2");
  p.instance_id = "inst";
  CHECK(domain::SystemEventPresenceKey(p) == "instance:inst");
  p.device_id = "dev";
  CHECK(domain::SystemEventPresenceKey(p) == "device:dev");
  proto::SystemEventParams plain;
  plain.text = std::string(100, 'z');
  CHECK(domain::SystemEventPresenceKey(plain) == "text:" + std::string(64, 'z'));
}
