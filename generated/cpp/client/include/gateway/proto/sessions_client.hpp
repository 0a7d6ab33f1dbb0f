// Generated from protocol/methods/sessions.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed calls of the sessions domain over client::GatewayClient (link gateway_client).
#pragma once

#include <chrono>
#include <optional>

#include "gateway/client/typed_call.hpp"
#include "gateway/proto/methods_sessions.hpp"

namespace gateway::proto {

// One method per sessions method: typed params in, the typed result or the gateway's error out
// (client::TypedResult). Throws client::GatewayError as GatewayClient::Call does.
class SessionsClient {
 public:
  explicit SessionsClient(client::GatewayClient& client) : client_(client) {}

  // sessions.abort: Abort a session's running and queued turns, or one run by id.
  client::TypedResult<AbortResult> SessionsAbort(const SessionsAbortParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<AbortResult>(client_, "sessions.abort", Write(params), false, timeout);
  }

  // sessions.compact: Compact a transcript — without maxLines, summarized by the agent's model (later turns send the summary); with maxLines, truncated to its last entries.
  client::TypedResult<SessionsCompactResult> SessionsCompact(const SessionsCompactParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsCompactResult>(client_, "sessions.compact", Write(params), false, timeout);
  }

  // sessions.delete: Delete a session row (its transcript archived); main sessions are protected.
  client::TypedResult<SessionsDeleteResult> SessionsDelete(const SessionsDeleteParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsDeleteResult>(client_, "sessions.delete", Write(params), false, timeout);
  }

  // sessions.list: List session rows with filters, sort and paging.
  client::TypedResult<SessionsListResult> SessionsList(const SessionsListParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsListResult>(client_, "sessions.list", Write(params), false, timeout);
  }

  // sessions.messages.subscribe: Receive session.message for one session.
  client::TypedResult<SessionsMessagesSubscription> SessionsMessagesSubscribe(const SessionsMessagesSubscribeParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsMessagesSubscription>(client_, "sessions.messages.subscribe", Write(params), false, timeout);
  }

  // sessions.messages.unsubscribe: Stop session.message for one session.
  client::TypedResult<SessionsMessagesSubscription> SessionsMessagesUnsubscribe(const SessionsMessagesUnsubscribeParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsMessagesSubscription>(client_, "sessions.messages.unsubscribe", Write(params), false, timeout);
  }

  // sessions.patch: Change a session's label, pins, model and other per-session settings (creates the row when missing).
  client::TypedResult<SessionsPatchResult> SessionsPatch(const SessionsPatchParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsPatchResult>(client_, "sessions.patch", Write(params), false, timeout);
  }

  // sessions.preview: The last visible user/assistant texts of each key, in request order.
  client::TypedResult<SessionsPreviewResult> SessionsPreview(const SessionsPreviewParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsPreviewResult>(client_, "sessions.preview", Write(params), false, timeout);
  }

  // sessions.reset: Manual reset; keeps the sessionId and appends a reset boundary.
  client::TypedResult<SessionsResetResult> SessionsReset(const SessionsResetParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsResetResult>(client_, "sessions.reset", Write(params), false, timeout);
  }

  // sessions.resolve: Find a session by key, sessionId or label (in that order).
  client::TypedResult<SessionsResolveResult> SessionsResolve(const SessionsResolveParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsResolveResult>(client_, "sessions.resolve", Write(params), false, timeout);
  }

  // sessions.send: Start an agent turn on a session (acceptance, not completion).
  client::TypedResult<SessionsSendResult> SessionsSend(const SessionsSendParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsSendResult>(client_, "sessions.send", Write(params), false, timeout);
  }

  // sessions.subscribe: Receive sessions.changed; with list params, also the first page.
  client::TypedResult<SessionsSubscribeResult> SessionsSubscribe(const SessionsListParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SessionsSubscribeResult>(client_, "sessions.subscribe", Write(params), false, timeout);
  }

 private:
  client::GatewayClient& client_;
};

}  // namespace gateway::proto
