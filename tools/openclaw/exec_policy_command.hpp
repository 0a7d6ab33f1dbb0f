#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw exec-policy show|preset|set` (spec/cli.md §4): this host's exec policy where it lives
// — tools.exec in openclaw.json and the approvals document's defaults — shown with the effective
// result and set together (presets yolo, cautious, deny-all). Through the running gateway
// (config.patch, exec.approvals.get/set) when one serves the local config, else on the files;
// a failed config write puts the previous approvals defaults back. host=node is refused.
void AddExecPolicyCommands(CLI::App& app, Action& action);

}  // namespace gateway::cli
