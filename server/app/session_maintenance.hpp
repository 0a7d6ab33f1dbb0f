// session.maintenance (config.md §6): the gateway prunes sessions idle longer than `pruneAfter`
// and caps the row count at `maxEntries` (oldest first; never a main or pinned session) when it
// starts and then every `Timings::session_maintenance`, so one-off sessions (OpenAI calls without
// `user`, hooks) do not grow the store without bound. Mode `warn` (the default) only logs what
// `enforce` would remove.
#pragma once

#include "gateway/proto/config_openclaw.hpp"
#include "server/domain/sessions/session_store.hpp"
#include "server/logging/logger.hpp"

namespace gateway::app {

domain::sessions::MaintenancePolicy MaintenancePolicyOf(const proto::OpenClawConfig& config);

// Runs one pass on the store's threads and logs its outcome (nothing when there was nothing to
// do). `log` must outlive the store's pending work (the gateway flushes the store before it goes).
void RunSessionMaintenance(domain::sessions::SessionStore& store,
                           const domain::sessions::MaintenancePolicy& policy, logging::Logger& log);

}  // namespace gateway::app
