// Generated from protocol/config/openclaw.yaml, protocol/errors.yaml, protocol/events/agent.yaml, protocol/events/approvals.yaml, protocol/events/chat.yaml, protocol/events/config.yaml, protocol/events/sessions.yaml, protocol/events/system.yaml, protocol/frames.yaml, protocol/methods/agent.yaml, protocol/methods/approvals.yaml, protocol/methods/channels.yaml, protocol/methods/chat.yaml, protocol/methods/config.yaml, protocol/methods/outbound.yaml, protocol/methods/sessions.yaml, protocol/methods/system.yaml, protocol/methods/tools.yaml, protocol/version.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/dispatcher.hpp"

#include <utility>

#include "gateway/proto/validators.hpp"

namespace gateway::proto {

Dispatcher::Dispatcher(AgentService& agent, ApprovalsService& approvals, ChannelsService& channels, ChatService& chat, ConfigService& config, OutboundService& outbound, SessionsService& sessions, SystemService& system, ToolsService& tools, const ScopeResolvers& resolvers)
    : agent_(agent), approvals_(approvals), channels_(channels), chat_(chat), config_(config), outbound_(outbound), sessions_(sessions), system_(system), tools_(tools), resolvers_(resolvers) {}

std::optional<Scope> Dispatcher::RequiredScope(const MethodInfo& method, const nlohmann::json& params) const {
  switch (method.id) {
    case MethodId::kAgent:
      return resolvers_.Agent(params);
    case MethodId::kChannelsPairingApprove:
      return resolvers_.ChannelsPairingApprove(params);
    case MethodId::kSessionsDelete:
      return resolvers_.SessionsDelete(params);
    case MethodId::kSessionsPatch:
      return resolvers_.SessionsPatch(params);
    default:
      break;
  }
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
    case MethodId::kAgent: {
      auto errors = Validate(&CheckAgentParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      AgentParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      agent_.Agent(std::move(decoded), context, Reply<AgentResult, AgentAccepted, AgentErrorPayload>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kAgentIdentityGet: {
      auto errors = Validate(&CheckAgentIdentityGetParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      AgentIdentityGetParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      agent_.AgentIdentityGet(std::move(decoded), context, Reply<AgentIdentityGetResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kAgentWait: {
      auto errors = Validate(&CheckAgentWaitParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      AgentWaitParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      agent_.AgentWait(std::move(decoded), context, Reply<AgentWaitResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kAgentsList: {
      auto errors = Validate(&CheckAgentsListParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      AgentsListParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      agent_.AgentsList(std::move(decoded), context, Reply<AgentsListResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChannelsLogout: {
      auto errors = Validate(&CheckChannelAccountParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChannelAccountParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      channels_.ChannelsLogout(std::move(decoded), context, Reply<ChannelsLogoutResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChannelsPairingApprove: {
      auto errors = Validate(&CheckChannelsPairingApproveParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChannelsPairingApproveParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      channels_.ChannelsPairingApprove(std::move(decoded), context, Reply<ChannelsPairingApproveResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChannelsPairingDismiss: {
      auto errors = Validate(&CheckChannelsPairingDismissParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChannelsPairingDismissParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      channels_.ChannelsPairingDismiss(std::move(decoded), context, Reply<ChannelsPairingDismissResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChannelsPairingList: {
      auto errors = Validate(&CheckChannelsPairingListParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChannelsPairingListParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      channels_.ChannelsPairingList(std::move(decoded), context, Reply<ChannelsPairingListResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChannelsStart: {
      auto errors = Validate(&CheckChannelAccountParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChannelAccountParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      channels_.ChannelsStart(std::move(decoded), context, Reply<ChannelsStartResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChannelsStatus: {
      auto errors = Validate(&CheckChannelsStatusParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChannelsStatusParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      channels_.ChannelsStatus(std::move(decoded), context, Reply<ChannelsStatusResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChannelsStop: {
      auto errors = Validate(&CheckChannelAccountParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChannelAccountParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      channels_.ChannelsStop(std::move(decoded), context, Reply<ChannelsStopResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChatAbort: {
      auto errors = Validate(&CheckChatAbortParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChatAbortParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      chat_.ChatAbort(std::move(decoded), context, Reply<AbortResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChatHistory: {
      auto errors = Validate(&CheckChatHistoryParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChatHistoryParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      chat_.ChatHistory(std::move(decoded), context, Reply<ChatHistoryResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChatInject: {
      auto errors = Validate(&CheckChatInjectParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChatInjectParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      chat_.ChatInject(std::move(decoded), context, Reply<ChatInjectResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kChatSend: {
      auto errors = Validate(&CheckChatSendParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ChatSendParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      chat_.ChatSend(std::move(decoded), context, Reply<ChatSendResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kConfigApply: {
      auto errors = Validate(&CheckConfigApplyParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ConfigApplyParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      config_.ConfigApply(std::move(decoded), context, Reply<ConfigApplyResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kConfigGet: {
      auto errors = Validate(&CheckConfigGetParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ConfigGetParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      config_.ConfigGet(std::move(decoded), context, Reply<ConfigGetResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kConfigPatch: {
      auto errors = Validate(&CheckConfigPatchParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ConfigPatchParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      config_.ConfigPatch(std::move(decoded), context, Reply<ConfigPatchResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kConfigSchema: {
      auto errors = Validate(&CheckConfigSchemaParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ConfigSchemaParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      config_.ConfigSchema(std::move(decoded), context, Reply<ConfigSchemaResponse>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kConfigSchemaLookup: {
      auto errors = Validate(&CheckConfigSchemaLookupParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ConfigSchemaLookupParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      config_.ConfigSchemaLookup(std::move(decoded), context, Reply<ConfigSchemaLookupResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kConfigSet: {
      auto errors = Validate(&CheckConfigSetParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ConfigSetParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      config_.ConfigSet(std::move(decoded), context, Reply<ConfigSetResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kExecApprovalGet: {
      auto errors = Validate(&CheckExecApprovalGetParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ExecApprovalGetParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      approvals_.ExecApprovalGet(std::move(decoded), context, Reply<ExecApprovalGetResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kExecApprovalList: {
      auto errors = Validate(&CheckExecApprovalListParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ExecApprovalListParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      approvals_.ExecApprovalList(std::move(decoded), context, Reply<ExecApprovalListResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kExecApprovalResolve: {
      auto errors = Validate(&CheckExecApprovalResolveParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ExecApprovalResolveParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      approvals_.ExecApprovalResolve(std::move(decoded), context, Reply<ExecApprovalResolveResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kExecApprovalWaitDecision: {
      auto errors = Validate(&CheckExecApprovalWaitDecisionParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ExecApprovalWaitDecisionParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      approvals_.ExecApprovalWaitDecision(std::move(decoded), context, Reply<ExecApprovalWaitDecisionResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kExecApprovalsGet: {
      auto errors = Validate(&CheckExecApprovalsGetParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ExecApprovalsGetParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      approvals_.ExecApprovalsGet(std::move(decoded), context, Reply<ExecApprovalsSnapshot>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kExecApprovalsSet: {
      auto errors = Validate(&CheckExecApprovalsSetParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ExecApprovalsSetParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      approvals_.ExecApprovalsSet(std::move(decoded), context, Reply<ExecApprovalsSnapshot>(std::move(sink), std::move(id)));
      return;
    }
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
    case MethodId::kModelsList: {
      auto errors = Validate(&CheckModelsListParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ModelsListParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      agent_.ModelsList(std::move(decoded), context, Reply<ModelsListResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kPoll: {
      auto errors = Validate(&CheckPollParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      PollParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      outbound_.Poll(std::move(decoded), context, Reply<SendResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSend: {
      auto errors = Validate(&CheckSendParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SendParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      outbound_.Send(std::move(decoded), context, Reply<SendResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsAbort: {
      auto errors = Validate(&CheckSessionsAbortParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsAbortParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsAbort(std::move(decoded), context, Reply<AbortResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsCompact: {
      auto errors = Validate(&CheckSessionsCompactParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsCompactParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsCompact(std::move(decoded), context, Reply<SessionsCompactResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsDelete: {
      auto errors = Validate(&CheckSessionsDeleteParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsDeleteParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsDelete(std::move(decoded), context, Reply<SessionsDeleteResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsList: {
      auto errors = Validate(&CheckSessionsListParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsListParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsList(std::move(decoded), context, Reply<SessionsListResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsMessagesSubscribe: {
      auto errors = Validate(&CheckSessionsMessagesSubscribeParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsMessagesSubscribeParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsMessagesSubscribe(std::move(decoded), context, Reply<SessionsMessagesSubscription>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsMessagesUnsubscribe: {
      auto errors = Validate(&CheckSessionsMessagesUnsubscribeParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsMessagesUnsubscribeParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsMessagesUnsubscribe(std::move(decoded), context, Reply<SessionsMessagesSubscription>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsPatch: {
      auto errors = Validate(&CheckSessionsPatchParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsPatchParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsPatch(std::move(decoded), context, Reply<SessionsPatchResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsPreview: {
      auto errors = Validate(&CheckSessionsPreviewParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsPreviewParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsPreview(std::move(decoded), context, Reply<SessionsPreviewResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsReset: {
      auto errors = Validate(&CheckSessionsResetParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsResetParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsReset(std::move(decoded), context, Reply<SessionsResetResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsResolve: {
      auto errors = Validate(&CheckSessionsResolveParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsResolveParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsResolve(std::move(decoded), context, Reply<SessionsResolveResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsSend: {
      auto errors = Validate(&CheckSessionsSendParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsSendParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsSend(std::move(decoded), context, Reply<SessionsSendResult>(std::move(sink), std::move(id)));
      return;
    }
    case MethodId::kSessionsSubscribe: {
      auto errors = Validate(&CheckSessionsListParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      SessionsListParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      sessions_.SessionsSubscribe(std::move(decoded), context, Reply<SessionsSubscribeResult>(std::move(sink), std::move(id)));
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
    case MethodId::kToolsInvoke: {
      auto errors = Validate(&CheckToolsInvokeParams, effective);
      if (!errors.empty()) return fail(wire::FormatErrors(errors));
      ToolsInvokeParams decoded{};
      try {
        Read(effective, decoded, "");
      } catch (const wire::DecodeError& e) {
        return fail(e.what());
      }
      tools_.ToolsInvoke(std::move(decoded), context, Reply<ToolsInvokeResult>(std::move(sink), std::move(id)));
      return;
    }
  }
}

}  // namespace gateway::proto
