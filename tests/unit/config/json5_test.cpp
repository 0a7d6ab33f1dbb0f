#include "server/config/json5.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace {

using gateway::config::Json5Document;
using gateway::config::Json5Error;
using gateway::config::Json5Position;
using gateway::config::ParseJson5;
using Json = nlohmann::ordered_json;

Json Parse(std::string_view text) { return ParseJson5(text).value; }

// "<line>:<column>: <reason>" of the error, or "parsed".
std::string ErrorOf(std::string_view text, int max_depth = 128) {
  try {
    ParseJson5(text, max_depth);
  } catch (const Json5Error& error) {
    return error.what();
  }
  return "parsed";
}

// "<line>:<column>" recorded for a JSON pointer, or "missing".
std::string At(const Json5Document& doc, const std::string& pointer) {
  const auto it = doc.positions.find(pointer);
  if (it == doc.positions.end()) return "missing";
  return std::to_string(it->second.line) + ":" + std::to_string(it->second.column);
}

std::string Repeat(std::string_view piece, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("JSON5: kitchen-sink example from json5.org", "[config][json5]") {
  const Json5Document doc =
      ParseJson5(R"json5(// This file is written in JSON5 syntax, naturally, but npm needs a regular
// JSON file, so compile via `npm run build`. Be sure to keep both in sync!
{
  // comments
  unquoted: 'and you can quote me on that',
  singleQuotes: 'I can use "double quotes" here',
  lineBreaks: "Look, Mom! \
No \\n's!",
  hexadecimal: 0xdecaf,
  leadingDecimalPoint: .8675309, andTrailing: 8675309.,
  positiveSign: +1,
  trailingComma: 'in objects', andIn: ['arrays',],
  "backwardsCompatible": "with JSON",
}
)json5");
  const Json expected = Json::parse(R"({
    "unquoted": "and you can quote me on that",
    "singleQuotes": "I can use \"double quotes\" here",
    "lineBreaks": "Look, Mom! No \\n's!",
    "hexadecimal": 912559,
    "leadingDecimalPoint": 0.8675309,
    "andTrailing": 8675309.0,
    "positiveSign": 1,
    "trailingComma": "in objects",
    "andIn": ["arrays"],
    "backwardsCompatible": "with JSON"
  })");
  CHECK(doc.value == expected);
  CHECK(doc.value.dump() == expected.dump());  // same key order too
  CHECK(doc.value["hexadecimal"].is_number_integer());
  CHECK(doc.value["andTrailing"].is_number_float());
  CHECK(At(doc, "") == "3:1");
  CHECK(At(doc, "/lineBreaks") == "7:15");
  CHECK(At(doc, "/hexadecimal") == "9:16");
  CHECK(At(doc, "/andIn/0") == "12:40");
}

TEST_CASE("JSON5: spec examples for objects arrays strings and numbers", "[config][json5]") {
  SECTION("objects") {
    const Json value = Parse(R"({
    image: {
        width: 1920,
        height: 1080,
        'aspect-ratio': '16:9',
    }
})");
    CHECK(value == Json::parse(R"({"image":{"width":1920,"height":1080,"aspect-ratio":"16:9"}})"));
  }
  SECTION("arrays") {
    const Json value = Parse("[\n    { name: 'Joe', age: 27 },\n    { name: 'Jane', age: 32 },\n]");
    CHECK(value == Json::parse(R"([{"name":"Joe","age":27},{"name":"Jane","age":32}])"));
  }
  SECTION("strings") {
    CHECK(Parse("'Lorem ipsum dolor sit amet, \\\nconsectetur adipiscing elit.'") ==
          "Lorem ipsum dolor sit amet, consectetur adipiscing elit.");
    CHECK(Parse(R"('\A\C\/\D\C')") == "AC/DC");
  }
  SECTION("numbers") {
    const Json value = Parse(R"({
  integer: 123,
  withFractionPart: 123.456,
  onlyFractionPart: .456,
  withExponent: 123e-456,
  hexadecimal: 0x7B,
  positiveInfinity: Infinity,
  negativeInfinity: -Infinity,
  notANumber: NaN,
})");
    CHECK(value["integer"] == 123);
    CHECK(value["withFractionPart"] == 123.456);
    CHECK(value["onlyFractionPart"] == 0.456);
    CHECK(value["withExponent"] == 0.0);  // underflows to zero, as in JavaScript
    CHECK(value["hexadecimal"] == 123);
    CHECK(value["positiveInfinity"] == std::numeric_limits<double>::infinity());
    CHECK(value["negativeInfinity"] == -std::numeric_limits<double>::infinity());
    CHECK(std::isnan(value["notANumber"].get<double>()));
  }
  SECTION("comments") {
    CHECK(Parse("/* This is a multi-line\n   comment. */\n// This is a single line comment.\n42") ==
          42);
  }
}

