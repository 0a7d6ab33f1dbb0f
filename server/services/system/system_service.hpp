// The system domain (methods.md §2): health, status, presence, system events, heartbeats, logs,
// the gateway's identity and restarts.
#pragma once

#include <filesystem>

#include "gateway/proto/system_service.hpp"
#include "server/domain/health/health_monitor.hpp"
#include "server/domain/presence/presence_store.hpp"
#include "server/domain/sessions/session_store.hpp"
#include "server/domain/system/config_reload_state.hpp"
#include "server/domain/system/gateway_info.hpp"
#include "server/domain/system/restart_requests.hpp"
#include "server/domain/system/system_event_queue.hpp"
#include "server/platform/identity.hpp"
#include "server/rpc/call_context.hpp"

namespace gateway::services {

class SystemService final : public proto::SystemService {
 public:
  struct Domain {
    const domain::GatewayInfo& info;
    domain::PresenceStore& presence;
    domain::HealthMonitor& health;
    domain::SystemEventQueue& system_events;
    const platform::GatewayIdentity& identity;
    domain::RestartRequests* restarts = nullptr;  // null: this process cannot restart itself
    std::filesystem::path state_dir;
    // The session store: `status` reports its path and real session count. Null: zero sessions.
    domain::sessions::SessionStore* sessions = nullptr;
    // What the config watcher last concluded; null when nothing watches the config.
    const domain::ConfigReloadState* config_reload = nullptr;
  };
  explicit SystemService(Domain domain);

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
  Domain domain_;
};

}  // namespace gateway::services
