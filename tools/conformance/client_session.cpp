#include "tools/conformance/client_session.hpp"

#include "tools/conformance/expect.hpp"

namespace gateway::conformance {

using nlohmann::json;

client::ClientOptions CliOptions(const Target& target, std::vector<std::string> scopes) {
  client::ClientOptions options;
  options.url = target.url;
  options.token = target.token;
  options.password = target.password;
  options.scopes = std::move(scopes);
  options.connect_timeout = target.timeout;
  options.request_timeout = target.timeout;
  return options;
}

std::unique_ptr<client::GatewayClient> Connect(const client::ClientOptions& options) {
  try {
    return client::GatewayClient::Connect(options);
  } catch (const client::GatewayError& e) {
    Fail("connect as " + options.client_id + "/" + options.client_mode + " failed: " + e.what());
  }
}

std::unique_ptr<client::GatewayClient> ConnectCli(const Target& target,
                                                  std::vector<std::string> scopes) {
  return Connect(CliOptions(target, std::move(scopes)));
}

std::unique_ptr<client::GatewayClient> ConnectTestClient(const Target& target) {
  client::ClientOptions options = CliOptions(target, {"operator.admin"});
  options.client_id = "test";
  options.client_mode = "test";
  return Connect(options);
}

json CallOk(client::GatewayClient& client, const std::string& method, const json& params) {
  client::RpcResult result = client.Call(method, params);
  if (!result.ok) Fail(method + " failed: " + Brief(result.frame));
  return result.payload;
}

void CallExpectingError(client::GatewayClient& client, const std::string& method,
                        const json& params, const json& expected_error) {
  client::RpcResult result = client.Call(method, params);
  if (result.ok) Fail(method + " succeeded, expected error " + Brief(expected_error));
  ExpectEqual(Member(result.frame, "/error"), expected_error, method + " error");
}

json MissingScopeError(const std::string& scope) {
  return {{"code", "FORBIDDEN"},
          {"message", "missing scope: " + scope},
          {"details",
           {{"code", "MISSING_SCOPE"}, {"missingScope", scope}, {"requiredScopes", {scope}}}}};
}

}  // namespace gateway::conformance
