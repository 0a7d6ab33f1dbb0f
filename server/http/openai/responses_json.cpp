#include "server/http/openai/responses_json.hpp"

#include <algorithm>

#include "server/domain/sessions/session_store.hpp"
#include "server/http/openai/chat_request.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::http::openai {

using nlohmann::json;

json ResponsesUsage(const providers::Usage& usage) {
  const std::uint64_t input = usage.input + usage.cache_read + usage.cache_write;
  return {{"input_tokens", input},
          {"input_tokens_details",
           {{"cached_tokens", usage.cache_read}, {"cache_write_tokens", usage.cache_write}}},
          {"output_tokens", usage.output},
          {"output_tokens_details", {{"reasoning_tokens", usage.reasoning}}},
          {"total_tokens", std::max(input + usage.output, usage.total)}};
}

json ResponseObject(const ResponseHeader& header, std::string_view status, json output, json usage,
                    const std::optional<OpenAiError>& error) {
  json response = {
      {"id", header.id},          {"object", "response"},  {"created_at", header.created_at},
      {"status", status},         {"model", header.model}, {"output", std::move(output)},
      {"usage", std::move(usage)}};
  if (error) response["error"] = {{"code", error->type}, {"message", error->message}};
  return response;
}

json MessageItem(const ResponseHeader& header, std::string text, std::string_view phase,
                 std::string_view status) {
  json content = json::array();
  if (status != "in_progress") {
    content.push_back(
        {{"type", "output_text"}, {"text", std::move(text)}, {"annotations", json::array()}});
  }
  json item = {{"type", "message"},
               {"id", header.message_id},
               {"role", "assistant"},
               {"content", std::move(content)},
               {"status", status}};
  if (!phase.empty()) item["phase"] = phase;
  return item;
}

json FunctionCallItem(const providers::ToolCall& call, bool streamed) {
  json item = {{"type", "function_call"},
               {"id", "call_" + domain::sessions::NewUuid()},
               {"call_id", call.id},
               {"name", call.name},
               {"arguments", call.arguments}};
  if (streamed) item["status"] = "completed";
  return item;
}

json OutputItems(const ResponseHeader& header, const domain::runs::RunOutcome& outcome,
                 bool streamed) {
  json output = json::array();
  if (outcome.tool_calls.empty()) {
    output.push_back(MessageItem(header,
                                 outcome.text.empty() ? std::string(kNoResponseText) : outcome.text,
                                 "final_answer", "completed"));
    return output;
  }
  if (!outcome.text.empty()) {
    output.push_back(MessageItem(header, outcome.text, "commentary", "completed"));
  }
  for (const auto& call : outcome.tool_calls) output.push_back(FunctionCallItem(call, streamed));
  return output;
}

std::string_view FinishedStatus(const domain::runs::RunOutcome& outcome) {
  return outcome.stop_reason == "length" ? "incomplete" : "completed";
}

json FinishedResponse(const ResponseHeader& header, const domain::runs::RunOutcome& outcome,
                      bool streamed) {
  json response =
      ResponseObject(header, FinishedStatus(outcome), OutputItems(header, outcome, streamed),
                     ResponsesUsage(outcome.usage));
  if (FinishedStatus(outcome) == "incomplete") {
    response["incomplete_details"] = {{"reason", "max_output_tokens"}};
  }
  return response;
}

json FailedResponse(const ResponseHeader& header, const OpenAiError& error) {
  return ResponseObject(header, "failed", json::array(), ResponsesUsage({}), error);
}

std::string ResponseEvent(std::string_view type, json payload) {
  payload["type"] = type;
  return "event: " + std::string(type) + "\ndata: " + runtime::DumpJson(payload) + "\n\n";
}

}  // namespace gateway::http::openai
