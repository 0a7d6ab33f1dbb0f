// Generated from protocol/methods/sessions.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the sessions domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/sessions_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A SessionsService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.sessions_abort.Returns(result)`, then `.calls()`.
class SessionsServiceDouble : public SessionsService {
 public:
  MethodDouble<SessionsAbortParams, Reply<AbortResult>> sessions_abort{"sessions.abort"};
  MethodDouble<SessionsCompactParams, Reply<SessionsCompactResult>> sessions_compact{"sessions.compact"};
  MethodDouble<SessionsDeleteParams, Reply<SessionsDeleteResult>> sessions_delete{"sessions.delete"};
  MethodDouble<SessionsListParams, Reply<SessionsListResult>> sessions_list{"sessions.list"};
  MethodDouble<SessionsMessagesSubscribeParams, Reply<SessionsMessagesSubscription>> sessions_messages_subscribe{"sessions.messages.subscribe"};
  MethodDouble<SessionsMessagesUnsubscribeParams, Reply<SessionsMessagesSubscription>> sessions_messages_unsubscribe{"sessions.messages.unsubscribe"};
  MethodDouble<SessionsPatchParams, Reply<SessionsPatchResult>> sessions_patch{"sessions.patch"};
  MethodDouble<SessionsPreviewParams, Reply<SessionsPreviewResult>> sessions_preview{"sessions.preview"};
  MethodDouble<SessionsResetParams, Reply<SessionsResetResult>> sessions_reset{"sessions.reset"};
  MethodDouble<SessionsResolveParams, Reply<SessionsResolveResult>> sessions_resolve{"sessions.resolve"};
  MethodDouble<SessionsSendParams, Reply<SessionsSendResult>> sessions_send{"sessions.send"};
  MethodDouble<SessionsListParams, Reply<SessionsSubscribeResult>> sessions_subscribe{"sessions.subscribe"};

  void SessionsAbort(SessionsAbortParams params, rpc::CallContext&, Reply<AbortResult> reply) override {
    sessions_abort.Handle(std::move(params), std::move(reply));
  }

  void SessionsCompact(SessionsCompactParams params, rpc::CallContext&, Reply<SessionsCompactResult> reply) override {
    sessions_compact.Handle(std::move(params), std::move(reply));
  }

  void SessionsDelete(SessionsDeleteParams params, rpc::CallContext&, Reply<SessionsDeleteResult> reply) override {
    sessions_delete.Handle(std::move(params), std::move(reply));
  }

  void SessionsList(SessionsListParams params, rpc::CallContext&, Reply<SessionsListResult> reply) override {
    sessions_list.Handle(std::move(params), std::move(reply));
  }

  void SessionsMessagesSubscribe(SessionsMessagesSubscribeParams params, rpc::CallContext&, Reply<SessionsMessagesSubscription> reply) override {
    sessions_messages_subscribe.Handle(std::move(params), std::move(reply));
  }

  void SessionsMessagesUnsubscribe(SessionsMessagesUnsubscribeParams params, rpc::CallContext&, Reply<SessionsMessagesSubscription> reply) override {
    sessions_messages_unsubscribe.Handle(std::move(params), std::move(reply));
  }

  void SessionsPatch(SessionsPatchParams params, rpc::CallContext&, Reply<SessionsPatchResult> reply) override {
    sessions_patch.Handle(std::move(params), std::move(reply));
  }

  void SessionsPreview(SessionsPreviewParams params, rpc::CallContext&, Reply<SessionsPreviewResult> reply) override {
    sessions_preview.Handle(std::move(params), std::move(reply));
  }

  void SessionsReset(SessionsResetParams params, rpc::CallContext&, Reply<SessionsResetResult> reply) override {
    sessions_reset.Handle(std::move(params), std::move(reply));
  }

  void SessionsResolve(SessionsResolveParams params, rpc::CallContext&, Reply<SessionsResolveResult> reply) override {
    sessions_resolve.Handle(std::move(params), std::move(reply));
  }

  void SessionsSend(SessionsSendParams params, rpc::CallContext&, Reply<SessionsSendResult> reply) override {
    sessions_send.Handle(std::move(params), std::move(reply));
  }

  void SessionsSubscribe(SessionsListParams params, rpc::CallContext&, Reply<SessionsSubscribeResult> reply) override {
    sessions_subscribe.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.SessionsAbort (sessions.abort) with `context`; the outcome holds its answer.
inline CallOutcome<AbortResult> CallSessionsAbort(SessionsService& service, SessionsAbortParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsAbort, std::move(params), context);
}

// Calls service.SessionsCompact (sessions.compact) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsCompactResult> CallSessionsCompact(SessionsService& service, SessionsCompactParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsCompact, std::move(params), context);
}

// Calls service.SessionsDelete (sessions.delete) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsDeleteResult> CallSessionsDelete(SessionsService& service, SessionsDeleteParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsDelete, std::move(params), context);
}

// Calls service.SessionsList (sessions.list) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsListResult> CallSessionsList(SessionsService& service, SessionsListParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsList, std::move(params), context);
}

// Calls service.SessionsMessagesSubscribe (sessions.messages.subscribe) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsMessagesSubscription> CallSessionsMessagesSubscribe(SessionsService& service, SessionsMessagesSubscribeParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsMessagesSubscribe, std::move(params), context);
}

// Calls service.SessionsMessagesUnsubscribe (sessions.messages.unsubscribe) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsMessagesSubscription> CallSessionsMessagesUnsubscribe(SessionsService& service, SessionsMessagesUnsubscribeParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsMessagesUnsubscribe, std::move(params), context);
}

// Calls service.SessionsPatch (sessions.patch) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsPatchResult> CallSessionsPatch(SessionsService& service, SessionsPatchParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsPatch, std::move(params), context);
}

// Calls service.SessionsPreview (sessions.preview) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsPreviewResult> CallSessionsPreview(SessionsService& service, SessionsPreviewParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsPreview, std::move(params), context);
}

// Calls service.SessionsReset (sessions.reset) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsResetResult> CallSessionsReset(SessionsService& service, SessionsResetParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsReset, std::move(params), context);
}

// Calls service.SessionsResolve (sessions.resolve) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsResolveResult> CallSessionsResolve(SessionsService& service, SessionsResolveParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsResolve, std::move(params), context);
}

// Calls service.SessionsSend (sessions.send) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsSendResult> CallSessionsSend(SessionsService& service, SessionsSendParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsSend, std::move(params), context);
}

// Calls service.SessionsSubscribe (sessions.subscribe) with `context`; the outcome holds its answer.
inline CallOutcome<SessionsSubscribeResult> CallSessionsSubscribe(SessionsService& service, SessionsListParams params, rpc::CallContext& context) {
  return Invoke(service, &SessionsService::SessionsSubscribe, std::move(params), context);
}

}  // namespace gateway::proto::testing
