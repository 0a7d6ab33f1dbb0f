// `openclaw sessions import` as a real process on a reference gateway state dir built here: a
// per-agent SQLite store with plain and zstd-compressed transcript events (agent schema 23's
// columns), and a legacy sessions.json + JSONL agent. The result is read back through a real
// gateway (chat.history) and the CLI's own list.
#include <sqlite3.h>
#include <zstd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/gateway_process.hpp"

using namespace gateway::testing;
using nlohmann::json;

namespace {

class FixtureDb {
 public:
  explicit FixtureDb(const std::filesystem::path& path) {
    std::filesystem::create_directories(path.parent_path());
    REQUIRE(sqlite3_open(path.c_str(), &db_) == SQLITE_OK);
    Exec(
        "CREATE TABLE session_nodes (session_key TEXT PRIMARY KEY, current_session_id TEXT NOT "
        "NULL, entry_json TEXT NOT NULL, updated_at INTEGER NOT NULL);"
        "CREATE TABLE transcript_events (session_id TEXT NOT NULL, seq INTEGER NOT NULL, "
        "event_json TEXT, event_zstd BLOB, event_utf8_bytes INTEGER, navigation_json TEXT, "
        "created_at INTEGER NOT NULL, PRIMARY KEY (session_id, seq));"
        "CREATE TABLE session_transcript_cold_archives (session_id TEXT PRIMARY KEY);");
  }
  ~FixtureDb() { sqlite3_close(db_); }

  void Exec(const std::string& sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    REQUIRE(rc == SQLITE_OK);
  }
  void Node(const std::string& key, const std::string& session_id, const json& entry) {
    Run("INSERT INTO session_nodes VALUES (?1, ?2, ?3, 1)", {key, session_id, entry.dump()});
  }
  // One event, stored as event_json or as a zstd frame of it.
  void Event(const std::string& session_id, int seq, const json& event, bool compressed = false) {
    const std::string text = event.dump();
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db_,
                               "INSERT INTO transcript_events (session_id, seq, event_json, "
                               "event_zstd, event_utf8_bytes, created_at) VALUES (?,?,?,?,?,1)",
                               -1, &s, nullptr) == SQLITE_OK);
    sqlite3_bind_text(s, 1, session_id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(s, 2, seq);
    if (compressed) {
      std::string frame(ZSTD_compressBound(text.size()), '\0');
      const auto size = ZSTD_compress(frame.data(), frame.size(), text.data(), text.size(), 1);
      REQUIRE(!ZSTD_isError(size));
      sqlite3_bind_null(s, 3);
      sqlite3_bind_blob(s, 4, frame.data(), static_cast<int>(size), SQLITE_TRANSIENT);
      sqlite3_bind_int64(s, 5, static_cast<sqlite3_int64>(text.size()));
    } else {
      sqlite3_bind_text(s, 3, text.c_str(), -1, SQLITE_TRANSIENT);
    }
    REQUIRE(sqlite3_step(s) == SQLITE_DONE);
    sqlite3_finalize(s);
  }
  void Run(const std::string& sql, const std::vector<std::string>& texts) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    for (std::size_t i = 0; i < texts.size(); ++i) {
      sqlite3_bind_text(s, static_cast<int>(i + 1), texts[i].c_str(), -1, SQLITE_TRANSIENT);
    }
    REQUIRE(sqlite3_step(s) == SQLITE_DONE);
    sqlite3_finalize(s);
  }

 private:
  sqlite3* db_ = nullptr;
};

json Header(const std::string& id) {
  return {{"type", "session"},
          {"version", 4},
          {"id", id},
          {"timestamp", "2026-11-01T10:00:00.000Z"},
          {"cwd", "/home/u/.openclaw/workspace"}};
}

json Message(const std::string& id, const std::string& role, const std::string& text,
             const json& parent = nullptr) {
  return {{"type", "message"},
          {"id", id},
          {"parentId", parent},
          {"timestamp", "2026-11-01T10:00:01.000Z"},
          {"message",
           {{"role", role},
            {"content", {{{"type", "text"}, {"text", text}}}},
            {"timestamp", 1793527201000}}}};
}

// A reference state dir inside the test HOME (~/.openclaw): agent "main" on the SQLite store,
// agent "work" on the legacy files.
void BuildReferenceState(const std::filesystem::path& state) {
  FixtureDb db(state / "agents/main/agent/openclaw-agent.sqlite");
  db.Node("agent:main:main", "s-main",
          {{"sessionId", "s-main"},
           {"updatedAt", 1793527202000},
           {"model", "gpt-5"},
           {"inputTokens", 10},
           {"outputTokens", 4},
           {"totalTokens", 14}});
  db.Event("s-main", 1, Header("s-main"));
  db.Event("s-main", 2, Message("m1", "user", "hello from the reference"));
  db.Event("s-main", 3, Message("m2", "assistant", "hi, imported", "m1"), true);

  db.Node("agent:main:telegram:direct:42", "s-tg",
          {{"sessionId", "s-tg"},
           {"updatedAt", 1793527203000},
           {"label", "Ann"},
           {"modelOverride", "claude"},
           {"providerOverride", "anthropic"},
           {"archivedAt", 1793527203000}});
  db.Event("s-tg", 1, Header("s-tg"));
  db.Event("s-tg", 2, Message("t1", "user", "before the reset"));
  db.Event("s-tg", 3,
           {{"type", "reset"},
            {"id", "t2"},
            {"parentId", "t1"},
            {"timestamp", "2026-11-01T10:00:02.000Z"},
            {"reason", "reset"}});
  db.Event("s-tg", 4, Message("t3", "user", "after the reset", "t2"), true);
  db.Event("s-tg", 5, Message("t4", "assistant", "answered after it", "t3"));

  db.Node("agent:main:broken", "s-broken", {{"updatedAt", 1}});  // no sessionId
  db.Node("agent:main:torn", "s-torn", {{"sessionId", "s-torn"}, {"updatedAt", 2}});
  db.Exec(
      "INSERT INTO transcript_events (session_id, seq, event_zstd, event_utf8_bytes, "
      "created_at) VALUES ('s-torn', 1, x'0102030405', 40, 1)");

  const auto legacy = state / "agents/work/sessions";
  std::filesystem::create_directories(legacy);
  std::ofstream(legacy / "sessions.json")
      << json{{"agent:work:main",
               {{"sessionId", "s-work"}, {"updatedAt", 1793527204000}, {"label", "Legacy"}}},
              {"agent:work:evil",
               {{"sessionId", "s-evil"}, {"updatedAt", 1}, {"sessionFile", "../../../x.jsonl"}}}}
             .dump();
  std::ofstream(legacy / "s-work.jsonl")
      << Header("s-work").dump() << "\n"
      << Message("w1", "user", "legacy question").dump() << "\n"
      << Message("w2", "assistant", "legacy answer", "w1").dump() << "\n"
      << R"({"type":"message","id":"w3",)";  // a torn last line
}

