// The request pipeline (protocol.md §6) for authenticated connections: parse and validate the
// frame, apply the role and scope gates from the generated method table, then dispatch to the
// services with a CallContext. Every refusal is answered with the spec's error shape.
#pragma once

#include <memory>
#include <string>

#include "gateway/proto/dispatcher.hpp"
#include "server/control/connection_registry.hpp"
#include "server/logging/logger.hpp"
#include "server/rpc/call_context.hpp"

namespace gateway::control {

class RequestPipeline {
 public:
  RequestPipeline(proto::Dispatcher& dispatcher, rpc::CallContext::Environment environment,
                  logging::Logger& log);

  void Handle(const std::shared_ptr<Client>& client, std::string message);

 private:
  proto::Dispatcher& dispatcher_;
  rpc::CallContext::Environment environment_;
  logging::Logger& log_;
};

// The trace id of a W3C `traceparent` ("00-<32 hex>-<16 hex>-<2 hex>"), or "" when malformed.
std::string TraceIdOf(std::string_view traceparent);

}  // namespace gateway::control
