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

std::optional<std::vector<std::string>> StringsOf(const nlohmann::json& value) {
  if (!value.is_array()) return std::nullopt;
  std::vector<std::string> out;
  for (const auto& item : value) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

Layer ReadLayer(const proto::ToolsConfig* tools, const std::string& where,
                std::vector<std::string>* problems) {
  Layer layer;
  if (!tools || !tools->exec) return layer;
  const nlohmann::json& raw = tools->exec->unknown_fields;
  auto problem = [&](const std::string& key) {
    if (problems) problems->push_back(where + ".exec." + key + " has an invalid value (ignored)");
  };
  if (auto it = raw.find("host"); it != raw.end()) {
    static const std::vector<std::string> kHosts = {"auto", "sandbox", "gateway", "node"};
    if (it->is_string() && std::count(kHosts.begin(), kHosts.end(), it->get<std::string>())) {
      layer.host = it->get<std::string>();
    } else {
      problem("host");
    }
  }
  if (auto it = raw.find("mode"); it != raw.end()) {
    const std::string mode = it->is_string() ? it->get<std::string>() : "";
    if (mode == "deny") {
      layer.security = ExecSecurity::kDeny, layer.ask = ExecAsk::kOff;
    } else if (mode == "allowlist") {
      layer.security = ExecSecurity::kAllowlist, layer.ask = ExecAsk::kOff;
    } else if (mode == "ask" || mode == "auto") {
      layer.security = ExecSecurity::kAllowlist, layer.ask = ExecAsk::kOnMiss;
    } else if (mode == "full") {
      layer.security = ExecSecurity::kFull, layer.ask = ExecAsk::kOff;
    } else {
      problem("mode");
    }
  } else {
    if (auto it = raw.find("security"); it != raw.end()) {
      layer.security = it->is_string() ? ParseExecSecurity(it->get<std::string>()) : std::nullopt;
      if (!layer.security) problem("security");
    }
    if (auto it = raw.find("ask"); it != raw.end()) {
      layer.ask = it->is_string() ? ParseExecAsk(it->get<std::string>()) : std::nullopt;
      if (!layer.ask) problem("ask");
    }
  }
  if (auto it = raw.find("backgroundMs"); it != raw.end()) {
    if (it->is_number()) {
      layer.background_ms = it->get<std::int64_t>();
    } else {
      problem("backgroundMs");
    }
  }
  if (auto it = raw.find("timeoutSeconds"); it != raw.end()) {
    if (it->is_number() && it->get<double>() >= 0) {
      layer.timeout_seconds = it->get<std::int64_t>();
    } else {
      problem("timeoutSeconds");
    }
  }
  if (auto it = raw.find("safeBins"); it != raw.end()) layer.safe_bins = StringsOf(*it);
  if (auto it = raw.find("pathPrepend"); it != raw.end()) layer.path_prepend = StringsOf(*it);
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

ExecConfig ResolveExecConfig(const proto::OpenClawConfig& config, std::string_view agent_id,
                             std::vector<std::string>* problems) {
  const proto::ToolsConfig* global = config.tools ? &*config.tools : nullptr;
  const proto::ToolsConfig* mine = nullptr;
  if (config.agents && config.agents->entries) {
    auto it = config.agents->entries->find(std::string(agent_id));
    if (it != config.agents->entries->end() && it->second.tools) mine = &*it->second.tools;
  }
  const Layer g = ReadLayer(global, "tools", problems);
  const Layer a = ReadLayer(mine, "agents.entries." + std::string(agent_id) + ".tools", problems);
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
