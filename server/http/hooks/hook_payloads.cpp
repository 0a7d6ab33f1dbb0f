#include "server/http/hooks/hook_payloads.hpp"

#include "gateway/wire/json_io.hpp"
#include "server/domain/agents/agent_config.hpp"
#include "server/platform/text.hpp"

namespace gateway::http::hooks {
namespace {

using nlohmann::json;
constexpr int kMaxDepth = 64;

// The field as a string when present (null counts as absent); an error when it is another type.
std::expected<std::optional<std::string>, std::string> OptionalString(const json& body,
                                                                      const char* field) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) return std::unexpected(std::string(field) + " must be a string");
  return it->get<std::string>();
}

std::expected<std::optional<bool>, std::string> OptionalBool(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_boolean()) return std::unexpected(std::string(field) + " must be a boolean");
  return it->get<bool>();
}

// A trimmed non-empty string, or nullopt (absent, null or blank).
std::optional<std::string> NonBlank(const std::optional<std::string>& value) {
  if (!value) return std::nullopt;
  const auto trimmed = platform::TrimAsciiSpace(*value);
  if (trimmed.empty()) return std::nullopt;
  return std::string(trimmed);
}

std::expected<proto::HookWakeMode, std::string> WakeModeOf(const json& body, const char* field) {
  auto text = OptionalString(body, field);
  if (!text) return std::unexpected(text.error());
  if (!*text) return proto::HookWakeMode::kNow;
  if (auto mode = proto::ParseHookWakeMode(**text)) return *mode;
  return std::unexpected(std::string(field) + " must be \"now\" or \"next-heartbeat\"");
}

}  // namespace

std::expected<json, std::string> ParseHookBody(std::string_view body) {
  if (platform::TrimAsciiSpace(body).empty()) return json::object();
  json parsed;
  try {
    parsed = wire::ParseUntrusted(body, kMaxDepth);
  } catch (const wire::DecodeError&) {
    return std::unexpected("Request body must be valid JSON.");
  }
  if (!parsed.is_object()) return std::unexpected("Request body must be a JSON object.");
  return parsed;
}

std::expected<WakePayload, std::string> ParseWakePayload(const json& body) {
  WakePayload payload;
  auto text = OptionalString(body, "text");
  if (!text) return std::unexpected(text.error());
  auto trimmed = NonBlank(*text);
  if (!trimmed) return std::unexpected("text required");
  payload.text = std::move(*trimmed);
  auto mode = WakeModeOf(body, "mode");
  if (!mode) return std::unexpected(mode.error());
  payload.mode = *mode;
  auto agent = OptionalString(body, "agentId");
  if (!agent) return std::unexpected(agent.error());
  payload.agent_id = NonBlank(*agent);
  auto key = OptionalString(body, "sessionKey");
  if (!key) return std::unexpected(key.error());
  payload.session_key = NonBlank(*key);
  return payload;
}

std::expected<AgentPayload, std::string> ParseAgentPayload(const json& body) {
  AgentPayload payload;
  auto message = OptionalString(body, "message");
  if (!message) return std::unexpected(message.error());
  auto trimmed = NonBlank(*message);
  if (!trimmed) return std::unexpected("message required");
  payload.message = std::move(*trimmed);

  auto name = OptionalString(body, "name");
  if (!name) return std::unexpected(name.error());
  if (auto label = NonBlank(*name)) payload.name = std::move(*label);
  auto agent = OptionalString(body, "agentId");
  if (!agent) return std::unexpected(agent.error());
  payload.agent_id = NonBlank(*agent);
  auto key = OptionalString(body, "sessionKey");
  if (!key) return std::unexpected(key.error());
  payload.session_key = NonBlank(*key);
  auto wake_mode = WakeModeOf(body, "wakeMode");
  if (!wake_mode) return std::unexpected(wake_mode.error());
  payload.wake_mode = *wake_mode;

  auto deliver = OptionalBool(body, "deliver");
  if (!deliver) return std::unexpected(deliver.error());
  payload.deliver = deliver->value_or(false);
  auto channel = OptionalString(body, "channel");
  if (!channel) return std::unexpected(channel.error());
  payload.channel = NonBlank(*channel);
  auto to = OptionalString(body, "to");
  if (!to) return std::unexpected(to.error());
  payload.to = NonBlank(*to);

  auto model = OptionalString(body, "model");
  if (!model) return std::unexpected(model.error());
  if (*model) {
    payload.model = NonBlank(*model);
    if (!payload.model) return std::unexpected("model must be a non-empty string");
  }
  auto thinking = OptionalString(body, "thinking");
  if (!thinking) return std::unexpected(thinking.error());
  if (auto level = NonBlank(*thinking)) {
    payload.thinking = domain::agents::ParseThinkingLevel(*level);
    if (!payload.thinking)
      return std::unexpected("thinking must be one of off, minimal, low, medium, high");
  }
  if (auto it = body.find("timeoutSeconds"); it != body.end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<std::int64_t>() <= 0)
      return std::unexpected("timeoutSeconds must be a positive integer");
    payload.timeout_seconds = it->get<std::int64_t>();
  }
  auto wait = OptionalBool(body, "waitForCompletion");
  if (!wait) return std::unexpected(wait.error());
  payload.wait_for_completion = wait->value_or(false);
  return payload;
}

}  // namespace gateway::http::hooks
