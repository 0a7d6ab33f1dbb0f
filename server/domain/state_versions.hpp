// The one owner of stateVersion (protocol.md §5): the presence and health counters that hello-ok,
// `presence` and `health` events carry. Each domain bumps its own counter when its state changes.
#pragma once

#include <atomic>
#include <cstdint>

#include "gateway/proto/frames.hpp"

namespace gateway::domain {

class StateVersions {
 public:
  std::int64_t NextPresence() { return ++presence_; }
  std::int64_t NextHealth() { return ++health_; }
  std::int64_t presence() const { return presence_.load(); }
  std::int64_t health() const { return health_.load(); }
  proto::StateVersion Current() const {
    proto::StateVersion v;
    v.presence = presence();
    v.health = health();
    return v;
  }

 private:
  std::atomic<std::int64_t> presence_{0};
  std::atomic<std::int64_t> health_{0};
};

}  // namespace gateway::domain
