// The system methods without sockets: each one through the generated dispatcher (so params are
// validated and results encoded exactly as on the wire) against the real domain objects, with a
// CallContext built by hand.
#include "server/services/system/system_service.hpp"

#include <catch2/catch.hpp>

#include "gateway/proto/dispatcher.hpp"
#include "gateway/proto/testing/agent_service_double.hpp"
#include "gateway/proto/testing/approvals_service_double.hpp"
#include "gateway/proto/testing/channels_service_double.hpp"
#include "gateway/proto/testing/chat_service_double.hpp"
#include "gateway/proto/testing/config_service_double.hpp"
#include "gateway/proto/testing/outbound_service_double.hpp"
#include "gateway/proto/testing/sessions_service_double.hpp"
#include "gateway/proto/testing/system_service_double.hpp"
#include "gateway/proto/testing/tools_service_double.hpp"
#include "server/platform/ids.hpp"
#include "server/services/scope_resolvers.hpp"
#include "tests/support/fakes.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway;
using nlohmann::json;

namespace {

struct CapturingSink : proto::ResponseSink {
  std::vector<json> frames;
  void SendFrame(std::string frame) override { frames.push_back(json::parse(frame)); }
};

class FixedRestarts final : public domain::RestartRequests {
 public:
  std::vector<std::string> reasons;
  domain::RestartDecision Request(const std::string& reason) override {
    reasons.push_back(reason);
    return {domain::RestartDecision::Status::kDeferred, 1234};
  }
};

struct SystemFixture {
  testing::TempDir dir;
  logging::Logger log{testing::FileOnlyLog(dir / "gateway.log")};
  testing::InlineExecutor executor;
  testing::RecordingPublisher publisher;
  domain::GatewayInfo info{"2026.9.6"};
  domain::StateVersions versions;
  domain::PresenceStore presence{domain::GatewaySelfEntry("2026.9.6"), {}, versions, &publisher};
  domain::HealthMonitor health{"/state/sessions", 60000, versions, &publisher};
  domain::SystemEventQueue system_events;
  platform::GatewayIdentity identity = platform::GatewayIdentity::LoadOrCreate(dir.path());
  FixedRestarts restarts;
  std::unique_ptr<services::SystemService> service;
  proto::testing::AgentServiceDouble agent;
  proto::testing::ChannelsServiceDouble channels;
  proto::testing::OutboundServiceDouble outbound;
  proto::testing::ChatServiceDouble chat;
  proto::testing::ConfigServiceDouble config;
  proto::testing::SessionsServiceDouble sessions;
  proto::testing::ToolsServiceDouble tools;
  proto::testing::ApprovalsServiceDouble approvals;
  services::ScopeResolvers scopes;
  std::unique_ptr<proto::Dispatcher> dispatcher;

  explicit SystemFixture(bool can_restart = true) {
    service = std::make_unique<services::SystemService>(
        services::SystemService::Domain{.info = info,
                                        .presence = presence,
                                        .health = health,
                                        .system_events = system_events,
                                        .identity = identity,
                                        .restarts = can_restart ? &restarts : nullptr,
                                        .state_dir = dir.path()});
    dispatcher = std::make_unique<proto::Dispatcher>(agent, approvals, channels, chat, config,
                                                     outbound, sessions, *service, tools, scopes);
  }

  rpc::CallContext Context(std::vector<proto::Scope> scopes = {proto::Scope::kOperatorAdmin}) {
    auto peer = std::make_shared<rpc::Peer>();
    peer->conn_id = "conn-1";
    peer->scopes = rpc::GrantedScopes(std::vector<proto::Scope>(std::move(scopes)));
    return rpc::CallContext(peer, {.executor = &executor, .log = &log, .publisher = &publisher});
  }

  // The response frame of one call.
  json Call(const std::string& method, json params = json::object(),
            std::vector<proto::Scope> scopes = {proto::Scope::kOperatorAdmin}) {
    const proto::MethodInfo* info_ = proto::FindMethod(method);
    REQUIRE(info_);
    auto sink = std::make_shared<CapturingSink>();
    auto context = Context(std::move(scopes));
    dispatcher->Dispatch(*info_, params, context, sink, "req-1");
    REQUIRE(sink->frames.size() == 1);
    CHECK(sink->frames[0]["id"] == "req-1");
    return sink->frames[0];
  }
};

}  // namespace

TEST_CASE("System service: health answers the cached snapshot, probe rebuilds it",
          "[system][services]") {
  SystemFixture f;
  auto first = f.Call("health");
  REQUIRE(first["ok"] == true);
  CHECK(first["payload"]["ok"] == true);
  CHECK(f.versions.health() == 1);
  f.Call("health");
  CHECK(f.versions.health() == 1);
  f.Call("health", {{"probe", true}});
  CHECK(f.versions.health() == 2);
  CHECK(f.publisher.Named("health").size() == 2);
}

