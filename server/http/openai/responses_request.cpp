#include "server/http/openai/responses_request.hpp"

#include <set>

#include "server/platform/text.hpp"

namespace gateway::http::openai {
namespace {

using nlohmann::json;

constexpr std::string_view kMissingUserMessage = "Missing user message in `input`.";
constexpr std::size_t kMaxUrlParts = 8;

std::unexpected<OpenAiError> Invalid(std::string message) {
  return std::unexpected(OpenAiError::Invalid(std::move(message)));
}

struct ItemText {
  std::string text;
  std::size_t media = 0;      // input_image / input_file parts
  std::size_t url_parts = 0;  // of them, URL-sourced
};

void CountMedia(const json& part, ItemText& out) {
  ++out.media;
  auto source = part.find("source");
  if (source != part.end() && source->is_object() && source->value("type", "") == "url") {
    ++out.url_parts;
  } else if (part.contains("image_url") || part.contains("file_url")) {
    ++out.url_parts;
  }
}

ItemText TextOf(const json& content) {
  ItemText out;
  if (content.is_string()) {
    out.text = content.get<std::string>();
    return out;
  }
  if (!content.is_array()) return out;
  for (const auto& part : content) {
    if (!part.is_object()) continue;
    const std::string type = part.value("type", "");
    if ((type == "input_text" || type == "output_text" || type == "text") &&
        part.contains("text") && part["text"].is_string()) {
      if (!out.text.empty()) out.text += "\n";
      out.text += part["text"].get<std::string>();
    } else if (type == "input_image" || type == "input_file") {
      CountMedia(part, out);
    }
  }
  return out;
}

std::string OutputText(const json& output) {
  if (output.is_string()) return output.get<std::string>();
  if (output.is_array()) return TextOf(output).text;
  return output.is_null() ? std::string() : output.dump();
}

std::expected<std::vector<providers::ToolSpec>, OpenAiError> ToolsOf(const json& body) {
  std::vector<providers::ToolSpec> tools;
  auto it = body.find("tools");
  if (it == body.end() || it->is_null()) return tools;
  if (!it->is_array()) return Invalid("Invalid tools/tool_choice: `tools` must be an array");
  std::set<std::string> names;
  for (const auto& tool : *it) {
    if (!tool.is_object() || tool.value("type", "") != "function") {
      return Invalid("Invalid tools/tool_choice: only function tools are supported");
    }
    if (!tool.contains("name") || !tool["name"].is_string() ||
        tool["name"].get_ref<const std::string&>().empty()) {
      return Invalid("Invalid tools/tool_choice: every function tool needs a name");
    }
    providers::ToolSpec spec;
    spec.name = tool["name"].get<std::string>();
    if (!names.insert(spec.name).second) return Invalid("invalid tool configuration");
    if (auto d = tool.find("description"); d != tool.end() && d->is_string()) {
      spec.description = d->get<std::string>();
    }
    if (auto p = tool.find("parameters"); p != tool.end() && p->is_object()) {
      spec.parameters = *p;
    } else {
      spec.parameters = {{"type", "object"}, {"properties", json::object()}};
    }
    tools.push_back(std::move(spec));
  }
  return tools;
}

}  // namespace

std::expected<ResponsesRequest, OpenAiError> ParseResponsesRequest(const json& body) {
  if (!body.is_object()) return Invalid("Request body must be a JSON object.");
  ResponsesRequest request;
  if (auto model = body.find("model"); model != body.end() && model->is_string()) {
    request.model = model->get<std::string>();
  }
  if (auto previous = body.find("previous_response_id");
      previous != body.end() && previous->is_string() &&
      !previous->get_ref<const std::string&>().empty()) {
    request.previous_response_id = previous->get<std::string>();
  }

  std::vector<std::string> system_texts;
  if (auto instructions = body.find("instructions");
      instructions != body.end() && instructions->is_string() &&
      !instructions->get_ref<const std::string&>().empty()) {
    system_texts.push_back(instructions->get<std::string>());
  }

  std::vector<PromptLine> lines;
  std::optional<std::size_t> current;  // index in `lines` of the last user / tool output
  std::size_t url_parts = 0;
  auto input = body.find("input");
  if (input == body.end() || input->is_null()) return Invalid(std::string(kMissingUserMessage));
  if (input->is_string()) {
    lines.push_back({PromptLine::Role::kUser, input->get<std::string>(), {}});
    current = 0;
  } else if (input->is_array()) {
    for (const auto& item : *input) {
      if (!item.is_object()) continue;
      const std::string type = item.value("type", item.contains("role") ? "message" : "");
      if (type == "message") {
        const std::string role = item.value("role", "");
        ItemText text = TextOf(item.value("content", json()));
        url_parts += text.url_parts;
        if (role == "system" || role == "developer") {
          if (!text.text.empty()) system_texts.push_back(std::move(text.text));
        } else if (role == "user") {
          if (platform::TrimAsciiSpace(text.text).empty() && text.media > 0) {
            text.text = "User sent image(s) with no text.";
          }
          lines.push_back({PromptLine::Role::kUser, std::move(text.text), {}});
          current = lines.size() - 1;
        } else if (role == "assistant") {
          lines.push_back({PromptLine::Role::kAssistant, std::move(text.text), {}});
        }
      } else if (type == "function_call_output") {
        lines.push_back({PromptLine::Role::kTool, OutputText(item.value("output", json())),
                         item.value("call_id", "")});
        current = lines.size() - 1;
      } else if (type == "function_call") {
        const std::string arguments = item.value("arguments", "{}");
        lines.push_back({PromptLine::Role::kAssistant,
                         "tool_call id=" + item.value("call_id", "") +
                             " name=" + item.value("name", "") + " arguments=" + arguments,
                         {}});
      } else if (type == "input_image" || type == "input_file") {
        ItemText media;
        CountMedia(item, media);
        url_parts += media.url_parts;
      }
      // reasoning and item_reference items carry nothing for the prompt.
    }
  } else {
    return Invalid("`input` must be a string or an array of items.");
  }
  if (url_parts > kMaxUrlParts) return Invalid("Too many URL-sourced parts (max 8).");
  if (!current || platform::TrimAsciiSpace(lines[*current].text).empty()) {
    return Invalid(std::string(kMissingUserMessage));
  }
  std::vector<PromptLine> history;
  for (std::size_t i = 0; i < *current; ++i) {
    if (!lines[i].text.empty()) history.push_back(lines[i]);
  }
  request.turn.prompt = FlattenPrompt(history, lines[*current]);
  request.turn.extra_system_prompt = JoinSystemTexts(system_texts);

  auto tools = ToolsOf(body);
  if (!tools) return std::unexpected(tools.error());
  auto choice = ParseToolChoice(body, *tools, /*nested_function=*/false);
  if (!choice) return std::unexpected(choice.error());
  request.turn.tools = std::move(*tools);
  request.turn.tool_choice = *choice;
  json sampling_fields = json::object();
  for (const char* name : {"max_output_tokens", "temperature", "top_p"}) {
    if (body.contains(name)) sampling_fields[name] = body[name];
  }
  auto sampling = ParseSampling(sampling_fields, {"max_output_tokens"});
  if (!sampling) return std::unexpected(sampling.error());
  request.turn.sampling = std::move(*sampling);
  if (auto stream = body.find("stream"); stream != body.end() && !stream->is_null()) {
    if (!stream->is_boolean()) return Invalid("`stream` must be a boolean.");
    request.turn.stream = stream->get<bool>();
  }
  if (auto user = body.find("user"); user != body.end() && user->is_string()) {
    request.turn.user = user->get<std::string>();
  }
  return request;
}

}  // namespace gateway::http::openai
