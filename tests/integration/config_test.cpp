// The config methods over real sockets against a real config file (methods.md §4, config.md §8):
// results validated against the schema, baseHash, validation, lockout refusals, the redaction
// sentinel, merge-patch rules, the rate limit, config.changed, and the CLI writing through the
// running gateway.
#include <catch2/catch.hpp>

#include "gateway/proto/validators.hpp"
#include "tests/integration/gateway_fixture.hpp"
#include "tests/support/process.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

constexpr const char* kSentinel = "__OPENCLAW_REDACTED__";

// JSON5, with a comment, as a person writes it.
const char* kConfig = R"({
  // written by hand
  gateway: {
    mode: "local",
    bind: "loopback",
    auth: {mode: "token", token: "test-token-0123456789"},
    trustedProxies: ["10.0.0.1", "10.0.0.2"],
  },
  agents: {list: [{id: "main", name: "Main"}, {id: "ops", name: "Ops"}]},
})";

FixtureOptions WithConfigFile() {
  FixtureOptions o;
  o.config_file = kConfig;
  return o;
}

json ErrorOf(const client::RpcResult& r) { return r.error ? json(Write(*r.error)) : json(); }

// A successful call whose payload matches the method's result schema.
json Ok(client::GatewayClient& client, const std::string& method, const json& params) {
  auto r = client.Call(method, params);
  INFO(method << " " << params.dump() << " -> " << ErrorOf(r).dump());
  REQUIRE(r.ok);
  const proto::MethodInfo* info = proto::FindMethod(method);
  REQUIRE(info);
  const auto errors = proto::Validate(proto::FindCheck(info->result), r.payload);
  INFO(r.payload.dump());
  CHECK(errors.empty());
  return r.payload;
}

// A refused call: its error.
json Refused(client::GatewayClient& client, const std::string& method, const json& params) {
  auto r = client.Call(method, params);
  INFO(method << " " << params.dump() << " -> " << r.payload.dump());
  REQUIRE_FALSE(r.ok);
  return ErrorOf(r);
}

json FileJson(const std::filesystem::path& file) { return json::parse(ReadFile(file)); }

std::string HashOf(client::GatewayClient& client) {
  return Ok(client, "config.get", json::object())["hash"];
}

json Patch(const std::string& base_hash, const json& patch, json extra = json::object()) {
  json params = {{"raw", patch.dump()}, {"baseHash", base_hash}};
  params.update(extra);
  return params;
}

}  // namespace

