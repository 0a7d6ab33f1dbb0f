// Generated from protocol/frames.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/frames.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, ConnectChallengeEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "nonce", ptr), out.nonce, wire::ChildPointer(ptr, "nonce"));
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"nonce", "ts"});
}

nlohmann::json Write(const ConnectChallengeEvent& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["nonce"] = Write(value.nonce);
  j["ts"] = Write(value.ts);
  return j;
}

std::string_view ToString(GatewayClientId value) {
  switch (value) {
    case GatewayClientId::kWebchatUi:
      return "webchat-ui";
    case GatewayClientId::kOpenclawControlUi:
      return "openclaw-control-ui";
    case GatewayClientId::kOpenclawBrowserCopilot:
      return "openclaw-browser-copilot";
    case GatewayClientId::kOpenclawTui:
      return "openclaw-tui";
    case GatewayClientId::kWebchat:
      return "webchat";
    case GatewayClientId::kCli:
      return "cli";
    case GatewayClientId::kGatewayClient:
      return "gateway-client";
    case GatewayClientId::kOpenclawMacos:
      return "openclaw-macos";
    case GatewayClientId::kOpenclawLinux:
      return "openclaw-linux";
    case GatewayClientId::kOpenclawIos:
      return "openclaw-ios";
    case GatewayClientId::kOpenclawWatchos:
      return "openclaw-watchos";
    case GatewayClientId::kOpenclawAndroid:
      return "openclaw-android";
    case GatewayClientId::kNodeHost:
      return "node-host";
    case GatewayClientId::kOpenclawWorker:
      return "openclaw-worker";
    case GatewayClientId::kTest:
      return "test";
    case GatewayClientId::kFingerprint:
      return "fingerprint";
    case GatewayClientId::kOpenclawProbe:
      return "openclaw-probe";
  }
  return {};
}

std::optional<GatewayClientId> ParseGatewayClientId(std::string_view text) {
  if (text == "webchat-ui") return GatewayClientId::kWebchatUi;
  if (text == "openclaw-control-ui") return GatewayClientId::kOpenclawControlUi;
  if (text == "openclaw-browser-copilot") return GatewayClientId::kOpenclawBrowserCopilot;
  if (text == "openclaw-tui") return GatewayClientId::kOpenclawTui;
  if (text == "webchat") return GatewayClientId::kWebchat;
  if (text == "cli") return GatewayClientId::kCli;
  if (text == "gateway-client") return GatewayClientId::kGatewayClient;
  if (text == "openclaw-macos") return GatewayClientId::kOpenclawMacos;
  if (text == "openclaw-linux") return GatewayClientId::kOpenclawLinux;
  if (text == "openclaw-ios") return GatewayClientId::kOpenclawIos;
  if (text == "openclaw-watchos") return GatewayClientId::kOpenclawWatchos;
  if (text == "openclaw-android") return GatewayClientId::kOpenclawAndroid;
  if (text == "node-host") return GatewayClientId::kNodeHost;
  if (text == "openclaw-worker") return GatewayClientId::kOpenclawWorker;
  if (text == "test") return GatewayClientId::kTest;
  if (text == "fingerprint") return GatewayClientId::kFingerprint;
  if (text == "openclaw-probe") return GatewayClientId::kOpenclawProbe;
  return std::nullopt;
}

void Read(const nlohmann::json& j, GatewayClientId& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseGatewayClientId(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(GatewayClientId value) { return std::string(ToString(value)); }

std::string_view ToString(GatewayClientMode value) {
  switch (value) {
    case GatewayClientMode::kWebchat:
      return "webchat";
    case GatewayClientMode::kCli:
      return "cli";
    case GatewayClientMode::kUi:
      return "ui";
    case GatewayClientMode::kBackend:
      return "backend";
    case GatewayClientMode::kNode:
      return "node";
    case GatewayClientMode::kWorker:
      return "worker";
    case GatewayClientMode::kProbe:
      return "probe";
    case GatewayClientMode::kTest:
      return "test";
  }
  return {};
}

std::optional<GatewayClientMode> ParseGatewayClientMode(std::string_view text) {
  if (text == "webchat") return GatewayClientMode::kWebchat;
  if (text == "cli") return GatewayClientMode::kCli;
  if (text == "ui") return GatewayClientMode::kUi;
  if (text == "backend") return GatewayClientMode::kBackend;
  if (text == "node") return GatewayClientMode::kNode;
  if (text == "worker") return GatewayClientMode::kWorker;
  if (text == "probe") return GatewayClientMode::kProbe;
  if (text == "test") return GatewayClientMode::kTest;
  return std::nullopt;
}

void Read(const nlohmann::json& j, GatewayClientMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseGatewayClientMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(GatewayClientMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ConnectClientInfo& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"id", "displayName", "version", "buildId", "platform", "deviceFamily", "modelIdentifier", "timeZone", "mode", "instanceId"}, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  if (auto it = j.find("displayName"); it != j.end()) Read(*it, out.display_name.emplace(), wire::ChildPointer(ptr, "displayName"));
  Read(wire::RequiredMember(j, "version", ptr), out.version, wire::ChildPointer(ptr, "version"));
  if (auto it = j.find("buildId"); it != j.end()) Read(*it, out.build_id.emplace(), wire::ChildPointer(ptr, "buildId"));
  Read(wire::RequiredMember(j, "platform", ptr), out.platform, wire::ChildPointer(ptr, "platform"));
  if (auto it = j.find("deviceFamily"); it != j.end()) Read(*it, out.device_family.emplace(), wire::ChildPointer(ptr, "deviceFamily"));
  if (auto it = j.find("modelIdentifier"); it != j.end()) Read(*it, out.model_identifier.emplace(), wire::ChildPointer(ptr, "modelIdentifier"));
  if (auto it = j.find("timeZone"); it != j.end()) Read(*it, out.time_zone.emplace(), wire::ChildPointer(ptr, "timeZone"));
  Read(wire::RequiredMember(j, "mode", ptr), out.mode, wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("instanceId"); it != j.end()) Read(*it, out.instance_id.emplace(), wire::ChildPointer(ptr, "instanceId"));
}

nlohmann::json Write(const ConnectClientInfo& value) {
  nlohmann::json j = nlohmann::json::object();
  j["id"] = Write(value.id);
  if (value.display_name) j["displayName"] = Write(*value.display_name);
  j["version"] = Write(value.version);
  if (value.build_id) j["buildId"] = Write(*value.build_id);
  j["platform"] = Write(value.platform);
  if (value.device_family) j["deviceFamily"] = Write(*value.device_family);
  if (value.model_identifier) j["modelIdentifier"] = Write(*value.model_identifier);
  if (value.time_zone) j["timeZone"] = Write(*value.time_zone);
  j["mode"] = Write(value.mode);
  if (value.instance_id) j["instanceId"] = Write(*value.instance_id);
  return j;
}

void Read(const nlohmann::json& j, ConnectWorkerRuns& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"bundleHash", "openclawVersion", "protocolFeatures", "bundlePrewarm"}, ptr);
  Read(wire::RequiredMember(j, "bundleHash", ptr), out.bundle_hash, wire::ChildPointer(ptr, "bundleHash"));
  Read(wire::RequiredMember(j, "openclawVersion", ptr), out.openclaw_version, wire::ChildPointer(ptr, "openclawVersion"));
  Read(wire::RequiredMember(j, "protocolFeatures", ptr), out.protocol_features, wire::ChildPointer(ptr, "protocolFeatures"));
  if (auto it = j.find("bundlePrewarm"); it != j.end()) Read(*it, out.bundle_prewarm.emplace(), wire::ChildPointer(ptr, "bundlePrewarm"));
}

nlohmann::json Write(const ConnectWorkerRuns& value) {
  nlohmann::json j = nlohmann::json::object();
  j["bundleHash"] = Write(value.bundle_hash);
  j["openclawVersion"] = Write(value.openclaw_version);
  j["protocolFeatures"] = Write(value.protocol_features);
  if (value.bundle_prewarm) j["bundlePrewarm"] = Write(*value.bundle_prewarm);
  return j;
}

