// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml, protocol/version.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Declarations of every generated type, protocol table type and RPC class, for headers that
// only name them (a reference, a pointer, a function declaration). Include the defining
// header (<source>.hpp, <domain>_service.hpp, ...) where the definition is needed.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// protocol.hpp
enum class Role;
enum class Scope;
enum class ErrorCode;
enum class Idempotency;
enum class MethodId;
enum class EventId;
struct MethodInfo;
struct EventInfo;

// config_openclaw.hpp
struct AgentModelEntryConfigParams;
struct AgentModelEntryConfig;
struct AgentModelConfig;
struct AgentModelSelection;
enum class SandboxMode;
enum class SandboxScope;
enum class SandboxWorkspaceAccess;
struct AgentSandboxConfigDocker;
struct AgentSandboxConfig;
enum class HeartbeatDirectPolicy;
struct HeartbeatActiveHours;
struct HeartbeatConfig;
struct AgentModelPolicyConfig;
struct AgentMediaModelsConfig;
struct FastModeSetting;
enum class VerboseLevel;
struct SystemAgentConfig;
struct AgentDefaultsConfigCompaction;
struct AgentDefaultsConfigContextPruning;
struct AgentDefaultsConfig;
struct IdentityConfig;
enum class ToolProfile;
struct ToolPolicyConfig;
struct ToolsFsConfig;
enum class ExecHost;
enum class ExecMode;
enum class ExecSecurityLevel;
enum class ExecAskMode;
struct ToolsExecConfigSafeBinProfiles;
struct ToolsExecConfigReviewer;
struct ToolsApplyPatchConfig;
struct ToolsExecConfig;
struct WebFetchSsrfPolicyConfig;
struct ToolsWebFetchConfig;
struct ToolsWebConfig;
struct ToolsConfig;
struct AgentGroupChatConfig;
struct AgentEntryConfigSubagents;
struct AgentEntryConfig;
struct AgentsConfig;
struct AuthProfileConfig;
struct AuthConfig;
enum class DmScope;
enum class GroupScope;
struct BindingPeer;
struct BindingMatch;
struct BindingSessionConfig;
struct BindingConfig;
struct ByteSize;
struct CanvasHostConfig;
struct ChannelGroupConfig;
struct ChannelHealthMonitorConfig;
enum class DmPolicy;
enum class GroupPolicy;
enum class SecretSource;
struct SecretRef;
struct SecretInput;
struct ChannelAccountConfig;
struct ChannelConfig;
struct HeartbeatVisibilityConfig;
struct ChannelDefaultsConfig;
struct ChannelsConfig;
struct CronTriggersConfig;
struct CronWebhookSsrfPolicy;
struct CronSessionRetention;
enum class CronFailureAlertMode;
struct CronFailureAlertConfig;
struct CronConfig;
struct EnvShellEnvConfig;
struct EnvConfig;
struct GatewayAuthRateLimitConfig;
enum class GatewayAuthMode;
struct TrustedProxyDeviceAutoApprove;
struct TrustedProxyConfig;
struct GatewayAuthConfig;
struct HttpPdfInputConfig;
struct HttpFileInputConfig;
struct HttpImageInputConfig;
struct ChatCompletionsEndpointConfig;
struct ResponsesEndpointConfig;
struct HttpEndpointsConfig;
struct HstsSetting;
struct HttpSecurityHeadersConfig;
struct GatewayHttpConfig;
enum class GatewayMode;
enum class GatewayBindMode;
struct ControlUiConfig;
enum class ReloadMode;
struct GatewayReloadConfig;
struct GatewayTlsConfig;
enum class TailscaleMode;
struct GatewayTailscaleConfig;
enum class RemoteTransport;
struct GatewayRemoteConfig;
struct NodePairingConfig;
struct NodeCommandPolicy;
struct GatewayNodesConfig;
struct GatewayToolsConfig;
struct GatewayTerminalConfig;
struct GatewayConfigRolesValue;
struct GatewayConfig;
struct HookMappingMatch;
enum class HookAction;
enum class HookWakeMode;
struct HookMappingConfigTransform;
struct HookMappingConfig;
struct HooksConfig;
enum class LogLevel;
enum class ConsoleStyle;
struct LoggingConfig;
enum class ModelApi;
struct ModelCost;
struct ModelDefinitionConfig;
enum class ModelProviderAuth;
struct ModelProviderConfigRequest;
struct ModelProviderConfigLocalService;
struct ModelProviderConfig;
enum class ModelsMode;
struct ModelCatalogRefreshConfig;
struct ModelsConfig;
struct PluginEntryConfigConfig;
struct PluginEntryConfig;
struct PluginsConfig;
enum class SessionMaintenanceMode;
struct SessionMaintenanceConfig;
enum class SessionResetMode;
struct SessionResetPolicy;
enum class SendPolicyAction;
struct SessionSendRuleMatch;
struct SessionSendRule;
struct SessionSendPolicy;
enum class SessionScope;
struct SessionResetByType;
struct SessionConfig;
struct OpenClawConfigSkills;
struct OpenClawConfigMessages;
struct OpenClawConfigCommands;
struct OpenClawConfigUi;
struct OpenClawConfigBrowser;
struct OpenClawConfigWizard;
struct OpenClawConfigMeta;
struct OpenClawConfigUpdate;
struct OpenClawConfigSecrets;
struct OpenClawConfigDiscovery;
struct OpenClawConfigDiagnostics;
struct OpenClawConfigTalk;
struct OpenClawConfigApprovals;
struct OpenClawConfigBroadcast;
struct OpenClawConfigAudio;
struct OpenClawConfigWeb;
struct OpenClawConfigMemory;
struct OpenClawConfigTelemetry;
struct OpenClawConfigAccessGroups;
struct OpenClawConfigAcp;
struct OpenClawConfigNodeHost;
struct OpenClawConfigSecurity;
struct OpenClawConfigAttachments;
struct OpenClawConfigTts;
struct OpenClawConfigTranscripts;
struct OpenClawConfigCloudWorkers;
struct OpenClawConfigDesktop;
struct OpenClawConfigMcp;
struct OpenClawConfigSurfaces;
struct OpenClawConfigProxy;
struct OpenClawConfig;

