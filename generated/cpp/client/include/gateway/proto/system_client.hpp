// Generated from protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed calls of the system domain over client::GatewayClient (link gateway_client).
#pragma once

#include <chrono>
#include <optional>

#include "gateway/client/typed_call.hpp"
#include "gateway/proto/frames.hpp"
#include "gateway/proto/methods_system.hpp"

namespace gateway::proto {

// One method per system method: typed params in, the typed result or the gateway's error out
// (client::TypedResult). Throws client::GatewayError as GatewayClient::Call does.
class SystemClient {
 public:
  explicit SystemClient(client::GatewayClient& client) : client_(client) {}

  // gateway.identity.get: Return the gateway's own Ed25519 device identity.
  client::TypedResult<GatewayIdentityGetResult> GatewayIdentityGet(const GatewayIdentityGetParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<GatewayIdentityGetResult>(client_, "gateway.identity.get", Write(params), false, timeout);
  }

  // gateway.restart.request: Schedule an in-process restart once active work drains.
  client::TypedResult<GatewayRestartRequestResult> GatewayRestartRequest(const GatewayRestartRequestParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<GatewayRestartRequestResult>(client_, "gateway.restart.request", Write(params), false, timeout);
  }

  // health: Return the cached (or freshly built) health snapshot.
  client::TypedResult<HealthSnapshot> Health(const HealthParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<HealthSnapshot>(client_, "health", Write(params), false, timeout);
  }

  // last-heartbeat: Return the most recent heartbeat event, or null if none ran yet.
  client::TypedResult<LastHeartbeatResult> LastHeartbeat(const LastHeartbeatParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<LastHeartbeatResult>(client_, "last-heartbeat", Write(params), false, timeout);
  }

  // logs.tail: Read the end of the active gateway log file, or what follows a cursor.
  client::TypedResult<LogsTailResult> LogsTail(const LogsTailParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<LogsTailResult>(client_, "logs.tail", Write(params), false, timeout);
  }

  // set-heartbeats: Turn heartbeats on or off.
  client::TypedResult<SetHeartbeatsResult> SetHeartbeats(const SetHeartbeatsParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SetHeartbeatsResult>(client_, "set-heartbeats", Write(params), false, timeout);
  }

  // status: Summarise runtime, heartbeat, channels, sessions and tasks.
  client::TypedResult<StatusResult> Status(const StatusParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<StatusResult>(client_, "status", Write(params), false, timeout);
  }

  // system-event: Record a system event, update presence and optionally wake the heartbeat.
  client::TypedResult<SystemEventResult> SystemEvent(const SystemEventParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SystemEventResult>(client_, "system-event", Write(params), false, timeout);
  }

  // system-presence: List presence entries, newest first with the gateway's own entry on top.
  client::TypedResult<SystemPresenceResult> SystemPresence(const SystemPresenceParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SystemPresenceResult>(client_, "system-presence", Write(params), false, timeout);
  }

 private:
  client::GatewayClient& client_;
};

}  // namespace gateway::proto
