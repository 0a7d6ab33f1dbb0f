// Generated from protocol/errors.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

using wire::Read;
using wire::Write;

enum class AuthFailureCode {
  kAuthTokenMissing,
  kAuthTokenMismatch,
  kAuthTokenNotConfigured,
  kAuthPasswordMissing,
  kAuthPasswordMismatch,
  kAuthPasswordNotConfigured,
  kAuthRateLimited,
  kAuthDeviceTokenMismatch,
  kAuthScopeMismatch,
  kAuthUnauthorized,
  kAuthRequired,
};
std::string_view ToString(AuthFailureCode value);
std::optional<AuthFailureCode> ParseAuthFailureCode(std::string_view text);
void Read(const nlohmann::json& j, AuthFailureCode& out, std::string_view ptr);
nlohmann::json Write(AuthFailureCode value);
inline void from_json(const nlohmann::json& j, AuthFailureCode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AuthFailureCode& value) { j = Write(value); }

// Details of a connect-time shared-secret or device-token authentication failure.
struct AuthFailureDetails {
  AuthFailureCode code{};
  // Machine reason, e.g. token_missing, token_mismatch, token_missing_config, password_missing, password_mismatch, password_missing_config, rate_limited, device_token_mismatch, scope_mismatch.
  std::optional<std::string> auth_reason{};
  // True when retrying with a device token could succeed.
  bool can_retry_with_device_token{};
  // Hint for the client, e.g. update_auth_configuration, update_auth_credentials, retry_with_device_token, wait_then_retry, review_auth_configuration.
  std::optional<std::string> recommended_next_step{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const AuthFailureDetails&) const = default;
};
void Read(const nlohmann::json& j, AuthFailureDetails& out, std::string_view ptr);
nlohmann::json Write(const AuthFailureDetails& value);
inline void from_json(const nlohmann::json& j, AuthFailureDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const AuthFailureDetails& value) { j = Write(value); }

// Details sent when a Control UI style client connects without a device identity.
struct ControlUiDeviceIdentityRequiredDetails {
  // "code" is always "CONTROL_UI_DEVICE_IDENTITY_REQUIRED".
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ControlUiDeviceIdentityRequiredDetails&) const = default;
};
void Read(const nlohmann::json& j, ControlUiDeviceIdentityRequiredDetails& out, std::string_view ptr);
nlohmann::json Write(const ControlUiDeviceIdentityRequiredDetails& value);
inline void from_json(const nlohmann::json& j, ControlUiDeviceIdentityRequiredDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ControlUiDeviceIdentityRequiredDetails& value) { j = Write(value); }

// Details sent when a browser client's Origin is missing or not allowed.
struct ControlUiOriginNotAllowedDetails {
  // "code" is always "CONTROL_UI_ORIGIN_NOT_ALLOWED".
  // Why the origin was refused, e.g. "origin missing or invalid".
  std::string reason{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ControlUiOriginNotAllowedDetails&) const = default;
};
void Read(const nlohmann::json& j, ControlUiOriginNotAllowedDetails& out, std::string_view ptr);
nlohmann::json Write(const ControlUiOriginNotAllowedDetails& value);
inline void from_json(const nlohmann::json& j, ControlUiOriginNotAllowedDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ControlUiOriginNotAllowedDetails& value) { j = Write(value); }

// Details of an error naming an unknown cron job.
struct CronJobNotFoundDetails {
  // "code" is always "CRON_JOB_NOT_FOUND".
  // The job id that was not found.
  std::string job_id{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const CronJobNotFoundDetails&) const = default;
};
void Read(const nlohmann::json& j, CronJobNotFoundDetails& out, std::string_view ptr);
nlohmann::json Write(const CronJobNotFoundDetails& value);
inline void from_json(const nlohmann::json& j, CronJobNotFoundDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const CronJobNotFoundDetails& value) { j = Write(value); }

// Details sent when a connection needs a signed device identity but sent none.
struct DeviceIdentityRequiredDetails {
  // "code" is always "DEVICE_IDENTITY_REQUIRED".
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const DeviceIdentityRequiredDetails&) const = default;
};
void Read(const nlohmann::json& j, DeviceIdentityRequiredDetails& out, std::string_view ptr);
nlohmann::json Write(const DeviceIdentityRequiredDetails& value);
inline void from_json(const nlohmann::json& j, DeviceIdentityRequiredDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const DeviceIdentityRequiredDetails& value) { j = Write(value); }

// Why new work is refused.
enum class DrainingDetailsReason {
  kGatewayRestarting,
  kGatewaySuspending,
};
std::string_view ToString(DrainingDetailsReason value);
std::optional<DrainingDetailsReason> ParseDrainingDetailsReason(std::string_view text);
void Read(const nlohmann::json& j, DrainingDetailsReason& out, std::string_view ptr);
nlohmann::json Write(DrainingDetailsReason value);
inline void from_json(const nlohmann::json& j, DrainingDetailsReason& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const DrainingDetailsReason& value) { j = Write(value); }

