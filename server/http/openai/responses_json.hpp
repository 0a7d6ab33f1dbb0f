// The JSON of OpenResponses answers (spec/http.md §5): the response object, its output items and
// usage, and the SSE events of a stream (`event: <type>\ndata: <json>\n\n`).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "server/domain/runs/run_types.hpp"
#include "server/http/openai/openai_error.hpp"

namespace gateway::http::openai {

struct ResponseHeader {
  std::string id;  // resp_<uuid>, also the run id
  std::int64_t created_at = 0;
  std::string model;
  std::string message_id;  // msg_<uuid> of the assistant message item
};

// input_tokens = input + cacheRead + cacheWrite, total = max(sum, provider's); every field present.
nlohmann::json ResponsesUsage(const providers::Usage& usage);

// The response object; `output` and `usage` as given, `error` only when failed.
nlohmann::json ResponseObject(const ResponseHeader& header, std::string_view status,
                              nlohmann::json output, nlohmann::json usage,
                              const std::optional<OpenAiError>& error = std::nullopt);
// The output items of a finished run: the final message (phase final_answer), or with client
// tool calls an optional commentary message and the function_call items; `streamed` items carry
// status "completed".
nlohmann::json OutputItems(const ResponseHeader& header, const domain::runs::RunOutcome& outcome,
                           bool streamed);
nlohmann::json MessageItem(const ResponseHeader& header, std::string text, std::string_view phase,
                           std::string_view status);
nlohmann::json FunctionCallItem(const providers::ToolCall& call, bool streamed);
// "completed", or "incomplete" when the output budget ran out.
std::string_view FinishedStatus(const domain::runs::RunOutcome& outcome);
// The whole response of a finished run (status completed / incomplete).
nlohmann::json FinishedResponse(const ResponseHeader& header,
                                const domain::runs::RunOutcome& outcome, bool streamed);
// A failed response: output [], error {code: the mapped type, message}.
nlohmann::json FailedResponse(const ResponseHeader& header, const OpenAiError& error);

std::string ResponseEvent(std::string_view type, nlohmann::json payload);

}  // namespace gateway::http::openai
