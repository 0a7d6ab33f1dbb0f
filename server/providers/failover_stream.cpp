#include "server/providers/failover_stream.hpp"

#include <atomic>
#include <mutex>
#include <random>

namespace gateway::providers {

namespace {

class FailoverRun final : public StreamHandle::Control,
                          public std::enable_shared_from_this<FailoverRun> {
 public:
  FailoverRun(const ProviderRegistry& registry, runtime::TimerQueue& timers,
              FailoverOptions options, std::vector<std::string> chain, ModelRequest request,
              FailoverSink sink)
      : registry_(registry),
        timers_(timers),
        options_(std::move(options)),
        chain_(std::move(chain)),
        request_(std::move(request)),
        sink_(std::move(sink)),
        budget_(options_.limits) {
    if (!options_.jitter) {
      options_.jitter = [rng = std::make_shared<std::mt19937_64>(std::random_device{}())] {
        return std::uniform_real_distribution<double>(0.0, 1.0)(*rng);
      };
    }
  }

  void Begin(runtime::CancellationToken caller) {
    auto self = shared_from_this();
    std::weak_ptr<FailoverRun> weak = self;
    caller_registration_ = caller.OnCancel([weak] {
      if (auto alive = weak.lock()) alive->Cancel();
    });
    wake_registration_ = source_.token().OnCancel([weak] {
      if (auto alive = weak.lock()) alive->OnCancelled();
    });
    Attempt();
  }

  void Cancel() override { source_.Cancel(); }

 private:
  // Completions funnel through one path at a time: an attempt's own completion (a cancelled
  // attempt completes with kCancelled through the token it was given), or OnCancelled while
  // waiting before a retry. So a report never follows the completion.
  void Attempt() {
    if (source_.cancelled()) return Complete(std::unexpected(Cancelled()));
    const std::string& ref = chain_[index_];
    if (budget_.attempts() == 1 && index_ + 1 < chain_.size() && Cooling(ref)) return SkipResting();
    if (budget_.attempts() == 1) model_started_ = std::chrono::steady_clock::now();
    auto resolved = registry_.Resolve(ref);
    if (!resolved) return Failed(std::move(resolved.error()));
    emitted_ = false;
    auto self = shared_from_this();
    StreamSink sink;
    sink.on_event = [self, ref](StreamEvent event) {
      self->emitted_ = true;
      if (self->sink_.on_event) self->sink_.on_event(ref, std::move(event));
    };
    sink.on_complete = [self](StreamOutcome outcome) {
      if (outcome) return self->Complete(std::move(outcome));
      self->Failed(std::move(outcome.error()));
    };
    resolved->provider->Stream(resolved->Prepare(request_), std::move(sink), source_.token());
  }

  std::string ProviderOf(const std::string& ref) const {
    auto parsed = ModelRef::Parse(ref);
    return parsed ? parsed->provider : ref;
  }

  bool Cooling(const std::string& ref) const {
    return options_.cooldowns && options_.cooldowns->CoolingUntil(ProviderOf(ref)).has_value();
  }

  // The current candidate's provider rests: hand over to the next candidate without a request.
  void SkipResting() {
    AttemptReport report{.ref = chain_[index_],
                         .attempt = 0,
                         .error = MakeError(ProviderErrorKind::kRateLimit,
                                            "provider " + ProviderOf(chain_[index_]) +
                                                " is cooling down after recent failures"),
                         .next = AttemptReport::Next::kNextModel,
                         .delay = std::chrono::milliseconds(0)};
    if (sink_.on_attempt_failed) sink_.on_attempt_failed(report);
    ++index_;
    budget_ = RetryBudget(options_.limits);
    Attempt();
  }

  void Failed(ProviderError error) {
    if (error.kind == ProviderErrorKind::kCancelled) {
      return Complete(std::unexpected(std::move(error)));
    }
    AttemptReport report{.ref = chain_[index_],
                         .attempt = budget_.attempts(),
                         .error = error,
                         .next = AttemptReport::Next::kGiveUp,
                         .delay = std::chrono::milliseconds(0)};
    if (!emitted_) {
      const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::steady_clock::now() - model_started_);
      if (const auto delay = budget_.NextDelay(error, elapsed, options_.jitter())) {
        report.next = AttemptReport::Next::kRetrySameModel;
        report.delay = *delay;
      } else if (ShouldFallBack(error) && index_ + 1 < chain_.size()) {
        report.next = AttemptReport::Next::kNextModel;
      }
    }
    if (sink_.on_attempt_failed) sink_.on_attempt_failed(report);
    if (options_.cooldowns && report.next != AttemptReport::Next::kRetrySameModel) {
      options_.cooldowns->RecordFailure(ProviderOf(chain_[index_]), error);
    }
    switch (report.next) {
      case AttemptReport::Next::kGiveUp:
        return Complete(std::unexpected(std::move(error)));
      case AttemptReport::Next::kNextModel:
        ++index_;
        budget_ = RetryBudget(options_.limits);
        break;
      case AttemptReport::Next::kRetrySameModel:
        break;
    }
    auto self = shared_from_this();
    {
      std::lock_guard lock(mutex_);
      if (!source_.cancelled()) {
        waiting_ = true;
        timer_ = timers_.RunAfter(report.delay, [self] { self->Wake(); });
        return;
      }
    }
    Complete(std::unexpected(Cancelled()));
  }

  void Wake() {
    {
      std::lock_guard lock(mutex_);
      if (!waiting_) return;  // OnCancelled took over
      waiting_ = false;
    }
    Attempt();
  }

  // The token's callback: ends a wait before a retry; a running attempt ends itself.
  void OnCancelled() {
    {
      std::lock_guard lock(mutex_);
      if (!waiting_) return;
      waiting_ = false;
      timer_.Cancel();
    }
    Complete(std::unexpected(Cancelled()));
  }

  static ProviderError Cancelled() { return MakeError(ProviderErrorKind::kCancelled, "cancelled"); }

  void Complete(StreamOutcome outcome) {
    {
      std::lock_guard lock(mutex_);
      if (finished_) return;
      finished_ = true;
    }
    if (outcome && options_.cooldowns)
      options_.cooldowns->RecordSuccess(ProviderOf(chain_[index_]));
    if (sink_.on_complete) sink_.on_complete(chain_[index_], std::move(outcome));
  }

  const ProviderRegistry& registry_;
  runtime::TimerQueue& timers_;
  FailoverOptions options_;
  std::vector<std::string> chain_;
  ModelRequest request_;
  FailoverSink sink_;
  RetryBudget budget_;
  std::size_t index_ = 0;
  std::atomic<bool> emitted_{false};
  std::chrono::steady_clock::time_point model_started_;
  runtime::CancellationSource source_;

  std::mutex mutex_;
  bool finished_ = false;
  bool waiting_ = false;  // a retry is scheduled on the timer queue
  runtime::TimerHandle timer_;
  runtime::CancellationToken::Registration caller_registration_;
  runtime::CancellationToken::Registration wake_registration_;
};

}  // namespace

StreamHandle FailoverRunner::Stream(std::vector<std::string> chain, ModelRequest request,
                                    FailoverSink sink, runtime::CancellationToken token) {
  auto run = std::make_shared<FailoverRun>(registry_, timers_, options_, std::move(chain),
                                           std::move(request), std::move(sink));
  run->Begin(std::move(token));
  return StreamHandle(run);
}

}  // namespace gateway::providers
