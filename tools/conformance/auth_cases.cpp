// Connect-time credentials and effective scopes (spec/auth.md §4–§5).
#include "tools/conformance/case_registry.hpp"
#include "tools/conformance/client_session.hpp"
#include "tools/conformance/expect.hpp"
#include "tools/conformance/formats.hpp"
#include "tools/conformance/raw_socket.hpp"

namespace gateway::conformance {
namespace {

using nlohmann::json;

// The observed messages carry a hint for a CLI on loopback; elsewhere only the details are fixed.
bool IsLoopback(const Target& target) {
  const std::string& host = target.endpoint.host;
  return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

void ExpectAuthRejected(const Target& target, const json& auth, const std::string& message,
                        const json& details) {
  auto ws = OpenPastChallenge(target);
  const std::string id = ConnectId();
  json frame = ConnectFrame(target, id);
  frame["params"]["auth"] = auth;  // replaced, not merged: only the wrong credential is sent
  ws->SendText(frame.dump());
  const json response = NextResponse(*ws, target, id);
  Expect(response.value("ok", true) == false, "expected ok:false, got " + Brief(response));
  const json& error = ObjectAt(response, "/error");
  ExpectEqual(Member(error, "/code"), "INVALID_REQUEST", "error.code");
  ExpectEqual(Member(error, "/details"), details, "error.details");
  const std::string& actual_message = StringAt(error, "/message");
  if (IsLoopback(target)) ExpectEqual(actual_message, message, "error.message");
  ExpectClose(*ws, target, 1008, CloseReasonOf(actual_message));
}

void CliKeepsRequestedScopes(const Target& target) {
  auto cli = ConnectCli(target, {"operator.read"});
  ExpectEqual(Member(cli->hello_json(), "/auth/role"), "operator", "auth.role");
  ExpectEqual(Member(cli->hello_json(), "/auth/scopes"), json{"operator.read"}, "auth.scopes");
}

void DevicelessTestClientGetsNoScopes(const Target& target) {
  auto test = ConnectTestClient(target);
  ExpectEqual(Member(test->hello_json(), "/auth/scopes"), json::array(),
              "auth.scopes of test/test requesting operator.admin");
}

void WrongToken(const Target& target) {
  ExpectAuthRejected(
      target, {{"token", "conformance-wrong-" + RandomUuid()}},
      "unauthorized: gateway token mismatch (use this gateway's gateway.auth.token or pair the "
      "device)",
      {{"code", "AUTH_TOKEN_MISMATCH"},
       {"authReason", "token_mismatch"},
       {"canRetryWithDeviceToken", false},
       {"recommendedNextStep", "update_auth_credentials"}});
}

void WrongPassword(const Target& target) {
  ExpectAuthRejected(
      target, {{"password", "conformance-wrong-" + RandomUuid()}},
      "unauthorized: gateway password mismatch (use this gateway's gateway.auth.password)",
      {{"code", "AUTH_PASSWORD_MISMATCH"},
       {"authReason", "password_mismatch"},
       {"canRetryWithDeviceToken", false},
       {"recommendedNextStep", "update_auth_credentials"}});
}

void TokenInPasswordField(const Target& target) {
  auto ws = OpenPastChallenge(target);
  const std::string id = ConnectId();
  json frame = ConnectFrame(target, id);
  frame["params"]["auth"] = {{"password", *target.token}};  // no token field at all
  ws->SendText(frame.dump());
  ExpectEqual(Member(ExpectOkResponse(NextResponse(*ws, target, id), id), "/type"), "hello-ok",
              "payload type");
}

void NoCredentials(const Target& target) {
  const json expected = {{"code", "NOT_PAIRED"},
                         {"message", "device identity required"},
                         {"details", {{"code", "DEVICE_IDENTITY_REQUIRED"}}}};
  for (bool empty_auth : {false, true}) {
    auto ws = OpenPastChallenge(target);
    const std::string id = ConnectId();
    json frame = ConnectFrame(target, id, {{"auth", nullptr}});
    if (empty_auth) frame["params"]["auth"] = json::object();
    ws->SendText(frame.dump());
    try {
      ExpectErrorResponse(NextResponse(*ws, target, id), id, expected);
      ExpectClose(*ws, target, 1008, "device identity required");
    } catch (const CaseFailure& e) {
      Fail(std::string(empty_auth ? "auth:{}: " : "no auth: ") + e.what());
    }
  }
}

}  // namespace

std::vector<Case> AuthCases() {
  return {
      {"auth.cli-keeps-requested-scopes", Needs::kNothing, CliKeepsRequestedScopes},
      {"auth.deviceless-test-client-gets-no-scopes", Needs::kSharedSecret,
       DevicelessTestClientGetsNoScopes},
      {"auth.wrong-token", Needs::kToken, WrongToken},
      {"auth.wrong-password", Needs::kPassword, WrongPassword},
      {"auth.token-in-password-field", Needs::kToken, TokenInPasswordField},
      {"auth.no-credentials", Needs::kSharedSecret, NoCredentials},
  };
}

}  // namespace gateway::conformance
