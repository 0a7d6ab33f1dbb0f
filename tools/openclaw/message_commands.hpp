#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw message send` and `openclaw message poll` (spec/cli.md §3): the `send` and `poll` RPCs
// of a running gateway, each with a fresh idempotency key.
void AddMessageCommands(CLI::App& app, Action& action);

}  // namespace gateway::cli
