// Test helper for the kill -9 test: appends transcript events in a burst through the SessionStore
// and prints one line per acknowledged append ("<key> <seq> <eventId>") as soon as its callback
// runs, until killed. Usage: storage_append_child <stateDir> <sessions> <inFlight> [full|normal]
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>

#include "server/domain/sessions/session_store.hpp"
#include "server/runtime/thread_pool.hpp"

using namespace gateway::domain::sessions;

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::fprintf(stderr, "usage: %s <stateDir> <sessions> <inFlight> [full|normal]\n", argv[0]);
    return 2;
  }
  const std::string state_dir = argv[1];
  const int sessions = std::stoi(argv[2]);
  const int in_flight = std::stoi(argv[3]);
  gateway::runtime::ThreadPool pool("append-child", 2);
  StoreOptions options;
  options.path = DefaultStorePath(state_dir);
  if (argc == 5 && std::string(argv[4]) == "normal") {
    options.synchronous = gateway::storage::Synchronous::kNormal;
  }
  auto opened = SessionStore::Open(options, pool);
  if (!opened) {
    std::fprintf(stderr, "%s\n", opened.error().c_str());
    return 1;
  }
  auto& store = **opened;
  std::mutex mutex;
  std::condition_variable slot;
  int outstanding = 0;
  std::atomic<bool> failed{false};
  const std::string padding(300, 'p');  // make each row span more bytes
  for (long i = 0;; ++i) {
    {
      std::unique_lock lock(mutex);
      slot.wait(lock, [&] { return outstanding < in_flight; });
      ++outstanding;
    }
    const std::string key = "agent:main:direct:s" + std::to_string(i % sessions);
    store.Append(key, MessageEvent(UserMessage("burst " + std::to_string(i) + " " + padding, 0)),
                 AppendOptions{}, [&, key](StoreResult<AppendResult> result) {
                   if (result) {
                     const std::string line =
                         key + " " + std::to_string(result->seq) + " " + result->id + "\n";
                     // One write(2) per line: the line is in the pipe before the next append.
                     std::lock_guard lock(mutex);
                     (void)!::write(1, line.data(), line.size());
                   } else {
                     failed = true;
                     std::fprintf(stderr, "append failed: %s\n", result.error().message.c_str());
                   }
                   std::lock_guard lock(mutex);
                   --outstanding;
                   slot.notify_one();
                 });
    if (failed) return 1;
  }
}
