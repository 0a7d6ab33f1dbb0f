// The JSON Schema of openclaw.json (generated/schema/config.schema.json, embedded at build time),
// walked by dotted path for config.schema.lookup, and the reload plan's class of a path
// (spec/config.md §7).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::config {

// The bundled schema document, parsed once.
const nlohmann::json& ConfigSchemaDocument();

struct SchemaChild {
  std::string key;   // a property name, "*" (a map's entries) or "[]" (an array's items)
  std::string path;  // the parent's path with the key appended
  std::optional<std::string> type;
  bool required = false;
  bool has_children = false;
};

struct SchemaNode {
  nlohmann::json schema;  // the node with $refs resolved and without its children's schemas
  std::vector<SchemaChild> children;
};

// `path` is dotted: "gateway.auth.mode", "agents.list[].id" ("[]", "[0]" or "*" for the items of
// an array, "*" or any key for the entries of a map). nullopt when the schema has no such path.
std::optional<SchemaNode> LookupConfigSchema(std::string_view path);

// What a settings UI shows for one property (config.schema's uiHints): a label made from the key
// ("maxChars" → "Max Chars", "baseUrl" → "Base URL"), the schema's description as help, the
// top-level section as group, and whether the value is a secret.
struct SchemaHint {
  std::string path;  // dotted
  std::string label;
  std::string help;
  std::string group;
  bool sensitive = false;
};
std::vector<SchemaHint> ConfigSchemaHints();

// "maxChars" → "Max Chars"; common abbreviations upper-cased ("baseUrl" → "Base URL").
std::string LabelOfKey(std::string_view key);

// "restart", "hot" or "none": how the reload plan applies a change at `path` (the longest
// matching prefix of the table in config.md §7; unmatched paths restart).
std::string_view ReloadKindOf(std::string_view path);

}  // namespace gateway::config