TEST_CASE("Config: get, set, apply and patch over a socket, secrets redacted",
          "[integration][config]") {
  GatewayFixture gw(WithConfigFile());
  auto admin = gw.ConnectCli({"operator.admin"});

  auto got = Ok(*admin, "config.get", json::object());
  CHECK(got["path"] == gw.config_path().string());
  CHECK(got["exists"] == true);
  CHECK(got["valid"] == true);
  CHECK(got["issues"] == json::array());
  const std::string hash = got["hash"];
  CHECK(hash.size() == 64);
  CHECK(got["configRevisionHash"] == hash);
  CHECK(got["appliedConfigHash"] == hash);  // the gateway started from this file
  CHECK(got["parsed"]["gateway"]["auth"]["token"] == kSentinel);
  CHECK(got["config"]["gateway"]["auth"]["token"] == kSentinel);
  CHECK(got["runtimeConfig"]["gateway"]["auth"]["token"] == kSentinel);
  CHECK(got["sourceConfig"]["agents"]["list"][1]["name"] == "Ops");
  REQUIRE(got["raw"].is_string());
  CHECK(got["raw"].get<std::string>().find(kToken) == std::string::npos);
  CHECK(got.dump().find(kToken) == std::string::npos);

  // patch: one key; the file is rewritten atomically with a backup; restart needed.
  auto patched = Ok(*admin, "config.patch", Patch(hash, {{"gateway", {{"port", 18800}}}}));
  CHECK(patched["changedPaths"] == json::array({"gateway.port"}));
  CHECK_FALSE(patched.contains("noop"));
  CHECK(patched["restart"]["required"] == true);
  CHECK(patched["restart"]["scheduled"] == true);  // the run loop's config watcher restarts
  CHECK(patched["sentinel"]["persisted"] == false);
  CHECK(patched["config"]["gateway"]["auth"]["token"] == kSentinel);
  const std::string hash2 = patched["hash"];
  CHECK(hash2 != hash);
  CHECK(FileJson(gw.config_path())["gateway"]["port"] == 18800);
  CHECK(FileJson(gw.config_path())["gateway"]["auth"]["token"] == kToken);
  auto backup = gw.config_path();
  backup += ".bak";
  CHECK(ReadFile(backup) == kConfig);
  auto after = Ok(*admin, "config.get", json::object());
  CHECK(after["hash"] == hash2);
  CHECK(after["appliedConfigHash"] == hash);  // not reloaded: the running gateway keeps its config

  // The same patch again changes nothing: a no-op answer, nothing written.
  auto noop = Ok(*admin, "config.patch", Patch(hash2, {{"gateway", {{"port", 18800}}}}));
  CHECK(noop["noop"] == true);
  CHECK(noop["changedPaths"] == json::array());
  CHECK_FALSE(noop.contains("hash"));
  CHECK(HashOf(*admin) == hash2);

  // set: the document read back (redacted) with one change keeps the stored token.
  json doc = after["parsed"];
  doc["gateway"]["port"] = 18801;
  auto set = Ok(*admin, "config.set", {{"raw", doc.dump()}, {"baseHash", hash2}});
  CHECK(set["ok"] == true);
  CHECK(set["path"] == gw.config_path().string());
  CHECK(set["config"]["gateway"]["auth"]["token"] == kSentinel);
  CHECK(FileJson(gw.config_path())["gateway"]["port"] == 18801);
  CHECK(FileJson(gw.config_path())["gateway"]["auth"]["token"] == kToken);

  // apply: the whole document, with the restart answer and the (unpersisted) sentinel.
  doc["gateway"]["port"] = 18802;
  auto applied = Ok(*admin, "config.apply",
                    {{"raw", doc.dump()},
                     {"baseHash", set["hash"]},
                     {"sessionKey", "main"},
                     {"note", "new port"},
                     {"deliveryContext", {{"channel", "telegram"}, {"to", "42"}}}});
  CHECK(applied["restart"]["required"] == true);
  CHECK(applied["restart"]["reason"].get<std::string>().find("restart") != std::string::npos);
  CHECK(applied["sentinel"]["persisted"] == false);
  CHECK(applied["sentinel"]["payload"]["kind"] == "config-apply");
  CHECK(applied["sentinel"]["payload"]["sessionKey"] == "main");
  CHECK(applied["sentinel"]["payload"]["message"] == "new port");
  CHECK(FileJson(gw.config_path())["gateway"]["port"] == 18802);
  CHECK(FileJson(gw.config_path())["gateway"]["auth"]["token"] == kToken);

  // A read-only operator may read but not write.
  auto reader = gw.ConnectCli({"operator.read"});
  Ok(*reader, "config.get", json::object());
  auto forbidden =
      Refused(*reader, "config.patch", Patch(HashOf(*admin), {{"gateway", {{"port", 1}}}}));
  CHECK(forbidden["code"] == "FORBIDDEN");
}