// errors.hpp
enum class AuthFailureCode;
struct AuthFailureDetails;
struct ControlUiDeviceIdentityRequiredDetails;
struct ControlUiOriginNotAllowedDetails;
struct CronJobNotFoundDetails;
struct DeviceIdentityRequiredDetails;
enum class DrainingDetailsReason;
struct DrainingDetails;
struct MissingScopeDetails;
enum class PairingRequiredDetailsReason;
struct PairingRequiredDetails;
struct ProtocolMismatchDetails;
struct SessionChangedDetails;
struct StartupDetails;
struct UnknownAgentIdDetails;

// events_agent.hpp
struct AgentEventData;
struct AgentEvent;

// events_approvals.hpp
struct ExecApprovalRequestedEventRequest;
struct ExecApprovalRequestedEvent;
struct ExecApprovalResolvedEventRequest;
struct ExecApprovalResolvedEvent;

// events_chat.hpp
enum class ChatStatusPhase;
struct ChatStatusEvent;
struct ChatDeltaEvent;
struct ChatFinalEvent;
struct ChatAbortedEvent;
enum class ChatErrorKind;
struct ChatErrorEvent;
struct ChatEvent;

// events_config.hpp
struct ConfigChangedEvent;

// events_sessions.hpp
struct SessionMessageEvent;
struct SessionsChangedEvent;

// events_system.hpp
enum class HeartbeatStatus;
enum class HeartbeatIndicatorType;
struct HeartbeatEvent;
struct PresenceEvent;

// frames.hpp
struct ConnectChallengeEvent;
enum class GatewayClientId;
enum class GatewayClientMode;
struct ConnectClientInfo;
struct ConnectWorkerRuns;
struct ConnectDevice;
struct ConnectAuth;
struct ConnectParams;
struct ErrorShape;
struct StateVersion;
struct EventFrame;
struct HealthSessionRecent;
struct HealthSessions;
enum class HealthEventLoopReason;
struct HealthEventLoop;
struct HealthPluginError;
struct HealthPlugins;
enum class HealthConfigReloadHotReloadStatus;
struct HealthConfigReload;
struct HealthAgentHeartbeat;
struct HealthAgent;
struct HealthModelRuntime;
struct HealthSnapshot;
struct PresenceUserIdentity;
struct PresenceUser;
struct PresenceEntry;
enum class SessionDefaultsOwnership;
struct SessionDefaults;
enum class SnapshotSuspensionPhase;
struct SnapshotSuspension;
enum class SnapshotAuthMode;
struct Snapshot;
enum class HelloServerControlUiBuildSource;
struct HelloServer;
struct HelloFeatures;
enum class ControlUiTabGroup;
struct ControlUiTab;
struct ControlUiWidgetKind;
struct HelloDeviceToken;
struct HelloAuth;
struct HelloAttachmentPolicy;
enum class SessionVisibility;
struct HelloPolicy;
struct HelloOk;
struct RequestFrame;
struct ResponseFrame;
struct ShutdownEvent;
struct TickEvent;

