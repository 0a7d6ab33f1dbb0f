// Loading openclaw.json: JSON5 → safe legacy migrations → env.vars and ${VAR} substitution →
// validation against the generated config schema → typed config (spec/config.md §2–§3).
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"
#include "server/config/environment.hpp"
#include "server/config/json5.hpp"
#include "server/config/paths.hpp"
#include "server/config/secrets.hpp"

namespace gateway::config {

struct Diagnostic {
  std::string path;                    // dotted key path, e.g. "gateway.auth.mode" ("" = root)
  std::string message;                 // e.g. "must be equal to one of the allowed values"
  std::optional<Json5Position> where;  // position in the file, when known
  // "<file>:<line>:<col>: <path>: <message>"
  std::string Format(const std::filesystem::path& file) const;
};

// The config cannot be used: malformed, invalid, or asking for something this gateway refuses.
class ConfigError : public std::runtime_error {
 public:
  ConfigError(const std::filesystem::path& file, std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// A raw document made ready for validation.
struct PreparedConfig {
  nlohmann::json effective;           // migrated and substituted
  std::vector<std::string> notices;   // migrations applied
  std::vector<std::string> warnings;  // unresolved ${VAR}s, unimplemented keys
  UnresolvedReferences unresolved;    // for ResolveSecret
};

struct LoadedConfig {
  std::filesystem::path path;
  bool exists = false;
  nlohmann::ordered_json raw = nlohmann::ordered_json::object();  // as written (edits start here)
  nlohmann::json effective = nlohmann::json::object();
  proto::OpenClawConfig typed;
  std::vector<std::string> notices;
  std::vector<std::string> warnings;
  UnresolvedReferences unresolved;  // key paths whose ${VAR}s were not set (for ResolveSecret)
};

// Rewrites retired values in place (reload.mode hot/restart, consoleStyle compact, a host in
// gateway.bind, resetByType.dm, reload.debounceMs); returns one notice per change.
std::vector<std::string> MigrateConfig(nlohmann::ordered_json& document);

// Applies migrations, env.vars (never overriding set variables) and substitution to a copy.
PreparedConfig PrepareConfig(const nlohmann::ordered_json& raw, Environment& env);

// Schema errors plus refusals of security features this gateway does not implement. Positions
// come from `positions` (JSON pointer → place in the file) when given.
std::vector<Diagnostic> ValidateConfig(
    const nlohmann::json& effective,
    const std::map<std::string, Json5Position>* positions = nullptr);

// Reads and validates the config at paths.config_path; a missing file means all defaults.
// Loads .env files into `env` first. Throws ConfigError.
LoadedConfig LoadConfig(const Paths& paths, Environment& env);

// The same document with sorted keys (what the generated validators and types take).
nlohmann::json UnorderedJson(const nlohmann::ordered_json& document);

// Pointer "/bindings/0/agentId" in `doc` → "bindings[0].agentId".
std::string DottedPath(const nlohmann::json& doc, const std::string& pointer);

}  // namespace gateway::config
