// Generated from protocol/config/openclaw.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/config_openclaw.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, AgentModelEntryConfigParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const AgentModelEntryConfigParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, AgentModelEntryConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("alias"); it != j.end()) Read(*it, out.alias.emplace(), wire::ChildPointer(ptr, "alias"));
  if (auto it = j.find("params"); it != j.end()) Read(*it, out.params.emplace(), wire::ChildPointer(ptr, "params"));
  if (auto it = j.find("agentRuntime"); it != j.end()) Read(*it, out.agent_runtime.emplace(), wire::ChildPointer(ptr, "agentRuntime"));
  if (auto it = j.find("codeMode"); it != j.end()) Read(*it, out.code_mode.emplace(), wire::ChildPointer(ptr, "codeMode"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"alias", "params", "agentRuntime", "codeMode"});
}

nlohmann::json Write(const AgentModelEntryConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.alias) j["alias"] = Write(*value.alias);
  if (value.params) j["params"] = Write(*value.params);
  if (value.agent_runtime) j["agentRuntime"] = Write(*value.agent_runtime);
  if (value.code_mode) j["codeMode"] = Write(*value.code_mode);
  return j;
}

void Read(const nlohmann::json& j, AgentModelConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("primary"); it != j.end()) Read(*it, out.primary.emplace(), wire::ChildPointer(ptr, "primary"));
  if (auto it = j.find("fallbacks"); it != j.end()) Read(*it, out.fallbacks.emplace(), wire::ChildPointer(ptr, "fallbacks"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"primary", "fallbacks"});
}

nlohmann::json Write(const AgentModelConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.primary) j["primary"] = Write(*value.primary);
  if (value.fallbacks) j["fallbacks"] = Write(*value.fallbacks);
  return j;
}

void Read(const nlohmann::json& j, AgentModelSelection& out, std::string_view ptr) {
  if (j.is_string()) {
    std::string alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (j.is_object()) {
    AgentModelConfig alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  throw wire::DecodeError(std::string(ptr), "must match exactly one schema in oneOf");
}

nlohmann::json Write(const AgentModelSelection& value) {
  return std::visit([](const auto& alternative) { return nlohmann::json(Write(alternative)); }, value.value);
}

std::string_view ToString(SandboxMode value) {
  switch (value) {
    case SandboxMode::kOff:
      return "off";
    case SandboxMode::kNonMain:
      return "non-main";
    case SandboxMode::kAll:
      return "all";
  }
  return {};
}

std::optional<SandboxMode> ParseSandboxMode(std::string_view text) {
  if (text == "off") return SandboxMode::kOff;
  if (text == "non-main") return SandboxMode::kNonMain;
  if (text == "all") return SandboxMode::kAll;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SandboxMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSandboxMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SandboxMode value) { return std::string(ToString(value)); }

std::string_view ToString(SandboxScope value) {
  switch (value) {
    case SandboxScope::kSession:
      return "session";
    case SandboxScope::kAgent:
      return "agent";
    case SandboxScope::kShared:
      return "shared";
  }
  return {};
}

std::optional<SandboxScope> ParseSandboxScope(std::string_view text) {
  if (text == "session") return SandboxScope::kSession;
  if (text == "agent") return SandboxScope::kAgent;
  if (text == "shared") return SandboxScope::kShared;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SandboxScope& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSandboxScope(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SandboxScope value) { return std::string(ToString(value)); }

std::string_view ToString(SandboxWorkspaceAccess value) {
  switch (value) {
    case SandboxWorkspaceAccess::kNone:
      return "none";
    case SandboxWorkspaceAccess::kRo:
      return "ro";
    case SandboxWorkspaceAccess::kRw:
      return "rw";
  }
  return {};
}

std::optional<SandboxWorkspaceAccess> ParseSandboxWorkspaceAccess(std::string_view text) {
  if (text == "none") return SandboxWorkspaceAccess::kNone;
  if (text == "ro") return SandboxWorkspaceAccess::kRo;
  if (text == "rw") return SandboxWorkspaceAccess::kRw;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SandboxWorkspaceAccess& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSandboxWorkspaceAccess(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SandboxWorkspaceAccess value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, AgentSandboxConfigDocker& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const AgentSandboxConfigDocker& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, AgentSandboxConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("scope"); it != j.end()) Read(*it, out.scope.emplace(), wire::ChildPointer(ptr, "scope"));
  if (auto it = j.find("workspaceAccess"); it != j.end()) Read(*it, out.workspace_access.emplace(), wire::ChildPointer(ptr, "workspaceAccess"));
  if (auto it = j.find("docker"); it != j.end()) Read(*it, out.docker.emplace(), wire::ChildPointer(ptr, "docker"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"mode", "scope", "workspaceAccess", "docker"});
}

nlohmann::json Write(const AgentSandboxConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.scope) j["scope"] = Write(*value.scope);
  if (value.workspace_access) j["workspaceAccess"] = Write(*value.workspace_access);
  if (value.docker) j["docker"] = Write(*value.docker);
  return j;
}

std::string_view ToString(HeartbeatDirectPolicy value) {
  switch (value) {
    case HeartbeatDirectPolicy::kAllow:
      return "allow";
    case HeartbeatDirectPolicy::kBlock:
      return "block";
  }
  return {};
}

std::optional<HeartbeatDirectPolicy> ParseHeartbeatDirectPolicy(std::string_view text) {
  if (text == "allow") return HeartbeatDirectPolicy::kAllow;
  if (text == "block") return HeartbeatDirectPolicy::kBlock;
  return std::nullopt;
}

void Read(const nlohmann::json& j, HeartbeatDirectPolicy& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseHeartbeatDirectPolicy(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(HeartbeatDirectPolicy value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, HeartbeatActiveHours& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"start", "end", "timezone"}, ptr);
  if (auto it = j.find("start"); it != j.end()) Read(*it, out.start.emplace(), wire::ChildPointer(ptr, "start"));
  if (auto it = j.find("end"); it != j.end()) Read(*it, out.end.emplace(), wire::ChildPointer(ptr, "end"));
  if (auto it = j.find("timezone"); it != j.end()) Read(*it, out.timezone.emplace(), wire::ChildPointer(ptr, "timezone"));
}

nlohmann::json Write(const HeartbeatActiveHours& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.start) j["start"] = Write(*value.start);
  if (value.end) j["end"] = Write(*value.end);
  if (value.timezone) j["timezone"] = Write(*value.timezone);
  return j;
}

void Read(const nlohmann::json& j, HeartbeatConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"every", "target", "directPolicy", "prompt", "model", "session", "to", "accountId", "activeHours", "timeoutSeconds", "lightContext", "isolatedSession", "agentId"}, ptr);
  if (auto it = j.find("every"); it != j.end()) Read(*it, out.every.emplace(), wire::ChildPointer(ptr, "every"));
  if (auto it = j.find("target"); it != j.end()) Read(*it, out.target.emplace(), wire::ChildPointer(ptr, "target"));
  if (auto it = j.find("directPolicy"); it != j.end()) Read(*it, out.direct_policy.emplace(), wire::ChildPointer(ptr, "directPolicy"));
  if (auto it = j.find("prompt"); it != j.end()) Read(*it, out.prompt.emplace(), wire::ChildPointer(ptr, "prompt"));
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("session"); it != j.end()) Read(*it, out.session.emplace(), wire::ChildPointer(ptr, "session"));
  if (auto it = j.find("to"); it != j.end()) Read(*it, out.to.emplace(), wire::ChildPointer(ptr, "to"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("activeHours"); it != j.end()) Read(*it, out.active_hours.emplace(), wire::ChildPointer(ptr, "activeHours"));
  if (auto it = j.find("timeoutSeconds"); it != j.end()) Read(*it, out.timeout_seconds.emplace(), wire::ChildPointer(ptr, "timeoutSeconds"));
  if (auto it = j.find("lightContext"); it != j.end()) Read(*it, out.light_context.emplace(), wire::ChildPointer(ptr, "lightContext"));
  if (auto it = j.find("isolatedSession"); it != j.end()) Read(*it, out.isolated_session.emplace(), wire::ChildPointer(ptr, "isolatedSession"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
}

nlohmann::json Write(const HeartbeatConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.every) j["every"] = Write(*value.every);
  if (value.target) j["target"] = Write(*value.target);
  if (value.direct_policy) j["directPolicy"] = Write(*value.direct_policy);
  if (value.prompt) j["prompt"] = Write(*value.prompt);
  if (value.model) j["model"] = Write(*value.model);
  if (value.session) j["session"] = Write(*value.session);
  if (value.to) j["to"] = Write(*value.to);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  if (value.active_hours) j["activeHours"] = Write(*value.active_hours);
  if (value.timeout_seconds) j["timeoutSeconds"] = Write(*value.timeout_seconds);
  if (value.light_context) j["lightContext"] = Write(*value.light_context);
  if (value.isolated_session) j["isolatedSession"] = Write(*value.isolated_session);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  return j;
}

void Read(const nlohmann::json& j, AgentModelPolicyConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("allow"); it != j.end()) Read(*it, out.allow.emplace(), wire::ChildPointer(ptr, "allow"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"allow"});
}

nlohmann::json Write(const AgentModelPolicyConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.allow) j["allow"] = Write(*value.allow);
  return j;
}

void Read(const nlohmann::json& j, AgentMediaModelsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("image"); it != j.end()) Read(*it, out.image.emplace(), wire::ChildPointer(ptr, "image"));
  if (auto it = j.find("video"); it != j.end()) Read(*it, out.video.emplace(), wire::ChildPointer(ptr, "video"));
  if (auto it = j.find("music"); it != j.end()) Read(*it, out.music.emplace(), wire::ChildPointer(ptr, "music"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"image", "video", "music"});
}

nlohmann::json Write(const AgentMediaModelsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.image) j["image"] = Write(*value.image);
  if (value.video) j["video"] = Write(*value.video);
  if (value.music) j["music"] = Write(*value.music);
  return j;
}

void Read(const nlohmann::json& j, FastModeSetting& out, std::string_view ptr) {
  if (j.is_boolean()) {
    bool alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (j.is_string()) {
    std::string alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  throw wire::DecodeError(std::string(ptr), "must match exactly one schema in oneOf");
}

nlohmann::json Write(const FastModeSetting& value) {
  return std::visit([](const auto& alternative) { return nlohmann::json(Write(alternative)); }, value.value);
}

std::string_view ToString(VerboseLevel value) {
  switch (value) {
    case VerboseLevel::kOff:
      return "off";
    case VerboseLevel::kOn:
      return "on";
    case VerboseLevel::kFull:
      return "full";
  }
  return {};
}

std::optional<VerboseLevel> ParseVerboseLevel(std::string_view text) {
  if (text == "off") return VerboseLevel::kOff;
  if (text == "on") return VerboseLevel::kOn;
  if (text == "full") return VerboseLevel::kFull;
  return std::nullopt;
}

void Read(const nlohmann::json& j, VerboseLevel& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseVerboseLevel(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(VerboseLevel value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SystemAgentConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"agentId"});
}

nlohmann::json Write(const SystemAgentConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  return j;
}

void Read(const nlohmann::json& j, AgentDefaultsConfigCompaction& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const AgentDefaultsConfigCompaction& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, AgentDefaultsConfigContextPruning& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const AgentDefaultsConfigContextPruning& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, AgentDefaultsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("workspace"); it != j.end()) Read(*it, out.workspace.emplace(), wire::ChildPointer(ptr, "workspace"));
  if (auto it = j.find("cwd"); it != j.end()) Read(*it, out.cwd.emplace(), wire::ChildPointer(ptr, "cwd"));
  if (auto it = j.find("repoRoot"); it != j.end()) Read(*it, out.repo_root.emplace(), wire::ChildPointer(ptr, "repoRoot"));
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("models"); it != j.end()) Read(*it, out.models.emplace(), wire::ChildPointer(ptr, "models"));
  if (auto it = j.find("modelPolicy"); it != j.end()) Read(*it, out.model_policy.emplace(), wire::ChildPointer(ptr, "modelPolicy"));
  if (auto it = j.find("utilityModel"); it != j.end()) Read(*it, out.utility_model.emplace(), wire::ChildPointer(ptr, "utilityModel"));
  if (auto it = j.find("imageModel"); it != j.end()) Read(*it, out.image_model.emplace(), wire::ChildPointer(ptr, "imageModel"));
  if (auto it = j.find("pdfModel"); it != j.end()) Read(*it, out.pdf_model.emplace(), wire::ChildPointer(ptr, "pdfModel"));
  if (auto it = j.find("mediaModels"); it != j.end()) Read(*it, out.media_models.emplace(), wire::ChildPointer(ptr, "mediaModels"));
  if (auto it = j.find("thinkingDefault"); it != j.end()) Read(*it, out.thinking_default.emplace(), wire::ChildPointer(ptr, "thinkingDefault"));
  if (auto it = j.find("fastModeDefault"); it != j.end()) Read(*it, out.fast_mode_default.emplace(), wire::ChildPointer(ptr, "fastModeDefault"));
  if (auto it = j.find("verboseDefault"); it != j.end()) Read(*it, out.verbose_default.emplace(), wire::ChildPointer(ptr, "verboseDefault"));
  if (auto it = j.find("reasoningDefault"); it != j.end()) Read(*it, out.reasoning_default.emplace(), wire::ChildPointer(ptr, "reasoningDefault"));
  if (auto it = j.find("elevatedDefault"); it != j.end()) Read(*it, out.elevated_default.emplace(), wire::ChildPointer(ptr, "elevatedDefault"));
  if (auto it = j.find("timeoutSeconds"); it != j.end()) Read(*it, out.timeout_seconds.emplace(), wire::ChildPointer(ptr, "timeoutSeconds"));
  if (auto it = j.find("mediaMaxMb"); it != j.end()) Read(*it, out.media_max_mb.emplace(), wire::ChildPointer(ptr, "mediaMaxMb"));
  if (auto it = j.find("maxConcurrent"); it != j.end()) Read(*it, out.max_concurrent.emplace(), wire::ChildPointer(ptr, "maxConcurrent"));
  if (auto it = j.find("heartbeat"); it != j.end()) Read(*it, out.heartbeat.emplace(), wire::ChildPointer(ptr, "heartbeat"));
  if (auto it = j.find("systemAgent"); it != j.end()) Read(*it, out.system_agent.emplace(), wire::ChildPointer(ptr, "systemAgent"));
  if (auto it = j.find("compaction"); it != j.end()) Read(*it, out.compaction.emplace(), wire::ChildPointer(ptr, "compaction"));
  if (auto it = j.find("contextPruning"); it != j.end()) Read(*it, out.context_pruning.emplace(), wire::ChildPointer(ptr, "contextPruning"));
  if (auto it = j.find("sandbox"); it != j.end()) Read(*it, out.sandbox.emplace(), wire::ChildPointer(ptr, "sandbox"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"workspace", "cwd", "repoRoot", "model", "models", "modelPolicy", "utilityModel", "imageModel", "pdfModel", "mediaModels", "thinkingDefault", "fastModeDefault", "verboseDefault", "reasoningDefault", "elevatedDefault", "timeoutSeconds", "mediaMaxMb", "maxConcurrent", "heartbeat", "systemAgent", "compaction", "contextPruning", "sandbox"});
}

nlohmann::json Write(const AgentDefaultsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.workspace) j["workspace"] = Write(*value.workspace);
  if (value.cwd) j["cwd"] = Write(*value.cwd);
  if (value.repo_root) j["repoRoot"] = Write(*value.repo_root);
  if (value.model) j["model"] = Write(*value.model);
  if (value.models) j["models"] = Write(*value.models);
  if (value.model_policy) j["modelPolicy"] = Write(*value.model_policy);
  if (value.utility_model) j["utilityModel"] = Write(*value.utility_model);
  if (value.image_model) j["imageModel"] = Write(*value.image_model);
  if (value.pdf_model) j["pdfModel"] = Write(*value.pdf_model);
  if (value.media_models) j["mediaModels"] = Write(*value.media_models);
  if (value.thinking_default) j["thinkingDefault"] = Write(*value.thinking_default);
  if (value.fast_mode_default) j["fastModeDefault"] = Write(*value.fast_mode_default);
  if (value.verbose_default) j["verboseDefault"] = Write(*value.verbose_default);
  if (value.reasoning_default) j["reasoningDefault"] = Write(*value.reasoning_default);
  if (value.elevated_default) j["elevatedDefault"] = Write(*value.elevated_default);
  if (value.timeout_seconds) j["timeoutSeconds"] = Write(*value.timeout_seconds);
  if (value.media_max_mb) j["mediaMaxMb"] = Write(*value.media_max_mb);
  if (value.max_concurrent) j["maxConcurrent"] = Write(*value.max_concurrent);
  if (value.heartbeat) j["heartbeat"] = Write(*value.heartbeat);
  if (value.system_agent) j["systemAgent"] = Write(*value.system_agent);
  if (value.compaction) j["compaction"] = Write(*value.compaction);
  if (value.context_pruning) j["contextPruning"] = Write(*value.context_pruning);
  if (value.sandbox) j["sandbox"] = Write(*value.sandbox);
  return j;
}

