// C++ validators: one Check<Definition> function per definition, generated as straight-line code
// that reports every error with its JSON pointer and the reference gateway's message wording.
// Patterns run through RE2 (linear time), so long untrusted strings cannot blow the stack.
#include "cpp_names.hpp"
#include "emitters.hpp"
#include "naming.hpp"

namespace gateway::codegen {
namespace {

using cpp::JsonLiteral;
using cpp::Stem;

std::string Fail(const std::string& message) {
  return "c.Fail(" + CppStringLiteral(message) + ");";
}

class CheckEmitter {
 public:
  CheckEmitter(const Protocol& proto, Code& code) : proto_(proto), code_(code) {}

  void Check(const Type& t, const std::string& var) {
    switch (t.kind) {
      case Kind::kAny:
        if (t.const_value) CheckConst(t, var);
        break;
      case Kind::kRef:
        code_("Check" + t.ref + "(" + var + ", c);");
        break;
      case Kind::kNull:
        code_("if (!" + var + ".is_null()) " + Fail("must be null"));
        break;
      case Kind::kNullable:
        if (HasJsonType(*t.element)) {
          Typed(*t.element, var, true);
        } else {
          code_("if (!" + var + ".is_null()) {");
          code_.In();
          Check(*t.element, var);
          code_.Out();
          code_("}");
        }
        break;
      case Kind::kUnion:
        Union(t, var);
        break;
      default:
        Typed(t, var, false);
    }
  }

 private:
  static bool HasJsonType(const Type& t) {
    return t.kind != Kind::kAny && t.kind != Kind::kRef && t.kind != Kind::kUnion &&
           t.kind != Kind::kNullable && t.kind != Kind::kNull;
  }

  static std::string JsonTypeOf(const Type& t) {
    switch (t.kind) {
      case Kind::kBoolean:
        return "boolean";
      case Kind::kInteger:
        return "integer";
      case Kind::kNumber:
        return "number";
      case Kind::kString:
      case Kind::kEnum:
        return "string";
      case Kind::kArray:
        return "array";
      default:
        return "object";
    }
  }

  static std::string Predicate(const Type& t, const std::string& var) {
    std::string type = JsonTypeOf(t);
    if (type == "integer") return "wire::IsInteger(" + var + ")";
    return var + ".is_" + type + "()";
  }

  std::string Fresh(const char* prefix) { return prefix + std::to_string(++counter_); }

  void CheckConst(const Type& t, const std::string& var) {
    code_("if (" + var + " != " + JsonLiteral(*t.const_value) + ") " +
          Fail("must be equal to constant"));
  }

  // Checks the JSON type, then the keywords of that type.
  void Typed(const Type& t, const std::string& var, bool nullable) {
    std::string type = JsonTypeOf(t);
    if (nullable) {
      code_("if (" + var + ".is_null()) {");
      code_("} else if (!(" + Predicate(t, var) + ")) {");
    } else {
      code_("if (!(" + Predicate(t, var) + ")) {");
    }
    code_.In();
    code_(Fail("must be " + type + (nullable ? ",null" : "")));
    code_.Out();
    code_("} else {");
    code_.In();
    if (t.const_value) CheckConst(t, var);
    switch (t.kind) {
      case Kind::kString:
        String(t, var);
        break;
      case Kind::kEnum: {
        std::string values;
        for (const auto& v : t.enum_values)
          values += (values.empty() ? "" : ", ") + CppStringLiteral(v);
        code_("if (!wire::IsOneOf(" + var + ".get_ref<const std::string&>(), {" + values + "})) {");
        code_("  " + Fail("must be equal to one of the allowed values"));
        code_("}");
        break;
      }
      case Kind::kInteger:
      case Kind::kNumber:
        Number(t, var);
        break;
      case Kind::kArray:
        Array(t, var);
        break;
      case Kind::kMap:
        Map(t, var);
        break;
      case Kind::kObject:
        Object(t, var);
        break;
      default:
        break;
    }
    code_.Out();
    code_("}");
  }

  void String(const Type& t, const std::string& var) {
    const Bounds& b = t.bounds;
    if (!b.min_length && !b.max_length && !b.pattern) return;
    std::string s = Fresh("s");
    code_("const std::string& " + s + " = " + var + ".get_ref<const std::string&>();");
    if (b.min_length || b.max_length) {
      std::string n = Fresh("n");
      code_("const std::size_t " + n + " = wire::CodePointLength(" + s + ");");
      if (b.max_length) {
        code_("if (" + n + " > " + std::to_string(*b.max_length) + ") " +
              Fail("must not have more than " + std::to_string(*b.max_length) + " characters"));
      }
      if (b.min_length) {
        code_("if (" + n + " < " + std::to_string(*b.min_length) + ") " +
              Fail("must not have fewer than " + std::to_string(*b.min_length) + " characters"));
      }
    }
    if (b.pattern) {
      std::string p = Fresh("pattern");
      code_("static const wire::Pattern " + p + "(" + CppStringLiteral(*b.pattern) + ");");
      code_("if (!" + p + ".Matches(" + s + ")) " +
            Fail("must match pattern \"" + *b.pattern + "\""));
    }
  }

