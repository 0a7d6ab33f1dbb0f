// Generated from protocol/methods/agent.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed calls of the agent domain over client::GatewayClient (link gateway_client).
#pragma once

#include <chrono>
#include <optional>

#include "gateway/client/typed_call.hpp"
#include "gateway/proto/methods_agent.hpp"

namespace gateway::proto {

// One method per agent method: typed params in, the typed result or the gateway's error out
// (client::TypedResult). Throws client::GatewayError as GatewayClient::Call does.
class AgentClient {
 public:
  explicit AgentClient(client::GatewayClient& client) : client_(client) {}

  // agent: Run one agent turn: an acceptance response as soon as the run is admitted, then the final response on the same request id. runId = idempotencyKey.
  // Two-phase: waits past the accepted response for the final one.
  client::TypedResult<AgentResult> Agent(const AgentParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<AgentResult>(client_, "agent", Write(params), true, timeout);
  }

  // agent.identity.get: The display identity of an agent (name, avatar, emoji).
  client::TypedResult<AgentIdentityGetResult> AgentIdentityGet(const AgentIdentityGetParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<AgentIdentityGetResult>(client_, "agent.identity.get", Write(params), false, timeout);
  }

  // agent.wait: Wait for a run to finish (never cancels it); unknown runs answer timeout after timeoutMs.
  client::TypedResult<AgentWaitResult> AgentWait(const AgentWaitParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<AgentWaitResult>(client_, "agent.wait", Write(params), false, timeout);
  }

  // agents.list: The configured agents and the default one (the real `openclaw agent` calls it before `agent`).
  client::TypedResult<AgentsListResult> AgentsList(const AgentsListParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<AgentsListResult>(client_, "agents.list", Write(params), false, timeout);
  }

  // models.list: The model catalog (configured providers' models and aliases).
  client::TypedResult<ModelsListResult> ModelsList(const ModelsListParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ModelsListResult>(client_, "models.list", Write(params), false, timeout);
  }

 private:
  client::GatewayClient& client_;
};

}  // namespace gateway::proto
