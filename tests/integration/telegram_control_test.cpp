// Operating Telegram accounts over the protocol: channels.status with a live probe,
// channels.stop / start / logout, and the channel fields of health and status.
#include <catch2/catch.hpp>
#include <chrono>

#include "gateway/proto/errors.hpp"
#include "tests/integration/telegram_fixture.hpp"
#include "tests/support/openai_standin.hpp"
#include "tests/support/telegram_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

// The stand-ins and an in-process gateway with one open-DM account, polling, and a CLI client.
struct RunningAccount {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway{TelegramGateway(model, bot, kOpenDms)};
  std::unique_ptr<client::GatewayClient> client = gateway.ConnectCli();

  RunningAccount() {
    REQUIRE(TelegramStandin::WaitFor(
        [&] { return gateway.server().channels().Status()[0].state == "running"; }));
  }
};

}  // namespace

TEST_CASE("Telegram: channels.status probe, health and status show the account", "[telegram]") {
  RunningAccount account;
  auto& [model, bot, gateway, client] = account;

  const auto before = bot.calls("getMe").size();
  auto probed = client->Call("channels.status", {{"probe", true}, {"timeoutMs", 5000}});
  REQUIRE(probed.ok);
  INFO(probed.payload.dump());
  const json probe = probed.payload["channelAccounts"]["telegram"][0]["probe"];
  CHECK(probe["ok"] == true);
  CHECK(probe["bot"]["username"] == "standin_bot");
  CHECK(probe["elapsedMs"].is_number_integer());
  CHECK(bot.calls("getMe").size() == before + 1);
  // Without probe: no getMe.
  auto plain = client->Call("channels.status", json::object());
  REQUIRE(plain.ok);
  CHECK_FALSE(plain.payload["channelAccounts"]["telegram"][0].contains("probe"));
  CHECK(bot.calls("getMe").size() == before + 1);

  auto health = client->Call("health", {{"probe", true}});
  REQUIRE(health.ok);
  INFO(health.payload.dump());
  CHECK(health.payload["channelOrder"] == json::array({"telegram"}));
  CHECK(health.payload["channelLabels"]["telegram"] == "Telegram");
  CHECK(health.payload["channels"]["telegram"]["running"] == true);
  CHECK(health.payload["channels"]["telegram"]["accounts"]["default"]["healthState"] == "running");

  auto status = client->Call("status", json::object());
  REQUIRE(status.ok);
  REQUIRE(status.payload["channelSummary"].size() == 1);
  CHECK(status.payload["channelSummary"][0]["channel"] == "telegram");
  CHECK(status.payload["channelSummary"][0]["accountId"] == "default");
  CHECK(status.payload["channelSummary"][0]["running"] == true);
}

TEST_CASE("Telegram: a probe reports a revoked token", "[telegram]") {
  RunningAccount account;
  auto& [model, bot, gateway, client] = account;
  bot.FailNext("getMe", 401, "Unauthorized");
  auto probed = client->Call("channels.status", {{"probe", true}});
  REQUIRE(probed.ok);
  const json probe = probed.payload["channelAccounts"]["telegram"][0]["probe"];
  CHECK(probe["ok"] == false);
  CHECK(probe["error"].get<std::string>().find("Unauthorized") != std::string::npos);
  CHECK(probe["error"].get<std::string>().find(kStandinBotToken) == std::string::npos);
}

