#include "server/providers/fallback_policy.hpp"

#include <algorithm>
#include <cmath>

namespace gateway::providers {

namespace {

using Kind = ProviderErrorKind;

bool IsTransient(Kind kind) {
  return kind == Kind::kOverloaded || kind == Kind::kServerError || kind == Kind::kTimeout ||
         kind == Kind::kNetwork;
}

}  // namespace

std::vector<std::string> BuildFallbackChain(
    std::string_view requested, std::string_view primary,
    const std::optional<std::vector<std::string>>& fallbacks, bool strict) {
  std::vector<std::string> chain = {std::string(requested)};
  if (strict || (fallbacks && fallbacks->empty())) return chain;
  auto add = [&chain](std::string_view ref) {
    if (!ref.empty() && std::find(chain.begin(), chain.end(), ref) == chain.end()) {
      chain.emplace_back(ref);
    }
  };
  if (fallbacks) {
    for (const auto& ref : *fallbacks) add(ref);
  }
  add(primary);
  return chain;
}

bool ShouldFallBack(const ProviderError& error) {
  switch (error.kind) {
    case Kind::kCancelled:
    case Kind::kContextOverflow:
    case Kind::kBadRequest:
      return false;
    default:
      return true;
  }
}

std::optional<std::chrono::milliseconds> RetryBudget::NextDelay(const ProviderError& error,
                                                                std::chrono::milliseconds elapsed,
                                                                double jitter) {
  const bool rate_limited = error.kind == Kind::kRateLimit;
  if (!rate_limited && !IsTransient(error.kind)) return std::nullopt;
  if (rate_limited && attempts_ >= limits_.rate_limit_attempts) return std::nullopt;
  if (!rate_limited && attempts_ > limits_.transient_retries) return std::nullopt;

  std::chrono::milliseconds delay;
  if (error.retry_after) {
    if (*error.retry_after > limits_.max_delay) return std::nullopt;  // not soon: move on
    delay = *error.retry_after;
  } else {
    const double step = static_cast<double>(limits_.base_delay.count()) *
                        std::pow(2.0, static_cast<double>(attempts_ - 1));
    const double capped = std::min(step, static_cast<double>(limits_.max_delay.count()));
    const double scaled = capped * (0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0));
    delay = std::chrono::milliseconds(static_cast<std::int64_t>(scaled));
  }
  if (!rate_limited && elapsed + delay > limits_.transient_window) return std::nullopt;
  ++attempts_;
  return delay;
}

}  // namespace gateway::providers
