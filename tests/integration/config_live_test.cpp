// Hot-class config changes applied live by a real `openclaw gateway` process (spec/config.md §7):
// models/providers, agents, session policy, the HTTP endpoint flags, hooks and channel accounts
// change under a connected client, which keeps its socket (no `shutdown`, the same boot id).
#include <httplib.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "tests/support/gateway_process.hpp"
#include "tests/support/home_edits.hpp"
#include "tests/support/openai_standin.hpp"
#include "tests/support/telegram_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

json Provider(const OpenAiStandin& model) {
  return {{"baseUrl", model.base_url()},
          {"apiKey", kStandinApiKey},
          {"api", "openai-completions"},
          {"models", json::array({{{"id", "m1"}, {"name", "Stand-in"}}})}};
}

// A set-up Home whose agents use `model` (standin/m1); its config as written.
json HomeOn(Home& home, const OpenAiStandin& model) {
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  json config = ReadConfig(home);
  config["models"]["providers"]["standin"] = Provider(model);
  config["agents"]["defaults"]["model"] = "standin/m1";
  WriteByRename(home, config);
  return config;
}

// Waits (generously) until `done` holds; reports how long the change took to apply.
bool Eventually(const std::function<bool()>& done, std::chrono::milliseconds* took = nullptr) {
  const auto start = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() - start < 15s) {
    if (done()) {
      if (took) {
        *took = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - start);
      }
      return true;
    }
    std::this_thread::sleep_for(20ms);
  }
  return false;
}

// One agent turn over `client`: the run's final result.
json RunTurn(client::GatewayClient& client, const std::string& key, const std::string& text) {
  static int runs = 0;
  auto done = client.Call("agent",
                          {{"message", text},
                           {"sessionKey", key},
                           {"idempotencyKey", "live-run-" + std::to_string(++runs)}},
                          true);
  REQUIRE(done.ok);
  return done.payload;
}

std::vector<std::string> AgentIds(client::GatewayClient& client) {
  auto listed = client.Call("agents.list", json::object());
  std::vector<std::string> ids;
  if (!listed.ok) return ids;
  for (const auto& agent : listed.payload["agents"]) ids.push_back(agent["id"]);
  return ids;
}

}  // namespace

TEST_CASE("Live reload: providers, agents, session policy and HTTP endpoint flags",
          "[integration][reload][live]") {
  OpenAiStandin first;
  OpenAiStandin second;
  first.Set("m1", OpenAiStandin::Behaviour::kReply, {"from ", "first"});
  second.Set("m1", OpenAiStandin::Behaviour::kReply, {"from ", "second"});
  Home home;
  json config = HomeOn(home, first);

  GatewayProcess gateway(home, FreePort());
  auto client = gateway.Connect(home.Token());
  const std::string boot = client->hello().server.boot_id.value_or("");
  CHECK(RunTurn(*client, "agent:main:main", "hello")["status"] == "ok");
  CHECK(first.requests().size() == 1);
  httplib::Client http("127.0.0.1", gateway.port());
  const httplib::Headers bearer = {{"Authorization", "Bearer " + home.Token()}};
  auto models = http.Get("/v1/models", bearer);
  REQUIRE(models);
  CHECK(models->status == 404);  // the OpenAI endpoints are off by default

  config["models"]["providers"]["standin"] = Provider(second);
  config["agents"]["entries"]["ops"] = {{"name", "Ops"}};
  config["session"]["dmScope"] = "per-peer";
  config["gateway"]["http"]["endpoints"]["chatCompletions"]["enabled"] = true;
  WriteByRename(home, config);
  std::chrono::milliseconds took{0};
  REQUIRE(Eventually(
      [&] {
        const auto ids = AgentIds(*client);
        return std::find(ids.begin(), ids.end(), "ops") != ids.end();
      },
      &took));
  UNSCOPED_INFO("agents.list showed the new agent " << took.count() << " ms after the write");

  // The same socket, no shutdown event, the same process generation.
  CHECK_FALSE(client->WaitEvent("shutdown", 10ms));
  CHECK(client->Call("health").ok);
  CHECK(gateway.Connect(home.Token())->hello().server.boot_id.value_or("") == boot);
  // The next turn goes to the provider's new address.
  CHECK(RunTurn(*client, "agent:main:main", "again")["status"] == "ok");
  CHECK(second.requests().size() == 1);
  CHECK(first.requests().size() == 1);
  // The endpoint flag: /v1/models answers now and lists the new agent.
  models = http.Get("/v1/models", bearer);
  REQUIRE(models);
  CHECK(models->status == 200);
  CHECK(models->body.find("openclaw/ops") != std::string::npos);
  auto status = client->Call("status", json::object());
  REQUIRE(status.ok);
  CHECK(status.payload["configReload"]["restartPending"] == false);
  auto got = client->Call("config.get", json::object());
  REQUIRE(got.ok);
  CHECK(got.payload["appliedConfigHash"] == got.payload["hash"]);
}

