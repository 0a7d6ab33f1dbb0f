#include "server/http/hooks/hook_wake.hpp"

#include "server/http/hooks/hook_reply.hpp"

namespace gateway::http::hooks {

void WakeHook(const HookContext& context, const std::shared_ptr<transport::HttpExchange>& exchange,
              const WakePayload& payload, KeySource key_source) {
  auto target = WakeHookTarget(
      context.config, context.settings,
      {.agent_id = payload.agent_id, .session_key = payload.session_key, .key_source = key_source});
  if (!target) return exchange->Respond(HookError(400, target.error()));
  const auto outcome = context.system_events.Enqueue(target->session_key, payload.text);
  exchange->Respond(HookJson(
      200, {{"ok", true},
            {"mode", std::string(proto::ToString(payload.mode))},
            {"eventOutcome",
             outcome == domain::SystemEventQueue::Outcome::kQueued ? "queued" : "coalesced"}}));
}

}  // namespace gateway::http::hooks
