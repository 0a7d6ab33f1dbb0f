// Generated from protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "gateway/proto/event_sink.hpp"
#include "gateway/proto/protocol.hpp"
#include "gateway/proto/events_agent.hpp"
#include "gateway/proto/events_approvals.hpp"
#include "gateway/proto/events_chat.hpp"
#include "gateway/proto/events_config.hpp"
#include "gateway/proto/events_sessions.hpp"
#include "gateway/proto/events_system.hpp"
#include "gateway/proto/frames.hpp"

namespace gateway::proto {

// Typed emitters, one per declared event (pre-auth events are sent by the transport itself).
class EventEmitter {
 public:
  explicit EventEmitter(EventSink& sink) : sink_(sink) {}

  // agent: One event of a run: lifecycle, assistant text (coalesced every 75 ms), thinking, tool (run owner with cap tool-events only), item, error.
  void Agent(const AgentEvent& payload);

  // chat: Chat state of a run on a session (status, delta, final, aborted, error); chat.inject sends a final with seq 0.
  void Chat(const ChatEvent& payload);

  // config.changed: The config file was written by config.set, config.apply or config.patch (never carries config content).
  void ConfigChanged(const ConfigChangedEvent& payload);

  // exec.approval.requested: An exec call waits for an operator. Only to approval clients: operator.approvals or admin, and client id openclaw-control-ui / openclaw-macos / -ios / -android or cap approvals / exec-approvals.
  void ExecApprovalRequested(const ExecApprovalRequestedEvent& payload);

  // exec.approval.resolved: An exec approval was decided (explicitly, or denied because its run was aborted); to approval clients only.
  void ExecApprovalResolved(const ExecApprovalResolvedEvent& payload);

  // health: A new health snapshot was built.
  void Health(const HealthSnapshot& payload, const StateVersion& state_version);

  // heartbeat: A heartbeat run finished.
  void Heartbeat(const HeartbeatEvent& payload);

  // presence: The presence list changed.
  void Presence(const PresenceEvent& payload, const StateVersion& state_version);

  // session.message: A transcript message was added; only to sockets subscribed to that session with sessions.messages.subscribe.
  void SessionMessage(const SessionMessageEvent& payload);

  // sessions.changed: A session row changed; only to sockets that called sessions.subscribe.
  void SessionsChanged(const SessionsChangedEvent& payload);

  // shutdown: The gateway is stopping or restarting; sockets close 1012 next.
  void Shutdown(const ShutdownEvent& payload);

  // tick: Gateway-wide keepalive every tickIntervalMs.
  void Tick(const TickEvent& payload);

 private:
  EventSink& sink_;
};

}  // namespace gateway::proto
