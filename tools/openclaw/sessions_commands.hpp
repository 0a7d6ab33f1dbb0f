#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw sessions [list]` (reads the session store directly, as the reference CLI does) and
// `openclaw sessions compact|archive|delete` (through the running gateway).
void AddSessionsCommands(CLI::App& app, Action& action);

}  // namespace gateway::cli
