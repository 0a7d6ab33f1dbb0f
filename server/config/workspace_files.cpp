#include "server/config/workspace_files.hpp"

#include <fstream>

namespace gateway::config {

const std::array<WorkspaceFile, 5>& WorkspaceFiles() {
  static const std::array<WorkspaceFile, 5> kFiles{{
      {"AGENTS.md",
       "# AGENTS.md\n\nHow you work in this workspace. Be helpful, direct and honest; say when you "
       "are unsure. Ask before doing anything that cannot be undone.\n"},
      {"SOUL.md",
       "# SOUL.md\n\nYour personality and tone. Friendly, concise, curious. Prefer short answers "
       "unless asked for detail.\n"},
      {"IDENTITY.md", "# IDENTITY.md\n\n- **Name:** Assistant\n- **Emoji:** 🦞\n"},
      {"USER.md",
       "# USER.md\n\nWhat you know about the person you help (name, time zone, preferences). "
       "Fill this in.\n"},
      {"TOOLS.md", "# TOOLS.md\n\nNotes about the tools and services available to you.\n"},
  }};
  return kFiles;
}

std::vector<std::string> CreateWorkspaceFiles(const std::filesystem::path& workspace) {
  std::vector<std::string> created;
  std::error_code ec;
  std::filesystem::create_directories(workspace, ec);
  for (const auto& file : WorkspaceFiles()) {
    const auto path = workspace / std::string(file.name);
    if (std::filesystem::exists(path, ec)) continue;
    std::ofstream out(path, std::ios::binary);
    out << file.default_text;
    if (out) created.emplace_back(file.name);
  }
  return created;
}

}  // namespace gateway::config
