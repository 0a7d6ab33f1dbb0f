#include "tools/bench/proc_status.hpp"

#include <fstream>
#include <sstream>
#include <string>

namespace gateway::bench {
namespace {

std::optional<ProcStatus> ReadStatusFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  ProcStatus status;
  bool have_rss = false, have_threads = false;
  std::string line;
  while (std::getline(in, line) && !(have_rss && have_threads)) {
    std::istringstream fields(line);
    std::string key;
    fields >> key;
    if (key == "VmRSS:") have_rss = static_cast<bool>(fields >> status.rss_kb);
    if (key == "Threads:") have_threads = static_cast<bool>(fields >> status.threads);
  }
  // A zombie has Threads but no VmRSS; it is no longer a server worth measuring.
  if (!have_rss || !have_threads) return std::nullopt;
  return status;
}

}  // namespace

std::optional<ProcStatus> ReadProcStatus(int pid) {
  if (pid <= 0) return std::nullopt;
  return ReadStatusFile("/proc/" + std::to_string(pid) + "/status");
}

std::optional<ProcStatus> ReadSelfStatus() { return ReadStatusFile("/proc/self/status"); }

}  // namespace gateway::bench
