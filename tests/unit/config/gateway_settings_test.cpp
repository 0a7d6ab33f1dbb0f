// Port, bind, mode and auth resolution for `openclaw gateway` (spec/config.md §4, auth.md §1).
#include "server/config/gateway_settings.hpp"

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.hpp"

using namespace gateway::config;
using gateway::testing::TempDir;
using gateway::testing::WriteFile;

namespace {

struct Fixture {
  TempDir dir;
  Environment env;
  Paths paths;
  LoadedConfig config;
  GatewayFlags flags;
  HostFacts host;
  Fixture() : env({{"HOME", dir.path().string()}}) {
    paths = ResolvePaths({}, env);
    Config(R"({"gateway": {"mode": "local", "auth": {"token": "configured"}}})");
  }
  void Config(const std::string& json) {
    config = LoadedConfig{};
    config.exists = true;
    config.path = paths.config_path;
    // As the loader does it: substitution records the unset ${VAR}s that secrets must refuse.
    PreparedConfig prepared = PrepareConfig(nlohmann::ordered_json::parse(json), env);
    config.effective = std::move(prepared.effective);
    config.unresolved = std::move(prepared.unresolved);
  }
  GatewaySettings Resolve() { return ResolveGatewaySettings(flags, env, paths, config, host); }
  std::string Refusal() {
    try {
      Resolve();
    } catch (const StartupRefused& e) {
      return e.what();
    }
    return "started";
  }
};

}  // namespace

TEST_CASE("Gateway settings: port precedence", "[config][settings]") {
  Fixture f;
  CHECK(f.Resolve().port == 18789);
  f.Config(R"({"gateway": {"mode": "local", "port": 20000, "auth": {"token": "t"}}})");
  CHECK(f.Resolve().port == 20000);
  f.env.Set("OPENCLAW_GATEWAY_PORT", "21000");
  CHECK(f.Resolve().port == 21000);
  f.flags.port = "22000";
  CHECK(f.Resolve().port == 22000);
  f.flags.port = "0";
  CHECK(f.Refusal() == "invalid port '0' from --port (expected 1-65535)");
  f.flags.port.reset();
  f.env.Set("OPENCLAW_GATEWAY_PORT", "http");
  CHECK(f.Refusal() == "invalid port 'http' from OPENCLAW_GATEWAY_PORT (expected 1-65535)");
}

TEST_CASE("Gateway settings: --dev defaults to port 19001", "[config][settings]") {
  Fixture f;
  f.paths = ResolvePaths({true, ""}, f.env);
  CHECK(f.Resolve().port == 19001);
}

TEST_CASE("Gateway settings: bind modes", "[config][settings]") {
  Fixture f;
  using Hosts = std::vector<std::string>;
  CHECK(f.Resolve().listen_hosts == Hosts{"127.0.0.1"});
  CHECK(f.Resolve().loopback_only);
  f.flags.bind = "lan";
  CHECK(f.Resolve().listen_hosts == Hosts{"0.0.0.0"});
  CHECK_FALSE(f.Resolve().loopback_only);
  f.flags.bind = "tailnet";
  CHECK(f.Resolve().listen_hosts == Hosts{"127.0.0.1"});
  f.host.tailnet_ipv4 = "100.100.1.2";
  CHECK(f.Resolve().listen_hosts == Hosts{"100.100.1.2", "127.0.0.1"});
  f.flags.bind = "auto";
  CHECK(f.Resolve().listen_hosts == Hosts{"127.0.0.1"});
  f.host.in_container = true;
  CHECK(f.Resolve().listen_hosts == Hosts{"0.0.0.0"});
  f.flags.bind = "192.168.5.5";  // a literal IP means custom
  CHECK(f.Resolve().bind == BindMode::kCustom);
  CHECK(f.Resolve().listen_hosts == Hosts{"192.168.5.5", "127.0.0.1"});
  f.flags.bind = "everywhere";
  CHECK(f.Refusal() ==
        "invalid bind 'everywhere' (expected loopback, lan, tailnet, auto, custom or an IPv4 "
        "address)");
  f.flags.bind.reset();
  f.Config(R"({"gateway": {"mode": "local", "bind": "custom", "auth": {"token": "t"}}})");
  CHECK(f.Refusal() == "gateway.bind is custom but gateway.customBindHost is not an IPv4 address");
  f.Config(R"({"gateway": {"mode": "local", "bind": "custom", "customBindHost": "127.0.0.1"}})");
  f.host.in_container = false;
  CHECK(f.Resolve().listen_hosts == Hosts{"127.0.0.1"});
}

