// Which agent, session and model an OpenAI-compatible request addresses (spec/http.md §4
// "Agent-first model naming" and its headers): `model` names an agent target (`openclaw`,
// `openclaw/default`, `openclaw/<agentId>`, `openclaw:<agentId>`, `agent:<agentId>`), the
// x-openclaw-agent-id / x-openclaw-agent headers choose the agent first, x-openclaw-session-key
// names the session and x-openclaw-model overrides the backend model.
#pragma once

#include <expected>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "gateway/proto/config_openclaw.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/domain/sessions/session_key.hpp"
#include "server/http/openai/openai_error.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http::openai {

// The agent a `model` value names: "" for the default agent (`openclaw`, `openclaw/default`),
// the lower-cased id for the others; nullopt when the value is no agent target.
std::optional<std::string> AgentOfModelName(std::string_view model);

// The agent a request addresses: the headers first, then `model` (null or absent: the default
// agent). A `model` that is present must be an agent target even when a header chooses the agent.
std::expected<std::string, OpenAiError> SelectAgent(const proto::OpenClawConfig& config,
                                                    const transport::HttpRequest& request,
                                                    const nlohmann::json* model);

struct AgentTarget {
  std::string agent_id;
  std::string session_key;
  std::optional<std::string> model_override;  // "provider/model" from x-openclaw-model
};

struct TargetQuery {
  domain::sessions::OpenAiSurface surface = domain::sessions::OpenAiSurface::kChatCompletions;
  const nlohmann::json* model = nullptr;  // the body's `model`
  std::optional<std::string> user;        // the body's `user`
  config::AuthMode auth_mode = config::AuthMode::kToken;
};

// Agent, session key and model override of a request, or the 400 / 403 the spec gives.
std::expected<AgentTarget, transport::HttpResponse> ResolveTarget(
    const proto::OpenClawConfig& config, const transport::HttpRequest& request,
    const TargetQuery& query);

}  // namespace gateway::http::openai
