// Generated from protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckToolsInvokeParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("name")) c.Fail("must have required property 'name'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"name", "args", "sessionKey", "agentId", "confirm", "idempotencyKey", "conversationReadOrigin"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("name"); it2 != v.end()) {
      wire::Checker::Step step(c, "name");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("args"); it4 != v.end()) {
      wire::Checker::Step step(c, "args");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it6 = v.find("sessionKey"); it6 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("agentId"); it8 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("confirm"); it10 != v.end()) {
      wire::Checker::Step step(c, "confirm");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it12 = v.find("idempotencyKey"); it12 != v.end()) {
      wire::Checker::Step step(c, "idempotencyKey");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("conversationReadOrigin"); it14 != v.end()) {
      wire::Checker::Step step(c, "conversationReadOrigin");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v15.get_ref<const std::string&>(), {"direct-operator"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
  }
}

void CheckToolsInvokeResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("toolName")) c.Fail("must have required property 'toolName'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"ok", "toolName", "output", "source", "requiresApproval", "error"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("ok"); it2 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it4 = v.find("toolName"); it4 != v.end()) {
      wire::Checker::Step step(c, "toolName");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("source"); it6 != v.end()) {
      wire::Checker::Step step(c, "source");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("requiresApproval"); it8 != v.end()) {
      wire::Checker::Step step(c, "requiresApproval");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v9 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
    if (auto it10 = v.find("error"); it10 != v.end()) {
      wire::Checker::Step step(c, "error");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v11.contains("code")) c.Fail("must have required property 'code'");
        if (!v11.contains("message")) c.Fail("must have required property 'message'");
        for (const auto& entry12 : v11.items()) {
          if (!wire::IsOneOf(entry12.key(), {"code", "message"})) {
            c.Fail("unexpected property '" + entry12.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it13 = v11.find("code"); it13 != v11.end()) {
          wire::Checker::Step step(c, "code");
          const nlohmann::json& v14 = *it13;
          if (!(v14.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v14.get_ref<const std::string&>(), {"requires_approval", "validation_error", "not_found", "forbidden", "internal_error"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it15 = v11.find("message"); it15 != v11.end()) {
          wire::Checker::Step step(c, "message");
          const nlohmann::json& v16 = *it15;
          if (!(v16.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
  }
}

}  // namespace gateway::proto
