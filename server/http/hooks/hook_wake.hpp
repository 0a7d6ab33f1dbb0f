// POST <hooks.path>/wake (http.md §7): queues the text as a system event for the target session
// (the agent's main session unless a permitted sessionKey says otherwise) and answers
// {"ok":true,"mode","eventOutcome":"queued"|"coalesced"}. The heartbeat that consumes the event
// (mode "now" asks for one at once) arrives with cron.
#pragma once

#include <memory>

#include "server/http/hooks/hook_context.hpp"
#include "server/http/hooks/hook_payloads.hpp"
#include "server/http/hooks/hook_targets.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http::hooks {

void WakeHook(const HookContext& context, const std::shared_ptr<transport::HttpExchange>& exchange,
              const WakePayload& payload, KeySource key_source);

}  // namespace gateway::http::hooks
