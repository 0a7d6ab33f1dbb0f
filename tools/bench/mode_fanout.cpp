#include <algorithm>
#include <sstream>
#include <thread>

#include "tools/bench/modes.hpp"
#include "tools/bench/raw_fleet.hpp"

namespace gateway::bench {
namespace {

constexpr std::size_t kDefaultInFlight = 256;
constexpr auto kPauseBetweenRounds = std::chrono::milliseconds(50);
constexpr auto kCloseLimit = std::chrono::seconds(30);

std::string Join(const std::vector<double>& values) {
  std::ostringstream text;
  text.precision(3);
  text << std::fixed;
  for (std::size_t i = 0; i < values.size(); ++i) text << (i ? ", " : "") << values[i];
  return text.str();
}

}  // namespace

Report RunFanoutMode(const BenchOptions& o, Target& target) {
  const std::size_t in_flight = o.concurrency == 0 ? kDefaultInFlight : o.concurrency;
  Report report;
  report.mode = "fanout";
  report.title = "system-event (admin) → presence to " + std::to_string(o.count) +
                 " operator.read subscribers, " + std::to_string(o.rounds) + " rounds + 1 warm-up";
  RawFleet fleet(target.fleet, o.client_threads);
  const OpenResult admin = fleet.Open(1, {"operator.admin"}, 1, o.time_limit());
  const OpenResult subscribers = fleet.Open(o.count, {"operator.read"}, in_flight, o.time_limit());
  report.Add("subscribers", "subscribers", subscribers.accepted);
  if (admin.failed > 0 || subscribers.failed > 0) {
    report.FailOn("handshake", admin.errors);
    report.FailOn("handshake", subscribers.errors);
    return report;
  }

  RpcPlan trigger{"system-event",
                  {{"text", "openclaw-bench fan-out"}, {"instanceId", "openclaw-bench-fanout"}},
                  1,
                  1,
                  o.time_limit()};
  std::vector<double> last_ms, median_ms, first_ms, trigger_ms;
  std::size_t missed = 0;
  for (int round = -1; round < o.rounds; ++round) {  // round -1 is the warm-up
    std::this_thread::sleep_for(kPauseBetweenRounds);
    FanoutResult result = fleet.Fanout(0, trigger, "presence");
    if (round < 0) continue;
    missed += result.subscribers - result.received;
    report.FailOn("round " + std::to_string(round + 1), result.errors);
    if (!result.trigger_ok) report.failures.push_back("the system-event request failed");
    if (result.arrival_ms.empty()) continue;
    const Summary arrival = Summarize(result.arrival_ms);
    last_ms.push_back(arrival.max);
    median_ms.push_back(arrival.p50);
    first_ms.push_back(arrival.min);
    trigger_ms.push_back(result.trigger_rtt_ms);
  }
  report.Add("rounds", "rounds", o.rounds);
  report.Add("missed", "missed events", missed);
  report.Add("trigger_to_last_ms", "fan-out: trigger→last subscriber (median of rounds)",
             Median(last_ms), "ms", 3);
  if (!last_ms.empty()) {
    report.Add("trigger_to_last_min_ms", "fan-out: trigger→last, best round",
               *std::min_element(last_ms.begin(), last_ms.end()), "ms", 3);
    report.Add("trigger_to_last_max_ms", "fan-out: trigger→last, worst round",
               *std::max_element(last_ms.begin(), last_ms.end()), "ms", 3);
  }
  report.Add("trigger_to_median_ms", "trigger→median subscriber", Median(median_ms), "ms", 3);
  report.Add("trigger_to_first_ms", "trigger→first subscriber", Median(first_ms), "ms", 3);
  report.Add("trigger_response_ms", "system-event response time", Median(trigger_ms), "ms", 3);
  report.notes.push_back("trigger→last subscriber per round (ms): " + Join(last_ms));
  report.FailOn("connection dropped", fleet.Dropped());
  fleet.CloseAll(kCloseLimit);
  return report;
}

}  // namespace gateway::bench