void Read(const nlohmann::json& j, IdentityConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("name"); it != j.end()) Read(*it, out.name.emplace(), wire::ChildPointer(ptr, "name"));
  if (auto it = j.find("theme"); it != j.end()) Read(*it, out.theme.emplace(), wire::ChildPointer(ptr, "theme"));
  if (auto it = j.find("emoji"); it != j.end()) Read(*it, out.emoji.emplace(), wire::ChildPointer(ptr, "emoji"));
  if (auto it = j.find("avatar"); it != j.end()) Read(*it, out.avatar.emplace(), wire::ChildPointer(ptr, "avatar"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"name", "theme", "emoji", "avatar"});
}

nlohmann::json Write(const IdentityConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.name) j["name"] = Write(*value.name);
  if (value.theme) j["theme"] = Write(*value.theme);
  if (value.emoji) j["emoji"] = Write(*value.emoji);
  if (value.avatar) j["avatar"] = Write(*value.avatar);
  return j;
}

std::string_view ToString(ToolProfile value) {
  switch (value) {
    case ToolProfile::kMinimal:
      return "minimal";
    case ToolProfile::kCoding:
      return "coding";
    case ToolProfile::kMessaging:
      return "messaging";
    case ToolProfile::kFull:
      return "full";
  }
  return {};
}

std::optional<ToolProfile> ParseToolProfile(std::string_view text) {
  if (text == "minimal") return ToolProfile::kMinimal;
  if (text == "coding") return ToolProfile::kCoding;
  if (text == "messaging") return ToolProfile::kMessaging;
  if (text == "full") return ToolProfile::kFull;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ToolProfile& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseToolProfile(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ToolProfile value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ToolPolicyConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("profile"); it != j.end()) Read(*it, out.profile.emplace(), wire::ChildPointer(ptr, "profile"));
  if (auto it = j.find("allow"); it != j.end()) Read(*it, out.allow.emplace(), wire::ChildPointer(ptr, "allow"));
  if (auto it = j.find("alsoAllow"); it != j.end()) Read(*it, out.also_allow.emplace(), wire::ChildPointer(ptr, "alsoAllow"));
  if (auto it = j.find("deny"); it != j.end()) Read(*it, out.deny.emplace(), wire::ChildPointer(ptr, "deny"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"profile", "allow", "alsoAllow", "deny"});
}

nlohmann::json Write(const ToolPolicyConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.profile) j["profile"] = Write(*value.profile);
  if (value.allow) j["allow"] = Write(*value.allow);
  if (value.also_allow) j["alsoAllow"] = Write(*value.also_allow);
  if (value.deny) j["deny"] = Write(*value.deny);
  return j;
}

void Read(const nlohmann::json& j, ToolsFsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("workspaceOnly"); it != j.end()) Read(*it, out.workspace_only.emplace(), wire::ChildPointer(ptr, "workspaceOnly"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"workspaceOnly"});
}

nlohmann::json Write(const ToolsFsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.workspace_only) j["workspaceOnly"] = Write(*value.workspace_only);
  return j;
}

std::string_view ToString(ExecHost value) {
  switch (value) {
    case ExecHost::kAuto:
      return "auto";
    case ExecHost::kSandbox:
      return "sandbox";
    case ExecHost::kGateway:
      return "gateway";
    case ExecHost::kNode:
      return "node";
  }
  return {};
}

std::optional<ExecHost> ParseExecHost(std::string_view text) {
  if (text == "auto") return ExecHost::kAuto;
  if (text == "sandbox") return ExecHost::kSandbox;
  if (text == "gateway") return ExecHost::kGateway;
  if (text == "node") return ExecHost::kNode;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ExecHost& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseExecHost(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ExecHost value) { return std::string(ToString(value)); }

std::string_view ToString(ExecMode value) {
  switch (value) {
    case ExecMode::kDeny:
      return "deny";
    case ExecMode::kAllowlist:
      return "allowlist";
    case ExecMode::kAsk:
      return "ask";
    case ExecMode::kAuto:
      return "auto";
    case ExecMode::kFull:
      return "full";
  }
  return {};
}

std::optional<ExecMode> ParseExecMode(std::string_view text) {
  if (text == "deny") return ExecMode::kDeny;
  if (text == "allowlist") return ExecMode::kAllowlist;
  if (text == "ask") return ExecMode::kAsk;
  if (text == "auto") return ExecMode::kAuto;
  if (text == "full") return ExecMode::kFull;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ExecMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseExecMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ExecMode value) { return std::string(ToString(value)); }

std::string_view ToString(ExecSecurityLevel value) {
  switch (value) {
    case ExecSecurityLevel::kDeny:
      return "deny";
    case ExecSecurityLevel::kAllowlist:
      return "allowlist";
    case ExecSecurityLevel::kFull:
      return "full";
  }
  return {};
}

std::optional<ExecSecurityLevel> ParseExecSecurityLevel(std::string_view text) {
  if (text == "deny") return ExecSecurityLevel::kDeny;
  if (text == "allowlist") return ExecSecurityLevel::kAllowlist;
  if (text == "full") return ExecSecurityLevel::kFull;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ExecSecurityLevel& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseExecSecurityLevel(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ExecSecurityLevel value) { return std::string(ToString(value)); }

std::string_view ToString(ExecAskMode value) {
  switch (value) {
    case ExecAskMode::kOff:
      return "off";
    case ExecAskMode::kOnMiss:
      return "on-miss";
    case ExecAskMode::kAlways:
      return "always";
  }
  return {};
}

std::optional<ExecAskMode> ParseExecAskMode(std::string_view text) {
  if (text == "off") return ExecAskMode::kOff;
  if (text == "on-miss") return ExecAskMode::kOnMiss;
  if (text == "always") return ExecAskMode::kAlways;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ExecAskMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseExecAskMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ExecAskMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ToolsExecConfigSafeBinProfiles& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const ToolsExecConfigSafeBinProfiles& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, ToolsExecConfigReviewer& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const ToolsExecConfigReviewer& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, ToolsApplyPatchConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("workspaceOnly"); it != j.end()) Read(*it, out.workspace_only.emplace(), wire::ChildPointer(ptr, "workspaceOnly"));
  if (auto it = j.find("allowModels"); it != j.end()) Read(*it, out.allow_models.emplace(), wire::ChildPointer(ptr, "allowModels"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "workspaceOnly", "allowModels"});
}

nlohmann::json Write(const ToolsApplyPatchConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.workspace_only) j["workspaceOnly"] = Write(*value.workspace_only);
  if (value.allow_models) j["allowModels"] = Write(*value.allow_models);
  return j;
}

void Read(const nlohmann::json& j, ToolsExecConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("host"); it != j.end()) Read(*it, out.host.emplace(), wire::ChildPointer(ptr, "host"));
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("security"); it != j.end()) Read(*it, out.security.emplace(), wire::ChildPointer(ptr, "security"));
  if (auto it = j.find("ask"); it != j.end()) Read(*it, out.ask.emplace(), wire::ChildPointer(ptr, "ask"));
  if (auto it = j.find("node"); it != j.end()) Read(*it, out.node.emplace(), wire::ChildPointer(ptr, "node"));
  if (auto it = j.find("pathPrepend"); it != j.end()) Read(*it, out.path_prepend.emplace(), wire::ChildPointer(ptr, "pathPrepend"));
  if (auto it = j.find("safeBins"); it != j.end()) Read(*it, out.safe_bins.emplace(), wire::ChildPointer(ptr, "safeBins"));
  if (auto it = j.find("safeBinTrustedDirs"); it != j.end()) Read(*it, out.safe_bin_trusted_dirs.emplace(), wire::ChildPointer(ptr, "safeBinTrustedDirs"));
  if (auto it = j.find("safeBinProfiles"); it != j.end()) Read(*it, out.safe_bin_profiles.emplace(), wire::ChildPointer(ptr, "safeBinProfiles"));
  if (auto it = j.find("strictInlineEval"); it != j.end()) Read(*it, out.strict_inline_eval.emplace(), wire::ChildPointer(ptr, "strictInlineEval"));
  if (auto it = j.find("commandHighlighting"); it != j.end()) Read(*it, out.command_highlighting.emplace(), wire::ChildPointer(ptr, "commandHighlighting"));
  if (auto it = j.find("grantExpiryDays"); it != j.end()) Read(*it, out.grant_expiry_days.emplace(), wire::ChildPointer(ptr, "grantExpiryDays"));
  if (auto it = j.find("reviewer"); it != j.end()) Read(*it, out.reviewer.emplace(), wire::ChildPointer(ptr, "reviewer"));
  if (auto it = j.find("backgroundMs"); it != j.end()) Read(*it, out.background_ms.emplace(), wire::ChildPointer(ptr, "backgroundMs"));
  if (auto it = j.find("timeoutSeconds"); it != j.end()) Read(*it, out.timeout_seconds.emplace(), wire::ChildPointer(ptr, "timeoutSeconds"));
  if (auto it = j.find("approvalRunningNoticeMs"); it != j.end()) Read(*it, out.approval_running_notice_ms.emplace(), wire::ChildPointer(ptr, "approvalRunningNoticeMs"));
  if (auto it = j.find("cleanupMs"); it != j.end()) Read(*it, out.cleanup_ms.emplace(), wire::ChildPointer(ptr, "cleanupMs"));
  if (auto it = j.find("notifyOnExit"); it != j.end()) Read(*it, out.notify_on_exit.emplace(), wire::ChildPointer(ptr, "notifyOnExit"));
  if (auto it = j.find("notifyOnExitEmptySuccess"); it != j.end()) Read(*it, out.notify_on_exit_empty_success.emplace(), wire::ChildPointer(ptr, "notifyOnExitEmptySuccess"));
  if (auto it = j.find("applyPatch"); it != j.end()) Read(*it, out.apply_patch.emplace(), wire::ChildPointer(ptr, "applyPatch"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"host", "mode", "security", "ask", "node", "pathPrepend", "safeBins", "safeBinTrustedDirs", "safeBinProfiles", "strictInlineEval", "commandHighlighting", "grantExpiryDays", "reviewer", "backgroundMs", "timeoutSeconds", "approvalRunningNoticeMs", "cleanupMs", "notifyOnExit", "notifyOnExitEmptySuccess", "applyPatch"});
}

nlohmann::json Write(const ToolsExecConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.host) j["host"] = Write(*value.host);
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.security) j["security"] = Write(*value.security);
  if (value.ask) j["ask"] = Write(*value.ask);
  if (value.node) j["node"] = Write(*value.node);
  if (value.path_prepend) j["pathPrepend"] = Write(*value.path_prepend);
  if (value.safe_bins) j["safeBins"] = Write(*value.safe_bins);
  if (value.safe_bin_trusted_dirs) j["safeBinTrustedDirs"] = Write(*value.safe_bin_trusted_dirs);
  if (value.safe_bin_profiles) j["safeBinProfiles"] = Write(*value.safe_bin_profiles);
  if (value.strict_inline_eval) j["strictInlineEval"] = Write(*value.strict_inline_eval);
  if (value.command_highlighting) j["commandHighlighting"] = Write(*value.command_highlighting);
  if (value.grant_expiry_days) j["grantExpiryDays"] = Write(*value.grant_expiry_days);
  if (value.reviewer) j["reviewer"] = Write(*value.reviewer);
  if (value.background_ms) j["backgroundMs"] = Write(*value.background_ms);
  if (value.timeout_seconds) j["timeoutSeconds"] = Write(*value.timeout_seconds);
  if (value.approval_running_notice_ms) j["approvalRunningNoticeMs"] = Write(*value.approval_running_notice_ms);
  if (value.cleanup_ms) j["cleanupMs"] = Write(*value.cleanup_ms);
  if (value.notify_on_exit) j["notifyOnExit"] = Write(*value.notify_on_exit);
  if (value.notify_on_exit_empty_success) j["notifyOnExitEmptySuccess"] = Write(*value.notify_on_exit_empty_success);
  if (value.apply_patch) j["applyPatch"] = Write(*value.apply_patch);
  return j;
}

void Read(const nlohmann::json& j, WebFetchSsrfPolicyConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"dangerouslyAllowPrivateNetwork", "allowRfc2544BenchmarkRange", "allowIpv6UniqueLocalRange", "allowedHostnames", "blockedHostnames"}, ptr);
  if (auto it = j.find("dangerouslyAllowPrivateNetwork"); it != j.end()) Read(*it, out.dangerously_allow_private_network.emplace(), wire::ChildPointer(ptr, "dangerouslyAllowPrivateNetwork"));
  if (auto it = j.find("allowRfc2544BenchmarkRange"); it != j.end()) Read(*it, out.allow_rfc2544_benchmark_range.emplace(), wire::ChildPointer(ptr, "allowRfc2544BenchmarkRange"));
  if (auto it = j.find("allowIpv6UniqueLocalRange"); it != j.end()) Read(*it, out.allow_ipv6_unique_local_range.emplace(), wire::ChildPointer(ptr, "allowIpv6UniqueLocalRange"));
  if (auto it = j.find("allowedHostnames"); it != j.end()) Read(*it, out.allowed_hostnames.emplace(), wire::ChildPointer(ptr, "allowedHostnames"));
  if (auto it = j.find("blockedHostnames"); it != j.end()) Read(*it, out.blocked_hostnames.emplace(), wire::ChildPointer(ptr, "blockedHostnames"));
}

nlohmann::json Write(const WebFetchSsrfPolicyConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.dangerously_allow_private_network) j["dangerouslyAllowPrivateNetwork"] = Write(*value.dangerously_allow_private_network);
  if (value.allow_rfc2544_benchmark_range) j["allowRfc2544BenchmarkRange"] = Write(*value.allow_rfc2544_benchmark_range);
  if (value.allow_ipv6_unique_local_range) j["allowIpv6UniqueLocalRange"] = Write(*value.allow_ipv6_unique_local_range);
  if (value.allowed_hostnames) j["allowedHostnames"] = Write(*value.allowed_hostnames);
  if (value.blocked_hostnames) j["blockedHostnames"] = Write(*value.blocked_hostnames);
  return j;
}

void Read(const nlohmann::json& j, ToolsWebFetchConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"enabled", "maxChars", "maxCharsCap", "maxResponseBytes", "timeoutSeconds", "cacheTtlMinutes", "maxRedirects", "userAgent", "headers", "readability", "provider", "useTrustedEnvProxy", "ssrfPolicy"}, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("maxChars"); it != j.end()) Read(*it, out.max_chars.emplace(), wire::ChildPointer(ptr, "maxChars"));
  if (auto it = j.find("maxCharsCap"); it != j.end()) Read(*it, out.max_chars_cap.emplace(), wire::ChildPointer(ptr, "maxCharsCap"));
  if (auto it = j.find("maxResponseBytes"); it != j.end()) Read(*it, out.max_response_bytes.emplace(), wire::ChildPointer(ptr, "maxResponseBytes"));
  if (auto it = j.find("timeoutSeconds"); it != j.end()) Read(*it, out.timeout_seconds.emplace(), wire::ChildPointer(ptr, "timeoutSeconds"));
  if (auto it = j.find("cacheTtlMinutes"); it != j.end()) Read(*it, out.cache_ttl_minutes.emplace(), wire::ChildPointer(ptr, "cacheTtlMinutes"));
  if (auto it = j.find("maxRedirects"); it != j.end()) Read(*it, out.max_redirects.emplace(), wire::ChildPointer(ptr, "maxRedirects"));
  if (auto it = j.find("userAgent"); it != j.end()) Read(*it, out.user_agent.emplace(), wire::ChildPointer(ptr, "userAgent"));
  if (auto it = j.find("headers"); it != j.end()) Read(*it, out.headers.emplace(), wire::ChildPointer(ptr, "headers"));
  if (auto it = j.find("readability"); it != j.end()) Read(*it, out.readability.emplace(), wire::ChildPointer(ptr, "readability"));
  if (auto it = j.find("provider"); it != j.end()) Read(*it, out.provider.emplace(), wire::ChildPointer(ptr, "provider"));
  if (auto it = j.find("useTrustedEnvProxy"); it != j.end()) Read(*it, out.use_trusted_env_proxy.emplace(), wire::ChildPointer(ptr, "useTrustedEnvProxy"));
  if (auto it = j.find("ssrfPolicy"); it != j.end()) Read(*it, out.ssrf_policy.emplace(), wire::ChildPointer(ptr, "ssrfPolicy"));
}

