#include "server/app/session_inventory.hpp"

#include <algorithm>
#include <limits>

#include "gateway/proto/rpc.hpp"
#include "server/app/store_wait.hpp"
#include "server/domain/agents/agent_config.hpp"
#include "server/domain/sessions/session_store.hpp"
#include "server/runtime/thread_pool.hpp"
#include "server/services/sessions/session_wire.hpp"
#include "server/storage/sqlite.hpp"

namespace gateway::app {
namespace {

namespace sessions = domain::sessions;

// Whether `path` holds our session tables: a foreign database (the reference gateway's
// openclaw-agent.sqlite, say) must never be opened by the store, which would migrate it.
bool IsOurStore(const std::filesystem::path& path) {
  try {
    auto db = storage::Database::Open(path, {.read_only = true, .mmap = false});
    auto statement = db.Prepare(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
        "('sessions', 'session_counts', 'transcripts')");
    return statement.Step() && statement.Int(0) == 3;
  } catch (const storage::StorageError&) {
    return false;
  }
}

}  // namespace

std::expected<LocalSessions, std::string> ListLocalSessions(const config::Paths& paths,
                                                            const proto::OpenClawConfig& config,
                                                            const LocalSessionsQuery& query) {
  LocalSessions result;
  result.store_path = query.store ? *query.store : sessions::DefaultStorePath(paths.state_dir);
  const auto agents = domain::agents::ConfiguredAgentIds(config);
  if (query.agent_id && std::find(agents.begin(), agents.end(), *query.agent_id) == agents.end()) {
    return std::unexpected("Unknown agent id: " + *query.agent_id);
  }
  std::error_code error;
  result.store_exists = std::filesystem::exists(result.store_path, error);
  if (!result.store_exists) {
    if (query.store) return std::unexpected("No session store at " + result.store_path.string());
    return result;  // nothing stored yet
  }
  if (!IsOurStore(result.store_path)) {
    return std::unexpected(result.store_path.string() +
                           " is not a session store of this gateway (see `openclaw sessions "
                           "import` for the reference gateway's stores)");
  }

  runtime::ThreadPool pool("sessions-cli", 1);
  sessions::StoreOptions options;
  options.path = result.store_path;
  auto store = sessions::SessionStore::Open(std::move(options), pool);
  if (!store) return std::unexpected(store.error());

  sessions::ListQuery list;
  list.limit = query.limit.value_or(std::numeric_limits<std::int64_t>::max());
  list.active_minutes = query.active_minutes;
  list.include_global = true;
  list.include_unknown = true;
  if (!query.all_agents)
    list.agent_id = query.agent_id.value_or(domain::agents::DefaultAgentId(config));
  auto page = AwaitStore<sessions::ListPage>([&](auto done) { (*store)->List(list, done); });
  if (!page) return std::unexpected(page.error().message);

  result.total_count = page->total_count;
  for (const auto& row : page->rows) {
    nlohmann::json wire = proto::Write(services::ToWireRow(row));
    if (!wire.contains("model")) {
      auto configured = domain::agents::ConfiguredModel(config, row.agent_id);
      if (configured) wire["model"] = *configured;
    }
    result.sessions.push_back(std::move(wire));
  }
  return result;
}

}  // namespace gateway::app
