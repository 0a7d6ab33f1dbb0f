// The `send` and `poll` RPCs to Telegram through a real gateway and the stand-in Bot API:
// delivery, idempotency on idempotencyKey (duplicates in flight and after delivery), error codes,
// the Markdown → HTML rendering and its plain-text fallback.
#include <catch2/catch.hpp>
#include <chrono>
#include <future>

#include "gateway/proto/protocol.hpp"
#include "tests/integration/telegram_fixture.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

json SendParams(const std::string& key, const std::string& to, const std::string& message) {
  return {{"to", to}, {"message", message}, {"channel", "telegram"}, {"idempotencyKey", key}};
}

std::string CodeOf(const client::RpcResult& result) {
  return result.error ? result.error->code : "";
}

std::string Code(proto::ErrorCode code) { return std::string(proto::ToString(code)); }

}  // namespace

TEST_CASE("Telegram send: delivered once, a retried key answers the first result",
          "[telegram][send]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot, kOpenDms));
  auto client = gateway.ConnectCli({"operator.write"});

  auto first = client->Call("send", SendParams("key-1", "4242", "**Build** done: `make` <ok>"));
  REQUIRE(first.ok);
  INFO(first.payload.dump());
  CHECK(first.payload["runId"] == "key-1");
  CHECK(first.payload["channel"] == "telegram");
  REQUIRE(first.payload["messageId"].is_string());
  CHECK_FALSE(first.payload.contains("chatId"));
  REQUIRE(bot.sent().size() == 1);
  const json sent = bot.sent()[0];
  CHECK(sent["chat_id"] == "4242");
  CHECK(sent["parse_mode"] == "HTML");
  CHECK(sent["text"] == "<b>Build</b> done: <code>make</code> &lt;ok&gt;");

  auto again = client->Call("send", SendParams("key-1", "4242", "**Build** done: `make` <ok>"));
  REQUIRE(again.ok);
  CHECK(again.payload == first.payload);
  CHECK(bot.sent().size() == 1);

  // A new key sends again; a prefixed target and @channel names are accepted.
  auto other = client->Call("send", SendParams("key-2", "tg:-1001234", "plain"));
  REQUIRE(other.ok);
  CHECK(other.payload["messageId"] != first.payload["messageId"]);
  auto named = client->Call("send", SendParams("key-3", "@news_channel", "to the channel"));
  REQUIRE(named.ok);
  REQUIRE(bot.sent().size() == 3);
  CHECK(bot.sent()[1]["chat_id"] == "-1001234");
  CHECK(bot.sent()[2]["chat_id"] == "@news_channel");
}

TEST_CASE("Telegram send: a duplicate in flight gets the first call's result", "[telegram][send]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot, kOpenDms));
  // The first attempt meets a flood wait of 1 s: the duplicate arrives meanwhile.
  bot.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", 1, 1);
  auto a = gateway.ConnectCli({"operator.write"});
  auto b = gateway.ConnectCli({"operator.write"});
  auto first = std::async(std::launch::async,
                          [&] { return a->Call("send", SendParams("dup", "777", "once")); });
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.calls("sendMessage").size() == 1; }));
  auto second = b->Call("send", SendParams("dup", "777", "once"));
  auto first_result = first.get();
  REQUIRE(first_result.ok);
  REQUIRE(second.ok);
  CHECK(second.payload == first_result.payload);
  CHECK(bot.SentTexts("777") == std::vector<std::string>{"once"});
  const auto calls = bot.calls("sendMessage");
  REQUIRE(calls.size() == 2);  // the 429 and its retry
  CHECK(calls[1].at - calls[0].at >= 950ms);
}

TEST_CASE("Telegram send: long text is chunked, the last message id answers", "[telegram][send]") {
  OpenAiStandin model;
  TelegramStandin bot;
  json config = kOpenDms;
  config["textChunkLimit"] = 20;
  GatewayFixture gateway(TelegramGateway(model, bot, config));
  auto client = gateway.ConnectCli({"operator.write"});
  auto sent =
      client->Call("send", SendParams("long", "55", "first part is here and the second part"));
  REQUIRE(sent.ok);
  const auto texts = bot.SentTexts("55");
  REQUIRE(texts.size() == 2);
  CHECK(texts[0] == "first part is here");
  CHECK(texts[1] == "and the second part");
  const auto messages = bot.sent();
  CHECK(sent.payload["messageId"] == std::to_string(messages.size()));  // stand-in ids count up
}

TEST_CASE("Telegram send: a retry after a part-way failure sends only the rest",
          "[telegram][send]") {
  OpenAiStandin model;
  TelegramStandin bot;
  json config = kOpenDms;
  config["textChunkLimit"] = 20;
  // The second chunk is refused once (a bad request is not retried by the sender).
  bot.FailNth("sendMessage", 2, 400, "Bad Request: something went wrong");
  GatewayFixture gateway(TelegramGateway(model, bot, config));
  auto client = gateway.ConnectCli({"operator.write"});
  const json params =
      SendParams("resume-me", "56", "first part is here and the second part and a third one");
  auto failed = client->Call("send", params);
  REQUIRE_FALSE(failed.ok);
  REQUIRE(bot.SentTexts("56") == std::vector<std::string>{"first part is here"});

  auto retried = client->Call("send", params);
  INFO(retried.payload.dump());
  REQUIRE(retried.ok);
  CHECK(bot.SentTexts("56") ==
        std::vector<std::string>{"first part is here", "and the second part", "and a third one"});
  CHECK(retried.payload["messageId"].is_string());
  // Done now: a third call answers the same result and sends nothing.
  auto again = client->Call("send", params);
  REQUIRE(again.ok);
  CHECK(again.payload["messageId"] == retried.payload["messageId"]);
  CHECK(bot.SentTexts("56").size() == 3);
}

