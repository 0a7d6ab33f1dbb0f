#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw agent` (one agent turn through the gateway, spec/cli.md §3) and `openclaw chat` (a
// line-mode chat on one session).
void AddAgentCommands(CLI::App& app, Action& action);

}  // namespace gateway::cli
