#include "connect_request.hpp"

namespace gateway::client::detail {

nlohmann::json BuildConnectRequest(const ClientOptions& options, const std::string& id,
                                   const std::string& instance_id) {
  nlohmann::json client = {
      {"id", options.client_id},      {"version", options.client_version},
      {"platform", options.platform}, {"mode", options.client_mode},
      {"instanceId", instance_id},
  };
  if (!options.device_family.empty()) client["deviceFamily"] = options.device_family;
  nlohmann::json params = {
      {"minProtocol", options.min_protocol},
      {"maxProtocol", options.max_protocol},
      {"client", std::move(client)},
      {"caps", options.caps},
      {"role", options.role},
      {"scopes", options.scopes},
  };
  if (options.token || options.password) {
    nlohmann::json auth = nlohmann::json::object();
    if (options.token) auth["token"] = *options.token;
    if (options.password) auth["password"] = *options.password;
    params["auth"] = std::move(auth);
  }
  return {{"type", "req"}, {"id", id}, {"method", "connect"}, {"params", std::move(params)}};
}

}  // namespace gateway::client::detail
