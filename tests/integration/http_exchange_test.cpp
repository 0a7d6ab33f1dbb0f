// The HTTP exchange and the route table over real sockets: answers later and from other threads,
// streamed (SSE) bodies with backpressure against a slow reader, the client-gone notice, per-route
// body limits (413) and read timeouts (408), methods, prefixes, auth kinds and extra listeners.
#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <future>
#include <thread>

#include "server/http/routes.hpp"
#include "server/transport/transport.hpp"
#include "tests/support/fakes.hpp"
#include "tests/support/raw_http.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway;
using namespace std::chrono_literals;
using transport::HttpExchange;
using transport::HttpResponse;

namespace {

constexpr const char* kGatewayToken = "gateway-token-0123456789";
constexpr const char* kHookToken = "hook-token-0123456789";

// A transport serving http::Routes (no control plane: upgrades are accepted and then ignored).
struct HttpServer : transport::ConnectionHandler {
  testing::TempDir dir;
  logging::Logger log{testing::FileOnlyLog(dir / "gateway.log")};
  domain::GatewayInfo info{"2026.9.6"};
  control::Authenticator auth{
      config::AuthMode::kToken, std::string(kGatewayToken), std::nullopt, {}};
  http::Routes routes{
      {.trusted_proxies = false, .auth_failure_delay = 0ms, .hooks_token = std::string(kHookToken)},
      info,
      auth,
      log};
  std::unique_ptr<transport::Transport> transport;

  void Start(std::chrono::milliseconds read_timeout = 5000ms) {
    transport::TransportOptions options;
    options.port = 0;
    options.threads = 2;
    options.http_read_timeout = read_timeout;
    transport = transport::Transport::Create(options, *this, routes);
    transport->Listen();
    transport->Start();
  }
  ~HttpServer() override {
    if (transport) transport->Stop();
  }
  int port() const { return transport->port(); }

  void OnOpen(const std::shared_ptr<transport::Connection>&) override {}
  void OnMessage(const std::shared_ptr<transport::Connection>&, std::string) override {}
  void OnClose(const std::shared_ptr<transport::Connection>&) override {}
};

std::string Event(int n) { return "data: {\"n\":" + std::to_string(n) + "}\n\n"; }

// Reads from a raw socket until `predicate(received)` holds or the deadline passes.
std::string ReadUntil(int fd, const std::function<bool(const std::string&)>& predicate,
                      std::chrono::seconds limit = 10s) {
  std::string received;
  const auto deadline = std::chrono::steady_clock::now() + limit;
  char buffer[65536];
  while (!predicate(received) && std::chrono::steady_clock::now() < deadline) {
    timeval timeout{0, 200000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n == 0) break;
    if (n > 0) received.append(buffer, static_cast<std::size_t>(n));
  }
  return received;
}

}  // namespace

TEST_CASE("HTTP exchange: an SSE stream arrives in order, chunked", "[integration][http]") {
  HttpServer server;
  server.routes.Add(
      {.path = "/stream", .methods = {"GET"}, .handle = [](std::shared_ptr<HttpExchange> exchange) {
         // Produced from another thread, as a model stream would be.
         std::thread([exchange] {
           exchange->StartStream(200, "text/event-stream", {{"Cache-Control", "no-cache"}});
           for (int i = 0; i < 200; ++i) exchange->Write(Event(i));
           exchange->Write("data: [DONE]\n\n");
           exchange->End();
         }).detach();
       }});
  server.Start();
  httplib::Client client("127.0.0.1", server.port());
  auto response = client.Get("/stream");
  REQUIRE(response);
  CHECK(response->status == 200);
  CHECK(response->get_header_value("Content-Type") == "text/event-stream");
  CHECK(response->get_header_value("Transfer-Encoding") == "chunked");
  std::string expected;
  for (int i = 0; i < 200; ++i) expected += Event(i);
  expected += "data: [DONE]\n\n";
  CHECK(response->body == expected);
  // The connection stays usable after a streamed response (keep-alive).
  auto again = client.Get("/health");
  REQUIRE(again);
  CHECK(again->status == 200);
}

