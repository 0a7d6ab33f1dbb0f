#include "tools/conformance/raw_socket.hpp"

#include "tools/conformance/expect.hpp"
#include "tools/conformance/formats.hpp"

namespace gateway::conformance {
namespace {

using nlohmann::json;

std::string DescribeClose(const client::CloseInfo& info) {
  std::string out = "close " + std::to_string(info.code) + " '" + info.reason + "'";
  if (!info.clean) out += " (no close frame)";
  return out;
}

}  // namespace

std::unique_ptr<client::WsConnection> OpenSocket(const Target& target) {
  try {
    return client::WsConnection::Open(target.endpoint, target.timeout);
  } catch (const client::WsOpenError& e) {
    Fail(std::string("could not open a WebSocket: ") + e.what());
  }
}

std::unique_ptr<client::WsConnection> OpenPastChallenge(const Target& target) {
  auto ws = OpenSocket(target);
  json challenge = NextFrame(*ws, target, "connect.challenge");
  ExpectEqual(Member(challenge, "/event"), "connect.challenge", "first frame's event");
  return ws;
}

json NextFrame(client::WsConnection& ws, const Target& target, const std::string& waiting_for) {
  std::optional<std::string> text = ws.Receive(target.timeout);
  if (!text) {
    client::CloseInfo info = ws.close_info();
    if (info.closed) Fail("waiting for " + waiting_for + ", got " + DescribeClose(info));
    Fail("no " + waiting_for + " within " + std::to_string(target.timeout.count()) + " ms");
  }
  json frame = json::parse(*text, nullptr, false);
  if (!frame.is_object()) Fail("waiting for " + waiting_for + ", got a non-object frame: " + *text);
  return frame;
}

json NextResponse(client::WsConnection& ws, const Target& target, const std::string& id) {
  for (;;) {
    json frame = NextFrame(ws, target, "the response to " + id);
    if (frame.value("type", json()) == "event") continue;
    ExpectEqual(Member(frame, "/type"), "res", "frame type");
    ExpectEqual(Member(frame, "/id"), id, "response id");
    return frame;
  }
}

void ExpectClose(client::WsConnection& ws, const Target& target, int code,
                 const std::string& reason) {
  client::CloseInfo info = ws.WaitClosed(target.timeout);
  if (!info.closed) {
    Fail("still open after " + std::to_string(target.timeout.count()) + " ms, expected close " +
         std::to_string(code) + " '" + reason + "'");
  }
  if (!info.clean || info.code != code || info.reason != reason) {
    Fail("got " + DescribeClose(info) + ", expected close " + std::to_string(code) + " '" + reason +
         "'");
  }
}

void ExpectSilentClose(client::WsConnection& ws, const Target& target, int code,
                       const std::string& reason) {
  if (std::optional<std::string> text = ws.Receive(target.timeout)) {
    Fail("expected no frame before the close, got " + text->substr(0, 300));
  }
  ExpectClose(ws, target, code, reason);
}

json ConnectFrame(const Target& target, const std::string& id, const json& params_patch) {
  json params = {
      {"minProtocol", 4},
      {"maxProtocol", 4},
      {"client",
       {{"id", "cli"},
        {"version", "2026.9.6"},
        {"platform", "linux"},
        {"deviceFamily", "Linux"},
        {"mode", "cli"},
        {"instanceId", RandomUuid()}}},
      {"caps", json::array()},
      {"role", "operator"},
      {"scopes", {"operator.read"}},
  };
  if (target.token || target.password) {
    json auth = json::object();
    if (target.token) auth["token"] = *target.token;
    if (target.password) auth["password"] = *target.password;
    params["auth"] = std::move(auth);
  }
  params.merge_patch(params_patch);
  return {{"type", "req"}, {"id", id}, {"method", "connect"}, {"params", std::move(params)}};
}

std::string ConnectId() { return "1:" + RandomUuid(); }

}  // namespace gateway::conformance
