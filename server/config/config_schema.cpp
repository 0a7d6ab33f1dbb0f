#include "server/config/config_schema.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "server/config/config_path.hpp"

namespace gateway::config {
using nlohmann::json;

std::string_view ConfigSchemaText();  // config_schema_text.cpp, written at build time

namespace {

// Follows $ref (keeping the referring node's own keywords, e.g. its description) and unwraps
// a nullable `anyOf: [X, {type: null}]` to X.
json Resolve(const json& node) {
  const json& defs = ConfigSchemaDocument()["definitions"];
  json out = node;
  for (int depth = 0; depth < 32 && out.is_object(); ++depth) {
    if (out.contains("$ref") && out["$ref"].is_string()) {
      std::string ref = out["$ref"];
      const std::string prefix = "#/definitions/";
      if (ref.rfind(prefix, 0) != 0 || !defs.contains(ref.substr(prefix.size()))) break;
      json target = defs[ref.substr(prefix.size())];
      out.erase("$ref");
      for (const auto& [key, value] : out.items()) target[key] = value;
      out = std::move(target);
      continue;
    }
    if (out.contains("anyOf") && out["anyOf"].is_array() && out["anyOf"].size() == 2) {
      const json& branches = out["anyOf"];
      auto is_null = [](const json& b) { return b.is_object() && b.value("type", "") == "null"; };
      if (is_null(branches[0]) != is_null(branches[1])) {
        json target = is_null(branches[0]) ? branches[1] : branches[0];
        out.erase("anyOf");
        for (const auto& [key, value] : out.items()) target[key] = value;
        out = std::move(target);
        continue;
      }
    }
    break;
  }
  return out;
}

bool IsSchemaObject(const json& node) { return node.is_object(); }

std::optional<json> Step(const json& node, const std::string& token) {
  const bool item = token == "[]" || token == "*" ||
                    (!token.empty() && std::all_of(token.begin(), token.end(),
                                                   [](char c) { return c >= '0' && c <= '9'; }));
  if (token != "*" && node.contains("properties") && node["properties"].contains(token)) {
    return Resolve(node["properties"][token]);
  }
  if (item && node.contains("items") && IsSchemaObject(node["items"])) {
    return Resolve(node["items"]);
  }
  if (token != "[]" && node.contains("additionalProperties") &&
      IsSchemaObject(node["additionalProperties"])) {
    return Resolve(node["additionalProperties"]);
  }
  for (const char* union_key : {"oneOf", "anyOf"}) {
    if (!node.contains(union_key) || !node[union_key].is_array()) continue;
    for (const auto& branch : node[union_key]) {
      if (auto found = Step(Resolve(branch), token)) return found;
    }
  }
  return std::nullopt;
}

// "agents.list[].id" -> agents, list, [], id; "a[0]" -> a, 0.
std::optional<std::vector<std::string>> Tokens(std::string_view path) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '.') {
      if (i == 0 || i + 1 == path.size() || path[i + 1] == '.') return std::nullopt;
      ++i;
      continue;
    }
    if (path[i] == '[') {
      std::size_t close = path.find(']', i);
      if (close == std::string_view::npos) return std::nullopt;
      std::string inner(path.substr(i + 1, close - i - 1));
      out.push_back(inner.empty() ? "[]" : inner);
      i = close + 1;
      continue;
    }
    std::size_t end = path.find_first_of(".[", i);
    if (end == std::string_view::npos) end = path.size();
    out.emplace_back(path.substr(i, end - i));
    i = end;
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::optional<std::string> TypeName(const json& node) {
  if (node.contains("type")) {
    const json& type = node["type"];
    if (type.is_string()) return type.get<std::string>();
    if (type.is_array()) {
      std::string joined;
      for (const auto& t : type) {
        if (t.is_string()) joined += (joined.empty() ? "" : "|") + t.get<std::string>();
      }
      return joined;
    }
  }
  if (node.contains("properties")) return "object";
  return std::nullopt;
}

bool HasChildren(const json& node) {
  return (node.contains("properties") && !node["properties"].empty()) ||
         (node.contains("additionalProperties") && IsSchemaObject(node["additionalProperties"])) ||
         (node.contains("items") && IsSchemaObject(node["items"]));
}

void CollectHints(const json& node, const std::string& path, const std::string& group, int depth,
                  std::vector<SchemaHint>& out) {
  if (depth > 12 || !node.contains("properties")) return;
  for (const auto& [key, child] : node["properties"].items()) {
    const std::string child_path = path.empty() ? key : path + "." + key;
    const json& resolved = Resolve(child);
    SchemaHint hint;
    hint.path = child_path;
    hint.label = LabelOfKey(key);
    // A $ref'd property may carry its own description; else its definition's.
    for (const json* source : {&child, &resolved}) {
      if (hint.help.empty() && source->contains("description") &&
          (*source)["description"].is_string()) {
        hint.help = (*source)["description"].get<std::string>();
      }
    }
    hint.group = group.empty() ? LabelOfKey(key) : group;
    hint.sensitive = IsSecretKey(key);
    out.push_back(hint);
    CollectHints(resolved, child_path, hint.group, depth + 1, out);
  }
}

}  // namespace

const json& ConfigSchemaDocument() {
  static const json doc = json::parse(ConfigSchemaText());
  return doc;
}

