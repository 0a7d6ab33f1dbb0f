#include "server/services/agent/agent_service.hpp"

#include <fstream>
#include <memory>
#include <set>

#include "gateway/proto/errors.hpp"
#include "server/domain/agents/agent_config.hpp"
#include "server/platform/text.hpp"
#include "server/services/outbound/reply_delivery.hpp"
#include "server/services/sessions/session_wire.hpp"

namespace gateway::services {
namespace {

namespace runs = domain::runs;
namespace agents = domain::agents;
using AgentReply = proto::Reply<proto::AgentResult, proto::AgentAccepted, proto::AgentErrorPayload>;

// The reference's exact preflight texts (methods.md §7 `agent`).
constexpr std::string_view kOverrideRefused =
    "provider/model overrides are not authorized for this caller.";
constexpr std::string_view kPromptModeNone =
    "promptMode=\"none\" requires modelRun=true so the run cannot mutate a durable session.";
constexpr std::string_view kInternalEffects =
    "internal session-effect controls are reserved for backend callers.";
constexpr std::string_view kCwdNotAbsolute = "cwd must be absolute";
constexpr std::string_view kCwdReserved = "cwd is reserved for plugin-owned subagent runs";

std::optional<proto::ErrorShape> Preflight(const proto::AgentParams& params,
                                           const rpc::Peer& peer) {
  if ((params.provider || params.model) && !peer.IsAdmin()) {
    return InvalidRequest(std::string(kOverrideRefused));
  }
  if (params.prompt_mode == proto::AgentPromptMode::kNone && !params.model_run.value_or(false)) {
    return InvalidRequest(std::string(kPromptModeNone));
  }
  const bool backend = peer.connect.client.mode == proto::GatewayClientMode::kBackend;
  if ((params.session_effects == "internal" || params.suppress_prompt_persistence) && !backend) {
    return InvalidRequest(std::string(kInternalEffects));
  }
  if (params.cwd) {
    if (!params.cwd->starts_with('/')) return InvalidRequest(std::string(kCwdNotAbsolute));
    return InvalidRequest(std::string(kCwdReserved));
  }
  return std::nullopt;
}

proto::AgentRunResult RunResultOf(const runs::RunOutcome& outcome) {
  proto::AgentRunResult result;
  if (!outcome.text.empty() && !IsSilentReply(outcome.text)) {
    proto::AgentPayload payload;
    payload.text = outcome.text;
    result.payloads.push_back(std::move(payload));
  }
  nlohmann::json meta = {{"durationMs", outcome.ended_at - outcome.started_at}};
  if (!outcome.provider.empty()) {
    meta["agentMeta"] = {{"provider", outcome.provider},
                         {"model", outcome.model},
                         {"usage",
                          {{"input", outcome.usage.input},
                           {"output", outcome.usage.output},
                           {"cacheRead", outcome.usage.cache_read},
                           {"cacheWrite", outcome.usage.cache_write},
                           {"total", outcome.usage.total}}}};
  }
  result.meta = std::move(meta);
  return result;
}

// The final response of a run (also the cached answer to a later duplicate).
void AnswerFinal(AgentReply& reply, const std::string& run_id, const runs::RunOutcome& outcome,
                 std::optional<nlohmann::json> delivery_status = std::nullopt) {
  proto::AgentResult result;
  result.run_id = run_id;
  switch (outcome.status) {
    case runs::RunStatus::kOk:
      result.status = proto::AgentRunStatus::kOk;
      result.summary = "completed";
      break;
    case runs::RunStatus::kAborted:
    case runs::RunStatus::kTimeout:
      result.status = proto::AgentRunStatus::kTimeout;
      result.summary = "aborted";
      result.stop_reason = outcome.stop_reason;
      if (outcome.status == runs::RunStatus::kTimeout) {
        result.timeout_phase = outcome.provider_started ? "provider" : "queue";
        result.provider_started = outcome.provider_started;
      }
      break;
    case runs::RunStatus::kError: {
      proto::AgentErrorPayload payload;
      payload.run_id = run_id;
      payload.status = proto::AgentRunStatus::kError;
      payload.summary = outcome.error_message;
      return reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable, outcome.error_message),
                        payload);
    }
  }
  result.result = RunResultOf(outcome);
  result.result->delivery_status = std::move(delivery_status);
  reply.Ok(result);
}

