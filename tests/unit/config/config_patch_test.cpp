// Merge patches, the redaction sentinel, changed paths and patch creation (config.md §8), and the
// schema lookup and reload plan behind config.schema.lookup (config.md §7).
#include "server/config/config_patch.hpp"

#include <catch2/catch.hpp>

#include "server/config/config_path.hpp"
#include "server/config/config_schema.hpp"

using namespace gateway::config;
using nlohmann::ordered_json;

namespace {
ordered_json J(const char* text) { return ordered_json::parse(text); }
}  // namespace

TEST_CASE("MergePatch: objects merge, null deletes, scalars replace", "[config][patch]") {
  auto doc = J(R"({"gateway": {"port": 1, "auth": {"mode": "token", "token": "t"}}, "x": 1})");
  MergePatch(
      doc, J(R"({"gateway": {"port": 2, "auth": {"token": null}}, "x": null, "y": {"z": 3}})"), {});
  CHECK(doc == J(R"({"gateway": {"port": 2, "auth": {"mode": "token"}}, "y": {"z": 3}})"));
  CHECK_THROWS_AS(MergePatch(doc, J("[1]"), {}), PatchError);
}

TEST_CASE("MergePatch: arrays grow, merge by id, or are replaced when listed", "[config][patch]") {
  auto doc = J(R"({"list": [{"id": "a", "n": 1}, {"id": "b", "n": 2}], "ips": ["1", "2"]})");
  MergePatch(doc, J(R"({"list": [{"id": "b", "n": null, "m": 3}, {"id": "c"}]})"), {});
  CHECK(doc["list"] == J(R"([{"id": "a", "n": 1}, {"id": "b", "m": 3}, {"id": "c"}])"));
  MergePatch(doc, J(R"({"ips": ["2", "1", "3"]})"), {});
  CHECK(doc["ips"] == J(R"(["2", "1", "3"])"));
  CHECK_THROWS_WITH(MergePatch(doc, J(R"({"ips": ["3"]})"), {}),
                    Catch::Contains("ips") && Catch::Contains("replacePaths"));
  MergePatch(doc, J(R"({"ips": ["3"]})"), {"ips"});
  CHECK(doc["ips"] == J(R"(["3"])"));
  // Inside id-merged entries, "[]" names the entries.
  auto models = J(R"({"m": [{"id": "a", "input": ["text", "image"]}]})");
  CHECK_THROWS_AS(MergePatch(models, J(R"({"m": [{"id": "a", "input": ["text"]}]})"), {}),
                  PatchError);
  MergePatch(models, J(R"({"m": [{"id": "a", "input": ["text"]}]})"), {"m[].input"});
  CHECK(models["m"][0]["input"] == J(R"(["text"])"));
}

TEST_CASE("RestoreRedacted keeps stored secrets behind the sentinel", "[config][patch]") {
  const auto stored = J(R"({"gateway": {"auth": {"token": "secret"}},
                            "list": [{"id": "a", "apiKey": "k1"}, {"id": "b", "apiKey": "k2"}]})");
  auto shown = RedactDocument(stored);
  CHECK(shown["gateway"]["auth"]["token"] == kRedacted);
  CHECK(shown["list"][1]["apiKey"] == kRedacted);
  // Reordered id entries still find their own secret.
  auto edited = J(R"({"gateway": {"auth": {"token": "__OPENCLAW_REDACTED__"}},
                      "list": [{"id": "b", "apiKey": "__OPENCLAW_REDACTED__"}]})");
  RestoreRedacted(edited, stored);
  CHECK(edited["gateway"]["auth"]["token"] == "secret");
  CHECK(edited["list"][0]["apiKey"] == "k2");
  auto orphan = J(R"({"gateway": {"auth": {"password": "__OPENCLAW_REDACTED__"}}})");
  CHECK_THROWS_WITH(RestoreRedacted(orphan, stored), Catch::StartsWith("gateway.auth.password"));
  CHECK(RedactDocument(J(R"({"env": {"vars": {"A": "x"}}})"))["env"]["vars"]["A"] == kRedacted);
}

TEST_CASE("ChangedPaths and CreateMergePatch", "[config][patch]") {
  const auto before = J(R"({"a": {"b": 1, "c": 2}, "l": [1, 2], "gone": true})");
  const auto after = J(R"({"a": {"b": 1, "c": 3, "d": 4}, "l": [1], "new": "x"})");
  CHECK(ChangedPaths(before, after) == std::vector<std::string>{"a.c", "a.d", "l", "gone", "new"});
  std::vector<std::string> replace;
  auto patch = CreateMergePatch(before, after, replace);
  CHECK(patch == J(R"({"gone": null, "a": {"c": 3, "d": 4}, "l": [1], "new": "x"})"));
  CHECK(replace == std::vector<std::string>{"l"});
  auto doc = before;
  MergePatch(doc, patch, replace);
  CHECK(doc == after);
}

TEST_CASE("LookupConfigSchema and ReloadKindOf", "[config][schema]") {
  auto auth = LookupConfigSchema("gateway.auth");
  REQUIRE(auth);
  CHECK(auth->schema["type"] == "object");
  CHECK_FALSE(auth->schema.contains("properties"));
  CHECK(std::any_of(auth->children.begin(), auth->children.end(),
                    [](const SchemaChild& c) { return c.path == "gateway.auth.token"; }));
  auto id = LookupConfigSchema("agents.list[0].id");
  REQUIRE(id);
  CHECK(id->schema["type"] == "string");
  CHECK_FALSE(LookupConfigSchema("gateway.nope"));
  CHECK_FALSE(LookupConfigSchema("gateway..port"));
  CHECK(ReloadKindOf("gateway.port") == "restart");
  CHECK(ReloadKindOf("gateway.auth.token") == "hot");
  CHECK(ReloadKindOf("gateway.auth.mode") == "restart");
  CHECK(ReloadKindOf("gateway.reload.mode") == "none");
  CHECK(ReloadKindOf("gateway.controlUi.basePath") == "restart");
  CHECK(ReloadKindOf("gateway.controlUi.enabled") == "hot");
  CHECK(ReloadKindOf("channels.telegram.token") == "hot");
  CHECK(ReloadKindOf("discovery") == "restart");
  CHECK(ReloadKindOf("somethingElse") == "restart");
  CHECK(ReloadKindOf("agentsX") == "restart");
}