void Read(const nlohmann::json& j, ConnectDevice& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"id", "publicKey", "signature", "signedAt", "nonce"}, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "publicKey", ptr), out.public_key, wire::ChildPointer(ptr, "publicKey"));
  Read(wire::RequiredMember(j, "signature", ptr), out.signature, wire::ChildPointer(ptr, "signature"));
  Read(wire::RequiredMember(j, "signedAt", ptr), out.signed_at, wire::ChildPointer(ptr, "signedAt"));
  Read(wire::RequiredMember(j, "nonce", ptr), out.nonce, wire::ChildPointer(ptr, "nonce"));
}

nlohmann::json Write(const ConnectDevice& value) {
  nlohmann::json j = nlohmann::json::object();
  j["id"] = Write(value.id);
  j["publicKey"] = Write(value.public_key);
  j["signature"] = Write(value.signature);
  j["signedAt"] = Write(value.signed_at);
  j["nonce"] = Write(value.nonce);
  return j;
}

void Read(const nlohmann::json& j, ConnectAuth& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"token", "bootstrapToken", "deviceToken", "password", "approvalRuntimeToken", "agentRuntimeIdentityToken"}, ptr);
  if (auto it = j.find("token"); it != j.end()) Read(*it, out.token.emplace(), wire::ChildPointer(ptr, "token"));
  if (auto it = j.find("bootstrapToken"); it != j.end()) Read(*it, out.bootstrap_token.emplace(), wire::ChildPointer(ptr, "bootstrapToken"));
  if (auto it = j.find("deviceToken"); it != j.end()) Read(*it, out.device_token.emplace(), wire::ChildPointer(ptr, "deviceToken"));
  if (auto it = j.find("password"); it != j.end()) Read(*it, out.password.emplace(), wire::ChildPointer(ptr, "password"));
  if (auto it = j.find("approvalRuntimeToken"); it != j.end()) Read(*it, out.approval_runtime_token.emplace(), wire::ChildPointer(ptr, "approvalRuntimeToken"));
  if (auto it = j.find("agentRuntimeIdentityToken"); it != j.end()) Read(*it, out.agent_runtime_identity_token.emplace(), wire::ChildPointer(ptr, "agentRuntimeIdentityToken"));
}

nlohmann::json Write(const ConnectAuth& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.token) j["token"] = Write(*value.token);
  if (value.bootstrap_token) j["bootstrapToken"] = Write(*value.bootstrap_token);
  if (value.device_token) j["deviceToken"] = Write(*value.device_token);
  if (value.password) j["password"] = Write(*value.password);
  if (value.approval_runtime_token) j["approvalRuntimeToken"] = Write(*value.approval_runtime_token);
  if (value.agent_runtime_identity_token) j["agentRuntimeIdentityToken"] = Write(*value.agent_runtime_identity_token);
  return j;
}

void Read(const nlohmann::json& j, ConnectParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"minProtocol", "maxProtocol", "client", "caps", "commands", "computerUse", "workerRuns", "permissions", "pathEnv", "role", "scopes", "device", "auth", "locale", "userAgent"}, ptr);
  Read(wire::RequiredMember(j, "minProtocol", ptr), out.min_protocol, wire::ChildPointer(ptr, "minProtocol"));
  Read(wire::RequiredMember(j, "maxProtocol", ptr), out.max_protocol, wire::ChildPointer(ptr, "maxProtocol"));
  Read(wire::RequiredMember(j, "client", ptr), out.client, wire::ChildPointer(ptr, "client"));
  if (auto it = j.find("caps"); it != j.end()) Read(*it, out.caps.emplace(), wire::ChildPointer(ptr, "caps"));
  if (auto it = j.find("commands"); it != j.end()) Read(*it, out.commands.emplace(), wire::ChildPointer(ptr, "commands"));
  if (auto it = j.find("computerUse"); it != j.end()) Read(*it, out.computer_use.emplace(), wire::ChildPointer(ptr, "computerUse"));
  if (auto it = j.find("workerRuns"); it != j.end()) Read(*it, out.worker_runs.emplace(), wire::ChildPointer(ptr, "workerRuns"));
  if (auto it = j.find("permissions"); it != j.end()) Read(*it, out.permissions.emplace(), wire::ChildPointer(ptr, "permissions"));
  if (auto it = j.find("pathEnv"); it != j.end()) Read(*it, out.path_env.emplace(), wire::ChildPointer(ptr, "pathEnv"));
  if (auto it = j.find("role"); it != j.end()) Read(*it, out.role.emplace(), wire::ChildPointer(ptr, "role"));
  if (auto it = j.find("scopes"); it != j.end()) Read(*it, out.scopes.emplace(), wire::ChildPointer(ptr, "scopes"));
  if (auto it = j.find("device"); it != j.end()) Read(*it, out.device.emplace(), wire::ChildPointer(ptr, "device"));
  if (auto it = j.find("auth"); it != j.end()) Read(*it, out.auth.emplace(), wire::ChildPointer(ptr, "auth"));
  if (auto it = j.find("locale"); it != j.end()) Read(*it, out.locale.emplace(), wire::ChildPointer(ptr, "locale"));
  if (auto it = j.find("userAgent"); it != j.end()) Read(*it, out.user_agent.emplace(), wire::ChildPointer(ptr, "userAgent"));
}

nlohmann::json Write(const ConnectParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["minProtocol"] = Write(value.min_protocol);
  j["maxProtocol"] = Write(value.max_protocol);
  j["client"] = Write(value.client);
  if (value.caps) j["caps"] = Write(*value.caps);
  if (value.commands) j["commands"] = Write(*value.commands);
  if (value.computer_use) j["computerUse"] = Write(*value.computer_use);
  if (value.worker_runs) j["workerRuns"] = Write(*value.worker_runs);
  if (value.permissions) j["permissions"] = Write(*value.permissions);
  if (value.path_env) j["pathEnv"] = Write(*value.path_env);
  if (value.role) j["role"] = Write(*value.role);
  if (value.scopes) j["scopes"] = Write(*value.scopes);
  if (value.device) j["device"] = Write(*value.device);
  if (value.auth) j["auth"] = Write(*value.auth);
  if (value.locale) j["locale"] = Write(*value.locale);
  if (value.user_agent) j["userAgent"] = Write(*value.user_agent);
  return j;
}

void Read(const nlohmann::json& j, ErrorShape& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"code", "message", "details", "retryable", "retryAfterMs"}, ptr);
  Read(wire::RequiredMember(j, "code", ptr), out.code, wire::ChildPointer(ptr, "code"));
  Read(wire::RequiredMember(j, "message", ptr), out.message, wire::ChildPointer(ptr, "message"));
  if (auto it = j.find("details"); it != j.end()) Read(*it, out.details.emplace(), wire::ChildPointer(ptr, "details"));
  if (auto it = j.find("retryable"); it != j.end()) Read(*it, out.retryable.emplace(), wire::ChildPointer(ptr, "retryable"));
  if (auto it = j.find("retryAfterMs"); it != j.end()) Read(*it, out.retry_after_ms.emplace(), wire::ChildPointer(ptr, "retryAfterMs"));
}

nlohmann::json Write(const ErrorShape& value) {
  nlohmann::json j = nlohmann::json::object();
  j["code"] = Write(value.code);
  j["message"] = Write(value.message);
  if (value.details) j["details"] = Write(*value.details);
  if (value.retryable) j["retryable"] = Write(*value.retryable);
  if (value.retry_after_ms) j["retryAfterMs"] = Write(*value.retry_after_ms);
  return j;
}

void Read(const nlohmann::json& j, StateVersion& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"presence", "health"}, ptr);
  Read(wire::RequiredMember(j, "presence", ptr), out.presence, wire::ChildPointer(ptr, "presence"));
  Read(wire::RequiredMember(j, "health", ptr), out.health, wire::ChildPointer(ptr, "health"));
}

nlohmann::json Write(const StateVersion& value) {
  nlohmann::json j = nlohmann::json::object();
  j["presence"] = Write(value.presence);
  j["health"] = Write(value.health);
  return j;
}

