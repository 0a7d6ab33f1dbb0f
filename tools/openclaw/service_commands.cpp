#include "tools/openclaw/service_commands.hpp"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>

#include "server/app/process_control.hpp"
#include "server/config/atomic_file.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/config/loader.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/rpc_command.hpp"
#include "tools/openclaw/service_unit.hpp"
#include "tools/openclaw/version.hpp"

namespace gateway::cli {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct ServiceOptions {
  RpcOptions rpc;
  bool force = false;
  bool no_probe = false;
  bool require_rpc = false;
  bool deep = false;
  std::optional<int> port;
};

std::string Executable() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string("openclaw") : self.string();
}

// The port `openclaw gateway` would use without --port (config.md §4).
int ConfiguredPort(CliContext& ctx) {
  config::Environment env = ctx.env();
  nlohmann::json effective = nlohmann::json::object();
  try {
    effective = config::LoadConfig(ctx.paths(), env).effective;
  } catch (const std::exception&) {
    // An unreadable config is reported by the commands that need it; the port falls back.
  }
  try {
    return config::ResolvePort(std::nullopt, env, ctx.paths(), effective);
  } catch (const config::StartupRefused& e) {
    throw CommandError(kExitUsage, e.what());
  }
}

std::string ServiceState(CliContext& ctx, const ServiceFiles& files) {
  std::error_code ec;
  if (!fs::exists(files.unit_path, ec)) return "not installed";
  if (!UserSystemdAvailable(ctx.env())) return "installed (no user systemd to ask)";
  std::string out;
  Systemctl(ctx.env(), {"is-active", files.unit_name}, &out);
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return "installed, " + (out.empty() ? std::string("unknown") : out);
}

struct Probe {
  bool reachable = false;
  std::string version;
  std::int64_t latency_ms = 0;
  std::string error;
};

Probe ProbeRpc(const RpcTarget& target, std::chrono::milliseconds timeout) {
  Probe probe;
  auto started = std::chrono::steady_clock::now();
  try {
    auto client = ConnectTo(target, {"operator.read"}, timeout);
    probe.reachable = true;
    probe.version = client->hello().server.version;
  } catch (const CommandError& e) {
    probe.error = e.what();
  }
  probe.latency_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::steady_clock::now() - started)
                         .count();
  return probe;
}

int Status(CliContext& ctx, const ServiceOptions& o) {
  ServiceFiles files = ServiceFilesFor(ctx.paths(), ctx.env());
  std::string service = ServiceState(ctx, files);
  RpcTarget target = ResolveTarget(ctx, o.rpc);
  json out = {{"service", {{"unit", files.unit_path.string()}, {"state", service}}},
              {"configPath", ctx.paths().config_path.string()},
              {"target", {{"url", target.url}, {"source", target.source}}}};
  int exit_code = kExitOk;
  if (!o.no_probe) {
    Probe probe = ProbeRpc(target, std::chrono::milliseconds(o.rpc.timeout_ms));
    out["rpc"] = {{"reachable", probe.reachable}, {"latencyMs", probe.latency_ms}};
    if (probe.reachable) out["rpc"]["version"] = probe.version;
    if (!probe.error.empty()) out["rpc"]["error"] = probe.error;
    if (probe.reachable && (o.require_rpc || o.deep)) {
      client::RpcResult status;
      try {
        auto client =
            ConnectTo(target, ScopesFor("status"), std::chrono::milliseconds(o.rpc.timeout_ms));
        status = client->Call("status");
      } catch (
          const std::exception& e) {  // dropped or timed out after the probe: reported, not thrown
        out["rpc"]["error"] = e.what();
      }
      out["rpc"]["status"] = status.ok ? "ok" : "error";
      if (status.ok) out["rpc"]["runtimeVersion"] = status.payload.value("runtimeVersion", "");
      if (!status.ok && o.require_rpc) exit_code = kExitFailure;
    }
    if (!probe.reachable && o.require_rpc) exit_code = kExitUnreachable;
  }
  if (o.rpc.json) {
    std::cout << out.dump() << "\n";
    return exit_code;
  }
  std::cout << "Service   " << service << " (" << files.unit_path.string() << ")\n"
            << "Config    " << ctx.paths().config_path.string() << "\n"
            << "Target    " << target.url << " (from " << target.source << ")\n";
  if (o.no_probe) {
    std::cout << "RPC       not probed (--no-probe)\n";
  } else if (out["rpc"]["reachable"] == true) {
    std::cout << "RPC       reachable, gateway " << out["rpc"]["version"].get<std::string>() << " ("
              << out["rpc"]["latencyMs"].get<std::int64_t>() << " ms)\n";
  } else {
    std::cout << "RPC       unreachable: " << out["rpc"].value("error", "") << "\n";
  }
  return exit_code;
}

