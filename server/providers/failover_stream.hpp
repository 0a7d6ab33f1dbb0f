// Runs one model turn through a fallback chain: each candidate is resolved by the registry and
// streamed; a failure before any output is retried on the same model (RetryBudget, waits on the
// TimerQueue) or hands over to the next candidate (ShouldFallBack). Once a candidate has streamed
// output, its failure is final: delivered text cannot be taken back.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "server/providers/fallback_policy.hpp"
#include "server/providers/provider_cooldowns.hpp"
#include "server/providers/provider_registry.hpp"
#include "server/runtime/timer_queue.hpp"

namespace gateway::providers {

// One failed attempt, for lifecycle events and logs.
struct AttemptReport {
  enum class Next { kRetrySameModel, kNextModel, kGiveUp };
  std::string ref;
  int attempt = 1;  // on this model
  ProviderError error;
  Next next = Next::kGiveUp;
  std::chrono::milliseconds delay{0};  // before the retry
};

struct FailoverSink {
  std::function<void(const std::string& ref, StreamEvent)> on_event;
  std::function<void(const AttemptReport&)> on_attempt_failed;  // may be empty
  // Exactly once: the model that answered (or the last one tried) and the outcome.
  std::function<void(const std::string& ref, StreamOutcome)> on_complete;
};

struct FailoverOptions {
  RetryLimits limits;
  std::function<double()> jitter;  // [0, 1); empty: a random source
  // Shared cooldowns: a resting provider is skipped while another candidate remains; a model
  // given up on puts its provider to rest. Null: no cooldowns.
  ProviderCooldowns* cooldowns = nullptr;
};

class FailoverRunner {
 public:
  FailoverRunner(const ProviderRegistry& registry, runtime::TimerQueue& timers,
                 FailoverOptions options = {})
      : registry_(registry), timers_(timers), options_(std::move(options)) {}

  // Cancellation (token or handle) stops the current attempt's upstream request or the wait
  // before a retry, and completes with kCancelled. `chain` must not be empty.
  StreamHandle Stream(std::vector<std::string> chain, ModelRequest request, FailoverSink sink,
                      runtime::CancellationToken token);

 private:
  const ProviderRegistry& registry_;
  runtime::TimerQueue& timers_;
  FailoverOptions options_;
};

}  // namespace gateway::providers
