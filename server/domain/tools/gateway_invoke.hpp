// Gateway-invoked tools (methods.md §12 `tools.invoke`, http.md §6 `POST /tools/invoke`): which
// names may be invoked outside an agent run. The agent-runtime tools (read, write, edit, ls,
// apply_patch, exec, process) never are; the default deny list (edited by gateway.tools.allow /
// deny) and, for non-owners, the owner-only tools are refused too. One decision for both entry
// points; each maps it to its own wire shape.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"
#include "server/domain/tools/tool_registry.hpp"

namespace gateway::domain::tools {

struct InvokeRequest {
  std::string name;  // as given (trimmed, aliases applied here)
  std::optional<std::string> session_key = std::nullopt;
  std::optional<std::string> agent_id = std::nullopt;
  bool owner = false;  // operator.admin (shared-secret bearer auth is always an owner)
};

struct InvokeDecision {
  enum class Kind {
    kInvalid,   // bad session target / agent mismatch (validation_error, HTTP 400)
    kNotFound,  // "Tool not available: <name>" (not_found, HTTP 404)
    kAllowed,   // run it
  };
  Kind kind = Kind::kNotFound;
  std::string tool_name;  // the normalized name
  std::string message;
};

// True when the default deny list (with gateway.tools edits) or the owner-only list refuses it.
bool DeniedForGatewayInvoke(const proto::OpenClawConfig& config, const std::string& tool,
                            bool owner);

// The outcome of an invoke request over the tools that exist (`available`: the registry's names;
// the run-only ones among them are refused here).
InvokeDecision DecideInvoke(const proto::OpenClawConfig& config, const InvokeRequest& request,
                            const std::vector<std::string>& available);

struct InvokeOutcome {
  bool ok = false;
  // Success: the tool result as the reference's tools return it, {content:[{type:"text",
  // text}], details}.
  nlohmann::json output;
  // Failure: the argument error as the tool reported it, or "tool execution failed".
  std::string message;
  bool input_error = false;
};

// Runs an allowed tool (blocking: call it on an executor).
InvokeOutcome RunInvokedTool(const ToolRegistry& registry, const std::string& name,
                             const nlohmann::json& args, const ToolContext& context);

}  // namespace gateway::domain::tools