nlohmann::json Write(const ToolsWebFetchConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.max_chars) j["maxChars"] = Write(*value.max_chars);
  if (value.max_chars_cap) j["maxCharsCap"] = Write(*value.max_chars_cap);
  if (value.max_response_bytes) j["maxResponseBytes"] = Write(*value.max_response_bytes);
  if (value.timeout_seconds) j["timeoutSeconds"] = Write(*value.timeout_seconds);
  if (value.cache_ttl_minutes) j["cacheTtlMinutes"] = Write(*value.cache_ttl_minutes);
  if (value.max_redirects) j["maxRedirects"] = Write(*value.max_redirects);
  if (value.user_agent) j["userAgent"] = Write(*value.user_agent);
  if (value.headers) j["headers"] = Write(*value.headers);
  if (value.readability) j["readability"] = Write(*value.readability);
  if (value.provider) j["provider"] = Write(*value.provider);
  if (value.use_trusted_env_proxy) j["useTrustedEnvProxy"] = Write(*value.use_trusted_env_proxy);
  if (value.ssrf_policy) j["ssrfPolicy"] = Write(*value.ssrf_policy);
  return j;
}

void Read(const nlohmann::json& j, ToolsWebConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("fetch"); it != j.end()) Read(*it, out.fetch.emplace(), wire::ChildPointer(ptr, "fetch"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"fetch"});
}

nlohmann::json Write(const ToolsWebConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.fetch) j["fetch"] = Write(*value.fetch);
  return j;
}

void Read(const nlohmann::json& j, ToolsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("profile"); it != j.end()) Read(*it, out.profile.emplace(), wire::ChildPointer(ptr, "profile"));
  if (auto it = j.find("allow"); it != j.end()) Read(*it, out.allow.emplace(), wire::ChildPointer(ptr, "allow"));
  if (auto it = j.find("alsoAllow"); it != j.end()) Read(*it, out.also_allow.emplace(), wire::ChildPointer(ptr, "alsoAllow"));
  if (auto it = j.find("deny"); it != j.end()) Read(*it, out.deny.emplace(), wire::ChildPointer(ptr, "deny"));
  if (auto it = j.find("byProvider"); it != j.end()) Read(*it, out.by_provider.emplace(), wire::ChildPointer(ptr, "byProvider"));
  if (auto it = j.find("fs"); it != j.end()) Read(*it, out.fs.emplace(), wire::ChildPointer(ptr, "fs"));
  if (auto it = j.find("exec"); it != j.end()) Read(*it, out.exec.emplace(), wire::ChildPointer(ptr, "exec"));
  if (auto it = j.find("web"); it != j.end()) Read(*it, out.web.emplace(), wire::ChildPointer(ptr, "web"));
  if (auto it = j.find("maxSteps"); it != j.end()) Read(*it, out.max_steps.emplace(), wire::ChildPointer(ptr, "maxSteps"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"profile", "allow", "alsoAllow", "deny", "byProvider", "fs", "exec", "web", "maxSteps"});
}

nlohmann::json Write(const ToolsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.profile) j["profile"] = Write(*value.profile);
  if (value.allow) j["allow"] = Write(*value.allow);
  if (value.also_allow) j["alsoAllow"] = Write(*value.also_allow);
  if (value.deny) j["deny"] = Write(*value.deny);
  if (value.by_provider) j["byProvider"] = Write(*value.by_provider);
  if (value.fs) j["fs"] = Write(*value.fs);
  if (value.exec) j["exec"] = Write(*value.exec);
  if (value.web) j["web"] = Write(*value.web);
  if (value.max_steps) j["maxSteps"] = Write(*value.max_steps);
  return j;
}

void Read(const nlohmann::json& j, AgentGroupChatConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("mentionPatterns"); it != j.end()) Read(*it, out.mention_patterns.emplace(), wire::ChildPointer(ptr, "mentionPatterns"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"mentionPatterns"});
}

nlohmann::json Write(const AgentGroupChatConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.mention_patterns) j["mentionPatterns"] = Write(*value.mention_patterns);
  return j;
}

void Read(const nlohmann::json& j, AgentEntryConfigSubagents& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const AgentEntryConfigSubagents& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, AgentEntryConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("id"); it != j.end()) Read(*it, out.id.emplace(), wire::ChildPointer(ptr, "id"));
  if (auto it = j.find("default"); it != j.end()) Read(*it, out.default_.emplace(), wire::ChildPointer(ptr, "default"));
  if (auto it = j.find("name"); it != j.end()) Read(*it, out.name.emplace(), wire::ChildPointer(ptr, "name"));
  if (auto it = j.find("workspace"); it != j.end()) Read(*it, out.workspace.emplace(), wire::ChildPointer(ptr, "workspace"));
  if (auto it = j.find("agentDir"); it != j.end()) Read(*it, out.agent_dir.emplace(), wire::ChildPointer(ptr, "agentDir"));
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("identity"); it != j.end()) Read(*it, out.identity.emplace(), wire::ChildPointer(ptr, "identity"));
  if (auto it = j.find("groupChat"); it != j.end()) Read(*it, out.group_chat.emplace(), wire::ChildPointer(ptr, "groupChat"));
  if (auto it = j.find("sandbox"); it != j.end()) Read(*it, out.sandbox.emplace(), wire::ChildPointer(ptr, "sandbox"));
  if (auto it = j.find("tools"); it != j.end()) Read(*it, out.tools.emplace(), wire::ChildPointer(ptr, "tools"));
  if (auto it = j.find("skills"); it != j.end()) Read(*it, out.skills.emplace(), wire::ChildPointer(ptr, "skills"));
  if (auto it = j.find("heartbeat"); it != j.end()) Read(*it, out.heartbeat.emplace(), wire::ChildPointer(ptr, "heartbeat"));
  if (auto it = j.find("subagents"); it != j.end()) Read(*it, out.subagents.emplace(), wire::ChildPointer(ptr, "subagents"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id", "default", "name", "workspace", "agentDir", "model", "identity", "groupChat", "sandbox", "tools", "skills", "heartbeat", "subagents"});
}

nlohmann::json Write(const AgentEntryConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.id) j["id"] = Write(*value.id);
  if (value.default_) j["default"] = Write(*value.default_);
  if (value.name) j["name"] = Write(*value.name);
  if (value.workspace) j["workspace"] = Write(*value.workspace);
  if (value.agent_dir) j["agentDir"] = Write(*value.agent_dir);
  if (value.model) j["model"] = Write(*value.model);
  if (value.identity) j["identity"] = Write(*value.identity);
  if (value.group_chat) j["groupChat"] = Write(*value.group_chat);
  if (value.sandbox) j["sandbox"] = Write(*value.sandbox);
  if (value.tools) j["tools"] = Write(*value.tools);
  if (value.skills) j["skills"] = Write(*value.skills);
  if (value.heartbeat) j["heartbeat"] = Write(*value.heartbeat);
  if (value.subagents) j["subagents"] = Write(*value.subagents);
  return j;
}

void Read(const nlohmann::json& j, AgentsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("defaults"); it != j.end()) Read(*it, out.defaults.emplace(), wire::ChildPointer(ptr, "defaults"));
  if (auto it = j.find("entries"); it != j.end()) Read(*it, out.entries.emplace(), wire::ChildPointer(ptr, "entries"));
  if (auto it = j.find("list"); it != j.end()) Read(*it, out.list.emplace(), wire::ChildPointer(ptr, "list"));
  if (auto it = j.find("ownership"); it != j.end()) Read(*it, out.ownership.emplace(), wire::ChildPointer(ptr, "ownership"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"defaults", "entries", "list", "ownership"});
}

nlohmann::json Write(const AgentsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.defaults) j["defaults"] = Write(*value.defaults);
  if (value.entries) j["entries"] = Write(*value.entries);
  if (value.list) j["list"] = Write(*value.list);
  if (value.ownership) j["ownership"] = Write(*value.ownership);
  return j;
}

void Read(const nlohmann::json& j, AuthProfileConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("provider"); it != j.end()) Read(*it, out.provider.emplace(), wire::ChildPointer(ptr, "provider"));
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("email"); it != j.end()) Read(*it, out.email.emplace(), wire::ChildPointer(ptr, "email"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"provider", "mode", "email"});
}

nlohmann::json Write(const AuthProfileConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.provider) j["provider"] = Write(*value.provider);
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.email) j["email"] = Write(*value.email);
  return j;
}

void Read(const nlohmann::json& j, AuthConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("profiles"); it != j.end()) Read(*it, out.profiles.emplace(), wire::ChildPointer(ptr, "profiles"));
  if (auto it = j.find("order"); it != j.end()) Read(*it, out.order.emplace(), wire::ChildPointer(ptr, "order"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"profiles", "order"});
}

nlohmann::json Write(const AuthConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.profiles) j["profiles"] = Write(*value.profiles);
  if (value.order) j["order"] = Write(*value.order);
  return j;
}

std::string_view ToString(DmScope value) {
  switch (value) {
    case DmScope::kMain:
      return "main";
    case DmScope::kPerPeer:
      return "per-peer";
    case DmScope::kPerChannelPeer:
      return "per-channel-peer";
    case DmScope::kPerAccountChannelPeer:
      return "per-account-channel-peer";
  }
  return {};
}

std::optional<DmScope> ParseDmScope(std::string_view text) {
  if (text == "main") return DmScope::kMain;
  if (text == "per-peer") return DmScope::kPerPeer;
  if (text == "per-channel-peer") return DmScope::kPerChannelPeer;
  if (text == "per-account-channel-peer") return DmScope::kPerAccountChannelPeer;
  return std::nullopt;
}

void Read(const nlohmann::json& j, DmScope& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseDmScope(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(DmScope value) { return std::string(ToString(value)); }

std::string_view ToString(GroupScope value) {
  switch (value) {
    case GroupScope::kPerGroup:
      return "per-group";
    case GroupScope::kMain:
      return "main";
  }
  return {};
}

std::optional<GroupScope> ParseGroupScope(std::string_view text) {
  if (text == "per-group") return GroupScope::kPerGroup;
  if (text == "main") return GroupScope::kMain;
  return std::nullopt;
}

void Read(const nlohmann::json& j, GroupScope& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseGroupScope(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(GroupScope value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, BindingPeer& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("kind"); it != j.end()) Read(*it, out.kind.emplace(), wire::ChildPointer(ptr, "kind"));
  if (auto it = j.find("id"); it != j.end()) Read(*it, out.id.emplace(), wire::ChildPointer(ptr, "id"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"kind", "id"});
}

nlohmann::json Write(const BindingPeer& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.kind) j["kind"] = Write(*value.kind);
  if (value.id) j["id"] = Write(*value.id);
  return j;
}

void Read(const nlohmann::json& j, BindingMatch& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "channel", ptr), out.channel, wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("peer"); it != j.end()) Read(*it, out.peer.emplace(), wire::ChildPointer(ptr, "peer"));
  if (auto it = j.find("guildId"); it != j.end()) Read(*it, out.guild_id.emplace(), wire::ChildPointer(ptr, "guildId"));
  if (auto it = j.find("teamId"); it != j.end()) Read(*it, out.team_id.emplace(), wire::ChildPointer(ptr, "teamId"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"channel", "accountId", "peer", "guildId", "teamId"});
}

nlohmann::json Write(const BindingMatch& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["channel"] = Write(value.channel);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  if (value.peer) j["peer"] = Write(*value.peer);
  if (value.guild_id) j["guildId"] = Write(*value.guild_id);
  if (value.team_id) j["teamId"] = Write(*value.team_id);
  return j;
}

void Read(const nlohmann::json& j, BindingSessionConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("dmScope"); it != j.end()) Read(*it, out.dm_scope.emplace(), wire::ChildPointer(ptr, "dmScope"));
  if (auto it = j.find("groupScope"); it != j.end()) Read(*it, out.group_scope.emplace(), wire::ChildPointer(ptr, "groupScope"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"dmScope", "groupScope"});
}

nlohmann::json Write(const BindingSessionConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.dm_scope) j["dmScope"] = Write(*value.dm_scope);
  if (value.group_scope) j["groupScope"] = Write(*value.group_scope);
  return j;
}

void Read(const nlohmann::json& j, BindingConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "agentId", ptr), out.agent_id, wire::ChildPointer(ptr, "agentId"));
  Read(wire::RequiredMember(j, "match", ptr), out.match, wire::ChildPointer(ptr, "match"));
  if (auto it = j.find("session"); it != j.end()) Read(*it, out.session.emplace(), wire::ChildPointer(ptr, "session"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"agentId", "match", "session"});
}

nlohmann::json Write(const BindingConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["agentId"] = Write(value.agent_id);
  j["match"] = Write(value.match);
  if (value.session) j["session"] = Write(*value.session);
  return j;
}

void Read(const nlohmann::json& j, ByteSize& out, std::string_view ptr) {
  if (j.is_number()) {
    std::int64_t alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (j.is_string()) {
    std::string alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  throw wire::DecodeError(std::string(ptr), "must match exactly one schema in oneOf");
}

nlohmann::json Write(const ByteSize& value) {
  return std::visit([](const auto& alternative) { return nlohmann::json(Write(alternative)); }, value.value);
}

void Read(const nlohmann::json& j, CanvasHostConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("port"); it != j.end()) Read(*it, out.port.emplace(), wire::ChildPointer(ptr, "port"));
  if (auto it = j.find("root"); it != j.end()) Read(*it, out.root.emplace(), wire::ChildPointer(ptr, "root"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "port", "root"});
}

nlohmann::json Write(const CanvasHostConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.port) j["port"] = Write(*value.port);
  if (value.root) j["root"] = Write(*value.root);
  return j;
}

void Read(const nlohmann::json& j, ChannelGroupConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("requireMention"); it != j.end()) Read(*it, out.require_mention.emplace(), wire::ChildPointer(ptr, "requireMention"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"requireMention"});
}

nlohmann::json Write(const ChannelGroupConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.require_mention) j["requireMention"] = Write(*value.require_mention);
  return j;
}

void Read(const nlohmann::json& j, ChannelHealthMonitorConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled"});
}

nlohmann::json Write(const ChannelHealthMonitorConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  return j;
}

std::string_view ToString(DmPolicy value) {
  switch (value) {
    case DmPolicy::kPairing:
      return "pairing";
    case DmPolicy::kAllowlist:
      return "allowlist";
    case DmPolicy::kOpen:
      return "open";
    case DmPolicy::kDisabled:
      return "disabled";
  }
  return {};
}

std::optional<DmPolicy> ParseDmPolicy(std::string_view text) {
  if (text == "pairing") return DmPolicy::kPairing;
  if (text == "allowlist") return DmPolicy::kAllowlist;
  if (text == "open") return DmPolicy::kOpen;
  if (text == "disabled") return DmPolicy::kDisabled;
  return std::nullopt;
}

