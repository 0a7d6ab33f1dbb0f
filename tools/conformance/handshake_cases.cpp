// The first frame and hello-ok (spec/protocol.md §1, §3–§5): what the gateway answers to every
// kind of first frame, and how it closes.
#include <algorithm>
#include <utility>

#include "tools/conformance/case_registry.hpp"
#include "tools/conformance/expect.hpp"
#include "tools/conformance/formats.hpp"
#include "tools/conformance/raw_socket.hpp"

namespace gateway::conformance {
namespace {

using nlohmann::json;

constexpr std::size_t kPreAuthMaxFrame = 65536;

// Sends `frame` as the first frame; expects INVALID_REQUEST `message` and then close 1008 with
// the message as reason.
void ExpectHandshakeRejected(const Target& target, const json& frame, const std::string& message) {
  const std::string id = frame.at("id").get<std::string>();
  auto ws = OpenPastChallenge(target);
  ws->SendText(frame.dump());
  ExpectErrorResponse(NextResponse(*ws, target, id), id, InvalidRequest(message));
  ExpectClose(*ws, target, 1008, CloseReasonOf(message));
}

void ChallengeShape(const Target& target) {
  auto ws = OpenSocket(target);
  json frame = NextFrame(*ws, target, "connect.challenge");
  ExpectEqual(Member(frame, "/type"), "event", "type");
  ExpectEqual(Member(frame, "/event"), "connect.challenge", "event");
  Expect(!frame.contains("seq"), "connect.challenge carries seq: " + Brief(frame));
  const std::string& nonce = StringAt(frame, "/payload/nonce");
  Expect(IsUuidV4(nonce), "payload.nonce is not a UUID v4: " + nonce);
  IntegerAt(frame, "/payload/ts");
}

void HelloOkShape(const Target& target) {
  auto ws = OpenPastChallenge(target);
  const std::string id = ConnectId();
  ws->SendText(ConnectFrame(target, id).dump());
  const json hello = ExpectOkResponse(NextResponse(*ws, target, id), id);
  ExpectEqual(Member(hello, "/type"), "hello-ok", "type");
  ExpectEqual(Member(hello, "/protocol"), 4, "protocol");
  Expect(!StringAt(hello, "/server/version").empty(), "server.version is empty");
  Expect(!StringAt(hello, "/server/connId").empty(), "server.connId is empty");
  const json& methods = StringArrayAt(hello, "/features/methods");
  Expect(std::find(methods.begin(), methods.end(), "health") != methods.end(),
         "features.methods does not list health");
  StringArrayAt(hello, "/features/events");
  ArrayAt(hello, "/snapshot/presence");
  ObjectAt(hello, "/snapshot/health");
  Expect(IntegerAt(hello, "/snapshot/stateVersion/presence") >= 0, "stateVersion.presence < 0");
  Expect(IntegerAt(hello, "/snapshot/stateVersion/health") >= 0, "stateVersion.health < 0");
  Expect(IntegerAt(hello, "/snapshot/uptimeMs") >= 0, "snapshot.uptimeMs < 0");
  ExpectEqual(Member(hello, "/auth/role"), "operator", "auth.role");
  StringArrayAt(hello, "/auth/scopes");
  ExpectEqual(Member(hello, "/policy/maxPayload"), 26214400, "policy.maxPayload");
  ExpectEqual(Member(hello, "/policy/maxBufferedBytes"), 52428800, "policy.maxBufferedBytes");
  Expect(IntegerAt(hello, "/policy/tickIntervalMs") >= 1, "policy.tickIntervalMs < 1");
}

void FirstRequestNotConnect(const Target& target) {
  ExpectHandshakeRejected(target, {{"type", "req"}, {"id", "1"}, {"method", "health"}},
                          "invalid handshake: first request must be connect");
}

void ConnectMissingMaxProtocol(const Target& target) {
  ExpectHandshakeRejected(target, ConnectFrame(target, ConnectId(), {{"maxProtocol", nullptr}}),
                          "invalid connect params: must have required property 'maxProtocol'");
}

void ConnectWithoutParams(const Target& target) {
  ExpectHandshakeRejected(target, {{"type", "req"}, {"id", ConnectId()}, {"method", "connect"}},
                          "invalid connect params: must be object");
}

void ConnectBadClientMode(const Target& target) {
  ExpectHandshakeRejected(
      target, ConnectFrame(target, ConnectId(), {{"client", {{"mode", "operator"}}}}),
      "invalid connect params: at /client/mode: must be equal to one of the allowed values");
}

void NotARequestFrame(const Target& target) {
  json extra_key = ConnectFrame(target, ConnectId());
  extra_key["bogus"] = 1;
  json wrong_type = ConnectFrame(target, ConnectId());
  wrong_type["type"] = "event";
  json missing_id = ConnectFrame(target, ConnectId());
  missing_id.erase("id");
  for (const std::string& text :
       {wrong_type.dump(), missing_id.dump(), extra_key.dump(), std::string("[1,2]")}) {
    auto ws = OpenPastChallenge(target);
    ws->SendText(text);
    try {
      ExpectSilentClose(*ws, target, 1008, "invalid request frame");
    } catch (const CaseFailure& e) {
      Fail(std::string(e.what()) + " (first frame " + text.substr(0, 80) + ")");
    }
  }
}

void MalformedJson(const Target& target) {
  auto text = OpenPastChallenge(target);
  text->SendText("{nope");
  ExpectSilentClose(*text, target, 1000, "");
  auto binary = OpenPastChallenge(target);
  binary->SendBinary(std::string("\x01\x02\xff", 3));
  try {
    ExpectSilentClose(*binary, target, 1000, "");
  } catch (const CaseFailure& e) {
    Fail(std::string("binary non-JSON frame: ") + e.what());
  }
}

void BinaryConnect(const Target& target) {
  auto ws = OpenPastChallenge(target);
  const std::string id = ConnectId();
  ws->SendBinary(ConnectFrame(target, id).dump());
  ExpectEqual(Member(ExpectOkResponse(NextResponse(*ws, target, id), id), "/type"), "hello-ok",
              "payload type");
  ws->SendBinary(R"({"type":"req","id":"binary-health","method":"health"})");
  ExpectOkResponse(NextResponse(*ws, target, "binary-health"), "binary-health");
}

void PreAuthFrameTooLarge(const Target& target) {
  auto ws = OpenPastChallenge(target);
  ws->SendText(std::string(kPreAuthMaxFrame + 1, ' '));
  ExpectSilentClose(*ws, target, 1009, "");
}

void PreAuthFrameAtLimit(const Target& target) {
  const std::string id = ConnectId();
  json frame = ConnectFrame(target, id, {{"userAgent", ""}});
  const std::size_t size = frame.dump().size();
  Expect(size < kPreAuthMaxFrame, "the connect frame alone exceeds 64 KiB");
  frame["params"]["userAgent"] = std::string(kPreAuthMaxFrame - size, 'a');
  const std::string text = frame.dump();
  Expect(text.size() == kPreAuthMaxFrame, "padding miscomputed");
  auto ws = OpenPastChallenge(target);
  ws->SendText(text);
  ExpectOkResponse(NextResponse(*ws, target, id), id);
}

void RoleWorker(const Target& target) {
  auto ws = OpenPastChallenge(target);
  ws->SendText(ConnectFrame(target, ConnectId(), {{"role", "worker"}}).dump());
  ExpectSilentClose(*ws, target, 1008, "invalid-handshake");
}

void RoleUnknown(const Target& target) {
  ExpectHandshakeRejected(target, ConnectFrame(target, ConnectId(), {{"role", "foo"}}),
                          "invalid role");
}

void ProtocolMismatch(const Target& target) {
  auto ws = OpenPastChallenge(target);
  const std::string id = ConnectId();
  ws->SendText(ConnectFrame(target, id, {{"minProtocol", 5}, {"maxProtocol", 6}}).dump());
  ExpectErrorResponse(NextResponse(*ws, target, id), id,
                      {{"code", "INVALID_REQUEST"},
                       {"message", "protocol mismatch"},
                       {"details",
                        {{"code", "PROTOCOL_MISMATCH"},
                         {"clientMinProtocol", 5},
                         {"clientMaxProtocol", 6},
                         {"expectedProtocol", 4},
                         {"minimumProbeProtocol", 3}}}});
  ExpectClose(*ws, target, 1002, "protocol mismatch");
}

void ProtocolRangesIncludingFour(const Target& target) {
  for (auto [min, max] : {std::pair{3, 4}, std::pair{4, 5}}) {
    auto ws = OpenPastChallenge(target);
    const std::string id = ConnectId();
    ws->SendText(ConnectFrame(target, id, {{"minProtocol", min}, {"maxProtocol", max}}).dump());
    const json hello = ExpectOkResponse(NextResponse(*ws, target, id), id);
    ExpectEqual(Member(hello, "/protocol"), 4,
                "protocol for range " + std::to_string(min) + "-" + std::to_string(max));
  }
}

}  // namespace

std::vector<Case> HandshakeCases() {
  return {
      {"handshake.challenge-shape", Needs::kNothing, ChallengeShape},
      {"handshake.hello-ok-shape", Needs::kNothing, HelloOkShape},
      {"handshake.first-request-not-connect", Needs::kNothing, FirstRequestNotConnect},
      {"handshake.connect-missing-maxProtocol", Needs::kNothing, ConnectMissingMaxProtocol},
      {"handshake.connect-without-params", Needs::kNothing, ConnectWithoutParams},
      {"handshake.connect-bad-client-mode", Needs::kNothing, ConnectBadClientMode},
      {"handshake.not-a-request-frame", Needs::kNothing, NotARequestFrame},
      {"handshake.malformed-json", Needs::kNothing, MalformedJson},
      {"handshake.binary-connect", Needs::kNothing, BinaryConnect},
      {"handshake.preauth-frame-too-large", Needs::kNothing, PreAuthFrameTooLarge},
      {"handshake.preauth-frame-at-limit", Needs::kNothing, PreAuthFrameAtLimit},
      {"handshake.role-worker", Needs::kNothing, RoleWorker},
      {"handshake.role-unknown", Needs::kNothing, RoleUnknown},
      {"handshake.protocol-mismatch", Needs::kNothing, ProtocolMismatch},
      {"handshake.protocol-ranges-including-4", Needs::kNothing, ProtocolRangesIncludingFour},
  };
}

}  // namespace gateway::conformance
