#include "server/providers/openai_completions.hpp"

#include "server/providers/json_fields.hpp"
#include "server/providers/request_options.hpp"
#include "server/providers/tool_call_assembler.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::providers {

namespace {

using json = nlohmann::json;

StopReason MapFinishReason(std::string_view reason) {
  if (reason == "stop") return StopReason::kStop;
  if (reason == "length") return StopReason::kLength;
  if (reason == "tool_calls" || reason == "function_call") return StopReason::kToolCalls;
  if (reason == "content_filter") return StopReason::kContentFilter;
  return StopReason::kOther;
}

// prompt_tokens counts cached tokens too; our `input` does not.
Usage ParseUsage(const json& usage) {
  Usage out;
  const std::uint64_t prompt = CountField(usage, "prompt_tokens");
  if (const auto* details = Field(usage, "prompt_tokens_details")) {
    out.cache_read = CountField(*details, "cached_tokens");
  }
  if (const auto* details = Field(usage, "completion_tokens_details")) {
    out.reasoning = CountField(*details, "reasoning_tokens");
  }
  out.input = prompt >= out.cache_read ? prompt - out.cache_read : 0;
  out.output = CountField(usage, "completion_tokens");
  out.total = std::max(CountField(usage, "total_tokens"), prompt + out.output);
  return out;
}

class OpenAiDecoder final : public StreamDecoder {
 public:
  std::optional<ProviderError> OnSseEvent(const runtime::SseEvent& event,
                                          const Emit& emit) override {
    if (event.data == "[DONE]") {
      done_ = true;
      return std::nullopt;
    }
    const json chunk = json::parse(event.data, nullptr, false);
    if (chunk.is_discarded() || !chunk.is_object()) {
      return MakeError(ProviderErrorKind::kMalformedResponse,
                       "the provider sent a stream event that is not JSON");
    }
    if (Field(chunk, "error")) return ClassifyStreamError(ParseErrorBody(event.data));
    Absorb(chunk, emit);
    return std::nullopt;
  }

  bool finished() const override { return done_; }

  StreamOutcome Finish(const Emit& emit) override {
    if (!done_ && finish_reason_.empty()) {
      return std::unexpected(received_
                                 ? MakeError(ProviderErrorKind::kNetwork,
                                             "the stream ended before the answer was complete")
                                 : MakeError(ProviderErrorKind::kEmptyResponse,
                                             "the provider's stream ended without an answer"));
    }
    tools_.EndAll(emit);
    StreamResult result;
    result.raw_stop_reason = finish_reason_;
    result.stop_reason = MapFinishReason(finish_reason_);
    result.text = std::move(text_);
    result.thinking = std::move(thinking_);
    result.tool_calls = tools_.Calls();
    result.usage = usage_;
    result.response_id = std::move(id_);
    result.response_model = std::move(model_);
    return result;
  }

  StreamOutcome DecodeWhole(std::string_view body, const Emit& emit) override {
    const json reply = json::parse(body, nullptr, false);
    if (reply.is_discarded() || !reply.is_object()) {
      return std::unexpected(
          MakeError(ProviderErrorKind::kMalformedResponse, "the provider's answer is not JSON"));
    }
    if (Field(reply, "error")) return std::unexpected(ClassifyStreamError(ParseErrorBody(body)));
    // A whole chat.completion reads like one chunk whose delta is the message.
    json as_chunk = reply;
    if (auto* choices = Field(reply, "choices"); choices && choices->is_array()) {
      as_chunk["choices"] = json::array();
      for (const auto& choice : *choices) {
        json converted = choice;
        if (const auto* message = Field(choice, "message")) converted["delta"] = *message;
        as_chunk["choices"].push_back(std::move(converted));
      }
    }
    Absorb(as_chunk, emit);
    done_ = true;
    return Finish(emit);
  }

 private:
  void Absorb(const json& chunk, const Emit& emit) {
    received_ = true;
    if (id_.empty()) id_ = StringField(chunk, "id");
    if (model_.empty()) model_ = StringField(chunk, "model");
    const auto* choices = Field(chunk, "choices");
    if (choices && choices->is_array()) {
      for (const auto& choice : *choices) {
        if (CountField(choice, "index") != 0) continue;  // n > 1 is never requested
        if (const auto* delta = Field(choice, "delta")) AbsorbDelta(*delta, emit);
        if (const std::string reason = StringField(choice, "finish_reason"); !reason.empty()) {
          finish_reason_ = reason;
          tools_.EndAll(emit);
        }
      }
    }
    if (const auto* usage = Field(chunk, "usage"); usage && usage->is_object()) {
      usage_ = ParseUsage(*usage);
      emit(UsageUpdate{.usage = usage_});
    }
  }

  void AbsorbDelta(const json& delta, const Emit& emit) {
    for (const char* key : {"reasoning_content", "reasoning"}) {
      if (std::string piece = StringField(delta, key); !piece.empty()) {
        thinking_ += piece;
        emit(ThinkingDelta{.text = std::move(piece)});
        break;
      }
    }
    if (std::string piece = StringField(delta, "content"); !piece.empty()) {
      text_ += piece;
      emit(TextDelta{.text = std::move(piece)});
    }
    const auto* calls = Field(delta, "tool_calls");
    if (!calls || !calls->is_array()) return;
    int position = 0;
    for (const auto& call : *calls) {
      const auto* index_field = Field(call, "index");
      const int key =
          index_field && index_field->is_number_integer() ? index_field->get<int>() : position;
      ++position;
      const json* function = Field(call, "function");
      const json empty = json::object();
      if (!function) function = &empty;
      if (!tools_.Has(key)) {
        tools_.Start(key, StringField(call, "id"), StringField(*function, "name"), emit);
      } else {
        tools_.SetName(key, StringField(*function, "name"));
      }
      tools_.AppendArguments(key, StringField(*function, "arguments"), emit);
    }
  }

