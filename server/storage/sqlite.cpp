#include "server/storage/sqlite.hpp"

#include <sqlite3.h>

#include <map>
#include <memory>

namespace gateway::storage {
namespace {

[[noreturn]] void Fail(sqlite3* db, int code, std::string_view what) {
  std::string message(what);
  message += ": ";
  message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  throw StorageError(code, message);
}

void Check(sqlite3* db, int code, std::string_view what) {
  if (code != SQLITE_OK) Fail(db, code, what);
}

const char* SynchronousName(Synchronous mode) {
  switch (mode) {
    case Synchronous::kOff:
      return "OFF";
    case Synchronous::kNormal:
      return "NORMAL";
    case Synchronous::kFull:
      return "FULL";
  }
  return "FULL";
}

}  // namespace

struct Database::Cache {
  std::map<std::string, std::unique_ptr<Statement>, std::less<>> statements;
};

Database::Database(sqlite3* db, std::filesystem::path path)
    : db_(db), path_(std::move(path)), cache_(new Cache) {}

Database Database::Open(const std::filesystem::path& path, const OpenOptions& options) {
  // Memory statistics take a global mutex on every SQLite allocation; we do not read them. Only
  // possible before SQLite initializes (later calls fail harmlessly with SQLITE_MISUSE).
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
  if (!options.read_only && options.create && path.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
  }
  int flags = SQLITE_OPEN_NOMUTEX;  // one thread at a time per connection (our strands)
  if (options.read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE;
    if (options.create) flags |= SQLITE_OPEN_CREATE;
  }
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message =
        "cannot open " + path.string() + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
    sqlite3_close_v2(raw);
    throw StorageError(rc, message);
  }
  Database db(raw, path);
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  if (!options.read_only) {
    db.Exec("PRAGMA journal_mode=WAL");
    db.Exec(std::string("PRAGMA synchronous=") + SynchronousName(options.synchronous));
    // Checkpoint every 8192 pages (32 MiB of WAL) rather than 1000: pages rewritten by many
    // commits (session rows, index tails) are copied to the database once per checkpoint, so a
    // longer interval writes less. The WAL file is cut back to 64 MiB after a checkpoint.
    db.Exec("PRAGMA wal_autocheckpoint=8192");
    db.Exec("PRAGMA journal_size_limit=67108864");
  }
  db.Exec("PRAGMA foreign_keys=ON");
  db.Exec("PRAGMA temp_store=MEMORY");
  db.Exec("PRAGMA cache_size=-" + std::to_string(options.cache_kib));
  if (options.mmap) db.Exec("PRAGMA mmap_size=268435456");
  return db;
}

Database::~Database() {
  delete cache_;  // finalizes cached statements before the connection closes
  if (db_) sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept
    : db_(other.db_), path_(std::move(other.path_)), cache_(other.cache_) {
  other.db_ = nullptr;
  other.cache_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    delete cache_;
    if (db_) sqlite3_close_v2(db_);
    db_ = other.db_;
    path_ = std::move(other.path_);
    cache_ = other.cache_;
    other.db_ = nullptr;
    other.cache_ = nullptr;
  }
  return *this;
}

void Database::Exec(std::string_view sql) {
  char* error = nullptr;
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string message = error ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    throw StorageError(rc, "exec failed: " + message);
  }
}

Statement Database::Prepare(std::string_view sql) { return Statement(db_, sql); }

Statement& Database::Cached(std::string_view sql) {
  auto it = cache_->statements.find(sql);
  if (it == cache_->statements.end()) {
    it = cache_->statements.emplace(std::string(sql), std::make_unique<Statement>(db_, sql)).first;
  }
  it->second->Reset();
  return *it->second;
}

std::int64_t Database::changes() const { return sqlite3_changes64(db_); }
std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
bool Database::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

std::int64_t Database::user_version() {
  Statement statement(db_, "PRAGMA user_version");
  statement.Step();
  return statement.Int(0);
}

void Database::set_user_version(std::int64_t version) {
  Exec("PRAGMA user_version=" + std::to_string(version));
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
  if (rc != SQLITE_OK) Fail(db, rc, "prepare failed (" + std::string(sql.substr(0, 80)) + ")");
}

Statement::~Statement() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept : stmt_(other.stmt_), db_(other.db_) {
  other.stmt_ = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (stmt_) sqlite3_finalize(stmt_);
    stmt_ = other.stmt_;
    db_ = other.db_;
    other.stmt_ = nullptr;
  }
  return *this;
}

Statement& Statement::Bind(int index, std::int64_t value) {
  Check(db_, sqlite3_bind_int64(stmt_, index, value), "bind");
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  Check(db_, sqlite3_bind_double(stmt_, index, value), "bind");
  return *this;
}

Statement& Statement::Bind(int index, std::string_view value) {
  Check(
      db_,
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
      "bind");
  return *this;
}

Statement& Statement::BindNull(int index) {
  Check(db_, sqlite3_bind_null(stmt_, index), "bind");
  return *this;
}

bool Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Fail(db_, rc, "step failed");
}

void Statement::Run() {
  while (Step()) {
  }
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::Double(int column) const { return sqlite3_column_double(stmt_, column); }

std::string_view Statement::TextView(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  if (!text) return {};
  return {reinterpret_cast<const char*>(text),
          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::string Statement::Text(int column) const { return std::string(TextView(column)); }

std::optional<std::string> Statement::OptionalText(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Text(column);
}

std::optional<std::int64_t> Statement::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

Transaction::Transaction(Database& db) : db_(db) { db_.Exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (done_) return;
  try {
    db_.Exec("ROLLBACK");
  } catch (...) {
    // Nothing more to do: the connection rolls back on close anyway.
  }
}

void Transaction::Commit() {
  db_.Exec("COMMIT");
  done_ = true;
}

Savepoint::Savepoint(Database& db) : db_(db) { db_.Exec("SAVEPOINT w"); }

Savepoint::~Savepoint() {
  if (done_) return;
  try {
    db_.Exec("ROLLBACK TO w; RELEASE w");
  } catch (...) {
  }
}

void Savepoint::Release() {
  db_.Exec("RELEASE w");
  done_ = true;
}

int Migrate(Database& db, std::span<const Migration> migrations) {
  const std::int64_t current = db.user_version();
  const std::int64_t latest = migrations.empty() ? 0 : migrations.back().version;
  if (current > latest) {
    throw StorageError(SQLITE_ERROR, "database schema version " + std::to_string(current) +
                                         " is newer than this gateway knows (" +
                                         std::to_string(latest) + ")");
  }
  int applied = 0;
  for (const auto& migration : migrations) {
    if (migration.version <= current) continue;
    Transaction transaction(db);
    // Another process may have migrated meanwhile: re-read under the write lock.
    if (db.user_version() >= migration.version) continue;
    db.Exec(migration.sql);
    db.set_user_version(migration.version);
    transaction.Commit();
    ++applied;
  }
  return applied;
}

}  // namespace gateway::storage
