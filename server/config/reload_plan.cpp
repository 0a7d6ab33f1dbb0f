#include "server/config/reload_plan.hpp"

#include "server/config/config_schema.hpp"

namespace gateway::config {
namespace {

void Diff(const nlohmann::json& before, const nlohmann::json& after, const std::string& path,
          std::vector<std::string>& out) {
  if (before == after) return;
  if (!before.is_object() || !after.is_object()) {
    out.push_back(path);
    return;
  }
  for (const auto& [key, value] : before.items()) {
    const std::string child = path.empty() ? key : path + "." + key;
    auto other = after.find(key);
    Diff(value, other == after.end() ? nlohmann::json() : *other, child, out);
  }
  for (const auto& [key, value] : after.items()) {
    if (!before.contains(key)) out.push_back(path.empty() ? key : path + "." + key);
  }
}

bool Under(const std::string& path, std::string_view prefix) {
  return path == prefix || (path.starts_with(prefix) && path[prefix.size()] == '.');
}

}  // namespace

bool AppliesLive(const std::string& path) {
  return Under(path, "gateway.auth.token") || Under(path, "gateway.auth.password") ||
         Under(path, "gateway.auth.rateLimit");
}

ReloadPlan PlanReload(const nlohmann::json& before, const nlohmann::json& after) {
  ReloadPlan plan;
  Diff(before, after, "", plan.changed);
  for (const auto& path : plan.changed) {
    // meta.* is the gateway's own bookkeeping, rewritten on every write: never a reason to act.
    if (Under(path, "meta")) continue;
    const std::string_view kind = ReloadKindOf(path);
    if (kind == "none") continue;
    if (kind == "hot" && AppliesLive(path)) {
      plan.live.push_back(path);
    } else {
      plan.restart.push_back(path);
    }
  }
  return plan;
}

}  // namespace gateway::config
