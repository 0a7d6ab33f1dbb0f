// Generated from protocol/methods/outbound.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the outbound domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/outbound_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A OutboundService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.poll.Returns(result)`, then `.calls()`.
class OutboundServiceDouble : public OutboundService {
 public:
  MethodDouble<PollParams, Reply<SendResult>> poll{"poll"};
  MethodDouble<SendParams, Reply<SendResult>> send{"send"};

  void Poll(PollParams params, rpc::CallContext&, Reply<SendResult> reply) override {
    poll.Handle(std::move(params), std::move(reply));
  }

  void Send(SendParams params, rpc::CallContext&, Reply<SendResult> reply) override {
    send.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.Poll (poll) with `context`; the outcome holds its answer.
inline CallOutcome<SendResult> CallPoll(OutboundService& service, PollParams params, rpc::CallContext& context) {
  return Invoke(service, &OutboundService::Poll, std::move(params), context);
}

// Calls service.Send (send) with `context`; the outcome holds its answer.
inline CallOutcome<SendResult> CallSend(OutboundService& service, SendParams params, rpc::CallContext& context) {
  return Invoke(service, &OutboundService::Send, std::move(params), context);
}

}  // namespace gateway::proto::testing
