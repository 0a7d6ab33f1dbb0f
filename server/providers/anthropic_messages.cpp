#include "server/providers/anthropic_messages.hpp"

#include <map>

#include "server/providers/json_fields.hpp"
#include "server/providers/request_options.hpp"
#include "server/providers/tool_call_assembler.hpp"
#include "server/runtime/utf8_json.hpp"

namespace gateway::providers {

namespace {

using json = nlohmann::json;

StopReason MapStopReason(std::string_view reason) {
  if (reason == "end_turn" || reason == "stop_sequence") return StopReason::kStop;
  if (reason == "max_tokens" || reason == "model_context_window_exceeded")
    return StopReason::kLength;
  if (reason == "tool_use") return StopReason::kToolCalls;
  if (reason == "refusal") return StopReason::kContentFilter;
  return StopReason::kOther;
}

class AnthropicDecoder final : public StreamDecoder {
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
    if (type == "error") return ClassifyStreamError(ParseErrorBody(event.data));
    received_ = true;
    if (type == "message_start") {
      if (const auto* message = Field(data, "message")) StartMessage(*message, emit);
    } else if (type == "content_block_start") {
      if (const auto* block = Field(data, "content_block"))
        StartBlock(BlockIndex(data), *block, emit);
    } else if (type == "content_block_delta") {
      if (const auto* delta = Field(data, "delta")) BlockDelta(BlockIndex(data), *delta, emit);
    } else if (type == "content_block_stop") {
      tools_.End(BlockIndex(data), emit);
    } else if (type == "message_delta") {
      if (const auto* delta = Field(data, "delta")) {
        if (auto reason = StringField(*delta, "stop_reason"); !reason.empty())
          stop_reason_ = reason;
      }
      if (const auto* usage = Field(data, "usage")) MergeUsage(*usage, emit);
    } else if (type == "message_stop") {
      done_ = true;
    }
    return std::nullopt;  // ping and event types added later are ignored, as the API asks
  }

  bool finished() const override { return done_; }

  StreamOutcome Finish(const Emit& emit) override {
    if (!done_ && stop_reason_.empty()) {
      return std::unexpected(received_
                                 ? MakeError(ProviderErrorKind::kNetwork,
                                             "the stream ended before the answer was complete")
                                 : MakeError(ProviderErrorKind::kEmptyResponse,
                                             "the provider's stream ended without an answer"));
    }
    tools_.EndAll(emit);
    StreamResult result;
    result.raw_stop_reason = stop_reason_;
    result.stop_reason = MapStopReason(stop_reason_);
    result.text = std::move(text_);
    result.thinking = std::move(thinking_);
    result.tool_calls = tools_.Calls();
    result.usage = usage_;
    result.response_id = std::move(id_);
    result.response_model = std::move(model_);
    return result;
  }

  StreamOutcome DecodeWhole(std::string_view body, const Emit& emit) override {
    const json message = json::parse(body, nullptr, false);
    if (message.is_discarded() || !message.is_object()) {
      return std::unexpected(
          MakeError(ProviderErrorKind::kMalformedResponse, "the provider's answer is not JSON"));
    }
    if (StringField(message, "type") == "error") {
      return std::unexpected(ClassifyStreamError(ParseErrorBody(body)));
    }
    received_ = true;
    StartMessage(message, emit);
    if (const auto* content = Field(message, "content"); content && content->is_array()) {
      int index = 0;
      for (const auto& block : *content) {
        StartBlock(index, block, emit);
        if (StringField(block, "type") == "tool_use") {
          if (const auto* input = Field(block, "input")) {
            tools_.AppendArguments(index, runtime::DumpJson(*input), emit);
          }
        }
        tools_.End(index, emit);
        ++index;
      }
    }
    stop_reason_ = StringField(message, "stop_reason");
    if (stop_reason_.empty()) stop_reason_ = "end_turn";
    done_ = true;
    return Finish(emit);
  }

