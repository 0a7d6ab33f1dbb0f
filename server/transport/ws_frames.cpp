#include "server/transport/ws_frames.hpp"

#include <algorithm>

namespace gateway::transport::ws {
namespace {

constexpr std::size_t kMaxControlPayload = 125;
constexpr std::size_t kMaxCloseReason = 123;

bool IsControl(std::uint8_t opcode) { return (opcode & 0x8) != 0; }

bool IsKnownOpcode(std::uint8_t opcode) {
  return opcode <= 0x2 || (opcode >= 0x8 && opcode <= 0xA);
}

// RFC 6455 §7.4: codes a peer may put on the wire (1005, 1006 and 1015 are never sent).
bool IsSendableCloseCode(std::uint16_t code) {
  if (code >= 3000 && code <= 4999) return true;
  return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014);
}

void AppendUnmasked(std::string& out, std::string_view masked, const unsigned char* key) {
  const std::size_t start = out.size();
  out.resize(start + masked.size());
  char* dest = out.data() + start;
  for (std::size_t i = 0; i < masked.size(); ++i) {
    dest[i] = static_cast<char>(static_cast<unsigned char>(masked[i]) ^ key[i & 3]);
  }
}

}  // namespace

FrameHeader EncodeHeader(Opcode opcode, std::size_t payload_size) {
  FrameHeader header;
  header.bytes[0] = static_cast<char>(0x80 | static_cast<std::uint8_t>(opcode));
  if (payload_size < 126) {
    header.bytes[1] = static_cast<char>(payload_size);
    header.size = 2;
  } else if (payload_size <= 0xFFFF) {
    header.bytes[1] = 126;
    header.bytes[2] = static_cast<char>(payload_size >> 8);
    header.bytes[3] = static_cast<char>(payload_size & 0xFF);
    header.size = 4;
  } else {
    header.bytes[1] = 127;
    for (int i = 0; i < 8; ++i) {
      header.bytes[2 + i] =
          static_cast<char>((static_cast<std::uint64_t>(payload_size) >> (56 - 8 * i)) & 0xFF);
    }
    header.size = 10;
  }
  return header;
}

std::string EncodeFrame(Opcode opcode, std::string_view payload) {
  std::string frame(EncodeHeader(opcode, payload.size()).view());
  frame.append(payload);
  return frame;
}

std::string ClosePayload(std::uint16_t code, std::string_view reason) {
  std::size_t cut = std::min(reason.size(), kMaxCloseReason);
  if (cut < reason.size()) {
    while (cut > 0 && (static_cast<unsigned char>(reason[cut]) & 0xC0) == 0x80)
      --cut;  // whole code points
  }
  std::string payload;
  payload.push_back(static_cast<char>(code >> 8));
  payload.push_back(static_cast<char>(code & 0xFF));
  payload.append(reason.substr(0, cut));
  return payload;
}

bool IsValidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    std::size_t extra;
    std::uint32_t min;
    std::uint32_t cp;
    if ((*p & 0xE0) == 0xC0) {
      extra = 1, min = 0x80, cp = *p & 0x1F;
    } else if ((*p & 0xF0) == 0xE0) {
      extra = 2, min = 0x800, cp = *p & 0x0F;
    } else if ((*p & 0xF8) == 0xF0) {
      extra = 3, min = 0x10000, cp = *p & 0x07;
    } else {
      return false;
    }
    if (static_cast<std::size_t>(end - p) <= extra) return false;
    for (std::size_t i = 1; i <= extra; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;  // overlong, range, surrogate
    p += extra + 1;
  }
  return true;
}

Incoming FrameDecoder::Fail(std::uint16_t code) {
  failed_ = true;
  partial_.clear();
  partial_.shrink_to_fit();
  Incoming result;
  result.kind = Incoming::Kind::kViolation;
  result.code = code;
  return result;
}

