// Hot reload of `openclaw gateway` as a real process (spec/config.md §7): the config file edited
// in place and by rename; a rotated token applies live and closes shared-secret sockets with 4001;
// an invalid edit leaves the gateway running on its last good config; a restart-class change
// restarts in process; gateway.reload.mode off applies nothing. (Other hot keys applied live:
// config_live_test.cpp.)
#include <catch2/catch.hpp>
#include <fstream>

#include "tests/support/gateway_process.hpp"
#include "tests/support/home_edits.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

bool Refused(int port, const std::string& token) {
  client::ClientOptions o;
  o.url = "ws://127.0.0.1:" + std::to_string(port) + "/";
  o.token = token;
  o.scopes = {"operator.read"};
  try {
    client::GatewayClient::Connect(o);
    return false;
  } catch (const client::GatewayError&) {
    return true;
  }
}

}  // namespace

TEST_CASE("Reload: a rotated token applies live and closes shared-secret sockets with 4001",
          "[integration][reload]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  const std::string old_token = home.Token();
  GatewayProcess gateway(home, FreePort());
  auto client = gateway.Connect(old_token);
  const std::string boot = client->hello().server.boot_id.value_or("");
  // hello-ok names the revision the gateway runs on: the file's, as config.get hashes it.
  const auto first = client->Call("config.get");
  REQUIRE(first.ok);
  CHECK(client->hello().snapshot.applied_config_hash ==
        std::optional<std::optional<std::string>>(first.payload["hash"].get<std::string>()));

  json config = ReadConfig(home);
  config["gateway"]["auth"]["token"] = "rotated-token-0123456789";
  const auto written_at = std::chrono::steady_clock::now();
  WriteByRename(home, config);
  const auto closed = client->WaitClosed(10000ms);
  CHECK(closed.code == 4001);
  CHECK(closed.reason == "gateway auth changed");
  INFO("applied after " << std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::steady_clock::now() - written_at)
                               .count()
                        << " ms");
  auto again = gateway.Connect("rotated-token-0123456789");
  CHECK(again->hello().server.boot_id.value_or("") == boot);  // no restart
  CHECK(Refused(gateway.port(), old_token));
  // The live change is the revision in effect now.
  const auto second = again->Call("config.get");
  REQUIRE(second.ok);
  CHECK(second.payload["appliedConfigHash"] == second.payload["hash"]);
  CHECK(second.payload["hash"] != first.payload["hash"]);
  CHECK(again->hello().snapshot.applied_config_hash ==
        std::optional<std::optional<std::string>>(second.payload["hash"].get<std::string>()));

  // In place, as `echo > file` does: the limiter settings apply live too, nothing restarts.
  config["gateway"]["auth"]["rateLimit"] = {{"maxAttempts", 5}};
  WriteInPlace(home, config.dump());
  std::this_thread::sleep_for(1000ms);
  CHECK(again->Call("health").ok);
}

TEST_CASE("Reload: an invalid edit keeps the gateway on its last good config",
          "[integration][reload]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  GatewayProcess gateway(home, FreePort());
  auto client = gateway.Connect(home.Token());
  const json good = ReadConfig(home);
  WriteInPlace(home, "{ gateway: { port: \"not a port\" ");
  std::this_thread::sleep_for(1000ms);
  CHECK(client->Call("health").ok);
  CHECK(gateway.Alive());
  auto logs = client->Call("logs.tail", {{"limit", 50}});
  REQUIRE(logs.ok);
  CHECK(logs.payload.dump().find("config change not applied") != std::string::npos);
  auto status = client->Call("status", json::object());
  REQUIRE(status.ok);
  const json reload = status.payload["configReload"];
  CHECK(reload["mode"] == "hybrid");
  CHECK(reload["lastError"].get<std::string>().find("openclaw.json:1:") != std::string::npos);
  // Fixing the file applies the next change normally.
  json fixed = good;
  fixed["gateway"]["auth"]["token"] = "after-fix-token-0123456789";
  WriteByRename(home, fixed);
  CHECK(client->WaitClosed(10000ms).code == 4001);
  CHECK(gateway.Connect("after-fix-token-0123456789")->Call("health").ok);
}

