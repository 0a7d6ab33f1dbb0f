// Cases that start after hello use the protocol client: connect as a given client with given
// scopes, and call methods.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gateway/client/gateway_client.hpp"
#include "tools/conformance/conformance_case.hpp"

namespace gateway::conformance {

// The real CLI's options (client cli/cli) with the target's URL, credentials and timeouts.
client::ClientOptions CliOptions(const Target& target, std::vector<std::string> scopes);

// Connects; a rejected or failed handshake is a case failure.
std::unique_ptr<client::GatewayClient> Connect(const client::ClientOptions& options);
std::unique_ptr<client::GatewayClient> ConnectCli(const Target& target,
                                                  std::vector<std::string> scopes);
// A device-less client test/test (its requested admin scope is cleared to [] by the gateway).
std::unique_ptr<client::GatewayClient> ConnectTestClient(const Target& target);

// Calls and requires ok:true; returns the payload.
nlohmann::json CallOk(client::GatewayClient& client, const std::string& method,
                      const nlohmann::json& params = nlohmann::json::object());
// Calls and requires ok:false with exactly `expected_error`.
void CallExpectingError(client::GatewayClient& client, const std::string& method,
                        const nlohmann::json& params, const nlohmann::json& expected_error);

// {code:"FORBIDDEN", message:"missing scope: <scope>", details:{MISSING_SCOPE ...}} as observed.
nlohmann::json MissingScopeError(const std::string& scope);

}  // namespace gateway::conformance
