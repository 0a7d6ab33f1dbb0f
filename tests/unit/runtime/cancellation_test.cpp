#include "server/runtime/cancellation.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

using gateway::runtime::CancellationSource;
using gateway::runtime::CancellationToken;

TEST_CASE("Cancellation: a default token is never cancelled", "[runtime]") {
  CancellationToken token;
  CHECK_FALSE(token.cancelled());
  CHECK_FALSE(token.can_be_cancelled());
  bool called = false;
  auto registration = token.OnCancel([&] { called = true; });
  CHECK_FALSE(registration.active());
  CHECK_FALSE(called);
}

TEST_CASE("Cancellation: callbacks run once, at once when already cancelled", "[runtime]") {
  CancellationSource source;
  auto token = source.token();
  int calls = 0;
  auto registration = token.OnCancel([&] { ++calls; });
  CHECK(registration.active());
  CHECK_FALSE(token.cancelled());
  source.Cancel();
  CHECK(token.cancelled());
  CHECK(source.cancelled());
  CHECK(calls == 1);
  source.Cancel();
  CHECK(calls == 1);
  CHECK_FALSE(registration.active());

  int late = 0;
  auto after = token.OnCancel([&] { ++late; });
  CHECK(late == 1);
}

TEST_CASE("Cancellation: unregister then cancel does not call", "[runtime]") {
  CancellationSource source;
  int calls = 0;
  {
    auto registration = source.token().OnCancel([&] { ++calls; });
  }
  auto second = source.token().OnCancel([&] { ++calls; });
  second.Reset();
  source.Cancel();
  CHECK(calls == 0);
}

TEST_CASE("Cancellation: a moved registration keeps the callback registered", "[runtime]") {
  CancellationSource source;
  int calls = 0;
  CancellationToken::Registration kept;
  {
    auto registration = source.token().OnCancel([&] { ++calls; });
    kept = std::move(registration);
  }
  source.Cancel();
  CHECK(calls == 1);
}

TEST_CASE("Cancellation: register and cancel race from different threads", "[runtime]") {
  // Each round: one thread registers, another cancels at the same time. Whoever wins, the callback
  // runs exactly once (on the canceller's thread or at once on the registering one).
  for (int round = 0; round < 2000; ++round) {
    CancellationSource source;
    auto token = source.token();
    std::atomic<int> calls{0};
    std::atomic<bool> go{false};
    CancellationToken::Registration registration;
    std::thread registrar([&] {
      while (!go) std::this_thread::yield();
      registration = token.OnCancel([&] { ++calls; });
    });
    std::thread canceller([&] {
      while (!go) std::this_thread::yield();
      source.Cancel();
    });
    go = true;
    registrar.join();
    canceller.join();
    REQUIRE(calls.load() == 1);
  }
}

TEST_CASE("Cancellation: unregister racing cancel runs the callback at most once", "[runtime]") {
  // Reset returns only when the callback is not running: after it, `alive` may be cleared and the
  // callback must never see it cleared.
  for (int round = 0; round < 2000; ++round) {
    CancellationSource source;
    std::atomic<int> calls{0};
    std::atomic<bool> alive{true};
    std::atomic<int> saw_dead{0};
    auto registration = source.token().OnCancel([&] {
      if (!alive) ++saw_dead;
      ++calls;
    });
    std::atomic<bool> go{false};
    std::thread canceller([&] {
      while (!go) std::this_thread::yield();
      source.Cancel();
    });
    go = true;
    registration.Reset();
    alive = false;
    canceller.join();
    REQUIRE(calls.load() <= 1);
    REQUIRE(saw_dead.load() == 0);
  }
}

TEST_CASE("Cancellation: many registrations from many threads each run once", "[runtime]") {
  CancellationSource source;
  constexpr int kThreads = 4;
  constexpr int kEach = 500;
  std::atomic<int> calls{0};
  std::vector<std::vector<CancellationToken::Registration>> registrations(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i)
        registrations[t].push_back(source.token().OnCancel([&] { ++calls; }));
    });
  }
  std::thread canceller([&] { source.Cancel(); });
  for (auto& t : threads) t.join();
  canceller.join();
  CHECK(calls.load() == kThreads * kEach);
}

TEST_CASE("Cancellation: a callback may unregister itself or others", "[runtime]") {
  CancellationSource source;
  int other_calls = 0;
  CancellationToken::Registration other;
  CancellationToken::Registration self;
  self = source.token().OnCancel([&] {
    self.Reset();   // from inside: must not wait for itself
    other.Reset();  // not run yet: unregistered
  });
  other = source.token().OnCancel([&] { ++other_calls; });
  source.Cancel();
  CHECK(other_calls == 0);
}
