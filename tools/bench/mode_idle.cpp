#include <fstream>
#include <thread>

#include "tools/bench/file_limit.hpp"
#include "tools/bench/modes.hpp"
#include "tools/bench/proc_status.hpp"
#include "tools/bench/raw_fleet.hpp"

namespace gateway::bench {
namespace {

constexpr std::size_t kDefaultInFlight = 256;
constexpr std::size_t kSpareDescriptors = 64;
constexpr auto kSettle = std::chrono::milliseconds(300);
constexpr auto kCloseLimit = std::chrono::seconds(30);

// How many local ports connect() may pick from (one destination address and port).
std::size_t EphemeralPorts() {
  std::ifstream in("/proc/sys/net/ipv4/ip_local_port_range");
  std::size_t low = 0, high = 0;
  if (!(in >> low >> high) || high < low) return 0;
  return high - low + 1;
}

}  // namespace

Report RunIdleMode(const BenchOptions& o, Target& target) {
  const std::size_t in_flight = o.concurrency == 0 ? kDefaultInFlight : o.concurrency;
  Report report;
  report.mode = "idle";
  report.title = std::to_string(o.count) + " authenticated connections held " +
                 std::to_string(o.hold_s) + " s, " + std::to_string(in_flight) +
                 " handshakes in flight";
  if (target.pid <= 0) {
    report.failures.push_back(
        "idle needs the server pid: pass --pid, or let the bench start it with --openclaw");
    return report;
  }
  const std::uint64_t descriptors = RaiseOpenFileLimit();
  if (descriptors < o.count + kSpareDescriptors) {
    report.failures.push_back("RLIMIT_NOFILE allows " + std::to_string(descriptors) +
                              " descriptors, too few for " + std::to_string(o.count) +
                              " connections");
    return report;
  }
  if (const std::size_t ports = EphemeralPorts(); ports > 0 && ports < o.count + 1) {
    report.failures.push_back("net.ipv4.ip_local_port_range offers only " + std::to_string(ports) +
                              " ephemeral ports for one destination");
    return report;
  }

  RawFleet fleet(target.fleet, o.client_threads);
  // One connection first (not counted) so lazily built server state is not billed to the K.
  const OpenResult first = fleet.Open(1, {"operator.admin"}, 1, o.time_limit());
  if (first.accepted != 1) {
    report.FailOn("warm-up handshake", first.errors);
    return report;
  }
  std::this_thread::sleep_for(kSettle);
  const auto before = ReadProcStatus(target.pid);
  const OpenResult open = fleet.Open(o.count, {"operator.admin"}, in_flight, o.time_limit());
  std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<long long>(o.hold_s * 1000)));
  const auto after = ReadProcStatus(target.pid);
  const std::size_t still_open = fleet.open_count();
  const std::size_t held = still_open > 0 ? still_open - 1 : 0;  // without the warm-up connection

  report.Add("connections", "connections", o.count);
  report.Add("accepted", "accepted", open.accepted);
  report.Add("failed", "failed", open.failed);
  report.Add("open_s", "time to open all", open.wall_ms / 1000.0, "s", 3);
  report.Add("handshakes_per_s", "handshakes/s",
             open.wall_ms > 0 ? double(open.accepted) / (open.wall_ms / 1000.0) : 0.0, "", 0);
  report.Add("held", "still open after hold", held);
  if (before && after) {
    report.Add("rss_before_mb", "server RSS before", KbToMb(before->rss_kb), "MB", 1);
    report.Add("rss_after_mb", "server RSS after", KbToMb(after->rss_kb), "MB", 1);
    const double per =
        open.accepted > 0 ? double(after->rss_kb - before->rss_kb) / double(open.accepted) : 0;
    report.Add("rss_per_connection_kb", "RSS per connection", per, "KB", 2);
    report.Add("server_threads_held", "server threads (held)", after->threads);
  } else {
    report.failures.push_back("cannot read /proc/" + std::to_string(target.pid) + "/status");
  }
  if (const auto self = ReadSelfStatus())
    report.Add("bench_rss_mb", "bench RSS", KbToMb(self->rss_kb), "MB", 1);
  report.FailOn("handshake", open.errors);
  report.FailOn("connection dropped", fleet.Dropped());
  fleet.CloseAll(kCloseLimit);
  return report;
}

}  // namespace gateway::bench