TEST_CASE("HTTP exchange: a slow reader holds the producer back instead of growing memory",
          "[integration][http]") {
  HttpServer server;
  constexpr std::size_t kChunk = 64 * 1024;
  constexpr std::size_t kTotal = 64 * 1024 * 1024;  // far more than the socket buffers hold
  std::atomic<std::size_t> max_buffered{0};
  std::promise<void> done;
  server.routes.Add(
      {.path = "/bulk", .methods = {"GET"}, .handle = [&](std::shared_ptr<HttpExchange> exchange) {
         exchange->StartStream(200, "application/octet-stream");
         auto sent = std::make_shared<std::size_t>(0);
         auto produce = std::make_shared<std::function<void()>>();
         *produce = [exchange, sent, produce, &max_buffered, &done] {
           while (*sent < kTotal) {
             if (exchange->buffered_bytes() >= transport::kStreamHighWater) {
               return exchange->WhenWritable([produce] { (*produce)(); });
             }
             if (!exchange->Write(std::string(kChunk, 'x'))) break;
             *sent += kChunk;
             max_buffered = std::max(max_buffered.load(), exchange->buffered_bytes());
           }
           exchange->End();
           *produce = nullptr;  // breaks the self-reference
           done.set_value();
         };
         std::thread([produce] { (*produce)(); }).detach();
       }});
  server.Start();
  int fd = testing::TcpConnect(server.port());
  REQUIRE(fd >= 0);
  const std::string request = "GET /bulk HTTP/1.1\r\nHost: x\r\n\r\n";
  send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::this_thread::sleep_for(1s);  // not reading: the producer must wait
  CHECK(max_buffered.load() <= transport::kStreamHighWater + kChunk);
  std::size_t body = 0;
  std::string received = ReadUntil(
      fd,
      [&](const std::string& r) {
        body = r.size();
        return r.size() >= kTotal && r.ends_with("0\r\n\r\n");
      },
      60s);
  close(fd);
  CHECK(body >= kTotal);
  CHECK(done.get_future().wait_for(10s) == std::future_status::ready);
  CHECK(max_buffered.load() <= transport::kStreamHighWater + kChunk);
}

TEST_CASE("HTTP exchange: the handler hears when the client goes away", "[integration][http]") {
  HttpServer server;
  std::promise<void> stream_gone;
  std::promise<void> wait_gone;
  std::shared_ptr<HttpExchange> held;
  server.routes.Add({.path = "/stream",
                     .methods = {"GET"},
                     .handle = [&](std::shared_ptr<HttpExchange> exchange) {
                       exchange->OnClientGone([&] { stream_gone.set_value(); });
                       exchange->StartStream(200, "text/event-stream");
                       exchange->Write(Event(1));
                       held = exchange;  // keeps streaming nothing, like a model thinking
                     }});
  server.routes.Add(
      {.path = "/wait", .methods = {"POST"}, .handle = [&](std::shared_ptr<HttpExchange> exchange) {
         exchange->OnClientGone([&] { wait_gone.set_value(); });
         std::thread([exchange] {  // answers only much later
           std::this_thread::sleep_for(3s);
           exchange->Respond({200, "text/plain", {}, "late"});
         })
             .detach();
       }});
  server.Start();

  SECTION("while streaming") {
    int fd = testing::TcpConnect(server.port());
    const std::string request = "GET /stream HTTP/1.1\r\nHost: x\r\n\r\n";
    send(fd, request.data(), request.size(), MSG_NOSIGNAL);
    ReadUntil(fd, [](const std::string& r) { return r.find("\"n\":1") != std::string::npos; });
    const auto closed = std::chrono::steady_clock::now();
    close(fd);
    REQUIRE(stream_gone.get_future().wait_for(5s) == std::future_status::ready);
    INFO("noticed after " << std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now() - closed)
                                 .count()
                          << " ms");
    CHECK(held->client_gone());
    CHECK_FALSE(held->Write(Event(2)));
  }
  SECTION("before any answer") {
    int fd = testing::TcpConnect(server.port());
    const std::string request = "POST /wait HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
    send(fd, request.data(), request.size(), MSG_NOSIGNAL);
    std::this_thread::sleep_for(200ms);
    close(fd);
    CHECK(wait_gone.get_future().wait_for(2s) == std::future_status::ready);
  }
}

