// Watches a few files for changes with inotify, by their directories, so editors that write a new
// file and rename it over the old one (and symlinked files, by the link and its target) are seen.
// Non-blocking: the owner polls. Linux only.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace gateway::platform {

class FileWatcher {
 public:
  // Files that do not exist yet are watched too (their directory must exist).
  explicit FileWatcher(const std::vector<std::filesystem::path>& files);
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  // Whether any watched file was written, created, replaced, removed or had its attributes
  // changed since the last call. Never blocks.
  bool Changed();
  bool active() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
  // (watch descriptor, file name) pairs that matter.
  std::set<std::pair<int, std::string>> names_;
};

}  // namespace gateway::platform
