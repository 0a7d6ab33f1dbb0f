#include "server/config/config_store.hpp"

#include <fstream>
#include <sstream>

#include "server/config/atomic_file.hpp"
#include "server/config/loader.hpp"

namespace gateway::config {
namespace fs = std::filesystem;

Json5Document ReadConfigDocument(const fs::path& file) {
  std::error_code ec;
  if (!fs::exists(file, ec)) return Json5Document{nlohmann::ordered_json::object(), {}};
  std::ifstream in(file, std::ios::binary);
  if (!in || !fs::is_regular_file(file, ec)) throw ConfigError(file, {{"", "cannot read the config file", std::nullopt}});
  std::ostringstream text;
  text << in.rdbuf();
  Json5Document doc;
  try {
    doc = ParseJson5(text.str());
  } catch (const Json5Error& e) {
    throw ConfigError(file, {{"", e.reason(), e.where()}});
  }
  if (!doc.value.is_object()) throw ConfigError(file, {{"", "the config must be an object", Json5Position{}}});
  return doc;
}

void WriteConfig(const Paths& paths, Environment env, const nlohmann::ordered_json& raw) {
  PreparedConfig prepared = PrepareConfig(raw, env);
  auto diagnostics = ValidateConfig(prepared.effective);
  if (!diagnostics.empty()) throw ConfigError(paths.config_path, std::move(diagnostics));
  if (paths.config_path.parent_path() == paths.state_dir) EnsureStateDir(paths);
  fs::create_directories(paths.config_path.parent_path());
  AtomicWriteOptions options;
  options.keep_backup = true;
  AtomicWriteFile(paths.config_path, raw.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n",
                  options);
}

}  // namespace gateway::config
