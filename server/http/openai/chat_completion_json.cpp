#include "server/http/openai/chat_completion_json.hpp"

#include <algorithm>

#include "server/http/openai/chat_request.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::http::openai {

using nlohmann::json;

json ChatUsage(const providers::Usage& usage) {
  const std::uint64_t prompt = usage.input + usage.cache_read;
  json out = {{"prompt_tokens", prompt},
              {"completion_tokens", usage.output},
              {"total_tokens", std::max(prompt + usage.output, usage.total)}};
  if (usage.cache_read > 0) out["prompt_tokens_details"] = {{"cached_tokens", usage.cache_read}};
  if (usage.reasoning > 0) {
    out["completion_tokens_details"] = {{"reasoning_tokens", usage.reasoning}};
  }
  return out;
}

std::string FinishReason(const domain::runs::RunOutcome& outcome) {
  if (!outcome.tool_calls.empty()) return "tool_calls";
  if (outcome.stop_reason == "length") return "length";
  return "stop";
}

json Completion(const CompletionHeader& header, const domain::runs::RunOutcome& outcome) {
  json message = {{"role", "assistant"}};
  if (outcome.tool_calls.empty()) {
    message["content"] = outcome.text.empty() ? std::string(kNoResponseText) : outcome.text;
  } else {
    message["content"] = outcome.text;
    json calls = json::array();
    for (const auto& call : outcome.tool_calls) {
      calls.push_back({{"id", call.id},
                       {"type", "function"},
                       {"function", {{"name", call.name}, {"arguments", call.arguments}}}});
    }
    message["tool_calls"] = std::move(calls);
  }
  return {{"id", header.id},
          {"object", "chat.completion"},
          {"created", header.created},
          {"model", header.model},
          {"choices", json::array({{{"index", 0},
                                    {"message", std::move(message)},
                                    {"finish_reason", FinishReason(outcome)}}})},
          {"usage", ChatUsage(outcome.usage)}};
}

std::string DataEvent(const json& payload) {
  return "data: " + runtime::DumpJson(payload) + "\n\n";
}

namespace {

json ChunkOf(const CompletionHeader& header, json choices) {
  return {{"id", header.id},
          {"object", "chat.completion.chunk"},
          {"created", header.created},
          {"model", header.model},
          {"choices", std::move(choices)}};
}

}  // namespace

std::string ChunkEvent(const CompletionHeader& header, json delta, json finish_reason) {
  return DataEvent(ChunkOf(header, json::array({{{"index", 0},
                                                 {"delta", std::move(delta)},
                                                 {"finish_reason", std::move(finish_reason)}}})));
}

std::string UsageEvent(const CompletionHeader& header, const providers::Usage& usage) {
  json chunk = ChunkOf(header, json::array());
  chunk["usage"] = ChatUsage(usage);
  return DataEvent(chunk);
}

std::string ToolCallEvents(const CompletionHeader& header,
                           const std::vector<providers::ToolCall>& calls) {
  std::string events;
  for (std::size_t i = 0; i < calls.size(); ++i) {
    const auto& call = calls[i];
    events += ChunkEvent(
        header,
        {{"tool_calls", json::array({{{"index", i},
                                      {"id", call.id},
                                      {"type", "function"},
                                      {"function", {{"name", call.name}, {"arguments", ""}}}}})}});
    for (auto& piece : SplitUtf16Units(call.arguments, 256)) {
      events += ChunkEvent(
          header,
          {{"tool_calls", json::array({{{"index", i}, {"function", {{"arguments", piece}}}}})}});
    }
  }
  return events;
}

std::vector<std::string> SplitUtf16Units(std::string_view text, std::size_t max_units) {
  std::vector<std::string> pieces;
  std::size_t start = 0, units = 0, i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::size_t cost = length == 4 ? 2 : 1;  // astral characters are surrogate pairs
    if (units + cost > max_units) {
      pieces.emplace_back(text.substr(start, i - start));
      start = i;
      units = 0;
    }
    units += cost;
    i = std::min(text.size(), i + length);
  }
  if (start < text.size()) pieces.emplace_back(text.substr(start));
  return pieces;
}

}  // namespace gateway::http::openai
