#include "server/domain/tools/exec/exec_policy.hpp"

#include <algorithm>

namespace gateway::domain::tools {
namespace {

// One layer's settings as written (agent or global).
struct Layer {
  std::optional<std::string> host;
  std::optional<ExecSecurity> security;
  std::optional<ExecAsk> ask;
  std::optional<std::int64_t> background_ms;
  std::optional<std::int64_t> timeout_seconds;
  std::optional<std::vector<std::string>> safe_bins;
  std::optional<std::vector<std::string>> path_prepend;
};

ExecSecurity SecurityOf(proto::ExecSecurityLevel level) {
  switch (level) {
    case proto::ExecSecurityLevel::kDeny:
      return ExecSecurity::kDeny;
    case proto::ExecSecurityLevel::kAllowlist:
      return ExecSecurity::kAllowlist;
    case proto::ExecSecurityLevel::kFull:
      return ExecSecurity::kFull;
  }
  return ExecSecurity::kDeny;
}

ExecAsk AskOf(proto::ExecAskMode mode) {
  switch (mode) {
    case proto::ExecAskMode::kOff:
      return ExecAsk::kOff;
    case proto::ExecAskMode::kOnMiss:
      return ExecAsk::kOnMiss;
    case proto::ExecAskMode::kAlways:
      return ExecAsk::kAlways;
  }
  return ExecAsk::kAlways;
}

// config.md's mode table: the canonical policy as a security and ask pair.
void ApplyMode(proto::ExecMode mode, Layer& layer) {
  switch (mode) {
    case proto::ExecMode::kDeny:
      layer.security = ExecSecurity::kDeny, layer.ask = ExecAsk::kOff;
      return;
    case proto::ExecMode::kAllowlist:
      layer.security = ExecSecurity::kAllowlist, layer.ask = ExecAsk::kOff;
      return;
    case proto::ExecMode::kAsk:
    case proto::ExecMode::kAuto:
      layer.security = ExecSecurity::kAllowlist, layer.ask = ExecAsk::kOnMiss;
      return;
    case proto::ExecMode::kFull:
      layer.security = ExecSecurity::kFull, layer.ask = ExecAsk::kOff;
      return;
  }
}

// The typed config has validated every value (the loader refuses mode next to security/ask).
Layer ReadLayer(const proto::ToolsConfig* tools) {
  Layer layer;
  if (!tools || !tools->exec) return layer;
  const auto& exec = *tools->exec;
  if (exec.host) layer.host = std::string(proto::ToString(*exec.host));
  if (exec.mode) {
    ApplyMode(*exec.mode, layer);
  } else {
    if (exec.security) layer.security = SecurityOf(*exec.security);
    if (exec.ask) layer.ask = AskOf(*exec.ask);
  }
  layer.background_ms = exec.background_ms;
  if (exec.timeout_seconds)
    layer.timeout_seconds = static_cast<std::int64_t>(*exec.timeout_seconds);
  layer.safe_bins = exec.safe_bins;
  layer.path_prepend = exec.path_prepend;
  return layer;
}

template <class T>
T Pick(const std::optional<T>& mine, const std::optional<T>& global, T fallback) {
  return mine ? *mine : (global ? *global : std::move(fallback));
}

}  // namespace

std::optional<ExecSecurity> ParseExecSecurity(std::string_view text) {
  if (text == "deny") return ExecSecurity::kDeny;
  if (text == "allowlist") return ExecSecurity::kAllowlist;
  if (text == "full") return ExecSecurity::kFull;
  return std::nullopt;
}

std::optional<ExecAsk> ParseExecAsk(std::string_view text) {
  if (text == "off") return ExecAsk::kOff;
  if (text == "on-miss") return ExecAsk::kOnMiss;
  if (text == "always") return ExecAsk::kAlways;
  return std::nullopt;
}

std::string_view ToString(ExecSecurity security) {
  switch (security) {
    case ExecSecurity::kDeny:
      return "deny";
    case ExecSecurity::kAllowlist:
      return "allowlist";
    case ExecSecurity::kFull:
      return "full";
  }
  return "deny";
}

std::string_view ToString(ExecAsk ask) {
  switch (ask) {
    case ExecAsk::kOff:
      return "off";
    case ExecAsk::kOnMiss:
      return "on-miss";
    case ExecAsk::kAlways:
      return "always";
  }
  return "off";
}

ExecConfig ResolveExecConfig(const proto::OpenClawConfig& config, std::string_view agent_id) {
  const proto::ToolsConfig* global = config.tools ? &*config.tools : nullptr;
  const proto::ToolsConfig* mine = nullptr;
  if (config.agents && config.agents->entries) {
    auto it = config.agents->entries->find(std::string(agent_id));
    if (it != config.agents->entries->end() && it->second.tools) mine = &*it->second.tools;
  }
  const Layer g = ReadLayer(global);
  const Layer a = ReadLayer(mine);
  ExecConfig out;
  out.host = Pick(a.host, g.host, out.host);
  // A layer that sets security or ask (or mode) decides both fields.
  const Layer& policy = (a.security || a.ask) ? a : g;
  out.security = policy.security;
  out.ask = policy.ask;
  out.background_ms = std::clamp<std::int64_t>(
      Pick(a.background_ms, g.background_ms, out.background_ms), 10, 120000);
  out.timeout_seconds = Pick(a.timeout_seconds, g.timeout_seconds, out.timeout_seconds);
  out.safe_bins = Pick(a.safe_bins, g.safe_bins, out.safe_bins);
  out.path_prepend = Pick(a.path_prepend, g.path_prepend, out.path_prepend);
  return out;
}

ExecPolicy EffectiveExecPolicy(const ExecConfig& config, const ApprovalsPolicy& document,
                               std::optional<ExecAsk> call_ask) {
  ExecPolicy policy;
  const ExecSecurity configured = config.security.value_or(ExecSecurity::kFull);
  const ExecAsk configured_ask = config.ask.value_or(ExecAsk::kOff);
  policy.security = std::min(configured, document.security);
  policy.ask = std::max(configured_ask, document.ask);
  if (call_ask) policy.ask = std::max(policy.ask, *call_ask);
  policy.ask_fallback = std::min(policy.security, document.ask_fallback);
  return policy;
}

}  // namespace gateway::domain::tools
