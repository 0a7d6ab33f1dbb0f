// A cheap look at a gateway frame: the top-level "type", "id", "ok" and "event" members only.
// Nested values are skipped without being parsed, and nothing is allocated, so the bench can
// correlate thousands of responses per second without paying for a JSON parser.
#pragma once

#include <string_view>

namespace gateway::bench {

enum class FrameKind { kOther, kResponse, kEvent };

struct FrameFacts {
  FrameKind kind = FrameKind::kOther;
  std::string_view id;     // responses: the raw id between the quotes (escapes left as they are)
  bool ok = false;         // responses
  std::string_view event;  // events: the raw event name
};

// Walks one JSON object's top-level members in any key order. Malformed text gives kOther.
FrameFacts ScanFrame(std::string_view text);

}  // namespace gateway::bench
