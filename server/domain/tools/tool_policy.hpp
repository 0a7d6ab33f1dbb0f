// The tool policy of config.md §6 `tools`: profiles, groups, aliases, allow/alsoAllow/deny layers
// (global, per provider, per agent, per agent and provider) and the file-tool confinement
// settings, resolved for one run. A tool is offered only when every present layer admits it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"
#include "server/domain/tools/exec/exec_policy.hpp"

namespace gateway::domain::tools {

// Default model calls of one run while tools are being called (tools.maxSteps).
inline constexpr int kDefaultMaxSteps = 25;

// Trimmed, lower-cased, aliases applied (bash → exec, apply-patch → apply_patch, cron →
// automations, update_plan → progress_card).
std::string NormalizeToolName(std::string_view name);
// A profile's allow list (`full` = {"*"}).
const std::vector<std::string>& ProfileTools(proto::ToolProfile profile);
// Members of `group:<id>`; nullopt for an unknown group.
const std::vector<std::string>* GroupTools(std::string_view group);

// One allow/deny layer. `allow` nullopt (or containing "*") admits everything deny leaves.
struct PolicyLayer {
  std::optional<std::vector<std::string>> allow;
  std::vector<std::string> deny;
};
// Deny wins; then allow (absent/empty = all; `apply_patch` is admitted when allow matches `write`).
bool Admits(const PolicyLayer& layer, std::string_view tool);

struct ToolSettings {
  std::vector<std::string> offered;  // the admitted names among those available, in their order
  bool fs_workspace_only = false;    // read/write/edit/ls confined
  bool patch_workspace_only = true;  // apply_patch confined
  int max_steps = kDefaultMaxSteps;
  ExecConfig exec;  // tools.exec for the agent
};

// The policy for a run of `agent_id` on `provider`/`model` over the tools that exist.
ToolSettings ResolveToolSettings(const proto::OpenClawConfig& config, std::string_view agent_id,
                                 std::string_view provider, std::string_view model,
                                 const std::vector<std::string>& available);

}  // namespace gateway::domain::tools
