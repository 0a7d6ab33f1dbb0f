#include "tools/openclaw/sessions_commands.hpp"

#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "gateway/proto/protocol.hpp"
#include "gateway/proto/sessions_client.hpp"
#include "server/app/session_import.hpp"
#include "server/app/session_inventory.hpp"
#include "server/config/loader.hpp"
#include "tools/openclaw/exit_codes.hpp"
#include "tools/openclaw/rpc_command.hpp"
#include "tools/openclaw/text_table.hpp"

namespace gateway::cli {
using nlohmann::json;

namespace {

struct ListOptions {
  std::optional<std::string> agent;
  bool all_agents = false;
  std::optional<std::int64_t> active_minutes;
  std::string limit = "100";
  std::optional<std::string> store;
  bool json = false;
  bool verbose = false;
};

struct CompactOptions {
  RpcOptions rpc;
  std::string key;
  std::optional<std::int64_t> max_lines;
  std::optional<std::string> agent;
};

struct ChangeOptions {  // archive and delete
  RpcOptions rpc;
  std::vector<std::string> keys;
  std::optional<std::string> agent;
  bool dry_run = false;
  bool yes = false;
};

std::int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// "just now", "42s ago", "5m ago", "3h ago", "2d ago"; "-" without a timestamp.
std::string Age(const json& updated_at, std::int64_t now_ms) {
  if (!updated_at.is_number_integer()) return "-";
  const auto seconds = std::max<std::int64_t>(0, (now_ms - updated_at.get<std::int64_t>()) / 1000);
  if (seconds < 5) return "just now";
  if (seconds < 60) return std::to_string(seconds) + "s ago";
  if (seconds < 3600) return std::to_string(seconds / 60) + "m ago";
  if (seconds < 86400) return std::to_string(seconds / 3600) + "h ago";
  return std::to_string(seconds / 86400) + "d ago";
}

// 1234 -> "1.2k", 200000 -> "200k", 3400000 -> "3.4m".
std::string Compact(std::int64_t n) {
  auto scaled = [](std::int64_t value, std::int64_t unit, const char* suffix) {
    const std::int64_t tenths = (value * 10 + unit / 2) / unit;
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0 && tenths < 1000) text += "." + std::to_string(tenths % 10);
    return text + suffix;
  };
  if (n >= 1'000'000) return scaled(n, 1'000'000, "m");
  if (n >= 1000) return scaled(n, 1000, "k");
  return std::to_string(n);
}

std::string Tokens(const json& row) {
  const auto total = row.value("totalTokens", std::int64_t{0});
  if (!row.contains("contextTokens") || !row["contextTokens"].is_number_integer()) {
    return Compact(total);
  }
  const auto context = row["contextTokens"].get<std::int64_t>();
  if (context <= 0) return Compact(total);
  return Compact(total) + "/" + Compact(context) + " (" + std::to_string(total * 100 / context) +
         "%)";
}

std::optional<std::int64_t> ParseLimit(const std::string& text) {
  if (text == "all") return std::nullopt;
  std::size_t used = 0;
  long long value = 0;
  try {
    value = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || value < 1) {
    throw CommandError(kExitUsage, "--limit must be a positive number or \"all\", got: " + text);
  }
  return value;
}

int SessionsList(CliContext& ctx, const ListOptions& o) {
  if (o.store && (o.agent || o.all_agents)) {
    throw CommandError(kExitUsage, "--store cannot be combined with --agent or --all-agents");
  }
  if (o.agent && o.all_agents) {
    throw CommandError(kExitUsage, "--agent cannot be combined with --all-agents");
  }
  if (o.active_minutes && *o.active_minutes < 1) {
    throw CommandError(kExitUsage, "--active must be a positive number of minutes");
  }
  config::LoadedConfig loaded;
  try {
    loaded = config::LoadConfig(ctx.paths(), ctx.env());
  } catch (const config::ConfigError& e) {
    throw CommandError(kExitFailure, e.what());
  }
  app::LocalSessionsQuery query;
  query.agent_id = o.agent;
  query.all_agents = o.all_agents;
  query.active_minutes = o.active_minutes;
  query.limit = ParseLimit(o.limit);
  if (o.store) query.store = *o.store;
  auto listed = app::ListLocalSessions(ctx.paths(), loaded.typed, query);
  if (!listed) throw CommandError(kExitFailure, listed.error());

  if (o.json) {
    json out = {{"path", listed->store_path.string()},
                {"count", listed->sessions.size()},
                {"totalCount", listed->total_count},
                {"activeMinutes", o.active_minutes ? json(*o.active_minutes) : json(nullptr)},
                {"sessions", listed->sessions}};
    if (o.all_agents) out["allAgents"] = true;
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << "Session store: " << listed->store_path.string() << "\n";
  if (o.active_minutes) std::cout << "Active in the last " << *o.active_minutes << " minutes\n";
  std::cout << "Sessions listed: " << listed->sessions.size();
  if (listed->total_count > static_cast<std::int64_t>(listed->sessions.size())) {
    std::cout << " of " << listed->total_count << " (--limit all shows every one)";
  }
  std::cout << "\n";
  if (listed->sessions.empty()) {
    std::cout << (listed->store_exists ? "No sessions found.\n" : "No sessions stored yet.\n");
    return kExitOk;
  }
  std::vector<std::string> header = {"KIND", "KEY", "AGE", "MODEL", "TOKENS"};
  if (o.verbose) header.insert(header.end(), {"SESSION ID", "LABEL", "FLAGS"});
  std::vector<std::vector<std::string>> rows = {header};
  const auto now = NowMs();
  for (const auto& s : listed->sessions) {
    std::vector<std::string> row = {s.value("kind", "-"), s.value("key", ""),
                                    Age(s.value("updatedAt", json()), now), s.value("model", "-"),
                                    Tokens(s)};
    if (o.verbose) {
      std::string flags;
      for (const char* flag : {"pinned", "archived", "unread"}) {
        if (s.value(flag, false)) flags += (flags.empty() ? "" : ",") + std::string(flag);
      }
      row.insert(row.end(),
                 {s.value("sessionId", "-"), s.value("label", "-"), flags.empty() ? "-" : flags});
    }
    rows.push_back(std::move(row));
  }
  PrintTable(rows);
  return kExitOk;
}

std::unique_ptr<client::GatewayClient> Connect(CliContext& ctx, const RpcOptions& o,
                                               std::vector<std::string> scopes) {
  return ConnectTo(ResolveTarget(ctx, o), std::move(scopes),
                   std::chrono::milliseconds(o.timeout_ms));
}

int SessionsCompact(CliContext& ctx, const CompactOptions& o) {
  if (o.max_lines && *o.max_lines < 1) {
    throw CommandError(kExitUsage, "--max-lines must be at least 1");
  }
  auto client = Connect(ctx, o.rpc, ScopesFor("sessions.compact"));
  proto::SessionsCompactParams params;
  params.key = o.key;
  params.agent_id = o.agent;
  params.max_lines = o.max_lines;
  auto result =
      Typed([&] { return proto::SessionsClient(*client).SessionsCompact(params); }, o.rpc.json);
  if (o.rpc.json) {
    std::cout << result.raw().payload.dump(2) << "\n";
    return kExitOk;
  }
  const auto& r = result.value();
  if (!r.compacted) {
    std::cout << "Not compacted: " << r.key << " (" << r.reason.value_or("nothing to compact")
              << ")\n";
    return r.ok ? kExitOk : kExitFailure;
  }
  std::cout << "Compacted " << r.key;
  if (r.kept) std::cout << ": kept the last " << *r.kept << " lines";
  std::cout << "\n";
  return kExitOk;
}

// The session a key names, as the gateway resolves it (aliases such as "main" included).
struct Target {
  std::string key;
  std::optional<std::string> session_id;
};

std::optional<Target> Find(proto::SessionsClient& sessions, const std::string& key,
                           const std::optional<std::string>& agent, bool json_output) {
  proto::SessionsResolveParams resolve;
  resolve.key = key;
  resolve.agent_id = agent;
  resolve.include_global = true;
  resolve.include_unknown = true;
  auto resolved = Typed([&] { return sessions.SessionsResolve(resolve); }, json_output);
  if (!resolved.value().ok || !resolved.value().key) return std::nullopt;
  Target target{.key = *resolved.value().key, .session_id = std::nullopt};
  proto::SessionsListParams list;
  list.search = target.key;
  list.agent_id = resolved.value().agent_id;
  list.include_global = true;
  list.include_unknown = true;
  list.archived = proto::SessionsArchivedFilter{proto::SessionsArchivedFilterVariant2::kAll};
  list.limit = 1000;
  auto listed = Typed([&] { return sessions.SessionsList(list); }, json_output);
  for (const auto& row : listed.value().sessions) {
    if (row.key == target.key) target.session_id = row.session_id;
  }
  return target;
}

bool Confirmed(const std::string& question) {
  std::cout << question << " [y/N] " << std::flush;
  std::string answer;
  if (!std::getline(std::cin, answer)) return false;
  return answer == "y" || answer == "Y" || answer == "yes";
}

enum class Change { kArchive, kDelete };

int SessionsChange(CliContext& ctx, const ChangeOptions& o, Change change) {
  const bool deleting = change == Change::kDelete;
  if (deleting && !o.dry_run && !o.yes) {
    if (o.rpc.json || ::isatty(STDIN_FILENO) == 0) {
      throw CommandError(kExitUsage, "sessions delete needs --yes when not interactive");
    }
    if (!Confirmed("Delete " + std::to_string(o.keys.size()) +
                   (o.keys.size() == 1 ? " session" : " sessions") +
                   " and archive their transcripts?")) {
      std::cout << "Nothing deleted.\n";
      return kExitFailure;
    }
  }
  auto client =
      Connect(ctx, o.rpc, {"operator.read", deleting ? "operator.admin" : "operator.write"});
  proto::SessionsClient sessions(*client);
  json results = json::array();
  bool all_ok = true;
  for (const auto& key : o.keys) {
    auto target = Find(sessions, key, o.agent, o.rpc.json);
    json entry = {{"key", target ? target->key : key}};
    if (!target) {
      all_ok = false;
      entry["ok"] = false;
      entry["error"] = "Session not found: " + key;
      if (!o.rpc.json) std::cerr << "Session not found: " << key << "\n";
      results.push_back(entry);
      continue;
    }
    if (target->session_id) entry["sessionId"] = *target->session_id;
    if (o.dry_run) {
      entry["ok"] = true;
      entry["dryRun"] = true;
      if (!o.rpc.json) {
        std::cout << (deleting ? "Would delete " : "Would archive ") << target->key << "\n";
      }
      results.push_back(entry);
      continue;
    }
    if (deleting) {
      proto::SessionsDeleteParams params;
      params.key = target->key;
      params.agent_id = o.agent;
      params.delete_transcript = true;
      auto deleted = Typed([&] { return sessions.SessionsDelete(params); }, o.rpc.json);
      entry["ok"] = true;
      entry["deleted"] = deleted.value().deleted;
      entry["archived"] = deleted.value().archived;
      if (!o.rpc.json) {
        std::cout << (deleted.value().deleted ? "Deleted " : "Already gone: ") << target->key
                  << "\n";
      }
    } else {
      proto::SessionsPatchParams params;
      params.key = target->key;
      params.agent_id = o.agent;
      params.archived = std::optional<bool>(true);
      params.expected_session_id = target->session_id;
      Typed([&] { return sessions.SessionsPatch(params); }, o.rpc.json);
      entry["ok"] = true;
      entry["archived"] = true;
      if (!o.rpc.json) std::cout << "Archived " << target->key << "\n";
    }
    results.push_back(entry);
  }
  if (o.rpc.json) {
    std::cout << json{{"dryRun", o.dry_run}, {"results", results}}.dump(2) << "\n";
  }
  return all_ok ? kExitOk : kExitFailure;
}

struct ImportOptions {
  std::optional<std::string> from;
  std::optional<std::string> agent;
  bool dry_run = false;
  bool json = false;
};

int SessionsImport(CliContext& ctx, const ImportOptions& o) {
  app::SessionImportOptions options;
  options.from = o.from ? std::filesystem::path(*o.from) : ctx.paths().state_dir;
  options.agent_id = o.agent;
  options.dry_run = o.dry_run;
  auto report = app::ImportReferenceSessions(ctx.paths(), options);
  if (!report) throw CommandError(kExitFailure, report.error());
  std::int64_t imported = 0;
  for (const auto& source : report->sources) imported += source.imported;
  if (o.json) {
    json sources = json::array();
    for (const auto& source : report->sources) {
      sources.push_back({{"agentId", source.agent_id},
                         {"source", source.source},
                         {"found", source.found},
                         {"imported", source.imported},
                         {"kept", source.kept},
                         {"problems", source.problems}});
    }
    std::cout << json{{"store", report->store_path.string()},
                      {"dryRun", o.dry_run},
                      {"imported", imported},
                      {"eventsWritten", report->events_written},
                      {"sources", sources}}
                     .dump(2)
              << "\n";
    return kExitOk;
  }
  std::cout << (o.dry_run ? "Dry run: nothing is written.\n" : "") << "From "
            << options.from.string() << " into " << report->store_path.string() << "\n";
  if (report->sources.empty()) std::cout << "No reference sessions found.\n";
  for (const auto& source : report->sources) {
    std::cout << source.agent_id << ": " << source.source << ": " << source.found << " sessions, "
              << source.imported << (o.dry_run ? " to import" : " imported");
    if (!source.kept.empty()) std::cout << ", " << source.kept.size() << " kept (changed here)";
    std::cout << "\n";
    for (const auto& key : source.kept) std::cout << "  kept: " << key << "\n";
    for (const auto& problem : source.problems) std::cout << "  skipped: " << problem << "\n";
  }
  if (!o.dry_run) {
    std::cout << "Imported " << imported << " sessions (" << report->events_written
              << " transcript events).\n";
  }
  return kExitOk;
}

void AddListFlags(CLI::App& command, ListOptions& o) {
  command.add_option("--agent", o.agent, "One configured agent (default: the default agent)");
  command.add_flag("--all-agents", o.all_agents, "Every agent's sessions");
  command.add_option("--active", o.active_minutes, "Only sessions updated in the last N minutes");
  command.add_option("--limit", o.limit, "How many sessions to show: a number or \"all\" (100)");
  command.add_option("--store", o.store, "An explicit session store file");
  command.add_flag("--json", o.json, "Machine-readable output on stdout");
  command.add_flag("--verbose", o.verbose, "Also show session ids, labels and flags");
}

}  // namespace

void AddSessionsCommands(CLI::App& app, Action& action) {
  auto* sessions = app.add_subcommand(
      "sessions", "Stored conversation sessions (read locally; changes through the gateway)");
  auto list_options = std::make_shared<ListOptions>();
  AddListFlags(*sessions, *list_options);
  sessions->callback([sessions, &action, list_options] {
    if (sessions->get_subcommands().empty()) {
      action = [list_options](CliContext& ctx) { return SessionsList(ctx, *list_options); };
    }
  });

  auto* list = sessions->add_subcommand("list", "List stored sessions");
  auto sub_list_options = std::make_shared<ListOptions>();
  AddListFlags(*list, *sub_list_options);
  list->callback([&action, sub_list_options] {
    action = [sub_list_options](CliContext& ctx) { return SessionsList(ctx, *sub_list_options); };
  });

  auto import_options = std::make_shared<ImportOptions>();
  auto* import = sessions->add_subcommand(
      "import", "Import the reference gateway's sessions and transcripts (read-only on them)");
  import->add_option("--from", import_options->from,
                     "The reference gateway's state dir (default: this profile's)");
  import->add_option("--agent", import_options->agent, "Only this agent's sessions");
  import->add_flag("--dry-run", import_options->dry_run, "Show what would be imported");
  import->add_flag("--json", import_options->json, "Machine-readable output on stdout");
  import->callback([&action, import_options] {
    action = [import_options](CliContext& ctx) { return SessionsImport(ctx, *import_options);
};
}  // namespace gateway::cli
);

auto compact_options = std::make_shared<CompactOptions>();
auto* compact = sessions->add_subcommand(
    "compact", "Compact a transcript: summarized by the model, or its last --max-lines kept");
compact->add_option("key", compact_options->key, "Session key")->required();
compact->add_option("--max-lines", compact_options->max_lines, "Keep only the last N lines");
compact->add_option("--agent", compact_options->agent, "The session's agent");
AddRpcFlags(*compact, compact_options->rpc);
compact->callback([&action, compact_options] {
  action = [compact_options](CliContext& ctx) { return SessionsCompact(ctx, *compact_options); };
});

auto archive_options = std::make_shared<ChangeOptions>();
auto* archive = sessions->add_subcommand("archive", "Archive sessions (kept, hidden from lists)");
archive->add_option("keys", archive_options->keys, "Session keys")->required();
archive->add_option("--agent", archive_options->agent, "The sessions' agent");
archive->add_flag("--dry-run", archive_options->dry_run, "Show what would be archived");
AddRpcFlags(*archive, archive_options->rpc);
archive->callback([&action, archive_options] {
  action = [archive_options](CliContext& ctx) {
    return SessionsChange(ctx, *archive_options, Change::kArchive);
  };
});

auto delete_options = std::make_shared<ChangeOptions>();
auto* remove =
    sessions->add_subcommand("delete", "Delete sessions (their transcripts are archived as JSONL)");
remove->add_option("keys", delete_options->keys, "Session keys")->required();
remove->add_option("--agent", delete_options->agent, "The sessions' agent");
remove->add_flag("--yes", delete_options->yes, "Do not ask (required when not interactive)");
remove->add_flag("--dry-run", delete_options->dry_run, "Show what would be deleted");
AddRpcFlags(*remove, delete_options->rpc);
remove->callback([&action, delete_options] {
  action = [delete_options](CliContext& ctx) {
    return SessionsChange(ctx, *delete_options, Change::kDelete);
  };
});
}

}  // namespace gateway::cli
