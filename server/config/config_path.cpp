#include "server/config/config_path.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "server/config/json5.hpp"
#include "server/config/paths.hpp"
#include "server/logging/secret_keys.hpp"

namespace gateway::config {
using nlohmann::ordered_json;

ConfigPath ParseConfigPath(std::string_view text) {
  ConfigPath path;
  std::size_t i = 0;
  auto fail = [&](const std::string& why) -> void {
    throw UsageError("invalid config path '" + std::string(text) + "': " + why);
  };
  if (text.empty()) fail("empty");
  while (i < text.size()) {
    if (text[i] == '[') {
      std::size_t close = text.find(']', i);
      if (close == std::string_view::npos) fail("missing ']'");
      std::string_view inner = text.substr(i + 1, close - i - 1);
      if (inner.size() >= 2 && (inner.front() == '"' || inner.front() == '\'') &&
          inner.back() == inner.front()) {
        path.emplace_back(std::string(inner.substr(1, inner.size() - 2)));
      } else if (!inner.empty() && std::all_of(inner.begin(), inner.end(), [](char c) {
                   return std::isdigit(static_cast<unsigned char>(c));
                 })) {
        std::size_t index = 0;
        if (std::from_chars(inner.data(), inner.data() + inner.size(), index).ec != std::errc())
          fail("index too large");
        path.emplace_back(index);
      } else {
        fail("'[" + std::string(inner) + "]' is neither an index nor a quoted key");
      }
      i = close + 1;
      if (i < text.size() && text[i] == '.') ++i;
      continue;
    }
    std::size_t end = text.find_first_of(".[", i);
    if (end == std::string_view::npos) end = text.size();
    if (end == i) fail("empty segment");
    path.emplace_back(std::string(text.substr(i, end - i)));
    i = end;
    if (i < text.size() && text[i] == '.') {
      ++i;
      if (i == text.size()) fail("ends with '.'");
    }
  }
  return path;
}

std::string FormatConfigPath(const ConfigPath& path) {
  std::string out;
  for (const auto& segment : path) {
    if (const auto* index = std::get_if<std::size_t>(&segment)) {
      // Appended piecewise: `"[" + string&&` trips GCC 12's false -Wrestrict (bug 105651).
      out += '[';
      out += std::to_string(*index);
      out += ']';
    } else {
      const std::string& key = std::get<std::string>(segment);
      bool plain = !key.empty() && key.find_first_of(".[]\"'") == std::string::npos;
      out += plain ? (out.empty() ? "" : ".") + key : "[\"" + key + "\"]";
    }
  }
  return out;
}

const ordered_json* FindAt(const ordered_json& doc, const ConfigPath& path) {
  const ordered_json* node = &doc;
  for (const auto& segment : path) {
    if (const auto* index = std::get_if<std::size_t>(&segment)) {
      if (!node->is_array() || *index >= node->size()) return nullptr;
      node = &(*node)[*index];
    } else {
      const std::string& key = std::get<std::string>(segment);
      if (!node->is_object() || !node->contains(key)) return nullptr;
      node = &(*node)[key];
    }
  }
  return node;
}

void SetAt(ordered_json& doc, const ConfigPath& path, ordered_json value) {
  ordered_json* node = &doc;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const bool last = i + 1 == path.size();
    std::string so_far =
        FormatConfigPath(ConfigPath(path.begin(), path.begin() + static_cast<long>(i)));
    if (const auto* index = std::get_if<std::size_t>(&path[i])) {
      if (node->is_null()) *node = ordered_json::array();
      if (!node->is_array())
        throw UsageError((so_far.empty() ? "the config" : so_far) + " is not an array");
      if (*index > node->size()) {
        throw UsageError("index " + std::to_string(*index) + " is past the end of " + so_far +
                         " (size " + std::to_string(node->size()) + ")");
      }
      if (*index == node->size()) node->push_back(nullptr);
      node = &(*node)[*index];
    } else {
      if (node->is_null()) *node = ordered_json::object();
      if (!node->is_object())
        throw UsageError((so_far.empty() ? "the config" : so_far) + " is not an object");
      node = &(*node)[std::get<std::string>(path[i])];
    }
    if (last) *node = std::move(value);
  }
}

bool UnsetAt(ordered_json& doc, const ConfigPath& path) {
  if (path.empty()) return false;
  ConfigPath parent_path(path.begin(), path.end() - 1);
  auto* parent = const_cast<ordered_json*>(FindAt(doc, parent_path));
  if (!parent) return false;
  if (const auto* index = std::get_if<std::size_t>(&path.back())) {
    if (!parent->is_array() || *index >= parent->size()) return false;
    parent->erase(*index);
    return true;
  }
  if (!parent->is_object()) return false;
  return parent->erase(std::get<std::string>(path.back())) > 0;
}

ordered_json ParseCliValue(std::string_view text) {
  try {
    return ParseJson5(text).value;
  } catch (const Json5Error&) {
    return std::string(text);
  }
}

bool IsSecretKey(std::string_view key) { return logging::IsSecretKeyName(key); }

ordered_json RedactSecrets(const ordered_json& value, std::string_view key) {
  if (IsSecretKey(key) && (value.is_string() || value.is_object())) {
    // A SecretRef is not itself secret, but it says where one is: show it as written.
    if (value.is_object() && value.contains("source")) return value;
    return std::string(kRedacted);
  }
  if (value.is_object()) {
    ordered_json out = ordered_json::object();
    for (const auto& [k, v] : value.items()) out[k] = RedactSecrets(v, k);
    return out;
  }
  if (value.is_array()) {
    ordered_json out = ordered_json::array();
    for (const auto& item : value) out.push_back(RedactSecrets(item, key));
    return out;
  }
  return value;
}

namespace {

ordered_json MaskStrings(const ordered_json& value) {
  if (value.is_string()) return std::string(kRedacted);
  ordered_json out = value;
  if (value.is_structured()) {
    for (auto& item : out) item = MaskStrings(item);
  }
  return out;
}

}  // namespace

ordered_json RedactForLog(const ConfigPath& path, const ordered_json& value) {
  if (!path.empty() && path.front() == PathSegment(std::string("env"))) return MaskStrings(value);
  for (const PathSegment& segment : path) {
    const auto* key = std::get_if<std::string>(&segment);
    if (key && IsSecretKey(*key)) return RedactSecrets(value, *key);
  }
  return RedactSecrets(value);
}

}  // namespace gateway::config
