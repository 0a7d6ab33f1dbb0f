// The agent workspace's bootstrap files (AGENTS.md, SOUL.md, IDENTITY.md, USER.md, TOOLS.md): the
// system prompt is built from them, in this order; `openclaw setup` creates the missing ones with
// short defaults the user is meant to edit.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::config {

struct WorkspaceFile {
  std::string_view name;
  std::string_view default_text;
};

const std::array<WorkspaceFile, 5>& WorkspaceFiles();

// Creates the workspace directory and every bootstrap file that does not exist yet (never
// overwriting one). Returns the names of the files created.
std::vector<std::string> CreateWorkspaceFiles(const std::filesystem::path& workspace);

}  // namespace gateway::config
