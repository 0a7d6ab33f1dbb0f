#include "server/runtime/strand.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <memory>
#include <stdexcept>
#include <vector>

#include "server/runtime/thread_pool.hpp"
#include "tests/unit/runtime/wait_for.hpp"

using gateway::runtime::Strand;
using gateway::runtime::ThreadPool;
using gateway::testing::WaitFor;

TEST_CASE("Strand: tasks run one at a time and in order under a 4-thread pool", "[runtime]") {
  ThreadPool pool("strand-pool", 4);
  constexpr int kStrands = 8;
  constexpr int kTasks = 5000;
  std::vector<std::unique_ptr<Strand>> strands;
  std::vector<std::vector<int>> seen(kStrands);  // written only on each strand
  std::vector<std::atomic<int>> inside(kStrands);
  std::atomic<int> overlaps{0};
  std::atomic<int> not_on_strand{0};
  std::atomic<int> done{0};
  for (int s = 0; s < kStrands; ++s) strands.push_back(std::make_unique<Strand>(pool));
  // Several producer threads per strand would not define an order; one producer per strand does.
  std::vector<std::thread> producers;
  for (int s = 0; s < kStrands; ++s) {
    producers.emplace_back([&, s] {
      for (int i = 0; i < kTasks; ++i) {
        strands[s]->Post([&, s, i] {
          if (inside[s].fetch_add(1) != 0) ++overlaps;
          if (!strands[s]->running_in_this_thread()) ++not_on_strand;
          seen[s].push_back(i);
          inside[s].fetch_sub(1);
          ++done;
        });
      }
    });
  }
  for (auto& p : producers) p.join();
  REQUIRE(WaitFor([&] { return done.load() == kStrands * kTasks; }));
  CHECK(overlaps.load() == 0);
  CHECK(not_on_strand.load() == 0);
  for (int s = 0; s < kStrands; ++s) {
    REQUIRE(seen[s].size() == static_cast<std::size_t>(kTasks));
    bool ordered = true;
    for (int i = 0; i < kTasks; ++i) ordered = ordered && seen[s][i] == i;
    CHECK(ordered);
  }
}

TEST_CASE("Strand: an exception does not stall the strand", "[runtime]") {
  ThreadPool pool("strand-err", 2);
  std::atomic<int> errors{0};
  Strand strand(pool, [&](const std::string&, const std::string&) { ++errors; });
  std::atomic<int> ran{0};
  strand.Post([] { throw std::runtime_error("x"); });
  strand.Post([&] { ++ran; });
  REQUIRE(WaitFor([&] { return ran.load() == 1; }));
  CHECK(errors.load() == 1);
}

TEST_CASE("Strand: queued tasks still run after the Strand object is gone", "[runtime]") {
  ThreadPool pool("strand-life", 1);
  std::atomic<bool> release{false};
  std::atomic<int> ran{0};
  pool.Post([&] {
    while (!release) std::this_thread::yield();
  });
  {
    Strand strand(pool);
    for (int i = 0; i < 10; ++i) strand.Post([&] { ++ran; });
  }
  release = true;
  pool.Stop();
  CHECK(ran.load() == 10);
}

TEST_CASE("Strand: Stop of the pool drains a strand's whole queue", "[runtime]") {
  std::atomic<int> ran{0};
  {
    ThreadPool pool("strand-drain", 2);
    Strand strand(pool);
    for (int i = 0; i < 1000; ++i) strand.Post([&] { ++ran; });  // more than one batch
    pool.Stop();
  }
  CHECK(ran.load() == 1000);
}
