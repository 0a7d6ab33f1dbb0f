// Reading and writing openclaw.json as a document (the CLI's config commands, setup, and later the
// config.* RPC methods). Writes validate first and are atomic; comments are not preserved.
#pragma once

#include <filesystem>

#include <nlohmann/json.hpp>

#include "server/config/environment.hpp"
#include "server/config/json5.hpp"
#include "server/config/paths.hpp"

namespace gateway::config {

// The parsed file with positions; an empty object when the file does not exist.
// Throws ConfigError when the file cannot be read or parsed.
Json5Document ReadConfigDocument(const std::filesystem::path& file);

// Validates `raw` exactly as LoadConfig would (migrations, env, schema, refusals) and throws
// ConfigError when it would not load. Otherwise writes it as JSON (2-space indent) through a
// temp file + fsync + rename, keeping the file's mode (0600 when new) and one ".bak".
void WriteConfig(const Paths& paths, Environment env, const nlohmann::ordered_json& raw);

}  // namespace gateway::config
