// Where configuration and state live (spec/config.md §1): home, profiles, --dev, env overrides.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "server/config/environment.hpp"

namespace gateway::config {

inline constexpr int kDefaultPort = 18789;
inline constexpr int kDevDefaultPort = 19001;

// Bad input the user must fix (a malformed flag or variable): the CLI exits 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ProfileOptions {
  bool dev = false;     // --dev
  std::string profile;  // --profile <name> ("" = none)
};

struct Paths {
  std::filesystem::path home;
  std::string profile;  // "" for the default profile, "dev" under --dev
  bool dev = false;
  std::filesystem::path state_dir;
  std::filesystem::path config_path;
  std::filesystem::path workspace_dir;
  int default_port = kDefaultPort;
};

// OPENCLAW_HOME > HOME > USERPROFILE > the passwd entry.
std::filesystem::path ResolveHome(const Environment& env);
// Expands a leading "~" or "~/" against `home`.
std::filesystem::path ExpandHome(const std::string& path, const std::filesystem::path& home);
// Profile: --dev > --profile > OPENCLAW_PROFILE. Explicit OPENCLAW_STATE_DIR / OPENCLAW_CONFIG_PATH
// win over the profile's defaults. Throws UsageError for a bad profile name or --dev with another
// profile.
Paths ResolvePaths(const ProfileOptions& options, const Environment& env);
// Creates the state directory with mode 0700 if it does not exist.
void EnsureStateDir(const Paths& paths);

}  // namespace gateway::config
