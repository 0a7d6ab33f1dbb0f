#include "tools/bench/cpu_meter.hpp"
#include "tools/bench/modes.hpp"
#include "tools/bench/raw_fleet.hpp"

namespace gateway::bench {
namespace {

constexpr auto kCloseLimit = std::chrono::seconds(10);

}  // namespace

Report RunRpcMode(const BenchOptions& o, Target& target) {
  Report report;
  report.mode = "rpc";
  report.title = o.method + ", " + std::to_string(o.connections) + " connections x " +
                 std::to_string(o.requests) + " requests, depth " + std::to_string(o.depth) +
                 ", warm-up " + std::to_string(o.warmup) + "/connection (raw client)";
  RawFleet fleet(target.fleet, o.client_threads);
  const OpenResult open = fleet.Open(o.connections, {"operator.admin"}, 0, o.time_limit());
  report.Add("connections", "connections", open.accepted);
  report.AddLatency("connect", "connect→hello-ok (open)", Summarize(open.total_ms));
  if (open.failed > 0) {
    report.FailOn("handshake", open.errors);
    return report;
  }

  RpcPlan plan{o.method, nlohmann::json::parse(o.params), o.warmup, o.depth, o.time_limit()};
  if (o.warmup > 0) {
    const RpcResult warm = fleet.Run(plan);
    if (warm.errors > 0) report.FailOn("warm-up", warm.error_kinds);
  }
  plan.per_connection = o.requests;
  CpuMeter cpu(target.pid);
  const RpcResult run = fleet.Run(plan);
  cpu.Stop();
  const double seconds = run.wall_ms / 1000.0;
  report.Add("requests", "requests", o.connections * o.requests);
  report.Add("ok", "answered ok", run.ok);
  report.Add("errors", "errors", run.errors);
  report.Add("duration_s", "duration", seconds, "s", 3);
  report.Add("requests_per_s", "requests/s", seconds > 0 ? double(run.ok) / seconds : 0.0, "", 0);
  report.AddLatency("latency", "latency", Summarize(run.latency_ms));
  cpu.AddTo(report);
  if (run.errors > 0) report.FailOn("requests", run.error_kinds);
  if (run.timed_out) report.failures.push_back("the run hit --time-limit");
  report.FailOn("connection dropped", fleet.Dropped());
  fleet.CloseAll(kCloseLimit);
  return report;
}

}  // namespace gateway::bench
