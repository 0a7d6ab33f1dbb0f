// RFC 6455 framing for the server side of a WebSocket, without I/O: encoding the unmasked frames
// the gateway writes and decoding the masked frames clients send. Owning the framing lets a
// connection write many queued frames with one syscall and parse every frame one read brought,
// which Beast's one-message-per-operation stream cannot.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gateway::transport::ws {

enum class Opcode : std::uint8_t {
  kContinuation = 0x0,
  kText = 0x1,
  kBinary = 0x2,
  kClose = 0x8,
  kPing = 0x9,
  kPong = 0xA,
};

// RFC 6455 §7.4.1 codes the framing layer closes with by itself.
inline constexpr std::uint16_t kCloseNormal = 1000;
inline constexpr std::uint16_t kCloseProtocolError = 1002;
inline constexpr std::uint16_t kCloseInvalidPayload = 1007;
inline constexpr std::uint16_t kCloseTooBig = 1009;
inline constexpr std::uint16_t kCloseInternalError = 1011;

// The header of one unfragmented, unmasked frame (FIN set): 2, 4 or 10 bytes.
struct FrameHeader {
  std::array<char, 10> bytes{};
  std::uint8_t size = 0;
  std::string_view view() const { return {bytes.data(), size}; }
};
FrameHeader EncodeHeader(Opcode opcode, std::size_t payload_size);
// A whole unmasked frame (control frames, which are small and built rarely).
std::string EncodeFrame(Opcode opcode, std::string_view payload);

// The payload of a close frame: the code, then the reason cut to 123 bytes on a code point
// boundary.
std::string ClosePayload(std::uint16_t code, std::string_view reason);

bool IsValidUtf8(std::string_view text);

// What the decoder found in the bytes it was given.
struct Incoming {
  enum class Kind { kNeedMore, kMessage, kPing, kPong, kClose, kViolation };
  Kind kind = Kind::kNeedMore;
  std::string payload;  // message, ping/pong data, or the close reason
  std::uint16_t code =
      0;  // kClose: the peer's code (1005 when it sent none); kViolation: ours to send
};

// Decodes the frames of one client, in order, assembling fragmented messages. A message over
// the size limit, an unmasked or malformed frame, or a text message that is not UTF-8 is a
// violation carrying the close code to answer with (1009, 1002, 1007); the decoder stays failed.
class FrameDecoder {
 public:
  explicit FrameDecoder(std::size_t max_message) : max_message_(max_message) {}
  void set_max_message(std::size_t max) { max_message_ = max; }

  // Decodes at most one frame from the front of `data`; `consumed` is how many bytes it used up
  // (the rest must be passed again, with more bytes after them). kNeedMore with consumed == 0
  // means the next frame is not complete yet; with consumed > 0 a non-final fragment was taken in.
  Incoming Next(std::string_view data, std::size_t& consumed);

 private:
  Incoming Fail(std::uint16_t code);

  std::size_t max_message_;
  std::string partial_;  // the fragments so far of a message not finished
  bool in_message_ = false;
  bool partial_is_text_ = false;
  bool failed_ = false;
};

}  // namespace gateway::transport::ws
