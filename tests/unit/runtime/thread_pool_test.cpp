#include "server/runtime/thread_pool.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>

#include "tests/unit/runtime/wait_for.hpp"

using gateway::runtime::ThreadPool;
using gateway::testing::WaitFor;

TEST_CASE("ThreadPool: runs every task", "[runtime]") {
  ThreadPool pool("test-pool", 4);
  std::atomic<int> count{0};
  for (int i = 0; i < 1000; ++i) pool.Post([&] { ++count; });
  REQUIRE(WaitFor([&] { return count.load() == 1000; }));
}

TEST_CASE("ThreadPool: Stop drains the queued tasks, later posts are dropped", "[runtime]") {
  std::atomic<int> count{0};
  ThreadPool pool("drain", 2);
  std::atomic<bool> release{false};
  // Block both threads so the rest stays queued.
  for (int i = 0; i < 2; ++i) {
    pool.Post([&] {
      while (!release) std::this_thread::yield();
    });
  }
  for (int i = 0; i < 500; ++i) pool.Post([&] { ++count; });
  REQUIRE(WaitFor([&] { return pool.pending() == 500; }));
  std::thread stopper([&] { pool.Stop(); });
  // Stop is waiting for the drain; posts from outside are dropped from now on.
  REQUIRE(WaitFor([&] { return pool.stopping(); }));
  pool.Post([&] { count += 100000; });
  CHECK(pool.pending() == 500);
  release = true;
  stopper.join();
  CHECK(count.load() == 500);
  CHECK(pool.pending() == 0);
  const int total = count.load();
  pool.Post([&] { ++count; });
  CHECK(pool.pending() == 0);
  CHECK(count.load() == total);
}

TEST_CASE("ThreadPool: tasks posted by tasks while it drains still run", "[runtime]") {
  std::atomic<int> count{0};
  {
    ThreadPool pool("chain", 2);
    std::function<void(int)> chain = [&](int left) {
      ++count;
      if (left > 0) pool.Post([&, left] { chain(left - 1); });
    };
    pool.Post([&] { chain(99); });
    pool.Stop();
  }
  CHECK(count.load() == 100);
}

TEST_CASE("ThreadPool: an exception does not kill the pool and is reported", "[runtime]") {
  std::mutex mutex;
  std::string reported;
  std::atomic<int> errors{0};
  ThreadPool pool("throwing", 1, [&](const std::string& where, const std::string& what) {
    std::lock_guard lock(mutex);
    reported = where + ": " + what;
    ++errors;
  });
  pool.Post([] { throw std::runtime_error("boom"); });
  pool.Post([] { throw 42; });
  std::atomic<bool> ran{false};
  pool.Post([&] { ran = true; });
  REQUIRE(WaitFor([&] { return ran.load(); }));
  CHECK(errors.load() == 2);
  std::lock_guard lock(mutex);
  CHECK(reported == "throwing: unknown exception");
}

TEST_CASE("ThreadPool: threads carry the pool's name", "[runtime]") {
  ThreadPool pool("named-pool", 2);
  std::mutex mutex;
  std::set<std::string> names;
  std::atomic<int> done{0};
  for (int i = 0; i < 2; ++i) {
    pool.Post([&] {
      char name[16] = {};
      pthread_getname_np(pthread_self(), name, sizeof name);
      std::lock_guard lock(mutex);
      names.insert(name);
      ++done;
    });
  }
  REQUIRE(WaitFor([&] { return done.load() == 2; }));
  std::lock_guard lock(mutex);
  for (const auto& name : names) CHECK(name.rfind("named-pool-", 0) == 0);
}

TEST_CASE("ThreadPool: Stop from one of its own tasks does not deadlock", "[runtime]") {
  auto pool = std::make_unique<ThreadPool>("self-stop", 2);
  std::atomic<bool> stopped{false};
  pool->Post([&] {
    pool->Stop();
    stopped = true;
  });
  REQUIRE(WaitFor([&] { return stopped.load(); }));
  pool->Stop();
  pool.reset();
}
