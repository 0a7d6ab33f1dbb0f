// A loopback stand-in for the Telegram Bot API, for the telegram-dms mode, forked as a child
// process (a thread per connection) so its work is neither the gateway's nor the bench's. It
// answers the startup calls, sendChatAction and editMessageText, serves private text messages
// through getUpdates (acknowledged by `offset`, as the API does) and follows a script:
//   1. `sequential` DMs from users 100000+i, one at a time: the next is offered once the previous
//      one was answered (text: AgentPromptMarker("s<i>", tokens, 0));
//   2. then `burst` DMs from users 200000+i all at once (AgentPromptMarker("b<i>", …)).
// Reports over a pipe, with CLOCK_MONOTONIC nanoseconds:
//   served <id> <ns>  the getUpdates answer that first carried message <id> was written
//   sent <id> <ns>    a sendMessage to the chat of message <id> arrived
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "tools/bench/forked_standin.hpp"

namespace gateway::bench {

inline constexpr const char* kBenchBotToken = "424242:bench-bot-token";

class TelegramStandin {
 public:
  TelegramStandin(int sequential, int burst, int tokens);  // forks; throws on failure

  std::uint16_t port() const { return process_.port(); }
  // The next report line ("sent b7 123"), or nullopt at the deadline.
  std::optional<std::string> NextReport(std::chrono::milliseconds limit);

 private:
  ForkedStandin process_;
};

}  // namespace gateway::bench
