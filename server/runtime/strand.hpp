// Serializes tasks on top of another executor: they run one at a time, in the order posted, each on
// some thread of the underlying executor. The single-writer of a SQLite database runs on one.
#pragma once

#include <functional>
#include <memory>

#include "server/runtime/executor.hpp"

namespace gateway::runtime {

class Strand final : public Executor {
 public:
  explicit Strand(Executor& executor);
  // Exceptions escaping a task are reported to `on_error` (when set); the strand carries on.
  Strand(Executor& executor, ErrorHandler on_error);
  // Tasks still queued keep the strand's state alive and run on the executor; the executor must
  // outlive them (stop the pool after the last user of the strand is gone).
  ~Strand() override = default;
  Strand(const Strand&) = delete;
  Strand& operator=(const Strand&) = delete;

  void Post(std::function<void()> task) override;
  // True while one of this strand's tasks runs on the calling thread.
  bool running_in_this_thread() const;

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace gateway::runtime
