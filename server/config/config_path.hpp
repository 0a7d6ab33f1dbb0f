// Dotted config paths as the CLI takes them: "gateway.auth.token", "bindings[0].agentId",
// 'models.providers["my.co"].apiKey'. Get, set and unset on a raw (ordered) document.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gateway::config {

using PathSegment = std::variant<std::string, std::size_t>;
using ConfigPath = std::vector<PathSegment>;

// Throws UsageError for an empty or malformed path.
ConfigPath ParseConfigPath(std::string_view text);
std::string FormatConfigPath(const ConfigPath& path);

// nullptr when the path does not exist.
const nlohmann::ordered_json* FindAt(const nlohmann::ordered_json& doc, const ConfigPath& path);
// Creates missing objects on the way; an array index may be at most the array's size (appends).
// Throws UsageError when the path crosses a value that is not an object or array.
void SetAt(nlohmann::ordered_json& doc, const ConfigPath& path, nlohmann::ordered_json value);
// Returns false when there was nothing to remove.
bool UnsetAt(nlohmann::ordered_json& doc, const ConfigPath& path);

// A CLI value: JSON5 when it parses as JSON5, else the text as a string.
nlohmann::ordered_json ParseCliValue(std::string_view text);

// Replaces values under secret-looking keys (token, password, apiKey, secret, …) with a marker.
inline constexpr std::string_view kRedacted = "__OPENCLAW_REDACTED__";
nlohmann::ordered_json RedactSecrets(const nlohmann::ordered_json& value,
                                     std::string_view key = "");
bool IsSecretKey(std::string_view key);
// `value`, found at `path`, as a log line may show it: every string under a secret-looking key
// (on the path or inside `value`) and every string under the top-level `env` block, whose
// variables carry credentials under names no word list can guess, become the marker.
nlohmann::ordered_json RedactForLog(const ConfigPath& path, const nlohmann::ordered_json& value);

}  // namespace gateway::config
