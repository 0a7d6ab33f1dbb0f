// Generated from protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the system domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/system_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A SystemService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.gateway_identity_get.Returns(result)`, then `.calls()`.
class SystemServiceDouble : public SystemService {
 public:
  MethodDouble<GatewayIdentityGetParams, Reply<GatewayIdentityGetResult>> gateway_identity_get{"gateway.identity.get"};
  MethodDouble<GatewayRestartRequestParams, Reply<GatewayRestartRequestResult>> gateway_restart_request{"gateway.restart.request"};
  MethodDouble<HealthParams, Reply<HealthSnapshot>> health{"health"};
  MethodDouble<LastHeartbeatParams, Reply<LastHeartbeatResult>> last_heartbeat{"last-heartbeat"};
  MethodDouble<LogsTailParams, Reply<LogsTailResult>> logs_tail{"logs.tail"};
  MethodDouble<SetHeartbeatsParams, Reply<SetHeartbeatsResult>> set_heartbeats{"set-heartbeats"};
  MethodDouble<StatusParams, Reply<StatusResult>> status{"status"};
  MethodDouble<SystemEventParams, Reply<SystemEventResult>> system_event{"system-event"};
  MethodDouble<SystemPresenceParams, Reply<SystemPresenceResult>> system_presence{"system-presence"};

  void GatewayIdentityGet(GatewayIdentityGetParams params, rpc::CallContext&, Reply<GatewayIdentityGetResult> reply) override {
    gateway_identity_get.Handle(std::move(params), std::move(reply));
  }

  void GatewayRestartRequest(GatewayRestartRequestParams params, rpc::CallContext&, Reply<GatewayRestartRequestResult> reply) override {
    gateway_restart_request.Handle(std::move(params), std::move(reply));
  }

  void Health(HealthParams params, rpc::CallContext&, Reply<HealthSnapshot> reply) override {
    health.Handle(std::move(params), std::move(reply));
  }

  void LastHeartbeat(LastHeartbeatParams params, rpc::CallContext&, Reply<LastHeartbeatResult> reply) override {
    last_heartbeat.Handle(std::move(params), std::move(reply));
  }

  void LogsTail(LogsTailParams params, rpc::CallContext&, Reply<LogsTailResult> reply) override {
    logs_tail.Handle(std::move(params), std::move(reply));
  }

  void SetHeartbeats(SetHeartbeatsParams params, rpc::CallContext&, Reply<SetHeartbeatsResult> reply) override {
    set_heartbeats.Handle(std::move(params), std::move(reply));
  }

  void Status(StatusParams params, rpc::CallContext&, Reply<StatusResult> reply) override {
    status.Handle(std::move(params), std::move(reply));
  }

  void SystemEvent(SystemEventParams params, rpc::CallContext&, Reply<SystemEventResult> reply) override {
    system_event.Handle(std::move(params), std::move(reply));
  }

  void SystemPresence(SystemPresenceParams params, rpc::CallContext&, Reply<SystemPresenceResult> reply) override {
    system_presence.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.GatewayIdentityGet (gateway.identity.get) with `context`; the outcome holds its answer.
inline CallOutcome<GatewayIdentityGetResult> CallGatewayIdentityGet(SystemService& service, GatewayIdentityGetParams params, rpc::CallContext& context) {
  return Invoke(service, &SystemService::GatewayIdentityGet, std::move(params), context);
}

// Calls service.GatewayRestartRequest (gateway.restart.request) with `context`; the outcome holds its answer.
inline CallOutcome<GatewayRestartRequestResult> CallGatewayRestartRequest(SystemService& service, GatewayRestartRequestParams params, rpc::CallContext& context) {
  return Invoke(service, &SystemService::GatewayRestartRequest, std::move(params), context);
}

// Calls service.Health (health) with `context`; the outcome holds its answer.
inline CallOutcome<HealthSnapshot> CallHealth(SystemService& service, HealthParams params, rpc::CallContext& context) {
  return Invoke(service, &SystemService::Health, std::move(params), context);
}

// Calls service.LastHeartbeat (last-heartbeat) with `context`; the outcome holds its answer.
inline CallOutcome<LastHeartbeatResult> CallLastHeartbeat(SystemService& service, LastHeartbeatParams params, rpc::CallContext& context) {
  return Invoke(service, &SystemService::LastHeartbeat, std::move(params), context);
}

// Calls service.LogsTail (logs.tail) with `context`; the outcome holds its answer.
inline CallOutcome<LogsTailResult> CallLogsTail(SystemService& service, LogsTailParams params, rpc::CallContext& context) {
  return Invoke(service, &SystemService::LogsTail, std::move(params), context);
}

// Calls service.SetHeartbeats (set-heartbeats) with `context`; the outcome holds its answer.
inline CallOutcome<SetHeartbeatsResult> CallSetHeartbeats(SystemService& service, SetHeartbeatsParams params, rpc::CallContext& context) {
  return Invoke(service, &SystemService::SetHeartbeats, std::move(params), context);
}

// Calls service.Status (status) with `context`; the outcome holds its answer.
inline CallOutcome<StatusResult> CallStatus(SystemService& service, StatusParams params, rpc::CallContext& context) {
  return Invoke(service, &SystemService::Status, std::move(params), context);
}

// Calls service.SystemEvent (system-event) with `context`; the outcome holds its answer.
inline CallOutcome<SystemEventResult> CallSystemEvent(SystemService& service, SystemEventParams params, rpc::CallContext& context) {
  return Invoke(service, &SystemService::SystemEvent, std::move(params), context);
}

// Calls service.SystemPresence (system-presence) with `context`; the outcome holds its answer.
inline CallOutcome<SystemPresenceResult> CallSystemPresence(SystemService& service, SystemPresenceParams params, rpc::CallContext& context) {
  return Invoke(service, &SystemService::SystemPresence, std::move(params), context);
}

}  // namespace gateway::proto::testing
