// C++ types: one header + source per YAML file with plain structs, enums, unions (std::variant)
// and explicit Read/Write (decode/encode) functions with path-qualified errors.
#include <algorithm>
#include <functional>
#include <set>

#include "cpp_names.hpp"
#include "emitters.hpp"
#include "naming.hpp"

namespace gateway::codegen {
namespace {

using cpp::JsonLiteral;
using cpp::MemberTypeOf;
using cpp::Stem;
using cpp::TypeOf;

std::string KnownKeys(const Type& t) {
  std::string keys;
  for (const auto& p : t.properties)
    keys += (keys.empty() ? "" : ", ") + CppStringLiteral(p.wire_name);
  return "{" + keys + "}";
}

bool IsImplicitConst(const Property& p) { return p.const_value && p.required; }

// The JSON predicate that selects a union branch of the given kind.
std::string KindPredicate(const Protocol& proto, const Type& t, const std::string& var) {
  const Type* r = &t;
  while (r->kind == Kind::kRef) r = proto.GetDefinition(r->ref).type.get();
  switch (r->kind) {
    case Kind::kString:
    case Kind::kEnum:
      return var + ".is_string()";
    case Kind::kInteger:
    case Kind::kNumber:
      return var + ".is_number()";
    case Kind::kBoolean:
      return var + ".is_boolean()";
    case Kind::kArray:
      return var + ".is_array()";
    default:
      return var + ".is_object()";
  }
}

std::string TagOf(const Protocol& proto, const Type& variant, const std::string& discriminator) {
  const Type* r = &variant;
  while (r->kind == Kind::kRef) r = proto.GetDefinition(r->ref).type.get();
  for (const auto& p : r->properties) {
    if (p.wire_name == discriminator) return p.const_value->get<std::string>();
  }
  return "";
}

class TypesEmitter {
 public:
  TypesEmitter(const Protocol& proto, std::set<std::string>& names)
      : proto_(proto), names_(names) {}

  void Emit(const std::string& source, Outputs& out) {
    std::string stem = Stem(source);
    auto defs = proto_.DefinitionsIn(source);
    Code h, c;
    h.Raw(Banner("//", {source}));
    h("#pragma once");
    h();
    for (const char* inc : {"<cstdint>", "<map>", "<optional>", "<string>", "<string_view>",
                            "<variant>", "<vector>"}) {
      h(std::string("#include ") + inc);
    }
    h();
    h("#include <nlohmann/json.hpp>");
    h();
    h("#include \"gateway/wire/json_io.hpp\"");
    for (const auto& dep : DependencySources(defs, source)) {
      h("#include \"gateway/proto/" + Stem(dep) + ".hpp\"");
    }
    h();
    h("namespace gateway::proto {");
    h();
    h("using wire::Read;");
    h("using wire::Write;");
    c.Raw(Banner("//", {source}));
    c("#include \"gateway/proto/" + stem + ".hpp\"");
    c();
    c("#include <utility>");
    c();
    c("namespace gateway::proto {");
    for (const Definition* d : defs) {
      for (const Type* t : NamedTypesOf(*d->type))
        EmitNamed(*t, h, c, t == d->type.get() ? d : nullptr);
      Kind k = d->type->kind;
      if (k != Kind::kObject && k != Kind::kEnum && k != Kind::kUnion) {
        Claim(d->name, source);
        h();
        DocComment(h, "//", d->type->description);
        h("using " + d->name + " = " + TypeOf(*d->type) + ";");
      }
    }
    h();
    h("}  // namespace gateway::proto");
    c();
    c("}  // namespace gateway::proto");
    out["cpp/include/gateway/proto/" + stem + ".hpp"] = h.str();
    out["cpp/src/" + stem + ".cpp"] = c.str();
  }

 private:
  void Claim(const std::string& name, const std::string& source) {
    if (!names_.insert(name).second) {
      throw std::runtime_error(source + ": C++ type name '" + name +
                               "' is used twice; give one of the inline types an x-name");
    }
  }

  std::vector<std::string> DependencySources(const std::vector<const Definition*>& defs,
                                             const std::string& source) {
    std::set<std::string> deps;
    std::function<void(const Type&)> visit = [&](const Type& t) {
      if (t.kind == Kind::kRef) {
        const auto& other = proto_.GetDefinition(t.ref).source;
        if (other != source) deps.insert(other);
      }
      if (t.element) visit(*t.element);
      for (const auto& p : t.properties) visit(*p.type);
      for (const auto& v : t.variants) visit(*v);
    };
    for (const Definition* d : defs) visit(*d->type);
    return {deps.begin(), deps.end()};
  }

  void EmitNamed(const Type& t, Code& h, Code& c, const Definition* def) {
    Claim(t.name, def ? def->source : t.name);
    h();
    DocComment(h, "//", t.description);
    switch (t.kind) {
      case Kind::kEnum:
        EmitEnum(t, h, c);
        break;
      case Kind::kObject:
        EmitStruct(t, h, c);
        break;
      case Kind::kUnion:
        EmitUnion(t, h, c);
        break;
      default:
        break;
    }
  }

