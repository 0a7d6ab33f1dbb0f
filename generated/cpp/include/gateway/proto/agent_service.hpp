// Generated from protocol/methods/agent.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/rpc.hpp"
#include "gateway/proto/methods_agent.hpp"

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// Handlers of the agent domain. Implement every method; answer through `reply`, now or
// later, from any thread.
class AgentService {
 public:
  virtual ~AgentService() = default;

  // agent: Run one agent turn: an acceptance response as soon as the run is admitted, then the final response on the same request id. runId = idempotencyKey.
  virtual void Agent(AgentParams params, rpc::CallContext& context, Reply<AgentResult, AgentAccepted, AgentErrorPayload> reply) = 0;

  // agent.identity.get: The display identity of an agent (name, avatar, emoji).
  virtual void AgentIdentityGet(AgentIdentityGetParams params, rpc::CallContext& context, Reply<AgentIdentityGetResult> reply) = 0;

  // agent.wait: Wait for a run to finish (never cancels it); unknown runs answer timeout after timeoutMs.
  virtual void AgentWait(AgentWaitParams params, rpc::CallContext& context, Reply<AgentWaitResult> reply) = 0;

  // agents.list: The configured agents and the default one (the real `openclaw agent` calls it before `agent`).
  virtual void AgentsList(AgentsListParams params, rpc::CallContext& context, Reply<AgentsListResult> reply) = 0;

  // models.list: The model catalog (configured providers' models and aliases).
  virtual void ModelsList(ModelsListParams params, rpc::CallContext& context, Reply<ModelsListResult> reply) = 0;
};

}  // namespace gateway::proto
