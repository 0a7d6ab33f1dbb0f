#include "server/providers/request_options.hpp"

namespace gateway::providers {

using nlohmann::json;
using Mode = ToolChoice::Mode;

std::optional<json> OpenAiToolChoice(const ToolChoice& choice, bool nested_function) {
  switch (choice.mode) {
    case Mode::kAuto:
      return std::nullopt;
    case Mode::kNone:
      return json("none");
    case Mode::kRequired:
      return json("required");
    case Mode::kFunction:
      if (nested_function) return json{{"type", "function"}, {"function", {{"name", choice.name}}}};
      return json{{"type", "function"}, {"name", choice.name}};
  }
  return std::nullopt;
}

json AnthropicToolChoice(const ToolChoice& choice) {
  switch (choice.mode) {
    case Mode::kNone:
      return {{"type", "none"}};
    case Mode::kRequired:
      return {{"type", "any"}};
    case Mode::kFunction:
      return {{"type", "tool"}, {"name", choice.name}};
    case Mode::kAuto:
      break;
  }
  return {{"type", "auto"}};
}

std::optional<json> ResponsesTextFormat(const json& response_format) {
  if (!response_format.is_object()) return std::nullopt;
  const std::string type = response_format.value("type", "");
  if (type == "json_object") return json{{"type", "json_object"}};
  if (type != "json_schema") return std::nullopt;
  json format = {{"type", "json_schema"}};
  if (auto schema = response_format.find("json_schema");
      schema != response_format.end() && schema->is_object()) {
    for (const char* key : {"name", "schema", "strict", "description"}) {
      if (auto it = schema->find(key); it != schema->end()) format[key] = *it;
    }
  }
  return format;
}

}  // namespace gateway::providers