// The workspace IDENTITY.md's "Name:" line (as `openclaw setup` writes it: "- **Name:** Claw").
std::optional<std::string> WorkspaceName(const std::filesystem::path& workspace) {
  std::ifstream in(workspace / "IDENTITY.md");
  std::string line;
  for (int lines = 0; lines < 200 && std::getline(in, line); ++lines) {
    auto at = line.find("Name:");
    if (at == std::string::npos) continue;
    std::string value = line.substr(at + 5);
    std::erase(value, '*');
    const auto first = value.find_first_not_of(" \t");
    if (first == std::string::npos) continue;
    value = value.substr(first);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\r')) value.pop_back();
    if (!value.empty()) return value;
  }
  return std::nullopt;
}

}  // namespace

AgentService::AgentService(Domain domain) : domain_(std::move(domain)) {}

void AgentService::Agent(proto::AgentParams params, rpc::CallContext& context, AgentReply reply) {
  if (auto refused = Preflight(params, context.peer())) return reply.Fail(*refused);
  std::optional<ReplyTarget> delivery;
  std::optional<nlohmann::json> undeliverable;  // bestEffortDeliver without a target
  if (params.deliver.value_or(false)) {
    auto target = ResolveReplyTarget(
        domain_.outbound, params.reply_channel ? params.reply_channel : params.channel,
        params.reply_account_id ? params.reply_account_id : params.account_id,
        params.reply_to ? params.reply_to : params.to, params.thread_id);
    if (target) {
      delivery = std::move(*target);
    } else if (!params.best_effort_deliver.value_or(false)) {
      return reply.Fail(InvalidRequest("cannot deliver the reply: " + target.error()));
    } else {
      undeliverable = nlohmann::json{{"status", "skipped"}, {"reason", target.error()}};
    }
  }
  auto thinking = ThinkingParam(params.thinking);
  if (!thinking) return reply.Fail(thinking.error());
  const auto snapshot = domain_.runs.config.Typed();
  const auto& config = *snapshot;

  runs::RunRequest request;
  request.run_id = params.idempotency_key;
  if (params.session_key) {
    auto key = RequestKey(config, *params.session_key, params.agent_id);
    if (!key) return reply.Fail(MalformedKey(*params.session_key));
    request.session_key = *key;
    request.agent_id = params.agent_id ? domain::sessions::NormalizeAgentId(*params.agent_id)
                                       : AgentOfKey(config, *key);
  } else {
    request.agent_id = params.agent_id ? domain::sessions::NormalizeAgentId(*params.agent_id)
                                       : DefaultAgentId(config);
    const std::string id = params.session_id.value_or(params.idempotency_key);
    // No sessionKey: agent:<id>:explicit:<idempotencyKey> (methods.md §7).
    request.session_key = domain::sessions::ExplicitSessionKey(request.agent_id, id);
    request.session_id = id;
  }
  request.message = params.message;
  if (params.model) {
    request.model_override =
        params.provider ? *params.provider + "/" + *params.model : *params.model;
  }
  request.thinking = *thinking;
  if (params.timeout) request.timeout = std::chrono::seconds(*params.timeout);
  request.extra_system_prompt = params.extra_system_prompt.value_or("");
  request.persist_prompt = !params.suppress_prompt_persistence.value_or(false);

  auto shared = std::make_shared<AgentReply>(std::move(reply));
  const bool echo_key = params.session_key.has_value();
  channels::Outbound* outbound = domain_.outbound;
  auto stream = StreamForCaller(
      domain_.runs, context,
      [shared, delivery, undeliverable, outbound](const runs::RunInfo& info,
                                                  const runs::RunOutcome& outcome) {
        const bool answer = outcome.status == runs::RunStatus::kOk &&
                            !platform::TrimAsciiSpace(outcome.text).empty() &&
                            !IsSilentReply(outcome.text);
        if (!delivery || !answer) return AnswerFinal(*shared, info.run_id, outcome, undeliverable);
        // The run id (the idempotencyKey) keys the delivery: a retried request never sends twice.
        DeliverReply(*outbound, *delivery, "agent-deliver:" + info.run_id, outcome.text,
                     [shared, run_id = info.run_id, outcome](nlohmann::json status) {
                       AnswerFinal(*shared, run_id, outcome, std::move(status));
                     });
      });
  rpc::CallContext caller = context;
  const auto access = domain_.runs;
  domain_.runs.engine.Submit(std::move(request), stream, [&](const runs::Admission& admission) {
    proto::AgentAccepted accepted;
    accepted.run_id = admission.info.run_id;
    if (echo_key) accepted.session_key = admission.info.session_key;
    accepted.agent_id = admission.info.agent_id;
    switch (admission.kind) {
      case runs::Admission::Kind::kStarted:
      case runs::Admission::Kind::kQueued:
        RecordOwner(access, caller, admission);
        accepted.status = proto::AgentAcceptedStatus::kAccepted;
        accepted.accepted_at = domain_.runs.engine.Now();
        shared->Accept(accepted);
        break;
      case runs::Admission::Kind::kInFlight:
        accepted.status = proto::AgentAcceptedStatus::kInFlight;
        shared->AcceptOnly(accepted);
        break;
      case runs::Admission::Kind::kFinished:
        AnswerFinal(*shared, admission.info.run_id, *admission.outcome);
        break;
    }
  });
}

