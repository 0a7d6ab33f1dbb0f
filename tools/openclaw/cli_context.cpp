#include "tools/openclaw/cli_context.hpp"

#include <unistd.h>

#include "server/config/secrets.hpp"

namespace gateway::cli {
using nlohmann::json;

CliContext::CliContext(const GlobalOptions& options)
    : options_(options),
      env_(config::Environment::FromProcess()),
      paths_(config::ResolvePaths({options.dev, options.profile}, env_)) {}

bool CliContext::color() const {
  return !options_.no_color && !env_.Get("NO_COLOR") && ::isatty(STDOUT_FILENO);
}

logging::LogSettings LogSettingsFrom(const json& effective, const config::Paths& paths) {
  logging::LogSettings settings;
  settings.profile = paths.profile;
  const json logging = effective.value("logging", json::object());
  if (!logging.is_object()) return settings;
  if (logging.contains("file") && logging["file"].is_string()) {
    settings.file = config::ExpandHome(logging["file"].get<std::string>(), paths.home).string();
  }
  if (auto level = logging::ParseLevel(logging.value("level", ""))) settings.file_level = *level;
  if (auto level = logging::ParseLevel(logging.value("consoleLevel", "")))
    settings.console_level = *level;
  if (logging.value("consoleStyle", "") == "json")
    settings.console_style = logging::ConsoleStyle::kJson;
  if (logging.contains("maxFileBytes") && logging["maxFileBytes"].is_number_integer()) {
    settings.max_file_bytes = logging["maxFileBytes"].get<std::int64_t>();
  }
  if (logging.contains("redactPatterns") && logging["redactPatterns"].is_array()) {
    for (const auto& p : logging["redactPatterns"]) {
      if (p.is_string()) settings.redact_patterns.push_back(p.get<std::string>());
    }
  }
  return settings;
}

logging::Logger& CliContext::log() {
  if (!log_) {
    // A broken config must not stop a command from logging: fall back to the defaults.
    json effective = json::object();
    config::Environment env = env_;
    try {
      effective = config::LoadConfig(paths_, env).effective;
    } catch (const std::exception&) {
    }
    logging::LogSettings settings = LogSettingsFrom(effective, paths_);
    settings.console = nullptr;
    if (auto level = logging::ParseLevel(options_.log_level)) settings.file_level = *level;
    log_ = std::make_unique<logging::Logger>(settings);
  }
  return *log_;
}

}  // namespace gateway::cli