  void EmitEnum(const Type& t, Code& h, Code& c) {
    h("enum class " + t.name + " {");
    h.In();
    for (const auto& v : t.enum_values) h(CppConstantName(v) + ",");
    h.Out();
    h("};");
    h("std::string_view ToString(" + t.name + " value);");
    h("std::optional<" + t.name + "> Parse" + t.name + "(std::string_view text);");
    h("void Read(const nlohmann::json& j, " + t.name + "& out, std::string_view ptr);");
    h("nlohmann::json Write(" + t.name + " value);");
    EmitAdlHooks(t.name, h);

    c();
    c("std::string_view ToString(" + t.name + " value) {");
    c.In();
    c("switch (value) {");
    c.In();
    for (const auto& v : t.enum_values) {
      c("case " + t.name + "::" + CppConstantName(v) + ":");
      c("  return " + CppStringLiteral(v) + ";");
    }
    c.Out();
    c("}");
    c("return {};");
    c.Out();
    c("}");
    c();
    c("std::optional<" + t.name + "> Parse" + t.name + "(std::string_view text) {");
    c.In();
    for (const auto& v : t.enum_values) {
      c("if (text == " + CppStringLiteral(v) + ") return " + t.name + "::" + CppConstantName(v) +
        ";");
    }
    c("return std::nullopt;");
    c.Out();
    c("}");
    c();
    c("void Read(const nlohmann::json& j, " + t.name + "& out, std::string_view ptr) {");
    c.In();
    c("if (!j.is_string()) throw wire::DecodeError(std::string(ptr), \"must be string\");");
    c("auto value = Parse" + t.name + "(j.get_ref<const std::string&>());");
    c("if (!value) throw wire::DecodeError(std::string(ptr), \"must be equal to one of the allowed "
      "values\");");
    c("out = *value;");
    c.Out();
    c("}");
    c();
    c("nlohmann::json Write(" + t.name + " value) { return std::string(ToString(value)); }");
  }

  void EmitStruct(const Type& t, Code& h, Code& c) {
    h("struct " + t.name + " {");
    h.In();
    for (const auto& p : t.properties) {
      if (IsImplicitConst(p)) {
        h("// \"" + p.wire_name + "\" is always " + p.const_value->dump() + ".");
        continue;
      }
      DocComment(h, "//", p.description);
      h(MemberTypeOf(p) + " " + CppFieldName(p.wire_name) + "{};");
    }
    if (t.open) {
      h("// Members not described by the schema, kept as they came.");
      h("nlohmann::json unknown_fields = nlohmann::json::object();");
    }
    h();
    h("bool operator==(const " + t.name + "&) const = default;");
    h.Out();
    h("};");
    h("void Read(const nlohmann::json& j, " + t.name + "& out, std::string_view ptr);");
    h("nlohmann::json Write(const " + t.name + "& value);");
    EmitAdlHooks(t.name, h);

    c();
    c("void Read(const nlohmann::json& j, " + t.name + "& out, std::string_view ptr) {");
    c.In();
    c("wire::ExpectObject(j, ptr);");
    // Implicit consts (`ok: true`) are checked and written but hold no member.
    const bool no_members = std::all_of(t.properties.begin(), t.properties.end(),
                                        [](const auto& p) { return IsImplicitConst(p); });
    if (!t.open && no_members) c("(void)out;  // a closed empty object: nothing to read");
    if (!t.open) c("wire::RejectUnknownKeys(j, " + KnownKeys(t) + ", ptr);");
    for (const auto& p : t.properties) {
      std::string key = CppStringLiteral(p.wire_name);
      std::string child = "wire::ChildPointer(ptr, " + key + ")";
      std::string field = "out." + CppFieldName(p.wire_name);
      if (IsImplicitConst(p)) {
        c("wire::ExpectConst(wire::RequiredMember(j, " + key + ", ptr), " +
          JsonLiteral(*p.const_value) + ", " + child + ");");
      } else if (p.required) {
        c("Read(wire::RequiredMember(j, " + key + ", ptr), " + field + ", " + child + ");");
      } else {
        c("if (auto it = j.find(" + key + "); it != j.end()) Read(*it, " + field + ".emplace(), " +
          child + ");");
      }
    }
    if (t.open) c("out.unknown_fields = wire::CollectUnknownKeys(j, " + KnownKeys(t) + ");");
    c.Out();
    c("}");
    c();
    c("nlohmann::json Write(const " + t.name + "& value) {");
    c.In();
    c(std::string("nlohmann::json j = ") +
      (t.open
           ? "value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();"
           : "nlohmann::json::object();"));
    if (!t.open && no_members) c("(void)value;  // a closed empty object");
    for (const auto& p : t.properties) {
      std::string key = CppStringLiteral(p.wire_name);
      std::string field = "value." + CppFieldName(p.wire_name);
      if (IsImplicitConst(p)) {
        c("j[" + key + "] = " + JsonLiteral(*p.const_value) + ";");
      } else if (p.required) {
        c("j[" + key + "] = Write(" + field + ");");
      } else {
        c("if (" + field + ") j[" + key + "] = Write(*" + field + ");");
      }
    }
    c("return j;");
    c.Out();
    c("}");
  }