int ProbeAll(CliContext& ctx, const ServiceOptions& o) {
  RpcTarget configured = ResolveTarget(ctx, o.rpc);
  std::vector<RpcTarget> candidates = {configured};
  std::set<std::string> seen = {configured.url};
  for (int port : {18789, 19001}) {
    RpcTarget t = configured;
    t.url = "ws://127.0.0.1:" + std::to_string(port) + "/";
    t.source = "usual port";
    if (seen.insert(t.url).second) candidates.push_back(t);
  }
  json results = json::array();
  int reachable = 0;
  for (const auto& t : candidates) {
    Probe p =
        ProbeRpc(t, std::chrono::milliseconds(std::min<std::int64_t>(o.rpc.timeout_ms, 3000)));
    reachable += p.reachable;
    json r = {{"url", t.url},
              {"source", t.source},
              {"reachable", p.reachable},
              {"latencyMs", p.latency_ms}};
    if (p.reachable) r["version"] = p.version;
    results.push_back(r);
    if (!o.rpc.json) {
      std::cout << (p.reachable ? "ok    " : "--    ") << t.url << "  (" << t.source << ")"
                << (p.reachable
                        ? "  gateway " + p.version + ", " + std::to_string(p.latency_ms) + " ms"
                        : "")
                << "\n";
    }
  }
  if (o.rpc.json) std::cout << json{{"targets", results}, {"reachable", reachable}}.dump() << "\n";
  if (reachable > 1) {
    std::cerr << "warning: " << reachable
              << " gateways answer on this machine; clients may reach the wrong one\n";
  }
  return reachable > 0 ? kExitOk : kExitUnreachable;
}

int Install(CliContext& ctx, const ServiceOptions& o) {
  const auto& paths = ctx.paths();
  ServiceFiles files = ServiceFilesFor(paths, ctx.env());
  std::error_code ec;
  if (fs::exists(files.unit_path, ec) && !o.force) {
    std::cout << "Already installed: " << files.unit_path.string()
              << " (use --force to rewrite it)\n";
    return kExitOk;
  }
  int port = o.port.value_or(ConfiguredPort(ctx));
  config::EnsureStateDir(paths);
  std::vector<std::pair<std::string, std::string>> vars;
  for (const char* name : {"OPENCLAW_STATE_DIR", "OPENCLAW_CONFIG_PATH", "OPENCLAW_HOME"}) {
    if (auto v = ctx.env().GetNonEmpty(name)) vars.emplace_back(name, *v);
  }
  if (o.rpc.token) {
    vars.emplace_back("OPENCLAW_GATEWAY_TOKEN", *o.rpc.token);
  } else if (auto t = ctx.env().GetNonEmpty("OPENCLAW_GATEWAY_TOKEN")) {
    vars.emplace_back("OPENCLAW_GATEWAY_TOKEN", *t);
  }
  config::AtomicWriteOptions private_file;
  private_file.mode_if_new = 0600;
  config::AtomicWriteFile(files.env_path, RenderEnvironmentFile(vars), private_file);
  fs::permissions(files.env_path, fs::perms::owner_read | fs::perms::owner_write, ec);
  fs::create_directories(files.unit_path.parent_path());
  config::AtomicWriteOptions unit_file;
  unit_file.mode_if_new = 0644;
  config::AtomicWriteFile(files.unit_path,
                          RenderUnit(Executable(), port, paths, files, std::string(kVersion)),
                          unit_file);
  ctx.log().Info("service", "installed " + files.unit_path.string());
  std::cout << "Wrote " << files.unit_path.string() << "\nWrote " << files.env_path.string()
            << " (mode 0600)\n";
  if (UserSystemdAvailable(ctx.env())) {
    Systemctl(ctx.env(), {"daemon-reload"});
    if (Systemctl(ctx.env(), {"enable", "--now", files.unit_name}) != 0) {
      throw CommandError(kExitFailure,
                         "systemctl --user enable --now " + files.unit_name + " failed");
    }
    std::cout << "Enabled and started " << files.unit_name << "\n";
  } else {
    std::cout
        << "No user systemd answered here. To enable the service, run:\n"
        << "  systemctl --user daemon-reload\n"
        << "  systemctl --user enable --now " << files.unit_name << "\n"
        << "  sudo loginctl enable-linger $USER   # keep it running without a login session\n";
  }
  return kExitOk;
}

int Uninstall(CliContext& ctx, const ServiceOptions&) {
  ServiceFiles files = ServiceFilesFor(ctx.paths(), ctx.env());
  std::error_code ec;
  if (!fs::exists(files.unit_path, ec)) {
    std::cout << "Not installed: " << files.unit_path.string() << "\n";
    return kExitOk;
  }
  if (UserSystemdAvailable(ctx.env())) Systemctl(ctx.env(), {"disable", "--now", files.unit_name});
  fs::remove(files.unit_path, ec);
  fs::remove(files.env_path, ec);
  if (UserSystemdAvailable(ctx.env())) Systemctl(ctx.env(), {"daemon-reload"});
  ctx.log().Info("service", "uninstalled " + files.unit_path.string());
  std::cout << "Removed " << files.unit_path.string() << " (state in "
            << ctx.paths().state_dir.string() << " kept)\n";
  return kExitOk;
}

