// Behaviour of generated code, exercised through the compiled golden fixture (features/): unions,
// nullable vs optional, closed and open objects, validators, replies, dispatch and events.
#include <catch2/catch.hpp>

#include "gateway/proto/demo_emits.hpp"
#include "gateway/proto/dispatcher.hpp"
#include "gateway/proto/events.hpp"
#include "gateway/proto/registry.hpp"
#include "gateway/proto/testing/demo_service_double.hpp"
#include "gateway/proto/validators.hpp"

namespace gateway::rpc {
class CallContext {};
}  // namespace gateway::rpc

using namespace gateway;
using namespace gateway::proto;
using nlohmann::json;

namespace {

struct CapturingSink : ResponseSink {
  std::vector<json> frames;
  void SendFrame(std::string frame) override { frames.push_back(json::parse(frame)); }
};

std::string Errors(CheckFn check, const json& value) {
  return wire::FormatErrors(Validate(check, value));
}

class Demo : public DemoService {
 public:
  std::optional<DemoThingsPutParams> last_put;
  std::optional<Reply<DemoRunResult, DemoRunAccepted, DemoRunErrorPayload>> held_run;

  void DemoPing(DemoPingParams, rpc::CallContext&, Reply<DemoPingResult> reply) override {
    reply.Ok({});
  }
  std::optional<DemoSendParams> last_send;
  void DemoSend(DemoSendParams params, rpc::CallContext&, Reply<DemoSendResult> reply) override {
    last_send = std::move(params);
    reply.Ok({.ok = true});
  }
  void DemoRun(DemoRunParams, rpc::CallContext&,
               Reply<DemoRunResult, DemoRunAccepted, DemoRunErrorPayload> reply) override {
    DemoRunAccepted accepted;
    accepted.run_id = "r1";
    reply.Accept(accepted);
    held_run.emplace(std::move(reply));
  }
  void DemoThingsEdit(DemoThingsEditParams, rpc::CallContext&, Reply<StateVersion>) override {
    // Dropped on purpose: the reply must answer UNAVAILABLE by itself.
  }
  void DemoThingsLast(DemoThingsLastParams, rpc::CallContext&,
                      Reply<DemoThingsLastResult> reply) override {
    reply.Ok(std::nullopt);
  }
  void DemoThingsList(DemoThingsListParams, rpc::CallContext&,
                      Reply<DemoThingsListResult> reply) override {
    Square square;
    square.side = 3;
    reply.Ok({Shape{square}});
  }
  void DemoThingsPut(DemoThingsPutParams params, rpc::CallContext&,
                     Reply<DemoThingsPutResult> reply) override {
    last_put = params;
    DemoThingsPutResult result;
    result.stored = 1;
    reply.Ok(result);
  }
};

class Resolvers : public ScopeResolvers {
 public:
  Scope ThingsEdit(const json& params) const override {
    return params.value("force", false) ? Scope::kDemoAdmin : Scope::kDemoWrite;
  }
};

const json kThing = {{"id", "lamp-1"},
                     {"tags", {"a", "b"}},
                     {"shape", {{"kind", "circle"}, {"radius", 1.5}}},
                     {"note", nullptr},
                     {"owner", {{"name", "ann"}}},
                     {"attributes", {{"w", 3}}},
                     {"extra", {1, "two"}}};

}  // namespace

TEST_CASE("Generated types: tagged union decodes by discriminator and round-trips",
          "[codegen][runtime]") {
  auto shape = wire::Decode<Shape>(json{{"kind", "square"}, {"side", 4}});
  REQUIRE(std::holds_alternative<Square>(shape.value));
  CHECK(std::get<Square>(shape.value).side == 4);
  CHECK(Write(shape) == json{{"kind", "square"}, {"side", 4}});
  try {
    wire::Decode<Shape>(json{{"kind", "hexagon"}});
    FAIL("decoded an unknown tag");
  } catch (const wire::DecodeError& e) {
    CHECK(e.pointer() == "/kind");
  }
}

TEST_CASE("Generated types: untagged union picks the branch by JSON type", "[codegen][runtime]") {
  CHECK(std::get<std::string>(wire::Decode<NameOrObject>(json("ann")).value) == "ann");
  CHECK(std::get<NamedThing>(wire::Decode<NameOrObject>(json{{"name", "bo"}}).value).name == "bo");
  CHECK_THROWS_AS(wire::Decode<NameOrObject>(json(3)), wire::DecodeError);
}

