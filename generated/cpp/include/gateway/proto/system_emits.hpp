// Generated from protocol/events/system.yaml, protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed emitters restricted to the events each system method declares in `emits:`: a handler
// given one can emit only those. They publish through the same EventSink as EventEmitter.
#pragma once

#include <string_view>

#include "gateway/proto/events.hpp"
#include "gateway/proto/fwd.hpp"
#include "gateway/proto/protocol.hpp"

namespace gateway::proto {

// gateway.restart.request emits shutdown.
class GatewayRestartRequestEmits {
 public:
  explicit GatewayRestartRequestEmits(EventSink& sink) : emit_(sink) {}

  // shutdown: The gateway is stopping or restarting; sockets close 1012 next.
  void Shutdown(const ShutdownEvent& payload) { emit_.Shutdown(payload); }

 private:
  EventEmitter emit_;
};

// health emits health.
class HealthEmits {
 public:
  explicit HealthEmits(EventSink& sink) : emit_(sink) {}

  // health: A new health snapshot was built.
  void Health(const HealthSnapshot& payload, const StateVersion& state_version) { emit_.Health(payload, state_version); }

 private:
  EventEmitter emit_;
};

// system-event emits presence.
class SystemEventEmits {
 public:
  explicit SystemEventEmits(EventSink& sink) : emit_(sink) {}

  // presence: The presence list changed.
  void Presence(const PresenceEvent& payload, const StateVersion& state_version) { emit_.Presence(payload, state_version); }

 private:
  EventEmitter emit_;
};

// The emitter of a method by id, e.g. MethodEmits<MethodId::kGatewayRestartRequest>::type is GatewayRestartRequestEmits.
template <>
struct MethodEmits<MethodId::kGatewayRestartRequest> {
  using type = GatewayRestartRequestEmits;
};
template <>
struct MethodEmits<MethodId::kHealth> {
  using type = HealthEmits;
};
template <>
struct MethodEmits<MethodId::kSystemEvent> {
  using type = SystemEventEmits;
};

}  // namespace gateway::proto