TEST_CASE("JSON5: plain JSON parses like nlohmann json", "[config][json5]") {
  const std::string text = R"({"a": [1, -2, 3.5, 1e3, true, false, null, "x\u00e9\n"],
    "b": {"c": {}, "d": []}, "e": ""})";
  const Json5Document doc = ParseJson5(text);
  CHECK(doc.value == Json::parse(text));
  CHECK(doc.value.dump() == Json::parse(text).dump());
}

TEST_CASE("JSON5: top-level scalars and literals", "[config][json5]") {
  CHECK(Parse("null").is_null());
  CHECK(Parse("true") == true);
  CHECK(Parse("false") == false);
  CHECK(Parse("'text'") == "text");
  CHECK(Parse("  7  ") == 7);
  CHECK(Parse("[null,true,false]") == Json::parse("[null,true,false]"));
  CHECK(Parse("{}") == Json::object());
  CHECK(Parse("[]") == Json::array());
  CHECK(Parse("{ /* empty */ }") == Json::object());
}

TEST_CASE("JSON5: every string escape", "[config][json5]") {
  CHECK(Parse(R"("\'\"\\\b\f\n\r\t\v")") == "'\"\\\b\f\n\r\t\v");
  CHECK(Parse(R"('\'\"')") == "'\"");
  CHECK(Parse(R"("a\0b")") == std::string("a\0b", 3));
  CHECK(Parse(R"("\0")") == std::string(1, '\0'));
  CHECK(Parse(R"("\x41\x7a\xE9")") == "Az\xC3\xA9");
  CHECK(Parse(R"("\u0041\u00e9\u20AC\uFFFF")") == "A\xC3\xA9\xE2\x82\xAC\xEF\xBF\xBF");
  CHECK(Parse(R"("\u0000")") == std::string(1, '\0'));
  CHECK(Parse(R"("\uD83D\uDE00")") == "\xF0\x9F\x98\x80");
  CHECK(Parse(R"("\udbff\udfff")") == "\xF4\x8F\xBF\xBF");
  SECTION("other characters stand for themselves") {
    CHECK(Parse(R"("\a\c\/\z\ \é\$")") == "ac/z \xC3\xA9$");
  }
  SECTION("line continuations vanish") {
    CHECK(Parse("'a\\\nb'") == "ab");
    CHECK(Parse("'a\\\rb'") == "ab");
    CHECK(Parse("'a\\\r\nb'") == "ab");
    CHECK(Parse("'a\\\u2028b'") == "ab");
    CHECK(Parse("'a\\\u2029b'") == "ab");
  }
  SECTION("unescaped characters") {
    CHECK(Parse("'a\u2028b\u2029c'") == "a\u2028b\u2029c");
    CHECK(Parse("'tab\there'") == "tab\there");
    CHECK(Parse("\"it's\"") == "it's");
    CHECK(Parse("'say \"hi\"'") == "say \"hi\"");
    CHECK(Parse("'日本語 \xF0\x9F\x98\x80'") == "日本語 \xF0\x9F\x98\x80");
    CHECK(Parse("''") == "");
  }
}

TEST_CASE("JSON5: every number form", "[config][json5]") {
  SECTION("integers") {
    CHECK(Parse("0") == 0);
    CHECK(Parse("-0") == 0);
    CHECK(Parse("+0") == 0);
    CHECK(Parse("42") == 42);
    CHECK(Parse("+42") == 42);
    CHECK(Parse("-42") == -42);
    CHECK(Parse("9223372036854775807") == std::numeric_limits<std::int64_t>::max());
    CHECK(Parse("-9223372036854775808") == std::numeric_limits<std::int64_t>::min());
    CHECK(Parse("42").is_number_integer());
    CHECK(Parse("-9223372036854775808").is_number_integer());
  }
  SECTION("integers beyond int64 become doubles") {
    const Json big = Parse("9223372036854775808");
    CHECK(big.is_number_float());
    CHECK(big == 9223372036854775808.0);
    CHECK(Parse("-9223372036854775809") == -9223372036854775808.0);
    // std::string(1, '1') + ...: `"1" + string&&` trips GCC 12's false -Wrestrict (bug 105651).
    CHECK(Parse(std::string(1, '1') + std::string(400, '0')) ==
          std::numeric_limits<double>::infinity());
  }
  SECTION("hexadecimal") {
    CHECK(Parse("0x0") == 0);
    CHECK(Parse("0xff") == 255);
    CHECK(Parse("0XFF") == 255);
    CHECK(Parse("0xDeadBeef") == 3735928559);
    CHECK(Parse("-0x10") == -16);
    CHECK(Parse("+0x10") == 16);
    CHECK(Parse("0x7FFFFFFFFFFFFFFF") == std::numeric_limits<std::int64_t>::max());
    CHECK(Parse("-0x8000000000000000") == std::numeric_limits<std::int64_t>::min());
    CHECK(Parse("-0x8000000000000000").is_number_integer());
    const Json big = Parse("0x8000000000000000");
    CHECK(big.is_number_float());
    CHECK(big == 9223372036854775808.0);
    CHECK(Parse("0x10000000000000000") == 18446744073709551616.0);
    CHECK(Parse("-0x10000000000000000") == -18446744073709551616.0);
    CHECK(Parse("0x" + std::string(300, 'F')) == std::numeric_limits<double>::infinity());
  }
  SECTION("decimal points and exponents") {
    CHECK(Parse("1.5") == 1.5);
    CHECK(Parse(".5") == 0.5);
    CHECK(Parse("+.5") == 0.5);
    CHECK(Parse("-.5") == -0.5);
    CHECK(Parse("5.") == 5.0);
    CHECK(Parse("5.").is_number_float());
    CHECK(Parse("-5.") == -5.0);
    CHECK(Parse("0.0") == 0.0);
    CHECK(Parse("1e3") == 1000.0);
    CHECK(Parse("1e3").is_number_float());
    CHECK(Parse("1E+3") == 1000.0);
    CHECK(Parse("1e-3") == 0.001);
    CHECK(Parse("5.e2") == 500.0);
    CHECK(Parse(".5e1") == 5.0);
    CHECK(Parse("0e0") == 0.0);
    CHECK(Parse("0.1e-2") == 0.001);
    CHECK(Parse("1e400") == std::numeric_limits<double>::infinity());
    CHECK(Parse("-1e400") == -std::numeric_limits<double>::infinity());
    CHECK(Parse("1e-400") == 0.0);
    CHECK(Parse("0." + std::string(400, '0') + "1e420") == 1e19);
    CHECK(Parse("1e99999999999999999999") == std::numeric_limits<double>::infinity());
  }
  SECTION("infinity and NaN") {
    const double infinity = std::numeric_limits<double>::infinity();
    CHECK(Parse("Infinity") == infinity);
    CHECK(Parse("+Infinity") == infinity);
    CHECK(Parse("-Infinity") == -infinity);
    CHECK(std::isnan(Parse("NaN").get<double>()));
    CHECK(std::isnan(Parse("+NaN").get<double>()));
    CHECK(std::isnan(Parse("-NaN").get<double>()));
  }
  SECTION("numbers end at punctuation and whitespace") {
    CHECK(Parse("[1,-2,.3,4.,0x5,6e1,Infinity,NaN]").size() == 8);
    CHECK(Parse("{a:1}") == Json::parse(R"({"a":1})"));
    CHECK(Parse("[1/* c */,2// c\n]") == Json::parse("[1,2]"));
    CHECK(Parse("1\u00a0") == 1);
  }
}

TEST_CASE("JSON5: identifier keys", "[config][json5]") {
  const Json value = Parse(R"({
    $: 1, _: 2, $_a1: 3, camelCase: 4, snake_case9: 5,
    \u0061b: 6, a\u0062c: 7, \u0024x: 8, a\u0031: 9,
    null: 10, true: 11, false: 12, Infinity: 13, NaN: 14, default: 15,
    ünïcödé: 16, 日本: 17, ʘ\u02A0: 18,
  })");
  const Json expected = Json::parse(R"({
    "$": 1, "_": 2, "$_a1": 3, "camelCase": 4, "snake_case9": 5,
    "ab": 6, "abc": 7, "$x": 8, "a1": 9,
    "null": 10, "true": 11, "false": 12, "Infinity": 13, "NaN": 14, "default": 15,
    "ünïcödé": 16, "日本": 17, "ʘʠ": 18
  })");
  CHECK(value == expected);
  CHECK(value.dump() == expected.dump());
  CHECK(Parse("{'single': 1, \"double\": 2, '': 3}") ==
        Json::parse(R"({"single":1,"double":2,"":3})"));
  CHECK(Parse(R"({'a\nb': 1})") == Json::parse(R"({"a\nb":1})"));
}

