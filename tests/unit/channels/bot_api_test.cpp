// The Bot API client against the stand-in Bot API server: the real method paths, answers and
// error bodies.
#include "server/channels/telegram/bot_api.hpp"

#include <catch2/catch.hpp>
#include <future>

#include "server/channels/telegram/updates.hpp"
#include "tests/support/telegram_standin.hpp"

using namespace gateway;
using namespace gateway::channels::telegram;
using gateway::testing::kStandinBotToken;
using gateway::testing::TelegramStandin;

namespace {

// Runs one call and waits for its result on the test thread.
template <typename Start>
BotResult Await(Start start) {
  auto promise = std::make_shared<std::promise<BotResult>>();
  auto future = promise->get_future();
  start([promise](BotResult result) { promise->set_value(std::move(result)); });
  REQUIRE(future.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
  return future.get();
}

}  // namespace

TEST_CASE("Bot API: answers and typed errors of the envelope", "[telegram]") {
  SECTION("ok answer gives its result") {
    auto result = ParseBotResponse(200, R"({"ok":true,"result":{"id":1}})");
    REQUIRE(result);
    CHECK((*result)["id"] == 1);
  }
  SECTION("429 carries retry_after") {
    auto result = ParseBotResponse(
        429,
        R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}})");
    REQUIRE_FALSE(result);
    CHECK(result.error().kind == BotErrorKind::kRateLimited);
    CHECK(result.error().retry_after == std::chrono::seconds(7));
  }
  SECTION("409 and 401") {
    auto conflict = ParseBotResponse(
        409,
        R"({"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request"})");
    REQUIRE_FALSE(conflict);
    CHECK(conflict.error().kind == BotErrorKind::kConflict);
    auto unauthorized =
        ParseBotResponse(401, R"({"ok":false,"error_code":401,"description":"Unauthorized"})");
    REQUIRE_FALSE(unauthorized);
    CHECK(unauthorized.error().kind == BotErrorKind::kUnauthorized);
    CHECK(unauthorized.error().description == "Unauthorized");
  }
  SECTION("a body that is not the envelope") {
    auto html = ParseBotResponse(502, "<html>Bad Gateway</html>");
    REQUIRE_FALSE(html);
    CHECK(html.error().kind == BotErrorKind::kApi);
    CHECK(html.error().error_code == 502);
    auto garbage = ParseBotResponse(200, "{\"ok\":");
    REQUIRE_FALSE(garbage);
    CHECK(garbage.error().kind == BotErrorKind::kMalformed);
    auto no_result = ParseBotResponse(200, R"({"ok":true})");
    REQUIRE_FALSE(no_result);
    CHECK(no_result.error().kind == BotErrorKind::kMalformed);
  }
}

TEST_CASE("Bot API: calls the stand-in over HTTP", "[telegram]") {
  TelegramStandin standin;
  transport::HttpClient client;
  BotApi api(client, {.api_root = standin.api_root() + "/", .token = kStandinBotToken});

  SECTION("getMe") {
    auto me = Await([&](BotDone done) { api.GetMe(std::move(done)); });
    REQUIRE(me);
    CHECK((*me)["username"] == "standin_bot");
  }
  SECTION("a wrong token is kUnauthorized and never appears in the description") {
    BotApi wrong(client, {.api_root = standin.api_root(), .token = "999:wrong-token"});
    auto me = Await([&](BotDone done) { wrong.GetMe(std::move(done)); });
    REQUIRE_FALSE(me);
    CHECK(me.error().kind == BotErrorKind::kUnauthorized);
    CHECK(me.error().description.find("wrong-token") == std::string::npos);
  }
  SECTION("a transport failure is redacted") {
    BotApi unreachable(client, {.api_root = "http://127.0.0.1:1", .token = kStandinBotToken});
    auto me = Await([&](BotDone done) { unreachable.GetMe(std::move(done)); });
    REQUIRE_FALSE(me);
    CHECK(me.error().kind == BotErrorKind::kTransport);
    CHECK(me.error().description.find(kStandinBotToken) == std::string::npos);
  }
  SECTION("sendMessage with parse_mode and a scripted 429") {
    standin.FailNext("sendMessage", 429, "Too Many Requests: retry after 3", 1, 3);
    OutgoingText text;
    text.chat_id = "42";
    text.text = "<b>hi</b>";
    text.parse_mode = "HTML";
    auto limited = Await([&](BotDone done) { api.SendMessage(text, std::move(done)); });
    REQUIRE_FALSE(limited);
    CHECK(limited.error().kind == BotErrorKind::kRateLimited);
    CHECK(limited.error().retry_after == std::chrono::seconds(3));
    auto sent = Await([&](BotDone done) { api.SendMessage(text, std::move(done)); });
    REQUIRE(sent);
    CHECK((*sent)["message_id"].is_number_integer());
    REQUIRE(standin.sent().size() == 1);
    CHECK(standin.sent()[0]["parse_mode"] == "HTML");
    CHECK(standin.SentTexts("42") == std::vector<std::string>{"<b>hi</b>"});
  }
  SECTION("getUpdates delivers injected updates and an offset acknowledges them") {
    standin.InjectDm(1001, "hello");
    auto first = Await([&](BotDone done) { api.GetUpdates(0, 0, 100, std::move(done)); });
    REQUIRE(first);
    auto updates = ParseUpdates(*first);
    REQUIRE(updates.size() == 1);
    REQUIRE(updates[0].message);
    CHECK(updates[0].message->text == "hello");
    CHECK(updates[0].message->sender_id == "1001");
    CHECK(updates[0].message->is_private());
    auto acked = Await(
        [&](BotDone done) { api.GetUpdates(updates[0].update_id + 1, 0, 100, std::move(done)); });
    REQUIRE(acked);
    CHECK(acked->empty());
    CHECK(standin.unacknowledged() == 0);
  }
}

TEST_CASE("Bot API: updates are read defensively", "[telegram]") {
  const auto updates = ParseUpdates(nlohmann::json::parse(R"([
    {"update_id": 5, "message": {"message_id": 1, "chat": {"id": -100, "type": "supergroup"},
      "from": {"id": 7, "is_bot": false, "first_name": "A", "last_name": "B"}, "caption": "pic",
      "photo": [{"file_id": "f1", "width": 90, "height": 90}]}},
    {"update_id": "x"},
    7,
    {"update_id": 6, "message": {"chat": "nope"}},
    {"update_id": 8, "my_chat_member": {}}
  ])"));
  REQUIRE(updates.size() == 3);
  REQUIRE(updates[0].message);
  CHECK(updates[0].message->chat_id == "-100");
  CHECK(updates[0].message->sender_name == "A B");
  CHECK(updates[0].message->text == "pic\n<media:image>");
  CHECK_FALSE(updates[0].message->is_private());
  CHECK_FALSE(updates[1].message);
  CHECK(updates[2].update_id == 8);
  CHECK(ParseUpdates(nlohmann::json::object()).empty());
}

TEST_CASE("Bot API: an attachment without a caption becomes its placeholder", "[telegram]") {
  const auto message = [](const char* field) {
    return ParseMessage({{"message_id", 1},
                         {"chat", {{"id", 5}, {"type", "private"}}},
                         {"from", {{"id", 5}}},
                         {field, nlohmann::json::object()}});
  };
  CHECK(message("voice")->text == "<media:audio>");
  CHECK(message("document")->text == "<media:document>");
  CHECK(message("video_note")->text == "<media:video>");
  CHECK(message("sticker")->text == "<media:sticker>");
  CHECK(message("location")->text.empty());
}
