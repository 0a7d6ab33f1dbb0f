#include "tools/openclaw/doctor_command.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "server/app/process_control.hpp"
#include "server/config/atomic_file.hpp"
#include "server/config/config_store.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/config/loader.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/secret_token.hpp"
#include "tools/openclaw/service_unit.hpp"
#include "tools/openclaw/version.hpp"

namespace gateway::cli {
namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

struct DoctorOptions {
  bool fix = false;
  bool json = false;
};

enum class Severity { kOk, kWarn, kError, kFixed };

struct Finding {
  Severity severity;
  std::string check;
  std::string message;
};

class Doctor {
 public:
  Doctor(CliContext& ctx, bool fix) : ctx_(ctx), fix_(fix) {}

  std::vector<Finding> Run() {
    CheckConfig();
    CheckAuth();
    CheckStateDir();
    CheckLogDir();
    CheckPort();
    CheckServiceUnit();
    return std::move(findings_);
  }

 private:
  void Add(Severity s, std::string check, std::string message) {
    findings_.push_back({s, std::move(check), std::move(message)});
  }

  // Edits the config through the validating, locked, atomic store.
  bool Save(const config::ConfigEdit& edit, const std::string& check) {
    try {
      config::UpdateConfig(ctx_.paths(), ctx_.env(), edit);
      return true;
    } catch (const std::exception& e) {
      Add(Severity::kError, check, std::string("could not write the config: ") + e.what());
      return false;
    }
  }

  void CheckConfig() {
    try {
      loaded_ = config::LoadConfig(ctx_.paths(), env_);
    } catch (const config::ConfigError& e) {
      for (const auto& d : e.diagnostics())
        Add(Severity::kError, "config", d.Format(ctx_.paths().config_path));
      return;
    }
    if (!loaded_->exists) {
      Add(Severity::kError, "config",
          "no config at " + ctx_.paths().config_path.string() + " (run `openclaw setup`)");
      return;
    }
    if (loaded_->effective.value("/gateway/mode"_json_pointer, "") != "local") {
      Add(Severity::kWarn, "config",
          "gateway.mode is not \"local\": `openclaw gateway` will refuse to start");
    }
    if (loaded_->notices.empty()) {
      Add(Severity::kOk, "config", "valid: " + ctx_.paths().config_path.string());
      return;
    }
    if (!fix_) {
      for (const auto& n : loaded_->notices)
        Add(Severity::kWarn, "config", n + " (doctor --fix rewrites it)");
      return;
    }
    std::vector<std::string> changes;
    auto migrate = [&](ordered_json& raw) {
      changes = config::MigrateConfig(raw);
      return true;
    };
    if (Save(migrate, "config")) {
      for (const auto& c : changes) Add(Severity::kFixed, "config", c);
    }
  }

  void CheckAuth() {
    if (!loaded_ || !loaded_->exists) return;
    config::Environment env = ctx_.env();
    try {
      config::GatewayFlags flags;
      flags.allow_unconfigured = true;
      flags.bind = "loopback";  // this check is about the secret; the bind has its own rules
      auto settings =
          config::ResolveGatewaySettings(flags, env, ctx_.paths(), *loaded_, config::DetectHost());
      bool has_secret = settings.token || settings.password;
      if (has_secret || settings.auth_mode == config::AuthMode::kNone) {
        Add(Severity::kOk, "auth",
            std::string("mode ") + std::string(config::ToString(settings.auth_mode)) +
                (has_secret ? ", secret configured" : " (loopback only)"));
        return;
      }
      if (!fix_) {
        Add(Severity::kError, "auth",
            "no gateway token or password: every connect is refused (doctor --fix generates a "
            "token)");
        return;
      }
      auto add_token = [](ordered_json& raw) {
        raw["gateway"]["auth"]["mode"] = "token";
        raw["gateway"]["auth"]["token"] = GenerateToken();
        return true;
      };
      if (Save(add_token, "auth")) {
        Add(Severity::kFixed, "auth", "generated a gateway token (gateway.auth.token)");
      }
    } catch (const config::StartupRefused& e) {
      Add(Severity::kError, "auth", e.what());
    }
  }

  void CheckStateDir() {
    const fs::path& dir = ctx_.paths().state_dir;
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) {
      Add(Severity::kWarn, "state", dir.string() + " does not exist yet (run `openclaw setup`)");
      return;
    }
    if ((st.st_mode & 077) == 0) {
      Add(Severity::kOk, "state", dir.string() + " is private (0700)");
      return;
    }
    if (fix_ && ::chmod(dir.c_str(), 0700) == 0) {
      Add(Severity::kFixed, "state", "made " + dir.string() + " private (0700)");
    } else {
      Add(Severity::kError, "state",
          dir.string() + " is readable by other users (doctor --fix sets 0700)");
    }
  }

