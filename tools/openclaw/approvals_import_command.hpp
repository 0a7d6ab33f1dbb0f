#pragma once

#include <CLI/CLI.hpp>

#include "tools/openclaw/setup_command.hpp"

namespace gateway::cli {

// `openclaw approvals import [--from <state dir>] [--dry-run] [--replace] [--json]`: the reference
// gateway's exec approvals document (its state database row, else its legacy file) merged into
// ours, or replacing it with --replace. Through the running gateway (exec.approvals.get/set) when
// one answers, since it serves the document from memory; otherwise into our file directly.
void AddApprovalsImportCommand(CLI::App& approvals, Action& action);

}  // namespace gateway::cli
