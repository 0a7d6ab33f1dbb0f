#include "server/providers/provider_registry.hpp"

#include <cstdlib>

#include "server/providers/anthropic_messages.hpp"
#include "server/providers/openai_completions.hpp"
#include "server/providers/openai_responses.hpp"

namespace gateway::providers {

namespace {

ProviderError UnknownModel(const ModelRef& ref) {
  return MakeError(ProviderErrorKind::kModelNotFound,
                   "Unknown model: " + ref.ToString() +
                       ". Run `openclaw models list --refresh --provider " + ref.provider +
                       "` to inspect this provider's model choices, then retry with a model "
                       "supported by your account.");
}

}  // namespace

std::optional<ModelRef> ModelRef::Parse(std::string_view ref) {
  const auto slash = ref.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 == ref.size()) return std::nullopt;
  return ModelRef{std::string(ref.substr(0, slash)), std::string(ref.substr(slash + 1))};
}

ModelRequest ResolvedModel::Prepare(ModelRequest request) const {
  request.model = ref.model;
  if (!request.sampling.max_tokens) request.sampling.max_tokens = max_tokens;
  return request;
}

ProviderRegistry::ProviderRegistry(transport::HttpClient& client, ModelsConfig config,
                                   EnvLookup env)
    : client_(client),
      config_(std::make_shared<const ModelsConfig>(std::move(config))),
      env_(std::move(env)) {
  if (!env_) {
    env_ = [](const std::string& name) -> std::optional<std::string> {
      const char* value = std::getenv(name.c_str());
      if (value == nullptr || *value == '\0') return std::nullopt;
      return std::string(value);
    };
  }
}

void ProviderRegistry::Reconfigure(ModelsConfig config) {
  config_.Store(std::make_shared<const ModelsConfig>(std::move(config)));
}

std::shared_ptr<const ModelsConfig> ProviderRegistry::Config() const { return config_.Load(); }

std::optional<ProviderSettings> ProviderRegistry::Settings(std::string_view id) const {
  const auto config = Config();
  if (const auto it = config->providers.find(id); it != config->providers.end()) return it->second;
  if (config->replace_bundled) return std::nullopt;
  if (const auto* bundled = FindBundledProvider(id)) return *bundled;
  return std::nullopt;
}

std::optional<std::string> ProviderRegistry::Credential(const ProviderSettings& settings) const {
  if (settings.api_key && !settings.api_key->empty()) return settings.api_key;
  for (const auto& name : settings.api_key_env) {
    if (auto value = env_(name); value && !value->empty()) return value;
  }
  return std::nullopt;
}

std::expected<ResolvedModel, ProviderError> ProviderRegistry::Resolve(std::string_view text) const {
  const auto ref = ModelRef::Parse(text);
  if (!ref) {
    return std::unexpected(
        MakeError(ProviderErrorKind::kModelNotFound,
                  "Unknown model: " + std::string(text) + " (a model ref is provider/model)"));
  }
  const auto settings = Settings(ref->provider);
  if (!settings) return std::unexpected(UnknownModel(*ref));
  const ModelEntry* entry = settings->FindModel(ref->model);
  if (!entry && !settings->passes_unknown_models) return std::unexpected(UnknownModel(*ref));

  const ApiKind api = entry && entry->api ? *entry->api : settings->api;
  if (!IsImplemented(api)) {
    return std::unexpected(MakeError(
        ProviderErrorKind::kModelNotFound,
        ref->ToString() + ": provider " + ref->provider + " uses the " + settings->api_name +
            " API, which this gateway does not support yet; configure models.providers." +
            ref->provider +
            " with api \"openai-completions\", \"openai-responses\" or \"anthropic-messages\""));
  }
  const auto key = Credential(*settings);
  if (!key && settings->key_required) {
    return std::unexpected(MakeError(
        ProviderErrorKind::kAuth,
        "No route-compatible authentication source is configured for " + ref->provider + "."));
  }

  Endpoint endpoint;
  endpoint.base_url = entry && !entry->base_url.empty() ? entry->base_url : settings->base_url;
  if (api == ApiKind::kOllama && !endpoint.base_url.ends_with("/v1")) {
    endpoint.base_url = JoinUrl(endpoint.base_url, "v1");  // Ollama's OpenAI-compatible API
  }
  endpoint.api_key = key.value_or("");
  endpoint.headers = settings->headers;
  if (entry) {
    endpoint.headers.insert(endpoint.headers.end(), entry->headers.begin(), entry->headers.end());
    if (entry->compat) endpoint.compat = *entry->compat;
  }
  if (settings->timeout) endpoint.timeout = *settings->timeout;

  ResolvedModel resolved;
  resolved.ref = *ref;
  resolved.api = api;
  if (entry) resolved.entry = *entry;
  resolved.max_tokens = entry && entry->max_tokens ? entry->max_tokens : settings->max_tokens;
  if (api == ApiKind::kAnthropicMessages) {
    resolved.provider = std::make_shared<AnthropicMessagesProvider>(client_, std::move(endpoint));
  } else if (api == ApiKind::kOpenAiResponses) {
    resolved.provider = std::make_shared<OpenAiResponsesProvider>(client_, std::move(endpoint));
  } else {
    resolved.provider = std::make_shared<OpenAiCompletionsProvider>(client_, std::move(endpoint));
  }
  return resolved;
}

std::optional<Endpoint> ProviderRegistry::ProviderEndpoint(std::string_view id) const {
  const auto settings = Settings(id);
  if (!settings) return std::nullopt;
  Endpoint endpoint;
  endpoint.base_url = settings->base_url;
  endpoint.api_key = Credential(*settings).value_or("");
  endpoint.headers = settings->headers;
  if (settings->timeout) endpoint.timeout = *settings->timeout;
  return endpoint;
}

std::vector<std::string> ProviderRegistry::AvailableProviders() const {
  std::vector<std::string> out;
  const auto config = Config();
  for (const auto& [id, settings] : config->providers) {
    if (!settings.key_required || Credential(settings)) out.push_back(id);
  }
  if (config->replace_bundled) return out;
  for (const auto& bundled : BundledProviders()) {
    if (config->providers.contains(bundled.id)) continue;
    if (IsImplemented(bundled.api) && Credential(bundled)) out.push_back(bundled.id);
  }
  return out;
}

}  // namespace gateway::providers
