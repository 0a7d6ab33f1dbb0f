// Crash-safe file replacement: write a temporary file beside the target, fsync it, rename it over
// the target, fsync the directory. A crash at any point leaves either the old or the new file.
// Writers that read, edit and write the same file serialize on a FileLock and pass what they read
// as `expected`, so that no acknowledged write is silently overwritten.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gateway::config {

// A file's bytes as a reader saw them; nullopt when the file did not exist.
using FileSnapshot = std::optional<std::string>;

// Throws std::system_error for any failure other than the file not existing.
FileSnapshot ReadSnapshot(const std::filesystem::path& file);

// The target no longer holds what AtomicWriteOptions::expected says it held.
class ConcurrentModification : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct AtomicWriteOptions {
  // Mode for a new file; an existing file keeps its mode.
  unsigned mode_if_new = 0600;
  // Copy the previous version to "<target>.bak" first (one backup kept).
  bool keep_backup = false;
  // When set, the target is replaced only if it still matches this snapshot right before the
  // rename; otherwise ConcurrentModification is thrown and nothing changes.
  std::optional<FileSnapshot> expected;
  // Runs after the temporary file is durable and before the rename (tests use it to die there).
  std::function<void(const std::filesystem::path& temp)> before_rename;
};

// Throws std::system_error on failure (ConcurrentModification when `expected` does not match);
// the target is then unchanged and no temp file remains.
void AtomicWriteFile(const std::filesystem::path& target, std::string_view content,
                     const AtomicWriteOptions& options = {});

// An exclusive flock(2) on `lock_file` (created 0600 when missing, never removed: removing it
// would let two writers lock two different files), held until destruction. Blocks until free.
class FileLock {
 public:
  explicit FileLock(const std::filesystem::path& lock_file);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace gateway::config
