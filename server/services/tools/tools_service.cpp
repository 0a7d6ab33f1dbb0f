#include "server/services/tools/tools_service.hpp"

#include "server/domain/tools/gateway_invoke.hpp"
#include "server/platform/text.hpp"
#include "server/services/sessions/session_wire.hpp"

namespace gateway::services {

namespace dt = domain::tools;

void ToolsService::ToolsInvoke(proto::ToolsInvokeParams params, rpc::CallContext& context,
                               proto::Reply<proto::ToolsInvokeResult> reply) {
  const auto config = domain_.config.Typed();
  if (platform::TrimAsciiSpace(params.name).empty()) {
    return reply.Fail(InvalidRequest("invalid tools.invoke params: name required"));
  }
  dt::InvokeRequest request;
  request.name = params.name;
  request.session_key = params.session_key;
  request.agent_id = params.agent_id;
  request.owner = context.peer().IsAdmin();
  const auto decision = dt::DecideInvoke(
      *config, request, domain_.tools ? domain_.tools->Names() : std::vector<std::string>{});
  proto::ToolsInvokeResult result;
  result.ok = false;
  result.tool_name = decision.tool_name;
  if (decision.kind != dt::InvokeDecision::Kind::kAllowed) {
    proto::ToolsInvokeError error;
    error.message = decision.message;
    error.code = decision.kind == dt::InvokeDecision::Kind::kInvalid
                     ? proto::ToolsInvokeErrorCode::kValidationError
                     : proto::ToolsInvokeErrorCode::kNotFound;
    result.error = std::move(error);
    return reply.Ok(result);
  }
  dt::ToolContext tool_context;
  tool_context.workspace = domain_.workspace;
  tool_context.cancel = domain_.shutdown;
  nlohmann::json args = params.args ? proto::Write(*params.args) : nlohmann::json::object();
  // The tool blocks (a fetch may take its whole timeout): it runs on the tools' executor.
  auto shared_reply = std::make_shared<proto::Reply<proto::ToolsInvokeResult>>(std::move(reply));
  domain_.executor->Post([tools = domain_.tools, name = decision.tool_name, args = std::move(args),
                          tool_context = std::move(tool_context), shared_reply,
                          result = std::move(result)]() mutable {
    const dt::InvokeOutcome outcome = dt::RunInvokedTool(*tools, name, args, tool_context);
    result.ok = outcome.ok;
    if (outcome.ok) {
      result.output = outcome.output;
      result.source = "core";
    } else {
      result.error = proto::ToolsInvokeError{.code = proto::ToolsInvokeErrorCode::kInternalError,
                                             .message = outcome.message};
    }
    shared_reply->Ok(result);
  });
}

}  // namespace gateway::services
