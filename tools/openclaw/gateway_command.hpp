#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw gateway` (≡ `gateway run`): run the gateway in the foreground (spec/cli.md §2).
void AddGatewayCommand(CLI::App& app, Action& action);

}  // namespace gateway::cli
