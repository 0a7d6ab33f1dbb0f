// Bundles the definitions into draft-07 documents shaped like the published OpenClaw schema:
// { "$schema", "definitions": {...}, "methods": { name: { scope, params, result } }, "events" }.
#include "emitters.hpp"

namespace gateway::codegen {
namespace {

bool IsConfigSource(const std::string& source) { return source.rfind("config/", 0) == 0; }

Json Ref(const std::string& name) { return Json{{"$ref", "#/definitions/" + name}}; }

}  // namespace

void EmitSchema(const Protocol& proto, Outputs& out) {
  Json protocol = Json::object();
  protocol["$schema"] = "http://json-schema.org/draft-07/schema#";
  protocol["title"] = "OpenClaw Gateway Protocol";
  protocol["protocolVersion"] = proto.version;
  protocol["minProtocolVersion"] = proto.min_version;
  Json config = Json::object();
  config["$schema"] = "http://json-schema.org/draft-07/schema#";
  config["title"] = "OpenClaw configuration (openclaw.json)";
  Json protocol_defs = Json::object();
  Json config_defs = Json::object();
  for (const auto& d : proto.definitions) {
    (IsConfigSource(d.source) ? config_defs : protocol_defs)[d.name] = d.schema;
  }
  protocol["definitions"] = protocol_defs;

  Json methods = Json::object();
  for (const auto& m : proto.methods) {
    Json entry = Json::object();
    if (m.role != "operator") entry["role"] = m.role;
    switch (m.scope.kind) {
      case ScopeRule::Kind::kNone:
        entry["scope"] = nullptr;
        break;
      case ScopeRule::Kind::kFixed:
        entry["scope"] = m.scope.scope;
        break;
      case ScopeRule::Kind::kResolver:
        entry["scope"] = m.scope.scopes.front();
        entry["dynamicScopes"] = m.scope.scopes;
        break;
    }
    if (m.idempotency != Idempotency::kNone) {
      entry["idempotencyKey"] = m.idempotency == Idempotency::kRequired ? "required" : "optional";
    }
    entry["params"] = Ref(m.params);
    if (!m.accepted.empty()) entry["accepted"] = Ref(m.accepted);
    entry["result"] = Ref(m.result);
    if (!m.error_payload.empty()) entry["errorPayload"] = Ref(m.error_payload);
    methods[m.name] = entry;
  }
  protocol["methods"] = methods;

  Json events = Json::object();
  for (const auto& e : proto.events) {
    Json entry = Json::object();
    entry["scope"] = e.scope.empty() ? Json(nullptr) : Json(e.scope);
    if (e.drop_if_slow) entry["dropIfSlow"] = true;
    if (e.state_version) entry["stateVersion"] = true;
    if (e.pre_auth) entry["preAuth"] = true;
    if (e.targeted) entry["target"] = "connection";
    entry["payload"] = Ref(e.payload);
    events[e.name] = entry;
  }
  protocol["events"] = events;
  out["schema/protocol.schema.json"] = protocol.dump(2) + "\n";

  if (!config_defs.empty()) {
    if (config_defs.contains("OpenClawConfig")) config["$ref"] = "#/definitions/OpenClawConfig";
    config["definitions"] = config_defs;
    out["schema/config.schema.json"] = config.dump(2) + "\n";
  }
}

}  // namespace gateway::codegen
