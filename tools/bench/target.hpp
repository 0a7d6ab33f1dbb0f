// The gateway a run measures: one the bench starts itself (--openclaw), or a running one
// (--url, --token and optionally --pid).
#pragma once

#include <expected>
#include <memory>
#include <string>

#include "tools/bench/bench_options.hpp"
#include "tools/bench/gateway_launcher.hpp"
#include "tools/bench/raw_fleet.hpp"

namespace gateway::bench {

struct Target {
  FleetTarget fleet;
  std::string url;
  int pid = 0;                              // 0 when unknown: no RSS or thread figures then
  std::unique_ptr<StateDir> state;          // when the bench started the gateway
  std::unique_ptr<GatewayProcess> process;  // destroyed (stopped) before `state`
};

// `config_patch` (an object, applied as a JSON merge patch to the openclaw.json that `openclaw
// setup` wrote) only applies to a gateway the bench starts.
std::expected<Target, std::string> ResolveTarget(const BenchOptions& options,
                                                 const nlohmann::json& config_patch = nullptr);

// Empty while a gateway the bench started is still running; else how it ended, with the tail
// of its output. Always empty for an external gateway.
std::string GatewayEnded(Target& target);

}  // namespace gateway::bench