TEST_CASE("Config: stale hashes, invalid values, unknown keys and lockouts are refused",
          "[integration][config]") {
  GatewayFixture gw(WithConfigFile());
  auto admin = gw.ConnectCli({"operator.admin"});
  const std::string hash = HashOf(*admin);
  const std::string original = ReadFile(gw.config_path());

  auto stale =
      Refused(*admin, "config.patch", Patch(std::string(64, '0'), {{"gateway", {{"port", 1}}}}));
  CHECK(stale["code"] == "INVALID_REQUEST");
  CHECK(stale["message"] == "config changed since last load; re-run config.get and retry");
  auto missing = Refused(*admin, "config.apply", {{"raw", "{}"}});
  CHECK(missing["code"] == "INVALID_REQUEST");
  CHECK(missing["message"] == "config base hash required; re-run config.get and retry");

  auto invalid = Refused(*admin, "config.patch", Patch(hash, {{"gateway", {{"port", "high"}}}}));
  CHECK(invalid["code"] == "INVALID_REQUEST");
  CHECK_THAT(invalid["message"].get<std::string>(),
             Catch::StartsWith("invalid config: gateway.port: "));
  CHECK(invalid["details"]["issues"][0]["path"] == "gateway.port");

  auto unknown = Refused(*admin, "config.patch", Patch(hash, {{"gateway", {{"bogus", true}}}}));
  CHECK(unknown["code"] == "INVALID_REQUEST");
  CHECK(unknown["message"] == "invalid config: gateway: unexpected property 'bogus'");
  CHECK(unknown["details"]["issues"][0]["path"] == "gateway");

  auto malformed = Refused(*admin, "config.set", {{"raw", "{gateway: "}});
  CHECK(malformed["code"] == "INVALID_REQUEST");
  CHECK_THAT(malformed["message"].get<std::string>(),
             Catch::StartsWith("invalid config.set raw: "));

  // Lockouts: no token left in token mode, password mode without a password.
  auto no_token =
      Refused(*admin, "config.patch", Patch(hash, {{"gateway", {{"auth", {{"token", nullptr}}}}}}));
  CHECK(no_token["code"] == "INVALID_REQUEST");
  CHECK_THAT(no_token["message"].get<std::string>(), Catch::Contains("lock every client out"));
  auto no_password = Refused(*admin, "config.patch",
                             Patch(hash, {{"gateway", {{"auth", {{"mode", "password"}}}}}}));
  CHECK_THAT(no_password["message"].get<std::string>(), Catch::Contains("no password is set"));
  auto lan_without_auth =
      Refused(*admin, "config.patch",
              Patch(hash, {{"gateway", {{"bind", "lan"}, {"auth", {{"mode", "none"}}}}}}));
  CHECK_THAT(lan_without_auth["message"].get<std::string>(), Catch::Contains("could not start"));

  // A sentinel with no secret stored behind it.
  auto orphan = Refused(*admin, "config.patch",
                        Patch(hash, {{"gateway", {{"auth", {{"password", kSentinel}}}}}}));
  CHECK_THAT(orphan["message"].get<std::string>(), Catch::Contains("gateway.auth.password"));

  // Nothing above was written.
  CHECK(ReadFile(gw.config_path()) == original);
  CHECK(HashOf(*admin) == hash);

  // Rotating the token in the same write is not a lockout.
  auto rotated =
      Ok(*admin, "config.patch",
         Patch(hash, {{"gateway", {{"auth", {{"token", "rotated-token-0123456789"}}}}}}));
  CHECK(rotated["changedPaths"] == json::array({"gateway.auth.token"}));
}

TEST_CASE("Config: patch merge rules", "[integration][config]") {
  GatewayFixture gw(WithConfigFile());
  auto admin = gw.ConnectCli({"operator.admin"});

  // Arrays of objects with id merge by id; null deletes a key.
  auto merged = Ok(
      *admin, "config.patch",
      Patch(
          HashOf(*admin),
          {{"agents",
            {{"list", {{{"id", "ops"}, {"name", nullptr}}, {{"id", "new"}, {"name", "New"}}}}}}}));
  CHECK(merged["changedPaths"] == json::array({"agents.list"}));
  json list = FileJson(gw.config_path())["agents"]["list"];
  CHECK(list == json::array({{{"id", "main"}, {"name", "Main"}},
                             {{"id", "ops"}},
                             {{"id", "new"}, {"name", "New"}}}));

  // A plain array may grow, but dropping an entry needs replacePaths.
  auto grown = Ok(*admin, "config.patch",
                  Patch(HashOf(*admin),
                        {{"gateway", {{"trustedProxies", {"10.0.0.1", "10.0.0.2", "10.0.0.3"}}}}}));
  CHECK(grown["changedPaths"] == json::array({"gateway.trustedProxies"}));
  auto shrink = Patch(HashOf(*admin), {{"gateway", {{"trustedProxies", {"10.0.0.3"}}}}});
  auto refused = Refused(*admin, "config.patch", shrink);
  CHECK(refused["code"] == "INVALID_REQUEST");
  CHECK_THAT(refused["message"].get<std::string>(),
             Catch::Contains("gateway.trustedProxies") && Catch::Contains("replacePaths"));
  shrink["replacePaths"] = {"gateway.trustedProxies"};
  Ok(*admin, "config.patch", shrink);
  CHECK(FileJson(gw.config_path())["gateway"]["trustedProxies"] == json::array({"10.0.0.3"}));

  // null deletes a whole branch; several paths change at once.
  auto deleted = Ok(*admin, "config.patch",
                    Patch(HashOf(*admin), {{"agents", nullptr}, {"gateway", {{"port", 18900}}}}));
  CHECK(deleted["changedPaths"] == json::array({"gateway.port", "agents"}));
  CHECK_FALSE(FileJson(gw.config_path()).contains("agents"));
}