TEST_CASE("Telegram: channels.stop holds the account until channels.start", "[telegram]") {
  RunningAccount account;
  auto& [model, bot, gateway, client] = account;

  auto stopped = client->Call("channels.stop", {{"channel", "telegram"}});
  REQUIRE(stopped.ok);
  CHECK(stopped.payload ==
        json({{"channel", "telegram"}, {"accountId", "default"}, {"stopped", true}}));
  CHECK(gateway.server().channels().Status()[0].state == "stopped");
  auto again = client->Call("channels.stop", {{"channel", "telegram"}, {"accountId", "default"}});
  REQUIRE(again.ok);
  CHECK(again.payload["stopped"] == false);

  // Stopped: a DM waits at the Bot API, unacknowledged and unanswered.
  bot.InjectDm(6006, "anyone?");
  std::this_thread::sleep_for(1500ms);
  CHECK(bot.unacknowledged() == 1);
  CHECK(bot.SentTexts("6006").empty());

  auto started = client->Call("channels.start", {{"channel", "telegram"}});
  REQUIRE(started.ok);
  CHECK(started.payload["started"] == true);
  CHECK(started.payload["outcome"] == json({{"status", "handed-off"}}));
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("6006").size() == 1; }));

  auto unknown = client->Call("channels.start", {{"channel", "carrier-pigeon"}});
  REQUIRE_FALSE(unknown.ok);
  CHECK(proto::Write(*unknown.error)["code"] == "INVALID_REQUEST");
  auto unknown_account =
      client->Call("channels.stop", {{"channel", "telegram"}, {"accountId", "nope"}});
  REQUIRE_FALSE(unknown_account.ok);
  CHECK(proto::Write(*unknown_account.error)["code"] == "INVALID_REQUEST");

  auto logout = client->Call("channels.logout", {{"channel", "telegram"}});
  REQUIRE(logout.ok);
  CHECK(logout.payload == json({{"channel", "telegram"},
                                {"accountId", "default"},
                                {"cleared", false},
                                {"loggedOut", true}}));
  CHECK(gateway.server().channels().Status()[0].state == "stopped");

  // channels.* control needs operator.admin.
  auto reader = gateway.ConnectCli({"operator.read"});
  auto refused = reader->Call("channels.start", {{"channel", "telegram"}});
  REQUIRE_FALSE(refused.ok);
}

TEST_CASE("Telegram: agent deliver:true sends the answer to a Telegram chat once", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot, kOpenDms));
  auto client = gateway.ConnectCli();

  const json params = {{"message", "hello"},
                       {"idempotencyKey", "deliver-1"},
                       {"deliver", true},
                       {"channel", "telegram"},
                       {"to", "9009"}};
  auto done = client->Call("agent", params, true);
  REQUIRE(done.ok);
  INFO(done.payload.dump());
  CHECK(done.payload["status"] == "ok");
  const json status = done.payload["result"]["deliveryStatus"];
  CHECK(status["status"] == "sent");
  CHECK(status["channel"] == "telegram");
  CHECK(status["to"] == "9009");
  CHECK(status["messageId"].is_string());
  CHECK(bot.SentTexts("9009") == std::vector<std::string>{"Hello there"});

  // The same key again: the first result, nothing sent twice.
  auto again = client->Call("agent", params, true);
  REQUIRE(again.ok);
  std::this_thread::sleep_for(200ms);
  CHECK(bot.SentTexts("9009").size() == 1);

  // No target: refused before the run (unless best effort).
  auto no_target = client->Call(
      "agent", {{"message", "x"}, {"idempotencyKey", "deliver-2"}, {"deliver", true}}, true);
  REQUIRE_FALSE(no_target.ok);
  CHECK(proto::Write(*no_target.error)["code"] == "INVALID_REQUEST");
  auto best_effort = client->Call("agent",
                                  {{"message", "x"},
                                   {"idempotencyKey", "deliver-3"},
                                   {"deliver", true},
                                   {"bestEffortDeliver", true},
                                   {"channel", "carrier-pigeon"},
                                   {"to", "1"}},
                                  true);
  REQUIRE(best_effort.ok);
  CHECK(best_effort.payload["result"]["deliveryStatus"]["status"] == "skipped");

  // chat.send with an originating Telegram target delivers as well.
  auto sent = client->Call("chat.send", {{"sessionKey", "main"},
                                         {"message", "and you?"},
                                         {"idempotencyKey", "chat-deliver-1"},
                                         {"deliver", true},
                                         {"originatingChannel", "telegram"},
                                         {"originatingTo", "9010"}});
  REQUIRE(sent.ok);
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("9010").size() == 1; }));
  CHECK(bot.SentTexts("9010")[0] == "Hello there");
}
