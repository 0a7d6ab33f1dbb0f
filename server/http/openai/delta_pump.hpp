// Writes a run's append-only text deltas to a streamed HTTP response without letting a slow reader
// grow the send queue: while the exchange holds kStreamHighWater bytes, deltas merge into one
// pending piece that is framed and written when the reader catches up. Thread-safe: deltas come
// from run threads, the catch-up from an I/O thread.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "server/transport/transport.hpp"

namespace gateway::http::openai {

class DeltaPump : public std::enable_shared_from_this<DeltaPump> {
 public:
  // `frame` turns a text delta into the bytes of one SSE event.
  DeltaPump(std::shared_ptr<transport::HttpExchange> exchange,
            std::function<std::string(std::string_view delta)> frame);

  void Add(std::string_view delta);
  // Writes the pending text, then `tail` (the closing events), and ends the response.
  void Finish(std::string tail);
  // Every delta added so far (written or pending).
  std::string streamed() const;

 private:
  void FlushLocked();
  void OnWritable();

  std::shared_ptr<transport::HttpExchange> exchange_;
  std::function<std::string(std::string_view)> frame_;
  mutable std::mutex mutex_;
  std::string streamed_;
  std::string pending_;
  bool waiting_ = false;  // a WhenWritable callback is registered
  bool finished_ = false;
};

}  // namespace gateway::http::openai
