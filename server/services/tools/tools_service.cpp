#include "server/services/tools/tools_service.hpp"

#include "server/domain/tools/gateway_invoke.hpp"
#include "server/platform/text.hpp"
#include "server/services/sessions/session_wire.hpp"

namespace gateway::services {

namespace dt = domain::tools;

void ToolsService::ToolsInvoke(proto::ToolsInvokeParams params, rpc::CallContext& context,
                               proto::Reply<proto::ToolsInvokeResult> reply) {
  if (platform::TrimAsciiSpace(params.name).empty()) {
    return reply.Fail(InvalidRequest("invalid tools.invoke params: name required"));
  }
  dt::InvokeRequest request;
  request.name = params.name;
  request.session_key = params.session_key;
  request.agent_id = params.agent_id;
  request.owner = context.peer().IsAdmin();
  // No gateway-invocable tool is built in core yet (web_fetch will be the first).
  const auto decision = dt::DecideInvoke(domain_.config, request, {});
  proto::ToolsInvokeResult result;
  result.ok = false;
  result.tool_name = decision.tool_name;
  proto::ToolsInvokeError error;
  error.message = decision.message;
  switch (decision.kind) {
    case dt::InvokeDecision::Kind::kInvalid:
      error.code = proto::ToolsInvokeErrorCode::kValidationError;
      break;
    case dt::InvokeDecision::Kind::kNotFound:
    case dt::InvokeDecision::Kind::kAllowed:  // unreachable with no invocable tools
      error.code = proto::ToolsInvokeErrorCode::kNotFound;
      error.message = "Tool not available: " + decision.tool_name;
      break;
  }
  result.error = std::move(error);
  reply.Ok(result);
}

}  // namespace gateway::services
