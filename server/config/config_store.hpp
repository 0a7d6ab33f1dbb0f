// Reading and writing openclaw.json as a document (the CLI's config commands, setup, and later the
// config.* RPC methods). Writes validate first and are atomic; comments are not preserved.
#pragma once

#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>

#include "server/config/atomic_file.hpp"
#include "server/config/environment.hpp"
#include "server/config/json5.hpp"
#include "server/config/loader.hpp"
#include "server/config/paths.hpp"

namespace gateway::config {

// The parsed file with positions; an empty object when the file does not exist.
// Throws ConfigError when the file cannot be read or parsed.
Json5Document ReadConfigDocument(const std::filesystem::path& file);

// An edited document that would not load; nothing was written.
class InvalidConfigEdit : public ConfigError {
 public:
  using ConfigError::ConfigError;
};

// Throws InvalidConfigEdit unless `raw` loads exactly as LoadConfig would load it (migrations,
// env, schema, refusals).
void CheckConfigDocument(const Paths& paths, Environment env, const nlohmann::ordered_json& raw);

// Receives the current document (an empty object when there is no file); returns false to leave
// the file as it is. May run more than once, each time on a fresh read.
using ConfigEdit = std::function<bool(nlohmann::ordered_json& raw)>;

// Read-modify-write of the config file, serialized with every other UpdateConfig (also in other
// processes) by a lock on "<config>.lock". The edited document is checked (CheckConfigDocument)
// and written as JSON (2-space indent) through a temp file + fsync + rename, keeping the file's
// mode (0600 when new) and one ".bak". If the file changed on disk between the read and the
// rename (a writer that does not lock, e.g. an editor), the edit is run again on the new
// content; ConcurrentModification after a few such tries. Returns the document as it now is.
nlohmann::ordered_json UpdateConfig(const Paths& paths, Environment env, const ConfigEdit& edit);

// UpdateConfig for callers that need the file's bytes: the edit also receives them as read
// under the lock (nullopt: no file), e.g. to compare a revision hash; the result says what the
// file holds afterwards. With `allow_unparsable`, a file that is not a JSON5 object does not throw:
// the edit gets a null document (to replace it whole; the backup keeps the old file).
using ConfigTextEdit =
    std::function<bool(nlohmann::ordered_json& raw, const FileSnapshot& text_before)>;
struct ConfigUpdate {
  nlohmann::ordered_json raw;  // the document as it now is
  FileSnapshot text;           // the file's bytes as they now are
  bool written = false;        // false when the edit left the file as it was
};
ConfigUpdate UpdateConfigText(const Paths& paths, Environment env, const ConfigTextEdit& edit,
                              bool allow_unparsable = false);

}  // namespace gateway::config
