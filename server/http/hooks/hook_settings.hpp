// hooks.* as the hook routes use it (http.md §7, config.md `hooks`): served only when
// hooks.enabled is true and the resolved hooks.token is non-empty, under hooks.path (default
// /hooks), with the agent and session policies and the named mappings.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"

namespace gateway::http::hooks {

inline constexpr std::string_view kDefaultBasePath = "/hooks";
// Request bodies of every hook route (http.md §7).
inline constexpr std::size_t kMaxHookBody = 256 * 1024;

struct HookSettings {
  std::string token;      // never logged
  std::string base_path;  // "/hooks": starts with '/', no trailing '/'
  // Normalized agent ids a request may target; nullopt: any configured agent; "*" in the
  // configured list also allows any.
  std::optional<std::vector<std::string>> allowed_agent_ids;
  std::optional<std::string> default_session_key;
  bool allow_request_session_key = false;
  std::vector<std::string> allowed_session_key_prefixes;  // lower-cased; empty: no restriction
  std::vector<proto::HookMappingConfig> mappings;
};

// hooks.path normalized (default /hooks, no trailing '/'); an error when it cannot be served.
std::expected<std::string, std::string> HookBasePath(const proto::OpenClawConfig& config);

// nullopt when hooks are off (not enabled, or enabled without a token: `problem`, if given, then
// says why for the log). `token` is hooks.token already resolved (SecretRef, ${VAR}). An unusable
// hooks.path is an error.
std::expected<std::optional<HookSettings>, std::string> HookSettingsOf(
    const proto::OpenClawConfig& config, const std::optional<std::string>& token,
    std::string* problem = nullptr);

}  // namespace gateway::http::hooks
