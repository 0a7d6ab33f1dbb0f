// `openclaw exec-policy` as a real process: presets and `set` write tools.exec into openclaw.json
// and the defaults into our approvals document together — on the files when no gateway runs,
// through config.patch and exec.approvals.get/set when one does (and it uses them at once).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/gateway_process.hpp"
#include "tests/support/home_edits.hpp"

using namespace gateway::testing;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json ConfigFile(const Home& home) {
  return json::parse(ReadFile(home.dir / ".openclaw/openclaw.json"));
}

json ApprovalsFile(const Home& home) {
  return json::parse(ReadFile(home.dir / ".openclaw/gateway-cpp/exec-approvals.json"));
}

}  // namespace

TEST_CASE("exec-policy: presets and set on the files, the effective policy shown",
          "[cli][exec-policy]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(FreePort());  // nothing listens there

  const json shown = RunJson(home, {"exec-policy", "show"});
  CHECK(shown["config"]["host"] == "auto");
  CHECK(shown["config"]["security"].is_null());  // not configured: the built-in full applies
  CHECK(shown["effective"] ==
        json{{"host", "auto"}, {"security", "full"}, {"ask", "off"}, {"askFallback", "deny"}});

  const json cautious = RunJson(home, {"exec-policy", "preset", "cautious"});
  CHECK(cautious["via"] == "local");
  CHECK(ConfigFile(home)["tools"]["exec"] == json{{"host", "gateway"}, {"mode", "ask"}});
  CHECK(ApprovalsFile(home)["defaults"] ==
        json{{"security", "allowlist"}, {"ask", "on-miss"}, {"askFallback", "deny"}});
  CHECK(cautious["effective"] == json{{"host", "gateway"},
                                      {"security", "allowlist"},
                                      {"ask", "on-miss"},
                                      {"askFallback", "deny"}});

  // A pair no mode names is written as security + ask (the mode goes).
  const json always = RunJson(home, {"exec-policy", "set", "--ask", "always"});
  CHECK(ConfigFile(home)["tools"]["exec"] ==
        json{{"host", "gateway"}, {"security", "allowlist"}, {"ask", "always"}});
  CHECK(always["effective"]["ask"] == "always");

  // yolo: full/off in both places.
  RunJson(home, {"exec-policy", "preset", "yolo"});
  CHECK(ConfigFile(home)["tools"]["exec"] == json{{"host", "gateway"}, {"mode", "full"}});
  CHECK(ApprovalsFile(home)["defaults"] ==
        json{{"security", "full"}, {"ask", "off"}, {"askFallback", "full"}});

  // Refusals: usage errors, nothing written.
  const std::string config_before = ReadFile(home.dir / ".openclaw/openclaw.json");
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"exec-policy", "set", "--host", "node"},
                                             {"exec-policy", "set", "--security", "sometimes"},
                                             {"exec-policy", "preset", "bogus"},
                                             {"exec-policy", "set"}}) {
    auto refused = home.Run(args);
    INFO(refused.err);
    CHECK(refused.exit_code == 2);
    CHECK_FALSE(refused.err.empty());
  }
  CHECK(home.Run({"exec-policy", "set", "--host", "node"}).err.find("host=node") !=
        std::string::npos);
  CHECK(ReadFile(home.dir / ".openclaw/openclaw.json") == config_before);
}

TEST_CASE("exec-policy: with the gateway running, through config.patch and exec.approvals.set",
          "[cli][exec-policy]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  const int port = FreePort();
  home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(port);
  GatewayProcess gateway(home, port);
  auto client = gateway.Connect(home.Token());

  const json applied = RunJson(home, {"exec-policy", "preset", "deny-all"});
  CHECK(applied["via"] == "gateway");
  CHECK(applied["effective"]["security"] == "deny");
  // The running gateway uses both at once: its approvals document and its live config.
  auto approvals = client->Call("exec.approvals.get", json::object());
  REQUIRE(approvals.ok);
  CHECK(approvals.payload["file"]["defaults"] ==
        json{{"security", "deny"}, {"ask", "off"}, {"askFallback", "deny"}});
  auto config = client->Call("config.get", json::object());
  REQUIRE(config.ok);
  CHECK(config.payload["runtimeConfig"]["tools"]["exec"] ==
        json{{"host", "gateway"}, {"mode", "deny"}});
  CHECK(ConfigFile(home)["tools"]["exec"]["mode"] == "deny");
  CHECK(client->Call("health").ok);  // applied live: the socket stays
}
