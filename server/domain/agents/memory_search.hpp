// memory.search as the embeddings consumers read it (config.md §6 `memory`): the top-level
// memory.search merged with agents.entries.<id>.memory.search (the agent's keys win, objects
// merge). The config schema keeps `memory` (and an entry's `memory`) as JSON, so this is the one
// place that reads those keys, with an error naming any key of the wrong type.
#pragma once

#include <cstdint>
#include <expected>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"

namespace gateway::domain::agents {

inline constexpr std::string_view kDefaultEmbeddingProvider = "openai";
inline constexpr std::string_view kDefaultOpenAiEmbeddingModel = "text-embedding-3-small";

struct MemorySearchConfig {
  bool enabled = true;
  std::string provider = std::string(kDefaultEmbeddingProvider);
  std::optional<std::string> model;
  std::optional<std::string> base_url;  // remote.baseUrl
  nlohmann::json api_key;               // remote.apiKey: null, a string or a SecretRef
  std::string api_key_path;             // where api_key was set, for secret errors
  std::vector<std::pair<std::string, std::string>> headers;  // remote.headers
  std::optional<std::int64_t> output_dimensionality;
};

std::expected<MemorySearchConfig, std::string> MemorySearchFor(const proto::OpenClawConfig& config,
                                                               std::string_view agent_id);

}  // namespace gateway::domain::agents
