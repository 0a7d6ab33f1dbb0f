#include "server/http/openai/chat_request.hpp"

#include <cmath>
#include <limits>
#include <set>

#include "server/platform/text.hpp"

namespace gateway::http::openai {
namespace {

using nlohmann::json;

constexpr std::string_view kMissingUserMessage = "Missing user message in `messages`.";
constexpr std::string_view kInvalidImage = "Invalid image_url content in `messages`.";
constexpr std::size_t kMaxImageParts = 8;
constexpr std::int64_t kMaxSafeInteger = 9007199254740991;  // Number.MAX_SAFE_INTEGER

std::unexpected<OpenAiError> Invalid(std::string message) {
  return std::unexpected(OpenAiError::Invalid(std::move(message)));
}

struct Content {
  std::string text;
  std::size_t images = 0;
  bool bad_image = false;
};

bool ValidImageUrl(const json& part) {
  const json* url = nullptr;
  if (auto it = part.find("image_url"); it != part.end()) {
    url = it->is_object() ? (it->contains("url") ? &(*it)["url"] : nullptr) : &*it;
  }
  if (!url || !url->is_string()) return false;
  const std::string& value = url->get_ref<const std::string&>();
  if (value.starts_with("data:")) {
    const auto comma = value.find(',');
    return comma != std::string::npos && value.substr(0, comma).ends_with(";base64") &&
           comma + 1 < value.size();
  }
  return value.starts_with("http://") || value.starts_with("https://");
}

// A message's `content`: a string, or parts (text / input_text joined with "\n", image_url
// counted), or null.
Content ContentOf(const json& message) {
  Content content;
  auto it = message.find("content");
  if (it == message.end() || it->is_null()) return content;
  if (it->is_string()) {
    content.text = it->get<std::string>();
    return content;
  }
  if (!it->is_array()) return content;
  for (const auto& part : *it) {
    if (part.is_string()) {
      if (!content.text.empty()) content.text += "\n";
      content.text += part.get<std::string>();
      continue;
    }
    if (!part.is_object()) continue;
    const std::string type = part.value("type", "");
    if ((type == "text" || type == "input_text") && part.contains("text") &&
        part["text"].is_string()) {
      if (!content.text.empty()) content.text += "\n";
      content.text += part["text"].get<std::string>();
    } else if (type == "image_url") {
      ++content.images;
      if (!ValidImageUrl(part)) content.bad_image = true;
    }
  }
  return content;
}

std::string ToolCallLine(const json& call) {
  const json function = call.value("function", json::object());
  std::string arguments = "{}";
  if (auto it = function.find("arguments"); it != function.end()) {
    arguments = it->is_string() ? it->get<std::string>() : it->dump();
  }
  return "tool_call id=" + call.value("id", "") + " name=" + function.value("name", "") +
         " arguments=" + arguments;
}

std::string RoleOf(const json& message) {
  std::string role = message.is_object() ? message.value("role", "") : "";
  return role == "function" ? "tool" : role;  // the legacy role is a tool result
}

std::string LineText(const PromptLine& line) {
  switch (line.role) {
    case PromptLine::Role::kUser:
      return "User: " + line.text;
    case PromptLine::Role::kAssistant:
      return "Assistant: " + line.text;
    case PromptLine::Role::kTool:
      return "Tool:" + line.tool_call_id + ": " + line.text;
  }
  return line.text;
}

std::string ToolCallIdOf(const json& message) {
  if (auto id = message.find("tool_call_id"); id != message.end() && id->is_string()) {
    return id->get<std::string>();
  }
  return message.value("name", "");  // legacy function results name the function
}

// `name` within [low, high]; `bounds` spells them for the message ("0 and 2").
std::expected<std::optional<double>, OpenAiError> NumberIn(const json& body, const char* name,
                                                           double low, double high,
                                                           std::string_view bounds) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  const auto range = "`" + std::string(name) + "` must be between " + std::string(bounds) + ".";
  if (!it->is_number()) return Invalid(range);
  const double value = it->get<double>();
  if (!std::isfinite(value) || value < low || value > high) return Invalid(range);
  return value;
}

std::expected<std::vector<std::string>, OpenAiError> StopOf(const json& body) {
  auto it = body.find("stop");
  if (it == body.end() || it->is_null()) return std::vector<std::string>{};
  if (it->is_string()) {
    if (it->get_ref<const std::string&>().empty()) return Invalid("Invalid stop: empty string");
    return std::vector<std::string>{it->get<std::string>()};
  }
  if (!it->is_array()) return Invalid("Invalid stop: expected a string or an array of strings");
  if (it->size() > 4) return Invalid("Invalid stop: stop supports at most 4 sequences");
  std::vector<std::string> stop;
  for (const auto& item : *it) {
    if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
      return Invalid("Invalid stop: every sequence must be a non-empty string");
    }
    stop.push_back(item.get<std::string>());
  }
  return stop;
}

