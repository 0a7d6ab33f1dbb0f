// Generated from protocol/events/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "gateway/proto/event_sink.hpp"
#include "gateway/proto/protocol.hpp"
#include "gateway/proto/events_system.hpp"
#include "gateway/proto/frames.hpp"

namespace gateway::proto {

// Typed emitters, one per declared event (pre-auth events are sent by the transport itself).
class EventEmitter {
 public:
  explicit EventEmitter(EventSink& sink) : sink_(sink) {}

  // health: A new health snapshot was built.
  void Health(const HealthSnapshot& payload, const StateVersion& state_version);

  // heartbeat: A heartbeat run finished.
  void Heartbeat(const HeartbeatEvent& payload);

  // presence: The presence list changed.
  void Presence(const PresenceEvent& payload, const StateVersion& state_version);

  // shutdown: The gateway is stopping or restarting; sockets close 1012 next.
  void Shutdown(const ShutdownEvent& payload);

  // tick: Gateway-wide keepalive every tickIntervalMs.
  void Tick(const TickEvent& payload);

 private:
  EventSink& sink_;
};

}  // namespace gateway::proto
