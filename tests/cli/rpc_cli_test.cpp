// The openclaw commands that talk to a running gateway (spec/cli.md §1, §3, §5), run as real
// processes against a real gateway process: output, --json, exit codes, logs --follow across a
// rotation, gateway status/probe, and the systemd unit of gateway install.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/gateway_process.hpp"

using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

// A home with a configured gateway running on a free port.
struct Running {
  Home home;
  int port = FreePort();
  std::unique_ptr<GatewayProcess> gateway;
  explicit Running(std::vector<std::pair<std::string, std::string>> config = {}) {
    REQUIRE(home.Run({"setup"}).exit_code == 0);
    REQUIRE(home.Run({"config", "set", "logging.file", (home.dir / "logs/gateway.log").string()})
                .exit_code == 0);
    for (const auto& [path, value] : config)
      REQUIRE(home.Run({"config", "set", path, value}).exit_code == 0);
    home.env["OPENCLAW_GATEWAY_PORT"] = std::to_string(port);
    gateway = std::make_unique<GatewayProcess>(home, port);
    gateway->Connect(home.Token());  // waits until it listens
  }
};

}  // namespace

TEST_CASE("RPC CLI: health and status, human and --json", "[cli][rpc]") {
  Running r;
  auto health = r.home.Run({"health"});
  INFO(health.err);
  CHECK(health.exit_code == 0);
  CHECK(health.out.find("Gateway      ok") != std::string::npos);
  auto health_json = r.home.Run({"health", "--json"});
  CHECK(json::parse(health_json.out)["ok"] == true);
  auto status = r.home.Run({"status"});
  CHECK(status.exit_code == 0);
  CHECK(status.out.find("Version      2026.9.6") != std::string::npos);
  auto status_json = json::parse(r.home.Run({"status", "--json", "--deep", "--all"}).out);
  CHECK(status_json["runtimeVersion"] == "2026.9.6");
  CHECK(status_json["health"]["ok"] == true);
  CHECK(status_json["presence"][0]["mode"] == "gateway");
}

TEST_CASE("RPC CLI: gateway call prints the payload and maps errors to exit codes", "[cli][rpc]") {
  Running r;
  auto presence = r.home.Run({"gateway", "call", "system-presence"});
  CHECK(presence.exit_code == 0);
  CHECK(json::parse(presence.out).is_array());
  auto event =
      r.home.Run({"gateway", "call", "system-event", "--params", "{\"text\":\"from the cli\"}"});
  CHECK(json::parse(event.out) == json{{"ok", true}});
  auto unknown = r.home.Run({"gateway", "call", "nosuch.method"});
  CHECK(unknown.exit_code == 1);
  CHECK(json::parse(unknown.out) == json{{"ok", false},
                                         {"error",
                                          {{"type", "gateway_request_error"},
                                           {"code", "INVALID_REQUEST"},
                                           {"message", "unknown method: nosuch.method"},
                                           {"retryable", false}}}});
  auto bad_params = r.home.Run({"gateway", "call", "health", "--params", "{oops"});
  CHECK(bad_params.exit_code == 2);
  auto invalid = r.home.Run({"gateway", "call", "logs.tail", "--params", "{\"limit\":\"x\"}"});
  CHECK(invalid.exit_code == 1);
  CHECK(json::parse(invalid.out)["error"]["message"] ==
        "invalid logs.tail params: at /limit: must be integer");
}

TEST_CASE("RPC CLI: credentials and unreachable gateways", "[cli][rpc]") {
  Running r;
  std::string url = "ws://127.0.0.1:" + std::to_string(r.port) + "/";
  CHECK(r.home.Run({"gateway", "call", "health", "--url", url}).exit_code ==
        2);  // no fallback to config
  auto wrong = r.home.Run({"gateway", "call", "health", "--url", url, "--token", "wrong"});
  CHECK(wrong.exit_code == 1);
  CHECK(wrong.err.find("gateway token mismatch") != std::string::npos);
  CHECK(r.home.Run({"gateway", "call", "health", "--url", url, "--token", r.home.Token()})
            .exit_code == 0);
  auto closed = r.home.Run({"health", "--port", std::to_string(FreePort())});
  CHECK(closed.exit_code == 3);
  CHECK(closed.err.find("gateway unreachable") != std::string::npos);

  // A listener that never answers the upgrade: the call times out.
  SilentListener silent;
  auto started = std::chrono::steady_clock::now();
  auto hung = r.home.Run({"health", "--port", std::to_string(silent.port()), "--timeout", "300"});
  CHECK(hung.exit_code == 3);
  CHECK(std::chrono::steady_clock::now() - started < 5s);
}

TEST_CASE("RPC CLI: --token and --password on the command line warn on stderr only", "[cli][rpc]") {
  Running r;
  std::string url = "ws://127.0.0.1:" + std::to_string(r.port) + "/";
  auto call =
      r.home.Run({"gateway", "call", "health", "--url", url, "--token", r.home.Token(), "--json"});
  CHECK(call.exit_code == 0);
  CHECK(json::parse(call.out)["ok"] == true);  // stdout unchanged
  CHECK(call.err ==
        "warning: --token is visible to other local users in the process list; prefer "
        "OPENCLAW_GATEWAY_TOKEN or gateway.auth.token in the config\n");
  auto status =
      r.home.Run({"gateway", "status", "--no-probe", "--json", "--password", "pw-in-argv"});
  CHECK(status.exit_code == 0);
  CHECK(json::parse(status.out).is_object());
  CHECK(status.err.find("warning: --password is visible to other local users") !=
        std::string::npos);
  CHECK(status.err.find("OPENCLAW_GATEWAY_PASSWORD") != std::string::npos);
  // Credentials from the config: nothing to warn about.
  auto from_env = r.home.Run({"gateway", "call", "health", "--json"});
  CHECK(from_env.exit_code == 0);
  CHECK(from_env.err.empty());
}

