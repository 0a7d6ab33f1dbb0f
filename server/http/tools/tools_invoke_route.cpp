#include "server/http/tools/tools_invoke_route.hpp"

#include "gateway/wire/json_io.hpp"
#include "server/domain/tools/gateway_invoke.hpp"
#include "server/platform/text.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::http::tools {
namespace {

namespace dt = domain::tools;
using nlohmann::json;

transport::HttpResponse Failure(int status, std::string_view type, const std::string& message) {
  transport::HttpResponse response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  response.body = runtime::DumpJson(
      {{"ok", false}, {"error", {{"type", std::string(type)}, {"message", message}}}});
  return response;
}

std::optional<std::string> StringField(const json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

}  // namespace

std::variant<transport::HttpResponse, ToolCall> DecideToolsInvoke(
    const proto::OpenClawConfig& config, const dt::ToolRegistry& tools, std::string_view text) {
  json body;
  try {
    body = wire::ParseUntrusted(text, 64);
  } catch (const wire::DecodeError&) {
    return Failure(400, "invalid_request", "Invalid JSON body.");
  }
  if (!body.is_object())
    return Failure(400, "invalid_request", "Request body must be a JSON object.");
  // `name` wins over `tool`.
  auto name = StringField(body, "name");
  if (!name || platform::TrimAsciiSpace(*name).empty()) name = StringField(body, "tool");
  if (!name || platform::TrimAsciiSpace(*name).empty()) {
    return Failure(400, "invalid_request", "tools.invoke requires name");
  }
  json args = json::object();
  if (auto found = body.find("args"); found != body.end()) {
    if (!found->is_object()) return Failure(400, "invalid_request", "args must be an object");
    args = *found;
  }
  dt::InvokeRequest request;
  request.name = *name;
  request.session_key = StringField(body, "sessionKey");
  request.agent_id = StringField(body, "agentId");
  request.owner = true;  // shared-secret bearer auth is always an owner (http.md §6)
  const auto decision = dt::DecideInvoke(config, request, tools.Names());
  switch (decision.kind) {
    case dt::InvokeDecision::Kind::kInvalid:
      return Failure(400, "invalid_request", decision.message);
    case dt::InvokeDecision::Kind::kNotFound:
      return Failure(404, "not_found", decision.message);
    case dt::InvokeDecision::Kind::kAllowed:
      break;
  }
  return ToolCall{decision.tool_name, std::move(args)};
}

void RegisterToolsInvoke(Routes& routes, ToolsInvokeDependencies deps) {
  routes.Add({.path = "/tools/invoke",
              .methods = {"POST"},
              .auth = RouteAuth::kGateway,
              .scope = proto::Scope::kOperatorWrite,
              .max_body = kMaxToolsInvokeBody,
              .handle = [deps](std::shared_ptr<transport::HttpExchange> exchange) {
                auto decided =
                    DecideToolsInvoke(*deps.config.Typed(), deps.tools, exchange->request().body);
                if (auto* response = std::get_if<transport::HttpResponse>(&decided)) {
                  return exchange->Respond(std::move(*response));
                }
                dt::ToolContext context;
                context.workspace = deps.workspace;
                context.cancel = deps.shutdown;
                // The tool blocks (a fetch may take its whole timeout): not on the I/O thread.
                deps.executor.Post([&tools = deps.tools, call = std::get<ToolCall>(decided),
                                    context = std::move(context), exchange] {
                  const auto outcome = dt::RunInvokedTool(tools, call.name, call.args, context);
                  if (!outcome.ok) {
                    return exchange->Respond(
                        Failure(outcome.input_error ? 400 : 500, "tool_error", outcome.message));
                  }
                  transport::HttpResponse response;
                  response.status = 200;
                  response.content_type = "application/json; charset=utf-8";
                  response.body = runtime::DumpJson({{"ok", true}, {"result", outcome.output}});
                  exchange->Respond(std::move(response));
                });
              }});
}

}  // namespace gateway::http::tools
