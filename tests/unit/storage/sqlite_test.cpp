#include "server/storage/sqlite.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <future>
#include <stdexcept>
#include <thread>
#include <vector>

#include "server/runtime/thread_pool.hpp"
#include "server/storage/sqlite_access.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway::storage;
using gateway::testing::TempDir;

namespace {

constexpr Migration kV1{1, "items", "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT);"};
constexpr Migration kV2{2, "item tags", "ALTER TABLE items ADD COLUMN tag TEXT;"};
constexpr Migration kV3{3, "index", "CREATE INDEX items_by_tag ON items(tag);"};

std::int64_t CountItems(Database& db) {
  auto s = db.Prepare("SELECT COUNT(*) FROM items");
  s.Step();
  return s.Int(0);
}

}  // namespace

TEST_CASE("SQLite: opens in WAL mode with the chosen synchronous level", "[storage]") {
  TempDir dir;
  auto db = Database::Open(dir / "a" / "b.sqlite");
  auto mode = db.Prepare("PRAGMA journal_mode");
  REQUIRE(mode.Step());
  CHECK(mode.Text(0) == "wal");
  auto sync = db.Prepare("PRAGMA synchronous");
  REQUIRE(sync.Step());
  CHECK(sync.Int(0) == 2);  // FULL
  OpenOptions normal;
  normal.synchronous = Synchronous::kNormal;
  auto db2 = Database::Open(dir / "c.sqlite", normal);
  auto sync2 = db2.Prepare("PRAGMA synchronous");
  REQUIRE(sync2.Step());
  CHECK(sync2.Int(0) == 1);
}

TEST_CASE("SQLite: migrations are versioned and re-running them is a no-op", "[storage]") {
  TempDir dir;
  const auto path = dir / "m.sqlite";
  {
    auto db = Database::Open(path);
    const Migration first[] = {kV1, kV2};
    CHECK(Migrate(db, first) == 2);
    CHECK(db.user_version() == 2);
    CHECK(Migrate(db, first) == 0);
    db.Exec("INSERT INTO items (name, tag) VALUES ('x', 't')");
  }
  {
    auto db = Database::Open(path);
    const Migration all[] = {kV1, kV2, kV3};
    CHECK(Migrate(db, all) == 1);
    CHECK(Migrate(db, all) == 0);
    CHECK(db.user_version() == 3);
    CHECK(CountItems(db) == 1);
    // Code older than the database: refused, not silently used.
    const Migration old[] = {kV1};
    CHECK_THROWS_AS(Migrate(db, old), StorageError);
  }
}

TEST_CASE("SQLite: a failing migration step leaves the previous version", "[storage]") {
  TempDir dir;
  auto db = Database::Open(dir / "f.sqlite");
  const Migration broken[] = {kV1, {2, "broken", "CREATE TABLE t (a); THIS IS NOT SQL;"}};
  CHECK_THROWS_AS(Migrate(db, broken), StorageError);
  CHECK(db.user_version() == 1);
  auto s = db.Prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 't'");
  s.Step();
  CHECK(s.Int(0) == 0);
}

TEST_CASE("SQLite: statements bind and read; transactions roll back unless committed",
          "[storage]") {
  TempDir dir;
  auto db = Database::Open(dir / "s.sqlite");
  const Migration all[] = {kV1, kV2};
  Migrate(db, all);
  {
    auto insert = db.Prepare("INSERT INTO items (id, name, tag) VALUES (?, ?, ?)");
    insert.Bind(1, 7).Bind(2, std::string("seven")).Bind(3, std::optional<std::string>());
    insert.Run();
  }
  auto select = db.Prepare("SELECT id, name, tag FROM items WHERE id = ?");
  select.Bind(1, 7);
  REQUIRE(select.Step());
  CHECK(select.Int(0) == 7);
  CHECK(select.Text(1) == "seven");
  CHECK_FALSE(select.OptionalText(2).has_value());
  CHECK_FALSE(select.Step());
  {
    Transaction transaction(db);
    db.Exec("INSERT INTO items (name) VALUES ('gone')");
  }
  CHECK(CountItems(db) == 1);
  {
    Transaction transaction(db);
    db.Exec("INSERT INTO items (name) VALUES ('kept')");
    transaction.Commit();
  }
  CHECK(CountItems(db) == 2);
  CHECK_THROWS_AS(db.Prepare("SELECT nope FROM nowhere"), StorageError);
}

