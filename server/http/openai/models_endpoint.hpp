// GET /v1/models and GET /v1/models/{id} (spec/http.md §4): the agent targets a client may name
// as `model` — openclaw, openclaw/default and openclaw/<agentId> per configured agent.
#pragma once

#include <memory>

#include "gateway/proto/config_openclaw.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http::openai {

class ModelsEndpoint {
 public:
  explicit ModelsEndpoint(const proto::OpenClawConfig& config) : config_(config) {}
  // Serves /v1/models and everything under it.
  void Handle(const std::shared_ptr<transport::HttpExchange>& exchange) const;

 private:
  const proto::OpenClawConfig& config_;
};

}  // namespace gateway::http::openai
