// The C++ client library against a fake gateway on loopback: URL parsing, the raw WebSocket
// connection (frames, closes, pings, limits) and the protocol client (handshake, correlation,
// events and seq gaps, timeouts, rejection).
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <regex>
#include <thread>

#include "fake_gateway.hpp"
#include "gateway/client/gateway_client.hpp"
#include "gateway/client/typed_call.hpp"
#include "gateway/client/url.hpp"
#include "gateway/client/ws_connection.hpp"
#include "gateway/proto/frames.hpp"

namespace {

using namespace std::chrono_literals;
using gateway::client::ClientOptions;
using gateway::client::GatewayClient;
using gateway::client::GatewayError;
using gateway::client::GatewayErrorKind;
using gateway::client::ParseUrl;
using gateway::client::Url;
using gateway::client::WsConnection;
using gateway::client::WsOpenError;
using gateway::client::test::FakeGateway;
using nlohmann::json;

const std::regex kUuid("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

Url MustParse(const std::string& text) {
  auto url = ParseUrl(text);
  REQUIRE(url.has_value());
  return *url;
}

// Polls `condition` until it holds or `timeout` passes (for counters without a wait primitive).
template <class Condition>
bool Eventually(Condition condition, std::chrono::milliseconds timeout = 5s) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(5ms);
  }
  return true;
}

ClientOptions OptionsFor(const FakeGateway& server, std::string token = "secret") {
  ClientOptions options;
  options.url = server.Url();
  options.token = std::move(token);
  options.scopes = {"operator.read"};
  options.connect_timeout = 5s;
  options.request_timeout = 5s;
  return options;
}

GatewayErrorKind ConnectFailure(const ClientOptions& options) {
  try {
    GatewayClient::Connect(options);
  } catch (const GatewayError& e) {
    return e.kind();
  }
  FAIL("Connect succeeded");
  return GatewayErrorKind::kProtocol;
}

}  // namespace

TEST_CASE("Client: URL parsing", "[client]") {
  SECTION("defaults: port 80 and path /") {
    Url url = MustParse("ws://gateway.local");
    CHECK(url.host == "gateway.local");
    CHECK(url.port == 80);
    CHECK(url.target == "/");
    CHECK(url.ToString() == "ws://gateway.local:80/");
  }
  SECTION("port path and query") {
    Url url = MustParse("WS://127.0.0.1:18789/ui/app?x=1");
    CHECK(url.host == "127.0.0.1");
    CHECK(url.port == 18789);
    CHECK(url.target == "/ui/app?x=1");
    CHECK(MustParse("ws://h:1?q").target == "/?q");
  }
  SECTION("IPv6 literal") {
    Url url = MustParse("ws://[::1]:9000/");
    CHECK(url.host == "::1");
    CHECK(url.port == 9000);
    CHECK(url.Authority() == "[::1]:9000");
  }
  SECTION("wss is not supported yet") {
    auto url = ParseUrl("wss://example.com/");
    REQUIRE_FALSE(url.has_value());
    CHECK(url.error().find("TLS") != std::string::npos);
  }
  SECTION("garbage is rejected") {
    for (const char* text : {"", "example.com", "http://x/", "ws://", "ws://:80/", "ws://h:0/",
                             "ws://h:65536/", "ws://h:80x/", "ws://h:/", "ws://u@h/", "ws://h/#f",
                             "ws://h h/", "ws://[::1/", "ws://[zz]/", "ws://h\xc3\xa9/"}) {
      INFO(text);
      CHECK_FALSE(ParseUrl(text).has_value());
    }
  }
}

TEST_CASE("Client: WebSocket text and binary round trip", "[client]") {
  FakeGateway server;
  auto ws =
      WsConnection::Open(MustParse(server.Url("/raw")), 5s, {{"Origin", "http://evil.example"}});
  CHECK(server.last_origin() == "http://evil.example");

  ws->SendText("hello");
  CHECK(ws->Receive(5s) == std::optional<std::string>("hello"));
  std::string bytes("\x00\x01\xff\x7f", 4);
  ws->SendBinary(bytes);
  CHECK(ws->Receive(5s) == std::optional<std::string>(bytes));
  CHECK(ws->Receive(50ms) == std::nullopt);

  SECTION("messages sent from many threads all arrive") {
    std::vector<std::thread> senders;
    for (int t = 0; t < 4; ++t) {
      senders.emplace_back([&ws, t] {
        for (int i = 0; i < 50; ++i)
          ws->SendText("m" + std::to_string(t) + "-" + std::to_string(i));
      });
    }
    for (auto& sender : senders) sender.join();
    int received = 0;
    while (received < 200 && ws->Receive(5s)) ++received;
    CHECK(received == 200);
    CHECK(ws->Receive(20ms) == std::nullopt);
  }
}

