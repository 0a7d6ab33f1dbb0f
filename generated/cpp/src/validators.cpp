// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <algorithm>
#include <array>
#include <utility>

#include "gateway/proto/validators.hpp"

namespace gateway::proto {

CheckFn FindCheck(std::string_view definition) {
  static constexpr std::array<std::pair<std::string_view, CheckFn>, 99> kChecks = {{
      {"AgentDefaultsConfig", &CheckAgentDefaultsConfig},
      {"AgentEntryConfig", &CheckAgentEntryConfig},
      {"AgentModelConfig", &CheckAgentModelConfig},
      {"AgentModelEntryConfig", &CheckAgentModelEntryConfig},
      {"AgentModelSelection", &CheckAgentModelSelection},
      {"AgentSandboxConfig", &CheckAgentSandboxConfig},
      {"AgentsConfig", &CheckAgentsConfig},
      {"AuthConfig", &CheckAuthConfig},
      {"AuthFailureDetails", &CheckAuthFailureDetails},
      {"AuthProfileConfig", &CheckAuthProfileConfig},
      {"BindingConfig", &CheckBindingConfig},
      {"ByteSize", &CheckByteSize},
      {"CanvasHostConfig", &CheckCanvasHostConfig},
      {"ChannelAccountConfig", &CheckChannelAccountConfig},
      {"ChannelConfig", &CheckChannelConfig},
      {"ChannelDefaultsConfig", &CheckChannelDefaultsConfig},
      {"ChannelGroupConfig", &CheckChannelGroupConfig},
      {"ChannelHealthMonitorConfig", &CheckChannelHealthMonitorConfig},
      {"ChannelsConfig", &CheckChannelsConfig},
      {"ConnectChallengeEvent", &CheckConnectChallengeEvent},
      {"ConnectParams", &CheckConnectParams},
      {"ControlUiDeviceIdentityRequiredDetails", &CheckControlUiDeviceIdentityRequiredDetails},
      {"ControlUiOriginNotAllowedDetails", &CheckControlUiOriginNotAllowedDetails},
      {"CronConfig", &CheckCronConfig},
      {"CronJobNotFoundDetails", &CheckCronJobNotFoundDetails},
      {"DeviceIdentityRequiredDetails", &CheckDeviceIdentityRequiredDetails},
      {"DmPolicy", &CheckDmPolicy},
      {"DmScope", &CheckDmScope},
      {"DrainingDetails", &CheckDrainingDetails},
      {"DurationString", &CheckDurationString},
      {"EnvConfig", &CheckEnvConfig},
      {"ErrorShape", &CheckErrorShape},
      {"EventFrame", &CheckEventFrame},
      {"GatewayAuthConfig", &CheckGatewayAuthConfig},
      {"GatewayAuthRateLimitConfig", &CheckGatewayAuthRateLimitConfig},
      {"GatewayConfig", &CheckGatewayConfig},
      {"GatewayHttpConfig", &CheckGatewayHttpConfig},
      {"GatewayIdentityGetParams", &CheckGatewayIdentityGetParams},
      {"GatewayIdentityGetResult", &CheckGatewayIdentityGetResult},
      {"GatewayRestartRequestParams", &CheckGatewayRestartRequestParams},
      {"GatewayRestartRequestResult", &CheckGatewayRestartRequestResult},
      {"GroupPolicy", &CheckGroupPolicy},
      {"GroupScope", &CheckGroupScope},
      {"HealthParams", &CheckHealthParams},
      {"HealthSessions", &CheckHealthSessions},
      {"HealthSnapshot", &CheckHealthSnapshot},
      {"HeartbeatConfig", &CheckHeartbeatConfig},
      {"HeartbeatEvent", &CheckHeartbeatEvent},
      {"HelloOk", &CheckHelloOk},
      {"HookMappingConfig", &CheckHookMappingConfig},
      {"HooksConfig", &CheckHooksConfig},
      {"HttpFileInputConfig", &CheckHttpFileInputConfig},
      {"HttpImageInputConfig", &CheckHttpImageInputConfig},
      {"IdentityConfig", &CheckIdentityConfig},
      {"LastHeartbeatParams", &CheckLastHeartbeatParams},
      {"LastHeartbeatResult", &CheckLastHeartbeatResult},
      {"LogLevel", &CheckLogLevel},
      {"LoggingConfig", &CheckLoggingConfig},
      {"LogsTailParams", &CheckLogsTailParams},
      {"LogsTailResult", &CheckLogsTailResult},
      {"MissingScopeDetails", &CheckMissingScopeDetails},
      {"ModelApi", &CheckModelApi},
      {"ModelCost", &CheckModelCost},
      {"ModelDefinitionConfig", &CheckModelDefinitionConfig},
      {"ModelProviderConfig", &CheckModelProviderConfig},
      {"ModelsConfig", &CheckModelsConfig},
      {"OpenClawConfig", &CheckOpenClawConfig},
      {"PairingRequiredDetails", &CheckPairingRequiredDetails},
      {"PluginEntryConfig", &CheckPluginEntryConfig},
      {"PluginsConfig", &CheckPluginsConfig},
      {"PresenceEntry", &CheckPresenceEntry},
      {"PresenceEvent", &CheckPresenceEvent},
      {"ProtocolMismatchDetails", &CheckProtocolMismatchDetails},
      {"RequestFrame", &CheckRequestFrame},
      {"ResponseFrame", &CheckResponseFrame},
      {"RestartPreflight", &CheckRestartPreflight},
      {"SecretInput", &CheckSecretInput},
      {"SecretRef", &CheckSecretRef},
      {"SendPolicyAction", &CheckSendPolicyAction},
      {"SessionConfig", &CheckSessionConfig},
      {"SessionDefaults", &CheckSessionDefaults},
      {"SessionMaintenanceConfig", &CheckSessionMaintenanceConfig},
      {"SessionResetPolicy", &CheckSessionResetPolicy},
      {"SessionSendPolicy", &CheckSessionSendPolicy},
      {"SetHeartbeatsParams", &CheckSetHeartbeatsParams},
      {"SetHeartbeatsResult", &CheckSetHeartbeatsResult},
      {"ShutdownEvent", &CheckShutdownEvent},
      {"Snapshot", &CheckSnapshot},
      {"StartupDetails", &CheckStartupDetails},
      {"StateVersion", &CheckStateVersion},
      {"StatusParams", &CheckStatusParams},
      {"StatusResult", &CheckStatusResult},
      {"StringList", &CheckStringList},
      {"SystemEventParams", &CheckSystemEventParams},
      {"SystemEventResult", &CheckSystemEventResult},
      {"SystemPresenceParams", &CheckSystemPresenceParams},
      {"SystemPresenceResult", &CheckSystemPresenceResult},
      {"TickEvent", &CheckTickEvent},
      {"UnknownAgentIdDetails", &CheckUnknownAgentIdDetails},
  }};
  auto it = std::lower_bound(kChecks.begin(), kChecks.end(), definition,
                             [](const auto& entry, std::string_view name) { return entry.first < name; });
  return it != kChecks.end() && it->first == definition ? it->second : nullptr;
}

std::vector<wire::ValidationError> Validate(CheckFn check, const nlohmann::json& value) {
  wire::Checker c;
  check(value, c);
  return c.TakeErrors();
}

}  // namespace gateway::proto
