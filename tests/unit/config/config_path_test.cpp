// Dotted config paths: parse, get, set, unset, values and redaction.
#include "server/config/config_path.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "server/config/config_schema.hpp"
#include "server/config/paths.hpp"

using namespace gateway::config;
using nlohmann::ordered_json;

TEST_CASE("Config paths: parse and format", "[config][path]") {
  auto p = ParseConfigPath("bindings[0].match.channel");
  REQUIRE(p.size() == 4);
  CHECK(std::get<std::string>(p[0]) == "bindings");
  CHECK(std::get<std::size_t>(p[1]) == 0);
  CHECK(FormatConfigPath(p) == "bindings[0].match.channel");
  auto q = ParseConfigPath("models.providers[\"my.co\"].apiKey");
  CHECK(std::get<std::string>(q[2]) == "my.co");
  CHECK(FormatConfigPath(q) == "models.providers[\"my.co\"].apiKey");
  for (const char* bad : {"", "a..b", "a.", "a[", "a[x]", "a[123456789012345678901234567890]"}) {
    INFO(bad);
    CHECK_THROWS_AS(ParseConfigPath(bad), UsageError);
  }
}

TEST_CASE("Config paths: set creates objects and keeps unrelated keys and order",
          "[config][path]") {
  ordered_json doc =
      ordered_json::parse(R"({"z": 1, "gateway": {"port": 1, "mode": "local"}, "a": 2})");
  SetAt(doc, ParseConfigPath("gateway.port"), 2);
  SetAt(doc, ParseConfigPath("gateway.auth.token"), "t");
  SetAt(doc, ParseConfigPath("bindings[0].agentId"), "main");
  SetAt(doc, ParseConfigPath("bindings[1]"), ordered_json::object());
  CHECK(
      doc.dump() ==
      R"({"z":1,"gateway":{"port":2,"mode":"local","auth":{"token":"t"}},"a":2,"bindings":[{"agentId":"main"},{}]})");
  CHECK_THROWS_AS(SetAt(doc, ParseConfigPath("bindings[5]"), 1), UsageError);
  CHECK_THROWS_AS(SetAt(doc, ParseConfigPath("gateway.port.x"), 1), UsageError);
}

TEST_CASE("Config paths: find and unset", "[config][path]") {
  ordered_json doc =
      ordered_json::parse(R"({"gateway": {"port": 1, "mode": "local"}, "list": [1, 2, 3]})");
  CHECK(*FindAt(doc, ParseConfigPath("gateway.port")) == 1);
  CHECK(FindAt(doc, ParseConfigPath("gateway.nope")) == nullptr);
  CHECK(FindAt(doc, ParseConfigPath("list[3]")) == nullptr);
  CHECK(UnsetAt(doc, ParseConfigPath("gateway.port")));
  CHECK(UnsetAt(doc, ParseConfigPath("list[1]")));
  CHECK_FALSE(UnsetAt(doc, ParseConfigPath("gateway.port")));
  CHECK(doc.dump() == R"({"gateway":{"mode":"local"},"list":[1,3]})");
}

TEST_CASE("Config paths: CLI values parse as JSON5 else stay strings", "[config][path]") {
  CHECK(ParseCliValue("18790") == 18790);
  CHECK(ParseCliValue("true") == true);
  CHECK(ParseCliValue("{mode: 'local'}") == ordered_json{{"mode", "local"}});
  CHECK(ParseCliValue("[1, 2,]") == ordered_json::array({1, 2}));
  CHECK(ParseCliValue("loopback") == "loopback");
  CHECK(ParseCliValue("hello world") == "hello world");
  CHECK(ParseCliValue("\"quoted\"") == "quoted");
}

TEST_CASE("Config paths: secrets are redacted by key", "[config][path]") {
  ordered_json doc = ordered_json::parse(
      R"({"gateway": {"port": 1, "auth": {"token": "abc", "password": "pw"}},
          "models": {"providers": {"x": {"apiKey": {"source": "env", "id": "K"}, "maxTokens": 5}}}})");
  ordered_json shown = RedactSecrets(doc);
  CHECK(shown["gateway"]["auth"]["token"] == std::string(kRedacted));
  CHECK(shown["gateway"]["auth"]["password"] == std::string(kRedacted));
  CHECK(shown["gateway"]["port"] == 1);
  CHECK(shown["models"]["providers"]["x"]["apiKey"]["id"] == "K");  // a SecretRef is shown
  CHECK(shown["models"]["providers"]["x"]["maxTokens"] == 5);
  CHECK(RedactSecrets("abc", "token") == std::string(kRedacted));
}

TEST_CASE("Config paths: secret key names are those the log redactor masks", "[config][path]") {
  for (const char* key :
       {"token", "botToken", "password", "passwd", "clientSecret", "apiKey", "api-key", "accessKey",
        "access_key", "privateKey", "authorization", "cookie"}) {
    INFO(key);
    CHECK(IsSecretKey(key));
  }
  for (const char* key :
       {"port", "mode", "bind", "enabled", "tokenizer", "maxTokens", "tokenFile"}) {
    INFO(key);
    CHECK_FALSE(IsSecretKey(key));
  }
}

TEST_CASE("Config schema hints: labels from keys", "[config][schema]") {
  CHECK(LabelOfKey("port") == "Port");
  CHECK(LabelOfKey("maxChars") == "Max Chars");
  CHECK(LabelOfKey("baseUrl") == "Base URL");
  CHECK(LabelOfKey("allowedAgentIds") == "Allowed Agent IDs");
  CHECK(LabelOfKey("dmPolicy") == "DM Policy");
  CHECK(LabelOfKey("ssrfPolicy") == "SSRF Policy");
  CHECK(LabelOfKey("timeoutMs") == "Timeout (ms)");
  CHECK(LabelOfKey("$schema") == "Schema");
  CHECK(LabelOfKey("ipv6Only") == "Ipv6 Only");
  CHECK(LabelOfKey("HTTPProxy") == "HTTPProxy");
  const auto hints = ConfigSchemaHints();
  REQUIRE_FALSE(hints.empty());
  const auto token = std::find_if(hints.begin(), hints.end(), [](const SchemaHint& h) {
    return h.path == "gateway.auth.token";
  });
  REQUIRE(token != hints.end());
  CHECK(token->sensitive);
  CHECK(token->group == "Gateway");
}
