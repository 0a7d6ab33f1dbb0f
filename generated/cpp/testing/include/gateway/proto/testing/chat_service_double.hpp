// Generated from protocol/methods/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the chat domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/chat_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A ChatService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.chat_history.Returns(result)`, then `.calls()`.
class ChatServiceDouble : public ChatService {
 public:
  MethodDouble<ChatHistoryParams, Reply<ChatHistoryResult>> chat_history{"chat.history"};
  MethodDouble<ChatInjectParams, Reply<ChatInjectResult>> chat_inject{"chat.inject"};

  void ChatHistory(ChatHistoryParams params, rpc::CallContext&, Reply<ChatHistoryResult> reply) override {
    chat_history.Handle(std::move(params), std::move(reply));
  }

  void ChatInject(ChatInjectParams params, rpc::CallContext&, Reply<ChatInjectResult> reply) override {
    chat_inject.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.ChatHistory (chat.history) with `context`; the outcome holds its answer.
inline CallOutcome<ChatHistoryResult> CallChatHistory(ChatService& service, ChatHistoryParams params, rpc::CallContext& context) {
  return Invoke(service, &ChatService::ChatHistory, std::move(params), context);
}

// Calls service.ChatInject (chat.inject) with `context`; the outcome holds its answer.
inline CallOutcome<ChatInjectResult> CallChatInject(ChatService& service, ChatInjectParams params, rpc::CallContext& context) {
  return Invoke(service, &ChatService::ChatInject, std::move(params), context);
}

}  // namespace gateway::proto::testing
