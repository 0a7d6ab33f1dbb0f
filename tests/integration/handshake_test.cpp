// The handshake over a real socket (spec/protocol.md §3–§5, auth.md §4–§6): every wrong first
// frame gets its specified response (or none) and close code, versions, auth modes, limiter.
#include <catch2/catch.hpp>
#include <set>
#include <thread>

#include "gateway/proto/validators.hpp"
#include "tests/integration/gateway_fixture.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

json Next(client::WsConnection& ws) {
  auto text = ws.Receive(3000ms);
  REQUIRE(text);
  return json::parse(*text);
}

void ExpectClose(client::WsConnection& ws, int code, const std::string& reason) {
  auto info = ws.WaitClosed(5000ms);
  CHECK(info.closed);
  CHECK(info.code == code);
  CHECK(info.reason == reason);
}

// No frame at all, then the close.
void ExpectSilentClose(client::WsConnection& ws, int code, const std::string& reason) {
  CHECK_FALSE(ws.Receive(3000ms));  // returns at once when the close comes first
  ExpectClose(ws, code, reason);
}

}  // namespace

TEST_CASE("Handshake: challenge then hello-ok with only schema-listed fields",
          "[integration][handshake]") {
  GatewayFixture gw;
  auto ws = gw.Raw();
  ws->SendText(ConnectFrame("1:abc").dump());
  json res = Next(*ws);
  CHECK(res["type"] == "res");
  CHECK(res["id"] == "1:abc");
  REQUIRE(res["ok"] == true);
  const json& hello = res["payload"];
  CHECK(proto::Validate(&proto::CheckHelloOk, hello).empty());  // closed schema: no unlisted keys
  CHECK(hello["type"] == "hello-ok");
  CHECK(hello["protocol"] == 4);
  CHECK(hello["server"]["version"] == "2026.9.6");
  CHECK(hello["auth"] == json{{"role", "operator"}, {"scopes", {"operator.read"}}});
  CHECK(hello["policy"] ==
        json{{"maxPayload", 26214400}, {"maxBufferedBytes", 52428800}, {"tickIntervalMs", 30000}});
  CHECK(hello["features"]["methods"].size() == proto::Methods().size());
  CHECK(hello["snapshot"]["presence"][0]["mode"] == "gateway");
  CHECK_FALSE(hello["snapshot"].contains("configPath"));  // admin only
  CHECK_FALSE(hello["auth"].contains("method"));

  auto admin = gw.ConnectCli({"operator.admin"});
  CHECK(admin->hello().snapshot.config_path.has_value());
  CHECK(admin->challenge()["nonce"].get<std::string>().size() == 36);
  CHECK_FALSE(admin->challenge().contains("seq"));
}

