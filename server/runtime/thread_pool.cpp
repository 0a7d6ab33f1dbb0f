#include "server/runtime/thread_pool.hpp"

#include <pthread.h>

#include <algorithm>
#include <condition_variable>
#include <deque>

namespace gateway::runtime {

struct ThreadPool::Core {
  std::string name;
  ErrorHandler on_error;
  std::mutex mutex;
  std::condition_variable wake;
  std::deque<std::function<void()>> queue;
  bool stopping = false;
};

namespace {

thread_local const void* current_core = nullptr;

void NameThisThread(const std::string& name) {
  // Linux keeps 15 bytes plus the NUL.
  const std::string cut = name.substr(0, 15);
  pthread_setname_np(pthread_self(), cut.c_str());
}

}  // namespace

ThreadPool::ThreadPool(std::string name, int threads) : ThreadPool(std::move(name), threads, {}) {}

ThreadPool::ThreadPool(std::string name, int threads, ErrorHandler on_error)
    : core_(std::make_shared<Core>()) {
  core_->name = std::move(name);
  core_->on_error = std::move(on_error);
  const int count = std::max(1, threads);
  threads_.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) threads_.emplace_back(&ThreadPool::Worker, core_, i);
}

ThreadPool::~ThreadPool() { Stop(); }

void ThreadPool::Post(std::function<void()> task) {
  if (!task) return;
  {
    std::lock_guard lock(core_->mutex);
    if (core_->stopping && current_core != core_.get()) return;  // dropped: the pool is stopping
    core_->queue.push_back(std::move(task));
  }
  core_->wake.notify_one();
}

void ThreadPool::Stop() {
  {
    std::lock_guard lock(core_->mutex);
    core_->stopping = true;
  }
  core_->wake.notify_all();
  std::lock_guard join_lock(join_mutex_);
  for (auto& thread : threads_) {
    if (!thread.joinable()) continue;
    if (thread.get_id() == std::this_thread::get_id()) {
      thread.detach();  // Stop() from one of our own tasks: this thread exits after the task
    } else {
      thread.join();
    }
  }
}

std::size_t ThreadPool::pending() const {
  std::lock_guard lock(core_->mutex);
  return core_->queue.size();
}

bool ThreadPool::stopping() const {
  std::lock_guard lock(core_->mutex);
  return core_->stopping;
}

const std::string& ThreadPool::name() const { return core_->name; }

bool ThreadPool::running_in_this_thread() const { return current_core == core_.get(); }

void ThreadPool::Worker(std::shared_ptr<Core> core, int index) {
  NameThisThread(core->name + "-" + std::to_string(index));
  current_core = core.get();
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(core->mutex);
      core->wake.wait(lock, [&] { return core->stopping || !core->queue.empty(); });
      if (core->queue.empty()) break;  // stopping and drained
      task = std::move(core->queue.front());
      core->queue.pop_front();
    }
    RunGuarded(task, core->on_error, core->name);
  }
  // A task that posted to this pool during the drain was picked up above by whichever thread was
  // still looping (the poster itself at least), so nothing is left behind.
  core->wake.notify_all();
  current_core = nullptr;
}

}  // namespace gateway::runtime
