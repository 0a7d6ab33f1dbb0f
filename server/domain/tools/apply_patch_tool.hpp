// apply_patch (methods.md §12.1): applies a patch envelope to workspace files; confined unless
// tools.exec.applyPatch.workspaceOnly is false (and tools.fs.workspaceOnly is not set).
#pragma once

#include <memory>

#include "server/domain/tools/tool.hpp"

namespace gateway::domain::tools {

std::unique_ptr<Tool> MakeApplyPatchTool();

}  // namespace gateway::domain::tools
