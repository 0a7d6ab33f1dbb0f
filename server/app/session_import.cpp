#include "server/app/session_import.hpp"

#include <algorithm>

#include "server/app/store_wait.hpp"
#include "server/domain/sessions/import/legacy_session_files.hpp"
#include "server/domain/sessions/import/reference_agent_db.hpp"
#include "server/runtime/thread_pool.hpp"

namespace gateway::app {
namespace {

namespace fs = std::filesystem;
namespace sessions = domain::sessions;
namespace import = domain::sessions::import;

// Every agent folder of the source with something to import, by agent id.
std::vector<std::pair<std::string, fs::path>> AgentDirs(const fs::path& from) {
  std::vector<std::pair<std::string, fs::path>> dirs;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(from / "agents", error)) {
    if (entry.is_directory(error))
      dirs.emplace_back(entry.path().filename().string(), entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

std::expected<import::AgentImport, std::string> ReadAgent(const std::string& agent_id,
                                                          const fs::path& dir,
                                                          const std::string& cwd) {
  std::error_code error;
  const auto db = dir / "agent" / import::kReferenceAgentDbName;
  if (fs::exists(db, error)) return import::ReadReferenceAgentDb(db, agent_id, cwd);
  const auto legacy = dir / "sessions";
  if (fs::exists(legacy / import::kLegacyIndexName, error)) {
    return import::ReadLegacySessions(legacy, agent_id, cwd);
  }
  return std::unexpected("nothing to import");
}

// Whether our copy of the session may be replaced: absent, or the same conversation not touched
// here since it was imported.
bool MayWrite(const std::optional<sessions::SessionRow>& ours, const sessions::SessionRow& theirs) {
  return !ours || (ours->session_id == theirs.session_id && ours->updated_at <= theirs.updated_at);
}

}  // namespace

std::expected<SessionImportReport, std::string> ImportReferenceSessions(
    const config::Paths& paths, const SessionImportOptions& options) {
  std::error_code error;
  if (!fs::is_directory(options.from / "agents", error)) {
    return std::unexpected("no agents folder in " + options.from.string() +
                           " (is it an OpenClaw state dir?)");
  }
  SessionImportReport report;
  report.store_path = sessions::DefaultStorePath(paths.state_dir);
  const std::string cwd = (paths.state_dir / "workspace").string();

  runtime::ThreadPool pool("sessions-import", 1);
  std::unique_ptr<sessions::SessionStore> store;
  if (!options.dry_run || fs::exists(report.store_path, error)) {
    sessions::StoreOptions store_options;
    store_options.path = report.store_path;
    store_options.cwd = cwd;
    auto opened = sessions::SessionStore::Open(std::move(store_options), pool);
    if (!opened) return std::unexpected(opened.error());
    store = std::move(*opened);
  }

  bool any_agent = false;
  for (const auto& [agent_id, dir] : AgentDirs(options.from)) {
    if (options.agent_id && *options.agent_id != agent_id) continue;
    any_agent = true;
    auto read = ReadAgent(agent_id, dir, cwd);
    if (!read) {
      if (read.error() != "nothing to import") {
        report.sources.push_back({.agent_id = agent_id,
                                  .source = dir.string(),
                                  .found = 0,
                                  .imported = 0,
                                  .kept = {},
                                  .problems = {read.error()}});
      }
      continue;
    }
    ImportedSource source{.agent_id = agent_id,
                          .source = read->source,
                          .found = static_cast<std::int64_t>(read->sessions.size()),
                          .imported = 0,
                          .kept = {},
                          .problems = std::move(read->problems)};
    std::vector<sessions::ImportedSession> writes;
    for (auto& session : read->sessions) {
      std::optional<sessions::SessionRow> ours;
      if (store) {
        auto got = AwaitStore<std::optional<sessions::SessionRow>>(
            [&](auto done) { store->Get(session.row.key, done); });
        if (!got) return std::unexpected(got.error().message);
        ours = std::move(*got);
      }
      if (!MayWrite(ours, session.row)) {
        source.kept.push_back(session.row.key);
        continue;
      }
      writes.push_back(std::move(session));
    }
    source.imported = static_cast<std::int64_t>(writes.size());
    if (!options.dry_run && !writes.empty()) {
      auto written =
          AwaitStore<std::size_t>([&](auto done) { store->Import(std::move(writes), done); });
      if (!written) return std::unexpected(written.error().message);
      report.events_written += static_cast<std::int64_t>(*written);
    }
    report.sources.push_back(std::move(source));
  }
  if (options.agent_id && !any_agent) {
    return std::unexpected("no agent \"" + *options.agent_id + "\" in " +
                           (options.from / "agents").string());
  }
  if (store) {
    std::promise<void> flushed;
    store->Flush([&] { flushed.set_value(); });
    flushed.get_future().wait();
  }
  return report;
}

}  // namespace gateway::app