void Read(const nlohmann::json& j, DmPolicy& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseDmPolicy(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(DmPolicy value) { return std::string(ToString(value)); }

std::string_view ToString(GroupPolicy value) {
  switch (value) {
    case GroupPolicy::kAllowlist:
      return "allowlist";
    case GroupPolicy::kOpen:
      return "open";
    case GroupPolicy::kDisabled:
      return "disabled";
  }
  return {};
}

std::optional<GroupPolicy> ParseGroupPolicy(std::string_view text) {
  if (text == "allowlist") return GroupPolicy::kAllowlist;
  if (text == "open") return GroupPolicy::kOpen;
  if (text == "disabled") return GroupPolicy::kDisabled;
  return std::nullopt;
}

void Read(const nlohmann::json& j, GroupPolicy& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseGroupPolicy(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(GroupPolicy value) { return std::string(ToString(value)); }

std::string_view ToString(SecretSource value) {
  switch (value) {
    case SecretSource::kEnv:
      return "env";
    case SecretSource::kFile:
      return "file";
    case SecretSource::kExec:
      return "exec";
    case SecretSource::kStore:
      return "store";
  }
  return {};
}

std::optional<SecretSource> ParseSecretSource(std::string_view text) {
  if (text == "env") return SecretSource::kEnv;
  if (text == "file") return SecretSource::kFile;
  if (text == "exec") return SecretSource::kExec;
  if (text == "store") return SecretSource::kStore;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SecretSource& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSecretSource(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SecretSource value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SecretRef& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"source", "provider", "id"}, ptr);
  Read(wire::RequiredMember(j, "source", ptr), out.source, wire::ChildPointer(ptr, "source"));
  if (auto it = j.find("provider"); it != j.end()) Read(*it, out.provider.emplace(), wire::ChildPointer(ptr, "provider"));
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
}

nlohmann::json Write(const SecretRef& value) {
  nlohmann::json j = nlohmann::json::object();
  j["source"] = Write(value.source);
  if (value.provider) j["provider"] = Write(*value.provider);
  j["id"] = Write(value.id);
  return j;
}

void Read(const nlohmann::json& j, SecretInput& out, std::string_view ptr) {
  if (j.is_string()) {
    std::string alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (j.is_object()) {
    SecretRef alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  throw wire::DecodeError(std::string(ptr), "must match exactly one schema in oneOf");
}

nlohmann::json Write(const SecretInput& value) {
  return std::visit([](const auto& alternative) { return nlohmann::json(Write(alternative)); }, value.value);
}

void Read(const nlohmann::json& j, ChannelAccountConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("name"); it != j.end()) Read(*it, out.name.emplace(), wire::ChildPointer(ptr, "name"));
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("dmPolicy"); it != j.end()) Read(*it, out.dm_policy.emplace(), wire::ChildPointer(ptr, "dmPolicy"));
  if (auto it = j.find("allowFrom"); it != j.end()) Read(*it, out.allow_from.emplace(), wire::ChildPointer(ptr, "allowFrom"));
  if (auto it = j.find("groupPolicy"); it != j.end()) Read(*it, out.group_policy.emplace(), wire::ChildPointer(ptr, "groupPolicy"));
  if (auto it = j.find("groupAllowFrom"); it != j.end()) Read(*it, out.group_allow_from.emplace(), wire::ChildPointer(ptr, "groupAllowFrom"));
  if (auto it = j.find("groups"); it != j.end()) Read(*it, out.groups.emplace(), wire::ChildPointer(ptr, "groups"));
  if (auto it = j.find("healthMonitor"); it != j.end()) Read(*it, out.health_monitor.emplace(), wire::ChildPointer(ptr, "healthMonitor"));
  if (auto it = j.find("botToken"); it != j.end()) Read(*it, out.bot_token.emplace(), wire::ChildPointer(ptr, "botToken"));
  if (auto it = j.find("token"); it != j.end()) Read(*it, out.token.emplace(), wire::ChildPointer(ptr, "token"));
  if (auto it = j.find("appToken"); it != j.end()) Read(*it, out.app_token.emplace(), wire::ChildPointer(ptr, "appToken"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"name", "enabled", "dmPolicy", "allowFrom", "groupPolicy", "groupAllowFrom", "groups", "healthMonitor", "botToken", "token", "appToken"});
}

nlohmann::json Write(const ChannelAccountConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.name) j["name"] = Write(*value.name);
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.dm_policy) j["dmPolicy"] = Write(*value.dm_policy);
  if (value.allow_from) j["allowFrom"] = Write(*value.allow_from);
  if (value.group_policy) j["groupPolicy"] = Write(*value.group_policy);
  if (value.group_allow_from) j["groupAllowFrom"] = Write(*value.group_allow_from);
  if (value.groups) j["groups"] = Write(*value.groups);
  if (value.health_monitor) j["healthMonitor"] = Write(*value.health_monitor);
  if (value.bot_token) j["botToken"] = Write(*value.bot_token);
  if (value.token) j["token"] = Write(*value.token);
  if (value.app_token) j["appToken"] = Write(*value.app_token);
  return j;
}

void Read(const nlohmann::json& j, ChannelConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("dmPolicy"); it != j.end()) Read(*it, out.dm_policy.emplace(), wire::ChildPointer(ptr, "dmPolicy"));
  if (auto it = j.find("allowFrom"); it != j.end()) Read(*it, out.allow_from.emplace(), wire::ChildPointer(ptr, "allowFrom"));
  if (auto it = j.find("groupPolicy"); it != j.end()) Read(*it, out.group_policy.emplace(), wire::ChildPointer(ptr, "groupPolicy"));
  if (auto it = j.find("groupAllowFrom"); it != j.end()) Read(*it, out.group_allow_from.emplace(), wire::ChildPointer(ptr, "groupAllowFrom"));
  if (auto it = j.find("groups"); it != j.end()) Read(*it, out.groups.emplace(), wire::ChildPointer(ptr, "groups"));
  if (auto it = j.find("accounts"); it != j.end()) Read(*it, out.accounts.emplace(), wire::ChildPointer(ptr, "accounts"));
  if (auto it = j.find("healthMonitor"); it != j.end()) Read(*it, out.health_monitor.emplace(), wire::ChildPointer(ptr, "healthMonitor"));
  if (auto it = j.find("botToken"); it != j.end()) Read(*it, out.bot_token.emplace(), wire::ChildPointer(ptr, "botToken"));
  if (auto it = j.find("token"); it != j.end()) Read(*it, out.token.emplace(), wire::ChildPointer(ptr, "token"));
  if (auto it = j.find("appToken"); it != j.end()) Read(*it, out.app_token.emplace(), wire::ChildPointer(ptr, "appToken"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "dmPolicy", "allowFrom", "groupPolicy", "groupAllowFrom", "groups", "accounts", "healthMonitor", "botToken", "token", "appToken"});
}

nlohmann::json Write(const ChannelConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.dm_policy) j["dmPolicy"] = Write(*value.dm_policy);
  if (value.allow_from) j["allowFrom"] = Write(*value.allow_from);
  if (value.group_policy) j["groupPolicy"] = Write(*value.group_policy);
  if (value.group_allow_from) j["groupAllowFrom"] = Write(*value.group_allow_from);
  if (value.groups) j["groups"] = Write(*value.groups);
  if (value.accounts) j["accounts"] = Write(*value.accounts);
  if (value.health_monitor) j["healthMonitor"] = Write(*value.health_monitor);
  if (value.bot_token) j["botToken"] = Write(*value.bot_token);
  if (value.token) j["token"] = Write(*value.token);
  if (value.app_token) j["appToken"] = Write(*value.app_token);
  return j;
}

void Read(const nlohmann::json& j, HeartbeatVisibilityConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("showOk"); it != j.end()) Read(*it, out.show_ok.emplace(), wire::ChildPointer(ptr, "showOk"));
  if (auto it = j.find("showAlerts"); it != j.end()) Read(*it, out.show_alerts.emplace(), wire::ChildPointer(ptr, "showAlerts"));
  if (auto it = j.find("useIndicator"); it != j.end()) Read(*it, out.use_indicator.emplace(), wire::ChildPointer(ptr, "useIndicator"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"showOk", "showAlerts", "useIndicator"});
}

nlohmann::json Write(const HeartbeatVisibilityConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.show_ok) j["showOk"] = Write(*value.show_ok);
  if (value.show_alerts) j["showAlerts"] = Write(*value.show_alerts);
  if (value.use_indicator) j["useIndicator"] = Write(*value.use_indicator);
  return j;
}

void Read(const nlohmann::json& j, ChannelDefaultsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("groupPolicy"); it != j.end()) Read(*it, out.group_policy.emplace(), wire::ChildPointer(ptr, "groupPolicy"));
  if (auto it = j.find("contextVisibility"); it != j.end()) Read(*it, out.context_visibility.emplace(), wire::ChildPointer(ptr, "contextVisibility"));
  if (auto it = j.find("implicitMentions"); it != j.end()) Read(*it, out.implicit_mentions.emplace(), wire::ChildPointer(ptr, "implicitMentions"));
  if (auto it = j.find("heartbeatVisibility"); it != j.end()) Read(*it, out.heartbeat_visibility.emplace(), wire::ChildPointer(ptr, "heartbeatVisibility"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"groupPolicy", "contextVisibility", "implicitMentions", "heartbeatVisibility"});
}

nlohmann::json Write(const ChannelDefaultsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.group_policy) j["groupPolicy"] = Write(*value.group_policy);
  if (value.context_visibility) j["contextVisibility"] = Write(*value.context_visibility);
  if (value.implicit_mentions) j["implicitMentions"] = Write(*value.implicit_mentions);
  if (value.heartbeat_visibility) j["heartbeatVisibility"] = Write(*value.heartbeat_visibility);
  return j;
}

void Read(const nlohmann::json& j, ChannelsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("defaults"); it != j.end()) Read(*it, out.defaults.emplace(), wire::ChildPointer(ptr, "defaults"));
  if (auto it = j.find("modelByChannel"); it != j.end()) Read(*it, out.model_by_channel.emplace(), wire::ChildPointer(ptr, "modelByChannel"));
  if (auto it = j.find("whatsapp"); it != j.end()) Read(*it, out.whatsapp.emplace(), wire::ChildPointer(ptr, "whatsapp"));
  if (auto it = j.find("telegram"); it != j.end()) Read(*it, out.telegram.emplace(), wire::ChildPointer(ptr, "telegram"));
  if (auto it = j.find("discord"); it != j.end()) Read(*it, out.discord.emplace(), wire::ChildPointer(ptr, "discord"));
  if (auto it = j.find("slack"); it != j.end()) Read(*it, out.slack.emplace(), wire::ChildPointer(ptr, "slack"));
  if (auto it = j.find("signal"); it != j.end()) Read(*it, out.signal.emplace(), wire::ChildPointer(ptr, "signal"));
  if (auto it = j.find("imessage"); it != j.end()) Read(*it, out.imessage.emplace(), wire::ChildPointer(ptr, "imessage"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"defaults", "modelByChannel", "whatsapp", "telegram", "discord", "slack", "signal", "imessage"});
}

nlohmann::json Write(const ChannelsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.defaults) j["defaults"] = Write(*value.defaults);
  if (value.model_by_channel) j["modelByChannel"] = Write(*value.model_by_channel);
  if (value.whatsapp) j["whatsapp"] = Write(*value.whatsapp);
  if (value.telegram) j["telegram"] = Write(*value.telegram);
  if (value.discord) j["discord"] = Write(*value.discord);
  if (value.slack) j["slack"] = Write(*value.slack);
  if (value.signal) j["signal"] = Write(*value.signal);
  if (value.imessage) j["imessage"] = Write(*value.imessage);
  return j;
}

void Read(const nlohmann::json& j, CronTriggersConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"enabled"}, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
}

nlohmann::json Write(const CronTriggersConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  return j;
}

void Read(const nlohmann::json& j, CronWebhookSsrfPolicy& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("allowedHostnames"); it != j.end()) Read(*it, out.allowed_hostnames.emplace(), wire::ChildPointer(ptr, "allowedHostnames"));
  if (auto it = j.find("blockedHostnames"); it != j.end()) Read(*it, out.blocked_hostnames.emplace(), wire::ChildPointer(ptr, "blockedHostnames"));
  if (auto it = j.find("dangerouslyAllowPrivateNetwork"); it != j.end()) Read(*it, out.dangerously_allow_private_network.emplace(), wire::ChildPointer(ptr, "dangerouslyAllowPrivateNetwork"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"allowedHostnames", "blockedHostnames", "dangerouslyAllowPrivateNetwork"});
}

nlohmann::json Write(const CronWebhookSsrfPolicy& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.allowed_hostnames) j["allowedHostnames"] = Write(*value.allowed_hostnames);
  if (value.blocked_hostnames) j["blockedHostnames"] = Write(*value.blocked_hostnames);
  if (value.dangerously_allow_private_network) j["dangerouslyAllowPrivateNetwork"] = Write(*value.dangerously_allow_private_network);
  return j;
}

void Read(const nlohmann::json& j, CronSessionRetention& out, std::string_view ptr) {
  if (j.is_string()) {
    DurationString alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (j.is_boolean()) {
    bool alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  throw wire::DecodeError(std::string(ptr), "must match exactly one schema in oneOf");
}

nlohmann::json Write(const CronSessionRetention& value) {
  return std::visit([](const auto& alternative) { return nlohmann::json(Write(alternative)); }, value.value);
}

std::string_view ToString(CronFailureAlertMode value) {
  switch (value) {
    case CronFailureAlertMode::kAnnounce:
      return "announce";
    case CronFailureAlertMode::kWebhook:
      return "webhook";
  }
  return {};
}

std::optional<CronFailureAlertMode> ParseCronFailureAlertMode(std::string_view text) {
  if (text == "announce") return CronFailureAlertMode::kAnnounce;
  if (text == "webhook") return CronFailureAlertMode::kWebhook;
  return std::nullopt;
}

void Read(const nlohmann::json& j, CronFailureAlertMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseCronFailureAlertMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(CronFailureAlertMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, CronFailureAlertConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"enabled", "after", "cooldownMs", "includeSkipped", "mode", "channel", "to", "accountId"}, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("after"); it != j.end()) Read(*it, out.after.emplace(), wire::ChildPointer(ptr, "after"));
  if (auto it = j.find("cooldownMs"); it != j.end()) Read(*it, out.cooldown_ms.emplace(), wire::ChildPointer(ptr, "cooldownMs"));
  if (auto it = j.find("includeSkipped"); it != j.end()) Read(*it, out.include_skipped.emplace(), wire::ChildPointer(ptr, "includeSkipped"));
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("to"); it != j.end()) Read(*it, out.to.emplace(), wire::ChildPointer(ptr, "to"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
}

nlohmann::json Write(const CronFailureAlertConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.after) j["after"] = Write(*value.after);
  if (value.cooldown_ms) j["cooldownMs"] = Write(*value.cooldown_ms);
  if (value.include_skipped) j["includeSkipped"] = Write(*value.include_skipped);
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.to) j["to"] = Write(*value.to);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  return j;
}

void Read(const nlohmann::json& j, CronConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"enabled", "skipMissedJobs", "triggers", "webhookToken", "webhookSsrfPolicy", "sessionRetention", "failureAlert"}, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("skipMissedJobs"); it != j.end()) Read(*it, out.skip_missed_jobs.emplace(), wire::ChildPointer(ptr, "skipMissedJobs"));
  if (auto it = j.find("triggers"); it != j.end()) Read(*it, out.triggers.emplace(), wire::ChildPointer(ptr, "triggers"));
  if (auto it = j.find("webhookToken"); it != j.end()) Read(*it, out.webhook_token.emplace(), wire::ChildPointer(ptr, "webhookToken"));
  if (auto it = j.find("webhookSsrfPolicy"); it != j.end()) Read(*it, out.webhook_ssrf_policy.emplace(), wire::ChildPointer(ptr, "webhookSsrfPolicy"));
  if (auto it = j.find("sessionRetention"); it != j.end()) Read(*it, out.session_retention.emplace(), wire::ChildPointer(ptr, "sessionRetention"));
  if (auto it = j.find("failureAlert"); it != j.end()) Read(*it, out.failure_alert.emplace(), wire::ChildPointer(ptr, "failureAlert"));
}

nlohmann::json Write(const CronConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.skip_missed_jobs) j["skipMissedJobs"] = Write(*value.skip_missed_jobs);
  if (value.triggers) j["triggers"] = Write(*value.triggers);
  if (value.webhook_token) j["webhookToken"] = Write(*value.webhook_token);
  if (value.webhook_ssrf_policy) j["webhookSsrfPolicy"] = Write(*value.webhook_ssrf_policy);
  if (value.session_retention) j["sessionRetention"] = Write(*value.session_retention);
  if (value.failure_alert) j["failureAlert"] = Write(*value.failure_alert);
  return j;
}

void Read(const nlohmann::json& j, EnvShellEnvConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("timeoutMs"); it != j.end()) Read(*it, out.timeout_ms.emplace(), wire::ChildPointer(ptr, "timeoutMs"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "timeoutMs"});
}

nlohmann::json Write(const EnvShellEnvConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.timeout_ms) j["timeoutMs"] = Write(*value.timeout_ms);
  return j;
}

void Read(const nlohmann::json& j, EnvConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("vars"); it != j.end()) Read(*it, out.vars.emplace(), wire::ChildPointer(ptr, "vars"));
  if (auto it = j.find("shellEnv"); it != j.end()) Read(*it, out.shell_env.emplace(), wire::ChildPointer(ptr, "shellEnv"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"vars", "shellEnv"});
}

nlohmann::json Write(const EnvConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.vars) j["vars"] = Write(*value.vars);
  if (value.shell_env) j["shellEnv"] = Write(*value.shell_env);
  return j;
}

void Read(const nlohmann::json& j, GatewayAuthRateLimitConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"maxAttempts", "windowMs", "lockoutMs", "exemptLoopback"}, ptr);
  if (auto it = j.find("maxAttempts"); it != j.end()) Read(*it, out.max_attempts.emplace(), wire::ChildPointer(ptr, "maxAttempts"));
  if (auto it = j.find("windowMs"); it != j.end()) Read(*it, out.window_ms.emplace(), wire::ChildPointer(ptr, "windowMs"));
  if (auto it = j.find("lockoutMs"); it != j.end()) Read(*it, out.lockout_ms.emplace(), wire::ChildPointer(ptr, "lockoutMs"));
  if (auto it = j.find("exemptLoopback"); it != j.end()) Read(*it, out.exempt_loopback.emplace(), wire::ChildPointer(ptr, "exemptLoopback"));
}

nlohmann::json Write(const GatewayAuthRateLimitConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.max_attempts) j["maxAttempts"] = Write(*value.max_attempts);
  if (value.window_ms) j["windowMs"] = Write(*value.window_ms);
  if (value.lockout_ms) j["lockoutMs"] = Write(*value.lockout_ms);
  if (value.exempt_loopback) j["exemptLoopback"] = Write(*value.exempt_loopback);
  return j;
}

std::string_view ToString(GatewayAuthMode value) {
  switch (value) {
    case GatewayAuthMode::kNone:
      return "none";
    case GatewayAuthMode::kToken:
      return "token";
    case GatewayAuthMode::kPassword:
      return "password";
    case GatewayAuthMode::kTrustedProxy:
      return "trusted-proxy";
  }
  return {};
}

std::optional<GatewayAuthMode> ParseGatewayAuthMode(std::string_view text) {
  if (text == "none") return GatewayAuthMode::kNone;
  if (text == "token") return GatewayAuthMode::kToken;
  if (text == "password") return GatewayAuthMode::kPassword;
  if (text == "trusted-proxy") return GatewayAuthMode::kTrustedProxy;
  return std::nullopt;
}

