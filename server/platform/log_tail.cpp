#include "server/platform/log_tail.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string_view>
#include <system_error>

namespace gateway::platform {
namespace fs = std::filesystem;
namespace {

struct LineView {
  std::int64_t offset;  // within the file
  std::string_view text;
};

class ReadOnlyFile {
 public:
  explicit ReadOnlyFile(int fd) : fd_(fd) {}
  ~ReadOnlyFile() { ::close(fd_); }
  ReadOnlyFile(const ReadOnlyFile&) = delete;
  ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;

  std::int64_t Size(const fs::path& path) const {
    struct stat info {};
    if (::fstat(fd_, &info) != 0) Fail("cannot stat", path);
    return static_cast<std::int64_t>(info.st_size);
  }

  // Fewer bytes than asked when the file shrank meanwhile.
  std::string Read(std::int64_t offset, std::int64_t length, const fs::path& path) const {
    std::string data(static_cast<std::size_t>(length), '\0');
    std::size_t done = 0;
    while (done < data.size()) {
      ssize_t n = ::pread(fd_, data.data() + done, data.size() - done,
                          static_cast<off_t>(offset + static_cast<std::int64_t>(done)));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) Fail("cannot read", path);
      if (n == 0) break;
      done += static_cast<std::size_t>(n);
    }
    data.resize(done);
    return data;
  }

  [[noreturn]] static void Fail(const char* what, const fs::path& path) {
    throw std::system_error(errno, std::generic_category(),
                            std::string(what) + " " + path.string());
  }

 private:
  int fd_;
};

std::vector<LineView> SplitLines(std::string_view text, std::int64_t offset) {
  std::vector<LineView> lines;
  std::size_t start = 0;
  for (std::size_t newline = text.find('\n'); newline != std::string_view::npos;
       newline = text.find('\n', start)) {
    lines.push_back(
        {offset + static_cast<std::int64_t>(start), text.substr(start, newline - start)});
    start = newline + 1;
  }
  return lines;
}

}  // namespace

LogTailResponse TailLogFile(const fs::path& file, const LogTailRequest& request) {
  LogTailResponse response;
  response.file = fs::absolute(file).lexically_normal().string();
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return response;
    ReadOnlyFile::Fail("cannot open", file);
  }
  ReadOnlyFile reader(fd);
  const std::int64_t size = reader.Size(file);
  const std::int64_t limit = std::max<std::int64_t>(1, request.limit);
  const std::int64_t max_bytes = std::max<std::int64_t>(1, request.max_bytes);
  response.size = size;

  // Everything before `floor` has been seen by the caller.
  std::int64_t floor = 0;
  if (request.cursor && *request.cursor > size) {
    response.reset = true;
  } else if (request.cursor) {
    floor = std::max<std::int64_t>(0, *request.cursor);
  }
  const std::int64_t window_start = std::max(floor, size - max_bytes);
  // One byte before a window that cuts into the file tells whether it starts on a line boundary.
  const bool peek = window_start > floor;
  const std::int64_t read_start = peek ? window_start - 1 : window_start;
  const std::string data = reader.Read(read_start, size - read_start, file);

  const std::size_t last_newline = data.rfind('\n');
  if (last_newline == std::string::npos) {
    // No complete line in the window: wait for the line being written to end. (A single line longer
    // than max_bytes is skipped once its newline arrives.)
    response.cursor = floor;
    return response;
  }
  std::size_t first_line = peek ? data.find('\n') + 1 : 0;
  std::string_view complete(data.data() + first_line, last_newline + 1 - first_line);
  std::vector<LineView> lines =
      SplitLines(complete, read_start + static_cast<std::int64_t>(first_line));

  response.cursor = read_start + static_cast<std::int64_t>(last_newline) + 1;
  auto kept = lines.end() - std::min<std::int64_t>(limit, static_cast<std::int64_t>(lines.size()));
  for (auto line = kept; line != lines.end(); ++line) response.lines.emplace_back(line->text);
  const std::int64_t first_kept = kept == lines.end() ? response.cursor : kept->offset;
  const std::int64_t skipped = first_kept - floor;
  response.truncated = skipped > 0;
  if (request.cursor && skipped > 0) response.skipped_bytes = skipped;
  return response;
}

}  // namespace gateway::platform
