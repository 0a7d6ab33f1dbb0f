#include "server/domain/health/health_monitor.hpp"

#include <chrono>

namespace gateway::domain {

HealthMonitor::HealthMonitor(std::string sessions_path, std::int64_t refresh_ms,
                             StateVersions& versions, rpc::EventPublisher* publisher)
    : sessions_path_(std::move(sessions_path)),
      refresh_ms_(refresh_ms),
      versions_(versions),
      publisher_(publisher) {}

void HealthMonitor::SetChannelSource(std::function<ChannelHealth()> source) {
  std::lock_guard lock(source_mutex_);
  channel_source_ = std::move(source);
}

ChannelHealth HealthMonitor::Channels() const {
  std::function<ChannelHealth()> source;
  {
    std::lock_guard lock(source_mutex_);
    source = channel_source_;
  }
  return source ? source() : ChannelHealth{};
}

proto::HealthSnapshot HealthMonitor::Build(std::int64_t now_ms) const {
  auto started = std::chrono::steady_clock::now();
  // No channels or agent runs yet: the minimal valid snapshot of protocol.md §5, for agent "main".
  const proto::HealthSessions sessions{.path = sessions_path_};
  proto::HealthSnapshot snapshot;
  snapshot.ok = true;
  snapshot.ts = now_ms;
  auto channels = Channels();
  snapshot.channels = std::move(channels.channels);
  snapshot.channel_order = std::move(channels.order);
  snapshot.channel_labels = std::move(channels.labels);
  snapshot.heartbeat_seconds = 1800;
  snapshot.default_agent_id = "main";
  snapshot.agents = std::vector<proto::HealthAgent>{
      {.agent_id = "main",
       .is_default = true,
       .heartbeat = {.enabled = heartbeats_enabled_,
                     .every = "30m",
                     .every_ms =
                         heartbeats_enabled_ ? std::optional<std::int64_t>(1800000) : std::nullopt,
                     .target = "owner",
                     .ack_max_chars = 300},
       .sessions = sessions}};
  snapshot.sessions = sessions;
  snapshot.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now() - started)
                             .count();
  return snapshot;
}

std::int64_t HealthMonitor::RefreshLocked(std::int64_t now_ms, bool force) {
  if (!force && built_at_ != 0 && now_ms - built_at_ < refresh_ms_) return 0;
  cached_ = Build(now_ms);
  cached_json_ = std::make_shared<const proto::Serialized<proto::HealthSnapshot>>(cached_);
  built_at_ = now_ms;
  return versions_.NextHealth();
}

std::shared_ptr<const proto::Serialized<proto::HealthSnapshot>> HealthMonitor::Get(
    std::int64_t now_ms, bool force) {
  std::shared_ptr<const proto::Serialized<proto::HealthSnapshot>> json;
  proto::HealthSnapshot fresh;
  std::int64_t version = 0;
  {
    std::lock_guard lock(mutex_);
    version = RefreshLocked(now_ms, force);
    json = cached_json_;
    if (version != 0) fresh = cached_;
  }
  if (version != 0 && publisher_) {
    proto::StateVersion v;
    v.presence = versions_.presence();
    v.health = version;
    rpc::Emitter(*publisher_, rpc::Audience::Everyone())->Health(fresh, v);
  }
  return json;
}

proto::HealthSnapshot HealthMonitor::Current(std::int64_t now_ms) {
  {
    std::lock_guard lock(mutex_);
    if (built_at_ != 0) return cached_;
  }
  Get(now_ms);
  std::lock_guard lock(mutex_);
  return cached_;
}

bool HealthMonitor::HeartbeatsEnabled() const {
  std::lock_guard lock(mutex_);
  return heartbeats_enabled_;
}

void HealthMonitor::SetHeartbeatsEnabled(bool enabled) {
  std::lock_guard lock(mutex_);
  heartbeats_enabled_ = enabled;
}

}  // namespace gateway::domain
