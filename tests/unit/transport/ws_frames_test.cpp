// The server's WebSocket framing (RFC 6455) without sockets: headers it writes, and what the
// decoder makes of well-formed, fragmented, cut and malformed client frames.
#include "server/transport/ws_frames.hpp"

#include <catch2/catch.hpp>

using namespace gateway::transport::ws;

namespace {

// A client frame: masked with a fixed key unless told otherwise.
std::string ClientFrame(std::uint8_t first_byte, const std::string& payload, bool masked = true) {
  std::string frame(1, static_cast<char>(first_byte));
  const char mask_bit = masked ? static_cast<char>(0x80) : 0;
  if (payload.size() < 126) {
    frame.push_back(static_cast<char>(mask_bit | static_cast<char>(payload.size())));
  } else if (payload.size() <= 0xFFFF) {
    frame.push_back(static_cast<char>(mask_bit | 126));
    frame.push_back(static_cast<char>(payload.size() >> 8));
    frame.push_back(static_cast<char>(payload.size() & 0xFF));
  } else {
    frame.push_back(static_cast<char>(mask_bit | 127));
    for (int shift = 56; shift >= 0; shift -= 8)
      frame.push_back(static_cast<char>((payload.size() >> shift) & 0xFF));
  }
  if (!masked) return frame + payload;
  const char key[4] = {'\x37', '\xfa', '\x21', '\x3d'};
  frame.append(key, 4);
  for (std::size_t i = 0; i < payload.size(); ++i)
    frame.push_back(static_cast<char>(payload[i] ^ key[i % 4]));
  return frame;
}

// Everything the decoder yields for `bytes`, dropping the "need more" steps.
std::vector<Incoming> DecodeAll(FrameDecoder& decoder, const std::string& bytes) {
  std::vector<Incoming> out;
  std::string_view rest(bytes);
  while (true) {
    std::size_t consumed = 0;
    Incoming in = decoder.Next(rest, consumed);
    rest.remove_prefix(consumed);
    if (in.kind == Incoming::Kind::kNeedMore) {
      if (consumed == 0) break;
      continue;
    }
    bool violation = in.kind == Incoming::Kind::kViolation;
    out.push_back(std::move(in));
    if (violation) break;
  }
  return out;
}

}  // namespace

TEST_CASE("ws frames: server headers use the shortest length form", "[transport]") {
  CHECK(EncodeHeader(Opcode::kText, 0).view() == std::string("\x81\x00", 2));
  CHECK(EncodeHeader(Opcode::kText, 125).view() == std::string("\x81\x7d", 2));
  CHECK(EncodeHeader(Opcode::kText, 126).view() == std::string("\x81\x7e\x00\x7e", 4));
  CHECK(EncodeHeader(Opcode::kPong, 65535).view() == std::string("\x8a\x7e\xff\xff", 4));
  CHECK(EncodeHeader(Opcode::kText, 65536).view() ==
        std::string("\x81\x7f\x00\x00\x00\x00\x00\x01\x00\x00", 10));
  CHECK(EncodeFrame(Opcode::kPong, "hi") == std::string("\x8a\x02hi", 4));
}

TEST_CASE("ws frames: close payloads carry the code and a reason cut on a code point",
          "[transport]") {
  CHECK(ClosePayload(1008, "slow consumer") == std::string("\x03\xf0slow consumer"));
  std::string long_reason = std::string(122, 'a') + "\xc3\xa9";  // 124 bytes, é straddles byte 123
  CHECK(ClosePayload(1000, long_reason) == std::string("\x03\xe8") + std::string(122, 'a'));
  CHECK(ClosePayload(1000, std::string(200, 'b')).size() == 125);
}

TEST_CASE("ws frames: UTF-8 validation", "[transport]") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("plain ascii"));
  CHECK(IsValidUtf8("h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80"));
  CHECK_FALSE(IsValidUtf8("\xff"));
  CHECK_FALSE(IsValidUtf8("\xc3"));              // cut short
  CHECK_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong '/'
  CHECK_FALSE(IsValidUtf8("\xed\xa0\x80"));      // a UTF-16 surrogate
  CHECK_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(IsValidUtf8("a\x80"));             // stray continuation byte
}

