// Telegram across kill -9 of a gateway process: a message acknowledged to the Bot API but not
// answered yet is answered after the restart (from our queue: Telegram no longer has it), and a
// reply chunk whose sendMessage completed before the kill is not sent again.
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

void Configure(Home& home, const OpenAiStandin& model, const TelegramStandin& bot,
               int chunk_limit) {
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  const auto path = home.dir / ".openclaw/openclaw.json";
  json config = json::parse(ReadFile(path));
  config["models"]["providers"]["standin"] = {
      {"baseUrl", model.base_url()},
      {"apiKey", kStandinApiKey},
      {"models", json::array({{{"id", "m1"}, {"name", "Stand-in"}}})}};
  config["agents"]["defaults"]["model"] = "standin/m1";
  config["channels"]["telegram"] = {{"botToken", kStandinBotToken},
                                    {"apiRoot", bot.api_root()},
                                    {"dmPolicy", "open"},
                                    {"allowFrom", json::array({"*"})},
                                    {"textChunkLimit", chunk_limit}};
  config["bindings"] = json::array(
      {{{"agentId", "main"}, {"match", {{"channel", "telegram"}, {"accountId", "default"}}}}});
  std::ofstream(path) << config.dump(2);
  home.env["OPENCLAW_TEST_TELEGRAM_POLL_TIMEOUT_S"] = "1";
  home.env["OPENCLAW_TEST_CHANNEL_RETRY_MS"] = "100";
}

}  // namespace

TEST_CASE("Telegram: kill -9 mid-turn, the message is answered after the restart",
          "[integration][telegram][crash]") {
  OpenAiStandin model;
  TelegramStandin bot;
  Home home;
  Configure(home, model, bot, 4000);
  model.Set("m1", OpenAiStandin::Behaviour::kSlowForever);
  {
    GatewayProcess gateway(home, FreePort());
    bot.InjectDm(5005, "are you there?");
    // The turn runs (the model streams) and Telegram has forgotten the update.
    REQUIRE(TelegramStandin::WaitFor([&] { return !bot.calls("sendChatAction").empty(); }));
    REQUIRE(TelegramStandin::WaitFor([&] { return bot.unacknowledged() == 0; }));
    REQUIRE(TelegramStandin::WaitFor([&] { return model.requests().size() == 1; }));
    REQUIRE(gateway.Signal(SIGKILL) == 0);
    CHECK(gateway.Wait() == -1);
  }
  CHECK(bot.SentTexts("5005").empty());
  model.Set("m1", OpenAiStandin::Behaviour::kReply, {"Back ", "again"});

  GatewayProcess restarted(home, FreePort());
  REQUIRE(TelegramStandin::WaitFor([&] { return !bot.SentTexts("5005").empty(); }, 15s));
  std::this_thread::sleep_for(300ms);
  CHECK(bot.SentTexts("5005") == std::vector<std::string>{"Back again"});
  const auto requests = model.requests();
  REQUIRE(requests.size() == 2);
  CHECK(OpenAiStandin::LastUserText(requests[1]).find("are you there?") != std::string::npos);
}

TEST_CASE("Telegram: kill -9 between reply chunks, only the missing chunk is sent",
          "[integration][telegram][crash]") {
  OpenAiStandin model;
  TelegramStandin bot;
  Home home;
  Configure(home, model, bot, 20);
  model.Set("m1", OpenAiStandin::Behaviour::kReply, {"first part is here ", "and the second part"});
  // The second chunk meets a long flood wait: the process is killed while it waits. (Chunk 2 is
  // sent only after chunk 1's delivery was committed.)
  bot.FailNth("sendMessage", 2, 429, "Too Many Requests: retry after 60", 60);
  {
    GatewayProcess gateway(home, FreePort());
    bot.InjectDm(6006, "two parts please");
    REQUIRE(TelegramStandin::WaitFor([&] { return bot.calls("sendMessage").size() >= 2; }, 15s));
    REQUIRE(gateway.Signal(SIGKILL) == 0);
    CHECK(gateway.Wait() == -1);
  }
  CHECK(bot.SentTexts("6006") == std::vector<std::string>{"first part is here"});

  GatewayProcess restarted(home, FreePort());
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("6006").size() >= 2; }, 15s));
  std::this_thread::sleep_for(300ms);
  CHECK(bot.SentTexts("6006") ==
        std::vector<std::string>{"first part is here", "and the second part"});
  CHECK(model.requests().size() == 1);  // the stored reply was resent, the turn did not run again
}

TEST_CASE(
    "Telegram send: openclaw message send; a key retried after kill -9 answers the first "
    "result and sends nothing",
    "[integration][telegram][crash][send]") {
  OpenAiStandin model;
  TelegramStandin bot;
  Home home;
  Configure(home, model, bot, 4000);
  int port = FreePort();
  home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(port);
  const std::string params =
      R"({"to":"4242","message":"only once","channel":"telegram","idempotencyKey":"restart-key"})";
  std::string first;
  {
    GatewayProcess gateway(home, port);
    gateway.Connect(home.Token());
    auto cli = home.Run({"message", "send", "--channel", "telegram", "-t", "4242", "--message",
                         "hello from the cli"});
    INFO(cli.err);
    REQUIRE(cli.exit_code == 0);
    CHECK(cli.out.find("Sent message via telegram. Message ID: ") == 0);
    auto sent = home.Run({"gateway", "call", "send", "--params", params, "--json"});
    INFO(sent.err);
    REQUIRE(sent.exit_code == 0);
    first = sent.out;
    CHECK(json::parse(first)["runId"] == "restart-key");
    REQUIRE(gateway.Signal(SIGKILL) == 0);
    CHECK(gateway.Wait() == -1);
  }
  CHECK(bot.SentTexts("4242") == std::vector<std::string>{"hello from the cli", "only once"});

  port = FreePort();
  home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(port);
  GatewayProcess restarted(home, port);
  restarted.Connect(home.Token());
  auto again = home.Run({"gateway", "call", "send", "--params", params, "--json"});
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK(json::parse(again.out) == json::parse(first));
  CHECK(bot.SentTexts("4242") == std::vector<std::string>{"hello from the cli", "only once"});

  // An unsupported channel is refused with the spec's message (exit 1, error JSON on stdout).
  auto refused =
      home.Run({"message", "send", "--channel", "discord", "-t", "1", "--message", "x", "--json"});
  CHECK(refused.exit_code == 1);
  CHECK(json::parse(refused.out)["error"]["message"] == "unsupported channel: discord");
}
