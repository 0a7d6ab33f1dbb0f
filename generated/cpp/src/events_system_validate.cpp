// Generated from protocol/events/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckHeartbeatEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    if (!v.contains("status")) c.Fail("must have required property 'status'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"ts", "status", "reason", "durationMs", "to", "preview", "hasMedia", "channel", "accountId", "indicatorType", "silent"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("ts"); it2 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v3 = *it2;
      if (!(wire::IsInteger(v3))) {
        c.Fail("must be integer");
      } else {
        const double x4 = v3.get<double>();
        if (x4 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it5 = v.find("status"); it5 != v.end()) {
      wire::Checker::Step step(c, "status");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v6.get_ref<const std::string&>(), {"sent", "ok-empty", "ok-token", "skipped", "failed"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it7 = v.find("reason"); it7 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("durationMs"); it9 != v.end()) {
      wire::Checker::Step step(c, "durationMs");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_number())) {
        c.Fail("must be number");
      } else {
        const double x11 = v10.get<double>();
        if (x11 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it12 = v.find("to"); it12 != v.end()) {
      wire::Checker::Step step(c, "to");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("preview"); it14 != v.end()) {
      wire::Checker::Step step(c, "preview");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it16 = v.find("hasMedia"); it16 != v.end()) {
      wire::Checker::Step step(c, "hasMedia");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it18 = v.find("channel"); it18 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it20 = v.find("accountId"); it20 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v21 = *it20;
      if (!(v21.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it22 = v.find("indicatorType"); it22 != v.end()) {
      wire::Checker::Step step(c, "indicatorType");
      const nlohmann::json& v23 = *it22;
      if (!(v23.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v23.get_ref<const std::string&>(), {"ok", "alert", "error"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it24 = v.find("silent"); it24 != v.end()) {
      wire::Checker::Step step(c, "silent");
      const nlohmann::json& v25 = *it24;
      if (!(v25.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckPresenceEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("presence")) c.Fail("must have required property 'presence'");
    if (auto it1 = v.find("presence"); it1 != v.end()) {
      wire::Checker::Step step(c, "presence");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i3 = 0; i3 < v2.size(); ++i3) {
          wire::Checker::Step step(c, i3);
          const nlohmann::json& v4 = v2[i3];
          CheckPresenceEntry(v4, c);
        }
      }
    }
  }
}

}  // namespace gateway::proto