  bool done_ = false;
  bool received_ = false;
  std::string id_;
  std::string model_;
  std::string text_;
  std::string thinking_;
  std::string finish_reason_;
  Usage usage_;
  ToolCallAssembler tools_;
};

json MessageJson(const Message& message) {
  switch (message.role) {
    case MessageRole::kUser:
      return {{"role", "user"}, {"content", message.text}};
    case MessageRole::kToolResult:
      return {{"role", "tool"}, {"tool_call_id", message.tool_call_id}, {"content", message.text}};
    case MessageRole::kAssistant:
      break;
  }
  json out = {{"role", "assistant"}};
  out["content"] =
      message.text.empty() && !message.tool_calls.empty() ? json(nullptr) : json(message.text);
  if (!message.tool_calls.empty()) {
    json calls = json::array();
    for (const auto& call : message.tool_calls) {
      calls.push_back(
          {{"id", call.id},
           {"type", "function"},
           {"function",
            {{"name", call.name}, {"arguments", call.arguments.empty() ? "{}" : call.arguments}}}});
    }
    out["tool_calls"] = std::move(calls);
  }
  return out;
}

// A tool message carries text only: the images of a run of tool results follow it in one user
// message, after the last of them (a user message between tool messages would be refused).
json ToolImagesMessage(const std::vector<ImageContent>& images) {
  json content = json::array({{{"type", "text"}, {"text", "Images from the tool results above:"}}});
  for (const auto& image : images) {
    content.push_back({{"type", "image_url"}, {"image_url", {{"url", ImageDataUrl(image)}}}});
  }
  return {{"role", "user"}, {"content", std::move(content)}};
}

}  // namespace

json BuildOpenAiCompletionsBody(const ModelRequest& request, const OpenAiCompat& compat) {
  json messages = json::array();
  if (!request.system_prompt.empty()) {
    messages.push_back({{"role", "system"}, {"content", request.system_prompt}});
  }
  std::vector<ImageContent> tool_images;
  for (const auto& message : request.messages) {
    if (message.role != MessageRole::kToolResult && !tool_images.empty()) {
      messages.push_back(ToolImagesMessage(tool_images));
      tool_images.clear();
    }
    messages.push_back(MessageJson(message));
    if (message.role == MessageRole::kToolResult) {
      tool_images.insert(tool_images.end(), message.images.begin(), message.images.end());
    }
  }
  if (!tool_images.empty()) messages.push_back(ToolImagesMessage(tool_images));
  json body = {{"model", request.model}, {"messages", std::move(messages)}, {"stream", true}};
  if (compat.supports_usage_in_streaming) body["stream_options"] = {{"include_usage", true}};
  if (request.sampling.max_tokens) body[compat.max_tokens_field] = *request.sampling.max_tokens;
  const auto& sampling = request.sampling;
  if (sampling.temperature) body["temperature"] = *sampling.temperature;
  if (sampling.top_p) body["top_p"] = *sampling.top_p;
  if (sampling.frequency_penalty) body["frequency_penalty"] = *sampling.frequency_penalty;
  if (sampling.presence_penalty) body["presence_penalty"] = *sampling.presence_penalty;
  if (sampling.seed) body["seed"] = *sampling.seed;
  if (!sampling.stop.empty()) body["stop"] = sampling.stop;
  if (sampling.response_format.is_object()) body["response_format"] = sampling.response_format;
  if (const auto effort = ReasoningEffort(request.thinking);
      !effort.empty() && compat.supports_reasoning_effort) {
    body["reasoning_effort"] = effort;
  }
  if (!request.tools.empty()) {
    json tools = json::array();
    for (const auto& tool : request.tools) {
      json function = {{"name", tool.name}, {"parameters", tool.parameters}};
      if (!tool.description.empty()) function["description"] = tool.description;
      tools.push_back({{"type", "function"}, {"function", std::move(function)}});
    }
    body["tools"] = std::move(tools);
    if (auto choice = OpenAiToolChoice(request.tool_choice, /*nested_function=*/true)) {
      body["tool_choice"] = std::move(*choice);
    }
  }
  return body;
}

std::unique_ptr<StreamDecoder> MakeOpenAiCompletionsDecoder() {
  return std::make_unique<OpenAiDecoder>();
}

StreamHandle OpenAiCompletionsProvider::Stream(ModelRequest request, StreamSink sink,
                                               runtime::CancellationToken token) {
  transport::HttpHeaders headers = {{"Content-Type", "application/json"},
                                    {"Accept", "text/event-stream"}};
  if (!endpoint_.api_key.empty())
    headers.emplace_back("Authorization", "Bearer " + endpoint_.api_key);
  auto http = MakeStreamRequest(
      endpoint_, JoinUrl(endpoint_.base_url, "chat/completions"),
      runtime::DumpJson(BuildOpenAiCompletionsBody(request, endpoint_.compat)), std::move(headers));
  return StartStreamCall(client_, std::move(http), MakeOpenAiCompletionsDecoder(), std::move(sink),
                         std::move(token));
}

}  // namespace gateway::providers
