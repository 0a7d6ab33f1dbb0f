#include "server/http/hooks/hook_settings.hpp"

#include "server/domain/sessions/session_key.hpp"
#include "server/platform/text.hpp"

namespace gateway::http::hooks {

std::expected<std::string, std::string> HookBasePath(const proto::OpenClawConfig& config) {
  const std::optional<std::string> configured = config.hooks ? config.hooks->path : std::nullopt;
  std::string path(platform::TrimAsciiSpace(configured.value_or(std::string(kDefaultBasePath))));
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  if (path.empty() || path.front() != '/' || path == "/" || path.find_first_of("?#") != path.npos)
    return std::unexpected("hooks.path must be an absolute path other than \"/\" (got \"" +
                           configured.value_or("") + "\")");
  return path;
}

std::expected<std::optional<HookSettings>, std::string> HookSettingsOf(
    const proto::OpenClawConfig& config, const std::optional<std::string>& token,
    std::string* problem) {
  if (!config.hooks || !config.hooks->enabled.value_or(false)) return std::nullopt;
  const auto& hooks = *config.hooks;
  if (!token || platform::TrimAsciiSpace(*token).empty()) {
    if (problem) *problem = "hooks.enabled is true but hooks.token is empty: hooks are off";
    return std::nullopt;
  }
  HookSettings settings;
  settings.token = *token;

  auto path = HookBasePath(config);
  if (!path) return std::unexpected(path.error());
  settings.base_path = std::move(*path);

  if (hooks.allowed_agent_ids) {
    settings.allowed_agent_ids.emplace();
    for (const auto& id : *hooks.allowed_agent_ids) {
      const auto trimmed = platform::TrimAsciiSpace(id);
      if (trimmed.empty()) continue;
      settings.allowed_agent_ids->push_back(
          trimmed == "*" ? std::string("*") : domain::sessions::NormalizeAgentId(trimmed));
    }
  }
  if (hooks.default_session_key) {
    const auto trimmed = platform::TrimAsciiSpace(*hooks.default_session_key);
    if (!trimmed.empty()) settings.default_session_key = std::string(trimmed);
  }
  settings.allow_request_session_key = hooks.allow_request_session_key.value_or(false);
  if (hooks.allowed_session_key_prefixes) {
    for (const auto& prefix : *hooks.allowed_session_key_prefixes) {
      const auto lowered = domain::sessions::LowerTrim(prefix);
      if (!lowered.empty()) settings.allowed_session_key_prefixes.push_back(lowered);
    }
  }
  if (hooks.mappings) settings.mappings = *hooks.mappings;
  return settings;
}

}  // namespace gateway::http::hooks
