// What `openclaw exec-policy` works with (cli.md §4): the approvals document in our own file when
// no gateway runs (a running gateway serves its copy from memory, so the CLI goes through
// exec.approvals.get/set then), and the policy the config and the document give together.
#pragma once

#include <expected>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "gateway/proto/config_openclaw.hpp"
#include "server/config/paths.hpp"

namespace gateway::app {

struct LocalApprovals {
  std::filesystem::path path;
  nlohmann::json file;  // the document, socket token redacted
  std::string hash;     // for WriteLocalApprovals' guard
};

// Reads <stateDir>/gateway-cpp/exec-approvals.json without writing anything. Blocking.
std::expected<LocalApprovals, std::string> ReadLocalApprovals(const config::Paths& paths);
// Replaces it (atomically) when its hash is still `base_hash`; omitted socket fields keep the
// stored ones. Blocking.
std::expected<LocalApprovals, std::string> WriteLocalApprovals(const config::Paths& paths,
                                                               const nlohmann::json& file,
                                                               const std::string& base_hash);

// One agent's exec policy: tools.exec (agent over global, mode expanded), the document's
// resolved fields, and the effective policy of a call (the stricter of both).
struct ExecPolicyView {
  std::string host;
  std::optional<std::string> config_security;  // unset: not configured (the built-in applies)
  std::optional<std::string> config_ask;
  std::string approvals_security;
  std::string approvals_ask;
  std::string approvals_ask_fallback;
  std::string effective_security;
  std::string effective_ask;
  std::string effective_ask_fallback;
};
ExecPolicyView DescribeExecPolicy(const proto::OpenClawConfig& config,
                                  const nlohmann::json& approvals_file,
                                  const std::string& agent_id = "main");

}  // namespace gateway::app
