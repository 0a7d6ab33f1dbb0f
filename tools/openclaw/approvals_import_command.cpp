#include "tools/openclaw/approvals_import_command.hpp"

#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "gateway/proto/approvals_client.hpp"
#include "server/app/approvals_import.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/rpc_command.hpp"

namespace gateway::cli {
namespace {

using nlohmann::json;

struct ImportOptions {
  RpcOptions rpc;
  std::optional<std::string> from;
  bool dry_run = false;
  bool replace = false;
};

struct Outcome {
  std::string source;
  std::string target;
  std::string via;  // the gateway's URL, or "" for our file written directly
  app::ApprovalsImportPlan plan;
  bool written = false;
};

// get → plan → set with the hash read. When the gateway changed the document in between (an
// allow-always decision, another editor), the set is refused as stale: plan again on the new one.
Outcome ThroughGateway(client::GatewayClient& gateway, const std::string& url,
                       const app::ReferenceApprovals& reference, const ImportOptions& o) {
  constexpr int kAttempts = 3;
  proto::ApprovalsClient approvals(gateway);
  for (int attempt = 1;; ++attempt) {
    auto current = Typed([&] { return approvals.ExecApprovalsGet({}); }, o.rpc.json);
    Outcome outcome{
        .source = reference.source,
        .target = current.value().path,
        .via = url,
        .plan = app::PlanApprovalsImport(current.raw().payload["file"], reference, o.replace),
        .written = false};
    if (o.dry_run || !outcome.plan.changed) return outcome;
    proto::ExecApprovalsSetParams params;
    try {
      proto::Read(outcome.plan.document, params.file, "");
    } catch (const std::exception& error) {
      throw CommandError(kExitFailure,
                         std::string("the imported document is not valid: ") + error.what());
    }
    params.base_hash = current.value().hash;
    std::optional<client::TypedResult<proto::ExecApprovalsSnapshot>> set;
    try {
      set.emplace(approvals.ExecApprovalsSet(params));
    } catch (const client::GatewayError& e) {
      ThrowForClientError(e, url);
    }
    if (set->ok()) {
      outcome.written = true;
      return outcome;
    }
    if (attempt < kAttempts) {
      auto now = Typed([&] { return approvals.ExecApprovalsGet({}); }, o.rpc.json);
      if (now.value().hash != current.value().hash) continue;
    }
    FailWith(set->raw(), o.rpc.json);
  }
}

void Print(const Outcome& outcome, const ImportOptions& o) {
  const auto& plan = outcome.plan;
  if (o.rpc.json) {
    std::cout << json{{"source", outcome.source},
                      {"target", outcome.target},
                      {"via", outcome.via.empty() ? "local" : "gateway"},
                      {"mode", o.replace ? "replace" : "merge"},
                      {"dryRun", o.dry_run},
                      {"changed", plan.changed},
                      {"written", outcome.written},
                      {"allowlistAdded", plan.entries_added},
                      {"allowlistRemoved", plan.entries_removed},
                      {"agents", plan.agents_added_to},
                      {"defaultsFilled", plan.fields_filled},
                      {"mcpToolsAdded", plan.mcp_tools_added}}
                     .dump(2)
              << "\n";
    return;
  }
  const std::string mcp = plan.mcp_tools_added > 0
                              ? ", " + std::to_string(plan.mcp_tools_added) + " MCP tools added"
                              : "";
  if (o.replace) {
    std::cout << (o.dry_run ? "Would replace" : "Replaced") << " exec approvals with "
              << outcome.source << ": " << plan.entries_added << " allowlist entries added, "
              << plan.entries_removed << " removed (" << plan.agents_added_to << " agents)" << mcp
              << ".\n";
  } else {
    std::cout << (o.dry_run ? "Would import" : "Imported") << " exec approvals from "
              << outcome.source << ": " << plan.entries_added << " allowlist entries added ("
              << plan.agents_added_to << " agents), " << plan.fields_filled << " defaults filled"
              << mcp << ".\n";
  }
  const std::string through =
      outcome.via.empty() ? "" : " (through the running gateway at " + outcome.via + ")";
  if (o.dry_run) {
    std::cout << "Dry run: nothing written to " << outcome.target << ".\n";
  } else if (outcome.written) {
    std::cout << "Written to " << outcome.target << through << ".\n";
  } else {
    std::cout << "Nothing changed in " << outcome.target << through << ".\n";
  }
}

int Import(CliContext& ctx, const ImportOptions& o) {
  const std::filesystem::path from =
      std::filesystem::absolute(o.from ? std::filesystem::path(*o.from) : ctx.paths().state_dir);
  std::string url;
  auto gateway = ConnectIfRunning(ctx, o.rpc, ScopesFor("exec.approvals.set"), &url);
  Outcome outcome;
  if (gateway) {
    auto reference = app::ReadReferenceApprovals(from);
    if (!reference) throw CommandError(kExitFailure, reference.error());
    outcome = ThroughGateway(*gateway, url, *reference, o);
  } else {
    auto report = app::ImportApprovalsLocally(
        ctx.paths(), {.from = from, .replace = o.replace, .dry_run = o.dry_run});
    if (!report) throw CommandError(kExitFailure, report.error());
    outcome = Outcome{.source = report->source,
                      .target = report->target.string(),
                      .via = "",
                      .plan = std::move(report->plan),
                      .written = report->written};
  }
  if (outcome.written) {
    ctx.log().Info("approvals", "imported " + outcome.source + " into " + outcome.target);
  }
  Print(outcome, o);
  return kExitOk;
}

}  // namespace

void AddApprovalsImportCommand(CLI::App& approvals, Action& action) {
  auto options = std::make_shared<ImportOptions>();
  auto* import = approvals.add_subcommand(
      "import", "Import the reference gateway's exec approvals document (read-only on it)");
  import->add_option_function<std::string>(
      "--from", [o = options.get()](const std::string& v) { o->from = v;
},
      "The reference gateway's state dir (default: this profile's)");
import->add_flag("--dry-run", options->dry_run, "Show what would change; write nothing");
import->add_flag("--replace", options->replace,
                 "Replace our document with the reference's (our socket is kept)");
AddRpcFlags(*import, options->rpc);
  import->callback([&action, options] {
    action = [options](CliContext& ctx) { return Import(ctx, *options);
  };  // namespace gateway::cli
  });
  }

  }  // namespace gateway::cli
