// `openclaw pairing list|approve` on the channels' store, with the gateway process stopped and
// running: an approval by code admits the sender's next DM (the gateway reads approvals on every
// inbound DM).
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "tests/support/gateway_process.hpp"
#include "tests/support/openai_standin.hpp"
#include "tests/support/telegram_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

void Configure(Home& home, const OpenAiStandin& model, const TelegramStandin& bot) {
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  const auto path = home.dir / ".openclaw/openclaw.json";
  json config = json::parse(ReadFile(path));
  config["models"]["providers"]["standin"] = {
      {"baseUrl", model.base_url()},
      {"apiKey", kStandinApiKey},
      {"models", json::array({{{"id", "m1"}, {"name", "Stand-in"}}})}};
  config["agents"]["defaults"]["model"] = "standin/m1";
  config["channels"]["telegram"] = {{"botToken", kStandinBotToken}, {"apiRoot", bot.api_root()}};
  config["bindings"] = json::array(
      {{{"agentId", "main"}, {"match", {{"channel", "telegram"}, {"accountId", "default"}}}}});
  std::ofstream(path) << config.dump(2);
  home.env["OPENCLAW_TEST_TELEGRAM_POLL_TIMEOUT_S"] = "1";
  home.env["OPENCLAW_TEST_CHANNEL_RETRY_MS"] = "100";
}

// The code of the pairing reply sent to `chat`.
std::string CodeSentTo(TelegramStandin& bot, const std::string& chat) {
  const auto texts = bot.SentTexts(chat);
  REQUIRE(texts.size() == 1);
  const auto at = texts[0].find("<pre><code>");
  REQUIRE(at != std::string::npos);
  return texts[0].substr(at + 11, 8);
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

TEST_CASE("Telegram: openclaw pairing approve with the gateway stopped, then running",
          "[integration][telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  Home home;
  Configure(home, model, bot);

  // No store yet: nothing pending.
  auto empty = home.Run({"pairing", "list", "--json"});
  REQUIRE(empty.exit_code == 0);
  CHECK(json::parse(empty.out) == json({{"channel", "telegram"}, {"requests", json::array()}}));

  std::string code;
  {
    GatewayProcess gateway(home, FreePort());
    bot.InjectDm(7007, "let me in");
    REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("7007").size() == 1; }, 15s));
    code = CodeSentTo(bot, "7007");

    // Listed with its code while the gateway runs.
    auto listed = home.Run({"pairing", "list", "telegram", "--json"});
    REQUIRE(listed.exit_code == 0);
    INFO(listed.out << listed.err);
    const json out = json::parse(listed.out);
    REQUIRE(out["requests"].size() == 1);
    CHECK(out["requests"][0]["id"] == "7007");
    CHECK(out["requests"][0]["code"] == code);
    CHECK(out["requests"][0]["meta"]["firstName"] == "Ada");
    auto table = home.Run({"pairing", "list"});
    REQUIRE(table.exit_code == 0);
    CHECK(table.out.find(code) != std::string::npos);

    REQUIRE(gateway.Signal(SIGTERM) == 0);
    CHECK(gateway.Wait() == 0);
  }

  auto unknown = home.Run({"pairing", "approve", "telegram", "ZZZZZZZZ"});
  CHECK(unknown.exit_code != 0);
  CHECK(unknown.err.find("No pending pairing request found for code \"ZZZZZZZZ\"") !=
        std::string::npos);
  auto bad_channel = home.Run({"pairing", "approve", "carrier-pigeon", code});
  CHECK(bad_channel.exit_code != 0);

  // By code, case-insensitively, with no gateway running.
  auto approved = home.Run({"pairing", "approve", "telegram", Lower(code)});
  INFO(approved.out << approved.err);
  REQUIRE(approved.exit_code == 0);
  CHECK(approved.out.find("7007") != std::string::npos);
  auto after = home.Run({"pairing", "list", "--json"});
  CHECK(json::parse(after.out)["requests"].empty());

  GatewayProcess gateway(home, FreePort());
  bot.InjectDm(7007, "now?");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("7007").size() == 2; }, 15s));
  CHECK(bot.SentTexts("7007")[1] == "Hello there");

  // A second sender approved while the gateway runs: the next DM is answered without a restart.
  bot.InjectDm(7008, "me too");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("7008").size() == 1; }, 15s));
  const std::string second = CodeSentTo(bot, "7008");
  auto live = home.Run({"pairing", "approve", second});  // the channel defaults to telegram
  INFO(live.out << live.err);
  REQUIRE(live.exit_code == 0);
  bot.InjectDm(7008, "and now?");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("7008").size() == 2; }, 15s));
  CHECK(bot.SentTexts("7008")[1] == "Hello there");
}
