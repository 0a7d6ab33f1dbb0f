// fwd.hpp declares what the full headers define (included first, so a mismatch such as a struct
// declared as an enum fails to compile here), and the per-method emitters of <domain>_emits.hpp
// publish exactly the events their method's YAML lists.
#include "gateway/proto/fwd.hpp"
// The full headers after the declarations:
#include <catch2/catch.hpp>
#include <type_traits>

#include "gateway/proto/dispatcher.hpp"
#include "gateway/proto/system_emits.hpp"
#include "gateway/proto/types.hpp"

using nlohmann::json;
using namespace gateway::proto;

namespace {

// Declared with forward-declared types only, defined once they are complete.
std::int64_t TsOf(const HealthSnapshot& snapshot);
std::int64_t TsOf(const HealthSnapshot& snapshot) { return snapshot.ts.value_or(0); }

struct Published {
  std::string event;
  json payload;
  json state_version;
  std::string target;
};

struct CapturingEventSink : EventSink {
  std::vector<Published> published;
  void Publish(const EventInfo& event, std::shared_ptr<const std::string> payload,
               const json& state_version, std::string_view target) override {
    published.push_back(
        {std::string(event.name), json::parse(*payload), state_version, std::string(target)});
  }
};

template <class Emitter, class = void>
struct CanEmitPresence : std::false_type {};
template <class Emitter>
struct CanEmitPresence<
    Emitter, std::void_t<decltype(std::declval<Emitter&>().Presence(
                 std::declval<const PresenceEvent&>(), std::declval<const StateVersion&>()))>>
    : std::true_type {};

}  // namespace

static_assert(std::is_same_v<MethodEmits<MethodId::kSystemEvent>::type, SystemEventEmits>);
static_assert(std::is_same_v<MethodEmits<MethodId::kHealth>::type, HealthEmits>);
static_assert(std::is_same_v<SystemPresenceResult, std::vector<PresenceEntry>>);
// A handler holding HealthEmits cannot emit presence; SystemEventEmits can.
static_assert(!CanEmitPresence<HealthEmits>::value);
static_assert(CanEmitPresence<SystemEventEmits>::value);

TEST_CASE("fwd.hpp: declarations match the definitions", "[protocol][fwd]") {
  HealthSnapshot snapshot;
  snapshot.ts = 7;
  CHECK(TsOf(snapshot) == 7);
}

TEST_CASE("Method emitters publish their declared events", "[protocol][events]") {
  CapturingEventSink sink;
  PresenceEvent presence;
  presence.presence.push_back(PresenceEntry{});
  presence.presence.back().ts = 5;
  StateVersion version;
  version.presence = 3;
  version.health = 1;
  SystemEventEmits(sink).Presence(presence, version);
  HealthSnapshot snapshot;
  snapshot.ok = true;
  HealthEmits(sink).Health(snapshot, version);
  GatewayRestartRequestEmits(sink).Shutdown(ShutdownEvent{.reason = "restart"});
  REQUIRE(sink.published.size() == 3);
  CHECK(sink.published[0].event == "presence");
  CHECK(sink.published[0].payload == Write(presence));
  CHECK(sink.published[0].state_version == json{{"health", 1}, {"presence", 3}});
  CHECK(sink.published[0].target.empty());
  CHECK(sink.published[1].event == "health");
  CHECK(sink.published[1].payload["ok"] == true);
  CHECK(sink.published[2].event == "shutdown");
  CHECK(sink.published[2].state_version.is_null());

  // The same bytes as the all-events EventEmitter.
  CapturingEventSink direct;
  EventEmitter(direct).Presence(presence, version);
  CHECK(direct.published[0].payload == sink.published[0].payload);
}
