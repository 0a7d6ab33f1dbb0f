// Generated from protocol/methods/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/rpc.hpp"
#include "gateway/proto/methods_chat.hpp"
#include "gateway/proto/methods_sessions.hpp"

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// Handlers of the chat domain. Implement every method; answer through `reply`, now or
// later, from any thread.
class ChatService {
 public:
  virtual ~ChatService() = default;

  // chat.abort: Abort the running (and queued) turns of a session, or one run; the upstream request is cancelled at once.
  virtual void ChatAbort(ChatAbortParams params, rpc::CallContext& context, Reply<AbortResult> reply) = 0;

  // chat.history: The tail of a session's transcript, display-normalized, oldest first (or a delta since a cursor).
  virtual void ChatHistory(ChatHistoryParams params, rpc::CallContext& context, Reply<ChatHistoryResult> reply) = 0;

  // chat.inject: Append an assistant message to a session's transcript without a model run.
  virtual void ChatInject(ChatInjectParams params, rpc::CallContext& context, Reply<ChatInjectResult> reply) = 0;

  // chat.send: Start (or queue, per queueMode) an agent turn on a session; answers with an ack, the reply streams as chat and agent events. runId = idempotencyKey.
  virtual void ChatSend(ChatSendParams params, rpc::CallContext& context, Reply<ChatSendResult> reply) = 0;
};

}  // namespace gateway::proto
