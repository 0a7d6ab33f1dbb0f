// Starts a throwaway gateway for a bench run: a temporary HOME set up with `openclaw setup`, a
// free loopback port, `openclaw gateway --port <p>` as a child, and cleanup at the end.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <expected>
#include <memory>
#include <optional>
#include <string>

#include "tools/bench/bench_clock.hpp"

namespace gateway::bench {

// A temporary HOME (mkdtemp) in which `openclaw setup` wrote a config with a fresh token.
// The directory tree is removed by the destructor.
class StateDir {
 public:
  static std::expected<std::unique_ptr<StateDir>, std::string> Create(const std::string& openclaw);
  ~StateDir();
  StateDir(const StateDir&) = delete;
  StateDir& operator=(const StateDir&) = delete;

  const std::string& openclaw() const { return openclaw_; }
  const std::string& home() const { return home_; }
  const std::string& token() const { return token_; }

 private:
  StateDir(std::string openclaw, std::string home)
      : openclaw_(std::move(openclaw)), home_(std::move(home)) {}
  std::string openclaw_, home_, token_;
};

class GatewayProcess {
 public:
  // Picks a free loopback port and spawns the gateway; its console output goes to
  // <home>/gateway-<port>.out. Does not wait for it to listen (see WaitHealthy).
  static std::expected<std::unique_ptr<GatewayProcess>, std::string> Spawn(const StateDir& state);
  // Stops the gateway if it still runs.
  ~GatewayProcess();
  GatewayProcess(const GatewayProcess&) = delete;
  GatewayProcess& operator=(const GatewayProcess&) = delete;

  // Polls GET `path` (/health by default) until it answers 200: milliseconds from spawn, or nullopt
  // when `limit` passed or the process ended first.
  std::optional<double> WaitHealthy(std::chrono::milliseconds limit,
                                    const std::string& path = "/health");
  // SIGTERM, up to 5 s for a clean exit, then SIGKILL. Returns how it ended.
  std::string Stop();
  // How the process ended, if it has (without waiting); nullopt while it runs.
  std::optional<std::string> Ended();
  // The last `max_bytes` of its console output.
  std::string OutputTail(std::size_t max_bytes) const;

  pid_t pid() const { return pid_; }
  std::uint16_t port() const { return port_; }

 private:
  GatewayProcess(pid_t pid, std::uint16_t port, std::string output, Clock::time_point at)
      : pid_(pid), port_(port), output_path_(std::move(output)), spawned_at_(at) {}

  pid_t pid_;
  std::uint16_t port_;
  std::string output_path_;
  Clock::time_point spawned_at_;
  std::optional<std::string> ended_;
};

}  // namespace gateway::bench
