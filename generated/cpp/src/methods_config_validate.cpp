// Generated from protocol/methods/config.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckConfigDeliveryContext(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"channel", "to", "accountId", "threadId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("channel"); it2 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("to"); it4 != v.end()) {
      wire::Checker::Step step(c, "to");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("accountId"); it6 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("threadId"); it8 != v.end()) {
      wire::Checker::Step step(c, "threadId");
      const nlohmann::json& v9 = *it8;
      if (v9.is_string()) {
        if (!(v9.is_string())) {
          c.Fail("must be string");
        } else {
        }
      } else if (v9.is_number()) {
        if (!(v9.is_number())) {
          c.Fail("must be number");
        } else {
        }
      } else {
        c.Fail("must match exactly one schema in oneOf");
      }
    }
  }
}

void CheckConfigApplyParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("raw")) c.Fail("must have required property 'raw'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"raw", "baseHash", "sessionKey", "deliveryContext", "note", "restartDelayMs"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("raw"); it2 != v.end()) {
      wire::Checker::Step step(c, "raw");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("baseHash"); it4 != v.end()) {
      wire::Checker::Step step(c, "baseHash");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
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
    if (auto it8 = v.find("deliveryContext"); it8 != v.end()) {
      wire::Checker::Step step(c, "deliveryContext");
      const nlohmann::json& v9 = *it8;
      CheckConfigDeliveryContext(v9, c);
    }
    if (auto it10 = v.find("note"); it10 != v.end()) {
      wire::Checker::Step step(c, "note");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("restartDelayMs"); it12 != v.end()) {
      wire::Checker::Step step(c, "restartDelayMs");
      const nlohmann::json& v13 = *it12;
      if (!(wire::IsInteger(v13))) {
        c.Fail("must be integer");
      } else {
        const double x14 = v13.get<double>();
        if (x14 < 0) c.Fail("must be >= 0");
      }
    }
  }
}

void CheckConfigRestartInfo(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("required")) c.Fail("must have required property 'required'");
    if (!v.contains("scheduled")) c.Fail("must have required property 'scheduled'");
    if (!v.contains("reason")) c.Fail("must have required property 'reason'");
    if (auto it1 = v.find("required"); it1 != v.end()) {
      wire::Checker::Step step(c, "required");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("scheduled"); it3 != v.end()) {
      wire::Checker::Step step(c, "scheduled");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it5 = v.find("reason"); it5 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckConfigRestartSentinel(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("persisted")) c.Fail("must have required property 'persisted'");
    if (!v.contains("payload")) c.Fail("must have required property 'payload'");
    if (auto it1 = v.find("persisted"); it1 != v.end()) {
      wire::Checker::Step step(c, "persisted");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckConfigApplyResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("config")) c.Fail("must have required property 'config'");
    if (!v.contains("restart")) c.Fail("must have required property 'restart'");
    if (!v.contains("sentinel")) c.Fail("must have required property 'sentinel'");
    if (auto it1 = v.find("ok"); it1 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v2 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("path"); it3 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("hash"); it5 != v.end()) {
      wire::Checker::Step step(c, "hash");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("restart"); it7 != v.end()) {
      wire::Checker::Step step(c, "restart");
      const nlohmann::json& v8 = *it7;
      CheckConfigRestartInfo(v8, c);
    }
    if (auto it9 = v.find("sentinel"); it9 != v.end()) {
      wire::Checker::Step step(c, "sentinel");
      const nlohmann::json& v10 = *it9;
      CheckConfigRestartSentinel(v10, c);
    }
  }
}

void CheckConfigGetParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
  }
}

void CheckConfigIssue(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("message")) c.Fail("must have required property 'message'");
    if (auto it1 = v.find("path"); it1 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("message"); it3 != v.end()) {
      wire::Checker::Step step(c, "message");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("line"); it5 != v.end()) {
      wire::Checker::Step step(c, "line");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it7 = v.find("column"); it7 != v.end()) {
      wire::Checker::Step step(c, "column");
      const nlohmann::json& v8 = *it7;
      if (!(wire::IsInteger(v8))) {
        c.Fail("must be integer");
      } else {
      }
    }
  }
}

void CheckConfigGetResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("exists")) c.Fail("must have required property 'exists'");
    if (!v.contains("valid")) c.Fail("must have required property 'valid'");
    if (!v.contains("raw")) c.Fail("must have required property 'raw'");
    if (!v.contains("parsed")) c.Fail("must have required property 'parsed'");
    if (!v.contains("config")) c.Fail("must have required property 'config'");
    if (!v.contains("resolved")) c.Fail("must have required property 'resolved'");
    if (!v.contains("sourceConfig")) c.Fail("must have required property 'sourceConfig'");
    if (!v.contains("runtimeConfig")) c.Fail("must have required property 'runtimeConfig'");
    if (!v.contains("issues")) c.Fail("must have required property 'issues'");
    if (!v.contains("warnings")) c.Fail("must have required property 'warnings'");
    if (!v.contains("legacyIssues")) c.Fail("must have required property 'legacyIssues'");
    if (!v.contains("hash")) c.Fail("must have required property 'hash'");
    if (!v.contains("configRevisionHash")) c.Fail("must have required property 'configRevisionHash'");
    if (!v.contains("appliedConfigHash")) c.Fail("must have required property 'appliedConfigHash'");
    if (auto it1 = v.find("path"); it1 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("exists"); it3 != v.end()) {
      wire::Checker::Step step(c, "exists");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it5 = v.find("valid"); it5 != v.end()) {
      wire::Checker::Step step(c, "valid");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it7 = v.find("raw"); it7 != v.end()) {
      wire::Checker::Step step(c, "raw");
      const nlohmann::json& v8 = *it7;
      if (v8.is_null()) {
      } else if (!(v8.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it9 = v.find("issues"); it9 != v.end()) {
      wire::Checker::Step step(c, "issues");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i11 = 0; i11 < v10.size(); ++i11) {
          wire::Checker::Step step(c, i11);
          const nlohmann::json& v12 = v10[i11];
          CheckConfigIssue(v12, c);
        }
      }
    }
    if (auto it13 = v.find("warnings"); it13 != v.end()) {
      wire::Checker::Step step(c, "warnings");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i15 = 0; i15 < v14.size(); ++i15) {
          wire::Checker::Step step(c, i15);
          const nlohmann::json& v16 = v14[i15];
          CheckConfigIssue(v16, c);
        }
      }
    }
    if (auto it17 = v.find("legacyIssues"); it17 != v.end()) {
      wire::Checker::Step step(c, "legacyIssues");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i19 = 0; i19 < v18.size(); ++i19) {
          wire::Checker::Step step(c, i19);
          const nlohmann::json& v20 = v18[i19];
          CheckConfigIssue(v20, c);
        }
      }
    }
    if (auto it21 = v.find("hash"); it21 != v.end()) {
      wire::Checker::Step step(c, "hash");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it23 = v.find("configRevisionHash"); it23 != v.end()) {
      wire::Checker::Step step(c, "configRevisionHash");
      const nlohmann::json& v24 = *it23;
      if (v24.is_null()) {
      } else if (!(v24.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it25 = v.find("appliedConfigHash"); it25 != v.end()) {
      wire::Checker::Step step(c, "appliedConfigHash");
      const nlohmann::json& v26 = *it25;
      if (v26.is_null()) {
      } else if (!(v26.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
  }
}

void CheckConfigPatchParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("raw")) c.Fail("must have required property 'raw'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"raw", "baseHash", "sessionKey", "deliveryContext", "note", "restartDelayMs", "replacePaths"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("raw"); it2 != v.end()) {
      wire::Checker::Step step(c, "raw");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("baseHash"); it4 != v.end()) {
      wire::Checker::Step step(c, "baseHash");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
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
    if (auto it8 = v.find("deliveryContext"); it8 != v.end()) {
      wire::Checker::Step step(c, "deliveryContext");
      const nlohmann::json& v9 = *it8;
      CheckConfigDeliveryContext(v9, c);
    }
    if (auto it10 = v.find("note"); it10 != v.end()) {
      wire::Checker::Step step(c, "note");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("restartDelayMs"); it12 != v.end()) {
      wire::Checker::Step step(c, "restartDelayMs");
      const nlohmann::json& v13 = *it12;
      if (!(wire::IsInteger(v13))) {
        c.Fail("must be integer");
      } else {
        const double x14 = v13.get<double>();
        if (x14 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it15 = v.find("replacePaths"); it15 != v.end()) {
      wire::Checker::Step step(c, "replacePaths");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_array())) {
        c.Fail("must be array");
      } else {
        if (v16.size() > 256) c.Fail("must not have more than 256 items");
        for (std::size_t i17 = 0; i17 < v16.size(); ++i17) {
          wire::Checker::Step step(c, i17);
          const nlohmann::json& v18 = v16[i17];
          if (!(v18.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
  }
}

void CheckConfigPatchResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("config")) c.Fail("must have required property 'config'");
    if (!v.contains("changedPaths")) c.Fail("must have required property 'changedPaths'");
    if (auto it1 = v.find("ok"); it1 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v2 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("noop"); it3 != v.end()) {
      wire::Checker::Step step(c, "noop");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it5 = v.find("path"); it5 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("hash"); it7 != v.end()) {
      wire::Checker::Step step(c, "hash");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("changedPaths"); it9 != v.end()) {
      wire::Checker::Step step(c, "changedPaths");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i11 = 0; i11 < v10.size(); ++i11) {
          wire::Checker::Step step(c, i11);
          const nlohmann::json& v12 = v10[i11];
          if (!(v12.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it13 = v.find("restart"); it13 != v.end()) {
      wire::Checker::Step step(c, "restart");
      const nlohmann::json& v14 = *it13;
      CheckConfigRestartInfo(v14, c);
    }
    if (auto it15 = v.find("sentinel"); it15 != v.end()) {
      wire::Checker::Step step(c, "sentinel");
      const nlohmann::json& v16 = *it15;
      CheckConfigRestartSentinel(v16, c);
    }
  }
}

void CheckConfigReloadKind(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"restart", "hot", "none"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckConfigSchemaChild(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("required")) c.Fail("must have required property 'required'");
    if (!v.contains("hasChildren")) c.Fail("must have required property 'hasChildren'");
    if (auto it1 = v.find("key"); it1 != v.end()) {
      wire::Checker::Step step(c, "key");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("path"); it3 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("type"); it5 != v.end()) {
      wire::Checker::Step step(c, "type");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("required"); it7 != v.end()) {
      wire::Checker::Step step(c, "required");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it9 = v.find("hasChildren"); it9 != v.end()) {
      wire::Checker::Step step(c, "hasChildren");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it11 = v.find("reloadKind"); it11 != v.end()) {
      wire::Checker::Step step(c, "reloadKind");
      const nlohmann::json& v12 = *it11;
      CheckConfigReloadKind(v12, c);
    }
    if (auto it13 = v.find("hint"); it13 != v.end()) {
      wire::Checker::Step step(c, "hint");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it15 = v.find("hintPath"); it15 != v.end()) {
      wire::Checker::Step step(c, "hintPath");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckConfigSchemaLookupParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"path"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("path"); it2 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 > 1024) c.Fail("must not have more than 1024 characters");
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
        static const wire::Pattern pattern6("^[A-Za-z0-9_./\\[\\]\\-*]+$");
        if (!pattern6.Matches(s4)) c.Fail("must match pattern \"^[A-Za-z0-9_./\\[\\]\\-*]+$\"");
      }
    }
  }
}

void CheckConfigSchemaLookupResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("schema")) c.Fail("must have required property 'schema'");
    if (!v.contains("children")) c.Fail("must have required property 'children'");
    if (auto it1 = v.find("path"); it1 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("reloadKind"); it3 != v.end()) {
      wire::Checker::Step step(c, "reloadKind");
      const nlohmann::json& v4 = *it3;
      CheckConfigReloadKind(v4, c);
    }
    if (auto it5 = v.find("hint"); it5 != v.end()) {
      wire::Checker::Step step(c, "hint");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("hintPath"); it7 != v.end()) {
      wire::Checker::Step step(c, "hintPath");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("children"); it9 != v.end()) {
      wire::Checker::Step step(c, "children");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i11 = 0; i11 < v10.size(); ++i11) {
          wire::Checker::Step step(c, i11);
          const nlohmann::json& v12 = v10[i11];
          CheckConfigSchemaChild(v12, c);
        }
      }
    }
  }
}

void CheckConfigSchemaParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
  }
}

void CheckConfigUiHint(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("label"); it1 != v.end()) {
      wire::Checker::Step step(c, "label");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("help"); it3 != v.end()) {
      wire::Checker::Step step(c, "help");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("docsUrl"); it5 != v.end()) {
      wire::Checker::Step step(c, "docsUrl");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("tags"); it7 != v.end()) {
      wire::Checker::Step step(c, "tags");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i9 = 0; i9 < v8.size(); ++i9) {
          wire::Checker::Step step(c, i9);
          const nlohmann::json& v10 = v8[i9];
          if (!(v10.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it11 = v.find("group"); it11 != v.end()) {
      wire::Checker::Step step(c, "group");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it13 = v.find("order"); it13 != v.end()) {
      wire::Checker::Step step(c, "order");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_number())) {
        c.Fail("must be number");
      } else {
      }
    }
    if (auto it15 = v.find("advanced"); it15 != v.end()) {
      wire::Checker::Step step(c, "advanced");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it17 = v.find("sensitive"); it17 != v.end()) {
      wire::Checker::Step step(c, "sensitive");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it19 = v.find("placeholder"); it19 != v.end()) {
      wire::Checker::Step step(c, "placeholder");
      const nlohmann::json& v20 = *it19;
      if (!(v20.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it21 = v.find("presentation"); it21 != v.end()) {
      wire::Checker::Step step(c, "presentation");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckConfigSchemaResponse(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("schema")) c.Fail("must have required property 'schema'");
    if (!v.contains("uiHints")) c.Fail("must have required property 'uiHints'");
    if (!v.contains("version")) c.Fail("must have required property 'version'");
    if (!v.contains("generatedAt")) c.Fail("must have required property 'generatedAt'");
    if (auto it1 = v.find("uiHints"); it1 != v.end()) {
      wire::Checker::Step step(c, "uiHints");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry3 : v2.items()) {
          wire::Checker::Step step(c, entry3.key());
          const nlohmann::json& v4 = entry3.value();
          CheckConfigUiHint(v4, c);
        }
      }
    }
    if (auto it5 = v.find("version"); it5 != v.end()) {
      wire::Checker::Step step(c, "version");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("generatedAt"); it7 != v.end()) {
      wire::Checker::Step step(c, "generatedAt");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckConfigSetParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("raw")) c.Fail("must have required property 'raw'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"raw", "baseHash"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("raw"); it2 != v.end()) {
      wire::Checker::Step step(c, "raw");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("baseHash"); it4 != v.end()) {
      wire::Checker::Step step(c, "baseHash");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckConfigSetResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("config")) c.Fail("must have required property 'config'");
    if (auto it1 = v.find("ok"); it1 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v2 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("path"); it3 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("hash"); it5 != v.end()) {
      wire::Checker::Step step(c, "hash");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

}  // namespace gateway::proto
