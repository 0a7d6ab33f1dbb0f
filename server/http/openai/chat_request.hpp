// A POST /v1/chat/completions body read into one agent turn (spec/http.md §4): the `messages`
// flattened into a single prompt on the target session (earlier messages as context lines),
// system/developer texts as extra system prompt, client tools and tool_choice, sampling options,
// and the streaming switches. Every refusal carries the spec's 400 message.
#pragma once

#include <expected>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"
#include "server/http/openai/openai_error.hpp"
#include "server/providers/model_types.hpp"

namespace gateway::http::openai {

inline constexpr std::string_view kNoResponseText = "No response from OpenClaw.";

// What any OpenAI-compatible turn asks for, whatever its endpoint.
struct TurnInput {
  std::string prompt;
  std::string extra_system_prompt;
  std::vector<providers::ToolSpec> tools;
  providers::ToolChoice tool_choice;
  providers::SamplingOptions sampling;
  bool stream = false;
  std::optional<std::string> user;
};

struct ChatRequest {
  TurnInput turn;
  std::string model = "openclaw";  // echoed in every response
  bool include_usage = false;      // stream_options.include_usage
};

std::expected<ChatRequest, OpenAiError> ParseChatRequest(const nlohmann::json& body);

// One flattened message: its role as the prompt names it ("User", "Assistant", "Tool") and text.
struct PromptLine {
  enum class Role { kUser, kAssistant, kTool };
  Role role = Role::kUser;
  std::string text;
  std::string tool_call_id;  // kTool
};
// The agent message for `history` (earlier messages) and `current` (the last user/tool message):
// just the user text without history, else the context block the spec gives.
std::string FlattenPrompt(const std::vector<PromptLine>& history, const PromptLine& current);
// The system and developer texts of a request as the turn's extra system prompt, one paragraph
// each.
std::string JoinSystemTexts(const std::vector<std::string>& texts);

// `tools` (function tools only) and `tool_choice` in Chat Completions' shape.
std::expected<std::vector<providers::ToolSpec>, OpenAiError> ParseChatTools(
    const nlohmann::json& body);
std::expected<providers::ToolChoice, OpenAiError> ParseToolChoice(
    const nlohmann::json& body, const std::vector<providers::ToolSpec>& tools,
    bool nested_function);
// temperature, top_p, penalties, seed, stop, response_format and the output cap (`max_fields`
// in order of precedence) with the spec's range checks.
std::expected<providers::SamplingOptions, OpenAiError> ParseSampling(
    const nlohmann::json& body, std::initializer_list<const char*> max_fields);

}  // namespace gateway::http::openai
