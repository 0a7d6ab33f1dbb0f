// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/registry.hpp"

#include "gateway/proto/types.hpp"

namespace gateway::proto {

std::optional<nlohmann::json> RoundTrip(std::string_view definition, const nlohmann::json& value) {
  if (definition == "AgentDefaultsConfig") return nlohmann::json(Write(wire::Decode<AgentDefaultsConfig>(value)));
  if (definition == "AgentEntryConfig") return nlohmann::json(Write(wire::Decode<AgentEntryConfig>(value)));
  if (definition == "AgentModelConfig") return nlohmann::json(Write(wire::Decode<AgentModelConfig>(value)));
  if (definition == "AgentModelEntryConfig") return nlohmann::json(Write(wire::Decode<AgentModelEntryConfig>(value)));
  if (definition == "AgentModelSelection") return nlohmann::json(Write(wire::Decode<AgentModelSelection>(value)));
  if (definition == "AgentSandboxConfig") return nlohmann::json(Write(wire::Decode<AgentSandboxConfig>(value)));
  if (definition == "AgentsConfig") return nlohmann::json(Write(wire::Decode<AgentsConfig>(value)));
  if (definition == "AuthConfig") return nlohmann::json(Write(wire::Decode<AuthConfig>(value)));
  if (definition == "AuthFailureDetails") return nlohmann::json(Write(wire::Decode<AuthFailureDetails>(value)));
  if (definition == "AuthProfileConfig") return nlohmann::json(Write(wire::Decode<AuthProfileConfig>(value)));
  if (definition == "BindingConfig") return nlohmann::json(Write(wire::Decode<BindingConfig>(value)));
  if (definition == "ByteSize") return nlohmann::json(Write(wire::Decode<ByteSize>(value)));
  if (definition == "CanvasHostConfig") return nlohmann::json(Write(wire::Decode<CanvasHostConfig>(value)));
  if (definition == "ChannelAccountConfig") return nlohmann::json(Write(wire::Decode<ChannelAccountConfig>(value)));
  if (definition == "ChannelConfig") return nlohmann::json(Write(wire::Decode<ChannelConfig>(value)));
  if (definition == "ChannelDefaultsConfig") return nlohmann::json(Write(wire::Decode<ChannelDefaultsConfig>(value)));
  if (definition == "ChannelGroupConfig") return nlohmann::json(Write(wire::Decode<ChannelGroupConfig>(value)));
  if (definition == "ChannelHealthMonitorConfig") return nlohmann::json(Write(wire::Decode<ChannelHealthMonitorConfig>(value)));
  if (definition == "ChannelsConfig") return nlohmann::json(Write(wire::Decode<ChannelsConfig>(value)));
  if (definition == "ConnectChallengeEvent") return nlohmann::json(Write(wire::Decode<ConnectChallengeEvent>(value)));
  if (definition == "ConnectParams") return nlohmann::json(Write(wire::Decode<ConnectParams>(value)));
  if (definition == "ControlUiDeviceIdentityRequiredDetails") return nlohmann::json(Write(wire::Decode<ControlUiDeviceIdentityRequiredDetails>(value)));
  if (definition == "ControlUiOriginNotAllowedDetails") return nlohmann::json(Write(wire::Decode<ControlUiOriginNotAllowedDetails>(value)));
  if (definition == "CronConfig") return nlohmann::json(Write(wire::Decode<CronConfig>(value)));
  if (definition == "CronJobNotFoundDetails") return nlohmann::json(Write(wire::Decode<CronJobNotFoundDetails>(value)));
  if (definition == "DeviceIdentityRequiredDetails") return nlohmann::json(Write(wire::Decode<DeviceIdentityRequiredDetails>(value)));
  if (definition == "DmPolicy") return nlohmann::json(Write(wire::Decode<DmPolicy>(value)));
  if (definition == "DmScope") return nlohmann::json(Write(wire::Decode<DmScope>(value)));
  if (definition == "DrainingDetails") return nlohmann::json(Write(wire::Decode<DrainingDetails>(value)));
  if (definition == "DurationString") return nlohmann::json(Write(wire::Decode<DurationString>(value)));
  if (definition == "EnvConfig") return nlohmann::json(Write(wire::Decode<EnvConfig>(value)));
  if (definition == "ErrorShape") return nlohmann::json(Write(wire::Decode<ErrorShape>(value)));
  if (definition == "EventFrame") return nlohmann::json(Write(wire::Decode<EventFrame>(value)));
  if (definition == "GatewayAuthConfig") return nlohmann::json(Write(wire::Decode<GatewayAuthConfig>(value)));
  if (definition == "GatewayAuthRateLimitConfig") return nlohmann::json(Write(wire::Decode<GatewayAuthRateLimitConfig>(value)));
  if (definition == "GatewayConfig") return nlohmann::json(Write(wire::Decode<GatewayConfig>(value)));
  if (definition == "GatewayHttpConfig") return nlohmann::json(Write(wire::Decode<GatewayHttpConfig>(value)));
  if (definition == "GatewayIdentityGetParams") return nlohmann::json(Write(wire::Decode<GatewayIdentityGetParams>(value)));
  if (definition == "GatewayIdentityGetResult") return nlohmann::json(Write(wire::Decode<GatewayIdentityGetResult>(value)));
  if (definition == "GatewayRestartRequestParams") return nlohmann::json(Write(wire::Decode<GatewayRestartRequestParams>(value)));
  if (definition == "GatewayRestartRequestResult") return nlohmann::json(Write(wire::Decode<GatewayRestartRequestResult>(value)));
  if (definition == "GroupPolicy") return nlohmann::json(Write(wire::Decode<GroupPolicy>(value)));
  if (definition == "GroupScope") return nlohmann::json(Write(wire::Decode<GroupScope>(value)));
  if (definition == "HealthParams") return nlohmann::json(Write(wire::Decode<HealthParams>(value)));
  if (definition == "HealthSessions") return nlohmann::json(Write(wire::Decode<HealthSessions>(value)));
  if (definition == "HealthSnapshot") return nlohmann::json(Write(wire::Decode<HealthSnapshot>(value)));
  if (definition == "HeartbeatConfig") return nlohmann::json(Write(wire::Decode<HeartbeatConfig>(value)));
  if (definition == "HeartbeatEvent") return nlohmann::json(Write(wire::Decode<HeartbeatEvent>(value)));
  if (definition == "HelloOk") return nlohmann::json(Write(wire::Decode<HelloOk>(value)));
  if (definition == "HookMappingConfig") return nlohmann::json(Write(wire::Decode<HookMappingConfig>(value)));
  if (definition == "HooksConfig") return nlohmann::json(Write(wire::Decode<HooksConfig>(value)));
  if (definition == "HttpFileInputConfig") return nlohmann::json(Write(wire::Decode<HttpFileInputConfig>(value)));
  if (definition == "HttpImageInputConfig") return nlohmann::json(Write(wire::Decode<HttpImageInputConfig>(value)));
  if (definition == "IdentityConfig") return nlohmann::json(Write(wire::Decode<IdentityConfig>(value)));
  if (definition == "LastHeartbeatParams") return nlohmann::json(Write(wire::Decode<LastHeartbeatParams>(value)));
  if (definition == "LastHeartbeatResult") return nlohmann::json(Write(wire::Decode<LastHeartbeatResult>(value)));
  if (definition == "LogLevel") return nlohmann::json(Write(wire::Decode<LogLevel>(value)));
  if (definition == "LoggingConfig") return nlohmann::json(Write(wire::Decode<LoggingConfig>(value)));
  if (definition == "LogsTailParams") return nlohmann::json(Write(wire::Decode<LogsTailParams>(value)));
  if (definition == "LogsTailResult") return nlohmann::json(Write(wire::Decode<LogsTailResult>(value)));
  if (definition == "MissingScopeDetails") return nlohmann::json(Write(wire::Decode<MissingScopeDetails>(value)));
  if (definition == "ModelApi") return nlohmann::json(Write(wire::Decode<ModelApi>(value)));
  if (definition == "ModelCost") return nlohmann::json(Write(wire::Decode<ModelCost>(value)));
  if (definition == "ModelDefinitionConfig") return nlohmann::json(Write(wire::Decode<ModelDefinitionConfig>(value)));
  if (definition == "ModelProviderConfig") return nlohmann::json(Write(wire::Decode<ModelProviderConfig>(value)));
  if (definition == "ModelsConfig") return nlohmann::json(Write(wire::Decode<ModelsConfig>(value)));
  if (definition == "OpenClawConfig") return nlohmann::json(Write(wire::Decode<OpenClawConfig>(value)));
  if (definition == "PairingRequiredDetails") return nlohmann::json(Write(wire::Decode<PairingRequiredDetails>(value)));
  if (definition == "PluginEntryConfig") return nlohmann::json(Write(wire::Decode<PluginEntryConfig>(value)));
  if (definition == "PluginsConfig") return nlohmann::json(Write(wire::Decode<PluginsConfig>(value)));
  if (definition == "PresenceEntry") return nlohmann::json(Write(wire::Decode<PresenceEntry>(value)));
  if (definition == "PresenceEvent") return nlohmann::json(Write(wire::Decode<PresenceEvent>(value)));
  if (definition == "ProtocolMismatchDetails") return nlohmann::json(Write(wire::Decode<ProtocolMismatchDetails>(value)));
  if (definition == "RequestFrame") return nlohmann::json(Write(wire::Decode<RequestFrame>(value)));
  if (definition == "ResponseFrame") return nlohmann::json(Write(wire::Decode<ResponseFrame>(value)));
  if (definition == "RestartPreflight") return nlohmann::json(Write(wire::Decode<RestartPreflight>(value)));
  if (definition == "SecretInput") return nlohmann::json(Write(wire::Decode<SecretInput>(value)));
  if (definition == "SecretRef") return nlohmann::json(Write(wire::Decode<SecretRef>(value)));
  if (definition == "SendPolicyAction") return nlohmann::json(Write(wire::Decode<SendPolicyAction>(value)));
  if (definition == "SessionConfig") return nlohmann::json(Write(wire::Decode<SessionConfig>(value)));
  if (definition == "SessionDefaults") return nlohmann::json(Write(wire::Decode<SessionDefaults>(value)));
  if (definition == "SessionMaintenanceConfig") return nlohmann::json(Write(wire::Decode<SessionMaintenanceConfig>(value)));
  if (definition == "SessionResetPolicy") return nlohmann::json(Write(wire::Decode<SessionResetPolicy>(value)));
  if (definition == "SessionSendPolicy") return nlohmann::json(Write(wire::Decode<SessionSendPolicy>(value)));
  if (definition == "SetHeartbeatsParams") return nlohmann::json(Write(wire::Decode<SetHeartbeatsParams>(value)));
  if (definition == "SetHeartbeatsResult") return nlohmann::json(Write(wire::Decode<SetHeartbeatsResult>(value)));
  if (definition == "ShutdownEvent") return nlohmann::json(Write(wire::Decode<ShutdownEvent>(value)));
  if (definition == "Snapshot") return nlohmann::json(Write(wire::Decode<Snapshot>(value)));
  if (definition == "StartupDetails") return nlohmann::json(Write(wire::Decode<StartupDetails>(value)));
  if (definition == "StateVersion") return nlohmann::json(Write(wire::Decode<StateVersion>(value)));
  if (definition == "StatusParams") return nlohmann::json(Write(wire::Decode<StatusParams>(value)));
  if (definition == "StatusResult") return nlohmann::json(Write(wire::Decode<StatusResult>(value)));
  if (definition == "StringList") return nlohmann::json(Write(wire::Decode<StringList>(value)));
  if (definition == "SystemEventParams") return nlohmann::json(Write(wire::Decode<SystemEventParams>(value)));
  if (definition == "SystemEventResult") return nlohmann::json(Write(wire::Decode<SystemEventResult>(value)));
  if (definition == "SystemPresenceParams") return nlohmann::json(Write(wire::Decode<SystemPresenceParams>(value)));
  if (definition == "SystemPresenceResult") return nlohmann::json(Write(wire::Decode<SystemPresenceResult>(value)));
  if (definition == "TickEvent") return nlohmann::json(Write(wire::Decode<TickEvent>(value)));
  if (definition == "UnknownAgentIdDetails") return nlohmann::json(Write(wire::Decode<UnknownAgentIdDetails>(value)));
  (void)value;
  return std::nullopt;
}

}  // namespace gateway::proto
