// C++ RPC surface: protocol constants and tables (protocol.hpp), the reply handle (rpc.hpp, copied
// from runtime/verbatim/), one abstract service per domain, the dispatcher that validates/decodes
// params and calls the services, and the typed event emitter.
#include <functional>
#include <set>
#include <stdexcept>

#include "cpp_names.hpp"
#include "emitters.hpp"
#include "naming.hpp"
#include "verbatim.hpp"

namespace gateway::codegen {
namespace {

using cpp::Stem;

std::vector<std::string> AllSources(const Protocol& proto) {
  std::set<std::string> s;
  for (const auto& d : proto.definitions) s.insert(d.source);
  for (const auto& m : proto.methods) s.insert(m.source);
  for (const auto& e : proto.events) s.insert(e.source);
  s.insert("version.yaml");
  return {s.begin(), s.end()};
}

std::string ScopeExpr(const std::string& scope) {
  return scope.empty() ? "std::nullopt" : "Scope::" + CppConstantName(scope);
}

std::vector<std::string> Resolvers(const Protocol& proto) {
  std::set<std::string> out;
  for (const auto& m : proto.methods) {
    if (m.scope.kind == ScopeRule::Kind::kResolver) out.insert(m.scope.resolver);
  }
  return {out.begin(), out.end()};
}

void EmitStringEnum(Code& h, Code& c, const std::string& name,
                    const std::vector<std::string>& values, const std::vector<std::string>& docs) {
  h("enum class " + name + " {");
  h.In();
  for (std::size_t i = 0; i < values.size(); ++i) {
    DocComment(h, "//", docs[i]);
    h(CppConstantName(values[i]) + ",");
  }
  h.Out();
  h("};");
  h("std::string_view ToString(" + name + " value);");
  h("std::optional<" + name + "> Parse" + name + "(std::string_view text);");
  c();
  c("std::string_view ToString(" + name + " value) {");
  c("  switch (value) {");
  for (const auto& v : values)
    c("    case " + name + "::" + CppConstantName(v) + ": return " + CppStringLiteral(v) + ";");
  c("  }");
  c("  return {};");
  c("}");
  c();
  c("std::optional<" + name + "> Parse" + name + "(std::string_view text) {");
  for (const auto& v : values)
    c("  if (text == " + CppStringLiteral(v) + ") return " + name + "::" + CppConstantName(v) +
      ";");
  c("  return std::nullopt;");
  c("}");
}

void EmitProtocolTables(const Protocol& proto, Outputs& out) {
  Code h, c;
  auto sources = AllSources(proto);
  h.Raw(Banner("//", sources));
  h("// Protocol version, constants, roles, scopes, error codes and the method and event tables.");
  h("#pragma once");
  h();
  h("#include <cstdint>");
  h("#include <optional>");
  h("#include <span>");
  h("#include <string>");
  h("#include <string_view>");
  h("#include <vector>");
  h();
  h("namespace gateway::proto {");
  h();
  h("inline constexpr std::int64_t kProtocolVersion = " + std::to_string(proto.version) + ";");
  h("inline constexpr std::int64_t kMinProtocolVersion = " + std::to_string(proto.min_version) +
    ";");
  h();
  h("namespace constants {");
  for (const auto& k : proto.constants) {
    DocComment(h, "//", k.description);
    h("inline constexpr std::int64_t " + CppConstantName(k.name) + " = " + std::to_string(k.value) +
      ";");
  }
  h("}  // namespace constants");
  c.Raw(Banner("//", sources));
  c("#include \"gateway/proto/protocol.hpp\"");
  c();
  c("#include <algorithm>");
  c("#include <array>");
  c();
  c("namespace gateway::proto {");

  std::vector<std::string> names, docs;
  for (const auto& r : proto.roles) names.push_back(r.name), docs.push_back(r.description);
  h();
  h("// Connection roles.");
  EmitStringEnum(h, c, "Role", names, docs);
  names.clear(), docs.clear();
  for (const auto& s : proto.scopes) names.push_back(s.name), docs.push_back(s.description);
  h();
  h("// Operator scopes.");
  EmitStringEnum(h, c, "Scope", names, docs);
  h("// True when a connection holding `held` may do what `required` guards.");
  h("bool ScopeGrants(Scope held, Scope required);");
  h("// True when any of `held` grants `required`.");
  h("bool ScopesGrant(std::span<const Scope> held, Scope required);");
  c();
  c("bool ScopeGrants(Scope held, Scope required) {");
  c("  if (held == required) return true;");
  c("  switch (held) {");
  for (const auto& s : proto.scopes) {
    if (s.implies_all) {
      c("    case Scope::" + CppConstantName(s.name) + ": return true;");
    } else if (!s.implies.empty()) {
      std::string cond;
      for (const auto& i : s.implies)
        cond += (cond.empty() ? "" : " || ") + ("required == Scope::" + CppConstantName(i));
      c("    case Scope::" + CppConstantName(s.name) + ": return " + cond + ";");
    }
  }
  c("    default: return false;");
  c("  }");
  c("}");
  c();
  c("bool ScopesGrant(std::span<const Scope> held, Scope required) {");
  c("  return std::any_of(held.begin(), held.end(), [&](Scope s) { return ScopeGrants(s, "
    "required); });");
  c("}");

  names.clear(), docs.clear();
  for (const auto& e : proto.error_codes) {
    names.push_back(e.name);
    docs.push_back(e.description + (e.deprecated ? " (deprecated: no current emitter)" : ""));
  }
  h();
  h("// The closed set of error.code values.");
  EmitStringEnum(h, c, "ErrorCode", names, docs);

  h();
  h("enum class Idempotency { kNone, kOptional, kRequired };");
  h();
  h("enum class MethodId {");
  for (const auto& m : proto.methods) h("  " + CppConstantName(m.name) + ",");
  h("};");
  h();
  h("struct MethodInfo {");
  h("  MethodId id;");
  h("  std::string_view name;");
  h("  std::string_view domain;");
  h("  std::optional<Role> role;           // nullopt: any role may call it");
  h("  std::optional<Scope> scope;         // fixed scope; nullopt with no resolver: none needed");
  h("  std::string_view scope_resolver;    // non-empty: the scope depends on the params");
  h("  Idempotency idempotency;");
  h("  bool two_phase;                     // an accepted response precedes the final one");
  h("  std::string_view params;            // definition names");
  h("  std::string_view result;");
  h("};");
  h();
  h("// Every method, sorted by name.");
  h("std::span<const MethodInfo> Methods();");
  h("const MethodInfo* FindMethod(std::string_view name);");
  h("const MethodInfo& GetMethod(MethodId id);");
  h("// Method names for hello-ok features.methods.");
  h("std::vector<std::string> MethodNames();");
  c();
  c("namespace {");
  c("constexpr std::array<MethodInfo, " + std::to_string(proto.methods.size()) + "> kMethods = {{");
  for (const auto& m : proto.methods) {
    std::string role = m.role == "any" ? "std::nullopt" : "Role::" + CppConstantName(m.role);
    std::string scope =
        m.scope.kind == ScopeRule::Kind::kFixed ? ScopeExpr(m.scope.scope) : "std::nullopt";
    std::string idem = m.idempotency == Idempotency::kRequired   ? "Idempotency::kRequired"
                       : m.idempotency == Idempotency::kOptional ? "Idempotency::kOptional"
                                                                 : "Idempotency::kNone";
    c("    {MethodId::" + CppConstantName(m.name) + ", " + CppStringLiteral(m.name) + ", " +
      CppStringLiteral(m.domain) + ", " + role + ", " + scope + ", " +
      CppStringLiteral(m.scope.resolver) + ", " + idem + ", " +
      (m.accepted.empty() ? "false" : "true") + ", " + CppStringLiteral(m.params) + ", " +
      CppStringLiteral(m.result) + "},");
  }
  c("}};");
  c("}  // namespace");
  c();
  c("std::span<const MethodInfo> Methods() { return kMethods; }");
  c();
  c("const MethodInfo* FindMethod(std::string_view name) {");
  c("  auto it = std::lower_bound(kMethods.begin(), kMethods.end(), name,");
  c("                             [](const MethodInfo& m, std::string_view n) { return m.name < n; "
    "});");
  c("  return it != kMethods.end() && it->name == name ? &*it : nullptr;");
  c("}");
  c();
  c("const MethodInfo& GetMethod(MethodId id) { return kMethods[static_cast<std::size_t>(id)]; }");
  c();
  c("std::vector<std::string> MethodNames() {");
  c("  std::vector<std::string> names;");
  c("  for (const auto& m : kMethods) names.emplace_back(m.name);");
  c("  return names;");
  c("}");

  h();
  h("enum class EventId {");
  for (const auto& e : proto.events) h("  " + CppConstantName(e.name) + ",");
  h("};");
  h();
  h("struct EventInfo {");
  h("  EventId id;");
  h("  std::string_view name;");
  h("  std::optional<Scope> scope;  // scope needed to receive it; nullopt: every connection");
  h("  bool drop_if_slow;           // may be dropped (consuming no seq) for a slow consumer");
  h("  bool state_version;          // the frame carries stateVersion");
  h("  bool pre_auth;               // sent before hello, without seq");
  h("  bool targeted;               // sent to one addressed connection");
  h("  std::string_view payload;    // definition name");
  h("};");
  h();
  h("// Every event, sorted by name.");
  h("std::span<const EventInfo> Events();");
  h("const EventInfo* FindEvent(std::string_view name);");
  h("const EventInfo& GetEvent(EventId id);");
  h("// Event names for hello-ok features.events.");
  h("std::vector<std::string> EventNames();");
  c();
  c("namespace {");
  c("constexpr std::array<EventInfo, " + std::to_string(proto.events.size()) + "> kEvents = {{");
  auto b = [](bool v) { return v ? std::string("true") : std::string("false"); };
  for (const auto& e : proto.events) {
    c("    {EventId::" + CppConstantName(e.name) + ", " + CppStringLiteral(e.name) + ", " +
      ScopeExpr(e.scope) + ", " + b(e.drop_if_slow) + ", " + b(e.state_version) + ", " +
      b(e.pre_auth) + ", " + b(e.targeted) + ", " + CppStringLiteral(e.payload) + "},");
  }
  c("}};");
  c("}  // namespace");
  c();
  c("std::span<const EventInfo> Events() { return kEvents; }");
  c();
  c("const EventInfo* FindEvent(std::string_view name) {");
  c("  auto it = std::lower_bound(kEvents.begin(), kEvents.end(), name,");
  c("                             [](const EventInfo& e, std::string_view n) { return e.name < n; "
    "});");
  c("  return it != kEvents.end() && it->name == name ? &*it : nullptr;");
  c("}");
  c();
  c("const EventInfo& GetEvent(EventId id) { return kEvents[static_cast<std::size_t>(id)]; }");
  c();
  c("std::vector<std::string> EventNames() {");
  c("  std::vector<std::string> names;");
  c("  for (const auto& e : kEvents) names.emplace_back(e.name);");
  c("  return names;");
  c("}");
  h();
  h("}  // namespace gateway::proto");
  c();
  c("}  // namespace gateway::proto");
  out["cpp/include/gateway/proto/protocol.hpp"] = h.str();
  out["cpp/src/protocol.cpp"] = c.str();
}

std::string ReplyType(const Method& m) {
  std::string reply = "Reply<" + m.result;
  if (!m.accepted.empty() || !m.error_payload.empty())
    reply += ", " + (m.accepted.empty() ? "void" : m.accepted);
  if (!m.error_payload.empty()) reply += ", " + m.error_payload;
  return reply + ">";
}

std::string ServiceName(const std::string& domain) { return PascalCase(domain) + "Service"; }

// "system-event" -> SystemEventEmits: the events one method may emit.
std::string EmitsName(const Method& m) { return PascalCase(m.name) + "Emits"; }

// The generated type headers that declare the given definitions (sorted, no duplicates).
std::vector<std::string> HeadersOf(const Protocol& proto, const std::vector<std::string>& defs) {
  std::set<std::string> headers;
  for (const auto& d : defs) {
    if (!d.empty()) headers.insert("gateway/proto/" + Stem(proto.GetDefinition(d).source) + ".hpp");
  }
  return {headers.begin(), headers.end()};
}

std::vector<std::string> MethodDefinitions(const Method& m) {
  return {m.params, m.result, m.accepted, m.error_payload};
}

std::vector<std::string> EventDefinitions(const Protocol& proto, const Event& e) {
  std::vector<std::string> defs = {e.payload};
  if (e.state_version && proto.FindDefinition("StateVersion")) defs.push_back("StateVersion");
  return defs;
}

// The parameter list of an event's typed emitter function.
std::string EventParams(const Event& e) {
  std::string params = e.targeted ? "std::string_view connection_id, " : "";
  params += "const " + e.payload + "& payload";
  if (e.state_version) params += ", const StateVersion& state_version";
  return params;
}

std::string EventArgs(const Event& e) {
  return std::string(e.targeted ? "connection_id, " : "") + "payload" +
         (e.state_version ? ", state_version" : "");
}

void EmitServices(const Protocol& proto, Outputs& out) {
  for (const auto& domain : proto.domains) {
    std::string source;
    Code h;
    std::vector<const Method*> methods;
    for (const auto& m : proto.methods) {
      if (m.domain == domain) methods.push_back(&m), source = m.source;
    }
    h.Raw(Banner("//", {source}));
    h("#pragma once");
    h();
    std::vector<std::string> defs;
    for (const Method* m : methods) {
      for (const auto& d : MethodDefinitions(*m)) defs.push_back(d);
    }
    h("#include \"gateway/proto/rpc.hpp\"");
    for (const auto& header : HeadersOf(proto, defs)) h("#include \"" + header + "\"");
    h();
    h("namespace gateway::rpc {");
    h("class CallContext;  // defined by the server: who is calling, over which connection");
    h("}  // namespace gateway::rpc");
    h();
    h("namespace gateway::proto {");
    h();
    h("// Handlers of the " + domain +
      " domain. Implement every method; answer through `reply`, now or");
    h("// later, from any thread.");
    h("class " + ServiceName(domain) + " {");
    h(" public:");
    h.In();
    h("virtual ~" + ServiceName(domain) + "() = default;");
    for (const Method* m : methods) {
      h();
      DocComment(h, "//", m->name + (m->description.empty() ? "" : ": " + m->description));
      h("virtual void " + PascalCase(m->name) + "(" + m->params +
        " params, rpc::CallContext& context, " + ReplyType(*m) + " reply) = 0;");
    }
    h.Out();
    h("};");
    h();
    h("}  // namespace gateway::proto");
    out["cpp/include/gateway/proto/" + domain + "_service.hpp"] = h.str();
  }
}

void EmitDispatcher(const Protocol& proto, Outputs& out) {
  auto resolvers = Resolvers(proto);
  auto sources = AllSources(proto);
  Code h;
  h.Raw(Banner("//", sources));
  h("#pragma once");
  h();
  h("#include <memory>");
  h("#include <optional>");
  h("#include <string>");
  h();
  h("#include <nlohmann/json.hpp>");
  h();
  h("#include \"gateway/proto/protocol.hpp\"");
  for (const auto& d : proto.domains) h("#include \"gateway/proto/" + d + "_service.hpp\"");
  h();
  h("namespace gateway::proto {");
  h();
  if (!resolvers.empty()) {
    h("// Decides the scope of methods whose scope depends on their params (checked before params "
      "are");
    h("// validated, so `params` is raw JSON).");
    h("class ScopeResolvers {");
    h(" public:");
    h("  virtual ~ScopeResolvers() = default;");
    for (const auto& r : resolvers)
      h("  virtual Scope " + r + "(const nlohmann::json& params) const = 0;");
    h("};");
    h();
  }
  h("// Validates a request's params, decodes them and calls the domain service. The server runs "
    "the");
  h("// frame, role and scope checks first (see RequiredScope).");
  h("class Dispatcher {");
  h(" public:");
  h.In();
  std::string ctor_params;
  for (const auto& d : proto.domains) {
    ctor_params += (ctor_params.empty() ? "" : ", ") + ServiceName(d) + "& " + CppFieldName(d);
  }
  if (!resolvers.empty())
    ctor_params +=
        (ctor_params.empty() ? "" : ", ") + std::string("const ScopeResolvers& resolvers");
  h((proto.domains.size() + resolvers.size() == 1 ? "explicit " : "") + std::string("Dispatcher(") +
    ctor_params + ");");
  h();
  h("// The scope a call needs: fixed, resolved from the params, or none.");
  h("std::optional<Scope> RequiredScope(const MethodInfo& method, const nlohmann::json& params) "
    "const;");
  h();
  h("// Answers INVALID_REQUEST \"invalid <method> params: …\" when params do not match the "
    "schema;");
  h("// absent or null params count as {}. Otherwise the service answers through the sink. The");
  h("// typed params are decoded straight from `params`; the JSON tree is never copied.");
  h("void Dispatch(const MethodInfo& method, const nlohmann::json& params, rpc::CallContext& "
    "context,");
  h("              std::shared_ptr<ResponseSink> sink, std::string id);");
  h.Out();
  h();
  h(" private:");
  for (const auto& d : proto.domains) h("  " + ServiceName(d) + "& " + CppFieldName(d) + "_;");
  if (!resolvers.empty()) h("  const ScopeResolvers& resolvers_;");
  h("};");
  h();
  h("}  // namespace gateway::proto");
  out["cpp/include/gateway/proto/dispatcher.hpp"] = h.str();

  Code c;
  c.Raw(Banner("//", sources));
  c("#include \"gateway/proto/dispatcher.hpp\"");
  c();
  c("#include <utility>");
  c();
  c("#include \"gateway/proto/validators.hpp\"");
  c();
  c("namespace gateway::proto {");
  c();
  std::string inits;
  for (const auto& d : proto.domains) {
    inits += (inits.empty() ? "" : ", ") + CppFieldName(d) + "_(" + CppFieldName(d) + ")";
  }
  if (!resolvers.empty())
    inits += (inits.empty() ? "" : ", ") + std::string("resolvers_(resolvers)");
  c("Dispatcher::Dispatcher(" + ctor_params + ")" + (inits.empty() ? "" : "\n    : " + inits) +
    " {}");
  c();
  c("std::optional<Scope> Dispatcher::RequiredScope(const MethodInfo& method, const "
    "nlohmann::json& params) const {");
  c.In();
  if (!resolvers.empty()) {
    c("switch (method.id) {");
    for (const auto& m : proto.methods) {
      if (m.scope.kind != ScopeRule::Kind::kResolver) continue;
      c("  case MethodId::" + CppConstantName(m.name) + ":");
      c("    return resolvers_." + m.scope.resolver + "(params);");
    }
    c("  default:");
    c("    break;");
    c("}");
  } else {
    c("(void)params;");
  }
  c("return method.scope;");
  c.Out();
  c("}");
  c();
  c("void Dispatcher::Dispatch(const MethodInfo& method, const nlohmann::json& params, "
    "rpc::CallContext& context,");
  c("                          std::shared_ptr<ResponseSink> sink, std::string id) {");
  c.In();
  // Absent or null params count as {}: a reference to one shared empty object, never a copy.
  c("static const nlohmann::json kEmptyParams = nlohmann::json::object();");
  c("const nlohmann::json& effective = params.is_null() ? kEmptyParams : params;");
  c("auto fail = [&](const std::string& detail) {");
  c("  SendError(*sink, id, MakeError(ErrorCode::kInvalidRequest, \"invalid \" + "
    "std::string(method.name) "
    "+ \" params: \" + detail));");
  c("};");
  c("switch (method.id) {");
  c.In();
  for (const auto& m : proto.methods) {
    c("case MethodId::" + CppConstantName(m.name) + ": {");
    c.In();
    c("auto errors = Validate(&Check" + m.params + ", effective);");
    c("if (!errors.empty()) return fail(" +
      (m.invalid_params_message.empty() ? std::string("wire::FormatErrors(errors)")
                                        : CppStringLiteral(m.invalid_params_message)) +
      ");");
    c(m.params + " decoded{};");
    c("try {");
    c("  Read(effective, decoded, \"\");");
    c("} catch (const wire::DecodeError& e) {");
    c("  return fail(e.what());");
    c("}");
    c(CppFieldName(m.domain) + "_." + PascalCase(m.name) + "(std::move(decoded), context, " +
      ReplyType(m) + "(std::move(sink), std::move(id)));");
    c("return;");
    c.Out();
    c("}");
  }
  c.Out();
  c("}");
  if (proto.methods.empty()) c("(void)effective;"), c("(void)fail;"), c("(void)context;");
  c.Out();
  c("}");
  c();
  c("}  // namespace gateway::proto");
  out["cpp/src/dispatcher.cpp"] = c.str();
}

void EmitEvents(const Protocol& proto, Outputs& out) {
  std::set<std::string> sources;
  for (const auto& e : proto.events) sources.insert(e.source);
  std::vector<std::string> src(sources.begin(), sources.end());
  Code h;
  h.Raw(Banner("//", src));
  h("#pragma once");
  h();
  h("#include <memory>");
  h("#include <optional>");
  h("#include <string>");
  h("#include <string_view>");
  h();
  std::vector<std::string> defs;
  for (const auto& e : proto.events) {
    if (e.pre_auth) continue;
    for (const auto& d : EventDefinitions(proto, e)) defs.push_back(d);
  }
  h("#include \"gateway/proto/event_sink.hpp\"");
  h("#include \"gateway/proto/protocol.hpp\"");
  for (const auto& header : HeadersOf(proto, defs)) h("#include \"" + header + "\"");
  h();
  h("namespace gateway::proto {");
  h();
  h("// Typed emitters, one per declared event (pre-auth events are sent by the transport "
    "itself).");
  h("class EventEmitter {");
  h(" public:");
  h.In();
  h("explicit EventEmitter(EventSink& sink) : sink_(sink) {}");
  for (const auto& e : proto.events) {
    if (e.pre_auth) continue;
    h();
    DocComment(h, "//", e.name + (e.description.empty() ? "" : ": " + e.description));
    h("void " + PascalCase(e.name) + "(" + EventParams(e) + ");");
  }
  h.Out();
  h();
  h(" private:");
  h("  EventSink& sink_;");
  h("};");
  h();
  h("}  // namespace gateway::proto");
  out["cpp/include/gateway/proto/events.hpp"] = h.str();

  Code c;
  c.Raw(Banner("//", src));
  c("#include \"gateway/proto/events.hpp\"");
  c();
  c("namespace gateway::proto {");
  c();
  c("namespace {");
  c("std::shared_ptr<const std::string> Serialize(const nlohmann::json& payload) {");
  c("  return std::make_shared<const std::string>(");
  c("      payload.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));");
  c("}");
  c("}  // namespace");
  for (const auto& e : proto.events) {
    if (e.pre_auth) continue;
    c();
    c("void EventEmitter::" + PascalCase(e.name) + "(" + EventParams(e) + ") {");
    c("  sink_.Publish(GetEvent(EventId::" + CppConstantName(e.name) +
      "), Serialize(Write(payload)), " +
      std::string(e.state_version ? "Write(state_version)" : "nullptr") + ", " +
      (e.targeted ? "connection_id" : "{}") + ");");
    c("}");
  }
  c();
  c("}  // namespace gateway::proto");
  out["cpp/src/events.cpp"] = c.str();
}

const Event& GetEventOf(const Protocol& proto, const Method& m, const std::string& name) {
  for (const auto& e : proto.events) {
    if (e.name != name) continue;
    if (e.pre_auth) {
      throw std::runtime_error(m.source + ": " + m.name + " emits '" + name +
                               "', a pre-auth event that only the transport sends");
    }
    return e;
  }
  throw std::runtime_error(m.source + ": " + m.name + " emits unknown event '" + name + "'");
}

// Per method that lists `emits:`, an emitter restricted to those events: <domain>_emits.hpp.
void EmitMethodEmitters(const Protocol& proto, Outputs& out) {
  for (const auto& domain : proto.domains) {
    std::vector<const Method*> methods;
    std::set<std::string> sources;
    for (const auto& m : proto.methods) {
      if (m.domain != domain || m.emits.empty()) continue;
      methods.push_back(&m);
      sources.insert(m.source);
      for (const auto& e : m.emits) sources.insert(GetEventOf(proto, m, e).source);
    }
    if (methods.empty()) continue;
    Code h;
    h.Raw(Banner("//", {sources.begin(), sources.end()}));
    h("// Typed emitters restricted to the events each " + domain +
      " method declares in `emits:`: a handler");
    h("// given one can emit only those. They publish through the same EventSink as EventEmitter.");
    h("#pragma once");
    h();
    h("#include <string_view>");
    h();
    h("#include \"gateway/proto/events.hpp\"");
    h("#include \"gateway/proto/fwd.hpp\"");
    h("#include \"gateway/proto/protocol.hpp\"");
    h();
    h("namespace gateway::proto {");
    for (const Method* m : methods) {
      std::string events;
      for (const auto& e : m->emits) events += (events.empty() ? "" : ", ") + e;
      h();
      h("// " + m->name + " emits " + events + ".");
      h("class " + EmitsName(*m) + " {");
      h(" public:");
      h.In();
      h("explicit " + EmitsName(*m) + "(EventSink& sink) : emit_(sink) {}");
      for (const auto& name : m->emits) {
        const Event& e = GetEventOf(proto, *m, name);
        h();
        DocComment(h, "//", e.name + (e.description.empty() ? "" : ": " + e.description));
        h("void " + PascalCase(e.name) + "(" + EventParams(e) + ") { emit_." + PascalCase(e.name) +
          "(" + EventArgs(e) + "); }");
      }
      h.Out();
      h();
      h(" private:");
      h("  EventEmitter emit_;");
      h("};");
    }
    h();
    h("// The emitter of a method by id, e.g. MethodEmits<MethodId::" +
      CppConstantName(methods.front()->name) + ">::type is " + EmitsName(*methods.front()) + ".");
    for (const Method* m : methods) {
      h("template <>");
      h("struct MethodEmits<MethodId::" + CppConstantName(m->name) + "> {");
      h("  using type = " + EmitsName(*m) + ";");
      h("};");
    }
    h();
    h("}  // namespace gateway::proto");
    out["cpp/include/gateway/proto/" + domain + "_emits.hpp"] = h.str();
  }
}

// A definition name -> every alias definition it depends on comes first (aliases only: structs,
// enums and unions are declared without a body and need no order).
void OrderAliases(const Protocol& proto, const Definition& d, std::set<std::string>& done,
                  std::vector<const Definition*>& out) {
  if (done.count(d.name)) return;
  done.insert(d.name);
  std::function<void(const Type&)> visit = [&](const Type& t) {
    if (t.kind == Kind::kRef) OrderAliases(proto, proto.GetDefinition(t.ref), done, out);
    if (t.kind == Kind::kObject || t.kind == Kind::kUnion) return;  // by name, no alias needed
    if (t.element) visit(*t.element);
  };
  visit(*d.type);
  Kind k = d.type->kind;
  if (k != Kind::kObject && k != Kind::kEnum && k != Kind::kUnion) out.push_back(&d);
}

// fwd.hpp: every generated type, table and RPC class declared without a definition.
void EmitForwardDeclarations(const Protocol& proto, Outputs& out) {
  Code h;
  h.Raw(Banner("//", AllSources(proto)));
  h("// Declarations of every generated type, protocol table type and RPC class, for headers that");
  h("// only name them (a reference, a pointer, a function declaration). Include the defining");
  h("// header (<source>.hpp, <domain>_service.hpp, ...) where the definition is needed.");
  h("#pragma once");
  h();
  h("#include <cstdint>");
  h("#include <map>");
  h("#include <optional>");
  h("#include <string>");
  h("#include <vector>");
  h();
  h("#include <nlohmann/json_fwd.hpp>");
  h();
  h("namespace gateway::rpc {");
  h("class CallContext;  // defined by the server: who is calling, over which connection");
  h("}  // namespace gateway::rpc");
  h();
  h("namespace gateway::proto {");
  h();
  h("// protocol.hpp");
  for (const char* e : {"Role", "Scope", "ErrorCode", "Idempotency", "MethodId", "EventId"})
    h(std::string("enum class ") + e + ";");
  h("struct MethodInfo;");
  h("struct EventInfo;");
  for (const auto& source : proto.Sources()) {
    h();
    h("// " + Stem(source) + ".hpp");
    for (const Definition* d : proto.DefinitionsIn(source)) {
      for (const Type* t : NamedTypesOf(*d->type))
        h((t->kind == Kind::kEnum ? "enum class " : "struct ") + t->name + ";");
    }
  }
  std::set<std::string> done;
  std::vector<const Definition*> aliases;
  for (const auto& d : proto.definitions) OrderAliases(proto, d, done, aliases);
  if (!aliases.empty()) {
    h();
    h("// Definitions that are not structs, enums or unions.");
    for (const Definition* d : aliases) h("using " + d->name + " = " + cpp::TypeOf(*d->type) + ";");
  }
  h();
  h("// rpc.hpp");
  h("class ResponseSink;");
  h("template <class Result, class Accepted = void, class ErrorPayload = void>");
  h("class Reply;");
  h("template <class T>");
  h("class Serialized;");
  h();
  h("// <domain>_service.hpp, dispatcher.hpp");
  for (const auto& d : proto.domains) h("class " + ServiceName(d) + ";");
  if (!Resolvers(proto).empty()) h("class ScopeResolvers;");
  h("class Dispatcher;");
  h();
  h("// event_sink.hpp, events.hpp, <domain>_emits.hpp");
  h("class EventSink;");
  h("class EventEmitter;");
  for (const auto& m : proto.methods) {
    if (!m.emits.empty()) h("class " + EmitsName(m) + ";");
  }
  h("// The typed emitter of a method (specialized for the methods that list `emits:`).");
  h("template <MethodId id>");
  h("struct MethodEmits;");
  h();
  h("}  // namespace gateway::proto");
  out["cpp/include/gateway/proto/fwd.hpp"] = h.str();
}

// Per domain, for tests only (generated/cpp/testing/): <Domain>ServiceDouble, a service whose
// methods record their typed params and answer as scripted, and Call<Method>(service, params,
// context), which calls a real service and captures its answer.
void EmitTestDoubles(const Protocol& proto, Outputs& out) {
  for (const auto& domain : proto.domains) {
    std::vector<const Method*> methods;
    std::string source;
    for (const auto& m : proto.methods) {
      if (m.domain == domain) methods.push_back(&m), source = m.source;
    }
    const std::string service = ServiceName(domain);
    const std::string double_name = service + "Double";
    Code h;
    h.Raw(Banner("//", {source}));
    h("// Test doubles of the " + domain + " domain (link gateway_proto_testing; tests only).");
    h("#pragma once");
    h();
    h("#include <utility>");
    h();
    h("#include \"gateway/proto/" + domain + "_service.hpp\"");
    h("#include \"gateway/proto/testing/service_testing.hpp\"");
    h();
    h("namespace gateway::proto::testing {");
    h();
    h("// A " + service + " whose methods record their typed params and answer as scripted, one");
    h("// MethodDouble per method: `double." + CppFieldName(PascalCase(methods.front()->name)) +
      ".Returns(result)`, then `.calls()`.");
    h("class " + double_name + " : public " + service + " {");
    h(" public:");
    h.In();
    for (const Method* m : methods) {
      h("MethodDouble<" + m->params + ", " + ReplyType(*m) + "> " +
        CppFieldName(PascalCase(m->name)) + "{" + CppStringLiteral(m->name) + "};");
    }
    for (const Method* m : methods) {
      h();
      h("void " + PascalCase(m->name) + "(" + m->params + " params, rpc::CallContext&, " +
        ReplyType(*m) + " reply) override {");
      h("  " + CppFieldName(PascalCase(m->name)) + ".Handle(std::move(params), std::move(reply));");
      h("}");
    }
    h.Out();
    h("};");
    for (const Method* m : methods) {
      std::string outcome =
          "CallOutcome<" + ReplyType(*m).substr(6);  // Reply<...> -> CallOutcome<...>
      h();
      h("// Calls service." + PascalCase(m->name) + " (" + m->name +
        ") with `context`; the outcome holds its answer.");
      h("inline " + outcome + " Call" + PascalCase(m->name) + "(" + service + "& service, " +
        m->params + " params, rpc::CallContext& context) {");
      h("  return Invoke(service, &" + service + "::" + PascalCase(m->name) +
        ", std::move(params), context);");
      h("}");
    }
    h();
    h("}  // namespace gateway::proto::testing");
    out["cpp/testing/include/gateway/proto/testing/" + domain + "_service_double.hpp"] = h.str();
  }
}

// Per domain, typed C++ client stubs over the client library (generated/cpp/client/, on the
// include path of gateway_client): <Domain>Client with one method per RPC method.
void EmitClientStubs(const Protocol& proto, Outputs& out) {
  for (const auto& domain : proto.domains) {
    std::vector<const Method*> methods;
    std::string source;
    std::vector<std::string> defs;
    for (const auto& m : proto.methods) {
      if (m.domain != domain) continue;
      methods.push_back(&m), source = m.source;
      defs.push_back(m.params), defs.push_back(m.result);
    }
    const std::string name = PascalCase(domain) + "Client";
    Code h;
    h.Raw(Banner("//", {source}));
    h("// Typed calls of the " + domain +
      " domain over client::GatewayClient (link gateway_client).");
    h("#pragma once");
    h();
    h("#include <chrono>");
    h("#include <optional>");
    h();
    h("#include \"gateway/client/typed_call.hpp\"");
    for (const auto& header : HeadersOf(proto, defs)) h("#include \"" + header + "\"");
    h();
    h("namespace gateway::proto {");
    h();
    h("// One method per " + domain +
      " method: typed params in, the typed result or the gateway's error out");
    h("// (client::TypedResult). Throws client::GatewayError as GatewayClient::Call does.");
    h("class " + name + " {");
    h(" public:");
    h.In();
    h("explicit " + name + "(client::GatewayClient& client) : client_(client) {}");
    for (const Method* m : methods) {
      h();
      DocComment(h, "//", m->name + (m->description.empty() ? "" : ": " + m->description));
      if (!m->accepted.empty())
        h("// Two-phase: waits past the accepted response for the final one.");
      h("client::TypedResult<" + m->result + "> " + PascalCase(m->name) + "(const " + m->params +
        "& params = {},");
      h("    std::optional<std::chrono::milliseconds> timeout = {}) {");
      h("  return client::CallTyped<" + m->result + ">(client_, " + CppStringLiteral(m->name) +
        ", Write(params), " + (m->accepted.empty() ? "false" : "true") + ", timeout);");
      h("}");
    }
    h.Out();
    h();
    h(" private:");
    h("  client::GatewayClient& client_;");
    h("};");
    h();
    h("}  // namespace gateway::proto");
    out["cpp/client/include/gateway/proto/" + domain + "_client.hpp"] = h.str();
  }
}

void EmitSourcesList(const Outputs& so_far, Outputs& out) {
  Code cm;
  cm.Raw(Banner("#", {}));
  cm("# The C++ sources of generated/cpp, for CMake.");
  cm("set(GATEWAY_PROTO_SOURCES");
  for (const auto& [path, content] : so_far) {
    if (path.rfind("cpp/src/", 0) == 0) cm("  ${CMAKE_CURRENT_LIST_DIR}/" + path.substr(4));
  }
  cm(")");
  out["cpp/sources.cmake"] = cm.str();
}

}  // namespace

void EmitCppTypes(const Protocol& proto, Outputs& out);
void EmitCppValidators(const Protocol& proto, Outputs& out);

void EmitCpp(const Protocol& proto, Outputs& out) {
  Outputs cpp;
  EmitCppTypes(proto, cpp);
  EmitCppValidators(proto, cpp);
  EmitProtocolTables(proto, cpp);
  CopyVerbatim("cpp/", cpp);  // rpc.hpp/.cpp: Reply<>, ResponseSink, Serialized, EncodeResponse
  EmitServices(proto, cpp);
  EmitDispatcher(proto, cpp);
  EmitEvents(proto, cpp);
  EmitMethodEmitters(proto, cpp);
  EmitForwardDeclarations(proto, cpp);
  EmitTestDoubles(proto, cpp);
  EmitClientStubs(proto, cpp);
  EmitSourcesList(cpp, cpp);
  out.merge(cpp);
}

}  // namespace gateway::codegen
