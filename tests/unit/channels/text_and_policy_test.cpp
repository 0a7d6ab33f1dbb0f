// Outbound chunking and the DM policy rules.
#include <catch2/catch.hpp>

#include "server/channels/pairing_store.hpp"
#include "server/channels/telegram/dm_policy.hpp"
#include "server/channels/text_chunks.hpp"

using namespace gateway;
using namespace gateway::channels;
using namespace gateway::channels::telegram;

TEST_CASE("Channels: text chunks", "[channels]") {
  SECTION("short text is one chunk, trimmed") {
    CHECK(ChunkText("  hello  ", 10) == std::vector<std::string>{"hello"});
    CHECK(ChunkText("   ", 10).empty());
  }
  SECTION("word boundaries") {
    CHECK(ChunkText("aaa bbb ccc", 7) == std::vector<std::string>{"aaa bbb", "ccc"});
    CHECK(ChunkText("aaa bbb ccc", 5) == std::vector<std::string>{"aaa", "bbb", "ccc"});
  }
  SECTION("a paragraph break in the second half wins over a later space") {
    const std::string text = "first paragraph here\n\nsecond one goes on";
    CHECK(ChunkText(text, 30) ==
          std::vector<std::string>{"first paragraph here", "second one goes on"});
  }
  SECTION("a word longer than the limit is cut hard") {
    CHECK(ChunkText("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
  }
  SECTION("never inside a UTF-8 sequence; limits count code points") {
    const std::string text = "ééééé";  // 5 code points, 10 bytes
    const auto chunks = ChunkText(text, 2);
    CHECK(chunks == std::vector<std::string>{"éé", "éé", "é"});
    const std::string emoji = "😀😀😀";
    CHECK(ChunkText(emoji, 2) == std::vector<std::string>{"😀😀", "😀"});
    CHECK(CodePoints(emoji) == 3);
  }
  SECTION("every chunk within the limit, nothing lost but whitespace") {
    std::string text;
    for (int i = 0; i < 300; ++i) text += "word" + std::to_string(i) + (i % 17 == 0 ? "\n\n" : " ");
    const auto chunks = ChunkText(text, 100);
    std::string joined, squeezed;
    for (const auto& chunk : chunks) {
      CHECK(CodePoints(chunk) <= 100);
      for (char c : chunk) {
        if (c != ' ' && c != '\n') joined += c;
      }
    }
    for (char c : text) {
      if (c != ' ' && c != '\n') squeezed += c;
    }
    CHECK(joined == squeezed);
  }
  SECTION("HTML escaping") { CHECK(EscapeHtml("a<b>&c") == "a&lt;b&gt;&amp;c"); }
}

TEST_CASE("Telegram: allowFrom normalization and the DM policy", "[telegram]") {
  CHECK(NormalizeAllowEntry(" tg:123 ") == "123");
  CHECK(NormalizeAllowEntry("Telegram:456") == "456");
  CHECK(NormalizeAllowEntry("*") == "*");
  CHECK_FALSE(NormalizeAllowEntry("@someone"));
  CHECK_FALSE(NormalizeAllowEntry(""));
  CHECK_FALSE(NormalizeAllowEntry("12a"));

  const std::vector<std::string> list = {"123"};
  const std::vector<std::string> everyone = {"*"};
  using P = proto::DmPolicy;
  CHECK(DecideDm(P::kPairing, list, "123", false) == DmDecision::kAdmit);
  CHECK(DecideDm(P::kPairing, list, "999", false) == DmDecision::kPair);
  CHECK(DecideDm(P::kPairing, list, "999", true) == DmDecision::kAdmit);
  CHECK(DecideDm(P::kAllowlist, list, "999", true) == DmDecision::kDrop);
  CHECK(DecideDm(P::kAllowlist, list, "123", false) == DmDecision::kAdmit);
  CHECK(DecideDm(P::kOpen, everyone, "999", false) == DmDecision::kAdmit);
  CHECK(DecideDm(P::kOpen, list, "999", false) == DmDecision::kDrop);
  CHECK(DecideDm(P::kDisabled, everyone, "123", true) == DmDecision::kDrop);
}

TEST_CASE("Telegram: the pairing reply and codes", "[telegram]") {
  const auto text = PairingReplyHtml("1001", "ABCD2345", "");
  CHECK(text ==
        "OpenClaw: access not configured.\n\nYour Telegram user id: 1001\nPairing code:\n"
        "<pre><code>ABCD2345</code></pre>\n\nAsk the bot owner to approve with:\n"
        "<pre><code>openclaw pairing approve telegram ABCD2345</code></pre>");
  CHECK(PairingReplyHtml("1", "X", "work").find("approve telegram X --profile work") !=
        std::string::npos);
  for (int i = 0; i < 50; ++i) {
    const auto code = NewPairingCode();
    REQUIRE(code.size() == kPairingCodeLength);
    for (char c : code) CHECK(kPairingAlphabet.find(c) != std::string_view::npos);
  }
}
