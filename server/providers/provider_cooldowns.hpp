// Cooldowns per provider (config.md "Model fallback"): a provider whose credential failed (auth,
// rate limit, overload) rests 30 s, then 1 min, then 5 min (cap) on repeated failures; a billing
// failure disables it for 10 min. While it rests, fallback chains skip it when another candidate
// remains. A success ends the cooldown and resets the steps. Thread-safe.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "server/providers/provider_error.hpp"

namespace gateway::providers {

class ProviderCooldowns {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::seconds kSteps[] = {
      std::chrono::seconds(30), std::chrono::seconds(60), std::chrono::seconds(300)};
  static constexpr std::chrono::minutes kBillingDisable{10};

  // A model of `provider` gave up with `error` (after its same-model retries). Errors that say
  // nothing about the credential (bad requests, context overflow, cancellation, …) are ignored.
  void RecordFailure(std::string_view provider, const ProviderError& error,
                     Clock::time_point now = Clock::now());
  void RecordSuccess(std::string_view provider);
  // When the provider's cooldown ends, if it is cooling down at `now`.
  std::optional<Clock::time_point> CoolingUntil(std::string_view provider,
                                                Clock::time_point now = Clock::now()) const;

 private:
  struct State {
    Clock::time_point until{};
    int strikes = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::string, State, std::less<>> states_;
};

}  // namespace gateway::providers
