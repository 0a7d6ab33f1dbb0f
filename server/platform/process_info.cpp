#include "server/platform/process_info.hpp"

#include <unistd.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include "server/platform/files.hpp"

namespace gateway::platform {
namespace {

std::string ProcFile(pid_t pid, const char* leaf) {
  return ReadWholeFile(std::filesystem::path("/proc") /
                       (pid == 0 ? std::string("self") : std::to_string(pid)) / leaf)
      .value_or("");
}

}  // namespace

ProcessMemory ReadProcessMemory(pid_t pid) {
  std::istringstream statm(ProcFile(pid, "statm"));
  std::int64_t size_pages = 0, resident_pages = 0;
  ProcessMemory memory;
  if (statm >> size_pages >> resident_pages) {
    const std::int64_t page = ::sysconf(_SC_PAGESIZE);
    memory.virtual_bytes = size_pages * page;
    memory.rss_bytes = resident_pages * page;
  }
  return memory;
}

int ThreadCount(pid_t pid) {
  std::istringstream status(ProcFile(pid, "status"));
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("Threads:", 0) == 0) return std::atoi(line.c_str() + 8);
  }
  return 0;
}

}  // namespace gateway::platform
