#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw health`, `openclaw status`, `openclaw logs` and `openclaw gateway call|health`.
void AddQueryCommands(CLI::App& app, CLI::App& gateway, Action& action);

}  // namespace gateway::cli
