#include "server/config/secrets.hpp"

#include <cctype>
#include <fstream>
#include <sstream>

#include "server/platform/files.hpp"

namespace gateway::config {
namespace fs = std::filesystem;
namespace {

bool IsNameStart(char c) { return (c >= 'A' && c <= 'Z') || c == '_'; }
bool IsNameChar(char c) { return IsNameStart(c) || (c >= '0' && c <= '9'); }

std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// The value part of a .env line: quoted ('raw', "with \n escapes") or bare (until a " #").
std::string DotEnvValue(std::string_view raw) {
  std::string v = Trim(raw);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) {
    char quote = v.front();
    auto end = v.find(quote, 1);
    std::string inner = v.substr(1, end == std::string::npos ? std::string::npos : end - 1);
    if (quote == '\'') return inner;
    std::string out;
    for (std::size_t i = 0; i < inner.size(); ++i) {
      if (inner[i] == '\\' && i + 1 < inner.size()) {
        char n = inner[++i];
        out.push_back(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
      } else {
        out.push_back(inner[i]);
      }
    }
    return out;
  }
  if (auto hash = v.find(" #"); hash != std::string::npos) v = Trim(v.substr(0, hash));
  return v;
}

std::string DottedKey(const std::string& parent, const std::string& key) {
  return parent.empty() ? key : parent + "." + key;
}

void SubstituteWalk(nlohmann::ordered_json& node, const std::string& path, const Environment& env,
                    std::vector<std::string>& warnings, UnresolvedReferences* unresolved) {
  if (node.is_string()) {
    std::vector<std::string> missing;
    node = SubstituteVariables(node.get_ref<const std::string&>(), env, &missing);
    for (const auto& name : missing) warnings.push_back(path + ": ${" + name + "} is not set");
    if (unresolved && !missing.empty()) (*unresolved)[path] = std::move(missing);
  } else if (node.is_object()) {
    for (auto& [key, value] : node.items())
      SubstituteWalk(value, DottedKey(path, key), env, warnings, unresolved);
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) {
      SubstituteWalk(node[i], path + "[" + std::to_string(i) + "]", env, warnings, unresolved);
    }
  }
}

}  // namespace

std::vector<std::string> LoadDotEnv(const fs::path& file, Environment& env) {
  std::vector<std::string> loaded;
  std::ifstream in(file);
  if (!in) return loaded;
  std::string line;
  while (std::getline(in, line)) {
    std::string text = Trim(line);
    if (text.empty() || text[0] == '#') continue;
    if (text.rfind("export ", 0) == 0) text = Trim(text.substr(7));
    auto eq = text.find('=');
    if (eq == std::string::npos) continue;
    std::string name = Trim(text.substr(0, eq));
    if (name.empty() ||
        !IsNameStart(static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])))))
      continue;
    if (env.SetIfUnset(name, DotEnvValue(text.substr(eq + 1)))) loaded.push_back(name);
  }
  return loaded;
}

std::vector<std::string> LoadDotEnvFiles(const Paths& paths, Environment& env) {
  std::vector<std::string> loaded = LoadDotEnv(fs::current_path() / ".env", env);
  auto more = LoadDotEnv(paths.state_dir / ".env", env);
  loaded.insert(loaded.end(), more.begin(), more.end());
  return loaded;
}

std::string SubstituteVariables(std::string_view text, const Environment& env,
                                std::vector<std::string>* missing) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    bool escaped = text.compare(i, 3, "$${") == 0;
    std::size_t open = escaped ? i + 1 : i;
    if (text.compare(open, 2, "${") == 0) {
      std::size_t name_start = open + 2;
      std::size_t end = name_start;
      while (end < text.size() && IsNameChar(text[end])) ++end;
      bool well_formed = end > name_start && IsNameStart(text[name_start]) && end < text.size() &&
                         text[end] == '}';
      if (well_formed) {
        std::string name(text.substr(name_start, end - name_start));
        if (escaped) {
          out += "${" + name + "}";
        } else if (auto value = env.GetNonEmpty(name)) {
          out += *value;
        } else {
          out += "${" + name + "}";
          if (missing) missing->push_back(name);
        }
        i = end + 1;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

std::vector<std::string> SubstituteDocument(nlohmann::ordered_json& doc, const Environment& env,
                                            UnresolvedReferences* unresolved) {
  std::vector<std::string> warnings;
  SubstituteWalk(doc, "", env, warnings, unresolved);
  return warnings;
}

std::optional<std::string> ResolveSecret(const nlohmann::json& value, const Environment& env,
                                         const Paths& paths, const std::string& key_path,
                                         const UnresolvedReferences& unresolved) {
  if (value.is_null()) return std::nullopt;
  if (value.is_string()) {
    // The value is already substituted: scanning it again would take the literal "${NAME}" of an
    // escaped `$${NAME}` for a reference, so only what substitution recorded counts.
    if (auto it = unresolved.find(key_path); it != unresolved.end() && !it->second.empty()) {
      throw SecretError(key_path + " refers to ${" + it->second.front() + "}, which is not set");
    }
    return value.get<std::string>();
  }
  if (!value.is_object()) throw SecretError(key_path + " must be a string or a SecretRef object");
  std::string source = value.value("source", "");
  std::string id = value.value("id", "");
  if (source == "env") {
    auto v = env.GetNonEmpty(id);
    if (!v)
      throw SecretError(key_path + ": environment variable " + id +
                        " (SecretRef source env) is not set");
    return v;
  }
  if (source == "file") {
    fs::path file = ExpandHome(id, paths.home);
    if (file.is_relative()) file = paths.state_dir / file;
    auto text = platform::ReadWholeFile(file);
    if (!text)
      throw SecretError(key_path + ": cannot read secret file " + file.string() +
                        " (SecretRef source file)");
    std::string secret = std::move(*text);
    while (!secret.empty() && (secret.back() == '\n' || secret.back() == '\r')) secret.pop_back();
    if (secret.empty())
      throw SecretError(key_path + ": secret file " + file.string() + " is empty");
    return secret;
  }
  throw SecretError(key_path + ": SecretRef source '" + source +
                    "' is not supported by this gateway (use source env or file)");
}

}  // namespace gateway::config