void Read(const nlohmann::json& j, EventFrame& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"type", "event", "payload", "seq", "stateVersion", "recipientProfileId"}, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "type", ptr), nlohmann::json("event"), wire::ChildPointer(ptr, "type"));
  Read(wire::RequiredMember(j, "event", ptr), out.event, wire::ChildPointer(ptr, "event"));
  if (auto it = j.find("payload"); it != j.end()) Read(*it, out.payload.emplace(), wire::ChildPointer(ptr, "payload"));
  if (auto it = j.find("seq"); it != j.end()) Read(*it, out.seq.emplace(), wire::ChildPointer(ptr, "seq"));
  if (auto it = j.find("stateVersion"); it != j.end()) Read(*it, out.state_version.emplace(), wire::ChildPointer(ptr, "stateVersion"));
  if (auto it = j.find("recipientProfileId"); it != j.end()) Read(*it, out.recipient_profile_id.emplace(), wire::ChildPointer(ptr, "recipientProfileId"));
}

nlohmann::json Write(const EventFrame& value) {
  nlohmann::json j = nlohmann::json::object();
  j["type"] = nlohmann::json("event");
  j["event"] = Write(value.event);
  if (value.payload) j["payload"] = Write(*value.payload);
  if (value.seq) j["seq"] = Write(*value.seq);
  if (value.state_version) j["stateVersion"] = Write(*value.state_version);
  if (value.recipient_profile_id) j["recipientProfileId"] = Write(*value.recipient_profile_id);
  return j;
}

void Read(const nlohmann::json& j, HealthSessionRecent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"key", "updatedAt", "age"}, ptr);
  Read(wire::RequiredMember(j, "key", ptr), out.key, wire::ChildPointer(ptr, "key"));
  Read(wire::RequiredMember(j, "updatedAt", ptr), out.updated_at, wire::ChildPointer(ptr, "updatedAt"));
  Read(wire::RequiredMember(j, "age", ptr), out.age, wire::ChildPointer(ptr, "age"));
}

nlohmann::json Write(const HealthSessionRecent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["key"] = Write(value.key);
  j["updatedAt"] = Write(value.updated_at);
  j["age"] = Write(value.age);
  return j;
}

void Read(const nlohmann::json& j, HealthSessions& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"path", "count", "recent"}, ptr);
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  Read(wire::RequiredMember(j, "count", ptr), out.count, wire::ChildPointer(ptr, "count"));
  Read(wire::RequiredMember(j, "recent", ptr), out.recent, wire::ChildPointer(ptr, "recent"));
}

nlohmann::json Write(const HealthSessions& value) {
  nlohmann::json j = nlohmann::json::object();
  j["path"] = Write(value.path);
  j["count"] = Write(value.count);
  j["recent"] = Write(value.recent);
  return j;
}

std::string_view ToString(HealthEventLoopReason value) {
  switch (value) {
    case HealthEventLoopReason::kEventLoopDelay:
      return "event_loop_delay";
    case HealthEventLoopReason::kEventLoopUtilization:
      return "event_loop_utilization";
    case HealthEventLoopReason::kCpu:
      return "cpu";
  }
  return {};
}

std::optional<HealthEventLoopReason> ParseHealthEventLoopReason(std::string_view text) {
  if (text == "event_loop_delay") return HealthEventLoopReason::kEventLoopDelay;
  if (text == "event_loop_utilization") return HealthEventLoopReason::kEventLoopUtilization;
  if (text == "cpu") return HealthEventLoopReason::kCpu;
  return std::nullopt;
}

void Read(const nlohmann::json& j, HealthEventLoopReason& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseHealthEventLoopReason(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(HealthEventLoopReason value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, HealthEventLoop& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"degraded", "degradedSinceMs", "reasons", "intervalMs", "delayP99Ms", "delayMaxMs", "utilization", "cpuCoreRatio"}, ptr);
  Read(wire::RequiredMember(j, "degraded", ptr), out.degraded, wire::ChildPointer(ptr, "degraded"));
  if (auto it = j.find("degradedSinceMs"); it != j.end()) Read(*it, out.degraded_since_ms.emplace(), wire::ChildPointer(ptr, "degradedSinceMs"));
  Read(wire::RequiredMember(j, "reasons", ptr), out.reasons, wire::ChildPointer(ptr, "reasons"));
  Read(wire::RequiredMember(j, "intervalMs", ptr), out.interval_ms, wire::ChildPointer(ptr, "intervalMs"));
  Read(wire::RequiredMember(j, "delayP99Ms", ptr), out.delay_p99_ms, wire::ChildPointer(ptr, "delayP99Ms"));
  Read(wire::RequiredMember(j, "delayMaxMs", ptr), out.delay_max_ms, wire::ChildPointer(ptr, "delayMaxMs"));
  Read(wire::RequiredMember(j, "utilization", ptr), out.utilization, wire::ChildPointer(ptr, "utilization"));
  Read(wire::RequiredMember(j, "cpuCoreRatio", ptr), out.cpu_core_ratio, wire::ChildPointer(ptr, "cpuCoreRatio"));
}

nlohmann::json Write(const HealthEventLoop& value) {
  nlohmann::json j = nlohmann::json::object();
  j["degraded"] = Write(value.degraded);
  if (value.degraded_since_ms) j["degradedSinceMs"] = Write(*value.degraded_since_ms);
  j["reasons"] = Write(value.reasons);
  j["intervalMs"] = Write(value.interval_ms);
  j["delayP99Ms"] = Write(value.delay_p99_ms);
  j["delayMaxMs"] = Write(value.delay_max_ms);
  j["utilization"] = Write(value.utilization);
  j["cpuCoreRatio"] = Write(value.cpu_core_ratio);
  return j;
}

void Read(const nlohmann::json& j, HealthPluginError& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"id", "origin", "activated", "activationSource", "activationReason", "failurePhase", "error"}, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "origin", ptr), out.origin, wire::ChildPointer(ptr, "origin"));
  Read(wire::RequiredMember(j, "activated", ptr), out.activated, wire::ChildPointer(ptr, "activated"));
  if (auto it = j.find("activationSource"); it != j.end()) Read(*it, out.activation_source.emplace(), wire::ChildPointer(ptr, "activationSource"));
  if (auto it = j.find("activationReason"); it != j.end()) Read(*it, out.activation_reason.emplace(), wire::ChildPointer(ptr, "activationReason"));
  if (auto it = j.find("failurePhase"); it != j.end()) Read(*it, out.failure_phase.emplace(), wire::ChildPointer(ptr, "failurePhase"));
  Read(wire::RequiredMember(j, "error", ptr), out.error, wire::ChildPointer(ptr, "error"));
}

nlohmann::json Write(const HealthPluginError& value) {
  nlohmann::json j = nlohmann::json::object();
  j["id"] = Write(value.id);
  j["origin"] = Write(value.origin);
  j["activated"] = Write(value.activated);
  if (value.activation_source) j["activationSource"] = Write(*value.activation_source);
  if (value.activation_reason) j["activationReason"] = Write(*value.activation_reason);
  if (value.failure_phase) j["failurePhase"] = Write(*value.failure_phase);
  j["error"] = Write(value.error);
  return j;
}

void Read(const nlohmann::json& j, HealthPlugins& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"loaded", "errors", "unavailable"}, ptr);
  Read(wire::RequiredMember(j, "loaded", ptr), out.loaded, wire::ChildPointer(ptr, "loaded"));
  Read(wire::RequiredMember(j, "errors", ptr), out.errors, wire::ChildPointer(ptr, "errors"));
  if (auto it = j.find("unavailable"); it != j.end()) Read(*it, out.unavailable.emplace(), wire::ChildPointer(ptr, "unavailable"));
}

nlohmann::json Write(const HealthPlugins& value) {
  nlohmann::json j = nlohmann::json::object();
  j["loaded"] = Write(value.loaded);
  j["errors"] = Write(value.errors);
  if (value.unavailable) j["unavailable"] = Write(*value.unavailable);
  return j;
}

std::string_view ToString(HealthConfigReloadHotReloadStatus value) {
  switch (value) {
    case HealthConfigReloadHotReloadStatus::kActive:
      return "active";
    case HealthConfigReloadHotReloadStatus::kDisabled:
      return "disabled";
  }
  return {};
}

std::optional<HealthConfigReloadHotReloadStatus> ParseHealthConfigReloadHotReloadStatus(std::string_view text) {
  if (text == "active") return HealthConfigReloadHotReloadStatus::kActive;
  if (text == "disabled") return HealthConfigReloadHotReloadStatus::kDisabled;
  return std::nullopt;
}

