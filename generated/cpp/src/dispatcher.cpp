// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/system.yaml, protocol/version.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/dispatcher.hpp"

#include <utility>

#include "gateway/proto/validators.hpp"

namespace gateway::proto {

Dispatcher::Dispatcher(SystemService& system)
    : system_(system) {}

std::optional<Scope> Dispatcher::RequiredScope(const MethodInfo& method, const nlohmann::json& params) const {
  (void)params;
  return method.scope;
}

void Dispatcher::Dispatch(const MethodInfo& method, const nlohmann::json& params, rpc::CallContext& context,
                          std::shared_ptr<ResponseSink> sink, std::string id) {
  static const nlohmann::json kEmptyParams = nlohmann::json::object();
  const nlohmann::json& effective = params.is_null() ? kEmptyParams : params;
  auto fail = [&](const std::string& detail) {
    SendError(*sink, id, MakeError(ErrorCode::kInvalidRequest, "invalid " + std::string(method.name) + " params: " + detail));
  };
  switch (method.id) {
    case MethodId::kGatewayIdentityGet: {
      auto errors = Validate(&CheckGatewayIdentityGetParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      GatewayIdentityGetParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      system_.GatewayIdentityGet(std::move(decoded), context, Reply<GatewayIdentityGetResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kGatewayRestartRequest: {
      auto errors = Validate(&CheckGatewayRestartRequestParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      GatewayRestartRequestParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      system_.GatewayRestartRequest(std::move(decoded), context, Reply<GatewayRestartRequestResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kHealth: {
      auto errors = Validate(&CheckHealthParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      HealthParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      system_.Health(std::move(decoded), context, Reply<HealthSnapshot>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kLastHeartbeat: {
      auto errors = Validate(&CheckLastHeartbeatParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      LastHeartbeatParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      system_.LastHeartbeat(std::move(decoded), context, Reply<LastHeartbeatResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kLogsTail: {
      auto errors = Validate(&CheckLogsTailParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      LogsTailParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      system_.LogsTail(std::move(decoded), context, Reply<LogsTailResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSetHeartbeats: {
      auto errors = Validate(&CheckSetHeartbeatsParams, effective);
      if (!errors.empty()) return fail("enabled (boolean) required");
      SetHeartbeatsParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      system_.SetHeartbeats(std::move(decoded), context, Reply<SetHeartbeatsResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kStatus: {
      auto errors = Validate(&CheckStatusParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      StatusParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      system_.Status(std::move(decoded), context, Reply<StatusResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSystemEvent: {
      auto errors = Validate(&CheckSystemEventParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SystemEventParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      system_.SystemEvent(std::move(decoded), context, Reply<SystemEventResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSystemPresence: {
      auto errors = Validate(&CheckSystemPresenceParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SystemPresenceParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      system_.SystemPresence(std::move(decoded), context, Reply<SystemPresenceResult>(std::move(sink), std::move(id)));
      return;
    }
  }
}

}  // namespace gateway::proto
