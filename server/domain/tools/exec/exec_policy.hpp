// Exec security and ask modes (config.md §6 `tools.exec`, methods.md §13): the `tools.exec`
// settings of one agent (agent fields over global ones, a layer's `mode` replacing security and
// ask), and the effective policy of one call — config ∩ approvals document: security = the
// stricter, ask = the more demanding, askFallback no looser than security.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"

namespace gateway::domain::tools {

enum class ExecSecurity { kDeny = 0, kAllowlist = 1, kFull = 2 };
enum class ExecAsk { kOff = 0, kOnMiss = 1, kAlways = 2 };

std::optional<ExecSecurity> ParseExecSecurity(std::string_view text);
std::optional<ExecAsk> ParseExecAsk(std::string_view text);
std::string_view ToString(ExecSecurity security);
std::string_view ToString(ExecAsk ask);

inline constexpr std::int64_t kDefaultBackgroundMs = 10000;
inline constexpr std::int64_t kDefaultExecTimeoutSeconds = 1800;
inline constexpr std::int64_t kDefaultApprovalTimeoutMs = 1800000;

// tools.exec for one agent. Unset security/ask mean "not configured" (the built-ins then apply).
struct ExecConfig {
  std::string host = "auto";
  std::optional<ExecSecurity> security;
  std::optional<ExecAsk> ask;
  std::int64_t background_ms = kDefaultBackgroundMs;
  std::int64_t timeout_seconds = kDefaultExecTimeoutSeconds;
  std::vector<std::string> safe_bins = {"cut", "uniq", "head", "tail", "tr", "wc"};
  std::vector<std::string> path_prepend;
};

// `tools.exec` of one agent: host, mode (or security and ask), backgroundMs, timeoutSeconds,
// safeBins, pathPrepend — the agent's fields over the global ones.
ExecConfig ResolveExecConfig(const proto::OpenClawConfig& config, std::string_view agent_id);

struct ExecPolicy {
  ExecSecurity security = ExecSecurity::kFull;
  ExecAsk ask = ExecAsk::kOff;
  ExecSecurity ask_fallback = ExecSecurity::kDeny;
};

// The approvals document's fields for one agent (methods.md §13.2 resolution).
struct ApprovalsPolicy {
  ExecSecurity security = ExecSecurity::kFull;
  ExecAsk ask = ExecAsk::kOff;
  ExecSecurity ask_fallback = ExecSecurity::kDeny;
  bool auto_allow_skills = false;
};

ExecPolicy EffectiveExecPolicy(const ExecConfig& config, const ApprovalsPolicy& document,
                               std::optional<ExecAsk> call_ask);

}  // namespace gateway::domain::tools