TEST_CASE("JSON5: whitespace and comments", "[config][json5]") {
  SECTION("every whitespace character") {
    const std::string space =
        "\t\v\f \r\n\u00a0\ufeff\u2028\u2029\u1680\u2000\u2005\u200a\u202f\u205f\u3000";
    CHECK(Parse(space + "[" + space + "1" + space + "," + space + "]" + space) ==
          Json::parse("[1]"));
    CHECK(Parse(space + "{" + space + "a" + space + ":" + space + "1" + space + "}") ==
          Json::parse(R"({"a":1})"));
  }
  SECTION("a leading byte order mark") {
    const Json5Document doc = ParseJson5("\ufeff{a: 1}");
    CHECK(doc.value == Json::parse(R"({"a":1})"));
    CHECK(At(doc, "/a") == "1:5");  // editors do not show the mark, so it takes no column
  }
  SECTION("comments anywhere between tokens") {
    CHECK(Parse("/*a*/{/*b*/x/*c*/:/*d*/1/*e*/,/*f*/}/*g*/") == Json::parse(R"({"x":1})"));
    CHECK(Parse("// head\n[ // one\n1, // two\n] // tail") == Json::parse("[1]"));
    CHECK(Parse("[1] // no newline at end") == Json::parse("[1]"));
    CHECK(Parse("/**/1") == 1);
    CHECK(Parse("/***/1") == 1);
    CHECK(Parse("/* ** / * // */1") == 1);
    CHECK(Parse("// a\u2028 2") == 2);
    CHECK(Parse("'// not /* a comment */'") == "// not /* a comment */");
  }
}

