// `openclaw sessions [list]`, `sessions compact|archive|delete` as real processes: the list reads
// the session store file directly (with and without a running gateway), the changes go through a
// real gateway process.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/support/gateway_process.hpp"

using namespace gateway::testing;
using nlohmann::json;

namespace {

struct SessionsSetup {
  Home home;
  int port = FreePort();
  std::unique_ptr<GatewayProcess> gateway;

  SessionsSetup() { REQUIRE(home.Run({"setup"}).exit_code == 0); }

  void Start() {
    home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(port);
    gateway = std::make_unique<GatewayProcess>(home, port);
    gateway->Connect(home.Token());  // waits until it listens
  }

  void Call(const std::string& method, const json& params) {
    auto run = home.Run({"gateway", "call", method, "--params", params.dump(), "--json"});
    INFO(method << ": " << run.out << run.err);
    REQUIRE(run.exit_code == 0);
  }
};

}  // namespace

TEST_CASE("sessions CLI: lists the store with and without a gateway", "[cli][sessions]") {
  SessionsSetup s;
  auto empty = s.home.Run({"sessions"});
  INFO(empty.err);
  REQUIRE(empty.exit_code == 0);
  CHECK(empty.out.find("Sessions listed: 0") != std::string::npos);
  CHECK(empty.out.find("No sessions stored yet.") != std::string::npos);

  s.Start();
  s.Call("sessions.patch", {{"key", "agent:main:main"}, {"label", "Home"}});
  s.Call("sessions.patch", {{"key", "agent:main:work"}, {"label", "Work"}});
  s.Call("chat.inject", {{"sessionKey", "agent:main:work"}, {"message", "first note"}});

  auto listed = s.home.Run({"sessions", "list", "--json"});
  INFO(listed.err);
  REQUIRE(listed.exit_code == 0);
  const json out = json::parse(listed.out);
  CHECK(out["count"] == 2);
  CHECK(out["totalCount"] == 2);
  CHECK(out["activeMinutes"].is_null());
  CHECK(out["path"].get<std::string>().ends_with("/gateway-cpp/sessions.sqlite"));
  std::set<std::string> keys;
  for (const auto& row : out["sessions"]) keys.insert(row["key"].get<std::string>());
  CHECK(keys == std::set<std::string>{"agent:main:main", "agent:main:work"});

  auto table = s.home.Run({"sessions", "--verbose", "--active", "60"});
  INFO(table.err);
  REQUIRE(table.exit_code == 0);
  CHECK(table.out.find("KIND") != std::string::npos);
  CHECK(table.out.find("agent:main:work") != std::string::npos);
  CHECK(table.out.find("Work") != std::string::npos);
  CHECK(table.out.find("just now") != std::string::npos);

  auto one = s.home.Run({"sessions", "--limit", "1"});
  CHECK(one.exit_code == 0);
  CHECK(one.out.find("Sessions listed: 1 of 2") != std::string::npos);

  // Still readable once the gateway is gone.
  s.gateway.reset();
  auto offline = s.home.Run({"sessions", "--json"});
  REQUIRE(offline.exit_code == 0);
  CHECK(json::parse(offline.out)["count"] == 2);
}

TEST_CASE("sessions CLI: bad flags and foreign stores are refused", "[cli][sessions]") {
  SessionsSetup s;
  auto limit = s.home.Run({"sessions", "--limit", "zero"});
  CHECK(limit.exit_code == 2);
  CHECK(limit.err.find("--limit must be a positive number or \"all\"") != std::string::npos);
  auto mixed = s.home.Run({"sessions", "--store", "/tmp/x.sqlite", "--all-agents"});
  CHECK(mixed.exit_code == 2);
  CHECK(mixed.err.find("--store cannot be combined") != std::string::npos);
  auto agent = s.home.Run({"sessions", "--agent", "nobody"});
  CHECK(agent.exit_code == 1);
  CHECK(agent.err.find("Unknown agent id: nobody") != std::string::npos);
  auto missing = s.home.Run({"sessions", "--store", (s.home.dir / "none.sqlite").string()});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("No session store at") != std::string::npos);

  // A database that is not ours (the reference gateway's, say) is neither read nor migrated.
  const auto foreign = s.home.dir / "openclaw-agent.sqlite";
  {
    auto made = RunProcess({"/usr/bin/python3", "-c",
                            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                            "c.execute('create table session_nodes(session_key text)'); c.commit()",
                            foreign.string()},
                           s.home.env, "", 20000);
    REQUIRE(made.exit_code == 0);
  }
  const auto before = ReadFile(foreign);
  auto refused = s.home.Run({"sessions", "--store", foreign.string()});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("is not a session store of this gateway") != std::string::npos);
  CHECK(ReadFile(foreign) == before);
}

TEST_CASE("sessions CLI: compact, archive and delete through the gateway", "[cli][sessions]") {
  SessionsSetup s;
  s.Start();
  s.Call("sessions.patch", {{"key", "agent:main:main"}, {"label", "Home"}});
  s.Call("sessions.patch", {{"key", "agent:main:work"}, {"label", "Work"}});
  for (const char* text : {"one", "two", "three"}) {
    s.Call("chat.inject", {{"sessionKey", "agent:main:work"}, {"message", text}});
  }

  auto compact =
      s.home.Run({"sessions", "compact", "agent:main:work", "--max-lines", "1", "--json"});
  INFO(compact.err);
  REQUIRE(compact.exit_code == 0);
  const json compacted = json::parse(compact.out);
  CHECK(compacted["compacted"] == true);
  CHECK(compacted["kept"] == 1);

  auto dry = s.home.Run({"sessions", "archive", "agent:main:work", "--dry-run"});
  CHECK(dry.exit_code == 0);
  CHECK(dry.out == "Would archive agent:main:work\n");
  auto archived = s.home.Run({"sessions", "archive", "agent:main:work"});
  INFO(archived.err);
  CHECK(archived.exit_code == 0);
  CHECK(archived.out == "Archived agent:main:work\n");
  auto listed = json::parse(s.home.Run({"sessions", "--json"}).out);
  for (const auto& row : listed["sessions"]) CHECK(row["key"] != "agent:main:work");

  auto unconfirmed = s.home.Run({"sessions", "delete", "agent:main:work"});
  CHECK(unconfirmed.exit_code == 2);
  CHECK(unconfirmed.err.find("needs --yes") != std::string::npos);
  auto deleted = s.home.Run({"sessions", "delete", "agent:main:work", "--yes", "--json"});
  INFO(deleted.err);
  REQUIRE(deleted.exit_code == 0);
  const json result = json::parse(deleted.out)["results"][0];
  CHECK(result["deleted"] == true);
  CHECK(result["archived"].size() == 1);

  auto main_session = s.home.Run({"sessions", "delete", "main", "--yes"});
  CHECK(main_session.exit_code == 1);
  CHECK((main_session.out + main_session.err).find("Cannot delete the main session") !=
        std::string::npos);
  auto unknown = s.home.Run({"sessions", "delete", "agent:main:nothing-here", "--yes"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("Session not found: agent:main:nothing-here") != std::string::npos);
}
