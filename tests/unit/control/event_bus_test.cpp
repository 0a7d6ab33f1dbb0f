// Event delivery without sockets: each audience reaches exactly its connections, the receive
// scope always applies, clients get events only after hello, and a closed client's
// subscriptions are forgotten.
#include "server/control/event_bus.hpp"

#include <catch2/catch.hpp>

#include "tests/support/fakes.hpp"

using namespace gateway;
using control::Client;
using rpc::Audience;

namespace {

struct Bus {
  control::ConnectionRegistry registry;
  control::EventBus bus{registry};

  // A client that has had its hello, with scopes and caps.
  std::shared_ptr<testing::RecordingConnection> Add(
      const std::string& conn_id, std::vector<proto::Scope> scopes = {proto::Scope::kOperatorRead},
      std::vector<std::string> caps = {}, proto::Role role = proto::Role::kOperator) {
    auto connection = std::make_shared<testing::RecordingConnection>(conn_id);
    auto peer = std::make_shared<rpc::Peer>();
    peer->conn_id = conn_id;
    peer->role = role;
    peer->scopes = rpc::GrantedScopes(std::vector<proto::Scope>(std::move(scopes)));
    if (!caps.empty()) peer->connect.caps = std::move(caps);
    registry.AddPending(connection.get(), "nonce");
    auto client = std::make_shared<Client>(connection, peer);
    REQUIRE(registry.Promote(client));
    client->ready = true;
    return connection;
  }

