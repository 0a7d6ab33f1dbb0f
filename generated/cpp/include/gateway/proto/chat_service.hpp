// Generated from protocol/methods/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/rpc.hpp"
#include "gateway/proto/methods_chat.hpp"

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// Handlers of the chat domain. Implement every method; answer through `reply`, now or
// later, from any thread.
class ChatService {
 public:
  virtual ~ChatService() = default;

  // chat.history: The tail of a session's transcript, display-normalized, oldest first (or a delta since a cursor).
  virtual void ChatHistory(ChatHistoryParams params, rpc::CallContext& context, Reply<ChatHistoryResult> reply) = 0;

  // chat.inject: Append an assistant message to a session's transcript without a model run.
  virtual void ChatInject(ChatInjectParams params, rpc::CallContext& context, Reply<ChatInjectResult> reply) = 0;
};

}  // namespace gateway::proto
