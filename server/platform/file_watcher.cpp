#include "server/platform/file_watcher.hpp"

#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstring>

namespace gateway::platform {
namespace {

constexpr std::uint32_t kEvents =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_MODIFY;

}  // namespace

FileWatcher::FileWatcher(const std::vector<std::filesystem::path>& files) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) return;
  auto watch = [this](const std::filesystem::path& file) {
    const auto dir = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
    const int wd = inotify_add_watch(fd_, dir.c_str(), kEvents);
    if (wd >= 0) names_.emplace(wd, file.filename().string());
  };
  for (const auto& file : files) {
    watch(file);
    std::error_code error;
    if (std::filesystem::is_symlink(file, error)) {
      auto target = std::filesystem::read_symlink(file, error);
      if (!error) watch(target.is_absolute() ? target : file.parent_path() / target);
    }
  }
}

FileWatcher::~FileWatcher() {
  if (fd_ >= 0) close(fd_);
}

bool FileWatcher::Changed() {
  if (fd_ < 0) return false;
  bool changed = false;
  alignas(inotify_event) std::array<char, 8192> buffer;
  while (true) {
    const ssize_t n = read(fd_, buffer.data(), buffer.size());
    if (n <= 0) break;
    for (ssize_t at = 0; at < n;) {
      inotify_event event;
      std::memcpy(&event, buffer.data() + at, sizeof event);
      const std::string name =
          event.len > 0 ? std::string(buffer.data() + at + sizeof event) : std::string();
      if (names_.contains({event.wd, name})) changed = true;
      at += static_cast<ssize_t>(sizeof event + event.len);
    }
  }
  return changed;
}

}  // namespace gateway::platform
