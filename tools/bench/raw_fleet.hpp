// A lean load client: many gateway connections driven by one or two I/O threads, each doing the
// real handshake (challenge → connect → hello-ok) and then sending pre-serialized requests whose
// responses are matched by a cheap scan of their "id". Beast and Asio stay in raw_fleet.cpp.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tools/bench/bench_clock.hpp"

namespace gateway::bench {

struct FleetTarget {
  std::string host = "127.0.0.1";
  std::uint16_t port = 18789;
  std::string path = "/";
  std::string token;
};

// Error messages with how often each occurred (the first few distinct ones are kept).
using ErrorTally = std::map<std::string, std::size_t>;

struct OpenResult {
  std::size_t requested = 0, accepted = 0, failed = 0;
  std::vector<double> total_ms;    // TCP connect start → hello-ok, accepted connections
  std::vector<double> connect_ms;  // connect request written → hello-ok
  double wall_ms = 0;              // first start → last handshake finished
  ErrorTally errors;
};

struct RpcPlan {
  std::string method;
  nlohmann::json params = nlohmann::json::object();
  std::size_t per_connection = 1;
  std::size_t depth = 1;  // requests in flight per connection; 1 = strictly sequential
  std::chrono::milliseconds time_limit{60000};
};

struct RpcResult {
  std::size_t ok = 0, errors = 0;  // errors: ok:false, no answer in time, connection lost
  std::vector<double> latency_ms;  // request written → response read, every answered request
  double wall_ms = 0;              // first request written → last response read
  bool timed_out = false;
  ErrorTally error_kinds;
};

struct FanoutResult {
  std::size_t subscribers = 0, received = 0;
  std::vector<double> arrival_ms;  // trigger written → event read, per subscriber that got it
  bool trigger_ok = false;
  double trigger_rtt_ms = 0;  // the trigger request's own response time
  ErrorTally errors;
};

class RawFleet {
 public:
  // Resolves the target once; starts `io_threads` threads, each with its own io_context.
  RawFleet(FleetTarget target, int io_threads);
  // Drops every socket abruptly and joins the threads (CloseAll first for a polite close).
  ~RawFleet();
  RawFleet(const RawFleet&) = delete;
  RawFleet& operator=(const RawFleet&) = delete;

  // Opens `count` more connections with operator `scopes`, at most `in_flight` handshakes at a
  // time (0: all at once). Returns when all finished, or aborts the rest after `time_limit`.
  OpenResult Open(std::size_t count, const std::vector<std::string>& scopes, std::size_t in_flight,
                  std::chrono::milliseconds time_limit);

  // Runs `plan` on every open connection from index `first` on (connections are numbered in
  // the order Open made them), all at once.
  RpcResult Run(const RpcPlan& plan, std::size_t first = 0);

  // Every open connection except `trigger` watches for the next `event` frame; then `trigger`
  // sends one request of `trigger_request`. Waits until every watcher had it or time ran out.
  FanoutResult Fanout(std::size_t trigger, const RpcPlan& trigger_request,
                      const std::string& event);

  // Connections whose handshake succeeded and that are still open.
  std::size_t open_count() const;
  // Connections that ended without the bench asking (server close, reset), with reasons.
  ErrorTally Dropped() const;

  // Close handshake (1000) on every open connection, bounded by `time_limit`; the rest are
  // dropped abruptly.
  void CloseAll(std::chrono::milliseconds time_limit);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gateway::bench