TEST_CASE("JSON5: keys keep file order", "[config][json5]") {
  const Json value = Parse("{zebra: 1, apple: 2, mango: {y: 1, b: 2}}");
  CHECK(value.dump() == R"({"zebra":1,"apple":2,"mango":{"y":1,"b":2}})");
}

TEST_CASE("JSON5: duplicate keys keep the last value", "[config][json5]") {
  const Json5Document doc = ParseJson5("{\n a: {x: 1, y: [2]},\n b: 2,\n 'a': 3,\n}");
  CHECK(doc.value.dump() == R"({"a":3,"b":2})");  // first place, last value
  CHECK(At(doc, "/a") == "4:7");
  CHECK(At(doc, "/a/x") == "missing");
  CHECK(At(doc, "/a/y") == "missing");
  CHECK(At(doc, "/a/y/0") == "missing");
  CHECK(doc.positions.size() == 3);

  const Json5Document nested = ParseJson5("{a: 1, ab: 2, a: {c: 3}, a: {d: 4}}");
  CHECK(nested.value.dump() == R"({"a":{"d":4},"ab":2})");
  CHECK(At(nested, "/ab") == "1:12");
  CHECK(At(nested, "/a") == "1:29");
  CHECK(At(nested, "/a/c") == "missing");
  CHECK(At(nested, "/a/d") == "1:33");

  CHECK(Parse("{a: 1, b: 2, a: 3, b: 4, c: 5, a: 6}").dump() == R"({"a":6,"b":4,"c":5})");
}

TEST_CASE("JSON5: positions of nested values", "[config][json5]") {
  const Json5Document doc = ParseJson5(R"({
  server: {
    port: 8080,
    hosts: ['a', "b"],
  },
  'we/ird~key': null,
  ünï: [ { x: 1 } ],
  s: "日本語", n: 1,
})");
  CHECK(At(doc, "") == "1:1");
  CHECK(At(doc, "/server") == "2:11");
  CHECK(At(doc, "/server/port") == "3:11");
  CHECK(At(doc, "/server/hosts") == "4:12");
  CHECK(At(doc, "/server/hosts/0") == "4:13");
  CHECK(At(doc, "/server/hosts/1") == "4:18");
  CHECK(At(doc, "/we~1ird~0key") == "6:17");
  CHECK(At(doc, "/ünï") == "7:8");
  CHECK(At(doc, "/ünï/0") == "7:10");
  CHECK(At(doc, "/ünï/0/x") == "7:15");
  CHECK(At(doc, "/s") == "8:6");
  CHECK(At(doc, "/n") == "8:16");  // columns count code points, not bytes
  CHECK(doc.positions.size() == 12);
  CHECK(doc.value["we/ird~key"].is_null());

  SECTION("signed numbers start at the sign") {
    const Json5Document signs = ParseJson5("[ -1, +2 ]");
    CHECK(At(signs, "/0") == "1:3");
    CHECK(At(signs, "/1") == "1:7");
  }
  SECTION("a scalar root after comments") {
    CHECK(At(ParseJson5("// c\n  /* c */ 'x'"), "") == "2:11");
  }
  SECTION("indices count in arrays of arrays") {
    const Json5Document arrays = ParseJson5("[[1,2],[3,[4]]]");
    CHECK(At(arrays, "/1/1/0") == "1:12");
    CHECK(At(arrays, "/0/1") == "1:5");
    CHECK(arrays.positions.size() == 8);
  }
}

