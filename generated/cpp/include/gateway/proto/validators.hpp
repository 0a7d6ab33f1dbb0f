// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Validators: Check<Definition>(value, checker) records every schema violation of `value`.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "gateway/wire/validation.hpp"

namespace gateway::proto {

using CheckFn = void (*)(const nlohmann::json& value, wire::Checker& c);

void CheckAbortResult(const nlohmann::json& v, wire::Checker& c);
void CheckAgentAccepted(const nlohmann::json& v, wire::Checker& c);
void CheckAgentDefaultsConfig(const nlohmann::json& v, wire::Checker& c);
void CheckAgentEntryConfig(const nlohmann::json& v, wire::Checker& c);
void CheckAgentErrorPayload(const nlohmann::json& v, wire::Checker& c);
void CheckAgentEvent(const nlohmann::json& v, wire::Checker& c);
void CheckAgentIdentityGetParams(const nlohmann::json& v, wire::Checker& c);
void CheckAgentIdentityGetResult(const nlohmann::json& v, wire::Checker& c);
void CheckAgentModelConfig(const nlohmann::json& v, wire::Checker& c);
void CheckAgentModelEntryConfig(const nlohmann::json& v, wire::Checker& c);
void CheckAgentModelSelection(const nlohmann::json& v, wire::Checker& c);
void CheckAgentParams(const nlohmann::json& v, wire::Checker& c);
void CheckAgentResult(const nlohmann::json& v, wire::Checker& c);
void CheckAgentRunStatus(const nlohmann::json& v, wire::Checker& c);
void CheckAgentSandboxConfig(const nlohmann::json& v, wire::Checker& c);
void CheckAgentSummary(const nlohmann::json& v, wire::Checker& c);
void CheckAgentWaitParams(const nlohmann::json& v, wire::Checker& c);
void CheckAgentWaitResult(const nlohmann::json& v, wire::Checker& c);
void CheckAgentsConfig(const nlohmann::json& v, wire::Checker& c);
void CheckAgentsListParams(const nlohmann::json& v, wire::Checker& c);
void CheckAgentsListResult(const nlohmann::json& v, wire::Checker& c);
void CheckAuthConfig(const nlohmann::json& v, wire::Checker& c);
void CheckAuthFailureDetails(const nlohmann::json& v, wire::Checker& c);
void CheckAuthProfileConfig(const nlohmann::json& v, wire::Checker& c);
void CheckBindingConfig(const nlohmann::json& v, wire::Checker& c);
void CheckByteSize(const nlohmann::json& v, wire::Checker& c);
void CheckCanvasHostConfig(const nlohmann::json& v, wire::Checker& c);
void CheckChannelAccountConfig(const nlohmann::json& v, wire::Checker& c);
void CheckChannelConfig(const nlohmann::json& v, wire::Checker& c);
void CheckChannelDefaultsConfig(const nlohmann::json& v, wire::Checker& c);
void CheckChannelGroupConfig(const nlohmann::json& v, wire::Checker& c);
void CheckChannelHealthMonitorConfig(const nlohmann::json& v, wire::Checker& c);
void CheckChannelsConfig(const nlohmann::json& v, wire::Checker& c);
void CheckChannelsPairingApproveParams(const nlohmann::json& v, wire::Checker& c);
void CheckChannelsPairingApproveResult(const nlohmann::json& v, wire::Checker& c);
void CheckChannelsPairingDismissParams(const nlohmann::json& v, wire::Checker& c);
void CheckChannelsPairingDismissResult(const nlohmann::json& v, wire::Checker& c);
void CheckChannelsPairingListParams(const nlohmann::json& v, wire::Checker& c);
void CheckChannelsPairingListResult(const nlohmann::json& v, wire::Checker& c);
void CheckChannelsStatusParams(const nlohmann::json& v, wire::Checker& c);
void CheckChannelsStatusResult(const nlohmann::json& v, wire::Checker& c);
void CheckChatAbortParams(const nlohmann::json& v, wire::Checker& c);
void CheckChatEvent(const nlohmann::json& v, wire::Checker& c);
void CheckChatHistoryMessage(const nlohmann::json& v, wire::Checker& c);
void CheckChatHistoryParams(const nlohmann::json& v, wire::Checker& c);
void CheckChatHistoryResult(const nlohmann::json& v, wire::Checker& c);
void CheckChatInjectParams(const nlohmann::json& v, wire::Checker& c);
void CheckChatInjectResult(const nlohmann::json& v, wire::Checker& c);
void CheckChatSendParams(const nlohmann::json& v, wire::Checker& c);
void CheckChatSendResult(const nlohmann::json& v, wire::Checker& c);
void CheckChatSendStatus(const nlohmann::json& v, wire::Checker& c);
void CheckConfigApplyParams(const nlohmann::json& v, wire::Checker& c);
void CheckConfigApplyResult(const nlohmann::json& v, wire::Checker& c);
void CheckConfigChangedEvent(const nlohmann::json& v, wire::Checker& c);
void CheckConfigDeliveryContext(const nlohmann::json& v, wire::Checker& c);
void CheckConfigGetParams(const nlohmann::json& v, wire::Checker& c);
void CheckConfigGetResult(const nlohmann::json& v, wire::Checker& c);
void CheckConfigIssue(const nlohmann::json& v, wire::Checker& c);
void CheckConfigPatchParams(const nlohmann::json& v, wire::Checker& c);
void CheckConfigPatchResult(const nlohmann::json& v, wire::Checker& c);
void CheckConfigReloadKind(const nlohmann::json& v, wire::Checker& c);
void CheckConfigRestartInfo(const nlohmann::json& v, wire::Checker& c);
void CheckConfigRestartSentinel(const nlohmann::json& v, wire::Checker& c);
void CheckConfigSchemaChild(const nlohmann::json& v, wire::Checker& c);
void CheckConfigSchemaLookupParams(const nlohmann::json& v, wire::Checker& c);
void CheckConfigSchemaLookupResult(const nlohmann::json& v, wire::Checker& c);
void CheckConfigSchemaParams(const nlohmann::json& v, wire::Checker& c);
void CheckConfigSchemaResponse(const nlohmann::json& v, wire::Checker& c);
void CheckConfigSetParams(const nlohmann::json& v, wire::Checker& c);
void CheckConfigSetResult(const nlohmann::json& v, wire::Checker& c);
void CheckConfigUiHint(const nlohmann::json& v, wire::Checker& c);
void CheckConnectChallengeEvent(const nlohmann::json& v, wire::Checker& c);
void CheckConnectParams(const nlohmann::json& v, wire::Checker& c);
void CheckControlUiDeviceIdentityRequiredDetails(const nlohmann::json& v, wire::Checker& c);
void CheckControlUiOriginNotAllowedDetails(const nlohmann::json& v, wire::Checker& c);
void CheckCronConfig(const nlohmann::json& v, wire::Checker& c);
void CheckCronJobNotFoundDetails(const nlohmann::json& v, wire::Checker& c);
void CheckDeviceIdentityRequiredDetails(const nlohmann::json& v, wire::Checker& c);
void CheckDmPolicy(const nlohmann::json& v, wire::Checker& c);
void CheckDmScope(const nlohmann::json& v, wire::Checker& c);
void CheckDrainingDetails(const nlohmann::json& v, wire::Checker& c);
void CheckDurationString(const nlohmann::json& v, wire::Checker& c);
void CheckEnvConfig(const nlohmann::json& v, wire::Checker& c);
void CheckErrorShape(const nlohmann::json& v, wire::Checker& c);
void CheckEventFrame(const nlohmann::json& v, wire::Checker& c);
void CheckGatewayAuthConfig(const nlohmann::json& v, wire::Checker& c);
void CheckGatewayAuthRateLimitConfig(const nlohmann::json& v, wire::Checker& c);
void CheckGatewayConfig(const nlohmann::json& v, wire::Checker& c);
void CheckGatewayHttpConfig(const nlohmann::json& v, wire::Checker& c);
void CheckGatewayIdentityGetParams(const nlohmann::json& v, wire::Checker& c);
void CheckGatewayIdentityGetResult(const nlohmann::json& v, wire::Checker& c);
void CheckGatewayRestartRequestParams(const nlohmann::json& v, wire::Checker& c);
void CheckGatewayRestartRequestResult(const nlohmann::json& v, wire::Checker& c);
void CheckGroupPolicy(const nlohmann::json& v, wire::Checker& c);
void CheckGroupScope(const nlohmann::json& v, wire::Checker& c);
void CheckHealthParams(const nlohmann::json& v, wire::Checker& c);
void CheckHealthSessions(const nlohmann::json& v, wire::Checker& c);
void CheckHealthSnapshot(const nlohmann::json& v, wire::Checker& c);
void CheckHeartbeatConfig(const nlohmann::json& v, wire::Checker& c);
void CheckHeartbeatEvent(const nlohmann::json& v, wire::Checker& c);
void CheckHelloOk(const nlohmann::json& v, wire::Checker& c);
void CheckHookMappingConfig(const nlohmann::json& v, wire::Checker& c);
void CheckHooksConfig(const nlohmann::json& v, wire::Checker& c);
void CheckHttpFileInputConfig(const nlohmann::json& v, wire::Checker& c);
void CheckHttpImageInputConfig(const nlohmann::json& v, wire::Checker& c);
void CheckIdentityConfig(const nlohmann::json& v, wire::Checker& c);
void CheckLastHeartbeatParams(const nlohmann::json& v, wire::Checker& c);
void CheckLastHeartbeatResult(const nlohmann::json& v, wire::Checker& c);
void CheckLogLevel(const nlohmann::json& v, wire::Checker& c);
void CheckLoggingConfig(const nlohmann::json& v, wire::Checker& c);
void CheckLogsTailParams(const nlohmann::json& v, wire::Checker& c);
void CheckLogsTailResult(const nlohmann::json& v, wire::Checker& c);
void CheckMissingScopeDetails(const nlohmann::json& v, wire::Checker& c);
void CheckModelApi(const nlohmann::json& v, wire::Checker& c);
void CheckModelChoice(const nlohmann::json& v, wire::Checker& c);
void CheckModelCost(const nlohmann::json& v, wire::Checker& c);
void CheckModelDefinitionConfig(const nlohmann::json& v, wire::Checker& c);
void CheckModelProviderConfig(const nlohmann::json& v, wire::Checker& c);
void CheckModelsConfig(const nlohmann::json& v, wire::Checker& c);
void CheckModelsListParams(const nlohmann::json& v, wire::Checker& c);
void CheckModelsListResult(const nlohmann::json& v, wire::Checker& c);
void CheckOpenClawConfig(const nlohmann::json& v, wire::Checker& c);
void CheckPairingRequiredDetails(const nlohmann::json& v, wire::Checker& c);
void CheckPluginEntryConfig(const nlohmann::json& v, wire::Checker& c);
void CheckPluginsConfig(const nlohmann::json& v, wire::Checker& c);
void CheckPresenceEntry(const nlohmann::json& v, wire::Checker& c);
void CheckPresenceEvent(const nlohmann::json& v, wire::Checker& c);
void CheckProtocolMismatchDetails(const nlohmann::json& v, wire::Checker& c);
void CheckQueueMode(const nlohmann::json& v, wire::Checker& c);
void CheckRequestFrame(const nlohmann::json& v, wire::Checker& c);
void CheckResponseFrame(const nlohmann::json& v, wire::Checker& c);
void CheckRestartPreflight(const nlohmann::json& v, wire::Checker& c);
void CheckSecretInput(const nlohmann::json& v, wire::Checker& c);
void CheckSecretRef(const nlohmann::json& v, wire::Checker& c);
void CheckSendPolicyAction(const nlohmann::json& v, wire::Checker& c);
void CheckSessionChangedDetails(const nlohmann::json& v, wire::Checker& c);
void CheckSessionConfig(const nlohmann::json& v, wire::Checker& c);
void CheckSessionDefaults(const nlohmann::json& v, wire::Checker& c);
void CheckSessionEntry(const nlohmann::json& v, wire::Checker& c);
void CheckSessionFastMode(const nlohmann::json& v, wire::Checker& c);
void CheckSessionMaintenanceConfig(const nlohmann::json& v, wire::Checker& c);
void CheckSessionMessageEvent(const nlohmann::json& v, wire::Checker& c);
void CheckSessionModelDefaults(const nlohmann::json& v, wire::Checker& c);
void CheckSessionResetPolicy(const nlohmann::json& v, wire::Checker& c);
void CheckSessionResolvedModel(const nlohmann::json& v, wire::Checker& c);
void CheckSessionRow(const nlohmann::json& v, wire::Checker& c);
void CheckSessionSendPolicy(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsAbortParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsChangedEvent(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsCompactParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsCompactResult(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsDeleteParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsDeleteResult(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsListParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsListResult(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsMessagesSubscribeParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsMessagesSubscription(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsMessagesUnsubscribeParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsPatchParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsPatchResult(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsPreviewParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsPreviewResult(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsResetParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsResetResult(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsResolveParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsResolveResult(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsSendParams(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsSendResult(const nlohmann::json& v, wire::Checker& c);
void CheckSessionsSubscribeResult(const nlohmann::json& v, wire::Checker& c);
void CheckSetHeartbeatsParams(const nlohmann::json& v, wire::Checker& c);
void CheckSetHeartbeatsResult(const nlohmann::json& v, wire::Checker& c);
void CheckShutdownEvent(const nlohmann::json& v, wire::Checker& c);
void CheckSnapshot(const nlohmann::json& v, wire::Checker& c);
void CheckStartupDetails(const nlohmann::json& v, wire::Checker& c);
void CheckStateVersion(const nlohmann::json& v, wire::Checker& c);
void CheckStatusParams(const nlohmann::json& v, wire::Checker& c);
void CheckStatusResult(const nlohmann::json& v, wire::Checker& c);
void CheckStringList(const nlohmann::json& v, wire::Checker& c);
void CheckSystemEventParams(const nlohmann::json& v, wire::Checker& c);
void CheckSystemEventResult(const nlohmann::json& v, wire::Checker& c);
void CheckSystemPresenceParams(const nlohmann::json& v, wire::Checker& c);
void CheckSystemPresenceResult(const nlohmann::json& v, wire::Checker& c);
void CheckTickEvent(const nlohmann::json& v, wire::Checker& c);
void CheckUnknownAgentIdDetails(const nlohmann::json& v, wire::Checker& c);

// The validator of a definition, by name; nullptr when there is none.
CheckFn FindCheck(std::string_view definition);

// Runs one validator and returns its errors (empty when the value is valid).
std::vector<wire::ValidationError> Validate(CheckFn check, const nlohmann::json& value);

}  // namespace gateway::proto
