// A SessionStore on a temporary file with a controllable clock, and a way to wait for its
// callbacks on the test thread (Catch2 assertions are not thread-safe).
#pragma once

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <stdexcept>

#include "server/domain/sessions/session_store.hpp"
#include "server/runtime/thread_pool.hpp"
#include "tests/support/temp_dir.hpp"

namespace gateway::testing {

template <typename T, typename Start>
domain::sessions::StoreResult<T> Await(Start&& start) {
  auto promise = std::make_shared<std::promise<domain::sessions::StoreResult<T>>>();
  auto future = promise->get_future();
  start([promise](domain::sessions::StoreResult<T> result) {
    promise->set_value(std::move(result));
  });
  if (future.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
    throw std::runtime_error("store callback never ran");
  }
  return future.get();
}

struct StoreFixture {
  TempDir dir;
  std::atomic<std::int64_t> now{1764000000000};  // 2025-11-24T16:00:00Z
  runtime::ThreadPool pool{"store-test", 4};
  std::unique_ptr<domain::sessions::SessionStore> store;

  StoreFixture() { Open(); }
  ~StoreFixture() {
    store.reset();
    pool.Stop();
  }

  domain::sessions::StoreOptions Options() {
    domain::sessions::StoreOptions options;
    options.path = domain::sessions::DefaultStorePath(dir.path());
    options.archive_dir = dir.path() / "gateway-cpp" / "archive";
    options.now_ms = [this] { return now.load(); };
    return options;
  }

  void Open() {
    store.reset();
    auto opened = domain::sessions::SessionStore::Open(Options(), pool);
    if (!opened) throw std::runtime_error(opened.error());
    store = std::move(*opened);
  }

  void Advance(std::int64_t ms) { now += ms; }
};

}  // namespace gateway::testing
