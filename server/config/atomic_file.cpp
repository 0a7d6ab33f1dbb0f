#include "server/config/atomic_file.hpp"

#include <fcntl.h>
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

void CopyToBackup(const fs::path& target, mode_t mode) {
  std::error_code ec;
  if (!fs::exists(target, ec)) return;
  fs::path backup = target;
  backup += ".bak";
  fs::path temp = backup;
  temp += ".tmp";
  fs::copy_file(target, temp, fs::copy_options::overwrite_existing, ec);
  if (ec) throw std::system_error(ec, "cannot back up " + target.string());
  ::chmod(temp.c_str(), mode);
  fs::rename(temp, backup, ec);
  if (ec) throw std::system_error(ec, "cannot back up " + target.string());
}

// Temp files left by a writer that died before its rename: never the target, safe to remove.
// A recent one may belong to a writer still at work (two `config set` at once), so only those
// older than any write takes are removed.
void RemoveStaleTemps(const fs::path& dir, const fs::path& target) {
  constexpr auto kAbandonedAfter = std::chrono::minutes(10);
  std::string prefix = "." + target.filename().string() + ".tmp-";
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

void AtomicWriteFile(const fs::path& target, std::string_view content, const AtomicWriteOptions& options) {
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  struct stat existing {};
  mode_t mode = static_cast<mode_t>(options.mode_if_new);
  if (::stat(target.c_str(), &existing) == 0) mode = existing.st_mode & 07777;
  RemoveStaleTemps(dir, target);
  if (options.keep_backup) CopyToBackup(target, mode);

  std::string temp_template = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(temp_template.data());
  if (fd < 0) Fail("cannot create a temporary file in " + dir.string());
  fs::path temp(temp_template);
  try {
    if (::fchmod(fd, mode) != 0) Fail("cannot set the mode of " + temp.string());
    WriteAll(fd, content, temp);
    if (::fsync(fd) != 0) Fail("cannot sync " + temp.string());
    if (::close(fd) != 0) {
      fd = -1;
      Fail("cannot close " + temp.string());
    }
    fd = -1;
    if (options.before_rename) options.before_rename(temp);
    if (::rename(temp.c_str(), target.c_str()) != 0) Fail("cannot replace " + target.string());
  } catch (...) {
    if (fd >= 0) ::close(fd);
    ::unlink(temp.c_str());
    throw;
  }
  FsyncDirectory(dir);
}

}  // namespace gateway::config
