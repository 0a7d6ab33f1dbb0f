// Generated from protocol/methods/agent.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the agent domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/agent_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A AgentService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.agent.Returns(result)`, then `.calls()`.
class AgentServiceDouble : public AgentService {
 public:
  MethodDouble<AgentParams, Reply<AgentResult, AgentAccepted, AgentErrorPayload>> agent{"agent"};
  MethodDouble<AgentIdentityGetParams, Reply<AgentIdentityGetResult>> agent_identity_get{"agent.identity.get"};
  MethodDouble<AgentWaitParams, Reply<AgentWaitResult>> agent_wait{"agent.wait"};
  MethodDouble<AgentsListParams, Reply<AgentsListResult>> agents_list{"agents.list"};
  MethodDouble<ModelsListParams, Reply<ModelsListResult>> models_list{"models.list"};

  void Agent(AgentParams params, rpc::CallContext&, Reply<AgentResult, AgentAccepted, AgentErrorPayload> reply) override {
    agent.Handle(std::move(params), std::move(reply));
  }

  void AgentIdentityGet(AgentIdentityGetParams params, rpc::CallContext&, Reply<AgentIdentityGetResult> reply) override {
    agent_identity_get.Handle(std::move(params), std::move(reply));
  }

  void AgentWait(AgentWaitParams params, rpc::CallContext&, Reply<AgentWaitResult> reply) override {
    agent_wait.Handle(std::move(params), std::move(reply));
  }

  void AgentsList(AgentsListParams params, rpc::CallContext&, Reply<AgentsListResult> reply) override {
    agents_list.Handle(std::move(params), std::move(reply));
  }

  void ModelsList(ModelsListParams params, rpc::CallContext&, Reply<ModelsListResult> reply) override {
    models_list.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.Agent (agent) with `context`; the outcome holds its answer.
inline CallOutcome<AgentResult, AgentAccepted, AgentErrorPayload> CallAgent(AgentService& service, AgentParams params, rpc::CallContext& context) {
  return Invoke(service, &AgentService::Agent, std::move(params), context);
}

// Calls service.AgentIdentityGet (agent.identity.get) with `context`; the outcome holds its answer.
inline CallOutcome<AgentIdentityGetResult> CallAgentIdentityGet(AgentService& service, AgentIdentityGetParams params, rpc::CallContext& context) {
  return Invoke(service, &AgentService::AgentIdentityGet, std::move(params), context);
}

// Calls service.AgentWait (agent.wait) with `context`; the outcome holds its answer.
inline CallOutcome<AgentWaitResult> CallAgentWait(AgentService& service, AgentWaitParams params, rpc::CallContext& context) {
  return Invoke(service, &AgentService::AgentWait, std::move(params), context);
}

// Calls service.AgentsList (agents.list) with `context`; the outcome holds its answer.
inline CallOutcome<AgentsListResult> CallAgentsList(AgentService& service, AgentsListParams params, rpc::CallContext& context) {
  return Invoke(service, &AgentService::AgentsList, std::move(params), context);
}

// Calls service.ModelsList (models.list) with `context`; the outcome holds its answer.
inline CallOutcome<ModelsListResult> CallModelsList(AgentService& service, ModelsListParams params, rpc::CallContext& context) {
  return Invoke(service, &AgentService::ModelsList, std::move(params), context);
}

}  // namespace gateway::proto::testing