TEST_CASE("Client: WebSocket reports the peer close code and reason", "[client]") {
  FakeGateway server;
  auto ws = WsConnection::Open(MustParse(server.Url("/raw")), 5s);
  ws->SendText("echo-before-close");
  ws->SendText("close:4001:gateway auth changed");
  auto info = ws->WaitClosed(5s);
  CHECK(info.closed);
  CHECK(info.clean);
  CHECK(info.code == 4001);
  CHECK(info.reason == "gateway auth changed");
  // Messages received before the close are still delivered, then Receive reports the end.
  CHECK(ws->Receive(1s) == std::optional<std::string>("echo-before-close"));
  CHECK(ws->Receive(1s) == std::nullopt);
  ws->SendText("ignored after close");
}

TEST_CASE("Client: WebSocket abrupt drop is 1006", "[client]") {
  FakeGateway server;
  auto ws = WsConnection::Open(MustParse(server.Url("/raw")), 5s);
  ws->SendText("drop");
  auto info = ws->WaitClosed(5s);
  CHECK(info.closed);
  CHECK_FALSE(info.clean);
  CHECK(info.code == 1006);
}

TEST_CASE("Client: WebSocket client close handshake", "[client]") {
  FakeGateway server;
  auto ws = WsConnection::Open(MustParse(server.Url("/raw")), 5s);
  CHECK_FALSE(ws->WaitClosed(20ms).closed);
  ws->Close(4000, "tick timeout");
  auto info = ws->WaitClosed(5s);
  CHECK(info.closed);
  CHECK(info.clean);
  CHECK(info.code == 4000);  // Beast echoes the code back
  CHECK(Eventually([&] { return server.last_client_close_code() == 4000; }));
}

TEST_CASE("Client: WebSocket pings are counted and pongs can be withheld", "[client]") {
  FakeGateway server;
  auto ws = WsConnection::Open(MustParse(server.Url("/raw")), 5s);

  SECTION("auto pong answers") {
    ws->SendText("ping");
    REQUIRE(Eventually([&] { return ws->PingsReceived() == 1; }));
    ws->SendText("pongs?");
    CHECK(ws->Receive(5s) == std::optional<std::string>("pongs=1"));
  }
  SECTION("auto pong off stays silent but keeps the stream in sync") {
    ws->SetAutoPong(false);
    ws->SendText("ping");
    REQUIRE(Eventually([&] { return ws->PingsReceived() == 1; }));
    ws->SendText("pongs?");
    CHECK(ws->Receive(5s) == std::optional<std::string>("pongs=0"));
    // Frames with 16-bit and 64-bit lengths pass the pong filter intact.
    for (std::size_t size : {300, 70000}) {
      std::string big(size, 'a');
      big.back() = 'z';
      ws->SendText(big);
      CHECK(ws->Receive(5s) == std::optional<std::string>(big));
    }
    ws->SetAutoPong(true);
    ws->SendText("ping");
    REQUIRE(Eventually([&] { return ws->PingsReceived() == 2; }));
    ws->SendText("pongs?");
    CHECK(ws->Receive(5s) == std::optional<std::string>("pongs=1"));
  }
}

TEST_CASE("Client: WebSocket read cap closes with 1009", "[client]") {
  FakeGateway server;
  auto ws = WsConnection::Open(MustParse(server.Url("/raw")), 5s);
  ws->SetMaxMessageSize(1000);
  ws->SendText("big:1000");
  CHECK(ws->Receive(5s)->size() == 1000);
  ws->SendText("big:1001");
  auto info = ws->WaitClosed(5s);
  CHECK(info.closed);
  CHECK(info.code == 1009);
  CHECK(Eventually([&] { return server.last_client_close_code() == 1009; }));
}

