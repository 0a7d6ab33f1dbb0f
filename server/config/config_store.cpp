#include "server/config/config_store.hpp"

#include "server/config/atomic_file.hpp"

namespace gateway::config {
namespace fs = std::filesystem;
namespace {

Json5Document ParseConfigDocument(const fs::path& file, const FileSnapshot& text) {
  if (!text) return Json5Document{nlohmann::ordered_json::object(), {}};
  Json5Document doc;
  try {
    doc = ParseJson5(*text);
  } catch (const Json5Error& e) {
    throw ConfigError(file, {{"", e.reason(), e.where()}});
  }
  if (!doc.value.is_object()) {
    throw ConfigError(file, {{"", "the config must be an object", Json5Position{}}});
  }
  return doc;
}

FileSnapshot ReadConfigText(const fs::path& file) {
  std::error_code ec;
  if (!fs::exists(file, ec) || fs::is_regular_file(file, ec)) {
    try {
      return ReadSnapshot(file);
    } catch (const std::system_error&) {
    }
  }
  throw ConfigError(file, {{"", "cannot read the config file", std::nullopt}});
}

std::string Serialize(const nlohmann::ordered_json& raw) {
  return raw.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace

Json5Document ReadConfigDocument(const fs::path& file) {
  return ParseConfigDocument(file, ReadConfigText(file));
}

void CheckConfigDocument(const Paths& paths, Environment env, const nlohmann::ordered_json& raw) {
  PreparedConfig prepared = PrepareConfig(raw, env);
  auto diagnostics = ValidateConfig(prepared.effective);
  if (!diagnostics.empty()) throw InvalidConfigEdit(paths.config_path, std::move(diagnostics));
}

nlohmann::ordered_json UpdateConfig(const Paths& paths, Environment env, const ConfigEdit& edit) {
  return UpdateConfigText(
             paths, std::move(env),
             [&](nlohmann::ordered_json& raw, const FileSnapshot&) { return edit(raw); })
      .raw;
}

ConfigUpdate UpdateConfigText(const Paths& paths, Environment env, const ConfigTextEdit& edit,
                              bool allow_unparsable) {
  constexpr int kAttempts = 5;
  const fs::path& file = paths.config_path;
  if (file.parent_path() == paths.state_dir) EnsureStateDir(paths);
  fs::create_directories(file.parent_path());
  fs::path lock_file = file;
  lock_file += ".lock";
  FileLock lock(lock_file);
  for (int attempt = 1;; ++attempt) {
    FileSnapshot text = ReadConfigText(file);
    nlohmann::ordered_json raw;
    try {
      raw = ParseConfigDocument(file, text).value;
    } catch (const ConfigError&) {
      if (!allow_unparsable) throw;
    }
    if (!edit(raw, text)) return {std::move(raw), std::move(text), false};
    CheckConfigDocument(paths, env, raw);
    AtomicWriteOptions options;
    options.keep_backup = true;
    options.expected = text;
    std::string content = Serialize(raw);
    try {
      AtomicWriteFile(file, content, options);
      return {std::move(raw), std::move(content), true};
    } catch (const ConcurrentModification&) {
      if (attempt == kAttempts) throw;
    }
  }
}

}  // namespace gateway::config
