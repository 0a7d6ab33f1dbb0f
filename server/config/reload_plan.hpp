// What a config change means for a running gateway (spec/config.md §7): the changed key paths,
// each classified by the longest matching prefix (ReloadKindOf: restart / hot / none), and whether
// this gateway can apply them live or needs its in-process restart.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace gateway::config {

struct ReloadPlan {
  std::vector<std::string> changed;  // dotted paths of the leaves (or arrays) that differ
  std::vector<std::string> live;     // applied without a restart (auth secrets, rate limits)
  std::vector<std::string> restart;  // need the in-process restart
  bool empty() const { return live.empty() && restart.empty(); }
};

// The paths this gateway applies live: the shared secrets and the failed-auth limiter. Other hot
// keys (agents, models, channels, …) are applied by the in-process restart for now.
bool AppliesLive(const std::string& path);

ReloadPlan PlanReload(const nlohmann::json& before, const nlohmann::json& after);

}  // namespace gateway::config
