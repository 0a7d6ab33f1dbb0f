// Generated from protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/rpc.hpp"
#include "gateway/proto/frames.hpp"
#include "gateway/proto/methods_system.hpp"

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// Handlers of the system domain. Implement every method; answer through `reply`, now or
// later, from any thread.
class SystemService {
 public:
  virtual ~SystemService() = default;

  // gateway.identity.get: Return the gateway's own Ed25519 device identity.
  virtual void GatewayIdentityGet(GatewayIdentityGetParams params, rpc::CallContext& context, Reply<GatewayIdentityGetResult> reply) = 0;

  // gateway.restart.request: Schedule an in-process restart once active work drains.
  virtual void GatewayRestartRequest(GatewayRestartRequestParams params, rpc::CallContext& context, Reply<GatewayRestartRequestResult> reply) = 0;

  // health: Return the cached (or freshly built) health snapshot.
  virtual void Health(HealthParams params, rpc::CallContext& context, Reply<HealthSnapshot> reply) = 0;

  // last-heartbeat: Return the most recent heartbeat event, or null if none ran yet.
  virtual void LastHeartbeat(LastHeartbeatParams params, rpc::CallContext& context, Reply<LastHeartbeatResult> reply) = 0;

  // logs.tail: Read the end of the active gateway log file, or what follows a cursor.
  virtual void LogsTail(LogsTailParams params, rpc::CallContext& context, Reply<LogsTailResult> reply) = 0;

  // set-heartbeats: Turn heartbeats on or off.
  virtual void SetHeartbeats(SetHeartbeatsParams params, rpc::CallContext& context, Reply<SetHeartbeatsResult> reply) = 0;

  // status: Summarise runtime, heartbeat, channels, sessions and tasks.
  virtual void Status(StatusParams params, rpc::CallContext& context, Reply<StatusResult> reply) = 0;

  // system-event: Record a system event, update presence and optionally wake the heartbeat.
  virtual void SystemEvent(SystemEventParams params, rpc::CallContext& context, Reply<SystemEventResult> reply) = 0;

  // system-presence: List presence entries, newest first with the gateway's own entry on top.
  virtual void SystemPresence(SystemPresenceParams params, rpc::CallContext& context, Reply<SystemPresenceResult> reply) = 0;
};

}  // namespace gateway::proto