TEST_CASE("JSON5: CRLF and other line breaks", "[config][json5]") {
  const Json5Document doc =
      ParseJson5("{\r\n  a: 1,\r\n  b: [\r\n    2,\r\n  ],\r\n  c: 'x\\\r\ny',\r\n}\r\n");
  CHECK(doc.value.dump() == R"({"a":1,"b":[2],"c":"xy"})");
  CHECK(At(doc, "/a") == "2:6");
  CHECK(At(doc, "/b") == "3:6");
  CHECK(At(doc, "/b/0") == "4:5");
  CHECK(At(doc, "/c") == "6:6");
  CHECK(ErrorOf("{\r\n  a: 1,\r\n  b: x\r\n}") == "3:6: invalid character 'x'");
  CHECK(ErrorOf("// c\r\n/* c\r\n c */ x") == "3:7: invalid character 'x'");

  const Json5Document lone_cr = ParseJson5("{\ra: 1,\rb: 2}");
  CHECK(At(lone_cr, "/b") == "3:4");
  const Json5Document separators = ParseJson5("[\u2028 1,\u2029 2]");
  CHECK(At(separators, "/0") == "2:2");
  CHECK(At(separators, "/1") == "3:2");
  CHECK(At(ParseJson5("['a\\\nb', 'c\\\r\nd', 3]"), "/2") == "3:5");
}

TEST_CASE("JSON5: nesting up to the limit parses", "[config][json5]") {
  const Json arrays = Parse(Repeat("[", 128) + Repeat("]", 128));
  CHECK(arrays.dump() == Repeat("[", 128) + Repeat("]", 128));
  const Json objects = Parse(Repeat("{a:", 127) + "{}" + Repeat("}", 127));
  CHECK(objects.dump().size() == 127 * 6 + 2);
  CHECK(ParseJson5("[[1]]", 2).value == Json::parse("[[1]]"));
  CHECK(ParseJson5("1", 0).value == 1);
}

TEST_CASE("JSON5: large flat containers parse quickly", "[config][json5]") {
  std::string text = "{";
  for (int i = 0; i < 100000; ++i) {
    // Appended piecewise: `"k" + string&&` trips GCC 12's false -Wrestrict (bug 105651).
    text += 'k';
    text += std::to_string(i);
    text += ": ";
    text += std::to_string(i);
    text += ',';
  }
  text += "k5: 'again'}";
  const auto started = std::chrono::steady_clock::now();
  const Json5Document doc = ParseJson5(text);
  const auto elapsed = std::chrono::steady_clock::now() - started;
  CHECK(doc.value.size() == 100000);
  CHECK(doc.value["k5"] == "again");
  CHECK(doc.value["k99999"] == 99999);
  CHECK(doc.value.items().begin().key() == "k0");
  CHECK(elapsed < std::chrono::seconds(5));  // a quadratic key lookup would take minutes
}

TEST_CASE("JSON5: realistic openclaw config", "[config][json5]") {
  const Json5Document doc = ParseJson5(R"json5(// ~/.openclaw/openclaw.json
// Gateway configuration. JSON5: comments and trailing commas are fine.
{
  gateway: {
    port: 18789,
    bind: 'loopback',
    auth: {
      mode: 'token',
      token: '${OPENCLAW_GATEWAY_TOKEN}',  // resolved later, not by the parser
    },
  },

  agents: {
    defaults: {
      workspace: '~/.openclaw/workspace',
      model: {
        primary: 'anthropic/claude-opus-4-5',
        fallbacks: ['openai/gpt-5.2',],
      },
      timeoutSeconds: 600,
      temperature: .2,
    },
  },

  /* Channels */
  channels: {
    telegram: {
      enabled: true,
      botToken: "${TELEGRAM_BOT_TOKEN}",
      allowFrom: ['+15555550123', "tg:123456789"],
    },
    whatsapp: {
      groups: { '*': { requireMention: true, }, },
    },
  },

  logging: { level: 'info', file: '/tmp/openclaw/openclaw-${DATE}.log', },
}
)json5");
  const Json& value = doc.value;
  CHECK(value["gateway"]["port"] == 18789);
  CHECK(value["gateway"]["auth"]["token"] == "${OPENCLAW_GATEWAY_TOKEN}");
  CHECK(value["channels"]["telegram"]["botToken"] == "${TELEGRAM_BOT_TOKEN}");
  CHECK(value["channels"]["telegram"]["allowFrom"] ==
        Json::parse(R"(["+15555550123","tg:123456789"])"));
  CHECK(value["channels"]["whatsapp"]["groups"]["*"]["requireMention"] == true);
  CHECK(value["agents"]["defaults"]["model"]["fallbacks"] == Json::parse(R"(["openai/gpt-5.2"])"));
  CHECK(value["agents"]["defaults"]["temperature"] == 0.2);
  CHECK(value["logging"]["file"] == "/tmp/openclaw/openclaw-${DATE}.log");
  CHECK(value.dump().find("\"gateway\":{\"port\":18789") == 1);  // file order kept
  CHECK(At(doc, "/gateway/auth/token") == "9:14");
  CHECK(At(doc, "/channels/whatsapp/groups/*/requireMention") == "33:40");
  CHECK(At(doc, "/agents/defaults/model/fallbacks/0") == "18:21");
}