std::expected<json, OpenAiError> ResponseFormatOf(const json& body) {
  auto it = body.find("response_format");
  if (it == body.end() || it->is_null()) return json();
  if (!it->is_object()) return Invalid("Invalid response_format: expected an object");
  const std::string type = it->value("type", "");
  if (type == "text") return json();
  if (type == "json_object") return *it;
  if (type == "json_schema") {
    auto schema = it->find("json_schema");
    if (schema == it->end() || !schema->is_object() || !schema->contains("name") ||
        !(*schema)["name"].is_string()) {
      return Invalid("Invalid response_format: json_schema requires json_schema.name");
    }
    return *it;
  }
  return Invalid("Invalid response_format: type must be text, json_object or json_schema");
}

}  // namespace

std::string JoinSystemTexts(const std::vector<std::string>& texts) {
  std::string joined;
  for (const auto& text : texts) {
    if (!joined.empty()) joined += "\n\n";
    joined += text;
  }
  return joined;
}

std::string FlattenPrompt(const std::vector<PromptLine>& history, const PromptLine& current) {
  if (history.empty() && current.role == PromptLine::Role::kUser) return current.text;
  std::string prompt = "[Chat messages since your last reply - for context]\n";
  for (const auto& line : history) prompt += LineText(line) + "\n";
  prompt += "\n[Current message - respond to this]\n";
  prompt += LineText(current);
  return prompt;
}

std::expected<std::vector<providers::ToolSpec>, OpenAiError> ParseChatTools(const json& body) {
  std::vector<providers::ToolSpec> tools;
  auto it = body.find("tools");
  if (it == body.end() || it->is_null()) return tools;
  if (!it->is_array()) return Invalid("Invalid tools/tool_choice: `tools` must be an array");
  std::set<std::string> names;
  for (const auto& tool : *it) {
    if (!tool.is_object() || tool.value("type", "") != "function") {
      return Invalid("Invalid tools/tool_choice: only function tools are supported");
    }
    auto function = tool.find("function");
    if (function == tool.end() || !function->is_object() || !function->contains("name") ||
        !(*function)["name"].is_string() ||
        (*function)["name"].get_ref<const std::string&>().empty()) {
      return Invalid("Invalid tools/tool_choice: every function tool needs a name");
    }
    providers::ToolSpec spec;
    spec.name = (*function)["name"].get<std::string>();
    if (!names.insert(spec.name).second) return Invalid("invalid tool configuration");
    if (auto d = function->find("description"); d != function->end() && d->is_string()) {
      spec.description = d->get<std::string>();
    }
    if (auto p = function->find("parameters"); p != function->end() && !p->is_null()) {
      if (!p->is_object()) {
        return Invalid("Invalid tools/tool_choice: `parameters` of " + spec.name +
                       " must be an object");
      }
      spec.parameters = *p;
    } else {
      spec.parameters = {{"type", "object"}, {"properties", json::object()}};
    }
    tools.push_back(std::move(spec));
  }
  return tools;
}

std::expected<providers::ToolChoice, OpenAiError> ParseToolChoice(
    const json& body, const std::vector<providers::ToolSpec>& tools, bool nested_function) {
  using Mode = providers::ToolChoice::Mode;
  providers::ToolChoice choice;
  auto it = body.find("tool_choice");
  if (it == body.end() || it->is_null()) return choice;
  if (it->is_string()) {
    const std::string& word = it->get_ref<const std::string&>();
    if (word == "auto") return choice;
    if (word == "none")
      choice.mode = Mode::kNone;
    else if (word == "required")
      choice.mode = Mode::kRequired;
    else
      return Invalid("Invalid tools/tool_choice: unknown tool_choice \"" + word + "\"");
  } else if (it->is_object() && it->value("type", "") == "function") {
    const json* holder =
        nested_function ? (it->contains("function") ? &(*it)["function"] : nullptr) : &*it;
    if (!holder || !holder->is_object() || !holder->contains("name") ||
        !(*holder)["name"].is_string()) {
      return Invalid("Invalid tools/tool_choice: a function tool_choice needs a name");
    }
    choice.mode = Mode::kFunction;
    choice.name = (*holder)["name"].get<std::string>();
    const bool known = std::any_of(tools.begin(), tools.end(),
                                   [&](const auto& tool) { return tool.name == choice.name; });
    if (!known) {
      return Invalid("Invalid tools/tool_choice: tool_choice names unknown tool " + choice.name);
    }
  } else {
    return Invalid("Invalid tools/tool_choice: tool_choice must be a string or a function");
  }
  if (choice.mode != Mode::kNone && tools.empty()) {
    return Invalid("Invalid tools/tool_choice: tool_choice requires tools");
  }
  return choice;
}

