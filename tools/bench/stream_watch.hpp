// What agent-fanout and openai-fanout watch while their concurrent runs stream: the gateway's RSS,
// sampled every 10 ms, and the stand-in provider's reports (drained, so its pipe never fills up).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "tools/bench/agent_standin.hpp"
#include "tools/bench/bench_clock.hpp"
#include "tools/bench/latch.hpp"
#include "tools/bench/proc_status.hpp"
#include "tools/bench/report.hpp"

namespace gateway::bench {

struct StreamWatch {
  bool all_ended = false;        // `ended` reached zero before the deadline
  std::int64_t peak_rss_kb = 0;  // the highest VmRSS sampled (at least the starting value)
};

// The stand-in's reports of concurrent replies, counted.
struct StandinTally {
  std::size_t requests = 0, dones = 0;
  std::int64_t last_request_ns = 0;  // CLOCK_MONOTONIC of the last model request it read
  std::vector<double> stream_ms;     // per reply: its first content chunk → its last byte written
  std::unordered_map<std::string, std::int64_t> first_ns;

  void Note(const StandinReport& report);
};

// Waits until `ended` reaches zero or `deadline` passes, reading /proc/<server_pid>/status every
// 10 ms and counting every stand-in report in `tally`; then counts the reports that arrive within
// 50 ms more.
StreamWatch WatchStreams(Latch& ended, Clock::time_point deadline, int server_pid,
                         std::int64_t start_rss_kb, AgentStandin& standin, StandinTally& tally);

// Rows rss_before_mb, rss_peak_sampled_mb (the sampled peak, or the reading after the runs when
// higher) and rss_hwm_mb (VmHWM after the runs).
void AddServerRssRows(Report& report, int server_pid, const std::optional<ProcStatus>& before,
                      std::int64_t sampled_peak_kb, const std::optional<ProcStatus>& after);

// Row standin_cpu_s: the stand-in's CPU seconds between the two readings (none if unreadable).
void AddStandinCpuRow(Report& report, const std::optional<double>& before,
                      const std::optional<double>& after);

}  // namespace gateway::bench
