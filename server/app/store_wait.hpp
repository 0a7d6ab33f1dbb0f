// Waits for one asynchronous session-store call: for the CLI's direct store access, which runs on
// its own thread and has nothing else to do meanwhile.
#pragma once

#include <future>
#include <utility>

#include "server/domain/sessions/session_store.hpp"

namespace gateway::app {

// `call` gets the callback to pass to the store; e.g.
// `AwaitStore<ListPage>([&](auto done) { store.List(query, done); })`.
template <typename T, typename Call>
domain::sessions::StoreResult<T> AwaitStore(Call&& call) {
  std::promise<domain::sessions::StoreResult<T>> promise;
  auto future = promise.get_future();
  call([&promise](domain::sessions::StoreResult<T> result) {
    promise.set_value(std::move(result));
  });
  return future.get();
}

}  // namespace gateway::app
