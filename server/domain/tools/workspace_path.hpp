// Path resolution of the file tools (methods.md §12.1): `~` and file:// expanded, relative paths
// against the working root, and — when confined — the real path (symlinks resolved, `..`
// collapsed) must lie inside the workspace root, else `Path escapes sandbox root (<root>): <path>`.
#pragma once

#include <filesystem>
#include <string>

namespace gateway::domain::tools {

struct PathRequest {
  std::string raw;                  // as the model wrote it
  std::filesystem::path workspace;  // the working root
  std::filesystem::path home;       // for `~`
  bool confined = false;
};

// The absolute path to operate on: when confined, the fully resolved real path (so later opens
// cannot be redirected by a symlink the check saw); otherwise the lexically normalized one.
// Throws ToolFailure with the spec's escape text.
std::filesystem::path ResolveToolPath(const PathRequest& request);

}  // namespace gateway::domain::tools
