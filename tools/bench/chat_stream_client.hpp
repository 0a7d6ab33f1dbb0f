// Streaming HTTP requests for the openai-* modes: each on its own loopback connection, all read
// by one I/O thread (Asio sockets, no Beast) that timestamps every read where it happens. The
// response body (chunked or not) goes through SseParser, and every `data:` event is read as an
// OpenAI `chat.completion.chunk`: the gateway's and the stand-in provider's streams alike.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "tools/bench/bench_clock.hpp"

namespace gateway::bench {

// What one stream showed. Times are those of the read that completed the event; unset
// (time_point{}) when it never came.
struct ChatStreamResult {
  Clock::time_point sent;           // the request was handed to the socket (after TCP connect)
  Clock::time_point role;           // the first chunk with `delta.role`
  Clock::time_point first_content;  // the first chunk with a non-empty `delta.content`
  Clock::time_point done;           // `data: [DONE]`
  Clock::time_point ended;          // the body ended (or the stream failed)
  int status = 0;                   // HTTP status
  std::string content;              // every `delta.content`, concatenated
  std::string finish_reason;        // the last non-null `finish_reason`
  std::size_t content_chunks = 0;
  std::string error;  // empty when the body ended cleanly after [DONE]
};

// A `POST <path>` of a JSON body to 127.0.0.1:`port`, with `Authorization: Bearer <token>` when
// the token is not empty.
std::string ChatStreamRequest(std::uint16_t port, std::string_view path, const std::string& token,
                              const std::string& body);

class ChatStreamClient {
 public:
  ChatStreamClient();   // starts the I/O thread
  ~ChatStreamClient();  // Stop()
  ChatStreamClient(const ChatStreamClient&) = delete;
  ChatStreamClient& operator=(const ChatStreamClient&) = delete;

  // Connects to 127.0.0.1:`port`, writes `request` and reads the response into `out`, which must
  // stay valid until `on_end` has been called (once, on the I/O thread) or Stop() returned.
  void Start(std::uint16_t port, std::string request, ChatStreamResult& out,
             std::function<void()> on_end);
  // Stops the I/O thread and closes every connection still open; streams that had not ended
  // never call `on_end`. Their results may be read after this.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gateway::bench
