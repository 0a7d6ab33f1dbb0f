// A WebSocket client socket with its own I/O thread. Low level on purpose: tests use it to send
// odd frames, withhold pongs and observe exactly how the server closes. No Beast/Asio types here.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gateway/client/url.hpp"

namespace gateway::client {

// How a connection ended.
struct CloseInfo {
  bool closed = false;  // the connection is over
  bool clean = false;   // a close frame was received from the peer
  int code = 0;         // close frame code; 1006 when the connection dropped without one
  std::string reason;   // close frame reason, or a local description of the failure

  bool operator==(const CloseInfo&) const = default;
};

// Open failed: DNS, TCP connect, HTTP upgrade or the deadline.
class WsOpenError : public std::runtime_error {
 public:
  WsOpenError(std::string message, bool timed_out, int http_status)
      : std::runtime_error(std::move(message)), timed_out_(timed_out), http_status_(http_status) {}
  bool timed_out() const { return timed_out_; }
  // Status of a declined upgrade (e.g. 403), 0 when the server never answered with HTTP.
  int http_status() const { return http_status_; }

 private:
  bool timed_out_;
  int http_status_;
};

using Headers = std::vector<std::pair<std::string, std::string>>;

class WsConnection {
 public:
  // Connects and upgrades; `headers` (e.g. Origin) go on the upgrade request. Never offers
  // permessage-deflate. Throws WsOpenError on failure or when `timeout` passes.
  static std::unique_ptr<WsConnection> Open(const Url& url, std::chrono::milliseconds timeout,
                                            const Headers& headers = {});
  // Closes politely (bounded wait) if still open, then stops the I/O thread.
  ~WsConnection();
  WsConnection(const WsConnection&) = delete;
  WsConnection& operator=(const WsConnection&) = delete;

  // Queue a message; any thread. Ignored once the connection is closed.
  void SendText(std::string_view text);
  void SendBinary(std::string_view bytes);

  // Next message (text or binary) within `timeout`; nullopt on timeout, or once the peer closed
  // and every message received before the close was returned.
  std::optional<std::string> Receive(std::chrono::milliseconds timeout);

  // Waits until the connection is closed and reports how; {closed=false} on timeout.
  CloseInfo WaitClosed(std::chrono::milliseconds timeout);
  // The close state right now, without waiting.
  CloseInfo close_info() const;

  // Starts the close handshake after the messages already queued. The peer's answer is
  // reported by WaitClosed.
  void Close(int code = 1000, std::string_view reason = "");

  // false: pings are counted but not answered (to test the server's keepalive).
  void SetAutoPong(bool enabled);
  std::size_t PingsReceived() const;
  // Client-side read cap (default 64 MiB); a larger message fails the connection with 1009.
  void SetMaxMessageSize(std::size_t bytes);

  // Hands every later message (and the ones queued but not yet received) to `on_message`, on the
  // I/O thread, in order; Receive then returns nothing. `on_close` runs once, on the I/O thread,
  // when the connection ends (at once if it already has). Callbacks must not block.
  void Subscribe(std::function<void(std::string&&)> on_message,
                 std::function<void(const CloseInfo&)> on_close);

 private:
  class Impl;
  explicit WsConnection(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace gateway::client