json History(Home& home, const std::string& key) {
  auto run = home.Run(
      {"gateway", "call", "chat.history", "--params", json{{"sessionKey", key}}.dump(), "--json"});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out)["messages"];
}

std::vector<std::string> Texts(const json& messages) {
  std::vector<std::string> texts;
  for (const auto& m : messages) {
    if (m["content"].is_array() && !m["content"].empty()) {
      texts.push_back(m["content"][0].value("text", ""));
    }
  }
  return texts;
}

}  // namespace

TEST_CASE("sessions import: reference SQLite (zstd) and legacy stores, idempotent",
          "[cli][sessions][import]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  const auto state = home.dir / ".openclaw";
  BuildReferenceState(state);
  const auto source_db = state / "agents/main/agent/openclaw-agent.sqlite";
  const auto source_bytes = ReadFile(source_db);
  const auto store = state / "gateway-cpp/sessions.sqlite";

  auto dry = home.Run({"sessions", "import", "--dry-run", "--json"});
  INFO(dry.out << dry.err);
  REQUIRE(dry.exit_code == 0);
  const json planned = json::parse(dry.out);
  CHECK(planned["imported"] == 5);  // main, telegram, torn; work main, evil (without transcript)
  CHECK_FALSE(std::filesystem::exists(store));

  auto run = home.Run({"sessions", "import"});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("main: " + source_db.string() + ": 3 sessions, 3 imported") !=
        std::string::npos);
  CHECK(run.out.find("skipped: agent:main:broken: no sessionId") != std::string::npos);
  CHECK(run.out.find("agent:main:torn: 1 unreadable transcript events skipped") !=
        std::string::npos);
  CHECK(run.out.find("agent:work:evil: its sessionFile is outside") != std::string::npos);
  CHECK(run.out.find("agent:work:main: 1 unreadable transcript lines skipped") !=
        std::string::npos);
  CHECK(ReadFile(source_db) == source_bytes);  // read-only on the source

  auto listed = home.Run({"sessions", "--all-agents", "--json"});
  INFO(listed.out << listed.err);
  REQUIRE(listed.exit_code == 0);
  std::map<std::string, json> rows;
  const json list = json::parse(listed.out);
  for (const auto& row : list["sessions"]) {
    rows[row["key"].get<std::string>()] = row;
  }
  REQUIRE(rows.contains("agent:main:main"));
  CHECK(rows["agent:main:main"]["sessionId"] == "s-main");
  CHECK(rows["agent:main:main"]["totalTokens"] == 14);
  CHECK(rows.contains("agent:work:main"));
  CHECK_FALSE(rows.contains("agent:main:telegram:direct:42"));  // archived there, archived here

  const int port = FreePort();
  home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(port);
  auto gateway = std::make_unique<GatewayProcess>(home, port);
  gateway->Connect(home.Token());
  CHECK(Texts(History(home, "agent:main:main")) ==
        std::vector<std::string>{"hello from the reference", "hi, imported"});
  // Only what follows the reset boundary is visible.
  CHECK(Texts(History(home, "agent:main:telegram:direct:42")) ==
        std::vector<std::string>{"Reset", "after the reset", "answered after it"});
  CHECK(Texts(History(home, "agent:work:main")) ==
        std::vector<std::string>{"legacy question", "legacy answer"});

  // Again: the same sessions, written again, no duplicates.
  auto again = home.Run({"sessions", "import", "--agent", "main"});
  INFO(again.out << again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("3 imported") != std::string::npos);
  CHECK(Texts(History(home, "agent:main:main")).size() == 2);

  // A session that changed here is kept as it is.
  auto inject = home.Run({"gateway", "call", "chat.inject", "--params",
                          R"({"sessionKey":"agent:main:main","message":"said here"})"});
  REQUIRE(inject.exit_code == 0);
  auto kept = home.Run({"sessions", "import", "--agent", "main"});
  REQUIRE(kept.exit_code == 0);
  CHECK(kept.out.find("kept: agent:main:main") != std::string::npos);
  CHECK(Texts(History(home, "agent:main:main")).back() == "said here");

  auto unknown = home.Run({"sessions", "import", "--agent", "nobody"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("no agent \"nobody\"") != std::string::npos);
  auto nowhere = home.Run({"sessions", "import", "--from", (home.dir / "none").string()});
  CHECK(nowhere.exit_code == 1);
  CHECK(nowhere.err.find("no agents folder") != std::string::npos);
}