  void CheckLogDir() {
    logging::LogSettings settings =
        LogSettingsFrom(loaded_ ? loaded_->effective : json::object(), ctx_.paths());
    settings.console = nullptr;
    logging::Logger probe(settings);
    std::string file = probe.CurrentFilePath();
    if (file.empty()) {
      Add(Severity::kError, "logs", "no safe, writable log directory");
      return;
    }
    fs::path dir = fs::path(file).parent_path();
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (::access(dir.c_str(), W_OK) == 0) {
      Add(Severity::kOk, "logs", "writable: " + file);
    } else {
      Add(Severity::kError, "logs", dir.string() + " is not writable");
    }
  }

  // The port `openclaw gateway` would listen on (config.md §4, without --port); nullopt after
  // reporting a port that is not valid.
  std::optional<int> GatewayPort(const char* check) {
    try {
      return config::ResolvePort(std::nullopt, env_, ctx_.paths(),
                                 loaded_ ? loaded_->effective : json::object());
    } catch (const config::StartupRefused& e) {
      Add(Severity::kError, check, e.what());
      return std::nullopt;
    }
  }

  void CheckPort() {
    std::optional<int> resolved = GatewayPort("port");
    if (!resolved) return;
    int port = *resolved;
    auto listeners = app::FindListeners(port);
    if (listeners.empty()) {
      Add(Severity::kOk, "port", std::to_string(port) + " is free");
    } else if (listeners.front().command.find("openclaw") != std::string::npos) {
      Add(Severity::kOk, "port",
          std::to_string(port) + " is held by a gateway (pid " +
              std::to_string(listeners.front().pid) + ")");
    } else {
      Add(Severity::kError, "port",
          std::to_string(port) + " is taken by pid " + std::to_string(listeners.front().pid) +
              " (" + listeners.front().command + ")");
    }
  }

  void CheckServiceUnit() {
    ServiceFiles files = ServiceFilesFor(ctx_.paths(), ctx_.env());
    std::error_code ec;
    if (!fs::exists(files.unit_path, ec)) {
      Add(Severity::kOk, "service", "not installed");
      return;
    }
    std::optional<int> port = GatewayPort("service");
    if (!port) return;
    fs::path self = fs::read_symlink("/proc/self/exe", ec);
    std::string expected =
        RenderUnit(self.string(), *port, ctx_.paths(), files, std::string(kVersion));
    std::ifstream in(files.unit_path);
    std::string actual((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (actual == expected) {
      Add(Severity::kOk, "service", files.unit_path.string() + " is current");
    } else if (fix_) {
      config::AtomicWriteOptions options;
      options.mode_if_new = 0644;
      try {
        config::AtomicWriteFile(files.unit_path, expected, options);
      } catch (const std::exception& e) {
        Add(Severity::kError, "service",
            "cannot rewrite " + files.unit_path.string() + ": " + e.what());
        return;
      }
      if (UserSystemdAvailable(ctx_.env())) Systemctl(ctx_.env(), {"daemon-reload"});
      Add(Severity::kFixed, "service",
          "rewrote " + files.unit_path.string() + " for this executable and port");
    } else {
      Add(Severity::kWarn, "service",
          files.unit_path.string() +
              " differs from what this version installs (doctor --fix rewrites it)");
    }
  }

  CliContext& ctx_;
  bool fix_;
  config::Environment env_ = ctx_.env();  // with the .env files the config load adds
  std::optional<config::LoadedConfig> loaded_;
  std::vector<Finding> findings_;
};

const char* Label(Severity s) {
  switch (s) {
    case Severity::kOk:
      return "ok";
    case Severity::kWarn:
      return "warn";
    case Severity::kError:
      return "error";
    case Severity::kFixed:
      return "fixed";
  }
  return "";
}

int RunDoctor(CliContext& ctx, const DoctorOptions& o) {
  auto findings = Doctor(ctx, o.fix).Run();
  bool errors = false;
  json out = json::array();
  for (const auto& f : findings) {
    errors |= f.severity == Severity::kError;
    out.push_back({{"check", f.check}, {"status", Label(f.severity)}, {"message", f.message}});
    if (!o.json) {
      std::string label = Label(f.severity);
      label.resize(7, ' ');
      std::string check = f.check;
      check.resize(9, ' ');
      std::cout << label << check << f.message << "\n";
    }
  }
  if (o.json) std::cout << json{{"ok", !errors}, {"findings", out}}.dump() << "\n";
  return errors ? kExitFailure : kExitOk;
}

}  // namespace

void AddDoctorCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<DoctorOptions>();
  auto* doctor = app.add_subcommand(
      "doctor", "Check config, auth, port, permissions, logs and the service; --fix repairs");
  doctor->add_flag("--fix,--repair", o->fix,
                   "Repair what can be repaired safely, and say what was done");
  doctor->add_flag("--json", o->json, "Machine-readable output");
  doctor->callback([&action, o] { action = [o](CliContext& ctx) { return RunDoctor(ctx, *o); }; });
}

}  // namespace gateway::cli
