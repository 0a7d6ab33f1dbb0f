#include "server/runtime/timer_queue.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "tests/unit/runtime/wait_for.hpp"

using namespace std::chrono_literals;
using gateway::runtime::TimerHandle;
using gateway::runtime::TimerQueue;
using gateway::testing::WaitFor;

TEST_CASE("TimerQueue: tasks run in deadline order, ties in scheduling order", "[runtime]") {
  TimerQueue timers;
  std::mutex mutex;
  std::vector<int> order;
  auto record = [&](int n) {
    return [&, n] {
      std::lock_guard lock(mutex);
      order.push_back(n);
    };
  };
  timers.RunAfter(60ms, record(4));
  timers.RunAfter(20ms, record(2));
  timers.RunAfter(0ms, record(1));
  timers.RunAfter(40ms, record(3));
  REQUIRE(WaitFor([&] {
    std::lock_guard lock(mutex);
    return order.size() == 4;
  }));
  {
    std::lock_guard lock(mutex);
    CHECK(order == std::vector<int>{1, 2, 3, 4});
    order.clear();
  }
  // Same deadline: FIFO. Block the thread first so all of them are due together.
  std::atomic<bool> release{false};
  timers.RunAfter(0ms, [&] {
    while (!release) std::this_thread::yield();
  });
  for (int i = 0; i < 50; ++i) timers.RunAfter(0ms, record(i));
  release = true;
  REQUIRE(WaitFor([&] {
    std::lock_guard lock(mutex);
    return order.size() == 50;
  }));
  std::lock_guard lock(mutex);
  for (int i = 0; i < 50; ++i) CHECK(order[i] == i);
}

TEST_CASE("TimerQueue: a task does not run before its delay", "[runtime]") {
  TimerQueue timers;
  std::atomic<bool> ran{false};
  const auto start = std::chrono::steady_clock::now();
  std::atomic<long long> elapsed_ms{0};
  timers.RunAfter(50ms, [&] {
    elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                     std::chrono::steady_clock::now() - start)
                     .count();
    ran = true;
  });
  REQUIRE(WaitFor([&] { return ran.load(); }));
  CHECK(elapsed_ms.load() >= 50);
}

TEST_CASE("TimerQueue: a cancelled task never runs", "[runtime]") {
  TimerQueue timers;
  std::atomic<int> cancelled_runs{0};
  std::atomic<bool> later_ran{false};
  TimerHandle handle = timers.RunAfter(20ms, [&] { ++cancelled_runs; });
  CHECK(timers.pending() == 1);
  CHECK(handle.Cancel());
  CHECK_FALSE(handle.Cancel());  // already cancelled
  CHECK(timers.pending() == 0);
  timers.RunAfter(40ms, [&] { later_ran = true; });
  REQUIRE(WaitFor([&] { return later_ran.load(); }));
  CHECK(cancelled_runs.load() == 0);
}

TEST_CASE("TimerQueue: Cancel after the task ran returns false", "[runtime]") {
  TimerQueue timers;
  std::atomic<bool> ran{false};
  TimerHandle handle = timers.RunAfter(0ms, [&] { ran = true; });
  REQUIRE(WaitFor([&] { return ran.load(); }));
  CHECK_FALSE(handle.Cancel());
  CHECK_FALSE(TimerHandle().Cancel());
}

TEST_CASE("TimerQueue: an earlier timer scheduled later wakes the thread", "[runtime]") {
  TimerQueue timers;
  std::atomic<bool> ran{false};
  timers.RunAfter(1h, [] {});
  timers.RunAfter(1ms, [&] { ran = true; });
  REQUIRE(WaitFor([&] { return ran.load(); }, 5s));
}

TEST_CASE("TimerQueue: Stop drops pending tasks; exceptions are reported", "[runtime]") {
  std::atomic<int> errors{0};
  std::atomic<int> runs{0};
  {
    TimerQueue timers("t", [&](const std::string&, const std::string&) { ++errors; });
    timers.RunAfter(0ms, [] { throw std::runtime_error("x"); });
    timers.RunAfter(0ms, [&] { ++runs; });
    REQUIRE(WaitFor([&] { return runs.load() == 1; }));
    timers.RunAfter(1h, [&] { ++runs; });
    timers.Stop();
    timers.RunAfter(0ms, [&] { ++runs; });
  }
  CHECK(errors.load() == 1);
  CHECK(runs.load() == 1);
}
