// Asynchronous access to one SQLite database: a single writer with group commit, and a pool of
// read connections. Nothing here blocks its caller; work runs on the given executor.
#pragma once

#include <cstddef>
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "server/runtime/executor.hpp"
#include "server/runtime/strand.hpp"
#include "server/storage/sqlite.hpp"

namespace gateway::storage {

// The single writer. Every write of a database goes through one WriteQueue: the writes run one
// at a time on a Strand over `executor`, and all the writes queued while the previous transaction
// committed are committed together (group commit): one BEGIN … COMMIT, hence one WAL sync, for the
// whole batch. A write that throws is rolled back alone and the others of its batch still commit
// (the batch is then re-run once with a savepoint per write: a write must be safe to run twice). A
// write's completion runs (on the writer strand) only after its batch has committed; keep it short
// (post the reply elsewhere).
//
// Durability: the gateway opens the writer with synchronous=FULL in WAL mode (see
// SessionStore::Open). A completion therefore means the batch is in the WAL on disk, fsynced: it
// survives kill -9 and also a power loss. Group commit is what pays for the fsync: its cost is
// shared by every write of the batch, which grows by itself under load (the writes that arrive
// during one fsync form the next batch).
class WriteQueue {
 public:
  using Work = std::function<void(Database&)>;
  // nullptr when the write committed; otherwise what it (or the commit) threw.
  using Done = std::function<void(std::exception_ptr)>;

  struct Options {
    std::size_t max_batch = 2048;  // writes per transaction at most (bounds the batch latency)
  };

  WriteQueue(Database db, runtime::Executor& executor);
  WriteQueue(Database db, runtime::Executor& executor, Options options);
  ~WriteQueue();
  WriteQueue(const WriteQueue&) = delete;
  WriteQueue& operator=(const WriteQueue&) = delete;

  void Submit(Work work, Done done);
  // Runs `task` on the writer strand outside any transaction, after the writes submitted before
  // (checkpoints, VACUUM, long maintenance steps that commit in chunks themselves).
  void RunExclusive(std::function<void(Database&)> task);

  struct Stats {
    std::size_t batches = 0;
    std::size_t writes = 0;
    std::size_t largest_batch = 0;
  };
  Stats stats() const;

 private:
  struct State;
  std::shared_ptr<State> state_;
};

// Read connections to the same file, opened lazily (at most one per concurrently running read).
// WAL lets them read while the writer commits; each read sees a consistent snapshot.
class ReadPool {
 public:
  ReadPool(std::filesystem::path path, OpenOptions options, runtime::Executor& executor);
  ~ReadPool();
  ReadPool(const ReadPool&) = delete;
  ReadPool& operator=(const ReadPool&) = delete;

  // Runs `task` on the executor with a free read connection. Exceptions are the task's business.
  void Run(std::function<void(Database&)> task);
  // Runs `task` on the calling thread with a free read connection (for startup and tests).
  void RunHere(const std::function<void(Database&)>& task);

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace gateway::storage
