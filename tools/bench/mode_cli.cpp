#include <chrono>

#include "tools/bench/bench_clock.hpp"
#include "tools/bench/modes.hpp"
#include "tools/bench/process_spawn.hpp"
#include "tools/bench/stats.hpp"

namespace gateway::bench {
namespace {

constexpr auto kExitLimit = std::chrono::seconds(20);

// Spawns argv `runs` times (+1 warm-up) one after the other; the wall time of each, spawn to
// reaped exit. Stops at the first run that does not exit 0.
std::vector<double> TimeRuns(const std::vector<std::string>& argv,
                             const std::vector<std::string>& env, int runs, Report& report) {
  std::vector<double> ms;
  for (int run = -1; run < runs; ++run) {
    const auto started = Clock::now();
    auto pid = SpawnProcess(argv, env, "/dev/null");
    if (!pid) {
      report.failures.push_back(pid.error());
      break;
    }
    const auto status = WaitForExit(*pid, kExitLimit);
    const double elapsed = MsBetween(started, Clock::now());
    if (!status || *status != 0) {
      report.failures.push_back(
          argv[0] + " " + argv[1] + ": " +
          (status ? DescribeExit(*status) : std::string("still running after 20 s")));
      break;
    }
    if (run >= 0) ms.push_back(elapsed);
  }
  return ms;
}

}  // namespace

Report RunCliMode(const BenchOptions& o, Target& target) {
  Report report;
  report.mode = "cli";
  report.title = "`openclaw gateway call " + o.method + "` as a whole process, " +
                 std::to_string(o.runs) + " runs + 1 warm-up";
  const std::vector<std::string> env =
      IsolatedEnvironment("/nonexistent");  // no config: flags only
  std::vector<std::string> call = {o.openclaw, "gateway",         "call",  o.method,
                                   "--params", o.params,          "--url", target.url,
                                   "--token",  target.fleet.token};
  const Summary cli = Summarize(TimeRuns(call, env, o.runs, report));
  // The floor: what creating and reaping any process costs on this machine.
  const Summary floor = Summarize(TimeRuns({"/bin/true", "(baseline)"}, env, o.runs, report));
  report.Add("runs", "runs", cli.count);
  report.Add("cli_p50_ms", "exec → exit (median)", cli.p50, "ms", 2);
  report.Add("cli_min_ms", "exec → exit min", cli.min, "ms", 2);
  report.Add("cli_max_ms", "exec → exit max", cli.max, "ms", 2);
  report.Add("true_p50_ms", "/bin/true exec → exit (median)", floor.p50, "ms", 2);
  return report;
}

}  // namespace gateway::bench