void Read(const nlohmann::json& j, HealthConfigReloadHotReloadStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseHealthConfigReloadHotReloadStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(HealthConfigReloadHotReloadStatus value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, HealthConfigReload& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"hotReloadStatus"}, ptr);
  Read(wire::RequiredMember(j, "hotReloadStatus", ptr), out.hot_reload_status, wire::ChildPointer(ptr, "hotReloadStatus"));
}

nlohmann::json Write(const HealthConfigReload& value) {
  nlohmann::json j = nlohmann::json::object();
  j["hotReloadStatus"] = Write(value.hot_reload_status);
  return j;
}

void Read(const nlohmann::json& j, HealthAgentHeartbeat& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"enabled", "every", "everyMs", "prompt", "target", "model", "session", "ackMaxChars"}, ptr);
  Read(wire::RequiredMember(j, "enabled", ptr), out.enabled, wire::ChildPointer(ptr, "enabled"));
  Read(wire::RequiredMember(j, "every", ptr), out.every, wire::ChildPointer(ptr, "every"));
  Read(wire::RequiredMember(j, "everyMs", ptr), out.every_ms, wire::ChildPointer(ptr, "everyMs"));
  Read(wire::RequiredMember(j, "prompt", ptr), out.prompt, wire::ChildPointer(ptr, "prompt"));
  Read(wire::RequiredMember(j, "target", ptr), out.target, wire::ChildPointer(ptr, "target"));
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("session"); it != j.end()) Read(*it, out.session.emplace(), wire::ChildPointer(ptr, "session"));
  Read(wire::RequiredMember(j, "ackMaxChars", ptr), out.ack_max_chars, wire::ChildPointer(ptr, "ackMaxChars"));
}

nlohmann::json Write(const HealthAgentHeartbeat& value) {
  nlohmann::json j = nlohmann::json::object();
  j["enabled"] = Write(value.enabled);
  j["every"] = Write(value.every);
  j["everyMs"] = Write(value.every_ms);
  j["prompt"] = Write(value.prompt);
  j["target"] = Write(value.target);
  if (value.model) j["model"] = Write(*value.model);
  if (value.session) j["session"] = Write(*value.session);
  j["ackMaxChars"] = Write(value.ack_max_chars);
  return j;
}

void Read(const nlohmann::json& j, HealthAgent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"agentId", "name", "isDefault", "heartbeat", "sessions"}, ptr);
  Read(wire::RequiredMember(j, "agentId", ptr), out.agent_id, wire::ChildPointer(ptr, "agentId"));
  if (auto it = j.find("name"); it != j.end()) Read(*it, out.name.emplace(), wire::ChildPointer(ptr, "name"));
  Read(wire::RequiredMember(j, "isDefault", ptr), out.is_default, wire::ChildPointer(ptr, "isDefault"));
  Read(wire::RequiredMember(j, "heartbeat", ptr), out.heartbeat, wire::ChildPointer(ptr, "heartbeat"));
  Read(wire::RequiredMember(j, "sessions", ptr), out.sessions, wire::ChildPointer(ptr, "sessions"));
}

nlohmann::json Write(const HealthAgent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["agentId"] = Write(value.agent_id);
  if (value.name) j["name"] = Write(*value.name);
  j["isDefault"] = Write(value.is_default);
  j["heartbeat"] = Write(value.heartbeat);
  j["sessions"] = Write(value.sessions);
  return j;
}

void Read(const nlohmann::json& j, HealthModelRuntime& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"degraded", "pendingAgents"}, ptr);
  Read(wire::RequiredMember(j, "degraded", ptr), out.degraded, wire::ChildPointer(ptr, "degraded"));
  Read(wire::RequiredMember(j, "pendingAgents", ptr), out.pending_agents, wire::ChildPointer(ptr, "pendingAgents"));
}

nlohmann::json Write(const HealthModelRuntime& value) {
  nlohmann::json j = nlohmann::json::object();
  j["degraded"] = Write(value.degraded);
  j["pendingAgents"] = Write(value.pending_agents);
  return j;
}

void Read(const nlohmann::json& j, HealthSnapshot& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"ok", "ts", "durationMs", "eventLoop", "plugins", "contextEngines", "deliveryQueues", "modelPricing", "configReload", "channels", "channelOrder", "channelLabels", "heartbeatSeconds", "defaultAgentId", "agents", "sessions", "modelRuntime"}, ptr);
  if (auto it = j.find("ok"); it != j.end()) Read(*it, out.ok.emplace(), wire::ChildPointer(ptr, "ok"));
  if (auto it = j.find("ts"); it != j.end()) Read(*it, out.ts.emplace(), wire::ChildPointer(ptr, "ts"));
  if (auto it = j.find("durationMs"); it != j.end()) Read(*it, out.duration_ms.emplace(), wire::ChildPointer(ptr, "durationMs"));
  if (auto it = j.find("eventLoop"); it != j.end()) Read(*it, out.event_loop.emplace(), wire::ChildPointer(ptr, "eventLoop"));
  if (auto it = j.find("plugins"); it != j.end()) Read(*it, out.plugins.emplace(), wire::ChildPointer(ptr, "plugins"));
  if (auto it = j.find("contextEngines"); it != j.end()) Read(*it, out.context_engines.emplace(), wire::ChildPointer(ptr, "contextEngines"));
  if (auto it = j.find("deliveryQueues"); it != j.end()) Read(*it, out.delivery_queues.emplace(), wire::ChildPointer(ptr, "deliveryQueues"));
  if (auto it = j.find("modelPricing"); it != j.end()) Read(*it, out.model_pricing.emplace(), wire::ChildPointer(ptr, "modelPricing"));
  if (auto it = j.find("configReload"); it != j.end()) Read(*it, out.config_reload.emplace(), wire::ChildPointer(ptr, "configReload"));
  if (auto it = j.find("channels"); it != j.end()) Read(*it, out.channels.emplace(), wire::ChildPointer(ptr, "channels"));
  if (auto it = j.find("channelOrder"); it != j.end()) Read(*it, out.channel_order.emplace(), wire::ChildPointer(ptr, "channelOrder"));
  if (auto it = j.find("channelLabels"); it != j.end()) Read(*it, out.channel_labels.emplace(), wire::ChildPointer(ptr, "channelLabels"));
  if (auto it = j.find("heartbeatSeconds"); it != j.end()) Read(*it, out.heartbeat_seconds.emplace(), wire::ChildPointer(ptr, "heartbeatSeconds"));
  if (auto it = j.find("defaultAgentId"); it != j.end()) Read(*it, out.default_agent_id.emplace(), wire::ChildPointer(ptr, "defaultAgentId"));
  if (auto it = j.find("agents"); it != j.end()) Read(*it, out.agents.emplace(), wire::ChildPointer(ptr, "agents"));
  if (auto it = j.find("sessions"); it != j.end()) Read(*it, out.sessions.emplace(), wire::ChildPointer(ptr, "sessions"));
  if (auto it = j.find("modelRuntime"); it != j.end()) Read(*it, out.model_runtime.emplace(), wire::ChildPointer(ptr, "modelRuntime"));
}

nlohmann::json Write(const HealthSnapshot& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.ok) j["ok"] = Write(*value.ok);
  if (value.ts) j["ts"] = Write(*value.ts);
  if (value.duration_ms) j["durationMs"] = Write(*value.duration_ms);
  if (value.event_loop) j["eventLoop"] = Write(*value.event_loop);
  if (value.plugins) j["plugins"] = Write(*value.plugins);
  if (value.context_engines) j["contextEngines"] = Write(*value.context_engines);
  if (value.delivery_queues) j["deliveryQueues"] = Write(*value.delivery_queues);
  if (value.model_pricing) j["modelPricing"] = Write(*value.model_pricing);
  if (value.config_reload) j["configReload"] = Write(*value.config_reload);
  if (value.channels) j["channels"] = Write(*value.channels);
  if (value.channel_order) j["channelOrder"] = Write(*value.channel_order);
  if (value.channel_labels) j["channelLabels"] = Write(*value.channel_labels);
  if (value.heartbeat_seconds) j["heartbeatSeconds"] = Write(*value.heartbeat_seconds);
  if (value.default_agent_id) j["defaultAgentId"] = Write(*value.default_agent_id);
  if (value.agents) j["agents"] = Write(*value.agents);
  if (value.sessions) j["sessions"] = Write(*value.sessions);
  if (value.model_runtime) j["modelRuntime"] = Write(*value.model_runtime);
  return j;
}

