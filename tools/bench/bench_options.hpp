// Everything the command line can set, for every mode.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace gateway::bench {

struct BenchOptions {
  std::string mode;
  std::string command_line;  // as typed, for the report

  // Target: start a gateway (--openclaw) or use a running one (--url, --token, --pid).
  std::string openclaw;
  std::string url;
  std::string token;
  int pid = 0;

  bool json = false;
  int client_threads = 1;    // I/O threads of the raw client
  double time_limit_s = 60;  // bound of every measured phase
  int rounds = 3;            // connect, fanout

  // rpc
  std::string method = "system-presence";
  std::string params = "{}";
  std::size_t connections = 50;
  std::size_t requests = 2000;  // per connection
  std::size_t depth = 1;
  std::size_t warmup = 200;    // requests per connection before measuring
  std::string client = "raw";  // raw | library (GatewayClient, for comparison)

  // connect, idle, fanout
  std::size_t count = 1000;
  std::size_t concurrency = 0;  // handshakes in flight; 0 = the mode's default
  double hold_s = 3;            // idle: how long connections are held before RSS is read

  // startup
  int runs = 5;

  // http-stream: events per stream and the interval between them
  std::size_t events = 20;
  std::size_t interval_ms = 50;
  // agent-*: tokens per reply (0 = the mode's default) and the gateway's agents.defaults.
  // maxConcurrent; --interval-ms is the time between tokens, -n the runs (first-token, abort),
  // -c and --sessions the connections and runs per connection (fanout).
  int reply_tokens = 0;
  int max_concurrent = 2000;
  // store-append, store-query (the session store without a gateway)
  std::string state_dir;             // default: a temporary directory, removed at the end
  std::string synchronous = "full";  // full | normal
  int store_threads = 4;             // the store's executor (writer strand + reads)
  std::size_t store_sessions = 100;  // store-append: concurrent sessions; store-query: sessions
  std::size_t store_appends = 200000;
  std::size_t store_messages = 20;         // store-query: messages per session
  std::size_t store_big_sessions = 100;    // store-query: long sessions
  std::size_t store_big_messages = 10000;  // store-query: messages per long session
  std::size_t store_queries = 200;

  std::chrono::milliseconds time_limit() const {
    return std::chrono::milliseconds(static_cast<long long>(time_limit_s * 1000));
  }
};

}  // namespace gateway::bench
