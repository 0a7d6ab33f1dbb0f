// Generated from protocol/errors.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/errors.hpp"

#include <utility>

namespace gateway::proto {

std::string_view ToString(AuthFailureCode value) {
  switch (value) {
    case AuthFailureCode::kAuthTokenMissing:
      return "AUTH_TOKEN_MISSING";
    case AuthFailureCode::kAuthTokenMismatch:
      return "AUTH_TOKEN_MISMATCH";
    case AuthFailureCode::kAuthTokenNotConfigured:
      return "AUTH_TOKEN_NOT_CONFIGURED";
    case AuthFailureCode::kAuthPasswordMissing:
      return "AUTH_PASSWORD_MISSING";
    case AuthFailureCode::kAuthPasswordMismatch:
      return "AUTH_PASSWORD_MISMATCH";
    case AuthFailureCode::kAuthPasswordNotConfigured:
      return "AUTH_PASSWORD_NOT_CONFIGURED";
    case AuthFailureCode::kAuthRateLimited:
      return "AUTH_RATE_LIMITED";
    case AuthFailureCode::kAuthDeviceTokenMismatch:
      return "AUTH_DEVICE_TOKEN_MISMATCH";
    case AuthFailureCode::kAuthScopeMismatch:
      return "AUTH_SCOPE_MISMATCH";
    case AuthFailureCode::kAuthUnauthorized:
      return "AUTH_UNAUTHORIZED";
    case AuthFailureCode::kAuthRequired:
      return "AUTH_REQUIRED";
  }
  return {};
}

std::optional<AuthFailureCode> ParseAuthFailureCode(std::string_view text) {
  if (text == "AUTH_TOKEN_MISSING") return AuthFailureCode::kAuthTokenMissing;
  if (text == "AUTH_TOKEN_MISMATCH") return AuthFailureCode::kAuthTokenMismatch;
  if (text == "AUTH_TOKEN_NOT_CONFIGURED") return AuthFailureCode::kAuthTokenNotConfigured;
  if (text == "AUTH_PASSWORD_MISSING") return AuthFailureCode::kAuthPasswordMissing;
  if (text == "AUTH_PASSWORD_MISMATCH") return AuthFailureCode::kAuthPasswordMismatch;
  if (text == "AUTH_PASSWORD_NOT_CONFIGURED") return AuthFailureCode::kAuthPasswordNotConfigured;
  if (text == "AUTH_RATE_LIMITED") return AuthFailureCode::kAuthRateLimited;
  if (text == "AUTH_DEVICE_TOKEN_MISMATCH") return AuthFailureCode::kAuthDeviceTokenMismatch;
  if (text == "AUTH_SCOPE_MISMATCH") return AuthFailureCode::kAuthScopeMismatch;
  if (text == "AUTH_UNAUTHORIZED") return AuthFailureCode::kAuthUnauthorized;
  if (text == "AUTH_REQUIRED") return AuthFailureCode::kAuthRequired;
  return std::nullopt;
}

void Read(const nlohmann::json& j, AuthFailureCode& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseAuthFailureCode(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(AuthFailureCode value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, AuthFailureDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "code", ptr), out.code, wire::ChildPointer(ptr, "code"));
  if (auto it = j.find("authReason"); it != j.end()) Read(*it, out.auth_reason.emplace(), wire::ChildPointer(ptr, "authReason"));
  Read(wire::RequiredMember(j, "canRetryWithDeviceToken", ptr), out.can_retry_with_device_token, wire::ChildPointer(ptr, "canRetryWithDeviceToken"));
  if (auto it = j.find("recommendedNextStep"); it != j.end()) Read(*it, out.recommended_next_step.emplace(), wire::ChildPointer(ptr, "recommendedNextStep"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"code", "authReason", "canRetryWithDeviceToken", "recommendedNextStep"});
}

nlohmann::json Write(const AuthFailureDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["code"] = Write(value.code);
  if (value.auth_reason) j["authReason"] = Write(*value.auth_reason);
  j["canRetryWithDeviceToken"] = Write(value.can_retry_with_device_token);
  if (value.recommended_next_step) j["recommendedNextStep"] = Write(*value.recommended_next_step);
  return j;
}

void Read(const nlohmann::json& j, ControlUiDeviceIdentityRequiredDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "code", ptr), nlohmann::json("CONTROL_UI_DEVICE_IDENTITY_REQUIRED"), wire::ChildPointer(ptr, "code"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"code"});
}

nlohmann::json Write(const ControlUiDeviceIdentityRequiredDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["code"] = nlohmann::json("CONTROL_UI_DEVICE_IDENTITY_REQUIRED");
  return j;
}

