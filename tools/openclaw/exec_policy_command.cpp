#include "tools/openclaw/exec_policy_command.hpp"

#include <array>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "gateway/proto/approvals_client.hpp"
#include "server/app/exec_policy_local.hpp"
#include "server/config/config_store.hpp"
#include "server/config/loader.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/rpc_command.hpp"
#include "tools/openclaw/text_table.hpp"

namespace gateway::cli {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// What a preset or `set` asks for; unset fields stay as they are.
struct PolicyChoice {
  std::optional<std::string> host;
  std::optional<std::string> security;
  std::optional<std::string> ask;
  std::optional<std::string> ask_fallback;
};

struct Preset {
  std::string_view name;
  PolicyChoice choice;
};
// cli.md §4: host / security / ask / askFallback.
const std::array<Preset, 3> kPresets = {{
    {"yolo", {"gateway", "full", "off", "full"}},
    {"cautious", {"gateway", "allowlist", "on-miss", "deny"}},
    {"deny-all", {"gateway", "deny", "off", "deny"}},
}};

struct PolicyOptions {
  RpcOptions rpc;
  std::string preset;
  PolicyChoice choice;
};

void Require(const std::optional<std::string>& value,
             std::initializer_list<std::string_view> allowed, const std::string& flag) {
  if (!value) return;
  for (auto word : allowed) {
    if (*value == word) return;
  }
  std::string list;
  for (auto word : allowed) list += (list.empty() ? "" : ", ") + std::string(word);
  throw CommandError(kExitUsage, flag + " must be one of " + list + " (got \"" + *value + "\")");
}

void Validate(const PolicyChoice& choice) {
  if (choice.host == "node") {
    throw CommandError(kExitUsage,
                       "exec-policy cannot target host=node: node hosts keep their own approvals");
  }
  Require(choice.host, {"auto", "sandbox", "gateway"}, "--host");
  Require(choice.security, {"deny", "allowlist", "full"}, "--security");
  Require(choice.ask, {"off", "on-miss", "always"}, "--ask");
  Require(choice.ask_fallback, {"deny", "allowlist", "full"}, "--ask-fallback");
}

// The canonical mode of a security/ask pair, when one names it exactly (config.md tools.exec).
std::optional<std::string> ModeOf(const std::string& security, const std::string& ask) {
  if (security == "deny" && ask == "off") return "deny";
  if (security == "allowlist" && ask == "off") return "allowlist";
  if (security == "allowlist" && ask == "on-miss") return "ask";
  if (security == "full" && ask == "off") return "full";
  return std::nullopt;
}

// The approvals document: through the running gateway (which serves it from memory), else our
// file.
class ApprovalsAccess {
 public:
  ApprovalsAccess(CliContext& ctx, std::unique_ptr<client::GatewayClient> gateway, bool json)
      : ctx_(ctx), gateway_(std::move(gateway)), json_(json) {}

  bool through_gateway() const { return gateway_ != nullptr; }
  client::GatewayClient* gateway() { return gateway_.get(); }

  // {file, hash, path}
  json Read() {
    if (gateway_) {
      auto got =
          Typed([&] { return proto::ApprovalsClient(*gateway_).ExecApprovalsGet({}); }, json_);
      return {{"file", proto::Write(got.value().file)},
              {"hash", got.value().hash},
              {"path", got.value().path}};
    }
    auto local = app::ReadLocalApprovals(ctx_.paths());
    if (!local) throw CommandError(kExitFailure, local.error());
    return {{"file", local->file}, {"hash", local->hash}, {"path", local->path.string()}};
  }

  // Writes `file` if the document is still at `hash`; the new hash.
  std::string Write(const json& file, const std::string& hash) {
    if (gateway_) {
      proto::ExecApprovalsSetParams params;
      proto::Read(file, params.file, "");
      params.base_hash = hash;
      auto set =
          Typed([&] { return proto::ApprovalsClient(*gateway_).ExecApprovalsSet(params); }, json_);
      return set.value().hash;
    }
    auto written = app::WriteLocalApprovals(ctx_.paths(), file, hash);
    if (!written) throw CommandError(kExitFailure, written.error());
    return written->hash;
  }

