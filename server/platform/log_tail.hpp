// The file side of `logs.tail` (methods.md §2): a bounded, line-aligned slice of a log file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gateway::platform {

struct LogTailRequest {
  std::optional<std::int64_t> cursor;  // byte offset from a previous response
  std::int64_t limit = 500;            // most lines returned
  std::int64_t max_bytes = 250000;     // most bytes read
};

struct LogTailResponse {
  std::string file;  // absolute path
  std::int64_t cursor = 0;
  std::int64_t size = 0;
  std::vector<std::string> lines;  // verbatim, without the trailing newline
  bool truncated = false;
  bool reset = false;
  std::optional<std::int64_t> skipped_bytes;
};

// A missing file gives an empty response; other I/O errors throw std::system_error.
//
// Only complete lines are returned: a partial last line (still being written) is left for the next
// call and the cursor stops before it, so `cursor == size` whenever the file ends with a newline.
// When more is available than `limit`/`max_bytes` allow, the NEWEST lines win (a tail follower
// wants the present, not a backlog): older lines are dropped, `truncated` is set and, when a cursor
// was given, `skipped_bytes` counts the bytes after the cursor that were never returned.
// A cursor beyond the end (rotated or truncated file) sets `reset` and reads from the start.
LogTailResponse TailLogFile(const std::filesystem::path& file, const LogTailRequest& request);

}  // namespace gateway::platform
