// Follows WebSocket frame boundaries in a byte stream (RFC 6455 §5.2) so a stream layer can
// tell which bytes belong to which frame, and drop whole pong frames on request.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace gateway::client::detail {

class FrameScanner {
 public:
  // Consumes the longest prefix of data[0, size) whose bytes share one fate: all kept or all in
  // dropped frames. A frame is dropped when it is a pong and drop_pongs is true at its first
  // byte. Returns the prefix length (at least 1 when size > 0); *dropped tells the fate.
  std::size_t ConsumeRun(const std::uint8_t* data, std::size_t size, bool drop_pongs,
                         bool* dropped);

 private:
  bool AtFrameStart() const { return !in_payload_ && header_have_ == 0; }
  void TakeHeaderByte(std::uint8_t byte);

  std::array<std::uint8_t, 14> header_{};
  std::size_t header_have_ = 0;
  std::size_t header_need_ = 2;
  std::uint64_t payload_left_ = 0;
  bool in_payload_ = false;
  bool drop_ = false;
};

}  // namespace gateway::client::detail
