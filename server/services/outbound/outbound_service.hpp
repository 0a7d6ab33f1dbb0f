// The outbound domain (methods.md §9): `send` and `poll` over channels::Outbound, idempotent on
// idempotencyKey (runId = the key).
#pragma once

#include "gateway/proto/outbound_service.hpp"
#include "server/channels/outbound.hpp"
#include "server/rpc/call_context.hpp"

namespace gateway::services {

class OutboundService final : public proto::OutboundService {
 public:
  struct Domain {
    channels::Outbound& outbound;
  };
  explicit OutboundService(Domain domain) : domain_(domain) {}

  void Send(proto::SendParams params, rpc::CallContext& context,
            proto::Reply<proto::SendResult> reply) override;
  void Poll(proto::PollParams params, rpc::CallContext& context,
            proto::Reply<proto::SendResult> reply) override;

 private:
  void Deliver(channels::SendRequest request, proto::Reply<proto::SendResult> reply);

  Domain domain_;
};

}  // namespace gateway::services