TEST_CASE("Telegram send: a parse error is retried as plain text", "[telegram][send]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot, kOpenDms));
  bot.FailNext("sendMessage", 400,
               "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0");
  auto client = gateway.ConnectCli({"operator.write"});
  json params = SendParams("html", "99", "<x>broken</x>");
  params["parseMode"] = "HTML";
  auto sent = client->Call("send", params);
  REQUIRE(sent.ok);
  const auto calls = bot.calls("sendMessage");
  REQUIRE(calls.size() == 2);
  CHECK(calls[0].params["parse_mode"] == "HTML");
  CHECK_FALSE(calls[1].params.contains("parse_mode"));
  CHECK(calls[1].params["text"] == "<x>broken</x>");
}

TEST_CASE("Telegram send: bad requests and refused deliveries have their codes",
          "[telegram][send]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot, kOpenDms));
  auto client = gateway.ConnectCli({"operator.write"});

  auto unknown = client->Call(
      "send", {{"to", "1"}, {"message", "hi"}, {"channel", "discord"}, {"idempotencyKey", "e1"}});
  CHECK(CodeOf(unknown) == Code(proto::ErrorCode::kInvalidRequest));
  CHECK(unknown.error->message == "unsupported channel: discord");

  auto empty = client->Call("send", {{"to", "1"}, {"idempotencyKey", "e2"}});
  CHECK(CodeOf(empty) == Code(proto::ErrorCode::kInvalidRequest));
  CHECK(empty.error->message == "invalid send params: text or media is required");

  auto target = client->Call("send", SendParams("e3", "not a chat", "hi"));
  CHECK(CodeOf(target) == Code(proto::ErrorCode::kInvalidRequest));
  CHECK(target.error->message == "unknown Telegram target: not a chat");

  auto account = client->Call(
      "send", {{"to", "1"}, {"message", "hi"}, {"accountId", "work"}, {"idempotencyKey", "e4"}});
  CHECK(CodeOf(account) == Code(proto::ErrorCode::kInvalidRequest));
  CHECK(account.error->message == "unknown channel account: telegram:work");

  auto no_key = client->Call("send", {{"to", "1"}, {"message", "hi"}});
  CHECK(CodeOf(no_key) == Code(proto::ErrorCode::kInvalidRequest));
  CHECK(bot.calls("sendMessage").empty());

  // Telegram refuses: UNAVAILABLE, and the key stays free (nothing was delivered).
  bot.FailNext("sendMessage", 400, "Bad Request: chat not found");
  auto refused = client->Call("send", SendParams("e5", "31337", "hi"));
  CHECK(CodeOf(refused) == Code(proto::ErrorCode::kUnavailable));
  CHECK(refused.error->message == "sendMessage: Bad Request: chat not found");
  auto retried = client->Call("send", SendParams("e5", "31337", "hi"));
  REQUIRE(retried.ok);
  CHECK(bot.SentTexts("31337") == std::vector<std::string>{"hi"});

  // send needs operator.write.
  auto reader = gateway.ConnectCli({"operator.read"});
  auto forbidden = reader->Call("send", SendParams("e6", "1", "hi"));
  CHECK(CodeOf(forbidden) == Code(proto::ErrorCode::kForbidden));
}

TEST_CASE("Telegram poll: sendPoll with the options, pollId in the result", "[telegram][send]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot, kOpenDms));
  auto client = gateway.ConnectCli({"operator.write"});
  const json params = {{"to", "-100777"},
                       {"question", "Lunch?"},
                       {"options", json::array({"Pizza", "Sushi", "Both"})},
                       {"maxSelections", 2},
                       {"durationSeconds", 300},
                       {"idempotencyKey", "poll-1"}};
  auto polled = client->Call("poll", params);
  REQUIRE(polled.ok);
  INFO(polled.payload.dump());
  CHECK(polled.payload["runId"] == "poll-1");
  CHECK(polled.payload["channel"] == "telegram");
  REQUIRE(polled.payload["pollId"].is_string());
  const auto calls = bot.calls("sendPoll");
  REQUIRE(calls.size() == 1);
  CHECK(calls[0].params["chat_id"] == "-100777");
  CHECK(calls[0].params["question"] == "Lunch?");
  CHECK(calls[0].params["options"] ==
        json::array({{{"text", "Pizza"}}, {{"text", "Sushi"}}, {{"text", "Both"}}}));
  CHECK(calls[0].params["allows_multiple_answers"] == true);
  CHECK(calls[0].params["open_period"] == 300);

  auto again = client->Call("poll", params);
  REQUIRE(again.ok);
  CHECK(again.payload == polled.payload);
  CHECK(bot.calls("sendPoll").size() == 1);

  json long_poll = params;
  long_poll["idempotencyKey"] = "poll-2";
  long_poll["durationSeconds"] = 86400;
  auto refused = client->Call("poll", long_poll);
  CHECK(CodeOf(refused) == Code(proto::ErrorCode::kInvalidRequest));
  json one_option = params;
  one_option["idempotencyKey"] = "poll-3";
  one_option["options"] = json::array({"Pizza"});
  CHECK(CodeOf(client->Call("poll", one_option)) == Code(proto::ErrorCode::kInvalidRequest));
  CHECK(bot.calls("sendPoll").size() == 1);
}
