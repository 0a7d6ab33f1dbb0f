// Generated from protocol/methods/outbound.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/rpc.hpp"
#include "gateway/proto/methods_outbound.hpp"

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// Handlers of the outbound domain. Implement every method; answer through `reply`, now or
// later, from any thread.
class OutboundService {
 public:
  virtual ~OutboundService() = default;

  // poll: Send a poll to a channel target. Idempotent on idempotencyKey like send.
  virtual void Poll(PollParams params, rpc::CallContext& context, Reply<SendResult> reply) = 0;

  // send: Send a message to a channel target. Idempotent on idempotencyKey: a retried key (also after a restart) returns the first result and never sends again.
  virtual void Send(SendParams params, rpc::CallContext& context, Reply<SendResult> reply) = 0;
};

}  // namespace gateway::proto