TEST_CASE("Config: writes are rate limited per method", "[integration][config]") {
  GatewayFixture gw(WithConfigFile());
  auto admin = gw.ConnectCli({"operator.admin"});
  const std::string hash = HashOf(*admin);
  for (int i = 0; i < 30; ++i) {
    auto noop = Ok(*admin, "config.patch", Patch(hash, json::object()));
    REQUIRE(noop["noop"] == true);
  }
  auto limited = Refused(*admin, "config.patch", Patch(hash, json::object()));
  CHECK(limited["code"] == "UNAVAILABLE");
  CHECK(limited["retryable"] == true);
  CHECK(limited["retryAfterMs"].get<std::int64_t>() > 0);
  CHECK(limited["retryAfterMs"].get<std::int64_t>() <= 60000);
  CHECK(limited["details"] == json{{"method", "config.patch"}, {"limit", "30 per 60s"}});
  CHECK_THAT(limited["message"].get<std::string>(),
             Catch::Matches("rate limit exceeded for config\\.patch; retry after [0-9]+s"));
  // Each method has its own budget.
  Ok(*admin, "config.set", {{"raw", ReadFile(gw.config_path())}, {"baseHash", hash}});
}

TEST_CASE("Config: config.changed reaches subscribers after a write, never on a no-op",
          "[integration][config]") {
  GatewayFixture gw(WithConfigFile());
  auto admin = gw.ConnectCli({"operator.admin"});
  auto watcher = gw.ConnectCli({"operator.read"});
  auto patched =
      Ok(*admin, "config.patch", Patch(HashOf(*admin), {{"gateway", {{"port", 18888}}}}));
  auto event = watcher->WaitEvent("config.changed", 3000ms);
  REQUIRE(event);
  const json& payload = (*event)["payload"];
  CHECK(proto::Validate(&proto::CheckConfigChangedEvent, payload).empty());
  CHECK(payload["path"] == gw.config_path().string());
  CHECK(payload["hash"] == patched["hash"]);
  CHECK(payload["ts"].get<std::int64_t>() > 0);
  CHECK(payload.size() == 3);  // never config content
  Ok(*admin, "config.patch", Patch(patched["hash"], {{"gateway", {{"port", 18888}}}}));
  CHECK_FALSE(watcher->WaitEvent("config.changed", 300ms));
}

TEST_CASE("Config: schema and schema lookup", "[integration][config]") {
  GatewayFixture gw(WithConfigFile());
  auto reader = gw.ConnectCli({"operator.read"});
  auto schema = Ok(*reader, "config.schema", json::object());
  CHECK(schema["schema"]["$ref"] == "#/definitions/OpenClawConfig");
  CHECK(schema["schema"]["definitions"].contains("OpenClawConfig"));
  CHECK(schema["version"] == "2026.9.6");
  CHECK(schema["generatedAt"].get<std::string>().size() == 24);
  CHECK(schema["uiHints"]["gateway.auth.token"]["sensitive"] == true);
  // Every property has a label, its description as help and its top-level section as group.
  const json& port = schema["uiHints"]["gateway.port"];
  CHECK(port["label"] == "Port");
  CHECK(port["group"] == "Gateway");
  CHECK_FALSE(port["help"].get<std::string>().empty());
  CHECK_FALSE(port.contains("sensitive"));
  CHECK(schema["uiHints"]["tools.web.fetch.maxChars"]["label"] == "Max Chars");
  CHECK(schema["uiHints"]["tools.web.fetch.maxChars"]["group"] == "Tools");
  for (const auto& [path, hint] : schema["uiHints"].items()) {
    INFO(path);
    CHECK_FALSE(hint["label"].get<std::string>().empty());
  }

  auto auth = Ok(*reader, "config.schema.lookup", {{"path", "gateway.auth"}});
  CHECK(auth["path"] == "gateway.auth");
  CHECK(auth["schema"]["type"] == "object");
  CHECK_FALSE(auth["schema"].contains("properties"));
  CHECK(auth["reloadKind"] == "restart");
  json by_key;
  for (const auto& child : auth["children"]) by_key[child["key"].get<std::string>()] = child;
  REQUIRE(by_key.contains("mode"));
  CHECK(by_key["mode"]["path"] == "gateway.auth.mode");
  CHECK(by_key["mode"]["type"] == "string");
  CHECK(by_key["mode"]["reloadKind"] == "restart");
  CHECK(by_key["mode"]["hasChildren"] == false);
  CHECK(by_key["token"]["reloadKind"] == "hot");

  auto list = Ok(*reader, "config.schema.lookup", {{"path", "agents.list"}});
  CHECK(list["schema"]["type"] == "array");
  REQUIRE(list["children"].size() == 1);
  CHECK(list["children"][0]["key"] == "[]");
  CHECK(list["children"][0]["hasChildren"] == true);
  auto id = Ok(*reader, "config.schema.lookup", {{"path", "agents.list[].id"}});
  CHECK(id["schema"]["type"] == "string");
  CHECK(id["children"] == json::array());
  CHECK(Ok(*reader, "config.schema.lookup", {{"path", "gateway.reload"}})["reloadKind"] == "none");

  auto missing = Refused(*reader, "config.schema.lookup", {{"path", "gateway.nope"}});
  CHECK(missing["code"] == "INVALID_REQUEST");
  CHECK(missing["message"] == "config schema path not found: gateway.nope");
  auto bad = Refused(*reader, "config.schema.lookup", {{"path", "gateway auth"}});
  CHECK(bad["code"] == "INVALID_REQUEST");
}

