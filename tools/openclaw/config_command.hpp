#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw config get|set|unset|file|validate`.
void AddConfigCommands(CLI::App& app, Action& action);

}  // namespace gateway::cli
