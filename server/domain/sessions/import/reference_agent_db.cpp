#include "server/domain/sessions/import/reference_agent_db.hpp"

#include <zstd.h>

#include <set>

#include "server/storage/sqlite.hpp"

namespace gateway::domain::sessions::import {
namespace {

using nlohmann::json;

// The reference caps a compressed payload at 4 MiB of JSON.
constexpr std::size_t kMaxEventBytes = 4 * 1024 * 1024;

std::set<std::string> Columns(storage::Database& db, const std::string& table) {
  std::set<std::string> names;
  auto info = db.Prepare("SELECT name FROM pragma_table_info(?)");
  info.Bind(1, table);
  while (info.Step()) names.insert(info.Text(0));
  return names;
}

std::expected<std::string, std::string> Decompress(const void* data, std::size_t size,
                                                   std::optional<std::int64_t> expected) {
  const auto frame = ZSTD_getFrameContentSize(data, size);
  if (frame == ZSTD_CONTENTSIZE_ERROR) return std::unexpected("not a zstd frame");
  std::size_t capacity = frame == ZSTD_CONTENTSIZE_UNKNOWN
                             ? static_cast<std::size_t>(expected.value_or(kMaxEventBytes))
                             : static_cast<std::size_t>(frame);
  if (capacity > kMaxEventBytes) return std::unexpected("event larger than 4 MiB");
  std::string text(capacity, '\0');
  const auto written = ZSTD_decompress(text.data(), text.size(), data, size);
  if (ZSTD_isError(written)) return std::unexpected(ZSTD_getErrorName(written));
  text.resize(written);
  if (expected && static_cast<std::int64_t>(written) != *expected) {
    return std::unexpected("decompressed size differs from event_utf8_bytes");
  }
  return text;
}

bool HasColdArchive(storage::Database& db, const std::string& session_id) {
  auto query =
      db.Prepare("SELECT 1 FROM session_transcript_cold_archives WHERE session_id = ? LIMIT 1");
  query.Bind(1, session_id);
  return query.Step();
}

}  // namespace

std::expected<AgentImport, std::string> ReadReferenceAgentDb(const std::filesystem::path& path,
                                                             const std::string& agent_id,
                                                             const std::string& cwd) {
  AgentImport result;
  result.agent_id = agent_id;
  result.source = path.string();
  try {
    storage::OpenOptions options;
    options.read_only = true;
    options.mmap = false;
    auto db = storage::Database::Open(path, options);
    const auto nodes = Columns(db, "session_nodes");
    const auto events = Columns(db, "transcript_events");
    if (!nodes.contains("entry_json") || !nodes.contains("current_session_id") ||
        !events.contains("event_json")) {
      return std::unexpected(path.string() + " has no session_nodes/transcript_events tables");
    }
    const bool compressed = events.contains("event_zstd");
    const bool sized = events.contains("event_utf8_bytes");
    const std::string event_sql = std::string("SELECT seq, event_json, ") +
                                  (compressed ? "event_zstd" : "NULL") + ", " +
                                  (sized ? "event_utf8_bytes" : "NULL") +
                                  " FROM transcript_events WHERE session_id = ? ORDER BY seq";
    const bool cold_archives = !Columns(db, "session_transcript_cold_archives").empty();
    auto rows = db.Prepare("SELECT session_key, current_session_id, entry_json FROM session_nodes");
    auto read_events = db.Prepare(event_sql);
    while (rows.Step()) {
      const std::string key = rows.Text(0);
      const std::string current = rows.Text(1);
      const json entry = json::parse(rows.TextView(2), nullptr, false);
      std::string problem;
      auto row = RowFromEntry(key, entry, agent_id, &problem);
      if (!row) {
        result.problems.push_back(problem);
        continue;
      }
      row->session_id = current;  // the window the node points at is authoritative
      ImportedSession session{.row = std::move(*row), .events = {}};
      read_events.Reset();
      read_events.Bind(1, current);
      std::size_t bad_lines = 0;
      while (read_events.Step()) {
        std::string text;
        if (!read_events.IsNull(1)) {
          text = read_events.Text(1);
        } else if (!read_events.IsNull(2)) {
          const auto blob = read_events.TextView(2);
          auto decoded = Decompress(blob.data(), blob.size(), read_events.OptionalInt(3));
          if (!decoded) {
            ++bad_lines;
            continue;
          }
          text = std::move(*decoded);
        }
        const json line = json::parse(text, nullptr, false);
        try {
          if (auto event = EventFromLine(line)) session.events.push_back(std::move(*event));
        } catch (const json::exception&) {
          ++bad_lines;
        }
      }
      if (session.events.empty() && cold_archives && HasColdArchive(db, current)) {
        result.problems.push_back(key +
                                  ": the transcript is in the reference's cold archive "
                                  "(not imported; the session starts empty)");
      }
      if (bad_lines > 0) {
        result.problems.push_back(key + ": " + std::to_string(bad_lines) +
                                  " unreadable transcript events skipped");
      }
      FinishSession(session, cwd);
      result.sessions.push_back(std::move(session));
    }
  } catch (const storage::StorageError& error) {
    return std::unexpected(error.what());
  }
  return result;
}

}  // namespace gateway::domain::sessions::import
