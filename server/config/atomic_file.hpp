// Crash-safe file replacement: write a temporary file beside the target, fsync it, rename it over
// the target, fsync the directory. A crash at any point leaves either the old or the new file.
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>

namespace gateway::config {

struct AtomicWriteOptions {
  // Mode for a new file; an existing file keeps its mode.
  unsigned mode_if_new = 0600;
  // Copy the previous version to "<target>.bak" first (one backup kept).
  bool keep_backup = false;
  // Runs after the temporary file is durable and before the rename (tests use it to die there).
  std::function<void(const std::filesystem::path& temp)> before_rename;
};

// Throws std::system_error on failure; the target is then unchanged and no temp file remains.
void AtomicWriteFile(const std::filesystem::path& target, std::string_view content,
                     const AtomicWriteOptions& options = {});

}  // namespace gateway::config
