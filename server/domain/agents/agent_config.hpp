// What the typed config says about agents (config.md `agents.*`, `models`): the default agent,
// each agent's model and fallbacks with aliases resolved, workspace, identity and run limits.
// Pure functions over proto::OpenClawConfig; the one place these rules live.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"
#include "server/domain/sessions/reset_policy.hpp"
#include "server/providers/model_types.hpp"

namespace gateway::domain::agents {

// The model used when nothing is configured (config.md §6 `models`).
inline constexpr std::string_view kDefaultModelRef = "openai/gpt-6-astra";
// The default turn budget: agents.defaults.timeoutSeconds (48 h).
inline constexpr std::chrono::seconds kDefaultRunTimeout{172800};

// agents.entries.<id> (or the legacy agents.list item); null when not configured.
const proto::AgentEntryConfig* AgentEntry(const proto::OpenClawConfig& config,
                                          std::string_view agent_id);
// The default agent: the entry marked `default: true`, else `main`.
std::string DefaultAgentId(const proto::OpenClawConfig& config);
// Every configured agent id (entries, the legacy list, and the default agent), sorted.
std::vector<std::string> ConfiguredAgentIds(const proto::OpenClawConfig& config);

// The agent's configured model as written ("provider/model" or an alias), from its entry or
// agents.defaults; nullopt when none is configured.
std::optional<std::string> ConfiguredModel(const proto::OpenClawConfig& config,
                                           std::string_view agent_id);

// A model the user wrote ("provider/model", an alias of agents.defaults.models, a built-in alias
// whose target is listed there without an alias, or a bare id that exactly one configured
// provider lists) as "provider/model"; nullopt when it names nothing.
std::optional<std::string> ResolveModelRef(const proto::OpenClawConfig& config,
                                           std::string_view text);

// Whether an override may choose `ref` ("provider/model") for the agent: always without
// agents.defaults.modelPolicy.allow; with it, only the refs listed there and the agent's own
// primary and fallbacks.
bool ModelAllowed(const proto::OpenClawConfig& config, std::string_view agent_id,
                  std::string_view ref);

// The alias configured for a "provider/model" ref, if any.
std::optional<std::string> AliasOf(const proto::OpenClawConfig& config, std::string_view ref);

struct ModelChoice {
  std::string primary;  // "provider/model"
  // nullopt: no fallbacks configured; [] configured as none.
  std::optional<std::vector<std::string>> fallbacks;
};
// The agent's model and fallbacks, aliases resolved; the built-in default when none is set.
ModelChoice ModelFor(const proto::OpenClawConfig& config, std::string_view agent_id);

// The agent's workspace: its entry's `workspace`, else `default_workspace` for the default agent
// and `<default_workspace>-<id>` for the others (`~` expanded against `home`).
std::filesystem::path WorkspaceOf(const proto::OpenClawConfig& config, std::string_view agent_id,
                                  const std::filesystem::path& default_workspace,
                                  const std::filesystem::path& home);

struct AgentIdentity {
  std::optional<std::string> name, emoji, avatar, theme;
};
AgentIdentity IdentityOf(const proto::OpenClawConfig& config, std::string_view agent_id);

// agents.defaults.timeoutSeconds (0 = no limit → zero duration).
std::chrono::milliseconds RunTimeout(const proto::OpenClawConfig& config);
// agents.defaults.maxConcurrent, default max(8, 4 × CPUs).
int MaxConcurrentRuns(const proto::OpenClawConfig& config);
// agents.defaults.thinkingDefault, when it names a level.
std::optional<providers::ThinkingLevel> ThinkingDefault(const proto::OpenClawConfig& config);
// "off", "minimal", "low", "medium", "high" (and "xhigh" → high); nullopt otherwise.
std::optional<providers::ThinkingLevel> ParseThinkingLevel(std::string_view text);

// session.reset / resetByType / resetByChannel as the reset policy reads them.
sessions::ResetConfig ResetConfigOf(const proto::OpenClawConfig& config);

}  // namespace gateway::domain::agents
