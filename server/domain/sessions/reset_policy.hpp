// Automatic reset policies (methods.md §5.2, config.md `session.reset*`): a pure function the run
// engine calls when a turn starts. Stale → the turn runs under a new sessionId on the same key.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace gateway::domain::sessions {

enum class ResetMode { kNone, kDaily, kIdle };

// One policy object as written in the config; every field optional.
struct ResetPolicyConfig {
  std::optional<ResetMode> mode;
  std::optional<int> at_hour;                // 0–23, default 4
  std::optional<std::int64_t> idle_minutes;  // absent or 0: no idle expiry
};

// `session.reset`, `session.resetByType`, `session.resetByChannel`.
struct ResetConfig {
  std::optional<ResetPolicyConfig> reset;  // absent: mode none
  std::optional<ResetPolicyConfig> by_type_direct;
  std::optional<ResetPolicyConfig> by_type_group;
  std::optional<ResetPolicyConfig> by_type_thread;
  std::map<std::string, ResetPolicyConfig> by_channel;
};

// The policy that applies to one session.
struct EffectiveResetPolicy {
  ResetMode mode = ResetMode::kNone;
  int at_hour = 4;
  std::int64_t idle_minutes = 0;  // 0: no idle expiry
};

enum class SessionType { kDirect, kGroup, kThread };

// resetByChannel.<channel> when set (it replaces the rest), else resetByType.<type> layered over
// session.reset. A policy without `mode` means daily; a type override without `mode` inherits the
// base mode unless that is none (then daily). atHour defaults to 4 and is clamped to 0–23.
EffectiveResetPolicy ResolveResetPolicy(const ResetConfig& config, SessionType type,
                                        const std::optional<std::string>& channel);

// What a policy compares.
struct SessionClock {
  std::int64_t session_started_at = 0;              // epoch ms
  std::optional<std::int64_t> last_interaction_at;  // real user/channel input only
};

enum class Freshness { kFresh, kStale };

// The most recent `at_hour`:00 (gateway-host local time, DST-aware through the C library) at or
// before `now_ms`.
std::int64_t MostRecentDailyBoundary(std::int64_t now_ms, int at_hour);

// daily: stale when session_started_at is before the most recent atHour:00 boundary;
// idle: stale when now > last_interaction_at (else session_started_at) + idleMinutes × 60000;
// daily with idleMinutes: both, whichever expires first; none: always fresh.
Freshness Evaluate(const EffectiveResetPolicy& policy, const SessionClock& session,
                   std::int64_t now_ms);

// Convenience: resolve for the session's key (type from the key, channel from the key or the
// row) and evaluate.
Freshness Evaluate(const ResetConfig& config, SessionType type,
                   const std::optional<std::string>& channel, const SessionClock& session,
                   std::int64_t now_ms);

}  // namespace gateway::domain::sessions
