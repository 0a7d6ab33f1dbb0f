// After hello: the request pipeline, scopes, system methods, events, presence, slow consumers,
// and the HTTP probes, over real sockets (spec/protocol.md §6–§9, methods.md §1–§2, http.md §2).
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "gateway/proto/validators.hpp"
#include "tests/integration/gateway_fixture.hpp"
#include "tests/support/raw_http.hpp"
#include "tests/support/raw_ws.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

json ErrorOf(const client::RpcResult& r) { return r.error ? json(Write(*r.error)) : json(); }

}  // namespace

TEST_CASE("Requests: invalid frames after hello keep the socket open", "[integration][requests]") {
  GatewayFixture gw;
  auto cli = gw.ConnectCli();
  cli->SendRaw(R"({"type":"req","method":"health"})");
  auto res = cli->WaitResponse("invalid", 3000ms);
  REQUIRE(res);
  CHECK((*res)["error"]["message"] == "invalid request frame: must have required property 'id'");
  cli->SendRaw(R"({"type":"foo","id":"zz"})");
  res = cli->WaitResponse("zz", 3000ms);
  REQUIRE(res);
  CHECK((*res)["error"]["message"] ==
        "invalid request frame: must have required property 'method'; at /type: must be equal to "
        "constant");
  cli->SendRaw("{not json");                                    // ignored
  cli->SendRaw(std::string(500, '[') + std::string(500, ']'));  // too deep: ignored
  CHECK(cli->Call("health").ok);
}

TEST_CASE("Requests: the scope gate and unknown methods", "[integration][requests][scopes]") {
  GatewayFixture gw;
  auto reader = gw.ConnectCli({"operator.read"});
  CHECK(reader->Call("status").ok);
  CHECK(reader->Call("system-presence").ok);
  auto forbidden = reader->Call("system-event", {{"text", "hi"}});
  CHECK(ErrorOf(forbidden) == json{{"code", "FORBIDDEN"},
                                   {"message", "missing scope: operator.admin"},
                                   {"details",
                                    {{"code", "MISSING_SCOPE"},
                                     {"missingScope", "operator.admin"},
                                     {"requiredScopes", {"operator.admin"}}}}});
  CHECK(ErrorOf(reader->Call("no.such.method"))["message"] == "missing scope: operator.admin");
  CHECK(ErrorOf(reader->Call("connect"))["message"] == "missing scope: operator.admin");

  auto admin = gw.ConnectCli({"operator.admin"});
  CHECK(ErrorOf(admin->Call("no.such.method")) ==
        json{{"code", "INVALID_REQUEST"}, {"message", "unknown method: no.such.method"}});
  CHECK(ErrorOf(admin->Call("connect"))["message"] == "connect is only valid as the first request");
  CHECK(admin->Call("system-event", {{"text", "hi"}}).ok);

  auto none = gw.Connect([&] {
    auto o = gw.Cli({"operator.admin"});
    o.client_id = "test";
    o.client_mode = "test";
    return o;
  }());
  CHECK(none->hello().auth.scopes.empty());
  CHECK(none->Call("health").ok);
  CHECK(ErrorOf(none->Call("status"))["message"] == "missing scope: operator.read");
}

TEST_CASE("Requests: params validation and absent params", "[integration][requests]") {
  GatewayFixture gw;
  auto cli = gw.ConnectCli({"operator.admin"});
  CHECK(ErrorOf(cli->Call("logs.tail", {{"limit", "x"}}))["message"] ==
        "invalid logs.tail params: at /limit: must be integer");
  CHECK(ErrorOf(cli->Call("logs.tail", {{"limit", 6000}, {"maxBytes", 0}}))["message"] ==
        "invalid logs.tail params: at /limit: must be <= 5000; at /maxBytes: must be >= 1");
  CHECK(ErrorOf(cli->Call("logs.tail", json::array()))["message"] ==
        "invalid logs.tail params: must be object");
  CHECK(ErrorOf(cli->Call("system-event", {{"bogus", 1}}))["message"] ==
        "invalid system-event params: must have required property 'text'; at root: unexpected "
        "property 'bogus'");
  CHECK(ErrorOf(cli->Call("system-event", {{"text", "   "}})) ==
        json{{"code", "INVALID_REQUEST"}, {"message", "text required"}});
  cli->SendRaw(R"({"type":"req","id":"np","method":"logs.tail"})");
  auto absent = cli->WaitResponse("np", 3000ms);
  REQUIRE(absent);
  CHECK((*absent)["ok"] == true);
  cli->SendRaw(R"({"type":"req","id":"nul","method":"logs.tail","params":null})");
  auto null_params = cli->WaitResponse("nul", 3000ms);
  REQUIRE(null_params);
  CHECK((*null_params)["ok"] == true);
}

