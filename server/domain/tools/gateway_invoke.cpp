#include "server/domain/tools/gateway_invoke.hpp"

#include <algorithm>
#include <array>

#include "server/domain/tools/tool_policy.hpp"
#include "server/platform/text.hpp"

namespace gateway::domain::tools {
namespace {

// src/security/dangerous-tools.ts (http.md §6).
constexpr std::array<std::string_view, 21> kDefaultDeny = {"exec",
                                                           "spawn",
                                                           "shell",
                                                           "fs_write",
                                                           "fs_delete",
                                                           "fs_move",
                                                           "apply_patch",
                                                           "terminal",
                                                           "portal",
                                                           "sessions_spawn",
                                                           "sessions_send",
                                                           "conversations_list",
                                                           "conversations_send",
                                                           "conversations_turn",
                                                           "automations",
                                                           "gateway",
                                                           "plugins",
                                                           "nodes",
                                                           "computer",
                                                           "mobile_ui",
                                                           "openclaw"};
constexpr std::array<std::string_view, 11> kOwnerOnly = {
    "automations", "gateway", "plugins",  "sessions",  "screen",  "terminal",
    "portal",      "nodes",   "computer", "mobile_ui", "openclaw"};
// Tools that exist only inside agent runs (methods.md §12, observed 2026.9.6).
constexpr std::array<std::string_view, 7> kRunOnly = {"read",        "write", "edit",   "ls",
                                                      "apply_patch", "exec",  "process"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

bool Listed(const std::optional<proto::StringList>& list, const std::string& name) {
  if (!list) return false;
  return std::any_of(list->begin(), list->end(),
                     [&](const std::string& entry) { return NormalizeToolName(entry) == name; });
}

// "agent:<id>:…" → id.
std::optional<std::string> AgentOfKey(const std::string& key) {
  if (key.rfind("agent:", 0) != 0) return std::nullopt;
  const auto end = key.find(':', 6);
  if (end == std::string::npos || end == 6) return std::nullopt;
  return key.substr(6, end - 6);
}

}  // namespace

bool DeniedForGatewayInvoke(const proto::OpenClawConfig& config, const std::string& tool,
                            bool owner) {
  const auto* edits = config.gateway && config.gateway->tools ? &*config.gateway->tools : nullptr;
  if (edits && Listed(edits->deny, tool)) return true;
  if (Contains(kDefaultDeny, tool) && !(edits && Listed(edits->allow, tool))) return true;
  if (!owner && (Contains(kOwnerOnly, tool) || tool.rfind("conversations_", 0) == 0)) return true;
  return false;
}

InvokeDecision DecideInvoke(const proto::OpenClawConfig& config, const InvokeRequest& request,
                            const std::vector<std::string>& available) {
  InvokeDecision decision;
  decision.tool_name = NormalizeToolName(request.name);
  if (request.session_key && request.agent_id) {
    const std::string& key = *request.session_key;
    if (auto owner = AgentOfKey(key);
        owner && *owner != platform::AsciiLower(platform::TrimAsciiSpace(*request.agent_id))) {
      decision.kind = InvokeDecision::Kind::kInvalid;
      decision.message =
          "agent id \"" + *request.agent_id + "\" does not match session agent \"" + *owner + "\"";
      return decision;
    }
  }
  const bool exists =
      std::find(available.begin(), available.end(), decision.tool_name) != available.end();
  if (!exists || Contains(kRunOnly, decision.tool_name) ||
      DeniedForGatewayInvoke(config, decision.tool_name, request.owner)) {
    decision.kind = InvokeDecision::Kind::kNotFound;
    decision.message = "Tool not available: " + decision.tool_name;
    return decision;
  }
  decision.kind = InvokeDecision::Kind::kAllowed;
  return decision;
}

InvokeOutcome RunInvokedTool(const ToolRegistry& registry, const std::string& name,
                             const nlohmann::json& args, const ToolContext& context) {
  const ToolResult result = registry.Call(name, args.dump(), context);
  InvokeOutcome outcome;
  if (!result.is_error) {
    outcome.ok = true;
    outcome.output = {
        {"content", nlohmann::json::array({{{"type", "text"}, {"text", result.text}}})},
        {"details", result.details}};
    return outcome;
  }
  outcome.input_error = result.invalid_arguments;
  outcome.message = result.invalid_arguments ? result.text : "tool execution failed";
  return outcome;
}

}  // namespace gateway::domain::tools
