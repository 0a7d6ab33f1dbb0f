#include "cpp_names.hpp"

#include "naming.hpp"

namespace gateway::codegen::cpp {

std::string TypeOf(const Type& t) {
  switch (t.kind) {
    case Kind::kAny:
    case Kind::kNull:
      return "nlohmann::json";
    case Kind::kBoolean:
      return "bool";
    case Kind::kInteger:
      return "std::int64_t";
    case Kind::kNumber:
      return "double";
    case Kind::kString:
      return "std::string";
    case Kind::kEnum:
    case Kind::kObject:
    case Kind::kUnion:
      return t.name;
    case Kind::kArray:
      return "std::vector<" + TypeOf(*t.element) + ">";
    case Kind::kMap:
      return "std::map<std::string, " + TypeOf(*t.element) + ">";
    case Kind::kRef:
      return t.ref;
    case Kind::kNullable:
      return "std::optional<" + TypeOf(*t.element) + ">";
  }
  return "nlohmann::json";
}

std::string MemberTypeOf(const Property& p) {
  std::string inner = TypeOf(*p.type);
  return p.required ? inner : "std::optional<" + inner + ">";
}

std::string Stem(const std::string& source) {
  std::string stem = source;
  if (stem.size() > 5 && stem.compare(stem.size() - 5, 5, ".yaml") == 0)
    stem.resize(stem.size() - 5);
  for (char& c : stem) {
    if (c == '/' || c == '-' || c == '.') c = '_';
  }
  return stem;
}

std::string JsonLiteral(const Json& value) {
  if (value.is_string())
    return "nlohmann::json(" + CppStringLiteral(value.get<std::string>()) + ")";
  if (value.is_boolean())
    return value.get<bool>() ? "nlohmann::json(true)" : "nlohmann::json(false)";
  if (value.is_number_integer()) return "nlohmann::json(std::int64_t{" + value.dump() + "})";
  if (value.is_number()) return "nlohmann::json(" + value.dump() + ")";
  return "nlohmann::json::parse(" + CppStringLiteral(value.dump()) + ")";
}

}  // namespace gateway::codegen::cpp