TEST_CASE("Client: WebSocket open failures", "[client]") {
  FakeGateway server;
  SECTION("declined upgrade carries the HTTP status") {
    try {
      WsConnection::Open(MustParse(server.Url("/forbidden")), 5s);
      FAIL("opened");
    } catch (const WsOpenError& e) {
      CHECK(e.http_status() == 403);
      CHECK_FALSE(e.timed_out());
    }
  }
  SECTION("an upgrade that never completes times out") {
    auto started = std::chrono::steady_clock::now();
    try {
      WsConnection::Open(MustParse(server.Url("/hang")), 200ms);
      FAIL("opened");
    } catch (const WsOpenError& e) {
      CHECK(e.timed_out());
    }
    CHECK(std::chrono::steady_clock::now() - started < 2s);
  }
}

TEST_CASE("Client: connect sends the CLI connect frame and reads hello-ok", "[client]") {
  FakeGateway server;
  auto client = GatewayClient::Connect(OptionsFor(server));

  CHECK(client->challenge()["nonce"] == "nonce-1");
  CHECK(client->hello().protocol == 4);
  CHECK(client->hello().server.conn_id == "conn-1");
  CHECK(client->hello().auth.scopes == std::vector<std::string>{"operator.read"});
  CHECK(client->hello_unknown_fields().empty());

  json connect = server.last_connect();
  REQUIRE(connect.is_object());
  CHECK(connect.size() == 4);
  CHECK(connect["type"] == "req");
  CHECK(connect["method"] == "connect");
  std::string id = connect["id"];
  REQUIRE(id.starts_with("1:"));
  CHECK(std::regex_match(id.substr(2), kUuid));

  // Strictly valid against the generated ConnectParams, with the CLI's values.
  auto params = gateway::wire::Decode<gateway::proto::ConnectParams>(connect["params"]);
  CHECK(params.min_protocol == 4);
  CHECK(params.max_protocol == 4);
  CHECK(params.client.id == gateway::proto::GatewayClientId::kCli);
  CHECK(params.client.mode == gateway::proto::GatewayClientMode::kCli);
  CHECK(params.client.version == "2026.9.6");
  CHECK(params.client.platform == "linux");
  CHECK(params.client.device_family == std::optional<std::string>("Linux"));
  REQUIRE(params.client.instance_id);
  CHECK(std::regex_match(*params.client.instance_id, kUuid));
  CHECK(params.caps == std::optional<std::vector<std::string>>(std::vector<std::string>{}));
  REQUIRE(params.auth);
  CHECK(params.auth->token == std::optional<std::string>("secret"));
  CHECK_FALSE(params.auth->password);
  CHECK(params.role == std::optional<std::string>("operator"));
  CHECK(params.scopes ==
        std::optional<std::vector<std::string>>(std::vector<std::string>{"operator.read"}));
}

TEST_CASE("Client: calls are correlated by id", "[client]") {
  FakeGateway server;
  auto client = GatewayClient::Connect(OptionsFor(server));

  SECTION("one call") {
    auto result = client->Call("echo", {{"x", 1}});
    CHECK(result.ok);
    CHECK(result.payload["params"] == json{{"x", 1}});
    CHECK(result.payload["method"] == "echo");
    std::string id = result.payload["id"];
    CHECK(id.starts_with("2:"));
    CHECK(std::regex_match(id.substr(2), kUuid));
    CHECK(result.frame["id"] == id);
    CHECK_FALSE(result.error);
  }
  SECTION("responses out of order reach their own callers") {
    std::vector<std::future<gateway::client::RpcResult>> futures;
    for (int i = 0; i < 5; ++i) futures.push_back(client->CallAsync("hold", {{"i", i}}));
    auto flush = client->Call("flush");
    CHECK(flush.payload["released"] == 5);
    for (int i = 0; i < 5; ++i) {
      REQUIRE(futures[i].wait_for(5s) == std::future_status::ready);
      auto result = futures[i].get();
      CHECK(result.ok);
      CHECK(result.payload["params"]["i"] == i);
    }
    CHECK(client->pending_calls() == 0);
  }
  SECTION("error responses carry the ErrorShape") {
    auto result = client->Call("fail");
    CHECK_FALSE(result.ok);
    REQUIRE(result.error);
    CHECK(result.error->code == "FORBIDDEN");
    REQUIRE(result.error->details);
    CHECK((*result.error->details)["code"] == "MISSING_SCOPE");
  }
  SECTION("expect_final skips the accepted answer") {
    CHECK(client->Call("accepted", json::object(), true).payload["status"] == "ok");
    CHECK(client->Call("accepted").payload["status"] == "accepted");
    // Asynchronously too (`openclaw agent` waits on the future so that Ctrl-C can abort the run).
    auto final_answer = client->CallAsync("accepted", json::object(), true);
    REQUIRE(final_answer.wait_for(5s) == std::future_status::ready);
    CHECK(final_answer.get().payload["status"] == "ok");
    CHECK(client->pending_calls() == 0);
  }
  SECTION("raw frames and responses to ids the client did not make") {
    client->SendRaw(R"({"type":"req","method":"echo"})");
    auto response = client->WaitResponse("invalid", 5s);
    REQUIRE(response);
    CHECK((*response)["error"]["code"] == "INVALID_REQUEST");
    CHECK_FALSE(client->WaitResponse("invalid", 20ms));
  }
}

