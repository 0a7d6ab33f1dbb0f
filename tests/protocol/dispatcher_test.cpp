// The generated dispatcher over the real system domain: params validation text, null params,
// decoding into the typed params, non-object results.
#include "gateway/proto/dispatcher.hpp"

#include <catch2/catch.hpp>

#include "gateway/proto/testing/agent_service_double.hpp"
#include "gateway/proto/testing/approvals_service_double.hpp"
#include "gateway/proto/testing/channels_service_double.hpp"
#include "gateway/proto/testing/chat_service_double.hpp"
#include "gateway/proto/testing/config_service_double.hpp"
#include "gateway/proto/testing/outbound_service_double.hpp"
#include "gateway/proto/testing/sessions_service_double.hpp"
#include "gateway/proto/testing/tools_service_double.hpp"

namespace gateway::rpc {
class CallContext {};
}  // namespace gateway::rpc

using nlohmann::json;
using namespace gateway;
using namespace gateway::proto;

namespace {

struct CapturingSink : ResponseSink {
  std::vector<json> frames;
  void SendFrame(std::string frame) override { frames.push_back(json::parse(frame)); }
};

// Records what reached it; answers with fixed, schema-valid results.
class RecordingSystem : public SystemService {
 public:
  std::optional<LogsTailParams> logs_tail;
  void Health(HealthParams, rpc::CallContext&, Reply<HealthSnapshot> reply) override {
    reply.Ok({});
  }
  void Status(StatusParams, rpc::CallContext&, Reply<StatusResult> reply) override { reply.Ok({}); }
  void SystemPresence(SystemPresenceParams, rpc::CallContext&,
                      Reply<SystemPresenceResult> reply) override {
    PresenceEntry self;
    self.ts = 1;
    self.reason = "self";
    reply.Ok({self});
  }
  void SystemEvent(SystemEventParams, rpc::CallContext&, Reply<SystemEventResult> reply) override {
    reply.Ok({});
  }
  void LastHeartbeat(LastHeartbeatParams, rpc::CallContext&,
                     Reply<LastHeartbeatResult> reply) override {
    reply.Ok(std::nullopt);
  }
  void SetHeartbeats(SetHeartbeatsParams, rpc::CallContext&,
                     Reply<SetHeartbeatsResult> reply) override {
    reply.Ok({});
  }
  void LogsTail(LogsTailParams params, rpc::CallContext&, Reply<LogsTailResult> reply) override {
    logs_tail = params;
    reply.Ok({});
  }
  void GatewayIdentityGet(GatewayIdentityGetParams, rpc::CallContext&,
                          Reply<GatewayIdentityGetResult> reply) override {
    reply.Ok({});
  }
  void GatewayRestartRequest(GatewayRestartRequestParams, rpc::CallContext&,
                             Reply<GatewayRestartRequestResult> reply) override {
    reply.Ok({});
  }
};

// The dynamic scopes of the session methods, fixed for these tests.
class FixedScopes final : public proto::ScopeResolvers {
 public:
  proto::Scope SessionsDelete(const nlohmann::json&) const override {
    return proto::Scope::kOperatorAdmin;
  }
  proto::Scope Agent(const nlohmann::json&) const override { return proto::Scope::kOperatorWrite; }
  proto::Scope SessionsPatch(const nlohmann::json&) const override {
    return proto::Scope::kOperatorAdmin;
  }
  proto::Scope ChannelsPairingApprove(const nlohmann::json&) const override {
    return proto::Scope::kOperatorPairing;
  }
};

}  // namespace

