// Generated from protocol/config/openclaw.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckAgentModelEntryConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("alias"); it1 != v.end()) {
      wire::Checker::Step step(c, "alias");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("params"); it3 != v.end()) {
      wire::Checker::Step step(c, "params");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
  }
}

void CheckStringList(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_array())) {
    c.Fail("must be array");
  } else {
    for (std::size_t i1 = 0; i1 < v.size(); ++i1) {
      wire::Checker::Step step(c, i1);
      const nlohmann::json& v2 = v[i1];
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckAgentModelConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("primary"); it1 != v.end()) {
      wire::Checker::Step step(c, "primary");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("fallbacks"); it3 != v.end()) {
      wire::Checker::Step step(c, "fallbacks");
      const nlohmann::json& v4 = *it3;
      CheckStringList(v4, c);
    }
  }
}

void CheckAgentModelSelection(const nlohmann::json& v, wire::Checker& c) {
  if (v.is_string()) {
    if (!(v.is_string())) {
      c.Fail("must be string");
    } else {
    }
  } else if (v.is_object()) {
    CheckAgentModelConfig(v, c);
  } else {
    c.Fail("must match exactly one schema in oneOf");
  }
}

void CheckAgentSandboxConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("mode"); it1 != v.end()) {
      wire::Checker::Step step(c, "mode");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v2.get_ref<const std::string&>(), {"off", "non-main", "all"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it3 = v.find("scope"); it3 != v.end()) {
      wire::Checker::Step step(c, "scope");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v4.get_ref<const std::string&>(), {"session", "agent", "shared"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it5 = v.find("workspaceAccess"); it5 != v.end()) {
      wire::Checker::Step step(c, "workspaceAccess");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v6.get_ref<const std::string&>(), {"none", "ro", "rw"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it7 = v.find("docker"); it7 != v.end()) {
      wire::Checker::Step step(c, "docker");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
  }
}

void CheckDurationString(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    const std::string& s1 = v.get_ref<const std::string&>();
    static const wire::Pattern pattern2("^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)?$");
    if (!pattern2.Matches(s1)) c.Fail("must match pattern \"^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d|w)?$\"");
  }
}

void CheckHeartbeatConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"every", "target", "directPolicy", "prompt", "model", "session", "to", "accountId", "activeHours", "timeoutSeconds", "lightContext", "isolatedSession", "agentId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("every"); it2 != v.end()) {
      wire::Checker::Step step(c, "every");
      const nlohmann::json& v3 = *it2;
      CheckDurationString(v3, c);
    }
    if (auto it4 = v.find("target"); it4 != v.end()) {
      wire::Checker::Step step(c, "target");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("directPolicy"); it6 != v.end()) {
      wire::Checker::Step step(c, "directPolicy");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v7.get_ref<const std::string&>(), {"allow", "block"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it8 = v.find("prompt"); it8 != v.end()) {
      wire::Checker::Step step(c, "prompt");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("model"); it10 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("session"); it12 != v.end()) {
      wire::Checker::Step step(c, "session");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("to"); it14 != v.end()) {
      wire::Checker::Step step(c, "to");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it16 = v.find("accountId"); it16 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it18 = v.find("activeHours"); it18 != v.end()) {
      wire::Checker::Step step(c, "activeHours");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry20 : v19.items()) {
          if (!wire::IsOneOf(entry20.key(), {"start", "end", "timezone"})) {
            c.Fail("unexpected property '" + entry20.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it21 = v19.find("start"); it21 != v19.end()) {
          wire::Checker::Step step(c, "start");
          const nlohmann::json& v22 = *it21;
          if (!(v22.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s23 = v22.get_ref<const std::string&>();
            static const wire::Pattern pattern24("^([01][0-9]|2[0-3]):[0-5][0-9]$");
            if (!pattern24.Matches(s23)) c.Fail("must match pattern \"^([01][0-9]|2[0-3]):[0-5][0-9]$\"");
          }
        }
        if (auto it25 = v19.find("end"); it25 != v19.end()) {
          wire::Checker::Step step(c, "end");
          const nlohmann::json& v26 = *it25;
          if (!(v26.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s27 = v26.get_ref<const std::string&>();
            static const wire::Pattern pattern28("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$");
            if (!pattern28.Matches(s27)) c.Fail("must match pattern \"^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$\"");
          }
        }
        if (auto it29 = v19.find("timezone"); it29 != v19.end()) {
          wire::Checker::Step step(c, "timezone");
          const nlohmann::json& v30 = *it29;
          if (!(v30.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it31 = v.find("timeoutSeconds"); it31 != v.end()) {
      wire::Checker::Step step(c, "timeoutSeconds");
      const nlohmann::json& v32 = *it31;
      if (!(wire::IsInteger(v32))) {
        c.Fail("must be integer");
      } else {
        const double x33 = v32.get<double>();
        if (x33 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it34 = v.find("lightContext"); it34 != v.end()) {
      wire::Checker::Step step(c, "lightContext");
      const nlohmann::json& v35 = *it34;
      if (!(v35.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it36 = v.find("isolatedSession"); it36 != v.end()) {
      wire::Checker::Step step(c, "isolatedSession");
      const nlohmann::json& v37 = *it36;
      if (!(v37.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it38 = v.find("agentId"); it38 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v39 = *it38;
      if (!(v39.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckAgentDefaultsConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("workspace"); it1 != v.end()) {
      wire::Checker::Step step(c, "workspace");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("cwd"); it3 != v.end()) {
      wire::Checker::Step step(c, "cwd");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("repoRoot"); it5 != v.end()) {
      wire::Checker::Step step(c, "repoRoot");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("model"); it7 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v8 = *it7;
      CheckAgentModelSelection(v8, c);
    }
    if (auto it9 = v.find("models"); it9 != v.end()) {
      wire::Checker::Step step(c, "models");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry11 : v10.items()) {
          wire::Checker::Step step(c, entry11.key());
          const nlohmann::json& v12 = entry11.value();
          CheckAgentModelEntryConfig(v12, c);
        }
      }
    }
    if (auto it13 = v.find("modelPolicy"); it13 != v.end()) {
      wire::Checker::Step step(c, "modelPolicy");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it15 = v14.find("allow"); it15 != v14.end()) {
          wire::Checker::Step step(c, "allow");
          const nlohmann::json& v16 = *it15;
          CheckStringList(v16, c);
        }
      }
    }
    if (auto it17 = v.find("utilityModel"); it17 != v.end()) {
      wire::Checker::Step step(c, "utilityModel");
      const nlohmann::json& v18 = *it17;
      CheckAgentModelSelection(v18, c);
    }
    if (auto it19 = v.find("imageModel"); it19 != v.end()) {
      wire::Checker::Step step(c, "imageModel");
      const nlohmann::json& v20 = *it19;
      CheckAgentModelSelection(v20, c);
    }
    if (auto it21 = v.find("pdfModel"); it21 != v.end()) {
      wire::Checker::Step step(c, "pdfModel");
      const nlohmann::json& v22 = *it21;
      CheckAgentModelSelection(v22, c);
    }
    if (auto it23 = v.find("mediaModels"); it23 != v.end()) {
      wire::Checker::Step step(c, "mediaModels");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it25 = v24.find("image"); it25 != v24.end()) {
          wire::Checker::Step step(c, "image");
          const nlohmann::json& v26 = *it25;
          CheckAgentModelSelection(v26, c);
        }
        if (auto it27 = v24.find("video"); it27 != v24.end()) {
          wire::Checker::Step step(c, "video");
          const nlohmann::json& v28 = *it27;
          CheckAgentModelSelection(v28, c);
        }
        if (auto it29 = v24.find("music"); it29 != v24.end()) {
          wire::Checker::Step step(c, "music");
          const nlohmann::json& v30 = *it29;
          CheckAgentModelSelection(v30, c);
        }
      }
    }
    if (auto it31 = v.find("thinkingDefault"); it31 != v.end()) {
      wire::Checker::Step step(c, "thinkingDefault");
      const nlohmann::json& v32 = *it31;
      if (!(v32.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it33 = v.find("fastModeDefault"); it33 != v.end()) {
      wire::Checker::Step step(c, "fastModeDefault");
      const nlohmann::json& v34 = *it33;
      if (v34.is_boolean()) {
        if (!(v34.is_boolean())) {
          c.Fail("must be boolean");
        } else {
        }
      } else if (v34.is_string()) {
        if (!(v34.is_string())) {
          c.Fail("must be string");
        } else {
        }
      } else {
        c.Fail("must match exactly one schema in oneOf");
      }
    }
    if (auto it35 = v.find("verboseDefault"); it35 != v.end()) {
      wire::Checker::Step step(c, "verboseDefault");
      const nlohmann::json& v36 = *it35;
      if (!(v36.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v36.get_ref<const std::string&>(), {"off", "on", "full"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it37 = v.find("reasoningDefault"); it37 != v.end()) {
      wire::Checker::Step step(c, "reasoningDefault");
      const nlohmann::json& v38 = *it37;
      if (!(v38.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it39 = v.find("elevatedDefault"); it39 != v.end()) {
      wire::Checker::Step step(c, "elevatedDefault");
      const nlohmann::json& v40 = *it39;
      if (!(v40.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it41 = v.find("timeoutSeconds"); it41 != v.end()) {
      wire::Checker::Step step(c, "timeoutSeconds");
      const nlohmann::json& v42 = *it41;
      if (!(wire::IsInteger(v42))) {
        c.Fail("must be integer");
      } else {
        const double x43 = v42.get<double>();
        if (x43 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it44 = v.find("mediaMaxMb"); it44 != v.end()) {
      wire::Checker::Step step(c, "mediaMaxMb");
      const nlohmann::json& v45 = *it44;
      if (!(v45.is_number())) {
        c.Fail("must be number");
      } else {
        const double x46 = v45.get<double>();
        if (x46 <= 0) c.Fail("must be > 0");
      }
    }
    if (auto it47 = v.find("maxConcurrent"); it47 != v.end()) {
      wire::Checker::Step step(c, "maxConcurrent");
      const nlohmann::json& v48 = *it47;
      if (!(wire::IsInteger(v48))) {
        c.Fail("must be integer");
      } else {
        const double x49 = v48.get<double>();
        if (x49 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it50 = v.find("heartbeat"); it50 != v.end()) {
      wire::Checker::Step step(c, "heartbeat");
      const nlohmann::json& v51 = *it50;
      CheckHeartbeatConfig(v51, c);
    }
    if (auto it52 = v.find("systemAgent"); it52 != v.end()) {
      wire::Checker::Step step(c, "systemAgent");
      const nlohmann::json& v53 = *it52;
      if (!(v53.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it54 = v53.find("agentId"); it54 != v53.end()) {
          wire::Checker::Step step(c, "agentId");
          const nlohmann::json& v55 = *it54;
          if (!(v55.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it56 = v.find("compaction"); it56 != v.end()) {
      wire::Checker::Step step(c, "compaction");
      const nlohmann::json& v57 = *it56;
      if (!(v57.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it58 = v.find("contextPruning"); it58 != v.end()) {
      wire::Checker::Step step(c, "contextPruning");
      const nlohmann::json& v59 = *it58;
      if (!(v59.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it60 = v.find("sandbox"); it60 != v.end()) {
      wire::Checker::Step step(c, "sandbox");
      const nlohmann::json& v61 = *it60;
      CheckAgentSandboxConfig(v61, c);
    }
  }
}

void CheckIdentityConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("name"); it1 != v.end()) {
      wire::Checker::Step step(c, "name");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("theme"); it3 != v.end()) {
      wire::Checker::Step step(c, "theme");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("emoji"); it5 != v.end()) {
      wire::Checker::Step step(c, "emoji");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("avatar"); it7 != v.end()) {
      wire::Checker::Step step(c, "avatar");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckToolProfile(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"minimal", "coding", "messaging", "full"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckToolPolicyConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("profile"); it1 != v.end()) {
      wire::Checker::Step step(c, "profile");
      const nlohmann::json& v2 = *it1;
      CheckToolProfile(v2, c);
    }
    if (auto it3 = v.find("allow"); it3 != v.end()) {
      wire::Checker::Step step(c, "allow");
      const nlohmann::json& v4 = *it3;
      CheckStringList(v4, c);
    }
    if (auto it5 = v.find("alsoAllow"); it5 != v.end()) {
      wire::Checker::Step step(c, "alsoAllow");
      const nlohmann::json& v6 = *it5;
      CheckStringList(v6, c);
    }
    if (auto it7 = v.find("deny"); it7 != v.end()) {
      wire::Checker::Step step(c, "deny");
      const nlohmann::json& v8 = *it7;
      CheckStringList(v8, c);
    }
  }
}

void CheckToolsConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("profile"); it1 != v.end()) {
      wire::Checker::Step step(c, "profile");
      const nlohmann::json& v2 = *it1;
      CheckToolProfile(v2, c);
    }
    if (auto it3 = v.find("allow"); it3 != v.end()) {
      wire::Checker::Step step(c, "allow");
      const nlohmann::json& v4 = *it3;
      CheckStringList(v4, c);
    }
    if (auto it5 = v.find("alsoAllow"); it5 != v.end()) {
      wire::Checker::Step step(c, "alsoAllow");
      const nlohmann::json& v6 = *it5;
      CheckStringList(v6, c);
    }
    if (auto it7 = v.find("deny"); it7 != v.end()) {
      wire::Checker::Step step(c, "deny");
      const nlohmann::json& v8 = *it7;
      CheckStringList(v8, c);
    }
    if (auto it9 = v.find("byProvider"); it9 != v.end()) {
      wire::Checker::Step step(c, "byProvider");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry11 : v10.items()) {
          wire::Checker::Step step(c, entry11.key());
          const nlohmann::json& v12 = entry11.value();
          CheckToolPolicyConfig(v12, c);
        }
      }
    }
    if (auto it13 = v.find("fs"); it13 != v.end()) {
      wire::Checker::Step step(c, "fs");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it15 = v14.find("workspaceOnly"); it15 != v14.end()) {
          wire::Checker::Step step(c, "workspaceOnly");
          const nlohmann::json& v16 = *it15;
          if (!(v16.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
    if (auto it17 = v.find("exec"); it17 != v.end()) {
      wire::Checker::Step step(c, "exec");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it19 = v18.find("host"); it19 != v18.end()) {
          wire::Checker::Step step(c, "host");
          const nlohmann::json& v20 = *it19;
          if (!(v20.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v20.get_ref<const std::string&>(), {"auto", "sandbox", "gateway", "node"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it21 = v18.find("mode"); it21 != v18.end()) {
          wire::Checker::Step step(c, "mode");
          const nlohmann::json& v22 = *it21;
          if (!(v22.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v22.get_ref<const std::string&>(), {"deny", "allowlist", "ask", "auto", "full"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it23 = v18.find("security"); it23 != v18.end()) {
          wire::Checker::Step step(c, "security");
          const nlohmann::json& v24 = *it23;
          if (!(v24.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v24.get_ref<const std::string&>(), {"deny", "allowlist", "full"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it25 = v18.find("ask"); it25 != v18.end()) {
          wire::Checker::Step step(c, "ask");
          const nlohmann::json& v26 = *it25;
          if (!(v26.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v26.get_ref<const std::string&>(), {"off", "on-miss", "always"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it27 = v18.find("node"); it27 != v18.end()) {
          wire::Checker::Step step(c, "node");
          const nlohmann::json& v28 = *it27;
          if (!(v28.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it29 = v18.find("pathPrepend"); it29 != v18.end()) {
          wire::Checker::Step step(c, "pathPrepend");
          const nlohmann::json& v30 = *it29;
          CheckStringList(v30, c);
        }
        if (auto it31 = v18.find("safeBins"); it31 != v18.end()) {
          wire::Checker::Step step(c, "safeBins");
          const nlohmann::json& v32 = *it31;
          CheckStringList(v32, c);
        }
        if (auto it33 = v18.find("safeBinTrustedDirs"); it33 != v18.end()) {
          wire::Checker::Step step(c, "safeBinTrustedDirs");
          const nlohmann::json& v34 = *it33;
          CheckStringList(v34, c);
        }
        if (auto it35 = v18.find("safeBinProfiles"); it35 != v18.end()) {
          wire::Checker::Step step(c, "safeBinProfiles");
          const nlohmann::json& v36 = *it35;
          if (!(v36.is_object())) {
            c.Fail("must be object");
          } else {
          }
        }
        if (auto it37 = v18.find("strictInlineEval"); it37 != v18.end()) {
          wire::Checker::Step step(c, "strictInlineEval");
          const nlohmann::json& v38 = *it37;
          if (!(v38.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it39 = v18.find("commandHighlighting"); it39 != v18.end()) {
          wire::Checker::Step step(c, "commandHighlighting");
          const nlohmann::json& v40 = *it39;
          if (!(v40.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it41 = v18.find("grantExpiryDays"); it41 != v18.end()) {
          wire::Checker::Step step(c, "grantExpiryDays");
          const nlohmann::json& v42 = *it41;
          if (!(wire::IsInteger(v42))) {
            c.Fail("must be integer");
          } else {
            const double x43 = v42.get<double>();
            if (x43 > 3650) c.Fail("must be <= 3650");
            if (x43 < 1) c.Fail("must be >= 1");
          }
        }
        if (auto it44 = v18.find("reviewer"); it44 != v18.end()) {
          wire::Checker::Step step(c, "reviewer");
          const nlohmann::json& v45 = *it44;
          if (!(v45.is_object())) {
            c.Fail("must be object");
          } else {
          }
        }
        if (auto it46 = v18.find("backgroundMs"); it46 != v18.end()) {
          wire::Checker::Step step(c, "backgroundMs");
          const nlohmann::json& v47 = *it46;
          if (!(wire::IsInteger(v47))) {
            c.Fail("must be integer");
          } else {
            const double x48 = v47.get<double>();
            if (x48 < 0) c.Fail("must be >= 0");
          }
        }
        if (auto it49 = v18.find("timeoutSeconds"); it49 != v18.end()) {
          wire::Checker::Step step(c, "timeoutSeconds");
          const nlohmann::json& v50 = *it49;
          if (!(v50.is_number())) {
            c.Fail("must be number");
          } else {
            const double x51 = v50.get<double>();
            if (x51 < 0) c.Fail("must be >= 0");
          }
        }
        if (auto it52 = v18.find("approvalRunningNoticeMs"); it52 != v18.end()) {
          wire::Checker::Step step(c, "approvalRunningNoticeMs");
          const nlohmann::json& v53 = *it52;
          if (!(wire::IsInteger(v53))) {
            c.Fail("must be integer");
          } else {
            const double x54 = v53.get<double>();
            if (x54 < 0) c.Fail("must be >= 0");
          }
        }
        if (auto it55 = v18.find("cleanupMs"); it55 != v18.end()) {
          wire::Checker::Step step(c, "cleanupMs");
          const nlohmann::json& v56 = *it55;
          if (!(wire::IsInteger(v56))) {
            c.Fail("must be integer");
          } else {
            const double x57 = v56.get<double>();
            if (x57 < 0) c.Fail("must be >= 0");
          }
        }
        if (auto it58 = v18.find("notifyOnExit"); it58 != v18.end()) {
          wire::Checker::Step step(c, "notifyOnExit");
          const nlohmann::json& v59 = *it58;
          if (!(v59.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it60 = v18.find("notifyOnExitEmptySuccess"); it60 != v18.end()) {
          wire::Checker::Step step(c, "notifyOnExitEmptySuccess");
          const nlohmann::json& v61 = *it60;
          if (!(v61.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it62 = v18.find("applyPatch"); it62 != v18.end()) {
          wire::Checker::Step step(c, "applyPatch");
          const nlohmann::json& v63 = *it62;
          if (!(v63.is_object())) {
            c.Fail("must be object");
          } else {
            if (auto it64 = v63.find("enabled"); it64 != v63.end()) {
              wire::Checker::Step step(c, "enabled");
              const nlohmann::json& v65 = *it64;
              if (!(v65.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it66 = v63.find("workspaceOnly"); it66 != v63.end()) {
              wire::Checker::Step step(c, "workspaceOnly");
              const nlohmann::json& v67 = *it66;
              if (!(v67.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it68 = v63.find("allowModels"); it68 != v63.end()) {
              wire::Checker::Step step(c, "allowModels");
              const nlohmann::json& v69 = *it68;
              CheckStringList(v69, c);
            }
          }
        }
      }
    }
    if (auto it70 = v.find("web"); it70 != v.end()) {
      wire::Checker::Step step(c, "web");
      const nlohmann::json& v71 = *it70;
      if (!(v71.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it72 = v71.find("fetch"); it72 != v71.end()) {
          wire::Checker::Step step(c, "fetch");
          const nlohmann::json& v73 = *it72;
          if (!(v73.is_object())) {
            c.Fail("must be object");
          } else {
            for (const auto& entry74 : v73.items()) {
              if (!wire::IsOneOf(entry74.key(), {"enabled", "maxChars", "maxCharsCap", "maxResponseBytes", "timeoutSeconds", "cacheTtlMinutes", "maxRedirects", "userAgent", "headers", "readability", "provider", "useTrustedEnvProxy", "ssrfPolicy"})) {
                c.Fail("unexpected property '" + entry74.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
              }
            }
            if (auto it75 = v73.find("enabled"); it75 != v73.end()) {
              wire::Checker::Step step(c, "enabled");
              const nlohmann::json& v76 = *it75;
              if (!(v76.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it77 = v73.find("maxChars"); it77 != v73.end()) {
              wire::Checker::Step step(c, "maxChars");
              const nlohmann::json& v78 = *it77;
              if (!(wire::IsInteger(v78))) {
                c.Fail("must be integer");
              } else {
                const double x79 = v78.get<double>();
                if (x79 < 100) c.Fail("must be >= 100");
              }
            }
            if (auto it80 = v73.find("maxCharsCap"); it80 != v73.end()) {
              wire::Checker::Step step(c, "maxCharsCap");
              const nlohmann::json& v81 = *it80;
              if (!(wire::IsInteger(v81))) {
                c.Fail("must be integer");
              } else {
                const double x82 = v81.get<double>();
                if (x82 < 100) c.Fail("must be >= 100");
              }
            }
            if (auto it83 = v73.find("maxResponseBytes"); it83 != v73.end()) {
              wire::Checker::Step step(c, "maxResponseBytes");
              const nlohmann::json& v84 = *it83;
              if (!(wire::IsInteger(v84))) {
                c.Fail("must be integer");
              } else {
                const double x85 = v84.get<double>();
                if (x85 < 1) c.Fail("must be >= 1");
              }
            }
            if (auto it86 = v73.find("timeoutSeconds"); it86 != v73.end()) {
              wire::Checker::Step step(c, "timeoutSeconds");
              const nlohmann::json& v87 = *it86;
              if (!(v87.is_number())) {
                c.Fail("must be number");
              } else {
                const double x88 = v87.get<double>();
                if (x88 <= 0) c.Fail("must be > 0");
              }
            }
            if (auto it89 = v73.find("cacheTtlMinutes"); it89 != v73.end()) {
              wire::Checker::Step step(c, "cacheTtlMinutes");
              const nlohmann::json& v90 = *it89;
              if (!(v90.is_number())) {
                c.Fail("must be number");
              } else {
                const double x91 = v90.get<double>();
                if (x91 < 0) c.Fail("must be >= 0");
              }
            }
            if (auto it92 = v73.find("maxRedirects"); it92 != v73.end()) {
              wire::Checker::Step step(c, "maxRedirects");
              const nlohmann::json& v93 = *it92;
              if (!(wire::IsInteger(v93))) {
                c.Fail("must be integer");
              } else {
                const double x94 = v93.get<double>();
                if (x94 < 0) c.Fail("must be >= 0");
              }
            }
            if (auto it95 = v73.find("userAgent"); it95 != v73.end()) {
              wire::Checker::Step step(c, "userAgent");
              const nlohmann::json& v96 = *it95;
              if (!(v96.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it97 = v73.find("headers"); it97 != v73.end()) {
              wire::Checker::Step step(c, "headers");
              const nlohmann::json& v98 = *it97;
              if (!(v98.is_object())) {
                c.Fail("must be object");
              } else {
                for (const auto& entry99 : v98.items()) {
                  wire::Checker::Step step(c, entry99.key());
                  const nlohmann::json& v100 = entry99.value();
                  if (!(v100.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
              }
            }
            if (auto it101 = v73.find("readability"); it101 != v73.end()) {
              wire::Checker::Step step(c, "readability");
              const nlohmann::json& v102 = *it101;
              if (!(v102.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it103 = v73.find("provider"); it103 != v73.end()) {
              wire::Checker::Step step(c, "provider");
              const nlohmann::json& v104 = *it103;
              if (!(v104.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it105 = v73.find("useTrustedEnvProxy"); it105 != v73.end()) {
              wire::Checker::Step step(c, "useTrustedEnvProxy");
              const nlohmann::json& v106 = *it105;
              if (!(v106.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it107 = v73.find("ssrfPolicy"); it107 != v73.end()) {
              wire::Checker::Step step(c, "ssrfPolicy");
              const nlohmann::json& v108 = *it107;
              if (!(v108.is_object())) {
                c.Fail("must be object");
              } else {
                for (const auto& entry109 : v108.items()) {
                  if (!wire::IsOneOf(entry109.key(), {"dangerouslyAllowPrivateNetwork", "allowRfc2544BenchmarkRange", "allowIpv6UniqueLocalRange", "allowedHostnames", "blockedHostnames"})) {
                    c.Fail("unexpected property '" + entry109.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
                  }
                }
                if (auto it110 = v108.find("dangerouslyAllowPrivateNetwork"); it110 != v108.end()) {
                  wire::Checker::Step step(c, "dangerouslyAllowPrivateNetwork");
                  const nlohmann::json& v111 = *it110;
                  if (!(v111.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
                if (auto it112 = v108.find("allowRfc2544BenchmarkRange"); it112 != v108.end()) {
                  wire::Checker::Step step(c, "allowRfc2544BenchmarkRange");
                  const nlohmann::json& v113 = *it112;
                  if (!(v113.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
                if (auto it114 = v108.find("allowIpv6UniqueLocalRange"); it114 != v108.end()) {
                  wire::Checker::Step step(c, "allowIpv6UniqueLocalRange");
                  const nlohmann::json& v115 = *it114;
                  if (!(v115.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
                if (auto it116 = v108.find("allowedHostnames"); it116 != v108.end()) {
                  wire::Checker::Step step(c, "allowedHostnames");
                  const nlohmann::json& v117 = *it116;
                  CheckStringList(v117, c);
                }
                if (auto it118 = v108.find("blockedHostnames"); it118 != v108.end()) {
                  wire::Checker::Step step(c, "blockedHostnames");
                  const nlohmann::json& v119 = *it118;
                  CheckStringList(v119, c);
                }
              }
            }
          }
        }
      }
    }
    if (auto it120 = v.find("maxSteps"); it120 != v.end()) {
      wire::Checker::Step step(c, "maxSteps");
      const nlohmann::json& v121 = *it120;
      if (!(wire::IsInteger(v121))) {
        c.Fail("must be integer");
      } else {
        const double x122 = v121.get<double>();
        if (x122 > 1000) c.Fail("must be <= 1000");
        if (x122 < 1) c.Fail("must be >= 1");
      }
    }
  }
}

void CheckAgentEntryConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("id"); it1 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s3 = v2.get_ref<const std::string&>();
        const std::size_t n4 = wire::CodePointLength(s3);
        if (n4 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it5 = v.find("default"); it5 != v.end()) {
      wire::Checker::Step step(c, "default");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it7 = v.find("name"); it7 != v.end()) {
      wire::Checker::Step step(c, "name");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("workspace"); it9 != v.end()) {
      wire::Checker::Step step(c, "workspace");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it11 = v.find("agentDir"); it11 != v.end()) {
      wire::Checker::Step step(c, "agentDir");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it13 = v.find("model"); it13 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v14 = *it13;
      CheckAgentModelSelection(v14, c);
    }
    if (auto it15 = v.find("identity"); it15 != v.end()) {
      wire::Checker::Step step(c, "identity");
      const nlohmann::json& v16 = *it15;
      CheckIdentityConfig(v16, c);
    }
    if (auto it17 = v.find("groupChat"); it17 != v.end()) {
      wire::Checker::Step step(c, "groupChat");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it19 = v18.find("mentionPatterns"); it19 != v18.end()) {
          wire::Checker::Step step(c, "mentionPatterns");
          const nlohmann::json& v20 = *it19;
          CheckStringList(v20, c);
        }
      }
    }
    if (auto it21 = v.find("sandbox"); it21 != v.end()) {
      wire::Checker::Step step(c, "sandbox");
      const nlohmann::json& v22 = *it21;
      CheckAgentSandboxConfig(v22, c);
    }
    if (auto it23 = v.find("tools"); it23 != v.end()) {
      wire::Checker::Step step(c, "tools");
      const nlohmann::json& v24 = *it23;
      CheckToolsConfig(v24, c);
    }
    if (auto it25 = v.find("skills"); it25 != v.end()) {
      wire::Checker::Step step(c, "skills");
      const nlohmann::json& v26 = *it25;
      CheckStringList(v26, c);
    }
    if (auto it27 = v.find("heartbeat"); it27 != v.end()) {
      wire::Checker::Step step(c, "heartbeat");
      const nlohmann::json& v28 = *it27;
      CheckHeartbeatConfig(v28, c);
    }
    if (auto it29 = v.find("subagents"); it29 != v.end()) {
      wire::Checker::Step step(c, "subagents");
      const nlohmann::json& v30 = *it29;
      if (!(v30.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
  }
}

void CheckAgentsConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("defaults"); it1 != v.end()) {
      wire::Checker::Step step(c, "defaults");
      const nlohmann::json& v2 = *it1;
      CheckAgentDefaultsConfig(v2, c);
    }
    if (auto it3 = v.find("entries"); it3 != v.end()) {
      wire::Checker::Step step(c, "entries");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry5 : v4.items()) {
          wire::Checker::Step step(c, entry5.key());
          const nlohmann::json& v6 = entry5.value();
          CheckAgentEntryConfig(v6, c);
        }
      }
    }
    if (auto it7 = v.find("list"); it7 != v.end()) {
      wire::Checker::Step step(c, "list");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i9 = 0; i9 < v8.size(); ++i9) {
          wire::Checker::Step step(c, i9);
          const nlohmann::json& v10 = v8[i9];
          CheckAgentEntryConfig(v10, c);
        }
      }
    }
    if (auto it11 = v.find("ownership"); it11 != v.end()) {
      wire::Checker::Step step(c, "ownership");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckAuthProfileConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("provider"); it1 != v.end()) {
      wire::Checker::Step step(c, "provider");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("mode"); it3 != v.end()) {
      wire::Checker::Step step(c, "mode");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("email"); it5 != v.end()) {
      wire::Checker::Step step(c, "email");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckAuthConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("profiles"); it1 != v.end()) {
      wire::Checker::Step step(c, "profiles");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry3 : v2.items()) {
          wire::Checker::Step step(c, entry3.key());
          const nlohmann::json& v4 = entry3.value();
          CheckAuthProfileConfig(v4, c);
        }
      }
    }
    if (auto it5 = v.find("order"); it5 != v.end()) {
      wire::Checker::Step step(c, "order");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry7 : v6.items()) {
          wire::Checker::Step step(c, entry7.key());
          const nlohmann::json& v8 = entry7.value();
          CheckStringList(v8, c);
        }
      }
    }
  }
}

void CheckDmScope(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"main", "per-peer", "per-channel-peer", "per-account-channel-peer"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckGroupScope(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"per-group", "main"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckBindingConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("agentId")) c.Fail("must have required property 'agentId'");
    if (!v.contains("match")) c.Fail("must have required property 'match'");
    if (auto it1 = v.find("agentId"); it1 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s3 = v2.get_ref<const std::string&>();
        const std::size_t n4 = wire::CodePointLength(s3);
        if (n4 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it5 = v.find("match"); it5 != v.end()) {
      wire::Checker::Step step(c, "match");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v6.contains("channel")) c.Fail("must have required property 'channel'");
        if (auto it7 = v6.find("channel"); it7 != v6.end()) {
          wire::Checker::Step step(c, "channel");
          const nlohmann::json& v8 = *it7;
          if (!(v8.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s9 = v8.get_ref<const std::string&>();
            const std::size_t n10 = wire::CodePointLength(s9);
            if (n10 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it11 = v6.find("accountId"); it11 != v6.end()) {
          wire::Checker::Step step(c, "accountId");
          const nlohmann::json& v12 = *it11;
          if (!(v12.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it13 = v6.find("peer"); it13 != v6.end()) {
          wire::Checker::Step step(c, "peer");
          const nlohmann::json& v14 = *it13;
          if (!(v14.is_object())) {
            c.Fail("must be object");
          } else {
            if (auto it15 = v14.find("kind"); it15 != v14.end()) {
              wire::Checker::Step step(c, "kind");
              const nlohmann::json& v16 = *it15;
              if (!(v16.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it17 = v14.find("id"); it17 != v14.end()) {
              wire::Checker::Step step(c, "id");
              const nlohmann::json& v18 = *it17;
              if (!(v18.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
        if (auto it19 = v6.find("guildId"); it19 != v6.end()) {
          wire::Checker::Step step(c, "guildId");
          const nlohmann::json& v20 = *it19;
          if (!(v20.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it21 = v6.find("teamId"); it21 != v6.end()) {
          wire::Checker::Step step(c, "teamId");
          const nlohmann::json& v22 = *it21;
          if (!(v22.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it23 = v.find("session"); it23 != v.end()) {
      wire::Checker::Step step(c, "session");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it25 = v24.find("dmScope"); it25 != v24.end()) {
          wire::Checker::Step step(c, "dmScope");
          const nlohmann::json& v26 = *it25;
          CheckDmScope(v26, c);
        }
        if (auto it27 = v24.find("groupScope"); it27 != v24.end()) {
          wire::Checker::Step step(c, "groupScope");
          const nlohmann::json& v28 = *it27;
          CheckGroupScope(v28, c);
        }
      }
    }
  }
}

void CheckByteSize(const nlohmann::json& v, wire::Checker& c) {
  if (v.is_number()) {
    if (!(wire::IsInteger(v))) {
      c.Fail("must be integer");
    } else {
      const double x1 = v.get<double>();
      if (x1 < 0) c.Fail("must be >= 0");
    }
  } else if (v.is_string()) {
    if (!(v.is_string())) {
      c.Fail("must be string");
    } else {
      const std::string& s2 = v.get_ref<const std::string&>();
      static const wire::Pattern pattern3("^[0-9]+(\\.[0-9]+)?([kKmMgGtT][iI]?)?[bB]?$");
      if (!pattern3.Matches(s2)) c.Fail("must match pattern \"^[0-9]+(\\.[0-9]+)?([kKmMgGtT][iI]?)?[bB]?$\"");
    }
  } else {
    c.Fail("must match exactly one schema in oneOf");
  }
}

void CheckCanvasHostConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("enabled"); it1 != v.end()) {
      wire::Checker::Step step(c, "enabled");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("port"); it3 != v.end()) {
      wire::Checker::Step step(c, "port");
      const nlohmann::json& v4 = *it3;
      if (!(wire::IsInteger(v4))) {
        c.Fail("must be integer");
      } else {
        const double x5 = v4.get<double>();
        if (x5 > 65535) c.Fail("must be <= 65535");
        if (x5 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it6 = v.find("root"); it6 != v.end()) {
      wire::Checker::Step step(c, "root");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckChannelGroupConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("requireMention"); it1 != v.end()) {
      wire::Checker::Step step(c, "requireMention");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckChannelHealthMonitorConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("enabled"); it1 != v.end()) {
      wire::Checker::Step step(c, "enabled");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckDmPolicy(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"pairing", "allowlist", "open", "disabled"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckGroupPolicy(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"allowlist", "open", "disabled"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckSecretRef(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("source")) c.Fail("must have required property 'source'");
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"source", "provider", "id"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("source"); it2 != v.end()) {
      wire::Checker::Step step(c, "source");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v3.get_ref<const std::string&>(), {"env", "file", "exec", "store"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it4 = v.find("provider"); it4 != v.end()) {
      wire::Checker::Step step(c, "provider");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s6 = v5.get_ref<const std::string&>();
        const std::size_t n7 = wire::CodePointLength(s6);
        if (n7 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it8 = v.find("id"); it8 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s10 = v9.get_ref<const std::string&>();
        const std::size_t n11 = wire::CodePointLength(s10);
        if (n11 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
  }
}

void CheckSecretInput(const nlohmann::json& v, wire::Checker& c) {
  if (v.is_string()) {
    if (!(v.is_string())) {
      c.Fail("must be string");
    } else {
    }
  } else if (v.is_object()) {
    CheckSecretRef(v, c);
  } else {
    c.Fail("must match exactly one schema in oneOf");
  }
}

void CheckChannelAccountConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("name"); it1 != v.end()) {
      wire::Checker::Step step(c, "name");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("enabled"); it3 != v.end()) {
      wire::Checker::Step step(c, "enabled");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it5 = v.find("dmPolicy"); it5 != v.end()) {
      wire::Checker::Step step(c, "dmPolicy");
      const nlohmann::json& v6 = *it5;
      CheckDmPolicy(v6, c);
    }
    if (auto it7 = v.find("allowFrom"); it7 != v.end()) {
      wire::Checker::Step step(c, "allowFrom");
      const nlohmann::json& v8 = *it7;
      CheckStringList(v8, c);
    }
    if (auto it9 = v.find("groupPolicy"); it9 != v.end()) {
      wire::Checker::Step step(c, "groupPolicy");
      const nlohmann::json& v10 = *it9;
      CheckGroupPolicy(v10, c);
    }
    if (auto it11 = v.find("groupAllowFrom"); it11 != v.end()) {
      wire::Checker::Step step(c, "groupAllowFrom");
      const nlohmann::json& v12 = *it11;
      CheckStringList(v12, c);
    }
    if (auto it13 = v.find("groups"); it13 != v.end()) {
      wire::Checker::Step step(c, "groups");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry15 : v14.items()) {
          wire::Checker::Step step(c, entry15.key());
          const nlohmann::json& v16 = entry15.value();
          CheckChannelGroupConfig(v16, c);
        }
      }
    }
    if (auto it17 = v.find("healthMonitor"); it17 != v.end()) {
      wire::Checker::Step step(c, "healthMonitor");
      const nlohmann::json& v18 = *it17;
      CheckChannelHealthMonitorConfig(v18, c);
    }
    if (auto it19 = v.find("botToken"); it19 != v.end()) {
      wire::Checker::Step step(c, "botToken");
      const nlohmann::json& v20 = *it19;
      CheckSecretInput(v20, c);
    }
    if (auto it21 = v.find("token"); it21 != v.end()) {
      wire::Checker::Step step(c, "token");
      const nlohmann::json& v22 = *it21;
      CheckSecretInput(v22, c);
    }
    if (auto it23 = v.find("appToken"); it23 != v.end()) {
      wire::Checker::Step step(c, "appToken");
      const nlohmann::json& v24 = *it23;
      CheckSecretInput(v24, c);
    }
  }
}

void CheckChannelConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("enabled"); it1 != v.end()) {
      wire::Checker::Step step(c, "enabled");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("dmPolicy"); it3 != v.end()) {
      wire::Checker::Step step(c, "dmPolicy");
      const nlohmann::json& v4 = *it3;
      CheckDmPolicy(v4, c);
    }
    if (auto it5 = v.find("allowFrom"); it5 != v.end()) {
      wire::Checker::Step step(c, "allowFrom");
      const nlohmann::json& v6 = *it5;
      CheckStringList(v6, c);
    }
    if (auto it7 = v.find("groupPolicy"); it7 != v.end()) {
      wire::Checker::Step step(c, "groupPolicy");
      const nlohmann::json& v8 = *it7;
      CheckGroupPolicy(v8, c);
    }
    if (auto it9 = v.find("groupAllowFrom"); it9 != v.end()) {
      wire::Checker::Step step(c, "groupAllowFrom");
      const nlohmann::json& v10 = *it9;
      CheckStringList(v10, c);
    }
    if (auto it11 = v.find("groups"); it11 != v.end()) {
      wire::Checker::Step step(c, "groups");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry13 : v12.items()) {
          wire::Checker::Step step(c, entry13.key());
          const nlohmann::json& v14 = entry13.value();
          CheckChannelGroupConfig(v14, c);
        }
      }
    }
    if (auto it15 = v.find("accounts"); it15 != v.end()) {
      wire::Checker::Step step(c, "accounts");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry17 : v16.items()) {
          wire::Checker::Step step(c, entry17.key());
          const nlohmann::json& v18 = entry17.value();
          CheckChannelAccountConfig(v18, c);
        }
      }
    }
    if (auto it19 = v.find("healthMonitor"); it19 != v.end()) {
      wire::Checker::Step step(c, "healthMonitor");
      const nlohmann::json& v20 = *it19;
      CheckChannelHealthMonitorConfig(v20, c);
    }
    if (auto it21 = v.find("botToken"); it21 != v.end()) {
      wire::Checker::Step step(c, "botToken");
      const nlohmann::json& v22 = *it21;
      CheckSecretInput(v22, c);
    }
    if (auto it23 = v.find("token"); it23 != v.end()) {
      wire::Checker::Step step(c, "token");
      const nlohmann::json& v24 = *it23;
      CheckSecretInput(v24, c);
    }
    if (auto it25 = v.find("appToken"); it25 != v.end()) {
      wire::Checker::Step step(c, "appToken");
      const nlohmann::json& v26 = *it25;
      CheckSecretInput(v26, c);
    }
  }
}

void CheckChannelDefaultsConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("groupPolicy"); it1 != v.end()) {
      wire::Checker::Step step(c, "groupPolicy");
      const nlohmann::json& v2 = *it1;
      CheckGroupPolicy(v2, c);
    }
    if (auto it3 = v.find("contextVisibility"); it3 != v.end()) {
      wire::Checker::Step step(c, "contextVisibility");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("heartbeatVisibility"); it5 != v.end()) {
      wire::Checker::Step step(c, "heartbeatVisibility");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it7 = v6.find("showOk"); it7 != v6.end()) {
          wire::Checker::Step step(c, "showOk");
          const nlohmann::json& v8 = *it7;
          if (!(v8.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it9 = v6.find("showAlerts"); it9 != v6.end()) {
          wire::Checker::Step step(c, "showAlerts");
          const nlohmann::json& v10 = *it9;
          if (!(v10.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it11 = v6.find("useIndicator"); it11 != v6.end()) {
          wire::Checker::Step step(c, "useIndicator");
          const nlohmann::json& v12 = *it11;
          if (!(v12.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
  }
}

void CheckChannelsConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("defaults"); it1 != v.end()) {
      wire::Checker::Step step(c, "defaults");
      const nlohmann::json& v2 = *it1;
      CheckChannelDefaultsConfig(v2, c);
    }
    if (auto it3 = v.find("modelByChannel"); it3 != v.end()) {
      wire::Checker::Step step(c, "modelByChannel");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry5 : v4.items()) {
          wire::Checker::Step step(c, entry5.key());
          const nlohmann::json& v6 = entry5.value();
          if (!(v6.is_object())) {
            c.Fail("must be object");
          } else {
            for (const auto& entry7 : v6.items()) {
              wire::Checker::Step step(c, entry7.key());
              const nlohmann::json& v8 = entry7.value();
              if (!(v8.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it9 = v.find("whatsapp"); it9 != v.end()) {
      wire::Checker::Step step(c, "whatsapp");
      const nlohmann::json& v10 = *it9;
      CheckChannelConfig(v10, c);
    }
    if (auto it11 = v.find("telegram"); it11 != v.end()) {
      wire::Checker::Step step(c, "telegram");
      const nlohmann::json& v12 = *it11;
      CheckChannelConfig(v12, c);
    }
    if (auto it13 = v.find("discord"); it13 != v.end()) {
      wire::Checker::Step step(c, "discord");
      const nlohmann::json& v14 = *it13;
      CheckChannelConfig(v14, c);
    }
    if (auto it15 = v.find("slack"); it15 != v.end()) {
      wire::Checker::Step step(c, "slack");
      const nlohmann::json& v16 = *it15;
      CheckChannelConfig(v16, c);
    }
    if (auto it17 = v.find("signal"); it17 != v.end()) {
      wire::Checker::Step step(c, "signal");
      const nlohmann::json& v18 = *it17;
      CheckChannelConfig(v18, c);
    }
    if (auto it19 = v.find("imessage"); it19 != v.end()) {
      wire::Checker::Step step(c, "imessage");
      const nlohmann::json& v20 = *it19;
      CheckChannelConfig(v20, c);
    }
  }
}

void CheckCronConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"enabled", "skipMissedJobs", "triggers", "webhookToken", "webhookSsrfPolicy", "sessionRetention", "failureAlert"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("enabled"); it2 != v.end()) {
      wire::Checker::Step step(c, "enabled");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it4 = v.find("skipMissedJobs"); it4 != v.end()) {
      wire::Checker::Step step(c, "skipMissedJobs");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it6 = v.find("triggers"); it6 != v.end()) {
      wire::Checker::Step step(c, "triggers");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry8 : v7.items()) {
          if (!wire::IsOneOf(entry8.key(), {"enabled"})) {
            c.Fail("unexpected property '" + entry8.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it9 = v7.find("enabled"); it9 != v7.end()) {
          wire::Checker::Step step(c, "enabled");
          const nlohmann::json& v10 = *it9;
          if (!(v10.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
    if (auto it11 = v.find("webhookToken"); it11 != v.end()) {
      wire::Checker::Step step(c, "webhookToken");
      const nlohmann::json& v12 = *it11;
      CheckSecretInput(v12, c);
    }
    if (auto it13 = v.find("webhookSsrfPolicy"); it13 != v.end()) {
      wire::Checker::Step step(c, "webhookSsrfPolicy");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it15 = v14.find("allowedHostnames"); it15 != v14.end()) {
          wire::Checker::Step step(c, "allowedHostnames");
          const nlohmann::json& v16 = *it15;
          CheckStringList(v16, c);
        }
        if (auto it17 = v14.find("blockedHostnames"); it17 != v14.end()) {
          wire::Checker::Step step(c, "blockedHostnames");
          const nlohmann::json& v18 = *it17;
          CheckStringList(v18, c);
        }
        if (auto it19 = v14.find("dangerouslyAllowPrivateNetwork"); it19 != v14.end()) {
          wire::Checker::Step step(c, "dangerouslyAllowPrivateNetwork");
          const nlohmann::json& v20 = *it19;
          if (!(v20.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
    if (auto it21 = v.find("sessionRetention"); it21 != v.end()) {
      wire::Checker::Step step(c, "sessionRetention");
      const nlohmann::json& v22 = *it21;
      if (v22.is_string()) {
        CheckDurationString(v22, c);
      } else if (v22.is_boolean()) {
        if (!(v22.is_boolean())) {
          c.Fail("must be boolean");
        } else {
          if (v22 != nlohmann::json(false)) c.Fail("must be equal to constant");
        }
      } else {
        c.Fail("must match exactly one schema in oneOf");
      }
    }
    if (auto it23 = v.find("failureAlert"); it23 != v.end()) {
      wire::Checker::Step step(c, "failureAlert");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry25 : v24.items()) {
          if (!wire::IsOneOf(entry25.key(), {"enabled", "after", "cooldownMs", "includeSkipped", "mode", "channel", "to", "accountId"})) {
            c.Fail("unexpected property '" + entry25.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it26 = v24.find("enabled"); it26 != v24.end()) {
          wire::Checker::Step step(c, "enabled");
          const nlohmann::json& v27 = *it26;
          if (!(v27.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it28 = v24.find("after"); it28 != v24.end()) {
          wire::Checker::Step step(c, "after");
          const nlohmann::json& v29 = *it28;
          if (!(wire::IsInteger(v29))) {
            c.Fail("must be integer");
          } else {
            const double x30 = v29.get<double>();
            if (x30 < 1) c.Fail("must be >= 1");
          }
        }
        if (auto it31 = v24.find("cooldownMs"); it31 != v24.end()) {
          wire::Checker::Step step(c, "cooldownMs");
          const nlohmann::json& v32 = *it31;
          if (!(wire::IsInteger(v32))) {
            c.Fail("must be integer");
          } else {
            const double x33 = v32.get<double>();
            if (x33 < 0) c.Fail("must be >= 0");
          }
        }
        if (auto it34 = v24.find("includeSkipped"); it34 != v24.end()) {
          wire::Checker::Step step(c, "includeSkipped");
          const nlohmann::json& v35 = *it34;
          if (!(v35.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it36 = v24.find("mode"); it36 != v24.end()) {
          wire::Checker::Step step(c, "mode");
          const nlohmann::json& v37 = *it36;
          if (!(v37.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v37.get_ref<const std::string&>(), {"announce", "webhook"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it38 = v24.find("channel"); it38 != v24.end()) {
          wire::Checker::Step step(c, "channel");
          const nlohmann::json& v39 = *it38;
          if (!(v39.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it40 = v24.find("to"); it40 != v24.end()) {
          wire::Checker::Step step(c, "to");
          const nlohmann::json& v41 = *it40;
          if (!(v41.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it42 = v24.find("accountId"); it42 != v24.end()) {
          wire::Checker::Step step(c, "accountId");
          const nlohmann::json& v43 = *it42;
          if (!(v43.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
  }
}

void CheckEnvConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("vars"); it1 != v.end()) {
      wire::Checker::Step step(c, "vars");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry3 : v2.items()) {
          wire::Checker::Step step(c, entry3.key());
          const nlohmann::json& v4 = entry3.value();
          if (!(v4.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it5 = v.find("shellEnv"); it5 != v.end()) {
      wire::Checker::Step step(c, "shellEnv");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it7 = v6.find("enabled"); it7 != v6.end()) {
          wire::Checker::Step step(c, "enabled");
          const nlohmann::json& v8 = *it7;
          if (!(v8.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it9 = v6.find("timeoutMs"); it9 != v6.end()) {
          wire::Checker::Step step(c, "timeoutMs");
          const nlohmann::json& v10 = *it9;
          if (!(wire::IsInteger(v10))) {
            c.Fail("must be integer");
          } else {
            const double x11 = v10.get<double>();
            if (x11 < 1) c.Fail("must be >= 1");
          }
        }
      }
    }
  }
}

void CheckGatewayAuthRateLimitConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"maxAttempts", "windowMs", "lockoutMs", "exemptLoopback"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("maxAttempts"); it2 != v.end()) {
      wire::Checker::Step step(c, "maxAttempts");
      const nlohmann::json& v3 = *it2;
      if (!(wire::IsInteger(v3))) {
        c.Fail("must be integer");
      } else {
        const double x4 = v3.get<double>();
        if (x4 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it5 = v.find("windowMs"); it5 != v.end()) {
      wire::Checker::Step step(c, "windowMs");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
        const double x7 = v6.get<double>();
        if (x7 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it8 = v.find("lockoutMs"); it8 != v.end()) {
      wire::Checker::Step step(c, "lockoutMs");
      const nlohmann::json& v9 = *it8;
      if (!(wire::IsInteger(v9))) {
        c.Fail("must be integer");
      } else {
        const double x10 = v9.get<double>();
        if (x10 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it11 = v.find("exemptLoopback"); it11 != v.end()) {
      wire::Checker::Step step(c, "exemptLoopback");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckGatewayAuthConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"mode", "token", "password", "allowTailscale", "identityScopes", "trustedProxy", "rateLimit"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("mode"); it2 != v.end()) {
      wire::Checker::Step step(c, "mode");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v3.get_ref<const std::string&>(), {"none", "token", "password", "trusted-proxy"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it4 = v.find("token"); it4 != v.end()) {
      wire::Checker::Step step(c, "token");
      const nlohmann::json& v5 = *it4;
      CheckSecretInput(v5, c);
    }
    if (auto it6 = v.find("password"); it6 != v.end()) {
      wire::Checker::Step step(c, "password");
      const nlohmann::json& v7 = *it6;
      CheckSecretInput(v7, c);
    }
    if (auto it8 = v.find("allowTailscale"); it8 != v.end()) {
      wire::Checker::Step step(c, "allowTailscale");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it10 = v.find("identityScopes"); it10 != v.end()) {
      wire::Checker::Step step(c, "identityScopes");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry12 : v11.items()) {
          wire::Checker::Step step(c, entry12.key());
          const nlohmann::json& v13 = entry12.value();
          if (!(v13.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i14 = 0; i14 < v13.size(); ++i14) {
              wire::Checker::Step step(c, i14);
              const nlohmann::json& v15 = v13[i14];
              if (!(v15.is_string())) {
                c.Fail("must be string");
              } else {
                const std::string& s16 = v15.get_ref<const std::string&>();
                static const wire::Pattern pattern17("^operator\\.[a-z][a-z.]*$");
                if (!pattern17.Matches(s16)) c.Fail("must match pattern \"^operator\\.[a-z][a-z.]*$\"");
              }
            }
          }
        }
      }
    }
    if (auto it18 = v.find("trustedProxy"); it18 != v.end()) {
      wire::Checker::Step step(c, "trustedProxy");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v19.contains("userHeader")) c.Fail("must have required property 'userHeader'");
        if (auto it20 = v19.find("userHeader"); it20 != v19.end()) {
          wire::Checker::Step step(c, "userHeader");
          const nlohmann::json& v21 = *it20;
          if (!(v21.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s22 = v21.get_ref<const std::string&>();
            const std::size_t n23 = wire::CodePointLength(s22);
            if (n23 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it24 = v19.find("requiredHeaders"); it24 != v19.end()) {
          wire::Checker::Step step(c, "requiredHeaders");
          const nlohmann::json& v25 = *it24;
          CheckStringList(v25, c);
        }
        if (auto it26 = v19.find("allowUsers"); it26 != v19.end()) {
          wire::Checker::Step step(c, "allowUsers");
          const nlohmann::json& v27 = *it26;
          CheckStringList(v27, c);
        }
        if (auto it28 = v19.find("allowLoopback"); it28 != v19.end()) {
          wire::Checker::Step step(c, "allowLoopback");
          const nlohmann::json& v29 = *it28;
          if (!(v29.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it30 = v19.find("deviceAutoApprove"); it30 != v19.end()) {
          wire::Checker::Step step(c, "deviceAutoApprove");
          const nlohmann::json& v31 = *it30;
          if (!(v31.is_object())) {
            c.Fail("must be object");
          } else {
            if (auto it32 = v31.find("enabled"); it32 != v31.end()) {
              wire::Checker::Step step(c, "enabled");
              const nlohmann::json& v33 = *it32;
              if (!(v33.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it34 = v31.find("scopes"); it34 != v31.end()) {
              wire::Checker::Step step(c, "scopes");
              const nlohmann::json& v35 = *it34;
              CheckStringList(v35, c);
            }
          }
        }
      }
    }
    if (auto it36 = v.find("rateLimit"); it36 != v.end()) {
      wire::Checker::Step step(c, "rateLimit");
      const nlohmann::json& v37 = *it36;
      CheckGatewayAuthRateLimitConfig(v37, c);
    }
  }
}

void CheckHttpFileInputConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("allowUrl"); it1 != v.end()) {
      wire::Checker::Step step(c, "allowUrl");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("urlAllowlist"); it3 != v.end()) {
      wire::Checker::Step step(c, "urlAllowlist");
      const nlohmann::json& v4 = *it3;
      CheckStringList(v4, c);
    }
    if (auto it5 = v.find("allowedMimes"); it5 != v.end()) {
      wire::Checker::Step step(c, "allowedMimes");
      const nlohmann::json& v6 = *it5;
      CheckStringList(v6, c);
    }
    if (auto it7 = v.find("maxBytes"); it7 != v.end()) {
      wire::Checker::Step step(c, "maxBytes");
      const nlohmann::json& v8 = *it7;
      if (!(wire::IsInteger(v8))) {
        c.Fail("must be integer");
      } else {
        const double x9 = v8.get<double>();
        if (x9 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it10 = v.find("maxChars"); it10 != v.end()) {
      wire::Checker::Step step(c, "maxChars");
      const nlohmann::json& v11 = *it10;
      if (!(wire::IsInteger(v11))) {
        c.Fail("must be integer");
      } else {
        const double x12 = v11.get<double>();
        if (x12 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it13 = v.find("maxRedirects"); it13 != v.end()) {
      wire::Checker::Step step(c, "maxRedirects");
      const nlohmann::json& v14 = *it13;
      if (!(wire::IsInteger(v14))) {
        c.Fail("must be integer");
      } else {
        const double x15 = v14.get<double>();
        if (x15 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it16 = v.find("timeoutMs"); it16 != v.end()) {
      wire::Checker::Step step(c, "timeoutMs");
      const nlohmann::json& v17 = *it16;
      if (!(wire::IsInteger(v17))) {
        c.Fail("must be integer");
      } else {
        const double x18 = v17.get<double>();
        if (x18 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it19 = v.find("pdf"); it19 != v.end()) {
      wire::Checker::Step step(c, "pdf");
      const nlohmann::json& v20 = *it19;
      if (!(v20.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it21 = v20.find("maxPages"); it21 != v20.end()) {
          wire::Checker::Step step(c, "maxPages");
          const nlohmann::json& v22 = *it21;
          if (!(wire::IsInteger(v22))) {
            c.Fail("must be integer");
          } else {
            const double x23 = v22.get<double>();
            if (x23 < 1) c.Fail("must be >= 1");
          }
        }
        if (auto it24 = v20.find("maxPixels"); it24 != v20.end()) {
          wire::Checker::Step step(c, "maxPixels");
          const nlohmann::json& v25 = *it24;
          if (!(wire::IsInteger(v25))) {
            c.Fail("must be integer");
          } else {
            const double x26 = v25.get<double>();
            if (x26 < 1) c.Fail("must be >= 1");
          }
        }
        if (auto it27 = v20.find("minTextChars"); it27 != v20.end()) {
          wire::Checker::Step step(c, "minTextChars");
          const nlohmann::json& v28 = *it27;
          if (!(wire::IsInteger(v28))) {
            c.Fail("must be integer");
          } else {
            const double x29 = v28.get<double>();
            if (x29 < 0) c.Fail("must be >= 0");
          }
        }
      }
    }
  }
}

void CheckHttpImageInputConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("allowUrl"); it1 != v.end()) {
      wire::Checker::Step step(c, "allowUrl");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("urlAllowlist"); it3 != v.end()) {
      wire::Checker::Step step(c, "urlAllowlist");
      const nlohmann::json& v4 = *it3;
      CheckStringList(v4, c);
    }
    if (auto it5 = v.find("allowedMimes"); it5 != v.end()) {
      wire::Checker::Step step(c, "allowedMimes");
      const nlohmann::json& v6 = *it5;
      CheckStringList(v6, c);
    }
    if (auto it7 = v.find("maxBytes"); it7 != v.end()) {
      wire::Checker::Step step(c, "maxBytes");
      const nlohmann::json& v8 = *it7;
      if (!(wire::IsInteger(v8))) {
        c.Fail("must be integer");
      } else {
        const double x9 = v8.get<double>();
        if (x9 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it10 = v.find("maxRedirects"); it10 != v.end()) {
      wire::Checker::Step step(c, "maxRedirects");
      const nlohmann::json& v11 = *it10;
      if (!(wire::IsInteger(v11))) {
        c.Fail("must be integer");
      } else {
        const double x12 = v11.get<double>();
        if (x12 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it13 = v.find("timeoutMs"); it13 != v.end()) {
      wire::Checker::Step step(c, "timeoutMs");
      const nlohmann::json& v14 = *it13;
      if (!(wire::IsInteger(v14))) {
        c.Fail("must be integer");
      } else {
        const double x15 = v14.get<double>();
        if (x15 < 1) c.Fail("must be >= 1");
      }
    }
  }
}

void CheckGatewayHttpConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("endpoints"); it1 != v.end()) {
      wire::Checker::Step step(c, "endpoints");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it3 = v2.find("chatCompletions"); it3 != v2.end()) {
          wire::Checker::Step step(c, "chatCompletions");
          const nlohmann::json& v4 = *it3;
          if (!(v4.is_object())) {
            c.Fail("must be object");
          } else {
            if (auto it5 = v4.find("enabled"); it5 != v4.end()) {
              wire::Checker::Step step(c, "enabled");
              const nlohmann::json& v6 = *it5;
              if (!(v6.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it7 = v4.find("images"); it7 != v4.end()) {
              wire::Checker::Step step(c, "images");
              const nlohmann::json& v8 = *it7;
              CheckHttpImageInputConfig(v8, c);
            }
          }
        }
        if (auto it9 = v2.find("responses"); it9 != v2.end()) {
          wire::Checker::Step step(c, "responses");
          const nlohmann::json& v10 = *it9;
          if (!(v10.is_object())) {
            c.Fail("must be object");
          } else {
            if (auto it11 = v10.find("enabled"); it11 != v10.end()) {
              wire::Checker::Step step(c, "enabled");
              const nlohmann::json& v12 = *it11;
              if (!(v12.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it13 = v10.find("maxUrlParts"); it13 != v10.end()) {
              wire::Checker::Step step(c, "maxUrlParts");
              const nlohmann::json& v14 = *it13;
              if (!(wire::IsInteger(v14))) {
                c.Fail("must be integer");
              } else {
                const double x15 = v14.get<double>();
                if (x15 < 0) c.Fail("must be >= 0");
              }
            }
            if (auto it16 = v10.find("files"); it16 != v10.end()) {
              wire::Checker::Step step(c, "files");
              const nlohmann::json& v17 = *it16;
              CheckHttpFileInputConfig(v17, c);
            }
            if (auto it18 = v10.find("images"); it18 != v10.end()) {
              wire::Checker::Step step(c, "images");
              const nlohmann::json& v19 = *it18;
              CheckHttpImageInputConfig(v19, c);
            }
          }
        }
      }
    }
    if (auto it20 = v.find("securityHeaders"); it20 != v.end()) {
      wire::Checker::Step step(c, "securityHeaders");
      const nlohmann::json& v21 = *it20;
      if (!(v21.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it22 = v21.find("strictTransportSecurity"); it22 != v21.end()) {
          wire::Checker::Step step(c, "strictTransportSecurity");
          const nlohmann::json& v23 = *it22;
          if (v23.is_string()) {
            if (!(v23.is_string())) {
              c.Fail("must be string");
            } else {
            }
          } else if (v23.is_boolean()) {
            if (!(v23.is_boolean())) {
              c.Fail("must be boolean");
            } else {
              if (v23 != nlohmann::json(false)) c.Fail("must be equal to constant");
            }
          } else {
            c.Fail("must match exactly one schema in oneOf");
          }
        }
      }
    }
  }
}

void CheckGatewayConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"port", "mode", "bind", "customBindHost", "publicOrigin", "auth", "trustedProxies", "allowRealIpFallback", "controlUi", "http", "reload", "tls", "tailscale", "remote", "nodes", "tools", "terminal", "roles"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("port"); it2 != v.end()) {
      wire::Checker::Step step(c, "port");
      const nlohmann::json& v3 = *it2;
      if (!(wire::IsInteger(v3))) {
        c.Fail("must be integer");
      } else {
        const double x4 = v3.get<double>();
        if (x4 > 65535) c.Fail("must be <= 65535");
        if (x4 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it5 = v.find("mode"); it5 != v.end()) {
      wire::Checker::Step step(c, "mode");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v6.get_ref<const std::string&>(), {"local", "remote"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it7 = v.find("bind"); it7 != v.end()) {
      wire::Checker::Step step(c, "bind");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v8.get_ref<const std::string&>(), {"loopback", "lan", "tailnet", "auto", "custom"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it9 = v.find("customBindHost"); it9 != v.end()) {
      wire::Checker::Step step(c, "customBindHost");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s11 = v10.get_ref<const std::string&>();
        static const wire::Pattern pattern12("^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$");
        if (!pattern12.Matches(s11)) c.Fail("must match pattern \"^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$\"");
      }
    }
    if (auto it13 = v.find("publicOrigin"); it13 != v.end()) {
      wire::Checker::Step step(c, "publicOrigin");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s15 = v14.get_ref<const std::string&>();
        static const wire::Pattern pattern16("^https://[^/?#]+/?$");
        if (!pattern16.Matches(s15)) c.Fail("must match pattern \"^https://[^/?#]+/?$\"");
      }
    }
    if (auto it17 = v.find("auth"); it17 != v.end()) {
      wire::Checker::Step step(c, "auth");
      const nlohmann::json& v18 = *it17;
      CheckGatewayAuthConfig(v18, c);
    }
    if (auto it19 = v.find("trustedProxies"); it19 != v.end()) {
      wire::Checker::Step step(c, "trustedProxies");
      const nlohmann::json& v20 = *it19;
      CheckStringList(v20, c);
    }
    if (auto it21 = v.find("allowRealIpFallback"); it21 != v.end()) {
      wire::Checker::Step step(c, "allowRealIpFallback");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it23 = v.find("controlUi"); it23 != v.end()) {
      wire::Checker::Step step(c, "controlUi");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it25 = v24.find("enabled"); it25 != v24.end()) {
          wire::Checker::Step step(c, "enabled");
          const nlohmann::json& v26 = *it25;
          if (!(v26.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it27 = v24.find("basePath"); it27 != v24.end()) {
          wire::Checker::Step step(c, "basePath");
          const nlohmann::json& v28 = *it27;
          if (!(v28.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s29 = v28.get_ref<const std::string&>();
            static const wire::Pattern pattern30("^/");
            if (!pattern30.Matches(s29)) c.Fail("must match pattern \"^/\"");
          }
        }
        if (auto it31 = v24.find("allowedOrigins"); it31 != v24.end()) {
          wire::Checker::Step step(c, "allowedOrigins");
          const nlohmann::json& v32 = *it31;
          CheckStringList(v32, c);
        }
        if (auto it33 = v24.find("root"); it33 != v24.end()) {
          wire::Checker::Step step(c, "root");
          const nlohmann::json& v34 = *it33;
          if (!(v34.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it35 = v24.find("dangerouslyAllowHostHeaderOriginFallback"); it35 != v24.end()) {
          wire::Checker::Step step(c, "dangerouslyAllowHostHeaderOriginFallback");
          const nlohmann::json& v36 = *it35;
          if (!(v36.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
    if (auto it37 = v.find("http"); it37 != v.end()) {
      wire::Checker::Step step(c, "http");
      const nlohmann::json& v38 = *it37;
      CheckGatewayHttpConfig(v38, c);
    }
    if (auto it39 = v.find("reload"); it39 != v.end()) {
      wire::Checker::Step step(c, "reload");
      const nlohmann::json& v40 = *it39;
      if (!(v40.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry41 : v40.items()) {
          if (!wire::IsOneOf(entry41.key(), {"mode", "debounceMs"})) {
            c.Fail("unexpected property '" + entry41.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it42 = v40.find("mode"); it42 != v40.end()) {
          wire::Checker::Step step(c, "mode");
          const nlohmann::json& v43 = *it42;
          if (!(v43.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v43.get_ref<const std::string&>(), {"hybrid", "off", "hot", "restart"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it44 = v40.find("debounceMs"); it44 != v40.end()) {
          wire::Checker::Step step(c, "debounceMs");
          const nlohmann::json& v45 = *it44;
          if (!(wire::IsInteger(v45))) {
            c.Fail("must be integer");
          } else {
            const double x46 = v45.get<double>();
            if (x46 < 0) c.Fail("must be >= 0");
          }
        }
      }
    }
    if (auto it47 = v.find("tls"); it47 != v.end()) {
      wire::Checker::Step step(c, "tls");
      const nlohmann::json& v48 = *it47;
      if (!(v48.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry49 : v48.items()) {
          if (!wire::IsOneOf(entry49.key(), {"enabled", "autoGenerate", "certPath", "keyPath", "caPath"})) {
            c.Fail("unexpected property '" + entry49.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it50 = v48.find("enabled"); it50 != v48.end()) {
          wire::Checker::Step step(c, "enabled");
          const nlohmann::json& v51 = *it50;
          if (!(v51.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it52 = v48.find("autoGenerate"); it52 != v48.end()) {
          wire::Checker::Step step(c, "autoGenerate");
          const nlohmann::json& v53 = *it52;
          if (!(v53.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it54 = v48.find("certPath"); it54 != v48.end()) {
          wire::Checker::Step step(c, "certPath");
          const nlohmann::json& v55 = *it54;
          if (!(v55.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it56 = v48.find("keyPath"); it56 != v48.end()) {
          wire::Checker::Step step(c, "keyPath");
          const nlohmann::json& v57 = *it56;
          if (!(v57.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it58 = v48.find("caPath"); it58 != v48.end()) {
          wire::Checker::Step step(c, "caPath");
          const nlohmann::json& v59 = *it58;
          if (!(v59.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it60 = v.find("tailscale"); it60 != v.end()) {
      wire::Checker::Step step(c, "tailscale");
      const nlohmann::json& v61 = *it60;
      if (!(v61.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it62 = v61.find("mode"); it62 != v61.end()) {
          wire::Checker::Step step(c, "mode");
          const nlohmann::json& v63 = *it62;
          if (!(v63.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v63.get_ref<const std::string&>(), {"off", "serve", "funnel"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it64 = v61.find("resetOnExit"); it64 != v61.end()) {
          wire::Checker::Step step(c, "resetOnExit");
          const nlohmann::json& v65 = *it64;
          if (!(v65.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
    if (auto it66 = v.find("remote"); it66 != v.end()) {
      wire::Checker::Step step(c, "remote");
      const nlohmann::json& v67 = *it66;
      if (!(v67.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it68 = v67.find("url"); it68 != v67.end()) {
          wire::Checker::Step step(c, "url");
          const nlohmann::json& v69 = *it68;
          if (!(v69.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s70 = v69.get_ref<const std::string&>();
            static const wire::Pattern pattern71("^wss?://");
            if (!pattern71.Matches(s70)) c.Fail("must match pattern \"^wss?://\"");
          }
        }
        if (auto it72 = v67.find("token"); it72 != v67.end()) {
          wire::Checker::Step step(c, "token");
          const nlohmann::json& v73 = *it72;
          CheckSecretInput(v73, c);
        }
        if (auto it74 = v67.find("password"); it74 != v67.end()) {
          wire::Checker::Step step(c, "password");
          const nlohmann::json& v75 = *it74;
          CheckSecretInput(v75, c);
        }
        if (auto it76 = v67.find("transport"); it76 != v67.end()) {
          wire::Checker::Step step(c, "transport");
          const nlohmann::json& v77 = *it76;
          if (!(v77.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v77.get_ref<const std::string&>(), {"ssh", "direct"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it78 = v67.find("tlsFingerprint"); it78 != v67.end()) {
          wire::Checker::Step step(c, "tlsFingerprint");
          const nlohmann::json& v79 = *it78;
          if (!(v79.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it80 = v.find("nodes"); it80 != v.end()) {
      wire::Checker::Step step(c, "nodes");
      const nlohmann::json& v81 = *it80;
      if (!(v81.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it82 = v81.find("pairing"); it82 != v81.end()) {
          wire::Checker::Step step(c, "pairing");
          const nlohmann::json& v83 = *it82;
          if (!(v83.is_object())) {
            c.Fail("must be object");
          } else {
            if (auto it84 = v83.find("autoApproveLocal"); it84 != v83.end()) {
              wire::Checker::Step step(c, "autoApproveLocal");
              const nlohmann::json& v85 = *it84;
              if (!(v85.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it86 = v83.find("autoApproveCidrs"); it86 != v83.end()) {
              wire::Checker::Step step(c, "autoApproveCidrs");
              const nlohmann::json& v87 = *it86;
              CheckStringList(v87, c);
            }
          }
        }
        if (auto it88 = v81.find("commands"); it88 != v81.end()) {
          wire::Checker::Step step(c, "commands");
          const nlohmann::json& v89 = *it88;
          if (!(v89.is_object())) {
            c.Fail("must be object");
          } else {
            if (auto it90 = v89.find("allow"); it90 != v89.end()) {
              wire::Checker::Step step(c, "allow");
              const nlohmann::json& v91 = *it90;
              CheckStringList(v91, c);
            }
            if (auto it92 = v89.find("deny"); it92 != v89.end()) {
              wire::Checker::Step step(c, "deny");
              const nlohmann::json& v93 = *it92;
              CheckStringList(v93, c);
            }
          }
        }
      }
    }
    if (auto it94 = v.find("tools"); it94 != v.end()) {
      wire::Checker::Step step(c, "tools");
      const nlohmann::json& v95 = *it94;
      if (!(v95.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it96 = v95.find("allow"); it96 != v95.end()) {
          wire::Checker::Step step(c, "allow");
          const nlohmann::json& v97 = *it96;
          CheckStringList(v97, c);
        }
        if (auto it98 = v95.find("deny"); it98 != v95.end()) {
          wire::Checker::Step step(c, "deny");
          const nlohmann::json& v99 = *it98;
          CheckStringList(v99, c);
        }
      }
    }
    if (auto it100 = v.find("terminal"); it100 != v.end()) {
      wire::Checker::Step step(c, "terminal");
      const nlohmann::json& v101 = *it100;
      if (!(v101.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it102 = v101.find("enabled"); it102 != v101.end()) {
          wire::Checker::Step step(c, "enabled");
          const nlohmann::json& v103 = *it102;
          if (!(v103.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
    if (auto it104 = v.find("roles"); it104 != v.end()) {
      wire::Checker::Step step(c, "roles");
      const nlohmann::json& v105 = *it104;
      if (!(v105.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry106 : v105.items()) {
          wire::Checker::Step step(c, entry106.key());
          const nlohmann::json& v107 = entry106.value();
          if (!(v107.is_object())) {
            c.Fail("must be object");
          } else {
          }
        }
      }
    }
  }
}

void CheckHookMappingConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("id"); it1 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("match"); it3 != v.end()) {
      wire::Checker::Step step(c, "match");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it5 = v4.find("path"); it5 != v4.end()) {
          wire::Checker::Step step(c, "path");
          const nlohmann::json& v6 = *it5;
          if (!(v6.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it7 = v4.find("source"); it7 != v4.end()) {
          wire::Checker::Step step(c, "source");
          const nlohmann::json& v8 = *it7;
          if (!(v8.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it9 = v.find("action"); it9 != v.end()) {
      wire::Checker::Step step(c, "action");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v10.get_ref<const std::string&>(), {"wake", "agent"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it11 = v.find("wakeMode"); it11 != v.end()) {
      wire::Checker::Step step(c, "wakeMode");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v12.get_ref<const std::string&>(), {"now", "next-heartbeat"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it13 = v.find("name"); it13 != v.end()) {
      wire::Checker::Step step(c, "name");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it15 = v.find("agentId"); it15 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_string())) {
        c.Fail("must be string");
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
    if (auto it19 = v.find("messageTemplate"); it19 != v.end()) {
      wire::Checker::Step step(c, "messageTemplate");
      const nlohmann::json& v20 = *it19;
      if (!(v20.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it21 = v.find("textTemplate"); it21 != v.end()) {
      wire::Checker::Step step(c, "textTemplate");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it23 = v.find("deliver"); it23 != v.end()) {
      wire::Checker::Step step(c, "deliver");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it25 = v.find("channel"); it25 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v26 = *it25;
      if (!(v26.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it27 = v.find("to"); it27 != v.end()) {
      wire::Checker::Step step(c, "to");
      const nlohmann::json& v28 = *it27;
      if (!(v28.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it29 = v.find("model"); it29 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v30 = *it29;
      if (!(v30.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it31 = v.find("timeoutSeconds"); it31 != v.end()) {
      wire::Checker::Step step(c, "timeoutSeconds");
      const nlohmann::json& v32 = *it31;
      if (!(wire::IsInteger(v32))) {
        c.Fail("must be integer");
      } else {
        const double x33 = v32.get<double>();
        if (x33 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it34 = v.find("transform"); it34 != v.end()) {
      wire::Checker::Step step(c, "transform");
      const nlohmann::json& v35 = *it34;
      if (!(v35.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
  }
}

void CheckHooksConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("enabled"); it1 != v.end()) {
      wire::Checker::Step step(c, "enabled");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("token"); it3 != v.end()) {
      wire::Checker::Step step(c, "token");
      const nlohmann::json& v4 = *it3;
      CheckSecretInput(v4, c);
    }
    if (auto it5 = v.find("path"); it5 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s7 = v6.get_ref<const std::string&>();
        static const wire::Pattern pattern8("^/");
        if (!pattern8.Matches(s7)) c.Fail("must match pattern \"^/\"");
      }
    }
    if (auto it9 = v.find("allowedAgentIds"); it9 != v.end()) {
      wire::Checker::Step step(c, "allowedAgentIds");
      const nlohmann::json& v10 = *it9;
      CheckStringList(v10, c);
    }
    if (auto it11 = v.find("defaultSessionKey"); it11 != v.end()) {
      wire::Checker::Step step(c, "defaultSessionKey");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it13 = v.find("allowRequestSessionKey"); it13 != v.end()) {
      wire::Checker::Step step(c, "allowRequestSessionKey");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it15 = v.find("allowedSessionKeyPrefixes"); it15 != v.end()) {
      wire::Checker::Step step(c, "allowedSessionKeyPrefixes");
      const nlohmann::json& v16 = *it15;
      CheckStringList(v16, c);
    }
    if (auto it17 = v.find("mappings"); it17 != v.end()) {
      wire::Checker::Step step(c, "mappings");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i19 = 0; i19 < v18.size(); ++i19) {
          wire::Checker::Step step(c, i19);
          const nlohmann::json& v20 = v18[i19];
          CheckHookMappingConfig(v20, c);
        }
      }
    }
    if (auto it21 = v.find("presets"); it21 != v.end()) {
      wire::Checker::Step step(c, "presets");
      const nlohmann::json& v22 = *it21;
      CheckStringList(v22, c);
    }
    if (auto it23 = v.find("transformsDir"); it23 != v.end()) {
      wire::Checker::Step step(c, "transformsDir");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckLogLevel(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"trace", "debug", "info", "warn", "error", "fatal", "silent"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckLoggingConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"level", "file", "maxFileBytes", "consoleLevel", "consoleStyle", "redactPatterns"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("level"); it2 != v.end()) {
      wire::Checker::Step step(c, "level");
      const nlohmann::json& v3 = *it2;
      CheckLogLevel(v3, c);
    }
    if (auto it4 = v.find("file"); it4 != v.end()) {
      wire::Checker::Step step(c, "file");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("maxFileBytes"); it6 != v.end()) {
      wire::Checker::Step step(c, "maxFileBytes");
      const nlohmann::json& v7 = *it6;
      if (!(wire::IsInteger(v7))) {
        c.Fail("must be integer");
      } else {
        const double x8 = v7.get<double>();
        if (x8 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it9 = v.find("consoleLevel"); it9 != v.end()) {
      wire::Checker::Step step(c, "consoleLevel");
      const nlohmann::json& v10 = *it9;
      CheckLogLevel(v10, c);
    }
    if (auto it11 = v.find("consoleStyle"); it11 != v.end()) {
      wire::Checker::Step step(c, "consoleStyle");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v12.get_ref<const std::string&>(), {"pretty", "json", "compact"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it13 = v.find("redactPatterns"); it13 != v.end()) {
      wire::Checker::Step step(c, "redactPatterns");
      const nlohmann::json& v14 = *it13;
      CheckStringList(v14, c);
    }
  }
}

void CheckModelApi(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"openai-completions", "openai-responses", "openai-chatgpt-responses", "anthropic-messages", "google-generative-ai", "google-vertex", "github-copilot", "bedrock-converse-stream", "ollama", "pi-messages", "azure-openai-responses"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckModelCost(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("input"); it1 != v.end()) {
      wire::Checker::Step step(c, "input");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_number())) {
        c.Fail("must be number");
      } else {
        const double x3 = v2.get<double>();
        if (x3 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it4 = v.find("output"); it4 != v.end()) {
      wire::Checker::Step step(c, "output");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_number())) {
        c.Fail("must be number");
      } else {
        const double x6 = v5.get<double>();
        if (x6 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it7 = v.find("cacheRead"); it7 != v.end()) {
      wire::Checker::Step step(c, "cacheRead");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_number())) {
        c.Fail("must be number");
      } else {
        const double x9 = v8.get<double>();
        if (x9 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it10 = v.find("cacheWrite"); it10 != v.end()) {
      wire::Checker::Step step(c, "cacheWrite");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_number())) {
        c.Fail("must be number");
      } else {
        const double x12 = v11.get<double>();
        if (x12 < 0) c.Fail("must be >= 0");
      }
    }
  }
}

void CheckModelDefinitionConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    if (auto it1 = v.find("id"); it1 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s3 = v2.get_ref<const std::string&>();
        const std::size_t n4 = wire::CodePointLength(s3);
        if (n4 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it5 = v.find("name"); it5 != v.end()) {
      wire::Checker::Step step(c, "name");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("api"); it7 != v.end()) {
      wire::Checker::Step step(c, "api");
      const nlohmann::json& v8 = *it7;
      CheckModelApi(v8, c);
    }
    if (auto it9 = v.find("reasoning"); it9 != v.end()) {
      wire::Checker::Step step(c, "reasoning");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it11 = v.find("input"); it11 != v.end()) {
      wire::Checker::Step step(c, "input");
      const nlohmann::json& v12 = *it11;
      CheckStringList(v12, c);
    }
    if (auto it13 = v.find("cost"); it13 != v.end()) {
      wire::Checker::Step step(c, "cost");
      const nlohmann::json& v14 = *it13;
      CheckModelCost(v14, c);
    }
    if (auto it15 = v.find("contextWindow"); it15 != v.end()) {
      wire::Checker::Step step(c, "contextWindow");
      const nlohmann::json& v16 = *it15;
      if (!(wire::IsInteger(v16))) {
        c.Fail("must be integer");
      } else {
        const double x17 = v16.get<double>();
        if (x17 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it18 = v.find("contextTokens"); it18 != v.end()) {
      wire::Checker::Step step(c, "contextTokens");
      const nlohmann::json& v19 = *it18;
      if (!(wire::IsInteger(v19))) {
        c.Fail("must be integer");
      } else {
        const double x20 = v19.get<double>();
        if (x20 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it21 = v.find("maxTokens"); it21 != v.end()) {
      wire::Checker::Step step(c, "maxTokens");
      const nlohmann::json& v22 = *it21;
      if (!(wire::IsInteger(v22))) {
        c.Fail("must be integer");
      } else {
        const double x23 = v22.get<double>();
        if (x23 < 1) c.Fail("must be >= 1");
      }
    }
  }
}

void CheckModelProviderConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("baseUrl"); it1 != v.end()) {
      wire::Checker::Step step(c, "baseUrl");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("apiKey"); it3 != v.end()) {
      wire::Checker::Step step(c, "apiKey");
      const nlohmann::json& v4 = *it3;
      CheckSecretInput(v4, c);
    }
    if (auto it5 = v.find("api"); it5 != v.end()) {
      wire::Checker::Step step(c, "api");
      const nlohmann::json& v6 = *it5;
      CheckModelApi(v6, c);
    }
    if (auto it7 = v.find("auth"); it7 != v.end()) {
      wire::Checker::Step step(c, "auth");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v8.get_ref<const std::string&>(), {"api-key", "token", "oauth", "aws-sdk"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it9 = v.find("authHeader"); it9 != v.end()) {
      wire::Checker::Step step(c, "authHeader");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it11 = v.find("headers"); it11 != v.end()) {
      wire::Checker::Step step(c, "headers");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry13 : v12.items()) {
          wire::Checker::Step step(c, entry13.key());
          const nlohmann::json& v14 = entry13.value();
          if (!(v14.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it15 = v.find("timeoutSeconds"); it15 != v.end()) {
      wire::Checker::Step step(c, "timeoutSeconds");
      const nlohmann::json& v16 = *it15;
      if (!(wire::IsInteger(v16))) {
        c.Fail("must be integer");
      } else {
        const double x17 = v16.get<double>();
        if (x17 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it18 = v.find("maxTokens"); it18 != v.end()) {
      wire::Checker::Step step(c, "maxTokens");
      const nlohmann::json& v19 = *it18;
      if (!(wire::IsInteger(v19))) {
        c.Fail("must be integer");
      } else {
        const double x20 = v19.get<double>();
        if (x20 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it21 = v.find("request"); it21 != v.end()) {
      wire::Checker::Step step(c, "request");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it23 = v.find("localService"); it23 != v.end()) {
      wire::Checker::Step step(c, "localService");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it25 = v.find("models"); it25 != v.end()) {
      wire::Checker::Step step(c, "models");
      const nlohmann::json& v26 = *it25;
      if (!(v26.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i27 = 0; i27 < v26.size(); ++i27) {
          wire::Checker::Step step(c, i27);
          const nlohmann::json& v28 = v26[i27];
          CheckModelDefinitionConfig(v28, c);
        }
      }
    }
  }
}

void CheckModelsConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("mode"); it1 != v.end()) {
      wire::Checker::Step step(c, "mode");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v2.get_ref<const std::string&>(), {"merge", "replace"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it3 = v.find("providers"); it3 != v.end()) {
      wire::Checker::Step step(c, "providers");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry5 : v4.items()) {
          wire::Checker::Step step(c, entry5.key());
          const nlohmann::json& v6 = entry5.value();
          CheckModelProviderConfig(v6, c);
        }
      }
    }
    if (auto it7 = v.find("catalogRefresh"); it7 != v.end()) {
      wire::Checker::Step step(c, "catalogRefresh");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it9 = v8.find("enabled"); it9 != v8.end()) {
          wire::Checker::Step step(c, "enabled");
          const nlohmann::json& v10 = *it9;
          if (!(v10.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
  }
}

void CheckPluginEntryConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("enabled"); it1 != v.end()) {
      wire::Checker::Step step(c, "enabled");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("config"); it3 != v.end()) {
      wire::Checker::Step step(c, "config");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
  }
}

void CheckPluginsConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("enabled"); it1 != v.end()) {
      wire::Checker::Step step(c, "enabled");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("allow"); it3 != v.end()) {
      wire::Checker::Step step(c, "allow");
      const nlohmann::json& v4 = *it3;
      CheckStringList(v4, c);
    }
    if (auto it5 = v.find("deny"); it5 != v.end()) {
      wire::Checker::Step step(c, "deny");
      const nlohmann::json& v6 = *it5;
      CheckStringList(v6, c);
    }
    if (auto it7 = v.find("entries"); it7 != v.end()) {
      wire::Checker::Step step(c, "entries");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry9 : v8.items()) {
          wire::Checker::Step step(c, entry9.key());
          const nlohmann::json& v10 = entry9.value();
          CheckPluginEntryConfig(v10, c);
        }
      }
    }
  }
}

void CheckSessionMaintenanceConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("mode"); it1 != v.end()) {
      wire::Checker::Step step(c, "mode");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v2.get_ref<const std::string&>(), {"enforce", "warn"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it3 = v.find("pruneAfter"); it3 != v.end()) {
      wire::Checker::Step step(c, "pruneAfter");
      const nlohmann::json& v4 = *it3;
      CheckDurationString(v4, c);
    }
    if (auto it5 = v.find("maxEntries"); it5 != v.end()) {
      wire::Checker::Step step(c, "maxEntries");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
        const double x7 = v6.get<double>();
        if (x7 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it8 = v.find("maxDiskBytes"); it8 != v.end()) {
      wire::Checker::Step step(c, "maxDiskBytes");
      const nlohmann::json& v9 = *it8;
      CheckByteSize(v9, c);
    }
  }
}

void CheckSessionResetPolicy(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"mode", "atHour", "idleMinutes"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("mode"); it2 != v.end()) {
      wire::Checker::Step step(c, "mode");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v3.get_ref<const std::string&>(), {"none", "daily", "idle"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it4 = v.find("atHour"); it4 != v.end()) {
      wire::Checker::Step step(c, "atHour");
      const nlohmann::json& v5 = *it4;
      if (!(wire::IsInteger(v5))) {
        c.Fail("must be integer");
      } else {
        const double x6 = v5.get<double>();
        if (x6 > 23) c.Fail("must be <= 23");
        if (x6 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it7 = v.find("idleMinutes"); it7 != v.end()) {
      wire::Checker::Step step(c, "idleMinutes");
      const nlohmann::json& v8 = *it7;
      if (!(wire::IsInteger(v8))) {
        c.Fail("must be integer");
      } else {
        const double x9 = v8.get<double>();
        if (x9 < 1) c.Fail("must be >= 1");
      }
    }
  }
}

void CheckSendPolicyAction(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"allow", "deny"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckSessionSendPolicy(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("rules"); it1 != v.end()) {
      wire::Checker::Step step(c, "rules");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i3 = 0; i3 < v2.size(); ++i3) {
          wire::Checker::Step step(c, i3);
          const nlohmann::json& v4 = v2[i3];
          if (!(v4.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v4.contains("action")) c.Fail("must have required property 'action'");
            if (auto it5 = v4.find("action"); it5 != v4.end()) {
              wire::Checker::Step step(c, "action");
              const nlohmann::json& v6 = *it5;
              CheckSendPolicyAction(v6, c);
            }
            if (auto it7 = v4.find("match"); it7 != v4.end()) {
              wire::Checker::Step step(c, "match");
              const nlohmann::json& v8 = *it7;
              if (!(v8.is_object())) {
                c.Fail("must be object");
              } else {
                if (auto it9 = v8.find("channel"); it9 != v8.end()) {
                  wire::Checker::Step step(c, "channel");
                  const nlohmann::json& v10 = *it9;
                  if (!(v10.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it11 = v8.find("chatType"); it11 != v8.end()) {
                  wire::Checker::Step step(c, "chatType");
                  const nlohmann::json& v12 = *it11;
                  if (!(v12.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it13 = v8.find("keyPrefix"); it13 != v8.end()) {
                  wire::Checker::Step step(c, "keyPrefix");
                  const nlohmann::json& v14 = *it13;
                  if (!(v14.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
              }
            }
          }
        }
      }
    }
    if (auto it15 = v.find("default"); it15 != v.end()) {
      wire::Checker::Step step(c, "default");
      const nlohmann::json& v16 = *it15;
      CheckSendPolicyAction(v16, c);
    }
  }
}

void CheckSessionConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"scope", "dmScope", "groupScope", "reset", "resetByType", "resetByChannel", "resetTriggers", "identityLinks", "store", "maintenance", "mainKey", "sendPolicy"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("scope"); it2 != v.end()) {
      wire::Checker::Step step(c, "scope");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v3.get_ref<const std::string&>(), {"per-sender", "global"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it4 = v.find("dmScope"); it4 != v.end()) {
      wire::Checker::Step step(c, "dmScope");
      const nlohmann::json& v5 = *it4;
      CheckDmScope(v5, c);
    }
    if (auto it6 = v.find("groupScope"); it6 != v.end()) {
      wire::Checker::Step step(c, "groupScope");
      const nlohmann::json& v7 = *it6;
      CheckGroupScope(v7, c);
    }
    if (auto it8 = v.find("reset"); it8 != v.end()) {
      wire::Checker::Step step(c, "reset");
      const nlohmann::json& v9 = *it8;
      CheckSessionResetPolicy(v9, c);
    }
    if (auto it10 = v.find("resetByType"); it10 != v.end()) {
      wire::Checker::Step step(c, "resetByType");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry12 : v11.items()) {
          if (!wire::IsOneOf(entry12.key(), {"direct", "group", "thread"})) {
            c.Fail("unexpected property '" + entry12.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it13 = v11.find("direct"); it13 != v11.end()) {
          wire::Checker::Step step(c, "direct");
          const nlohmann::json& v14 = *it13;
          CheckSessionResetPolicy(v14, c);
        }
        if (auto it15 = v11.find("group"); it15 != v11.end()) {
          wire::Checker::Step step(c, "group");
          const nlohmann::json& v16 = *it15;
          CheckSessionResetPolicy(v16, c);
        }
        if (auto it17 = v11.find("thread"); it17 != v11.end()) {
          wire::Checker::Step step(c, "thread");
          const nlohmann::json& v18 = *it17;
          CheckSessionResetPolicy(v18, c);
        }
      }
    }
    if (auto it19 = v.find("resetByChannel"); it19 != v.end()) {
      wire::Checker::Step step(c, "resetByChannel");
      const nlohmann::json& v20 = *it19;
      if (!(v20.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry21 : v20.items()) {
          wire::Checker::Step step(c, entry21.key());
          const nlohmann::json& v22 = entry21.value();
          CheckSessionResetPolicy(v22, c);
        }
      }
    }
    if (auto it23 = v.find("resetTriggers"); it23 != v.end()) {
      wire::Checker::Step step(c, "resetTriggers");
      const nlohmann::json& v24 = *it23;
      CheckStringList(v24, c);
    }
    if (auto it25 = v.find("identityLinks"); it25 != v.end()) {
      wire::Checker::Step step(c, "identityLinks");
      const nlohmann::json& v26 = *it25;
      if (!(v26.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry27 : v26.items()) {
          wire::Checker::Step step(c, entry27.key());
          const nlohmann::json& v28 = entry27.value();
          CheckStringList(v28, c);
        }
      }
    }
    if (auto it29 = v.find("store"); it29 != v.end()) {
      wire::Checker::Step step(c, "store");
      const nlohmann::json& v30 = *it29;
      if (!(v30.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it31 = v.find("maintenance"); it31 != v.end()) {
      wire::Checker::Step step(c, "maintenance");
      const nlohmann::json& v32 = *it31;
      CheckSessionMaintenanceConfig(v32, c);
    }
    if (auto it33 = v.find("mainKey"); it33 != v.end()) {
      wire::Checker::Step step(c, "mainKey");
      const nlohmann::json& v34 = *it33;
      if (!(v34.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it35 = v.find("sendPolicy"); it35 != v.end()) {
      wire::Checker::Step step(c, "sendPolicy");
      const nlohmann::json& v36 = *it35;
      CheckSessionSendPolicy(v36, c);
    }
  }
}

void CheckOpenClawConfig(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"$schema", "gateway", "agents", "bindings", "models", "channels", "session", "cron", "logging", "hooks", "env", "identity", "auth", "plugins", "canvasHost", "skills", "tools", "messages", "commands", "ui", "browser", "wizard", "meta", "update", "secrets", "discovery", "diagnostics", "talk", "approvals", "broadcast", "audio", "web", "memory", "worktreeRoot", "worktreeAcceleration", "telemetry", "accessGroups", "acp", "nodeHost", "security", "attachments", "tts", "transcripts", "cloudWorkers", "desktop", "mcp", "surfaces", "proxy"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("$schema"); it2 != v.end()) {
      wire::Checker::Step step(c, "$schema");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("gateway"); it4 != v.end()) {
      wire::Checker::Step step(c, "gateway");
      const nlohmann::json& v5 = *it4;
      CheckGatewayConfig(v5, c);
    }
    if (auto it6 = v.find("agents"); it6 != v.end()) {
      wire::Checker::Step step(c, "agents");
      const nlohmann::json& v7 = *it6;
      CheckAgentsConfig(v7, c);
    }
    if (auto it8 = v.find("bindings"); it8 != v.end()) {
      wire::Checker::Step step(c, "bindings");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i10 = 0; i10 < v9.size(); ++i10) {
          wire::Checker::Step step(c, i10);
          const nlohmann::json& v11 = v9[i10];
          CheckBindingConfig(v11, c);
        }
      }
    }
    if (auto it12 = v.find("models"); it12 != v.end()) {
      wire::Checker::Step step(c, "models");
      const nlohmann::json& v13 = *it12;
      CheckModelsConfig(v13, c);
    }
    if (auto it14 = v.find("channels"); it14 != v.end()) {
      wire::Checker::Step step(c, "channels");
      const nlohmann::json& v15 = *it14;
      CheckChannelsConfig(v15, c);
    }
    if (auto it16 = v.find("session"); it16 != v.end()) {
      wire::Checker::Step step(c, "session");
      const nlohmann::json& v17 = *it16;
      CheckSessionConfig(v17, c);
    }
    if (auto it18 = v.find("cron"); it18 != v.end()) {
      wire::Checker::Step step(c, "cron");
      const nlohmann::json& v19 = *it18;
      CheckCronConfig(v19, c);
    }
    if (auto it20 = v.find("logging"); it20 != v.end()) {
      wire::Checker::Step step(c, "logging");
      const nlohmann::json& v21 = *it20;
      CheckLoggingConfig(v21, c);
    }
    if (auto it22 = v.find("hooks"); it22 != v.end()) {
      wire::Checker::Step step(c, "hooks");
      const nlohmann::json& v23 = *it22;
      CheckHooksConfig(v23, c);
    }
    if (auto it24 = v.find("env"); it24 != v.end()) {
      wire::Checker::Step step(c, "env");
      const nlohmann::json& v25 = *it24;
      CheckEnvConfig(v25, c);
    }
    if (auto it26 = v.find("identity"); it26 != v.end()) {
      wire::Checker::Step step(c, "identity");
      const nlohmann::json& v27 = *it26;
      CheckIdentityConfig(v27, c);
    }
    if (auto it28 = v.find("auth"); it28 != v.end()) {
      wire::Checker::Step step(c, "auth");
      const nlohmann::json& v29 = *it28;
      CheckAuthConfig(v29, c);
    }
    if (auto it30 = v.find("plugins"); it30 != v.end()) {
      wire::Checker::Step step(c, "plugins");
      const nlohmann::json& v31 = *it30;
      CheckPluginsConfig(v31, c);
    }
    if (auto it32 = v.find("canvasHost"); it32 != v.end()) {
      wire::Checker::Step step(c, "canvasHost");
      const nlohmann::json& v33 = *it32;
      CheckCanvasHostConfig(v33, c);
    }
    if (auto it34 = v.find("skills"); it34 != v.end()) {
      wire::Checker::Step step(c, "skills");
      const nlohmann::json& v35 = *it34;
      if (!(v35.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it36 = v.find("tools"); it36 != v.end()) {
      wire::Checker::Step step(c, "tools");
      const nlohmann::json& v37 = *it36;
      CheckToolsConfig(v37, c);
    }
    if (auto it38 = v.find("messages"); it38 != v.end()) {
      wire::Checker::Step step(c, "messages");
      const nlohmann::json& v39 = *it38;
      if (!(v39.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it40 = v.find("commands"); it40 != v.end()) {
      wire::Checker::Step step(c, "commands");
      const nlohmann::json& v41 = *it40;
      if (!(v41.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it42 = v.find("ui"); it42 != v.end()) {
      wire::Checker::Step step(c, "ui");
      const nlohmann::json& v43 = *it42;
      if (!(v43.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it44 = v.find("browser"); it44 != v.end()) {
      wire::Checker::Step step(c, "browser");
      const nlohmann::json& v45 = *it44;
      if (!(v45.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it46 = v.find("wizard"); it46 != v.end()) {
      wire::Checker::Step step(c, "wizard");
      const nlohmann::json& v47 = *it46;
      if (!(v47.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it48 = v.find("meta"); it48 != v.end()) {
      wire::Checker::Step step(c, "meta");
      const nlohmann::json& v49 = *it48;
      if (!(v49.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it50 = v.find("update"); it50 != v.end()) {
      wire::Checker::Step step(c, "update");
      const nlohmann::json& v51 = *it50;
      if (!(v51.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it52 = v.find("secrets"); it52 != v.end()) {
      wire::Checker::Step step(c, "secrets");
      const nlohmann::json& v53 = *it52;
      if (!(v53.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it54 = v.find("discovery"); it54 != v.end()) {
      wire::Checker::Step step(c, "discovery");
      const nlohmann::json& v55 = *it54;
      if (!(v55.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it56 = v.find("diagnostics"); it56 != v.end()) {
      wire::Checker::Step step(c, "diagnostics");
      const nlohmann::json& v57 = *it56;
      if (!(v57.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it58 = v.find("talk"); it58 != v.end()) {
      wire::Checker::Step step(c, "talk");
      const nlohmann::json& v59 = *it58;
      if (!(v59.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it60 = v.find("approvals"); it60 != v.end()) {
      wire::Checker::Step step(c, "approvals");
      const nlohmann::json& v61 = *it60;
      if (!(v61.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it62 = v.find("broadcast"); it62 != v.end()) {
      wire::Checker::Step step(c, "broadcast");
      const nlohmann::json& v63 = *it62;
      if (!(v63.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it64 = v.find("audio"); it64 != v.end()) {
      wire::Checker::Step step(c, "audio");
      const nlohmann::json& v65 = *it64;
      if (!(v65.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it66 = v.find("web"); it66 != v.end()) {
      wire::Checker::Step step(c, "web");
      const nlohmann::json& v67 = *it66;
      if (!(v67.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it68 = v.find("memory"); it68 != v.end()) {
      wire::Checker::Step step(c, "memory");
      const nlohmann::json& v69 = *it68;
      if (!(v69.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it70 = v.find("worktreeRoot"); it70 != v.end()) {
      wire::Checker::Step step(c, "worktreeRoot");
      const nlohmann::json& v71 = *it70;
      if (!(v71.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it72 = v.find("worktreeAcceleration"); it72 != v.end()) {
      wire::Checker::Step step(c, "worktreeAcceleration");
      const nlohmann::json& v73 = *it72;
      if (!(v73.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it74 = v.find("telemetry"); it74 != v.end()) {
      wire::Checker::Step step(c, "telemetry");
      const nlohmann::json& v75 = *it74;
      if (!(v75.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it76 = v.find("accessGroups"); it76 != v.end()) {
      wire::Checker::Step step(c, "accessGroups");
      const nlohmann::json& v77 = *it76;
      if (!(v77.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it78 = v.find("acp"); it78 != v.end()) {
      wire::Checker::Step step(c, "acp");
      const nlohmann::json& v79 = *it78;
      if (!(v79.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it80 = v.find("nodeHost"); it80 != v.end()) {
      wire::Checker::Step step(c, "nodeHost");
      const nlohmann::json& v81 = *it80;
      if (!(v81.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it82 = v.find("security"); it82 != v.end()) {
      wire::Checker::Step step(c, "security");
      const nlohmann::json& v83 = *it82;
      if (!(v83.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it84 = v.find("attachments"); it84 != v.end()) {
      wire::Checker::Step step(c, "attachments");
      const nlohmann::json& v85 = *it84;
      if (!(v85.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it86 = v.find("tts"); it86 != v.end()) {
      wire::Checker::Step step(c, "tts");
      const nlohmann::json& v87 = *it86;
      if (!(v87.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it88 = v.find("transcripts"); it88 != v.end()) {
      wire::Checker::Step step(c, "transcripts");
      const nlohmann::json& v89 = *it88;
      if (!(v89.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it90 = v.find("cloudWorkers"); it90 != v.end()) {
      wire::Checker::Step step(c, "cloudWorkers");
      const nlohmann::json& v91 = *it90;
      if (!(v91.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it92 = v.find("desktop"); it92 != v.end()) {
      wire::Checker::Step step(c, "desktop");
      const nlohmann::json& v93 = *it92;
      if (!(v93.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it94 = v.find("mcp"); it94 != v.end()) {
      wire::Checker::Step step(c, "mcp");
      const nlohmann::json& v95 = *it94;
      if (!(v95.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it96 = v.find("surfaces"); it96 != v.end()) {
      wire::Checker::Step step(c, "surfaces");
      const nlohmann::json& v97 = *it96;
      if (!(v97.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it98 = v.find("proxy"); it98 != v.end()) {
      wire::Checker::Step step(c, "proxy");
      const nlohmann::json& v99 = *it98;
      if (!(v99.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
  }
}

}  // namespace gateway::proto
