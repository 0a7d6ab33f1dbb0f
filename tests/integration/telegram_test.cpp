// Telegram end to end: a real gateway whose channel manager polls a stand-in Bot API server
// (loopback, the real method paths and error bodies) and whose turns are answered by the stand-in
// model provider (OpenAI Chat Completions over SSE).
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

const json& kOpen = kOpenDms;

}  // namespace

TEST_CASE("Telegram: an open DM is answered by the agent", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot, kOpen));

  bot.InjectDm(1001, "hi bot");
  REQUIRE(TelegramStandin::WaitFor([&] { return !bot.SentTexts("1001").empty(); }));
  CHECK(bot.SentTexts("1001") == std::vector<std::string>{"Hello there"});
  const auto sent = bot.sent();
  CHECK(sent[0]["parse_mode"] == "HTML");
  CHECK(sent[0]["chat_id"] == "1001");

  // The startup calls the spec observes, before polling.
  const auto calls = bot.calls();
  REQUIRE(calls.size() >= 4);
  CHECK(calls[0].method == "getMe");
  CHECK(calls[1].method == "deleteWebhook");
  CHECK(calls[2].method == "setMyCommands");
  CHECK(calls[3].method == "getUpdates");
  CHECK(calls[3].params["timeout"] == 0);
  CHECK_FALSE(bot.calls("sendChatAction").empty());
  CHECK(bot.calls("sendChatAction")[0].params["action"] == "typing");

  // The model got the text; the update was acknowledged.
  const auto requests = model.requests();
  REQUIRE(requests.size() == 1);
  CHECK(OpenAiStandin::LastUserText(requests[0]).find("hi bot") != std::string::npos);
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.unacknowledged() == 0; }));

  // The session is the per-channel-peer key of the sender.
  auto client = gateway.ConnectCli();
  auto listed = client->Call("sessions.list", json::object());
  REQUIRE(listed.ok);
  bool found = false;
  for (const auto& row : listed.payload["sessions"]) {
    found = found || row["key"] == "agent:main:telegram:direct:1001";
  }
  CHECK(found);

  // The stand-in records a message before the gateway has read its answer: wait for that.
  client::RpcResult status;
  REQUIRE(TelegramStandin::WaitFor([&] {
    status = client->Call("channels.status", json::object());
    return status.ok &&
           status.payload["channelAccounts"]["telegram"][0]["lastOutboundAt"].is_number_integer();
  }));
  INFO(status.payload.dump());
  CHECK(status.payload["channelOrder"] == json::array({"telegram"}));
  CHECK(status.payload["channelDefaultAccountId"]["telegram"] == "default");
  const json account = status.payload["channelAccounts"]["telegram"][0];
  CHECK(account["accountId"] == "default");
  CHECK(account["running"] == true);
  CHECK(account["username"] == "standin_bot");
  CHECK(account["dmPolicy"] == "open");
  CHECK(account["tokenSource"] == "botToken");
  CHECK(account["lastOutboundAt"].is_number_integer());
}

TEST_CASE("Telegram: a photo without a caption reaches the agent as its placeholder",
          "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot, kOpen));
  bot.InjectPhotoDm(1002);
  REQUIRE(TelegramStandin::WaitFor([&] { return !bot.SentTexts("1002").empty(); }));
  const auto requests = model.requests();
  REQUIRE(requests.size() == 1);
  CHECK(OpenAiStandin::LastUserText(requests[0]).find("<media:image>") != std::string::npos);
}

TEST_CASE("Telegram: an unknown DM under pairing gets the code, approval admits", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot));  // dmPolicy pairing by default

  bot.InjectDm(2002, "hello?");
  REQUIRE(TelegramStandin::WaitFor([&] { return !bot.SentTexts("2002").empty(); }));
  const auto texts = bot.SentTexts("2002");
  REQUIRE(texts.size() == 1);
  CHECK(
      texts[0].starts_with("OpenClaw: access not configured.\n\nYour Telegram user id: 2002\n"
                           "Pairing code:\n<pre><code>"));
  const auto at = texts[0].find("<pre><code>") + 11;
  const std::string code = texts[0].substr(at, 8);
  CHECK(texts[0].find("openclaw pairing approve telegram " + code) != std::string::npos);
  CHECK(bot.sent()[0]["parse_mode"] == "HTML");

  // A repeat DM from the pending sender gets nothing and reaches no model.
  bot.InjectDm(2002, "still there?");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.unacknowledged() == 0; }));
  std::this_thread::sleep_for(300ms);  // a reply, if one were sent, would come right away
  CHECK(bot.SentTexts("2002").size() == 1);
  CHECK(model.requests().empty());

  // channels.pairing.list shows the request without its code; approve by requestId.
  auto client = gateway.ConnectCli({"operator.pairing"});
  auto listed = client->Call("channels.pairing.list", json::object());
  REQUIRE(listed.ok);
  INFO(listed.payload.dump());
  CHECK(listed.payload.dump().find(code) == std::string::npos);
  REQUIRE(listed.payload["accounts"].size() == 1);
  CHECK(listed.payload["accounts"][0]["accountId"] == "default");
  REQUIRE(listed.payload["requests"].size() == 1);
  const json request = listed.payload["requests"][0];
  CHECK(request["senderId"] == "2002");
  CHECK(request["senderLabel"] == "telegramUserId");
  CHECK(request["metadata"]["firstName"] == "Ada");
  CHECK(request["requestId"].get<std::string>().size() == 32);
  CHECK(listed.payload["limits"] == json({{"pendingPerAccount", 3}, {"ttlMs", 3600000}}));

  auto unknown_channel = client->Call("channels.pairing.list", {{"channel", "carrier-pigeon"}});
  REQUIRE_FALSE(unknown_channel.ok);
  CHECK(proto::Write(*unknown_channel.error)["code"] == "INVALID_REQUEST");
  auto stale =
      client->Call("channels.pairing.approve",
                   {{"channel", "telegram"}, {"accountId", "default"}, {"requestId", "nope"}});
  REQUIRE_FALSE(stale.ok);
  CHECK(proto::Write(*stale.error)["message"] == "pending DM access request no longer exists");
  auto approved = client->Call(
      "channels.pairing.approve",
      {{"channel", "telegram"}, {"accountId", "default"}, {"requestId", request["requestId"]}});
  REQUIRE(approved.ok);
  CHECK(approved.payload["senderId"] == "2002");
  CHECK(approved.payload["notification"] == "not-requested");
  CHECK(client->Call("channels.pairing.list", json::object()).payload["requests"].empty());

  bot.InjectDm(2002, "now?");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("2002").size() == 2; }));
  CHECK(bot.SentTexts("2002")[1] == "Hello there");
}

