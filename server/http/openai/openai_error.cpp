#include "server/http/openai/openai_error.hpp"

#include <nlohmann/json.hpp>

namespace gateway::http::openai {
namespace {

using providers::ProviderErrorKind;

constexpr const char* kJson = "application/json; charset=utf-8";

nlohmann::json ErrorObject(const OpenAiError& error) {
  nlohmann::json object = {{"message", error.message}, {"type", error.type}};
  if (!error.code.empty()) object["code"] = error.code;
  return {{"error", std::move(object)}};
}

// The provider's status when it is an error status, else `fallback`.
int StatusOr(const providers::ProviderError& error, int fallback) {
  return error.http_status >= 400 ? error.http_status : fallback;
}
// Only a provider 4xx status is passed on (server errors and timeouts become 502 / 504).
int ClientStatusOr(const providers::ProviderError& error, int fallback) {
  return error.http_status >= 400 && error.http_status < 500 ? error.http_status : fallback;
}

OpenAiError FromProvider(const providers::ProviderError& error) {
  const std::string message =
      error.message.empty() ? std::string(kInternalErrorMessage) : error.message;
  switch (error.kind) {
    case ProviderErrorKind::kAuth:
      return {StatusOr(error, 401), message, "authentication_error", error.code};
    case ProviderErrorKind::kAuthPermanent:
      return {StatusOr(error, 403), message, "permission_error", error.code};
    case ProviderErrorKind::kBadRequest:
      return {StatusOr(error, 400), message, std::string(kInvalidRequest), error.code};
    case ProviderErrorKind::kContextOverflow:
      return {StatusOr(error, 413), message, std::string(kInvalidRequest), error.code};
    case ProviderErrorKind::kModelNotFound:
      return {StatusOr(error, 404), message, std::string(kInvalidRequest), error.code};
    case ProviderErrorKind::kRateLimit:
      return {StatusOr(error, 429), message, "rate_limit_error", error.code};
    case ProviderErrorKind::kBilling:
      return {StatusOr(error, 402), message, "insufficient_quota", error.code};
    case ProviderErrorKind::kOverloaded:
      return {StatusOr(error, 503), "upstream provider overloaded", std::string(kApiError),
              error.code};
    case ProviderErrorKind::kServerError:
      return {ClientStatusOr(error, 502), "upstream provider error", std::string(kApiError),
              error.code};
    case ProviderErrorKind::kTimeout:
    case ProviderErrorKind::kNetwork:
      return {ClientStatusOr(error, 504), "upstream provider timeout", std::string(kApiError),
              error.code};
    case ProviderErrorKind::kEmptyResponse:
    case ProviderErrorKind::kMalformedResponse:
    case ProviderErrorKind::kCancelled:
      break;
  }
  return OpenAiError::Internal();
}

}  // namespace

std::string ErrorJson(const OpenAiError& error) { return ErrorObject(error).dump(); }

transport::HttpResponse ErrorResponse(const OpenAiError& error) {
  return JsonResponse(error.status, ErrorJson(error));
}

transport::HttpResponse JsonResponse(int status, std::string body) {
  return {status, kJson, {{"Cache-Control", "no-store"}}, std::move(body)};
}

OpenAiError ErrorOfRun(const domain::runs::RunOutcome& outcome) {
  using domain::runs::RunStatus;
  if (outcome.status == RunStatus::kTimeout) {
    return {504, "upstream provider timeout", std::string(kApiError), {}};
  }
  if (outcome.status == RunStatus::kError && outcome.error) return FromProvider(*outcome.error);
  return OpenAiError::Internal();
}

}  // namespace gateway::http::openai
