#include "server/domain/agents/agent_config.hpp"

#include <algorithm>
#include <array>
#include <thread>
#include <utility>

#include "server/domain/sessions/session_key.hpp"

namespace gateway::domain::agents {
namespace {

// DEFAULT_MODEL_ALIASES of the reference (config.md §6 `models`).
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kBuiltInAliases{{
    {"opus", "anthropic/claude-opus-5"},
    {"sonnet", "anthropic/claude-sonnet-5"},
    {"gpt", "openai/gpt-5.4"},
    {"gpt-mini", "openai/gpt-5.4-mini"},
    {"gpt-nano", "openai/gpt-5.4-nano"},
    {"gemini", "google/gemini-3.1-pro-preview"},
    {"gemini-flash", "google/gemini-3-flash-preview"},
    {"gemini-flash-lite", "google/gemini-3.1-flash-lite"},
}};

const proto::AgentDefaultsConfig* Defaults(const proto::OpenClawConfig& config) {
  if (!config.agents || !config.agents->defaults) return nullptr;
  return &*config.agents->defaults;
}

std::optional<std::string> PrimaryOf(const std::optional<proto::AgentModelSelection>& selection) {
  if (!selection) return std::nullopt;
  if (const auto* text = std::get_if<std::string>(&selection->value)) {
    if (!text->empty()) return *text;
    return std::nullopt;
  }
  const auto& model = std::get<proto::AgentModelConfig>(selection->value);
  if (model.primary && !model.primary->empty()) return model.primary;
  return std::nullopt;
}

const std::optional<proto::StringList>* FallbacksOf(
    const std::optional<proto::AgentModelSelection>& selection) {
  if (!selection) return nullptr;
  const auto* model = std::get_if<proto::AgentModelConfig>(&selection->value);
  if (!model || !model->fallbacks) return nullptr;
  return &model->fallbacks;
}

const std::map<std::string, proto::AgentModelEntryConfig>* ModelEntries(
    const proto::OpenClawConfig& config) {
  const auto* defaults = Defaults(config);
  if (!defaults || !defaults->models) return nullptr;
  return &*defaults->models;
}

// The alias a built-in name stands for here: its target is listed without an alias and no entry
// uses the name.
std::optional<std::string> BuiltInAlias(const proto::OpenClawConfig& config,
                                        std::string_view name) {
  const auto* entries = ModelEntries(config);
  if (!entries) return std::nullopt;
  for (const auto& [ref, entry] : *entries) {
    if (entry.alias && *entry.alias == name) return std::nullopt;
  }
  for (const auto& [alias, target] : kBuiltInAliases) {
    if (alias != name) continue;
    auto it = entries->find(std::string(target));
    if (it != entries->end() && !it->second.alias) return std::string(target);
  }
  return std::nullopt;
}

}  // namespace

const proto::AgentEntryConfig* AgentEntry(const proto::OpenClawConfig& config,
                                          std::string_view agent_id) {
  if (!config.agents) return nullptr;
  if (config.agents->entries) {
    for (const auto& [id, entry] : *config.agents->entries) {
      if (sessions::NormalizeAgentId(id) == agent_id) return &entry;
    }
  }
  if (config.agents->list) {
    for (const auto& entry : *config.agents->list) {
      if (entry.id && sessions::NormalizeAgentId(*entry.id) == agent_id) return &entry;
    }
  }
  return nullptr;
}

std::string DefaultAgentId(const proto::OpenClawConfig& config) {
  if (config.agents && config.agents->entries) {
    for (const auto& [id, entry] : *config.agents->entries) {
      if (entry.default_.value_or(false)) return sessions::NormalizeAgentId(id);
    }
  }
  if (config.agents && config.agents->list) {
    for (const auto& entry : *config.agents->list) {
      if (entry.id && entry.default_.value_or(false)) return sessions::NormalizeAgentId(*entry.id);
    }
  }
  return std::string(sessions::kDefaultAgentId);
}

std::vector<std::string> ConfiguredAgentIds(const proto::OpenClawConfig& config) {
  std::vector<std::string> ids{DefaultAgentId(config)};
  if (config.agents && config.agents->entries) {
    for (const auto& [id, entry] : *config.agents->entries) {
      ids.push_back(sessions::NormalizeAgentId(id));
    }
  }
  if (config.agents && config.agents->list) {
    for (const auto& entry : *config.agents->list) {
      if (entry.id) ids.push_back(sessions::NormalizeAgentId(*entry.id));
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::optional<std::string> ConfiguredModel(const proto::OpenClawConfig& config,
                                           std::string_view agent_id) {
  if (const auto* entry = AgentEntry(config, agent_id)) {
    if (auto model = PrimaryOf(entry->model)) return model;
  }
  if (const auto* defaults = Defaults(config)) return PrimaryOf(defaults->model);
  return std::nullopt;
}

std::optional<std::string> ResolveModelRef(const proto::OpenClawConfig& config,
                                           std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (const auto* entries = ModelEntries(config)) {
    for (const auto& [ref, entry] : *entries) {
      if (entry.alias && *entry.alias == text) return ref;
    }
  }
  if (auto target = BuiltInAlias(config, text)) return target;
  const auto slash = text.find('/');
  if (slash != std::string_view::npos) {
    if (slash == 0 || slash + 1 == text.size()) return std::nullopt;
    return std::string(text);
  }
  // A bare id: the one configured provider that lists it.
  std::optional<std::string> match;
  if (config.models && config.models->providers) {
    for (const auto& [provider, settings] : *config.models->providers) {
      if (!settings.models) continue;
      for (const auto& model : *settings.models) {
        if (model.id != text) continue;
        if (match) return std::nullopt;  // ambiguous
        match = provider + "/" + model.id;
      }
    }
  }
  return match;
}

bool ModelAllowed(const proto::OpenClawConfig& config, std::string_view agent_id,
                  std::string_view ref) {
  if (!config.agents || !config.agents->defaults || !config.agents->defaults->model_policy ||
      !config.agents->defaults->model_policy->allow) {
    return true;
  }
  for (const auto& allowed : *config.agents->defaults->model_policy->allow) {
    if (ResolveModelRef(config, allowed).value_or(allowed) == ref) return true;
  }
  const auto choice = ModelFor(config, agent_id);
  if (choice.primary == ref) return true;
  const auto& fallbacks = choice.fallbacks;
  return fallbacks && std::find(fallbacks->begin(), fallbacks->end(), ref) != fallbacks->end();
}

std::optional<std::string> AliasOf(const proto::OpenClawConfig& config, std::string_view ref) {
  const auto* entries = ModelEntries(config);
  if (!entries) return std::nullopt;
  auto it = entries->find(std::string(ref));
  if (it == entries->end()) return std::nullopt;
  if (it->second.alias) return it->second.alias;
  for (const auto& [alias, target] : kBuiltInAliases) {
    if (target == ref && BuiltInAlias(config, alias)) return std::string(alias);
  }
  return std::nullopt;
}

ModelChoice ModelFor(const proto::OpenClawConfig& config, std::string_view agent_id) {
  ModelChoice choice;
  const auto configured = ConfiguredModel(config, agent_id);
  choice.primary = configured ? ResolveModelRef(config, *configured).value_or(*configured)
                              : std::string(kDefaultModelRef);
  const std::optional<proto::StringList>* fallbacks = nullptr;
  if (const auto* entry = AgentEntry(config, agent_id)) fallbacks = FallbacksOf(entry->model);
  if (!fallbacks) {
    if (const auto* defaults = Defaults(config)) fallbacks = FallbacksOf(defaults->model);
  }
  if (fallbacks && *fallbacks) {
    choice.fallbacks.emplace();
    for (const auto& fallback : **fallbacks) {
      choice.fallbacks->push_back(ResolveModelRef(config, fallback).value_or(fallback));
    }
  }
  return choice;
}

std::filesystem::path WorkspaceOf(const proto::OpenClawConfig& config, std::string_view agent_id,
                                  const std::filesystem::path& default_workspace,
                                  const std::filesystem::path& home) {
  if (const auto* entry = AgentEntry(config, agent_id); entry && entry->workspace) {
    const std::string& path = *entry->workspace;
    if (path == "~") return home;
    if (path.starts_with("~/")) return home / path.substr(2);
    return path;
  }
  if (agent_id == DefaultAgentId(config)) return default_workspace;
  return default_workspace.string() + "-" + std::string(agent_id);
}

AgentIdentity IdentityOf(const proto::OpenClawConfig& config, std::string_view agent_id) {
  AgentIdentity identity;
  const auto* entry = AgentEntry(config, agent_id);
  if (!entry) return identity;
  if (entry->identity) {
    identity.name = entry->identity->name;
    identity.emoji = entry->identity->emoji;
    identity.avatar = entry->identity->avatar;
    identity.theme = entry->identity->theme;
  }
  if (!identity.name && entry->name) identity.name = entry->name;
  return identity;
}

std::chrono::milliseconds RunTimeout(const proto::OpenClawConfig& config) {
  const auto* defaults = Defaults(config);
  if (!defaults || !defaults->timeout_seconds) return kDefaultRunTimeout;
  return std::chrono::seconds(std::max<std::int64_t>(0, *defaults->timeout_seconds));
}

int MaxConcurrentRuns(const proto::OpenClawConfig& config) {
  const auto* defaults = Defaults(config);
  if (defaults && defaults->max_concurrent && *defaults->max_concurrent > 0) {
    return static_cast<int>(*defaults->max_concurrent);
  }
  const int cpus = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return std::max(8, 4 * cpus);
}

std::optional<providers::ThinkingLevel> ParseThinkingLevel(std::string_view text) {
  using providers::ThinkingLevel;
  if (text == "off") return ThinkingLevel::kOff;
  if (text == "minimal") return ThinkingLevel::kMinimal;
  if (text == "low") return ThinkingLevel::kLow;
  if (text == "medium") return ThinkingLevel::kMedium;
  if (text == "high" || text == "xhigh") return ThinkingLevel::kHigh;
  return std::nullopt;
}

std::optional<providers::ThinkingLevel> ThinkingDefault(const proto::OpenClawConfig& config) {
  const auto* defaults = Defaults(config);
  if (!defaults || !defaults->thinking_default) return std::nullopt;
  return ParseThinkingLevel(*defaults->thinking_default);
}

namespace {

sessions::ResetPolicyConfig PolicyOf(const proto::SessionResetPolicy& policy) {
  sessions::ResetPolicyConfig out;
  if (policy.mode) {
    switch (*policy.mode) {
      case proto::SessionResetMode::kNone:
        out.mode = sessions::ResetMode::kNone;
        break;
      case proto::SessionResetMode::kDaily:
        out.mode = sessions::ResetMode::kDaily;
        break;
      case proto::SessionResetMode::kIdle:
        out.mode = sessions::ResetMode::kIdle;
        break;
    }
  }
  if (policy.at_hour) out.at_hour = static_cast<int>(*policy.at_hour);
  out.idle_minutes = policy.idle_minutes;
  return out;
}

}  // namespace

sessions::ResetConfig ResetConfigOf(const proto::OpenClawConfig& config) {
  sessions::ResetConfig reset;
  if (!config.session) return reset;
  const auto& session = *config.session;
  if (session.reset) reset.reset = PolicyOf(*session.reset);
  if (session.reset_by_type) {
    const auto& by_type = *session.reset_by_type;
    if (by_type.direct) reset.by_type_direct = PolicyOf(*by_type.direct);
    if (by_type.group) reset.by_type_group = PolicyOf(*by_type.group);
    if (by_type.thread) reset.by_type_thread = PolicyOf(*by_type.thread);
  }
  if (session.reset_by_channel) {
    for (const auto& [channel, policy] : *session.reset_by_channel) {
      reset.by_channel[channel] = PolicyOf(policy);
    }
  }
  return reset;
}

}  // namespace gateway::domain::agents
