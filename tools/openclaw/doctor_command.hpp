#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw doctor [--fix]`: checks config, auth, port, state permissions, log dir and the
// service unit; --fix repairs what it safely can and says what it did.
void AddDoctorCommand(CLI::App& app, Action& action);

}  // namespace gateway::cli
