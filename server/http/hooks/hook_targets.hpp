// Which agent and session a hook request runs in (http.md §7, methods.md §5.1):
// hooks.allowedAgentIds, hooks.allowRequestSessionKey, hooks.allowedSessionKeyPrefixes,
// hooks.defaultSessionKey, else a fresh hook:<uuid>. Keys are scoped to the agent (hook:x →
// agent:<a>:hook:x).
#pragma once

#include <expected>
#include <optional>
#include <string>

#include "gateway/proto/config_openclaw.hpp"
#include "server/http/hooks/hook_settings.hpp"

namespace gateway::http::hooks {

struct HookTarget {
  std::string agent_id;
  std::string session_key;  // canonical
};

// Where a session key came from: the request body (needs hooks.allowRequestSessionKey) or the
// operator's config (a mapping's sessionKey).
enum class KeySource { kRequest, kConfig };

struct TargetQuery {
  std::optional<std::string> agent_id;
  std::optional<std::string> session_key;
  KeySource key_source = KeySource::kRequest;
};

// /hooks/agent: the requested key, else hooks.defaultSessionKey, else hook:<fresh_id>. Errors are
// the 400 messages.
std::expected<HookTarget, std::string> AgentHookTarget(const proto::OpenClawConfig& config,
                                                       const HookSettings& settings,
                                                       const TargetQuery& query,
                                                       std::string_view fresh_id);
// /hooks/wake: the requested key, else the agent's main session.
std::expected<HookTarget, std::string> WakeHookTarget(const proto::OpenClawConfig& config,
                                                      const HookSettings& settings,
                                                      const TargetQuery& query);

}  // namespace gateway::http::hooks