 private:
  CliContext& ctx_;
  std::unique_ptr<client::GatewayClient> gateway_;
  bool json_;
};

proto::OpenClawConfig LoadTyped(CliContext& ctx) {
  try {
    return config::LoadConfig(ctx.paths(), ctx.env()).typed;
  } catch (const config::ConfigError& e) {
    throw CommandError(kExitFailure, e.what());
  }
}

// tools.exec after `choice`: host as given; security and ask (given ones over the configured
// ones) as their mode when one names the pair, else as the pair.
ordered_json ExecPatch(const proto::OpenClawConfig& current, const PolicyChoice& choice) {
  const auto view = app::DescribeExecPolicy(current, json::object());
  ordered_json exec = ordered_json::object();
  if (choice.host) exec["host"] = *choice.host;
  if (choice.security || choice.ask) {
    const std::string security = choice.security.value_or(view.config_security.value_or("full"));
    const std::string ask = choice.ask.value_or(view.config_ask.value_or("off"));
    if (auto mode = ModeOf(security, ask)) {
      exec["mode"] = *mode;
      exec["security"] = nullptr;
      exec["ask"] = nullptr;
    } else {
      exec["mode"] = nullptr;
      exec["security"] = security;
      exec["ask"] = ask;
    }
  }
  return exec;
}

// Applies a merge patch's nulls (delete) and values to tools.exec of the raw document.
void ApplyExecPatch(ordered_json& raw, const ordered_json& exec) {
  if (!raw.is_object()) raw = ordered_json::object();
  auto& tools = raw["tools"];
  if (!tools.is_object()) tools = ordered_json::object();
  auto& target = tools["exec"];
  if (!target.is_object()) target = ordered_json::object();
  for (const auto& [key, value] : exec.items()) {
    if (value.is_null()) {
      target.erase(key);
    } else {
      target[key] = value;
    }
  }
}

void WriteConfig(CliContext& ctx, client::GatewayClient* gateway, const ordered_json& exec) {
  if (gateway) {
    auto got = gateway->Call("config.get", json::object());
    if (!got.ok) FailWith(got, false);
    const ordered_json patch = {{"tools", {{"exec", exec}}}};
    auto patched =
        gateway->Call("config.patch", {{"raw", patch.dump()}, {"baseHash", got.payload["hash"]}});
    if (!patched.ok) FailWith(patched, false);
    return;
  }
  try {
    config::UpdateConfig(ctx.paths(), ctx.env(), [&](ordered_json& raw) {
      ApplyExecPatch(raw, exec);
      return true;
    });
  } catch (const config::InvalidConfigEdit& e) {
    throw CommandError(kExitFailure, std::string("the config would not be valid: ") + e.what());
  }
}

json DefaultsAfter(json file, const PolicyChoice& choice) {
  auto& defaults = file["defaults"];
  if (!defaults.is_object()) defaults = json::object();
  if (choice.security) defaults["security"] = *choice.security;
  if (choice.ask) defaults["ask"] = *choice.ask;
  if (choice.ask_fallback) defaults["askFallback"] = *choice.ask_fallback;
  file["version"] = 1;
  return file;
}

json ViewJson(const app::ExecPolicyView& view, const std::string& approvals_path) {
  json configured = {{"host", view.host}};
  configured["security"] = view.config_security ? json(*view.config_security) : json(nullptr);
  configured["ask"] = view.config_ask ? json(*view.config_ask) : json(nullptr);
  return {{"config", configured},
          {"approvals",
           {{"path", approvals_path},
            {"security", view.approvals_security},
            {"ask", view.approvals_ask},
            {"askFallback", view.approvals_ask_fallback}}},
          {"effective",
           {{"host", view.host},
            {"security", view.effective_security},
            {"ask", view.effective_ask},
            {"askFallback", view.effective_ask_fallback}}}};
}

void PrintView(const app::ExecPolicyView& view, const std::string& approvals_path) {
  PrintTable(
      {{"", "host", "security", "ask", "askFallback"},
       {"config (tools.exec)", view.host, view.config_security.value_or("(full)"),
        view.config_ask.value_or("(off)"), "-"},
       {"approvals", "-", view.approvals_security, view.approvals_ask, view.approvals_ask_fallback},
       {"effective", view.host, view.effective_security, view.effective_ask,
        view.effective_ask_fallback}});
  std::cout << "Approvals document: " << approvals_path << "\n";
}

int Show(CliContext& ctx, const PolicyOptions& o) {
  ApprovalsAccess approvals(ctx, ConnectIfRunning(ctx, o.rpc, {"operator.admin"}), o.rpc.json);
  const json document = approvals.Read();
  const auto view = app::DescribeExecPolicy(LoadTyped(ctx), document["file"]);
  if (o.rpc.json) {
    std::cout << ViewJson(view, document["path"]).dump(2) << "\n";
  } else {
    PrintView(view, document["path"]);
  }
  return kExitOk;
}

// The approvals defaults first, then tools.exec; a config write that fails puts the previous
// defaults back, so the two never disagree.
int Apply(CliContext& ctx, const PolicyOptions& o, const PolicyChoice& choice,
          const std::string& what) {
  Validate(choice);
  ApprovalsAccess approvals(ctx, ConnectIfRunning(ctx, o.rpc, {"operator.admin"}), o.rpc.json);
  const proto::OpenClawConfig before = LoadTyped(ctx);
  const json document = approvals.Read();
  const std::string written_hash =
      approvals.Write(DefaultsAfter(document["file"], choice), document["hash"]);
  const ordered_json exec = ExecPatch(before, choice);
  if (!exec.empty()) {
    try {
      WriteConfig(ctx, approvals.gateway(), exec);
    } catch (...) {
      try {
        approvals.Write(document["file"], written_hash);
      } catch (const std::exception& error) {
        std::cerr << "could not restore the approvals defaults: " << error.what() << "\n";
      }
      throw;
    }
  }
  const json after = approvals.Read();
  const auto view = app::DescribeExecPolicy(LoadTyped(ctx), after["file"]);
  ctx.log().Info("exec-policy", what + " applied to " + ctx.paths().config_path.string() + " and " +
                                    after["path"].get<std::string>());
  if (o.rpc.json) {
    json out = ViewJson(view, after["path"]);
    out["applied"] = what;
    out["via"] = approvals.through_gateway() ? "gateway" : "local";
    std::cout << out.dump(2) << "\n";
  } else {
    std::cout << "Applied " << what
              << (approvals.through_gateway() ? " through the running gateway" : "") << ".\n";
    PrintView(view, after["path"]);
  }
  return kExitOk;
}

}  // namespace