TEST_CASE("Requests: system methods answer with their schema", "[integration][requests][system]") {
  GatewayFixture gw;
  auto cli = gw.ConnectCli({"operator.admin"});
  auto check = [&](const char* method, const json& params = json::object()) {
    auto r = cli->Call(method, params);
    INFO(method << ": " << r.frame.dump());
    REQUIRE(r.ok);
    const proto::MethodInfo* info = proto::FindMethod(method);
    CHECK(proto::Validate(proto::FindCheck(info->result), r.payload).empty());
    return r.payload;
  };
  json health = check("health");
  CHECK(health["ok"] == true);
  CHECK(health["defaultAgentId"] == "main");
  json status = check("status");
  CHECK(status["runtimeVersion"] == "2026.9.6");
  CHECK(status["pid"] == ::getpid());
  check("system-presence");
  CHECK(check("last-heartbeat").is_null());
  CHECK(check("set-heartbeats", {{"enabled", false}}) == json{{"ok", true}, {"enabled", false}});
  json identity = check("gateway.identity.get");
  CHECK(identity == check("gateway.identity.get"));  // stable
  CHECK(identity["deviceId"].get<std::string>().size() == 64);
  json tail = check("logs.tail", {{"limit", 5}});
  CHECK(tail["file"] == gw.log_file().string());
  CHECK(tail["cursor"] == tail["size"]);
  CHECK(tail["lines"].size() >= 1);
  json again = check("logs.tail", {{"cursor", tail["cursor"]}});
  CHECK(again["lines"].empty());
  CHECK(again["truncated"] == false);

  auto reader = gw.ConnectCli({"operator.read"});
  auto redacted = reader->Call("status");
  CHECK(redacted.payload["sessions"]["paths"] == json{"[redacted]"});
}

TEST_CASE("Events: tick on the gateway timer with contiguous seq", "[integration][events]") {
  FixtureOptions options;
  options.timings.tick = 100ms;
  GatewayFixture gw(options);
  auto cli = gw.ConnectCli({"operator.read"});
  CHECK(cli->hello().policy.tick_interval_ms == 100);
  auto first = cli->WaitEvent("tick", 3000ms);
  auto second = cli->WaitEvent("tick", 3000ms);
  REQUIRE(first);
  REQUIRE(second);
  CHECK((*second)["seq"].get<std::int64_t>() > (*first)["seq"].get<std::int64_t>());
  CHECK_FALSE(first->contains("stateVersion"));
  CHECK(cli->seq_gaps() == 0);
}

