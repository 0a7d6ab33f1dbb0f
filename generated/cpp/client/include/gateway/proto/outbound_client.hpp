// Generated from protocol/methods/outbound.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed calls of the outbound domain over client::GatewayClient (link gateway_client).
#pragma once

#include <chrono>
#include <optional>

#include "gateway/client/typed_call.hpp"
#include "gateway/proto/methods_outbound.hpp"

namespace gateway::proto {

// One method per outbound method: typed params in, the typed result or the gateway's error out
// (client::TypedResult). Throws client::GatewayError as GatewayClient::Call does.
class OutboundClient {
 public:
  explicit OutboundClient(client::GatewayClient& client) : client_(client) {}

  // poll: Send a poll to a channel target. Idempotent on idempotencyKey like send.
  client::TypedResult<SendResult> Poll(const PollParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SendResult>(client_, "poll", Write(params), false, timeout);
  }

  // send: Send a message to a channel target. Idempotent on idempotencyKey: a retried key (also after a restart) returns the first result and never sends again.
  client::TypedResult<SendResult> Send(const SendParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<SendResult>(client_, "send", Write(params), false, timeout);
  }

 private:
  client::GatewayClient& client_;
};

}  // namespace gateway::proto