TEST_CASE("RPC CLI: logs prints the tail and follows it across a rotation", "[cli][rpc][logs]") {
  Running r(std::vector<std::pair<std::string, std::string>>{{"logging.maxFileBytes", "4000"}});
  auto client = r.gateway->Connect(r.home.Token());
  client->Call("system-event", {{"text", "before-follow"}});
  client->Call("system-event", {{"text", "paint \x1b[31mred"}});
  auto tail = r.home.Run({"logs", "--limit", "50"});
  CHECK(tail.exit_code == 0);
  CHECK(tail.out.find("[system] system event: before-follow") != std::string::npos);
  // Log text never reaches the terminal as control characters.
  CHECK(tail.out.find("paint \\x1b[31mred") != std::string::npos);
  CHECK(tail.out.find('\x1b') == std::string::npos);
  auto raw = r.home.Run({"logs", "--limit", "50", "--json"});
  CHECK(json::parse(raw.out.substr(0, raw.out.find('\n'))).contains("message"));

  ProcessResult followed;
  std::thread follower([&] {
    followed = r.home.Run({"logs", "--follow", "--interval", "50", "--limit", "1"}, 4000);
  });
  std::this_thread::sleep_for(500ms);
  for (int i = 0; i < 60; ++i) {
    client->Call("system-event",
                 {{"text", "line-" + std::to_string(i) + "-" + std::string(100, 'x')}});
    std::this_thread::sleep_for(20ms);
  }
  follower.join();
  CHECK(fs::exists(r.home.dir / "logs/gateway.log.1"));  // the file rotated while we followed
  CHECK(followed.err.find("log file rotated") != std::string::npos);
  CHECK(followed.out.find("system event: line-59-") != std::string::npos);
}

TEST_CASE("RPC CLI: gateway status and probe", "[cli][rpc][service]") {
  Running r;
  auto status = json::parse(r.home.Run({"gateway", "status", "--json", "--require-rpc"}).out);
  CHECK(status["rpc"]["reachable"] == true);
  CHECK(status["rpc"]["runtimeVersion"] == "2026.9.6");
  CHECK(status["service"]["state"] == "not installed");
  CHECK(status["configPath"] == (r.home.dir / ".openclaw/openclaw.json").string());
  auto human = r.home.Run({"gateway", "status"});
  CHECK(human.out.find("RPC       reachable") != std::string::npos);
  CHECK(r.home.Run({"gateway", "status", "--no-probe"}).out.find("not probed") !=
        std::string::npos);
  auto probe = r.home.Run({"gateway", "probe", "--json"});
  CHECK(probe.exit_code == 0);
  CHECK(json::parse(probe.out)["reachable"].get<int>() >= 1);
  auto down =
      r.home.Run({"gateway", "status", "--require-rpc", "--port", std::to_string(FreePort())});
  CHECK(down.exit_code == 3);
}

TEST_CASE("RPC CLI: gateway install writes the unit and a private environment file",
          "[cli][service]") {
  Home home;
  home.env["OPENCLAW_SYSTEMCTL"] = "/bin/false";  // no user systemd here: print what to run
  REQUIRE(home.Run({"--profile", "work", "setup"}).exit_code == 0);
  auto install =
      home.Run({"--profile", "work", "gateway", "install", "--token", "unit-secret-123"});
  INFO(install.err);
  CHECK(install.exit_code == 0);
  CHECK(install.out.find("systemctl --user enable --now openclaw-gateway-work.service") !=
        std::string::npos);
  fs::path unit = home.dir / ".config/systemd/user/openclaw-gateway-work.service";
  std::string text = ReadFile(unit);
  CHECK(text.find("ExecStart=" + std::string(OPENCLAW_BIN) +
                  " --profile work gateway --port 18789\n") != std::string::npos);
  CHECK(text.find("RestartPreventExitStatus=78") != std::string::npos);
  CHECK(text.find("EnvironmentFile=-" + (home.dir / ".openclaw-work/gateway.env").string()) !=
        std::string::npos);
  CHECK(text.find("unit-secret-123") == std::string::npos);  // secrets only in the EnvironmentFile
  fs::path env_file = home.dir / ".openclaw-work/gateway.env";
  CHECK(FileMode(env_file) == 0600);
  CHECK(ReadFile(env_file).find("OPENCLAW_GATEWAY_TOKEN=unit-secret-123") != std::string::npos);
  CHECK(home.Run({"--profile", "work", "gateway", "install"}).out.find("Already installed") !=
        std::string::npos);
  CHECK(home.Run({"--profile", "work", "gateway", "status", "--no-probe"}).out.find("installed") !=
        std::string::npos);
  auto uninstall = home.Run({"--profile", "work", "gateway", "uninstall"});
  CHECK(uninstall.exit_code == 0);
  CHECK_FALSE(fs::exists(unit));
  CHECK(fs::exists(home.dir / ".openclaw-work/openclaw.json"));  // state kept
  CHECK(home.Run({"--profile", "work", "gateway", "start"}).exit_code ==
        1);  // nothing to start without a unit
}
