#include "server/http/hooks/hook_agent.hpp"

#include "server/domain/agents/agent_config.hpp"
#include "server/http/hooks/hook_reply.hpp"
#include "server/platform/ids.hpp"

namespace gateway::http::hooks {
namespace {

namespace runs = domain::runs;
using nlohmann::json;

json CompletionOf(const runs::RunInfo& info, const runs::RunOutcome& outcome) {
  json completion = {{"status", std::string(runs::ToString(outcome.status))},
                     {"text", outcome.text},
                     {"stopReason", outcome.stop_reason},
                     {"provider", outcome.provider},
                     {"model", outcome.model},
                     {"sessionKey", info.session_key}};
  if (!outcome.error_message.empty()) completion["error"] = outcome.error_message;
  return completion;
}

transport::HttpResponse Finished(const runs::RunInfo& info, const runs::RunOutcome& outcome) {
  return HookJson(
      200, {{"ok", true}, {"runId", info.run_id}, {"completion", CompletionOf(info, outcome)}});
}

}  // namespace

void AgentHook(const HookContext& context, const std::shared_ptr<transport::HttpExchange>& exchange,
               AgentPayload payload, const TargetQuery& query) {
  const std::string run_id = NewUuid();
  auto target = AgentHookTarget(context.config, context.settings, query, NewUuid());
  if (!target) return exchange->Respond(HookError(400, target.error()));

  runs::RunRequest request;
  request.run_id = run_id;
  request.session_key = target->session_key;
  request.agent_id = target->agent_id;
  request.message = std::move(payload.message);
  if (payload.model) {
    auto ref = domain::agents::ResolveModelRef(context.config, *payload.model);
    if (!ref) return exchange->Respond(HookError(400, "Unknown model '" + *payload.model + "'."));
    if (!domain::agents::ModelAllowed(context.config, target->agent_id, *ref)) {
      return exchange->Respond(HookError(
          400, "Model '" + *ref + "' is not allowed for agent '" + target->agent_id + "'."));
    }
    request.model_override = std::move(*ref);
  }
  request.thinking = payload.thinking;
  if (payload.timeout_seconds) request.timeout = std::chrono::seconds(*payload.timeout_seconds);
  request.user_input = false;  // a webhook is not the user's own interaction
  if (payload.deliver) {
    context.log.Info("hooks", "run " + run_id + " (" + payload.name +
                                  ") asked for delivery; no channel is available, so the reply "
                                  "stays in the session");
  }

  const bool wait = payload.wait_for_completion;
  // Only a waiting caller is answered at the end (the run keeps no exchange otherwise).
  auto stream = services::RunEventStream::Create(
      context.events, "",
      [waiting = wait ? exchange : nullptr](const runs::RunInfo& info,
                                            const runs::RunOutcome& outcome) {
        if (waiting) waiting->Respond(Finished(info, outcome));
      });
  context.engine.Submit(std::move(request), stream, [&](const runs::Admission& admission) {
    if (admission.kind == runs::Admission::Kind::kFinished) {
      // A fresh run id finishes at admission only when the engine refuses new work.
      const auto& outcome = *admission.outcome;
      if (outcome.status == runs::RunStatus::kError)
        return exchange->Respond(HookError(503, outcome.error_message, "unavailable"));
      return exchange->Respond(Finished(admission.info, outcome));
    }
    if (!wait) exchange->Respond(HookJson(200, {{"ok", true}, {"runId", admission.info.run_id}}));
  });
}

}  // namespace gateway::http::hooks
