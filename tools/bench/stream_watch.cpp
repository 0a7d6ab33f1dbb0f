#include "tools/bench/stream_watch.hpp"

#include <algorithm>

namespace gateway::bench {
namespace {

constexpr auto kRssSampleInterval = std::chrono::milliseconds(10);
constexpr auto kLastReports = std::chrono::milliseconds(50);

}  // namespace

void StandinTally::Note(const StandinReport& r) {
  if (r.kind == "request") {
    ++requests;
    last_request_ns = std::max(last_request_ns, r.ns);
  } else if (r.kind == "first") {
    first_ns[r.id] = r.ns;
  } else if (r.kind == "done") {
    ++dones;
    if (auto it = first_ns.find(r.id); it != first_ns.end())
      stream_ms.push_back(double(r.ns - it->second) / 1e6);
  }
}

StreamWatch WatchStreams(Latch& ended, Clock::time_point deadline, int server_pid,
                         std::int64_t start_rss_kb, AgentStandin& standin, StandinTally& tally) {
  StreamWatch watch;
  watch.peak_rss_kb = start_rss_kb;
  while (!(watch.all_ended = ended.WaitUntil(Clock::now() + kRssSampleInterval)) &&
         Clock::now() < deadline) {
    if (const auto status = ReadProcStatus(server_pid))
      watch.peak_rss_kb = std::max(watch.peak_rss_kb, status->rss_kb);
    while (auto r = standin.NextReport(std::chrono::milliseconds(0))) tally.Note(*r);
  }
  while (auto r = standin.NextReport(kLastReports)) tally.Note(*r);
  return watch;
}

void AddServerRssRows(Report& report, int server_pid, const std::optional<ProcStatus>& before,
                      std::int64_t sampled_peak_kb, const std::optional<ProcStatus>& after) {
  const std::int64_t peak_kb = std::max(sampled_peak_kb, after ? after->rss_kb : 0);
  report.Add("rss_before_mb", "server RSS before the runs",
             before ? nlohmann::json(KbToMb(before->rss_kb)) : nlohmann::json(), "MB", 1);
  report.Add("rss_peak_sampled_mb", "server RSS peak (sampled every 10 ms)",
             server_pid > 0 ? nlohmann::json(KbToMb(peak_kb)) : nlohmann::json(), "MB", 1);
  report.Add("rss_hwm_mb", "server VmHWM after the runs",
             after ? nlohmann::json(KbToMb(after->hwm_kb)) : nlohmann::json(), "MB", 1);
}

void AddStandinCpuRow(Report& report, const std::optional<double>& before,
                      const std::optional<double>& after) {
  if (before && after)
    report.Add("standin_cpu_s", "stand-in CPU (its own process)", *after - *before, "s", 2);
}

}  // namespace gateway::bench