void Read(const nlohmann::json& j, PresenceUserIdentity& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"type", "id"}, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "type", ptr), nlohmann::json("profile"), wire::ChildPointer(ptr, "type"));
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
}

nlohmann::json Write(const PresenceUserIdentity& value) {
  nlohmann::json j = nlohmann::json::object();
  j["type"] = nlohmann::json("profile");
  j["id"] = Write(value.id);
  return j;
}

void Read(const nlohmann::json& j, PresenceUser& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"id", "identity", "email", "name", "avatarUrl"}, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  if (auto it = j.find("identity"); it != j.end()) Read(*it, out.identity.emplace(), wire::ChildPointer(ptr, "identity"));
  if (auto it = j.find("email"); it != j.end()) Read(*it, out.email.emplace(), wire::ChildPointer(ptr, "email"));
  if (auto it = j.find("name"); it != j.end()) Read(*it, out.name.emplace(), wire::ChildPointer(ptr, "name"));
  if (auto it = j.find("avatarUrl"); it != j.end()) Read(*it, out.avatar_url.emplace(), wire::ChildPointer(ptr, "avatarUrl"));
}

nlohmann::json Write(const PresenceUser& value) {
  nlohmann::json j = nlohmann::json::object();
  j["id"] = Write(value.id);
  if (value.identity) j["identity"] = Write(*value.identity);
  if (value.email) j["email"] = Write(*value.email);
  if (value.name) j["name"] = Write(*value.name);
  if (value.avatar_url) j["avatarUrl"] = Write(*value.avatar_url);
  return j;
}

void Read(const nlohmann::json& j, PresenceEntry& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"host", "ip", "version", "platform", "deviceFamily", "modelIdentifier", "timeZone", "mode", "lastInputSeconds", "reason", "tags", "text", "ts", "onlineSince", "lastActivityAt", "deviceId", "roles", "scopes", "instanceId", "user", "watchedSessions"}, ptr);
  if (auto it = j.find("host"); it != j.end()) Read(*it, out.host.emplace(), wire::ChildPointer(ptr, "host"));
  if (auto it = j.find("ip"); it != j.end()) Read(*it, out.ip.emplace(), wire::ChildPointer(ptr, "ip"));
  if (auto it = j.find("version"); it != j.end()) Read(*it, out.version.emplace(), wire::ChildPointer(ptr, "version"));
  if (auto it = j.find("platform"); it != j.end()) Read(*it, out.platform.emplace(), wire::ChildPointer(ptr, "platform"));
  if (auto it = j.find("deviceFamily"); it != j.end()) Read(*it, out.device_family.emplace(), wire::ChildPointer(ptr, "deviceFamily"));
  if (auto it = j.find("modelIdentifier"); it != j.end()) Read(*it, out.model_identifier.emplace(), wire::ChildPointer(ptr, "modelIdentifier"));
  if (auto it = j.find("timeZone"); it != j.end()) Read(*it, out.time_zone.emplace(), wire::ChildPointer(ptr, "timeZone"));
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("lastInputSeconds"); it != j.end()) Read(*it, out.last_input_seconds.emplace(), wire::ChildPointer(ptr, "lastInputSeconds"));
  if (auto it = j.find("reason"); it != j.end()) Read(*it, out.reason.emplace(), wire::ChildPointer(ptr, "reason"));
  if (auto it = j.find("tags"); it != j.end()) Read(*it, out.tags.emplace(), wire::ChildPointer(ptr, "tags"));
  if (auto it = j.find("text"); it != j.end()) Read(*it, out.text.emplace(), wire::ChildPointer(ptr, "text"));
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  if (auto it = j.find("onlineSince"); it != j.end()) Read(*it, out.online_since.emplace(), wire::ChildPointer(ptr, "onlineSince"));
  if (auto it = j.find("lastActivityAt"); it != j.end()) Read(*it, out.last_activity_at.emplace(), wire::ChildPointer(ptr, "lastActivityAt"));
  if (auto it = j.find("deviceId"); it != j.end()) Read(*it, out.device_id.emplace(), wire::ChildPointer(ptr, "deviceId"));
  if (auto it = j.find("roles"); it != j.end()) Read(*it, out.roles.emplace(), wire::ChildPointer(ptr, "roles"));
  if (auto it = j.find("scopes"); it != j.end()) Read(*it, out.scopes.emplace(), wire::ChildPointer(ptr, "scopes"));
  if (auto it = j.find("instanceId"); it != j.end()) Read(*it, out.instance_id.emplace(), wire::ChildPointer(ptr, "instanceId"));
  if (auto it = j.find("user"); it != j.end()) Read(*it, out.user.emplace(), wire::ChildPointer(ptr, "user"));
  if (auto it = j.find("watchedSessions"); it != j.end()) Read(*it, out.watched_sessions.emplace(), wire::ChildPointer(ptr, "watchedSessions"));
}

nlohmann::json Write(const PresenceEntry& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.host) j["host"] = Write(*value.host);
  if (value.ip) j["ip"] = Write(*value.ip);
  if (value.version) j["version"] = Write(*value.version);
  if (value.platform) j["platform"] = Write(*value.platform);
  if (value.device_family) j["deviceFamily"] = Write(*value.device_family);
  if (value.model_identifier) j["modelIdentifier"] = Write(*value.model_identifier);
  if (value.time_zone) j["timeZone"] = Write(*value.time_zone);
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.last_input_seconds) j["lastInputSeconds"] = Write(*value.last_input_seconds);
  if (value.reason) j["reason"] = Write(*value.reason);
  if (value.tags) j["tags"] = Write(*value.tags);
  if (value.text) j["text"] = Write(*value.text);
  j["ts"] = Write(value.ts);
  if (value.online_since) j["onlineSince"] = Write(*value.online_since);
  if (value.last_activity_at) j["lastActivityAt"] = Write(*value.last_activity_at);
  if (value.device_id) j["deviceId"] = Write(*value.device_id);
  if (value.roles) j["roles"] = Write(*value.roles);
  if (value.scopes) j["scopes"] = Write(*value.scopes);
  if (value.instance_id) j["instanceId"] = Write(*value.instance_id);
  if (value.user) j["user"] = Write(*value.user);
  if (value.watched_sessions) j["watchedSessions"] = Write(*value.watched_sessions);
  return j;
}

std::string_view ToString(SessionDefaultsOwnership value) {
  switch (value) {
    case SessionDefaultsOwnership::kSole:
      return "sole";
    case SessionDefaultsOwnership::kLegacy:
      return "legacy";
    case SessionDefaultsOwnership::kExplicit:
      return "explicit";
  }
  return {};
}

std::optional<SessionDefaultsOwnership> ParseSessionDefaultsOwnership(std::string_view text) {
  if (text == "sole") return SessionDefaultsOwnership::kSole;
  if (text == "legacy") return SessionDefaultsOwnership::kLegacy;
  if (text == "explicit") return SessionDefaultsOwnership::kExplicit;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionDefaultsOwnership& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionDefaultsOwnership(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionDefaultsOwnership value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SessionDefaults& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"defaultAgentId", "mainKey", "mainSessionKey", "modelConfigured", "ownership", "selectionRequired", "scope"}, ptr);
  Read(wire::RequiredMember(j, "defaultAgentId", ptr), out.default_agent_id, wire::ChildPointer(ptr, "defaultAgentId"));
  Read(wire::RequiredMember(j, "mainKey", ptr), out.main_key, wire::ChildPointer(ptr, "mainKey"));
  Read(wire::RequiredMember(j, "mainSessionKey", ptr), out.main_session_key, wire::ChildPointer(ptr, "mainSessionKey"));
  if (auto it = j.find("modelConfigured"); it != j.end()) Read(*it, out.model_configured.emplace(), wire::ChildPointer(ptr, "modelConfigured"));
  if (auto it = j.find("ownership"); it != j.end()) Read(*it, out.ownership.emplace(), wire::ChildPointer(ptr, "ownership"));
  if (auto it = j.find("selectionRequired"); it != j.end()) Read(*it, out.selection_required.emplace(), wire::ChildPointer(ptr, "selectionRequired"));
  if (auto it = j.find("scope"); it != j.end()) Read(*it, out.scope.emplace(), wire::ChildPointer(ptr, "scope"));
}

