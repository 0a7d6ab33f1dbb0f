// A POST /v1/responses body (OpenResponses, spec/http.md §5) read into one agent turn: `input`
// (a string or items) flattened like chat messages, `instructions` and system/developer messages
// as extra system prompt, flat function tools, tool_choice, max_output_tokens and sampling.
#pragma once

#include <expected>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "server/http/openai/chat_request.hpp"

namespace gateway::http::openai {

struct ResponsesRequest {
  TurnInput turn;
  std::string model = "openclaw";
  std::optional<std::string> previous_response_id;
};

std::expected<ResponsesRequest, OpenAiError> ParseResponsesRequest(const nlohmann::json& body);

}  // namespace gateway::http::openai
