// Telegram in webhook mode: setWebhook at start instead of polling, a local listener on its own
// port that checks X-Telegram-Bot-Api-Secret-Token, commits each update before answering 200, and
// answers the message like a polled one.
#include <httplib.h>

#include <catch2/catch.hpp>
#include <chrono>

#include "tests/integration/telegram_fixture.hpp"
#include "tests/support/gateway_process.hpp"
#include "tests/support/openai_standin.hpp"
#include "tests/support/telegram_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

constexpr const char* kSecret = "webhook-secret-7c1d";

}  // namespace

TEST_CASE("Telegram: webhook mode checks the secret and answers a posted update", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  const int port = FreePort();
  json telegram = kOpenDms;
  telegram.merge_patch({{"webhookUrl", "https://bot.example.com/tg"},
                        {"webhookSecret", kSecret},
                        {"webhookPort", port},
                        {"webhookPath", "/tg"}});
  GatewayFixture gateway(TelegramGateway(model, bot, telegram));
  REQUIRE(TelegramStandin::WaitFor(
      [&] { return gateway.server().channels().Status()[0].state == "running"; }));

  const auto hooks = bot.calls("setWebhook");
  REQUIRE(hooks.size() == 1);
  CHECK(hooks[0].params["url"] == "https://bot.example.com/tg");
  CHECK(hooks[0].params["secret_token"] == kSecret);
  CHECK(bot.calls("deleteWebhook").empty());
  CHECK(gateway.server().channels().Status()[0].mode == "webhook");

  httplib::Client http("127.0.0.1", port);
  const json update = bot.DmUpdate(8008, "via webhook");
  // Wrong or missing secret: 401, nothing stored or answered.
  auto wrong = http.Post("/tg", {{"X-Telegram-Bot-Api-Secret-Token", "nope"}}, update.dump(),
                         "application/json");
  REQUIRE(wrong);
  CHECK(wrong->status == 401);
  auto missing = http.Post("/tg", update.dump(), "application/json");
  REQUIRE(missing);
  CHECK(missing->status == 401);
  auto other_path = http.Post("/elsewhere", {{"X-Telegram-Bot-Api-Secret-Token", kSecret}},
                              update.dump(), "application/json");
  REQUIRE(other_path);
  CHECK(other_path->status == 404);
  auto health = http.Get("/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);

  auto accepted = http.Post("/tg", {{"X-Telegram-Bot-Api-Secret-Token", kSecret}}, update.dump(),
                            "application/json");
  REQUIRE(accepted);
  CHECK(accepted->status == 200);
  CHECK(accepted->body.empty());
  CHECK(accepted->get_header_value("x-openclaw-delivery-accepted") == "durable");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("8008").size() == 1; }));
  CHECK(bot.SentTexts("8008")[0] == "Hello there");

  // Telegram retrying the same update: acknowledged again, answered once.
  auto retried = http.Post("/tg", {{"X-Telegram-Bot-Api-Secret-Token", kSecret}}, update.dump(),
                           "application/json");
  REQUIRE(retried);
  CHECK(retried->status == 200);
  std::this_thread::sleep_for(500ms);
  CHECK(bot.SentTexts("8008").size() == 1);
  CHECK(bot.calls("getUpdates").empty());

  auto garbage = http.Post("/tg", {{"X-Telegram-Bot-Api-Secret-Token", kSecret}}, "{not json",
                           "application/json");
  REQUIRE(garbage);
  CHECK(garbage->status == 400);
}
