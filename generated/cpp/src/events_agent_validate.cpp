// Generated from protocol/events/agent.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckAgentEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("runId")) c.Fail("must have required property 'runId'");
    if (!v.contains("seq")) c.Fail("must have required property 'seq'");
    if (!v.contains("stream")) c.Fail("must have required property 'stream'");
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    if (!v.contains("data")) c.Fail("must have required property 'data'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"runId", "seq", "stream", "ts", "data", "spawnedBy", "isHeartbeat", "sessionKey", "agentId", "sessionId"})) {
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
    if (auto it4 = v.find("seq"); it4 != v.end()) {
      wire::Checker::Step step(c, "seq");
      const nlohmann::json& v5 = *it4;
      if (!(wire::IsInteger(v5))) {
        c.Fail("must be integer");
      } else {
        const double x6 = v5.get<double>();
        if (x6 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it7 = v.find("stream"); it7 != v.end()) {
      wire::Checker::Step step(c, "stream");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("ts"); it9 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v10 = *it9;
      if (!(wire::IsInteger(v10))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it11 = v.find("data"); it11 != v.end()) {
      wire::Checker::Step step(c, "data");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_object())) {
        c.Fail("must be object");
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
    if (auto it15 = v.find("isHeartbeat"); it15 != v.end()) {
      wire::Checker::Step step(c, "isHeartbeat");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it17 = v.find("sessionKey"); it17 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it19 = v.find("agentId"); it19 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v20 = *it19;
      if (!(v20.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it21 = v.find("sessionId"); it21 != v.end()) {
      wire::Checker::Step step(c, "sessionId");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

}  // namespace gateway::proto
