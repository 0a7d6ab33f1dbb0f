// The failover rules of config.md "Model fallback", as pure functions: the candidate chain, which
// errors move on to the next model, and the bounded same-model retries with jittered backoff that
// honour Retry-After.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/providers/provider_error.hpp"

namespace gateway::providers {

// The requested model first, then the configured fallbacks, then the configured primary; without
// duplicates. `strict` (an explicit user selection) or `fallbacks` = [] gives the requested model
// alone. nullopt fallbacks: none configured (the primary is still appended).
std::vector<std::string> BuildFallbackChain(
    std::string_view requested, std::string_view primary,
    const std::optional<std::vector<std::string>>& fallbacks, bool strict);

// True when a failed model gives way to the next candidate: auth, billing, rate limits,
// overload, server errors, timeouts and network failures, unknown models, empty or unreadable
// answers. Not: cancellation, context overflow (compaction's job) and refused requests (format).
bool ShouldFallBack(const ProviderError& error);

struct RetryLimits {
  int rate_limit_attempts = 10;  // attempts in all, for rate limits
  int transient_retries = 8;     // retries for overload, 5xx, timeouts, network
  std::chrono::milliseconds transient_window{90'000};  // … all within this time
  std::chrono::milliseconds base_delay{1'000};         // the first backoff step
  std::chrono::milliseconds max_delay{30'000};         // cap; a longer Retry-After moves on
};

// Same-model retries for one candidate.
class RetryBudget {
 public:
  explicit RetryBudget(RetryLimits limits = {}) : limits_(limits) {}

  // After attempt number attempts() failed with `error`, `elapsed` after this model's first
  // attempt: the wait before the next attempt, or nullopt to move on. `jitter` in [0, 1) scales
  // the backoff into [50 %, 100 %]; a Retry-After is honoured as given.
  std::optional<std::chrono::milliseconds> NextDelay(const ProviderError& error,
                                                     std::chrono::milliseconds elapsed,
                                                     double jitter);
  int attempts() const { return attempts_; }

 private:
  RetryLimits limits_;
  int attempts_ = 1;
};

}  // namespace gateway::providers