// Details of an UNAVAILABLE answer while the gateway drains for a restart or suspension.
struct DrainingDetails {
  // Why new work is refused.
  DrainingDetailsReason reason{};
  // The method that was refused.
  std::string method{};
  // Current drain phase.
  std::string phase{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const DrainingDetails&) const = default;
};
void Read(const nlohmann::json& j, DrainingDetails& out, std::string_view ptr);
nlohmann::json Write(const DrainingDetails& value);
inline void from_json(const nlohmann::json& j, DrainingDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const DrainingDetails& value) { j = Write(value); }

// Details of a FORBIDDEN "missing scope" error.
struct MissingScopeDetails {
  // "code" is always "MISSING_SCOPE".
  // The scope the caller would need.
  std::string missing_scope{};
  // Scopes that would satisfy the check.
  std::vector<std::string> required_scopes{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const MissingScopeDetails&) const = default;
};
void Read(const nlohmann::json& j, MissingScopeDetails& out, std::string_view ptr);
nlohmann::json Write(const MissingScopeDetails& value);
inline void from_json(const nlohmann::json& j, MissingScopeDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const MissingScopeDetails& value) { j = Write(value); }

// Why pairing approval is needed.
enum class PairingRequiredDetailsReason {
  kNotPaired,
  kRoleUpgrade,
  kScopeUpgrade,
  kMetadataUpgrade,
};
std::string_view ToString(PairingRequiredDetailsReason value);
std::optional<PairingRequiredDetailsReason> ParsePairingRequiredDetailsReason(std::string_view text);
void Read(const nlohmann::json& j, PairingRequiredDetailsReason& out, std::string_view ptr);
nlohmann::json Write(PairingRequiredDetailsReason value);
inline void from_json(const nlohmann::json& j, PairingRequiredDetailsReason& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PairingRequiredDetailsReason& value) { j = Write(value); }

// Details sent when a device must be (re)paired before it may connect.
struct PairingRequiredDetails {
  // "code" is always "PAIRING_REQUIRED".
  // Why pairing approval is needed.
  PairingRequiredDetailsReason reason{};
  // Pending pairing request id.
  std::optional<std::string> request_id{};
  // Hint for the client.
  std::optional<std::string> recommended_next_step{};
  // Whether reconnecting later may succeed.
  std::optional<bool> retryable{};
  // Whether the client should stop auto-reconnecting.
  std::optional<bool> pause_reconnect{};
  // Device the request is for.
  std::optional<std::string> device_id{};
  // Role the device asked for.
  std::optional<std::string> requested_role{};
  // Scopes the device asked for.
  std::optional<std::vector<std::string>> requested_scopes{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const PairingRequiredDetails&) const = default;
};
void Read(const nlohmann::json& j, PairingRequiredDetails& out, std::string_view ptr);
nlohmann::json Write(const PairingRequiredDetails& value);
inline void from_json(const nlohmann::json& j, PairingRequiredDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PairingRequiredDetails& value) { j = Write(value); }

// Details sent when the client's protocol range cannot be served.
struct ProtocolMismatchDetails {
  // "code" is always "PROTOCOL_MISMATCH".
  // minProtocol the client sent.
  std::int64_t client_min_protocol{};
  // maxProtocol the client sent.
  std::int64_t client_max_protocol{};
  // Protocol version the gateway speaks (4).
  std::int64_t expected_protocol{};
  // Oldest protocol accepted from probe clients (3).
  std::int64_t minimum_probe_protocol{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ProtocolMismatchDetails&) const = default;
};
void Read(const nlohmann::json& j, ProtocolMismatchDetails& out, std::string_view ptr);
nlohmann::json Write(const ProtocolMismatchDetails& value);
inline void from_json(const nlohmann::json& j, ProtocolMismatchDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ProtocolMismatchDetails& value) { j = Write(value); }

// Details of an INVALID_REQUEST when a session changed under an expected id (sessions.reset, sessions.compact).
struct SessionChangedDetails {
  // "reason" is always "session-changed".
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const SessionChangedDetails&) const = default;
};
void Read(const nlohmann::json& j, SessionChangedDetails& out, std::string_view ptr);
nlohmann::json Write(const SessionChangedDetails& value);
inline void from_json(const nlohmann::json& j, SessionChangedDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const SessionChangedDetails& value) { j = Write(value); }

// Details of an UNAVAILABLE answer while the gateway is still starting.
struct StartupDetails {
  // "reason" is always "startup-sidecars".
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const StartupDetails&) const = default;
};
void Read(const nlohmann::json& j, StartupDetails& out, std::string_view ptr);
nlohmann::json Write(const StartupDetails& value);
inline void from_json(const nlohmann::json& j, StartupDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const StartupDetails& value) { j = Write(value); }

// Details of an error naming an unknown agent.
struct UnknownAgentIdDetails {
  // "code" is always "UNKNOWN_AGENT_ID".
  // The agent id that was not found.
  std::string agent_id{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const UnknownAgentIdDetails&) const = default;
};
void Read(const nlohmann::json& j, UnknownAgentIdDetails& out, std::string_view ptr);
nlohmann::json Write(const UnknownAgentIdDetails& value);
inline void from_json(const nlohmann::json& j, UnknownAgentIdDetails& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const UnknownAgentIdDetails& value) { j = Write(value); }

}  // namespace gateway::proto
