#include "server/runtime/utf8_json.hpp"

#include <catch2/catch.hpp>

using namespace gateway::runtime;

namespace {

const std::string kEuro = "\xE2\x82\xAC";         // U+20AC, 3 bytes
const std::string kEmoji = "\xF0\x9F\x98\x80";    // U+1F600, 4 bytes
const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

TEST_CASE("Utf8: the complete prefix never ends inside a code point", "[utf8]") {
  const std::string text = "a" + kEuro + kEmoji;
  CHECK(CompleteUtf8Prefix(text) == text.size());
  for (std::size_t cut = 0; cut <= text.size(); ++cut) {
    const std::size_t prefix = CompleteUtf8Prefix(std::string_view(text).substr(0, cut));
    CAPTURE(cut);
    CHECK(IsValidUtf8(std::string_view(text).substr(0, prefix)));
    CHECK(cut - prefix <= 3);
  }
  CHECK(CompleteUtf8Prefix("a\xE2\x82") == 1);
  CHECK(CompleteUtf8Prefix("a\xF0\x9F") == 1);
  // Invalid bytes are not "incomplete": they stay in the prefix for SanitizeUtf8.
  CHECK(CompleteUtf8Prefix("a\xFF") == 2);
  CHECK(CompleteUtf8Prefix("a\xE2\x41") == 3);
}

TEST_CASE("Utf8: validity follows the Unicode table", "[utf8]") {
  CHECK(IsValidUtf8("plain ascii"));
  CHECK(IsValidUtf8(kEuro + kEmoji));
  CHECK_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(IsValidUtf8("\xE2\x82"));          // truncated
}

TEST_CASE("Utf8: sanitizing replaces each maximal ill-formed subpart once", "[utf8]") {
  CHECK(SanitizeUtf8("ok " + kEuro) == "ok " + kEuro);
  CHECK(SanitizeUtf8("a\xFF"
                     "b") == "a" + kReplacement + "b");
  CHECK(SanitizeUtf8("a\xE2\x82") == "a" + kReplacement);  // one U+FFFD for the truncated pair
  CHECK(SanitizeUtf8("\xE2\x82\x41") == kReplacement + "A");
  CHECK(SanitizeUtf8("\xED\xA0\x80") == kReplacement + kReplacement + kReplacement);
}

TEST_CASE("Utf8: truncation keeps whole code points", "[utf8]") {
  const std::string text = "ab" + kEuro + "c";
  CHECK(TruncateUtf8(text, 100) == text);
  CHECK(TruncateUtf8(text, 2) == "ab");
  CHECK(TruncateUtf8(text, 3) == "ab");
  CHECK(TruncateUtf8(text, 4) == "ab");
  CHECK(TruncateUtf8(text, 5) == "ab" + kEuro);
}

TEST_CASE("Utf8: DumpJson never throws on text cut inside a sequence", "[utf8][json]") {
  const std::string cut = "hello " + kEmoji.substr(0, 2);
  nlohmann::json value = {{"delta", cut}};
  CHECK_THROWS(value.dump());  // what nlohmann does by default
  CHECK(DumpJson(value) == "{\"delta\":\"hello " + kReplacement + "\"}");
  CHECK(DumpJson(nlohmann::json("caf\xC3\xA9")) == "\"caf\xC3\xA9\"");
  CHECK(DumpJson(nlohmann::json::array({1, 2}), 2) == "[\n  1,\n  2\n]");
}

TEST_CASE("Utf8: a carry joins sequences split across chunks", "[utf8]") {
  const std::string text = "x" + kEuro + "y" + kEmoji + "z";
  for (std::size_t a = 0; a <= text.size(); ++a) {
    for (std::size_t b = a; b <= text.size(); ++b) {
      Utf8Carry carry;
      std::string out = carry.Push(text.substr(0, a));
      out += carry.Push(text.substr(a, b - a));
      out += carry.Push(text.substr(b));
      out += carry.Finish();
      CAPTURE(a, b);
      CHECK(out == text);
    }
  }
  Utf8Carry carry;
  CHECK(carry.Push("ab" + kEmoji.substr(0, 3)) == "ab");
  CHECK(carry.pending() == 3);
  CHECK(carry.Finish() == kReplacement);  // never completed
  CHECK(carry.Push("\xFF") == kReplacement);
}

TEST_CASE("Utf16Length and Utf16Prefix count UTF-16 units and never split a code point", "[utf8]") {
  CHECK(Utf16Length("abc") == 3);
  CHECK(Utf16Length("\xC3\xA9") == 1);          // é
  CHECK(Utf16Length("\xE2\x82\xAC") == 1);      // €
  CHECK(Utf16Length("\xF0\x9F\x98\x80") == 2);  // an emoji is a surrogate pair

  const std::string text =
      "a\xF0\x9F\x98\x80"
      "b";  // a😀b: 4 units
  CHECK(Utf16Prefix(text, 4) == text);
  CHECK(Utf16Prefix(text, 3) == "a\xF0\x9F\x98\x80");
  CHECK(Utf16Prefix(text, 2) == "a");  // half a surrogate pair is not kept
  CHECK(Utf16Prefix(text, 0).empty());
}
