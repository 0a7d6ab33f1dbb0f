#include "server/http/embeddings/embedding_targets.hpp"

#include <stdexcept>

#include "server/domain/agents/agent_config.hpp"
#include "server/domain/agents/memory_search.hpp"

namespace gateway::http::embeddings {
namespace {

namespace agents = domain::agents;

std::expected<EmbeddingTarget, std::string> TargetOf(const proto::OpenClawConfig& config,
                                                     const std::string& agent_id,
                                                     const providers::ProviderRegistry& registry,
                                                     const providers::SecretResolver& resolve) {
  auto search = agents::MemorySearchFor(config, agent_id);
  if (!search) return std::unexpected(search.error());
  if (!search->enabled)
    return std::unexpected("memory.search is disabled for agent '" + agent_id + "'");
  EmbeddingTarget target;
  target.provider = search->provider;
  target.dimensions = search->output_dimensionality;
  if (search->model) {
    target.model = *search->model;
  } else if (search->provider == agents::kDefaultEmbeddingProvider) {
    target.model = std::string(agents::kDefaultOpenAiEmbeddingModel);
  } else {
    return std::unexpected("memory.search.model is not set for embedding provider '" +
                           search->provider + "'");
  }
  if (auto endpoint = registry.ProviderEndpoint(search->provider)) target.endpoint = *endpoint;
  if (search->base_url) target.endpoint.base_url = *search->base_url;
  if (target.endpoint.base_url.empty())
    return std::unexpected("no base URL for embedding provider '" + search->provider +
                           "' (set memory.search.remote.baseUrl)");
  if (!search->api_key.is_null()) {
    try {
      auto key = resolve(search->api_key, search->api_key_path);
      if (key) target.endpoint.api_key = *key;
    } catch (const std::exception& error) {
      return std::unexpected(error.what());
    }
  }
  target.endpoint.headers.insert(target.endpoint.headers.end(), search->headers.begin(),
                                 search->headers.end());
  return target;
}

}  // namespace

EmbeddingTargets EmbeddingTargetsOf(const proto::OpenClawConfig& config,
                                    const providers::ProviderRegistry& registry,
                                    const providers::SecretResolver& resolve_secret) {
  EmbeddingTargets targets;
  for (const auto& id : agents::ConfiguredAgentIds(config))
    targets.emplace(id, TargetOf(config, id, registry, resolve_secret));
  return targets;
}

}  // namespace gateway::http::embeddings