TEST_CASE("HTTP exchange: answers later, from another thread; unanswered means 500",
          "[integration][http]") {
  HttpServer server;
  server.routes.Add(
      {.path = "/later", .methods = {"POST"}, .handle = [](std::shared_ptr<HttpExchange> exchange) {
         std::thread([exchange] {
           std::this_thread::sleep_for(50ms);
           exchange->Respond({200, "application/json", {}, exchange->request().body});
         }).detach();
       }});
  server.routes.Add(
      {.path = "/dropped", .methods = {"GET"}, .handle = [](std::shared_ptr<HttpExchange>) {}});
  server.Start();
  httplib::Client client("127.0.0.1", server.port());
  auto later = client.Post("/later", R"({"echo":true})", "application/json");
  REQUIRE(later);
  CHECK(later->body == R"({"echo":true})");
  auto dropped = client.Get("/dropped");
  REQUIRE(dropped);
  CHECK(dropped->status == 500);
  CHECK(nlohmann::json::parse(dropped->body)["error"]["type"] == "api_error");
}

TEST_CASE("Route table: body limits and read timeouts per route", "[integration][http]") {
  HttpServer server;
  auto echo = [](std::shared_ptr<HttpExchange> exchange) {
    exchange->Respond({200, "text/plain", {}, std::to_string(exchange->request().body.size())});
  };
  server.routes.Add({.path = "/small", .methods = {"POST"}, .max_body = 1024, .handle = echo});
  server.routes.Add({.path = "/large", .methods = {"POST"}, .max_body = 1 << 20, .handle = echo});
  server.Start(400ms);
  httplib::Client client("127.0.0.1", server.port());
  const std::string body(2048, 'b');
  auto small = client.Post("/small", body, "text/plain");
  REQUIRE(small);
  CHECK(small->status == 413);
  CHECK(nlohmann::json::parse(small->body)["error"]["message"] == "Payload Too Large");
  auto large = client.Post("/large", body, "text/plain");
  REQUIRE(large);
  CHECK(large->status == 200);
  CHECK(large->body == "2048");
  // Chunked bodies are limited while they are read.
  std::string chunked = "POST /small HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 3; ++i) chunked += "200\r\n" + std::string(512, 'c') + "\r\n";
  chunked += "0\r\n\r\n";
  CHECK(testing::RawHttp(server.port(), chunked).rfind("HTTP/1.1 413", 0) == 0);
  // A body that stops arriving.
  std::string stalled = testing::RawHttp(
      server.port(), "POST /large HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789");
  CHECK(stalled.rfind("HTTP/1.1 408", 0) == 0);
  CHECK(stalled.find("Request Timeout") != std::string::npos);
  // Expect: 100-continue is honoured for admitted requests only.
  std::string continued = testing::RawHttp(
      server.port(),
      "POST /large HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n"
      "Connection: close\r\n\r\nok");
  CHECK(continued.rfind("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200", 0) == 0);
}

