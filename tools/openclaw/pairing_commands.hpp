#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw pairing list [channel]` and `openclaw pairing approve [channel] <code>` (spec/cli.md
// §4): channel DM pairing on the channels' store directly, gateway running or not.
void AddPairingCommands(CLI::App& app, Action& action);

}  // namespace gateway::cli
