// The system domain (methods.md §2): health, status, presence, system events, heartbeats, logs,
// the gateway's identity and restarts.
#pragma once

#include "gateway/proto/system_service.hpp"
#include "server/gateway/gateway_state.hpp"
#include "server/gateway/session.hpp"
#include "server/system/identity.hpp"

namespace gateway::server {

class SystemServiceImpl : public proto::SystemService {
 public:
  SystemServiceImpl(GatewayState& state, const system::GatewayIdentity& identity);

  void Health(proto::HealthParams params, rpc::CallContext& context,
              proto::Reply<proto::HealthSnapshot> reply) override;
  void Status(proto::StatusParams params, rpc::CallContext& context,
              proto::Reply<proto::StatusResult> reply) override;
  void SystemPresence(proto::SystemPresenceParams params, rpc::CallContext& context,
                      proto::Reply<proto::SystemPresenceResult> reply) override;
  void SystemEvent(proto::SystemEventParams params, rpc::CallContext& context,
                   proto::Reply<proto::SystemEventResult> reply) override;
  void LastHeartbeat(proto::LastHeartbeatParams params, rpc::CallContext& context,
                     proto::Reply<proto::LastHeartbeatResult> reply) override;
  void SetHeartbeats(proto::SetHeartbeatsParams params, rpc::CallContext& context,
                     proto::Reply<proto::SetHeartbeatsResult> reply) override;
  void LogsTail(proto::LogsTailParams params, rpc::CallContext& context,
                proto::Reply<proto::LogsTailResult> reply) override;
  void GatewayIdentityGet(proto::GatewayIdentityGetParams params, rpc::CallContext& context,
                          proto::Reply<proto::GatewayIdentityGetResult> reply) override;
  void GatewayRestartRequest(proto::GatewayRestartRequestParams params, rpc::CallContext& context,
                             proto::Reply<proto::GatewayRestartRequestResult> reply) override;

 private:
  GatewayState& state_;
  const system::GatewayIdentity& identity_;
};

}  // namespace gateway::server
