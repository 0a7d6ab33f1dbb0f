#include "server/http/openai/openai_routes.hpp"

namespace gateway::http::openai {
namespace {

constexpr std::size_t kTurnBodyLimit = 20 << 20;  // http.md §4, §5

}  // namespace

OpenAiRoutes::OpenAiRoutes(EndpointDependencies deps)
    : models_(deps.config), chat_(deps), responses_(deps) {
  if (deps.config.gateway && deps.config.gateway->http && deps.config.gateway->http->endpoints) {
    const auto& endpoints = *deps.config.gateway->http->endpoints;
    chat_enabled_ =
        endpoints.chat_completions && endpoints.chat_completions->enabled.value_or(false);
    responses_enabled_ = endpoints.responses && endpoints.responses->enabled.value_or(false);
  }
}

void OpenAiRoutes::AddTo(Routes& routes) {
  if (!chat_enabled_ && !responses_enabled_) return;
  routes.Add({.path = "/v1/models",
              .prefix = true,
              .methods = {"GET"},
              .auth = RouteAuth::kGateway,
              .scope = proto::Scope::kOperatorRead,
              .handle = [this](std::shared_ptr<transport::HttpExchange> exchange) {
                models_.Handle(exchange);
              }});
  if (chat_enabled_) {
    routes.Add({.path = "/v1/chat/completions",
                .methods = {"POST"},
                .auth = RouteAuth::kGateway,
                .scope = proto::Scope::kOperatorWrite,
                .max_body = kTurnBodyLimit,
                .handle = [this](std::shared_ptr<transport::HttpExchange> exchange) {
                  chat_.Handle(std::move(exchange));
                }});
  }
  if (responses_enabled_) {
    routes.Add({.path = "/v1/responses",
                .methods = {"POST"},
                .auth = RouteAuth::kGateway,
                .scope = proto::Scope::kOperatorWrite,
                .max_body = kTurnBodyLimit,
                .handle = [this](std::shared_ptr<transport::HttpExchange> exchange) {
                  responses_.Handle(std::move(exchange));
                }});
  }
}

}  // namespace gateway::http::openai