TEST_CASE("System service: status shows paths to admins only", "[system][services]") {
  SystemFixture f;
  auto admin = f.Call("status");
  REQUIRE(admin["ok"] == true);
  CHECK(admin["payload"]["runtimeVersion"] == "2026.9.6");
  CHECK(admin["payload"]["sessions"]["paths"][0].get<std::string>().find(f.dir.path().string()) ==
        0);
  CHECK(admin["payload"]["processMemory"]["rssBytes"].get<std::int64_t>() > 0);
  auto reader = f.Call("status", json::object(), {proto::Scope::kOperatorRead});
  CHECK(reader["payload"]["sessions"]["paths"][0] == "[redacted]");
}

TEST_CASE("System service: system-event records presence, queues the text and publishes at once",
          "[system][services]") {
  SystemFixture f;
  auto blank = f.Call("system-event", {{"text", "   "}});
  CHECK(blank["ok"] == false);
  CHECK(blank["error"]["code"] == proto::ToString(proto::ErrorCode::kInvalidRequest));
  CHECK(f.publisher.Named("presence").empty());

  auto ok = f.Call("system-event", {{"text", "Node: mac (10.0.0.2)"}, {"host", ""}});
  CHECK(ok["ok"] == true);
  auto events = f.publisher.Named("presence");
  REQUIRE(events.size() == 1);
  CHECK(events[0].state_version["presence"] == 1);
  auto list = f.Call("system-presence")["payload"];
  REQUIRE(list.size() == 2);
  CHECK(list[0]["reason"] == "self");
  CHECK(list[1]["text"] == "Node: mac (10.0.0.2)");
  CHECK_FALSE(list[1].contains("host"));  // empty strings are dropped, not stored
  CHECK(f.Call("status")["payload"]["queuedSystemEvents"][0]["text"] == "Node: mac (10.0.0.2)");
}

TEST_CASE("System service: heartbeats and last-heartbeat", "[system][services]") {
  SystemFixture f;
  CHECK(f.Call("last-heartbeat")["payload"].is_null());
  auto off = f.Call("set-heartbeats", {{"enabled", false}});
  CHECK(off["payload"]["enabled"] == false);
  CHECK_FALSE(f.health.HeartbeatsEnabled());
  auto agent = f.Call("status")["payload"]["heartbeat"]["agents"][0];
  CHECK(agent["enabled"] == false);
  REQUIRE(agent.contains("everyMs"));
  CHECK(agent["everyMs"].is_null());
}

TEST_CASE("System service: logs.tail reads the gateway's log file on the executor",
          "[system][services]") {
  SystemFixture f;
  f.log.Info("test", "first line");
  f.log.Info("test", "second line");
  auto tail = f.Call("logs.tail", {{"limit", 10}});
  REQUIRE(tail["ok"] == true);
  CHECK(tail["payload"]["file"] == (f.dir / "gateway.log").string());
  CHECK(tail["payload"]["lines"].size() == 2);
  CHECK(tail["payload"]["lines"][1].get<std::string>().find("second line") != std::string::npos);
}

TEST_CASE("System service: the gateway's identity", "[system][services]") {
  SystemFixture f;
  auto identity = f.Call("gateway.identity.get")["payload"];
  CHECK(identity["deviceId"] == f.identity.device_id());
  CHECK(identity["publicKey"] == f.identity.public_key());
}

TEST_CASE("System service: restart requests go to the process's restart control",
          "[system][services]") {
  SystemFixture f;
  auto answer = f.Call("gateway.restart.request", {{"reason", "config changed"}});
  REQUIRE(answer["ok"] == true);
  CHECK(answer["payload"]["status"] == "deferred");
  CHECK(answer["payload"]["restart"]["restartExpectedMs"] == 1234);
  CHECK(f.restarts.reasons == std::vector<std::string>{"config changed"});

  SystemFixture fixed(/*can_restart=*/false);
  auto refused = fixed.Call("gateway.restart.request");
  CHECK(refused["ok"] == false);
  CHECK(refused["error"]["code"] == proto::ToString(proto::ErrorCode::kUnavailable));
}

TEST_CASE("System service: called through the generated typed callers", "[system][services]") {
  SystemFixture f;
  auto context = f.Context();
  auto identity = proto::testing::CallGatewayIdentityGet(*f.service, {}, context);
  REQUIRE(identity.ok());
  CHECK(identity.value().device_id == f.identity.device_id());
  auto heartbeats = proto::testing::CallSetHeartbeats(*f.service, {.enabled = false}, context);
  REQUIRE(heartbeats.ok());
  CHECK(heartbeats.value().enabled == false);
  auto blank = proto::testing::CallSystemEvent(*f.service, {.text = " "}, context);
  REQUIRE(blank.answered());
  CHECK(blank.error().code == proto::ToString(proto::ErrorCode::kInvalidRequest));
  auto presence = proto::testing::CallSystemPresence(*f.service, {}, context);
  REQUIRE(presence.ok());
  CHECK(presence.value().front().reason == "self");
}