TEST_CASE("Generated types: nullable, optional, open and closed objects round-trip",
          "[codegen][runtime]") {
  json params = {{"idempotencyKey", "k"}, {"thing", kThing}};
  CHECK(RoundTrip("DemoThingsPutParams", params) == params);
  auto decoded = wire::Decode<DemoThingsPutParams>(params);
  REQUIRE(decoded.thing.note.has_value());       // present...
  CHECK_FALSE(decoded.thing.note->has_value());  // ...and null
  CHECK_FALSE(decoded.thing.label.has_value());  // absent
  CHECK(decoded.thing.attributes->at("w") == 3);

  SECTION("open objects keep unknown members") {
    json result = {{"stored", 2}, {"future", {{"x", true}}}};
    auto r = wire::Decode<DemoThingsPutResult>(result);
    CHECK(r.unknown_fields == json{{"future", {{"x", true}}}});
    CHECK(Write(r) == result);
  }
  SECTION("closed objects reject unknown members with a pointer") {
    json bad = params;
    bad["thing"]["bogus"] = 1;
    try {
      wire::Decode<DemoThingsPutParams>(bad);
      FAIL("accepted an unknown member");
    } catch (const wire::DecodeError& e) {
      CHECK(e.pointer() == "/thing");
      CHECK(e.reason() == "unexpected property 'bogus'");
    }
  }
  SECTION("a nullable result encodes null") {
    CHECK(RoundTrip("DemoThingsLastResult", nullptr) == json(nullptr));
  }
  SECTION("const members are implied, written and checked") {
    CHECK(Write(Circle{}) == json{{"kind", "circle"}, {"radius", 0.0}});
    CHECK_THROWS_AS(wire::Decode<Circle>(json{{"kind", "square"}, {"radius", 1}}),
                    wire::DecodeError);
  }
}

TEST_CASE("Generated validators: every keyword reports with its pointer", "[codegen][runtime]") {
  CHECK(Errors(&CheckDemoThingsPutParams, {{"idempotencyKey", "k"}, {"thing", kThing}}).empty());
  json thing = kThing;
  thing["id"] = "Lamp";
  thing["tags"] = {"a", "a", ""};
  thing["shape"] = {{"kind", "circle"}, {"radius", 0}};
  thing["color"] = "blue";
  thing["label"] = 7;
  thing["owner"] = 5;
  thing["attributes"] = {{"w", "x"}};
  CHECK(Errors(&CheckDemoThingsPutParams, {{"idempotencyKey", "k"}, {"thing", thing}}) ==
        "at /thing/id: must match pattern \"^[a-z][a-z0-9-]{0,31}$\"; "
        "at /thing/tags: must not have duplicate items (items ## 0 and 1 are identical); "
        "at /thing/tags/2: must not have fewer than 1 characters; "
        "at /thing/shape/radius: must be > 0; "
        "at /thing/color: must be equal to one of the allowed values; "
        "at /thing/label: must be string,null; "
        "at /thing/owner: must match exactly one schema in oneOf; "
        "at /thing/attributes/w: must be integer");
  CHECK(Errors(&CheckDemoThingsPutParams, json::array()) == "must be object");
  CHECK(Errors(&CheckDemoThingsPutParams, {{"x", 1}}) ==
        "must have required property 'idempotencyKey'; must have required property 'thing'; "
        "at root: unexpected property 'x'");
  CHECK(Errors(&CheckShape, {{"kind", "hexagon"}}) ==
        "at /kind: must be equal to one of the allowed values");
  CHECK(Errors(&CheckSquare, {{"kind", "square"}, {"side", 1001}}) == "at /side: must be <= 1000");
}

TEST_CASE("Generated validators: long strings in patterned fields are rejected without recursion",
          "[codegen][runtime]") {
  json thing = kThing;
  thing["id"] = std::string(1 << 20, 'a');
  auto errors = Validate(&CheckDemoThingsPutParams, {{"idempotencyKey", "k"}, {"thing", thing}});
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].pointer == "/thing/id");
  CHECK(errors[0].message == "must not have more than 32 characters");
  CHECK(errors[1].message == "must match pattern \"^[a-z][a-z0-9-]{0,31}$\"");
}

TEST_CASE("Generated tables: methods, scopes and events come from the YAML", "[codegen][runtime]") {
  const MethodInfo* put = FindMethod("demo.things.put");
  REQUIRE(put);
  CHECK(put->scope == Scope::kDemoWrite);
  CHECK(put->idempotency == Idempotency::kRequired);
  CHECK(put->role == Role::kOperator);
  CHECK(FindMethod("demo.ping")->role == std::nullopt);
  CHECK(FindMethod("demo.run")->two_phase);
  CHECK(FindMethod("demo.things.edit")->scope_resolver == "ThingsEdit");
  CHECK(FindMethod("demo.things.edit")->idempotency == Idempotency::kOptional);
  CHECK(FindMethod("nope") == nullptr);
  CHECK(ScopeGrants(Scope::kDemoAdmin, Scope::kDemoRead));
  CHECK(ScopeGrants(Scope::kDemoWrite, Scope::kDemoRead));
  CHECK_FALSE(ScopeGrants(Scope::kDemoRead, Scope::kDemoWrite));
  CHECK(FindEvent("thing.changed")->drop_if_slow);
  CHECK(FindEvent("thing.changed")->scope == Scope::kDemoRead);
  CHECK(FindEvent("hello.challenge")->pre_auth);
  CHECK(MethodNames().size() == 7);
  CHECK(constants::kMaxThings == 10);
  CHECK(ToString(ErrorCode::kOldCode) == "OLD_CODE");
}