TEST_CASE("Reload: a restart-class change restarts in process; mode off waits",
          "[integration][reload]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  GatewayProcess gateway(home, FreePort());
  auto client = gateway.Connect(home.Token());
  const std::string boot = client->hello().server.boot_id.value_or("");
  json config = ReadConfig(home);
  // The web_fetch tool is built at start: its settings need the in-process restart.
  config["tools"] = {{"web", {{"fetch", {{"maxChars", 5000}}}}}};
  WriteByRename(home, config);
  auto shutdown = client->WaitEvent("shutdown", 10000ms);
  REQUIRE(shutdown);
  CHECK((*shutdown)["payload"]["reason"] == "gateway restarting");
  CHECK(client->WaitClosed(5000ms).code == 1012);
  auto again = gateway.Connect(home.Token());
  CHECK(again->hello().server.boot_id.value_or("") != boot);

  // gateway.reload.mode off: watched, applied at the next restart only.
  const std::string boot2 = again->hello().server.boot_id.value_or("");
  config["gateway"]["reload"] = {{"mode", "off"}};
  WriteByRename(home, config);  // itself a change of a `none` key: nothing happens
  std::this_thread::sleep_for(800ms);
  config["tools"]["web"]["fetch"]["maxChars"] = 6000;
  WriteByRename(home, config);
  std::this_thread::sleep_for(1000ms);
  CHECK(again->Call("health").ok);  // still the same connection: no restart
  auto status = again->Call("status", json::object());
  REQUIRE(status.ok);
  CHECK(status.payload["configReload"]["mode"] == "off");
  CHECK(status.payload["configReload"]["restartPending"] == true);
  CHECK(gateway.Connect(home.Token())->hello().server.boot_id.value_or("") == boot2);
}

TEST_CASE("Reload: kill -9 during config.apply leaves the old or the new file",
          "[integration][reload]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  const json before = ReadConfig(home);
  int kept = 0, replaced = 0;
  for (int round = 0; round < 8; ++round) {
    const json current = ReadConfig(home);
    json next = current;
    for (int i = 0; i < 2000; ++i) {  // a large document widens the window of a partial write
      next["env"]["vars"]["K" + std::to_string(i)] = "round-" + std::to_string(round);
    }
    GatewayProcess gateway(home, FreePort());
    auto client = gateway.Connect(home.Token());
    auto got = client->Call("config.get", json::object());
    REQUIRE(got.ok);
    std::thread apply([&] {
      try {
        client->Call("config.apply", {{"raw", next.dump()}, {"baseHash", got.payload["hash"]}});
      } catch (const client::GatewayError&) {
        // the gateway died under the call: expected
      }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(round * 8));
    REQUIRE(gateway.Signal(SIGKILL) == 0);
    gateway.Wait();
    apply.join();
    const json after = json::parse(ReadFile(ConfigPath(home)));  // never a partial document
    INFO("round " << round);
    CHECK((after == current || after["env"]["vars"]["K1999"] == "round-" + std::to_string(round)));
    if (after != current) CHECK(after["env"]["vars"].size() == 2000);
    (after == current ? kept : replaced) += 1;
  }
  UNSCOPED_INFO("rounds that kept the old file: " << kept
                                                  << ", that got the new one: " << replaced);
  CHECK(ReadConfig(home)["gateway"] == before["gateway"]);
}

TEST_CASE("Reload: logging settings apply live, without a restart", "[integration][reload]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  GatewayProcess gateway(home, FreePort());
  auto client = gateway.Connect(home.Token());
  const std::string boot = client->hello().server.boot_id.value_or("");

  const fs::path moved = home.dir.path() / "logs-moved/gateway.log";
  json config = ReadConfig(home);
  config["logging"]["file"] = moved.string();
  config["logging"]["level"] = "debug";
  WriteByRename(home, config);
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  auto applied = [&] {
    return fs::exists(moved) &&
           ReadFile(moved).find("config change applied live:") != std::string::npos;
  };
  while (!applied() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(20ms);
  }
  REQUIRE(applied());
  const std::string text = ReadFile(moved);
  INFO(text);
  CHECK(text.find("config change applied live: logging") != std::string::npos);
  CHECK(client->Call("health").ok);  // the same socket: nothing restarted
  auto again = gateway.Connect(home.Token());
  CHECK(again->hello().server.boot_id.value_or("") == boot);
}
