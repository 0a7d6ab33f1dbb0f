// A thin RAII layer over the sqlite3 C API: connections, prepared statements, transactions and
// versioned migrations. Failures throw StorageError; the async stores above catch them at their
// boundary and hand a status to the caller.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace gateway::storage {

class StorageError : public std::runtime_error {
 public:
  StorageError(int code, const std::string& message) : std::runtime_error(message), code_(code) {}
  int code() const { return code_; }  // the SQLite result code (SQLITE_BUSY, …)

 private:
  int code_;
};

// PRAGMA synchronous in WAL mode. kNormal: a commit is in the WAL (the OS page cache) when it
// returns, so it survives the process being killed (kill -9, a crash) but not a power loss or
// kernel crash (the WAL is synced at checkpoints). kFull: the WAL is also fsynced on every commit,
// so a commit survives power loss too. See SqliteWriter for what the gateway uses and why.
enum class Synchronous { kOff, kNormal, kFull };

struct OpenOptions {
  bool read_only = false;
  bool create = true;  // create the file if missing (ignored when read_only)
  int busy_timeout_ms = 5000;
  Synchronous synchronous = Synchronous::kFull;
  std::int64_t cache_kib = 8192;  // PRAGMA cache_size (negative KiB)
  bool mmap = true;               // PRAGMA mmap_size = 256 MiB for read speed
};

class Statement;

// One connection (not thread-safe: one thread at a time, which the strands above guarantee).
// Opened in WAL mode with foreign keys on.
class Database {
 public:
  static Database Open(const std::filesystem::path& path, const OpenOptions& options = {});
  Database() = default;
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  bool is_open() const { return db_ != nullptr; }
  sqlite3* handle() const { return db_; }
  const std::filesystem::path& path() const { return path_; }

  // Runs one or more statements without results.
  void Exec(std::string_view sql);
  Statement Prepare(std::string_view sql);
  // Prepared once per connection and cached by SQL text; Reset before use.
  Statement& Cached(std::string_view sql);
  std::int64_t changes() const;
  std::int64_t last_insert_rowid() const;
  std::int64_t user_version();
  void set_user_version(std::int64_t version);
  bool in_transaction() const;

 private:
  explicit Database(sqlite3* db, std::filesystem::path path);
  struct Cache;
  sqlite3* db_ = nullptr;
  std::filesystem::path path_;
  Cache* cache_ = nullptr;
};

// A prepared statement. Bind indexes are 1-based (as SQLite), column indexes 0-based.
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, int value) { return Bind(index, static_cast<std::int64_t>(value)); }
  Statement& Bind(int index, bool value) { return Bind(index, std::int64_t{value ? 1 : 0}); }
  Statement& Bind(int index, double value);
  Statement& Bind(int index, std::string_view value);
  Statement& Bind(int index, const std::string& value) {
    return Bind(index, std::string_view(value));
  }
  Statement& Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
  Statement& BindNull(int index);
  template <typename T>
  Statement& Bind(int index, const std::optional<T>& value) {
    return value ? Bind(index, *value) : BindNull(index);
  }

  // Steps once: true when a row is available, false when done. Throws on error.
  bool Step();
  // Steps to the end (for statements without results).
  void Run();
  // Clears the bindings and rewinds, ready to bind again.
  void Reset();

  bool IsNull(int column) const;
  std::int64_t Int(int column) const;
  double Double(int column) const;
  std::string Text(int column) const;
  std::string_view TextView(int column) const;  // valid until the next Step/Reset
  std::optional<std::string> OptionalText(int column) const;
  std::optional<std::int64_t> OptionalInt(int column) const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE … COMMIT; rolls back when destroyed without Commit().
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();

 private:
  Database& db_;
  bool done_ = false;
};

// SAVEPOINT … RELEASE inside a transaction; rolls back to the savepoint when destroyed without
// Release() (the enclosing transaction continues).
class Savepoint {
 public:
  explicit Savepoint(Database& db);
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  void Release();

 private:
  Database& db_;
  bool done_ = false;
};

// One schema step. Versions start at 1 and follow each other.
struct Migration {
  std::int64_t version;
  std::string_view description;
  std::string_view sql;
};

// Brings the database to the last version in `migrations` (PRAGMA user_version), each step in
// its own transaction; steps already applied are skipped, so re-running is a no-op. A database
// newer than the code is refused (StorageError). Returns the number of steps applied.
int Migrate(Database& db, std::span<const Migration> migrations);

}  // namespace gateway::storage