  void Presence(const Audience& audience) {
    proto::PresenceEvent event;
    rpc::Emitter(bus, audience)->Presence(event, proto::StateVersion{});
  }
  void Tick(const Audience& audience) {
    proto::TickEvent tick;
    tick.ts = 1;
    rpc::Emitter(bus, audience)->Tick(tick);
  }
};

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("Event bus: everyone means everyone the event's scope admits", "[events][control]") {
  Bus b;
  auto reader = b.Add("reader");
  auto scopeless = b.Add("scopeless", {});
  auto node = b.Add("node", {proto::Scope::kOperatorAdmin}, {}, proto::Role::kNode);
  b.Presence(Audience::Everyone());  // operator.read
  b.Tick(Audience::Everyone());      // ungated
  CHECK(reader->event_names() == Names{"presence", "tick"});
  CHECK(scopeless->event_names() == Names{"tick"});
  CHECK(node->event_names() == Names{"tick"});
  // Each connection numbers its own events.
  CHECK(reader->frames()[1]["seq"] == 2);
  CHECK(scopeless->frames()[0]["seq"] == 1);
}

TEST_CASE("Event bus: one connection, by id", "[events][control]") {
  Bus b;
  auto a = b.Add("a");
  auto other = b.Add("b");
  b.Tick(Audience::Connection("a"));
  b.Tick(Audience::Connection("gone"));
  CHECK(a->event_names() == Names{"tick"});
  CHECK(other->event_names().empty());
}

TEST_CASE("Event bus: session watchers and message subscribers", "[events][control]") {
  Bus b;
  auto watcher = b.Add("watcher");
  auto subscriber = b.Add("subscriber");
  auto bystander = b.Add("bystander");
  b.bus.WatchSessions("watcher", true);
  b.bus.WatchSessionMessages("subscriber", "agent:main:main", true);
  b.Presence(Audience::SessionWatchers());
  b.Tick(Audience::SessionMessages("agent:main:main"));
  b.Tick(Audience::SessionMessages("agent:main:other"));
  CHECK(watcher->event_names() == Names{"presence"});
  CHECK(subscriber->event_names() == Names{"tick"});
  CHECK(bystander->event_names().empty());

  b.bus.WatchSessions("watcher", false);
  b.bus.WatchSessionMessages("subscriber", "agent:main:main", false);
  b.Presence(Audience::SessionWatchers());
  b.Tick(Audience::SessionMessages("agent:main:main"));
  CHECK(watcher->event_names().size() == 1);
  CHECK(subscriber->event_names().size() == 1);
}

TEST_CASE("Event bus: session events skip session-scoped clients that did not subscribe",
          "[events][control]") {
  Bus b;
  auto plain = b.Add("plain");
  auto scoped_in = b.Add("scoped-in", {proto::Scope::kOperatorRead}, {"session-scoped-events"});
  auto scoped_out = b.Add("scoped-out", {proto::Scope::kOperatorRead}, {"session-scoped-events"});
  b.bus.WatchSessionMessages("scoped-in", "agent:main:main", true);
  b.Tick(Audience::SessionEvents("agent:main:main"));
  CHECK(plain->event_names() == Names{"tick"});
  CHECK(scoped_in->event_names() == Names{"tick"});
  CHECK(scoped_out->event_names().empty());
}

TEST_CASE("Event bus: a run's owner gets its tool events only with cap tool-events",
          "[events][control]") {
  Bus b;
  auto owner = b.Add("owner", {proto::Scope::kOperatorRead}, {"tool-events"});
  auto capless = b.Add("capless");
  auto other = b.Add("other", {proto::Scope::kOperatorRead}, {"tool-events"});
  b.bus.SetRunOwner("run-1", "owner");
  b.bus.SetRunOwner("run-2", "capless");
  b.Tick(Audience::RunOwner("run-1"));
  b.Tick(Audience::RunOwner("run-2"));
  b.Tick(Audience::RunOwner("unknown"));
  CHECK(owner->event_names() == Names{"tick"});
  CHECK(capless->event_names().empty());
  CHECK(other->event_names().empty());
  b.bus.ClearRunOwner("run-1");
  b.Tick(Audience::RunOwner("run-1"));
  CHECK(owner->event_names().size() == 1);
}

TEST_CASE("Event bus: nothing before hello, nothing after the client is forgotten",
          "[events][control]") {
  Bus b;
  auto connection = std::make_shared<testing::RecordingConnection>("late");
  auto peer = std::make_shared<rpc::Peer>();
  peer->conn_id = "late";
  b.registry.AddPending(connection.get(), "nonce");
  auto client = std::make_shared<Client>(connection, peer);
  REQUIRE(b.registry.Promote(client));
  b.Tick(Audience::Everyone());
  CHECK(connection->event_names().empty());  // hello-ok not queued yet
  client->ready = true;
  b.Tick(Audience::Everyone());
  CHECK(connection->event_names().size() == 1);

  b.bus.WatchSessions("late", true);
  b.bus.WatchSessionMessages("late", "k", true);
  b.bus.SetRunOwner("r", "late");
  b.registry.Remove(connection.get());
  b.bus.Forget("late");
  auto again = b.Add("late");  // a new connection reusing the id sees none of the old ones
  b.Tick(Audience::SessionWatchers());
  b.Tick(Audience::SessionMessages("k"));
  b.Tick(Audience::RunOwner("r"));
  CHECK(again->event_names().empty());
}

TEST_CASE("Connection registry: pending, promoted, found by socket and id, removed",
          "[events][control]") {
  control::ConnectionRegistry registry;
  auto connection = std::make_shared<testing::RecordingConnection>("s");
  registry.AddPending(connection.get(), "nonce");
  CHECK(registry.IsPending(connection.get()));
  CHECK(registry.size() == 1);
  auto peer = std::make_shared<rpc::Peer>();
  peer->conn_id = "c1";
  auto client = std::make_shared<Client>(connection, peer);
  CHECK(registry.Promote(client));
  CHECK_FALSE(registry.Promote(client));  // not pending any more
  CHECK_FALSE(registry.IsPending(connection.get()));
  CHECK(registry.Find(connection.get()) == client);
  CHECK(registry.FindById("c1") == client);
  CHECK(registry.Remove(connection.get()) == client);
  CHECK(registry.FindById("c1") == nullptr);
  CHECK(registry.size() == 0);
  // A socket refused before its hello cannot be promoted.
  auto refused = std::make_shared<testing::RecordingConnection>("r");
  registry.AddPending(refused.get(), "n");
  CHECK(registry.RemovePending(refused.get()));
  CHECK_FALSE(registry.Promote(std::make_shared<Client>(refused, peer)));
}
