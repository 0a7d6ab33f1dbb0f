// Where /v1/embeddings sends an agent's inputs (http.md §4): the embedding provider and model of
// the agent's memory.search, its base URL (remote.baseUrl, else the provider's), credential
// (remote.apiKey, else the provider's) and headers. Resolved once at startup, per configured agent;
// an agent whose settings are unusable keeps the reason (the request then fails with 500 and the
// reason is logged).
#pragma once

#include <cstdint>
#include <expected>
#include <map>
#include <optional>
#include <string>

#include "gateway/proto/config_openclaw.hpp"
#include "server/providers/endpoint.hpp"
#include "server/providers/provider_registry.hpp"
#include "server/providers/provider_settings.hpp"

namespace gateway::http::embeddings {

struct EmbeddingTarget {
  std::string provider;
  std::string model;
  providers::Endpoint endpoint;
  std::optional<std::int64_t> dimensions;  // memory.search.outputDimensionality
};

using EmbeddingTargets =
    std::map<std::string, std::expected<EmbeddingTarget, std::string>, std::less<>>;

EmbeddingTargets EmbeddingTargetsOf(const proto::OpenClawConfig& config,
                                    const providers::ProviderRegistry& registry,
                                    const providers::SecretResolver& resolve_secret);

}  // namespace gateway::http::embeddings