TEST_CASE("JSON5: errors carry line column and reason", "[config][json5]") {
  try {
    ParseJson5("{\n  a: 1,\n  b: @,\n}");
    FAIL("expected a Json5Error");
  } catch (const Json5Error& error) {
    CHECK(error.where().line == 3);
    CHECK(error.where().column == 6);
    CHECK(error.reason() == "invalid character '@'");
    CHECK(std::string(error.what()) == "3:6: invalid character '@'");
  }
  const Json5Error error(Json5Position{7, 9}, "some reason");
  CHECK(std::string(error.what()) == "7:9: some reason");
  CHECK_THROWS_AS(ParseJson5("["), std::runtime_error);
}

TEST_CASE("JSON5: unterminated constructs fail at their start", "[config][json5]") {
  CHECK(ErrorOf("\"abc") == "1:1: unterminated string");
  CHECK(ErrorOf("{a: 'abc") == "1:5: unterminated string");
  CHECK(ErrorOf("'abc\\") == "1:1: unterminated string");
  CHECK(ErrorOf("/* comment") == "1:1: unterminated comment");
  CHECK(ErrorOf("[1,\n  /* x */ /* y ") == "2:11: unterminated comment");
  CHECK(ErrorOf("/*/ 1") == "1:1: unterminated comment");
  CHECK(ErrorOf("{a: 1") == "1:1: unterminated object");
  CHECK(ErrorOf("{") == "1:1: unterminated object");
  CHECK(ErrorOf("{a") == "1:1: unterminated object");
  CHECK(ErrorOf("{a:") == "1:1: unterminated object");
  CHECK(ErrorOf("{a: 1,") == "1:1: unterminated object");
  CHECK(ErrorOf("[") == "1:1: unterminated array");
  CHECK(ErrorOf("[1, 2") == "1:1: unterminated array");
  CHECK(ErrorOf("[1,") == "1:1: unterminated array");
  CHECK(ErrorOf("{\n  a: [1, 2\n") == "2:6: unterminated array");
  CHECK(ErrorOf("[{a: [], b: {}") == "1:2: unterminated object");
}

TEST_CASE("JSON5: invalid escapes fail at the backslash", "[config][json5]") {
  CHECK(ErrorOf(R"("\1")") == "1:2: invalid escape");
  CHECK(ErrorOf(R"('ab\9')") == "1:4: invalid escape");
  CHECK(ErrorOf(R"("\00")") == "1:2: invalid escape");
  CHECK(ErrorOf(R"("\05")") == "1:2: invalid escape");
  CHECK(ErrorOf(R"("\x4")") == "1:2: invalid escape");
  CHECK(ErrorOf(R"("\xG0")") == "1:2: invalid escape");
  CHECK(ErrorOf(R"("\u12G4")") == "1:2: invalid escape");
  CHECK(ErrorOf(R"("\u12")") == "1:2: invalid escape");
  CHECK(ErrorOf(R"("ab\uDC00")") == "1:4: lone surrogate");
  CHECK(ErrorOf(R"("\uD800")") == "1:2: lone surrogate");
  CHECK(ErrorOf(R"("\uD800x")") == "1:2: lone surrogate");
  CHECK(ErrorOf(R"("\uD800\n")") == "1:2: lone surrogate");
  CHECK(ErrorOf(R"("\uD800\u0041")") == "1:2: lone surrogate");
  CHECK(ErrorOf(R"("\uD800\uD800")") == "1:2: lone surrogate");
  CHECK(ErrorOf(R"("\uD800\uZZZZ")") == "1:8: invalid escape");
  CHECK(ErrorOf(R"({a\x41: 1})") == "1:3: invalid escape");
  CHECK(ErrorOf(R"({\u0020a: 1})") == "1:2: invalid identifier escape");
  CHECK(ErrorOf(R"({\u0031: 1})") == "1:2: invalid identifier escape");
  CHECK(ErrorOf(R"({a\u002D: 1})") == "1:3: invalid identifier escape");
  CHECK(ErrorOf(R"({a\uDE00: 1})") == "1:3: lone surrogate");
}

