// Swift models: Codable + Sendable structs with `let` properties and explicit CodingKeys carrying
// the wire names, String-backed enums, enums with payloads for unions, JSONValue for open values.
#include <set>

#include "emitters.hpp"
#include "naming.hpp"
#include "verbatim.hpp"

namespace gateway::codegen {
namespace {

class SwiftEmitter {
 public:
  explicit SwiftEmitter(const Protocol& proto) : proto_(proto) {}

  std::string TypeOf(const Type& t) {
    switch (t.kind) {
      case Kind::kAny:
      case Kind::kNull:
        return "JSONValue";
      case Kind::kBoolean:
        return "Bool";
      case Kind::kInteger:
        return "Int64";
      case Kind::kNumber:
        return "Double";
      case Kind::kString:
        return "String";
      case Kind::kEnum:
      case Kind::kObject:
      case Kind::kUnion:
        return t.name;
      case Kind::kRef:
        return t.ref;
      case Kind::kArray:
        return "[" + TypeOf(*t.element) + "]";
      case Kind::kMap:
        return "[String: " + TypeOf(*t.element) + "]";
      case Kind::kNullable:
        return TypeOf(*t.element) + "?";
    }
    return "JSONValue";
  }

  // Property type: optional or nullable values are Swift optionals (never doubly optional).
  std::string PropertyType(const Property& p) {
    std::string t = TypeOf(*p.type);
    if (!p.required && t.back() != '?') t += "?";
    return t;
  }

  void Named(const Type& t, Code& code) {
    code();
    DocComment(code, "///", t.description);
    if (t.kind == Kind::kEnum) return Enum(t, code);
    if (t.kind == Kind::kUnion) return Union(t, code);
    Struct(t, code);
  }

  std::string Types() {
    Code code;
    code.Raw(Banner("//", proto_.Sources()));
    code("import Foundation");
    for (const auto& d : proto_.definitions) {
      for (const Type* t : NamedTypesOf(*d.type)) Named(*t, code);
      Kind k = d.type->kind;
      if (k != Kind::kObject && k != Kind::kEnum && k != Kind::kUnion) {
        code();
        DocComment(code, "///", d.type->description);
        code("public typealias " + d.name + " = " + TypeOf(*d.type));
      }
    }
    return code.str();
  }

 private:
  void Enum(const Type& t, Code& code) {
    code("public enum " + t.name + ": String, Codable, Sendable, CaseIterable {");
    for (const auto& v : t.enum_values)
      code("    case " + SwiftIdentifier(v) + " = " + JsonStringLiteral(v));
    code("}");
  }

