// A fixed pool of named threads for blocking work (file reads, SQLite reads, CPU-heavy steps), so
// the transport's I/O threads never block.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/runtime/executor.hpp"

namespace gateway::runtime {

class ThreadPool final : public Executor {
 public:
  // `threads` (at least 1) threads named `<name>-<i>` (cut to the 15 bytes Linux keeps), visible in
  // `top -H`, gdb and /proc/<pid>/task/*/comm.
  ThreadPool(std::string name, int threads);
  // Exceptions escaping a task are reported to `on_error` (when set); the thread carries on.
  ThreadPool(std::string name, int threads, ErrorHandler on_error);
  ~ThreadPool() override;  // Stop() then join
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  // Queues `task`. After Stop() began, a task posted from outside the pool is dropped; one posted
  // by a task of this pool while it drains still runs (so a Strand on the pool drains too).
  void Post(std::function<void()> task) override;
  // Finishes the queued tasks (and those they post), then joins the threads. Idempotent. Called
  // from one of the pool's own tasks, it cannot join that thread: it is detached instead.
  void Stop();
  // True once Stop() began.
  bool stopping() const;
  // Tasks queued and not yet started.
  std::size_t pending() const;
  const std::string& name() const;
  // True on one of this pool's threads.
  bool running_in_this_thread() const;

 private:
  // What the worker threads use: shared with them, so a thread detached by Stop() from inside a
  // task never touches a destroyed pool.
  struct Core;
  static void Worker(std::shared_ptr<Core> core, int index);

  std::shared_ptr<Core> core_;
  std::vector<std::thread> threads_;
  std::mutex join_mutex_;  // serializes Stop()'s joins
};

}  // namespace gateway::runtime
