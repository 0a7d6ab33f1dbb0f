// Typed provider failures and how HTTP answers map onto them. The kinds follow the spec's failover
// reasons (config.md "Model fallback"; http.md §4 maps them to HTTP errors), plus `network` and
// `cancelled`, which the spec folds into `timeout` and an abort.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "server/transport/http_client.hpp"

namespace gateway::providers {

enum class ProviderErrorKind {
  kAuth,               // 401, authentication_error
  kAuthPermanent,      // 403, permission_error
  kBilling,            // 402, quota / spend limit reached
  kRateLimit,          // 429 (retry_after from the headers)
  kOverloaded,         // 503, 529, overloaded_error
  kServerError,        // other 5xx, api_error
  kTimeout,            // no answer in time (first byte, idle stream), 408, 504
  kNetwork,            // DNS, connect, TLS, or the connection dropped mid-stream
  kContextOverflow,    // the prompt does not fit the model's context window (400 / 413)
  kModelNotFound,      // 404, unknown model
  kBadRequest,         // other 4xx: the request itself was refused
  kEmptyResponse,      // the stream ended without a terminal event
  kMalformedResponse,  // the provider sent something we cannot read
  kCancelled,          // the caller cancelled
};

// Our name for the kind: "auth", "rate_limit", "network", "cancelled", …
std::string_view ProviderErrorKindName(ProviderErrorKind kind);
// The spec's failover reason (`auth`, `format`, `rate_limit`, `timeout`, …); empty for kCancelled.
std::string_view FailoverReason(ProviderErrorKind kind);

struct ProviderError {
  ProviderErrorKind kind = ProviderErrorKind::kServerError;
  std::string message;  // the provider's own message, or what failed on our side
  int http_status = 0;  // 0 when no HTTP status applies (transport failure, stream error event)
  std::string code;     // the provider's error type / code, e.g. "context_length_exceeded"
  std::optional<std::chrono::milliseconds> retry_after;  // from Retry-After / retry-after-ms
};

inline ProviderError MakeError(ProviderErrorKind kind, std::string message) {
  ProviderError error;
  error.kind = kind;
  error.message = std::move(message);
  return error;
}

// The delay a response asks for: `retry-after-ms` (milliseconds), else `Retry-After` as seconds
// (fractions allowed) or an HTTP-date (relative to `now`; a past date is zero).
std::optional<std::chrono::milliseconds> ParseRetryAfter(
    const transport::HttpResponseHead& head,
    std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

// A transport failure as a provider error (kCancelled stays cancelled; timeouts are kTimeout).
ProviderError FromHttpError(const transport::HttpError& error);

// The message and code of a JSON error body in any of the shapes providers use:
// {"error":{"message","type","code"}} (OpenAI, Anthropic), {"error":"text"} (Ollama, vLLM),
// {"message":…}, {"detail":…}. A body that is not JSON yields its text (cut to 500 bytes).
struct ErrorBody {
  std::string message;
  std::string type;  // error.type
  std::string code;  // error.code (string or number as text)
};
ErrorBody ParseErrorBody(std::string_view body);

// Classifies an HTTP error answer (status >= 400) from any provider: the status first, then the
// provider's type/code and message refine it (context overflow, unknown model, spend limits).
ProviderError ClassifyHttpError(const transport::HttpResponseHead& head, std::string_view body);

// Classifies an error reported inside a stream (no HTTP status): by its type/code and message.
ProviderError ClassifyStreamError(const ErrorBody& error);

}  // namespace gateway::providers
