// The vocabulary every model provider speaks: what a turn asks for (ModelRequest), what streams
// back (StreamEvent) and what a finished stream reports (StreamResult). API-neutral: each
// provider translates to and from its own wire format.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace gateway::providers {

// A complete tool call: `arguments` is the JSON text the model produced (normally an object).
struct ToolCall {
  std::string id;
  std::string name;
  std::string arguments;
};

enum class MessageRole { kUser, kAssistant, kToolResult };

// An image the model sees: `data` is standard base64, `mime_type` e.g. "image/png".
struct ImageContent {
  std::string mime_type;
  std::string data;
  bool operator==(const ImageContent&) const = default;
};
// `data:<mime>;base64,<data>`, the form OpenAI's image inputs take.
std::string ImageDataUrl(const ImageContent& image);

struct Message {
  MessageRole role = MessageRole::kUser;
  std::string text;
  std::vector<ToolCall> tool_calls;  // assistant turns that called tools
  std::string tool_call_id;          // toolResult: the call this answers
  std::string tool_name;             // toolResult: that call's tool
  bool is_error = false;             // toolResult: the tool failed
  std::vector<ImageContent> images;  // toolResult: images after the text

  static Message User(std::string text) {
    Message message;
    message.text = std::move(text);
    return message;
  }
  static Message Assistant(std::string text, std::vector<ToolCall> calls = {}) {
    Message message;
    message.role = MessageRole::kAssistant;
    message.text = std::move(text);
    message.tool_calls = std::move(calls);
    return message;
  }
  static Message ToolResult(std::string call_id, std::string tool, std::string text,
                            bool is_error = false, std::vector<ImageContent> images = {}) {
    Message message;
    message.role = MessageRole::kToolResult;
    message.tool_call_id = std::move(call_id);
    message.tool_name = std::move(tool);
    message.text = std::move(text);
    message.is_error = is_error;
    message.images = std::move(images);
    return message;
  }
};

// A client or agent tool: `parameters` is its JSON Schema (an object schema).
struct ToolSpec {
  std::string name;
  std::string description;
  nlohmann::json parameters = nlohmann::json::object();
};

enum class ThinkingLevel { kOff, kMinimal, kLow, kMedium, kHigh };
// OpenAI's reasoning effort word for a level ("minimal" … "high"); "" for kOff.
std::string_view ReasoningEffort(ThinkingLevel level);

// Which tool the model must (or must not) call; sent only with tools.
struct ToolChoice {
  enum class Mode { kAuto, kNone, kRequired, kFunction };
  Mode mode = Mode::kAuto;
  std::string name;  // kFunction
  bool operator==(const ToolChoice&) const = default;
};

// Sampling settings of a turn; unset ones are the provider's defaults. Each provider sends what
// its API has (Anthropic has no seed or penalties, the Responses API no stop sequences).
struct SamplingOptions {
  std::optional<int> max_tokens;
  std::optional<double> temperature;
  std::optional<double> top_p;
  std::optional<double> frequency_penalty;
  std::optional<double> presence_penalty;
  std::optional<std::int64_t> seed;
  std::vector<std::string> stop;
  nlohmann::json response_format;  // OpenAI's {type: text|json_object|json_schema, …}; null: text
};

struct ModelRequest {
  std::string model;  // the provider's model id (the ref without "<provider>/")
  std::string system_prompt;
  std::vector<Message> messages;
  std::vector<ToolSpec> tools;
  ToolChoice tool_choice;
  SamplingOptions sampling;
  ThinkingLevel thinking = ThinkingLevel::kOff;
};

// Token counts as the spec's usage reports them: `input` excludes cache reads.
struct Usage {
  std::uint64_t input = 0;
  std::uint64_t output = 0;
  std::uint64_t cache_read = 0;
  std::uint64_t cache_write = 0;
  std::uint64_t reasoning = 0;  // part of `output`, when the provider says
  std::uint64_t total = 0;      // the provider's total, or the sum

  bool operator==(const Usage&) const = default;
};

enum class StopReason {
  kStop,           // natural end (or a stop sequence)
  kLength,         // the output budget ran out
  kToolCalls,      // the model wants tool results
  kContentFilter,  // refused or filtered
  kOther,          // anything else the provider said (see StreamResult::raw_stop_reason)
};
std::string_view StopReasonName(StopReason reason);  // "stop", "length", "tool_calls", …

// Streamed pieces, in the order the provider produced them.
struct TextDelta {
  std::string text;
};
struct ThinkingDelta {
  std::string text;
};
struct ToolCallStart {
  int index = 0;  // 0, 1, … in the order calls started in this response
  std::string id;
  std::string name;
};
struct ToolCallArgsDelta {
  int index = 0;
  std::string json_fragment;
};
struct ToolCallEnd {
  int index = 0;
  ToolCall call;  // complete, with all its arguments
};
struct UsageUpdate {
  Usage usage;  // cumulative so far
};
using StreamEvent = std::variant<TextDelta, ThinkingDelta, ToolCallStart, ToolCallArgsDelta,
                                 ToolCallEnd, UsageUpdate>;

// What a successful stream adds up to.
struct StreamResult {
  StopReason stop_reason = StopReason::kStop;
  std::string raw_stop_reason;  // the provider's word ("end_turn", "stop", …)
  std::string text;             // all text deltas joined
  std::string thinking;         // all thinking deltas joined
  std::vector<ToolCall> tool_calls;
  Usage usage;
  std::string response_id;     // the provider's id for the response, if any
  std::string response_model;  // the model that answered, as the provider names it
};

}  // namespace gateway::providers
