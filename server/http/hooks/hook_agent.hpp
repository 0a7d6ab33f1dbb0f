// POST <hooks.path>/agent (http.md §7): one agent turn through the run engine in the target
// session (hook_targets), answered {"ok":true,"runId"} once admitted, or, with
// waitForCompletion, when the run ends, plus {"completion":{status, text, stopReason, error?,
// provider, model, sessionKey}}. The run is streamed to WebSocket clients like any other.
// deliver/channel/to are validated but no reply is delivered: no channel exists yet.
#pragma once

#include <memory>

#include "server/http/hooks/hook_context.hpp"
#include "server/http/hooks/hook_payloads.hpp"
#include "server/http/hooks/hook_targets.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http::hooks {

void AgentHook(const HookContext& context, const std::shared_ptr<transport::HttpExchange>& exchange,
               AgentPayload payload, const TargetQuery& query);

}  // namespace gateway::http::hooks
