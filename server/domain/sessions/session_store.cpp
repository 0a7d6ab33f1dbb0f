#include "server/domain/sessions/session_store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <limits>
#include <random>
#include <unordered_set>
#include <variant>

#include "server/platform/text.hpp"
#include "server/storage/sqlite_access.hpp"

namespace gateway::domain::sessions {

using storage::Database;
using storage::Statement;

namespace {

// Schema history. Never edit a released step: add one.
constexpr std::array<storage::Migration, 1> kMigrations = {{
    {1, "sessions, transcript windows and events", R"sql(
CREATE TABLE sessions (
  key TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  channel TEXT,
  account_id TEXT,
  chat_type TEXT,
  label TEXT,
  display_name TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  session_started_at INTEGER NOT NULL,
  last_interaction_at INTEGER,
  last_activity_at INTEGER,
  model TEXT,
  model_provider TEXT,
  model_source INTEGER NOT NULL DEFAULT 0,
  input_tokens INTEGER NOT NULL DEFAULT 0,
  output_tokens INTEGER NOT NULL DEFAULT 0,
  total_tokens INTEGER NOT NULL DEFAULT 0,
  context_tokens INTEGER,
  estimated_cost_usd REAL NOT NULL DEFAULT 0,
  compaction_count INTEGER NOT NULL DEFAULT 0,
  lifecycle_revision TEXT NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0,
  pinned INTEGER NOT NULL DEFAULT 0,
  unread INTEGER NOT NULL DEFAULT 0,
  spawned_by TEXT,
  parent_session_key TEXT,
  overrides_json TEXT NOT NULL DEFAULT '{}',
  last_seq INTEGER NOT NULL DEFAULT 0,
  last_event_id TEXT,
  window_start_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_by_updated ON sessions(updated_at DESC, key);
CREATE INDEX sessions_by_interaction ON sessions(last_interaction_at DESC, key);
CREATE INDEX sessions_by_session_id ON sessions(session_id);
CREATE INDEX sessions_by_label ON sessions(label) WHERE label IS NOT NULL;
-- Row counts by the columns sessions.list always filters on, kept by triggers, so totalCount of
-- the common listings is a sum over a few rows instead of a scan of every session.
CREATE TABLE session_counts (
  archived INTEGER NOT NULL,
  kind TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (archived, kind, agent_id)
) WITHOUT ROWID;
CREATE TRIGGER sessions_count_insert AFTER INSERT ON sessions BEGIN
  INSERT INTO session_counts (archived, kind, agent_id, n) VALUES (NEW.archived, NEW.kind, NEW.agent_id, 1)
    ON CONFLICT (archived, kind, agent_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER sessions_count_delete AFTER DELETE ON sessions BEGIN
  UPDATE session_counts SET n = n - 1
    WHERE archived = OLD.archived AND kind = OLD.kind AND agent_id = OLD.agent_id;
END;
CREATE TRIGGER sessions_count_update AFTER UPDATE OF archived, kind, agent_id ON sessions
  WHEN OLD.archived IS NOT NEW.archived OR OLD.kind IS NOT NEW.kind OR OLD.agent_id IS NOT NEW.agent_id
BEGIN
  UPDATE session_counts SET n = n - 1
    WHERE archived = OLD.archived AND kind = OLD.kind AND agent_id = OLD.agent_id;
  INSERT INTO session_counts (archived, kind, agent_id, n) VALUES (NEW.archived, NEW.kind, NEW.agent_id, 1)
    ON CONFLICT (archived, kind, agent_id) DO UPDATE SET n = n + 1;
END;
-- One row per sessionId (a transcript window of a key): initial, rollover.
CREATE TABLE transcripts (
  session_id TEXT PRIMARY KEY,
  session_key TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX transcripts_by_key ON transcripts(session_key);
-- The events of a transcript, v4 objects; seq 1 is the header.
CREATE TABLE transcript_events (
  session_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  role TEXT,
  timestamp INTEGER NOT NULL,
  event_json TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
)sql"},
}};

constexpr std::string_view kRowColumns =
    "key, session_id, agent_id, kind, channel, account_id, chat_type, label, display_name, "
    "created_at, updated_at, session_started_at, last_interaction_at, last_activity_at, model, "
    "model_provider, model_source, input_tokens, output_tokens, total_tokens, context_tokens, "
    "estimated_cost_usd, compaction_count, lifecycle_revision, archived, pinned, unread, "
    "spawned_by, parent_session_key, overrides_json, last_seq, window_start_seq";

// Thrown inside store work to fail one call with a StoreError.
struct StoreFailure {
  StoreError error;
};

[[noreturn]] void FailWith(StoreErrorCode code, std::string message) {
  throw StoreFailure{{code, std::move(message)}};
}

StoreError ErrorFrom(std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const StoreFailure& failure) {
    return failure.error;
  } catch (const std::exception& e) {
    return {StoreErrorCode::kUnavailable, e.what()};
  } catch (...) {
    return {StoreErrorCode::kUnavailable, "unknown failure"};
  }
}

SessionRow RowFrom(const Statement& s) {
  SessionRow row;
  int c = 0;
  row.key = s.Text(c++);
  row.session_id = s.Text(c++);
  row.agent_id = s.Text(c++);
  row.kind = ParseSessionKind(s.TextView(c++)).value_or(SessionKind::kUnknown);
  row.channel = s.OptionalText(c++);
  row.account_id = s.OptionalText(c++);
  row.chat_type = s.OptionalText(c++);
  row.label = s.OptionalText(c++);
  row.display_name = s.OptionalText(c++);
  row.created_at = s.Int(c++);
  row.updated_at = s.Int(c++);
  row.session_started_at = s.Int(c++);
  row.last_interaction_at = s.OptionalInt(c++);
  row.last_activity_at = s.OptionalInt(c++);
  row.model = s.OptionalText(c++);
  row.model_provider = s.OptionalText(c++);
  row.model_source = static_cast<ModelSource>(s.Int(c++));
  row.input_tokens = s.Int(c++);
  row.output_tokens = s.Int(c++);
  row.total_tokens = s.Int(c++);
  row.context_tokens = s.OptionalInt(c++);
  row.estimated_cost_usd = s.Double(c++);
  row.compaction_count = s.Int(c++);
  row.lifecycle_revision = s.Text(c++);
  row.archived = s.Int(c++) != 0;
  row.pinned = s.Int(c++) != 0;
  row.unread = s.Int(c++) != 0;
  row.spawned_by = s.OptionalText(c++);
  row.parent_session_key = s.OptionalText(c++);
  row.overrides = nlohmann::json::parse(s.TextView(c++), nullptr, false);
  if (!row.overrides.is_object()) row.overrides = nlohmann::json::object();
  row.last_seq = s.Int(c++);
  row.window_start_seq = s.Int(c++);
  return row;
}

std::optional<SessionRow> LoadRow(Database& db, std::string_view key) {
  static const std::string sql =
      "SELECT " + std::string(kRowColumns) + " FROM sessions WHERE key = ?";
  Statement& s = db.Cached(sql);
  s.Bind(1, key);
  if (!s.Step()) return std::nullopt;
  SessionRow row = RowFrom(s);
  s.Reset();
  return row;
}

// Writes every column of `row` (insert, or update by key). last_event_id is cleared: the next
// append looks the previous entry up.
void SaveRow(Database& db, const SessionRow& row) {
  static const std::string sql = [] {
    std::string columns(kRowColumns);
    std::string text = "INSERT INTO sessions (" + columns +
                       ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                       "ON CONFLICT (key) DO UPDATE SET last_event_id = NULL";
    std::size_t start = 0;
    while (start < columns.size()) {
      auto comma = columns.find(',', start);
      if (comma == std::string::npos) comma = columns.size();
      std::string name = columns.substr(start, comma - start);
      name.erase(0, name.find_first_not_of(' '));
      if (name != "key") text += ", " + name + " = excluded." + name;
      start = comma + 1;
    }
    return text;
  }();
  Statement& s = db.Cached(sql);
  int c = 1;
  s.Bind(c++, row.key);
  s.Bind(c++, row.session_id);
  s.Bind(c++, row.agent_id);
  s.Bind(c++, ToString(row.kind));
  s.Bind(c++, row.channel);
  s.Bind(c++, row.account_id);
  s.Bind(c++, row.chat_type);
  s.Bind(c++, row.label);
  s.Bind(c++, row.display_name);
  s.Bind(c++, row.created_at);
  s.Bind(c++, row.updated_at);
  s.Bind(c++, row.session_started_at);
  s.Bind(c++, row.last_interaction_at);
  s.Bind(c++, row.last_activity_at);
  s.Bind(c++, row.model);
  s.Bind(c++, row.model_provider);
  s.Bind(c++, static_cast<std::int64_t>(row.model_source));
  s.Bind(c++, row.input_tokens);
  s.Bind(c++, row.output_tokens);
  s.Bind(c++, row.total_tokens);
  s.Bind(c++, row.context_tokens);
  s.Bind(c++, row.estimated_cost_usd);
  s.Bind(c++, row.compaction_count);
  s.Bind(c++, row.lifecycle_revision);
  s.Bind(c++, row.archived);
  s.Bind(c++, row.pinned);
  s.Bind(c++, row.unread);
  s.Bind(c++, row.spawned_by);
  s.Bind(c++, row.parent_session_key);
  s.Bind(c++, row.overrides.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  s.Bind(c++, row.last_seq);
  s.Bind(c++, row.window_start_seq);
  s.Run();
}

std::string LastEventId(Database& db, const std::string& session_id, std::int64_t seq) {
  if (seq <= 0) return {};
  Statement& s = db.Cached("SELECT event_id FROM transcript_events WHERE session_id=? AND seq=?");
  s.Bind(1, session_id).Bind(2, seq);
  std::string id = s.Step() ? s.Text(0) : std::string();
  s.Reset();
  return id;
}

void InsertEvent(Database& db, const std::string& session_id, const TranscriptEvent& event,
                 std::string_view message_json = {}) {
  Statement& s = db.Cached(
      "INSERT INTO transcript_events (session_id, seq, event_id, type, role, timestamp, "
      "event_json) VALUES (?,?,?,?,?,?,?)");
  s.Bind(1, session_id).Bind(2, event.seq).Bind(3, event.id).Bind(4, event.type);
  if (event.message) {
    s.Bind(5, ToString(event.message->role));
  } else {
    s.BindNull(5);
  }
  s.Bind(6, event.timestamp_ms);
  s.Bind(7, SerializeEvent(event, message_json));
  s.Run();
}

void InsertWindow(Database& db, const std::string& session_id, const std::string& key,
                  std::int64_t now, std::string_view reason) {
  Statement& s = db.Cached(
      "INSERT OR REPLACE INTO transcripts (session_id, session_key, created_at, reason) VALUES "
      "(?,?,?,?)");
  s.Bind(1, session_id).Bind(2, key).Bind(3, now).Bind(4, reason);
  s.Run();
}

TranscriptEvent EventFromRow(const Statement& s, int seq_column, int json_column) {
  TranscriptEvent event = EventFromJson(nlohmann::json::parse(s.TextView(json_column)));
  event.seq = s.Int(seq_column);
  return event;
}

std::string EscapeLike(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// The bound values of a dynamically built WHERE clause, in order.
struct Bindings {
  std::vector<std::variant<std::int64_t, std::string>> values;
  void Apply(Statement& s) const {
    int i = 1;
    for (const auto& value : values) {
      if (std::holds_alternative<std::int64_t>(value)) {
        s.Bind(i++, std::get<std::int64_t>(value));
      } else {
        s.Bind(i++, std::get<std::string>(value));
      }
    }
  }
};

std::int64_t SystemNowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void FsyncFile(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

std::filesystem::path DefaultStorePath(const std::filesystem::path& state_dir) {
  return state_dir / "gateway-cpp" / "sessions.sqlite";
}

std::string NewUuid() {
  thread_local std::mt19937_64 engine{[] {
    std::random_device device;
    std::seed_seq seed{device(), device(), device(), device()};
    return std::mt19937_64(seed);
  }()};
  const std::uint64_t high = engine();
  const std::uint64_t low = engine();
  std::array<unsigned char, 16> bytes;
  for (int i = 0; i < 8; ++i) {
    bytes[i] = static_cast<unsigned char>(high >> (56 - 8 * i));
    bytes[8 + i] = static_cast<unsigned char>(low >> (56 - 8 * i));
  }
  bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);
  bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
  char out[37];
  std::snprintf(out, sizeof out,
                "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", bytes[0],
                bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
  return out;
}

std::optional<std::int64_t> ParseDurationMs(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  std::size_t start = i;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
  if (i == start) return std::nullopt;
  double number = 0;
  try {
    number = std::stod(std::string(text.substr(start, i - start)));
  } catch (const std::exception&) {
    return std::nullopt;  // "." and the like
  }
  std::string unit = platform::AsciiLower(text.substr(i));
  while (!unit.empty() && unit.back() == ' ') unit.pop_back();
  double factor = 0;
  if (unit.empty() || unit == "ms") {
    factor = 1;
  } else if (unit == "s") {
    factor = 1000;
  } else if (unit == "m") {
    factor = 60000;
  } else if (unit == "h") {
    factor = 3600000;
  } else if (unit == "d") {
    factor = 86400000;
  } else if (unit == "w") {
    factor = 7 * 86400000.0;
  } else {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(number * factor);
}

std::optional<std::int64_t> ParseByteSize(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) ++i;
  if (i == 0) return std::nullopt;
  double number = 0;
  try {
    number = std::stod(std::string(text.substr(0, i)));
  } catch (const std::exception&) {
    return std::nullopt;
  }
  std::string unit = platform::AsciiLower(text.substr(i));
  double factor = 0;
  if (unit.empty() || unit == "b") {
    factor = 1;
  } else if (unit == "kb" || unit == "k") {
    factor = 1024;
  } else if (unit == "mb" || unit == "m") {
    factor = 1024.0 * 1024;
  } else if (unit == "gb" || unit == "g") {
    factor = 1024.0 * 1024 * 1024;
  } else if (unit == "tb" || unit == "t") {
    factor = 1024.0 * 1024 * 1024 * 1024;
  } else {
    return std::nullopt;
  }
  return static_cast<std::int64_t>(number * factor);
}

struct SessionStore::Impl {
  StoreOptions options;
  std::unique_ptr<storage::WriteQueue> writer;
  std::unique_ptr<storage::ReadPool> readers;

  std::int64_t Now() const { return options.now_ms(); }
  std::string NewId() const { return options.new_id(); }

  // Runs `work` as one write; `done` gets its result after the batch committed.
  template <typename T>
  void Write(std::function<T(Database&)> work, StoreCallback<T> done) {
    auto result = std::make_shared<std::optional<T>>();
    writer->Submit([work = std::move(work), result](Database& db) { result->emplace(work(db)); },
                   [result, done = std::move(done)](std::exception_ptr error) {
                     if (error) {
                       done(std::unexpected(ErrorFrom(error)));
                     } else {
                       done(std::move(**result));
                     }
                   });
  }

  template <typename T>
  void Read(std::function<T(Database&)> work, StoreCallback<T> done) {
    readers->Run([work = std::move(work), done = std::move(done)](Database& db) {
      std::optional<T> value;
      std::exception_ptr error;
      try {
        value.emplace(work(db));
      } catch (...) {
        error = std::current_exception();
      }
      if (error) {
        done(std::unexpected(ErrorFrom(error)));
      } else {
        done(std::move(*value));
      }
    });
  }

  // A new row with its first transcript (header event, seq 1).
  SessionRow NewRow(Database& db, const CreateParams& params) {
    const std::int64_t now = Now();
    SessionRow row;
    row.key = params.key;
    row.session_id = params.session_id.value_or(NewId());
    if (params.agent_id) {
      row.agent_id = NormalizeAgentId(*params.agent_id);
    } else if (const auto parsed = ParseAgentKey(params.key)) {
      row.agent_id = parsed->agent_id;
    } else {
      row.agent_id = std::string(kDefaultAgentId);
    }
    row.kind = KindOfKey(params.key);
    row.channel = params.channel ? params.channel : ChannelOfKey(params.key);
    row.account_id = params.account_id;
    row.chat_type = params.chat_type;
    row.label = params.label;
    row.display_name = params.display_name;
    row.spawned_by = params.spawned_by;
    row.parent_session_key = params.parent_session_key;
    row.created_at = row.updated_at = row.session_started_at = now;
    row.lifecycle_revision = NewId();
    StartTranscript(db, row, now, "initial");
    SaveRow(db, row);
    return row;
  }

  // Writes the header of row.session_id's transcript and points the row at it.
  void StartTranscript(Database& db, SessionRow& row, std::int64_t now, std::string_view reason) {
    TranscriptEvent header;
    header.type = "session";
    header.id = row.session_id;
    header.timestamp_ms = now;
    header.seq = 1;
    header.fields = {{"cwd", options.cwd}};
    // A sessionId reused from elsewhere (an explicit id) may already have events: continue them.
    Statement& last = db.Cached("SELECT MAX(seq) FROM transcript_events WHERE session_id = ?");
    last.Bind(1, row.session_id);
    const std::int64_t existing = last.Step() ? last.Int(0) : 0;
    last.Reset();
    if (existing == 0) {
      InsertEvent(db, row.session_id, header);
      row.last_seq = 1;
    } else {
      row.last_seq = existing;
    }
    row.window_start_seq = 0;
    InsertWindow(db, row.session_id, row.key, now, reason);
  }

  SessionRow LoadOrCreate(Database& db, const std::string& key,
                          const std::optional<std::string>& agent_id, bool create, bool* created) {
    if (auto row = LoadRow(db, key)) return *row;
    if (!create) FailWith(StoreErrorCode::kNotFound, "session not found");
    if (created) *created = true;
    CreateParams params;
    params.key = key;
    params.agent_id = agent_id;
    return NewRow(db, params);
  }

  void CheckExpected(const SessionRow& row, const std::optional<std::string>& session_id,
                     const std::optional<std::string>& revision, std::string_view what) {
    if ((session_id && *session_id != row.session_id) ||
        (revision && *revision != row.lifecycle_revision)) {
      FailWith(StoreErrorCode::kConflict,
               "Session " + row.key + " changed before " + std::string(what) + ". Retry.");
    }
  }

  // The hot path: a narrow read of the row, one insert, one update (counters in SQL).
  AppendResult DoAppend(Database& db, const std::string& key, TranscriptEvent event /* copy */,
                        const std::string& message_json, const AppendOptions& options_in) {
    std::string session_id;
    std::int64_t last_seq = 0;
    std::optional<std::string> last_event_id;
    {
      Statement& s =
          db.Cached("SELECT session_id, last_seq, last_event_id FROM sessions WHERE key = ?");
      s.Bind(1, key);
      if (s.Step()) {
        session_id = s.Text(0);
        last_seq = s.Int(1);
        last_event_id = s.OptionalText(2);
      }
      s.Reset();
    }
    if (session_id.empty()) {
      const SessionRow row =
          LoadOrCreate(db, key, options_in.agent_id, options_in.create_if_missing, nullptr);
      session_id = row.session_id;
      last_seq = row.last_seq;
    }
    if (options_in.expected_session_id && *options_in.expected_session_id != session_id) {
      FailWith(StoreErrorCode::kConflict, "Session " + key + " changed before append. Retry.");
    }
    const std::int64_t now = Now();
    if (event.id.empty()) event.id = NewId();
    if (event.timestamp_ms == 0) event.timestamp_ms = now;
    if (!event.parent_id && last_seq > 1) {
      // last_event_id is cleared by every full row write; then the event itself is looked up.
      std::string parent = last_event_id ? *last_event_id : LastEventId(db, session_id, last_seq);
      if (!parent.empty()) event.parent_id = std::move(parent);
    }
    event.seq = last_seq + 1;
    InsertEvent(db, session_id, event, message_json);
    Usage usage;
    if (event.message && event.message->role == MessageRole::kAssistant && event.message->usage) {
      usage = *event.message->usage;
      if (usage.total_tokens <= 0) usage.total_tokens = usage.input + usage.output;
    }
    Statement& update = db.Cached(
        "UPDATE sessions SET last_seq=?, last_event_id=?, updated_at=?, last_activity_at=?, "
        "last_interaction_at=COALESCE(?, last_interaction_at), input_tokens=input_tokens+?, "
        "output_tokens=output_tokens+?, total_tokens=total_tokens+?, "
        "estimated_cost_usd=estimated_cost_usd+? WHERE key=?");
    update.Bind(1, event.seq)
        .Bind(2, event.id)
        .Bind(3, now)
        .Bind(4, now)
        .Bind(5, options_in.user_input ? std::optional<std::int64_t>(now) : std::nullopt)
        .Bind(6, usage.input)
        .Bind(7, usage.output)
        .Bind(8, usage.total_tokens)
        .Bind(9, usage.cost.total)
        .Bind(10, key);
    update.Run();
    if (options_in.answered_by) {
      Statement& model = db.Cached(
          "UPDATE sessions SET model=?, model_provider=?, model_source=? WHERE key=? AND "
          "model_source != ?");
      model.Bind(1, options_in.answered_by->second)
          .Bind(2, options_in.answered_by->first)
          .Bind(3, static_cast<std::int64_t>(ModelSource::kAuto))
          .Bind(4, key)
          .Bind(5, static_cast<std::int64_t>(ModelSource::kUser));
      model.Run();
    }
    AppendResult result{session_id, event.seq, event.id, std::nullopt};
    if (options_in.return_row) result.row = LoadRow(db, key);
    return result;
  }

  // Removes the rows and (when asked) every transcript window of `key`; archives first.
  std::vector<std::string> RemoveSession(Database& db, const SessionRow& row,
                                         bool delete_transcript, bool archive) {
    std::vector<std::string> archived;
    if (delete_transcript) {
      std::vector<std::string> windows;
      {
        Statement& s = db.Cached("SELECT session_id FROM transcripts WHERE session_key = ?");
        s.Bind(1, row.key);
        while (s.Step()) windows.push_back(s.Text(0));
        s.Reset();
      }
      if (std::find(windows.begin(), windows.end(), row.session_id) == windows.end()) {
        windows.push_back(row.session_id);
      }
      for (const auto& session_id : windows) {
        if (archive && !options.archive_dir.empty()) {
          if (auto path = ArchiveTranscript(db, session_id)) archived.push_back(*path);
        }
        Statement& events = db.Cached("DELETE FROM transcript_events WHERE session_id = ?");
        events.Bind(1, session_id);
        events.Run();
        Statement& window = db.Cached("DELETE FROM transcripts WHERE session_id = ?");
        window.Bind(1, session_id);
        window.Run();
      }
    }
    Statement& s = db.Cached("DELETE FROM sessions WHERE key = ?");
    s.Bind(1, row.key);
    s.Run();
    return archived;
  }

  // <archive_dir>/<sessionId>.deleted.<ms>.jsonl, fsynced before the deletion commits.
  std::optional<std::string> ArchiveTranscript(Database& db, const std::string& session_id) {
    Statement& s =
        db.Cached("SELECT event_json FROM transcript_events WHERE session_id = ? ORDER BY seq");
    s.Bind(1, session_id);
    std::string text;
    while (s.Step()) {
      text += s.TextView(0);
      text += '\n';
    }
    s.Reset();
    if (text.empty()) return std::nullopt;
    std::filesystem::create_directories(options.archive_dir);
    const auto path =
        options.archive_dir / (session_id + ".deleted." + std::to_string(Now()) + ".jsonl");
    {
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out << text;
      if (!out.flush()) FailWith(StoreErrorCode::kUnavailable, "cannot write " + path.string());
    }
    FsyncFile(path);
    return path.string();
  }

  // The first user and the last user/assistant message of the visible transcript; messages
  // without text (tool calls, images only) are passed over.
  RowTexts TextsOf(Database& db, const SessionRow& row) {
    RowTexts texts;
    auto first_text = [&](Statement& s) -> std::optional<std::string> {
      s.Bind(1, row.session_id).Bind(2, row.window_start_seq);
      std::optional<std::string> found;
      while (!found && s.Step()) {
        const auto json = nlohmann::json::parse(s.TextView(0), nullptr, false);
        const auto message = json.find("message");
        if (message == json.end() || !message->is_object()) continue;
        std::string text = MessageText(MessageFromJson(*message));
        if (!text.empty()) found = std::move(text);
      }
      s.Reset();
      return found;
    };
    texts.first_user = first_text(db.Cached(
        "SELECT event_json FROM transcript_events WHERE session_id = ? AND seq >= ? AND type = "
        "'message' AND role = 'user' ORDER BY seq LIMIT 8"));
    texts.last_message = first_text(db.Cached(
        "SELECT event_json FROM transcript_events WHERE session_id = ? AND seq >= ? AND type = "
        "'message' AND role IN ('user', 'assistant') ORDER BY seq DESC LIMIT 8"));
    return texts;
  }

  ListPage DoList(Database& db, const ListQuery& query) {
    std::string where;
    Bindings binds;
    // Only archived/kind/agent_id so far: session_counts answers the total.
    bool counted_filters = true;
    auto add = [&](const std::string& clause) {
      where += (where.empty() ? " WHERE " : " AND ") + clause;
    };
    switch (query.archived) {
      case ArchivedFilter::kExclude:
        add("archived = 0");
        break;
      case ArchivedFilter::kOnly:
        add("archived = 1");
        break;
      case ArchivedFilter::kAll:
        break;
    }
    if (!query.include_global && !query.include_unknown) {
      add("kind IN ('direct','group')");
    } else if (!query.include_global) {
      add("kind <> 'global'");
    } else if (!query.include_unknown) {
      add("kind <> 'unknown'");
    }
    if (query.agent_id) {
      add("agent_id = ?");
      binds.values.emplace_back(*query.agent_id);
    }
    if (query.agent_ids) {
      std::string in = "agent_id IN (";
      for (std::size_t i = 0; i < query.agent_ids->size(); ++i) {
        in += i ? ",?" : "?";
        binds.values.emplace_back((*query.agent_ids)[i]);
      }
      add(query.agent_ids->empty() ? "0" : in + ")");
    }
    const std::string count_where = where;
    const Bindings count_binds = binds;
    counted_filters = !query.active_minutes && !query.require_last_interaction && !query.label &&
                      !query.spawned_by && !(query.search && !query.search->empty());
    if (query.active_minutes) {
      add("updated_at >= ?");
      binds.values.emplace_back(Now() - *query.active_minutes * 60000);
    }
    if (query.require_last_interaction) add("last_interaction_at IS NOT NULL");
    if (query.label) {
      add("label = ?");
      binds.values.emplace_back(*query.label);
    }
    if (query.spawned_by) {
      add("spawned_by = ?");
      binds.values.emplace_back(*query.spawned_by);
    }
    if (query.search && !query.search->empty()) {
      add("(key LIKE ? ESCAPE '\\' OR label LIKE ? ESCAPE '\\' OR display_name LIKE ? ESCAPE "
          "'\\')");
      const std::string pattern = "%" + EscapeLike(*query.search) + "%";
      for (int i = 0; i < 3; ++i) binds.values.emplace_back(pattern);
    }
    const std::string order = query.sort == ListSort::kUpdatedAt
                                  ? " ORDER BY updated_at DESC, key"
                                  : " ORDER BY last_interaction_at DESC, key";
    const std::int64_t limit = std::max<std::int64_t>(1, query.limit);
    const std::int64_t offset = std::max<std::int64_t>(0, query.offset);
    ListPage page;
    page.offset = offset;
    {
      Statement& s = db.Cached("SELECT " + std::string(kRowColumns) + " FROM sessions" + where +
                               order + " LIMIT ? OFFSET ?");
      binds.Apply(s);
      const int next = static_cast<int>(binds.values.size()) + 1;
      s.Bind(next, limit).Bind(next + 1, offset);
      while (s.Step()) page.rows.push_back(RowFrom(s));
      s.Reset();
    }
    if (counted_filters) {
      Statement& s = db.Cached("SELECT COALESCE(SUM(n), 0) FROM session_counts" + count_where);
      count_binds.Apply(s);
      page.total_count = s.Step() ? s.Int(0) : 0;
      s.Reset();
    } else {
      Statement& s = db.Cached("SELECT COUNT(*) FROM sessions" + where);
      binds.Apply(s);
      page.total_count = s.Step() ? s.Int(0) : 0;
      s.Reset();
    }
    if (query.with_texts) {
      page.texts.reserve(page.rows.size());
      for (const auto& row : page.rows) page.texts.push_back(TextsOf(db, row));
    }
    const std::int64_t end = offset + static_cast<std::int64_t>(page.rows.size());
    page.has_more = end < page.total_count;
    if (page.has_more) page.next_offset = end;
    return page;
  }

  ResolveOutcome DoResolve(Database& db, const ResolveQuery& query) {
    auto candidate = [](const SessionRow& row) {
      return ResolveCandidate{row.key, row.agent_id, row.display_name};
    };
    auto visible = [&](const SessionRow& row) {
      if (row.kind == SessionKind::kGlobal && !query.include_global) return false;
      if (row.kind == SessionKind::kUnknown && !query.include_unknown) return false;
      if (query.agent_id && row.agent_id != *query.agent_id) return false;
      if (query.spawned_by && row.spawned_by != query.spawned_by) return false;
      return true;
    };
    ResolveOutcome outcome;
    auto rows_where = [&](const std::string& clause, const std::string& value) {
      std::vector<SessionRow> rows;
      Statement& s = db.Cached("SELECT " + std::string(kRowColumns) + " FROM sessions WHERE " +
                               clause + " ORDER BY updated_at DESC LIMIT 11");
      s.Bind(1, value);
      while (s.Step()) {
        SessionRow row = RowFrom(s);
        if (visible(row)) rows.push_back(std::move(row));
      }
      s.Reset();
      return rows;
    };
    std::vector<SessionRow> rows;
    if (query.key) {
      if (auto row = LoadRow(db, *query.key); row && visible(*row)) rows.push_back(*row);
    } else if (query.session_id) {
      rows = rows_where("session_id = ?", *query.session_id);
    } else if (query.short_id) {
      rows = rows_where("session_id LIKE ? ESCAPE '\\'", EscapeLike(*query.short_id) + "%");
    } else if (query.label) {
      rows = rows_where("label = ?", *query.label);
    }
    if (rows.size() == 1) {
      outcome.ok = true;
      outcome.match = candidate(rows.front());
    } else {
      for (std::size_t i = 0; i < rows.size() && i < 10; ++i) {
        outcome.candidates.push_back(candidate(rows[i]));
      }
    }
    return outcome;
  }

  HistoryPage DoHistory(Database& db, const std::string& key, const HistoryQuery& query) {
    HistoryPage page;
    std::int64_t start = 0;
    if (query.session_id) {
      // Only a transcript of this key (the current one or an earlier window).
      Statement& owner = db.Cached("SELECT session_key FROM transcripts WHERE session_id = ?");
      owner.Bind(1, *query.session_id);
      const bool owned = owner.Step() && owner.TextView(0) == key;
      owner.Reset();
      if (!owned) FailWith(StoreErrorCode::kNotFound, "session not found");
      page.session_id = *query.session_id;
      if (auto row = LoadRow(db, key); row && row->session_id == *query.session_id) {
        start = row->window_start_seq;
      }
    } else {
      const auto row = LoadRow(db, key);
      if (!row) FailWith(StoreErrorCode::kNotFound, "session not found");
      page.session_id = row->session_id;
      start = row->window_start_seq;
    }
    if (query.whole_transcript) start = 0;
    const std::int64_t limit = std::max<std::int64_t>(1, query.limit);
    Statement& s =
        db.Cached(query.messages_only
                      ? "SELECT seq, event_json FROM transcript_events WHERE session_id = ? AND "
                        "seq >= ? AND seq > 1 AND type IN ('message','reset') ORDER BY seq DESC "
                        "LIMIT ?"
                      : "SELECT seq, event_json FROM transcript_events WHERE session_id = ? AND "
                        "seq >= ? AND seq > 1 ORDER BY seq DESC LIMIT ?");
    s.Bind(1, page.session_id).Bind(2, start).Bind(3, limit + 1);
    while (s.Step()) {
      if (static_cast<std::int64_t>(page.events.size()) == limit) {
        page.has_more = true;
        break;
      }
      page.events.push_back(EventFromRow(s, 0, 1));
    }
    s.Reset();
    std::reverse(page.events.begin(), page.events.end());
    return page;
  }

  CompactOutcome DoCompact(Database& db, const std::string& key, std::int64_t max_lines) {
    CompactOutcome outcome;
    const auto row = LoadRow(db, key);
    if (!row || row->session_id.empty()) {
      outcome.reason = "no sessionId";
      return outcome;
    }
    Statement& count =
        db.Cached("SELECT COUNT(*) FROM transcript_events WHERE session_id = ? AND seq > 1");
    count.Bind(1, row->session_id);
    const std::int64_t lines = count.Step() ? count.Int(0) : 0;
    count.Reset();
    if (lines == 0) {
      outcome.reason = "no transcript";
      return outcome;
    }
    const std::int64_t keep = std::max<std::int64_t>(1, max_lines);
    if (lines <= keep) {
      outcome.kept = lines;
      return outcome;
    }
    // The seq of the oldest entry kept.
    Statement& cut = db.Cached(
        "SELECT seq FROM transcript_events WHERE session_id = ? AND seq > 1 ORDER BY seq DESC "
        "LIMIT 1 OFFSET ?");
    cut.Bind(1, row->session_id).Bind(2, keep - 1);
    const std::int64_t first_kept = cut.Step() ? cut.Int(0) : 0;
    cut.Reset();
    Statement& erase =
        db.Cached("DELETE FROM transcript_events WHERE session_id = ? AND seq > 1 AND seq < ?");
    erase.Bind(1, row->session_id).Bind(2, first_kept);
    erase.Run();
    Statement& touch = db.Cached("UPDATE sessions SET updated_at = ? WHERE key = ?");
    touch.Bind(1, Now()).Bind(2, key);
    touch.Run();
    outcome.compacted = true;
    outcome.kept = keep;
    return outcome;
  }
};

SessionStore::SessionStore(std::shared_ptr<Impl> impl) : impl_(std::move(impl)) {}
SessionStore::~SessionStore() = default;

std::expected<std::unique_ptr<SessionStore>, std::string> SessionStore::Open(
    StoreOptions options, runtime::Executor& executor) {
  if (!options.now_ms) options.now_ms = SystemNowMs;
  if (!options.new_id) options.new_id = NewUuid;
  auto impl = std::make_shared<Impl>();
  try {
    storage::OpenOptions open;
    open.synchronous = options.synchronous;
    open.mmap = false;
    Database db = Database::Open(options.path, open);
    // Owner-only: transcripts are private conversations.
    std::filesystem::permissions(
        options.path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    storage::Migrate(db, kMigrations);
    impl->writer = std::make_unique<storage::WriteQueue>(std::move(db), executor);
    impl->readers = std::make_unique<storage::ReadPool>(options.path, open, executor);
  } catch (const std::exception& e) {
    return std::unexpected(std::string("session store: ") + e.what());
  }
  impl->options = std::move(options);
  return std::unique_ptr<SessionStore>(new SessionStore(std::move(impl)));
}

const std::filesystem::path& SessionStore::path() const { return impl_->options.path; }

void SessionStore::GetOrCreate(CreateParams params, StoreCallback<CreateOutcome> done) {
  impl_->Write<CreateOutcome>(
      [impl = impl_, params = std::move(params)](Database& db) {
        if (auto row = LoadRow(db, params.key)) return CreateOutcome{std::move(*row), false};
        return CreateOutcome{impl->NewRow(db, params), true};
      },
      std::move(done));
}

void SessionStore::Get(std::string key, StoreCallback<std::optional<SessionRow>> done) {
  impl_->Read<std::optional<SessionRow>>(
      [key = std::move(key)](Database& db) { return LoadRow(db, key); }, std::move(done));
}

void SessionStore::Resolve(ResolveQuery query, StoreCallback<ResolveOutcome> done) {
  impl_->Read<ResolveOutcome>(
      [impl = impl_, query = std::move(query)](Database& db) { return impl->DoResolve(db, query); },
      std::move(done));
}

void SessionStore::List(ListQuery query, StoreCallback<ListPage> done) {
  impl_->Read<ListPage>(
      [impl = impl_, query = std::move(query)](Database& db) { return impl->DoList(db, query); },
      std::move(done));
}

void SessionStore::Count(StoreCallback<std::int64_t> done) {
  impl_->Read<std::int64_t>(
      [](Database& db) {
        Statement& s = db.Cached("SELECT COALESCE(SUM(n), 0) FROM session_counts");
        const std::int64_t count = s.Step() ? s.Int(0) : 0;
        s.Reset();
        return count;
      },
      std::move(done));
}

void SessionStore::Patch(std::string key, SessionPatch patch, StoreCallback<SessionRow> done) {
  impl_->Write<SessionRow>(
      [impl = impl_, key = std::move(key), patch = std::move(patch)](Database& db) {
        SessionRow row =
            impl->LoadOrCreate(db, key, patch.agent_id, patch.create_if_missing, nullptr);
        impl->CheckExpected(row, patch.expected_session_id, patch.expected_lifecycle_revision,
                            "patch");
        if (patch.label) row.label = *patch.label;
        if (patch.display_name) row.display_name = *patch.display_name;
        if (patch.model) {
          row.model = *patch.model;
          row.model_source = row.model ? ModelSource::kUser : ModelSource::kNone;
          if (!row.model) row.model_provider.reset();
        }
        if (patch.model_provider) row.model_provider = *patch.model_provider;
        if (patch.archived) row.archived = *patch.archived;
        if (patch.pinned) row.pinned = *patch.pinned;
        if (patch.unread) row.unread = *patch.unread;
        if (patch.overrides.is_object()) {
          for (const auto& [name, value] : patch.overrides.items()) {
            if (value.is_null()) {
              row.overrides.erase(name);
            } else {
              row.overrides[name] = value;
            }
          }
        }
        row.updated_at = impl->Now();
        SaveRow(db, row);
        return row;
      },
      std::move(done));
}

void SessionStore::Reset(std::string key, ResetParams params, StoreCallback<ResetOutcome> done) {
  impl_->Write<ResetOutcome>(
      [impl = impl_, key = std::move(key), params = std::move(params)](Database& db) {
        ResetOutcome outcome;
        auto existing = LoadRow(db, key);
        if (!existing) {
          CreateParams create;
          create.key = key;
          create.agent_id = params.agent_id;
          outcome.row = impl->NewRow(db, create);
          outcome.created = true;
          return outcome;
        }
        SessionRow row = std::move(*existing);
        impl->CheckExpected(row, params.expected_session_id, std::nullopt, "reset");
        const std::int64_t now = impl->Now();
        TranscriptEvent boundary = ResetEvent(params.reason == "new" ? "new" : "reset");
        boundary.id = impl->NewId();
        boundary.timestamp_ms = now;
        const std::string parent = LastEventId(db, row.session_id, row.last_seq);
        if (!parent.empty() && row.last_seq > 1) boundary.parent_id = parent;
        boundary.seq = row.last_seq + 1;
        InsertEvent(db, row.session_id, boundary);
        row.last_seq = boundary.seq;
        row.window_start_seq = boundary.seq;
        row.lifecycle_revision = impl->NewId();
        row.session_started_at = row.updated_at = now;
        row.input_tokens = row.output_tokens = row.total_tokens = 0;
        row.estimated_cost_usd = 0;
        row.context_tokens.reset();
        row.compaction_count = 0;
        if (row.model_source == ModelSource::kAuto) {
          row.model.reset();
          row.model_provider.reset();
          row.model_source = ModelSource::kNone;
        }
        SaveRow(db, row);
        outcome.row = std::move(row);
        return outcome;
      },
      std::move(done));
}

void SessionStore::StartTurn(TurnParams params, StoreCallback<TurnStart> done) {
  impl_->Write<TurnStart>(
      [impl = impl_, params = std::move(params)](Database& db) {
        TurnStart start;
        const std::int64_t now = impl->Now();
        auto existing = LoadRow(db, params.key);
        SessionRow row;
        if (!existing) {
          CreateParams create;
          create.key = params.key;
          create.agent_id = params.agent_id;
          row = impl->NewRow(db, create);
          start.created = true;
        } else {
          row = std::move(*existing);
          const SessionType type = IsThreadKey(row.key)              ? SessionType::kThread
                                   : row.kind == SessionKind::kGroup ? SessionType::kGroup
                                                                     : SessionType::kDirect;
          const SessionClock clock{row.session_started_at, row.last_interaction_at};
          if (Evaluate(params.reset, type, row.channel, clock, now) == Freshness::kStale) {
            start.previous_session_id = row.session_id;
            start.rolled_over = true;
            row.session_id = impl->NewId();
            row.lifecycle_revision = impl->NewId();
            row.session_started_at = now;
            row.input_tokens = row.output_tokens = row.total_tokens = 0;
            row.estimated_cost_usd = 0;
            row.context_tokens.reset();
            row.compaction_count = 0;
            impl->StartTranscript(db, row, now, "rollover");
          }
        }
        row.updated_at = now;
        if (params.user_input) row.last_interaction_at = now;
        SaveRow(db, row);
        start.row = std::move(row);
        return start;
      },
      std::move(done));
}

void SessionStore::Delete(std::string key, DeleteParams params, StoreCallback<DeleteOutcome> done) {
  impl_->Write<DeleteOutcome>(
      [impl = impl_, key = std::move(key), params = std::move(params)](Database& db) {
        if (IsMainSessionKey(key)) {
          FailWith(StoreErrorCode::kMainProtected, "Cannot delete the main session (" + key + ").");
        }
        DeleteOutcome outcome;
        auto row = LoadRow(db, key);
        if (!row) return outcome;
        if (params.archived_only && !row->archived) {
          FailWith(StoreErrorCode::kNotArchived,
                   "Session " + key + " is not archived. Archive it first, then delete it.");
        }
        impl->CheckExpected(*row, params.expected_session_id, params.expected_lifecycle_revision,
                            "delete");
        outcome.archived = impl->RemoveSession(db, *row, params.delete_transcript, true);
        outcome.deleted = true;
        outcome.row = std::move(row);
        return outcome;
      },
      std::move(done));
}

void SessionStore::Append(std::string key, TranscriptEvent event, AppendOptions options,
                          StoreCallback<AppendResult> done) {
  // What does not depend on the transcript's state is prepared here, on the caller's thread, so
  // the single writer only binds and inserts: the id, the timestamp, the message's JSON.
  if (event.id.empty()) event.id = impl_->NewId();
  if (event.timestamp_ms == 0) event.timestamp_ms = impl_->Now();
  std::string message_json = event.message ? SerializeMessage(*event.message) : std::string();
  impl_->Write<AppendResult>(
      [impl = impl_, key = std::move(key), event = std::move(event),
       message_json = std::move(message_json), options = std::move(options)](Database& db) {
        // A copy of the event: the writer may run this twice (see WriteQueue).
        return impl->DoAppend(db, key, event, message_json, options);
      },
      std::move(done));
}

void SessionStore::History(std::string key, HistoryQuery query, StoreCallback<HistoryPage> done) {
  impl_->Read<HistoryPage>([impl = impl_, key = std::move(key), query = std::move(query)](
                               Database& db) { return impl->DoHistory(db, key, query); },
                           std::move(done));
}

void SessionStore::UnansweredTurns(StoreCallback<std::vector<std::string>> done) {
  impl_->Read<std::vector<std::string>>(
      [](Database& db) {
        std::vector<std::string> keys;
        Statement& s = db.Cached(
            "SELECT s.key FROM sessions s JOIN transcript_events e ON e.session_id = s.session_id "
            "AND e.seq = s.last_seq WHERE e.type = 'message' AND e.role = 'user'");
        while (s.Step()) keys.push_back(s.Text(0));
        return keys;
      },
      std::move(done));
}

void SessionStore::Compact(std::string key, std::int64_t max_lines,
                           StoreCallback<CompactOutcome> done) {
  impl_->Write<CompactOutcome>([impl = impl_, key = std::move(key), max_lines](
                                   Database& db) { return impl->DoCompact(db, key, max_lines); },
                               std::move(done));
}

void SessionStore::Maintain(MaintenancePolicy policy, StoreCallback<MaintenanceReport> done) {
  // One write picks the candidates and, when enforcing, removes up to `chunk` of them; further
  // chunks follow as separate writes so appends interleave with a long prune.
  struct Run : std::enable_shared_from_this<Run> {
    std::shared_ptr<Impl> impl;
    MaintenancePolicy policy;
    StoreCallback<MaintenanceReport> done;
    MaintenanceReport report;
    bool counted = false;

    void Step() {
      auto self = shared_from_this();
      // The chunk's counts are merged only after it committed (a write may run twice).
      impl->Write<MaintenanceReport>(
          [self](Database& db) { return self->Chunk(db); },
          [self](StoreResult<MaintenanceReport> chunk) {
            if (!chunk) return self->done(std::unexpected(chunk.error()));
            self->report.applied = chunk->applied;
            self->report.pruned += chunk->pruned;
            self->report.capped += chunk->capped;
            for (auto& key : chunk->sample_keys) {
              if (self->report.sample_keys.size() < 20) self->report.sample_keys.push_back(key);
            }
            const auto removed = static_cast<std::size_t>(chunk->pruned + chunk->capped);
            if (chunk->applied && removed > 0 && removed == self->policy.chunk) {
              return self->Step();
            }
            self->done(self->report);
          });
    }

    // Visits the candidates in deletion order, pruned (too old) first, then the oldest beyond the
    // cap, up to `limit` of them, without holding them (warn mode visits every one of a large
    // store).
    void VisitCandidates(Database& db, std::size_t limit,
                         const std::function<void(SessionRow, bool pruned)>& visit) const {
      std::size_t visited = 0;
      std::unordered_set<std::string> pruned_keys;  // a pruned row is not counted again by the cap
      const std::int64_t now = impl->Now();
      if (policy.prune_after_ms > 0) {
        Statement& s = db.Cached("SELECT " + std::string(kRowColumns) +
                                 " FROM sessions WHERE updated_at < ? AND pinned = 0 ORDER BY "
                                 "updated_at LIMIT ?");
        s.Bind(1, now - policy.prune_after_ms).Bind(2, static_cast<std::int64_t>(limit) * 2);
        while (s.Step() && visited < limit) {
          SessionRow row = RowFrom(s);
          if (IsMainSessionKey(row.key)) continue;
          pruned_keys.insert(row.key);
          ++visited;
          visit(std::move(row), true);
        }
        s.Reset();
      }
      if (policy.max_entries > 0 && visited < limit) {
        Statement& count = db.Cached("SELECT COUNT(*) FROM sessions");
        const std::int64_t total = count.Step() ? count.Int(0) : 0;
        count.Reset();
        std::int64_t excess = total - static_cast<std::int64_t>(visited) - policy.max_entries;
        if (excess > 0) {
          Statement& s = db.Cached("SELECT " + std::string(kRowColumns) +
                                   " FROM sessions WHERE pinned = 0 ORDER BY updated_at LIMIT ?");
          s.Bind(1, static_cast<std::int64_t>(visited + static_cast<std::size_t>(excess)) + 64);
          while (s.Step() && excess > 0 && visited < limit) {
            SessionRow row = RowFrom(s);
            if (IsMainSessionKey(row.key) || pruned_keys.contains(row.key)) continue;
            --excess;
            ++visited;
            visit(std::move(row), false);
          }
          s.Reset();
        }
      }
    }

    MaintenanceReport Chunk(Database& db) const {
      const bool enforce = policy.mode == MaintenancePolicy::Mode::kEnforce;
      // Warn mode counts everything in one pass (bounded by the table size).
      const std::size_t limit = enforce ? policy.chunk : std::size_t{1} << 40;
      MaintenanceReport chunk;
      std::vector<SessionRow> removals;  // removed after the scan: never under an open statement
      VisitCandidates(db, limit, [&](SessionRow row, bool pruned) {
        (pruned ? chunk.pruned : chunk.capped)++;
        if (chunk.sample_keys.size() < 20) chunk.sample_keys.push_back(row.key);
        if (enforce) removals.push_back(std::move(row));
      });
      for (const auto& row : removals) impl->RemoveSession(db, row, true, false);
      chunk.applied = enforce;
      return chunk;
    }
  };
  auto run = std::make_shared<Run>();
  run->impl = impl_;
  run->policy = policy;
  run->policy.chunk = std::max<std::size_t>(1, policy.chunk);
  run->done = std::move(done);
  run->Step();
}

void SessionStore::Import(std::vector<ImportedSession> sessions, StoreCallback<std::size_t> done) {
  impl_->Write<std::size_t>(
      [sessions = std::move(sessions)](Database& db) mutable {
        std::size_t written = 0;
        for (auto& session : sessions) {
          SessionRow& row = session.row;
          Statement& clear = db.Cached("DELETE FROM transcript_events WHERE session_id = ?");
          clear.Bind(1, row.session_id);
          clear.Run();
          std::int64_t seq = 0;
          for (auto& event : session.events) {
            event.seq = event.seq > 0 ? event.seq : seq + 1;
            seq = event.seq;
            InsertEvent(db, row.session_id, event);
            ++written;
          }
          row.last_seq = seq;
          if (row.lifecycle_revision.empty()) row.lifecycle_revision = NewUuid();
          SaveRow(db, row);
          InsertWindow(db, row.session_id, row.key, row.created_at, "initial");
        }
        return written;
      },
      std::move(done));
}

void SessionStore::Flush(std::function<void()> done) {
  impl_->writer->RunExclusive([done = std::move(done)](Database&) { done(); });
}

SessionStore::WriterStats SessionStore::writer_stats() const {
  const auto stats = impl_->writer->stats();
  return {stats.batches, stats.writes, stats.largest_batch};
}

}  // namespace gateway::domain::sessions
