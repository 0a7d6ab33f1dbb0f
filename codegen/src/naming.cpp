#include "naming.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <nlohmann/json.hpp>

namespace gateway::codegen {
namespace {

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

constexpr std::array kCppKeywords = {
    "alignas",   "alignof",       "and",      "asm",       "auto",     "bool",
    "break",     "case",          "catch",    "char",      "class",    "const",
    "constexpr", "continue",      "default",  "delete",    "do",       "double",
    "else",      "enum",          "explicit", "export",    "extern",   "false",
    "float",     "for",           "friend",   "goto",      "if",       "inline",
    "int",       "long",          "mutable",  "namespace", "new",      "noexcept",
    "not",       "nullptr",       "operator", "or",        "private",  "protected",
    "public",    "register",      "return",   "short",     "signed",   "sizeof",
    "static",    "struct",        "switch",   "template",  "this",     "throw",
    "true",      "try",           "typedef",  "typeid",    "typename", "union",
    "unsigned",  "using",         "virtual",  "void",      "volatile", "while",
    "xor",       "unknown_fields"};

constexpr std::array kSwiftKeywords = {"associatedtype",
                                       "class",
                                       "deinit",
                                       "enum",
                                       "extension",
                                       "fileprivate",
                                       "func",
                                       "import",
                                       "init",
                                       "inout",
                                       "internal",
                                       "let",
                                       "open",
                                       "operator",
                                       "private",
                                       "precedencegroup",
                                       "protocol",
                                       "public",
                                       "rethrows",
                                       "static",
                                       "struct",
                                       "subscript",
                                       "typealias",
                                       "var",
                                       "break",
                                       "case",
                                       "catch",
                                       "continue",
                                       "default",
                                       "defer",
                                       "do",
                                       "else",
                                       "fallthrough",
                                       "for",
                                       "guard",
                                       "if",
                                       "in",
                                       "repeat",
                                       "return",
                                       "throw",
                                       "switch",
                                       "where",
                                       "while",
                                       "as",
                                       "false",
                                       "is",
                                       "nil",
                                       "self",
                                       "Self",
                                       "super",
                                       "throws",
                                       "true",
                                       "try",
                                       "Type",
                                       "Any"};

// Builds prefix + rest by appending into a fresh string. GCC 12 at -O2/-O3 reports a false
// -Wrestrict ("__builtin_memcpy ... may overlap", GCC bug 105651) for `"literal" + std::string&&`,
// which goes through basic_string::insert(0, ...) on the temporary; appending never inserts.
std::string Prefixed(std::string_view prefix, std::string_view rest) {
  std::string out;
  out.reserve(prefix.size() + rest.size());
  out.append(prefix).append(rest);
  return out;
}

template <std::size_t N>
bool Contains(const std::array<const char*, N>& words, std::string_view s) {
  return std::any_of(words.begin(), words.end(), [&](const char* w) { return s == w; });
}

}  // namespace

std::string PascalCase(std::string_view s) {
  // Splits on anything that is not a letter or digit; a word in capitals ("REQUEST") becomes
  // "Request", any other word keeps its inner case ("minProtocol" -> "MinProtocol").
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsAlnum(s[i])) ++i;
    std::size_t start = i;
    while (i < s.size() && IsAlnum(s[i])) ++i;
    std::string_view word = s.substr(start, i - start);
    if (word.empty()) continue;
    bool all_caps = word.size() > 1 && std::none_of(word.begin(), word.end(), [](char c) {
                      return std::islower(static_cast<unsigned char>(c));
                    });
    for (std::size_t k = 0; k < word.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(word[k]);
      out.push_back(static_cast<char>(k == 0 ? std::toupper(c) : all_caps ? std::tolower(c) : c));
    }
  }
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out = Prefixed("V", out);
  return out;
}

std::string CamelCase(std::string_view s) {
  std::string pascal = PascalCase(s);
  if (pascal.size() > 1 && pascal[0] == 'V' &&
      std::isdigit(static_cast<unsigned char>(pascal[1]))) {
    return Prefixed("v", std::string_view(pascal).substr(1));
  }
  pascal[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(pascal[0])));
  return pascal;
}

std::string CppFieldName(std::string_view wire) {
  std::string out;
  for (std::size_t i = 0; i < wire.size(); ++i) {
    char c = wire[i];
    if (!IsAlnum(c)) {
      if (!out.empty() && out.back() != '_') out.push_back('_');
      continue;
    }
    if (std::isupper(static_cast<unsigned char>(c))) {
      bool prev_lower = i > 0 && (std::islower(static_cast<unsigned char>(wire[i - 1])) ||
                                  std::isdigit(static_cast<unsigned char>(wire[i - 1])));
      bool next_lower =
          i + 1 < wire.size() && std::islower(static_cast<unsigned char>(wire[i + 1]));
      bool prev_upper = i > 0 && std::isupper(static_cast<unsigned char>(wire[i - 1]));
      if (!out.empty() && out.back() != '_' && (prev_lower || (prev_upper && next_lower))) {
        out.push_back('_');
      }
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out = Prefixed("f_", out);
  if (Contains(kCppKeywords, out)) out.push_back('_');
  return out;
}

std::string CppConstantName(std::string_view wire) { return Prefixed("k", PascalCase(wire)); }

std::string ScreamingSnake(std::string_view s) {
  std::string snake = CppFieldName(s);
  if (!snake.empty() && snake.back() == '_') snake.pop_back();
  std::transform(snake.begin(), snake.end(), snake.begin(), [](char c) {
    return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  });
  return snake;
}

std::string SwiftIdentifier(std::string_view wire) {
  std::string name = CamelCase(wire);
  if (Contains(kSwiftKeywords, name)) return "`" + name + "`";
  return name;
}

bool IsTsIdentifier(std::string_view s) {
  if (s.empty()) return false;
  auto head = [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$';
  };
  if (!head(s[0])) return false;
  return std::all_of(s.begin() + 1, s.end(), [&](char c) {
    return head(c) || std::isdigit(static_cast<unsigned char>(c));
  });
}

std::string CppStringLiteral(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

std::string JsonStringLiteral(std::string_view s) { return nlohmann::json(std::string(s)).dump(); }

}  // namespace gateway::codegen
