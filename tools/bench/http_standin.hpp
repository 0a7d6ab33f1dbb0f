// A loopback HTTP stand-in for the outbound-client modes, run in a forked child process so the
// bench process's RSS and thread count are the client's alone. One thread (Asio) serves:
//   GET /silent/<id>  reads the request, never answers; reports "req <id>" when the request head
//                     arrived and "close <id> <ns>" (CLOCK_MONOTONIC) when the client closed.
//   GET /stream?events=E&interval_ms=I&bytes=B
//                     a chunked text/event-stream of E events of B bytes of data, one every I ms.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "tools/bench/forked_standin.hpp"

namespace gateway::bench {

class HttpStandin {
 public:
  HttpStandin();  // forks; throws on failure

  std::uint16_t port() const { return process_.port(); }
  pid_t pid() const { return process_.pid(); }
  // The next report line from the child ("req 7", "close 7 123456789"), or nullopt at the deadline.
  std::optional<std::string> NextReport(std::chrono::milliseconds limit);

 private:
  ForkedStandin process_;
};

}  // namespace gateway::bench
