// The WebSocket layer over a real socket, with a hand-rolled client that can misbehave: control
// frames, fragments, pipelined bursts, the close handshake, and protocol violations.
#include <catch2/catch.hpp>

#include "tests/integration/gateway_fixture.hpp"
#include "tests/support/raw_ws.hpp"

using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

json NextJson(RawWebSocket& ws) {
  auto frame = ws.ReadFrame(3000ms);
  REQUIRE(frame);
  REQUIRE(frame->opcode() == 0x1);
  return json::parse(frame->payload);
}

// Upgraded, challenged and connected: the next frame from the server is whatever the test asks for.
std::unique_ptr<RawWebSocket> Connected(GatewayFixture& gw) {
  auto ws = std::make_unique<RawWebSocket>(gw.port());
  CHECK(NextJson(*ws)["event"] == "connect.challenge");
  ws->SendText(ConnectFrame("c1", {{"scopes", {"operator.admin"}}}).dump());
  json hello = NextJson(*ws);
  REQUIRE(hello["ok"] == true);
  return ws;
}

std::string Request(const std::string& id, const std::string& method) {
  return json{{"type", "req"}, {"id", id}, {"method", method}}.dump();
}

void ExpectCloseFrame(RawWebSocket& ws, int code) {
  std::optional<RawWebSocket::Frame> frame;
  while ((frame = ws.ReadFrame(3000ms)) && frame->opcode() != 0x8) {
  }
  REQUIRE(frame);
  REQUIRE(frame->payload.size() >= 2);
  CHECK(((static_cast<unsigned char>(frame->payload[0]) << 8) |
         static_cast<unsigned char>(frame->payload[1])) == code);
}

}  // namespace

TEST_CASE("WebSocket: a ping is answered with its payload", "[integration][websocket]") {
  GatewayFixture gw;
  auto ws = Connected(gw);
  ws->SendBytes(RawWebSocket::EncodeFrame(0x89, "are you there"));
  auto pong = ws->ReadFrame(3000ms);
  REQUIRE(pong);
  CHECK(pong->first_byte == 0x8A);
  CHECK(pong->payload == "are you there");
}

TEST_CASE("WebSocket: a burst of pipelined requests is answered in order",
          "[integration][websocket]") {
  GatewayFixture gw;
  auto ws = Connected(gw);
  std::string burst;
  for (int i = 0; i < 300; ++i)
    burst += RawWebSocket::EncodeFrame(0x81, Request("r" + std::to_string(i), "health"));
  ws->SendBytes(burst);  // one write: the gateway decodes many frames per read
  for (int i = 0; i < 300; ++i) {
    json res = NextJson(*ws);
    CHECK(res["id"] == "r" + std::to_string(i));
    CHECK(res["ok"] == true);
  }
}

TEST_CASE("WebSocket: fragmented messages are joined, control frames may come between",
          "[integration][websocket]") {
  GatewayFixture gw;
  auto ws = Connected(gw);
  std::string text = Request("frag", "status");
  std::string bytes = RawWebSocket::EncodeFrame(0x01, text.substr(0, 10)) +
                      RawWebSocket::EncodeFrame(0x89, "mid") +
                      RawWebSocket::EncodeFrame(0x00, text.substr(10, 5)) +
                      RawWebSocket::EncodeFrame(0x80, text.substr(15));
  // Cut the bytes at awkward places: the gateway must wait for the rest of each frame.
  ws->SendBytes(bytes.substr(0, 3));
  ws->SendBytes(bytes.substr(3, 17));
  ws->SendBytes(bytes.substr(20));
  auto pong = ws->ReadFrame(3000ms);
  REQUIRE(pong);
  CHECK(pong->opcode() == 0xA);
  json res = NextJson(*ws);
  CHECK(res["id"] == "frag");
  CHECK(res["ok"] == true);
}

TEST_CASE("WebSocket: the close handshake", "[integration][websocket]") {
  GatewayFixture gw;
  SECTION("the client closes: the gateway echoes the code and ends the connection") {
    auto ws = Connected(gw);
    ws->SendBytes(RawWebSocket::EncodeFrame(0x88, std::string("\x0f\xa0", 2) + "bye"));  // 4000
    ExpectCloseFrame(*ws, 4000);
    CHECK(ws->WaitEof(3000ms));
  }
  SECTION("a close without a code is answered without one") {
    auto ws = Connected(gw);
    ws->SendBytes(RawWebSocket::EncodeFrame(0x88, ""));
    auto frame = ws->ReadFrame(3000ms);
    REQUIRE(frame);
    CHECK(frame->first_byte == 0x88);
    CHECK(frame->payload.empty());
    CHECK(ws->WaitEof(3000ms));
  }
  auto deadline = std::chrono::steady_clock::now() + 3s;
  while (gw.server().connection_count() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(10ms);
  }
  CHECK(gw.server().connection_count() == 0);
}

TEST_CASE("WebSocket: framing violations close with the RFC 6455 code",
          "[integration][websocket]") {
  GatewayFixture gw;
  struct Case {
    const char* name;
    std::string bytes;
    int code;
  };
  std::vector<Case> cases = {
      {"unmasked frame", RawWebSocket::EncodeFrame(0x81, Request("u", "health"), false), 1002},
      {"reserved bit", RawWebSocket::EncodeFrame(0xC1, Request("r", "health")), 1002},
      {"unknown opcode", RawWebSocket::EncodeFrame(0x85, "x"), 1002},
      {"stray continuation", RawWebSocket::EncodeFrame(0x80, "x"), 1002},
      {"text that is not UTF-8", RawWebSocket::EncodeFrame(0x81, "{\"a\":\"\xc0\xaf\"}"), 1007},
      {"over the 25 MiB frame cap",
       RawWebSocket::EncodeFrame(0x81, std::string(26 * 1024 * 1024, ' ')).substr(0, 14), 1009},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    auto ws = Connected(gw);
    ws->SendBytes(c.bytes);
    ExpectCloseFrame(*ws, c.code);
    CHECK(ws->WaitEof(8000ms));
  }
  // The gateway is fine afterwards.
  auto client = gw.ConnectCli();
  CHECK(client->Call("health").ok);
}