TEST_CASE("Handshake: wrong first frames", "[integration][handshake]") {
  GatewayFixture gw;
  SECTION("a request other than connect") {
    auto ws = gw.Raw();
    ws->SendText(R"({"type":"req","id":"1","method":"health"})");
    json res = Next(*ws);
    CHECK(res["error"] == json{{"code", "INVALID_REQUEST"},
                               {"message", "invalid handshake: first request must be connect"}});
    ExpectClose(*ws, 1008, "invalid handshake: first request must be connect");
  }
  SECTION("connect with invalid params") {
    auto ws = gw.Raw();
    json frame = ConnectFrame("1");
    frame["params"].erase("maxProtocol");
    ws->SendText(frame.dump());
    CHECK(Next(*ws)["error"]["message"] ==
          "invalid connect params: must have required property 'maxProtocol'");
    ExpectClose(*ws, 1008, "invalid connect params: must have required property 'maxProtocol'");
  }
  SECTION("connect without params") {
    auto ws = gw.Raw();
    ws->SendText(R"({"type":"req","id":"1","method":"connect"})");
    CHECK(Next(*ws)["error"]["message"] == "invalid connect params: must be object");
    ExpectClose(*ws, 1008, "invalid connect params: must be object");
  }
  SECTION("bad client mode") {
    auto ws = gw.Raw();
    ws->SendText(ConnectFrame("1", {{"client", {{"mode", "operator"}}}}).dump());
    CHECK(Next(*ws)["error"]["message"] ==
          "invalid connect params: at /client/mode: must be equal to one of the allowed values");
  }
  SECTION("not a request frame: no response") {
    for (const char* text : {R"({"type":"event","id":"1","method":"connect"})", "[1,2]",
                             R"({"type":"req","method":"connect"})"}) {
      INFO(text);
      auto ws = gw.Raw();
      ws->SendText(text);
      ExpectSilentClose(*ws, 1008, "invalid request frame");
    }
  }
  SECTION("unparseable JSON and non-JSON binary close 1000") {
    auto ws = gw.Raw();
    ws->SendText("{nope");
    ExpectSilentClose(*ws, 1000, "");
    auto bin = gw.Raw();
    bin->SendBinary(std::string("\x01\x02\xff", 3));
    ExpectSilentClose(*bin, 1000, "");
  }
  SECTION("a binary frame carrying connect is accepted") {
    auto ws = gw.Raw();
    ws->SendBinary(ConnectFrame("1").dump());
    CHECK(Next(*ws)["ok"] == true);
  }
  SECTION("role worker and unknown roles") {
    auto worker = gw.Raw();
    worker->SendText(ConnectFrame("1", {{"role", "worker"}}).dump());
    ExpectClose(*worker, 1008, "invalid-handshake");
    auto foo = gw.Raw();
    foo->SendText(ConnectFrame("1", {{"role", "foo"}}).dump());
    CHECK(Next(*foo)["error"] == json{{"code", "INVALID_REQUEST"}, {"message", "invalid role"}});
    ExpectClose(*foo, 1008, "invalid role");
  }
}

TEST_CASE("Handshake: frame size caps before and after hello", "[integration][handshake][limits]") {
  GatewayFixture gw;
  SECTION("a frame over 64 KiB before connect closes 1009") {
    auto ws = gw.Raw();
    ws->SendText(std::string(65537, ' '));
    ExpectSilentClose(*ws, 1009, "");
  }
  SECTION("exactly 64 KiB is read") {
    json frame = ConnectFrame("1");
    std::string text = frame.dump();
    frame["params"]["userAgent"] = std::string(65536 - text.size() - 15, 'a');
    text = frame.dump();
    REQUIRE(text.size() == 65536);
    auto ws = gw.Raw();
    ws->SendText(text);
    CHECK(Next(*ws)["ok"] == true);
  }
  SECTION("after hello a 200 KB request is answered") {
    auto cli = gw.ConnectCli({"operator.admin"});
    auto res = cli->Call("system-event", {{"text", std::string(200000, 'x')}});
    CHECK(res.ok);
  }
}

TEST_CASE("Handshake: no connect in time closes 1000", "[integration][handshake]") {
  FixtureOptions options;
  options.timings.handshake = 300ms;
  GatewayFixture gw(options);
  auto ws = gw.Raw();
  ExpectClose(*ws, 1000, "");
}

TEST_CASE("Handshake: protocol negotiation", "[integration][handshake]") {
  GatewayFixture gw;
  auto connect = [&](std::int64_t min, std::int64_t max, const char* mode = "cli") {
    auto ws = gw.Raw();
    ws->SendText(
        ConnectFrame("1",
                     {{"minProtocol", min}, {"maxProtocol", max}, {"client", {{"mode", mode}}}})
            .dump());
    return std::make_pair(Next(*ws), std::move(ws));
  };
  CHECK(connect(4, 4).first["payload"]["protocol"] == 4);
  CHECK(connect(3, 4).first["payload"]["protocol"] == 4);
  CHECK(connect(4, 5).first["payload"]["protocol"] == 4);
  CHECK(connect(3, 3).first["payload"]["protocol"] == 3);  // v3 accepted, answered as v3
  CHECK(connect(3, 3, "probe").first["payload"]["protocol"] == 4);
  auto [res, ws] = connect(5, 6);
  CHECK(res["error"] == json{{"code", "INVALID_REQUEST"},
                             {"message", "protocol mismatch"},
                             {"details",
                              {{"code", "PROTOCOL_MISMATCH"},
                               {"clientMinProtocol", 5},
                               {"clientMaxProtocol", 6},
                               {"expectedProtocol", 4},
                               {"minimumProbeProtocol", 3}}}});
  ExpectClose(*ws, 1002, "protocol mismatch");
}