TEST_CASE("Config: openclaw config set and unset go through the running gateway",
          "[integration][config][cli]") {
  GatewayFixture gw(WithConfigFile());
  auto watcher = gw.ConnectCli({"operator.read"});
  std::map<std::string, std::string> env{{"PATH", "/usr/bin:/bin"},
                                         {"HOME", gw.home().string()},
                                         {"OPENCLAW_GATEWAY_PORT", std::to_string(gw.port())}};
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), OPENCLAW_BIN);
    return RunProcess(args, env);
  };

  auto set = run({"config", "set", "gateway.port", "18899"});
  INFO(set.out << set.err);
  REQUIRE(set.exit_code == 0);
  CHECK_THAT(set.out, Catch::Contains("through the running gateway"));
  auto event = watcher->WaitEvent("config.changed", 3000ms);
  REQUIRE(event);
  CHECK(FileJson(gw.config_path())["gateway"]["port"] == 18899);
  CHECK(FileJson(gw.config_path())["gateway"]["auth"]["token"] == kToken);

  // An array item: the array is sent whole (replacePaths); redacted values stay as stored.
  auto item = run({"config", "set", "agents.list[1].name", "Operations"});
  INFO(item.out << item.err);
  REQUIRE(item.exit_code == 0);
  CHECK(FileJson(gw.config_path())["agents"]["list"][1] ==
        json{{"id", "ops"}, {"name", "Operations"}});

  auto unset = run({"config", "unset", "gateway.trustedProxies"});
  INFO(unset.out << unset.err);
  REQUIRE(unset.exit_code == 0);
  CHECK_FALSE(FileJson(gw.config_path())["gateway"].contains("trustedProxies"));
  CHECK(watcher->WaitEvent("config.changed", 3000ms));

  // The gateway's refusals reach the user.
  auto lockout = run({"config", "unset", "gateway.auth.token"});
  CHECK(lockout.exit_code != 0);
  CHECK_THAT(lockout.err, Catch::Contains("lock every client out"));
  CHECK(FileJson(gw.config_path())["gateway"]["auth"]["token"] == kToken);

  auto get = run({"config", "get", "gateway.port"});
  CHECK(get.out == "18899\n");
}

TEST_CASE("Config: without a file, get shows defaults and the first write needs no baseHash",
          "[integration][config]") {
  GatewayFixture gw;  // started from an in-memory config: nothing on disk
  auto admin = gw.ConnectCli({"operator.admin"});
  auto got = Ok(*admin, "config.get", json::object());
  CHECK(got["exists"] == false);
  CHECK(got["valid"] == true);
  CHECK(got["raw"].is_null());
  CHECK(got["parsed"] == json::object());
  CHECK(got["appliedConfigHash"].is_null());

  // Even the first write may not lock clients out.
  auto lockout =
      Refused(*admin, "config.patch", {{"raw", R"({gateway: {mode: "local", bind: "loopback"}})"}});
  CHECK_THAT(lockout["message"].get<std::string>(), Catch::Contains("lock every client out"));
  auto created = Ok(
      *admin, "config.patch",
      {{"raw",
        json{{"gateway", {{"mode", "local"}, {"bind", "loopback"}, {"auth", {{"token", kToken}}}}}}
            .dump()}});
  CHECK(created["changedPaths"] == json::array({"gateway"}));
  CHECK(FileMode(gw.config_path()) == 0600);
  CHECK(FileJson(gw.config_path())["gateway"]["auth"]["token"] == kToken);
  // From now on a file exists: baseHash is required.
  auto missing = Refused(*admin, "config.patch", {{"raw", "{}"}});
  CHECK(missing["message"] == "config base hash required; re-run config.get and retry");
}
