#include "server/http/hooks/hook_targets.hpp"

#include <algorithm>

#include "server/domain/agents/agent_config.hpp"
#include "server/domain/sessions/session_key.hpp"

namespace gateway::http::hooks {
namespace {

namespace sessions = domain::sessions;

constexpr std::string_view kKeyDisabled =
    "sessionKey is disabled for externally supplied hooks payloads. Set "
    "hooks.allowRequestSessionKey=true to enable it.";
constexpr std::string_view kAgentNotAllowed = "agentId is not allowed by hooks.allowedAgentIds";

bool AgentAllowed(const HookSettings& settings, const std::string& agent_id) {
  if (!settings.allowed_agent_ids) return true;
  const auto& allowed = *settings.allowed_agent_ids;
  return std::find(allowed.begin(), allowed.end(), "*") != allowed.end() ||
         std::find(allowed.begin(), allowed.end(), agent_id) != allowed.end();
}

bool Configured(const proto::OpenClawConfig& config, const std::string& agent_id) {
  const auto ids = domain::agents::ConfiguredAgentIds(config);
  return std::find(ids.begin(), ids.end(), agent_id) != ids.end();
}

// The key as written (lower-cased) and, for agent:<a>:<rest> keys, the rest: either may carry
// an allowed prefix.
bool PrefixAllowed(const HookSettings& settings, std::string_view key) {
  if (settings.allowed_session_key_prefixes.empty()) return true;
  const std::string lowered = sessions::LowerTrim(key);
  const auto parsed = sessions::ParseAgentKey(lowered);
  for (const auto& prefix : settings.allowed_session_key_prefixes) {
    if (lowered.starts_with(prefix)) return true;
    if (parsed && parsed->rest.starts_with(prefix)) return true;
  }
  return false;
}

std::string PrefixError(const HookSettings& settings) {
  std::string joined;
  for (const auto& prefix : settings.allowed_session_key_prefixes) {
    if (!joined.empty()) joined += ", ";
    joined += prefix;
  }
  return "sessionKey must start with one of: " + joined;
}

// The agent and canonical key for `key` (request or configured), with every policy applied.
std::expected<HookTarget, std::string> Resolve(const proto::OpenClawConfig& config,
                                               const HookSettings& settings,
                                               const std::optional<std::string>& requested_agent,
                                               const std::optional<std::string>& key,
                                               bool check_prefix) {
  HookTarget target;
  // hooks.allowedAgentIds limits the agents a request (or its key) chooses; the default agent
  // serves requests that choose none.
  bool chosen = requested_agent.has_value();
  target.agent_id = requested_agent ? sessions::NormalizeAgentId(*requested_agent)
                                    : domain::agents::DefaultAgentId(config);
  if (key) {
    if (sessions::IsReservedNamespace(sessions::LowerTrim(*key)))
      return std::unexpected("sessionKey cannot use reserved internal session namespaces");
    if (check_prefix && !PrefixAllowed(settings, *key))
      return std::unexpected(PrefixError(settings));
    if (auto parsed = sessions::ParseAgentKey(sessions::LowerTrim(*key))) {
      if (requested_agent && parsed->agent_id != target.agent_id)
        return std::unexpected("sessionKey belongs to agent '" + parsed->agent_id + "', not '" +
                               target.agent_id + "'");
      target.agent_id = parsed->agent_id;
      chosen = true;
    }
    auto scoped = sessions::ScopeRequestKey(*key, target.agent_id);
    if (!scoped) return std::unexpected("invalid sessionKey: " + *key);
    target.session_key = std::move(*scoped);
  }
  if (!Configured(config, target.agent_id))
    return std::unexpected("Unknown agent '" + target.agent_id + "'.");
  if (chosen && !AgentAllowed(settings, target.agent_id))
    return std::unexpected(std::string(kAgentNotAllowed));
  return target;
}

// A request's own key: only with hooks.allowRequestSessionKey (configured keys always).
std::expected<std::optional<std::string>, std::string> RequestedKey(const HookSettings& settings,
                                                                    const TargetQuery& query) {
  if (!query.session_key) return std::nullopt;
  if (query.key_source == KeySource::kRequest && !settings.allow_request_session_key)
    return std::unexpected(std::string(kKeyDisabled));
  return query.session_key;
}

}  // namespace

std::expected<HookTarget, std::string> AgentHookTarget(const proto::OpenClawConfig& config,
                                                       const HookSettings& settings,
                                                       const TargetQuery& query,
                                                       std::string_view fresh_id) {
  auto requested = RequestedKey(settings, query);
  if (!requested) return std::unexpected(requested.error());
  if (*requested) return Resolve(config, settings, query.agent_id, *requested, true);
  if (settings.default_session_key)
    return Resolve(config, settings, query.agent_id, settings.default_session_key, false);
  return Resolve(config, settings, query.agent_id, sessions::HookSessionKey(fresh_id), false);
}

std::expected<HookTarget, std::string> WakeHookTarget(const proto::OpenClawConfig& config,
                                                      const HookSettings& settings,
                                                      const TargetQuery& query) {
  auto requested = RequestedKey(settings, query);
  if (!requested) return std::unexpected(requested.error());
  auto target = Resolve(config, settings, query.agent_id, *requested, true);
  if (target && !*requested) target->session_key = sessions::MainSessionKey(target->agent_id);
  return target;
}

}  // namespace gateway::http::hooks
