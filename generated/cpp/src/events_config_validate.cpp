// Generated from protocol/events/config.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckConfigChangedEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("hash")) c.Fail("must have required property 'hash'");
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    if (auto it1 = v.find("path"); it1 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("hash"); it3 != v.end()) {
      wire::Checker::Step step(c, "hash");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("ts"); it5 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
      }
    }
  }
}

}  // namespace gateway::proto