nlohmann::json Write(const SessionDefaults& value) {
  nlohmann::json j = nlohmann::json::object();
  j["defaultAgentId"] = Write(value.default_agent_id);
  j["mainKey"] = Write(value.main_key);
  j["mainSessionKey"] = Write(value.main_session_key);
  if (value.model_configured) j["modelConfigured"] = Write(*value.model_configured);
  if (value.ownership) j["ownership"] = Write(*value.ownership);
  if (value.selection_required) j["selectionRequired"] = Write(*value.selection_required);
  if (value.scope) j["scope"] = Write(*value.scope);
  return j;
}

std::string_view ToString(SnapshotSuspensionPhase value) {
  switch (value) {
    case SnapshotSuspensionPhase::kAccepting:
      return "accepting";
    case SnapshotSuspensionPhase::kPreparing:
      return "preparing";
    case SnapshotSuspensionPhase::kDraining:
      return "draining";
    case SnapshotSuspensionPhase::kPrepared:
      return "prepared";
  }
  return {};
}

std::optional<SnapshotSuspensionPhase> ParseSnapshotSuspensionPhase(std::string_view text) {
  if (text == "accepting") return SnapshotSuspensionPhase::kAccepting;
  if (text == "preparing") return SnapshotSuspensionPhase::kPreparing;
  if (text == "draining") return SnapshotSuspensionPhase::kDraining;
  if (text == "prepared") return SnapshotSuspensionPhase::kPrepared;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SnapshotSuspensionPhase& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSnapshotSuspensionPhase(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SnapshotSuspensionPhase value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, SnapshotSuspension& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"phase"}, ptr);
  Read(wire::RequiredMember(j, "phase", ptr), out.phase, wire::ChildPointer(ptr, "phase"));
}

nlohmann::json Write(const SnapshotSuspension& value) {
  nlohmann::json j = nlohmann::json::object();
  j["phase"] = Write(value.phase);
  return j;
}

std::string_view ToString(SnapshotAuthMode value) {
  switch (value) {
    case SnapshotAuthMode::kNone:
      return "none";
    case SnapshotAuthMode::kToken:
      return "token";
    case SnapshotAuthMode::kPassword:
      return "password";
    case SnapshotAuthMode::kTrustedProxy:
      return "trusted-proxy";
  }
  return {};
}

std::optional<SnapshotAuthMode> ParseSnapshotAuthMode(std::string_view text) {
  if (text == "none") return SnapshotAuthMode::kNone;
  if (text == "token") return SnapshotAuthMode::kToken;
  if (text == "password") return SnapshotAuthMode::kPassword;
  if (text == "trusted-proxy") return SnapshotAuthMode::kTrustedProxy;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SnapshotAuthMode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSnapshotAuthMode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SnapshotAuthMode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, Snapshot& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"presence", "health", "stateVersion", "uptimeMs", "suspension", "appliedConfigHash", "configPath", "stateDir", "sessionDefaults", "authMode", "updateAvailable", "updateSchedule"}, ptr);
  Read(wire::RequiredMember(j, "presence", ptr), out.presence, wire::ChildPointer(ptr, "presence"));
  Read(wire::RequiredMember(j, "health", ptr), out.health, wire::ChildPointer(ptr, "health"));
  Read(wire::RequiredMember(j, "stateVersion", ptr), out.state_version, wire::ChildPointer(ptr, "stateVersion"));
  Read(wire::RequiredMember(j, "uptimeMs", ptr), out.uptime_ms, wire::ChildPointer(ptr, "uptimeMs"));
  if (auto it = j.find("suspension"); it != j.end()) Read(*it, out.suspension.emplace(), wire::ChildPointer(ptr, "suspension"));
  if (auto it = j.find("appliedConfigHash"); it != j.end()) Read(*it, out.applied_config_hash.emplace(), wire::ChildPointer(ptr, "appliedConfigHash"));
  if (auto it = j.find("configPath"); it != j.end()) Read(*it, out.config_path.emplace(), wire::ChildPointer(ptr, "configPath"));
  if (auto it = j.find("stateDir"); it != j.end()) Read(*it, out.state_dir.emplace(), wire::ChildPointer(ptr, "stateDir"));
  if (auto it = j.find("sessionDefaults"); it != j.end()) Read(*it, out.session_defaults.emplace(), wire::ChildPointer(ptr, "sessionDefaults"));
  if (auto it = j.find("authMode"); it != j.end()) Read(*it, out.auth_mode.emplace(), wire::ChildPointer(ptr, "authMode"));
  if (auto it = j.find("updateAvailable"); it != j.end()) Read(*it, out.update_available.emplace(), wire::ChildPointer(ptr, "updateAvailable"));
  if (auto it = j.find("updateSchedule"); it != j.end()) Read(*it, out.update_schedule.emplace(), wire::ChildPointer(ptr, "updateSchedule"));
}

nlohmann::json Write(const Snapshot& value) {
  nlohmann::json j = nlohmann::json::object();
  j["presence"] = Write(value.presence);
  j["health"] = Write(value.health);
  j["stateVersion"] = Write(value.state_version);
  j["uptimeMs"] = Write(value.uptime_ms);
  if (value.suspension) j["suspension"] = Write(*value.suspension);
  if (value.applied_config_hash) j["appliedConfigHash"] = Write(*value.applied_config_hash);
  if (value.config_path) j["configPath"] = Write(*value.config_path);
  if (value.state_dir) j["stateDir"] = Write(*value.state_dir);
  if (value.session_defaults) j["sessionDefaults"] = Write(*value.session_defaults);
  if (value.auth_mode) j["authMode"] = Write(*value.auth_mode);
  if (value.update_available) j["updateAvailable"] = Write(*value.update_available);
  if (value.update_schedule) j["updateSchedule"] = Write(*value.update_schedule);
  return j;
}

std::string_view ToString(HelloServerControlUiBuildSource value) {
  switch (value) {
    case HelloServerControlUiBuildSource::kBundled:
      return "bundled";
    case HelloServerControlUiBuildSource::kConfigured:
      return "configured";
  }
  return {};
}

std::optional<HelloServerControlUiBuildSource> ParseHelloServerControlUiBuildSource(std::string_view text) {
  if (text == "bundled") return HelloServerControlUiBuildSource::kBundled;
  if (text == "configured") return HelloServerControlUiBuildSource::kConfigured;
  return std::nullopt;
}

void Read(const nlohmann::json& j, HelloServerControlUiBuildSource& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseHelloServerControlUiBuildSource(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(HelloServerControlUiBuildSource value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, HelloServer& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"version", "connId", "buildId", "bootId", "controlUiBuildSource"}, ptr);
  Read(wire::RequiredMember(j, "version", ptr), out.version, wire::ChildPointer(ptr, "version"));
  Read(wire::RequiredMember(j, "connId", ptr), out.conn_id, wire::ChildPointer(ptr, "connId"));
  if (auto it = j.find("buildId"); it != j.end()) Read(*it, out.build_id.emplace(), wire::ChildPointer(ptr, "buildId"));
  if (auto it = j.find("bootId"); it != j.end()) Read(*it, out.boot_id.emplace(), wire::ChildPointer(ptr, "bootId"));
  if (auto it = j.find("controlUiBuildSource"); it != j.end()) Read(*it, out.control_ui_build_source.emplace(), wire::ChildPointer(ptr, "controlUiBuildSource"));
}

nlohmann::json Write(const HelloServer& value) {
  nlohmann::json j = nlohmann::json::object();
  j["version"] = Write(value.version);
  j["connId"] = Write(value.conn_id);
  if (value.build_id) j["buildId"] = Write(*value.build_id);
  if (value.boot_id) j["bootId"] = Write(*value.boot_id);
  if (value.control_ui_build_source) j["controlUiBuildSource"] = Write(*value.control_ui_build_source);
  return j;
}

void Read(const nlohmann::json& j, HelloFeatures& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"methods", "events", "capabilities"}, ptr);
  Read(wire::RequiredMember(j, "methods", ptr), out.methods, wire::ChildPointer(ptr, "methods"));
  Read(wire::RequiredMember(j, "events", ptr), out.events, wire::ChildPointer(ptr, "events"));
  if (auto it = j.find("capabilities"); it != j.end()) Read(*it, out.capabilities.emplace(), wire::ChildPointer(ptr, "capabilities"));
}

