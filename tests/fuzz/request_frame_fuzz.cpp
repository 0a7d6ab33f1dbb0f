// Fuzzes what the gateway does with one incoming WebSocket text message (GatewayServer's
// HandleConnect and HandleRequest): wire::ParseUntrusted, the RequestFrame validator, then for
// `connect` the ConnectParams validator and decoder, and for other methods the generated
// dispatcher, which validates and decodes each method's params.
//
// Checked besides memory safety: only wire::DecodeError escapes the parse; whatever a validator
// accepts decodes without throwing (the gateway does not catch there); every response frame the
// path sends parses back and matches the ResponseFrame schema; decoded ConnectParams re-encode to
// a value that validates and decodes to the same params.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "gateway/proto/dispatcher.hpp"
#include "gateway/proto/validators.hpp"

namespace gateway::rpc {
class CallContext {};  // the dispatcher only passes it through to the service
}  // namespace gateway::rpc

namespace {

using gateway::fuzz::Require;
using nlohmann::json;
using namespace gateway;

void CheckResponse(std::string_view frame) {
  json parsed;
  try {
    parsed = wire::ParseUntrusted(frame);
  } catch (const wire::DecodeError&) {
    Require(false, "a response frame is not JSON");
  }
  Require(proto::Validate(&proto::CheckResponseFrame, parsed).empty(),
          "a response frame breaks the ResponseFrame schema");
}

class CheckingSink : public proto::ResponseSink {
 public:
  void SendFrame(std::string frame) override { CheckResponse(frame); }
};

void SendError(std::string_view id, std::string message) {
  const proto::ErrorShape error =
      proto::MakeError(proto::ErrorCode::kInvalidRequest, std::move(message));
  CheckResponse(proto::EncodeResponse(id, false, nullptr, &error));
}

// Params reach a handler only after they validated and decoded; the answer is not under test.
class Unavailable : public proto::SystemService {
 public:
  void GatewayIdentityGet(proto::GatewayIdentityGetParams, rpc::CallContext&,
                          proto::Reply<proto::GatewayIdentityGetResult> reply) override {
    Answer(reply);
  }
  void GatewayRestartRequest(proto::GatewayRestartRequestParams, rpc::CallContext&,
                             proto::Reply<proto::GatewayRestartRequestResult> reply) override {
    Answer(reply);
  }
  void Health(proto::HealthParams, rpc::CallContext&,
              proto::Reply<proto::HealthSnapshot> reply) override {
    Answer(reply);
  }
  void LastHeartbeat(proto::LastHeartbeatParams, rpc::CallContext&,
                     proto::Reply<proto::LastHeartbeatResult> reply) override {
    Answer(reply);
  }
  void LogsTail(proto::LogsTailParams, rpc::CallContext&,
                proto::Reply<proto::LogsTailResult> reply) override {
    Answer(reply);
  }
  void SetHeartbeats(proto::SetHeartbeatsParams, rpc::CallContext&,
                     proto::Reply<proto::SetHeartbeatsResult> reply) override {
    Answer(reply);
  }
  void Status(proto::StatusParams, rpc::CallContext&,
              proto::Reply<proto::StatusResult> reply) override {
    Answer(reply);
  }
  void SystemEvent(proto::SystemEventParams, rpc::CallContext&,
                   proto::Reply<proto::SystemEventResult> reply) override {
    Answer(reply);
  }
  void SystemPresence(proto::SystemPresenceParams, rpc::CallContext&,
                      proto::Reply<proto::SystemPresenceResult> reply) override {
    Answer(reply);
  }