TEST_CASE("Client: typed calls decode the result or carry the error", "[client]") {
  FakeGateway server;
  auto client = GatewayClient::Connect(OptionsFor(server));
  using gateway::client::CallTyped;

  auto echo = CallTyped<json>(*client, "echo", {{"x", 1}});
  REQUIRE(echo.ok());
  CHECK(echo.value()["params"] == json{{"x", 1}});
  CHECK(echo.raw().payload == echo.value());
  CHECK_THROWS_AS(echo.error(), std::logic_error);

  auto failed = CallTyped<json>(*client, "fail", json::object());
  CHECK_FALSE(failed.ok());
  CHECK(failed.error().code == "FORBIDDEN");
  CHECK_THROWS_AS(failed.value(), std::logic_error);

  // {id, method, params} is not a RequestFrame (no "type"): a protocol error, not a crash.
  try {
    CallTyped<gateway::proto::RequestFrame>(*client, "echo", json::object());
    FAIL("decoded a payload that does not match");
  } catch (const GatewayError& e) {
    CHECK(e.kind() == GatewayErrorKind::kProtocol);
    CHECK(std::string(e.what()).starts_with("echo answered a result that does not decode"));
  }
  CHECK(CallTyped<json>(*client, "accepted", json::object(), true).value()["status"] == "ok");
}

TEST_CASE("Client: a request without an answer times out and is forgotten", "[client]") {
  FakeGateway server;
  auto client = GatewayClient::Connect(OptionsFor(server));
  try {
    client->Call("never", json::object(), false, 100ms);
    FAIL("answered");
  } catch (const GatewayError& e) {
    CHECK(e.kind() == GatewayErrorKind::kTimeout);
  }
  CHECK(client->pending_calls() == 0);
  CHECK(client->Call("echo").ok);  // the connection is still usable
}

TEST_CASE("Client: events update seq bookkeeping and reach waiters", "[client]") {
  FakeGateway server;
  auto client = GatewayClient::Connect(OptionsFor(server));
  std::atomic<int> seen{0};
  client->OnEvent([&](const std::string& event, const json& frame) {
    if (event == "test.event" && frame.contains("seq")) ++seen;
  });
  CHECK(client->Call("events", {{"seqs", {1, 2, 4, 5}}}).ok);
  // Events sent before the response are handled before it.
  CHECK(seen == 4);
  CHECK(client->last_seq() == 5);
  CHECK(client->seq_gaps() == 1);
  auto first = client->WaitEvent("test.event", 1s);
  REQUIRE(first);
  CHECK((*first)["seq"] == 1);
  CHECK((*client->WaitEvent("test.event", 1s))["seq"] == 2);
  CHECK_FALSE(client->WaitEvent("other.event", 20ms));

  CHECK(client->Call("events", {{"seqs", {9}}}).ok);
  CHECK(client->seq_gaps() == 2);
  CHECK(client->last_seq() == 9);
}

TEST_CASE("Client: a server close fails pending calls with the close code", "[client]") {
  FakeGateway server;
  auto client = GatewayClient::Connect(OptionsFor(server));
  auto pending = client->CallAsync("never");
  CHECK(client->Call("close", {{"code", 4001}, {"reason", "gateway auth changed"}}).ok);
  REQUIRE(pending.wait_for(5s) == std::future_status::ready);
  try {
    pending.get();
    FAIL("answered");
  } catch (const GatewayError& e) {
    CHECK(e.kind() == GatewayErrorKind::kClosed);
    CHECK(e.close_code() == 4001);
    CHECK(e.close_reason() == "gateway auth changed");
  }
  auto info = client->WaitClosed(5s);
  CHECK(info.clean);
  CHECK(info.code == 4001);
  try {
    client->Call("echo");
    FAIL("sent on a closed connection");
  } catch (const GatewayError& e) {
    CHECK(e.kind() == GatewayErrorKind::kClosed);
  }
  CHECK_FALSE(client->WaitEvent("test.event", 1s));
}