void Read(const nlohmann::json& j, ControlUiOriginNotAllowedDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "code", ptr), nlohmann::json("CONTROL_UI_ORIGIN_NOT_ALLOWED"), wire::ChildPointer(ptr, "code"));
  Read(wire::RequiredMember(j, "reason", ptr), out.reason, wire::ChildPointer(ptr, "reason"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"code", "reason"});
}

nlohmann::json Write(const ControlUiOriginNotAllowedDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["code"] = nlohmann::json("CONTROL_UI_ORIGIN_NOT_ALLOWED");
  j["reason"] = Write(value.reason);
  return j;
}

void Read(const nlohmann::json& j, CronJobNotFoundDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "code", ptr), nlohmann::json("CRON_JOB_NOT_FOUND"), wire::ChildPointer(ptr, "code"));
  Read(wire::RequiredMember(j, "jobId", ptr), out.job_id, wire::ChildPointer(ptr, "jobId"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"code", "jobId"});
}

nlohmann::json Write(const CronJobNotFoundDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["code"] = nlohmann::json("CRON_JOB_NOT_FOUND");
  j["jobId"] = Write(value.job_id);
  return j;
}

void Read(const nlohmann::json& j, DeviceIdentityRequiredDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "code", ptr), nlohmann::json("DEVICE_IDENTITY_REQUIRED"), wire::ChildPointer(ptr, "code"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"code"});
}

nlohmann::json Write(const DeviceIdentityRequiredDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["code"] = nlohmann::json("DEVICE_IDENTITY_REQUIRED");
  return j;
}

std::string_view ToString(DrainingDetailsReason value) {
  switch (value) {
    case DrainingDetailsReason::kGatewayRestarting:
      return "gateway-restarting";
    case DrainingDetailsReason::kGatewaySuspending:
      return "gateway-suspending";
  }
  return {};
}

std::optional<DrainingDetailsReason> ParseDrainingDetailsReason(std::string_view text) {
  if (text == "gateway-restarting") return DrainingDetailsReason::kGatewayRestarting;
  if (text == "gateway-suspending") return DrainingDetailsReason::kGatewaySuspending;
  return std::nullopt;
}

void Read(const nlohmann::json& j, DrainingDetailsReason& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseDrainingDetailsReason(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(DrainingDetailsReason value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, DrainingDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "reason", ptr), out.reason, wire::ChildPointer(ptr, "reason"));
  Read(wire::RequiredMember(j, "method", ptr), out.method, wire::ChildPointer(ptr, "method"));
  Read(wire::RequiredMember(j, "phase", ptr), out.phase, wire::ChildPointer(ptr, "phase"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"reason", "method", "phase"});
}

nlohmann::json Write(const DrainingDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["reason"] = Write(value.reason);
  j["method"] = Write(value.method);
  j["phase"] = Write(value.phase);
  return j;
}

void Read(const nlohmann::json& j, MissingScopeDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "code", ptr), nlohmann::json("MISSING_SCOPE"), wire::ChildPointer(ptr, "code"));
  Read(wire::RequiredMember(j, "missingScope", ptr), out.missing_scope, wire::ChildPointer(ptr, "missingScope"));
  Read(wire::RequiredMember(j, "requiredScopes", ptr), out.required_scopes, wire::ChildPointer(ptr, "requiredScopes"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"code", "missingScope", "requiredScopes"});
}

nlohmann::json Write(const MissingScopeDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["code"] = nlohmann::json("MISSING_SCOPE");
  j["missingScope"] = Write(value.missing_scope);
  j["requiredScopes"] = Write(value.required_scopes);
  return j;
}

std::string_view ToString(PairingRequiredDetailsReason value) {
  switch (value) {
    case PairingRequiredDetailsReason::kNotPaired:
      return "not-paired";
    case PairingRequiredDetailsReason::kRoleUpgrade:
      return "role-upgrade";
    case PairingRequiredDetailsReason::kScopeUpgrade:
      return "scope-upgrade";
    case PairingRequiredDetailsReason::kMetadataUpgrade:
      return "metadata-upgrade";
  }
  return {};
}

std::optional<PairingRequiredDetailsReason> ParsePairingRequiredDetailsReason(std::string_view text) {
  if (text == "not-paired") return PairingRequiredDetailsReason::kNotPaired;
  if (text == "role-upgrade") return PairingRequiredDetailsReason::kRoleUpgrade;
  if (text == "scope-upgrade") return PairingRequiredDetailsReason::kScopeUpgrade;
  if (text == "metadata-upgrade") return PairingRequiredDetailsReason::kMetadataUpgrade;
  return std::nullopt;
}

