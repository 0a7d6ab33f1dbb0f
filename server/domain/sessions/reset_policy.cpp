#include "server/domain/sessions/reset_policy.hpp"

#include <algorithm>
#include <ctime>

namespace gateway::domain::sessions {
namespace {

constexpr int kDefaultAtHour = 4;

EffectiveResetPolicy FromSingle(const ResetPolicyConfig& policy) {
  EffectiveResetPolicy out;
  out.mode = policy.mode.value_or(ResetMode::kDaily);
  out.at_hour = std::clamp(policy.at_hour.value_or(kDefaultAtHour), 0, 23);
  out.idle_minutes = std::max<std::int64_t>(0, policy.idle_minutes.value_or(0));
  return out;
}

const std::optional<ResetPolicyConfig>& TypeOverride(const ResetConfig& config, SessionType type) {
  switch (type) {
    case SessionType::kGroup:
      return config.by_type_group;
    case SessionType::kThread:
      return config.by_type_thread;
    case SessionType::kDirect:
      break;
  }
  return config.by_type_direct;
}

}  // namespace

EffectiveResetPolicy ResolveResetPolicy(const ResetConfig& config, SessionType type,
                                        const std::optional<std::string>& channel) {
  if (channel) {
    if (const auto it = config.by_channel.find(*channel); it != config.by_channel.end()) {
      return FromSingle(it->second);
    }
  }
  EffectiveResetPolicy base;  // no session.reset: none
  if (config.reset) base = FromSingle(*config.reset);
  const auto& override_policy = TypeOverride(config, type);
  if (!override_policy) return base;
  EffectiveResetPolicy out = base;
  if (override_policy->mode) {
    out.mode = *override_policy->mode;
  } else {
    out.mode = base.mode == ResetMode::kNone ? ResetMode::kDaily : base.mode;
  }
  if (override_policy->at_hour) out.at_hour = std::clamp(*override_policy->at_hour, 0, 23);
  if (override_policy->idle_minutes) {
    out.idle_minutes = std::max<std::int64_t>(0, *override_policy->idle_minutes);
  }
  return out;
}

std::int64_t MostRecentDailyBoundary(std::int64_t now_ms, int at_hour) {
  const std::time_t now = static_cast<std::time_t>(now_ms / 1000);
  std::tm local{};
  localtime_r(&now, &local);
  std::tm boundary = local;
  boundary.tm_hour = at_hour;
  boundary.tm_min = 0;
  boundary.tm_sec = 0;
  boundary.tm_isdst = -1;
  std::time_t candidate = mktime(&boundary);
  if (candidate > now) {
    std::tm yesterday = local;
    yesterday.tm_mday -= 1;
    yesterday.tm_hour = at_hour;
    yesterday.tm_min = 0;
    yesterday.tm_sec = 0;
    yesterday.tm_isdst = -1;
    candidate = mktime(&yesterday);
  }
  return static_cast<std::int64_t>(candidate) * 1000;
}

Freshness Evaluate(const EffectiveResetPolicy& policy, const SessionClock& session,
                   std::int64_t now_ms) {
  if (policy.mode == ResetMode::kNone) return Freshness::kFresh;
  if (policy.mode == ResetMode::kDaily &&
      session.session_started_at < MostRecentDailyBoundary(now_ms, policy.at_hour)) {
    return Freshness::kStale;
  }
  if (policy.idle_minutes > 0) {
    const std::int64_t last = session.last_interaction_at.value_or(session.session_started_at);
    if (now_ms > last + policy.idle_minutes * 60000) return Freshness::kStale;
  }
  return Freshness::kFresh;
}

Freshness Evaluate(const ResetConfig& config, SessionType type,
                   const std::optional<std::string>& channel, const SessionClock& session,
                   std::int64_t now_ms) {
  return Evaluate(ResolveResetPolicy(config, type, channel), session, now_ms);
}

}  // namespace gateway::domain::sessions
