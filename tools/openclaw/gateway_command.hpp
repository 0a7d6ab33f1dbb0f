#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw gateway` (≡ `gateway run`): run the gateway in the foreground (spec/cli.md §2).
// Returns the `gateway` command so that other commands can add subcommands to it.
CLI::App& AddGatewayCommand(CLI::App& app, Action& action);

}  // namespace gateway::cli
