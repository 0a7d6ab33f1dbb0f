// The health snapshot (protocol.md §5, methods.md §2): cached for the refresh interval; every new
// snapshot bumps stateVersion.health and is published as a `health` event by the monitor itself.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "gateway/proto/frames.hpp"
#include "gateway/proto/rpc.hpp"
#include "server/domain/state_versions.hpp"
#include "server/rpc/event_publisher.hpp"

namespace gateway::domain {

// What the chat channels contribute to health and status (from the channel manager).
struct ChannelHealth {
  std::map<std::string, nlohmann::json> channels;  // per channel: {configured, running, accounts}
  std::vector<std::string> order;
  std::map<std::string, std::string> labels;
  std::vector<nlohmann::json> summary;  // status's channelSummary: one entry per account
};

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
  // Where the channel fields come from; set once at startup, before the first snapshot.
  void SetChannelSource(std::function<ChannelHealth()> source);
  ChannelHealth Channels() const;
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
  mutable std::mutex source_mutex_;  // Build runs under mutex_
  std::function<ChannelHealth()> channel_source_;
};

}  // namespace gateway::domain