TEST_CASE("Client: an abrupt drop fails the call in flight", "[client]") {
  FakeGateway server;
  auto client = GatewayClient::Connect(OptionsFor(server));
  try {
    client->Call("drop");
    FAIL("answered");
  } catch (const GatewayError& e) {
    CHECK(e.kind() == GatewayErrorKind::kClosed);
    CHECK(e.close_code() == 1006);
    CHECK_FALSE(e.close().clean);
  }
}

TEST_CASE("Client: handshake rejection carries the error and the close", "[client]") {
  FakeGateway server;
  try {
    GatewayClient::Connect(OptionsFor(server, "wrong"));
    FAIL("connected");
  } catch (const GatewayError& e) {
    CHECK(e.kind() == GatewayErrorKind::kHandshakeRejected);
    REQUIRE(e.error());
    CHECK(e.error()->code == "INVALID_REQUEST");
    CHECK((*e.error()->details)["code"] == "AUTH_TOKEN_MISMATCH");
    CHECK(e.close_code() == 1008);
    CHECK(e.close_reason() == "unauthorized: gateway token mismatch");
  }
}

TEST_CASE("Client: hello-ok members unknown to the schema are skipped and listed", "[client]") {
  FakeGateway server;
  auto client = GatewayClient::Connect(OptionsFor(server, "extras"));
  CHECK(client->hello().auth.role == "operator");
  auto unknown = client->hello_unknown_fields();
  std::sort(unknown.begin(), unknown.end());
  CHECK(unknown == std::vector<std::string>{"/auth/method", "/controlUiLinkReaders"});
  CHECK(client->hello_json().contains("controlUiLinkReaders"));
}

TEST_CASE("Client: connect failures map to error kinds", "[client]") {
  FakeGateway server;
  SECTION("wss URL") {
    ClientOptions options = OptionsFor(server);
    options.url = "wss://127.0.0.1:1/";
    CHECK(ConnectFailure(options) == GatewayErrorKind::kInvalidUrl);
  }
  SECTION("nothing listening") {
    std::uint16_t port = 0;
    {
      FakeGateway gone;
      port = gone.port();
    }
    ClientOptions options = OptionsFor(server);
    options.url = "ws://127.0.0.1:" + std::to_string(port) + "/";
    CHECK(ConnectFailure(options) == GatewayErrorKind::kUnreachable);
  }
  SECTION("no challenge within the connect timeout") {
    ClientOptions options = OptionsFor(server);
    options.url = server.Url("/silent");
    options.connect_timeout = 200ms;
    auto started = std::chrono::steady_clock::now();
    CHECK(ConnectFailure(options) == GatewayErrorKind::kTimeout);
    CHECK(std::chrono::steady_clock::now() - started < 3s);
  }
  SECTION("declined upgrade") {
    ClientOptions options = OptionsFor(server);
    options.url = server.Url("/forbidden");
    try {
      GatewayClient::Connect(options);
      FAIL("connected");
    } catch (const GatewayError& e) {
      CHECK(e.kind() == GatewayErrorKind::kUnreachable);
      CHECK(e.http_status() == 403);
    }
  }
  SECTION("invalid connect params are rejected") {
    ClientOptions options = OptionsFor(server);
    options.client_id = "not-a-client";  // sent as given; the server validates
    try {
      GatewayClient::Connect(options);
      FAIL("connected");
    } catch (const GatewayError& e) {
      CHECK(e.kind() == GatewayErrorKind::kHandshakeRejected);
      CHECK(e.error()->code == "INVALID_REQUEST");
      CHECK(e.close_code() == 1008);
    }
  }
  SECTION("the server closes instead of answering connect") {
    try {
      GatewayClient::Connect(OptionsFor(server, "slam"));
      FAIL("connected");
    } catch (const GatewayError& e) {
      CHECK(e.kind() == GatewayErrorKind::kClosed);
      CHECK_FALSE(e.error());
      CHECK(e.close_code() == 1008);
      CHECK(e.close_reason() == "invalid-handshake");
    }
  }
}
