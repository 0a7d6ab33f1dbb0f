// Generated from protocol/methods/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed calls of the chat domain over client::GatewayClient (link gateway_client).
#pragma once

#include <chrono>
#include <optional>

#include "gateway/client/typed_call.hpp"
#include "gateway/proto/methods_chat.hpp"
#include "gateway/proto/methods_sessions.hpp"

namespace gateway::proto {

// One method per chat method: typed params in, the typed result or the gateway's error out
// (client::TypedResult). Throws client::GatewayError as GatewayClient::Call does.
class ChatClient {
 public:
  explicit ChatClient(client::GatewayClient& client) : client_(client) {}

  // chat.abort: Abort the running (and queued) turns of a session, or one run; the upstream request is cancelled at once.
  client::TypedResult<AbortResult> ChatAbort(const ChatAbortParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<AbortResult>(client_, "chat.abort", Write(params), false, timeout);
  }

  // chat.history: The tail of a session's transcript, display-normalized, oldest first (or a delta since a cursor).
  client::TypedResult<ChatHistoryResult> ChatHistory(const ChatHistoryParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ChatHistoryResult>(client_, "chat.history", Write(params), false, timeout);
  }

  // chat.inject: Append an assistant message to a session's transcript without a model run.
  client::TypedResult<ChatInjectResult> ChatInject(const ChatInjectParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ChatInjectResult>(client_, "chat.inject", Write(params), false, timeout);
  }

  // chat.send: Start (or queue, per queueMode) an agent turn on a session; answers with an ack, the reply streams as chat and agent events. runId = idempotencyKey.
  client::TypedResult<ChatSendResult> ChatSend(const ChatSendParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ChatSendResult>(client_, "chat.send", Write(params), false, timeout);
  }

 private:
  client::GatewayClient& client_;
};

}  // namespace gateway::proto