  void Struct(const Type& t, Code& code) {
    code("public struct " + t.name + ": Codable, Sendable, Equatable {");
    code.In();
    code.In();
    for (const auto& p : t.properties) {
      DocComment(code, "///", p.description);
      code("public let " + SwiftIdentifier(p.wire_name) + ": " + PropertyType(p));
    }
    if (t.open) {
      code("/// Members not described by the schema, kept as they came.");
      code("public let unknownFields: [String: JSONValue]");
    }
    // Memberwise initializer (public structs do not get one synthesized).
    std::string params;
    for (const auto& p : t.properties) {
      std::string type = PropertyType(p);
      std::string def = p.const_value && p.required ? " = " + p.const_value->dump()
                        : type.back() == '?'        ? " = nil"
                                                    : "";
      params += (params.empty() ? "" : ", ") + SwiftIdentifier(p.wire_name) + ": " + type + def;
    }
    if (t.open)
      params +=
          (params.empty() ? "" : ", ") + std::string("unknownFields: [String: JSONValue] = [:]");
    code();
    code("public init(" + params + ") {");
    for (const auto& p : t.properties) {
      std::string id = SwiftIdentifier(p.wire_name);
      code("    self." + id + " = " + id);
    }
    if (t.open) code("    self.unknownFields = unknownFields");
    code("}");
    if (!t.properties.empty()) {
      code();
      code("private enum CodingKeys: String, CodingKey {");
      for (const auto& p : t.properties) {
        code("    case " + SwiftIdentifier(p.wire_name) + " = " + JsonStringLiteral(p.wire_name));
      }
      code("}");
    }
    code();
    code("public init(from decoder: Decoder) throws {");
    code.In();
    code.In();
    if (!t.properties.empty())
      code("let container = try decoder.container(keyedBy: CodingKeys.self)");
    for (const auto& p : t.properties) {
      std::string id = SwiftIdentifier(p.wire_name);
      std::string type = PropertyType(p);
      std::string key = "." + id;
      if (!p.required) {
        code("self." + id + " = try container.decodeIfPresent(" + type.substr(0, type.size() - 1) +
             ".self, forKey: " + key + ")");
      } else {
        code("self." + id + " = try container.decode(" + type + ".self, forKey: " + key + ")");
      }
    }
    if (t.open) {
      std::string known;
      for (const auto& p : t.properties)
        known += (known.empty() ? "" : ", ") + JsonStringLiteral(p.wire_name);
      code("let known: Set<String> = [" + known + "]");
      code("let all = try decoder.container(keyedBy: AnyCodingKey.self)");
      code("var rest: [String: JSONValue] = [:]");
      code("for key in all.allKeys where !known.contains(key.stringValue) {");
      code("    rest[key.stringValue] = try all.decode(JSONValue.self, forKey: key)");
      code("}");
      code("self.unknownFields = rest");
    } else if (t.properties.empty()) {
      code("_ = try decoder.container(keyedBy: AnyCodingKey.self)");
    }
    code.Out();
    code.Out();
    code("}");
    code();
    code("public func encode(to encoder: Encoder) throws {");
    code.In();
    code.In();
    if (!t.properties.empty()) code("var container = encoder.container(keyedBy: CodingKeys.self)");
    for (const auto& p : t.properties) {
      std::string id = SwiftIdentifier(p.wire_name);
      code(std::string("try container.") + (p.required ? "encode(" : "encodeIfPresent(") + id +
           ", forKey: ." + id + ")");
    }
    if (t.open) {
      code("var rest = encoder.container(keyedBy: AnyCodingKey.self)");
      code("for (key, value) in unknownFields {");
      code("    try rest.encode(value, forKey: AnyCodingKey(key))");
      code("}");
    } else if (t.properties.empty()) {
      code("_ = encoder.container(keyedBy: AnyCodingKey.self)");
    }
    code.Out();
    code.Out();
    code("}");
    code.Out();
    code.Out();
    code("}");
  }

  const Type& Resolve(const Type& t) const {
    return t.kind == Kind::kRef ? Resolve(*proto_.GetDefinition(t.ref).type) : t;
  }

  std::string CaseName(const Type& union_type, const Type& variant) {
    const Type& r = Resolve(variant);
    if (!union_type.discriminator.empty()) {
      for (const auto& p : r.properties) {
        if (p.wire_name == union_type.discriminator)
          return SwiftIdentifier(p.const_value->get<std::string>());
      }
    }
    switch (r.kind) {
      case Kind::kString:
      case Kind::kEnum:
        return "string";
      case Kind::kInteger:
      case Kind::kNumber:
        return "number";
      case Kind::kBoolean:
        return "bool";
      case Kind::kArray:
        return "array";
      default:
        return "object";
    }
  }

  void Union(const Type& t, Code& code) {
    code("public enum " + t.name + ": Codable, Sendable, Equatable {");
    for (const auto& v : t.variants) code("    case " + CaseName(t, *v) + "(" + TypeOf(*v) + ")");
    code();
    if (!t.discriminator.empty()) {
      code("    private enum DiscriminatorKey: String, CodingKey {");
      code("        case tag = " + JsonStringLiteral(t.discriminator));
      code("    }");
      code();
      code("    public init(from decoder: Decoder) throws {");
      code("        let container = try decoder.container(keyedBy: DiscriminatorKey.self)");
      code("        let tag = try container.decode(String.self, forKey: .tag)");
      code("        switch tag {");
      for (const auto& v : t.variants) {
        std::string tag;
        for (const auto& p : Resolve(*v).properties) {
          if (p.wire_name == t.discriminator) tag = p.const_value->get<std::string>();
        }
        code("        case " + JsonStringLiteral(tag) + ": self = ." + CaseName(t, *v) + "(try " +
             TypeOf(*v) + "(from: decoder))");
      }
      code("        default:");
      code("            throw DecodingError.dataCorruptedError(");
      code("                forKey: .tag, in: container, debugDescription: \"unknown " +
           t.discriminator + " \\(tag)\")");
      code("        }");
      code("    }");
      code();
      code("    public func encode(to encoder: Encoder) throws {");
      code("        switch self {");
      for (const auto& v : t.variants)
        code("        case ." + CaseName(t, *v) + "(let value): try value.encode(to: encoder)");
      code("        }");
      code("    }");
    } else {
      code("    public init(from decoder: Decoder) throws {");
      code("        let container = try decoder.singleValueContainer()");
      bool first = true;
      for (const auto& v : t.variants) {
        code(std::string("        ") + (first ? "if" : "} else if") +
             " let value = try? container.decode(" + TypeOf(*v) + ".self) {");
        code("            self = ." + CaseName(t, *v) + "(value)");
        first = false;
      }
      code("        } else {");
      code("            throw DecodingError.dataCorruptedError(");
      code("                in: container, debugDescription: \"matches no branch of " + t.name +
           "\")");
      code("        }");
      code("    }");
      code();
      code("    public func encode(to encoder: Encoder) throws {");
      code("        var container = encoder.singleValueContainer()");
      code("        switch self {");
      for (const auto& v : t.variants)
        code("        case ." + CaseName(t, *v) + "(let value): try container.encode(value)");
      code("        }");
      code("    }");
    }
    code("}");
  }

