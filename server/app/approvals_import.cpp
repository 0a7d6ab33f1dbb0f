#include "server/app/approvals_import.hpp"

#include <sqlite3.h>

#include <optional>

#include "server/config/atomic_file.hpp"
#include "server/domain/tools/exec/approvals_merge.hpp"
#include "server/domain/tools/exec/approvals_store.hpp"

namespace gateway::app {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kTable = "exec_approvals_config";

std::expected<json, std::string> ParseDocument(const std::string& text, const std::string& source) {
  json document;
  try {
    document = json::parse(text);
  } catch (const json::parse_error& error) {
    return std::unexpected("the reference exec approvals at " + source +
                           " are not valid JSON: " + error.what());
  }
  if (!document.is_object()) {
    return std::unexpected("the reference exec approvals at " + source + " are not a JSON object");
  }
  return document;
}

struct DbLookup {
  std::optional<ReferenceApprovals> found;
  std::string missing;  // why the database holds no document
};

// A read-only connection (mode=ro). When no -wal file lies beside the database (the reference is
// stopped and checkpointed) it is also opened immutable, so that not even the -shm/-wal files a
// WAL-mode reader would create appear in the reference's state dir.
std::string ReadOnlyUri(const fs::path& db_path) {
  std::string uri = "file:";
  for (const char c : db_path.string()) {
    if (c == '%' || c == '?' || c == '#') {
      static const char* kHex = "0123456789ABCDEF";
      const auto byte = static_cast<unsigned char>(c);
      uri += {'%', kHex[byte >> 4], kHex[byte & 0xF]};
    } else {
      uri += c;
    }
  }
  std::error_code error;
  const bool wal = fs::exists(db_path.string() + "-wal", error);
  return uri + (wal ? "?mode=ro" : "?mode=ro&immutable=1");
}

struct Connection {
  sqlite3* db = nullptr;
  ~Connection() { sqlite3_close_v2(db); }
};
struct Query {
  sqlite3_stmt* statement = nullptr;
  ~Query() { sqlite3_finalize(statement); }
};

// The `current` row; nothing in the reference's database is ever written or migrated.
std::expected<DbLookup, std::string> ReadDbRow(const fs::path& db_path) {
  const std::string source = db_path.string() + "#" + kTable;
  Connection connection;
  const int opened = sqlite3_open_v2(ReadOnlyUri(db_path).c_str(), &connection.db,
                                     SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
  const auto failure = [&] {
    return std::unexpected(
        "cannot read the reference state database " + db_path.string() + ": " +
        (connection.db ? sqlite3_errmsg(connection.db) : sqlite3_errstr(opened)));
  };
  if (opened != SQLITE_OK) return failure();
  sqlite3_busy_timeout(connection.db, 5000);
  Query table;
  if (sqlite3_prepare_v2(connection.db,
                         "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                         "'exec_approvals_config'",
                         -1, &table.statement, nullptr) != SQLITE_OK) {
    return failure();
  }
  const int listed = sqlite3_step(table.statement);
  if (listed == SQLITE_DONE) {
    return DbLookup{.found = std::nullopt,
                    .missing = db_path.string() + " has no " + kTable + " table"};
  }
  if (listed != SQLITE_ROW) return failure();
  Query row;
  if (sqlite3_prepare_v2(connection.db,
                         "SELECT raw_json FROM exec_approvals_config WHERE config_key = 'current'",
                         -1, &row.statement, nullptr) != SQLITE_OK) {
    return failure();
  }
  const int stepped = sqlite3_step(row.statement);
  if (stepped == SQLITE_DONE) {
    return DbLookup{.found = std::nullopt, .missing = source + " has no 'current' row"};
  }
  if (stepped != SQLITE_ROW) return failure();
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row.statement, 0));
  if (!text) return std::unexpected(source + ": raw_json is NULL");
  auto document = ParseDocument(
      std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(row.statement, 0))), source);
  if (!document) return std::unexpected(document.error());
  return DbLookup{.found = ReferenceApprovals{.source = source, .document = std::move(*document)},
                  .missing = ""};
}

}  // namespace

std::expected<ReferenceApprovals, std::string> ReadReferenceApprovals(const fs::path& from) {
  const fs::path db_path = from / "state" / "openclaw.sqlite";
  const fs::path legacy = from / "exec-approvals.json";
  std::error_code error;
  std::string db_note;
  if (fs::exists(db_path, error)) {
    auto lookup = ReadDbRow(db_path);
    if (!lookup) return std::unexpected(lookup.error());
    if (lookup->found) return std::move(*lookup->found);
    db_note = lookup->missing;
  }
  config::FileSnapshot text;
  try {
    text = config::ReadSnapshot(legacy);
  } catch (const std::exception& e) {
    return std::unexpected("cannot read " + legacy.string() + ": " + e.what());
  }
  if (text) {
    auto document = ParseDocument(*text, legacy.string());
    if (!document) return std::unexpected(document.error());
    return ReferenceApprovals{.source = legacy.string(), .document = std::move(*document)};
  }
  return std::unexpected("no reference exec approvals found at " + db_path.string() + "#" + kTable +
                         " or " + legacy.string() + (db_note.empty() ? "" : " (" + db_note + ")"));
}

ApprovalsImportPlan PlanApprovalsImport(const json& ours, const ReferenceApprovals& reference,
                                        bool replace) {
  auto merge = replace ? domain::tools::ReplaceWithReferenceApprovals(ours, reference.document)
                       : domain::tools::MergeReferenceApprovals(ours, reference.document);
  return ApprovalsImportPlan{.document = std::move(merge.document),
                             .changed = merge.changed,
                             .entries_added = merge.entries_added,
                             .entries_removed = merge.entries_removed,
                             .agents_added_to = merge.agents_added_to,
                             .fields_filled = merge.fields_filled,
                             .mcp_tools_added = merge.mcp_tools_added};
}

std::expected<ApprovalsImportReport, std::string> ImportApprovalsLocally(
    const config::Paths& paths, const ApprovalsImportOptions& options) {
  auto reference = ReadReferenceApprovals(options.from);
  if (!reference) return std::unexpected(reference.error());
  ApprovalsImportReport report;
  report.source = reference->source;
  report.target = domain::tools::ApprovalsStore::DefaultPath(paths.state_dir);
  try {
    domain::tools::ApprovalsStore store(report.target);
    if (store.malformed()) {
      return std::unexpected("our exec approvals file " + report.target.string() +
                             " is not a JSON object; fix or remove it first");
    }
    // Get writes the socket path and token on first use, as the gateway's first get would.
    const auto ours = options.dry_run ? store.Peek() : store.Get();
    report.plan = PlanApprovalsImport(ours.file, *reference, options.replace);
    if (options.dry_run || !report.plan.changed) return report;
    auto set = store.Set(report.plan.document, ours.hash);
    if (!set) return std::unexpected(set.error().message);
    report.written = true;
  } catch (const std::exception& error) {
    return std::unexpected("cannot update " + report.target.string() + ": " + error.what());
  }
  return report;
}

}  // namespace gateway::app
