// Generated from protocol/methods/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the chat domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/chat_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A ChatService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.chat_abort.Returns(result)`, then `.calls()`.
class ChatServiceDouble : public ChatService {
 public:
  MethodDouble<ChatAbortParams, Reply<AbortResult>> chat_abort{"chat.abort"};
  MethodDouble<ChatHistoryParams, Reply<ChatHistoryResult>> chat_history{"chat.history"};
  MethodDouble<ChatInjectParams, Reply<ChatInjectResult>> chat_inject{"chat.inject"};
  MethodDouble<ChatSendParams, Reply<ChatSendResult>> chat_send{"chat.send"};

  void ChatAbort(ChatAbortParams params, rpc::CallContext&, Reply<AbortResult> reply) override {
    chat_abort.Handle(std::move(params), std::move(reply));
  }

  void ChatHistory(ChatHistoryParams params, rpc::CallContext&, Reply<ChatHistoryResult> reply) override {
    chat_history.Handle(std::move(params), std::move(reply));
  }

  void ChatInject(ChatInjectParams params, rpc::CallContext&, Reply<ChatInjectResult> reply) override {
    chat_inject.Handle(std::move(params), std::move(reply));
  }

  void ChatSend(ChatSendParams params, rpc::CallContext&, Reply<ChatSendResult> reply) override {
    chat_send.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.ChatAbort (chat.abort) with `context`; the outcome holds its answer.
inline CallOutcome<AbortResult> CallChatAbort(ChatService& service, ChatAbortParams params, rpc::CallContext& context) {
  return Invoke(service, &ChatService::ChatAbort, std::move(params), context);
}

// Calls service.ChatHistory (chat.history) with `context`; the outcome holds its answer.
inline CallOutcome<ChatHistoryResult> CallChatHistory(ChatService& service, ChatHistoryParams params, rpc::CallContext& context) {
  return Invoke(service, &ChatService::ChatHistory, std::move(params), context);
}

// Calls service.ChatInject (chat.inject) with `context`; the outcome holds its answer.
inline CallOutcome<ChatInjectResult> CallChatInject(ChatService& service, ChatInjectParams params, rpc::CallContext& context) {
  return Invoke(service, &ChatService::ChatInject, std::move(params), context);
}

// Calls service.ChatSend (chat.send) with `context`; the outcome holds its answer.
inline CallOutcome<ChatSendResult> CallChatSend(ChatService& service, ChatSendParams params, rpc::CallContext& context) {
  return Invoke(service, &ChatService::ChatSend, std::move(params), context);
}

}  // namespace gateway::proto::testing
