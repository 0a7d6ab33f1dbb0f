// openclaw: the gateway and its command line in one executable.
#include <CLI/CLI.hpp>
#include <iostream>
#include <string>
#include <utility>

#include "server/config/json5.hpp"
#include "server/config/loader.hpp"
#include "server/config/secrets.hpp"
#include "tools/openclaw/agent_commands.hpp"
#include "tools/openclaw/approvals_commands.hpp"
#include "tools/openclaw/config_command.hpp"
#include "tools/openclaw/doctor_command.hpp"
#include "tools/openclaw/exec_policy_command.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/gateway_command.hpp"
#include "tools/openclaw/message_commands.hpp"
#include "tools/openclaw/models_commands.hpp"
#include "tools/openclaw/pairing_commands.hpp"
#include "tools/openclaw/query_commands.hpp"
#include "tools/openclaw/service_commands.hpp"
#include "tools/openclaw/sessions_commands.hpp"
#include "tools/openclaw/setup_command.hpp"
#include "tools/openclaw/version.hpp"

using namespace gateway;
using namespace gateway::cli;

namespace {

int RunAction(const Action& action, const GlobalOptions& globals) {
  try {
    CliContext ctx(globals);
    return action(ctx);
  } catch (const CommandError& e) {
    std::cerr << "openclaw: " << e.what() << "\n";
    return e.exit_code();
  } catch (const config::UsageError& e) {
    std::cerr << "openclaw: " << e.what() << "\n";
    return kExitUsage;
  } catch (const config::ConfigError& e) {
    std::cerr << "openclaw: " << e.what() << "\n";
    return kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "openclaw: " << e.what() << "\n";
    return kExitFailure;
  }
}

bool PassedOnCommandLine(const CLI::App& command, const std::string& flag) {
  const CLI::Option* option = command.get_option_no_throw(flag);
  if (option && option->count() > 0) return true;
  for (const CLI::App* sub : command.get_subcommands()) {
    if (PassedOnCommandLine(*sub, flag)) return true;
  }
  return false;
}

// Any local user can read a process's arguments (ps, /proc/<pid>/cmdline). A warning on stderr
// keeps stdout parseable.
void WarnAboutSecretFlags(const CLI::App& app) {
  static constexpr std::pair<const char*, const char*> kSecretFlags[] = {
      {"--token", "OPENCLAW_GATEWAY_TOKEN or gateway.auth.token"},
      {"--password", "OPENCLAW_GATEWAY_PASSWORD or gateway.auth.password"},
  };
  for (const auto& [flag, instead] : kSecretFlags) {
    if (!PassedOnCommandLine(app, flag)) continue;
    std::cerr << "warning: " << flag
              << " is visible to other local users in the process list; prefer " << instead
              << " in the config\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"OpenClaw Gateway (native): run the gateway, set it up and inspect its config.",
               "openclaw"};
  app.set_version_flag("-V,-v,--version", std::string(kVersion), "Print the version and exit");
  app.require_subcommand(1);
  app.footer(
      "Start here:  openclaw setup   then   openclaw gateway\n"
      "Exit codes: 0 ok, 1 failure, 2 usage or bad input, 3 gateway unreachable, 78 gateway "
      "refused to start (config).");

  GlobalOptions globals;
  app.add_flag("--dev", globals.dev, "Use the dev profile: state in ~/.openclaw-dev, port 19001");
  app.add_option("--profile", globals.profile, "Use a named profile: state in ~/.openclaw-<name>")
      ->envname("OPENCLAW_PROFILE");
  app.add_option("--log-level", globals.log_level,
                 "Override the log level (trace, debug, info, warn, error, fatal)");
  app.add_flag("--no-color", globals.no_color, "No ANSI colours (also NO_COLOR=1)");

  Action action;
  AddSetupCommands(app, action);
  AddConfigCommands(app, action);
  CLI::App& gateway_command = AddGatewayCommand(app, action);
  AddQueryCommands(app, gateway_command, action);
  AddServiceCommands(gateway_command, action);
  AddDoctorCommand(app, action);
  AddAgentCommands(app, action);
  AddModelsCommands(app, action);
  AddSessionsCommands(app, action);
  AddMessageCommands(app, action);
  AddApprovalsCommands(app, action);
  AddExecPolicyCommands(app, action);
  AddPairingCommands(app, action);
  // Global flags also work after a command: `openclaw gateway --dev`, `openclaw gateway call x
  // --profile p`.
  std::function<void(CLI::App*)> fall_through = [&](CLI::App* cmd) {
    for (CLI::App* sub : cmd->get_subcommands({})) {
      sub->fallthrough();
      fall_through(sub);
    }
  };
  fall_through(&app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;  // CLI11's own codes are remapped: every parse failure is a usage error
  }
  if (!action) return kExitUsage;
  WarnAboutSecretFlags(app);
  return RunAction(action, globals);
}
