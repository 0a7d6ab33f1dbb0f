// The WebSocket side of the agent-* modes: a few gateway connections (handshake with connect caps,
// e.g. session-scoped-events) on one or two I/O threads. Every frame after hello-ok is handed to
// the mode's callback on the connection's I/O thread, with the time it was read; the mode drives
// its runs from there (Send on that thread), so request and event times are taken where the bytes
// are written and read. Beast and Asio stay in agent_client.cpp.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tools/bench/bench_clock.hpp"
#include "tools/bench/raw_fleet.hpp"

namespace gateway::bench {

class AgentClient {
 public:
  // Frames of connection `conn` after its hello-ok, on its I/O thread.
  using OnFrame = std::function<void(std::size_t conn, std::string_view text, Clock::time_point)>;

  AgentClient(FleetTarget target, int io_threads, OnFrame on_frame);
  // Drops every socket and joins the threads.
  ~AgentClient();
  AgentClient(const AgentClient&) = delete;
  AgentClient& operator=(const AgentClient&) = delete;

  // Opens `count` connections at once with operator `scopes` and connect `caps`; returns when all
  // finished their handshake or `time_limit` passed. The errors of those that failed.
  ErrorTally Open(std::size_t count, const std::vector<std::string>& scopes,
                  const std::vector<std::string>& caps, std::chrono::milliseconds time_limit);
  std::size_t size() const;

  // Runs `fn` on connection `conn`'s I/O thread.
  void Post(std::size_t conn, std::function<void()> fn);
  // On connection `conn`'s I/O thread only (from Post or OnFrame): queues `frame` and returns the
  // time its write was started (or, behind another write, queued).
  Clock::time_point Send(std::size_t conn, std::string frame);

  // Connections that ended without the bench asking, with reasons.
  ErrorTally Dropped() const;
  // Close handshake on every connection, bounded by `time_limit`.
  void CloseAll(std::chrono::milliseconds time_limit);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gateway::bench