void Read(const nlohmann::json& j, GatewayAuthMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseGatewayAuthMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(GatewayAuthMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, TrustedProxyDeviceAutoApprove& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("scopes"); it != j.end()) Read(*it, out.scopes.emplace(), wire::ChildPointer(ptr, "scopes"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "scopes"});
}

nlohmann::json Write(const TrustedProxyDeviceAutoApprove& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.scopes) j["scopes"] = Write(*value.scopes);
  return j;
}

void Read(const nlohmann::json& j, TrustedProxyConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "userHeader", ptr), out.user_header, wire::ChildPointer(ptr, "userHeader"));
  if (auto it = j.find("requiredHeaders"); it != j.end()) Read(*it, out.required_headers.emplace(), wire::ChildPointer(ptr, "requiredHeaders"));
  if (auto it = j.find("allowUsers"); it != j.end()) Read(*it, out.allow_users.emplace(), wire::ChildPointer(ptr, "allowUsers"));
  if (auto it = j.find("allowLoopback"); it != j.end()) Read(*it, out.allow_loopback.emplace(), wire::ChildPointer(ptr, "allowLoopback"));
  if (auto it = j.find("deviceAutoApprove"); it != j.end()) Read(*it, out.device_auto_approve.emplace(), wire::ChildPointer(ptr, "deviceAutoApprove"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"userHeader", "requiredHeaders", "allowUsers", "allowLoopback", "deviceAutoApprove"});
}

nlohmann::json Write(const TrustedProxyConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["userHeader"] = Write(value.user_header);
  if (value.required_headers) j["requiredHeaders"] = Write(*value.required_headers);
  if (value.allow_users) j["allowUsers"] = Write(*value.allow_users);
  if (value.allow_loopback) j["allowLoopback"] = Write(*value.allow_loopback);
  if (value.device_auto_approve) j["deviceAutoApprove"] = Write(*value.device_auto_approve);
  return j;
}

void Read(const nlohmann::json& j, GatewayAuthConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"mode", "token", "password", "allowTailscale", "identityScopes", "trustedProxy", "rateLimit"}, ptr);
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("token"); it != j.end()) Read(*it, out.token.emplace(), wire::ChildPointer(ptr, "token"));
  if (auto it = j.find("password"); it != j.end()) Read(*it, out.password.emplace(), wire::ChildPointer(ptr, "password"));
  if (auto it = j.find("allowTailscale"); it != j.end()) Read(*it, out.allow_tailscale.emplace(), wire::ChildPointer(ptr, "allowTailscale"));
  if (auto it = j.find("identityScopes"); it != j.end()) Read(*it, out.identity_scopes.emplace(), wire::ChildPointer(ptr, "identityScopes"));
  if (auto it = j.find("trustedProxy"); it != j.end()) Read(*it, out.trusted_proxy.emplace(), wire::ChildPointer(ptr, "trustedProxy"));
  if (auto it = j.find("rateLimit"); it != j.end()) Read(*it, out.rate_limit.emplace(), wire::ChildPointer(ptr, "rateLimit"));
}

nlohmann::json Write(const GatewayAuthConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.token) j["token"] = Write(*value.token);
  if (value.password) j["password"] = Write(*value.password);
  if (value.allow_tailscale) j["allowTailscale"] = Write(*value.allow_tailscale);
  if (value.identity_scopes) j["identityScopes"] = Write(*value.identity_scopes);
  if (value.trusted_proxy) j["trustedProxy"] = Write(*value.trusted_proxy);
  if (value.rate_limit) j["rateLimit"] = Write(*value.rate_limit);
  return j;
}

void Read(const nlohmann::json& j, HttpPdfInputConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("maxPages"); it != j.end()) Read(*it, out.max_pages.emplace(), wire::ChildPointer(ptr, "maxPages"));
  if (auto it = j.find("maxPixels"); it != j.end()) Read(*it, out.max_pixels.emplace(), wire::ChildPointer(ptr, "maxPixels"));
  if (auto it = j.find("minTextChars"); it != j.end()) Read(*it, out.min_text_chars.emplace(), wire::ChildPointer(ptr, "minTextChars"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"maxPages", "maxPixels", "minTextChars"});
}

nlohmann::json Write(const HttpPdfInputConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.max_pages) j["maxPages"] = Write(*value.max_pages);
  if (value.max_pixels) j["maxPixels"] = Write(*value.max_pixels);
  if (value.min_text_chars) j["minTextChars"] = Write(*value.min_text_chars);
  return j;
}

void Read(const nlohmann::json& j, HttpFileInputConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("allowUrl"); it != j.end()) Read(*it, out.allow_url.emplace(), wire::ChildPointer(ptr, "allowUrl"));
  if (auto it = j.find("urlAllowlist"); it != j.end()) Read(*it, out.url_allowlist.emplace(), wire::ChildPointer(ptr, "urlAllowlist"));
  if (auto it = j.find("allowedMimes"); it != j.end()) Read(*it, out.allowed_mimes.emplace(), wire::ChildPointer(ptr, "allowedMimes"));
  if (auto it = j.find("maxBytes"); it != j.end()) Read(*it, out.max_bytes.emplace(), wire::ChildPointer(ptr, "maxBytes"));
  if (auto it = j.find("maxChars"); it != j.end()) Read(*it, out.max_chars.emplace(), wire::ChildPointer(ptr, "maxChars"));
  if (auto it = j.find("maxRedirects"); it != j.end()) Read(*it, out.max_redirects.emplace(), wire::ChildPointer(ptr, "maxRedirects"));
  if (auto it = j.find("timeoutMs"); it != j.end()) Read(*it, out.timeout_ms.emplace(), wire::ChildPointer(ptr, "timeoutMs"));
  if (auto it = j.find("pdf"); it != j.end()) Read(*it, out.pdf.emplace(), wire::ChildPointer(ptr, "pdf"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"allowUrl", "urlAllowlist", "allowedMimes", "maxBytes", "maxChars", "maxRedirects", "timeoutMs", "pdf"});
}

nlohmann::json Write(const HttpFileInputConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.allow_url) j["allowUrl"] = Write(*value.allow_url);
  if (value.url_allowlist) j["urlAllowlist"] = Write(*value.url_allowlist);
  if (value.allowed_mimes) j["allowedMimes"] = Write(*value.allowed_mimes);
  if (value.max_bytes) j["maxBytes"] = Write(*value.max_bytes);
  if (value.max_chars) j["maxChars"] = Write(*value.max_chars);
  if (value.max_redirects) j["maxRedirects"] = Write(*value.max_redirects);
  if (value.timeout_ms) j["timeoutMs"] = Write(*value.timeout_ms);
  if (value.pdf) j["pdf"] = Write(*value.pdf);
  return j;
}

void Read(const nlohmann::json& j, HttpImageInputConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("allowUrl"); it != j.end()) Read(*it, out.allow_url.emplace(), wire::ChildPointer(ptr, "allowUrl"));
  if (auto it = j.find("urlAllowlist"); it != j.end()) Read(*it, out.url_allowlist.emplace(), wire::ChildPointer(ptr, "urlAllowlist"));
  if (auto it = j.find("allowedMimes"); it != j.end()) Read(*it, out.allowed_mimes.emplace(), wire::ChildPointer(ptr, "allowedMimes"));
  if (auto it = j.find("maxBytes"); it != j.end()) Read(*it, out.max_bytes.emplace(), wire::ChildPointer(ptr, "maxBytes"));
  if (auto it = j.find("maxRedirects"); it != j.end()) Read(*it, out.max_redirects.emplace(), wire::ChildPointer(ptr, "maxRedirects"));
  if (auto it = j.find("timeoutMs"); it != j.end()) Read(*it, out.timeout_ms.emplace(), wire::ChildPointer(ptr, "timeoutMs"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"allowUrl", "urlAllowlist", "allowedMimes", "maxBytes", "maxRedirects", "timeoutMs"});
}

nlohmann::json Write(const HttpImageInputConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.allow_url) j["allowUrl"] = Write(*value.allow_url);
  if (value.url_allowlist) j["urlAllowlist"] = Write(*value.url_allowlist);
  if (value.allowed_mimes) j["allowedMimes"] = Write(*value.allowed_mimes);
  if (value.max_bytes) j["maxBytes"] = Write(*value.max_bytes);
  if (value.max_redirects) j["maxRedirects"] = Write(*value.max_redirects);
  if (value.timeout_ms) j["timeoutMs"] = Write(*value.timeout_ms);
  return j;
}

void Read(const nlohmann::json& j, ChatCompletionsEndpointConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("images"); it != j.end()) Read(*it, out.images.emplace(), wire::ChildPointer(ptr, "images"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "images"});
}

nlohmann::json Write(const ChatCompletionsEndpointConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.images) j["images"] = Write(*value.images);
  return j;
}

void Read(const nlohmann::json& j, ResponsesEndpointConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("maxUrlParts"); it != j.end()) Read(*it, out.max_url_parts.emplace(), wire::ChildPointer(ptr, "maxUrlParts"));
  if (auto it = j.find("files"); it != j.end()) Read(*it, out.files.emplace(), wire::ChildPointer(ptr, "files"));
  if (auto it = j.find("images"); it != j.end()) Read(*it, out.images.emplace(), wire::ChildPointer(ptr, "images"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "maxUrlParts", "files", "images"});
}

nlohmann::json Write(const ResponsesEndpointConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.max_url_parts) j["maxUrlParts"] = Write(*value.max_url_parts);
  if (value.files) j["files"] = Write(*value.files);
  if (value.images) j["images"] = Write(*value.images);
  return j;
}

void Read(const nlohmann::json& j, HttpEndpointsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("chatCompletions"); it != j.end()) Read(*it, out.chat_completions.emplace(), wire::ChildPointer(ptr, "chatCompletions"));
  if (auto it = j.find("responses"); it != j.end()) Read(*it, out.responses.emplace(), wire::ChildPointer(ptr, "responses"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"chatCompletions", "responses"});
}

nlohmann::json Write(const HttpEndpointsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.chat_completions) j["chatCompletions"] = Write(*value.chat_completions);
  if (value.responses) j["responses"] = Write(*value.responses);
  return j;
}

void Read(const nlohmann::json& j, HstsSetting& out, std::string_view ptr) {
  if (j.is_string()) {
    std::string alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  if (j.is_boolean()) {
    bool alternative{};
    Read(j, alternative, ptr);
    out.value = std::move(alternative);
    return;
  }
  throw wire::DecodeError(std::string(ptr), "must match exactly one schema in oneOf");
}

nlohmann::json Write(const HstsSetting& value) {
  return std::visit([](const auto& alternative) { return nlohmann::json(Write(alternative)); }, value.value);
}

void Read(const nlohmann::json& j, HttpSecurityHeadersConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("strictTransportSecurity"); it != j.end()) Read(*it, out.strict_transport_security.emplace(), wire::ChildPointer(ptr, "strictTransportSecurity"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"strictTransportSecurity"});
}

nlohmann::json Write(const HttpSecurityHeadersConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.strict_transport_security) j["strictTransportSecurity"] = Write(*value.strict_transport_security);
  return j;
}

void Read(const nlohmann::json& j, GatewayHttpConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("endpoints"); it != j.end()) Read(*it, out.endpoints.emplace(), wire::ChildPointer(ptr, "endpoints"));
  if (auto it = j.find("securityHeaders"); it != j.end()) Read(*it, out.security_headers.emplace(), wire::ChildPointer(ptr, "securityHeaders"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"endpoints", "securityHeaders"});
}

nlohmann::json Write(const GatewayHttpConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.endpoints) j["endpoints"] = Write(*value.endpoints);
  if (value.security_headers) j["securityHeaders"] = Write(*value.security_headers);
  return j;
}

std::string_view ToString(GatewayMode value) {
  switch (value) {
    case GatewayMode::kLocal:
      return "local";
    case GatewayMode::kRemote:
      return "remote";
  }
  return {};
}

std::optional<GatewayMode> ParseGatewayMode(std::string_view text) {
  if (text == "local") return GatewayMode::kLocal;
  if (text == "remote") return GatewayMode::kRemote;
  return std::nullopt;
}

void Read(const nlohmann::json& j, GatewayMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseGatewayMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(GatewayMode value) { return std::string(ToString(value)); }

std::string_view ToString(GatewayBindMode value) {
  switch (value) {
    case GatewayBindMode::kLoopback:
      return "loopback";
    case GatewayBindMode::kLan:
      return "lan";
    case GatewayBindMode::kTailnet:
      return "tailnet";
    case GatewayBindMode::kAuto:
      return "auto";
    case GatewayBindMode::kCustom:
      return "custom";
  }
  return {};
}

std::optional<GatewayBindMode> ParseGatewayBindMode(std::string_view text) {
  if (text == "loopback") return GatewayBindMode::kLoopback;
  if (text == "lan") return GatewayBindMode::kLan;
  if (text == "tailnet") return GatewayBindMode::kTailnet;
  if (text == "auto") return GatewayBindMode::kAuto;
  if (text == "custom") return GatewayBindMode::kCustom;
  return std::nullopt;
}

void Read(const nlohmann::json& j, GatewayBindMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseGatewayBindMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(GatewayBindMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ControlUiConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("basePath"); it != j.end()) Read(*it, out.base_path.emplace(), wire::ChildPointer(ptr, "basePath"));
  if (auto it = j.find("allowedOrigins"); it != j.end()) Read(*it, out.allowed_origins.emplace(), wire::ChildPointer(ptr, "allowedOrigins"));
  if (auto it = j.find("root"); it != j.end()) Read(*it, out.root.emplace(), wire::ChildPointer(ptr, "root"));
  if (auto it = j.find("dangerouslyAllowHostHeaderOriginFallback"); it != j.end()) Read(*it, out.dangerously_allow_host_header_origin_fallback.emplace(), wire::ChildPointer(ptr, "dangerouslyAllowHostHeaderOriginFallback"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "basePath", "allowedOrigins", "root", "dangerouslyAllowHostHeaderOriginFallback"});
}

nlohmann::json Write(const ControlUiConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.base_path) j["basePath"] = Write(*value.base_path);
  if (value.allowed_origins) j["allowedOrigins"] = Write(*value.allowed_origins);
  if (value.root) j["root"] = Write(*value.root);
  if (value.dangerously_allow_host_header_origin_fallback) j["dangerouslyAllowHostHeaderOriginFallback"] = Write(*value.dangerously_allow_host_header_origin_fallback);
  return j;
}

std::string_view ToString(ReloadMode value) {
  switch (value) {
    case ReloadMode::kHybrid:
      return "hybrid";
    case ReloadMode::kOff:
      return "off";
    case ReloadMode::kHot:
      return "hot";
    case ReloadMode::kRestart:
      return "restart";
  }
  return {};
}

std::optional<ReloadMode> ParseReloadMode(std::string_view text) {
  if (text == "hybrid") return ReloadMode::kHybrid;
  if (text == "off") return ReloadMode::kOff;
  if (text == "hot") return ReloadMode::kHot;
  if (text == "restart") return ReloadMode::kRestart;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ReloadMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseReloadMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ReloadMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, GatewayReloadConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"mode", "debounceMs"}, ptr);
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("debounceMs"); it != j.end()) Read(*it, out.debounce_ms.emplace(), wire::ChildPointer(ptr, "debounceMs"));
}

nlohmann::json Write(const GatewayReloadConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.debounce_ms) j["debounceMs"] = Write(*value.debounce_ms);
  return j;
}

void Read(const nlohmann::json& j, GatewayTlsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"enabled", "autoGenerate", "certPath", "keyPath", "caPath"}, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("autoGenerate"); it != j.end()) Read(*it, out.auto_generate.emplace(), wire::ChildPointer(ptr, "autoGenerate"));
  if (auto it = j.find("certPath"); it != j.end()) Read(*it, out.cert_path.emplace(), wire::ChildPointer(ptr, "certPath"));
  if (auto it = j.find("keyPath"); it != j.end()) Read(*it, out.key_path.emplace(), wire::ChildPointer(ptr, "keyPath"));
  if (auto it = j.find("caPath"); it != j.end()) Read(*it, out.ca_path.emplace(), wire::ChildPointer(ptr, "caPath"));
}

nlohmann::json Write(const GatewayTlsConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.auto_generate) j["autoGenerate"] = Write(*value.auto_generate);
  if (value.cert_path) j["certPath"] = Write(*value.cert_path);
  if (value.key_path) j["keyPath"] = Write(*value.key_path);
  if (value.ca_path) j["caPath"] = Write(*value.ca_path);
  return j;
}

std::string_view ToString(TailscaleMode value) {
  switch (value) {
    case TailscaleMode::kOff:
      return "off";
    case TailscaleMode::kServe:
      return "serve";
    case TailscaleMode::kFunnel:
      return "funnel";
  }
  return {};
}

std::optional<TailscaleMode> ParseTailscaleMode(std::string_view text) {
  if (text == "off") return TailscaleMode::kOff;
  if (text == "serve") return TailscaleMode::kServe;
  if (text == "funnel") return TailscaleMode::kFunnel;
  return std::nullopt;
}

