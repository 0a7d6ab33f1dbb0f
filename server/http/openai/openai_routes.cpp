#include "server/http/openai/openai_routes.hpp"

namespace gateway::http::openai {
namespace {

constexpr std::size_t kTurnBodyLimit = 20 << 20;  // http.md §4, §5

const proto::HttpEndpointsConfig* EndpointsOf(const proto::OpenClawConfig& config) {
  if (!config.gateway || !config.gateway->http || !config.gateway->http->endpoints) return nullptr;
  return &*config.gateway->http->endpoints;
}

}  // namespace

OpenAiRoutes::OpenAiRoutes(EndpointDependencies deps)
    : config_(deps.config), models_(deps.config), chat_(deps), responses_(deps) {}

bool OpenAiRoutes::chat_completions_enabled() const {
  const auto config = config_.Typed();
  const auto* endpoints = EndpointsOf(*config);
  return endpoints && endpoints->chat_completions &&
         endpoints->chat_completions->enabled.value_or(false);
}

bool OpenAiRoutes::responses_enabled() const {
  const auto config = config_.Typed();
  const auto* endpoints = EndpointsOf(*config);
  return endpoints && endpoints->responses && endpoints->responses->enabled.value_or(false);
}

void OpenAiRoutes::AddTo(Routes& routes) {
  routes.Add(
      {.path = "/v1/models",
       .prefix = true,
       .methods = {"GET"},
       .auth = RouteAuth::kGateway,
       .scope = proto::Scope::kOperatorRead,
       .handle =
           [this](std::shared_ptr<transport::HttpExchange> exchange) { models_.Handle(exchange); },
       .enabled = [this] { return chat_completions_enabled() || responses_enabled(); }});
  // A turn endpoint: POST, operator.write, the turn body limit, served while its flag is on.
  auto add_turn = [&routes](std::string path,
                            std::function<void(std::shared_ptr<transport::HttpExchange>)> handle,
                            std::function<bool()> enabled) {
    routes.Add({.path = std::move(path),
                .methods = {"POST"},
                .auth = RouteAuth::kGateway,
                .scope = proto::Scope::kOperatorWrite,
                .max_body = kTurnBodyLimit,
                .handle = std::move(handle),
                .enabled = std::move(enabled)});
  };
  add_turn(
      "/v1/chat/completions",
      [this](std::shared_ptr<transport::HttpExchange> exchange) {
        chat_.Handle(std::move(exchange));
      },
      [this] { return chat_completions_enabled(); });
  add_turn(
      "/v1/responses",
      [this](std::shared_ptr<transport::HttpExchange> exchange) {
        responses_.Handle(std::move(exchange));
      },
      [this] { return responses_enabled(); });
}

}  // namespace gateway::http::openai
