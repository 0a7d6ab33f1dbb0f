// Generated from protocol/methods/config.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/rpc.hpp"
#include "gateway/proto/methods_config.hpp"

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// Handlers of the config domain. Implement every method; answer through `reply`, now or
// later, from any thread.
class ConfigService {
 public:
  virtual ~ConfigService() = default;

  // config.apply: Replace the whole config file and report how it is applied (this gateway needs a restart until hot reload lands).
  virtual void ConfigApply(ConfigApplyParams params, rpc::CallContext& context, Reply<ConfigApplyResult> reply) = 0;

  // config.get: The config file as written and as loaded, secrets redacted, with the revision hash to pass as baseHash.
  virtual void ConfigGet(ConfigGetParams params, rpc::CallContext& context, Reply<ConfigGetResult> reply) = 0;

  // config.patch: Merge a JSON5 merge patch into the config file (objects merge, null deletes, arrays replace only when listed in replacePaths, arrays of objects with id merge by id).
  virtual void ConfigPatch(ConfigPatchParams params, rpc::CallContext& context, Reply<ConfigPatchResult> reply) = 0;

  // config.schema: The JSON Schema of openclaw.json with UI hints.
  virtual void ConfigSchema(ConfigSchemaParams params, rpc::CallContext& context, Reply<ConfigSchemaResponse> reply) = 0;

  // config.schema.lookup: The schema node at a dotted config path (shallow) and its children.
  virtual void ConfigSchemaLookup(ConfigSchemaLookupParams params, rpc::CallContext& context, Reply<ConfigSchemaLookupResult> reply) = 0;

  // config.set: Replace the whole config file (persist only; the running gateway is not reloaded).
  virtual void ConfigSet(ConfigSetParams params, rpc::CallContext& context, Reply<ConfigSetResult> reply) = 0;
};

}  // namespace gateway::proto
