#include "server/app/session_maintenance.hpp"

#include <string>

namespace gateway::app {
namespace {

namespace sessions = domain::sessions;

constexpr std::string_view kSubsystem = "sessions";

std::string SampleOf(const sessions::MaintenanceReport& report) {
  std::string sample;
  for (const auto& key : report.sample_keys) sample += (sample.empty() ? "" : ", ") + key;
  return sample;
}

}  // namespace

sessions::MaintenancePolicy MaintenancePolicyOf(const proto::OpenClawConfig& config) {
  sessions::MaintenancePolicy policy;
  if (!config.session || !config.session->maintenance) return policy;
  const auto& maintenance = *config.session->maintenance;
  if (maintenance.mode == proto::SessionMaintenanceMode::kEnforce) {
    policy.mode = sessions::MaintenancePolicy::Mode::kEnforce;
  }
  if (maintenance.prune_after) {
    // The config schema checked the duration's shape; a value it lets through that we cannot
    // read keeps the default rather than disabling pruning.
    if (auto ms = sessions::ParseDurationMs(*maintenance.prune_after)) policy.prune_after_ms = *ms;
  }
  if (maintenance.max_entries) policy.max_entries = *maintenance.max_entries;
  return policy;
}

void RunSessionMaintenance(sessions::SessionStore& store, const sessions::MaintenancePolicy& policy,
                           logging::Logger& log) {
  const bool enforce = policy.mode == sessions::MaintenancePolicy::Mode::kEnforce;
  store.Maintain(policy, [&log, enforce](sessions::StoreResult<sessions::MaintenanceReport> done) {
    if (!done) {
      log.Warn(kSubsystem, "session maintenance failed: " + done.error().message);
      return;
    }
    const auto total = done->pruned + done->capped;
    if (total == 0) return;
    const std::string counts = std::to_string(done->pruned) + " idle past session.maintenance." +
                               "pruneAfter, " + std::to_string(done->capped) +
                               " beyond maxEntries (" + SampleOf(*done) + ")";
    if (enforce) {
      log.Info(kSubsystem,
               "session maintenance removed " + std::to_string(total) + " session(s): " + counts);
    } else {
      log.Warn(kSubsystem, "session maintenance would remove " + std::to_string(total) +
                               " session(s): " + counts +
                               "; set session.maintenance.mode to \"enforce\" to remove them");
    }
  });
}

}  // namespace gateway::app