TEST_CASE("Dispatcher: system methods", "[protocol][dispatch]") {
  RecordingSystem system;
  testing::AgentServiceDouble agent;
  testing::ChatServiceDouble chat;
  testing::ConfigServiceDouble config;
  testing::SessionsServiceDouble sessions;
  testing::ToolsServiceDouble tools;
  testing::ApprovalsServiceDouble approvals;
  FixedScopes scopes;
  testing::ChannelsServiceDouble channels;
  testing::OutboundServiceDouble outbound;
  Dispatcher dispatcher(agent, approvals, channels, chat, config, outbound, sessions, system, tools,
                        scopes);
  rpc::CallContext context;
  auto sink = std::make_shared<CapturingSink>();

  SECTION("invalid params: the observed message") {
    dispatcher.Dispatch(*FindMethod("logs.tail"), {{"limit", "x"}}, context, sink, "2:a");
    REQUIRE(sink->frames.size() == 1);
    CHECK(sink->frames[0]["error"] ==
          json{{"code", "INVALID_REQUEST"},
               {"message", "invalid logs.tail params: at /limit: must be integer"}});
    CHECK(sink->frames[0]["id"] == "2:a");
    CHECK_FALSE(system.logs_tail);
  }
  SECTION("absent params count as {}") {
    dispatcher.Dispatch(*FindMethod("logs.tail"), nullptr, context, sink, "3");
    REQUIRE(system.logs_tail);
    CHECK_FALSE(system.logs_tail->limit.has_value());
  }
  SECTION("typed params reach the service") {
    dispatcher.Dispatch(*FindMethod("logs.tail"), {{"cursor", 10}, {"limit", 5}}, context, sink,
                        "4");
    REQUIRE(system.logs_tail);
    CHECK(system.logs_tail->cursor == 10);
    CHECK(system.logs_tail->limit == 5);
  }
  SECTION("bare array and null results") {
    dispatcher.Dispatch(*FindMethod("system-presence"), json::object(), context, sink, "5");
    dispatcher.Dispatch(*FindMethod("last-heartbeat"), json::object(), context, sink, "6");
    CHECK(sink->frames.at(0)["payload"] == json::array({{{"ts", 1}, {"reason", "self"}}}));
    CHECK(sink->frames.at(1)["payload"].is_null());
  }
  SECTION("set-heartbeats words its params error as the reference does") {
    dispatcher.Dispatch(*FindMethod("set-heartbeats"), json::object(), context, sink, "8");
    CHECK(sink->frames.at(0)["error"]["message"] ==
          "invalid set-heartbeats params: enabled (boolean) required");
  }
  SECTION("system-event: a missing text and an unknown key, both reported") {
    dispatcher.Dispatch(*FindMethod("system-event"), {{"bogus", 1}}, context, sink, "7");
    CHECK(sink->frames.at(0)["error"]["message"] ==
          "invalid system-event params: must have required property 'text'; at root: unexpected "
          "property 'bogus'");
  }
}

TEST_CASE("Reply: a Serialized result sends the same frame as the value", "[protocol][dispatch]") {
  HealthSnapshot snapshot;
  snapshot.ok = true;
  snapshot.ts = 42;
  snapshot.default_agent_id = "main \xff";  // invalid UTF-8 is replaced, not thrown
  auto direct = std::make_shared<CapturingSink>();
  auto cached = std::make_shared<CapturingSink>();
  Reply<HealthSnapshot>(direct, "a\"1").Ok(snapshot);
  Serialized<HealthSnapshot> serialized(snapshot);
  Reply<HealthSnapshot>(cached, "a\"1").Ok(serialized);
  Reply<HealthSnapshot>(cached, "a\"1").Ok(serialized);  // reusable
  REQUIRE(direct->frames.size() == 1);
  REQUIRE(cached->frames.size() == 2);
  CHECK(cached->frames[0] == direct->frames[0]);
  CHECK(cached->frames[1] == direct->frames[0]);
  CHECK(direct->frames[0]["id"] == "a\"1");
  CHECK(direct->frames[0]["payload"]["ts"] == 42);
  CHECK(EncodeResponse("x", false, nullptr, nullptr) == R"({"id":"x","ok":false,"type":"res"})");
}
