#include "server/http/embeddings/embeddings_route.hpp"

#include "gateway/wire/json_io.hpp"
#include "server/http/embeddings/embeddings_request.hpp"
#include "server/http/embeddings/embeddings_response.hpp"
#include "server/http/http_scopes.hpp"
#include "server/http/openai/agent_target.hpp"
#include "server/http/openai/openai_error.hpp"
#include "server/platform/text.hpp"

namespace gateway::http::embeddings {
namespace {

using nlohmann::json;
using openai::ErrorResponse;
using openai::OpenAiError;

constexpr std::string_view kMissingModel = "Missing `model`.";
constexpr std::string_view kProviderRefused =
    "This agent does not allow that embedding provider on `/v1/embeddings`.";

// x-openclaw-model: "<model>" or "<provider>/<model>"; the provider must be the configured one.
// The model to use, or the 400.
std::expected<std::string, OpenAiError> ModelOverride(const transport::HttpRequest& request,
                                                      const EmbeddingTarget& target) {
  auto it = request.headers.find("x-openclaw-model");
  if (it == request.headers.end()) return target.model;
  const std::string_view value = platform::TrimAsciiSpace(it->second);
  if (value.empty()) return target.model;
  const auto slash = value.find('/');
  if (slash == std::string_view::npos) return std::string(value);
  const auto provider = platform::TrimAsciiSpace(value.substr(0, slash));
  const auto model = platform::TrimAsciiSpace(value.substr(slash + 1));
  if (!platform::AsciiIEquals(provider, target.provider))
    return std::unexpected(OpenAiError::Invalid(std::string(kProviderRefused)));
  if (model.empty()) return std::unexpected(OpenAiError::Invalid("Invalid `x-openclaw-model`."));
  return std::string(model);
}

}  // namespace

bool EmbeddingsEnabled(const proto::OpenClawConfig& config) {
  if (!config.gateway || !config.gateway->http || !config.gateway->http->endpoints) return false;
  const auto& endpoints = *config.gateway->http->endpoints;
  return (endpoints.chat_completions && endpoints.chat_completions->enabled.value_or(false)) ||
         (endpoints.responses && endpoints.responses->enabled.value_or(false));
}

EmbeddingsRoute::EmbeddingsRoute(EmbeddingsDependencies dependencies)
    : deps_(std::move(dependencies)),
      targets_(std::make_shared<const EmbeddingTargets>(std::move(deps_.targets))),
      client_(deps_.http) {}

void EmbeddingsRoute::SetTargets(EmbeddingTargets targets) {
  targets_.Store(std::make_shared<const EmbeddingTargets>(std::move(targets)));
}

void EmbeddingsRoute::Register(Routes& routes) {
  routes.Add(
      {.path = "/v1/embeddings",
       .methods = {"POST"},
       .auth = RouteAuth::kGateway,
       .scope = proto::Scope::kOperatorWrite,
       .max_body = kMaxEmbeddingsBody,
       .handle = [this](std::shared_ptr<transport::HttpExchange> exchange) { Handle(exchange); },
       .enabled = [this] { return EmbeddingsEnabled(*deps_.config.Typed()); }});
}

void EmbeddingsRoute::Handle(const std::shared_ptr<transport::HttpExchange>& exchange) {
  const auto& request = exchange->request();
  json body;
  try {
    body = wire::ParseUntrusted(request.body, 64);
  } catch (const wire::DecodeError&) {
    return exchange->Respond(ErrorResponse(OpenAiError::Invalid("Invalid JSON body.")));
  }
  if (!body.is_object())
    return exchange->Respond(
        ErrorResponse(OpenAiError::Invalid("Request body must be a JSON object.")));

  const auto model = body.find("model");
  if (model == body.end() || model->is_null() ||
      (model->is_string() && platform::TrimAsciiSpace(model->get<std::string>()).empty()))
    return exchange->Respond(ErrorResponse(OpenAiError::Invalid(std::string(kMissingModel))));
  auto agent = openai::SelectAgent(*deps_.config.Typed(), request, &*model);
  if (!agent) return exchange->Respond(ErrorResponse(agent.error()));
  auto input = ParseEmbeddingsInput(body);
  if (!input) return exchange->Respond(ErrorResponse(OpenAiError::Invalid(input.error())));

  if (request.headers.contains("x-openclaw-model") &&
      !HttpScopes(deps_.auth_mode, request).Grants(proto::Scope::kOperatorAdmin))
    return exchange->Respond(MissingScopeResponse(proto::Scope::kOperatorAdmin));
  const auto targets = targets_.Load();
  const auto target = targets->find(*agent);
  if (target == targets->end() || !target->second) {
    deps_.log.Error("embeddings", "agent '" + *agent + "' has no usable embedding provider: " +
                                      (target == targets->end() ? std::string("not configured")
                                                                : target->second.error()));
    return exchange->Respond(ErrorResponse(OpenAiError::Internal()));
  }
  auto upstream_model = ModelOverride(request, *target->second);
  if (!upstream_model) return exchange->Respond(ErrorResponse(upstream_model.error()));

  providers::EmbeddingsRequest upstream;
  upstream.model = std::move(*upstream_model);
  upstream.input = std::move(input->input);
  upstream.dimensions = input->dimensions ? input->dimensions : target->second->dimensions;
  const std::string request_model = model->get<std::string>();
  const bool base64 = input->base64;
  logging::Logger& log = deps_.log;
  auto handle = client_.Embed(
      target->second->endpoint, upstream,
      [exchange, request_model, base64, &log, provider = target->second->provider](
          std::expected<providers::Embeddings, providers::ProviderError> result) {
        if (!result) {
          if (result.error().kind != providers::ProviderErrorKind::kCancelled)
            log.Error("embeddings", "provider " + provider + " failed: " + result.error().message);
          return exchange->Respond(ErrorResponse(OpenAiError::Internal()));
        }
        exchange->Respond(
            openai::JsonResponse(200, EmbeddingsResponseBody(request_model, *result, base64)));
      });
  exchange->OnClientGone([handle] { handle.Cancel(); });
}

}  // namespace gateway::http::embeddings
