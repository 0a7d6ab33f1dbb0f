#include "server/domain/runs/turn_planner.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "server/config/workspace_files.hpp"
#include "server/domain/agents/agent_config.hpp"
#include "server/platform/text.hpp"
#include "server/providers/fallback_policy.hpp"

namespace gateway::domain::runs {
namespace {

// `text` cut to at most `max` bytes without splitting a UTF-8 sequence.
std::string CutUtf8(std::string text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return text;
}

std::optional<std::string> ReadSmallFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text;
  text.resize(kBootstrapFileMaxBytes + 4);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return CutUtf8(std::move(text), kBootstrapFileMaxBytes);
}

std::optional<std::string> OverrideString(const nlohmann::json& overrides, const char* name) {
  auto it = overrides.find(name);
  if (it == overrides.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

providers::ToolCall ToolCallOf(const nlohmann::json& block) {
  providers::ToolCall call;
  call.id = block.value("id", "");
  call.name = block.value("name", "");
  const auto args = block.find("arguments");
  call.arguments =
      args == block.end() ? "{}" : (args->is_string() ? args->get<std::string>() : args->dump());
  return call;
}

// The `{type:"image", data, mimeType}` blocks of a stored message, in order.
std::vector<providers::ImageContent> ImagesOf(const sessions::Message& message) {
  std::vector<providers::ImageContent> images;
  if (!message.content.is_array()) return images;
  for (const auto& block : message.content) {
    if (!block.is_object() || block.value("type", "") != "image") continue;
    const auto data = block.find("data");
    const auto mime = block.find("mimeType");
    if (data == block.end() || !data->is_string() || mime == block.end() || !mime->is_string()) {
      continue;
    }
    images.push_back({mime->get<std::string>(), data->get<std::string>()});
  }
  return images;
}

std::optional<providers::Message> ModelMessageOf(const sessions::Message& message) {
  switch (message.role) {
    case sessions::MessageRole::kUser:
      return providers::Message::User(sessions::MessageText(message));
    case sessions::MessageRole::kAssistant: {
      std::vector<providers::ToolCall> calls;
      if (message.content.is_array()) {
        for (const auto& block : message.content) {
          if (block.is_object() && block.value("type", "") == "toolCall") {
            calls.push_back(ToolCallOf(block));
          }
        }
      }
      auto text = sessions::MessageText(message);
      // A failed or aborted turn with nothing said is not part of the conversation.
      if (text.empty() && calls.empty()) return std::nullopt;
      return providers::Message::Assistant(std::move(text), std::move(calls));
    }
    case sessions::MessageRole::kToolResult:
      return providers::Message::ToolResult(message.tool_call_id, message.tool_name,
                                            sessions::MessageText(message), message.is_error,
                                            ImagesOf(message));
  }
  return std::nullopt;
}

std::int64_t EstimateTokens(const providers::Message& message) {
  std::size_t bytes = message.text.size() + 16;
  for (const auto& call : message.tool_calls) bytes += call.arguments.size() + call.name.size();
  // An image costs the model about as much as 4800 characters of text, whatever its base64 size.
  bytes += message.images.size() * 4800;
  return static_cast<std::int64_t>(bytes / 4 + 1);
}

}  // namespace

std::optional<ResetCommand> ParseResetCommand(std::string_view message) {
  const std::string_view trimmed = platform::TrimAsciiSpace(message);
  for (const char* command : {"/new", "/reset"}) {
    const std::string_view name(command);
    if (trimmed.size() < name.size() ||
        !platform::AsciiIEquals(trimmed.substr(0, name.size()), name)) {
      continue;
    }
    if (trimmed.size() > name.size() && !platform::IsAsciiSpace(trimmed[name.size()])) continue;
    return ResetCommand{std::string(name.substr(1)),
                        std::string(platform::TrimAsciiSpace(trimmed.substr(name.size())))};
  }
  return std::nullopt;
}

TurnPlanner::TurnPlanner(const config::LiveConfig& config, std::filesystem::path default_workspace,
                         std::filesystem::path home)
    : config_(config), default_workspace_(std::move(default_workspace)), home_(std::move(home)) {}

ModelPlan TurnPlanner::Models(const RunRequest& request, const sessions::SessionRow& row) const {
  const auto choice = agents::ModelFor(*config_.Typed(), request.agent_id);
  std::optional<std::string> selected;
  if (request.model_override) {
    selected = agents::ResolveModelRef(*config_.Typed(), *request.model_override)
                   .value_or(*request.model_override);
  } else if (row.model && row.model_source == sessions::ModelSource::kUser) {
    const std::string ref =
        row.model_provider ? *row.model_provider + "/" + *row.model : *row.model;
    selected = agents::ResolveModelRef(*config_.Typed(), ref).value_or(ref);
  }
  ModelPlan plan;
  plan.strict = selected.has_value();
  plan.chain = providers::BuildFallbackChain(selected.value_or(choice.primary), choice.primary,
                                             choice.fallbacks, plan.strict);
  return plan;
}

providers::ThinkingLevel TurnPlanner::Thinking(const RunRequest& request,
                                               const sessions::SessionRow& row) const {
  if (request.thinking) return *request.thinking;
  if (auto level = OverrideString(row.overrides, "thinkingLevel")) {
    if (auto parsed = agents::ParseThinkingLevel(*level)) return *parsed;
  }
  return agents::ThinkingDefault(*config_.Typed()).value_or(providers::ThinkingLevel::kOff);
}

std::string TurnPlanner::SystemPrompt(const std::string& agent_id, const std::string& extra) const {
  std::ostringstream prompt;
  const auto identity = agents::IdentityOf(*config_.Typed(), agent_id);
  prompt << "You are " << identity.name.value_or("a personal assistant");
  if (identity.emoji) prompt << " " << *identity.emoji;
  prompt << ", running inside OpenClaw.";
  if (identity.theme) prompt << " " << *identity.theme;
  prompt << "\n";
  const auto workspace = agents::WorkspaceOf(*config_.Typed(), agent_id, default_workspace_, home_);
  for (const auto& file : config::WorkspaceFiles()) {
    auto text = ReadSmallFile(workspace / std::string(file.name));
    if (!text || platform::TrimAsciiSpace(*text).empty()) continue;
    prompt << "\n## " << file.name << "\n\n" << *text << "\n";
  }
  if (!extra.empty()) prompt << "\n" << extra << "\n";
  return prompt.str();
}

std::filesystem::path TurnPlanner::Workspace(const std::string& agent_id) const {
  return agents::WorkspaceOf(*config_.Typed(), agent_id, default_workspace_, home_);
}

tools::ToolSettings TurnPlanner::ToolSettings(const std::string& agent_id,
                                              const std::string& provider, const std::string& model,
                                              const std::vector<std::string>& available) const {
  return tools::ResolveToolSettings(*config_.Typed(), agent_id, provider, model, available);
}

sessions::ResetConfig TurnPlanner::reset_config() const {
  return agents::ResetConfigOf(*config_.Typed());
}
std::chrono::milliseconds TurnPlanner::default_timeout() const {
  return agents::RunTimeout(*config_.Typed());
}
int TurnPlanner::max_concurrent() const { return agents::MaxConcurrentRuns(*config_.Typed()); }

std::vector<providers::Message> HistoryForModel(
    const std::vector<sessions::TranscriptEvent>& events, std::int64_t budget_tokens) {
  std::vector<providers::Message> messages;
  for (const auto& event : events) {
    if (event.type == "compaction") {
      // What came before is replaced by its summary (sessions.compact).
      messages.clear();
      auto summary = event.fields.find("summary");
      if (summary != event.fields.end() && summary->is_string()) {
        messages.push_back(
            providers::Message::User(std::string(kSummaryPreamble) + summary->get<std::string>()));
      }
      continue;
    }
    if (event.type != "message" || !event.message) continue;
    if (auto message = ModelMessageOf(*event.message)) messages.push_back(std::move(*message));
  }
  // A call no tool result answers (a client tool of an OpenAI HTTP request: the client answers in
  // its next request's text) is kept as text; providers refuse unanswered calls.
  for (std::size_t i = 0; i < messages.size(); ++i) {
    auto& message = messages[i];
    if (message.tool_calls.empty()) continue;
    const bool answered =
        i + 1 < messages.size() && messages[i + 1].role == providers::MessageRole::kToolResult;
    if (answered) continue;
    for (const auto& call : message.tool_calls) {
      if (!message.text.empty()) message.text += "\n";
      message.text +=
          "tool_call id=" + call.id + " name=" + call.name + " arguments=" + call.arguments;
    }
    message.tool_calls.clear();
  }
  std::int64_t used = 0;
  std::size_t first = messages.size();
  while (first > 0) {
    const std::int64_t cost = EstimateTokens(messages[first - 1]);
    if (first < messages.size() && used + cost > budget_tokens) break;
    used += cost;
    --first;
  }
  // A tool result never starts the history: its call would be missing.
  while (first < messages.size() && messages[first].role == providers::MessageRole::kToolResult) {
    ++first;
  }
  messages.erase(messages.begin(), messages.begin() + static_cast<long>(first));
  return messages;
}

}  // namespace gateway::domain::runs