TEST_CASE("Telegram: a long reply is chunked at textChunkLimit", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  json telegram = kOpen;
  telegram["textChunkLimit"] = 40;
  GatewayFixture gateway(TelegramGateway(model, bot, telegram));
  model.Set("m1", OpenAiStandin::Behaviour::kReply,
            {"The quick brown fox jumps over the lazy dog. ",
             "Pack my box with five dozen liquor jugs <now> & ",
             "then sphinx of black quartz, judge my vow."});

  bot.InjectDm(3003, "tell me");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("3003").size() >= 4; }));
  std::this_thread::sleep_for(200ms);
  const auto texts = bot.SentTexts("3003");
  std::string joined;
  for (const auto& text : texts) {
    // Escaped for parse_mode HTML; the limit applies to the text the person reads.
    std::string plain = text;
    for (const auto& [entity, c] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
      for (auto pos = plain.find(entity); pos != std::string::npos; pos = plain.find(entity)) {
        plain.replace(pos, entity.size(), c);
      }
    }
    CHECK(plain.size() <= 40);
    joined += (joined.empty() ? "" : " ") + plain;
  }
  CHECK(joined ==
        "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs "
        "<now> & then sphinx of black quartz, judge my vow.");
}

TEST_CASE("Telegram: 429 retry_after is honoured and 409 on getUpdates recovers", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  bot.FailNext("getUpdates", 409,
               "Conflict: terminated by other getUpdates request; make sure that only one bot "
               "instance is running",
               2);
  bot.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", 1, 1);
  GatewayFixture gateway(TelegramGateway(model, bot, kOpen));

  bot.InjectDm(4004, "hi");
  REQUIRE(TelegramStandin::WaitFor([&] { return !bot.SentTexts("4004").empty(); }));
  CHECK(bot.SentTexts("4004") == std::vector<std::string>{"Hello there"});
  CHECK(bot.calls("getUpdates").size() >= 3);
  const auto sends = bot.calls("sendMessage");
  REQUIRE(sends.size() == 2);
  CHECK(sends[1].at - sends[0].at >= 950ms);
  CHECK(gateway.server().channels().Status()[0].state == "running");
}

TEST_CASE("Telegram: the watchdog restarts a stuck getUpdates", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  bot.StallNext("getUpdates");
  auto options = TelegramGateway(model, bot, kOpen);
  options.timings.channels.watchdog = 2000ms;
  GatewayFixture gateway(options);

  bot.InjectDm(7007, "anyone?");
  REQUIRE(TelegramStandin::WaitFor([&] { return !bot.SentTexts("7007").empty(); }));
  CHECK(bot.SentTexts("7007") == std::vector<std::string>{"Hello there"});
  const auto polls = bot.calls("getUpdates");
  REQUIRE(polls.size() >= 2);
  CHECK(polls[1].at - polls[0].at >= 1900ms);
}

TEST_CASE("Telegram: a failing account is restarted after its backoff", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  bot.FailNext("getMe", 401, "Unauthorized");
  auto options = TelegramGateway(model, bot, kOpen);
  options.timings.channels.restart_min = 200ms;
  GatewayFixture gateway(options);

  bot.InjectDm(8008, "hello again");
  REQUIRE(TelegramStandin::WaitFor([&] { return !bot.SentTexts("8008").empty(); }));
  const auto me = bot.calls("getMe");
  REQUIRE(me.size() == 2);
  CHECK(me[1].at - me[0].at >= 190ms);
  const auto status = gateway.server().channels().Status();
  CHECK(status[0].restarts == 1);
  CHECK(status[0].state == "running");
  REQUIRE(status[0].last_error);
  CHECK(status[0].last_error->find("Unauthorized") != std::string::npos);
}

TEST_CASE("Telegram: a bad account is blocked and the gateway runs on", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  auto options = TelegramGateway(model, bot, kOpen);
  options.config["bindings"] = json::array();
  GatewayFixture gateway(options);
  const auto status = gateway.server().channels().Status();
  REQUIRE(status.size() == 1);
  CHECK(status[0].state == "blocked");
  REQUIRE(status[0].last_error);
  CHECK(status[0].last_error->find("no owning agent") != std::string::npos);
  auto client = gateway.ConnectCli();
  CHECK(client->Call("health", json::object()).ok);
  CHECK(bot.calls().empty());
}
