#include "server/http/openai/response_sessions.hpp"

#include "server/platform/ids.hpp"

namespace gateway::http::openai {
namespace {

constexpr std::int64_t kTtlMs = 30 * 60 * 1000;
constexpr std::size_t kMaxEntries = 500;

}  // namespace

ResponseSessions::ResponseSessions(std::function<std::int64_t()> now_ms)
    : now_ms_(now_ms ? std::move(now_ms) : [] { return NowMs(); }) {}

void ResponseSessions::Remember(const std::string& response_id, ResponseScope scope,
                                std::string session_key) {
  const std::int64_t now = now_ms_();
  std::lock_guard lock(mutex_);
  ForgetOldLocked(now);
  entries_[response_id] = {std::move(scope), std::move(session_key), now};
  order_.emplace_back(now, response_id);
  while (entries_.size() > kMaxEntries && !order_.empty()) {
    entries_.erase(order_.front().second);
    order_.pop_front();
  }
}

std::optional<std::string> ResponseSessions::Find(const std::string& response_id,
                                                  const ResponseScope& scope) {
  std::lock_guard lock(mutex_);
  ForgetOldLocked(now_ms_());
  auto it = entries_.find(response_id);
  if (it == entries_.end() || !(it->second.scope == scope)) return std::nullopt;
  return it->second.session_key;
}

void ResponseSessions::ForgetOldLocked(std::int64_t now) {
  while (!order_.empty() && now - order_.front().first > kTtlMs) {
    entries_.erase(order_.front().second);
    order_.pop_front();
  }
}

}  // namespace gateway::http::openai
