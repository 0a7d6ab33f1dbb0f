// After hello (spec/protocol.md §3.4–§3.5, §6; methods.md §1–§2): the request pipeline, the scope
// gate, parameter validation and the system methods.
#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tools/conformance/case_registry.hpp"
#include "tools/conformance/client_session.hpp"
#include "tools/conformance/expect.hpp"
#include "tools/conformance/formats.hpp"
#include "tools/conformance/raw_socket.hpp"

namespace gateway::conformance {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

constexpr std::size_t kLargeRequestBytes = 200 * 1024;
const char* const kAdmin = "operator.admin";
const char* const kRead = "operator.read";

// The socket is still usable: a health request is answered.
void ExpectStillServing(client::GatewayClient& client) { CallOk(client, "health"); }

// Sends `text` raw and returns the response frame with `id`.
json RawExchange(client::GatewayClient& client, const Target& target, const std::string& text,
                 const std::string& id) {
  client.SendRaw(text);
  std::optional<json> response = client.WaitResponse(id, target.timeout);
  if (!response) Fail("no response with id " + id + " to " + text.substr(0, 120));
  return *response;
}

void SecondConnectAsAdmin(const Target& target) {
  auto admin = ConnectCli(target, {kAdmin});
  CallExpectingError(*admin, "connect", json::object(),
                     InvalidRequest("connect is only valid as the first request"));
  ExpectStillServing(*admin);
}

void SecondConnectReadOnly(const Target& target) {
  auto reader = ConnectCli(target, {kRead});
  CallExpectingError(*reader, "connect", json::object(), MissingScopeError(kAdmin));
  ExpectStillServing(*reader);
}

void UnknownMethodAsAdmin(const Target& target) {
  auto admin = ConnectCli(target, {kAdmin});
  CallExpectingError(*admin, "conformance.no-such-method", json::object(),
                     InvalidRequest("unknown method: conformance.no-such-method"));
}

void UnknownMethodReadOnly(const Target& target) {
  auto reader = ConnectCli(target, {kRead});
  CallExpectingError(*reader, "conformance.no-such-method", json::object(),
                     MissingScopeError(kAdmin));
}

void StatusWithoutScopes(const Target& target) {
  auto test = ConnectTestClient(target);
  client::RpcResult result = test->Call("status");
  if (result.ok) Fail("status succeeded for a client with scopes []");
  const json& error = ObjectAt(result.frame, "/error");
  ExpectEqual(Member(error, "/code"), "FORBIDDEN", "error.code");
  ExpectEqual(Member(error, "/message"), "missing scope: operator.read", "error.message");
  ExpectEqual(Member(error, "/details/code"), "MISSING_SCOPE", "error.details.code");
  ExpectEqual(Member(error, "/details/missingScope"), kRead, "error.details.missingScope");
  const json& required = StringArrayAt(error, "/details/requiredScopes");
  Expect(std::find(required.begin(), required.end(), kRead) != required.end(),
         "error.details.requiredScopes lacks operator.read: " + Brief(required));
  ExpectStillServing(*test);  // health needs no scope
}

void InvalidFrameAfterHello(const Target& target) {
  auto cli = ConnectCli(target, {kRead});
  const std::vector<std::pair<std::string, std::pair<std::string, std::string>>> probes = {
      {R"({"type":"req","method":"health"})",
       {"invalid", "invalid request frame: must have required property 'id'"}},
      {R"({"type":"foo","id":"conformance-zz"})",
       {"conformance-zz",
        "invalid request frame: must have required property 'method'; at /type: must be equal "
        "to constant"}},
      {json{{"type", "req"},
            {"id", "conformance-tp"},
            {"method", "health"},
            {"traceparent", std::string(129, 'a')}}
           .dump(),
       {"conformance-tp",
        "invalid request frame: at /traceparent: must not have more than 128 characters"}},
  };
  for (const auto& [text, expected] : probes) {
    const auto& [id, message] = expected;
    ExpectErrorResponse(RawExchange(*cli, target, text, id), id, InvalidRequest(message));
  }
  ExpectStillServing(*cli);
}

void UnparseableJsonAfterHelloIgnored(const Target& target) {
  auto cli = ConnectCli(target, {kRead});
  cli->SendRaw("{nope");
  ExpectStillServing(*cli);
  if (auto response = cli->WaitResponse("invalid", 200ms)) {
    Fail("unparseable JSON was answered: " + Brief(*response));
  }
  Expect(!cli->WaitClosed(0ms).closed, "the socket closed after unparseable JSON");
}

void LogsTailParamErrors(const Target& target) {
  auto reader = ConnectCli(target, {kRead});
  const std::vector<std::pair<json, std::string>> probes = {
      {{{"limit", "x"}}, "at /limit: must be integer"},
      {{{"limit", 0}}, "at /limit: must be >= 1"},
      {{{"limit", 6000}, {"maxBytes", 0}},
       "at /limit: must be <= 5000; at /maxBytes: must be >= 1"},
      {{{"bogus", 1}}, "at root: unexpected property 'bogus'"},
      {json::array(), "must be object"},
      {"text", "must be object"},
  };
  for (const auto& [params, message] : probes) {
    CallExpectingError(*reader, "logs.tail", params,
                       InvalidRequest("invalid logs.tail params: " + message));
  }
}

void ExpectLogsTailResult(const json& payload) {
  StringAt(payload, "/file");
  IntegerAt(payload, "/cursor");
  IntegerAt(payload, "/size");
  StringArrayAt(payload, "/lines");
}

void LogsTailAbsentAndNullParams(const Target& target) {
  auto reader = ConnectCli(target, {kRead});
  const std::string absent_id = "conformance-absent-" + RandomUuid();
  const std::string null_id = "conformance-null-" + RandomUuid();
  const json absent = {{"type", "req"}, {"id", absent_id}, {"method", "logs.tail"}};
  json with_null = {{"type", "req"}, {"id", null_id}, {"method", "logs.tail"}};
  with_null["params"] = nullptr;
  ExpectLogsTailResult(
      ExpectOkResponse(RawExchange(*reader, target, absent.dump(), absent_id), absent_id));
  ExpectLogsTailResult(
      ExpectOkResponse(RawExchange(*reader, target, with_null.dump(), null_id), null_id));
}

void SystemEventUnknownKey(const Target& target) {
  auto admin = ConnectCli(target, {kAdmin});
  CallExpectingError(*admin, "system-event", {{"bogus", 1}},
                     InvalidRequest("invalid system-event params: must have required property "
                                    "'text'; at root: unexpected property 'bogus'"));
}

void SystemEventBlankText(const Target& target) {
  auto admin = ConnectCli(target, {kAdmin});
  CallExpectingError(*admin, "system-event", {{"text", "   "}}, InvalidRequest("text required"));
}

void SystemPresence(const Target& target) {
  auto reader = ConnectCli(target, {kRead});
  const json entries = CallOk(*reader, "system-presence");
  Expect(entries.is_array(), "system-presence payload is not an array: " + Brief(entries));
  bool has_self = false;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    // Appended, not `"/" + string&&`: GCC 12 reports a false -Wrestrict there (bug 105651).
    std::string pointer = "/";
    pointer += std::to_string(i);
    pointer += "/ts";
    IntegerAt(entries, pointer);
    has_self |= entries[i].value("mode", json()) == "gateway" &&
                entries[i].value("reason", json()) == "self";
  }
  Expect(has_self, "no entry with mode gateway and reason self: " + Brief(entries));
}

