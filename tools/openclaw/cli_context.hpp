// What every openclaw command shares: global flags, the resolved paths and environment, the log.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "server/config/environment.hpp"
#include "server/config/loader.hpp"
#include "server/config/paths.hpp"
#include "server/logging/logger.hpp"

namespace gateway::cli {

struct GlobalOptions {
  bool dev = false;
  std::string profile;
  std::string log_level;
  bool no_color = false;
};

// An error that ends the command with `exit_code` after printing `what()` on stderr.
class CommandError : public std::runtime_error {
 public:
  CommandError(int exit_code, const std::string& message)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

class CliContext {
 public:
  explicit CliContext(const GlobalOptions& options);

  const GlobalOptions& options() const { return options_; }
  const config::Paths& paths() const { return paths_; }
  config::Environment& env() { return env_; }
  // The file log (console off): commands record what they changed, with secrets redacted.
  logging::Logger& log();
  bool color() const;

 private:
  GlobalOptions options_;
  config::Environment env_;
  config::Paths paths_;
  std::unique_ptr<logging::Logger> log_;
};

// Log settings from the config's logging block (config.md §10) over the built-in defaults.
logging::LogSettings LogSettingsFrom(const nlohmann::json& effective_config,
                                     const config::Paths& paths);

}  // namespace gateway::cli
