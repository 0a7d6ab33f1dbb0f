#include "server/providers/openai_responses.hpp"

#include <set>

#include "server/providers/json_fields.hpp"
#include "server/providers/request_options.hpp"
#include "server/providers/tool_call_assembler.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::providers {

namespace {

using json = nlohmann::json;

// input_tokens counts cached tokens too; our `input` does not.
Usage ParseUsage(const json& usage) {
  Usage out;
  const std::uint64_t input = CountField(usage, "input_tokens");
  if (const auto* details = Field(usage, "input_tokens_details")) {
    out.cache_read = CountField(*details, "cached_tokens");
  }
  if (const auto* details = Field(usage, "output_tokens_details")) {
    out.reasoning = CountField(*details, "reasoning_tokens");
  }
  out.input = input >= out.cache_read ? input - out.cache_read : 0;
  out.output = CountField(usage, "output_tokens");
  out.total = std::max(CountField(usage, "total_tokens"), input + out.output);
  return out;
}

int OutputIndex(const json& data) {
  const auto* index = Field(data, "output_index");
  return index && index->is_number_integer() ? index->get<int>() : 0;
}

class ResponsesDecoder final : public StreamDecoder {
 public:
  std::optional<ProviderError> OnSseEvent(const runtime::SseEvent& event,
                                          const Emit& emit) override {
    const json data = json::parse(event.data, nullptr, false);
    if (data.is_discarded() || !data.is_object()) {
      return MakeError(ProviderErrorKind::kMalformedResponse,
                       "the provider sent a stream event that is not JSON");
    }
    std::string type = StringField(data, "type");
    if (type.empty()) type = event.event;
    if (type == "error") {
      return ClassifyStreamError({.message = StringField(data, "message"),
                                  .type = StringField(data, "type"),
                                  .code = StringField(data, "code")});
    }
    received_ = true;
    if (type == "response.failed") {
      const json* response = Field(data, "response");
      const json* error = response ? Field(*response, "error") : nullptr;
      return ClassifyStreamError(
          {.message = error ? StringField(*error, "message") : std::string("the response failed"),
           .type = {},
           .code = error ? StringField(*error, "code") : std::string()});
    }
    if (type == "response.created" || type == "response.in_progress") {
      if (const auto* response = Field(data, "response")) Identify(*response);
    } else if (type == "response.output_text.delta" || type == "response.refusal.delta") {
      AddText(StringField(data, "delta"), emit);
    } else if (type == "response.reasoning_summary_text.delta" ||
               type == "response.reasoning_text.delta") {
      AddThinking(StringField(data, "delta"), emit);
    } else if (type == "response.output_item.added") {
      if (const auto* item = Field(data, "item")) StartItem(OutputIndex(data), *item, emit);
    } else if (type == "response.function_call_arguments.delta") {
      streamed_args_.insert(OutputIndex(data));
      tools_.AppendArguments(OutputIndex(data), StringField(data, "delta"), emit);
    } else if (type == "response.output_item.done") {
      if (const auto* item = Field(data, "item")) FinishItem(OutputIndex(data), *item, emit);
    } else if (type == "response.completed" || type == "response.incomplete") {
      if (const auto* response = Field(data, "response")) Conclude(*response, emit);
      done_ = true;
    }
    return std::nullopt;
  }

  bool finished() const override { return done_; }

  StreamOutcome Finish(const Emit& emit) override {
    if (!done_) {
      return std::unexpected(received_
                                 ? MakeError(ProviderErrorKind::kNetwork,
                                             "the stream ended before the answer was complete")
                                 : MakeError(ProviderErrorKind::kEmptyResponse,
                                             "the provider's stream ended without an answer"));
    }
    tools_.EndAll(emit);
    StreamResult result;
    result.raw_stop_reason = stop_reason_;
    result.stop_reason = stop_;
    if (stop_ == StopReason::kStop && !tools_.Calls().empty()) {
      result.stop_reason = StopReason::kToolCalls;
      result.raw_stop_reason = "tool_calls";
    }
    result.text = std::move(text_);
    result.thinking = std::move(thinking_);
    result.tool_calls = tools_.Calls();
    result.usage = usage_;
    result.response_id = std::move(id_);
    result.response_model = std::move(model_);
    return result;
  }

  StreamOutcome DecodeWhole(std::string_view body, const Emit& emit) override {
    const json response = json::parse(body, nullptr, false);
    if (response.is_discarded() || !response.is_object()) {
      return std::unexpected(
          MakeError(ProviderErrorKind::kMalformedResponse, "the provider's answer is not JSON"));
    }
    if (const auto* error = Field(response, "error"); error && error->is_object()) {
      return std::unexpected(ClassifyStreamError(ParseErrorBody(body)));
    }
    received_ = true;
    Identify(response);
    if (const auto* output = Field(response, "output"); output && output->is_array()) {
      int index = 0;
      for (const auto& item : *output) {
        const std::string type = StringField(item, "type");
        if (type == "message") {
          if (const auto* content = Field(item, "content"); content && content->is_array()) {
            for (const auto& part : *content) AddText(StringField(part, "text"), emit);
          }
        } else if (type == "reasoning") {
          if (const auto* summary = Field(item, "summary"); summary && summary->is_array()) {
            for (const auto& part : *summary) AddThinking(StringField(part, "text"), emit);
          }
        } else {
          StartItem(index, item, emit);
          FinishItem(index, item, emit);
        }
        ++index;
      }
    }
    Conclude(response, emit);
    done_ = true;
    return Finish(emit);
  }

 private:
  void Identify(const json& response) {
    if (id_.empty()) id_ = StringField(response, "id");
    if (model_.empty()) model_ = StringField(response, "model");
  }

