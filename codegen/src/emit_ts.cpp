// TypeScript models: interfaces (readonly), literal unions instead of enums, method and event maps,
// protocol constants. Self-contained: no imports outside generated/ts, no tsconfig needed.
#include <set>

#include "emitters.hpp"
#include "naming.hpp"

namespace gateway::codegen {
namespace {

std::string PropertyKey(const std::string& name) {
  return IsTsIdentifier(name) ? name : JsonStringLiteral(name);
}

class TsEmitter {
 public:
  explicit TsEmitter(const Protocol& proto) : proto_(proto) {}

  std::string TypeOf(const Type& t) {
    switch (t.kind) {
      case Kind::kAny:
        return t.const_value ? t.const_value->dump() : "unknown";
      case Kind::kNull:
        return "null";
      case Kind::kBoolean:
      case Kind::kInteger:
      case Kind::kNumber:
      case Kind::kString: {
        if (t.const_value) return t.const_value->dump();
        return t.kind == Kind::kBoolean ? "boolean" : t.kind == Kind::kString ? "string" : "number";
      }
      case Kind::kEnum:
      case Kind::kObject:
      case Kind::kUnion:
        return t.name;
      case Kind::kRef:
        return t.ref;
      case Kind::kArray: {
        std::string e = TypeOf(*t.element);
        bool simple = e.find_first_of(" |") == std::string::npos;
        return "readonly " + (simple ? e : "(" + e + ")") + "[]";
      }
      case Kind::kMap:
        return "{ readonly [key: string]: " + TypeOf(*t.element) + " }";
      case Kind::kNullable:
        return TypeOf(*t.element) + " | null";
    }
    return "unknown";
  }

  void Named(const Type& t, Code& code) {
    code();
    DocComment(code, "//", t.description);
    if (t.kind == Kind::kEnum) {
      std::string values;
      for (const auto& v : t.enum_values)
        values += (values.empty() ? "" : " | ") + JsonStringLiteral(v);
      code("export type " + t.name + " = " + values + ";");
      return;
    }
    if (t.kind == Kind::kUnion) {
      std::string alts;
      for (const auto& v : t.variants) alts += (alts.empty() ? "" : " | ") + TypeOf(*v);
      code("export type " + t.name + " = " + alts + ";");
      return;
    }
    code("export interface " + t.name + " {");
    code.In();
    for (const auto& p : t.properties) {
      DocComment(code, "//", p.description);
      code("readonly " + PropertyKey(p.wire_name) + (p.required ? "" : "?") + ": " +
           TypeOf(*p.type) + ";");
    }
    if (t.open) code("readonly [key: string]: unknown;");
    code.Out();
    code("}");
  }

  std::string Types() {
    Code code;
    code.Raw(Banner("//", proto_.Sources()));
    for (const auto& d : proto_.definitions) {
      for (const Type* t : NamedTypesOf(*d.type)) Named(*t, code);
      Kind k = d.type->kind;
      if (k != Kind::kObject && k != Kind::kEnum && k != Kind::kUnion) {
        code();
        DocComment(code, "//", d.type->description);
        code("export type " + d.name + " = " + TypeOf(*d.type) + ";");
      }
    }
    return code.str();
  }

