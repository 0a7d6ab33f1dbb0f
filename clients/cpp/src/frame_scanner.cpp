#include "frame_scanner.hpp"

#include <algorithm>

namespace gateway::client::detail {
namespace {

constexpr std::uint8_t kOpcodeMask = 0x0f;
constexpr std::uint8_t kOpcodePong = 0x0a;
constexpr std::uint8_t kMaskBit = 0x80;
constexpr std::uint8_t kLengthMask = 0x7f;

}  // namespace

void FrameScanner::TakeHeaderByte(std::uint8_t byte) {
  header_[header_have_++] = byte;
  if (header_have_ == 2) {
    std::uint8_t len7 = header_[1] & kLengthMask;
    std::size_t extended = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
    std::size_t mask = (header_[1] & kMaskBit) ? 4 : 0;
    header_need_ = 2 + extended + mask;
  }
  if (header_have_ < 2 || header_have_ < header_need_) return;

  std::uint8_t len7 = header_[1] & kLengthMask;
  std::uint64_t length = len7;
  if (len7 >= 126) {
    std::size_t bytes = len7 == 126 ? 2 : 8;
    length = 0;
    for (std::size_t i = 0; i < bytes; ++i) length = (length << 8) | header_[2 + i];
  }
  header_have_ = 0;
  header_need_ = 2;
  payload_left_ = length;
  in_payload_ = length > 0;
}

std::size_t FrameScanner::ConsumeRun(const std::uint8_t* data, std::size_t size, bool drop_pongs,
                                     bool* dropped) {
  std::size_t used = 0;
  bool fate = drop_;
  bool fate_known = false;
  while (used < size) {
    if (AtFrameStart()) {
      bool drop = drop_pongs && (data[used] & kOpcodeMask) == kOpcodePong;
      if (fate_known && drop != fate) break;
      drop_ = drop;
    }
    if (!fate_known) {
      fate = drop_;
      fate_known = true;
    }
    if (in_payload_) {
      std::uint64_t take = std::min<std::uint64_t>(payload_left_, size - used);
      used += static_cast<std::size_t>(take);
      payload_left_ -= take;
      if (payload_left_ == 0) in_payload_ = false;
    } else {
      TakeHeaderByte(data[used++]);
    }
  }
  *dropped = fate;
  return used;
}

}  // namespace gateway::client::detail