nlohmann::json Write(const HelloFeatures& value) {
  nlohmann::json j = nlohmann::json::object();
  j["methods"] = Write(value.methods);
  j["events"] = Write(value.events);
  if (value.capabilities) j["capabilities"] = Write(*value.capabilities);
  return j;
}

std::string_view ToString(ControlUiTabGroup value) {
  switch (value) {
    case ControlUiTabGroup::kControl:
      return "control";
    case ControlUiTabGroup::kAgent:
      return "agent";
  }
  return {};
}

std::optional<ControlUiTabGroup> ParseControlUiTabGroup(std::string_view text) {
  if (text == "control") return ControlUiTabGroup::kControl;
  if (text == "agent") return ControlUiTabGroup::kAgent;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ControlUiTabGroup& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseControlUiTabGroup(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ControlUiTabGroup value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ControlUiTab& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"pluginId", "id", "label", "description", "icon", "path", "placement", "requiresGatewayAuth", "group", "order"}, ptr);
  Read(wire::RequiredMember(j, "pluginId", ptr), out.plugin_id, wire::ChildPointer(ptr, "pluginId"));
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "label", ptr), out.label, wire::ChildPointer(ptr, "label"));
  if (auto it = j.find("description"); it != j.end()) Read(*it, out.description.emplace(), wire::ChildPointer(ptr, "description"));
  if (auto it = j.find("icon"); it != j.end()) Read(*it, out.icon.emplace(), wire::ChildPointer(ptr, "icon"));
  if (auto it = j.find("path"); it != j.end()) Read(*it, out.path.emplace(), wire::ChildPointer(ptr, "path"));
  if (auto it = j.find("placement"); it != j.end()) Read(*it, out.placement.emplace(), wire::ChildPointer(ptr, "placement"));
  if (auto it = j.find("requiresGatewayAuth"); it != j.end()) Read(*it, out.requires_gateway_auth.emplace(), wire::ChildPointer(ptr, "requiresGatewayAuth"));
  if (auto it = j.find("group"); it != j.end()) Read(*it, out.group.emplace(), wire::ChildPointer(ptr, "group"));
  if (auto it = j.find("order"); it != j.end()) Read(*it, out.order.emplace(), wire::ChildPointer(ptr, "order"));
}

nlohmann::json Write(const ControlUiTab& value) {
  nlohmann::json j = nlohmann::json::object();
  j["pluginId"] = Write(value.plugin_id);
  j["id"] = Write(value.id);
  j["label"] = Write(value.label);
  if (value.description) j["description"] = Write(*value.description);
  if (value.icon) j["icon"] = Write(*value.icon);
  if (value.path) j["path"] = Write(*value.path);
  if (value.placement) j["placement"] = Write(*value.placement);
  if (value.requires_gateway_auth) j["requiresGatewayAuth"] = Write(*value.requires_gateway_auth);
  if (value.group) j["group"] = Write(*value.group);
  if (value.order) j["order"] = Write(*value.order);
  return j;
}

void Read(const nlohmann::json& j, ControlUiWidgetKind& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"pluginId", "kind", "label"}, ptr);
  Read(wire::RequiredMember(j, "pluginId", ptr), out.plugin_id, wire::ChildPointer(ptr, "pluginId"));
  Read(wire::RequiredMember(j, "kind", ptr), out.kind, wire::ChildPointer(ptr, "kind"));
  Read(wire::RequiredMember(j, "label", ptr), out.label, wire::ChildPointer(ptr, "label"));
}

nlohmann::json Write(const ControlUiWidgetKind& value) {
  nlohmann::json j = nlohmann::json::object();
  j["pluginId"] = Write(value.plugin_id);
  j["kind"] = Write(value.kind);
  j["label"] = Write(value.label);
  return j;
}

void Read(const nlohmann::json& j, HelloDeviceToken& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"deviceToken", "role", "scopes", "issuedAtMs"}, ptr);
  Read(wire::RequiredMember(j, "deviceToken", ptr), out.device_token, wire::ChildPointer(ptr, "deviceToken"));
  Read(wire::RequiredMember(j, "role", ptr), out.role, wire::ChildPointer(ptr, "role"));
  Read(wire::RequiredMember(j, "scopes", ptr), out.scopes, wire::ChildPointer(ptr, "scopes"));
  Read(wire::RequiredMember(j, "issuedAtMs", ptr), out.issued_at_ms, wire::ChildPointer(ptr, "issuedAtMs"));
}

nlohmann::json Write(const HelloDeviceToken& value) {
  nlohmann::json j = nlohmann::json::object();
  j["deviceToken"] = Write(value.device_token);
  j["role"] = Write(value.role);
  j["scopes"] = Write(value.scopes);
  j["issuedAtMs"] = Write(value.issued_at_ms);
  return j;
}

void Read(const nlohmann::json& j, HelloAuth& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"role", "scopes", "deviceToken", "issuedAtMs", "recoveryScope", "recoveryMigrationAllowed", "deviceTokens"}, ptr);
  Read(wire::RequiredMember(j, "role", ptr), out.role, wire::ChildPointer(ptr, "role"));
  Read(wire::RequiredMember(j, "scopes", ptr), out.scopes, wire::ChildPointer(ptr, "scopes"));
  if (auto it = j.find("deviceToken"); it != j.end()) Read(*it, out.device_token.emplace(), wire::ChildPointer(ptr, "deviceToken"));
  if (auto it = j.find("issuedAtMs"); it != j.end()) Read(*it, out.issued_at_ms.emplace(), wire::ChildPointer(ptr, "issuedAtMs"));
  if (auto it = j.find("recoveryScope"); it != j.end()) Read(*it, out.recovery_scope.emplace(), wire::ChildPointer(ptr, "recoveryScope"));
  if (auto it = j.find("recoveryMigrationAllowed"); it != j.end()) Read(*it, out.recovery_migration_allowed.emplace(), wire::ChildPointer(ptr, "recoveryMigrationAllowed"));
  if (auto it = j.find("deviceTokens"); it != j.end()) Read(*it, out.device_tokens.emplace(), wire::ChildPointer(ptr, "deviceTokens"));
}

nlohmann::json Write(const HelloAuth& value) {
  nlohmann::json j = nlohmann::json::object();
  j["role"] = Write(value.role);
  j["scopes"] = Write(value.scopes);
  if (value.device_token) j["deviceToken"] = Write(*value.device_token);
  if (value.issued_at_ms) j["issuedAtMs"] = Write(*value.issued_at_ms);
  if (value.recovery_scope) j["recoveryScope"] = Write(*value.recovery_scope);
  if (value.recovery_migration_allowed) j["recoveryMigrationAllowed"] = Write(*value.recovery_migration_allowed);
  if (value.device_tokens) j["deviceTokens"] = Write(*value.device_tokens);
  return j;
}

void Read(const nlohmann::json& j, HelloAttachmentPolicy& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"maxBytes", "maxImageBytes"}, ptr);
  Read(wire::RequiredMember(j, "maxBytes", ptr), out.max_bytes, wire::ChildPointer(ptr, "maxBytes"));
  Read(wire::RequiredMember(j, "maxImageBytes", ptr), out.max_image_bytes, wire::ChildPointer(ptr, "maxImageBytes"));
}

nlohmann::json Write(const HelloAttachmentPolicy& value) {
  nlohmann::json j = nlohmann::json::object();
  j["maxBytes"] = Write(value.max_bytes);
  j["maxImageBytes"] = Write(value.max_image_bytes);
  return j;
}

std::string_view ToString(SessionVisibility value) {
  switch (value) {
    case SessionVisibility::kShared:
      return "shared";
    case SessionVisibility::kReadOnly:
      return "read-only";
    case SessionVisibility::kSuggest:
      return "suggest";
    case SessionVisibility::kDraft:
      return "draft";
  }
  return {};
}

std::optional<SessionVisibility> ParseSessionVisibility(std::string_view text) {
  if (text == "shared") return SessionVisibility::kShared;
  if (text == "read-only") return SessionVisibility::kReadOnly;
  if (text == "suggest") return SessionVisibility::kSuggest;
  if (text == "draft") return SessionVisibility::kDraft;
  return std::nullopt;
}