void Read(const nlohmann::json& j, TailscaleMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseTailscaleMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(TailscaleMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, GatewayTailscaleConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("resetOnExit"); it != j.end()) Read(*it, out.reset_on_exit.emplace(), wire::ChildPointer(ptr, "resetOnExit"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"mode", "resetOnExit"});
}

nlohmann::json Write(const GatewayTailscaleConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.reset_on_exit) j["resetOnExit"] = Write(*value.reset_on_exit);
  return j;
}

std::string_view ToString(RemoteTransport value) {
  switch (value) {
    case RemoteTransport::kSsh:
      return "ssh";
    case RemoteTransport::kDirect:
      return "direct";
  }
  return {};
}

std::optional<RemoteTransport> ParseRemoteTransport(std::string_view text) {
  if (text == "ssh") return RemoteTransport::kSsh;
  if (text == "direct") return RemoteTransport::kDirect;
  return std::nullopt;
}

void Read(const nlohmann::json& j, RemoteTransport& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseRemoteTransport(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(RemoteTransport value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, GatewayRemoteConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("url"); it != j.end()) Read(*it, out.url.emplace(), wire::ChildPointer(ptr, "url"));
  if (auto it = j.find("token"); it != j.end()) Read(*it, out.token.emplace(), wire::ChildPointer(ptr, "token"));
  if (auto it = j.find("password"); it != j.end()) Read(*it, out.password.emplace(), wire::ChildPointer(ptr, "password"));
  if (auto it = j.find("transport"); it != j.end()) Read(*it, out.transport.emplace(), wire::ChildPointer(ptr, "transport"));
  if (auto it = j.find("tlsFingerprint"); it != j.end()) Read(*it, out.tls_fingerprint.emplace(), wire::ChildPointer(ptr, "tlsFingerprint"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"url", "token", "password", "transport", "tlsFingerprint"});
}

nlohmann::json Write(const GatewayRemoteConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.url) j["url"] = Write(*value.url);
  if (value.token) j["token"] = Write(*value.token);
  if (value.password) j["password"] = Write(*value.password);
  if (value.transport) j["transport"] = Write(*value.transport);
  if (value.tls_fingerprint) j["tlsFingerprint"] = Write(*value.tls_fingerprint);
  return j;
}

void Read(const nlohmann::json& j, NodePairingConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("autoApproveLocal"); it != j.end()) Read(*it, out.auto_approve_local.emplace(), wire::ChildPointer(ptr, "autoApproveLocal"));
  if (auto it = j.find("autoApproveCidrs"); it != j.end()) Read(*it, out.auto_approve_cidrs.emplace(), wire::ChildPointer(ptr, "autoApproveCidrs"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"autoApproveLocal", "autoApproveCidrs"});
}

nlohmann::json Write(const NodePairingConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.auto_approve_local) j["autoApproveLocal"] = Write(*value.auto_approve_local);
  if (value.auto_approve_cidrs) j["autoApproveCidrs"] = Write(*value.auto_approve_cidrs);
  return j;
}

void Read(const nlohmann::json& j, NodeCommandPolicy& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("allow"); it != j.end()) Read(*it, out.allow.emplace(), wire::ChildPointer(ptr, "allow"));
  if (auto it = j.find("deny"); it != j.end()) Read(*it, out.deny.emplace(), wire::ChildPointer(ptr, "deny"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"allow", "deny"});
}

nlohmann::json Write(const NodeCommandPolicy& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.allow) j["allow"] = Write(*value.allow);
  if (value.deny) j["deny"] = Write(*value.deny);
  return j;
}

void Read(const nlohmann::json& j, GatewayNodesConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("pairing"); it != j.end()) Read(*it, out.pairing.emplace(), wire::ChildPointer(ptr, "pairing"));
  if (auto it = j.find("commands"); it != j.end()) Read(*it, out.commands.emplace(), wire::ChildPointer(ptr, "commands"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"pairing", "commands"});
}

nlohmann::json Write(const GatewayNodesConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.pairing) j["pairing"] = Write(*value.pairing);
  if (value.commands) j["commands"] = Write(*value.commands);
  return j;
}

void Read(const nlohmann::json& j, GatewayToolsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("allow"); it != j.end()) Read(*it, out.allow.emplace(), wire::ChildPointer(ptr, "allow"));
  if (auto it = j.find("deny"); it != j.end()) Read(*it, out.deny.emplace(), wire::ChildPointer(ptr, "deny"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"allow", "deny"});
}

nlohmann::json Write(const GatewayToolsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.allow) j["allow"] = Write(*value.allow);
  if (value.deny) j["deny"] = Write(*value.deny);
  return j;
}

void Read(const nlohmann::json& j, GatewayTerminalConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled"});
}

nlohmann::json Write(const GatewayTerminalConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  return j;
}

void Read(const nlohmann::json& j, GatewayConfigRolesValue& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const GatewayConfigRolesValue& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, GatewayConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"port", "mode", "bind", "customBindHost", "publicOrigin", "auth", "trustedProxies", "allowRealIpFallback", "controlUi", "http", "reload", "tls", "tailscale", "remote", "nodes", "tools", "terminal", "roles"}, ptr);
  if (auto it = j.find("port"); it != j.end()) Read(*it, out.port.emplace(), wire::ChildPointer(ptr, "port"));
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("bind"); it != j.end()) Read(*it, out.bind.emplace(), wire::ChildPointer(ptr, "bind"));
  if (auto it = j.find("customBindHost"); it != j.end()) Read(*it, out.custom_bind_host.emplace(), wire::ChildPointer(ptr, "customBindHost"));
  if (auto it = j.find("publicOrigin"); it != j.end()) Read(*it, out.public_origin.emplace(), wire::ChildPointer(ptr, "publicOrigin"));
  if (auto it = j.find("auth"); it != j.end()) Read(*it, out.auth.emplace(), wire::ChildPointer(ptr, "auth"));
  if (auto it = j.find("trustedProxies"); it != j.end()) Read(*it, out.trusted_proxies.emplace(), wire::ChildPointer(ptr, "trustedProxies"));
  if (auto it = j.find("allowRealIpFallback"); it != j.end()) Read(*it, out.allow_real_ip_fallback.emplace(), wire::ChildPointer(ptr, "allowRealIpFallback"));
  if (auto it = j.find("controlUi"); it != j.end()) Read(*it, out.control_ui.emplace(), wire::ChildPointer(ptr, "controlUi"));
  if (auto it = j.find("http"); it != j.end()) Read(*it, out.http.emplace(), wire::ChildPointer(ptr, "http"));
  if (auto it = j.find("reload"); it != j.end()) Read(*it, out.reload.emplace(), wire::ChildPointer(ptr, "reload"));
  if (auto it = j.find("tls"); it != j.end()) Read(*it, out.tls.emplace(), wire::ChildPointer(ptr, "tls"));
  if (auto it = j.find("tailscale"); it != j.end()) Read(*it, out.tailscale.emplace(), wire::ChildPointer(ptr, "tailscale"));
  if (auto it = j.find("remote"); it != j.end()) Read(*it, out.remote.emplace(), wire::ChildPointer(ptr, "remote"));
  if (auto it = j.find("nodes"); it != j.end()) Read(*it, out.nodes.emplace(), wire::ChildPointer(ptr, "nodes"));
  if (auto it = j.find("tools"); it != j.end()) Read(*it, out.tools.emplace(), wire::ChildPointer(ptr, "tools"));
  if (auto it = j.find("terminal"); it != j.end()) Read(*it, out.terminal.emplace(), wire::ChildPointer(ptr, "terminal"));
  if (auto it = j.find("roles"); it != j.end()) Read(*it, out.roles.emplace(), wire::ChildPointer(ptr, "roles"));
}

nlohmann::json Write(const GatewayConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.port) j["port"] = Write(*value.port);
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.bind) j["bind"] = Write(*value.bind);
  if (value.custom_bind_host) j["customBindHost"] = Write(*value.custom_bind_host);
  if (value.public_origin) j["publicOrigin"] = Write(*value.public_origin);
  if (value.auth) j["auth"] = Write(*value.auth);
  if (value.trusted_proxies) j["trustedProxies"] = Write(*value.trusted_proxies);
  if (value.allow_real_ip_fallback) j["allowRealIpFallback"] = Write(*value.allow_real_ip_fallback);
  if (value.control_ui) j["controlUi"] = Write(*value.control_ui);
  if (value.http) j["http"] = Write(*value.http);
  if (value.reload) j["reload"] = Write(*value.reload);
  if (value.tls) j["tls"] = Write(*value.tls);
  if (value.tailscale) j["tailscale"] = Write(*value.tailscale);
  if (value.remote) j["remote"] = Write(*value.remote);
  if (value.nodes) j["nodes"] = Write(*value.nodes);
  if (value.tools) j["tools"] = Write(*value.tools);
  if (value.terminal) j["terminal"] = Write(*value.terminal);
  if (value.roles) j["roles"] = Write(*value.roles);
  return j;
}

void Read(const nlohmann::json& j, HookMappingMatch& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("path"); it != j.end()) Read(*it, out.path.emplace(), wire::ChildPointer(ptr, "path"));
  if (auto it = j.find("source"); it != j.end()) Read(*it, out.source.emplace(), wire::ChildPointer(ptr, "source"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"path", "source"});
}

nlohmann::json Write(const HookMappingMatch& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.path) j["path"] = Write(*value.path);
  if (value.source) j["source"] = Write(*value.source);
  return j;
}

std::string_view ToString(HookAction value) {
  switch (value) {
    case HookAction::kWake:
      return "wake";
    case HookAction::kAgent:
      return "agent";
  }
  return {};
}

std::optional<HookAction> ParseHookAction(std::string_view text) {
  if (text == "wake") return HookAction::kWake;
  if (text == "agent") return HookAction::kAgent;
  return std::nullopt;
}

void Read(const nlohmann::json& j, HookAction& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseHookAction(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(HookAction value) { return std::string(ToString(value)); }

std::string_view ToString(HookWakeMode value) {
  switch (value) {
    case HookWakeMode::kNow:
      return "now";
    case HookWakeMode::kNextHeartbeat:
      return "next-heartbeat";
  }
  return {};
}

std::optional<HookWakeMode> ParseHookWakeMode(std::string_view text) {
  if (text == "now") return HookWakeMode::kNow;
  if (text == "next-heartbeat") return HookWakeMode::kNextHeartbeat;
  return std::nullopt;
}

void Read(const nlohmann::json& j, HookWakeMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseHookWakeMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(HookWakeMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, HookMappingConfigTransform& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const HookMappingConfigTransform& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, HookMappingConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("id"); it != j.end()) Read(*it, out.id.emplace(), wire::ChildPointer(ptr, "id"));
  if (auto it = j.find("match"); it != j.end()) Read(*it, out.match.emplace(), wire::ChildPointer(ptr, "match"));
  if (auto it = j.find("action"); it != j.end()) Read(*it, out.action.emplace(), wire::ChildPointer(ptr, "action"));
  if (auto it = j.find("wakeMode"); it != j.end()) Read(*it, out.wake_mode.emplace(), wire::ChildPointer(ptr, "wakeMode"));
  if (auto it = j.find("name"); it != j.end()) Read(*it, out.name.emplace(), wire::ChildPointer(ptr, "name"));
  if (auto it = j.find("agentId"); it != j.end()) Read(*it, out.agent_id.emplace(), wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("messageTemplate"); it != j.end()) Read(*it, out.message_template.emplace(), wire::ChildPointer(ptr, "messageTemplate"));
  if (auto it = j.find("textTemplate"); it != j.end()) Read(*it, out.text_template.emplace(), wire::ChildPointer(ptr, "textTemplate"));
  if (auto it = j.find("deliver"); it != j.end()) Read(*it, out.deliver.emplace(), wire::ChildPointer(ptr, "deliver"));
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("to"); it != j.end()) Read(*it, out.to.emplace(), wire::ChildPointer(ptr, "to"));
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("timeoutSeconds"); it != j.end()) Read(*it, out.timeout_seconds.emplace(), wire::ChildPointer(ptr, "timeoutSeconds"));
  if (auto it = j.find("transform"); it != j.end()) Read(*it, out.transform.emplace(), wire::ChildPointer(ptr, "transform"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id", "match", "action", "wakeMode", "name", "agentId", "sessionKey", "messageTemplate", "textTemplate", "deliver", "channel", "to", "model", "timeoutSeconds", "transform"});
}

nlohmann::json Write(const HookMappingConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.id) j["id"] = Write(*value.id);
  if (value.match) j["match"] = Write(*value.match);
  if (value.action) j["action"] = Write(*value.action);
  if (value.wake_mode) j["wakeMode"] = Write(*value.wake_mode);
  if (value.name) j["name"] = Write(*value.name);
  if (value.agent_id) j["agentId"] = Write(*value.agent_id);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.message_template) j["messageTemplate"] = Write(*value.message_template);
  if (value.text_template) j["textTemplate"] = Write(*value.text_template);
  if (value.deliver) j["deliver"] = Write(*value.deliver);
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.to) j["to"] = Write(*value.to);
  if (value.model) j["model"] = Write(*value.model);
  if (value.timeout_seconds) j["timeoutSeconds"] = Write(*value.timeout_seconds);
  if (value.transform) j["transform"] = Write(*value.transform);
  return j;
}

void Read(const nlohmann::json& j, HooksConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("token"); it != j.end()) Read(*it, out.token.emplace(), wire::ChildPointer(ptr, "token"));
  if (auto it = j.find("path"); it != j.end()) Read(*it, out.path.emplace(), wire::ChildPointer(ptr, "path"));
  if (auto it = j.find("allowedAgentIds"); it != j.end()) Read(*it, out.allowed_agent_ids.emplace(), wire::ChildPointer(ptr, "allowedAgentIds"));
  if (auto it = j.find("defaultSessionKey"); it != j.end()) Read(*it, out.default_session_key.emplace(), wire::ChildPointer(ptr, "defaultSessionKey"));
  if (auto it = j.find("allowRequestSessionKey"); it != j.end()) Read(*it, out.allow_request_session_key.emplace(), wire::ChildPointer(ptr, "allowRequestSessionKey"));
  if (auto it = j.find("allowedSessionKeyPrefixes"); it != j.end()) Read(*it, out.allowed_session_key_prefixes.emplace(), wire::ChildPointer(ptr, "allowedSessionKeyPrefixes"));
  if (auto it = j.find("mappings"); it != j.end()) Read(*it, out.mappings.emplace(), wire::ChildPointer(ptr, "mappings"));
  if (auto it = j.find("presets"); it != j.end()) Read(*it, out.presets.emplace(), wire::ChildPointer(ptr, "presets"));
  if (auto it = j.find("transformsDir"); it != j.end()) Read(*it, out.transforms_dir.emplace(), wire::ChildPointer(ptr, "transformsDir"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "token", "path", "allowedAgentIds", "defaultSessionKey", "allowRequestSessionKey", "allowedSessionKeyPrefixes", "mappings", "presets", "transformsDir"});
}

nlohmann::json Write(const HooksConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.token) j["token"] = Write(*value.token);
  if (value.path) j["path"] = Write(*value.path);
  if (value.allowed_agent_ids) j["allowedAgentIds"] = Write(*value.allowed_agent_ids);
  if (value.default_session_key) j["defaultSessionKey"] = Write(*value.default_session_key);
  if (value.allow_request_session_key) j["allowRequestSessionKey"] = Write(*value.allow_request_session_key);
  if (value.allowed_session_key_prefixes) j["allowedSessionKeyPrefixes"] = Write(*value.allowed_session_key_prefixes);
  if (value.mappings) j["mappings"] = Write(*value.mappings);
  if (value.presets) j["presets"] = Write(*value.presets);
  if (value.transforms_dir) j["transformsDir"] = Write(*value.transforms_dir);
  return j;
}

std::string_view ToString(LogLevel value) {
  switch (value) {
    case LogLevel::kTrace:
      return "trace";
    case LogLevel::kDebug:
      return "debug";
    case LogLevel::kInfo:
      return "info";
    case LogLevel::kWarn:
      return "warn";
    case LogLevel::kError:
      return "error";
    case LogLevel::kFatal:
      return "fatal";
    case LogLevel::kSilent:
      return "silent";
  }
  return {};
}

std::optional<LogLevel> ParseLogLevel(std::string_view text) {
  if (text == "trace") return LogLevel::kTrace;
  if (text == "debug") return LogLevel::kDebug;
  if (text == "info") return LogLevel::kInfo;
  if (text == "warn") return LogLevel::kWarn;
  if (text == "error") return LogLevel::kError;
  if (text == "fatal") return LogLevel::kFatal;
  if (text == "silent") return LogLevel::kSilent;
  return std::nullopt;
}

