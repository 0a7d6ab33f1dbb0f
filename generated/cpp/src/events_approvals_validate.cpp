// Generated from protocol/events/approvals.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckExecApprovalRequestedEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("approvalKind")) c.Fail("must have required property 'approvalKind'");
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    if (!v.contains("request")) c.Fail("must have required property 'request'");
    if (!v.contains("createdAtMs")) c.Fail("must have required property 'createdAtMs'");
    if (!v.contains("expiresAtMs")) c.Fail("must have required property 'expiresAtMs'");
    if (auto it1 = v.find("approvalKind"); it1 != v.end()) {
      wire::Checker::Step step(c, "approvalKind");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (v2 != nlohmann::json("exec")) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("id"); it3 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("request"); it5 != v.end()) {
      wire::Checker::Step step(c, "request");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it7 = v.find("createdAtMs"); it7 != v.end()) {
      wire::Checker::Step step(c, "createdAtMs");
      const nlohmann::json& v8 = *it7;
      if (!(wire::IsInteger(v8))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it9 = v.find("expiresAtMs"); it9 != v.end()) {
      wire::Checker::Step step(c, "expiresAtMs");
      const nlohmann::json& v10 = *it9;
      if (!(wire::IsInteger(v10))) {
        c.Fail("must be integer");
      } else {
      }
    }
  }
}

void CheckExecApprovalResolvedEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    if (!v.contains("decision")) c.Fail("must have required property 'decision'");
    if (!v.contains("resolvedBy")) c.Fail("must have required property 'resolvedBy'");
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    if (!v.contains("request")) c.Fail("must have required property 'request'");
    if (auto it1 = v.find("id"); it1 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("decision"); it3 != v.end()) {
      wire::Checker::Step step(c, "decision");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("resolvedBy"); it5 != v.end()) {
      wire::Checker::Step step(c, "resolvedBy");
      const nlohmann::json& v6 = *it5;
      if (v6.is_null()) {
      } else if (!(v6.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it7 = v.find("ts"); it7 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v8 = *it7;
      if (!(wire::IsInteger(v8))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it9 = v.find("request"); it9 != v.end()) {
      wire::Checker::Step step(c, "request");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
  }
}

}  // namespace gateway::proto
