// Generated from protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the tools domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/tools_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A ToolsService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.tools_invoke.Returns(result)`, then `.calls()`.
class ToolsServiceDouble : public ToolsService {
 public:
  MethodDouble<ToolsInvokeParams, Reply<ToolsInvokeResult>> tools_invoke{"tools.invoke"};

  void ToolsInvoke(ToolsInvokeParams params, rpc::CallContext&, Reply<ToolsInvokeResult> reply) override {
    tools_invoke.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.ToolsInvoke (tools.invoke) with `context`; the outcome holds its answer.
inline CallOutcome<ToolsInvokeResult> CallToolsInvoke(ToolsService& service, ToolsInvokeParams params, rpc::CallContext& context) {
  return Invoke(service, &ToolsService::ToolsInvoke, std::move(params), context);
}

}  // namespace gateway::proto::testing