TEST_CASE("Auth: token mode", "[integration][auth]") {
  GatewayFixture gw;
  SECTION("wrong token: the observed error and close") {
    auto ws = gw.Raw();
    ws->SendText(ConnectFrame("1", {{"auth", {{"token", "wrong"}}}}).dump());
    std::string message =
        "unauthorized: gateway token mismatch (use this gateway's gateway.auth.token or pair the "
        "device)";
    CHECK(Next(*ws)["error"] == json{{"code", "INVALID_REQUEST"},
                                     {"message", message},
                                     {"details",
                                      {{"code", "AUTH_TOKEN_MISMATCH"},
                                       {"authReason", "token_mismatch"},
                                       {"canRetryWithDeviceToken", false},
                                       {"recommendedNextStep", "update_auth_credentials"}}}});
    ExpectClose(*ws, 1008, message.substr(0, 123));
  }
  SECTION("the token may travel in auth.password") {
    auto ws = gw.Raw();
    ws->SendText(ConnectFrame("1", {{"auth", {{"token", nullptr}, {"password", kToken}}}}).dump());
    CHECK(Next(*ws)["ok"] == true);
  }
  SECTION("no credentials: device identity required") {
    auto ws = gw.Raw();
    ws->SendText(ConnectFrame("1", {{"auth", nullptr}}).dump());
    CHECK(Next(*ws)["error"] == json{{"code", "NOT_PAIRED"},
                                     {"message", "device identity required"},
                                     {"details", {{"code", "DEVICE_IDENTITY_REQUIRED"}}}});
    ExpectClose(*ws, 1008, "device identity required");
  }
  SECTION("a node without a device identity is not paired") {
    auto ws = gw.Raw();
    ws->SendText(
        ConnectFrame("1", {{"role", "node"}, {"client", {{"id", "node-host"}, {"mode", "node"}}}})
            .dump());
    CHECK(Next(*ws)["error"]["details"]["code"] == "DEVICE_IDENTITY_REQUIRED");
  }
}

TEST_CASE("Auth: password mode and none mode", "[integration][auth]") {
  SECTION("password") {
    FixtureOptions options;
    options.auth_mode = config::AuthMode::kPassword;
    options.token.reset();
    options.password = "pw-secret";
    GatewayFixture gw(options);
    auto ok = gw.Raw();
    ok->SendText(ConnectFrame("1", {{"auth", {{"password", "pw-secret"}}}}).dump());
    CHECK(Next(*ok)["ok"] == true);
    auto bad = gw.Raw();
    bad->SendText(ConnectFrame("1", {{"auth", {{"password", "nope"}}}}).dump());
    CHECK(Next(*bad)["error"]["details"]["code"] == "AUTH_PASSWORD_MISMATCH");
  }
  SECTION("none: requested scopes without credentials") {
    FixtureOptions options;
    options.auth_mode = config::AuthMode::kNone;
    options.token.reset();
    GatewayFixture gw(options);
    auto ws = gw.Raw();
    ws->SendText(
        ConnectFrame("1", {{"auth", nullptr}, {"client", {{"id", "test"}, {"mode", "test"}}}})
            .dump());
    CHECK(Next(*ws)["payload"]["auth"]["scopes"] == json{"operator.read"});
  }
  SECTION("a token mode gateway without a token fails closed") {
    FixtureOptions options;
    options.token.reset();
    GatewayFixture gw(options);
    auto ws = gw.Raw();
    ws->SendText(ConnectFrame("1").dump());
    CHECK(Next(*ws)["error"]["details"]["code"] == "AUTH_TOKEN_NOT_CONFIGURED");
  }
}

