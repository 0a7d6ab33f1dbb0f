#include "tools/openclaw/setup_command.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "server/config/config_store.hpp"
#include "server/config/workspace_files.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/secret_token.hpp"

namespace gateway::cli {
namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

bool HasSharedSecret(const ordered_json& raw) {
  const ordered_json* auth = raw.contains("gateway") && raw["gateway"].contains("auth")
                                 ? &raw["gateway"]["auth"]
                                 : nullptr;
  return auth && auth->is_object() &&
         (auth->contains("token") || auth->contains("password") ||
          (auth->contains("mode") && (*auth)["mode"] != "token"));
}

// What setup adds to `raw`: gateway.mode, defaults for a new file, a token when there is no secret.
std::vector<std::string> AddSetupDefaults(ordered_json& raw, bool existed, int default_port) {
  std::vector<std::string> changes;
  ordered_json& gateway = raw["gateway"];
  if (!gateway.is_object()) gateway = ordered_json::object();
  if (!gateway.contains("mode")) {
    gateway["mode"] = "local";
    changes.push_back("gateway.mode=local");
  }
  if (!existed) {
    gateway["port"] = default_port;
    gateway["bind"] = "loopback";
  }
  if (!HasSharedSecret(raw)) {
    ordered_json& auth = gateway["auth"];
    if (!auth.is_object()) auth = ordered_json::object();
    auth["mode"] = "token";
    auth["token"] = GenerateToken();
    changes.push_back("a new gateway token");
  }
  return changes;
}

int RunSetup(CliContext& ctx) {
  const auto& paths = ctx.paths();
  config::EnsureStateDir(paths);
  std::error_code ec;
  const auto created = config::CreateWorkspaceFiles(paths.workspace_dir);

  bool existed = false;
  std::vector<std::string> changes;
  config::UpdateConfig(paths, ctx.env(), [&](ordered_json& raw) {
    existed = fs::exists(paths.config_path, ec);
    changes = AddSetupDefaults(raw, existed, paths.default_port);
    return !changes.empty();
  });
  if (changes.empty()) {
    std::cout << "Config already set up: " << paths.config_path.string() << " (token kept)\n";
  } else {
    ctx.log().Info("config", std::string(existed ? "updated " : "wrote ") +
                                 paths.config_path.string() + " (setup)");
    std::cout << (existed ? "Updated " : "Wrote ") << paths.config_path.string() << ": ";
    for (std::size_t i = 0; i < changes.size(); ++i) std::cout << (i ? ", " : "") << changes[i];
    std::cout << "\n";
  }
  std::string profile_flag = paths.dev               ? " --dev"
                             : paths.profile.empty() ? ""
                                                     : " --profile " + paths.profile;
  if (!created.empty()) {
    std::cout << "Created in " << paths.workspace_dir.string() << ":";
    for (const auto& name : created) std::cout << " " << name;
    std::cout << "\n";
  }
  std::cout << "State directory: " << paths.state_dir.string() << "\n"
            << "Start the gateway: openclaw" << profile_flag << " gateway\n"
            << "Show the token:    openclaw" << profile_flag
            << " config get gateway.auth.token --show-secrets\n";
  return kExitOk;
}

}  // namespace

void AddSetupCommands(CLI::App& app, Action& action) {
  auto* setup = app.add_subcommand("setup",
                                   "Create the state directory and a default config with a fresh "
                                   "gateway token (safe to re-run)");
  setup->callback([&action] { action = RunSetup; });

  auto* onboard = app.add_subcommand(
      "onboard", "Onboarding; only --non-interactive (same as setup) is available");
  auto non_interactive = std::make_shared<bool>(false);
  onboard->add_flag("--non-interactive", *non_interactive, "Write the defaults without asking");
  onboard->callback([&action, non_interactive] {
    if (!*non_interactive) {
      action = [](CliContext&) -> int {
        throw CommandError(kExitUsage,
                           "interactive onboarding is not available: run `openclaw onboard "
                           "--non-interactive` (or `openclaw setup`)");
      };
      return;
    }
    action = RunSetup;
  });
}

}  // namespace gateway::cli