void AgentService::AgentWait(proto::AgentWaitParams params, rpc::CallContext&,
                             proto::Reply<proto::AgentWaitResult> reply) {
  auto shared = std::make_shared<proto::Reply<proto::AgentWaitResult>>(std::move(reply));
  const std::string run_id = params.run_id;
  domain_.runs.engine.Wait(run_id, std::chrono::milliseconds(params.timeout_ms.value_or(30000)),
                           [shared, run_id](runs::WaitOutcome waited) {
                             proto::AgentWaitResult result;
                             result.run_id = run_id;
                             switch (waited.kind) {
                               case runs::WaitOutcome::Kind::kPending:
                                 result.status = proto::AgentWaitStatus::kPending;
                                 result.timeout_phase = "queue";
                                 result.provider_started = false;
                                 break;
                               case runs::WaitOutcome::Kind::kTimedOut:
                                 result.status = proto::AgentWaitStatus::kTimeout;
                                 break;
                               case runs::WaitOutcome::Kind::kFinished: {
                                 const auto& outcome = *waited.outcome;
                                 result.status = outcome.status == runs::RunStatus::kOk
                                                     ? proto::AgentWaitStatus::kOk
                                                 : outcome.status == runs::RunStatus::kError
                                                     ? proto::AgentWaitStatus::kError
                                                     : proto::AgentWaitStatus::kTimeout;
                                 result.ended_at = outcome.ended_at;
                                 result.stop_reason.emplace();
                                 if (outcome.status != runs::RunStatus::kOk)
                                   *result.stop_reason = outcome.stop_reason;
                                 result.liveness_state = "settled";
                                 break;
                               }
                             }
                             shared->Ok(result);
                           });
}

void AgentService::AgentIdentityGet(proto::AgentIdentityGetParams params, rpc::CallContext& context,
                                    proto::Reply<proto::AgentIdentityGetResult> reply) {
  const auto snapshot = domain_.runs.config.Typed();
  const auto& config = *snapshot;
  std::string agent_id;
  if (params.agent_id) {
    agent_id = domain::sessions::NormalizeAgentId(*params.agent_id);
  } else if (params.session_key) {
    if (params.session_key->starts_with("agent:") &&
        !domain::sessions::ParseAgentKey(*params.session_key)) {
      return reply.Fail(
          InvalidRequest("invalid agent.identity.get params: malformed session key \"" +
                         *params.session_key + "\""));
    }
    agent_id = AgentOfKey(config, *params.session_key);
  } else {
    agent_id = DefaultAgentId(config);
  }
  auto identity = agents::IdentityOf(config, agent_id);
  const auto workspace =
      agents::WorkspaceOf(config, agent_id, domain_.default_workspace, domain_.home);
  auto shared = std::make_shared<proto::Reply<proto::AgentIdentityGetResult>>(std::move(reply));
  // The workspace file is read on the blocking executor.
  context.executor().Post([shared, agent_id, identity, workspace] {
    proto::AgentIdentityGetResult result;
    result.agent_id = agent_id;
    if (identity.name) {
      result.name = identity.name;
      result.name_source = proto::AgentNameSource::kAgent;
    } else if (auto name = WorkspaceName(workspace)) {
      result.name = name;
      result.name_source = proto::AgentNameSource::kWorkspace;
    } else {
      result.name = "Assistant";
      result.name_source = proto::AgentNameSource::kDefault;
    }
    if (identity.emoji) result.emoji = identity.emoji;
    if (identity.avatar) {
      result.avatar = identity.avatar;
      result.avatar_source = "config";
      result.avatar_status =
          identity.avatar->starts_with("http")    ? proto::AgentAvatarStatus::kRemote
          : identity.avatar->starts_with("data:") ? proto::AgentAvatarStatus::kData
                                                  : proto::AgentAvatarStatus::kLocal;
    } else {
      result.avatar = "A";
      result.avatar_status = proto::AgentAvatarStatus::kNone;
    }
    shared->Ok(result);
  });
}