  void Number(const Type& t, const std::string& var) {
    const Bounds& b = t.bounds;
    if (!b.minimum && !b.maximum && !b.exclusive_minimum && !b.exclusive_maximum) return;
    std::string x = Fresh("x");
    code_("const double " + x + " = " + var + ".get<double>();");
    auto bound = [&](const std::optional<double>& limit, const char* fails_if, const char* says) {
      if (!limit) return;
      std::string text = FormatBoundText(*limit);
      code_("if (" + x + " " + fails_if + " " + text + ") " +
            Fail(std::string("must be ") + says + " " + text));
    };
    bound(b.maximum, ">", "<=");
    bound(b.minimum, "<", ">=");
    bound(b.exclusive_maximum, ">=", "<");
    bound(b.exclusive_minimum, "<=", ">");
  }

  static std::string FormatBoundText(double v) {
    Json j = v;
    if (v == static_cast<double>(static_cast<long long>(v)))
      return std::to_string(static_cast<long long>(v));
    return j.dump();
  }

  void Array(const Type& t, const std::string& var) {
    const Bounds& b = t.bounds;
    if (b.max_items) {
      code_("if (" + var + ".size() > " + std::to_string(*b.max_items) + ") " +
            Fail("must not have more than " + std::to_string(*b.max_items) + " items"));
    }
    if (b.min_items) {
      code_("if (" + var + ".size() < " + std::to_string(*b.min_items) + ") " +
            Fail("must not have fewer than " + std::to_string(*b.min_items) + " items"));
    }
    if (b.unique_items) code_("wire::CheckUniqueItems(" + var + ", c);");
    if (t.element->kind == Kind::kAny && !t.element->const_value) return;
    std::string i = Fresh("i");
    std::string item = Fresh("v");
    code_("for (std::size_t " + i + " = 0; " + i + " < " + var + ".size(); ++" + i + ") {");
    code_.In();
    code_("wire::Checker::Step step(c, " + i + ");");
    code_("const nlohmann::json& " + item + " = " + var + "[" + i + "];");
    Check(*t.element, item);
    code_.Out();
    code_("}");
  }

  void Map(const Type& t, const std::string& var) {
    if (t.element->kind == Kind::kAny && !t.element->const_value) return;
    std::string entry = Fresh("entry");
    std::string item = Fresh("v");
    code_("for (const auto& " + entry + " : " + var + ".items()) {");
    code_.In();
    code_("wire::Checker::Step step(c, " + entry + ".key());");
    code_("const nlohmann::json& " + item + " = " + entry + ".value();");
    Check(*t.element, item);
    code_.Out();
    code_("}");
  }

  void Object(const Type& t, const std::string& var) {
    for (const auto& p : t.properties) {
      if (!p.required) continue;
      code_("if (!" + var + ".contains(" + CppStringLiteral(p.wire_name) + ")) " +
            Fail("must have required property '" + p.wire_name + "'"));
    }
    if (!t.open) {
      std::string keys;
      for (const auto& p : t.properties)
        keys += (keys.empty() ? "" : ", ") + CppStringLiteral(p.wire_name);
      std::string entry = Fresh("entry");
      code_("for (const auto& " + entry + " : " + var + ".items()) {");
      code_("  if (!wire::IsOneOf(" + entry + ".key(), {" + keys + "})) {");
      code_("    c.Fail(\"unexpected property '\" + " + entry +
            ".key() + \"'\", wire::ValidationError::Kind::kUnexpectedProperty);");
      code_("  }");
      code_("}");
    }
    for (const auto& p : t.properties) {
      if (p.type->kind == Kind::kAny && !p.type->const_value) continue;
      std::string it = Fresh("it");
      std::string key = CppStringLiteral(p.wire_name);
      code_("if (auto " + it + " = " + var + ".find(" + key + "); " + it + " != " + var +
            ".end()) {");
      code_.In();
      code_("wire::Checker::Step step(c, " + key + ");");
      std::string value = Fresh("v");
      code_("const nlohmann::json& " + value + " = *" + it + ";");
      Check(*p.type, value);
      code_.Out();
      code_("}");
    }
  }

  const Type& Resolve(const Type& t) const {
    return t.kind == Kind::kRef ? Resolve(*proto_.GetDefinition(t.ref).type) : t;
  }