void Read(const nlohmann::json& j, PairingRequiredDetailsReason& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParsePairingRequiredDetailsReason(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(PairingRequiredDetailsReason value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, PairingRequiredDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "code", ptr), nlohmann::json("PAIRING_REQUIRED"), wire::ChildPointer(ptr, "code"));
  Read(wire::RequiredMember(j, "reason", ptr), out.reason, wire::ChildPointer(ptr, "reason"));
  if (auto it = j.find("requestId"); it != j.end()) Read(*it, out.request_id.emplace(), wire::ChildPointer(ptr, "requestId"));
  if (auto it = j.find("recommendedNextStep"); it != j.end()) Read(*it, out.recommended_next_step.emplace(), wire::ChildPointer(ptr, "recommendedNextStep"));
  if (auto it = j.find("retryable"); it != j.end()) Read(*it, out.retryable.emplace(), wire::ChildPointer(ptr, "retryable"));
  if (auto it = j.find("pauseReconnect"); it != j.end()) Read(*it, out.pause_reconnect.emplace(), wire::ChildPointer(ptr, "pauseReconnect"));
  if (auto it = j.find("deviceId"); it != j.end()) Read(*it, out.device_id.emplace(), wire::ChildPointer(ptr, "deviceId"));
  if (auto it = j.find("requestedRole"); it != j.end()) Read(*it, out.requested_role.emplace(), wire::ChildPointer(ptr, "requestedRole"));
  if (auto it = j.find("requestedScopes"); it != j.end()) Read(*it, out.requested_scopes.emplace(), wire::ChildPointer(ptr, "requestedScopes"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"code", "reason", "requestId", "recommendedNextStep", "retryable", "pauseReconnect", "deviceId", "requestedRole", "requestedScopes"});
}

nlohmann::json Write(const PairingRequiredDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["code"] = nlohmann::json("PAIRING_REQUIRED");
  j["reason"] = Write(value.reason);
  if (value.request_id) j["requestId"] = Write(*value.request_id);
  if (value.recommended_next_step) j["recommendedNextStep"] = Write(*value.recommended_next_step);
  if (value.retryable) j["retryable"] = Write(*value.retryable);
  if (value.pause_reconnect) j["pauseReconnect"] = Write(*value.pause_reconnect);
  if (value.device_id) j["deviceId"] = Write(*value.device_id);
  if (value.requested_role) j["requestedRole"] = Write(*value.requested_role);
  if (value.requested_scopes) j["requestedScopes"] = Write(*value.requested_scopes);
  return j;
}

void Read(const nlohmann::json& j, ProtocolMismatchDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "code", ptr), nlohmann::json("PROTOCOL_MISMATCH"), wire::ChildPointer(ptr, "code"));
  Read(wire::RequiredMember(j, "clientMinProtocol", ptr), out.client_min_protocol, wire::ChildPointer(ptr, "clientMinProtocol"));
  Read(wire::RequiredMember(j, "clientMaxProtocol", ptr), out.client_max_protocol, wire::ChildPointer(ptr, "clientMaxProtocol"));
  Read(wire::RequiredMember(j, "expectedProtocol", ptr), out.expected_protocol, wire::ChildPointer(ptr, "expectedProtocol"));
  Read(wire::RequiredMember(j, "minimumProbeProtocol", ptr), out.minimum_probe_protocol, wire::ChildPointer(ptr, "minimumProbeProtocol"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"code", "clientMinProtocol", "clientMaxProtocol", "expectedProtocol", "minimumProbeProtocol"});
}

nlohmann::json Write(const ProtocolMismatchDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["code"] = nlohmann::json("PROTOCOL_MISMATCH");
  j["clientMinProtocol"] = Write(value.client_min_protocol);
  j["clientMaxProtocol"] = Write(value.client_max_protocol);
  j["expectedProtocol"] = Write(value.expected_protocol);
  j["minimumProbeProtocol"] = Write(value.minimum_probe_protocol);
  return j;
}

void Read(const nlohmann::json& j, SessionChangedDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "reason", ptr), nlohmann::json("session-changed"), wire::ChildPointer(ptr, "reason"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"reason"});
}

nlohmann::json Write(const SessionChangedDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["reason"] = nlohmann::json("session-changed");
  return j;
}

void Read(const nlohmann::json& j, StartupDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "reason", ptr), nlohmann::json("startup-sidecars"), wire::ChildPointer(ptr, "reason"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"reason"});
}

nlohmann::json Write(const StartupDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["reason"] = nlohmann::json("startup-sidecars");
  return j;
}

void Read(const nlohmann::json& j, UnknownAgentIdDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "code", ptr), nlohmann::json("UNKNOWN_AGENT_ID"), wire::ChildPointer(ptr, "code"));
  Read(wire::RequiredMember(j, "agentId", ptr), out.agent_id, wire::ChildPointer(ptr, "agentId"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"code", "agentId"});
}

nlohmann::json Write(const UnknownAgentIdDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["code"] = nlohmann::json("UNKNOWN_AGENT_ID");
  j["agentId"] = Write(value.agent_id);
  return j;
}

}  // namespace gateway::proto
