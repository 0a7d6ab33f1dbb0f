// Generated from protocol/events/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckChatEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!v.is_object()) {
    c.Fail("must be object");
  } else if (!v.contains("state")) {
    c.Fail("must have required property 'state'");
  } else if (v["state"] == "status") {
    if (!(v.is_object())) {
      c.Fail("must be object");
    } else {
      if (!v.contains("runId")) c.Fail("must have required property 'runId'");
      if (!v.contains("sessionKey")) c.Fail("must have required property 'sessionKey'");
      if (!v.contains("seq")) c.Fail("must have required property 'seq'");
      if (!v.contains("state")) c.Fail("must have required property 'state'");
      if (!v.contains("phase")) c.Fail("must have required property 'phase'");
      for (const auto& entry1 : v.items()) {
        if (!wire::IsOneOf(entry1.key(), {"runId", "sessionKey", "seq", "state", "agentId", "spawnedBy", "phase", "retry"})) {
          c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
        }
      }
      if (auto it2 = v.find("runId"); it2 != v.end()) {
        wire::Checker::Step step(c, "runId");
        const nlohmann::json& v3 = *it2;
        if (!(v3.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it4 = v.find("sessionKey"); it4 != v.end()) {
        wire::Checker::Step step(c, "sessionKey");
        const nlohmann::json& v5 = *it4;
        if (!(v5.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it6 = v.find("seq"); it6 != v.end()) {
        wire::Checker::Step step(c, "seq");
        const nlohmann::json& v7 = *it6;
        if (!(wire::IsInteger(v7))) {
          c.Fail("must be integer");
        } else {
          const double x8 = v7.get<double>();
          if (x8 < 0) c.Fail("must be >= 0");
        }
      }
      if (auto it9 = v.find("state"); it9 != v.end()) {
        wire::Checker::Step step(c, "state");
        const nlohmann::json& v10 = *it9;
        if (!(v10.is_string())) {
          c.Fail("must be string");
        } else {
          if (v10 != nlohmann::json("status")) c.Fail("must be equal to constant");
        }
      }
      if (auto it11 = v.find("agentId"); it11 != v.end()) {
        wire::Checker::Step step(c, "agentId");
        const nlohmann::json& v12 = *it11;
        if (!(v12.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it13 = v.find("spawnedBy"); it13 != v.end()) {
        wire::Checker::Step step(c, "spawnedBy");
        const nlohmann::json& v14 = *it13;
        if (!(v14.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it15 = v.find("phase"); it15 != v.end()) {
        wire::Checker::Step step(c, "phase");
        const nlohmann::json& v16 = *it15;
        if (!(v16.is_string())) {
          c.Fail("must be string");
        } else {
          if (!wire::IsOneOf(v16.get_ref<const std::string&>(), {"preparing_workspace", "naming_worktree", "creating_worktree", "running_setup", "provisioning_environment", "preparing_context", "starting_model"})) {
            c.Fail("must be equal to one of the allowed values");
          }
        }
      }
    }
  } else if (v["state"] == "delta") {
    if (!(v.is_object())) {
      c.Fail("must be object");
    } else {
      if (!v.contains("runId")) c.Fail("must have required property 'runId'");
      if (!v.contains("sessionKey")) c.Fail("must have required property 'sessionKey'");
      if (!v.contains("seq")) c.Fail("must have required property 'seq'");
      if (!v.contains("state")) c.Fail("must have required property 'state'");
      if (!v.contains("deltaText")) c.Fail("must have required property 'deltaText'");
      for (const auto& entry17 : v.items()) {
        if (!wire::IsOneOf(entry17.key(), {"runId", "sessionKey", "seq", "state", "agentId", "spawnedBy", "deltaText", "replace", "message", "usage"})) {
          c.Fail("unexpected property '" + entry17.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
        }
      }
      if (auto it18 = v.find("runId"); it18 != v.end()) {
        wire::Checker::Step step(c, "runId");
        const nlohmann::json& v19 = *it18;
        if (!(v19.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it20 = v.find("sessionKey"); it20 != v.end()) {
        wire::Checker::Step step(c, "sessionKey");
        const nlohmann::json& v21 = *it20;
        if (!(v21.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it22 = v.find("seq"); it22 != v.end()) {
        wire::Checker::Step step(c, "seq");
        const nlohmann::json& v23 = *it22;
        if (!(wire::IsInteger(v23))) {
          c.Fail("must be integer");
        } else {
          const double x24 = v23.get<double>();
          if (x24 < 0) c.Fail("must be >= 0");
        }
      }
      if (auto it25 = v.find("state"); it25 != v.end()) {
        wire::Checker::Step step(c, "state");
        const nlohmann::json& v26 = *it25;
        if (!(v26.is_string())) {
          c.Fail("must be string");
        } else {
          if (v26 != nlohmann::json("delta")) c.Fail("must be equal to constant");
        }
      }
      if (auto it27 = v.find("agentId"); it27 != v.end()) {
        wire::Checker::Step step(c, "agentId");
        const nlohmann::json& v28 = *it27;
        if (!(v28.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it29 = v.find("spawnedBy"); it29 != v.end()) {
        wire::Checker::Step step(c, "spawnedBy");
        const nlohmann::json& v30 = *it29;
        if (!(v30.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it31 = v.find("deltaText"); it31 != v.end()) {
        wire::Checker::Step step(c, "deltaText");
        const nlohmann::json& v32 = *it31;
        if (!(v32.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it33 = v.find("replace"); it33 != v.end()) {
        wire::Checker::Step step(c, "replace");
        const nlohmann::json& v34 = *it33;
        if (!(v34.is_boolean())) {
          c.Fail("must be boolean");
        } else {
          if (v34 != nlohmann::json(true)) c.Fail("must be equal to constant");
        }
      }
    }
  } else if (v["state"] == "final") {
    if (!(v.is_object())) {
      c.Fail("must be object");
    } else {
      if (!v.contains("runId")) c.Fail("must have required property 'runId'");
      if (!v.contains("sessionKey")) c.Fail("must have required property 'sessionKey'");
      if (!v.contains("seq")) c.Fail("must have required property 'seq'");
      if (!v.contains("state")) c.Fail("must have required property 'state'");
      for (const auto& entry35 : v.items()) {
        if (!wire::IsOneOf(entry35.key(), {"runId", "sessionKey", "seq", "state", "agentId", "spawnedBy", "message", "usage", "stopReason", "yielded"})) {
          c.Fail("unexpected property '" + entry35.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
        }
      }
      if (auto it36 = v.find("runId"); it36 != v.end()) {
        wire::Checker::Step step(c, "runId");
        const nlohmann::json& v37 = *it36;
        if (!(v37.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it38 = v.find("sessionKey"); it38 != v.end()) {
        wire::Checker::Step step(c, "sessionKey");
        const nlohmann::json& v39 = *it38;
        if (!(v39.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it40 = v.find("seq"); it40 != v.end()) {
        wire::Checker::Step step(c, "seq");
        const nlohmann::json& v41 = *it40;
        if (!(wire::IsInteger(v41))) {
          c.Fail("must be integer");
        } else {
          const double x42 = v41.get<double>();
          if (x42 < 0) c.Fail("must be >= 0");
        }
      }
      if (auto it43 = v.find("state"); it43 != v.end()) {
        wire::Checker::Step step(c, "state");
        const nlohmann::json& v44 = *it43;
        if (!(v44.is_string())) {
          c.Fail("must be string");
        } else {
          if (v44 != nlohmann::json("final")) c.Fail("must be equal to constant");
        }
      }
      if (auto it45 = v.find("agentId"); it45 != v.end()) {
        wire::Checker::Step step(c, "agentId");
        const nlohmann::json& v46 = *it45;
        if (!(v46.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it47 = v.find("spawnedBy"); it47 != v.end()) {
        wire::Checker::Step step(c, "spawnedBy");
        const nlohmann::json& v48 = *it47;
        if (!(v48.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it49 = v.find("stopReason"); it49 != v.end()) {
        wire::Checker::Step step(c, "stopReason");
        const nlohmann::json& v50 = *it49;
        if (!(v50.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it51 = v.find("yielded"); it51 != v.end()) {
        wire::Checker::Step step(c, "yielded");
        const nlohmann::json& v52 = *it51;
        if (!(v52.is_boolean())) {
          c.Fail("must be boolean");
        } else {
          if (v52 != nlohmann::json(true)) c.Fail("must be equal to constant");
        }
      }
    }
  } else if (v["state"] == "aborted") {
    if (!(v.is_object())) {
      c.Fail("must be object");
    } else {
      if (!v.contains("runId")) c.Fail("must have required property 'runId'");
      if (!v.contains("sessionKey")) c.Fail("must have required property 'sessionKey'");
      if (!v.contains("seq")) c.Fail("must have required property 'seq'");
      if (!v.contains("state")) c.Fail("must have required property 'state'");
      for (const auto& entry53 : v.items()) {
        if (!wire::IsOneOf(entry53.key(), {"runId", "sessionKey", "seq", "state", "agentId", "spawnedBy", "message", "errorMessage", "stopReason"})) {
          c.Fail("unexpected property '" + entry53.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
        }
      }
      if (auto it54 = v.find("runId"); it54 != v.end()) {
        wire::Checker::Step step(c, "runId");
        const nlohmann::json& v55 = *it54;
        if (!(v55.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it56 = v.find("sessionKey"); it56 != v.end()) {
        wire::Checker::Step step(c, "sessionKey");
        const nlohmann::json& v57 = *it56;
        if (!(v57.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it58 = v.find("seq"); it58 != v.end()) {
        wire::Checker::Step step(c, "seq");
        const nlohmann::json& v59 = *it58;
        if (!(wire::IsInteger(v59))) {
          c.Fail("must be integer");
        } else {
          const double x60 = v59.get<double>();
          if (x60 < 0) c.Fail("must be >= 0");
        }
      }
      if (auto it61 = v.find("state"); it61 != v.end()) {
        wire::Checker::Step step(c, "state");
        const nlohmann::json& v62 = *it61;
        if (!(v62.is_string())) {
          c.Fail("must be string");
        } else {
          if (v62 != nlohmann::json("aborted")) c.Fail("must be equal to constant");
        }
      }
      if (auto it63 = v.find("agentId"); it63 != v.end()) {
        wire::Checker::Step step(c, "agentId");
        const nlohmann::json& v64 = *it63;
        if (!(v64.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it65 = v.find("spawnedBy"); it65 != v.end()) {
        wire::Checker::Step step(c, "spawnedBy");
        const nlohmann::json& v66 = *it65;
        if (!(v66.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it67 = v.find("errorMessage"); it67 != v.end()) {
        wire::Checker::Step step(c, "errorMessage");
        const nlohmann::json& v68 = *it67;
        if (!(v68.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it69 = v.find("stopReason"); it69 != v.end()) {
        wire::Checker::Step step(c, "stopReason");
        const nlohmann::json& v70 = *it69;
        if (!(v70.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
    }
  } else if (v["state"] == "error") {
    if (!(v.is_object())) {
      c.Fail("must be object");
    } else {
      if (!v.contains("runId")) c.Fail("must have required property 'runId'");
      if (!v.contains("sessionKey")) c.Fail("must have required property 'sessionKey'");
      if (!v.contains("seq")) c.Fail("must have required property 'seq'");
      if (!v.contains("state")) c.Fail("must have required property 'state'");
      for (const auto& entry71 : v.items()) {
        if (!wire::IsOneOf(entry71.key(), {"runId", "sessionKey", "seq", "state", "agentId", "spawnedBy", "message", "errorMessage", "errorKind", "errorDetail", "usage", "stopReason"})) {
          c.Fail("unexpected property '" + entry71.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
        }
      }
      if (auto it72 = v.find("runId"); it72 != v.end()) {
        wire::Checker::Step step(c, "runId");
        const nlohmann::json& v73 = *it72;
        if (!(v73.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it74 = v.find("sessionKey"); it74 != v.end()) {
        wire::Checker::Step step(c, "sessionKey");
        const nlohmann::json& v75 = *it74;
        if (!(v75.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it76 = v.find("seq"); it76 != v.end()) {
        wire::Checker::Step step(c, "seq");
        const nlohmann::json& v77 = *it76;
        if (!(wire::IsInteger(v77))) {
          c.Fail("must be integer");
        } else {
          const double x78 = v77.get<double>();
          if (x78 < 0) c.Fail("must be >= 0");
        }
      }
      if (auto it79 = v.find("state"); it79 != v.end()) {
        wire::Checker::Step step(c, "state");
        const nlohmann::json& v80 = *it79;
        if (!(v80.is_string())) {
          c.Fail("must be string");
        } else {
          if (v80 != nlohmann::json("error")) c.Fail("must be equal to constant");
        }
      }
      if (auto it81 = v.find("agentId"); it81 != v.end()) {
        wire::Checker::Step step(c, "agentId");
        const nlohmann::json& v82 = *it81;
        if (!(v82.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it83 = v.find("spawnedBy"); it83 != v.end()) {
        wire::Checker::Step step(c, "spawnedBy");
        const nlohmann::json& v84 = *it83;
        if (!(v84.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it85 = v.find("errorMessage"); it85 != v.end()) {
        wire::Checker::Step step(c, "errorMessage");
        const nlohmann::json& v86 = *it85;
        if (!(v86.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
      if (auto it87 = v.find("errorKind"); it87 != v.end()) {
        wire::Checker::Step step(c, "errorKind");
        const nlohmann::json& v88 = *it87;
        if (!(v88.is_string())) {
          c.Fail("must be string");
        } else {
          if (!wire::IsOneOf(v88.get_ref<const std::string&>(), {"refusal", "timeout", "rate_limit", "context_length", "unknown"})) {
            c.Fail("must be equal to one of the allowed values");
          }
        }
      }
      if (auto it89 = v.find("stopReason"); it89 != v.end()) {
        wire::Checker::Step step(c, "stopReason");
        const nlohmann::json& v90 = *it89;
        if (!(v90.is_string())) {
          c.Fail("must be string");
        } else {
        }
      }
    }
  } else {
    wire::Checker::Step step(c, "state");
    c.Fail("must be equal to one of the allowed values");
  }
}

}  // namespace gateway::proto
