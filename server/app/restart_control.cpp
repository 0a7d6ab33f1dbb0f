#include "server/app/restart_control.hpp"

#include <algorithm>

#include "server/platform/ids.hpp"

namespace gateway::app {
namespace {

// A short pause lets the reply reach the caller before the sockets close.
constexpr std::int64_t kReplyGraceMs = 200;

}  // namespace

domain::RestartDecision RestartControl::Request(const std::string& reason) {
  using Status = domain::RestartDecision::Status;
  std::lock_guard lock(mutex_);
  const std::int64_t now = NowMs();
  if (due_at_ms_) return {Status::kCoalesced, std::max<std::int64_t>(0, *due_at_ms_ - now)};
  reason_ = reason;
  const std::int64_t earliest = last_restart_ms_ + cooldown_ms_;
  due_at_ms_ = std::max(now + kReplyGraceMs, earliest);
  return {*due_at_ms_ > now + kReplyGraceMs ? Status::kDeferred : Status::kScheduled,
          *due_at_ms_ - now};
}

void RestartControl::RequestNow(const std::string& reason) {
  std::lock_guard lock(mutex_);
  reason_ = reason;
  due_at_ms_ = NowMs();
}

std::optional<std::string> RestartControl::Due() {
  std::lock_guard lock(mutex_);
  if (!due_at_ms_ || *due_at_ms_ > NowMs()) return std::nullopt;
  due_at_ms_.reset();
  last_restart_ms_ = NowMs();
  return reason_;
}

}  // namespace gateway::app