TEST_CASE("Auth: failed attempts lock the address out with retryAfterMs", "[integration][auth]") {
  FixtureOptions options;
  options.config = {{"gateway",
                     {{"auth",
                       {{"rateLimit",
                         {{"maxAttempts", 2},
                          {"windowMs", 60000},
                          {"lockoutMs", 60000},
                          {"exemptLoopback", false}}}}}}}};
  GatewayFixture gw(options);
  for (int i = 0; i < 2; ++i) {
    auto ws = gw.Raw();
    ws->SendText(ConnectFrame("1", {{"auth", {{"token", "wrong"}}}}).dump());
    CHECK(Next(*ws)["error"]["details"]["code"] == "AUTH_TOKEN_MISMATCH");
  }
  auto ws = gw.Raw();
  ws->SendText(ConnectFrame("1").dump());  // even the right token is refused while locked out
  json error = Next(*ws)["error"];
  CHECK(error["message"] == "unauthorized: too many failed authentication attempts (retry later)");
  CHECK(error["details"]["code"] == "AUTH_RATE_LIMITED");
  CHECK(error["retryable"] == true);
  CHECK(error["retryAfterMs"].get<std::int64_t>() > 59000);
  ExpectClose(*ws, 1008, "unauthorized: too many failed authentication attempts (retry later)");
}

TEST_CASE("Auth: which device-less clients keep their scopes", "[integration][auth][scopes]") {
  GatewayFixture gw;
  auto scopes_of = [&](const char* id, const char* mode, client::Headers headers = {}) {
    auto ws = gw.Raw(headers);
    ws->SendText(ConnectFrame("1", {{"client", {{"id", id}, {"mode", mode}}},
                                    {"scopes", {"operator.admin"}}})
                     .dump());
    json res = Next(*ws);
    return res["ok"] == true ? res["payload"]["auth"]["scopes"] : res["error"];
  };
  CHECK(scopes_of("cli", "cli") == json{"operator.admin"});
  CHECK(scopes_of("gateway-client", "backend") == json{"operator.admin"});
  CHECK(scopes_of("cli", "backend") == json::array());
  CHECK(scopes_of("test", "test") == json::array());
  CHECK(scopes_of("cli", "cli", {{"Origin", "http://127.0.0.1"}}) == json::array());
  CHECK(scopes_of("webchat-ui", "webchat")["details"]["code"] == "CONTROL_UI_ORIGIN_NOT_ALLOWED");
  CHECK(scopes_of("webchat-ui", "webchat", {{"Origin", "http://127.0.0.1"}}) == json::array());
  CHECK(scopes_of("openclaw-tui", "ui")["details"]["code"] ==
        "CONTROL_UI_DEVICE_IDENTITY_REQUIRED");
}

TEST_CASE("Handshake: requests pipelined behind connect are answered after hello",
          "[integration][handshake]") {
  GatewayFixture gw;
  auto ws = gw.Raw();
  ws->SendText(ConnectFrame("1").dump());
  ws->SendText(R"({"type":"req","id":"2","method":"health"})");
  ws->SendText(R"({"type":"req","id":"3","method":"system-presence"})");
  json hello = Next(*ws);
  CHECK(hello["id"] == "1");
  CHECK(hello["ok"] == true);
  std::set<std::string> answered;
  for (int i = 0; i < 2; ++i) {
    json res = Next(*ws);
    if (res["type"] == "res") answered.insert(res["id"].get<std::string>());
  }
  CHECK(answered == std::set<std::string>{"2", "3"});
}

TEST_CASE("Keepalive: a peer that stops answering pings is dropped without a close frame",
          "[integration][keepalive]") {
  FixtureOptions options;
  options.timings.ping = 100ms;
  GatewayFixture gw(options);
  auto silent = gw.Raw();
  silent->SetAutoPong(false);
  silent->SendText(ConnectFrame("1").dump());
  REQUIRE(silent->Receive(3000ms));
  auto answering = gw.ConnectCli({"operator.read"});
  auto closed = silent->WaitClosed(5000ms);
  CHECK(closed.closed);
  CHECK_FALSE(closed.clean);
  CHECK(closed.code == 1006);
  CHECK(silent->PingsReceived() >= 1);
  std::this_thread::sleep_for(400ms);  // several ping periods: the answering client stays
  CHECK(answering->Call("health").ok);
}
