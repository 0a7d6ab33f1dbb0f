// Event sequencing (spec/protocol.md §9): every event on an authenticated socket carries seq,
// starting at 1 and contiguous per connection.
#include <cstdint>
#include <optional>
#include <string>

#include "tools/conformance/case_registry.hpp"
#include "tools/conformance/client_session.hpp"
#include "tools/conformance/expect.hpp"
#include "tools/conformance/formats.hpp"

namespace gateway::conformance {
namespace {

using nlohmann::json;

constexpr int kTriggers = 3;

// An operator.read socket watches the presence events that system-event calls on an admin socket
// cause (presence needs operator.read; cli connects themselves cause none).
void SeqStartsAtOneAndIsContiguous(const Target& target) {
  auto reader = ConnectCli(target, {"operator.read"});
  auto admin = ConnectCli(target, {"operator.admin"});
  const std::string marker = "conformance seq probe " + RandomUuid();
  for (int i = 0; i < kTriggers; ++i) {
    CallOk(*admin, "system-event", {{"text", marker + " #" + std::to_string(i)}});
  }
  std::int64_t previous_seq = 0;
  std::int64_t previous_presence_version = -1;
  for (int i = 0; i < kTriggers; ++i) {
    std::optional<json> event = reader->WaitEvent("presence", target.timeout);
    if (!event)
      Fail("presence event " + std::to_string(i + 1) + " of " + std::to_string(kTriggers) +
           " did not arrive");
    const std::int64_t seq = IntegerAt(*event, "/seq");
    Expect(seq > previous_seq,
           "seq went from " + std::to_string(previous_seq) + " to " + std::to_string(seq));
    const std::int64_t version = IntegerAt(*event, "/stateVersion/presence");
    IntegerAt(*event, "/stateVersion/health");
    Expect(version > previous_presence_version,
           "stateVersion.presence did not grow: " + std::to_string(version));
    ArrayAt(*event, "/payload/presence");
    previous_seq = seq;
    previous_presence_version = version;
  }
  Expect(reader->seq_gaps() == 0, "the read socket saw " + std::to_string(reader->seq_gaps()) +
                                      " seq gap(s) (the first event must be seq 1, then +1 each)");
  Expect(reader->last_seq() >= kTriggers, "last seq " + std::to_string(reader->last_seq()) +
                                              " after " + std::to_string(kTriggers) +
                                              " presence events");
  Expect(admin->seq_gaps() == 0, "the admin socket saw a seq gap");
}

}  // namespace

std::vector<Case> EventCases() {
  return {
      {"events.seq-starts-at-1-and-is-contiguous", Needs::kNothing, SeqStartsAtOneAndIsContiguous},
  };
}

}  // namespace gateway::conformance
