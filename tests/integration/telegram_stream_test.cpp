// Telegram replies while the turn runs (streaming.mode partial / block / progress) and what a
// failed turn tells the chat (errorPolicy), against the stand-in Bot API and a stand-in model that
// streams its reply slowly.
#include <catch2/catch.hpp>
#include <chrono>

#include "tests/integration/telegram_fixture.hpp"
#include "tests/support/openai_standin.hpp"
#include "tests/support/telegram_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

json OpenWith(json extra) {
  json telegram = kOpenDms;
  telegram.merge_patch(extra);
  return telegram;
}

}  // namespace

TEST_CASE("Telegram: partial streaming edits a preview into the final answer", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  auto options = TelegramGateway(model, bot, OpenWith({{"streaming", {{"mode", "partial"}}}}));
  options.timings.channels.preview_throttle = 300ms;
  GatewayFixture gateway(options);
  model.SetPieceDelay(400ms);
  model.Set("m1", OpenAiStandin::Behaviour::kReply, {"Alpha ", "beta ", "gamma ", "**delta**"});

  bot.InjectDm(5005, "stream please");
  REQUIRE(TelegramStandin::WaitFor(
      [&] {
        const auto edits = bot.calls("editMessageText");
        return !edits.empty() && edits.back().params.value("parse_mode", "") == "HTML";
      },
      10s));
  // One message: the preview, sent as soon as text arrived, then edited.
  const auto sent = bot.sent();
  REQUIRE(sent.size() == 1);
  CHECK(sent[0]["chat_id"] == "5005");
  CHECK_FALSE(sent[0].contains("parse_mode"));
  CHECK(sent[0]["text"].get<std::string>().starts_with("Alpha"));
  const auto edits = bot.calls("editMessageText");
  REQUIRE(edits.size() >= 2);  // at least one preview edit, then the final answer
  for (std::size_t i = 0; i < edits.size(); ++i) {
    INFO("edit " << i << ": " << edits[i].params.dump());
    CHECK(edits[i].params["chat_id"] == "5005");
    CHECK(edits[i].params["message_id"].is_number_integer());
    if (i + 1 < edits.size()) {
      CHECK_FALSE(edits[i].params.contains("parse_mode"));  // previews are plain text
      // Throttled: never two previews closer than the interval.
      if (i > 0) CHECK(edits[i].at - edits[i - 1].at >= 290ms);
    }
  }
  // The final answer, formatted, replaced the preview.
  CHECK(edits.back().params["text"] == "Alpha beta gamma <b>delta</b>");
  std::this_thread::sleep_for(300ms);
  CHECK(bot.sent().size() == 1);
}

TEST_CASE("Telegram: partial streaming over textChunkLimit sends the rest as new messages",
          "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  auto options =
      TelegramGateway(model, bot, OpenWith({{"streaming", "partial"}, {"textChunkLimit", 20}}));
  options.timings.channels.preview_throttle = 250ms;
  GatewayFixture gateway(options);
  model.SetPieceDelay(300ms);
  model.Set("m1", OpenAiStandin::Behaviour::kReply,
            {"one two three ", "four five six ", "seven eight nine"});

  bot.InjectDm(5006, "long");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("5006").size() >= 3; }, 10s));
  std::this_thread::sleep_for(200ms);
  const auto texts = bot.SentTexts("5006");  // the preview, then chunks 2 and 3
  REQUIRE(texts.size() == 3);
  const auto edits = bot.calls("editMessageText");
  REQUIRE_FALSE(edits.empty());
  const std::string first = edits.back().params["text"];
  CHECK(first + " " + texts[1] + " " + texts[2] == "one two three four five six seven eight nine");
  CHECK(first.size() <= 20);
  CHECK(texts[1].size() <= 20);
}

TEST_CASE("Telegram: block streaming sends each completed paragraph", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(
      TelegramGateway(model, bot, OpenWith({{"streaming", {{"mode", "block"}}}})));
  model.SetPieceDelay(300ms);
  model.Set("m1", OpenAiStandin::Behaviour::kReply,
            {"First paragraph.\n\n", "Second *one*.\n\n", "Third."});

  bot.InjectDm(5007, "blocks");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("5007").size() >= 3; }, 10s));
  std::this_thread::sleep_for(200ms);
  CHECK(bot.SentTexts("5007") ==
        std::vector<std::string>{"First paragraph.", "Second <i>one</i>.", "Third."});
  // The first block went out while the model was still writing.
  const auto sends = bot.calls("sendMessage");
  REQUIRE(sends.size() == 3);
  CHECK(sends[2].at - sends[0].at >= 400ms);
  CHECK(bot.calls("editMessageText").empty());
}