TEST_CASE("ws frames: messages in one read, cut anywhere, and fragmented", "[transport]") {
  FrameDecoder decoder(1 << 20);
  std::string two = ClientFrame(0x81, "{\"a\":1}") + ClientFrame(0x82, std::string(300, 'x'));
  auto both = DecodeAll(decoder, two);
  REQUIRE(both.size() == 2);
  CHECK(both[0].kind == Incoming::Kind::kMessage);
  CHECK(both[0].payload == "{\"a\":1}");
  CHECK(both[1].payload == std::string(300, 'x'));

  SECTION("a frame cut at every byte waits for the rest") {
    std::string frame = ClientFrame(0x81, std::string(70000, 'y'));
    for (std::size_t cut : {1u, 2u, 3u, 9u, 13u, 14u, 70000u}) {
      std::size_t consumed = 99;
      CHECK(decoder.Next(std::string_view(frame).substr(0, cut), consumed).kind ==
            Incoming::Kind::kNeedMore);
      CHECK(consumed == 0);
    }
    auto whole = DecodeAll(decoder, frame);
    REQUIRE(whole.size() == 1);
    CHECK(whole[0].payload.size() == 70000);
  }
  SECTION("fragments join, with a ping between them") {
    std::string bytes = ClientFrame(0x01, "{\"type\":") + ClientFrame(0x89, "p1") +
                        ClientFrame(0x00, "\"req\"") + ClientFrame(0x80, "}");
    auto got = DecodeAll(decoder, bytes);
    REQUIRE(got.size() == 2);
    CHECK(got[0].kind == Incoming::Kind::kPing);
    CHECK(got[0].payload == "p1");
    CHECK(got[1].kind == Incoming::Kind::kMessage);
    CHECK(got[1].payload == "{\"type\":\"req\"}");
  }
  SECTION("close frames: code and reason, or none") {
    auto closed = DecodeAll(decoder, ClientFrame(0x88, std::string("\x03\xe8") + "bye"));
    REQUIRE(closed.size() == 1);
    CHECK(closed[0].kind == Incoming::Kind::kClose);
    CHECK(closed[0].code == 1000);
    CHECK(closed[0].payload == "bye");
    FrameDecoder other(1024);
    auto bare = DecodeAll(other, ClientFrame(0x88, ""));
    REQUIRE(bare.size() == 1);
    CHECK(bare[0].code == 1005);
  }
}

TEST_CASE("ws frames: violations name the close code to answer with", "[transport]") {
  auto violation = [](const std::string& bytes, std::size_t max = 1024) {
    FrameDecoder decoder(max);
    auto got = DecodeAll(decoder, bytes);
    REQUIRE_FALSE(got.empty());
    CHECK(got.back().kind == Incoming::Kind::kViolation);
    return got.back().code;
  };
  CHECK(violation(ClientFrame(0x81, "hi", false)) == 1002);  // unmasked
  CHECK(violation(ClientFrame(0xC1, "hi")) == 1002);         // RSV1 without an extension
  CHECK(violation(ClientFrame(0x83, "hi")) == 1002);         // reserved opcode
  CHECK(violation(ClientFrame(0x80, "hi")) == 1002);         // continuation of nothing
  CHECK(violation(ClientFrame(0x01, "a") + ClientFrame(0x81, "b")) ==
        1002);                                                         // new message mid-fragment
  CHECK(violation(ClientFrame(0x09, "p")) == 1002);                    // fragmented ping
  CHECK(violation(ClientFrame(0x89, std::string(126, 'p'))) == 1002);  // control payload over 125
  CHECK(violation(ClientFrame(0x88, "\x03")) == 1002);                 // 1-byte close payload
  CHECK(violation(ClientFrame(0x88, "\x03\xed")) == 1002);             // code 1005 on the wire
  CHECK(violation(ClientFrame(0x88, "\x03\xe8\xff")) == 1007);         // reason not UTF-8
  CHECK(violation(ClientFrame(0x81, "\xc0\xaf")) == 1007);             // text not UTF-8
  CHECK(violation(ClientFrame(0x01, "\xe2\x82") + ClientFrame(0x80, "x")) == 1007);
  CHECK(violation(ClientFrame(0x81, std::string(1025, 'x'))) == 1009);  // over the limit
  CHECK(violation(ClientFrame(0x01, std::string(600, 'x')) +
                  ClientFrame(0x80, std::string(600, 'x'))) == 1009);
  // The size is judged from the header: no need to receive the payload first.
  std::string header_only = ClientFrame(0x81, std::string(5000, 'x')).substr(0, 8);
  CHECK(violation(header_only) == 1009);
  // Binary frames are not checked for UTF-8 (the handler decides what to do with them).
  FrameDecoder decoder(1024);
  auto binary = DecodeAll(decoder, ClientFrame(0x82, "\xff\xfe"));
  REQUIRE(binary.size() == 1);
  CHECK(binary[0].kind == Incoming::Kind::kMessage);
}

TEST_CASE("ws frames: the size limit can be raised after the handshake", "[transport]") {
  FrameDecoder decoder(10);
  decoder.set_max_message(100);
  auto got = DecodeAll(decoder, ClientFrame(0x81, std::string(50, 'z')));
  REQUIRE(got.size() == 1);
  CHECK(got[0].kind == Incoming::Kind::kMessage);
}
