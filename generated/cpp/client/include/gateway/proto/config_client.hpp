// Generated from protocol/methods/config.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed calls of the config domain over client::GatewayClient (link gateway_client).
#pragma once

#include <chrono>
#include <optional>

#include "gateway/client/typed_call.hpp"
#include "gateway/proto/methods_config.hpp"

namespace gateway::proto {

// One method per config method: typed params in, the typed result or the gateway's error out
// (client::TypedResult). Throws client::GatewayError as GatewayClient::Call does.
class ConfigClient {
 public:
  explicit ConfigClient(client::GatewayClient& client) : client_(client) {}

  // config.apply: Replace the whole config file and report how it is applied (this gateway needs a restart until hot reload lands).
  client::TypedResult<ConfigApplyResult> ConfigApply(const ConfigApplyParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ConfigApplyResult>(client_, "config.apply", Write(params), false, timeout);
  }

  // config.get: The config file as written and as loaded, secrets redacted, with the revision hash to pass as baseHash.
  client::TypedResult<ConfigGetResult> ConfigGet(const ConfigGetParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ConfigGetResult>(client_, "config.get", Write(params), false, timeout);
  }

  // config.patch: Merge a JSON5 merge patch into the config file (objects merge, null deletes, arrays replace only when listed in replacePaths, arrays of objects with id merge by id).
  client::TypedResult<ConfigPatchResult> ConfigPatch(const ConfigPatchParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ConfigPatchResult>(client_, "config.patch", Write(params), false, timeout);
  }

  // config.schema: The JSON Schema of openclaw.json with UI hints.
  client::TypedResult<ConfigSchemaResponse> ConfigSchema(const ConfigSchemaParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ConfigSchemaResponse>(client_, "config.schema", Write(params), false, timeout);
  }

  // config.schema.lookup: The schema node at a dotted config path (shallow) and its children.
  client::TypedResult<ConfigSchemaLookupResult> ConfigSchemaLookup(const ConfigSchemaLookupParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ConfigSchemaLookupResult>(client_, "config.schema.lookup", Write(params), false, timeout);
  }

  // config.set: Replace the whole config file (persist only; the running gateway is not reloaded).
  client::TypedResult<ConfigSetResult> ConfigSet(const ConfigSetParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ConfigSetResult>(client_, "config.set", Write(params), false, timeout);
  }

 private:
  client::GatewayClient& client_;
};

}  // namespace gateway::proto
