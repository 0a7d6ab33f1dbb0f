// How each provider API spells a turn's tool choice and output format (ModelRequest::tool_choice,
// SamplingOptions::response_format).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "server/providers/model_types.hpp"

namespace gateway::providers {

// OpenAI: "auto" | "none" | "required" | a function; nullopt for auto (the API's default).
// Chat Completions nests the name ({type:function, function:{name}}); Responses does not
// ({type:function, name}).
std::optional<nlohmann::json> OpenAiToolChoice(const ToolChoice& choice, bool nested_function);
// Anthropic: {type: auto | none | any | tool (+ name)}.
nlohmann::json AnthropicToolChoice(const ToolChoice& choice);
// The Responses API's text.format for a Chat Completions response_format (json_object, or
// json_schema with its name/schema/strict lifted up); nullopt for text or nothing.
std::optional<nlohmann::json> ResponsesTextFormat(const nlohmann::json& response_format);

}  // namespace gateway::providers
