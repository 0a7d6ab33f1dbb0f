// A loopback stand-in server in a forked child, so its work never shares the bench's threads: the
// parent binds the listening socket, the child serves it and writes one report line per event to a
// pipe the parent reads. The child is killed when this object goes.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace gateway::bench {

class ForkedStandin {
 public:
  // Runs in the child with the listening socket and the report pipe; must not return.
  using Serve = std::function<void(int listen_fd, int report_fd)>;

  // `pipe_bytes` > 0 widens the report pipe (the child blocks when it is full). Throws on failure.
  ForkedStandin(const std::string& name, const Serve& serve, int pipe_bytes = 0);
  ~ForkedStandin();
  ForkedStandin(const ForkedStandin&) = delete;
  ForkedStandin& operator=(const ForkedStandin&) = delete;

  std::uint16_t port() const { return port_; }
  pid_t pid() const { return child_; }
  // The next report line, or nullopt at the deadline or when the child is gone (limit 0: what is
  // there now).
  std::optional<std::string> NextLine(std::chrono::milliseconds limit);

 private:
  pid_t child_ = -1;
  int report_fd_ = -1;
  std::uint16_t port_ = 0;
  std::string pending_;
};

}  // namespace gateway::bench
