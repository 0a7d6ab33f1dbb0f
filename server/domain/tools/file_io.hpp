// Whole-file reads and writes for the file tools. With `no_follow` the last component must not be
// a symlink (O_NOFOLLOW): a confined path was resolved to its real path, so a link appearing
// there afterwards is refused rather than followed.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace gateway::domain::tools {

// nullopt when the file does not exist; throws ToolFailure for other errors.
std::optional<std::string> ReadWholeFile(const std::filesystem::path& path, bool no_follow);
// Creates parent directories, then replaces the file's content. Throws ToolFailure.
void WriteWholeFile(const std::filesystem::path& path, const std::string& content, bool no_follow);
// Removes a file. Throws ToolFailure.
void RemoveFile(const std::filesystem::path& path);

}  // namespace gateway::domain::tools