TEST_CASE("JSON5: raw line breaks in strings fail", "[config][json5]") {
  CHECK(ErrorOf("\"abc\ndef\"") == "1:5: unescaped line break in string");
  CHECK(ErrorOf("'a\rb'") == "1:3: unescaped line break in string");
  CHECK(ErrorOf("[\n  'a\r\nb']") == "2:5: unescaped line break in string");
  CHECK(ErrorOf("{'key\n': 1}") == "1:6: unescaped line break in string");
}

TEST_CASE("JSON5: invalid numbers fail at the offending character", "[config][json5]") {
  CHECK(ErrorOf("01") == "1:2: leading zeros are not allowed");
  CHECK(ErrorOf("00") == "1:2: leading zeros are not allowed");
  CHECK(ErrorOf("-00.5") == "1:3: leading zeros are not allowed");
  CHECK(ErrorOf("[1, 007]") == "1:6: leading zeros are not allowed");
  CHECK(ErrorOf("0x") == "1:3: unexpected end of input");
  CHECK(ErrorOf("[0x]") == "1:4: invalid character ']'");
  CHECK(ErrorOf("0xg") == "1:3: invalid character 'g'");
  CHECK(ErrorOf("0x1g") == "1:4: invalid character 'g'");
  CHECK(ErrorOf("0x1.5") == "1:4: invalid character '.'");
  CHECK(ErrorOf("1e") == "1:3: unexpected end of input");
  CHECK(ErrorOf("1e+") == "1:4: unexpected end of input");
  CHECK(ErrorOf("[1e]") == "1:4: invalid character ']'");
  CHECK(ErrorOf("1.5e-x") == "1:6: invalid character 'x'");
  CHECK(ErrorOf("+") == "1:2: unexpected end of input");
  CHECK(ErrorOf(".") == "1:2: unexpected end of input");
  CHECK(ErrorOf("-.") == "1:3: unexpected end of input");
  CHECK(ErrorOf(".e1") == "1:2: invalid character 'e'");
  CHECK(ErrorOf("--1") == "1:2: invalid character '-'");
  CHECK(ErrorOf("+-1") == "1:2: invalid character '-'");
  CHECK(ErrorOf("- 1") == "1:2: invalid character U+0020");
  CHECK(ErrorOf("1a") == "1:2: invalid character 'a'");
  CHECK(ErrorOf("12_3") == "1:3: invalid character '_'");
  CHECK(ErrorOf("1\\u0041") == "1:2: invalid character '\\'");
  CHECK(ErrorOf("1.2.3") == "1:4: invalid character '.'");
  CHECK(ErrorOf("0b1") == "1:2: invalid character 'b'");
  CHECK(ErrorOf("Infinit") == "1:8: unexpected end of input");
  CHECK(ErrorOf("-Infinityx") == "1:10: invalid character 'x'");
  CHECK(ErrorOf("NaNa") == "1:4: invalid character 'a'");
  CHECK(ErrorOf("inf") == "1:1: invalid character 'i'");
  CHECK(ErrorOf("-nan") == "1:2: invalid character 'n'");
}

TEST_CASE("JSON5: bad literals fail", "[config][json5]") {
  CHECK(ErrorOf("nul") == "1:4: unexpected end of input");
  CHECK(ErrorOf("[tru]") == "1:5: invalid character ']'");
  CHECK(ErrorOf("True") == "1:1: invalid character 'T'");
  CHECK(ErrorOf("nullx") == "1:5: invalid character 'x'");
  CHECK(ErrorOf("falsey") == "1:6: invalid character 'y'");
  CHECK(ErrorOf("undefined") == "1:1: invalid character 'u'");
  CHECK(ErrorOf("{a: b}") == "1:5: invalid character 'b'");
}

