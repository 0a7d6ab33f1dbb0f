// Telegram groups through a real gateway and the stand-in Bot API: groupPolicy allowlist with
// groups.<id> and groupAllowFrom (falling back to allowFrom), requireMention and mention detection
// (@username, a reply to the bot, mentionPatterns), and bot commands addressed with @username.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "tests/integration/telegram_fixture.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

// Every injected update was handled (acknowledged), and a reply, if any, had time to go out.
void Settle(TelegramStandin& bot) {
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.unacknowledged() == 0; }));
  std::this_thread::sleep_for(300ms);
}

}  // namespace

TEST_CASE("Telegram groups: no mention ignored, a mention or a reply to the bot answered",
          "[telegram][groups]") {
  OpenAiStandin model;
  TelegramStandin bot;
  const json config = {{"groupAllowFrom", json::array({"111"})},
                       {"groups", {{"-1009", {{"requireMention", true}}}}}};
  GatewayFixture gateway(TelegramGateway(model, bot, config));

  bot.InjectGroup(-1009, 111, "hello everyone");
  Settle(bot);
  CHECK(bot.SentTexts("-1009").empty());
  CHECK(model.requests().empty());

  bot.InjectGroup(-1009, 111, "@StandIn_Bot what's up?");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("-1009").size() == 1; }));
  CHECK(bot.SentTexts("-1009")[0] == "Hello there");
  REQUIRE(model.requests().size() == 1);
  CHECK(OpenAiStandin::LastUserText(model.requests()[0]).find("what's up?") != std::string::npos);

  bot.InjectGroup(-1009, 111, "and you?", /*reply_to_from=*/123456);
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("-1009").size() == 2; }));

  // A sender outside groupAllowFrom, a group not listed, a look-alike handle: nothing.
  bot.InjectGroup(-1009, 222, "@standin_bot me too");
  bot.InjectGroup(-1008, 111, "@standin_bot here?");
  bot.InjectGroup(-1009, 111, "@standin_bot_fan hi");
  Settle(bot);
  CHECK(bot.SentTexts("-1009").size() == 2);
  CHECK(bot.SentTexts("-1008").empty());
  CHECK(model.requests().size() == 2);

  // The group has its own session.
  auto client = gateway.ConnectCli();
  auto listed = client->Call("sessions.list", json::object());
  REQUIRE(listed.ok);
  bool found = false;
  for (const auto& row : listed.payload["sessions"]) {
    found = found || row["key"] == "agent:main:telegram:group:-1009";
  }
  CHECK(found);
}

TEST_CASE("Telegram groups: allowFrom fallback, requireMention false, patterns, commands",
          "[telegram][groups]") {
  OpenAiStandin model;
  TelegramStandin bot;
  const json config = {
      {"dmPolicy", "allowlist"},
      {"allowFrom", json::array({"333"})},
      {"mentionPatterns", json::array({"\\bhey claw\\b"})},
      {"groups", {{"*", {{"requireMention", false}}}, {"-2002", {{"requireMention", true}}}}}};
  GatewayFixture gateway(TelegramGateway(model, bot, config));

  // groupAllowFrom unset: allowFrom admits 333 in any group; "*" needs no mention.
  bot.InjectGroup(-2001, 333, "status please");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("-2001").size() == 1; }));
  bot.InjectGroup(-2001, 444, "status please");
  Settle(bot);
  CHECK(bot.SentTexts("-2001").size() == 1);

  // -2002 requires a mention: a configured pattern is one.
  bot.InjectGroup(-2002, 333, "just chatting");
  Settle(bot);
  CHECK(bot.SentTexts("-2002").empty());
  bot.InjectGroup(-2002, 333, "Hey Claw, summarize");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("-2002").size() == 1; }));

  // A command for another bot is ignored; one for this bot is run as the command.
  const auto before = model.requests().size();
  bot.InjectGroup(-2001, 333, "/new@other_bot");
  Settle(bot);
  CHECK(model.requests().size() == before);
  bot.InjectGroup(-2001, 333, "/new@standin_bot");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("-2001").size() == 2; }));
  REQUIRE(model.requests().size() == before + 1);
  // A bare /new greets in a fresh session: the model is asked to greet, not sent "/new@…".
  CHECK(OpenAiStandin::LastUserText(model.requests().back()).find("@standin_bot") ==
        std::string::npos);
}
