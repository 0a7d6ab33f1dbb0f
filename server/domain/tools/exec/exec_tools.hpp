// The `exec` and `process` tools of methods.md §12.1 (shell commands under the exec security and
// ask modes of config.md §6 / methods.md §13; background sessions polled and killed through
// `process`).
#pragma once

#include <memory>

#include "server/domain/tools/tool.hpp"

namespace gateway::domain::tools {

std::unique_ptr<Tool> MakeExecTool();
std::unique_ptr<Tool> MakeProcessTool();

}  // namespace gateway::domain::tools