void LastHeartbeat(const Target& target) {
  auto reader = ConnectCli(target, {kRead});
  const json payload = CallOk(*reader, "last-heartbeat");
  Expect(payload.is_null() || payload.is_object(),
         "last-heartbeat payload is neither null nor an object: " + Brief(payload));
}

void GatewayIdentity(const Target& target) {
  auto reader = ConnectCli(target, {kRead});
  const json identity = CallOk(*reader, "gateway.identity.get");
  const std::string& device_id = StringAt(identity, "/deviceId");
  const std::string& public_key = StringAt(identity, "/publicKey");
  Expect(IsLowerHex(device_id, 64), "deviceId is not 64 lowercase hex digits: " + device_id);
  Expect(public_key.size() == 43 && IsBase64Url(public_key),
         "publicKey is not 43 unpadded base64url characters: " + public_key);
  ExpectEqual(CallOk(*reader, "gateway.identity.get"), identity, "second gateway.identity.get");
}

void PipelinedAfterConnect(const Target& target) {
  auto ws = OpenPastChallenge(target);
  const std::string connect_id = ConnectId();
  const std::vector<std::pair<std::string, std::string>> requests = {
      {"2:" + RandomUuid(), "health"},
      {"3:" + RandomUuid(), "status"},
      {"4:" + RandomUuid(), "system-presence"},
  };
  ws->SendText(ConnectFrame(target, connect_id).dump());
  for (const auto& [id, method] : requests) {
    ws->SendText(json{{"type", "req"}, {"id", id}, {"method", method}}.dump());
  }
  json first = NextFrame(*ws, target, "the connect response");
  while (first.value("type", json()) == "event")
    first = NextFrame(*ws, target, "the connect response");
  ExpectEqual(Member(first, "/id"), connect_id, "id of the first response (hello must come first)");
  ExpectOkResponse(first, connect_id);
  std::vector<std::string> waiting;
  for (const auto& request : requests) waiting.push_back(request.first);
  while (!waiting.empty()) {
    json frame = NextFrame(*ws, target, "responses to the pipelined requests");
    if (frame.value("type", json()) != "res") continue;
    const std::string id = StringAt(frame, "/id");
    auto it = std::find(waiting.begin(), waiting.end(), id);
    Expect(it != waiting.end(), "unexpected response: " + Brief(frame));
    ExpectOkResponse(frame, id);
    waiting.erase(it);
  }
}

