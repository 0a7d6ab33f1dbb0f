// Errors of the OpenAI-compatible endpoints in OpenAI's shape (spec/http.md §3–§5):
// `{"error":{"message","type"}}` with the spec's status, and the mapping from a failed agent run
// to that shape (http.md §4 "Error mapping", by the run's failover reason).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "server/domain/runs/run_types.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http::openai {

inline constexpr std::string_view kInvalidRequest = "invalid_request_error";
inline constexpr std::string_view kApiError = "api_error";
inline constexpr std::string_view kInternalErrorMessage = "internal error";

struct OpenAiError {
  int status = 400;
  std::string message;
  std::string type = std::string(kInvalidRequest);
  std::string code;  // the provider's code, when there is one

  static OpenAiError Invalid(std::string message) {
    return {400, std::move(message), std::string(kInvalidRequest), {}};
  }
  static OpenAiError Internal() {
    return {500, std::string(kInternalErrorMessage), std::string(kApiError), {}};
  }
};

// {"error":{"message","type"[,"code"]}} as a JSON response (Cache-Control: no-store).
transport::HttpResponse ErrorResponse(const OpenAiError& error);
// The body alone, as the SSE error event carries it.
std::string ErrorJson(const OpenAiError& error);
// A JSON 200 (or other status) response of the endpoints.
transport::HttpResponse JsonResponse(int status, std::string body);

// The OpenAI error a failed run answers with: the failover reason decides type and status (the
// provider's status wins where the spec says so); reasons without details give 500 internal error.
OpenAiError ErrorOfRun(const domain::runs::RunOutcome& outcome);

}  // namespace gateway::http::openai