TEST_CASE("Telegram: progress (the default) sends a fast answer without a draft", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot, kOpenDms));

  bot.InjectDm(5008, "quick");
  REQUIRE(TelegramStandin::WaitFor([&] { return !bot.SentTexts("5008").empty(); }));
  std::this_thread::sleep_for(200ms);
  CHECK(bot.SentTexts("5008") == std::vector<std::string>{"Hello there"});
  CHECK(bot.calls("editMessageText").empty());
  CHECK_FALSE(bot.calls("sendChatAction").empty());
}

TEST_CASE("Telegram: errorPolicy decides what a failed turn tells the chat", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  model.Set("m1", OpenAiStandin::Behaviour::kUnauthorized);
  const std::string policy = GENERATE("always", "once", "silent");
  GatewayFixture gateway(TelegramGateway(model, bot, OpenWith({{"errorPolicy", policy}})));
  INFO("errorPolicy " << policy);

  bot.InjectDm(5009, "first");
  REQUIRE(TelegramStandin::WaitFor([&] { return model.requests().size() >= 1; }));
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.unacknowledged() == 0; }));
  std::this_thread::sleep_for(500ms);
  bot.InjectDm(5009, "second");
  REQUIRE(TelegramStandin::WaitFor([&] { return model.requests().size() >= 2; }));
  std::this_thread::sleep_for(800ms);
  const auto texts = bot.SentTexts("5009");
  const std::size_t expected = policy == "always" ? 2 : policy == "once" ? 1 : 0;
  REQUIRE(texts.size() == expected);
  for (const auto& text : texts) CHECK(text.starts_with("⚠️ The agent could not answer"));

  if (policy == "once") {
    // A success ends the quiet: the next failure is told again.
    model.Set("m1", OpenAiStandin::Behaviour::kReply);
    bot.InjectDm(5009, "third");
    REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("5009").size() == 2; }));
    model.Set("m1", OpenAiStandin::Behaviour::kUnauthorized);
    bot.InjectDm(5009, "fourth");
    REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("5009").size() == 3; }));
    CHECK(bot.SentTexts("5009")[2].starts_with("⚠️"));
  }
}

TEST_CASE("Telegram: rapid texts of one sender become one turn", "[telegram]") {
  OpenAiStandin model;
  TelegramStandin bot;
  GatewayFixture gateway(TelegramGateway(model, bot, kOpenDms));

  // Three texts in one getUpdates answer: one turn with all three, one reply.
  bot.InjectDm(5010, "first line");
  bot.InjectDm(5010, "second line");
  bot.InjectDm(5010, "third line");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("5010").size() == 1; }));
  std::this_thread::sleep_for(500ms);
  CHECK(bot.SentTexts("5010").size() == 1);
  auto requests = model.requests();
  REQUIRE(requests.size() == 1);
  CHECK(OpenAiStandin::LastUserText(requests[0]) == "first line\nsecond line\nthird line");

  // After the quiet time a new text is a turn of its own; a command is never batched.
  bot.InjectDm(5010, "later");
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.SentTexts("5010").size() == 2; }));
  requests = model.requests();
  REQUIRE(requests.size() == 2);
  CHECK(OpenAiStandin::LastUserText(requests[1]) == "later");

  // Another sender's text is not merged with this one's.
  bot.InjectDm(5011, "from someone else");
  bot.InjectDm(5010, "me again");
  REQUIRE(TelegramStandin::WaitFor(
      [&] { return bot.SentTexts("5010").size() == 3 && bot.SentTexts("5011").size() == 1; }));
  CHECK(model.requests().size() == 4);
  // Every event was finished: nothing stays open for a restart.
  REQUIRE(TelegramStandin::WaitFor([&] { return bot.unacknowledged() == 0; }));
}