  void Union(const Type& t, const std::string& var) {
    if (!t.discriminator.empty()) {
      std::string key = CppStringLiteral(t.discriminator);
      code_("if (!" + var + ".is_object()) {");
      code_("  " + Fail("must be object"));
      code_("} else if (!" + var + ".contains(" + key + ")) {");
      code_("  " + Fail("must have required property '" + t.discriminator + "'"));
      for (const auto& v : t.variants) {
        std::string tag;
        for (const auto& p : Resolve(*v).properties) {
          if (p.wire_name == t.discriminator) tag = p.const_value->get<std::string>();
        }
        code_("} else if (" + var + "[" + key + "] == " + CppStringLiteral(tag) + ") {");
        code_.In();
        Check(*v, var);
        code_.Out();
      }
      code_("} else {");
      code_("  wire::Checker::Step step(c, " + key + ");");
      code_("  " + Fail("must be equal to one of the allowed values"));
      code_("}");
      return;
    }
    bool first = true;
    for (const auto& v : t.variants) {
      const Type& r = Resolve(*v);
      std::string pred = r.kind == Kind::kMap || r.kind == Kind::kObject ? var + ".is_object()"
                         : r.kind == Kind::kInteger || r.kind == Kind::kNumber
                             ? var + ".is_number()"
                             : Predicate(r, var);
      code_(std::string(first ? "if (" : "} else if (") + pred + ") {");
      code_.In();
      Check(*v, var);
      code_.Out();
      first = false;
    }
    code_("} else {");
    code_("  " + Fail("must match exactly one schema in oneOf"));
    code_("}");
  }

  const Protocol& proto_;
  Code& code_;
  int counter_ = 0;
};

}  // namespace

void EmitCppValidators(const Protocol& proto, Outputs& out) {
  Code h;
  h.Raw(Banner("//", proto.Sources()));
  h("// Validators: Check<Definition>(value, checker) records every schema violation of `value`.");
  h("#pragma once");
  h();
  h("#include <string_view>");
  h();
  h("#include <nlohmann/json.hpp>");
  h();
  h("#include \"gateway/wire/validation.hpp\"");
  h();
  h("namespace gateway::proto {");
  h();
  h("using CheckFn = void (*)(const nlohmann::json& value, wire::Checker& c);");
  h();
  for (const auto& d : proto.definitions)
    h("void Check" + d.name + "(const nlohmann::json& v, wire::Checker& c);");
  h();
  h("// The validator of a definition, by name; nullptr when there is none.");
  h("CheckFn FindCheck(std::string_view definition);");
  h();
  h("// Runs one validator and returns its errors (empty when the value is valid).");
  h("std::vector<wire::ValidationError> Validate(CheckFn check, const nlohmann::json& value);");
  h();
  h("}  // namespace gateway::proto");
  out["cpp/include/gateway/proto/validators.hpp"] = h.str();

  for (const auto& source : proto.Sources()) {
    Code c;
    c.Raw(Banner("//", {source}));
    c("#include <string>");
    c();
    c("#include \"gateway/proto/validators.hpp\"");
    c("#include \"gateway/wire/json_io.hpp\"");
    c();
    c("namespace gateway::proto {");
    for (const Definition* d : proto.DefinitionsIn(source)) {
      c();
      c("void Check" + d->name + "(const nlohmann::json& v, wire::Checker& c) {");
      c.In();
      CheckEmitter emitter(proto, c);
      emitter.Check(*d->type, "v");
      if (d->type->kind == Kind::kAny && !d->type->const_value) c("(void)v;"), c("(void)c;");
      c.Out();
      c("}");
    }
    c();
    c("}  // namespace gateway::proto");
    out["cpp/src/" + Stem(source) + "_validate.cpp"] = c.str();
  }

  Code t;
  t.Raw(Banner("//", proto.Sources()));
  t("#include <algorithm>");
  t("#include <array>");
  t("#include <utility>");
  t();
  t("#include \"gateway/proto/validators.hpp\"");
  t();
  t("namespace gateway::proto {");
  t();
  t("CheckFn FindCheck(std::string_view definition) {");
  t.In();
  t("static constexpr std::array<std::pair<std::string_view, CheckFn>, " +
    std::to_string(proto.definitions.size()) + "> kChecks = {{");
  for (const auto& d : proto.definitions)
    t("    {" + CppStringLiteral(d.name) + ", &Check" + d.name + "},");
  t("}};");
  t("auto it = std::lower_bound(kChecks.begin(), kChecks.end(), definition,");
  t("                           [](const auto& entry, std::string_view name) { return entry.first "
    "< name; });");
  t("return it != kChecks.end() && it->first == definition ? it->second : nullptr;");
  t.Out();
  t("}");
  t();
  t("std::vector<wire::ValidationError> Validate(CheckFn check, const nlohmann::json& value) {");
  t("  wire::Checker c;");
  t("  check(value, c);");
  t("  return c.TakeErrors();");
  t("}");
  t();
  t("}  // namespace gateway::proto");
  out["cpp/src/validators.cpp"] = t.str();
}

}  // namespace gateway::codegen
