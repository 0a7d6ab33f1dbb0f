// The systemd user unit of `openclaw gateway install` (spec/cli.md §5).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "server/config/environment.hpp"
#include "server/config/paths.hpp"

namespace gateway::cli {

struct ServiceFiles {
  std::string unit_name;            // openclaw-gateway[-<profile>].service
  std::filesystem::path unit_path;  // ~/.config/systemd/user/<unit_name>
  std::filesystem::path env_path;   // <state dir>/gateway.env (0600): secrets never go in the unit
};

ServiceFiles ServiceFilesFor(const config::Paths& paths, const config::Environment& env);

// The unit text for running `executable gateway --port <port>` under this profile.
std::string RenderUnit(const std::string& executable, int port, const config::Paths& paths,
                       const ServiceFiles& files, const std::string& version);

// KEY=value lines for the EnvironmentFile.
std::string RenderEnvironmentFile(const std::vector<std::pair<std::string, std::string>>& vars);

// Runs `systemctl --user <args>` (OPENCLAW_SYSTEMCTL overrides the binary, e.g. for tests);
// returns its exit code, -1 when it cannot run.
int Systemctl(const config::Environment& env, const std::vector<std::string>& args,
              std::string* output = nullptr);
// Whether a user systemd answers (`systemctl --user show-environment`).
bool UserSystemdAvailable(const config::Environment& env);

}  // namespace gateway::cli
