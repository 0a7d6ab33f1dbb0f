#include "server/logging/redact.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

namespace gateway::logging {
namespace {

using Cases = std::vector<std::pair<std::string, std::string>>;

void CheckAll(const Redactor& redactor, const Cases& cases) {
  for (const auto& [input, expected] : cases) {
    INFO("input: " << input);
    CHECK(redactor.Redact(input) == expected);
  }
}

TEST_CASE("Logging: built-in patterns compile", "[logging]") {
  Redactor redactor;
  CHECK(redactor.using_builtin_patterns());
  CHECK(redactor.invalid_patterns().empty());
}

TEST_CASE("Logging: key value secrets keep the key and mask the value", "[logging]") {
  Redactor redactor;
  CheckAll(redactor, {
                         {"token=abc123", "token=***"},
                         {"GET /hook?token=abc123&x=1", "GET /hook?token=***&x=1"},
                         {"password: hunter2 ok", "password: *** ok"},
                         {"secret = s3cr3t", "secret = ***"},
                         {"apiKey=k1 api_key=k2 api-key=k3", "apiKey=*** api_key=*** api-key=***"},
                         {"OPENAI_API_KEY=whatever", "OPENAI_API_KEY=***"},
                         {"botToken: 12345", "botToken: ***"},
                         {"refresh_token=r1 passwd=p1", "refresh_token=*** passwd=***"},
                         {R"({"token":"abc","apiKey":"k\"ey","maxTokens":5})",
                          R"({"token":"***","apiKey":"***","maxTokens":5})"},
                         {R"({"password": "two words"})", R"({"password": "***"})"},
                         {"password='it\"s'", "password='***'"},
                         {R"(payload {\"token\":\"abc\"})", R"(payload {\"token\":\"***\"})"},
                         {"Authorization: Bearer abc.def", "Authorization: Bearer ***"},
                         {"authorization=Basic dXNlcjpwYXNz", "authorization=Basic ***"},
                         {"Cookie: sid=1; theme=dark", "Cookie: ***"},
                         {"set-cookie: sid=1; Path=/", "set-cookie: ***"},
                         {"run --api-key abcd --verbose", "run --api-key *** --verbose"},
                         {"proxy http://user:pa55@host:8080/", "proxy http://user:***@host:8080/"},
                     });
}

TEST_CASE("Logging: provider token formats are masked", "[logging]") {
  Redactor redactor;
  CheckAll(
      redactor,
      {
          {"header Bearer abcdef.ghi-jkl", "header Bearer ***"},
          {"key sk-abcdefghijklmnopqrstuv used", "key *** used"},
          {"key sk-proj-Ab1_Cd2-Ef3Gh4Ij5Kl6", "key ***"},
          {"key sk-ant-api03-abcdefghijklmnop", "key ***"},
          {"slack xoxb-1234567890-abcdefghijkl", "slack ***"},
          {"slack xapp-1-A0123456789-abcdef", "slack ***"},
          {"tg 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1 ok", "tg *** ok"},
          {"https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1/getMe",
           "https://api.telegram.org/bot***/getMe"},
          {"gh ghp_abcdefghijklmnopqrstuvwxyz0123456789", "gh ***"},
          {"gh github_pat_11ABCDEFG0123456789_abcdefghijkl", "gh ***"},
          {"google AIzaSyA1234567890abcdefghijklmnopqrstuv", "google ***"},
          {"jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-nature_1", "jwt ***"},
          {"hex 0123456789abcdef0123456789ABCDEF end", "hex *** end"},
          {"pem -----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY----- done", "pem *** done"},
          {"cut -----BEGIN RSA PRIVATE KEY-----\nMIIEpAIB", "cut ***"},
      });
}

TEST_CASE("Logging: ordinary text is left alone", "[logging]") {
  Redactor redactor;
  for (const std::string text : {
           "tokenizer=fast maxTokens: 5 token_count=3",
           "listening on 127.0.0.1:18789 at 12:30:45",
           "session 123e4567-e89b-12d3-a456-426614174000",
           "commit deadbeef0123 and short sk-abc",
           "task-abcdefghijklmnopqrstuvwxyz done",
           "the token expired; reconnecting",
       }) {
    CHECK(redactor.Redact(text) == text);
  }
}

TEST_CASE("Logging: exact secrets are masked everywhere", "[logging]") {
  Redactor redactor;
  redactor.AddSecret("plain words here");
  redactor.AddSecret("abcd1234");
  redactor.AddSecret("1234wxyz");
  redactor.AddSecret("abc");  // too short: ignored
  redactor.AddSecret("abcd1234");

  CHECK(redactor.Secrets().size() == 3);
  CHECK(redactor.Redact("said plain words here twice: plain words here") == "said *** twice: ***");
  // Overlapping occurrences of two secrets leave no fragment of either.
  CHECK(redactor.Redact("x abcd1234wxyz y") == "x *** y");
  CHECK(redactor.Redact("abc is fine") == "abc is fine");
  CHECK(redactor.Redact("abcd1234") == "***");
}

TEST_CASE("Logging: user patterns replace the built-in patterns", "[logging]") {
  SECTION("plain patterns match case-insensitively") {
    Redactor redactor({"internal-[0-9]+"});
    CHECK_FALSE(redactor.using_builtin_patterns());
    CHECK(redactor.Redact("id INTERNAL-42 and internal-7") == "id *** and ***");
    CHECK(redactor.Redact("token=abc") == "token=abc");
  }
  SECTION("slash form honours the i flag only") {
    Redactor exact({"/Key-[a-z]+/"});
    CHECK(exact.Redact("Key-abc key-abc") == "*** key-abc");
    Redactor folded({"/Key-[a-z]+/gi"});
    CHECK(folded.Redact("Key-abc key-abc") == "*** ***");
  }
  SECTION("invalid patterns are reported and skipped") {
    Redactor redactor({"(unclosed", "a*", "ok-[0-9]+"});
    REQUIRE(redactor.invalid_patterns().size() == 2);
    CHECK(redactor.invalid_patterns()[0].pattern == "(unclosed");
    CHECK(redactor.invalid_patterns()[1].error == "matches the empty string");
    CHECK(redactor.Redact("ok-1 aaa") == "*** aaa");
  }
  SECTION("with no usable pattern the built-ins stay on") {
    Redactor redactor({"[bad"});
    CHECK(redactor.using_builtin_patterns());
    CHECK(redactor.Redact("token=abc") == "token=***");
  }
}

}  // namespace
}  // namespace gateway::logging
