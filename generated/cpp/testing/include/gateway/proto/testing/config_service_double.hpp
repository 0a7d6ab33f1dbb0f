// Generated from protocol/methods/config.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the config domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/config_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A ConfigService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.config_apply.Returns(result)`, then `.calls()`.
class ConfigServiceDouble : public ConfigService {
 public:
  MethodDouble<ConfigApplyParams, Reply<ConfigApplyResult>> config_apply{"config.apply"};
  MethodDouble<ConfigGetParams, Reply<ConfigGetResult>> config_get{"config.get"};
  MethodDouble<ConfigPatchParams, Reply<ConfigPatchResult>> config_patch{"config.patch"};
  MethodDouble<ConfigSchemaParams, Reply<ConfigSchemaResponse>> config_schema{"config.schema"};
  MethodDouble<ConfigSchemaLookupParams, Reply<ConfigSchemaLookupResult>> config_schema_lookup{"config.schema.lookup"};
  MethodDouble<ConfigSetParams, Reply<ConfigSetResult>> config_set{"config.set"};

  void ConfigApply(ConfigApplyParams params, rpc::CallContext&, Reply<ConfigApplyResult> reply) override {
    config_apply.Handle(std::move(params), std::move(reply));
  }

  void ConfigGet(ConfigGetParams params, rpc::CallContext&, Reply<ConfigGetResult> reply) override {
    config_get.Handle(std::move(params), std::move(reply));
  }

  void ConfigPatch(ConfigPatchParams params, rpc::CallContext&, Reply<ConfigPatchResult> reply) override {
    config_patch.Handle(std::move(params), std::move(reply));
  }

  void ConfigSchema(ConfigSchemaParams params, rpc::CallContext&, Reply<ConfigSchemaResponse> reply) override {
    config_schema.Handle(std::move(params), std::move(reply));
  }

  void ConfigSchemaLookup(ConfigSchemaLookupParams params, rpc::CallContext&, Reply<ConfigSchemaLookupResult> reply) override {
    config_schema_lookup.Handle(std::move(params), std::move(reply));
  }

  void ConfigSet(ConfigSetParams params, rpc::CallContext&, Reply<ConfigSetResult> reply) override {
    config_set.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.ConfigApply (config.apply) with `context`; the outcome holds its answer.
inline CallOutcome<ConfigApplyResult> CallConfigApply(ConfigService& service, ConfigApplyParams params, rpc::CallContext& context) {
  return Invoke(service, &ConfigService::ConfigApply, std::move(params), context);
}

// Calls service.ConfigGet (config.get) with `context`; the outcome holds its answer.
inline CallOutcome<ConfigGetResult> CallConfigGet(ConfigService& service, ConfigGetParams params, rpc::CallContext& context) {
  return Invoke(service, &ConfigService::ConfigGet, std::move(params), context);
}

// Calls service.ConfigPatch (config.patch) with `context`; the outcome holds its answer.
inline CallOutcome<ConfigPatchResult> CallConfigPatch(ConfigService& service, ConfigPatchParams params, rpc::CallContext& context) {
  return Invoke(service, &ConfigService::ConfigPatch, std::move(params), context);
}

// Calls service.ConfigSchema (config.schema) with `context`; the outcome holds its answer.
inline CallOutcome<ConfigSchemaResponse> CallConfigSchema(ConfigService& service, ConfigSchemaParams params, rpc::CallContext& context) {
  return Invoke(service, &ConfigService::ConfigSchema, std::move(params), context);
}

// Calls service.ConfigSchemaLookup (config.schema.lookup) with `context`; the outcome holds its answer.
inline CallOutcome<ConfigSchemaLookupResult> CallConfigSchemaLookup(ConfigService& service, ConfigSchemaLookupParams params, rpc::CallContext& context) {
  return Invoke(service, &ConfigService::ConfigSchemaLookup, std::move(params), context);
}

// Calls service.ConfigSet (config.set) with `context`; the outcome holds its answer.
inline CallOutcome<ConfigSetResult> CallConfigSet(ConfigService& service, ConfigSetParams params, rpc::CallContext& context) {
  return Invoke(service, &ConfigService::ConfigSet, std::move(params), context);
}

}  // namespace gateway::proto::testing