  void EmitUnion(const Type& t, Code& h, Code& c) {
    std::string alternatives;
    for (const auto& v : t.variants)
      alternatives += (alternatives.empty() ? "" : ", ") + TypeOf(*v);
    h("struct " + t.name + " {");
    h.In();
    h("std::variant<" + alternatives + "> value;");
    h();
    h("bool operator==(const " + t.name + "&) const = default;");
    h.Out();
    h("};");
    h("void Read(const nlohmann::json& j, " + t.name + "& out, std::string_view ptr);");
    h("nlohmann::json Write(const " + t.name + "& value);");
    EmitAdlHooks(t.name, h);

    c();
    c("void Read(const nlohmann::json& j, " + t.name + "& out, std::string_view ptr) {");
    c.In();
    if (!t.discriminator.empty()) {
      std::string key = CppStringLiteral(t.discriminator);
      c("wire::ExpectObject(j, ptr);");
      c("const nlohmann::json& tag = wire::RequiredMember(j, " + key + ", ptr);");
      for (const auto& v : t.variants) {
        c("if (tag == " + CppStringLiteral(TagOf(proto_, *v, t.discriminator)) + ") {");
        EmitReadAlternative(*v, c);
        c("}");
      }
      c("throw wire::DecodeError(wire::ChildPointer(ptr, " + key +
        "), \"must be equal to one of the allowed values\");");
    } else {
      for (const auto& v : t.variants) {
        c("if (" + KindPredicate(proto_, *v, "j") + ") {");
        EmitReadAlternative(*v, c);
        c("}");
      }
      c("throw wire::DecodeError(std::string(ptr), \"must match exactly one schema in oneOf\");");
    }
    c.Out();
    c("}");
    c();
    c("nlohmann::json Write(const " + t.name + "& value) {");
    c("  return std::visit([](const auto& alternative) { return "
      "nlohmann::json(Write(alternative)); }, value.value);");
    c("}");
  }

  static void EmitReadAlternative(const Type& v, Code& c) {
    c("  " + TypeOf(v) + " alternative{};");
    c("  Read(j, alternative, ptr);");
    c("  out.value = std::move(alternative);");
    c("  return;");
  }

  static void EmitAdlHooks(const std::string& name, Code& h) {
    h("inline void from_json(const nlohmann::json& j, " + name + "& out) { Read(j, out, \"\"); }");
    h("inline void to_json(nlohmann::json& j, const " + name + "& value) { j = Write(value); }");
  }

  const Protocol& proto_;
  std::set<std::string>& names_;
};

}  // namespace

void EmitCppTypes(const Protocol& proto, Outputs& out) {
  std::set<std::string> names;
  TypesEmitter emitter(proto, names);
  for (const auto& source : proto.Sources()) emitter.Emit(source, out);
  // One header that brings in every type.
  Code all;
  all.Raw(Banner("//", proto.Sources()));
  all("#pragma once");
  all();
  for (const auto& source : proto.Sources())
    all("#include \"gateway/proto/" + Stem(source) + ".hpp\"");
  out["cpp/include/gateway/proto/types.hpp"] = all.str();

  // Decode-by-name, for tools and tests that hold a definition name rather than a C++ type.
  Code rh;
  rh.Raw(Banner("//", proto.Sources()));
  rh("#pragma once");
  rh();
  rh("#include <optional>");
  rh("#include <string_view>");
  rh();
  rh("#include <nlohmann/json.hpp>");
  rh();
  rh("namespace gateway::proto {");
  rh();
  rh("// Decodes `value` into the C++ type of `definition` and encodes it again. nullopt for an");
  rh("// unknown definition; throws wire::DecodeError when `value` does not decode.");
  rh("std::optional<nlohmann::json> RoundTrip(std::string_view definition, const nlohmann::json& "
     "value);");
  rh();
  rh("}  // namespace gateway::proto");
  out["cpp/include/gateway/proto/registry.hpp"] = rh.str();
  Code rc;
  rc.Raw(Banner("//", proto.Sources()));
  rc("#include \"gateway/proto/registry.hpp\"");
  rc();
  rc("#include \"gateway/proto/types.hpp\"");
  rc();
  rc("namespace gateway::proto {");
  rc();
  rc("std::optional<nlohmann::json> RoundTrip(std::string_view definition, const nlohmann::json& "
     "value) {");
  for (const auto& d : proto.definitions) {
    rc("  if (definition == " + CppStringLiteral(d.name) +
       ") return nlohmann::json(Write(wire::Decode<" + d.name + ">(value)));");
  }
  rc("  (void)value;");
  rc("  return std::nullopt;");
  rc("}");
  rc();
  rc("}  // namespace gateway::proto");
  out["cpp/src/registry.cpp"] = rc.str();
}

}  // namespace gateway::codegen
