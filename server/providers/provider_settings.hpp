// `models.providers.<id>` as typed settings, and the bundled provider table (config.md "Bundled
// providers") that makes `anthropic/<model>` work with only ANTHROPIC_API_KEY set.
#pragma once

#include <chrono>
#include <expected>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/providers/endpoint.hpp"

namespace gateway::providers {

enum class ApiKind {
  kOpenAiCompletions,  // "openai-completions"
  kAnthropicMessages,  // "anthropic-messages"
  kOllama,             // "ollama": served through its OpenAI-compatible /v1 endpoint
  kOpenAiResponses,    // "openai-responses"
  kOther,              // any other id the spec lists (google-generative-ai, …): not implemented
};
std::optional<ApiKind> ParseApiKind(std::string_view name);  // nullopt: not an API id at all
// The API id of an implemented kind ("openai-completions", …); "" for kOther.
std::string_view ApiKindName(ApiKind kind);
bool IsImplemented(ApiKind kind);

struct ModelEntry {
  std::string id;
  std::string name;
  std::optional<ApiKind> api;  // overrides the provider's
  std::string base_url;        // overrides the provider's
  bool reasoning = false;
  std::optional<int> context_window;
  std::optional<int> max_tokens;
  transport::HttpHeaders headers;
  std::optional<OpenAiCompat> compat;
};

struct ProviderSettings {
  std::string id;
  ApiKind api = ApiKind::kOpenAiCompletions;
  std::string api_name = "openai-completions";
  std::string base_url;
  std::optional<std::string> api_key;    // configured (resolved) key
  std::vector<std::string> api_key_env;  // bundled: env vars tried in order when no key is set
  bool key_required = false;             // bundled providers refuse to run without a credential
  bool passes_unknown_models = true;     // a model id missing from `models` is sent as is
  transport::HttpHeaders headers;
  std::optional<std::chrono::seconds> timeout;
  std::optional<int> max_tokens;
  std::vector<ModelEntry> models;

  const ModelEntry* FindModel(std::string_view id) const;
};

struct ModelsConfig {
  bool replace_bundled = false;  // models.mode = "replace"
  std::map<std::string, ProviderSettings, std::less<>> providers;
};

// Resolves a credential value (string or SecretRef) found at `key_path`; the app passes
// config::ResolveSecret here. nullopt: not set.
using SecretResolver = std::function<std::optional<std::string>(const nlohmann::json& value,
                                                                const std::string& key_path)>;

// Parses the config's `models` object (absent / null: nothing configured). Errors name the key.
std::expected<ModelsConfig, std::string> ParseModelsConfig(const nlohmann::json& models,
                                                           const SecretResolver& resolve_secret);

// The bundled providers this gateway knows without configuration.
const std::vector<ProviderSettings>& BundledProviders();
const ProviderSettings* FindBundledProvider(std::string_view id);

}  // namespace gateway::providers
