// `openclaw approvals import` as a real process on reference state built here: the reference's
// state database (<state>/state/openclaw.sqlite, table exec_approvals_config, STRICT, WAL) and its
// legacy exec-approvals.json. Without a gateway our file is written directly; with a gateway
// process running, the import goes through exec.approvals.get/set and the running gateway serves
// the result at once.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/gateway_process.hpp"
#include "tests/support/home_edits.hpp"

using namespace gateway::testing;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kReferenceToken = "REFERENCE-SOCKET-TOKEN-never-imported";
constexpr const char* kOurToken = "OUR-SOCKET-TOKEN";

// The reference's state database with its exec approvals table; `raw_json` nullopt: no row.
void WriteReferenceDb(const fs::path& state, const std::optional<std::string>& raw_json,
                      bool with_table = true) {
  const auto path = state / "state/openclaw.sqlite";
  fs::create_directories(path.parent_path());
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  auto exec = [&](const std::string& sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    REQUIRE(rc == SQLITE_OK);
  };
  exec("PRAGMA journal_mode=WAL");
  exec("CREATE TABLE channel_pairing_requests (id TEXT PRIMARY KEY) STRICT");
  if (with_table) {
    exec(
        "CREATE TABLE exec_approvals_config (config_key TEXT PRIMARY KEY, raw_json TEXT NOT NULL, "
        "socket_path TEXT, has_socket_token INTEGER NOT NULL DEFAULT 0, default_security TEXT, "
        "default_ask TEXT, default_ask_fallback TEXT, auto_allow_skills INTEGER, agent_count "
        "INTEGER NOT NULL DEFAULT 0, allowlist_count INTEGER NOT NULL DEFAULT 0, updated_at_ms "
        "INTEGER NOT NULL) STRICT");
  }
  if (raw_json) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "INSERT INTO exec_approvals_config (config_key, raw_json, "
                               "socket_path, has_socket_token, updated_at_ms) VALUES ('current', "
                               "?, '/ref/exec-approvals.sock', 1, 1793527201000)",
                               -1, &s, nullptr) == SQLITE_OK);
    sqlite3_bind_text(s, 1, raw_json->c_str(), -1, SQLITE_TRANSIENT);
    REQUIRE(sqlite3_step(s) == SQLITE_DONE);
    sqlite3_finalize(s);
  }
  REQUIRE(sqlite3_close(db) == SQLITE_OK);
}

// As the reference stores it: JSON.stringify(doc, null, 2) + "\n". A string entry, an entry
// without an id, a legacy "default" agent (merged into main) and the reference's socket token.
json ReferenceDocument(const fs::path& state) {
  return {
      {"version", 1},
      {"socket", {{"path", (state / "exec-approvals.sock").string()}, {"token", kReferenceToken}}},
      {"defaults", {{"security", "allowlist"}, {"ask", "on-miss"}, {"askFallback", "deny"}}},
      {"agents",
       {{"*",
         {{"allowlist", json::array({{{"id", "r-git"},
                                      {"pattern", "/usr/bin/git"},
                                      {"source", "allow-always"},
                                      {"lastUsedAt", 1793527201000},
                                      {"lastUsedCommand", "git status"}}})}}},
        {"main",
         {{"security", "full"},
          {"ask", "off"},
          {"autoAllowSkills", true},
          {"allowlist", json::array({{{"id", "r-ls"}, {"pattern", "ls"}},
                                     {{"pattern", "echo"}, {"argPattern", "hi *"}},
                                     "cat"})},
          {"mcpTools", json::array({{{"server", "fs"},
                                     {"tool", "read"},
                                     {"source", "allow-always"},
                                     {"addedAt", 1793527201000}}})}}},
        {"default",
         {{"allowlist", json::array({{{"id", "r-date"}, {"pattern", "/bin/date"}}})}}}}}};
}

std::string Stored(const json& document) { return document.dump(2) + "\n"; }

// Ours before the import: a deny default, main asks always and already allows ls.
json OurDocument() {
  return {{"version", 1},
          {"socket", {{"path", "/ours/exec-approvals.sock"}, {"token", kOurToken}}},
          {"defaults", {{"security", "deny"}}},
          {"agents",
           {{"main",
             {{"ask", "always"},
              {"allowlist", json::array({{{"id", "o-ls"}, {"pattern", "ls"}},
                                         {{"id", "o-only"}, {"pattern", "/opt/only-ours"}}})}}}}}};
}

