// The workspace file tools of methods.md §12.1: read, write, edit, ls. Each is a Tool whose
// texts are the spec's; paths resolve through ResolveToolPath (confined when
// tools.fs.workspaceOnly says so).
#pragma once

#include <memory>

#include "server/domain/tools/tool.hpp"

namespace gateway::domain::tools {

std::unique_ptr<Tool> MakeReadTool();
std::unique_ptr<Tool> MakeWriteTool();
std::unique_ptr<Tool> MakeEditTool();
std::unique_ptr<Tool> MakeLsTool();

// File text as the tools see it: a UTF-8 BOM stripped, CRLF turned into LF.
std::string NormalizeText(std::string text);

}  // namespace gateway::domain::tools
