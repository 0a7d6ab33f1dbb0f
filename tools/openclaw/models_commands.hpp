#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw models list` (the gateway's catalog, models.list) and `openclaw models status` (which
// providers have a credential, from the local config and environment; --probe sends each one a
// one-token request).
void AddModelsCommands(CLI::App& app, Action& action);

}  // namespace gateway::cli