  void StartItem(int index, const json& item, const Emit& emit) {
    if (StringField(item, "type") != "function_call") return;
    std::string id = StringField(item, "call_id");
    if (id.empty()) id = StringField(item, "id");
    tools_.Start(index, std::move(id), StringField(item, "name"), emit);
  }

  // A function_call item's final form: its arguments, if no deltas brought them.
  void FinishItem(int index, const json& item, const Emit& emit) {
    if (StringField(item, "type") != "function_call") return;
    if (!tools_.Has(index)) StartItem(index, item, emit);
    if (!streamed_args_.contains(index)) {
      tools_.AppendArguments(index, StringField(item, "arguments"), emit);
    }
    tools_.End(index, emit);
  }

  void Conclude(const json& response, const Emit& emit) {
    Identify(response);
    if (const auto* usage = Field(response, "usage"); usage && usage->is_object()) {
      usage_ = ParseUsage(*usage);
      emit(UsageUpdate{.usage = usage_});
    }
    const std::string status = StringField(response, "status");
    stop_reason_ = status.empty() ? "completed" : status;
    stop_ = StopReason::kStop;
    if (status == "incomplete") {
      const auto* details = Field(response, "incomplete_details");
      const std::string reason = details ? StringField(*details, "reason") : std::string();
      stop_reason_ = reason.empty() ? status : reason;
      stop_ = reason == "content_filter" ? StopReason::kContentFilter : StopReason::kLength;
    }
  }

  void AddText(std::string piece, const Emit& emit) {
    if (piece.empty()) return;
    text_ += piece;
    emit(TextDelta{.text = std::move(piece)});
  }

  void AddThinking(std::string piece, const Emit& emit) {
    if (piece.empty()) return;
    thinking_ += piece;
    emit(ThinkingDelta{.text = std::move(piece)});
  }

  bool done_ = false;
  bool received_ = false;
  std::string id_;
  std::string model_;
  std::string text_;
  std::string thinking_;
  std::string stop_reason_;
  StopReason stop_ = StopReason::kStop;
  Usage usage_;
  ToolCallAssembler tools_;
  std::set<int> streamed_args_;
};

// A plain string, or with images the list form: input_text, then input_image data URLs.
json FunctionOutput(const Message& message) {
  if (message.images.empty()) return message.text;
  json output = json::array();
  if (!message.text.empty()) output.push_back({{"type", "input_text"}, {"text", message.text}});
  for (const auto& image : message.images) {
    output.push_back({{"type", "input_image"}, {"image_url", ImageDataUrl(image)}});
  }
  return output;
}

}  // namespace

json BuildOpenAiResponsesBody(const ModelRequest& request) {
  json input = json::array();
  for (const auto& message : request.messages) {
    switch (message.role) {
      case MessageRole::kUser:
        input.push_back({{"role", "user"}, {"content", message.text}});
        break;
      case MessageRole::kToolResult:
        input.push_back({{"type", "function_call_output"},
                         {"call_id", message.tool_call_id},
                         {"output", FunctionOutput(message)}});
        break;
      case MessageRole::kAssistant:
        if (!message.text.empty()) {
          input.push_back({{"role", "assistant"}, {"content", message.text}});
        }
        for (const auto& call : message.tool_calls) {
          input.push_back({{"type", "function_call"},
                           {"call_id", call.id},
                           {"name", call.name},
                           {"arguments", call.arguments.empty() ? "{}" : call.arguments}});
        }
        break;
    }
  }
  json body = {
      {"model", request.model}, {"input", std::move(input)}, {"stream", true}, {"store", false}};
  if (!request.system_prompt.empty()) body["instructions"] = request.system_prompt;
  if (request.sampling.max_tokens) body["max_output_tokens"] = *request.sampling.max_tokens;
  if (request.sampling.temperature) body["temperature"] = *request.sampling.temperature;
  if (request.sampling.top_p) body["top_p"] = *request.sampling.top_p;
  if (auto format = ResponsesTextFormat(request.sampling.response_format)) {
    body["text"] = {{"format", std::move(*format)}};
  }
  if (const auto effort = ReasoningEffort(request.thinking); !effort.empty()) {
    body["reasoning"] = {{"effort", effort}, {"summary", "auto"}};
  }
  if (!request.tools.empty()) {
    json tools = json::array();
    for (const auto& tool : request.tools) {
      json entry = {{"type", "function"}, {"name", tool.name}, {"parameters", tool.parameters}};
      if (!tool.description.empty()) entry["description"] = tool.description;
      tools.push_back(std::move(entry));
    }
    body["tools"] = std::move(tools);
    if (auto choice = OpenAiToolChoice(request.tool_choice, /*nested_function=*/false)) {
      body["tool_choice"] = std::move(*choice);
    }
  }
  return body;
}

std::unique_ptr<StreamDecoder> MakeOpenAiResponsesDecoder() {
  return std::make_unique<ResponsesDecoder>();
}

StreamHandle OpenAiResponsesProvider::Stream(ModelRequest request, StreamSink sink,
                                             runtime::CancellationToken token) {
  transport::HttpHeaders headers = {{"Content-Type", "application/json"},
                                    {"Accept", "text/event-stream"}};
  if (!endpoint_.api_key.empty()) {
    headers.emplace_back("Authorization", "Bearer " + endpoint_.api_key);
  }
  auto http =
      MakeStreamRequest(endpoint_, JoinUrl(endpoint_.base_url, "responses"),
                        runtime::DumpJson(BuildOpenAiResponsesBody(request)), std::move(headers));
  return StartStreamCall(client_, std::move(http), MakeOpenAiResponsesDecoder(), std::move(sink),
                         std::move(token));
}

}  // namespace gateway::providers
