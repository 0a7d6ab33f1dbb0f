// Generated from protocol/methods/sessions.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/rpc.hpp"
#include "gateway/proto/methods_sessions.hpp"

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// Handlers of the sessions domain. Implement every method; answer through `reply`, now or
// later, from any thread.
class SessionsService {
 public:
  virtual ~SessionsService() = default;

  // sessions.abort: Abort a session's running and queued turns, or one run by id.
  virtual void SessionsAbort(SessionsAbortParams params, rpc::CallContext& context, Reply<AbortResult> reply) = 0;

  // sessions.compact: Compact a transcript — without maxLines, summarized by the agent's model (later turns send the summary); with maxLines, truncated to its last entries.
  virtual void SessionsCompact(SessionsCompactParams params, rpc::CallContext& context, Reply<SessionsCompactResult> reply) = 0;

  // sessions.delete: Delete a session row (its transcript archived); main sessions are protected.
  virtual void SessionsDelete(SessionsDeleteParams params, rpc::CallContext& context, Reply<SessionsDeleteResult> reply) = 0;

  // sessions.list: List session rows with filters, sort and paging.
  virtual void SessionsList(SessionsListParams params, rpc::CallContext& context, Reply<SessionsListResult> reply) = 0;

  // sessions.messages.subscribe: Receive session.message for one session.
  virtual void SessionsMessagesSubscribe(SessionsMessagesSubscribeParams params, rpc::CallContext& context, Reply<SessionsMessagesSubscription> reply) = 0;

  // sessions.messages.unsubscribe: Stop session.message for one session.
  virtual void SessionsMessagesUnsubscribe(SessionsMessagesUnsubscribeParams params, rpc::CallContext& context, Reply<SessionsMessagesSubscription> reply) = 0;

  // sessions.patch: Change a session's label, pins, model and other per-session settings (creates the row when missing).
  virtual void SessionsPatch(SessionsPatchParams params, rpc::CallContext& context, Reply<SessionsPatchResult> reply) = 0;

  // sessions.preview: The last visible user/assistant texts of each key, in request order.
  virtual void SessionsPreview(SessionsPreviewParams params, rpc::CallContext& context, Reply<SessionsPreviewResult> reply) = 0;

  // sessions.reset: Manual reset; keeps the sessionId and appends a reset boundary.
  virtual void SessionsReset(SessionsResetParams params, rpc::CallContext& context, Reply<SessionsResetResult> reply) = 0;

  // sessions.resolve: Find a session by key, sessionId or label (in that order).
  virtual void SessionsResolve(SessionsResolveParams params, rpc::CallContext& context, Reply<SessionsResolveResult> reply) = 0;

  // sessions.send: Start an agent turn on a session (acceptance, not completion).
  virtual void SessionsSend(SessionsSendParams params, rpc::CallContext& context, Reply<SessionsSendResult> reply) = 0;

  // sessions.subscribe: Receive sessions.changed; with list params, also the first page.
  virtual void SessionsSubscribe(SessionsListParams params, rpc::CallContext& context, Reply<SessionsSubscribeResult> reply) = 0;
};

}  // namespace gateway::proto
