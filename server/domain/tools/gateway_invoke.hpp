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

// The outcome of an invoke request over the gateway-invocable tools that exist (`invocable`;
// none in core yet — web_fetch will be the first — so the services pass an empty list).
InvokeDecision DecideInvoke(const proto::OpenClawConfig& config, const InvokeRequest& request,
                            const std::vector<std::string>& invocable);

}  // namespace gateway::domain::tools