// A home whose gateway port has no listener, so the import writes our file directly.
struct LocalHome {
  Home home;
  fs::path state = home.dir / ".openclaw";
  fs::path ours = state / "gateway-cpp/exec-approvals.json";
  LocalHome() { home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(FreePort()); }
  void WriteOurs(const json& document) const {
    fs::create_directories(ours.parent_path());
    std::ofstream(ours) << Stored(document);
  }
  json Ours() const { return json::parse(ReadFile(ours)); }
};

std::vector<std::string> Patterns(const json& agent) {
  std::vector<std::string> patterns;
  for (const auto& entry : agent["allowlist"]) patterns.push_back(entry["pattern"]);
  return patterns;
}

}  // namespace

TEST_CASE("approvals import: merges the reference's database row into our file, idempotently",
          "[cli][approvals][import]") {
  LocalHome h;
  WriteReferenceDb(h.state, Stored(ReferenceDocument(h.state)));
  const auto source = h.state / "state/openclaw.sqlite";
  const auto source_bytes = ReadFile(source);
  h.WriteOurs(OurDocument());
  const auto ours_before = ReadFile(h.ours);

  // A dry run reports and writes nothing.
  auto dry = h.home.Run({"approvals", "import", "--dry-run"});
  INFO(dry.out << dry.err);
  REQUIRE(dry.exit_code == 0);
  CHECK(dry.out == "Would import exec approvals from " + source.string() +
                       "#exec_approvals_config: 4 allowlist entries added (2 agents), 4 defaults "
                       "filled, 1 MCP tools added.\nDry run: nothing written to " +
                       h.ours.string() + ".\n");
  CHECK(ReadFile(h.ours) == ours_before);

  auto run = h.home.Run({"approvals", "import"});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("Imported exec approvals from " + source.string() +
                     "#exec_approvals_config: 4 allowlist entries added (2 agents), 4 defaults "
                     "filled") == 0);
  CHECK(run.out.find("Written to " + h.ours.string() + ".\n") != std::string::npos);

  const json ours = h.Ours();
  // Ours wins where both say something; the reference fills the gaps.
  CHECK(ours["defaults"] ==
        json({{"security", "deny"}, {"ask", "on-miss"}, {"askFallback", "deny"}}));
  const json& main = ours["agents"]["main"];
  CHECK(main["ask"] == "always");
  CHECK(main["security"] == "full");
  CHECK(main["autoAllowSkills"] == true);
  // Our entries first and unchanged (ls keeps our id); the legacy "default" agent joined main.
  CHECK(Patterns(main) ==
        std::vector<std::string>{"ls", "/opt/only-ours", "echo", "cat", "/bin/date"});
  CHECK(main["allowlist"][0]["id"] == "o-ls");
  CHECK(main["allowlist"][2]["argPattern"] == "hi *");
  CHECK(main["allowlist"][3]["id"].get<std::string>().size() == 36);  // a UUID was given
  CHECK(main["mcpTools"][0]["tool"] == "read");
  CHECK_FALSE(ours["agents"].contains("default"));
  const json& any = ours["agents"]["*"]["allowlist"];
  REQUIRE(any.size() == 1);
  CHECK(any[0] == json({{"id", "r-git"},
                        {"pattern", "/usr/bin/git"},
                        {"source", "allow-always"},
                        {"lastUsedAt", 1793527201000},
                        {"lastUsedCommand", "git status"}}));
  // Our socket stays; the reference's token is never brought over.
  CHECK(ours["socket"] == json({{"path", "/ours/exec-approvals.sock"}, {"token", kOurToken}}));
  CHECK(ReadFile(h.ours).find(kReferenceToken) == std::string::npos);

  // Again: nothing new, nothing written.
  const auto after_first = ReadFile(h.ours);
  const json again = RunJson(h.home, {"approvals", "import"});
  CHECK(again["changed"] == false);
  CHECK(again["written"] == false);
  CHECK(again["allowlistAdded"] == 0);
  CHECK(again["defaultsFilled"] == 0);
  CHECK(again["via"] == "local");
  CHECK(ReadFile(h.ours) == after_first);

  // The reference's database was only read; with no -wal beside it, nothing appeared there.
  CHECK(ReadFile(source) == source_bytes);
  CHECK_FALSE(fs::exists(source.string() + "-wal"));
  CHECK_FALSE(fs::exists(source.string() + "-shm"));
}