 private:
  template <class R>
  static void Answer(R& reply) {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
};

class UnavailableSessions : public proto::SessionsService {
 public:
  void SessionsSend(proto::SessionsSendParams, rpc::CallContext&,
                    proto::Reply<proto::SessionsSendResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsAbort(proto::SessionsAbortParams, rpc::CallContext&,
                     proto::Reply<proto::AbortResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsCompact(proto::SessionsCompactParams, rpc::CallContext&,
                       proto::Reply<proto::SessionsCompactResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsDelete(proto::SessionsDeleteParams, rpc::CallContext&,
                      proto::Reply<proto::SessionsDeleteResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsList(proto::SessionsListParams, rpc::CallContext&,
                    proto::Reply<proto::SessionsListResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsMessagesSubscribe(proto::SessionsMessagesSubscribeParams, rpc::CallContext&,
                                 proto::Reply<proto::SessionsMessagesSubscription> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsMessagesUnsubscribe(
      proto::SessionsMessagesUnsubscribeParams, rpc::CallContext&,
      proto::Reply<proto::SessionsMessagesSubscription> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsPatch(proto::SessionsPatchParams, rpc::CallContext&,
                     proto::Reply<proto::SessionsPatchResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsPreview(proto::SessionsPreviewParams, rpc::CallContext&,
                       proto::Reply<proto::SessionsPreviewResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsReset(proto::SessionsResetParams, rpc::CallContext&,
                     proto::Reply<proto::SessionsResetResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsResolve(proto::SessionsResolveParams, rpc::CallContext&,
                       proto::Reply<proto::SessionsResolveResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void SessionsSubscribe(proto::SessionsListParams, rpc::CallContext&,
                         proto::Reply<proto::SessionsSubscribeResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
};

class UnavailableChat : public proto::ChatService {
 public:
  void ChatSend(proto::ChatSendParams, rpc::CallContext&,
                proto::Reply<proto::ChatSendResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ChatAbort(proto::ChatAbortParams, rpc::CallContext&,
                 proto::Reply<proto::AbortResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ChatHistory(proto::ChatHistoryParams, rpc::CallContext&,
                   proto::Reply<proto::ChatHistoryResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ChatInject(proto::ChatInjectParams, rpc::CallContext&,
                  proto::Reply<proto::ChatInjectResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
};

class UnavailableAgent : public proto::AgentService {
 public:
  void Agent(proto::AgentParams, rpc::CallContext&,
             proto::Reply<proto::AgentResult, proto::AgentAccepted, proto::AgentErrorPayload> reply)
      override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void AgentIdentityGet(proto::AgentIdentityGetParams, rpc::CallContext&,
                        proto::Reply<proto::AgentIdentityGetResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void AgentWait(proto::AgentWaitParams, rpc::CallContext&,
                 proto::Reply<proto::AgentWaitResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void AgentsList(proto::AgentsListParams, rpc::CallContext&,
                  proto::Reply<proto::AgentsListResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ModelsList(proto::ModelsListParams, rpc::CallContext&,
                  proto::Reply<proto::ModelsListResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
};

class UnavailableTools : public proto::ToolsService {
 public:
  void ToolsInvoke(proto::ToolsInvokeParams, rpc::CallContext&,
                   proto::Reply<proto::ToolsInvokeResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
};

class UnavailableApprovals : public proto::ApprovalsService {
 public:
  void ExecApprovalGet(proto::ExecApprovalGetParams, rpc::CallContext&,
                       proto::Reply<proto::ExecApprovalGetResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ExecApprovalList(proto::ExecApprovalListParams, rpc::CallContext&,
                        proto::Reply<proto::ExecApprovalListResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ExecApprovalResolve(proto::ExecApprovalResolveParams, rpc::CallContext&,
                           proto::Reply<proto::ExecApprovalResolveResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ExecApprovalWaitDecision(
      proto::ExecApprovalWaitDecisionParams, rpc::CallContext&,
      proto::Reply<proto::ExecApprovalWaitDecisionResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ExecApprovalsGet(proto::ExecApprovalsGetParams, rpc::CallContext&,
                        proto::Reply<proto::ExecApprovalsSnapshot> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ExecApprovalsSet(proto::ExecApprovalsSetParams, rpc::CallContext&,
                        proto::Reply<proto::ExecApprovalsSnapshot> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
};

class UnavailableConfig : public proto::ConfigService {
 public:
  void ConfigApply(proto::ConfigApplyParams, rpc::CallContext&,
                   proto::Reply<proto::ConfigApplyResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ConfigGet(proto::ConfigGetParams, rpc::CallContext&,
                 proto::Reply<proto::ConfigGetResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ConfigPatch(proto::ConfigPatchParams, rpc::CallContext&,
                   proto::Reply<proto::ConfigPatchResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ConfigSchema(proto::ConfigSchemaParams, rpc::CallContext&,
                    proto::Reply<proto::ConfigSchemaResponse> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ConfigSchemaLookup(proto::ConfigSchemaLookupParams, rpc::CallContext&,
                          proto::Reply<proto::ConfigSchemaLookupResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ConfigSet(proto::ConfigSetParams, rpc::CallContext&,
                 proto::Reply<proto::ConfigSetResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
};

class UnavailableChannels : public proto::ChannelsService {
 public:
  void ChannelsPairingApprove(proto::ChannelsPairingApproveParams, rpc::CallContext&,
                              proto::Reply<proto::ChannelsPairingApproveResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ChannelsPairingDismiss(proto::ChannelsPairingDismissParams, rpc::CallContext&,
                              proto::Reply<proto::ChannelsPairingDismissResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ChannelsPairingList(proto::ChannelsPairingListParams, rpc::CallContext&,
                           proto::Reply<proto::ChannelsPairingListResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ChannelsStatus(proto::ChannelsStatusParams, rpc::CallContext&,
                      proto::Reply<proto::ChannelsStatusResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ChannelsStart(proto::ChannelAccountParams, rpc::CallContext&,
                     proto::Reply<proto::ChannelsStartResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ChannelsStop(proto::ChannelAccountParams, rpc::CallContext&,
                    proto::Reply<proto::ChannelsStopResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void ChannelsLogout(proto::ChannelAccountParams, rpc::CallContext&,
                      proto::Reply<proto::ChannelsLogoutResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
};

class UnavailableOutbound : public proto::OutboundService {
 public:
  void Poll(proto::PollParams, rpc::CallContext&, proto::Reply<proto::SendResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
  void Send(proto::SendParams, rpc::CallContext&, proto::Reply<proto::SendResult> reply) override {
    reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, "answered by the fuzz target"));
  }
};

// Dynamic scopes: whatever they return, dispatch goes on.
class AdminScopes : public proto::ScopeResolvers {
 public:
  proto::Scope SessionsDelete(const json&) const override { return proto::Scope::kOperatorAdmin; }
  proto::Scope SessionsPatch(const json&) const override { return proto::Scope::kOperatorAdmin; }
  proto::Scope Agent(const json&) const override { return proto::Scope::kOperatorAdmin; }
  proto::Scope ChannelsPairingApprove(const json&) const override {
    return proto::Scope::kOperatorAdmin;
  }
};

// HandleConnect after the frame validated: the params of the first request.
void Connect(const json& frame, const std::string& id) {
  const json params_json = frame.value("params", json());
  const auto errors = proto::Validate(&proto::CheckConnectParams, params_json);
  if (!errors.empty())
    return SendError(id, "invalid connect params: " + wire::FormatErrors(errors));
  const auto params = wire::Decode<proto::ConnectParams>(params_json);  // must not throw
  const json encoded = proto::Write(params);
  Require(proto::Validate(&proto::CheckConnectParams, encoded).empty(),
          "re-encoded ConnectParams break their schema");
  Require(wire::Decode<proto::ConnectParams>(encoded) == params, "ConnectParams do not round-trip");
}

// HandleRequest after the frame validated: role and scope lookups, then the dispatcher.
void Request(json& frame, const std::string& id) {
  const std::string method_name = frame["method"].get<std::string>();
  const json params = frame.contains("params") ? std::move(frame["params"]) : json();
  const proto::MethodInfo* method = proto::FindMethod(method_name);
  if (!method) return SendError(id, "unknown method: " + method_name);
  static Unavailable service;
  static UnavailableSessions sessions;
  static UnavailableChat chat;
  static UnavailableAgent agent;
  static UnavailableConfig config;
  static UnavailableTools tools;
  static UnavailableApprovals approvals;
  static UnavailableChannels channels;
  static UnavailableOutbound outbound;
  static AdminScopes scopes;
  static proto::Dispatcher dispatcher(agent, approvals, channels, chat, config, outbound, sessions,
                                      service, tools, scopes);
  rpc::CallContext context;
  (void)dispatcher.RequiredScope(*method, params);
  dispatcher.Dispatch(*method, params, context, std::make_shared<CheckingSink>(), id);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  json frame;
  try {
    frame = wire::ParseUntrusted(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const wire::DecodeError&) {
    return 0;  // the gateway closes (before hello) or ignores (after) unparseable text
  }
  const auto errors = proto::Validate(&proto::CheckRequestFrame, frame);
  if (!errors.empty()) {
    const bool has_id = frame.is_object() && frame.contains("id") && frame["id"].is_string() &&
                        !frame["id"].get_ref<const std::string&>().empty();
    SendError(has_id ? frame["id"].get<std::string>() : "invalid",
              "invalid request frame: " + wire::FormatErrors(errors));
    return 0;
  }
  const std::string id = frame["id"].get<std::string>();  // the validator made these strings
  if (frame["method"] == "connect") Connect(frame, id);
  Request(frame, id);
  return 0;
}