TEST_CASE("Generated dispatcher: validates, decodes, routes and answers", "[codegen][runtime]") {
  Demo demo;
  Resolvers resolvers;
  Dispatcher dispatcher(demo, resolvers);
  rpc::CallContext context;
  auto sink = std::make_shared<CapturingSink>();

  SECTION("invalid params answer INVALID_REQUEST with every error") {
    dispatcher.Dispatch(*FindMethod("demo.things.list"), {{"limit", 0}, {"x", 1}}, context, sink,
                        "1");
    REQUIRE(sink->frames.size() == 1);
    CHECK(sink->frames[0] ==
          json{{"type", "res"},
               {"id", "1"},
               {"ok", false},
               {"error",
                {{"code", "INVALID_REQUEST"},
                 {"message", "invalid demo.things.list params: at /limit: must be >= 1"}}}});
  }
  SECTION("a method may word its params error by hand") {
    dispatcher.Dispatch(*FindMethod("demo.things.last"), {{"x", 1}}, context, sink, "9");
    CHECK(sink->frames.at(0)["error"]["message"] ==
          "invalid demo.things.last params: nothing to pass here");
  }
  SECTION("null params count as {}") {
    dispatcher.Dispatch(*FindMethod("demo.ping"), nullptr, context, sink, "2");
    CHECK(sink->frames.at(0)["payload"] == json{{"ok", true}});
  }
  SECTION("valid params reach the service decoded") {
    dispatcher.Dispatch(*FindMethod("demo.things.put"),
                        {{"idempotencyKey", "k"}, {"thing", kThing}}, context, sink, "3");
    REQUIRE(demo.last_put);
    CHECK(demo.last_put->thing.id == "lamp-1");
    CHECK(sink->frames.at(0)["payload"] == json{{"stored", 1}});
  }
  SECTION("non-object results") {
    dispatcher.Dispatch(*FindMethod("demo.things.list"), json::object(), context, sink, "4");
    dispatcher.Dispatch(*FindMethod("demo.things.last"), json::object(), context, sink, "5");
    CHECK(sink->frames.at(0)["payload"] == json::array({{{"kind", "square"}, {"side", 3}}}));
    CHECK(sink->frames.at(1)["payload"].is_null());
    CHECK(sink->frames.at(1).contains("payload"));
  }
  SECTION("a dropped reply answers UNAVAILABLE") {
    dispatcher.Dispatch(*FindMethod("demo.things.edit"), {{"id", "x"}}, context, sink, "6");
    REQUIRE(sink->frames.size() == 1);
    CHECK(sink->frames[0]["error"]["code"] == "UNAVAILABLE");
  }
  SECTION("two-phase: accepted, then final with an error payload, on the same id") {
    dispatcher.Dispatch(*FindMethod("demo.run"), {{"idempotencyKey", "k"}}, context, sink, "7");
    REQUIRE(sink->frames.size() == 1);
    CHECK(sink->frames[0]["payload"] == json{{"runId", "r1"}, {"status", "accepted"}});
    DemoRunErrorPayload payload;
    payload.run_id = "r1";
    demo.held_run->Fail(MakeError(ErrorCode::kUnavailable, "store down"), payload);
    demo.held_run->Ok({});  // ignored: already answered
    REQUIRE(sink->frames.size() == 2);
    CHECK(sink->frames[1]["id"] == "7");
    CHECK(sink->frames[1]["ok"] == false);
    CHECK(sink->frames[1]["payload"] == json{{"runId", "r1"}});
    demo.held_run.reset();
    CHECK(sink->frames.size() == 2);
  }
  SECTION("dynamic scopes come from the resolver") {
    const MethodInfo& edit = *FindMethod("demo.things.edit");
    CHECK(dispatcher.RequiredScope(edit, {{"id", "x"}}) == Scope::kDemoWrite);
    CHECK(dispatcher.RequiredScope(edit, {{"id", "x"}, {"force", true}}) == Scope::kDemoAdmin);
    CHECK(dispatcher.RequiredScope(*FindMethod("demo.ping"), {}) == std::nullopt);
  }
}

