// Environment for the config: .env files, ${VAR} substitution, and SecretRef resolution
// (spec/config.md §1 and §3, auth.md §1).
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "server/config/environment.hpp"
#include "server/config/paths.hpp"

namespace gateway::config {

// A configured secret that cannot be used; the gateway fails closed instead of falling back.
class SecretError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads KEY=VALUE lines (optional `export`, quotes, # comments) into `env` without overriding
// variables that are already set. A missing file loads nothing. Returns the names it set.
std::vector<std::string> LoadDotEnv(const std::filesystem::path& file, Environment& env);
// `.env` in the working directory, then `<state dir>/.env`.
std::vector<std::string> LoadDotEnvFiles(const Paths& paths, Environment& env);

// Replaces ${NAME} (NAME = [A-Z_][A-Z0-9_]*) with the variable's value. An unset or empty variable
// stays as the literal text and its name is added to `missing`. `$${NAME}` yields "${NAME}".
std::string SubstituteVariables(std::string_view text, const Environment& env,
                                std::vector<std::string>* missing);

// Dotted key path of a string value ("gateway.auth.token", "list[0]") → the names of the
// ${NAME} references in it that were not set, in order. Only substitution knows this: after it,
// "${NAME}" in a value may just as well be the literal text an escaped `$${NAME}` produced.
using UnresolvedReferences = std::map<std::string, std::vector<std::string>>;

// Substitutes every string value (not keys) of a config document in place. Returns one
// "<dotted.path>: ${NAME} is not set" line per unresolved reference, and records them by key
// path in `unresolved` when given.
std::vector<std::string> SubstituteDocument(nlohmann::ordered_json& doc, const Environment& env,
                                            UnresolvedReferences* unresolved = nullptr);

// Resolves a credential: a string (already substituted) or a SecretRef
// {source: env|file|exec|store, provider?, id}. nullopt when `value` is absent/null.
// Throws SecretError naming `key_path` when the secret is configured but unusable: a string
// that substitution left with an unset ${VAR} (`unresolved` has `key_path`; a literal "${VAR}"
// from an escaped `$${VAR}` is a usable secret), a missing variable or file, or a source this
// gateway does not support.
std::optional<std::string> ResolveSecret(const nlohmann::json& value, const Environment& env,
                                         const Paths& paths, const std::string& key_path,
                                         const UnresolvedReferences& unresolved);

}  // namespace gateway::config
