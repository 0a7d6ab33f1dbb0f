#include "server/http/openai/agent_target.hpp"

#include <algorithm>

#include "server/domain/agents/agent_config.hpp"
#include "server/http/http_scopes.hpp"
#include "server/platform/ids.hpp"
#include "server/platform/text.hpp"

namespace gateway::http::openai {
namespace {

namespace sessions = domain::sessions;

constexpr std::string_view kInvalidModel =
    "Invalid `model`. Use `openclaw` or `openclaw/<agentId>`.";

// [a-z0-9][a-z0-9_-]{0,63}
bool IsAgentId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  auto allowed = [](char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (!first && (c == '_' || c == '-'));
  };
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (!allowed(id[i], i == 0)) return false;
  }
  return true;
}

// A request header's trimmed value, "" when absent.
std::string_view HeaderOf(const transport::HttpRequest& request, const std::string& name) {
  auto it = request.headers.find(name);
  return it == request.headers.end() ? std::string_view() : platform::TrimAsciiSpace(it->second);
}

OpenAiError UnknownAgent(std::string_view id) {
  return OpenAiError::Invalid("Unknown agent '" + std::string(id) + "'.");
}

std::expected<std::string, OpenAiError> ConfiguredAgent(const proto::OpenClawConfig& config,
                                                        std::string_view id) {
  const auto ids = domain::agents::ConfiguredAgentIds(config);
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) return std::unexpected(UnknownAgent(id));
  return std::string(id);
}

}  // namespace

std::optional<std::string> AgentOfModelName(std::string_view model) {
  const std::string name = platform::AsciiLower(platform::TrimAsciiSpace(model));
  if (name == "openclaw" || name == "openclaw/default") return std::string();
  std::string_view id;
  for (std::string_view prefix : {"openclaw/", "openclaw:", "agent:"}) {
    if (name.starts_with(prefix)) id = std::string_view(name).substr(prefix.size());
  }
  if (!IsAgentId(id)) return std::nullopt;
  return std::string(id);
}

std::expected<std::string, OpenAiError> SelectAgent(const proto::OpenClawConfig& config,
                                                    const transport::HttpRequest& request,
                                                    const nlohmann::json* model) {
  std::optional<std::string> from_model;
  if (model && !model->is_null()) {
    if (!model->is_string())
      return std::unexpected(OpenAiError::Invalid(std::string(kInvalidModel)));
    from_model = AgentOfModelName(model->get<std::string>());
    if (!from_model) return std::unexpected(OpenAiError::Invalid(std::string(kInvalidModel)));
  }
  std::string_view header = HeaderOf(request, "x-openclaw-agent-id");
  if (header.empty()) header = HeaderOf(request, "x-openclaw-agent");
  if (!header.empty()) {
    const std::string id = platform::AsciiLower(header);
    if (!IsAgentId(id)) return std::unexpected(UnknownAgent(header));
    return ConfiguredAgent(config, id);
  }
  if (from_model && !from_model->empty()) return ConfiguredAgent(config, *from_model);
  return domain::agents::DefaultAgentId(config);
}

std::expected<AgentTarget, transport::HttpResponse> ResolveTarget(
    const proto::OpenClawConfig& config, const transport::HttpRequest& request,
    const TargetQuery& query) {
  auto refuse = [](const OpenAiError& error) { return std::unexpected(ErrorResponse(error)); };
  auto agent = SelectAgent(config, request, query.model);
  if (!agent) return refuse(agent.error());
  AgentTarget target;
  target.agent_id = std::move(*agent);

  const std::string_view explicit_key = HeaderOf(request, "x-openclaw-session-key");
  if (!explicit_key.empty()) {
    if (sessions::IsReservedNamespace(platform::AsciiLower(explicit_key))) {
      return refuse(OpenAiError::Invalid(
          "`x-openclaw-session-key` cannot use reserved internal session namespaces."));
    }
    auto key = sessions::ScopeRequestKey(explicit_key, target.agent_id);
    if (!key) return refuse(OpenAiError::Invalid("Invalid `x-openclaw-session-key`."));
    target.session_key = std::move(*key);
    // A key of another agent belongs to that agent's sessions.
    if (auto parsed = sessions::ParseAgentKey(target.session_key)) {
      target.agent_id = parsed->agent_id;
    }
  } else {
    std::optional<std::string_view> user;
    if (query.user) user = *query.user;
    target.session_key =
        sessions::OpenAiHttpSessionKey(query.surface, target.agent_id, user, NewUuid());
  }

  const std::string_view model = HeaderOf(request, "x-openclaw-model");
  if (!model.empty()) {
    if (!HttpScopes(query.auth_mode, request).Grants(proto::Scope::kOperatorAdmin)) {
      return std::unexpected(MissingScopeResponse(proto::Scope::kOperatorAdmin));
    }
    auto ref = domain::agents::ResolveModelRef(config, model);
    if (!ref) return refuse(OpenAiError::Invalid("Invalid `x-openclaw-model`."));
    if (!domain::agents::ModelAllowed(config, target.agent_id, *ref)) {
      return refuse(OpenAiError::Invalid("Model '" + *ref + "' is not allowed for agent '" +
                                         target.agent_id + "'."));
    }
    target.model_override = std::move(*ref);
  }
  return target;
}

}  // namespace gateway::http::openai
