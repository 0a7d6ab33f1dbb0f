// The health snapshot (protocol.md §5, methods.md §2): cached for the refresh interval; every new
// snapshot bumps stateVersion.health and is published as a `health` event by the monitor itself.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "gateway/proto/frames.hpp"
#include "gateway/proto/rpc.hpp"
#include "server/domain/state_versions.hpp"
#include "server/rpc/event_publisher.hpp"

namespace gateway::domain {

class HealthMonitor {
 public:
  // `publisher` may be null (nothing is published).
  HealthMonitor(std::string sessions_path, std::int64_t refresh_ms, StateVersions& versions,
                rpc::EventPublisher* publisher);

  // The cached snapshot, serialized once (what the `health` method answers with); rebuilt first
  // when older than the refresh interval or `force`.
  std::shared_ptr<const proto::Serialized<proto::HealthSnapshot>> Get(std::int64_t now_ms,
                                                                      bool force = false);
  // The current snapshot without refreshing (for hello-ok).
  proto::HealthSnapshot Current(std::int64_t now_ms);
  void SetHeartbeatsEnabled(bool enabled);
  bool HeartbeatsEnabled() const;

 private:
  proto::HealthSnapshot Build(std::int64_t now_ms) const;
  // Rebuilds the cache when stale (or forced), under the lock; returns the new version, or 0.
  std::int64_t RefreshLocked(std::int64_t now_ms, bool force);

  std::string sessions_path_;
  std::int64_t refresh_ms_;
  StateVersions& versions_;
  rpc::EventPublisher* const publisher_;
  mutable std::mutex mutex_;
  proto::HealthSnapshot cached_;
  std::shared_ptr<const proto::Serialized<proto::HealthSnapshot>> cached_json_;
  std::int64_t built_at_ = 0;
  bool heartbeats_enabled_ = true;
};

}  // namespace gateway::domain