TEST_CASE("Gateway settings: gateway.mode must be local", "[config][settings]") {
  Fixture f;
  f.config.exists = false;
  f.config.effective = nlohmann::json::object();
  CHECK(f.Refusal() ==
        "Missing config. Run `openclaw setup` or set gateway.mode=local (or pass "
        "--allow-unconfigured).");
  f.flags.allow_unconfigured = true;
  CHECK(f.Resolve().port == 18789);
  f.flags.allow_unconfigured = false;
  f.Config(R"({"gateway": {"mode": "remote"}})");
  CHECK(f.Refusal() == "Gateway start blocked: set gateway.mode=local");
  f.Config(R"({"gateway": {"port": 1234}})");
  try {
    f.Resolve();
    FAIL("started without gateway.mode");
  } catch (const StartupRefused& e) {
    CHECK(std::string(e.what()) == "Gateway start blocked: set gateway.mode=local");
    CHECK(e.hint().find("has no gateway.mode") != std::string::npos);
  }
}

TEST_CASE("Gateway settings: auth precedence and mode inference", "[config][settings]") {
  Fixture f;
  f.env.Set("OPENCLAW_GATEWAY_TOKEN", "from-env");
  CHECK(f.Resolve().token == "configured");  // config wins over the environment
  f.flags.token = "from-flag";
  CHECK(f.Resolve().token == "from-flag");
  CHECK(f.Resolve().auth_mode == AuthMode::kToken);
  f.flags.token.reset();
  f.Config(R"({"gateway": {"mode": "local"}})");
  CHECK(f.Resolve().token == "from-env");

  f.env = Environment({{"HOME", f.dir.path().string()}});
  f.Config(R"({"gateway": {"mode": "local", "auth": {"password": "pw"}}})");
  CHECK(f.Resolve().auth_mode == AuthMode::kPassword);
  CHECK(f.Resolve().password == "pw");
  WriteFile(f.dir / "pw.txt", "from-file\n");
  f.flags.password_file = (f.dir / "pw.txt").string();
  CHECK(f.Resolve().password == "from-file");

  f.Config(R"({"gateway": {"mode": "local", "auth": {"token": "t", "password": "p"}}})");
  CHECK(f.Refusal() == "a gateway token and a password are both configured: set gateway.auth.mode");
  f.Config(
      R"({"gateway": {"mode": "local", "auth": {"mode": "password", "token": "t", "password": "p"}}})");
  CHECK(f.Resolve().auth_mode == AuthMode::kPassword);
}

TEST_CASE("Gateway settings: secrets that do not resolve fail closed", "[config][settings]") {
  Fixture f;
  f.Config(
      R"({"gateway": {"mode": "local", "auth": {"token": {"source": "env", "id": "NOT_THERE"}}}})");
  CHECK(f.Refusal() ==
        "gateway.auth.token: environment variable NOT_THERE (SecretRef source env) is not set");
  f.Config(R"({"gateway": {"mode": "local", "auth": {"token": "${NOT_THERE}"}}})");
  CHECK(f.Refusal() == "gateway.auth.token refers to ${NOT_THERE}, which is not set");
}

TEST_CASE("Gateway settings: a non-loopback bind needs auth", "[config][settings]") {
  Fixture f;
  f.Config(R"({"gateway": {"mode": "local", "bind": "lan"}})");
  CHECK(f.Refusal() == "refusing to bind gateway to 0.0.0.0:18789 without auth");
  f.Config(R"({"gateway": {"mode": "local", "bind": "lan", "auth": {"mode": "none"}}})");
  CHECK(f.Refusal() == "refusing to bind gateway to 0.0.0.0:18789 without auth");
  f.Config(R"({"gateway": {"mode": "local", "bind": "lan", "auth": {"token": "t"}}})");
  CHECK(f.Resolve().listen_hosts == std::vector<std::string>{"0.0.0.0"});
  f.Config(R"({"gateway": {"mode": "local"}})");
  auto loopback = f.Resolve();  // loopback without a secret starts; connects fail closed
  CHECK(loopback.auth_mode == AuthMode::kToken);
  CHECK_FALSE(loopback.token.has_value());
  f.flags.auth = "trusted-proxy";
  CHECK(f.Refusal() ==
        "trusted-proxy auth is not supported by this gateway yet: use token or password");
}
