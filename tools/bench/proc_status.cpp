#include "tools/bench/proc_status.hpp"

#include <unistd.h>

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
    if (key == "VmHWM:") fields >> status.hwm_kb;
    if (key == "VmRSS:") have_rss = static_cast<bool>(fields >> status.rss_kb);
    if (key == "Threads:") have_threads = static_cast<bool>(fields >> status.threads);
  }
  // A zombie has Threads but no VmRSS; it is no longer a server worth measuring.
  if (!have_rss || !have_threads) return std::nullopt;
  return status;
}

std::optional<double> ReadCpuSecondsFile(const std::string& path) {
  std::ifstream in(path);
  std::string text;
  if (!in || !std::getline(in, text)) return std::nullopt;
  // Fields after the command name (which may hold spaces) start at the last ')'.
  const auto close = text.rfind(')');
  if (close == std::string::npos) return std::nullopt;
  std::istringstream fields(text.substr(close + 1));
  std::string field;
  double utime = 0, stime = 0;
  // state is field 3; utime and stime are fields 14 and 15.
  for (int index = 3; index <= 15 && fields >> field; ++index) {
    if (index == 14) utime = std::stod(field);
    if (index == 15) stime = std::stod(field);
  }
  const long ticks = ::sysconf(_SC_CLK_TCK);
  if (ticks <= 0) return std::nullopt;
  return (utime + stime) / double(ticks);
}

}  // namespace

std::optional<ProcStatus> ReadProcStatus(int pid) {
  if (pid <= 0) return std::nullopt;
  return ReadStatusFile("/proc/" + std::to_string(pid) + "/status");
}

std::optional<ProcStatus> ReadSelfStatus() { return ReadStatusFile("/proc/self/status"); }

std::optional<double> ReadCpuSeconds(int pid) {
  if (pid <= 0) return std::nullopt;
  return ReadCpuSecondsFile("/proc/" + std::to_string(pid) + "/stat");
}

std::optional<double> ReadSelfCpuSeconds() { return ReadCpuSecondsFile("/proc/self/stat"); }

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one;
  in >> one;
  return one;
}

}  // namespace gateway::bench