// methods_agent.hpp
enum class AgentAcceptedStatus;
struct AgentAccepted;
enum class AgentRunStatus;
struct AgentErrorPayload;
struct AgentIdentityGetParams;
enum class AgentNameSource;
enum class AgentAvatarStatus;
struct AgentIdentityGetResult;
enum class AgentPromptMode;
struct AgentParams;
struct AgentPayload;
struct AgentRunResult;
struct AgentResult;
enum class AgentKind;
struct AgentSummaryIdentity;
struct AgentSummaryModel;
struct AgentSummary;
struct AgentWaitParams;
enum class AgentWaitStatus;
struct AgentWaitResult;
struct AgentsListParams;
enum class AgentsListScope;
enum class AgentsOwnership;
struct AgentsListResult;
enum class ModelUnavailableReason;
enum class ModelInputKind;
struct ModelChoice;
enum class ModelsListView;
struct ModelsListParams;
enum class ProviderOutcomeStatus;
struct ProviderOutcome;
struct ModelsListResult;

// methods_approvals.hpp
enum class ExecApprovalAsk;
enum class ExecApprovalErrorReason;
struct ExecApprovalErrorDetails;
struct ExecApprovalGetParams;
struct ExecApprovalGetResult;
struct ExecApprovalListParams;
struct ExecApprovalListItemRequest;
struct ExecApprovalListItem;
struct ExecApprovalReviewer;
struct ExecApprovalResolveParams;
struct ExecApprovalResolveResult;
enum class ExecApprovalSecurity;
struct ExecApprovalWaitDecisionParams;
struct ExecApprovalWaitDecisionResult;
struct ExecApprovalsAllowlistEntry;
struct ExecApprovalsAgentMcpToolsItem;
struct ExecApprovalsAgent;
struct ExecApprovalsSocket;
struct ExecApprovalsDefaults;
struct ExecApprovalsFile;
struct ExecApprovalsGetParams;
struct ExecApprovalsSetParams;
struct ExecApprovalsResolvedDefaults;
struct ExecApprovalsSnapshot;

// methods_channels.hpp
struct ChannelAccountParams;
struct ChannelsLogoutResult;
struct ChannelsPairingApproveParams;
enum class ChannelsPairingApproveResultNotification;
enum class ChannelsPairingApproveResultCommandOwnerBootstrap;
struct ChannelsPairingApproveResult;
struct ChannelsPairingDismissParams;
struct ChannelsPairingDismissResult;
struct ChannelsPairingListParams;
struct PairingAccount;
struct PairingRequestEntry;
struct ChannelsPairingListResultLimits;
struct ChannelsPairingListResult;
enum class ChannelStartOutcomeStatus;
struct ChannelStartOutcome;
struct ChannelsStartResult;
struct ChannelsStatusParams;
struct ChannelAccountProbe;
struct ChannelAccountStatus;
struct ChannelsStatusResult;
struct ChannelsStopResult;

// methods_chat.hpp
struct ChatAbortParams;
struct ChatHistoryMeta;
struct ChatHistoryMessage;
struct ChatHistoryParams;
enum class ChatHistoryKind;
struct ChatHistoryResult;
struct ChatInjectParams;
struct ChatInjectResult;
enum class QueueMode;
struct ChatAttachment;
struct ChatSendParams;
struct ChatSendResult;

// methods_config.hpp
struct ConfigDeliveryThreadId;
struct ConfigDeliveryContext;
struct ConfigApplyParams;
struct ConfigRestartInfo;
struct ConfigRestartSentinel;
struct ConfigApplyResult;
struct ConfigGetParams;
struct ConfigIssue;
struct ConfigGetResult;
struct ConfigPatchParams;
struct ConfigPatchResult;
enum class ConfigReloadKind;
struct ConfigSchemaChild;
struct ConfigSchemaLookupParams;
struct ConfigSchemaLookupResult;
struct ConfigSchemaParams;
struct ConfigUiHint;
struct ConfigSchemaResponse;
struct ConfigSetParams;
struct ConfigSetResult;

// methods_outbound.hpp
struct PollParams;
enum class SendParseMode;
struct SendParams;
struct SendResult;

