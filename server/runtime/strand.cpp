#include "server/runtime/strand.hpp"

#include <deque>
#include <mutex>

namespace gateway::runtime {
namespace {

// At most this many tasks run per hop on the underlying executor, so one busy strand does not
// monopolize a pool thread while other work waits.
constexpr int kBatch = 64;

}  // namespace

struct Strand::State : std::enable_shared_from_this<State> {
  Executor& executor;
  ErrorHandler on_error;
  std::mutex mutex;
  std::deque<std::function<void()>> queue;
  bool scheduled = false;  // a Drain is posted or running

  State(Executor& e, ErrorHandler handler) : executor(e), on_error(std::move(handler)) {}

  void Drain();
};

namespace {
thread_local const void* current_strand = nullptr;
}

void Strand::State::Drain() {
  const void* outer = current_strand;
  current_strand = this;
  for (int i = 0; i < kBatch; ++i) {
    std::function<void()> task;
    {
      std::lock_guard lock(mutex);
      if (queue.empty()) {
        scheduled = false;
        current_strand = outer;
        return;
      }
      task = std::move(queue.front());
      queue.pop_front();
    }
    RunGuarded(task, on_error, "strand");
  }
  current_strand = outer;
  // More queued: continue in a fresh hop (still scheduled, so order is kept).
  executor.Post([self = shared_from_this()] { self->Drain(); });
}

Strand::Strand(Executor& executor) : Strand(executor, {}) {}

Strand::Strand(Executor& executor, ErrorHandler on_error)
    : state_(std::make_shared<State>(executor, std::move(on_error))) {}

void Strand::Post(std::function<void()> task) {
  if (!task) return;
  bool schedule = false;
  {
    std::lock_guard lock(state_->mutex);
    state_->queue.push_back(std::move(task));
    if (!state_->scheduled) {
      state_->scheduled = true;
      schedule = true;
    }
  }
  if (schedule) state_->executor.Post([self = state_] { self->Drain(); });
}

bool Strand::running_in_this_thread() const { return current_strand == state_.get(); }

}  // namespace gateway::runtime
