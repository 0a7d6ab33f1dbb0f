#include "tools/openclaw/config_command.hpp"

#include <iostream>
#include <memory>

#include "server/config/config_patch.hpp"
#include "server/config/config_path.hpp"
#include "server/config/config_store.hpp"
#include "server/config/loader.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/rpc_command.hpp"
#include "tools/openclaw/version.hpp"

namespace gateway::cli {
namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

struct ConfigOptions {
  std::string path;
  std::string value;
  bool json = false;
  bool strict_json = false;
  bool dry_run = false;
  bool show_secrets = false;
};

void PrintDiagnostics(const config::ConfigError& e, const fs::path& file) {
  for (const auto& d : e.diagnostics()) std::cerr << "  " << d.Format(file) << "\n";
}

int Get(CliContext& ctx, const ConfigOptions& o) {
  auto path = config::ParseConfigPath(o.path);
  ordered_json raw = config::ReadConfigDocument(ctx.paths().config_path).value;
  const ordered_json* value = config::FindAt(raw, path);
  if (!value)
    throw CommandError(kExitFailure, "config path not found: " + config::FormatConfigPath(path));
  std::string last_key;
  if (const auto* key = std::get_if<std::string>(&path.back())) last_key = *key;
  ordered_json shown = o.show_secrets ? *value : config::RedactSecrets(*value, last_key);
  if (!o.json && shown.is_string()) {
    std::cout << shown.get<std::string>() << "\n";
  } else {
    std::cout << shown.dump(o.json ? -1 : 2) << "\n";
  }
  return kExitOk;
}

using EditFn = std::function<void(ordered_json&, const config::ConfigPath&)>;

// The local gateway, when one is running for this config file: connected with operator.admin.
// nullptr when none answers there (or it serves another config file, or the target is remote):
// the caller then writes the file itself.
std::unique_ptr<client::GatewayClient> LocalGateway(CliContext& ctx, json& current) {
  RpcTarget target;
  try {
    target = ResolveTarget(ctx, RpcOptions{});
  } catch (const CommandError&) {
    return nullptr;  // e.g. the config does not load: the direct path reports it
  }
  if (target.source != "local config") return nullptr;  // a remote gateway has its own config
  client::ClientOptions options;
  options.url = target.url;
  options.token = target.token;
  options.password = target.password;
  options.client_version = std::string(kVersion);
  options.scopes = {"operator.admin"};
  options.connect_timeout = std::chrono::milliseconds(3000);
  options.request_timeout = std::chrono::milliseconds(10000);
  std::unique_ptr<client::GatewayClient> gateway;
  try {
    gateway = client::GatewayClient::Connect(options);
  } catch (const client::GatewayError& e) {
    if (e.kind() != client::GatewayErrorKind::kUnreachable) {
      std::cerr << "note: the gateway at " << target.url << " did not accept the connection ("
                << e.what() << "): writing the config file directly\n";
    }
    return nullptr;
  }
  client::RpcResult got;
  try {
    got = gateway->Call("config.get", json::object());
  } catch (const client::GatewayError&) {
    return nullptr;
  }
  if (!got.ok || !got.payload.is_object() || !got.payload["parsed"].is_object() ||
      got.payload.value("path", "") != ctx.paths().config_path.string()) {
    return nullptr;
  }
  current = std::move(got.payload);
  return gateway;
}

// config set/unset through the running gateway's config.patch (the document it shows, redacted,
// edited here and sent as a merge patch with its baseHash; the gateway keeps the stored secrets
// behind redacted values). nullopt when no gateway serves this config file.
std::optional<int> EditThroughGateway(CliContext& ctx, const ConfigOptions& o,
                                      const std::string& verb, const EditFn& edit) {
  json current;
  auto gateway = LocalGateway(ctx, current);
  if (!gateway) return std::nullopt;
  auto path = config::ParseConfigPath(o.path);
  const std::string where = config::FormatConfigPath(path);
  const auto& file = ctx.paths().config_path;
  for (int attempt = 1;; ++attempt) {
    const ordered_json before = ordered_json::parse(current["parsed"].dump());
    ordered_json after = before;
    edit(after, path);
    std::vector<std::string> replace_paths;
    ordered_json patch = config::CreateMergePatch(before, after, replace_paths);
    json params = {{"raw", patch.dump()}, {"baseHash", current["hash"]}};
    if (!replace_paths.empty()) params["replacePaths"] = replace_paths;
    client::RpcResult result;
    try {
      result = gateway->Call("config.patch", params);
    } catch (const client::GatewayError& e) {
      ThrowForClientError(e, "the gateway");
    }
    if (result.ok) {
      const ordered_json* now = config::FindAt(after, path);
      std::string shown = now ? " = " + config::RedactForLog(path, *now).dump() : "";
      ctx.log().Info("config", "config " + verb + " " + where + shown + " in " + file.string() +
                                   " through the running gateway");
      // restart.reason: "applied live", "an in-process restart applies …", or why it waits.
      const std::string applied = result.payload["restart"].value("reason", "");
      std::cout << (verb == "set" ? "Updated " : "Removed ") << where << " in " << file.string()
                << " through the running gateway" << (applied.empty() ? "" : " (" + applied + ")")
                << "\n";
      return kExitOk;
    }
    const proto::ErrorShape error = result.error.value_or(proto::ErrorShape{});
    // Someone else wrote in between: read again and redo the edit on the new document.
    if (attempt < 3 && error.message.rfind("config changed since last load", 0) == 0) {
      auto again = gateway->Call("config.get", json::object());
      if (again.ok) {
        current = std::move(again.payload);
        continue;
      }
    }
    std::cerr << "refusing to " << verb << " " << where << ": " << error.code << ": "
              << error.message << "\n";
    return error.code == "INVALID_REQUEST" ? kExitUsage : kExitFailure;
  }
}

// Applies `edit` to the raw document, validates the result and writes it (unless --dry-run):
// through the running gateway's config.patch when one serves this config file, else directly.
int Edit(CliContext& ctx, const ConfigOptions& o, const std::string& verb, const EditFn& edit) {
  auto path = config::ParseConfigPath(o.path);
  const auto& paths = ctx.paths();
  std::string where = config::FormatConfigPath(path);
  ordered_json raw;
  try {
    if (!o.dry_run) {
      if (auto done = EditThroughGateway(ctx, o, verb, edit)) return *done;
    }
    if (o.dry_run) {
      raw = config::ReadConfigDocument(paths.config_path).value;
      edit(raw, path);
      config::CheckConfigDocument(paths, ctx.env(), raw);
      std::cout << "Dry run: " << verb << " " << where
                << " would leave a valid config (nothing written)\n";
      return kExitOk;
    }
    raw = config::UpdateConfig(paths, ctx.env(), [&](ordered_json& doc) {
      edit(doc, path);
      return true;
    });
  } catch (const config::InvalidConfigEdit& e) {
    std::cerr << "refusing to " << verb << " " << where << ": the config would not be valid\n";
    PrintDiagnostics(e, paths.config_path);
    return kExitUsage;
  }
  const ordered_json* now = config::FindAt(raw, path);
  std::string shown = now ? " = " + config::RedactForLog(path, *now).dump() : "";
  ctx.log().Info("config",
                 "config " + verb + " " + where + shown + " in " + paths.config_path.string());
  std::cout << (verb == "set" ? "Updated " : "Removed ") << where << " in "
            << paths.config_path.string() << "\n";
  return kExitOk;
}

int Set(CliContext& ctx, const ConfigOptions& o) {
  ordered_json value;
  if (o.strict_json) {
    try {
      value = ordered_json::parse(o.value);
    } catch (const std::exception&) {
      throw CommandError(kExitUsage, "--strict-json: the value is not valid JSON");
    }
  } else {
    value = config::ParseCliValue(o.value);
  }
  return Edit(ctx, o, "set", [&](ordered_json& raw, const config::ConfigPath& path) {
    config::SetAt(raw, path, value);
  });
}

int Unset(CliContext& ctx, const ConfigOptions& o) {
  return Edit(ctx, o, "unset", [](ordered_json& raw, const config::ConfigPath& path) {
    if (!config::UnsetAt(raw, path)) {
      throw CommandError(kExitFailure, "config path not found: " + config::FormatConfigPath(path));
    }
  });
}

int File(CliContext& ctx, const ConfigOptions& o) {
  const auto& paths = ctx.paths();
  std::error_code ec;
  bool exists = fs::exists(paths.config_path, ec);
  if (o.json) {
    std::cout << json{{"path", paths.config_path.string()},
                      {"exists", exists},
                      {"stateDir", paths.state_dir.string()}}
                     .dump()
              << "\n";
  } else {
    std::cout << paths.config_path.string() << (exists ? "" : " (does not exist yet)") << "\n";
  }
  return kExitOk;
}

int Validate(CliContext& ctx, const ConfigOptions& o) {
  const auto& paths = ctx.paths();
  config::Environment env = ctx.env();
  try {
    auto loaded = config::LoadConfig(paths, env);
    if (o.json) {
      std::cout << json{{"valid", true},
                        {"path", paths.config_path.string()},
                        {"exists", loaded.exists},
                        {"notices", loaded.notices},
                        {"warnings", loaded.warnings}}
                       .dump()
                << "\n";
      return kExitOk;
    }
    std::cout << "Config is valid: " << paths.config_path.string()
              << (loaded.exists ? "" : " (missing: defaults)") << "\n";
    for (const auto& n : loaded.notices) std::cout << "  note: " << n << "\n";
    for (const auto& w : loaded.warnings) std::cout << "  warning: " << w << "\n";
    return kExitOk;
  } catch (const config::ConfigError& e) {
    if (o.json) {
      json errors = json::array();
      for (const auto& d : e.diagnostics()) {
        json entry = {{"path", d.path}, {"message", d.message}};
        if (d.where) entry["line"] = d.where->line, entry["column"] = d.where->column;
        errors.push_back(entry);
      }
      std::cout
          << json{{"valid", false}, {"path", paths.config_path.string()}, {"errors", errors}}.dump()
          << "\n";
    } else {
      std::cerr << "Config is invalid: " << paths.config_path.string() << "\n";
      PrintDiagnostics(e, paths.config_path);
    }
    return kExitFailure;
  }
}

}  // namespace

