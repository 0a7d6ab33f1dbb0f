#include <filesystem>
#include <thread>

#include "tools/bench/gateway_launcher.hpp"
#include "tools/bench/modes.hpp"
#include "tools/bench/proc_status.hpp"

namespace gateway::bench {
namespace {

constexpr auto kHealthLimit = std::chrono::seconds(20);
// Idle RSS is read this long after /health first answered.
constexpr auto kSettle = std::chrono::milliseconds(500);

}  // namespace

Report RunStartupMode(const BenchOptions& o) {
  Report report;
  report.mode = "startup";
  report.title = "exec of `openclaw gateway` → GET /health 200, " + std::to_string(o.runs) +
                 " runs + 1 warm-up";
  if (o.openclaw.empty()) {
    report.failures.push_back("startup needs --openclaw <path>");
    return report;
  }
  auto state = StateDir::Create(o.openclaw);
  if (!state) {
    report.failures.push_back(state.error());
    return report;
  }
  // With --state-dir: the gateway serves that dir's session store (e.g. the 100k sessions
  // store-query generated), linked into its own state dir.
  if (!o.state_dir.empty()) {
    const auto sessions = std::filesystem::absolute(o.state_dir) / "gateway-cpp";
    std::error_code error;
    if (!std::filesystem::is_directory(sessions, error)) {
      report.failures.push_back("no session store in " + sessions.string());
      return report;
    }
    const auto link = std::filesystem::path((*state)->home()) / ".openclaw" / "gateway-cpp";
    std::filesystem::remove_all(link, error);
    std::filesystem::create_directory_symlink(sessions, link, error);
    if (error) {
      report.failures.push_back("cannot link " + link.string() + ": " + error.message());
      return report;
    }
    report.notes.push_back("session store: " + sessions.string());
  }
  std::vector<double> health_ms, ready_ms, rss_at_health_mb, rss_idle_mb, threads;
  for (int run = -1; run < o.runs; ++run) {  // run -1 is the warm-up (page cache, first setup)
    auto process = GatewayProcess::Spawn(**state);
    if (!process) {
      report.failures.push_back(process.error());
      break;
    }
    GatewayProcess& gateway = **process;
    const auto healthy = gateway.WaitHealthy(kHealthLimit);
    const auto at_health = ReadProcStatus(gateway.pid());
    const auto ready = gateway.WaitHealthy(kHealthLimit, "/ready");
    if (!healthy || !at_health || !ready) {
      report.failures.push_back("no GET /health and /ready 200 within 20 s (" +
                                gateway.Ended().value_or("still running") + "); output:\n" +
                                gateway.OutputTail(2000));
      break;
    }
    std::this_thread::sleep_for(kSettle);
    const auto idle = ReadProcStatus(gateway.pid());
    const std::string stopped = gateway.Stop();
    if (stopped != "exited with status 0")
      report.notes.push_back("run " + std::to_string(run + 1) + ": on SIGTERM the gateway " +
                             stopped);
    if (run < 0 || !idle) continue;
    health_ms.push_back(*healthy);
    ready_ms.push_back(*ready);
    rss_at_health_mb.push_back(KbToMb(at_health->rss_kb));
    rss_idle_mb.push_back(KbToMb(idle->rss_kb));
    threads.push_back(idle->threads);
  }
  const Summary health = Summarize(health_ms);
  report.Add("runs", "runs", health.count);
  report.Add("start_to_health_ms", "start to /health (median)", health.p50, "ms", 2);
  report.Add("start_to_health_min_ms", "start to /health min", health.min, "ms", 2);
  report.Add("start_to_health_max_ms", "start to /health max", health.max, "ms", 2);
  report.Add("start_to_ready_ms", "start to /ready 200 (median)", Median(ready_ms), "ms", 2);
  report.Add("rss_at_health_mb", "RSS at first /health (median)", Median(rss_at_health_mb), "MB",
             1);
  report.Add("rss_idle_mb", "idle RSS 0.5 s after start (median)", Median(rss_idle_mb), "MB", 1);
  report.Add("server_threads", "server threads", Median(threads), "", 0);
  return report;
}

}  // namespace gateway::bench