TEST_CASE("Route table: methods, prefixes and the fallback", "[integration][http]") {
  HttpServer server;
  server.routes.Add({.path = "/hooks",
                     .prefix = true,
                     .methods = {"POST"},
                     .handle = [](std::shared_ptr<HttpExchange> exchange) {
                       exchange->Respond({200, "text/plain", {}, exchange->request().target});
                     }});
  server.routes.Add({.path = "/hooks/special",
                     .methods = {"POST"},
                     .handle = [](std::shared_ptr<HttpExchange> exchange) {
                       exchange->Respond({200, "text/plain", {}, "special"});
                     }});
  server.Start();
  httplib::Client client("127.0.0.1", server.port());
  CHECK(client.Post("/hooks/wake", "", "text/plain")->body == "/hooks/wake");
  CHECK(client.Post("/hooks/special", "", "text/plain")->body == "special");
  auto get = client.Get("/hooks/wake");
  CHECK(get->status == 405);
  CHECK(get->get_header_value("Allow") == "POST");
  CHECK(client.Post("/hooksx", "", "text/plain")->status == 404);  // not under the prefix
  auto probe = client.Post("/health", "", "text/plain");
  CHECK(probe->status == 405);
  CHECK(probe->get_header_value("Allow") == "GET, HEAD");
  CHECK(client.Get("/v1/unknown")->status == 404);
  CHECK(client.Get("/chat")->status == 200);  // the Control UI's SPA fallback
}

TEST_CASE("Route table: gateway and hook-token auth", "[integration][http]") {
  HttpServer server;
  auto ok = [](std::shared_ptr<HttpExchange> exchange) {
    exchange->Respond({200, "text/plain", {}, "ok"});
  };
  server.routes.Add(
      {.path = "/v1/thing", .methods = {"POST"}, .auth = http::RouteAuth::kGateway, .handle = ok});
  server.routes.Add({.path = "/hooks/wake",
                     .methods = {"POST"},
                     .auth = http::RouteAuth::kHookToken,
                     .handle = ok});
  server.Start();
  httplib::Client client("127.0.0.1", server.port());
  auto bearer = [](const char* secret) {
    return httplib::Headers{{"Authorization", std::string("Bearer ") + secret}};
  };
  CHECK(client.Post("/v1/thing", bearer(kGatewayToken), "", "text/plain")->status == 200);
  auto refused = client.Post("/v1/thing", bearer(kHookToken), "", "text/plain");
  CHECK(refused->status == 401);
  CHECK(nlohmann::json::parse(refused->body)["error"]["type"] == "unauthorized");
  CHECK(client.Post("/hooks/wake", bearer(kHookToken), "", "text/plain")->status == 200);
  CHECK(client.Post("/hooks/wake", {{"x-openclaw-token", kHookToken}}, "", "text/plain")->status ==
        200);
  CHECK(client.Post("/hooks/wake", bearer(kGatewayToken), "", "text/plain")->status == 401);
  CHECK(client.Post("/hooks/wake?token=" + std::string(kHookToken), "", "text/plain")->status ==
        400);
  // Hooks lock out after 20 failures a minute, loopback included (http.md §7).
  for (int i = 0; i < 20; ++i) client.Post("/hooks/wake", bearer("wrong"), "", "text/plain");
  auto limited = client.Post("/hooks/wake", bearer(kHookToken), "", "text/plain");
  CHECK(limited->status == 429);
  CHECK(limited->has_header("Retry-After"));
  // The gateway's own routes are not affected by the hook limiter.
  CHECK(client.Post("/v1/thing", bearer(kGatewayToken), "", "text/plain")->status == 200);
}

TEST_CASE("Transport: an extra plain-HTTP listener serves its own routes", "[integration][http]") {
  HttpServer server;
  server.Start();
  HttpServer other;  // only its routes are used, on the first server's transport
  other.routes.Add({.path = "/webhook",
                    .methods = {"POST"},
                    .handle = [](std::shared_ptr<HttpExchange> exchange) {
                      exchange->Respond({200, "text/plain", {}, "webhook"});
                    }});
  const int port = server.transport->ListenHttp("127.0.0.1", 0, other.routes);
  REQUIRE(port > 0);
  CHECK(port != server.port());
  httplib::Client webhook("127.0.0.1", port);
  CHECK(webhook.Post("/webhook", "{}", "application/json")->body == "webhook");
  httplib::Client main_port("127.0.0.1", server.port());
  CHECK(main_port.Post("/webhook", "{}", "application/json")->status == 404);
  // No WebSocket on the extra listener.
  std::string upgrade = testing::RawHttp(
      port,
      "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
  CHECK(upgrade.rfind("HTTP/1.1 404", 0) == 0);
}