TEST_CASE("Generated events: payload serialized once, flags and targets from the YAML",
          "[codegen][runtime]") {
  struct Sink : EventSink {
    std::vector<std::tuple<std::string, std::string, json, std::string>> published;
    void Publish(const EventInfo& event, std::shared_ptr<const std::string> payload,
                 const json& state_version, std::string_view target) override {
      published.emplace_back(std::string(event.name), *payload, state_version, std::string(target));
    }
  } sink;
  EventEmitter emit(sink);
  ThingChangedEvent changed;
  changed.id = "t";
  StateVersion version;
  version.things = 3;
  emit.ThingChanged(changed, version);
  RunPokeEvent poke;
  poke.run_id = "r";
  emit.RunPoke("conn-7", poke);
  REQUIRE(sink.published.size() == 2);
  CHECK(sink.published[0] == std::tuple<std::string, std::string, json, std::string>{
                                 "thing.changed", R"({"id":"t"})", json{{"things", 3}}, ""});
  CHECK(std::get<3>(sink.published[1]) == "conn-7");
  CHECK(std::get<2>(sink.published[1]).is_null());

  // The emitter of demo.things.put (emits: [thing.changed]) publishes the same frame.
  static_assert(std::is_same_v<MethodEmits<MethodId::kDemoThingsPut>::type, DemoThingsPutEmits>);
  DemoThingsPutEmits(sink).ThingChanged(changed, version);
  REQUIRE(sink.published.size() == 3);
  CHECK(sink.published[2] == sink.published[0]);
}

TEST_CASE("Generated test doubles: two-phase methods, error payloads, typed callers",
          "[codegen][runtime]") {
  testing::DemoServiceDouble demo;
  rpc::CallContext context;
  DemoRunAccepted accepted;
  accepted.run_id = "r1";
  DemoRunResult done;
  done.run_id = "r1";
  done.status = DemoRunResultStatus::kOk;
  demo.demo_run.AcceptsFirst(accepted);
  demo.demo_run.Returns(done);
  DemoRunParams params;
  params.idempotency_key = "k";
  auto run = testing::CallDemoRun(demo, params, context);
  REQUIRE(run.ok());
  CHECK(run.accepted() == accepted);
  CHECK(run.value() == done);
  CHECK(run.frames().size() == 2);
  CHECK(demo.demo_run.last_call() == params);

  // A handler that fails with the method's error payload.
  demo.demo_run.Answers([](const DemoRunParams& p, auto& reply) {
    DemoRunErrorPayload payload;
    payload.run_id = p.idempotency_key;
    reply.Fail(MakeError(ErrorCode::kUnavailable, "gone"), payload);
  });
  auto failed = testing::CallDemoRun(demo, params, context);
  CHECK_FALSE(failed.ok());
  CHECK(failed.answered());
  CHECK_FALSE(failed.accepted().has_value());
  CHECK(failed.error().message == "gone");
  CHECK(failed.error_payload()->run_id == "k");
}

TEST_CASE("Open params: members beyond the listed ones are accepted and kept",
          "[codegen][runtime]") {
  Demo demo;
  Resolvers resolvers;
  Dispatcher dispatcher(demo, resolvers);
  rpc::CallContext context;
  auto sink = std::make_shared<CapturingSink>();
  // What a newer client sends: listed fields plus ones the YAML does not describe.
  const json params = {{"message", "hi"},
                       {"workContext", {{"repo", "x"}}},
                       {"mentions", {"@a"}},
                       {"options", {{"quiet", true}}}};
  dispatcher.Dispatch(*FindMethod("demo.send"), params, context, sink, "1");
  REQUIRE(demo.last_send);
  CHECK(sink->frames.at(0)["payload"] == json{{"ok", true}});
  CHECK(demo.last_send->message == "hi");
  CHECK(demo.last_send->options->quiet == true);
  CHECK(demo.last_send->unknown_fields ==
        json{{"workContext", {{"repo", "x"}}}, {"mentions", {"@a"}}});
  CHECK(Write(*demo.last_send) == params);  // re-encoded as received

  // Listed fields are still checked, and a closed object inside stays closed.
  dispatcher.Dispatch(*FindMethod("demo.send"), {{"message", 1}, {"extra", true}}, context, sink,
                      "2");
  CHECK(sink->frames.at(1)["error"]["message"] ==
        "invalid demo.send params: at /message: must be string");
  dispatcher.Dispatch(*FindMethod("demo.send"), {{"message", "m"}, {"options", {{"loud", true}}}},
                      context, sink, "3");
  CHECK(sink->frames.at(2)["error"]["message"] ==
        "invalid demo.send params: at /options: unexpected property 'loud'");
}
