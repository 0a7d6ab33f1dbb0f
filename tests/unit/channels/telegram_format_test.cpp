// Markdown → Telegram HTML, the send targets, and the group gating rules.
#include "server/channels/telegram/telegram_format.hpp"

#include <catch2/catch.hpp>

#include "server/channels/telegram/group_policy.hpp"
#include "server/channels/telegram/outbound_sender.hpp"

using namespace gateway;
using namespace gateway::channels;
using namespace gateway::channels::telegram;

TEST_CASE("Telegram format: Markdown to Telegram HTML", "[channels][telegram]") {
  CHECK(MarkdownToTelegramHtml("plain <b> & text") == "plain &lt;b&gt; &amp; text");
  CHECK(MarkdownToTelegramHtml("**bold** and *it* and _it_ and ~~gone~~") ==
        "<b>bold</b> and <i>it</i> and <i>it</i> and <s>gone</s>");
  CHECK(MarkdownToTelegramHtml("`a<b` code") == "<code>a&lt;b</code> code");
  CHECK(MarkdownToTelegramHtml("see [the docs](https://x.test/a?b=1&c=\"2\")") ==
        "see <a href=\"https://x.test/a?b=1&amp;c=&quot;2&quot;\">the docs</a>");
  CHECK(MarkdownToTelegramHtml("[no scheme](javascript:alert(1))") ==
        "[no scheme](javascript:alert(1))");
  CHECK(MarkdownToTelegramHtml("```cpp\nint a = 1 < 2;\n```\nafter") ==
        "<pre><code class=\"language-cpp\">int a = 1 &lt; 2;</code></pre>\nafter");
  // Unclosed or in-word markers stay literal.
  CHECK(MarkdownToTelegramHtml("2 * 3 = 6 and snake_case_name") == "2 * 3 = 6 and snake_case_name");
  CHECK(MarkdownToTelegramHtml("**never closed") == "**never closed");
  CHECK(MarkdownToTelegramHtml("**bold *and it***") == "<b>bold <i>and it</i></b>");
}

TEST_CASE("Telegram format: chunks keep their plain text", "[channels][telegram]") {
  const auto chunks = FormatChunks("**first** part here and **second** part", false, 20);
  REQUIRE(chunks.size() == 2);
  CHECK(chunks[0].plain == "**first** part here");
  CHECK(chunks[0].html == "<b>first</b> part here");
  CHECK(chunks[1].html == "and <b>second</b> part");
  BotError parse{.kind = BotErrorKind::kApi,
                 .error_code = 400,
                 .description = "Bad Request: can't parse entities: unexpected end tag",
                 .retry_after = {}};
  CHECK(IsParseEntitiesError(parse));
  parse.description = "Bad Request: chat not found";
  CHECK_FALSE(IsParseEntitiesError(parse));
}

TEST_CASE("Telegram send targets", "[channels][telegram]") {
  CHECK(ParseTarget("123")->chat_id == "123");
  CHECK(ParseTarget(" tg:-100123 ")->chat_id == "-100123");
  CHECK(ParseTarget("TELEGRAM:@my_channel")->chat_id == "@my_channel");
  const auto topic = ParseTarget("-100123:topic:7");
  REQUIRE(topic);
  CHECK(topic->chat_id == "-100123");
  CHECK(topic->thread_id == 7);
  for (const char* bad : {"", "abc", "@ab", "12x", "0", "-100:topic:x", "tg:", "@bad-name"}) {
    INFO(bad);
    CHECK_FALSE(ParseTarget(bad));
  }
}

TEST_CASE("Telegram group gating", "[channels][telegram]") {
  InboundMessage message;
  message.chat_id = "-5";
  message.chat_type = "supergroup";
  message.sender_id = "7";
  message.text = "hi";
  GroupSettings settings;
  settings.sender_allow = {"7"};

  SECTION("allowlist without groups blocks every group") {
    CHECK(DecideGroup(settings, message, true).verdict == GroupVerdict::kGroupBlocked);
  }
  settings.groups["-5"] = GroupRule{};
  SECTION("a listed group needs a mention by default, and an allowed sender") {
    CHECK(DecideGroup(settings, message, false).verdict == GroupVerdict::kNotMentioned);
    CHECK(DecideGroup(settings, message, true).verdict == GroupVerdict::kAnswer);
    message.sender_id = "8";
    CHECK(DecideGroup(settings, message, true).verdict == GroupVerdict::kSenderBlocked);
  }
  SECTION("a group entry with groupPolicy open admits any sender") {
    settings.groups["-5"].group_policy = proto::GroupPolicy::kOpen;
    message.sender_id = "8";
    CHECK(DecideGroup(settings, message, true).verdict == GroupVerdict::kAnswer);
  }
  SECTION("disabled policy or group") {
    settings.groups["-5"].enabled = false;
    CHECK(DecideGroup(settings, message, true).verdict == GroupVerdict::kGroupBlocked);
    settings.groups["-5"].enabled = true;
    settings.policy = proto::GroupPolicy::kDisabled;
    CHECK(DecideGroup(settings, message, true).verdict == GroupVerdict::kGroupBlocked);
  }
  SECTION("a topic's settings win over its group's") {
    GroupRule topic;
    topic.require_mention = false;
    topic.system_prompt = "topic prompt";
    settings.groups["-5"].topics["9"] = topic;
    message.thread_id = 9;
    message.is_topic_message = true;
    const auto decision = DecideGroup(settings, message, false);
    CHECK(decision.verdict == GroupVerdict::kAnswer);
    CHECK(decision.system_prompt == "topic prompt");
  }
  SECTION("mentions") {
    const BotIdentity me{.id = "42", .username = "My_Bot"};
    message.text = "hey @my_bot!";
    CHECK(IsMentioned(message, me, {}));
    message.text = "hey @my_bot_two";
    CHECK_FALSE(IsMentioned(message, me, {}));
    message.reply_to_sender_id = "42";
    CHECK(IsMentioned(message, me, {}));
    message.reply_to_sender_id.reset();
    message.text = "OK Claw, go";
    CHECK(IsMentioned(message, me, {"\\bok claw\\b"}));
    CHECK_FALSE(IsMentioned(message, me, {"\\bnope\\b"}));
  }
}