// methods_sessions.hpp
struct AbortResult;
enum class ChatSendStatus;
struct SessionEntry;
enum class SessionFastModeVariant2;
struct SessionFastMode;
struct SessionModelDefaults;
struct SessionResolvedModel;
enum class SessionRowKind;
enum class SessionChatType;
enum class SessionRunStatus;
struct SessionRow;
struct SessionsAbortParams;
struct SessionsCompactParams;
struct SessionsCompactResultResult;
struct SessionsCompactResult;
struct SessionsDeleteParams;
struct SessionWorktreePreserved;
struct SessionsDeleteResult;
enum class SessionsListSort;
enum class SessionsArchivedFilterVariant2;
struct SessionsArchivedFilter;
struct SessionsProfileRelation;
struct SessionsListParams;
struct SessionsListResult;
struct SessionsMessagesSubscribeParams;
struct SessionsMessagesSubscription;
struct SessionsMessagesUnsubscribeParams;
enum class SessionsPatchParamsBoardPresentation;
enum class SessionsPatchParamsResponseUsage;
enum class SessionsPatchParamsPermissionMode;
enum class SessionsPatchParamsSendPolicy;
enum class SessionsPatchParamsGroupActivation;
enum class SessionsPatchParamsSandboxMode;
struct SessionsPatchParams;
struct SessionsPatchResult;
struct SessionsPreviewParams;
enum class SessionPreviewStatus;
enum class SessionPreviewRole;
struct SessionPreviewItem;
struct SessionPreview;
struct SessionsPreviewResult;
struct SessionsResetParams;
struct SessionsResetResult;
struct SessionsResolveParams;
struct SessionResolveCandidate;
struct SessionsResolveResult;
struct SessionsSendParams;
struct SessionsSendResult;
struct SessionsSubscribeResult;

// methods_system.hpp
struct GatewayIdentityGetParams;
struct GatewayIdentityGetResult;
struct GatewayRestartRequestParams;
struct RestartPreflightCounts;
struct RestartBlocker;
struct RestartPreflight;
enum class GatewayRestartRequestResultStatus;
struct GatewayRestartRequestResultRestart;
struct GatewayRestartRequestResult;
struct HealthParams;
struct LastHeartbeatParams;
struct LogsTailParams;
struct LogsTailResult;
struct SetHeartbeatsParams;
struct SetHeartbeatsResult;
struct StatusParams;
struct StatusHeartbeatAgent;
struct StatusResultHeartbeat;
struct StatusConfigReload;
struct StatusResultTasksByStatus;
struct StatusResultTasksByRuntime;
struct StatusResultTasks;
struct StatusResultTaskAudit;
struct StatusResultSessionsDefaults;
struct StatusSessionsAgent;
struct StatusResultSessions;
struct StatusResultModelRuntime;
struct StatusResultProcessMemory;
struct StatusResult;
struct SystemEventParams;
struct SystemEventResult;
struct SystemPresenceParams;

// methods_tools.hpp
struct ToolsInvokeParamsArgs;
enum class ToolsInvokeReadOrigin;
struct ToolsInvokeParams;
enum class ToolsInvokeErrorCode;
struct ToolsInvokeError;
struct ToolsInvokeResult;

// Definitions that are not structs, enums or unions.
using DurationString = std::string;
using ExecApprovalListResult = std::vector<ExecApprovalListItem>;
using LastHeartbeatResult = std::optional<HeartbeatEvent>;
using StringList = std::vector<std::string>;
using SystemPresenceResult = std::vector<PresenceEntry>;

// rpc.hpp
class ResponseSink;
template <class Result, class Accepted = void, class ErrorPayload = void>
class Reply;
template <class T>
class Serialized;

// <domain>_service.hpp, dispatcher.hpp
class AgentService;
class ApprovalsService;
class ChannelsService;
class ChatService;
class ConfigService;
class OutboundService;
class SessionsService;
class SystemService;
class ToolsService;
class ScopeResolvers;
class Dispatcher;

// event_sink.hpp, events.hpp, <domain>_emits.hpp
class EventSink;
class EventEmitter;
class AgentEmits;
class ChatInjectEmits;
class ChatSendEmits;
class ConfigApplyEmits;
class ConfigPatchEmits;
class ConfigSetEmits;
class ExecApprovalResolveEmits;
class GatewayRestartRequestEmits;
class HealthEmits;
class SessionsCompactEmits;
class SessionsDeleteEmits;
class SessionsPatchEmits;
class SessionsResetEmits;
class SessionsSendEmits;
class SystemEventEmits;
// The typed emitter of a method (specialized for the methods that list `emits:`).
template <MethodId id>
struct MethodEmits;

}  // namespace gateway::proto