void LargeRequestAfterHello(const Target& target) {
  auto reader = ConnectCli(target, {kRead});
  // health params are open: the padding key is ignored.
  CallOk(*reader, "health", {{"conformancePadding", std::string(kLargeRequestBytes, 'x')}});
}

}  // namespace

std::vector<Case> RequestCases() {
  return {
      {"requests.second-connect-admin", Needs::kNothing, SecondConnectAsAdmin},
      {"requests.second-connect-read-only", Needs::kNothing, SecondConnectReadOnly},
      {"requests.unknown-method-admin", Needs::kNothing, UnknownMethodAsAdmin},
      {"requests.unknown-method-read-only", Needs::kNothing, UnknownMethodReadOnly},
      {"requests.status-without-scopes", Needs::kSharedSecret, StatusWithoutScopes},
      {"requests.invalid-frame-after-hello", Needs::kNothing, InvalidFrameAfterHello},
      {"requests.unparseable-json-after-hello-ignored", Needs::kNothing,
       UnparseableJsonAfterHelloIgnored},
      {"requests.logs-tail-param-errors", Needs::kNothing, LogsTailParamErrors},
      {"requests.logs-tail-absent-and-null-params", Needs::kNothing, LogsTailAbsentAndNullParams},
      {"requests.system-event-unknown-key", Needs::kNothing, SystemEventUnknownKey},
      {"requests.system-event-blank-text", Needs::kNothing, SystemEventBlankText},
      {"requests.system-presence", Needs::kNothing, SystemPresence},
      {"requests.last-heartbeat", Needs::kNothing, LastHeartbeat},
      {"requests.gateway-identity", Needs::kNothing, GatewayIdentity},
      {"requests.pipelined-after-connect", Needs::kNothing, PipelinedAfterConnect},
      {"requests.large-request-after-hello", Needs::kNothing, LargeRequestAfterHello},
  };
}

}  // namespace gateway::conformance
