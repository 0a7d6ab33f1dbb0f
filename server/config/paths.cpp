#include "server/config/paths.hpp"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <system_error>

namespace gateway::config {
namespace fs = std::filesystem;

fs::path ResolveHome(const Environment& env) {
  for (const char* name : {"OPENCLAW_HOME", "HOME", "USERPROFILE"}) {
    if (auto value = env.GetNonEmpty(name)) return fs::path(*value);
  }
  if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir) return fs::path(pw->pw_dir);
  return fs::path("/");
}

fs::path ExpandHome(const std::string& path, const fs::path& home) {
  if (path == "~") return home;
  if (path.rfind("~/", 0) == 0) return home / path.substr(2);
  return fs::path(path);
}

namespace {

bool ValidProfileName(const std::string& name) {
  return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
}

}  // namespace

Paths ResolvePaths(const ProfileOptions& options, const Environment& env) {
  Paths paths;
  paths.home = ResolveHome(env);
  std::string profile = options.profile;
  if (options.dev) {
    if (!profile.empty() && profile != "dev") {
      throw UsageError("--dev and --profile " + profile + " cannot be combined");
    }
    profile = "dev";
    paths.dev = true;
    paths.default_port = kDevDefaultPort;
  } else if (profile.empty()) {
    profile = env.GetNonEmpty("OPENCLAW_PROFILE").value_or("");
  }
  if (profile == "default") profile.clear();
  if (!profile.empty() && !ValidProfileName(profile)) {
    throw UsageError("invalid profile name '" + profile + "' (use letters, digits, '-' and '_')");
  }
  if (profile == "dev") {
    paths.dev = true;
    paths.default_port = kDevDefaultPort;
  }
  paths.profile = profile;

  if (auto dir = env.GetNonEmpty("OPENCLAW_STATE_DIR")) {
    paths.state_dir = ExpandHome(*dir, paths.home);
  } else {
    paths.state_dir = paths.home / (profile.empty() ? ".openclaw" : ".openclaw-" + profile);
  }
  if (auto file = env.GetNonEmpty("OPENCLAW_CONFIG_PATH")) {
    paths.config_path = ExpandHome(*file, paths.home);
  } else {
    paths.config_path = paths.state_dir / "openclaw.json";
  }
  if (auto ws = env.GetNonEmpty("OPENCLAW_WORKSPACE_DIR")) {
    paths.workspace_dir = ExpandHome(*ws, paths.home);
  } else {
    paths.workspace_dir = paths.state_dir / "workspace";
  }
  return paths;
}

void EnsureStateDir(const Paths& paths) {
  std::error_code ec;
  if (fs::is_directory(paths.state_dir, ec)) return;
  fs::create_directories(paths.state_dir.parent_path(), ec);
  if (::mkdir(paths.state_dir.c_str(), 0700) != 0 && errno != EEXIST) {
    throw std::system_error(errno, std::generic_category(),
                            "cannot create " + paths.state_dir.string());
  }
}

}  // namespace gateway::config