void AgentService::AgentsList(proto::AgentsListParams, rpc::CallContext&,
                              proto::Reply<proto::AgentsListResult> reply) {
  const auto snapshot = domain_.runs.config.Typed();
  const auto& config = *snapshot;
  proto::AgentsListResult result;
  result.default_id = DefaultAgentId(config);
  result.main_key = std::string(domain::sessions::kMainKey);
  result.scope = config.session && config.session->scope == proto::SessionScope::kGlobal
                     ? proto::AgentsListScope::kGlobal
                     : proto::AgentsListScope::kPerSender;
  for (const auto& id : ConfiguredAgentIds(config)) {
    proto::AgentSummary summary;
    summary.id = id;
    const auto identity = agents::IdentityOf(config, id);
    if (const auto* entry = agents::AgentEntry(config, id); entry && entry->name) {
      summary.name = entry->name;
    }
    if (identity.name || identity.emoji || identity.avatar || identity.theme) {
      proto::AgentSummaryIdentity wire;
      wire.name = identity.name;
      wire.emoji = identity.emoji;
      wire.avatar = identity.avatar;
      wire.theme = identity.theme;
      summary.identity = std::move(wire);
    }
    summary.workspace =
        agents::WorkspaceOf(config, id, domain_.default_workspace, domain_.home).string();
    const auto model = agents::ModelFor(config, id);
    proto::AgentSummaryModel wire_model;
    wire_model.primary = model.primary;
    if (model.fallbacks) wire_model.fallbacks = *model.fallbacks;
    summary.model = std::move(wire_model);
    result.agents.push_back(std::move(summary));
  }
  reply.Ok(result);
}

void AgentService::ModelsList(proto::ModelsListParams params, rpc::CallContext&,
                              proto::Reply<proto::ModelsListResult> reply) {
  if (params.prepared_only.value_or(false) && params.refresh.value_or(false)) {
    return reply.Fail(InvalidRequest("preparedOnly and refresh cannot be combined"));
  }
  const auto snapshot = domain_.runs.config.Typed();
  const auto& config = *snapshot;
  proto::ModelsListResult result;
  std::set<std::string> listed;
  auto add = [&](const std::string& provider, const std::string& id,
                 const proto::ModelDefinitionConfig* definition) {
    const std::string ref = provider + "/" + id;
    if (params.provider && *params.provider != provider) return;
    if (!listed.insert(ref).second) return;
    proto::ModelChoice choice;
    choice.id = id;
    choice.provider = provider;
    choice.name = definition && definition->name ? *definition->name : id;
    if (auto alias = agents::AliasOf(config, ref)) choice.alias = alias;
    if (definition) {
      if (definition->context_window && *definition->context_window >= 1) {
        choice.context_window = definition->context_window;
      }
      choice.reasoning = definition->reasoning;
      if (definition->input) {
        std::vector<proto::ModelInputKind> inputs;
        for (const auto& input : *definition->input) {
          if (auto kind = proto::ParseModelInputKind(input)) inputs.push_back(*kind);
        }
        choice.input = std::move(inputs);
      }
    }
    auto resolved = domain_.models.Resolve(ref);
    choice.available = resolved.has_value();
    if (!resolved && resolved.error().kind == providers::ProviderErrorKind::kAuth) {
      choice.unavailable_reason = proto::ModelUnavailableReason::kMissingAuth;
    } else if (domain_.cooldowns) {
      const auto now = std::chrono::steady_clock::now();
      if (auto until = domain_.cooldowns->CoolingUntil(provider, now)) {
        choice.available = false;
        choice.unavailable_reason = proto::ModelUnavailableReason::kCooldown;
        choice.unavailable_until =
            domain_.runs.engine.Now() +
            std::chrono::duration_cast<std::chrono::milliseconds>(*until - now).count();
      }
    }
    result.models.push_back(std::move(choice));
  };
  if (config.models && config.models->providers) {
    for (const auto& [provider, settings] : *config.models->providers) {
      if (!settings.models) continue;
      for (const auto& model : *settings.models) add(provider, model.id, &model);
    }
  }
  if (config.agents && config.agents->defaults && config.agents->defaults->models) {
    for (const auto& [ref, entry] : *config.agents->defaults->models) {
      auto parsed = providers::ModelRef::Parse(ref);
      if (parsed && parsed->model != "*") add(parsed->provider, parsed->model, nullptr);
    }
  }
  // The default model of each agent, so a configured default always shows.
  for (const auto& id : ConfiguredAgentIds(config)) {
    if (auto parsed = providers::ModelRef::Parse(agents::ModelFor(config, id).primary)) {
      add(parsed->provider, parsed->model, nullptr);
    }
  }
  reply.Ok(result);
}

}  // namespace gateway::services
