// A deliberately minimal WebSocket client over a plain socket: it upgrades and sends frames but
// never reads unless asked, to play a stalled consumer, and it can send what a well-behaved
// client never would (unmasked frames, reserved bits, fragments) to test the server's framing.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace gateway::testing {

class RawWebSocket {
 public:
  // Connects to 127.0.0.1:port with a small receive buffer and completes the upgrade.
  // `early_bytes` go out in the same write as the upgrade request, before its answer.
  explicit RawWebSocket(int port, const std::string& early_bytes = "");
  ~RawWebSocket();
  RawWebSocket(const RawWebSocket&) = delete;
  RawWebSocket& operator=(const RawWebSocket&) = delete;

  // Sends one masked text frame; returns false once the peer has gone.
  bool SendText(const std::string& text);
  // Frames that go out: `first_byte` is FIN | RSV | opcode.
  static std::string EncodeFrame(std::uint8_t first_byte, const std::string& payload,
                                 bool masked = true);
  // Sends bytes as they are (several frames at once, or a frame cut anywhere).
  bool SendBytes(const std::string& bytes);
  // From now on a send that cannot go out within `limit` fails instead of blocking.
  void SetSendTimeout(std::chrono::milliseconds limit);

  struct Frame {
    std::uint8_t first_byte = 0;
    std::string payload;
    std::uint8_t opcode() const { return first_byte & 0x0F; }
  };
  // The next whole frame from the server, or nothing when none arrives in time or the socket ends.
  std::optional<Frame> ReadFrame(std::chrono::milliseconds timeout);
  // Whether the server closes the TCP connection within the timeout (frames before it are skipped).
  bool WaitEof(std::chrono::milliseconds timeout);

 private:
  bool Fill(std::size_t bytes, std::chrono::steady_clock::time_point deadline);

  int fd_ = -1;
  std::string received_;
  bool eof_ = false;
};

}  // namespace gateway::testing
