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
  std::vector<std::string> live;     // applied without a restart
  std::vector<std::string> restart;  // need the in-process restart
  bool empty() const { return live.empty() && restart.empty(); }
};

// The hot paths this gateway applies live: auth secrets and limiter, trustedProxies, the HTTP
// endpoint flags, gateway.tools, logging, agents, models, bindings, session, tools, hooks,
// channels (and the keys nothing reads yet: auth, messages, skills, ui, identity) — except what is
// fixed at start (agents.defaults.workspace, session.store, tools.web, hooks.path).
bool AppliesLive(const std::string& path);

ReloadPlan PlanReload(const nlohmann::json& before, const nlohmann::json& after);

}  // namespace gateway::config
