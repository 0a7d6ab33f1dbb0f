// A deliberately minimal WebSocket client over a plain socket: it upgrades and sends frames but
// never reads unless asked, to play a stalled consumer.
#pragma once

#include <string>

namespace gateway::testing {

class RawWebSocket {
 public:
  // Connects to 127.0.0.1:port with a small receive buffer and completes the upgrade.
  explicit RawWebSocket(int port);
  ~RawWebSocket();
  RawWebSocket(const RawWebSocket&) = delete;
  RawWebSocket& operator=(const RawWebSocket&) = delete;

  // Sends one masked text frame; returns false once the peer has gone.
  bool SendText(const std::string& text);

 private:
  int fd_ = -1;
};

}  // namespace gateway::testing