TEST_CASE("JSON5: misplaced punctuation fails", "[config][json5]") {
  CHECK(ErrorOf("[1,,2]") == "1:4: invalid character ','");
  CHECK(ErrorOf("{a:1,,}") == "1:6: invalid character ','");
  CHECK(ErrorOf("[,]") == "1:2: invalid character ','");
  CHECK(ErrorOf("{,}") == "1:2: invalid character ','");
  CHECK(ErrorOf("{a 1}") == "1:4: invalid character '1'");
  CHECK(ErrorOf("{\"a\" \"b\"}") == "1:6: invalid character '\"'");
  CHECK(ErrorOf("{a}") == "1:3: invalid character '}'");
  CHECK(ErrorOf("{a:}") == "1:4: invalid character '}'");
  CHECK(ErrorOf("{a::1}") == "1:4: invalid character ':'");
  CHECK(ErrorOf("{1a: 1}") == "1:2: invalid character '1'");
  CHECK(ErrorOf("{a-b: 1}") == "1:3: invalid character '-'");
  CHECK(ErrorOf("{'a': 1 'b': 2}") == "1:9: invalid character U+0027");
  CHECK(ErrorOf("[1 2]") == "1:4: invalid character '2'");
  CHECK(ErrorOf("{a:1 b:2}") == "1:6: invalid character 'b'");
  CHECK(ErrorOf("[1}") == "1:3: invalid character '}'");
  CHECK(ErrorOf("{a:1]") == "1:5: invalid character ']'");
  CHECK(ErrorOf("}") == "1:1: invalid character '}'");
  CHECK(ErrorOf("]") == "1:1: invalid character ']'");
  CHECK(ErrorOf(":") == "1:1: invalid character ':'");
  CHECK(ErrorOf("[1 / 2]") == "1:4: invalid character '/'");
  CHECK(ErrorOf("\x01") == "1:1: invalid character U+0001");
  CHECK(ErrorOf(std::string("[1\0]", 4)) == "1:3: invalid character U+0000");
  CHECK(ErrorOf("[\xC3\xA9]") == "1:2: invalid character U+00E9");
  CHECK(ErrorOf("{\u00a0\u3000: 1}") == "1:4: invalid character ':'");
}

TEST_CASE("JSON5: empty input and trailing content fail", "[config][json5]") {
  CHECK(ErrorOf("") == "1:1: unexpected end of input");
  CHECK(ErrorOf("   \n  ") == "2:3: unexpected end of input");
  CHECK(ErrorOf("// only a comment") == "1:18: unexpected end of input");
  CHECK(ErrorOf("/* c */") == "1:8: unexpected end of input");
  CHECK(ErrorOf("\ufeff") == "1:1: unexpected end of input");
  CHECK(ErrorOf("{} x") == "1:4: invalid character 'x'");
  CHECK(ErrorOf("1 2") == "1:3: invalid character '2'");
  CHECK(ErrorOf("[1]]") == "1:4: invalid character ']'");
  CHECK(ErrorOf("{a:1}}") == "1:6: invalid character '}'");
  CHECK(ErrorOf("'a' 'b'") == "1:5: invalid character U+0027");
  CHECK(ErrorOf("{}\n// c\n/") == "3:1: invalid character '/'");
  CHECK(ErrorOf("{},") == "1:3: invalid character ','");
}

TEST_CASE("JSON5: invalid UTF-8 fails at the bad byte", "[config][json5]") {
  CHECK(ErrorOf("\xFF") == "1:1: invalid UTF-8");
  CHECK(ErrorOf("{a: \"\xC3\xA9\xC3\"}") == "1:7: invalid UTF-8");      // truncated
  CHECK(ErrorOf("'\xC0\xAF'") == "1:2: invalid UTF-8");                 // overlong '/'
  CHECK(ErrorOf("'\xE0\x80\xAF'") == "1:2: invalid UTF-8");             // overlong '/'
  CHECK(ErrorOf("'\xED\xA0\x80'") == "1:2: invalid UTF-8");             // encoded surrogate
  CHECK(ErrorOf("'\xF4\x90\x80\x80'") == "1:2: invalid UTF-8");         // above U+10FFFF
  CHECK(ErrorOf("'\x80'") == "1:2: invalid UTF-8");                     // stray continuation
  CHECK(ErrorOf("[1,\n // \xFE\n 2]") == "2:5: invalid UTF-8");         // inside a comment
  CHECK(ErrorOf("{\xE6\x97\xA5\xE6\x97: 1}") == "1:3: invalid UTF-8");  // in an identifier
  CHECK(ErrorOf("1 \xF0\x9F\x98") == "1:3: invalid UTF-8");             // after the value
  CHECK(Parse("'\xF4\x8F\xBF\xBF \xEF\xBF\xBF'") == "\xF4\x8F\xBF\xBF \xEF\xBF\xBF");
}

TEST_CASE("JSON5: nesting deeper than the limit fails", "[config][json5]") {
  CHECK(ErrorOf(Repeat("[", 129) + Repeat("]", 129)) == "1:129: nesting deeper than 128 levels");
  CHECK(ErrorOf(std::string(1'000'000, '[')) == "1:129: nesting deeper than 128 levels");
  CHECK(ErrorOf(Repeat("{a:", 1'000'000)) == "1:385: nesting deeper than 128 levels");
  CHECK(ErrorOf(Repeat("[{a:", 100)) == "1:257: nesting deeper than 128 levels");
  CHECK(ErrorOf("[[1]]", 1) == "1:2: nesting deeper than 1 levels");
  CHECK(ErrorOf("[]", 0) == "1:1: nesting deeper than 0 levels");
  CHECK(ErrorOf(Repeat("[", 1000), 5000) == "1:1000: unterminated array");
}