void Read(const nlohmann::json& j, SessionVisibility& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseSessionVisibility(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(SessionVisibility value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, HelloPolicy& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"maxPayload", "maxBufferedBytes", "tickIntervalMs", "attachments", "allowedSessionVisibilities", "hasMultipleSessionSharingIdentities"}, ptr);
  Read(wire::RequiredMember(j, "maxPayload", ptr), out.max_payload, wire::ChildPointer(ptr, "maxPayload"));
  Read(wire::RequiredMember(j, "maxBufferedBytes", ptr), out.max_buffered_bytes, wire::ChildPointer(ptr, "maxBufferedBytes"));
  Read(wire::RequiredMember(j, "tickIntervalMs", ptr), out.tick_interval_ms, wire::ChildPointer(ptr, "tickIntervalMs"));
  if (auto it = j.find("attachments"); it != j.end()) Read(*it, out.attachments.emplace(), wire::ChildPointer(ptr, "attachments"));
  if (auto it = j.find("allowedSessionVisibilities"); it != j.end()) Read(*it, out.allowed_session_visibilities.emplace(), wire::ChildPointer(ptr, "allowedSessionVisibilities"));
  if (auto it = j.find("hasMultipleSessionSharingIdentities"); it != j.end()) Read(*it, out.has_multiple_session_sharing_identities.emplace(), wire::ChildPointer(ptr, "hasMultipleSessionSharingIdentities"));
}

nlohmann::json Write(const HelloPolicy& value) {
  nlohmann::json j = nlohmann::json::object();
  j["maxPayload"] = Write(value.max_payload);
  j["maxBufferedBytes"] = Write(value.max_buffered_bytes);
  j["tickIntervalMs"] = Write(value.tick_interval_ms);
  if (value.attachments) j["attachments"] = Write(*value.attachments);
  if (value.allowed_session_visibilities) j["allowedSessionVisibilities"] = Write(*value.allowed_session_visibilities);
  if (value.has_multiple_session_sharing_identities) j["hasMultipleSessionSharingIdentities"] = Write(*value.has_multiple_session_sharing_identities);
  return j;
}

void Read(const nlohmann::json& j, HelloOk& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"type", "protocol", "server", "features", "snapshot", "controlUiUrl", "controlUiTabs", "controlUiWidgetKinds", "pluginSurfaceUrls", "canvasHostUrl", "auth", "policy"}, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "type", ptr), nlohmann::json("hello-ok"), wire::ChildPointer(ptr, "type"));
  Read(wire::RequiredMember(j, "protocol", ptr), out.protocol, wire::ChildPointer(ptr, "protocol"));
  Read(wire::RequiredMember(j, "server", ptr), out.server, wire::ChildPointer(ptr, "server"));
  Read(wire::RequiredMember(j, "features", ptr), out.features, wire::ChildPointer(ptr, "features"));
  Read(wire::RequiredMember(j, "snapshot", ptr), out.snapshot, wire::ChildPointer(ptr, "snapshot"));
  if (auto it = j.find("controlUiUrl"); it != j.end()) Read(*it, out.control_ui_url.emplace(), wire::ChildPointer(ptr, "controlUiUrl"));
  if (auto it = j.find("controlUiTabs"); it != j.end()) Read(*it, out.control_ui_tabs.emplace(), wire::ChildPointer(ptr, "controlUiTabs"));
  if (auto it = j.find("controlUiWidgetKinds"); it != j.end()) Read(*it, out.control_ui_widget_kinds.emplace(), wire::ChildPointer(ptr, "controlUiWidgetKinds"));
  if (auto it = j.find("pluginSurfaceUrls"); it != j.end()) Read(*it, out.plugin_surface_urls.emplace(), wire::ChildPointer(ptr, "pluginSurfaceUrls"));
  if (auto it = j.find("canvasHostUrl"); it != j.end()) Read(*it, out.canvas_host_url.emplace(), wire::ChildPointer(ptr, "canvasHostUrl"));
  Read(wire::RequiredMember(j, "auth", ptr), out.auth, wire::ChildPointer(ptr, "auth"));
  Read(wire::RequiredMember(j, "policy", ptr), out.policy, wire::ChildPointer(ptr, "policy"));
}

nlohmann::json Write(const HelloOk& value) {
  nlohmann::json j = nlohmann::json::object();
  j["type"] = nlohmann::json("hello-ok");
  j["protocol"] = Write(value.protocol);
  j["server"] = Write(value.server);
  j["features"] = Write(value.features);
  j["snapshot"] = Write(value.snapshot);
  if (value.control_ui_url) j["controlUiUrl"] = Write(*value.control_ui_url);
  if (value.control_ui_tabs) j["controlUiTabs"] = Write(*value.control_ui_tabs);
  if (value.control_ui_widget_kinds) j["controlUiWidgetKinds"] = Write(*value.control_ui_widget_kinds);
  if (value.plugin_surface_urls) j["pluginSurfaceUrls"] = Write(*value.plugin_surface_urls);
  if (value.canvas_host_url) j["canvasHostUrl"] = Write(*value.canvas_host_url);
  j["auth"] = Write(value.auth);
  j["policy"] = Write(value.policy);
  return j;
}

void Read(const nlohmann::json& j, RequestFrame& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"type", "id", "method", "params", "traceparent", "expectedProfileId"}, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "type", ptr), nlohmann::json("req"), wire::ChildPointer(ptr, "type"));
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "method", ptr), out.method, wire::ChildPointer(ptr, "method"));
  if (auto it = j.find("params"); it != j.end()) Read(*it, out.params.emplace(), wire::ChildPointer(ptr, "params"));
  if (auto it = j.find("traceparent"); it != j.end()) Read(*it, out.traceparent.emplace(), wire::ChildPointer(ptr, "traceparent"));
  if (auto it = j.find("expectedProfileId"); it != j.end()) Read(*it, out.expected_profile_id.emplace(), wire::ChildPointer(ptr, "expectedProfileId"));
}

nlohmann::json Write(const RequestFrame& value) {
  nlohmann::json j = nlohmann::json::object();
  j["type"] = nlohmann::json("req");
  j["id"] = Write(value.id);
  j["method"] = Write(value.method);
  if (value.params) j["params"] = Write(*value.params);
  if (value.traceparent) j["traceparent"] = Write(*value.traceparent);
  if (value.expected_profile_id) j["expectedProfileId"] = Write(*value.expected_profile_id);
  return j;
}

void Read(const nlohmann::json& j, ResponseFrame& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"type", "id", "ok", "payload", "error"}, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "type", ptr), nlohmann::json("res"), wire::ChildPointer(ptr, "type"));
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "ok", ptr), out.ok, wire::ChildPointer(ptr, "ok"));
  if (auto it = j.find("payload"); it != j.end()) Read(*it, out.payload.emplace(), wire::ChildPointer(ptr, "payload"));
  if (auto it = j.find("error"); it != j.end()) Read(*it, out.error.emplace(), wire::ChildPointer(ptr, "error"));
}

nlohmann::json Write(const ResponseFrame& value) {
  nlohmann::json j = nlohmann::json::object();
  j["type"] = nlohmann::json("res");
  j["id"] = Write(value.id);
  j["ok"] = Write(value.ok);
  if (value.payload) j["payload"] = Write(*value.payload);
  if (value.error) j["error"] = Write(*value.error);
  return j;
}

void Read(const nlohmann::json& j, ShutdownEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"reason", "restartExpectedMs"}, ptr);
  Read(wire::RequiredMember(j, "reason", ptr), out.reason, wire::ChildPointer(ptr, "reason"));
  if (auto it = j.find("restartExpectedMs"); it != j.end()) Read(*it, out.restart_expected_ms.emplace(), wire::ChildPointer(ptr, "restartExpectedMs"));
}

nlohmann::json Write(const ShutdownEvent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["reason"] = Write(value.reason);
  if (value.restart_expected_ms) j["restartExpectedMs"] = Write(*value.restart_expected_ms);
  return j;
}

void Read(const nlohmann::json& j, TickEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"ts"}, ptr);
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
}

nlohmann::json Write(const TickEvent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["ts"] = Write(value.ts);
  return j;
}

}  // namespace gateway::proto
