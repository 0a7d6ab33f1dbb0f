// The JSON of Chat Completions answers (spec/http.md §4): usage, the non-streamed
// chat.completion, and the chunks of a stream, built from a run's outcome.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "server/domain/runs/run_types.hpp"
#include "server/providers/model_types.hpp"

namespace gateway::http::openai {

// What every chunk and the completion share.
struct CompletionHeader {
  std::string id;            // chatcmpl_<uuid>, also the run id
  std::int64_t created = 0;  // unix seconds
  std::string model;         // as the request named it
};

// prompt_tokens = input + cacheRead, completion_tokens = output, total = max(sum, provider's),
// plus prompt_tokens_details / completion_tokens_details when known.
nlohmann::json ChatUsage(const providers::Usage& usage);
// "tool_calls" when the model called client tools, "length" when the output budget ran out,
// else "stop".
std::string FinishReason(const domain::runs::RunOutcome& outcome);

nlohmann::json Completion(const CompletionHeader& header, const domain::runs::RunOutcome& outcome);

// One `data: <json>\n\n` event of a stream: a chunk with `delta` and `finish_reason`.
std::string ChunkEvent(const CompletionHeader& header, nlohmann::json delta,
                       nlohmann::json finish_reason = nullptr);
// The tool-call chunks of the calls: per call its head, then argument fragments of at most 256
// UTF-16 units (never splitting a surrogate pair).
std::string ToolCallEvents(const CompletionHeader& header,
                           const std::vector<providers::ToolCall>& calls);
std::string UsageEvent(const CompletionHeader& header, const providers::Usage& usage);
std::string DataEvent(const nlohmann::json& payload);
inline constexpr std::string_view kDoneEvent = "data: [DONE]\n\n";

// `text` cut into pieces of at most `max_units` UTF-16 code units, each whole UTF-8 sequences.
std::vector<std::string> SplitUtf16Units(std::string_view text, std::size_t max_units);

}  // namespace gateway::http::openai