std::optional<SchemaNode> LookupConfigSchema(std::string_view path) {
  auto tokens = Tokens(path);
  if (!tokens) return std::nullopt;
  json node = Resolve(ConfigSchemaDocument());
  for (const auto& token : *tokens) {
    auto next = Step(node, token);
    if (!next) return std::nullopt;
    node = std::move(*next);
  }
  SchemaNode out;
  const std::string base(path);
  if (node.contains("properties")) {
    const json required = node.value("required", json::array());
    for (const auto& [key, child] : node["properties"].items()) {
      json resolved = Resolve(child);
      out.children.push_back({key, base + "." + key, TypeName(resolved),
                              std::find(required.begin(), required.end(), key) != required.end(),
                              HasChildren(resolved)});
    }
  }
  if (node.contains("additionalProperties") && IsSchemaObject(node["additionalProperties"])) {
    json resolved = Resolve(node["additionalProperties"]);
    out.children.push_back({"*", base + ".*", TypeName(resolved), false, HasChildren(resolved)});
  }
  if (node.contains("items") && IsSchemaObject(node["items"])) {
    json resolved = Resolve(node["items"]);
    out.children.push_back({"[]", base + "[]", TypeName(resolved), false, HasChildren(resolved)});
  }
  for (const char* nested : {"properties", "items", "definitions", "$schema"}) node.erase(nested);
  if (node.contains("additionalProperties") && node["additionalProperties"].is_object()) {
    node.erase("additionalProperties");
  }
  if (!node.contains("type")) {
    if (auto type = TypeName(node)) node["type"] = *type;
  }
  out.schema = std::move(node);
  return out;
}

std::vector<SchemaHint> ConfigSchemaHints() {
  std::vector<SchemaHint> out;
  CollectHints(Resolve(ConfigSchemaDocument()), "", "", 0, out);
  return out;
}

std::string LabelOfKey(std::string_view key) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 13> kAbbreviations = {{
      {"Url", "URL"},
      {"Urls", "URLs"},
      {"Id", "ID"},
      {"Ids", "IDs"},
      {"Api", "API"},
      {"Http", "HTTP"},
      {"Tls", "TLS"},
      {"Ws", "WS"},
      {"Dm", "DM"},
      {"Ui", "UI"},
      {"Ms", "(ms)"},
      {"Ssrf", "SSRF"},
      {"Ip", "IP"},
  }};
  std::vector<std::string> words;
  for (std::size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    const bool upper = c >= 'A' && c <= 'Z';
    const bool starts = words.empty() || (upper && !(key[i - 1] >= 'A' && key[i - 1] <= 'Z'));
    if (c == '_' || c == '-' || c == '$') {
      words.emplace_back();
      continue;
    }
    if (starts) words.emplace_back();
    words.back() += words.back().empty() && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
  }
  std::string label;
  for (auto& word : words) {
    if (word.empty()) continue;
    for (const auto& [from, to] : kAbbreviations) {
      if (word == from) word = to;
    }
    label += (label.empty() ? "" : " ") + word;
  }
  return label;
}

std::string_view ReloadKindOf(std::string_view path) {
  // config.md §7: the longest matching prefix decides.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 37> kPlan = {{
      {"gateway", "restart"},
      {"gateway.port", "restart"},
      {"gateway.bind", "restart"},
      {"gateway.customBindHost", "restart"},
      {"gateway.auth.mode", "restart"},
      {"gateway.tls", "restart"},
      {"gateway.tailscale", "restart"},
      {"gateway.controlUi.basePath", "restart"},
      {"discovery", "restart"},
      {"canvasHost", "restart"},
      {"secrets.egressProxy", "restart"},
      {"gateway.auth.token", "hot"},
      {"gateway.auth.password", "hot"},
      {"gateway.auth.rateLimit", "hot"},
      {"gateway.trustedProxies", "hot"},
      {"gateway.auth.identityScopes", "hot"},
      {"gateway.roles", "hot"},
      {"gateway.http.endpoints", "hot"},
      {"gateway.http.securityHeaders", "hot"},
      {"gateway.tools", "hot"},
      {"gateway.nodes", "hot"},
      {"gateway.controlUi", "hot"},
      {"gateway.reload", "none"},
      {"gateway.remote", "none"},
      {"agents", "hot"},
      {"models", "hot"},
      {"auth", "hot"},
      {"bindings", "hot"},
      {"session", "hot"},
      {"messages", "hot"},
      {"tools", "hot"},
      {"skills", "hot"},
      {"logging", "hot"},
      {"ui", "hot"},
      {"identity", "hot"},
      {"hooks", "hot"},
      {"cron", "hot"},
  }};
  static constexpr std::array<std::string_view, 2> kMoreHot = {"channels", "plugins"};
  std::size_t best_length = 0;
  std::string_view best = "restart";
  auto matches = [&](std::string_view prefix) {
    if (path.substr(0, prefix.size()) != prefix) return false;
    return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
  };
  for (const auto& [prefix, kind] : kPlan) {
    if (prefix.size() > best_length && matches(prefix)) best_length = prefix.size(), best = kind;
  }
  for (auto prefix : kMoreHot) {
    if (prefix.size() > best_length && matches(prefix)) best_length = prefix.size(), best = "hot";
  }
  return best;
}

}  // namespace gateway::config
