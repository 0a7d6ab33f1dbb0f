#pragma once

#include <CLI/CLI.hpp>
#include <functional>

#include "tools/openclaw/cli_context.hpp"

namespace gateway::cli {

using Action = std::function<int(CliContext&)>;

// `openclaw setup` and its alias `openclaw onboard --non-interactive`.
void AddSetupCommands(CLI::App& app, Action& action);

}  // namespace gateway::cli