TEST_CASE("Events: presence changes with stateVersion, gated by scope",
          "[integration][events][presence]") {
  GatewayFixture gw;
  auto scopeless = gw.Connect([&] {
    auto o = gw.Cli({});
    o.client_id = "test";
    o.client_mode = "test";
    return o;
  }());
  auto admin = gw.ConnectCli({"operator.admin"});
  const std::int64_t before = admin->hello().snapshot.state_version.presence;

  auto webchat_options = gw.Cli({});
  webchat_options.client_id = "webchat-ui";
  webchat_options.client_mode = "webchat";
  webchat_options.headers = {{"Origin", "http://127.0.0.1:" + std::to_string(gw.port())}};
  auto webchat = gw.Connect(webchat_options);
  auto joined = admin->WaitEvent("presence", 3000ms);
  REQUIRE(joined);
  CHECK((*joined)["stateVersion"]["presence"] == before + 1);
  auto entry_of = [](const json& event, const std::string& mode) {
    for (const auto& e : event["payload"]["presence"]) {
      if (e.value("mode", "") == mode) return e;
    }
    return json();
  };
  CHECK((*joined)["payload"]["presence"][0]["reason"] == "self");
  CHECK(entry_of(*joined, "webchat")["reason"] == "connect");
  CHECK(entry_of(*joined, "webchat")["text"] == "Node: unknown · mode webchat");

  webchat->Close();
  auto left = admin->WaitEvent("presence", 3000ms);
  REQUIRE(left);
  CHECK(entry_of(*left, "webchat")["reason"] == "disconnect");  // kept, marked
  CHECK((*left)["stateVersion"]["presence"] == before + 2);

  admin->Call("system-event", {{"text", "hi"}});
  auto event = admin->WaitEvent("presence", 3000ms);
  REQUIRE(event);
  bool found = false;
  for (const auto& e : (*event)["payload"]["presence"]) found |= e.value("text", "") == "hi";
  CHECK(found);
  // The scope-less socket saw none of it.
  CHECK_FALSE(scopeless->WaitEvent("presence", 200ms));
  // cli/backend/probe connects create no entry.
  auto cli = gw.ConnectCli({"operator.read"});
  CHECK_FALSE(admin->WaitEvent("presence", 200ms));
}

TEST_CASE("Events: a stalled reader is closed without slowing the others",
          "[integration][events][slow]") {
  FixtureOptions options;
  options.timings.max_buffered_bytes = 256 * 1024;
  GatewayFixture gw(options);
  RawWebSocket stalled(gw.port());  // never reads
  REQUIRE(stalled.SendText(ConnectFrame("1", {{"scopes", {"operator.admin"}}}).dump()));
  auto healthy = gw.ConnectCli({"operator.read"});
  // The kernel's socket buffers absorb a machine-dependent amount (several MB where tcp_wmem is
  // large) before anything queues in the gateway, so keep asking until the gateway gives up on it.
  auto deadline = std::chrono::steady_clock::now() + 60s;
  int sent = 0;
  while (gw.server().connection_count() > 1 && std::chrono::steady_clock::now() < deadline) {
    for (int i = 0; i < 200; ++i, ++sent) {
      if (!stalled.SendText(R"({"type":"req","id":"s)" + std::to_string(sent) +
                            R"(","method":"status"})"))
        break;
    }
    auto started = std::chrono::steady_clock::now();
    CHECK(healthy->Call("health").ok);
    CHECK(std::chrono::steady_clock::now() - started < 5s);  // the others are not held up
  }
  INFO("requests sent by the stalled reader: " << sent);
  CHECK(gw.server().connection_count() == 1);  // the stalled one was dropped
  CHECK(healthy->Call("health").ok);
}