int Lifecycle(CliContext& ctx, const ServiceOptions& o, const std::string& verb) {
  ServiceFiles files = ServiceFilesFor(ctx.paths(), ctx.env());
  std::error_code ec;
  if (fs::exists(files.unit_path, ec) && UserSystemdAvailable(ctx.env())) {
    std::string out;
    if (Systemctl(ctx.env(), {verb, files.unit_name}, &out) != 0) {
      throw CommandError(kExitFailure,
                         "systemctl --user " + verb + " " + files.unit_name + " failed: " + out);
    }
    std::cout << verb << ": " << files.unit_name << " done\n";
    return kExitOk;
  }
  // No supervisor: act on the gateway directly.
  if (verb == "restart") {
    RpcTarget target = ResolveTarget(ctx, o.rpc);
    auto client = ConnectTo(target, ScopesFor("gateway.restart.request"),
                            std::chrono::milliseconds(o.rpc.timeout_ms));
    client::RpcResult r;
    try {
      r = client->Call("gateway.restart.request", {{"reason", "openclaw gateway restart"}});
    } catch (const client::GatewayError& e) {
      ThrowForClientError(e, target.url);
    }
    if (!r.ok)
      throw CommandError(kExitFailure,
                         "restart refused: " + (r.error ? r.error->message : std::string("?")));
    std::cout << "Restart " << r.payload.value("status", "scheduled")
              << " (no service installed: asked the gateway)\n";
    return kExitOk;
  }
  if (verb == "stop") {
    int port = ConfiguredPort(ctx);
    auto listeners = app::FindListeners(port);
    if (listeners.empty()) {
      std::cout << "No gateway listens on port " << port << "\n";
      return kExitOk;
    }
    for (const auto& l : listeners) {
      if (l.command.find("openclaw") == std::string::npos) {
        throw CommandError(kExitFailure,
                           "pid " + std::to_string(l.pid) + " on port " + std::to_string(port) +
                               " is not an openclaw gateway (" + l.command + "): not stopping it");
      }
      if (!app::StopProcess(l.pid, std::chrono::seconds(10))) {
        throw CommandError(kExitFailure, "could not stop pid " + std::to_string(l.pid));
      }
      std::cout << "Stopped pid " << l.pid << " (" << l.command << ")\n";
    }
    return kExitOk;
  }
  throw CommandError(
      kExitFailure,
      "no service installed (" + files.unit_path.string() +
          "): run `openclaw gateway install`, or `openclaw gateway` in the foreground");
}

}  // namespace

void AddServiceCommands(CLI::App& gateway, Action& action) {
  auto o = std::make_shared<ServiceOptions>();
  auto* status =
      gateway.add_subcommand("status", "Service state and RPC reachability of the gateway");
  AddRpcFlags(*status, o->rpc);
  status->add_flag("--no-probe", o->no_probe, "Do not connect to the gateway");
  status->add_flag("--require-rpc", o->require_rpc, "Fail unless a read RPC (status) succeeds");
  status->add_flag("--deep", o->deep, "Also call status");
  status->callback([&action, o] { action = [o](CliContext& ctx) { return Status(ctx, *o); }; });

  auto* probe =
      gateway.add_subcommand("probe", "Look for gateways on the configured and the usual ports");
  AddRpcFlags(*probe, o->rpc);
  probe->callback([&action, o] { action = [o](CliContext& ctx) { return ProbeAll(ctx, *o); }; });

  auto* install =
      gateway.add_subcommand("install", "Install the systemd user service and enable it");
  install->add_flag("--force", o->force, "Rewrite an existing unit");
  install->add_option("--port", o->port, "Port for the service (default: the configured one)");
  install->add_option_function<std::string>(
      "--token", [o](const std::string& v) { o->rpc.token = v; },
      "Token for the service's EnvironmentFile");
  install->callback([&action, o] { action = [o](CliContext& ctx) { return Install(ctx, *o); }; });

  auto* uninstall = gateway.add_subcommand("uninstall", "Remove the service (state is kept)");
  uninstall->callback(
      [&action, o] { action = [o](CliContext& ctx) { return Uninstall(ctx, *o); }; });

  for (const char* verb : {"start", "stop", "restart"}) {
    auto* cmd = gateway.add_subcommand(verb, std::string(verb) + " the gateway service");
    AddRpcFlags(*cmd, o->rpc);
    std::string v = verb;
    cmd->callback(
        [&action, o, v] { action = [o, v](CliContext& ctx) { return Lifecycle(ctx, *o, v); }; });
  }
}

}  // namespace gateway::cli