void AddConfigCommands(CLI::App& app, Action& action) {
  auto o = std::make_shared<ConfigOptions>();
  auto* config = app.add_subcommand("config", "Read and edit the config file (openclaw.json)");
  config->require_subcommand(1);
  config->footer(
      "Paths are dotted, with [n] for array items: gateway.port, bindings[0].agentId, "
      "models.providers[\"my.co\"].apiKey.\n"
      "Writes validate first, replace the file atomically and keep the previous version as "
      "openclaw.json.bak.\n"
      "Comments and formatting of a hand-written JSON5 file are not preserved on write.");

  auto* get = config->add_subcommand("get", "Print the value at a path (secrets redacted)");
  get->add_option("path", o->path, "Config path")->required();
  get->add_flag("--json", o->json, "Print JSON");
  get->add_flag("--show-secrets", o->show_secrets,
                "Print secret values instead of a redaction marker");
  get->callback([&action, o] { action = [o](CliContext& ctx) { return Get(ctx, *o); }; });

  auto* set = config->add_subcommand(
      "set", "Set the value at a path (value parsed as JSON5, else taken as a string)");
  set->add_option("path", o->path, "Config path")->required();
  set->add_option("value", o->value, "New value")->required();
  set->add_flag("--strict-json", o->strict_json, "The value must be JSON");
  set->add_flag("--dry-run", o->dry_run, "Validate only; write nothing");
  set->callback([&action, o] { action = [o](CliContext& ctx) { return Set(ctx, *o); }; });

  auto* unset = config->add_subcommand("unset", "Remove the value at a path");
  unset->add_option("path", o->path, "Config path")->required();
  unset->add_flag("--dry-run", o->dry_run, "Validate only; write nothing");
  unset->callback([&action, o] { action = [o](CliContext& ctx) { return Unset(ctx, *o); }; });

  auto* file = config->add_subcommand("file", "Print the config file's path");
  file->add_flag("--json", o->json, "Print JSON");
  file->callback([&action, o] { action = [o](CliContext& ctx) { return File(ctx, *o); }; });

  auto* validate =
      config->add_subcommand("validate", "Check the config the way the gateway loads it");
  validate->add_flag("--json", o->json, "Print JSON");
  validate->callback([&action, o] { action = [o](CliContext& ctx) { return Validate(ctx, *o); }; });
}

}  // namespace gateway::cli
