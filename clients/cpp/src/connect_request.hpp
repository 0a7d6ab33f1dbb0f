// The connect request the real CLI sends, built from ClientOptions.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "gateway/client/gateway_client.hpp"

namespace gateway::client::detail {

// {"type":"req","id":id,"method":"connect","params":{minProtocol, maxProtocol, client{id,
// version, platform, deviceFamily, mode, instanceId}, caps:[], auth?, role, scopes}}. Option
// strings are sent as given (unknown client ids reach the server, which validates them).
nlohmann::json BuildConnectRequest(const ClientOptions& options, const std::string& id,
                                   const std::string& instance_id);

}  // namespace gateway::client::detail