TEST_CASE("HTTP: probes, unknown paths and the Control UI placeholder", "[integration][http]") {
  signal(SIGPIPE, SIG_IGN);  // the 413 case closes while the client may still be sending
  GatewayFixture gw;
  httplib::Client http("127.0.0.1", gw.port());
  auto health = http.Get("/health");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(health->body == R"({"ok":true,"status":"live"})");
  CHECK(health->get_header_value("Content-Type") == "application/json; charset=utf-8");
  CHECK(health->get_header_value("Cache-Control") == "no-store");
  CHECK(http.Get("/healthz")->body == R"({"ok":true,"status":"live"})");
  auto ready = json::parse(http.Get("/readyz")->body);
  CHECK(ready["ready"] == true);
  CHECK(ready["failing"] == json::array());
  auto post = http.Post("/health", "", "text/plain");
  CHECK(post->status == 405);
  CHECK(post->get_header_value("Allow") == "GET, HEAD");
  CHECK(post->body == "Method Not Allowed");
  CHECK(http.Head("/health")->status == 200);
  for (const char* path :
       {"/v1/models", "/v1/chat/completions", "/api/x", "/x.js", "/health/x", "/readyz/"}) {
    INFO(path);
    auto r = http.Get(path);
    CHECK(r->status == 404);
    CHECK(r->body == "Not Found");
  }
  auto tools = http.Get("/tools/invoke");
  CHECK(tools->status == 405);
  CHECK(tools->get_header_value("Allow") == "POST");
  CHECK(http.Post("/tools/invoke", "{}", "application/json")->status == 401);
  httplib::Headers bearer = {{"Authorization", std::string("Bearer ") + kToken}};
  CHECK(http.Post("/tools/invoke", bearer, R"({"tool":"exec"})", "application/json")->status ==
        404);
  CHECK(json::parse(http.Post("/tools/invoke", "{}", "application/json")->body) ==
        json{{"error", {{"message", "Unauthorized"}, {"type", "unauthorized"}}}});
  CHECK(RawHttp(gw.port(), "POST /health HTTP/1.1\r\nHost: x\r\nContent-Length: 2097152\r\n\r\n")
            .rfind("HTTP/1.1 413", 0) == 0);  // refused from the header, before any body is read
  auto spa = http.Get("/some/page");
  CHECK(spa->status == 200);
  CHECK(spa->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(http.Post("/some/page", "", "text/plain")->status == 404);
}

TEST_CASE("Logs: the token used on the wire never reaches the log", "[integration][logging]") {
  GatewayFixture gw;
  {
    auto cli = gw.ConnectCli({"operator.admin"});
    auto ws = gw.Raw();
    ws->SendText(ConnectFrame("1", {{"auth", {{"token", "wrong-secret-guess-123"}}}}).dump());
    ws->WaitClosed(3000ms);
    cli->Call("system-event", {{"text", std::string("token=") + kToken}});
  }
  gw.log().Info("test", std::string("echo ") + kToken);
  std::string log = ReadFile(gw.log_file());
  CHECK(log.find("listening on") != std::string::npos);
  CHECK(log.find(kToken) == std::string::npos);
  // The refused attempt is logged with where it came from and why, never what it presented.
  CHECK(log.find("connect from 127.0.0.1 refused: token_mismatch") != std::string::npos);
  CHECK(log.find("wrong-secret-guess-123") == std::string::npos);
}

TEST_CASE("Logs: at debug level, handshakes, requests and closes are logged without secrets",
          "[integration][logging]") {
  FixtureOptions options;
  options.log_level = logging::Level::kDebug;
  GatewayFixture gw(options);
  std::string conn_id;
  {
    auto cli = gw.ConnectCli({"operator.admin"});
    conn_id = cli->hello().server.conn_id;
    REQUIRE(cli->Call("health").ok);
    CHECK_FALSE(cli->Call("no.such.method").ok);
    // Logged before the response is sent, so it is in the file now.
    const std::string log = ReadFile(gw.log_file());
    CHECK(log.find("handshake conn=" + conn_id +
                   " client=cli mode=cli version=2026.9.6 ip=127.0.0.1 protocol=4 role=operator "
                   "scopes=operator.admin") != std::string::npos);
    CHECK(log.find("request conn=" + conn_id + " method=health id=") != std::string::npos);
    CHECK(log.find("method=no.such.method") != std::string::npos);
    CHECK(log.find(" error INVALID_REQUEST ") != std::string::npos);
    cli->Close();
  }
  auto deadline = std::chrono::steady_clock::now() + 5s;
  std::string log;
  while (std::chrono::steady_clock::now() < deadline) {
    log = ReadFile(gw.log_file());
    if (log.find("close conn=" + conn_id) != std::string::npos) break;
    std::this_thread::sleep_for(10ms);
  }
  CHECK(log.find("close conn=" + conn_id + " client=cli ip=127.0.0.1 code=1000") !=
        std::string::npos);
  // Neither the token nor its masked form: the lines never carry credentials at all.
  CHECK(log.find(kToken) == std::string::npos);
  CHECK(log.find("***") == std::string::npos);
}

TEST_CASE("Logs: at info level, requests are not logged", "[integration][logging]") {
  GatewayFixture gw;
  auto cli = gw.ConnectCli({"operator.admin"});
  REQUIRE(cli->Call("health").ok);
  const std::string log = ReadFile(gw.log_file());
  CHECK(log.find("handshake conn=") == std::string::npos);
  CHECK(log.find("request conn=") == std::string::npos);
}
