#include "server/providers/provider_settings.hpp"

#include <algorithm>

namespace gateway::providers {

namespace {

using json = nlohmann::json;

ProviderSettings Bundled(std::string id, ApiKind api, std::string api_name, std::string base_url,
                         std::vector<std::string> env, bool passes_unknown_models = true,
                         std::vector<std::string> catalog = {}) {
  ProviderSettings settings;
  settings.id = std::move(id);
  settings.api = api;
  settings.api_name = std::move(api_name);
  settings.base_url = std::move(base_url);
  settings.api_key_env = std::move(env);
  settings.key_required = true;
  settings.passes_unknown_models = passes_unknown_models;
  for (auto& model : catalog) {
    ModelEntry entry;
    entry.id = model;
    entry.name = std::move(model);
    settings.models.push_back(std::move(entry));
  }
  return settings;
}

std::optional<OpenAiCompat> ParseCompat(const json& compat) {
  if (!compat.is_object()) return std::nullopt;
  OpenAiCompat out;
  if (auto it = compat.find("supportsUsageInStreaming"); it != compat.end() && it->is_boolean()) {
    out.supports_usage_in_streaming = it->get<bool>();
  }
  if (auto it = compat.find("maxTokensField"); it != compat.end() && it->is_string()) {
    out.max_tokens_field = it->get<std::string>();
  }
  if (auto it = compat.find("supportsReasoningEffort"); it != compat.end() && it->is_boolean()) {
    out.supports_reasoning_effort = it->get<bool>();
  }
  return out;
}

std::expected<transport::HttpHeaders, std::string> ParseHeaders(const json& headers,
                                                                const std::string& path,
                                                                const SecretResolver& resolve) {
  transport::HttpHeaders out;
  if (headers.is_null()) return out;
  if (!headers.is_object()) return std::unexpected(path + ": must be an object");
  for (const auto& [name, value] : headers.items()) {
    auto resolved = resolve(value, path + "." + name);
    if (resolved) out.emplace_back(name, *resolved);
  }
  return out;
}

std::optional<int> PositiveInt(const json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || !it->is_number_integer() || it->get<long long>() <= 0) {
    return std::nullopt;
  }
  return static_cast<int>(std::min<long long>(it->get<long long>(), 1LL << 30));
}

std::string StringAt(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::expected<ModelEntry, std::string> ParseModel(const json& model, const std::string& path,
                                                  const SecretResolver& resolve) {
  if (!model.is_object()) return std::unexpected(path + ": must be an object");
  ModelEntry entry;
  entry.id = StringAt(model, "id");
  entry.name = StringAt(model, "name");
  if (entry.id.empty()) return std::unexpected(path + ".id: required");
  if (entry.name.empty()) return std::unexpected(path + ".name: required");
  if (const auto api = StringAt(model, "api"); !api.empty()) {
    entry.api = ParseApiKind(api);
    if (!entry.api) return std::unexpected(path + ".api: unknown API \"" + api + "\"");
  }
  entry.base_url = StringAt(model, "baseUrl");
  if (auto it = model.find("reasoning"); it != model.end() && it->is_boolean()) {
    entry.reasoning = it->get<bool>();
  }
  entry.context_window = PositiveInt(model, "contextWindow");
  entry.max_tokens = PositiveInt(model, "maxTokens");
  if (auto it = model.find("headers"); it != model.end()) {
    auto headers = ParseHeaders(*it, path + ".headers", resolve);
    if (!headers) return std::unexpected(headers.error());
    entry.headers = std::move(*headers);
  }
  if (auto it = model.find("compat"); it != model.end()) entry.compat = ParseCompat(*it);
  return entry;
}

std::expected<ProviderSettings, std::string> ParseProvider(const std::string& id, const json& value,
                                                           const SecretResolver& resolve) {
  const std::string path = "models.providers." + id;
  if (!value.is_object()) return std::unexpected(path + ": must be an object");
  const ProviderSettings* bundled = FindBundledProvider(id);
  ProviderSettings settings = bundled ? *bundled : ProviderSettings{};
  settings.id = id;
  if (const auto base = StringAt(value, "baseUrl"); !base.empty()) settings.base_url = base;
  if (const auto api = StringAt(value, "api"); !api.empty()) {
    const auto kind = ParseApiKind(api);
    if (!kind) return std::unexpected(path + ".api: unknown API \"" + api + "\"");
    settings.api = *kind;
    settings.api_name = api;
  }
  if (auto it = value.find("apiKey"); it != value.end()) {
    settings.api_key = resolve(*it, path + ".apiKey");
  }
  if (auto it = value.find("headers"); it != value.end()) {
    auto headers = ParseHeaders(*it, path + ".headers", resolve);
    if (!headers) return std::unexpected(headers.error());
    settings.headers = std::move(*headers);
  }
  if (const auto seconds = PositiveInt(value, "timeoutSeconds")) {
    settings.timeout = std::chrono::seconds(*seconds);
  }
  settings.max_tokens = PositiveInt(value, "maxTokens");
  const auto models = value.find("models");
  if (models != value.end() && !models->is_null()) {
    if (!models->is_array()) return std::unexpected(path + ".models: must be an array");
    for (std::size_t i = 0; i < models->size(); ++i) {
      auto entry = ParseModel((*models)[i], path + ".models[" + std::to_string(i) + "]", resolve);
      if (!entry) return std::unexpected(entry.error());
      std::erase_if(settings.models, [&](const ModelEntry& m) { return m.id == entry->id; });
      settings.models.push_back(std::move(*entry));
    }
  }
  if (!bundled) {
    if (settings.base_url.empty()) {
      return std::unexpected(path + ": custom model providers must declare baseUrl");
    }
    if (models == value.end() || !models->is_array() || models->empty()) {
      return std::unexpected(path + ": custom model providers must declare models");
    }
    settings.key_required = false;  // local servers often need none
    settings.passes_unknown_models = false;
  }
  return settings;
}

}  // namespace

std::optional<ApiKind> ParseApiKind(std::string_view name) {
  if (name == "openai-completions") return ApiKind::kOpenAiCompletions;
  if (name == "anthropic-messages") return ApiKind::kAnthropicMessages;
  if (name == "ollama") return ApiKind::kOllama;
  if (name == "openai-responses") return ApiKind::kOpenAiResponses;
  for (std::string_view other :
       {"openai-chatgpt-responses", "google-generative-ai", "google-vertex", "github-copilot",
        "bedrock-converse-stream", "pi-messages", "azure-openai-responses"}) {
    if (name == other) return ApiKind::kOther;
  }
  return std::nullopt;
}

std::string_view ApiKindName(ApiKind kind) {
  switch (kind) {
    case ApiKind::kOpenAiCompletions:
      return "openai-completions";
    case ApiKind::kAnthropicMessages:
      return "anthropic-messages";
    case ApiKind::kOllama:
      return "ollama";
    case ApiKind::kOpenAiResponses:
      return "openai-responses";
    case ApiKind::kOther:
      break;
  }
  return "";
}

bool IsImplemented(ApiKind kind) {
  return kind == ApiKind::kOpenAiCompletions || kind == ApiKind::kAnthropicMessages ||
         kind == ApiKind::kOllama || kind == ApiKind::kOpenAiResponses;
}

const ModelEntry* ProviderSettings::FindModel(std::string_view model_id) const {
  const auto it = std::find_if(models.begin(), models.end(),
                               [&](const ModelEntry& entry) { return entry.id == model_id; });
  return it == models.end() ? nullptr : &*it;
}

const std::vector<ProviderSettings>& BundledProviders() {
  using enum ApiKind;
  static const std::vector<ProviderSettings> table = {
      Bundled("openai", kOpenAiResponses, "openai-responses", "https://api.openai.com/v1",
              {"CODEX_API_KEY", "OPENAI_API_KEY"}, /*passes_unknown_models=*/false,
              {"gpt-6-astra", "gpt-6-sol", "gpt-6-luna", "gpt-5.6-sol", "gpt-5.6-terra",
               "gpt-5.6-luna", "gpt-5.5", "gpt-5.4", "gpt-5.4-mini", "gpt-5.4-nano"}),
      Bundled("anthropic", kAnthropicMessages, "anthropic-messages", "https://api.anthropic.com",
              {"ANTHROPIC_OAUTH_TOKEN", "ANTHROPIC_API_KEY"}, /*passes_unknown_models=*/true,
              {"claude-opus-5-5", "claude-opus-5", "claude-sonnet-5", "claude-fable-5-1",
               "claude-mythos-5", "claude-opus-4-8", "claude-haiku-4-5"}),
      Bundled("google", kOther, "google-generative-ai",
              "https://generativelanguage.googleapis.com/v1beta",
              {"GEMINI_API_KEY", "GOOGLE_API_KEY"}, /*passes_unknown_models=*/false,
              {"gemini-3.1-pro-preview", "gemini-3.5-flash", "gemini-3-flash-preview",
               "gemini-3.1-flash-lite", "gemini-2.5-pro", "gemini-2.5-flash"}),
      Bundled("openrouter", kOpenAiCompletions, "openai-completions",
              "https://openrouter.ai/api/v1", {"OPENROUTER_API_KEY"}),
      Bundled("xai", kOpenAiResponses, "openai-responses", "https://api.x.ai/v1", {"XAI_API_KEY"}),
      Bundled("ollama", kOllama, "ollama", "http://127.0.0.1:11434", {"OLLAMA_API_KEY"}),
      Bundled("together", kOpenAiCompletions, "openai-completions", "https://api.together.xyz/v1",
              {"TOGETHER_API_KEY"}),
      Bundled("nvidia", kOpenAiCompletions, "openai-completions",
              "https://integrate.api.nvidia.com/v1", {"NVIDIA_API_KEY"}),
      Bundled("huggingface", kOpenAiCompletions, "openai-completions",
              "https://router.huggingface.co/v1", {"HUGGINGFACE_HUB_TOKEN", "HF_TOKEN"}),
      Bundled("minimax", kAnthropicMessages, "anthropic-messages",
              "https://api.minimax.io/anthropic",
              {"MINIMAX_CODE_PLAN_KEY", "MINIMAX_CODING_API_KEY", "MINIMAX_API_KEY"}),
      Bundled("opencode-go", kOpenAiCompletions, "openai-completions",
              "https://opencode.ai/zen/go/v1", {"OPENCODE_API_KEY", "OPENCODE_ZEN_API_KEY"}),
      Bundled("vllm", kOpenAiCompletions, "openai-completions", "http://127.0.0.1:8000/v1",
              {"VLLM_API_KEY"}),
      Bundled("sglang", kOpenAiCompletions, "openai-completions", "http://127.0.0.1:30000/v1",
              {"SGLANG_API_KEY"}),
      Bundled("litellm", kOpenAiCompletions, "openai-completions", "http://localhost:4000",
              {"LITELLM_API_KEY"}),
      Bundled("lmstudio", kOpenAiCompletions, "openai-completions", "http://localhost:1234/v1",
              {"LM_API_TOKEN"}),
  };
  return table;
}

const ProviderSettings* FindBundledProvider(std::string_view id) {
  const auto& table = BundledProviders();
  const auto it = std::find_if(table.begin(), table.end(),
                               [&](const ProviderSettings& p) { return p.id == id; });
  return it == table.end() ? nullptr : &*it;
}

std::expected<ModelsConfig, std::string> ParseModelsConfig(const json& models,
                                                           const SecretResolver& resolve_secret) {
  ModelsConfig config;
  if (models.is_null()) return config;
  if (!models.is_object()) return std::unexpected("models: must be an object");
  if (const auto mode = StringAt(models, "mode"); !mode.empty()) {
    if (mode != "merge" && mode != "replace") {
      return std::unexpected("models.mode: must be \"merge\" or \"replace\"");
    }
    config.replace_bundled = mode == "replace";
  }
  const auto providers = models.find("providers");
  if (providers == models.end() || providers->is_null()) return config;
  if (!providers->is_object()) return std::unexpected("models.providers: must be an object");
  for (const auto& [id, value] : providers->items()) {
    auto settings = ParseProvider(id, value, resolve_secret);
    if (!settings) return std::unexpected(settings.error());
    config.providers.emplace(id, std::move(*settings));
  }
  return config;
}

}  // namespace gateway::providers
