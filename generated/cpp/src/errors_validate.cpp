// Generated from protocol/errors.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckAuthFailureDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("code")) c.Fail("must have required property 'code'");
    if (!v.contains("canRetryWithDeviceToken")) c.Fail("must have required property 'canRetryWithDeviceToken'");
    if (auto it1 = v.find("code"); it1 != v.end()) {
      wire::Checker::Step step(c, "code");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v2.get_ref<const std::string&>(), {"AUTH_TOKEN_MISSING", "AUTH_TOKEN_MISMATCH", "AUTH_TOKEN_NOT_CONFIGURED", "AUTH_PASSWORD_MISSING", "AUTH_PASSWORD_MISMATCH", "AUTH_PASSWORD_NOT_CONFIGURED", "AUTH_RATE_LIMITED", "AUTH_DEVICE_TOKEN_MISMATCH", "AUTH_SCOPE_MISMATCH", "AUTH_UNAUTHORIZED", "AUTH_REQUIRED"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it3 = v.find("authReason"); it3 != v.end()) {
      wire::Checker::Step step(c, "authReason");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("canRetryWithDeviceToken"); it5 != v.end()) {
      wire::Checker::Step step(c, "canRetryWithDeviceToken");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it7 = v.find("recommendedNextStep"); it7 != v.end()) {
      wire::Checker::Step step(c, "recommendedNextStep");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckControlUiDeviceIdentityRequiredDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("code")) c.Fail("must have required property 'code'");
    if (auto it1 = v.find("code"); it1 != v.end()) {
      wire::Checker::Step step(c, "code");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("CONTROL_UI_DEVICE_IDENTITY_REQUIRED")) c.Fail("must be equal to constant");
      }
    }
  }
}

void CheckControlUiOriginNotAllowedDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("code")) c.Fail("must have required property 'code'");
    if (!v.contains("reason")) c.Fail("must have required property 'reason'");
    if (auto it1 = v.find("code"); it1 != v.end()) {
      wire::Checker::Step step(c, "code");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("CONTROL_UI_ORIGIN_NOT_ALLOWED")) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("reason"); it3 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckCronJobNotFoundDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("code")) c.Fail("must have required property 'code'");
    if (!v.contains("jobId")) c.Fail("must have required property 'jobId'");
    if (auto it1 = v.find("code"); it1 != v.end()) {
      wire::Checker::Step step(c, "code");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("CRON_JOB_NOT_FOUND")) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("jobId"); it3 != v.end()) {
      wire::Checker::Step step(c, "jobId");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckDeviceIdentityRequiredDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("code")) c.Fail("must have required property 'code'");
    if (auto it1 = v.find("code"); it1 != v.end()) {
      wire::Checker::Step step(c, "code");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("DEVICE_IDENTITY_REQUIRED")) c.Fail("must be equal to constant");
      }
    }
  }
}

void CheckDrainingDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("reason")) c.Fail("must have required property 'reason'");
    if (!v.contains("method")) c.Fail("must have required property 'method'");
    if (!v.contains("phase")) c.Fail("must have required property 'phase'");
    if (auto it1 = v.find("reason"); it1 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v2.get_ref<const std::string&>(), {"gateway-restarting", "gateway-suspending"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it3 = v.find("method"); it3 != v.end()) {
      wire::Checker::Step step(c, "method");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("phase"); it5 != v.end()) {
      wire::Checker::Step step(c, "phase");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckMissingScopeDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("code")) c.Fail("must have required property 'code'");
    if (!v.contains("missingScope")) c.Fail("must have required property 'missingScope'");
    if (!v.contains("requiredScopes")) c.Fail("must have required property 'requiredScopes'");
    if (auto it1 = v.find("code"); it1 != v.end()) {
      wire::Checker::Step step(c, "code");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("MISSING_SCOPE")) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("missingScope"); it3 != v.end()) {
      wire::Checker::Step step(c, "missingScope");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("requiredScopes"); it5 != v.end()) {
      wire::Checker::Step step(c, "requiredScopes");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i7 = 0; i7 < v6.size(); ++i7) {
          wire::Checker::Step step(c, i7);
          const nlohmann::json& v8 = v6[i7];
          if (!(v8.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
  }
}

void CheckPairingRequiredDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("code")) c.Fail("must have required property 'code'");
    if (!v.contains("reason")) c.Fail("must have required property 'reason'");
    if (auto it1 = v.find("code"); it1 != v.end()) {
      wire::Checker::Step step(c, "code");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("PAIRING_REQUIRED")) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("reason"); it3 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v4.get_ref<const std::string&>(), {"not-paired", "role-upgrade", "scope-upgrade", "metadata-upgrade"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it5 = v.find("requestId"); it5 != v.end()) {
      wire::Checker::Step step(c, "requestId");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("recommendedNextStep"); it7 != v.end()) {
      wire::Checker::Step step(c, "recommendedNextStep");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("retryable"); it9 != v.end()) {
      wire::Checker::Step step(c, "retryable");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it11 = v.find("pauseReconnect"); it11 != v.end()) {
      wire::Checker::Step step(c, "pauseReconnect");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it13 = v.find("deviceId"); it13 != v.end()) {
      wire::Checker::Step step(c, "deviceId");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it15 = v.find("requestedRole"); it15 != v.end()) {
      wire::Checker::Step step(c, "requestedRole");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it17 = v.find("requestedScopes"); it17 != v.end()) {
      wire::Checker::Step step(c, "requestedScopes");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i19 = 0; i19 < v18.size(); ++i19) {
          wire::Checker::Step step(c, i19);
          const nlohmann::json& v20 = v18[i19];
          if (!(v20.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
  }
}

void CheckProtocolMismatchDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("code")) c.Fail("must have required property 'code'");
    if (!v.contains("clientMinProtocol")) c.Fail("must have required property 'clientMinProtocol'");
    if (!v.contains("clientMaxProtocol")) c.Fail("must have required property 'clientMaxProtocol'");
    if (!v.contains("expectedProtocol")) c.Fail("must have required property 'expectedProtocol'");
    if (!v.contains("minimumProbeProtocol")) c.Fail("must have required property 'minimumProbeProtocol'");
    if (auto it1 = v.find("code"); it1 != v.end()) {
      wire::Checker::Step step(c, "code");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("PROTOCOL_MISMATCH")) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("clientMinProtocol"); it3 != v.end()) {
      wire::Checker::Step step(c, "clientMinProtocol");
      const nlohmann::json& v4 = *it3;
      if (!(wire::IsInteger(v4))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it5 = v.find("clientMaxProtocol"); it5 != v.end()) {
      wire::Checker::Step step(c, "clientMaxProtocol");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it7 = v.find("expectedProtocol"); it7 != v.end()) {
      wire::Checker::Step step(c, "expectedProtocol");
      const nlohmann::json& v8 = *it7;
      if (!(wire::IsInteger(v8))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it9 = v.find("minimumProbeProtocol"); it9 != v.end()) {
      wire::Checker::Step step(c, "minimumProbeProtocol");
      const nlohmann::json& v10 = *it9;
      if (!(wire::IsInteger(v10))) {
        c.Fail("must be integer");
      } else {
      }
    }
  }
}

void CheckSessionChangedDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("reason")) c.Fail("must have required property 'reason'");
    if (auto it1 = v.find("reason"); it1 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("session-changed")) c.Fail("must be equal to constant");
      }
    }
  }
}

void CheckStartupDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("reason")) c.Fail("must have required property 'reason'");
    if (auto it1 = v.find("reason"); it1 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("startup-sidecars")) c.Fail("must be equal to constant");
      }
    }
  }
}

void CheckUnknownAgentIdDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("code")) c.Fail("must have required property 'code'");
    if (!v.contains("agentId")) c.Fail("must have required property 'agentId'");
    if (auto it1 = v.find("code"); it1 != v.end()) {
      wire::Checker::Step step(c, "code");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("UNKNOWN_AGENT_ID")) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("agentId"); it3 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

}  // namespace gateway::proto
