#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw approvals` (alias `exec-approvals`, spec/cli.md §3): the exec approvals document of a
// running gateway (get, set, allowlist add|remove) and its pending exec approvals (pending,
// resolve <id> <decision>), and `import` (approvals_import_command.hpp). Everything but import
// goes through the gateway; this gateway keeps the document in its own file, so there is no local
// (--gateway-less) variant that writes the reference's database.
void AddApprovalsCommands(CLI::App& app, Action& action);

}  // namespace gateway::cli