void Read(const nlohmann::json& j, LogLevel& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseLogLevel(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(LogLevel value) { return std::string(ToString(value)); }

std::string_view ToString(ConsoleStyle value) {
  switch (value) {
    case ConsoleStyle::kPretty:
      return "pretty";
    case ConsoleStyle::kJson:
      return "json";
    case ConsoleStyle::kCompact:
      return "compact";
  }
  return {};
}

std::optional<ConsoleStyle> ParseConsoleStyle(std::string_view text) {
  if (text == "pretty") return ConsoleStyle::kPretty;
  if (text == "json") return ConsoleStyle::kJson;
  if (text == "compact") return ConsoleStyle::kCompact;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ConsoleStyle& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseConsoleStyle(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ConsoleStyle value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, LoggingConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"level", "file", "maxFileBytes", "consoleLevel", "consoleStyle", "redactPatterns"}, ptr);
  if (auto it = j.find("level"); it != j.end()) Read(*it, out.level.emplace(), wire::ChildPointer(ptr, "level"));
  if (auto it = j.find("file"); it != j.end()) Read(*it, out.file.emplace(), wire::ChildPointer(ptr, "file"));
  if (auto it = j.find("maxFileBytes"); it != j.end()) Read(*it, out.max_file_bytes.emplace(), wire::ChildPointer(ptr, "maxFileBytes"));
  if (auto it = j.find("consoleLevel"); it != j.end()) Read(*it, out.console_level.emplace(), wire::ChildPointer(ptr, "consoleLevel"));
  if (auto it = j.find("consoleStyle"); it != j.end()) Read(*it, out.console_style.emplace(), wire::ChildPointer(ptr, "consoleStyle"));
  if (auto it = j.find("redactPatterns"); it != j.end()) Read(*it, out.redact_patterns.emplace(), wire::ChildPointer(ptr, "redactPatterns"));
}

nlohmann::json Write(const LoggingConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.level) j["level"] = Write(*value.level);
  if (value.file) j["file"] = Write(*value.file);
  if (value.max_file_bytes) j["maxFileBytes"] = Write(*value.max_file_bytes);
  if (value.console_level) j["consoleLevel"] = Write(*value.console_level);
  if (value.console_style) j["consoleStyle"] = Write(*value.console_style);
  if (value.redact_patterns) j["redactPatterns"] = Write(*value.redact_patterns);
  return j;
}

std::string_view ToString(ModelApi value) {
  switch (value) {
    case ModelApi::kOpenaiCompletions:
      return "openai-completions";
    case ModelApi::kOpenaiResponses:
      return "openai-responses";
    case ModelApi::kOpenaiChatgptResponses:
      return "openai-chatgpt-responses";
    case ModelApi::kAnthropicMessages:
      return "anthropic-messages";
    case ModelApi::kGoogleGenerativeAi:
      return "google-generative-ai";
    case ModelApi::kGoogleVertex:
      return "google-vertex";
    case ModelApi::kGithubCopilot:
      return "github-copilot";
    case ModelApi::kBedrockConverseStream:
      return "bedrock-converse-stream";
    case ModelApi::kOllama:
      return "ollama";
    case ModelApi::kPiMessages:
      return "pi-messages";
    case ModelApi::kAzureOpenaiResponses:
      return "azure-openai-responses";
  }
  return {};
}

std::optional<ModelApi> ParseModelApi(std::string_view text) {
  if (text == "openai-completions") return ModelApi::kOpenaiCompletions;
  if (text == "openai-responses") return ModelApi::kOpenaiResponses;
  if (text == "openai-chatgpt-responses") return ModelApi::kOpenaiChatgptResponses;
  if (text == "anthropic-messages") return ModelApi::kAnthropicMessages;
  if (text == "google-generative-ai") return ModelApi::kGoogleGenerativeAi;
  if (text == "google-vertex") return ModelApi::kGoogleVertex;
  if (text == "github-copilot") return ModelApi::kGithubCopilot;
  if (text == "bedrock-converse-stream") return ModelApi::kBedrockConverseStream;
  if (text == "ollama") return ModelApi::kOllama;
  if (text == "pi-messages") return ModelApi::kPiMessages;
  if (text == "azure-openai-responses") return ModelApi::kAzureOpenaiResponses;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ModelApi& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseModelApi(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ModelApi value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ModelCost& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("input"); it != j.end()) Read(*it, out.input.emplace(), wire::ChildPointer(ptr, "input"));
  if (auto it = j.find("output"); it != j.end()) Read(*it, out.output.emplace(), wire::ChildPointer(ptr, "output"));
  if (auto it = j.find("cacheRead"); it != j.end()) Read(*it, out.cache_read.emplace(), wire::ChildPointer(ptr, "cacheRead"));
  if (auto it = j.find("cacheWrite"); it != j.end()) Read(*it, out.cache_write.emplace(), wire::ChildPointer(ptr, "cacheWrite"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"input", "output", "cacheRead", "cacheWrite"});
}

nlohmann::json Write(const ModelCost& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.input) j["input"] = Write(*value.input);
  if (value.output) j["output"] = Write(*value.output);
  if (value.cache_read) j["cacheRead"] = Write(*value.cache_read);
  if (value.cache_write) j["cacheWrite"] = Write(*value.cache_write);
  return j;
}

void Read(const nlohmann::json& j, ModelDefinitionConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  if (auto it = j.find("name"); it != j.end()) Read(*it, out.name.emplace(), wire::ChildPointer(ptr, "name"));
  if (auto it = j.find("api"); it != j.end()) Read(*it, out.api.emplace(), wire::ChildPointer(ptr, "api"));
  if (auto it = j.find("reasoning"); it != j.end()) Read(*it, out.reasoning.emplace(), wire::ChildPointer(ptr, "reasoning"));
  if (auto it = j.find("input"); it != j.end()) Read(*it, out.input.emplace(), wire::ChildPointer(ptr, "input"));
  if (auto it = j.find("cost"); it != j.end()) Read(*it, out.cost.emplace(), wire::ChildPointer(ptr, "cost"));
  if (auto it = j.find("contextWindow"); it != j.end()) Read(*it, out.context_window.emplace(), wire::ChildPointer(ptr, "contextWindow"));
  if (auto it = j.find("contextTokens"); it != j.end()) Read(*it, out.context_tokens.emplace(), wire::ChildPointer(ptr, "contextTokens"));
  if (auto it = j.find("maxTokens"); it != j.end()) Read(*it, out.max_tokens.emplace(), wire::ChildPointer(ptr, "maxTokens"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id", "name", "api", "reasoning", "input", "cost", "contextWindow", "contextTokens", "maxTokens"});
}

nlohmann::json Write(const ModelDefinitionConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["id"] = Write(value.id);
  if (value.name) j["name"] = Write(*value.name);
  if (value.api) j["api"] = Write(*value.api);
  if (value.reasoning) j["reasoning"] = Write(*value.reasoning);
  if (value.input) j["input"] = Write(*value.input);
  if (value.cost) j["cost"] = Write(*value.cost);
  if (value.context_window) j["contextWindow"] = Write(*value.context_window);
  if (value.context_tokens) j["contextTokens"] = Write(*value.context_tokens);
  if (value.max_tokens) j["maxTokens"] = Write(*value.max_tokens);
  return j;
}

std::string_view ToString(ModelProviderAuth value) {
  switch (value) {
    case ModelProviderAuth::kApiKey:
      return "api-key";
    case ModelProviderAuth::kToken:
      return "token";
    case ModelProviderAuth::kOauth:
      return "oauth";
    case ModelProviderAuth::kAwsSdk:
      return "aws-sdk";
  }
  return {};
}

std::optional<ModelProviderAuth> ParseModelProviderAuth(std::string_view text) {
  if (text == "api-key") return ModelProviderAuth::kApiKey;
  if (text == "token") return ModelProviderAuth::kToken;
  if (text == "oauth") return ModelProviderAuth::kOauth;
  if (text == "aws-sdk") return ModelProviderAuth::kAwsSdk;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ModelProviderAuth& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseModelProviderAuth(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ModelProviderAuth value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ModelProviderConfigRequest& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const ModelProviderConfigRequest& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, ModelProviderConfigLocalService& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const ModelProviderConfigLocalService& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, ModelProviderConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("baseUrl"); it != j.end()) Read(*it, out.base_url.emplace(), wire::ChildPointer(ptr, "baseUrl"));
  if (auto it = j.find("apiKey"); it != j.end()) Read(*it, out.api_key.emplace(), wire::ChildPointer(ptr, "apiKey"));
  if (auto it = j.find("api"); it != j.end()) Read(*it, out.api.emplace(), wire::ChildPointer(ptr, "api"));
  if (auto it = j.find("auth"); it != j.end()) Read(*it, out.auth.emplace(), wire::ChildPointer(ptr, "auth"));
  if (auto it = j.find("authHeader"); it != j.end()) Read(*it, out.auth_header.emplace(), wire::ChildPointer(ptr, "authHeader"));
  if (auto it = j.find("headers"); it != j.end()) Read(*it, out.headers.emplace(), wire::ChildPointer(ptr, "headers"));
  if (auto it = j.find("timeoutSeconds"); it != j.end()) Read(*it, out.timeout_seconds.emplace(), wire::ChildPointer(ptr, "timeoutSeconds"));
  if (auto it = j.find("maxTokens"); it != j.end()) Read(*it, out.max_tokens.emplace(), wire::ChildPointer(ptr, "maxTokens"));
  if (auto it = j.find("request"); it != j.end()) Read(*it, out.request.emplace(), wire::ChildPointer(ptr, "request"));
  if (auto it = j.find("localService"); it != j.end()) Read(*it, out.local_service.emplace(), wire::ChildPointer(ptr, "localService"));
  if (auto it = j.find("models"); it != j.end()) Read(*it, out.models.emplace(), wire::ChildPointer(ptr, "models"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"baseUrl", "apiKey", "api", "auth", "authHeader", "headers", "timeoutSeconds", "maxTokens", "request", "localService", "models"});
}

nlohmann::json Write(const ModelProviderConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.base_url) j["baseUrl"] = Write(*value.base_url);
  if (value.api_key) j["apiKey"] = Write(*value.api_key);
  if (value.api) j["api"] = Write(*value.api);
  if (value.auth) j["auth"] = Write(*value.auth);
  if (value.auth_header) j["authHeader"] = Write(*value.auth_header);
  if (value.headers) j["headers"] = Write(*value.headers);
  if (value.timeout_seconds) j["timeoutSeconds"] = Write(*value.timeout_seconds);
  if (value.max_tokens) j["maxTokens"] = Write(*value.max_tokens);
  if (value.request) j["request"] = Write(*value.request);
  if (value.local_service) j["localService"] = Write(*value.local_service);
  if (value.models) j["models"] = Write(*value.models);
  return j;
}

std::string_view ToString(ModelsMode value) {
  switch (value) {
    case ModelsMode::kMerge:
      return "merge";
    case ModelsMode::kReplace:
      return "replace";
  }
  return {};
}

std::optional<ModelsMode> ParseModelsMode(std::string_view text) {
  if (text == "merge") return ModelsMode::kMerge;
  if (text == "replace") return ModelsMode::kReplace;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ModelsMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseModelsMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ModelsMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ModelCatalogRefreshConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled"});
}

nlohmann::json Write(const ModelCatalogRefreshConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  return j;
}

void Read(const nlohmann::json& j, ModelsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("providers"); it != j.end()) Read(*it, out.providers.emplace(), wire::ChildPointer(ptr, "providers"));
  if (auto it = j.find("catalogRefresh"); it != j.end()) Read(*it, out.catalog_refresh.emplace(), wire::ChildPointer(ptr, "catalogRefresh"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"mode", "providers", "catalogRefresh"});
}

nlohmann::json Write(const ModelsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.providers) j["providers"] = Write(*value.providers);
  if (value.catalog_refresh) j["catalogRefresh"] = Write(*value.catalog_refresh);
  return j;
}

void Read(const nlohmann::json& j, PluginEntryConfigConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const PluginEntryConfigConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, PluginEntryConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("config"); it != j.end()) Read(*it, out.config.emplace(), wire::ChildPointer(ptr, "config"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "config"});
}

nlohmann::json Write(const PluginEntryConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.config) j["config"] = Write(*value.config);
  return j;
}

void Read(const nlohmann::json& j, PluginsConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("enabled"); it != j.end()) Read(*it, out.enabled.emplace(), wire::ChildPointer(ptr, "enabled"));
  if (auto it = j.find("allow"); it != j.end()) Read(*it, out.allow.emplace(), wire::ChildPointer(ptr, "allow"));
  if (auto it = j.find("deny"); it != j.end()) Read(*it, out.deny.emplace(), wire::ChildPointer(ptr, "deny"));
  if (auto it = j.find("entries"); it != j.end()) Read(*it, out.entries.emplace(), wire::ChildPointer(ptr, "entries"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"enabled", "allow", "deny", "entries"});
}

nlohmann::json Write(const PluginsConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.enabled) j["enabled"] = Write(*value.enabled);
  if (value.allow) j["allow"] = Write(*value.allow);
  if (value.deny) j["deny"] = Write(*value.deny);
  if (value.entries) j["entries"] = Write(*value.entries);
  return j;
}

std::string_view ToString(SessionMaintenanceMode value) {
  switch (value) {
    case SessionMaintenanceMode::kEnforce:
      return "enforce";
    case SessionMaintenanceMode::kWarn:
      return "warn";
  }
  return {};
}

std::optional<SessionMaintenanceMode> ParseSessionMaintenanceMode(std::string_view text) {
  if (text == "enforce") return SessionMaintenanceMode::kEnforce;
  if (text == "warn") return SessionMaintenanceMode::kWarn;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionMaintenanceMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionMaintenanceMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionMaintenanceMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionMaintenanceConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("pruneAfter"); it != j.end()) Read(*it, out.prune_after.emplace(), wire::ChildPointer(ptr, "pruneAfter"));
  if (auto it = j.find("maxEntries"); it != j.end()) Read(*it, out.max_entries.emplace(), wire::ChildPointer(ptr, "maxEntries"));
  if (auto it = j.find("maxDiskBytes"); it != j.end()) Read(*it, out.max_disk_bytes.emplace(), wire::ChildPointer(ptr, "maxDiskBytes"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"mode", "pruneAfter", "maxEntries", "maxDiskBytes"});
}

nlohmann::json Write(const SessionMaintenanceConfig& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.prune_after) j["pruneAfter"] = Write(*value.prune_after);
  if (value.max_entries) j["maxEntries"] = Write(*value.max_entries);
  if (value.max_disk_bytes) j["maxDiskBytes"] = Write(*value.max_disk_bytes);
  return j;
}

std::string_view ToString(SessionResetMode value) {
  switch (value) {
    case SessionResetMode::kNone:
      return "none";
    case SessionResetMode::kDaily:
      return "daily";
    case SessionResetMode::kIdle:
      return "idle";
  }
  return {};
}

std::optional<SessionResetMode> ParseSessionResetMode(std::string_view text) {
  if (text == "none") return SessionResetMode::kNone;
  if (text == "daily") return SessionResetMode::kDaily;
  if (text == "idle") return SessionResetMode::kIdle;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionResetMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionResetMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionResetMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionResetPolicy& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"mode", "atHour", "idleMinutes"}, ptr);
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("atHour"); it != j.end()) Read(*it, out.at_hour.emplace(), wire::ChildPointer(ptr, "atHour"));
  if (auto it = j.find("idleMinutes"); it != j.end()) Read(*it, out.idle_minutes.emplace(), wire::ChildPointer(ptr, "idleMinutes"));
}

nlohmann::json Write(const SessionResetPolicy& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.at_hour) j["atHour"] = Write(*value.at_hour);
  if (value.idle_minutes) j["idleMinutes"] = Write(*value.idle_minutes);
  return j;
}

std::string_view ToString(SendPolicyAction value) {
  switch (value) {
    case SendPolicyAction::kAllow:
      return "allow";
    case SendPolicyAction::kDeny:
      return "deny";
  }
  return {};
}

std::optional<SendPolicyAction> ParseSendPolicyAction(std::string_view text) {
  if (text == "allow") return SendPolicyAction::kAllow;
  if (text == "deny") return SendPolicyAction::kDeny;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SendPolicyAction& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSendPolicyAction(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SendPolicyAction value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionSendRuleMatch& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("chatType"); it != j.end()) Read(*it, out.chat_type.emplace(), wire::ChildPointer(ptr, "chatType"));
  if (auto it = j.find("keyPrefix"); it != j.end()) Read(*it, out.key_prefix.emplace(), wire::ChildPointer(ptr, "keyPrefix"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"channel", "chatType", "keyPrefix"});
}

nlohmann::json Write(const SessionSendRuleMatch& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.chat_type) j["chatType"] = Write(*value.chat_type);
  if (value.key_prefix) j["keyPrefix"] = Write(*value.key_prefix);
  return j;
}

void Read(const nlohmann::json& j, SessionSendRule& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "action", ptr), out.action, wire::ChildPointer(ptr, "action"));
  if (auto it = j.find("match"); it != j.end()) Read(*it, out.match.emplace(), wire::ChildPointer(ptr, "match"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"action", "match"});
}