 private:
  static int BlockIndex(const json& data) {
    const auto* index = Field(data, "index");
    return index && index->is_number_integer() ? index->get<int>() : 0;
  }

  void StartMessage(const json& message, const Emit& emit) {
    id_ = StringField(message, "id");
    model_ = StringField(message, "model");
    if (const auto* usage = Field(message, "usage")) MergeUsage(*usage, emit);
  }

  void StartBlock(int index, const json& block, const Emit& emit) {
    const std::string type = StringField(block, "type");
    if (type == "tool_use" || type == "server_tool_use") {
      tools_.Start(index, StringField(block, "id"), StringField(block, "name"), emit);
    } else if (type == "text") {
      AddText(StringField(block, "text"), emit);
    } else if (type == "thinking") {
      AddThinking(StringField(block, "thinking"), emit);
    }
  }

  void BlockDelta(int index, const json& delta, const Emit& emit) {
    const std::string type = StringField(delta, "type");
    if (type == "text_delta") {
      AddText(StringField(delta, "text"), emit);
    } else if (type == "thinking_delta") {
      AddThinking(StringField(delta, "thinking"), emit);
    } else if (type == "input_json_delta") {
      tools_.AppendArguments(index, StringField(delta, "partial_json"), emit);
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

  // message_start carries the input side; message_delta the cumulative output (and, on newer
  // versions, the input side again). A field that is absent keeps its earlier value.
  void MergeUsage(const json& usage, const Emit& emit) {
    if (Field(usage, "input_tokens")) usage_.input = CountField(usage, "input_tokens");
    if (Field(usage, "output_tokens")) usage_.output = CountField(usage, "output_tokens");
    if (Field(usage, "cache_read_input_tokens")) {
      usage_.cache_read = CountField(usage, "cache_read_input_tokens");
    }
    if (Field(usage, "cache_creation_input_tokens")) {
      usage_.cache_write = CountField(usage, "cache_creation_input_tokens");
    }
    usage_.total = usage_.input + usage_.output + usage_.cache_read + usage_.cache_write;
    emit(UsageUpdate{.usage = usage_});
  }

  bool done_ = false;
  bool received_ = false;
  std::string id_;
  std::string model_;
  std::string text_;
  std::string thinking_;
  std::string stop_reason_;
  Usage usage_;
  ToolCallAssembler tools_;
};

json ToolInput(const std::string& arguments) {
  json input = json::parse(arguments, nullptr, false);
  return input.is_object() ? input : json::object();
}

// A plain string, or with images the block form: the text, then base64 image blocks.
json ToolResultContent(const Message& message) {
  if (message.images.empty()) return message.text;
  json content = json::array();
  // Anthropic refuses empty text blocks.
  if (!message.text.empty()) content.push_back({{"type", "text"}, {"text", message.text}});
  for (const auto& image : message.images) {
    content.push_back(
        {{"type", "image"},
         {"source", {{"type", "base64"}, {"media_type", image.mime_type}, {"data", image.data}}}});
  }
  return content;
}

// Anthropic alternates user and assistant turns; tool results travel as blocks of a user turn.
json MessagesJson(const std::vector<Message>& messages) {
  json out = json::array();
  auto user_turn = [&out]() -> json& {
    if (out.empty() || out.back()["role"] != "user") {
      out.push_back({{"role", "user"}, {"content", json::array()}});
    }
    return out.back()["content"];
  };
  for (const auto& message : messages) {
    switch (message.role) {
      case MessageRole::kUser:
        if (!message.text.empty())
          user_turn().push_back({{"type", "text"}, {"text", message.text}});
        break;
      case MessageRole::kToolResult: {
        json block = {{"type", "tool_result"},
                      {"tool_use_id", message.tool_call_id},
                      {"content", ToolResultContent(message)}};
        if (message.is_error) block["is_error"] = true;
        user_turn().push_back(std::move(block));
        break;
      }
      case MessageRole::kAssistant: {
        json content = json::array();
        if (!message.text.empty()) content.push_back({{"type", "text"}, {"text", message.text}});
        for (const auto& call : message.tool_calls) {
          content.push_back({{"type", "tool_use"},
                             {"id", call.id},
                             {"name", call.name},
                             {"input", ToolInput(call.arguments)}});
        }
        if (!content.empty())
          out.push_back({{"role", "assistant"}, {"content", std::move(content)}});
        break;
      }
    }
  }
  return out;
}

}  // namespace

int AnthropicThinkingBudget(ThinkingLevel level) {
  switch (level) {
    case ThinkingLevel::kMinimal:
      return 1024;
    case ThinkingLevel::kLow:
      return 2048;
    case ThinkingLevel::kMedium:
      return 8192;
    case ThinkingLevel::kHigh:
      return 16384;
    case ThinkingLevel::kOff:
      break;
  }
  return 0;
}

json BuildAnthropicMessagesBody(const ModelRequest& request) {
  int max_tokens = request.sampling.max_tokens.value_or(kAnthropicDefaultMaxTokens);
  const int budget = AnthropicThinkingBudget(request.thinking);
  if (budget > 0 && max_tokens <= budget) max_tokens = budget + kAnthropicDefaultMaxTokens;
  json body = {{"model", request.model},
               {"max_tokens", max_tokens},
               {"messages", MessagesJson(request.messages)},
               {"stream", true}};
  if (!request.system_prompt.empty()) body["system"] = request.system_prompt;
  if (budget > 0) {
    body["thinking"] = {{"type", "enabled"}, {"budget_tokens", budget}};
  } else if (request.sampling.temperature) {
    body["temperature"] =
        *request.sampling.temperature;  // thinking requires the default temperature
  }
  if (request.sampling.top_p && budget == 0) body["top_p"] = *request.sampling.top_p;
  if (!request.sampling.stop.empty()) body["stop_sequences"] = request.sampling.stop;
  if (!request.tools.empty()) {
    json tools = json::array();
    for (const auto& tool : request.tools) {
      json entry = {{"name", tool.name}, {"input_schema", tool.parameters}};
      if (!tool.description.empty()) entry["description"] = tool.description;
      tools.push_back(std::move(entry));
    }
    body["tools"] = std::move(tools);
    body["tool_choice"] = AnthropicToolChoice(request.tool_choice);
  }
  return body;
}

std::unique_ptr<StreamDecoder> MakeAnthropicMessagesDecoder() {
  return std::make_unique<AnthropicDecoder>();
}

StreamHandle AnthropicMessagesProvider::Stream(ModelRequest request, StreamSink sink,
                                               runtime::CancellationToken token) {
  transport::HttpHeaders headers = {{"Content-Type", "application/json"},
                                    {"Accept", "text/event-stream"},
                                    {"anthropic-version", std::string(kAnthropicVersion)}};
  if (endpoint_.api_key.find("sk-ant-oat") != std::string::npos) {
    // An OAuth token (config.md: a key containing sk-ant-oat) is a Bearer credential.
    headers.emplace_back("Authorization", "Bearer " + endpoint_.api_key);
    headers.emplace_back("anthropic-beta", "oauth-2025-04-20");
  } else if (!endpoint_.api_key.empty()) {
    headers.emplace_back("x-api-key", endpoint_.api_key);
  }
  const std::string_view base = endpoint_.base_url;
  const std::string url = base.ends_with("/v1") || base.ends_with("/v1/")
                              ? JoinUrl(base, "messages")
                              : JoinUrl(base, "v1/messages");
  auto http = MakeStreamRequest(
      endpoint_, url, runtime::DumpJson(BuildAnthropicMessagesBody(request)), std::move(headers));
  return StartStreamCall(client_, std::move(http), MakeAnthropicMessagesDecoder(), std::move(sink),
                         std::move(token));
}

}  // namespace gateway::providers