std::expected<providers::SamplingOptions, OpenAiError> ParseSampling(
    const json& body, std::initializer_list<const char*> max_fields) {
  providers::SamplingOptions sampling;
  for (const char* name : max_fields) {
    auto it = body.find(name);
    if (it == body.end() || it->is_null()) continue;
    if (!it->is_number_integer() || it->get<std::int64_t>() <= 0 ||
        it->get<std::int64_t>() > kMaxSafeInteger) {
      return Invalid("`" + std::string(name) + "` must be a positive integer.");
    }
    sampling.max_tokens = static_cast<int>(
        std::min<std::int64_t>(it->get<std::int64_t>(), std::numeric_limits<int>::max()));
    break;
  }
  auto temperature = NumberIn(body, "temperature", 0, 2, "0 and 2");
  if (!temperature) return std::unexpected(temperature.error());
  sampling.temperature = *temperature;
  auto top_p = NumberIn(body, "top_p", 0, 1, "0 and 1");
  if (!top_p) return std::unexpected(top_p.error());
  sampling.top_p = *top_p;
  auto frequency = NumberIn(body, "frequency_penalty", -2, 2, "-2 and 2");
  if (!frequency) return std::unexpected(frequency.error());
  sampling.frequency_penalty = *frequency;
  auto presence = NumberIn(body, "presence_penalty", -2, 2, "-2 and 2");
  if (!presence) return std::unexpected(presence.error());
  sampling.presence_penalty = *presence;
  if (auto seed = body.find("seed"); seed != body.end() && !seed->is_null()) {
    if (!seed->is_number_integer()) return Invalid("`seed` must be an integer.");
    sampling.seed = seed->get<std::int64_t>();
  }
  auto stop = StopOf(body);
  if (!stop) return std::unexpected(stop.error());
  sampling.stop = std::move(*stop);
  auto format = ResponseFormatOf(body);
  if (!format) return std::unexpected(format.error());
  sampling.response_format = std::move(*format);
  return sampling;
}

std::expected<ChatRequest, OpenAiError> ParseChatRequest(const json& body) {
  if (!body.is_object()) return Invalid("Request body must be a JSON object.");
  ChatRequest request;
  if (auto model = body.find("model"); model != body.end() && model->is_string()) {
    request.model = model->get<std::string>();
  }
  auto messages = body.find("messages");
  if (messages == body.end() || !messages->is_array())
    return Invalid(std::string(kMissingUserMessage));

  // The current entry: the last user or tool message.
  std::optional<std::size_t> current;
  for (std::size_t i = messages->size(); i-- > 0;) {
    const std::string role = RoleOf((*messages)[i]);
    if (role == "user" || role == "tool") {
      current = i;
      break;
    }
  }
  if (!current) return Invalid(std::string(kMissingUserMessage));

  std::vector<std::string> system_texts;
  std::vector<PromptLine> history;
  PromptLine now;
  for (std::size_t i = 0; i < messages->size(); ++i) {
    const json& message = (*messages)[i];
    const std::string role = RoleOf(message);
    Content content = ContentOf(message);
    if (role == "system" || role == "developer") {
      if (!content.text.empty()) system_texts.push_back(content.text);
      continue;
    }
    if (i > *current) continue;
    PromptLine line;
    if (role == "user") {
      line.role = PromptLine::Role::kUser;
    } else if (role == "tool") {
      line.role = PromptLine::Role::kTool;
      line.tool_call_id = ToolCallIdOf(message);
    } else if (role == "assistant") {
      line.role = PromptLine::Role::kAssistant;
      if (auto calls = message.find("tool_calls"); calls != message.end() && calls->is_array()) {
        for (const auto& call : *calls) {
          if (!call.is_object()) continue;
          if (!content.text.empty()) content.text += "\n";
          content.text += ToolCallLine(call);
        }
      }
    } else {
      continue;
    }
    line.text = std::move(content.text);
    if (i == *current) {
      if (role == "user" && content.images > 0) {
        if (content.bad_image || content.images > kMaxImageParts) {
          return Invalid(std::string(kInvalidImage));
        }
        if (platform::TrimAsciiSpace(line.text).empty()) {
          line.text = "User sent image(s) with no text.";
        }
      }
      if (platform::TrimAsciiSpace(line.text).empty())
        return Invalid(std::string(kMissingUserMessage));
      now = std::move(line);
    } else if (!line.text.empty()) {
      history.push_back(std::move(line));
    }
  }
  request.turn.prompt = FlattenPrompt(history, now);
  request.turn.extra_system_prompt = JoinSystemTexts(system_texts);

  auto tools = ParseChatTools(body);
  if (!tools) return std::unexpected(tools.error());
  auto choice = ParseToolChoice(body, *tools, /*nested_function=*/true);
  if (!choice) return std::unexpected(choice.error());
  request.turn.tools = std::move(*tools);
  request.turn.tool_choice = *choice;
  auto sampling = ParseSampling(body, {"max_completion_tokens", "max_tokens"});
  if (!sampling) return std::unexpected(sampling.error());
  request.turn.sampling = std::move(*sampling);

  if (auto stream = body.find("stream"); stream != body.end() && !stream->is_null()) {
    if (!stream->is_boolean()) return Invalid("`stream` must be a boolean.");
    request.turn.stream = stream->get<bool>();
  }
  if (auto options = body.find("stream_options"); options != body.end() && options->is_object()) {
    auto usage = options->find("include_usage");
    request.include_usage = usage != options->end() && usage->is_boolean() && usage->get<bool>();
  }
  if (auto user = body.find("user"); user != body.end() && user->is_string()) {
    request.turn.user = user->get<std::string>();
  }
  return request;
}

}  // namespace gateway::http::openai
