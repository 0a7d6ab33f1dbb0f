// Generated from protocol/events/sessions.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckSessionMessageEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("sessionKey")) c.Fail("must have required property 'sessionKey'");
    if (!v.contains("message")) c.Fail("must have required property 'message'");
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    if (auto it1 = v.find("sessionKey"); it1 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
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
    if (auto it5 = v.find("sessionId"); it5 != v.end()) {
      wire::Checker::Step step(c, "sessionId");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("messageId"); it7 != v.end()) {
      wire::Checker::Step step(c, "messageId");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("messageSeq"); it9 != v.end()) {
      wire::Checker::Step step(c, "messageSeq");
      const nlohmann::json& v10 = *it9;
      if (!(wire::IsInteger(v10))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it11 = v.find("message"); it11 != v.end()) {
      wire::Checker::Step step(c, "message");
      const nlohmann::json& v12 = *it11;
      CheckChatHistoryMessage(v12, c);
    }
    if (auto it13 = v.find("session"); it13 != v.end()) {
      wire::Checker::Step step(c, "session");
      const nlohmann::json& v14 = *it13;
      CheckSessionRow(v14, c);
    }
    if (auto it15 = v.find("ts"); it15 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v16 = *it15;
      if (!(wire::IsInteger(v16))) {
        c.Fail("must be integer");
      } else {
      }
    }
  }
}

void CheckSessionsChangedEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("reason")) c.Fail("must have required property 'reason'");
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    if (auto it1 = v.find("reason"); it1 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("sessionKey"); it3 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("agentId"); it5 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("sessionId"); it7 != v.end()) {
      wire::Checker::Step step(c, "sessionId");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("session"); it9 != v.end()) {
      wire::Checker::Step step(c, "session");
      const nlohmann::json& v10 = *it9;
      CheckSessionRow(v10, c);
    }
    if (auto it11 = v.find("catalogChanged"); it11 != v.end()) {
      wire::Checker::Step step(c, "catalogChanged");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it13 = v.find("compacted"); it13 != v.end()) {
      wire::Checker::Step step(c, "compacted");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it15 = v.find("ts"); it15 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v16 = *it15;
      if (!(wire::IsInteger(v16))) {
        c.Fail("must be integer");
      } else {
      }
    }
  }
}

}  // namespace gateway::proto
