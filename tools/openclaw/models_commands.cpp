#include "tools/openclaw/models_commands.hpp"

#include <chrono>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gateway/proto/agent_client.hpp"
#include "server/config/loader.hpp"
#include "server/config/secrets.hpp"
#include "server/providers/provider_registry.hpp"
#include "server/providers/provider_settings.hpp"
#include "server/transport/http_client.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/rpc_command.hpp"
#include "tools/openclaw/text_table.hpp"

namespace gateway::cli {
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

constexpr auto kProbeTimeout = 30s;

// --- models list -----------------------------------------------------------------------------

int ModelsList(CliContext& ctx, const RpcOptions& o) {
  RpcTarget target = ResolveTarget(ctx, o);
  auto client = ConnectTo(target, {"operator.read"}, std::chrono::milliseconds(o.timeout_ms));
  auto result = Typed([&] { return proto::AgentClient(*client).ModelsList(); }, o.json);
  if (o.json) {
    std::cout << result.raw().payload.dump(2) << "\n";  // the gateway's JSON, unchanged
    return kExitOk;
  }
  const auto& models = result.value().models;
  if (models.empty()) {
    std::cout << "No models configured (models.providers.<id>.models in the config).\n";
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows = {{"MODEL", "NAME", "ALIAS", "CONTEXT", "AVAILABLE"}};
  for (const auto& m : models) {
    std::string available = m.available.value_or(true) ? "yes" : "no";
    if (m.unavailable_reason)
      available += " (" + std::string(ToString(*m.unavailable_reason)) + ")";
    rows.push_back({m.provider + "/" + m.id, m.name, m.alias.value_or("-"),
                    m.context_window ? std::to_string(*m.context_window) : "-", available});
  }
  PrintTable(rows);
  return kExitOk;
}

// --- models status ---------------------------------------------------------------------------

struct StatusOptions {
  bool json = false;
  bool probe = false;
};

struct ProviderStatus {
  providers::ProviderSettings settings;
  bool configured = false;         // in models.providers
  std::string source;              // "config", "env", "none" (no key needed) or "missing"
  std::string env_name;            // with source "env"
  std::string config_error;        // a configured key that does not resolve
  std::optional<std::string> key;  // kept for --probe only; never printed
};

std::string SourceText(const ProviderStatus& p) {
  if (p.source == "config") return "config (models.providers." + p.settings.id + ".apiKey)";
  if (p.source == "env") return "env " + p.env_name;
  if (p.source == "none") return "none needed";
  if (!p.config_error.empty()) return "missing (" + p.config_error + ")";
  if (!p.settings.api_key_env.empty()) {
    std::string names;
    for (const auto& n : p.settings.api_key_env) names += (names.empty() ? "" : " or ") + n;
    return "missing (set " + names + ")";
  }
  return "missing";
}

std::vector<ProviderStatus> CollectProviders(CliContext& ctx) {
  config::LoadedConfig loaded;
  try {
    loaded = config::LoadConfig(ctx.paths(), ctx.env());
  } catch (const config::ConfigError& e) {
    throw CommandError(kExitFailure, e.what());
  }
  std::map<std::string, std::string> key_errors;
  auto resolve = [&](const json& value, const std::string& key_path) -> std::optional<std::string> {
    try {
      return config::ResolveSecret(value, ctx.env(), ctx.paths(), key_path, loaded.unresolved);
    } catch (const std::exception& e) {
      key_errors[key_path] = e.what();
      return std::nullopt;
    }
  };
  const auto models = loaded.effective.find("models");
  auto parsed =
      providers::ParseModelsConfig(models == loaded.effective.end() ? json() : *models, resolve);
  if (!parsed) throw CommandError(kExitFailure, "models: " + parsed.error());

  std::vector<ProviderStatus> out;
  auto add = [&](const providers::ProviderSettings& settings, bool configured) {
    ProviderStatus p;
    p.settings = settings;
    p.configured = configured;
    if (auto it = key_errors.find("models.providers." + settings.id + ".apiKey");
        it != key_errors.end()) {
      p.config_error = it->second;
    }
    if (settings.api_key && !settings.api_key->empty()) {
      p.source = "config";
      p.key = settings.api_key;
    } else {
      for (const auto& name : settings.api_key_env) {
        if (auto value = ctx.env().GetNonEmpty(name)) {
          p.source = "env";
          p.env_name = name;
          p.key = value;
          break;
        }
      }
    }
    if (p.source.empty()) p.source = settings.key_required ? "missing" : "none";
    out.push_back(std::move(p));
  };
  for (const auto& [id, settings] : parsed->providers) add(settings, true);
  if (!parsed->replace_bundled) {
    for (const auto& bundled : providers::BundledProviders()) {
      if (!parsed->providers.contains(bundled.id)) add(bundled, false);
    }
  }
  return out;
}

// One request with a one-token budget through the providers library; "ok" or why not.
std::string Probe(const ProviderStatus& p, transport::HttpClient& http) {
  if (!providers::IsImplemented(p.settings.api)) return "skipped (API not supported)";
  if (p.settings.models.empty()) return "skipped (no model listed)";
  const std::string ref = p.settings.id + "/" + p.settings.models.front().id;
  providers::ModelsConfig config;
  config.providers.emplace(p.settings.id, p.settings);
  providers::ProviderRegistry registry(http, config);
  auto resolved = registry.Resolve(ref);
  if (!resolved) return "error: " + resolved.error().message;
  providers::ModelRequest request;
  request.messages.push_back(providers::Message::User("Reply with OK."));
  request.sampling.max_tokens = 1;
  request = resolved->Prepare(std::move(request));
  request.sampling.max_tokens = 1;
  auto done = std::make_shared<std::promise<providers::StreamOutcome>>();
  auto outcome = done->get_future();
  const auto started = std::chrono::steady_clock::now();
  providers::StreamSink sink;
  sink.on_complete = [done](providers::StreamOutcome result) {
    done->set_value(std::move(result));
  };
  runtime::CancellationSource cancel;
  resolved->provider->Stream(std::move(request), std::move(sink), cancel.token());
  if (outcome.wait_for(kProbeTimeout) != std::future_status::ready) {
    cancel.Cancel();
    outcome.wait();
    return "error: no answer within " + std::to_string(kProbeTimeout.count()) + " s";
  }
  auto result = outcome.get();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - started)
                      .count();
  if (!result) {
    std::string text = "error: " + result.error().message;
    if (result.error().http_status)
      text += " (HTTP " + std::to_string(result.error().http_status) + ")";
    return text;
  }
  return "ok (" + ref + ", " + std::to_string(ms) + " ms)";
}

int ModelsStatus(CliContext& ctx, const StatusOptions& o) {
  auto statuses = CollectProviders(ctx);
  std::unique_ptr<transport::HttpClient> http;
  std::vector<std::string> probes(statuses.size());
  if (o.probe) {
    http = std::make_unique<transport::HttpClient>();
    for (std::size_t i = 0; i < statuses.size(); ++i) {
      const auto& p = statuses[i];
      if (p.source == "missing") continue;
      if (!p.configured && p.source == "none") continue;
      probes[i] = Probe(p, *http);
    }
  }
  if (o.json) {
    json providers = json::array();
    for (std::size_t i = 0; i < statuses.size(); ++i) {
      const auto& p = statuses[i];
      json row = {{"id", p.settings.id},
                  {"api", p.settings.api_name},
                  {"baseUrl", p.settings.base_url},
                  {"configured", p.configured},
                  {"credential", {{"source", p.source}}}};
      if (!p.env_name.empty()) row["credential"]["env"] = p.env_name;
      if (!p.config_error.empty()) row["credential"]["error"] = p.config_error;
      if (p.source == "missing" && !p.settings.api_key_env.empty())
        row["credential"]["envNames"] = p.settings.api_key_env;
      json models = json::array();
      for (const auto& m : p.settings.models) models.push_back(m.id);
      row["models"] = std::move(models);
      if (!probes[i].empty()) row["probe"] = probes[i];
      providers.push_back(std::move(row));
    }
    std::cout << json{{"providers", providers}}.dump(2) << "\n";
    return kExitOk;
  }
  std::vector<std::vector<std::string>> rows = {{"PROVIDER", "API", "BASE URL", "CREDENTIAL"}};
  if (o.probe) rows.front().push_back("PROBE");
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    const auto& p = statuses[i];
    rows.push_back({p.settings.id + (p.configured ? "" : " (bundled)"), p.settings.api_name,
                    p.settings.base_url, SourceText(p)});
    if (o.probe) rows.back().push_back(probes[i].empty() ? "-" : probes[i]);
  }
  PrintTable(rows);
  return kExitOk;
}

}  // namespace

void AddModelsCommands(CLI::App& app, Action& action) {
  auto* models = app.add_subcommand("models", "Models: the gateway's catalog and credentials");
  models->require_subcommand(1);

  auto list_options = std::make_shared<RpcOptions>();
  auto* list = models->add_subcommand("list", "List the gateway's models (models.list)");
  AddRpcFlags(*list, *list_options);
  list->callback([&action, list_options] {
    action = [list_options](CliContext& ctx) { return ModelsList(ctx, *list_options); };
  });

  auto status_options = std::make_shared<StatusOptions>();
  auto* status = models->add_subcommand(
      "status",
      "Which providers have a credential (local config and environment; keys never shown)");
  status->add_flag("--json", status_options->json, "Machine-readable output on stdout");
  status->add_flag("--probe", status_options->probe,
                   "Send each provider with a credential a one-token request");
  status->callback([&action, status_options] {
    action = [status_options](CliContext& ctx) { return ModelsStatus(ctx, *status_options); };
  });
}

}  // namespace gateway::cli
