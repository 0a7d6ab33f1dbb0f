#include "server/providers/provider_cooldowns.hpp"

#include <algorithm>
#include <iterator>

namespace gateway::providers {

void ProviderCooldowns::RecordFailure(std::string_view provider, const ProviderError& error,
                                      Clock::time_point now) {
  switch (error.kind) {
    case ProviderErrorKind::kAuth:
    case ProviderErrorKind::kAuthPermanent:
    case ProviderErrorKind::kRateLimit:
    case ProviderErrorKind::kOverloaded:
    case ProviderErrorKind::kBilling:
      break;
    default:
      return;
  }
  std::lock_guard lock(mutex_);
  auto it = states_.find(provider);
  if (it == states_.end()) it = states_.emplace(std::string(provider), State{}).first;
  State& state = it->second;
  if (error.kind == ProviderErrorKind::kBilling) {
    state.until = now + kBillingDisable;
    return;
  }
  const int last = static_cast<int>(std::size(kSteps)) - 1;
  state.until = now + kSteps[std::min(state.strikes, last)];
  state.strikes = std::min(state.strikes + 1, last);
}

void ProviderCooldowns::RecordSuccess(std::string_view provider) {
  std::lock_guard lock(mutex_);
  auto it = states_.find(provider);
  if (it != states_.end()) states_.erase(it);
}

std::optional<ProviderCooldowns::Clock::time_point> ProviderCooldowns::CoolingUntil(
    std::string_view provider, Clock::time_point now) const {
  std::lock_guard lock(mutex_);
  auto it = states_.find(provider);
  if (it == states_.end() || it->second.until <= now) return std::nullopt;
  return it->second.until;
}

}  // namespace gateway::providers