  const Protocol& proto_;
};

void StringEnum(Code& code, const std::string& name, const std::vector<NamedItem>& items) {
  code("public enum " + name + ": String, Codable, Sendable, CaseIterable {");
  for (const auto& i : items)
    code("    case " + SwiftIdentifier(i.name) + " = " + JsonStringLiteral(i.name));
  code("}");
}

}  // namespace

void EmitSwift(const Protocol& proto, Outputs& out) {
  CopyVerbatim("swift/", out);  // JSONValue, AnyCodingKey
  SwiftEmitter emitter(proto);
  out["swift/Types.swift"] = emitter.Types();

  Code v;
  v.Raw(Banner("//", {"version.yaml", "scopes.yaml", "errors.yaml"}));
  v("import Foundation");
  v();
  v("public enum GatewayProtocol {");
  v("    public static let version: Int64 = " + std::to_string(proto.version));
  v("    public static let minVersion: Int64 = " + std::to_string(proto.min_version));
  for (const auto& k : proto.constants) {
    DocComment(v, "    ///", k.description);
    v("    public static let " + SwiftIdentifier(k.name) + ": Int64 = " + std::to_string(k.value));
  }
  v("}");
  v();
  std::vector<NamedItem> scopes;
  for (const auto& s : proto.scopes) scopes.push_back({s.name, s.description});
  StringEnum(v, "GatewayRole", proto.roles);
  v();
  StringEnum(v, "OperatorScope", scopes);
  v();
  StringEnum(v, "GatewayErrorCode", proto.error_codes);
  out["swift/Protocol.swift"] = v.str();

  Code m;
  std::set<std::string> sources;
  for (const auto& x : proto.methods) sources.insert(x.source);
  m.Raw(Banner("//", {sources.begin(), sources.end()}));
  m("import Foundation");
  m();
  m("public enum GatewayMethod: String, Sendable, CaseIterable {");
  for (const auto& x : proto.methods)
    m("    case " + SwiftIdentifier(x.name) + " = " + JsonStringLiteral(x.name));
  m("}");
  m();
  m("/// A method with its params and result types, for typed calls.");
  m("public protocol GatewayMethodDescriptor {");
  m("    associatedtype Params: Codable & Sendable");
  m("    associatedtype Result: Codable & Sendable");
  m("    static var method: GatewayMethod { get }");
  m("}");
  m();
  m("public enum GatewayMethods {");
  for (const auto& x : proto.methods) {
    m("    public enum " + PascalCase(x.name) + ": GatewayMethodDescriptor {");
    m("        public typealias Params = " + x.params);
    m("        public typealias Result = " + x.result);
    m("        public static let method = GatewayMethod." + SwiftIdentifier(x.name));
    m("    }");
  }
  m("}");
  out["swift/Methods.swift"] = m.str();

  Code e;
  sources.clear();
  for (const auto& x : proto.events) sources.insert(x.source);
  e.Raw(Banner("//", {sources.begin(), sources.end()}));
  e("import Foundation");
  e();
  e("public enum GatewayEvent: String, Sendable, CaseIterable {");
  for (const auto& x : proto.events)
    e("    case " + SwiftIdentifier(x.name) + " = " + JsonStringLiteral(x.name));
  e("}");
  e();
  e("public extension GatewayEvent {");
  e("    /// The payload type of each event.");
  e("    var payloadType: any (Codable & Sendable).Type {");
  e("        switch self {");
  for (const auto& x : proto.events)
    e("        case ." + SwiftIdentifier(x.name) + ": return " + x.payload + ".self");
  e("        }");
  e("    }");
  e("}");
  out["swift/Events.swift"] = e.str();
}

}  // namespace gateway::codegen