 private:
  const Protocol& proto_;
};

std::string Imports(const Protocol& proto, const std::set<std::string>& names) {
  (void)proto;
  if (names.empty()) return "";
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  return "import type { " + list + " } from \"./types\";\n";
}

}  // namespace

void EmitTypeScript(const Protocol& proto, Outputs& out) {
  TsEmitter emitter(proto);
  out["ts/types.ts"] = emitter.Types();

  std::set<std::string> method_types;
  for (const auto& m : proto.methods) {
    method_types.insert(m.params);
    method_types.insert(m.result);
    if (!m.accepted.empty()) method_types.insert(m.accepted);
  }
  std::set<std::string> sources;
  for (const auto& m : proto.methods) sources.insert(m.source);
  Code methods;
  methods.Raw(Banner("//", {sources.begin(), sources.end()}));
  methods.Raw(Imports(proto, method_types));
  methods();
  methods("export interface MethodParamsMap {");
  for (const auto& m : proto.methods)
    methods("  readonly " + JsonStringLiteral(m.name) + ": " + m.params + ";");
  methods("}");
  methods();
  methods("export interface MethodResultMap {");
  for (const auto& m : proto.methods)
    methods("  readonly " + JsonStringLiteral(m.name) + ": " + m.result + ";");
  methods("}");
  methods();
  methods("// Payload of the first (\"accepted\") response of two-phase methods.");
  methods("export interface MethodAcceptedMap {");
  for (const auto& m : proto.methods) {
    if (!m.accepted.empty())
      methods("  readonly " + JsonStringLiteral(m.name) + ": " + m.accepted + ";");
  }
  methods("}");
  methods();
  methods("export type MethodName = keyof MethodParamsMap;");
  methods("export type MethodParams<M extends MethodName> = MethodParamsMap[M];");
  methods("export type MethodResult<M extends MethodName> = MethodResultMap[M];");
  methods();
  methods("export interface MethodSpec {");
  methods("  readonly role: \"operator\" | \"node\" | \"any\";");
  methods("  readonly scope: string | null;");
  methods("  readonly dynamicScopes?: readonly string[];");
  methods("  readonly idempotencyKey: \"none\" | \"optional\" | \"required\";");
  methods("  readonly twoPhase: boolean;");
  methods("}");
  methods();
  methods("export const METHODS: { readonly [M in MethodName]: MethodSpec } = {");
  for (const auto& m : proto.methods) {
    std::string scope = m.scope.kind == ScopeRule::Kind::kFixed ? JsonStringLiteral(m.scope.scope)
                        : m.scope.kind == ScopeRule::Kind::kResolver
                            ? JsonStringLiteral(m.scope.scopes.front())
                            : "null";
    std::string dyn;
    if (m.scope.kind == ScopeRule::Kind::kResolver) {
      for (const auto& s : m.scope.scopes) dyn += (dyn.empty() ? "" : ", ") + JsonStringLiteral(s);
      dyn = ", dynamicScopes: [" + dyn + "]";
    }
    std::string idem = m.idempotency == Idempotency::kRequired   ? "required"
                       : m.idempotency == Idempotency::kOptional ? "optional"
                                                                 : "none";
    methods("  " + JsonStringLiteral(m.name) + ": { role: " + JsonStringLiteral(m.role) +
            ", scope: " + scope + dyn + ", idempotencyKey: " + JsonStringLiteral(idem) +
            ", twoPhase: " + (m.accepted.empty() ? "false" : "true") + " },");
  }
  methods("};");
  out["ts/methods.ts"] = methods.str();

  std::set<std::string> event_types;
  std::set<std::string> event_sources;
  for (const auto& e : proto.events) event_types.insert(e.payload), event_sources.insert(e.source);
  Code events;
  events.Raw(Banner("//", {event_sources.begin(), event_sources.end()}));
  events.Raw(Imports(proto, event_types));
  events();
  events("export interface EventPayloadMap {");
  for (const auto& e : proto.events)
    events("  readonly " + JsonStringLiteral(e.name) + ": " + e.payload + ";");
  events("}");
  events();
  events("export type EventName = keyof EventPayloadMap;");
  events("export type EventPayload<E extends EventName> = EventPayloadMap[E];");
  events();
  events("export interface EventSpec {");
  events("  readonly scope: string | null;");
  events("  readonly dropIfSlow: boolean;");
  events("  readonly stateVersion: boolean;");
  events("  readonly preAuth: boolean;");
  events("}");
  events();
  events("export const EVENTS: { readonly [E in EventName]: EventSpec } = {");
  auto b = [](bool v) { return v ? std::string("true") : std::string("false"); };
  for (const auto& e : proto.events) {
    events("  " + JsonStringLiteral(e.name) +
           ": { scope: " + (e.scope.empty() ? "null" : JsonStringLiteral(e.scope)) +
           ", dropIfSlow: " + b(e.drop_if_slow) + ", stateVersion: " + b(e.state_version) +
           ", preAuth: " + b(e.pre_auth) + " },");
  }
  events("};");
  out["ts/events.ts"] = events.str();

  Code constants;
  constants.Raw(Banner("//", {"version.yaml", "scopes.yaml", "errors.yaml"}));
  constants();
  constants("export const PROTOCOL_VERSION = " + std::to_string(proto.version) + ";");
  constants("export const MIN_PROTOCOL_VERSION = " + std::to_string(proto.min_version) + ";");
  for (const auto& k : proto.constants) {
    DocComment(constants, "//", k.description);
    constants("export const " + ScreamingSnake(k.name) + " = " + std::to_string(k.value) + ";");
  }
  auto union_of = [](const auto& items) {
    std::string s;
    for (const auto& i : items) s += (s.empty() ? "" : " | ") + JsonStringLiteral(i.name);
    return s.empty() ? std::string("never") : s;
  };
  constants();
  constants("export type Role = " + union_of(proto.roles) + ";");
  constants("export type OperatorScope = " + union_of(proto.scopes) + ";");
  constants("export type ErrorCode = " + union_of(proto.error_codes) + ";");
  out["ts/constants.ts"] = constants.str();

  Code index;
  index.Raw(Banner("//", proto.Sources()));
  index("export * from \"./constants\";");
  index("export * from \"./events\";");
  index("export * from \"./methods\";");
  index("export * from \"./types\";");
  out["ts/index.ts"] = index.str();
}

}  // namespace gateway::codegen
