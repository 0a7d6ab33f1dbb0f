// The agent domain (methods.md §6–§7): the two-phase `agent` turn, agent.wait, agent identities,
// agents.list and models.list. Protocol <-> domain translation only; runs go to the run engine.
#pragma once

#include <filesystem>

#include "gateway/proto/agent_service.hpp"
#include "gateway/proto/config_openclaw.hpp"
#include "server/channels/outbound.hpp"
#include "server/providers/provider_cooldowns.hpp"
#include "server/providers/provider_registry.hpp"
#include "server/services/agent/run_access.hpp"

namespace gateway::services {

class AgentService final : public proto::AgentService {
 public:
  struct Domain {
    RunAccess runs;
    const providers::ProviderRegistry& models;
    const providers::ProviderCooldowns* cooldowns = nullptr;  // models.list: "cooldown" rows
    std::filesystem::path default_workspace;                  // the default agent's workspace
    std::filesystem::path home;
    channels::Outbound* outbound = nullptr;  // deliver:true; null: no channels
  };
  explicit AgentService(Domain domain);

  void Agent(proto::AgentParams params, rpc::CallContext& context,
             proto::Reply<proto::AgentResult, proto::AgentAccepted, proto::AgentErrorPayload> reply)
      override;
  void AgentWait(proto::AgentWaitParams params, rpc::CallContext& context,
                 proto::Reply<proto::AgentWaitResult> reply) override;
  void AgentIdentityGet(proto::AgentIdentityGetParams params, rpc::CallContext& context,
                        proto::Reply<proto::AgentIdentityGetResult> reply) override;
  void AgentsList(proto::AgentsListParams params, rpc::CallContext& context,
                  proto::Reply<proto::AgentsListResult> reply) override;
  void ModelsList(proto::ModelsListParams params, rpc::CallContext& context,
                  proto::Reply<proto::ModelsListResult> reply) override;

 private:
  Domain domain_;
};

}  // namespace gateway::services