Incoming FrameDecoder::Next(std::string_view data, std::size_t& consumed) {
  consumed = 0;
  if (failed_) return Fail(kCloseProtocolError);
  if (data.size() < 2) return {};
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  const bool fin = (bytes[0] & 0x80) != 0;
  const std::uint8_t opcode = bytes[0] & 0x0F;
  if ((bytes[0] & 0x70) != 0 || !IsKnownOpcode(opcode))
    return Fail(kCloseProtocolError);                            // no extensions
  if ((bytes[1] & 0x80) == 0) return Fail(kCloseProtocolError);  // clients must mask
  std::uint64_t length = bytes[1] & 0x7F;
  std::size_t header_size = 2;
  if (length == 126) {
    if (data.size() < 4) return {};
    length = (std::uint64_t{bytes[2]} << 8) | bytes[3];
    header_size = 4;
  } else if (length == 127) {
    if (data.size() < 10) return {};
    length = 0;
    for (int i = 0; i < 8; ++i) length = (length << 8) | bytes[2 + i];
    if (length >> 63) return Fail(kCloseProtocolError);
    header_size = 10;
  }
  if (IsControl(opcode)) {
    if (!fin || length > kMaxControlPayload) return Fail(kCloseProtocolError);
  } else {
    const bool continuation = opcode == static_cast<std::uint8_t>(Opcode::kContinuation);
    if (continuation != in_message_)
      return Fail(kCloseProtocolError);  // stray or interleaved fragment
    if (length > max_message_ || partial_.size() + length > max_message_) return Fail(kCloseTooBig);
  }
  header_size += 4;  // the masking key
  if (data.size() < header_size || data.size() - header_size < length) return {};
  const unsigned char* key = bytes + header_size - 4;
  const std::string_view masked = data.substr(header_size, static_cast<std::size_t>(length));
  consumed = header_size + static_cast<std::size_t>(length);

  Incoming result;
  if (IsControl(opcode)) {
    AppendUnmasked(result.payload, masked, key);
    if (opcode == static_cast<std::uint8_t>(Opcode::kPing)) {
      result.kind = Incoming::Kind::kPing;
    } else if (opcode == static_cast<std::uint8_t>(Opcode::kPong)) {
      result.kind = Incoming::Kind::kPong;
    } else {
      result.kind = Incoming::Kind::kClose;
      if (result.payload.empty()) {
        result.code = 1005;  // "no status received"
      } else {
        if (result.payload.size() == 1) return Fail(kCloseProtocolError);
        result.code =
            static_cast<std::uint16_t>((static_cast<unsigned char>(result.payload[0]) << 8) |
                                       static_cast<unsigned char>(result.payload[1]));
        if (!IsSendableCloseCode(result.code)) return Fail(kCloseProtocolError);
        result.payload.erase(0, 2);
        if (!IsValidUtf8(result.payload)) return Fail(kCloseInvalidPayload);
      }
    }
    return result;
  }

  if (!in_message_ && fin) {  // the common case: a whole message in one frame
    AppendUnmasked(result.payload, masked, key);
    if (opcode == static_cast<std::uint8_t>(Opcode::kText) && !IsValidUtf8(result.payload)) {
      return Fail(kCloseInvalidPayload);
    }
    result.kind = Incoming::Kind::kMessage;
    return result;
  }
  if (!in_message_) {
    in_message_ = true;
    partial_is_text_ = opcode == static_cast<std::uint8_t>(Opcode::kText);
  }
  AppendUnmasked(partial_, masked, key);
  if (!fin) return {};  // a fragment taken in; kNeedMore with `consumed` set
  in_message_ = false;
  result.payload = std::move(partial_);
  partial_ = std::string();
  if (partial_is_text_ && !IsValidUtf8(result.payload)) return Fail(kCloseInvalidPayload);
  result.kind = Incoming::Kind::kMessage;
  return result;
}

}  // namespace gateway::transport::ws
