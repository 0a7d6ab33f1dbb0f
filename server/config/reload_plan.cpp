#include "server/config/reload_plan.hpp"

#include <algorithm>
#include <array>

#include "server/config/config_schema.hpp"

namespace gateway::config {
namespace {

void Diff(const nlohmann::json& before, const nlohmann::json& after, const std::string& path,
          std::vector<std::string>& out) {
  if (before == after) return;
  // An object added or removed whole counts leaf by leaf (adding `hooks` changes hooks.enabled).
  static const nlohmann::json kEmpty = nlohmann::json::object();
  if (before.is_object() && after.is_null()) return Diff(before, kEmpty, path, out);
  if (before.is_null() && after.is_object()) return Diff(kEmpty, after, path, out);
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
    if (!before.contains(key))
      Diff(nlohmann::json(), value, path.empty() ? key : path + "." + key, out);
  }
}

bool Under(const std::string& path, std::string_view prefix) {
  return path == prefix || (path.starts_with(prefix) && path[prefix.size()] == '.');
}

}  // namespace

// Hot paths (config.md §7) this gateway applies without a restart: services read the live config
// per request, the run planner per turn, and app::Gateway hands models, hooks, channels, auth and
// the HTTP settings their new values.
constexpr std::array<std::string_view, 19> kLive = {"gateway.auth.token",
                                                    "gateway.auth.password",
                                                    "gateway.auth.rateLimit",
                                                    "gateway.trustedProxies",
                                                    "gateway.http.endpoints",
                                                    "gateway.tools",
                                                    "logging",
                                                    "agents",
                                                    "models",
                                                    "auth",
                                                    "bindings",
                                                    "session",
                                                    "messages",
                                                    "tools",
                                                    "skills",
                                                    "ui",
                                                    "identity",
                                                    "hooks",
                                                    "channels"};
// Under those, what is fixed at start: the session store's default cwd and file, the web_fetch
// tool as built, the hook route's path.
constexpr std::array<std::string_view, 4> kFixedAtStart = {
    "agents.defaults.workspace", "session.store", "tools.web", "hooks.path"};

bool AppliesLive(const std::string& path) {
  auto under = [&](std::string_view prefix) { return Under(path, prefix); };
  return std::any_of(kLive.begin(), kLive.end(), under) &&
         std::none_of(kFixedAtStart.begin(), kFixedAtStart.end(), under);
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
