#include "server/storage/sqlite_access.hpp"

#include <algorithm>

namespace gateway::storage {

struct WriteQueue::State : std::enable_shared_from_this<State> {
  struct Item {
    Work work;
    Done done;
    std::function<void(Database&)> exclusive;  // set for RunExclusive items
  };

  Database db;
  runtime::Strand strand;
  Options options;
  mutable std::mutex mutex;
  std::deque<Item> pending;
  bool scheduled = false;
  Stats stats;

  State(Database database, runtime::Executor& executor, Options o)
      : db(std::move(database)), strand(executor), options(o) {}

  void Enqueue(Item item) {
    bool schedule = false;
    {
      std::lock_guard lock(mutex);
      pending.push_back(std::move(item));
      if (!scheduled) scheduled = schedule = true;
    }
    if (schedule) strand.Post([self = shared_from_this()] { self->Flush(); });
  }

  // Takes the writes queued so far (up to max_batch, stopping before an exclusive task) and
  // commits them together.
  void Flush() {
    std::vector<Item> batch;
    {
      std::lock_guard lock(mutex);
      if (!pending.empty() && pending.front().exclusive) {
        batch.push_back(std::move(pending.front()));
        pending.pop_front();
      } else {
        while (!pending.empty() && !pending.front().exclusive && batch.size() < options.max_batch) {
          batch.push_back(std::move(pending.front()));
          pending.pop_front();
        }
      }
    }
    if (!batch.empty() && batch.front().exclusive) {
      try {
        batch.front().exclusive(db);
      } catch (...) {
        // An exclusive task reports its own failures.
      }
    } else if (!batch.empty()) {
      Commit(batch);
    }
    bool again = false;
    {
      std::lock_guard lock(mutex);
      again = !pending.empty();
      if (!again) scheduled = false;
    }
    if (again) strand.Post([self = shared_from_this()] { self->Flush(); });
  }

  // Runs the batch in one transaction. Fast path: no savepoints (a savepoint copies every page
  // it touches that an earlier write of the batch had dirtied). If a write throws, the whole
  // transaction is rolled back and the batch re-run once with a savepoint per write, so only the
  // failing writes are undone. Writes must therefore be safe to run twice (each run starts from
  // the same database state).
  bool RunBatch(std::vector<Item>& batch, std::vector<std::exception_ptr>& results,
                bool savepoints) {
    db.Cached("BEGIN IMMEDIATE").Run();
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (!savepoints) {
        try {
          batch[i].work(db);
        } catch (...) {
          db.Exec("ROLLBACK");
          return false;
        }
        continue;
      }
      db.Cached("SAVEPOINT w").Run();
      try {
        batch[i].work(db);
        db.Cached("RELEASE w").Run();
      } catch (...) {
        results[i] = std::current_exception();
        db.Cached("ROLLBACK TO w").Run();
        db.Cached("RELEASE w").Run();
      }
    }
    db.Cached("COMMIT").Run();
    return true;
  }

  void Commit(std::vector<Item>& batch) {
    std::vector<std::exception_ptr> results(batch.size());
    try {
      if (!RunBatch(batch, results, false)) RunBatch(batch, results, true);
    } catch (...) {
      // The transaction itself failed (disk full, I/O error): nothing of the batch committed.
      const auto error = std::current_exception();
      if (db.in_transaction()) {
        try {
          db.Exec("ROLLBACK");
        } catch (...) {
        }
      }
      std::fill(results.begin(), results.end(), error);
    }
    {
      std::lock_guard lock(mutex);
      ++stats.batches;
      stats.writes += batch.size();
      stats.largest_batch = std::max(stats.largest_batch, batch.size());
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (!batch[i].done) continue;
      try {
        batch[i].done(results[i]);
      } catch (...) {
        // A completion that throws must not stop the others.
      }
    }
  }
};

WriteQueue::WriteQueue(Database db, runtime::Executor& executor)
    : WriteQueue(std::move(db), executor, Options{}) {}

WriteQueue::WriteQueue(Database db, runtime::Executor& executor, Options options)
    : state_(std::make_shared<State>(std::move(db), executor, options)) {}

WriteQueue::~WriteQueue() = default;

void WriteQueue::Submit(Work work, Done done) {
  state_->Enqueue({std::move(work), std::move(done), nullptr});
}

void WriteQueue::RunExclusive(std::function<void(Database&)> task) {
  state_->Enqueue({nullptr, nullptr, std::move(task)});
}

WriteQueue::Stats WriteQueue::stats() const {
  std::lock_guard lock(state_->mutex);
  return state_->stats;
}

struct ReadPool::State {
  std::filesystem::path path;
  OpenOptions options;
  runtime::Executor& executor;
  std::mutex mutex;
  std::vector<std::unique_ptr<Database>> free;

  State(std::filesystem::path p, OpenOptions o, runtime::Executor& e)
      : path(std::move(p)), options(o), executor(e) {}

  std::unique_ptr<Database> Acquire() {
    {
      std::lock_guard lock(mutex);
      if (!free.empty()) {
        auto db = std::move(free.back());
        free.pop_back();
        return db;
      }
    }
    return std::make_unique<Database>(Database::Open(path, options));
  }

  void Release(std::unique_ptr<Database> db) {
    std::lock_guard lock(mutex);
    free.push_back(std::move(db));
  }

  void RunWith(const std::function<void(Database&)>& task) {
    auto db = Acquire();
    struct Returner {
      State* state;
      std::unique_ptr<Database>& db;
      ~Returner() {
        if (db && !db->in_transaction()) state->Release(std::move(db));
      }
    } returner{this, db};
    task(*db);
  }
};

ReadPool::ReadPool(std::filesystem::path path, OpenOptions options, runtime::Executor& executor) {
  options.read_only = true;
  state_ = std::make_shared<State>(std::move(path), options, executor);
}

ReadPool::~ReadPool() = default;

void ReadPool::Run(std::function<void(Database&)> task) {
  state_->executor.Post([state = state_, task = std::move(task)] { state->RunWith(task); });
}

void ReadPool::RunHere(const std::function<void(Database&)>& task) { state_->RunWith(task); }

}  // namespace gateway::storage