TEST_CASE("WriteQueue: group commit; each completion after its batch commits", "[storage]") {
  TempDir dir;
  const auto path = dir / "w.sqlite";
  gateway::runtime::ThreadPool pool("wq-test", 4);
  auto db = Database::Open(path);
  const Migration all[] = {kV1};
  Migrate(db, all);
  WriteQueue writer(std::move(db), pool);
  OpenOptions read_options;
  read_options.read_only = true;
  auto reader = Database::Open(path, read_options);
  std::mutex reader_mutex;

  constexpr int kThreads = 4;
  constexpr int kEach = 500;
  std::atomic<int> done{0};
  std::atomic<int> errors{0};
  std::atomic<int> not_visible{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const std::int64_t id = t * 100000 + i;
        writer.Submit(
            [id](Database& db) {
              auto& s = db.Cached("INSERT INTO items (id, name) VALUES (?, 'x')");
              s.Bind(1, id);
              s.Run();
            },
            [&, id](std::exception_ptr error) {
              if (error) ++errors;
              // Committed: another connection sees it.
              std::lock_guard lock(reader_mutex);
              auto s = reader.Prepare("SELECT COUNT(*) FROM items WHERE id = ?");
              s.Bind(1, id);
              s.Step();
              if (s.Int(0) != 1) ++not_visible;
              ++done;
            });
      }
    });
  }
  for (auto& thread : threads) thread.join();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (done.load() < kThreads * kEach && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  REQUIRE(done.load() == kThreads * kEach);
  CHECK(errors.load() == 0);
  CHECK(not_visible.load() == 0);
  const auto stats = writer.stats();
  CHECK(stats.writes == static_cast<std::size_t>(kThreads * kEach));
  CHECK(stats.batches < stats.writes);
  CHECK(stats.largest_batch > 1);
}

TEST_CASE("WriteQueue: a failing write is rolled back alone", "[storage]") {
  TempDir dir;
  const auto path = dir / "w.sqlite";
  gateway::runtime::ThreadPool pool("wq-fail", 1);
  auto db = Database::Open(path);
  const Migration all[] = {kV1};
  Migrate(db, all);
  WriteQueue writer(std::move(db), pool);
  // Hold the strand so the three writes form one batch.
  std::promise<void> release;
  auto released = release.get_future().share();
  writer.RunExclusive([released](Database&) { released.wait(); });
  std::vector<std::promise<bool>> results(3);
  auto submit = [&](int i, bool fail) {
    writer.Submit(
        [i, fail](Database& db) {
          auto& s = db.Cached("INSERT INTO items (id, name) VALUES (?, 'x')");
          s.Bind(1, i);
          s.Run();
          if (fail) throw std::runtime_error("refused");
        },
        [&, i](std::exception_ptr error) { results[i].set_value(error == nullptr); });
  };
  submit(0, false);
  submit(1, true);
  submit(2, false);
  release.set_value();
  CHECK(results[0].get_future().get());
  CHECK_FALSE(results[1].get_future().get());
  CHECK(results[2].get_future().get());
  CHECK(writer.stats().largest_batch == 3);
  std::promise<std::int64_t> count;
  ReadPool readers(path, OpenOptions{}, pool);
  readers.Run([&](Database& db) { count.set_value(CountItems(db)); });
  CHECK(count.get_future().get() == 2);
}
