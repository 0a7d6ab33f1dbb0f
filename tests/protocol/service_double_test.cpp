// The generated test doubles: SystemServiceDouble behind the generated Dispatcher (the request
// pipeline without real services), and the typed callers Call<Method> (a service without sockets).
#include <catch2/catch.hpp>
#include <thread>

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

// CallContext is the server's class; the generated code only names it. Tests of the generated
// library bring their own (as dispatcher_test.cpp does).
namespace gateway::rpc {
class CallContext {};
}  // namespace gateway::rpc

using nlohmann::json;
using namespace gateway;
using namespace gateway::proto;
using namespace gateway::proto::testing;

namespace {

struct FrameSink : ResponseSink {
  std::vector<json> frames;
  void SendFrame(std::string frame) override { frames.push_back(json::parse(frame)); }
};

}  // namespace

namespace {

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

TEST_CASE("SystemServiceDouble behind the Dispatcher", "[protocol][double]") {
  SystemServiceDouble system;
  AgentServiceDouble agent;
  ChatServiceDouble chat;
  ConfigServiceDouble config;
  SessionsServiceDouble sessions;
  FixedScopes scopes;
  ToolsServiceDouble tools;
  ApprovalsServiceDouble approvals;
  ChannelsServiceDouble channels;
  OutboundServiceDouble outbound;
  Dispatcher dispatcher(agent, approvals, channels, chat, config, outbound, sessions, system, tools,
                        scopes);
  rpc::CallContext context;
  auto sink = std::make_shared<FrameSink>();

  SECTION("records the typed params and answers the scripted result") {
    LogsTailResult tail;
    tail.file = "/tmp/x.log";
    tail.cursor = 12;
    tail.lines = {"a", "b"};
    system.logs_tail.Returns(tail);
    dispatcher.Dispatch(*FindMethod("logs.tail"), {{"cursor", 3}, {"limit", 2}}, context, sink,
                        "1");
    dispatcher.Dispatch(*FindMethod("logs.tail"), nullptr, context, sink, "2");
    REQUIRE(system.logs_tail.call_count() == 2);
    CHECK(system.logs_tail.calls()[0].cursor == 3);
    CHECK(system.logs_tail.calls()[0].limit == 2);
    CHECK(system.logs_tail.last_call() == LogsTailParams{});
    REQUIRE(sink->frames.size() == 2);
    CHECK(sink->frames[0] ==
          json{{"type", "res"},
               {"id", "1"},
               {"ok", true},
               {"payload",
                {{"file", "/tmp/x.log"}, {"cursor", 12}, {"size", 0}, {"lines", {"a", "b"}}}}});
  }
  SECTION("a scripted error") {
    system.set_heartbeats.Fails(MakeError(ErrorCode::kUnavailable, "busy"));
    dispatcher.Dispatch(*FindMethod("set-heartbeats"), {{"enabled", true}}, context, sink, "3");
    CHECK(system.set_heartbeats.calls().at(0).enabled);
    CHECK(sink->frames.at(0)["error"] == json{{"code", "UNAVAILABLE"}, {"message", "busy"}});
  }
  SECTION("invalid params never reach the double") {
    dispatcher.Dispatch(*FindMethod("system-event"), {{"bogus", 1}}, context, sink, "4");
    CHECK(system.system_event.call_count() == 0);
    CHECK(sink->frames.at(0)["error"]["code"] == "INVALID_REQUEST");
  }
  SECTION("unscripted methods answer UNAVAILABLE") {
    dispatcher.Dispatch(*FindMethod("status"), json::object(), context, sink, "5");
    CHECK(system.status.call_count() == 1);
    CHECK(sink->frames.at(0)["error"] ==
          json{{"code", "UNAVAILABLE"}, {"message", "status: no scripted answer"}});
  }
  SECTION("held replies answer when the test says so") {
    system.system_presence.Holds();
    dispatcher.Dispatch(*FindMethod("system-presence"), json::object(), context, sink, "6");
    CHECK(sink->frames.empty());
    auto held = system.system_presence.TakeHeld();
    REQUIRE(held.size() == 1);
    held[0].Ok({});
    CHECK(sink->frames.at(0)["payload"] == json::array());
  }
  SECTION("a handler sees the params and answers") {
    system.system_event.Answers([](const SystemEventParams& params, auto& reply) {
      if (params.text == "no") return reply.Fail(MakeError(ErrorCode::kInvalidRequest, "no"));
      reply.Ok({});
    });
    dispatcher.Dispatch(*FindMethod("system-event"), {{"text", "no"}}, context, sink, "7");
    dispatcher.Dispatch(*FindMethod("system-event"), {{"text", "yes"}}, context, sink, "8");
    CHECK(sink->frames.at(0)["ok"] == false);
    CHECK(sink->frames.at(1)["ok"] == true);
  }
}

namespace {

// A small real service: what Call<Method> is for.
class EchoSystem : public SystemServiceDouble {
 public:
  void Health(HealthParams params, rpc::CallContext& context,
              Reply<HealthSnapshot> reply) override {
    last_context = &context;
    HealthSnapshot snapshot;
    snapshot.ok = !params.probe.value_or(false);
    snapshot.ts = 42;
    reply.Ok(snapshot);
  }
  void LastHeartbeat(LastHeartbeatParams, rpc::CallContext&,
                     Reply<LastHeartbeatResult> reply) override {
    reply.Ok(std::nullopt);
  }
  void Status(StatusParams, rpc::CallContext&, Reply<StatusResult> reply) override {
    std::thread([reply = std::move(reply)]() mutable {
      reply.Fail(MakeError(ErrorCode::kUnavailable, "later", DrainingDetails{}));
    }).detach();
  }
  const rpc::CallContext* last_context = nullptr;
};

}  // namespace

TEST_CASE("Call<Method>: a service unit-tested without sockets", "[protocol][double]") {
  EchoSystem service;
  rpc::CallContext context;

  auto r = CallHealth(service, HealthParams{}, context);
  REQUIRE(r.ok());
  CHECK(r.value().ok == true);
  CHECK(r.value().ts == 42);
  CHECK(service.last_context == &context);
  CHECK_THROWS_AS(r.error(), std::logic_error);

  HealthParams probe;
  probe.probe = true;
  CHECK(CallHealth(service, probe, context).value().ok == false);

  auto last = CallLastHeartbeat(service, {}, context);
  REQUIRE(last.ok());
  CHECK_FALSE(last.value().has_value());

  // Answered later, from another thread.
  auto status = CallStatus(service, {}, context);
  REQUIRE(status.Wait());
  CHECK_FALSE(status.ok());
  CHECK(status.error().code == "UNAVAILABLE");
  CHECK(status.error().message == "later");
  CHECK_THROWS_AS(status.value(), std::logic_error);

  // The double itself, called the same way: an unscripted method and a held reply.
  auto unscripted = CallSystemPresence(service, {}, context);
  CHECK(unscripted.error().message == "system-presence: no scripted answer");
  service.logs_tail.Holds();
  auto held = CallLogsTail(service, {}, context);
  CHECK_FALSE(held.answered());
  service.logs_tail.TakeHeld().clear();  // dropped: the reply answers UNAVAILABLE by itself
  REQUIRE(held.answered());
  CHECK(held.error().message == "request was dropped without a response");
  CHECK(held.frames().size() == 1);
}
