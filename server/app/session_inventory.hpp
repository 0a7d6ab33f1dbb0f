// The session store read from outside the gateway, for `openclaw sessions`: the reference CLI reads
// its store directly (cli.md §4), so listing works whether or not a gateway runs. SQLite in WAL
// mode lets this reader share the file with a running gateway.
#pragma once

#include <cstdint>
#include <expected>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"
#include "server/config/paths.hpp"

namespace gateway::app {

struct LocalSessionsQuery {
  std::optional<std::string> agent_id;  // nullopt: the default agent (unless all_agents)
  bool all_agents = false;
  std::optional<std::int64_t> active_minutes;  // updated within the last N minutes
  std::optional<std::int64_t> limit = 100;     // nullopt: all
  std::optional<std::filesystem::path> store;  // an explicit store file
};

struct LocalSessions {
  std::filesystem::path store_path;
  bool store_exists = false;  // no file yet: nothing has been stored
  std::int64_t total_count = 0;
  // SessionRow as sessions.list returns it, plus `model` filled from the agent's configured model
  // when the session has no override of its own.
  std::vector<nlohmann::json> sessions;
};

// Reads the store (never creating it). An error names what went wrong (unknown agent, a store
// path that is missing or not one of ours).
std::expected<LocalSessions, std::string> ListLocalSessions(const config::Paths& paths,
                                                            const proto::OpenClawConfig& config,
                                                            const LocalSessionsQuery& query);

}  // namespace gateway::app
