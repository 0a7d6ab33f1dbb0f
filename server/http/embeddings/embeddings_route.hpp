// POST /v1/embeddings (http.md §4): enabled with either OpenAI-compatible endpoint; gateway
// Bearer auth and scope operator.write (as chat.send); 5 MiB bodies. `model` (required) selects
// the agent; the agent's memory.search embedding provider computes the vectors over the async
// HttpClient; a client that hangs up cancels the upstream call. The flags and targets follow the
// live config.
#pragma once

#include <memory>

#include "gateway/proto/config_openclaw.hpp"
#include "server/config/gateway_settings.hpp"
#include "server/config/live_config.hpp"
#include "server/http/embeddings/embedding_targets.hpp"
#include "server/http/routes.hpp"
#include "server/logging/logger.hpp"
#include "server/providers/embeddings_client.hpp"
#include "server/runtime/shared_snapshot.hpp"

namespace gateway::http::embeddings {

inline constexpr std::size_t kMaxEmbeddingsBody = 5u << 20;

struct EmbeddingsDependencies {
  const config::LiveConfig& config;  // a snapshot per request
  config::AuthMode auth_mode;
  EmbeddingTargets targets;  // of the config at construction
  transport::HttpClient& http;
  logging::Logger& log;
};

// gateway.http.endpoints.chatCompletions.enabled or ….responses.enabled.
bool EmbeddingsEnabled(const proto::OpenClawConfig& config);

class EmbeddingsRoute {
 public:
  explicit EmbeddingsRoute(EmbeddingsDependencies dependencies);
  // The route refers to this object: it must outlive `routes`' use.
  void Register(Routes& routes);
  // After a config change: the agents' embedding providers as they are now.
  void SetTargets(EmbeddingTargets targets);

 private:
  void Handle(const std::shared_ptr<transport::HttpExchange>& exchange);

  EmbeddingsDependencies deps_;
  runtime::SharedSnapshot<EmbeddingTargets> targets_;
  providers::EmbeddingsClient client_;
};

}  // namespace gateway::http::embeddings
