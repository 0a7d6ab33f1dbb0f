#include "tools/bench/target.hpp"

#include <fstream>

#include "gateway/client/url.hpp"

namespace gateway::bench {
namespace {

constexpr auto kStartLimit = std::chrono::seconds(20);

std::expected<void, std::string> PatchConfig(const StateDir& state, const nlohmann::json& patch) {
  const std::string path = state.home() + "/.openclaw/openclaw.json";
  nlohmann::json config;
  try {
    std::ifstream in(path);
    config = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    return std::unexpected("cannot read " + path + ": " + e.what());
  }
  config.merge_patch(patch);
  std::ofstream out(path, std::ios::trunc);
  out << config.dump(2) << "\n";
  if (!out) return std::unexpected("cannot write " + path);
  return {};
}

}  // namespace

std::expected<Target, std::string> ResolveTarget(const BenchOptions& options,
                                                 const nlohmann::json& config_patch) {
  Target target;
  if (!options.openclaw.empty()) {
    auto state = StateDir::Create(options.openclaw);
    if (!state) return std::unexpected(state.error());
    target.state = std::move(*state);
    if (config_patch.is_object()) {
      if (auto patched = PatchConfig(*target.state, config_patch); !patched)
        return std::unexpected(patched.error());
    }
    auto process = GatewayProcess::Spawn(*target.state);
    if (!process) return std::unexpected(process.error());
    target.process = std::move(*process);
    if (!target.process->WaitHealthy(kStartLimit)) {
      const std::string how = target.process->Ended().value_or("still running");
      return std::unexpected("the gateway did not answer GET /health within 20 s (" + how +
                             "); its output:\n" + target.process->OutputTail(2000));
    }
    target.fleet.port = target.process->port();
    target.fleet.token = target.state->token();
    target.pid = target.process->pid();
    target.url = "ws://127.0.0.1:" + std::to_string(target.fleet.port) + "/";
    return target;
  }
  if (options.url.empty()) return std::unexpected("give --openclaw <path> or --url <ws://…>");
  auto url = client::ParseUrl(options.url);
  if (!url) return std::unexpected("--url: " + url.error());
  target.fleet.host = url->host;
  target.fleet.port = url->port;
  target.fleet.path = url->target;
  target.fleet.token = options.token;
  target.pid = options.pid;
  target.url = url->ToString();
  return target;
}

std::string GatewayEnded(Target& target) {
  if (!target.process) return "";
  auto ended = target.process->Ended();
  if (!ended) return "";
  return "the gateway " + *ended + "; its last output:\n" + target.process->OutputTail(2000);
}

}  // namespace gateway::bench
