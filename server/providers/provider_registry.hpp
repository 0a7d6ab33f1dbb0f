// Resolves `provider/model` refs to a ready ModelProvider: configured providers overlaid on the
// bundled table, credentials from the config or the provider's env vars, per-model overrides
// (baseUrl, api, headers, compat, maxTokens).
#pragma once

#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/providers/model_provider.hpp"
#include "server/providers/provider_settings.hpp"
#include "server/runtime/shared_snapshot.hpp"

namespace gateway::providers {

// A model reference split at the first "/" (the model id may contain more slashes).
struct ModelRef {
  std::string provider;
  std::string model;

  static std::optional<ModelRef> Parse(std::string_view ref);
  std::string ToString() const { return provider + "/" + model; }
  bool operator==(const ModelRef&) const = default;
};

struct ResolvedModel {
  ModelRef ref;
  ApiKind api = ApiKind::kOpenAiCompletions;
  std::shared_ptr<ModelProvider> provider;
  std::optional<ModelEntry> entry;  // the catalog row, when the provider lists the model
  std::optional<int> max_tokens;    // the model's, else the provider's output cap

  // A request for this model: model id and (unless given) the output cap filled in.
  ModelRequest Prepare(ModelRequest request) const;
};

class ProviderRegistry {
 public:
  using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;

  // `env` reads the process environment by default.
  ProviderRegistry(transport::HttpClient& client, ModelsConfig config, EnvLookup env = {});

  // Errors: kModelNotFound (unknown provider or model, an API not implemented yet), kAuth (no
  // credential for a provider that needs one), with the spec's messages.
  std::expected<ResolvedModel, ProviderError> Resolve(std::string_view ref) const;

  // Where provider `id` (configured or bundled) is reached: its base URL, credential (empty when
  // none is set), extra headers and timeout; nullopt for an unknown provider. For callers of
  // other APIs of the same provider (embeddings).
  std::optional<Endpoint> ProviderEndpoint(std::string_view id) const;
  // Providers usable now: configured ones, and bundled ones whose credential is present.
  std::vector<std::string> AvailableProviders() const;
  // models.* changed and applied live: later resolutions use `config`; resolved models in use keep
  // the provider they got.
  void Reconfigure(ModelsConfig config);

 private:
  std::shared_ptr<const ModelsConfig> Config() const;
  std::optional<ProviderSettings> Settings(std::string_view id) const;
  std::optional<std::string> Credential(const ProviderSettings& settings) const;

  transport::HttpClient& client_;
  runtime::SharedSnapshot<ModelsConfig> config_;
  EnvLookup env_;
};

}  // namespace gateway::providers
