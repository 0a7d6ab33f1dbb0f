#include <deque>
#include <future>
#include <thread>

#include "gateway/client/gateway_client.hpp"
#include "tools/bench/cpu_meter.hpp"
#include "tools/bench/modes.hpp"

namespace gateway::bench {
namespace {

struct DriveResult {
  std::size_t ok = 0, errors = 0;
  std::vector<double> latency_ms;
  ErrorTally error_kinds;
};

// Keeps `depth` CallAsync futures in flight on one client until `count` calls were answered.
DriveResult Drive(client::GatewayClient& gateway, const std::string& method,
                  const nlohmann::json& params, std::size_t count, std::size_t depth,
                  Clock::time_point deadline) {
  DriveResult result;
  result.latency_ms.reserve(count);
  std::deque<std::pair<std::future<client::RpcResult>, Clock::time_point>> in_flight;
  std::size_t issued = 0;
  while (issued < count || !in_flight.empty()) {
    while (issued < count && in_flight.size() < depth) {
      const Clock::time_point sent = Clock::now();
      in_flight.emplace_back(gateway.CallAsync(method, params), sent);
      ++issued;
    }
    auto& [answer, sent] = in_flight.front();
    if (answer.wait_until(deadline) != std::future_status::ready) {
      const std::size_t missing = count - issued + in_flight.size();
      result.errors += missing;
      result.error_kinds["no response within the time limit"] += missing;
      break;
    }
    try {
      const client::RpcResult rpc = answer.get();
      result.latency_ms.push_back(MsBetween(sent, Clock::now()));
      if (rpc.ok) {
        ++result.ok;
      } else {
        ++result.errors;
        result.error_kinds[rpc.error ? rpc.error->code + ": " + rpc.error->message : "ok:false"]++;
      }
    } catch (const std::exception& e) {
      ++result.errors;
      result.error_kinds[e.what()]++;
    }
    in_flight.pop_front();
  }
  return result;
}

// Runs Drive on every client at once, one thread each. Returns the wall time in ms.
double DriveAll(std::vector<std::unique_ptr<client::GatewayClient>>& clients, const BenchOptions& o,
                const nlohmann::json& params, std::size_t count,
                std::vector<DriveResult>& results) {
  results.assign(clients.size(), {});
  const Clock::time_point start = Clock::now();
  const Clock::time_point deadline = start + o.time_limit();
  {
    std::vector<std::jthread> threads;
    for (std::size_t i = 0; i < clients.size(); ++i) {
      threads.emplace_back(
          [&, i] { results[i] = Drive(*clients[i], o.method, params, count, o.depth, deadline); });
    }
  }
  return MsBetween(start, Clock::now());
}

}  // namespace

Report RunRpcLibraryMode(const BenchOptions& o, Target& target) {
  Report report;
  report.mode = "rpc";
  report.title = o.method + ", " + std::to_string(o.connections) + " connections x " +
                 std::to_string(o.requests) + " requests, depth " + std::to_string(o.depth) +
                 ", warm-up " + std::to_string(o.warmup) + "/connection (GatewayClient)";
  client::ClientOptions options;
  options.url = target.url;
  options.token = target.fleet.token;
  options.scopes = {"operator.admin"};
  options.connect_timeout = options.request_timeout = o.time_limit();

  std::vector<std::unique_ptr<client::GatewayClient>> clients;
  std::vector<double> connect_ms;
  for (std::size_t i = 0; i < o.connections; ++i) {
    const Clock::time_point start = Clock::now();
    try {
      clients.push_back(client::GatewayClient::Connect(options));
      connect_ms.push_back(MsBetween(start, Clock::now()));
    } catch (const std::exception& e) {
      report.failures.push_back(std::string("handshake: ") + e.what());
      return report;
    }
  }
  report.Add("connections", "connections", clients.size());
  report.AddLatency("connect", "connect→hello-ok (sequential)", Summarize(connect_ms));

  const nlohmann::json params = nlohmann::json::parse(o.params);
  std::vector<DriveResult> results;
  if (o.warmup > 0) DriveAll(clients, o, params, o.warmup, results);
  CpuMeter cpu(target.pid);
  const double wall_ms = DriveAll(clients, o, params, o.requests, results);
  cpu.Stop();
  DriveResult total;
  for (const auto& r : results) {
    total.ok += r.ok;
    total.errors += r.errors;
    total.latency_ms.insert(total.latency_ms.end(), r.latency_ms.begin(), r.latency_ms.end());
    for (const auto& [message, count] : r.error_kinds) total.error_kinds[message] += count;
  }
  const double seconds = wall_ms / 1000.0;
  report.Add("requests", "requests", o.connections * o.requests);
  report.Add("ok", "answered ok", total.ok);
  report.Add("errors", "errors", total.errors);
  report.Add("duration_s", "duration", seconds, "s", 3);
  report.Add("requests_per_s", "requests/s", seconds > 0 ? double(total.ok) / seconds : 0.0, "", 0);
  report.AddLatency("latency", "latency", Summarize(total.latency_ms));
  cpu.AddTo(report);
  report.FailOn("requests", total.error_kinds);
  for (auto& c : clients) c->Close();
  return report;
}

}  // namespace gateway::bench
