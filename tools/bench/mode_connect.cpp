#include <algorithm>
#include <thread>

#include "tools/bench/modes.hpp"
#include "tools/bench/raw_fleet.hpp"

namespace gateway::bench {
namespace {

constexpr std::size_t kWarmupHandshakes = 50;
constexpr auto kCloseLimit = std::chrono::seconds(10);
// Lets the server finish the previous round's closes before the next round starts.
constexpr auto kPauseBetweenRounds = std::chrono::milliseconds(200);

}  // namespace

Report RunConnectMode(const BenchOptions& o, Target& target) {
  const std::size_t in_flight = o.concurrency == 0 ? o.count : o.concurrency;
  Report report;
  report.mode = "connect";
  report.title = std::to_string(o.count) + " handshakes, " + std::to_string(in_flight) +
                 " in flight, " + std::to_string(o.rounds) +
                 " rounds (challenge → connect → hello-ok)";
  {
    RawFleet warmup(target.fleet, o.client_threads);
    warmup.Open(std::min(o.count, kWarmupHandshakes), {"operator.admin"}, 0, o.time_limit());
    warmup.CloseAll(kCloseLimit);
  }
  std::vector<double> total_ms, connect_ms, rates;
  std::size_t accepted = 0, failed = 0;
  ErrorTally errors;
  for (int round = 0; round < o.rounds; ++round) {
    std::this_thread::sleep_for(kPauseBetweenRounds);
    RawFleet fleet(target.fleet, o.client_threads);
    const OpenResult open = fleet.Open(o.count, {"operator.admin"}, in_flight, o.time_limit());
    accepted += open.accepted;
    failed += open.failed;
    total_ms.insert(total_ms.end(), open.total_ms.begin(), open.total_ms.end());
    connect_ms.insert(connect_ms.end(), open.connect_ms.begin(), open.connect_ms.end());
    if (open.wall_ms > 0) rates.push_back(double(open.accepted) / (open.wall_ms / 1000.0));
    for (const auto& [message, count] : open.errors) errors[message] += count;
    fleet.CloseAll(kCloseLimit);
  }
  report.Add("handshakes", "handshakes", o.count * static_cast<std::size_t>(o.rounds));
  report.Add("accepted", "accepted", accepted);
  report.Add("failed", "failed", failed);
  report.Add("handshakes_per_s", "handshakes/s (median round)", Median(rates), "", 0);
  report.AddLatency("open_to_hello", "TCP connect→hello-ok", Summarize(total_ms));
  report.AddLatency("connect_to_hello", "connect req→hello-ok", Summarize(connect_ms));
  report.FailOn("handshake", errors);
  return report;
}

}  // namespace gateway::bench
