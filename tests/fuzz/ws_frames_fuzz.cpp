// Fuzzes the WebSocket frame decoder (server/transport/ws_frames.cpp) the way WsSession drives it:
// bytes arrive in two reads split at a fuzzer-chosen point, every complete frame of a read is
// decoded, and between the reads the message limit may change (Promote after hello-ok).
//
// Checked besides memory safety: events respect the limits in force, close frames carry a
// sendable code and UTF-8 reason, a failed decoder stays failed, and where the bytes are split
// does not change what is decoded.
#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "gateway/proto/protocol.hpp"
#include "server/transport/transport.hpp"
#include "server/transport/ws_frames.hpp"

namespace {

using gateway::fuzz::Require;
using namespace gateway::transport::ws;

// Limits around the header-size boundaries and the gateway's real ones.
const std::array<std::size_t, 9> kLimits = {
    0,
    1,
    125,
    126,
    0xFFFF,
    0x10000,
    gateway::transport::TransportOptions{}.preauth_max_payload,
    static_cast<std::size_t>(gateway::proto::constants::kMaxPayload),
    SIZE_MAX,
};

struct Event {
  Incoming::Kind kind;
  std::string payload;
  std::uint16_t code;
  bool operator==(const Event&) const = default;
};

// One connection's read side: what WsSession::Decode does with each read.
class Reader {
 public:
  explicit Reader(std::size_t max_message) : decoder_(max_message), max_message_(max_message) {}

  void SetMaxMessage(std::size_t max) {
    decoder_.set_max_message(max);
    max_message_ = max;
  }

  void Read(std::string_view bytes) {
    if (ended_) return;
    pending_.append(bytes);
    std::size_t offset = 0;
    while (!ended_) {
      std::size_t consumed = 0;
      const std::string_view rest = std::string_view(pending_).substr(offset);
      Incoming in = decoder_.Next(rest, consumed);
      Require(consumed <= rest.size(), "consumed more than given");
      offset += consumed;
      if (in.kind == Incoming::Kind::kNeedMore) {
        Require(in.payload.empty(), "kNeedMore with a payload");
        if (consumed == 0) break;
        continue;
      }
      Check(in);
      if (in.kind == Incoming::Kind::kClose || in.kind == Incoming::Kind::kViolation) {
        ended_ = true;
        if (in.kind == Incoming::Kind::kViolation) CheckStaysFailed(rest.substr(consumed));
      }
      events_.push_back({in.kind, std::move(in.payload), in.code});
    }
    pending_.erase(0, offset);
  }

  const std::vector<Event>& events() const { return events_; }

 private:
  void Check(const Incoming& in) const {
    switch (in.kind) {
      case Incoming::Kind::kMessage:
        Require(in.payload.size() <= max_message_, "message over the limit in force");
        break;
      case Incoming::Kind::kPing:
      case Incoming::Kind::kPong:
        Require(in.payload.size() <= 125, "control payload over 125 bytes");
        break;
      case Incoming::Kind::kClose:
        Require(in.payload.size() <= 123, "close reason over 123 bytes");
        Require(IsValidUtf8(in.payload), "close reason not UTF-8");
        Require(in.code == 1005 ? in.payload.empty()
                                : (in.code >= 1000 && in.code <= 1003) ||
                                      (in.code >= 1007 && in.code <= 1014) ||
                                      (in.code >= 3000 && in.code <= 4999),
                "close code not sendable");
        break;
      case Incoming::Kind::kViolation:
        Require(in.code == kCloseProtocolError || in.code == kCloseInvalidPayload ||
                    in.code == kCloseTooBig,
                "violation with an unexpected close code");
        Require(in.payload.empty(), "violation with a payload");
        break;
      case Incoming::Kind::kNeedMore:
        break;
    }
  }

  // After a violation every call answers 1002 and consumes nothing.
  void CheckStaysFailed(std::string_view rest) {
    std::size_t consumed = 1;
    Incoming again = decoder_.Next(rest, consumed);
    Require(again.kind == Incoming::Kind::kViolation && again.code == kCloseProtocolError &&
                consumed == 0,
            "a failed decoder decoded again");
  }

  FrameDecoder decoder_;
  std::size_t max_message_;
  std::string pending_;
  std::vector<Event> events_;
  bool ended_ = false;
};

// Close reasons the gateway sends are cut to 123 bytes on a code point boundary.
void CheckClosePayload(std::string_view text) {
  if (!IsValidUtf8(text)) return;
  const std::string payload = ClosePayload(kCloseNormal, text);
  Require(payload.size() >= 2 && payload.size() <= 125, "close payload size");
  const std::string_view reason = std::string_view(payload).substr(2);
  Require(IsValidUtf8(reason) && text.starts_with(reason), "close reason cut inside a code point");
  Require(reason.size() == text.size() || reason.size() + 3 >= 123, "close reason cut too short");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider provider(data, size);
  const std::size_t first_limit = provider.PickValueInArray(kLimits);
  const std::size_t second_limit = provider.PickValueInArray(kLimits);
  const auto split_at = provider.ConsumeIntegral<std::uint16_t>();
  const std::string bytes = provider.ConsumeRemainingBytesAsString();
  const std::size_t split = split_at % (bytes.size() + 1);
  const std::string_view all(bytes);

  Reader whole(first_limit);
  whole.Read(all);

  Reader split_reader(first_limit);
  split_reader.Read(all.substr(0, split));
  split_reader.Read(all.substr(split));
  Require(split_reader.events() == whole.events(), "splitting the bytes changed the decoding");

  Reader promoted(first_limit);
  promoted.Read(all.substr(0, split));
  promoted.SetMaxMessage(second_limit);
  promoted.Read(all.substr(split));

  for (const Event& event : whole.events()) CheckClosePayload(event.payload);
  return 0;
}