void AddExecPolicyCommands(CLI::App& app, Action& action) {
  auto* policy = app.add_subcommand(
      "exec-policy", "Exec security/ask for this host: tools.exec and the approvals defaults");
  policy->require_subcommand(1);

  auto show_options = std::make_shared<PolicyOptions>();
  auto* show =
      policy->add_subcommand("show", "Show the configured, approvals and effective policy");
  AddRpcFlags(*show, show_options->rpc);
  show->callback([&action, show_options] {
    action = [show_options](CliContext& ctx) { return Show(ctx, *show_options); };
  });

  auto preset_options = std::make_shared<PolicyOptions>();
  auto* preset = policy->add_subcommand("preset", "Apply a preset: yolo, cautious or deny-all");
  preset->add_option("name", preset_options->preset, "yolo | cautious | deny-all")->required();
  AddRpcFlags(*preset, preset_options->rpc);
  preset->callback([&action, preset_options] {
    action = [preset_options](CliContext& ctx) {
      for (const auto& known : kPresets) {
        if (known.name == preset_options->preset) {
          return Apply(ctx, *preset_options, known.choice, "preset " + std::string(known.name));
        }
      }
      throw CommandError(kExitUsage, "unknown preset \"" + preset_options->preset +
                                         "\": use yolo, cautious or deny-all");
    };
  });

  auto set_options = std::make_shared<PolicyOptions>();
  auto* set = policy->add_subcommand("set", "Set host, security, ask and askFallback");
  auto* c = &set_options->choice;
  set->add_option_function<std::string>(
      "--host", [c](const std::string& v) { c->host = v; }, "auto | sandbox | gateway");
  set->add_option_function<std::string>(
      "--security", [c](const std::string& v) { c->security = v; }, "deny | allowlist | full");
  set->add_option_function<std::string>(
      "--ask", [c](const std::string& v) { c->ask = v; }, "off | on-miss | always");
  set->add_option_function<std::string>(
      "--ask-fallback", [c](const std::string& v) { c->ask_fallback = v; },
      "deny | allowlist | full");
  AddRpcFlags(*set, set_options->rpc);
  set->callback([&action, set_options] {
    action = [set_options](CliContext& ctx) {
      const auto& choice = set_options->choice;
      if (!choice.host && !choice.security && !choice.ask && !choice.ask_fallback) {
        throw CommandError(kExitUsage,
                           "nothing to set: give --host, --security, --ask or --ask-fallback");
      }
      return Apply(ctx, *set_options, choice, "exec policy");
    };
  });
}

}  // namespace gateway::cli
