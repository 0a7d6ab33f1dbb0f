#include "server/domain/tools/tool_policy.hpp"

#include <algorithm>
#include <map>

#include "server/platform/text.hpp"

namespace gateway::domain::tools {
namespace {

using List = std::vector<std::string>;

const std::map<std::string, List, std::less<>>& Groups() {
  static const std::map<std::string, List, std::less<>> groups = {
      {"fs", {"ls", "read", "write", "edit", "apply_patch"}},
      {"runtime", {"exec", "process", "code_execution", "secrets"}},
      {"web", {"web_search", "web_fetch", "x_search"}},
      {"memory", {"memory_search", "memory_get"}},
      {"sessions",
       {"sessions", "sessions_list", "sessions_history", "sessions_search", "conversations_list",
        "conversations_send", "conversations_turn", "sessions_send", "sessions_spawn",
        "github_identity_status", "github_publish", "agents_wait", "sessions_yield", "subagents",
        "session_status", "suggest_task", "dismiss_task"}},
      {"messaging", {"message"}},
      {"ui",
       {"browser", "screen", "theme", "dashboard", "terminal", "portal", "canvas", "show_widget"}},
      {"automation", {"heartbeat_respond", "automations", "gateway", "plugins", "openclaw"}},
      {"nodes", {"nodes", "computer", "mobile_ui"}},
      {"agents",
       {"agents_list", "get_goal", "create_goal", "update_goal", "progress_card", "ask_user",
        "skill_workshop"}},
      {"media", {"view_image", "image_generate", "music_generate", "video_generate", "tts", "pdf"}},
  };
  return groups;
}

// group:openclaw = every core tool except the agent-runtime file/exec tools and canvas.
const List& OpenClawGroup() {
  static const List members = [] {
    List out;
    for (const auto& [id, tools] : Groups()) {
      for (const auto& tool : tools) {
        static const List excluded = {"ls",          "read", "write",   "edit",
                                      "apply_patch", "exec", "process", "canvas"};
        if (std::find(excluded.begin(), excluded.end(), tool) == excluded.end()) {
          out.push_back(tool);
        }
      }
    }
    return out;
  }();
  return members;
}

bool GlobMatch(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (p < pattern.size() && pattern[p] == text[t]) {
      ++p;
      ++t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool EntryMatches(std::string_view raw_entry, std::string_view tool) {
  const std::string entry = NormalizeToolName(raw_entry);
  if (entry.rfind("group:", 0) == 0) {
    const auto* members = GroupTools(std::string_view(entry).substr(6));
    return members && std::find(members->begin(), members->end(), tool) != members->end();
  }
  return GlobMatch(entry, tool);
}

bool AnyMatches(const List& entries, std::string_view tool) {
  return std::any_of(entries.begin(), entries.end(),
                     [&](const std::string& entry) { return EntryMatches(entry, tool); });
}

// Per scope: allow ⇒ allow ∪ alsoAllow (allow:[] ⇒ ["*", …alsoAllow]); alsoAllow alone restricts
// nothing.
PolicyLayer LayerOf(const std::optional<List>& allow, const std::optional<List>& also_allow,
                    const std::optional<List>& deny) {
  PolicyLayer layer;
  if (allow && !allow->empty()) {
    List merged = *allow;
    if (also_allow) merged.insert(merged.end(), also_allow->begin(), also_allow->end());
    layer.allow = std::move(merged);
  }
  if (deny) layer.deny = *deny;
  return layer;
}

PolicyLayer ProfileLayer(proto::ToolProfile profile, const std::optional<List>& also_allow) {
  List allow = ProfileTools(profile);
  if (also_allow) allow.insert(allow.end(), also_allow->begin(), also_allow->end());
  return {std::move(allow), {}};
}

// The byProvider entry for provider/model: "p/m" wins over "p"; keys compared lower-cased.
const proto::ToolPolicyConfig* ProviderEntry(
    const std::optional<std::map<std::string, proto::ToolPolicyConfig>>& by_provider,
    std::string_view provider, std::string_view model) {
  if (!by_provider) return nullptr;
  const std::string full = platform::AsciiLower(std::string(provider) + "/" + std::string(model));
  const std::string bare = platform::AsciiLower(provider);
  const proto::ToolPolicyConfig* bare_match = nullptr;
  for (const auto& [key, entry] : *by_provider) {
    const std::string lowered = platform::AsciiLower(platform::TrimAsciiSpace(key));
    if (lowered == full) return &entry;
    if (lowered == bare) bare_match = &entry;
  }
  return bare_match;
}

// The agent's applyPatch field when set, else the global one.
template <class T>
std::optional<T> PatchField(const proto::ToolsApplyPatchConfig* mine,
                            const proto::ToolsApplyPatchConfig* global,
                            std::optional<T> proto::ToolsApplyPatchConfig::*member) {
  if (mine && mine->*member) return mine->*member;
  if (global) return global->*member;
  return std::nullopt;
}

}  // namespace

std::string NormalizeToolName(std::string_view name) {
  std::string out = platform::AsciiLower(platform::TrimAsciiSpace(name));
  if (out == "bash") return "exec";
  if (out == "apply-patch") return "apply_patch";
  if (out == "cron") return "automations";
  if (out == "update_plan") return "progress_card";
  return out;
}

const std::vector<std::string>& ProfileTools(proto::ToolProfile profile) {
  static const List minimal = {"session_status", "gateway"};
  static const List coding = {"ls",
                              "read",
                              "write",
                              "edit",
                              "apply_patch",
                              "exec",
                              "process",
                              "code_execution",
                              "secrets",
                              "web_search",
                              "web_fetch",
                              "x_search",
                              "memory_search",
                              "memory_get",
                              "sessions",
                              "sessions_list",
                              "sessions_history",
                              "sessions_search",
                              "conversations_list",
                              "conversations_send",
                              "conversations_turn",
                              "sessions_send",
                              "sessions_spawn",
                              "github_identity_status",
                              "github_publish",
                              "agents_wait",
                              "sessions_yield",
                              "subagents",
                              "session_status",
                              "suggest_task",
                              "dismiss_task",
                              "screen",
                              "theme",
                              "dashboard",
                              "terminal",
                              "portal",
                              "automations",
                              "gateway",
                              "plugins",
                              "get_goal",
                              "create_goal",
                              "update_goal",
                              "progress_card",
                              "ask_user",
                              "skill_workshop",
                              "view_image",
                              "image_generate",
                              "music_generate",
                              "video_generate",
                              "bundle-mcp"};
  static const List messaging = {"secrets",
                                 "sessions",
                                 "sessions_list",
                                 "sessions_history",
                                 "sessions_search",
                                 "conversations_list",
                                 "conversations_send",
                                 "conversations_turn",
                                 "sessions_send",
                                 "sessions_spawn",
                                 "sessions_yield",
                                 "subagents",
                                 "session_status",
                                 "theme",
                                 "message",
                                 "gateway",
                                 "ask_user",
                                 "bundle-mcp"};
  static const List full = {"*"};
  switch (profile) {
    case proto::ToolProfile::kMinimal:
      return minimal;
    case proto::ToolProfile::kCoding:
      return coding;
    case proto::ToolProfile::kMessaging:
      return messaging;
    case proto::ToolProfile::kFull:
      break;
  }
  return full;
}

const std::vector<std::string>* GroupTools(std::string_view group) {
  if (group == "openclaw") return &OpenClawGroup();
  const auto& groups = Groups();
  auto it = groups.find(group);
  return it == groups.end() ? nullptr : &it->second;
}

bool Admits(const PolicyLayer& layer, std::string_view tool) {
  if (AnyMatches(layer.deny, tool)) return false;
  if (!layer.allow || layer.allow->empty()) return true;
  if (AnyMatches(*layer.allow, tool)) return true;
  return tool == "apply_patch" && AnyMatches(*layer.allow, "write");
}

ToolSettings ResolveToolSettings(const proto::OpenClawConfig& config, std::string_view agent_id,
                                 std::string_view provider, std::string_view model,
                                 const std::vector<std::string>& available) {
  static const proto::ToolsConfig kNone;
  const proto::ToolsConfig& global = config.tools ? *config.tools : kNone;
  const proto::ToolsConfig* agent = nullptr;
  if (config.agents && config.agents->entries) {
    auto it = config.agents->entries->find(std::string(agent_id));
    if (it != config.agents->entries->end() && it->second.tools) agent = &*it->second.tools;
  }
  const proto::ToolsConfig& mine = agent ? *agent : kNone;

  std::vector<PolicyLayer> layers;
  // 1. Profile (agent's wins) ∪ alsoAllow (agent's wins).
  if (auto profile = mine.profile ? mine.profile : global.profile) {
    layers.push_back(ProfileLayer(*profile, mine.also_allow ? mine.also_allow : global.also_allow));
  }
  const auto* global_provider = ProviderEntry(global.by_provider, provider, model);
  const auto* agent_provider = ProviderEntry(mine.by_provider, provider, model);
  // 2. Provider profile (the agent's entry wins over the global one).
  const auto* profile_entry =
      agent_provider && agent_provider->profile ? agent_provider : global_provider;
  if (profile_entry && profile_entry->profile) {
    layers.push_back(ProfileLayer(*profile_entry->profile, profile_entry->also_allow));
  }
  // 3–6. allow/deny of tools, tools.byProvider, the agent, the agent's byProvider.
  layers.push_back(LayerOf(global.allow, global.also_allow, global.deny));
  if (global_provider) {
    layers.push_back(
        LayerOf(global_provider->allow, global_provider->also_allow, global_provider->deny));
  }
  if (agent) layers.push_back(LayerOf(mine.allow, mine.also_allow, mine.deny));
  if (agent_provider) {
    layers.push_back(
        LayerOf(agent_provider->allow, agent_provider->also_allow, agent_provider->deny));
  }

  ToolSettings settings;
  // Agent fs/exec fields override the global ones field by field.
  auto fs_only = [](const proto::ToolsConfig& c) -> std::optional<bool> {
    return c.fs ? c.fs->workspace_only : std::nullopt;
  };
  auto patch = [](const proto::ToolsConfig& c) -> const proto::ToolsApplyPatchConfig* {
    return c.exec && c.exec->apply_patch ? &*c.exec->apply_patch : nullptr;
  };
  settings.fs_workspace_only = fs_only(mine).value_or(fs_only(global).value_or(false));
  const auto* mine_patch = patch(mine);
  const auto* global_patch = patch(global);
  const bool patch_enabled =
      PatchField(mine_patch, global_patch, &proto::ToolsApplyPatchConfig::enabled).value_or(true);
  settings.patch_workspace_only =
      PatchField(mine_patch, global_patch, &proto::ToolsApplyPatchConfig::workspace_only)
          .value_or(true) ||
      settings.fs_workspace_only;
  const auto allow_models =
      PatchField(mine_patch, global_patch, &proto::ToolsApplyPatchConfig::allow_models);
  bool patch_model_ok = !allow_models || allow_models->empty();
  if (!patch_model_ok) {
    const std::string full = platform::AsciiLower(std::string(provider) + "/" + std::string(model));
    const std::string bare = platform::AsciiLower(model);
    for (const auto& entry : *allow_models) {
      const std::string lowered = platform::AsciiLower(platform::TrimAsciiSpace(entry));
      if (lowered == full || lowered == bare) patch_model_ok = true;
    }
  }
  const auto steps = mine.max_steps ? mine.max_steps : global.max_steps;
  if (steps) settings.max_steps = static_cast<int>(*steps);
  settings.exec = ResolveExecConfig(config, agent_id);

  for (const auto& name : available) {
    if (name == "apply_patch" && !(patch_enabled && patch_model_ok)) continue;
    const bool admitted = std::all_of(layers.begin(), layers.end(), [&](const PolicyLayer& layer) {
      return Admits(layer, name);
    });
    if (admitted) settings.offered.push_back(name);
  }
  return settings;
}

}  // namespace gateway::domain::tools