TEST_CASE("Live reload: hooks settings, token and on/off apply without a restart",
          "[integration][reload][live]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  json config = ReadConfig(home);
  config["hooks"] = {{"enabled", true}, {"token", "hook-token-one-0123456789"}};
  WriteByRename(home, config);
  GatewayProcess gateway(home, FreePort());
  auto client = gateway.Connect(home.Token());
  httplib::Client http("127.0.0.1", gateway.port());
  auto wake = [&](const std::string& token) {
    auto response = http.Post("/hooks/wake", {{"Authorization", "Bearer " + token}},
                              json{{"text", "ping"}}.dump(), "application/json");
    return response ? response->status : -1;
  };
  CHECK(wake("hook-token-one-0123456789") == 200);

  config["hooks"]["token"] = "hook-token-two-0123456789";
  WriteByRename(home, config);
  REQUIRE(Eventually([&] { return wake("hook-token-two-0123456789") == 200; }));
  CHECK(wake("hook-token-one-0123456789") == 401);
  CHECK(client->Call("health").ok);  // the WebSocket client was not disturbed

  // Off and on again, live: while off the path is not served.
  config["hooks"]["enabled"] = false;
  WriteByRename(home, config);
  REQUIRE(Eventually([&] { return wake("hook-token-two-0123456789") == 404; }));
  config["hooks"]["enabled"] = true;
  WriteByRename(home, config);
  REQUIRE(Eventually([&] { return wake("hook-token-two-0123456789") == 200; }));
  CHECK_FALSE(client->WaitEvent("shutdown", 10ms));

  // hooks.path is fixed at start: moving it restarts in process.
  config["hooks"]["path"] = "/incoming";
  WriteByRename(home, config);
  REQUIRE(client->WaitEvent("shutdown", 15000ms));
  REQUIRE(Eventually([&] {
    auto response =
        http.Post("/incoming/wake", {{"Authorization", "Bearer hook-token-two-0123456789"}},
                  json{{"text", "ping"}}.dump(), "application/json");
    return response && response->status == 200;
  }));
}

TEST_CASE("Live reload: a Telegram account added starts, changed restarts, removed stops",
          "[integration][reload][live][telegram]") {
  OpenAiStandin model;
  model.Set("m1", OpenAiStandin::Behaviour::kReply, {"hi ", "there"});
  TelegramStandin bot;
  Home home;
  home.env["OPENCLAW_TEST_TELEGRAM_POLL_TIMEOUT_S"] = "1";
  home.env["OPENCLAW_TEST_CHANNEL_RETRY_MS"] = "100";
  json config = HomeOn(home, model);
  GatewayProcess gateway(home, FreePort());
  auto client = gateway.Connect(home.Token());
  auto accounts = [&] {
    auto status = client->Call("channels.status", json::object());
    REQUIRE(status.ok);
    return status.payload["channelAccounts"].value("telegram", json::array());
  };
  CHECK(accounts().empty());

  config["channels"]["telegram"] = {{"botToken", kStandinBotToken},
                                    {"apiRoot", bot.api_root()},
                                    {"dmPolicy", "open"},
                                    {"allowFrom", json::array({"*"})}};
  config["bindings"] = json::array(
      {{{"agentId", "main"}, {"match", {{"channel", "telegram"}, {"accountId", "default"}}}}});
  WriteByRename(home, config);
  REQUIRE(Eventually([&] { return !bot.calls("getUpdates").empty(); }));
  bot.InjectDm(7007, "hello bot");
  REQUIRE(TelegramStandin::WaitFor([&] { return !bot.SentTexts("7007").empty(); }, 15s));
  CHECK(bot.SentTexts("7007") == std::vector<std::string>{"hi there"});
  const auto running = accounts();
  REQUIRE(running.size() == 1);
  CHECK(running[0]["running"] == true);

  // A changed account restarts with its new settings: DMs from strangers now need pairing.
  config["channels"]["telegram"]["dmPolicy"] = "allowlist";
  config["channels"]["telegram"]["allowFrom"] = json::array({"1"});
  WriteByRename(home, config);
  REQUIRE(Eventually([&] {
    const auto now = accounts();
    return now.size() == 1 && now[0]["dmPolicy"] == "allowlist" && now[0]["running"] == true;
  }));
  bot.InjectDm(7007, "still there?");
  std::this_thread::sleep_for(1500ms);
  CHECK(bot.SentTexts("7007").size() == 1);  // not allowed any more: no answer
  CHECK(model.requests().size() == 1);

  // Removed: the account stops polling.
  config.erase("channels");
  WriteByRename(home, config);
  REQUIRE(Eventually([&] { return accounts().empty(); }));
  std::this_thread::sleep_for(1500ms);  // a poll in flight ends within its 1 s timeout
  const auto polls = bot.calls("getUpdates").size();
  std::this_thread::sleep_for(1500ms);
  CHECK(bot.calls("getUpdates").size() == polls);
  CHECK(client->Call("health").ok);
}

TEST_CASE("Live reload: config.patch of a live key answers once the change is in effect",
          "[integration][reload][live]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  GatewayProcess gateway(home, FreePort());
  auto client = gateway.Connect(home.Token());
  auto got = client->Call("config.get", json::object());
  REQUIRE(got.ok);
  auto patched =
      client->Call("config.patch",
                   {{"raw", json{{"agents", {{"entries", {{"ops", {{"name", "Ops"}}}}}}}}.dump()},
                    {"baseHash", got.payload["hash"]}});
  REQUIRE(patched.ok);
  CHECK(patched.payload["restart"]["required"] == false);
  CHECK(patched.payload["restart"]["reason"] == "applied live");
  // No waiting: the answer came after the watcher applied the write.
  const auto ids = AgentIds(*client);
  CHECK(std::find(ids.begin(), ids.end(), "ops") != ids.end());
  auto after = client->Call("config.get", json::object());
  REQUIRE(after.ok);
  CHECK(after.payload["appliedConfigHash"] == patched.payload["hash"]);
}
