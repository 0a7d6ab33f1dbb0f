#include "server/config/atomic_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <string>
#include <system_error>

namespace gateway::config {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void Fail(const std::string& what) {
  throw std::system_error(errno, std::generic_category(), what);
}

void WriteAll(int fd, std::string_view content, const fs::path& path) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      Fail("cannot write " + path.string());
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
}

void FsyncDirectory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // best effort: some filesystems refuse directory fds
  ::fsync(fd);
  ::close(fd);
}

// Every temp file of `target` starts with this, so stale ones can be found.
std::string TempPrefix(const fs::path& target) {
  // Appended, not `"." + string&&`: GCC 12 -O2 reports a false -Wrestrict there (bug 105651).
  std::string prefix = ".";
  prefix += target.filename().string();
  prefix += ".tmp-";
  return prefix;
}

// A durable temp file in `dir` holding `content`, with a name no other writer uses ("bak-" in
// `kind` marks a backup's). On failure it is removed before the exception leaves.
fs::path WriteTemp(const fs::path& dir, const fs::path& target, std::string_view kind,
                   std::string_view content, mode_t mode) {
  std::string name = (dir / (TempPrefix(target) + std::string(kind) + "XXXXXX")).string();
  int fd = ::mkstemp(name.data());
  if (fd < 0) Fail("cannot create a temporary file in " + dir.string());
  fs::path temp(name);
  try {
    if (::fchmod(fd, mode) != 0) Fail("cannot set the mode of " + temp.string());
    WriteAll(fd, content, temp);
    if (::fsync(fd) != 0) Fail("cannot sync " + temp.string());
    int closed = ::close(fd);
    fd = -1;
    if (closed != 0) Fail("cannot close " + temp.string());
  } catch (...) {
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    throw;
  }
  return temp;
}

void RenameOrRemove(const fs::path& temp, const fs::path& target) {
  if (::rename(temp.c_str(), target.c_str()) == 0) return;
  int error = errno;
  ::unlink(temp.c_str());
  throw std::system_error(error, std::generic_category(), "cannot replace " + target.string());
}

// `previous` is the target's content; nothing to back up when it did not exist.
void WriteBackup(const fs::path& dir, const fs::path& target, const FileSnapshot& previous,
                 mode_t mode) {
  if (!previous) return;
  fs::path backup = target;
  backup += ".bak";
  try {
    RenameOrRemove(WriteTemp(dir, target, "bak-", *previous, mode), backup);
  } catch (const std::system_error& e) {
    throw std::system_error(e.code(), "cannot back up " + target.string());
  }
}

// Temp files left by a writer that died before its rename: never the target, safe to remove.
// A recent one may belong to a writer still at work (two `config set` at once), so only those
// older than any write takes are removed.
void RemoveStaleTemps(const fs::path& dir, const fs::path& target) {
  constexpr auto kAbandonedAfter = std::chrono::minutes(10);
  std::string prefix = TempPrefix(target);
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().filename().string().rfind(prefix, 0) != 0) continue;
    std::error_code time_ec;
    const auto written = fs::last_write_time(entry.path(), time_ec);
    if (!time_ec && now - written > kAbandonedAfter) fs::remove(entry.path(), ec);
  }
}

}  // namespace

FileSnapshot ReadSnapshot(const fs::path& file) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return std::nullopt;
    Fail("cannot read " + file.string());
  }
  std::string content;
  char buffer[8192];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      int error = errno;
      ::close(fd);
      throw std::system_error(error, std::generic_category(), "cannot read " + file.string());
    }
    content.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return content;
}

void AtomicWriteFile(const fs::path& target, std::string_view content,
                     const AtomicWriteOptions& options) {
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  struct stat existing {};
  mode_t mode = static_cast<mode_t>(options.mode_if_new);
  if (::stat(target.c_str(), &existing) == 0) mode = existing.st_mode & 07777;
  RemoveStaleTemps(dir, target);

  fs::path temp = WriteTemp(dir, target, "", content, mode);
  try {
    if (options.before_rename) options.before_rename(temp);
    FileSnapshot previous =
        (options.expected || options.keep_backup) ? ReadSnapshot(target) : FileSnapshot{};
    if (options.expected && previous != *options.expected) {
      throw ConcurrentModification(target.string() + " changed on disk while it was being edited");
    }
    if (options.keep_backup) WriteBackup(dir, target, previous, mode);
  } catch (...) {
    ::unlink(temp.c_str());
    throw;
  }
  RenameOrRemove(temp, target);
  FsyncDirectory(dir);
}

FileLock::FileLock(const fs::path& lock_file) {
  fd_ = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd_ < 0) Fail("cannot open the lock file " + lock_file.string());
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    int error = errno;
    ::close(fd_);
    throw std::system_error(error, std::generic_category(), "cannot lock " + lock_file.string());
  }
}

FileLock::~FileLock() { ::close(fd_); }  // closing the last descriptor releases the lock

}  // namespace gateway::config
