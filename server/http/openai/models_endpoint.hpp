// GET /v1/models and GET /v1/models/{id} (spec/http.md §4): the agent targets a client may name
// as `model` — openclaw, openclaw/default and openclaw/<agentId> per configured agent.
#pragma once

#include <memory>

#include "server/config/live_config.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http::openai {

class ModelsEndpoint {
 public:
  explicit ModelsEndpoint(const config::LiveConfig& config) : config_(config) {}
  // Serves /v1/models and everything under it.
  void Handle(const std::shared_ptr<transport::HttpExchange>& exchange) const;

 private:
  const config::LiveConfig& config_;
};

}  // namespace gateway::http::openai
