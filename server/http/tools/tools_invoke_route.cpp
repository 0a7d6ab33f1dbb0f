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

transport::HttpResponse ToolsInvokeResponse(const proto::OpenClawConfig& config,
                                            std::string_view text) {
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
  if (auto args = body.find("args"); args != body.end() && !args->is_object()) {
    return Failure(400, "invalid_request", "args must be an object");
  }
  dt::InvokeRequest request;
  request.name = *name;
  request.session_key = StringField(body, "sessionKey");
  request.agent_id = StringField(body, "agentId");
  request.owner = true;  // shared-secret bearer auth is always an owner (http.md §6)
  // No gateway-invocable tool is built in core yet (web_fetch will be the first).
  const auto decision = dt::DecideInvoke(config, request, {});
  switch (decision.kind) {
    case dt::InvokeDecision::Kind::kInvalid:
      return Failure(400, "invalid_request", decision.message);
    case dt::InvokeDecision::Kind::kNotFound:
    case dt::InvokeDecision::Kind::kAllowed:  // unreachable with no invocable tools
      break;
  }
  return Failure(404, "not_found", "Tool not available: " + decision.tool_name);
}

void RegisterToolsInvoke(Routes& routes, const proto::OpenClawConfig& config) {
  routes.Add({.path = "/tools/invoke",
              .methods = {"POST"},
              .auth = RouteAuth::kGateway,
              .scope = proto::Scope::kOperatorWrite,
              .max_body = kMaxToolsInvokeBody,
              .handle = [&config](std::shared_ptr<transport::HttpExchange> exchange) {
                exchange->Respond(ToolsInvokeResponse(config, exchange->request().body));
              }});
}

}  // namespace gateway::http::tools
