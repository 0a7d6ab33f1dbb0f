// Linux process facts from /proc, for `status`.
#pragma once

#include <sys/types.h>

#include <cstdint>

namespace gateway::platform {

struct ProcessMemory {
  std::int64_t rss_bytes = 0;
  std::int64_t virtual_bytes = 0;
};

// pid 0 means this process. Zeros when the process cannot be read.
ProcessMemory ReadProcessMemory(pid_t pid = 0);
int ThreadCount(pid_t pid = 0);

}  // namespace gateway::platform
