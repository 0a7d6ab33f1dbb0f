// Generated from protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/events.hpp"

namespace gateway::proto {

namespace {
std::shared_ptr<const std::string> Serialize(const nlohmann::json& payload) {
  return std::make_shared<const std::string>(
      payload.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}
}  // namespace

void EventEmitter::Agent(const AgentEvent& payload) {
  sink_.Publish(GetEvent(EventId::kAgent), Serialize(Write(payload)), nullptr, {});
}

void EventEmitter::Chat(const ChatEvent& payload) {
  sink_.Publish(GetEvent(EventId::kChat), Serialize(Write(payload)), nullptr, {});
}

void EventEmitter::ConfigChanged(const ConfigChangedEvent& payload) {
  sink_.Publish(GetEvent(EventId::kConfigChanged), Serialize(Write(payload)), nullptr, {});
}

void EventEmitter::ExecApprovalRequested(const ExecApprovalRequestedEvent& payload) {
  sink_.Publish(GetEvent(EventId::kExecApprovalRequested), Serialize(Write(payload)), nullptr, {});
}

void EventEmitter::ExecApprovalResolved(const ExecApprovalResolvedEvent& payload) {
  sink_.Publish(GetEvent(EventId::kExecApprovalResolved), Serialize(Write(payload)), nullptr, {});
}

void EventEmitter::Health(const HealthSnapshot& payload, const StateVersion& state_version) {
  sink_.Publish(GetEvent(EventId::kHealth), Serialize(Write(payload)), Write(state_version), {});
}

void EventEmitter::Heartbeat(const HeartbeatEvent& payload) {
  sink_.Publish(GetEvent(EventId::kHeartbeat), Serialize(Write(payload)), nullptr, {});
}

void EventEmitter::Presence(const PresenceEvent& payload, const StateVersion& state_version) {
  sink_.Publish(GetEvent(EventId::kPresence), Serialize(Write(payload)), Write(state_version), {});
}

void EventEmitter::SessionMessage(const SessionMessageEvent& payload) {
  sink_.Publish(GetEvent(EventId::kSessionMessage), Serialize(Write(payload)), nullptr, {});
}

void EventEmitter::SessionsChanged(const SessionsChangedEvent& payload) {
  sink_.Publish(GetEvent(EventId::kSessionsChanged), Serialize(Write(payload)), nullptr, {});
}

void EventEmitter::Shutdown(const ShutdownEvent& payload) {
  sink_.Publish(GetEvent(EventId::kShutdown), Serialize(Write(payload)), nullptr, {});
}

void EventEmitter::Tick(const TickEvent& payload) {
  sink_.Publish(GetEvent(EventId::kTick), Serialize(Write(payload)), nullptr, {});
}

}  // namespace gateway::proto
