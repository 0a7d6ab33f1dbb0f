// A loopback stand-in for an OpenAI Chat Completions provider, for the agent-* modes, forked as a
// child process (one Asio thread) so its work is neither the gateway's nor the bench's. It serves
// POST /v1/chat/completions with `stream:true`: a chunked `text/event-stream` of content deltas,
// then a `finish_reason:"stop"` chunk, a usage chunk and `data: [DONE]`.
//
// What each reply looks like comes from the prompt: the last `bench-run id=<id> tokens=<n>
// interval=<ms>` in the request body (the session's history holds the earlier ones). The reply is
// ReplyText(n): tokens "w0", " w1", " w2", …; tokens=0 streams forever (until the client closes).
// The child reports over a pipe, with CLOCK_MONOTONIC nanoseconds (= std::chrono::steady_clock):
//   request <id> <ns> the request (head and body) has been read
//   first <id> <ns>   taken right before the first content chunk is written
//   done <id> <ns>    the reply was written completely
//   close <id> <ns>   the client closed the connection (EOF or reset on read, or a failed write)
//                     while the reply was still streaming
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "tools/bench/forked_standin.hpp"

namespace gateway::bench {

// The marker that tells the stand-in how to answer a prompt.
std::string AgentPromptMarker(const std::string& id, int tokens, int interval_ms);
// The full reply text of a `tokens`-token reply.
std::string ReplyText(int tokens);

struct StandinReport {
  std::string kind;  // request | first | done | close
  std::string id;
  std::int64_t ns = 0;  // CLOCK_MONOTONIC
};

class AgentStandin {
 public:
  AgentStandin();  // forks; throws on failure

  std::uint16_t port() const { return process_.port(); }
  pid_t pid() const { return process_.pid(); }
  // The next report from the child, or nullopt at the deadline (or when the child is gone).
  std::optional<StandinReport> NextReport(std::chrono::milliseconds limit);
  // The next report of `kind` for `id` (reports before it are skipped), or nullopt after `limit`.
  std::optional<StandinReport> AwaitReport(const std::string& kind, const std::string& id,
                                           std::chrono::milliseconds limit);

 private:
  ForkedStandin process_;
};

// steady_clock time as CLOCK_MONOTONIC nanoseconds (the stand-in's timestamps).
std::int64_t SteadyNs(std::chrono::steady_clock::time_point at);

}  // namespace gateway::bench
