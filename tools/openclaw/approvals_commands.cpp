#include "tools/openclaw/approvals_commands.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "gateway/proto/approvals_client.hpp"
#include "server/config/json5.hpp"
#include "tools/openclaw/approvals_import_command.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/rpc_command.hpp"
#include "tools/openclaw/text_table.hpp"

namespace gateway::cli {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxFileBytes = 1 << 20;

struct DocumentOptions {  // get, set, allowlist add|remove
  RpcOptions rpc;
  bool gateway = false;
  std::optional<std::string> node;
  std::optional<std::string> file;
  bool from_stdin = false;
  std::string pattern;
  std::string agent = "*";
};

struct ResolveOptions {
  RpcOptions rpc;
  std::string id;
  std::string decision;
  std::optional<std::string> reason;
  std::optional<std::int64_t> expires_in_days;
};

std::int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::unique_ptr<client::GatewayClient> Connect(CliContext& ctx, const RpcOptions& rpc,
                                               const std::string& method) {
  return ConnectTo(ResolveTarget(ctx, rpc), ScopesFor(method),
                   std::chrono::milliseconds(rpc.timeout_ms));
}

void RequireGatewayTarget(const DocumentOptions& o) {
  if (o.node) {
    throw CommandError(kExitFailure, "node approvals are not available on this gateway");
  }
}

std::string FormatMs(std::int64_t ms) {
  const auto seconds = std::max<std::int64_t>(0, ms / 1000);
  if (seconds < 60) return std::to_string(seconds) + "s";
  if (seconds < 3600) return std::to_string(seconds / 60) + "m";
  return std::to_string(seconds / 3600) + "h" + std::to_string((seconds % 3600) / 60) + "m";
}

int Pending(CliContext& ctx, const RpcOptions& rpc) {
  auto client = Connect(ctx, rpc, "exec.approval.list");
  auto result =
      Typed([&] { return proto::ApprovalsClient(*client).ExecApprovalList({}); }, rpc.json);
  auto list = result.value();
  std::sort(list.begin(), list.end(),
            [](const auto& a, const auto& b) { return a.created_at_ms > b.created_at_ms; });
  json approvals = json::array();
  for (const auto& item : list) {
    const json& request = item.request.unknown_fields;
    approvals.push_back({{"id", item.id},
                         {"kind", "exec"},
                         {"agentId", request.value("agentId", json(nullptr))},
                         {"sessionKey", request.value("sessionKey", json(nullptr))},
                         {"createdAtMs", item.created_at_ms},
                         {"expiresAtMs", item.expires_at_ms},
                         {"summary", request.value("command", "")}});
  }
  if (rpc.json) {
    std::cout << json{{"approvals", approvals}}.dump(2) << "\n";
    return kExitOk;
  }
  if (approvals.empty()) {
    std::cout << "No pending approvals.\n";
    return kExitOk;
  }
  const auto now = NowMs();
  std::vector<std::vector<std::string>> rows = {{"ID", "Kind", "Agent", "Expires in", "Command"}};
  for (const auto& a : approvals) {
    rows.push_back({a["id"], "exec",
                    a["agentId"].is_string() ? a["agentId"].get<std::string>() : "-",
                    FormatMs(a["expiresAtMs"].get<std::int64_t>() - now), a["summary"]});
  }
  PrintTable(rows);
  return kExitOk;
}

int Resolve(CliContext& ctx, const ResolveOptions& o) {
  if (o.decision != "allow-once" && o.decision != "allow-always" && o.decision != "deny") {
    throw CommandError(kExitUsage, "decision must be allow-once, allow-always or deny");
  }
  if (o.expires_in_days && o.decision != "allow-always") {
    throw CommandError(kExitUsage, "--expires-in-days applies to allow-always only");
  }
  auto client = Connect(ctx, o.rpc, "exec.approval.resolve");
  proto::ApprovalsClient approvals(*client);
  proto::ExecApprovalGetParams get;
  get.id = o.id;
  auto found = Typed([&] { return approvals.ExecApprovalGet(get); }, o.rpc.json);
  const auto& allowed = found.value().allowed_decisions;
  if (std::find(allowed.begin(), allowed.end(), o.decision) == allowed.end()) {
    throw CommandError(
        kExitFailure, o.decision + " is not offered for this approval (allowed: " + [&] {
          std::string joined;
          for (const auto& d : allowed) {
            joined += (joined.empty() ? "" : ", ") + d;
          }
          return joined;
        }() + ")");
  }
  proto::ExecApprovalResolveParams params;
  params.id = found.value().id;
  params.decision = o.decision;
  params.grant_expires_in_days = o.expires_in_days;
  Typed([&] { return approvals.ExecApprovalResolve(params); }, o.rpc.json);
  if (o.rpc.json) {
    std::cout << json{{"ok", true}, {"id", params.id}, {"decision", o.decision}}.dump(2) << "\n";
  } else {
    std::cout << "Approval " << params.id << " resolved " << o.decision << " by cli.\n";
  }
  return kExitOk;
}

void PrintSnapshot(const proto::ExecApprovalsSnapshot& snapshot, const json& raw, bool json_out) {
  if (json_out) {
    std::cout << raw.dump(2) << "\n";
    return;
  }
  std::cout << "Showing gateway approvals.\n";
  std::cout << "Path: " << snapshot.path << "\nHash: " << snapshot.hash << "\n";
  if (snapshot.resolved_defaults) {
    const auto& d = *snapshot.resolved_defaults;
    std::cout << "Defaults: security=" << proto::ToString(d.security)
              << " ask=" << proto::ToString(d.ask)
              << " askFallback=" << proto::ToString(d.ask_fallback) << "\n";
  }
  std::vector<std::vector<std::string>> rows = {{"Agent", "Pattern", "Args", "Source"}};
  if (snapshot.file.agents) {
    for (const auto& [agent, entry] : *snapshot.file.agents) {
      if (!entry.allowlist) continue;
      for (const auto& item : *entry.allowlist) {
        rows.push_back({agent, item.pattern, item.arg_pattern.value_or(""),
                        item.source ? "allow-always" : ""});
      }
    }
  }
  if (rows.size() == 1) {
    std::cout << "Allowlist: (empty)\n";
  } else {
    PrintTable(rows);
  }
}

int Get(CliContext& ctx, const DocumentOptions& o) {
  RequireGatewayTarget(o);
  auto client = Connect(ctx, o.rpc, "exec.approvals.get");
  auto result =
      Typed([&] { return proto::ApprovalsClient(*client).ExecApprovalsGet({}); }, o.rpc.json);
  PrintSnapshot(result.value(), result.raw().payload, o.rpc.json);
  return kExitOk;
}

// Reads the current document, lets `edit` change it, writes it back with the hash read.
int Update(CliContext& ctx, const DocumentOptions& o,
           const std::function<void(proto::ExecApprovalsFile&)>& edit) {
  RequireGatewayTarget(o);
  auto client = Connect(ctx, o.rpc, "exec.approvals.set");
  proto::ApprovalsClient approvals(*client);
  auto current = Typed([&] { return approvals.ExecApprovalsGet({}); }, o.rpc.json);
  proto::ExecApprovalsSetParams params;
  params.file = current.value().file;
  edit(params.file);
  params.base_hash = current.value().hash;
  auto result = Typed([&] { return approvals.ExecApprovalsSet(params); }, o.rpc.json);
  PrintSnapshot(result.value(), result.raw().payload, o.rpc.json);
  return kExitOk;
}

proto::ExecApprovalsFile ReadDocument(const DocumentOptions& o) {
  std::string text;
  if (o.from_stdin) {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else if (o.file) {
    std::ifstream in(*o.file, std::ios::binary);
    if (!in) throw CommandError(kExitFailure, "cannot read " + *o.file);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  } else {
    throw CommandError(kExitUsage, "--file <path> or --stdin is required");
  }
  if (text.size() > kMaxFileBytes) throw CommandError(kExitFailure, "file is larger than 1 MiB");
  json document;
  try {
    document = json::parse(config::ParseJson5(text).value.dump());
  } catch (const std::exception& error) {
    throw CommandError(kExitFailure, std::string("invalid JSON5: ") + error.what());
  }
  if (!document.is_object()) throw CommandError(kExitFailure, "the document must be an object");
  document["version"] = 1;
  try {
    proto::ExecApprovalsFile file;
    proto::Read(document, file, "");
    return file;
  } catch (const std::exception& error) {
    throw CommandError(kExitFailure, std::string("invalid approvals document: ") + error.what());
  }
}

void AddDocumentFlags(CLI::App& command, DocumentOptions& o) {
  command.add_flag("--gateway", o.gateway, "The running gateway's approvals (the default here)");
  command.add_option_function<std::string>(
      "--node", [&o](const std::string& v) { o.node = v; }, "A node's approvals (not available)");
  AddRpcFlags(command, o.rpc, 60000);
}

}  // namespace

void AddApprovalsCommands(CLI::App& app, Action& action) {
  auto* approvals =
      app.add_subcommand("approvals", "Exec approvals: policy document and pending requests");
  approvals->alias("exec-approvals");
  approvals->require_subcommand(1);

  auto pending_options = std::make_shared<RpcOptions>();
  auto* pending =
      approvals->add_subcommand("pending", "List pending approvals (exec.approval.list)");
  AddRpcFlags(*pending, *pending_options);
  pending->callback([&action, pending_options] {
    action = [pending_options](CliContext& ctx) { return Pending(ctx, *pending_options); };
  });

  auto resolve_options = std::make_shared<ResolveOptions>();
  auto* resolve = approvals->add_subcommand(
      "resolve", "Decide a pending approval: allow-once, allow-always or deny");
  auto* r = resolve_options.get();
  resolve->add_option("id", r->id, "Approval id (or its unique prefix)")->required();
  resolve->add_option("decision", r->decision, "allow-once | allow-always | deny")->required();
  resolve->add_option_function<std::string>(
      "--reason", [r](const std::string& v) { r->reason = v; }, "A note (kept locally only)");
  resolve->add_option_function<std::int64_t>(
      "--expires-in-days", [r](std::int64_t v) { r->expires_in_days = v; },
      "allow-always only: 1 to 3650");
  AddRpcFlags(*resolve, r->rpc);
  resolve->callback([&action, resolve_options] {
    action = [resolve_options](CliContext& ctx) { return Resolve(ctx, *resolve_options); };
  });

  auto get_options = std::make_shared<DocumentOptions>();
  auto* get = approvals->add_subcommand("get", "Show the approvals document (exec.approvals.get)");
  AddDocumentFlags(*get, *get_options);
  get->callback([&action, get_options] {
    action = [get_options](CliContext& ctx) { return Get(ctx, *get_options); };
  });

  auto set_options = std::make_shared<DocumentOptions>();
  auto* set =
      approvals->add_subcommand("set", "Replace the approvals document (exec.approvals.set)");
  AddDocumentFlags(*set, *set_options);
  set->add_option_function<std::string>(
      "--file", [o = set_options.get()](const std::string& v) { o->file = v; },
      "JSON5 document to store");
  set->add_flag("--stdin", set_options->from_stdin, "Read the document from stdin");
  set->callback([&action, set_options] {
    action = [set_options](CliContext& ctx) {
      const auto file = ReadDocument(*set_options);
      return Update(ctx, *set_options, [&](proto::ExecApprovalsFile& current) {
        auto socket = current.socket;
        current = file;
        if (!current.socket) current.socket = socket;
      });
    };
  });

  AddApprovalsImportCommand(*approvals, action);

  auto* allowlist = approvals->add_subcommand("allowlist", "Edit an agent's allowlist");
  allowlist->require_subcommand(1);
  for (const bool add : {true, false}) {
    auto options = std::make_shared<DocumentOptions>();
    auto* command = allowlist->add_subcommand(add ? "add" : "remove",
                                              add ? "Add a pattern" : "Remove a pattern");
    command->add_option("pattern", options->pattern, "Executable glob (path or name)")->required();
    command->add_option("--agent", options->agent, "Agent id (default \"*\")");
    AddDocumentFlags(*command, *options);
    command->callback([&action, options, add] {
      action = [options, add](CliContext& ctx) {
        return Update(ctx, *options, [&](proto::ExecApprovalsFile& file) {
          if (!file.agents) file.agents.emplace();
          auto& agent = (*file.agents)[options->agent];
          if (!agent.allowlist) agent.allowlist.emplace();
          auto& list = *agent.allowlist;
          if (add) {
            const bool present = std::any_of(list.begin(), list.end(), [&](const auto& e) {
              return e.pattern == options->pattern && !e.arg_pattern;
            });
            if (present) return;
            proto::ExecApprovalsAllowlistEntry entry;
            entry.pattern = options->pattern;
            entry.last_used_at = NowMs();
            list.push_back(std::move(entry));
            return;
          }
          const auto before = list.size();
          list.erase(std::remove_if(list.begin(), list.end(),
                                    [&](const auto& e) { return e.pattern == options->pattern; }),
                     list.end());
          if (list.size() == before) {
            throw CommandError(kExitFailure, "pattern not found in the allowlist of agent " +
                                                 options->agent + ": " + options->pattern);
          }
          if (list.empty()) file.agents->erase(options->agent);
        });
      };
    });
  }
}

}  // namespace gateway::cli