nlohmann::json Write(const SessionSendRule& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["action"] = Write(value.action);
  if (value.match) j["match"] = Write(*value.match);
  return j;
}

void Read(const nlohmann::json& j, SessionSendPolicy& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("rules"); it != j.end()) Read(*it, out.rules.emplace(), wire::ChildPointer(ptr, "rules"));
  if (auto it = j.find("default"); it != j.end()) Read(*it, out.default_.emplace(), wire::ChildPointer(ptr, "default"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"rules", "default"});
}

nlohmann::json Write(const SessionSendPolicy& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.rules) j["rules"] = Write(*value.rules);
  if (value.default_) j["default"] = Write(*value.default_);
  return j;
}

std::string_view ToString(SessionScope value) {
  switch (value) {
    case SessionScope::kPerSender:
      return "per-sender";
    case SessionScope::kGlobal:
      return "global";
  }
  return {};
}

std::optional<SessionScope> ParseSessionScope(std::string_view text) {
  if (text == "per-sender") return SessionScope::kPerSender;
  if (text == "global") return SessionScope::kGlobal;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionScope& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionScope(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionScope value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionResetByType& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"direct", "group", "thread"}, ptr);
  if (auto it = j.find("direct"); it != j.end()) Read(*it, out.direct.emplace(), wire::ChildPointer(ptr, "direct"));
  if (auto it = j.find("group"); it != j.end()) Read(*it, out.group.emplace(), wire::ChildPointer(ptr, "group"));
  if (auto it = j.find("thread"); it != j.end()) Read(*it, out.thread.emplace(), wire::ChildPointer(ptr, "thread"));
}

nlohmann::json Write(const SessionResetByType& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.direct) j["direct"] = Write(*value.direct);
  if (value.group) j["group"] = Write(*value.group);
  if (value.thread) j["thread"] = Write(*value.thread);
  return j;
}

void Read(const nlohmann::json& j, SessionConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"scope", "dmScope", "groupScope", "reset", "resetByType", "resetByChannel", "resetTriggers", "identityLinks", "store", "maintenance", "mainKey", "sendPolicy"}, ptr);
  if (auto it = j.find("scope"); it != j.end()) Read(*it, out.scope.emplace(), wire::ChildPointer(ptr, "scope"));
  if (auto it = j.find("dmScope"); it != j.end()) Read(*it, out.dm_scope.emplace(), wire::ChildPointer(ptr, "dmScope"));
  if (auto it = j.find("groupScope"); it != j.end()) Read(*it, out.group_scope.emplace(), wire::ChildPointer(ptr, "groupScope"));
  if (auto it = j.find("reset"); it != j.end()) Read(*it, out.reset.emplace(), wire::ChildPointer(ptr, "reset"));
  if (auto it = j.find("resetByType"); it != j.end()) Read(*it, out.reset_by_type.emplace(), wire::ChildPointer(ptr, "resetByType"));
  if (auto it = j.find("resetByChannel"); it != j.end()) Read(*it, out.reset_by_channel.emplace(), wire::ChildPointer(ptr, "resetByChannel"));
  if (auto it = j.find("resetTriggers"); it != j.end()) Read(*it, out.reset_triggers.emplace(), wire::ChildPointer(ptr, "resetTriggers"));
  if (auto it = j.find("identityLinks"); it != j.end()) Read(*it, out.identity_links.emplace(), wire::ChildPointer(ptr, "identityLinks"));
  if (auto it = j.find("store"); it != j.end()) Read(*it, out.store.emplace(), wire::ChildPointer(ptr, "store"));
  if (auto it = j.find("maintenance"); it != j.end()) Read(*it, out.maintenance.emplace(), wire::ChildPointer(ptr, "maintenance"));
  if (auto it = j.find("mainKey"); it != j.end()) Read(*it, out.main_key.emplace(), wire::ChildPointer(ptr, "mainKey"));
  if (auto it = j.find("sendPolicy"); it != j.end()) Read(*it, out.send_policy.emplace(), wire::ChildPointer(ptr, "sendPolicy"));
}

nlohmann::json Write(const SessionConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.scope) j["scope"] = Write(*value.scope);
  if (value.dm_scope) j["dmScope"] = Write(*value.dm_scope);
  if (value.group_scope) j["groupScope"] = Write(*value.group_scope);
  if (value.reset) j["reset"] = Write(*value.reset);
  if (value.reset_by_type) j["resetByType"] = Write(*value.reset_by_type);
  if (value.reset_by_channel) j["resetByChannel"] = Write(*value.reset_by_channel);
  if (value.reset_triggers) j["resetTriggers"] = Write(*value.reset_triggers);
  if (value.identity_links) j["identityLinks"] = Write(*value.identity_links);
  if (value.store) j["store"] = Write(*value.store);
  if (value.maintenance) j["maintenance"] = Write(*value.maintenance);
  if (value.main_key) j["mainKey"] = Write(*value.main_key);
  if (value.send_policy) j["sendPolicy"] = Write(*value.send_policy);
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigSkills& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigSkills& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigMessages& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigMessages& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigCommands& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigCommands& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigUi& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigUi& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigBrowser& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigBrowser& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigWizard& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigWizard& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigMeta& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigMeta& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigUpdate& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigUpdate& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigSecrets& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigSecrets& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigDiscovery& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigDiscovery& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigDiagnostics& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigDiagnostics& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigTalk& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigTalk& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigApprovals& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigApprovals& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigBroadcast& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigBroadcast& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigAudio& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigAudio& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigWeb& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigWeb& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigMemory& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigMemory& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigTelemetry& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigTelemetry& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigAccessGroups& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigAccessGroups& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigAcp& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigAcp& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigNodeHost& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigNodeHost& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigSecurity& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigSecurity& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigAttachments& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigAttachments& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigTts& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigTts& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigTranscripts& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigTranscripts& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigCloudWorkers& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigCloudWorkers& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigDesktop& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigDesktop& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigMcp& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigMcp& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigSurfaces& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigSurfaces& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfigProxy& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const OpenClawConfigProxy& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, OpenClawConfig& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"$schema", "gateway", "agents", "bindings", "models", "channels", "session", "cron", "logging", "hooks", "env", "identity", "auth", "plugins", "canvasHost", "skills", "tools", "messages", "commands", "ui", "browser", "wizard", "meta", "update", "secrets", "discovery", "diagnostics", "talk", "approvals", "broadcast", "audio", "web", "memory", "worktreeRoot", "worktreeAcceleration", "telemetry", "accessGroups", "acp", "nodeHost", "security", "attachments", "tts", "transcripts", "cloudWorkers", "desktop", "mcp", "surfaces", "proxy"}, ptr);
  if (auto it = j.find("$schema"); it != j.end()) Read(*it, out.schema.emplace(), wire::ChildPointer(ptr, "$schema"));
  if (auto it = j.find("gateway"); it != j.end()) Read(*it, out.gateway.emplace(), wire::ChildPointer(ptr, "gateway"));
  if (auto it = j.find("agents"); it != j.end()) Read(*it, out.agents.emplace(), wire::ChildPointer(ptr, "agents"));
  if (auto it = j.find("bindings"); it != j.end()) Read(*it, out.bindings.emplace(), wire::ChildPointer(ptr, "bindings"));
  if (auto it = j.find("models"); it != j.end()) Read(*it, out.models.emplace(), wire::ChildPointer(ptr, "models"));
  if (auto it = j.find("channels"); it != j.end()) Read(*it, out.channels.emplace(), wire::ChildPointer(ptr, "channels"));
  if (auto it = j.find("session"); it != j.end()) Read(*it, out.session.emplace(), wire::ChildPointer(ptr, "session"));
  if (auto it = j.find("cron"); it != j.end()) Read(*it, out.cron.emplace(), wire::ChildPointer(ptr, "cron"));
  if (auto it = j.find("logging"); it != j.end()) Read(*it, out.logging.emplace(), wire::ChildPointer(ptr, "logging"));
  if (auto it = j.find("hooks"); it != j.end()) Read(*it, out.hooks.emplace(), wire::ChildPointer(ptr, "hooks"));
  if (auto it = j.find("env"); it != j.end()) Read(*it, out.env.emplace(), wire::ChildPointer(ptr, "env"));
  if (auto it = j.find("identity"); it != j.end()) Read(*it, out.identity.emplace(), wire::ChildPointer(ptr, "identity"));
  if (auto it = j.find("auth"); it != j.end()) Read(*it, out.auth.emplace(), wire::ChildPointer(ptr, "auth"));
  if (auto it = j.find("plugins"); it != j.end()) Read(*it, out.plugins.emplace(), wire::ChildPointer(ptr, "plugins"));
  if (auto it = j.find("canvasHost"); it != j.end()) Read(*it, out.canvas_host.emplace(), wire::ChildPointer(ptr, "canvasHost"));
  if (auto it = j.find("skills"); it != j.end()) Read(*it, out.skills.emplace(), wire::ChildPointer(ptr, "skills"));
  if (auto it = j.find("tools"); it != j.end()) Read(*it, out.tools.emplace(), wire::ChildPointer(ptr, "tools"));
  if (auto it = j.find("messages"); it != j.end()) Read(*it, out.messages.emplace(), wire::ChildPointer(ptr, "messages"));
  if (auto it = j.find("commands"); it != j.end()) Read(*it, out.commands.emplace(), wire::ChildPointer(ptr, "commands"));
  if (auto it = j.find("ui"); it != j.end()) Read(*it, out.ui.emplace(), wire::ChildPointer(ptr, "ui"));
  if (auto it = j.find("browser"); it != j.end()) Read(*it, out.browser.emplace(), wire::ChildPointer(ptr, "browser"));
  if (auto it = j.find("wizard"); it != j.end()) Read(*it, out.wizard.emplace(), wire::ChildPointer(ptr, "wizard"));
  if (auto it = j.find("meta"); it != j.end()) Read(*it, out.meta.emplace(), wire::ChildPointer(ptr, "meta"));
  if (auto it = j.find("update"); it != j.end()) Read(*it, out.update.emplace(), wire::ChildPointer(ptr, "update"));
  if (auto it = j.find("secrets"); it != j.end()) Read(*it, out.secrets.emplace(), wire::ChildPointer(ptr, "secrets"));
  if (auto it = j.find("discovery"); it != j.end()) Read(*it, out.discovery.emplace(), wire::ChildPointer(ptr, "discovery"));
  if (auto it = j.find("diagnostics"); it != j.end()) Read(*it, out.diagnostics.emplace(), wire::ChildPointer(ptr, "diagnostics"));
  if (auto it = j.find("talk"); it != j.end()) Read(*it, out.talk.emplace(), wire::ChildPointer(ptr, "talk"));
  if (auto it = j.find("approvals"); it != j.end()) Read(*it, out.approvals.emplace(), wire::ChildPointer(ptr, "approvals"));
  if (auto it = j.find("broadcast"); it != j.end()) Read(*it, out.broadcast.emplace(), wire::ChildPointer(ptr, "broadcast"));
  if (auto it = j.find("audio"); it != j.end()) Read(*it, out.audio.emplace(), wire::ChildPointer(ptr, "audio"));
  if (auto it = j.find("web"); it != j.end()) Read(*it, out.web.emplace(), wire::ChildPointer(ptr, "web"));
  if (auto it = j.find("memory"); it != j.end()) Read(*it, out.memory.emplace(), wire::ChildPointer(ptr, "memory"));
  if (auto it = j.find("worktreeRoot"); it != j.end()) Read(*it, out.worktree_root.emplace(), wire::ChildPointer(ptr, "worktreeRoot"));
  if (auto it = j.find("worktreeAcceleration"); it != j.end()) Read(*it, out.worktree_acceleration.emplace(), wire::ChildPointer(ptr, "worktreeAcceleration"));
  if (auto it = j.find("telemetry"); it != j.end()) Read(*it, out.telemetry.emplace(), wire::ChildPointer(ptr, "telemetry"));
  if (auto it = j.find("accessGroups"); it != j.end()) Read(*it, out.access_groups.emplace(), wire::ChildPointer(ptr, "accessGroups"));
  if (auto it = j.find("acp"); it != j.end()) Read(*it, out.acp.emplace(), wire::ChildPointer(ptr, "acp"));
  if (auto it = j.find("nodeHost"); it != j.end()) Read(*it, out.node_host.emplace(), wire::ChildPointer(ptr, "nodeHost"));
  if (auto it = j.find("security"); it != j.end()) Read(*it, out.security.emplace(), wire::ChildPointer(ptr, "security"));
  if (auto it = j.find("attachments"); it != j.end()) Read(*it, out.attachments.emplace(), wire::ChildPointer(ptr, "attachments"));
  if (auto it = j.find("tts"); it != j.end()) Read(*it, out.tts.emplace(), wire::ChildPointer(ptr, "tts"));
  if (auto it = j.find("transcripts"); it != j.end()) Read(*it, out.transcripts.emplace(), wire::ChildPointer(ptr, "transcripts"));
  if (auto it = j.find("cloudWorkers"); it != j.end()) Read(*it, out.cloud_workers.emplace(), wire::ChildPointer(ptr, "cloudWorkers"));
  if (auto it = j.find("desktop"); it != j.end()) Read(*it, out.desktop.emplace(), wire::ChildPointer(ptr, "desktop"));
  if (auto it = j.find("mcp"); it != j.end()) Read(*it, out.mcp.emplace(), wire::ChildPointer(ptr, "mcp"));
  if (auto it = j.find("surfaces"); it != j.end()) Read(*it, out.surfaces.emplace(), wire::ChildPointer(ptr, "surfaces"));
  if (auto it = j.find("proxy"); it != j.end()) Read(*it, out.proxy.emplace(), wire::ChildPointer(ptr, "proxy"));
}

nlohmann::json Write(const OpenClawConfig& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.schema) j["$schema"] = Write(*value.schema);
  if (value.gateway) j["gateway"] = Write(*value.gateway);
  if (value.agents) j["agents"] = Write(*value.agents);
  if (value.bindings) j["bindings"] = Write(*value.bindings);
  if (value.models) j["models"] = Write(*value.models);
  if (value.channels) j["channels"] = Write(*value.channels);
  if (value.session) j["session"] = Write(*value.session);
  if (value.cron) j["cron"] = Write(*value.cron);
  if (value.logging) j["logging"] = Write(*value.logging);
  if (value.hooks) j["hooks"] = Write(*value.hooks);
  if (value.env) j["env"] = Write(*value.env);
  if (value.identity) j["identity"] = Write(*value.identity);
  if (value.auth) j["auth"] = Write(*value.auth);
  if (value.plugins) j["plugins"] = Write(*value.plugins);
  if (value.canvas_host) j["canvasHost"] = Write(*value.canvas_host);
  if (value.skills) j["skills"] = Write(*value.skills);
  if (value.tools) j["tools"] = Write(*value.tools);
  if (value.messages) j["messages"] = Write(*value.messages);
  if (value.commands) j["commands"] = Write(*value.commands);
  if (value.ui) j["ui"] = Write(*value.ui);
  if (value.browser) j["browser"] = Write(*value.browser);
  if (value.wizard) j["wizard"] = Write(*value.wizard);
  if (value.meta) j["meta"] = Write(*value.meta);
  if (value.update) j["update"] = Write(*value.update);
  if (value.secrets) j["secrets"] = Write(*value.secrets);
  if (value.discovery) j["discovery"] = Write(*value.discovery);
  if (value.diagnostics) j["diagnostics"] = Write(*value.diagnostics);
  if (value.talk) j["talk"] = Write(*value.talk);
  if (value.approvals) j["approvals"] = Write(*value.approvals);
  if (value.broadcast) j["broadcast"] = Write(*value.broadcast);
  if (value.audio) j["audio"] = Write(*value.audio);
  if (value.web) j["web"] = Write(*value.web);
  if (value.memory) j["memory"] = Write(*value.memory);
  if (value.worktree_root) j["worktreeRoot"] = Write(*value.worktree_root);
  if (value.worktree_acceleration) j["worktreeAcceleration"] = Write(*value.worktree_acceleration);
  if (value.telemetry) j["telemetry"] = Write(*value.telemetry);
  if (value.access_groups) j["accessGroups"] = Write(*value.access_groups);
  if (value.acp) j["acp"] = Write(*value.acp);
  if (value.node_host) j["nodeHost"] = Write(*value.node_host);
  if (value.security) j["security"] = Write(*value.security);
  if (value.attachments) j["attachments"] = Write(*value.attachments);
  if (value.tts) j["tts"] = Write(*value.tts);
  if (value.transcripts) j["transcripts"] = Write(*value.transcripts);
  if (value.cloud_workers) j["cloudWorkers"] = Write(*value.cloud_workers);
  if (value.desktop) j["desktop"] = Write(*value.desktop);
  if (value.mcp) j["mcp"] = Write(*value.mcp);
  if (value.surfaces) j["surfaces"] = Write(*value.surfaces);
  if (value.proxy) j["proxy"] = Write(*value.proxy);
  return j;
}

}  // namespace gateway::proto
