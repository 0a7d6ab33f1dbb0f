// What /proc/<pid>/status says about a process: resident memory (now and peak) and thread count.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace gateway::bench {

struct ProcStatus {
  std::int64_t rss_kb = 0;  // VmRSS
  std::int64_t hwm_kb = 0;  // VmHWM: the peak of VmRSS so far
  int threads = 0;          // Threads
};

inline double KbToMb(std::int64_t kb) { return double(kb) / 1024.0; }

// nullopt when the process does not exist (or /proc is unreadable).
std::optional<ProcStatus> ReadProcStatus(int pid);
// The bench's own status.
std::optional<ProcStatus> ReadSelfStatus();

// CPU time (user + system, all threads) a process has used so far, in seconds, from
// /proc/<pid>/stat; nullopt when unreadable.
std::optional<double> ReadCpuSeconds(int pid);
std::optional<double> ReadSelfCpuSeconds();

// The machine's 1-minute load average (/proc/loadavg): figures taken while other work ran are
// not comparable.
std::string LoadAverage();

}  // namespace gateway::bench
