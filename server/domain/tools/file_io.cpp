#include "server/domain/tools/file_io.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include "server/domain/tools/tool.hpp"

namespace gateway::domain::tools {
namespace {

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

[[noreturn]] void Fail(const std::string& what, const std::filesystem::path& path, int error) {
  throw ToolFailure(what + " " + path.string() + ": " + std::strerror(error));
}

}  // namespace

std::optional<std::string> ReadWholeFile(const std::filesystem::path& path, bool no_follow) {
  int flags = O_RDONLY | O_CLOEXEC;
  if (no_follow) flags |= O_NOFOLLOW;
  Fd fd(::open(path.c_str(), flags));
  if (fd.get() < 0) {
    if (errno == ENOENT) return std::nullopt;
    Fail("Cannot read", path, errno);
  }
  std::string data;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      Fail("Cannot read", path, errno);
    }
    if (n == 0) break;
    data.append(buffer, static_cast<std::size_t>(n));
  }
  return data;
}

void WriteWholeFile(const std::filesystem::path& path, const std::string& content, bool no_follow) {
  std::error_code error;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), error);
  if (error) Fail("Cannot create the directory of", path, error.value());
  int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  if (no_follow) flags |= O_NOFOLLOW;
  Fd fd(::open(path.c_str(), flags, 0644));
  if (fd.get() < 0) Fail("Cannot write", path, errno);
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd.get(), content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      Fail("Cannot write", path, errno);
    }
    written += static_cast<std::size_t>(n);
  }
}

void RemoveFile(const std::filesystem::path& path) {
  if (::unlink(path.c_str()) != 0) Fail("Cannot delete", path, errno);
}

}  // namespace gateway::domain::tools
