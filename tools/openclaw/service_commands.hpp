#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw gateway status|probe|install|uninstall|start|stop|restart` (spec/cli.md §3, §5).
void AddServiceCommands(CLI::App& gateway, Action& action);

}  // namespace gateway::cli