TEST_CASE("approvals import: a reference database still being written (its WAL) is read current",
          "[cli][approvals][import]") {
  LocalHome h;
  const TempDir reference;
  WriteReferenceDb(reference.path(), Stored({{"version", 1}}));
  // The reference gateway, running: its connection holds a commit in the WAL, not checkpointed.
  sqlite3* writer = nullptr;
  const auto path = reference / "state/openclaw.sqlite";
  REQUIRE(sqlite3_open(path.c_str(), &writer) == SQLITE_OK);
  REQUIRE(sqlite3_exec(writer,
                       "PRAGMA wal_autocheckpoint=0; UPDATE exec_approvals_config SET raw_json = "
                       "'{\"version\":1,\"agents\":{\"main\":{\"allowlist\":[\"uptime\"]}}}'",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  REQUIRE(fs::exists(path.string() + "-wal"));
  const json imported =
      RunJson(h.home, {"approvals", "import", "--from", reference.path().string()});
  sqlite3_close(writer);
  CHECK(imported["allowlistAdded"] == 1);
  CHECK(Patterns(h.Ours()["agents"]["main"]) == std::vector<std::string>{"uptime"});
}

TEST_CASE("approvals import --replace: the reference's document, our socket kept",
          "[cli][approvals][import]") {
  LocalHome h;
  const TempDir reference;
  WriteReferenceDb(reference.path(), Stored(ReferenceDocument(reference.path())));
  h.WriteOurs(OurDocument());
  const auto from = reference.path().string();

  const json planned =
      RunJson(h.home, {"approvals", "import", "--from", from, "--replace", "--dry-run"});
  CHECK(planned["mode"] == "replace");
  CHECK(planned["allowlistAdded"] == 4);    // git, echo, cat, date (ls was there)
  CHECK(planned["allowlistRemoved"] == 1);  // /opt/only-ours
  CHECK(planned["written"] == false);
  CHECK(h.Ours() == OurDocument());

  auto run = h.home.Run({"approvals", "import", "--from", from, "--replace"});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("Replaced exec approvals with " + from +
                     "/state/openclaw.sqlite#exec_approvals_config: 4 allowlist entries added, 1 "
                     "removed (2 agents)") == 0);
  const json ours = h.Ours();
  CHECK(ours["defaults"] ==
        json({{"security", "allowlist"}, {"ask", "on-miss"}, {"askFallback", "deny"}}));
  CHECK(ours["agents"]["main"]["ask"] == "off");
  CHECK(Patterns(ours["agents"]["main"]) ==
        std::vector<std::string>{"ls", "echo", "cat", "/bin/date"});
  CHECK(ours["agents"]["main"]["allowlist"][0]["id"] == "r-ls");
  CHECK(ours["socket"] == json({{"path", "/ours/exec-approvals.sock"}, {"token", kOurToken}}));

  // Replacing again changes nothing: entries without an id kept the ids given the first time.
  const auto after_first = ReadFile(h.ours);
  const json again = RunJson(h.home, {"approvals", "import", "--from", from, "--replace"});
  CHECK(again["changed"] == false);
  CHECK(ReadFile(h.ours) == after_first);
}

TEST_CASE("approvals import: the legacy file, and sources that cannot be used",
          "[cli][approvals][import]") {
  LocalHome h;
  const TempDir reference;
  const auto from = reference.path().string();
  const auto legacy = reference / "exec-approvals.json";

  // Nothing there.
  auto nothing = h.home.Run({"approvals", "import", "--from", from});
  CHECK(nothing.exit_code == 1);
  CHECK(nothing.err.find("no reference exec approvals found at " + from +
                         "/state/openclaw.sqlite#exec_approvals_config or " + legacy.string()) !=
        std::string::npos);

  // A state database without the table: said so.
  WriteReferenceDb(reference.path(), std::nullopt, false);
  auto no_table = h.home.Run({"approvals", "import", "--from", from});
  CHECK(no_table.exit_code == 1);
  CHECK(no_table.err.find("has no exec_approvals_config table") != std::string::npos);
  CHECK_FALSE(fs::exists(h.ours));

  // An older install: the legacy file (no database row) is imported.
  { std::ofstream(legacy) << R"({"version":1,"agents":{"main":{"allowlist":["/usr/bin/make"]}}})"; }
  const auto legacy_bytes = ReadFile(legacy);
  const auto db_bytes = ReadFile(reference / "state/openclaw.sqlite");
  const json imported = RunJson(h.home, {"approvals", "import", "--from", from});
  CHECK(imported["source"] == legacy.string());
  CHECK(imported["allowlistAdded"] == 1);
  CHECK(imported["written"] == true);
  CHECK(Patterns(h.Ours()["agents"]["main"]) == std::vector<std::string>{"/usr/bin/make"});
  CHECK(h.Ours()["socket"].contains("token"));  // ours, made on first use
  CHECK(ReadFile(legacy) == legacy_bytes);
  CHECK(ReadFile(reference / "state/openclaw.sqlite") == db_bytes);

  // Malformed JSON, in the legacy file or in the database row: refused, nothing written.
  const auto ours_before = ReadFile(h.ours);
  { std::ofstream(legacy) << R"({"version":1,"agents":)"; }
  auto bad_file = h.home.Run({"approvals", "import", "--from", from});
  CHECK(bad_file.exit_code == 1);
  CHECK(bad_file.err.find("the reference exec approvals at " + legacy.string() +
                          " are not valid JSON") != std::string::npos);
  const TempDir broken;
  WriteReferenceDb(broken.path(), std::string("{\"version\":1,\"agents\":{"));
  auto bad_row = h.home.Run({"approvals", "import", "--from", broken.path().string()});
  CHECK(bad_row.exit_code == 1);
  CHECK(bad_row.err.find("#exec_approvals_config are not valid JSON") != std::string::npos);
  CHECK(ReadFile(h.ours) == ours_before);
}

TEST_CASE("approvals import: with the gateway running, through exec.approvals.get/set",
          "[cli][approvals][import]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  const TempDir reference;
  WriteReferenceDb(reference.path(), Stored(ReferenceDocument(reference.path())));
  const auto source_bytes = ReadFile(reference / "state/openclaw.sqlite");
  const int port = FreePort();
  home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(port);
  GatewayProcess gateway(home, port);
  auto client = gateway.Connect(home.Token());
  auto first = client->Call("exec.approvals.get", json::object());
  REQUIRE(first.ok);
  const auto ours = home.dir / ".openclaw/gateway-cpp/exec-approvals.json";
  const std::string our_token = json::parse(ReadFile(ours))["socket"]["token"];

  // No --url: the local config's gateway answers, so the import goes through it.
  const json imported = RunJson(home, {"approvals", "import", "--from", reference.path().string()});
  CHECK(imported["via"] == "gateway");
  CHECK(imported["written"] == true);
  CHECK(imported["allowlistAdded"] == 5);  // git; ls, echo, cat, date in main

  // The running gateway serves the imported document without a restart.
  auto after = client->Call("exec.approvals.get", json::object());
  REQUIRE(after.ok);
  CHECK(after.payload["hash"] != first.payload["hash"]);
  CHECK(Patterns(after.payload["file"]["agents"]["main"]) ==
        std::vector<std::string>{"ls", "echo", "cat", "/bin/date"});
  CHECK(after.payload["file"]["agents"]["*"]["allowlist"][0]["pattern"] == "/usr/bin/git");
  CHECK(after.payload["resolvedDefaults"]["security"] == "allowlist");
  const json stored = json::parse(ReadFile(ours));
  CHECK(stored["socket"]["token"] == our_token);
  CHECK(ReadFile(ours).find(kReferenceToken) == std::string::npos);

  // Again: nothing to set.
  const json again = RunJson(home, {"approvals", "import", "--from", reference.path().string()});
  CHECK(again["changed"] == false);
  CHECK(again["written"] == false);
  auto unchanged = client->Call("exec.approvals.get", json::object());
  CHECK(unchanged.payload["hash"] == after.payload["hash"]);

  // The human summary names the gateway it went through.
  auto text = home.Run({"approvals", "import", "--from", reference.path().string(), "--dry-run"});
  INFO(text.out << text.err);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("0 allowlist entries added (0 agents), 0 defaults filled.") !=
        std::string::npos);
  CHECK(ReadFile(reference / "state/openclaw.sqlite") == source_bytes);
}
