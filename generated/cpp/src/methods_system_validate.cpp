// Generated from protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckGatewayIdentityGetParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
  }
}

void CheckGatewayIdentityGetResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("deviceId")) c.Fail("must have required property 'deviceId'");
    if (!v.contains("publicKey")) c.Fail("must have required property 'publicKey'");
    if (auto it1 = v.find("deviceId"); it1 != v.end()) {
      wire::Checker::Step step(c, "deviceId");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s3 = v2.get_ref<const std::string&>();
        const std::size_t n4 = wire::CodePointLength(s3);
        if (n4 > 64) c.Fail("must not have more than 64 characters");
        if (n4 < 64) c.Fail("must not have fewer than 64 characters");
        static const wire::Pattern pattern5("^[0-9a-f]{64}$");
        if (!pattern5.Matches(s3)) c.Fail("must match pattern \"^[0-9a-f]{64}$\"");
      }
    }
    if (auto it6 = v.find("publicKey"); it6 != v.end()) {
      wire::Checker::Step step(c, "publicKey");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s8 = v7.get_ref<const std::string&>();
        const std::size_t n9 = wire::CodePointLength(s8);
        if (n9 > 43) c.Fail("must not have more than 43 characters");
        if (n9 < 43) c.Fail("must not have fewer than 43 characters");
        static const wire::Pattern pattern10("^[A-Za-z0-9_-]{43}$");
        if (!pattern10.Matches(s8)) c.Fail("must match pattern \"^[A-Za-z0-9_-]{43}$\"");
      }
    }
  }
}

void CheckGatewayRestartRequestParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("reason"); it1 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s3 = v2.get_ref<const std::string&>();
        const std::size_t n4 = wire::CodePointLength(s3);
        if (n4 > 200) c.Fail("must not have more than 200 characters");
      }
    }
    if (auto it5 = v.find("skipDeferral"); it5 != v.end()) {
      wire::Checker::Step step(c, "skipDeferral");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckRestartPreflight(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("safe")) c.Fail("must have required property 'safe'");
    if (!v.contains("counts")) c.Fail("must have required property 'counts'");
    if (!v.contains("blockers")) c.Fail("must have required property 'blockers'");
    if (auto it1 = v.find("safe"); it1 != v.end()) {
      wire::Checker::Step step(c, "safe");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("counts"); it3 != v.end()) {
      wire::Checker::Step step(c, "counts");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v4.contains("queueSize")) c.Fail("must have required property 'queueSize'");
        if (!v4.contains("pendingReplies")) c.Fail("must have required property 'pendingReplies'");
        if (!v4.contains("embeddedRuns")) c.Fail("must have required property 'embeddedRuns'");
        if (!v4.contains("cronRuns")) c.Fail("must have required property 'cronRuns'");
        if (!v4.contains("backgroundExecSessions")) c.Fail("must have required property 'backgroundExecSessions'");
        if (!v4.contains("rootRequests")) c.Fail("must have required property 'rootRequests'");
        if (!v4.contains("activeTasks")) c.Fail("must have required property 'activeTasks'");
        if (!v4.contains("totalActive")) c.Fail("must have required property 'totalActive'");
        if (auto it5 = v4.find("queueSize"); it5 != v4.end()) {
          wire::Checker::Step step(c, "queueSize");
          const nlohmann::json& v6 = *it5;
          if (!(wire::IsInteger(v6))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it7 = v4.find("pendingReplies"); it7 != v4.end()) {
          wire::Checker::Step step(c, "pendingReplies");
          const nlohmann::json& v8 = *it7;
          if (!(wire::IsInteger(v8))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it9 = v4.find("embeddedRuns"); it9 != v4.end()) {
          wire::Checker::Step step(c, "embeddedRuns");
          const nlohmann::json& v10 = *it9;
          if (!(wire::IsInteger(v10))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it11 = v4.find("cronRuns"); it11 != v4.end()) {
          wire::Checker::Step step(c, "cronRuns");
          const nlohmann::json& v12 = *it11;
          if (!(wire::IsInteger(v12))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it13 = v4.find("backgroundExecSessions"); it13 != v4.end()) {
          wire::Checker::Step step(c, "backgroundExecSessions");
          const nlohmann::json& v14 = *it13;
          if (!(wire::IsInteger(v14))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it15 = v4.find("rootRequests"); it15 != v4.end()) {
          wire::Checker::Step step(c, "rootRequests");
          const nlohmann::json& v16 = *it15;
          if (!(wire::IsInteger(v16))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it17 = v4.find("activeTasks"); it17 != v4.end()) {
          wire::Checker::Step step(c, "activeTasks");
          const nlohmann::json& v18 = *it17;
          if (!(wire::IsInteger(v18))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it19 = v4.find("totalActive"); it19 != v4.end()) {
          wire::Checker::Step step(c, "totalActive");
          const nlohmann::json& v20 = *it19;
          if (!(wire::IsInteger(v20))) {
            c.Fail("must be integer");
          } else {
          }
        }
      }
    }
    if (auto it21 = v.find("blockers"); it21 != v.end()) {
      wire::Checker::Step step(c, "blockers");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i23 = 0; i23 < v22.size(); ++i23) {
          wire::Checker::Step step(c, i23);
          const nlohmann::json& v24 = v22[i23];
          if (!(v24.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v24.contains("kind")) c.Fail("must have required property 'kind'");
            if (!v24.contains("count")) c.Fail("must have required property 'count'");
            if (auto it25 = v24.find("kind"); it25 != v24.end()) {
              wire::Checker::Step step(c, "kind");
              const nlohmann::json& v26 = *it25;
              if (!(v26.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it27 = v24.find("count"); it27 != v24.end()) {
              wire::Checker::Step step(c, "count");
              const nlohmann::json& v28 = *it27;
              if (!(wire::IsInteger(v28))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it29 = v24.find("message"); it29 != v24.end()) {
              wire::Checker::Step step(c, "message");
              const nlohmann::json& v30 = *it29;
              if (!(v30.is_string())) {
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

void CheckGatewayRestartRequestResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("status")) c.Fail("must have required property 'status'");
    if (!v.contains("preflight")) c.Fail("must have required property 'preflight'");
    if (!v.contains("restart")) c.Fail("must have required property 'restart'");
    if (auto it1 = v.find("ok"); it1 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v2 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("status"); it3 != v.end()) {
      wire::Checker::Step step(c, "status");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v4.get_ref<const std::string&>(), {"scheduled", "deferred", "coalesced"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it5 = v.find("preflight"); it5 != v.end()) {
      wire::Checker::Step step(c, "preflight");
      const nlohmann::json& v6 = *it5;
      CheckRestartPreflight(v6, c);
    }
    if (auto it7 = v.find("restart"); it7 != v.end()) {
      wire::Checker::Step step(c, "restart");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
  }
}

void CheckHealthParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("probe"); it1 != v.end()) {
      wire::Checker::Step step(c, "probe");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckLastHeartbeatParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
  }
}

void CheckLastHeartbeatResult(const nlohmann::json& v, wire::Checker& c) {
  if (!v.is_null()) {
    CheckHeartbeatEvent(v, c);
  }
}

void CheckLogsTailParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"cursor", "limit", "maxBytes"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("cursor"); it2 != v.end()) {
      wire::Checker::Step step(c, "cursor");
      const nlohmann::json& v3 = *it2;
      if (!(wire::IsInteger(v3))) {
        c.Fail("must be integer");
      } else {
        const double x4 = v3.get<double>();
        if (x4 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it5 = v.find("limit"); it5 != v.end()) {
      wire::Checker::Step step(c, "limit");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
        const double x7 = v6.get<double>();
        if (x7 > 5000) c.Fail("must be <= 5000");
        if (x7 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it8 = v.find("maxBytes"); it8 != v.end()) {
      wire::Checker::Step step(c, "maxBytes");
      const nlohmann::json& v9 = *it8;
      if (!(wire::IsInteger(v9))) {
        c.Fail("must be integer");
      } else {
        const double x10 = v9.get<double>();
        if (x10 > 1000000) c.Fail("must be <= 1000000");
        if (x10 < 1) c.Fail("must be >= 1");
      }
    }
  }
}

void CheckLogsTailResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("file")) c.Fail("must have required property 'file'");
    if (!v.contains("cursor")) c.Fail("must have required property 'cursor'");
    if (!v.contains("size")) c.Fail("must have required property 'size'");
    if (!v.contains("lines")) c.Fail("must have required property 'lines'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"file", "cursor", "size", "lines", "truncated", "reset", "skippedBytes"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("file"); it2 != v.end()) {
      wire::Checker::Step step(c, "file");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("cursor"); it4 != v.end()) {
      wire::Checker::Step step(c, "cursor");
      const nlohmann::json& v5 = *it4;
      if (!(wire::IsInteger(v5))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it6 = v.find("size"); it6 != v.end()) {
      wire::Checker::Step step(c, "size");
      const nlohmann::json& v7 = *it6;
      if (!(wire::IsInteger(v7))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it8 = v.find("lines"); it8 != v.end()) {
      wire::Checker::Step step(c, "lines");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i10 = 0; i10 < v9.size(); ++i10) {
          wire::Checker::Step step(c, i10);
          const nlohmann::json& v11 = v9[i10];
          if (!(v11.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it12 = v.find("truncated"); it12 != v.end()) {
      wire::Checker::Step step(c, "truncated");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it14 = v.find("reset"); it14 != v.end()) {
      wire::Checker::Step step(c, "reset");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it16 = v.find("skippedBytes"); it16 != v.end()) {
      wire::Checker::Step step(c, "skippedBytes");
      const nlohmann::json& v17 = *it16;
      if (!(wire::IsInteger(v17))) {
        c.Fail("must be integer");
      } else {
      }
    }
  }
}

void CheckSetHeartbeatsParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("enabled")) c.Fail("must have required property 'enabled'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"enabled"})) {
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
  }
}

void CheckSetHeartbeatsResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("enabled")) c.Fail("must have required property 'enabled'");
    if (auto it1 = v.find("ok"); it1 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v2 != nlohmann::json(true)) c.Fail("must be equal to constant");
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
  }
}

void CheckStatusParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("includeChannelSummary"); it1 != v.end()) {
      wire::Checker::Step step(c, "includeChannelSummary");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("includeCliProjection"); it3 != v.end()) {
      wire::Checker::Step step(c, "includeCliProjection");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckStatusResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("runtimeVersion")) c.Fail("must have required property 'runtimeVersion'");
    if (!v.contains("heartbeat")) c.Fail("must have required property 'heartbeat'");
    if (!v.contains("channelSummary")) c.Fail("must have required property 'channelSummary'");
    if (!v.contains("tasks")) c.Fail("must have required property 'tasks'");
    if (!v.contains("sessions")) c.Fail("must have required property 'sessions'");
    if (!v.contains("pid")) c.Fail("must have required property 'pid'");
    if (auto it1 = v.find("runtimeVersion"); it1 != v.end()) {
      wire::Checker::Step step(c, "runtimeVersion");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("heartbeat"); it3 != v.end()) {
      wire::Checker::Step step(c, "heartbeat");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v4.contains("defaultAgentId")) c.Fail("must have required property 'defaultAgentId'");
        if (!v4.contains("agents")) c.Fail("must have required property 'agents'");
        if (auto it5 = v4.find("defaultAgentId"); it5 != v4.end()) {
          wire::Checker::Step step(c, "defaultAgentId");
          const nlohmann::json& v6 = *it5;
          if (!(v6.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it7 = v4.find("agents"); it7 != v4.end()) {
          wire::Checker::Step step(c, "agents");
          const nlohmann::json& v8 = *it7;
          if (!(v8.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i9 = 0; i9 < v8.size(); ++i9) {
              wire::Checker::Step step(c, i9);
              const nlohmann::json& v10 = v8[i9];
              if (!(v10.is_object())) {
                c.Fail("must be object");
              } else {
                if (!v10.contains("agentId")) c.Fail("must have required property 'agentId'");
                if (!v10.contains("enabled")) c.Fail("must have required property 'enabled'");
                if (!v10.contains("every")) c.Fail("must have required property 'every'");
                if (!v10.contains("everyMs")) c.Fail("must have required property 'everyMs'");
                if (auto it11 = v10.find("agentId"); it11 != v10.end()) {
                  wire::Checker::Step step(c, "agentId");
                  const nlohmann::json& v12 = *it11;
                  if (!(v12.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it13 = v10.find("enabled"); it13 != v10.end()) {
                  wire::Checker::Step step(c, "enabled");
                  const nlohmann::json& v14 = *it13;
                  if (!(v14.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
                if (auto it15 = v10.find("every"); it15 != v10.end()) {
                  wire::Checker::Step step(c, "every");
                  const nlohmann::json& v16 = *it15;
                  if (!(v16.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it17 = v10.find("everyMs"); it17 != v10.end()) {
                  wire::Checker::Step step(c, "everyMs");
                  const nlohmann::json& v18 = *it17;
                  if (v18.is_null()) {
                  } else if (!(wire::IsInteger(v18))) {
                    c.Fail("must be integer,null");
                  } else {
                  }
                }
                if (auto it19 = v10.find("waitingForRoute"); it19 != v10.end()) {
                  wire::Checker::Step step(c, "waitingForRoute");
                  const nlohmann::json& v20 = *it19;
                  if (!(v20.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
              }
            }
          }
        }
      }
    }
    if (auto it21 = v.find("channelSummary"); it21 != v.end()) {
      wire::Checker::Step step(c, "channelSummary");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it23 = v.find("queuedSystemEvents"); it23 != v.end()) {
      wire::Checker::Step step(c, "queuedSystemEvents");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it25 = v.find("degradedSecretOwners"); it25 != v.end()) {
      wire::Checker::Step step(c, "degradedSecretOwners");
      const nlohmann::json& v26 = *it25;
      if (!(v26.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it27 = v.find("degradedPlugins"); it27 != v.end()) {
      wire::Checker::Step step(c, "degradedPlugins");
      const nlohmann::json& v28 = *it27;
      if (!(v28.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it29 = v.find("tasks"); it29 != v.end()) {
      wire::Checker::Step step(c, "tasks");
      const nlohmann::json& v30 = *it29;
      if (!(v30.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v30.contains("total")) c.Fail("must have required property 'total'");
        if (!v30.contains("active")) c.Fail("must have required property 'active'");
        if (!v30.contains("terminal")) c.Fail("must have required property 'terminal'");
        if (!v30.contains("failures")) c.Fail("must have required property 'failures'");
        if (!v30.contains("byStatus")) c.Fail("must have required property 'byStatus'");
        if (!v30.contains("byRuntime")) c.Fail("must have required property 'byRuntime'");
        if (auto it31 = v30.find("total"); it31 != v30.end()) {
          wire::Checker::Step step(c, "total");
          const nlohmann::json& v32 = *it31;
          if (!(wire::IsInteger(v32))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it33 = v30.find("active"); it33 != v30.end()) {
          wire::Checker::Step step(c, "active");
          const nlohmann::json& v34 = *it33;
          if (!(wire::IsInteger(v34))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it35 = v30.find("terminal"); it35 != v30.end()) {
          wire::Checker::Step step(c, "terminal");
          const nlohmann::json& v36 = *it35;
          if (!(wire::IsInteger(v36))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it37 = v30.find("failures"); it37 != v30.end()) {
          wire::Checker::Step step(c, "failures");
          const nlohmann::json& v38 = *it37;
          if (!(wire::IsInteger(v38))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it39 = v30.find("byStatus"); it39 != v30.end()) {
          wire::Checker::Step step(c, "byStatus");
          const nlohmann::json& v40 = *it39;
          if (!(v40.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v40.contains("queued")) c.Fail("must have required property 'queued'");
            if (!v40.contains("running")) c.Fail("must have required property 'running'");
            if (!v40.contains("succeeded")) c.Fail("must have required property 'succeeded'");
            if (!v40.contains("failed")) c.Fail("must have required property 'failed'");
            if (!v40.contains("timed_out")) c.Fail("must have required property 'timed_out'");
            if (!v40.contains("cancelled")) c.Fail("must have required property 'cancelled'");
            if (!v40.contains("lost")) c.Fail("must have required property 'lost'");
            if (auto it41 = v40.find("queued"); it41 != v40.end()) {
              wire::Checker::Step step(c, "queued");
              const nlohmann::json& v42 = *it41;
              if (!(wire::IsInteger(v42))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it43 = v40.find("running"); it43 != v40.end()) {
              wire::Checker::Step step(c, "running");
              const nlohmann::json& v44 = *it43;
              if (!(wire::IsInteger(v44))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it45 = v40.find("succeeded"); it45 != v40.end()) {
              wire::Checker::Step step(c, "succeeded");
              const nlohmann::json& v46 = *it45;
              if (!(wire::IsInteger(v46))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it47 = v40.find("failed"); it47 != v40.end()) {
              wire::Checker::Step step(c, "failed");
              const nlohmann::json& v48 = *it47;
              if (!(wire::IsInteger(v48))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it49 = v40.find("timed_out"); it49 != v40.end()) {
              wire::Checker::Step step(c, "timed_out");
              const nlohmann::json& v50 = *it49;
              if (!(wire::IsInteger(v50))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it51 = v40.find("cancelled"); it51 != v40.end()) {
              wire::Checker::Step step(c, "cancelled");
              const nlohmann::json& v52 = *it51;
              if (!(wire::IsInteger(v52))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it53 = v40.find("lost"); it53 != v40.end()) {
              wire::Checker::Step step(c, "lost");
              const nlohmann::json& v54 = *it53;
              if (!(wire::IsInteger(v54))) {
                c.Fail("must be integer");
              } else {
              }
            }
          }
        }
        if (auto it55 = v30.find("byRuntime"); it55 != v30.end()) {
          wire::Checker::Step step(c, "byRuntime");
          const nlohmann::json& v56 = *it55;
          if (!(v56.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v56.contains("subagent")) c.Fail("must have required property 'subagent'");
            if (!v56.contains("acp")) c.Fail("must have required property 'acp'");
            if (!v56.contains("cli")) c.Fail("must have required property 'cli'");
            if (!v56.contains("cron")) c.Fail("must have required property 'cron'");
            if (auto it57 = v56.find("subagent"); it57 != v56.end()) {
              wire::Checker::Step step(c, "subagent");
              const nlohmann::json& v58 = *it57;
              if (!(wire::IsInteger(v58))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it59 = v56.find("acp"); it59 != v56.end()) {
              wire::Checker::Step step(c, "acp");
              const nlohmann::json& v60 = *it59;
              if (!(wire::IsInteger(v60))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it61 = v56.find("cli"); it61 != v56.end()) {
              wire::Checker::Step step(c, "cli");
              const nlohmann::json& v62 = *it61;
              if (!(wire::IsInteger(v62))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it63 = v56.find("cron"); it63 != v56.end()) {
              wire::Checker::Step step(c, "cron");
              const nlohmann::json& v64 = *it63;
              if (!(wire::IsInteger(v64))) {
                c.Fail("must be integer");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it65 = v.find("taskAudit"); it65 != v.end()) {
      wire::Checker::Step step(c, "taskAudit");
      const nlohmann::json& v66 = *it65;
      if (!(v66.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it67 = v66.find("total"); it67 != v66.end()) {
          wire::Checker::Step step(c, "total");
          const nlohmann::json& v68 = *it67;
          if (!(wire::IsInteger(v68))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it69 = v66.find("warnings"); it69 != v66.end()) {
          wire::Checker::Step step(c, "warnings");
          const nlohmann::json& v70 = *it69;
          if (!(wire::IsInteger(v70))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it71 = v66.find("errors"); it71 != v66.end()) {
          wire::Checker::Step step(c, "errors");
          const nlohmann::json& v72 = *it71;
          if (!(wire::IsInteger(v72))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it73 = v66.find("byCode"); it73 != v66.end()) {
          wire::Checker::Step step(c, "byCode");
          const nlohmann::json& v74 = *it73;
          if (!(v74.is_object())) {
            c.Fail("must be object");
          } else {
            for (const auto& entry75 : v74.items()) {
              wire::Checker::Step step(c, entry75.key());
              const nlohmann::json& v76 = entry75.value();
              if (!(wire::IsInteger(v76))) {
                c.Fail("must be integer");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it77 = v.find("sessions"); it77 != v.end()) {
      wire::Checker::Step step(c, "sessions");
      const nlohmann::json& v78 = *it77;
      if (!(v78.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v78.contains("paths")) c.Fail("must have required property 'paths'");
        if (!v78.contains("count")) c.Fail("must have required property 'count'");
        if (!v78.contains("recent")) c.Fail("must have required property 'recent'");
        if (!v78.contains("byAgent")) c.Fail("must have required property 'byAgent'");
        if (auto it79 = v78.find("paths"); it79 != v78.end()) {
          wire::Checker::Step step(c, "paths");
          const nlohmann::json& v80 = *it79;
          if (!(v80.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i81 = 0; i81 < v80.size(); ++i81) {
              wire::Checker::Step step(c, i81);
              const nlohmann::json& v82 = v80[i81];
              if (!(v82.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
        if (auto it83 = v78.find("count"); it83 != v78.end()) {
          wire::Checker::Step step(c, "count");
          const nlohmann::json& v84 = *it83;
          if (!(wire::IsInteger(v84))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it85 = v78.find("defaults"); it85 != v78.end()) {
          wire::Checker::Step step(c, "defaults");
          const nlohmann::json& v86 = *it85;
          if (!(v86.is_object())) {
            c.Fail("must be object");
          } else {
            if (auto it87 = v86.find("model"); it87 != v86.end()) {
              wire::Checker::Step step(c, "model");
              const nlohmann::json& v88 = *it87;
              if (v88.is_null()) {
              } else if (!(v88.is_string())) {
                c.Fail("must be string,null");
              } else {
              }
            }
            if (auto it89 = v86.find("contextTokens"); it89 != v86.end()) {
              wire::Checker::Step step(c, "contextTokens");
              const nlohmann::json& v90 = *it89;
              if (v90.is_null()) {
              } else if (!(wire::IsInteger(v90))) {
                c.Fail("must be integer,null");
              } else {
              }
            }
          }
        }
        if (auto it91 = v78.find("recent"); it91 != v78.end()) {
          wire::Checker::Step step(c, "recent");
          const nlohmann::json& v92 = *it91;
          if (!(v92.is_array())) {
            c.Fail("must be array");
          } else {
          }
        }
        if (auto it93 = v78.find("byAgent"); it93 != v78.end()) {
          wire::Checker::Step step(c, "byAgent");
          const nlohmann::json& v94 = *it93;
          if (!(v94.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i95 = 0; i95 < v94.size(); ++i95) {
              wire::Checker::Step step(c, i95);
              const nlohmann::json& v96 = v94[i95];
              if (!(v96.is_object())) {
                c.Fail("must be object");
              } else {
                if (!v96.contains("agentId")) c.Fail("must have required property 'agentId'");
                if (!v96.contains("path")) c.Fail("must have required property 'path'");
                if (!v96.contains("count")) c.Fail("must have required property 'count'");
                if (!v96.contains("recent")) c.Fail("must have required property 'recent'");
                if (auto it97 = v96.find("agentId"); it97 != v96.end()) {
                  wire::Checker::Step step(c, "agentId");
                  const nlohmann::json& v98 = *it97;
                  if (!(v98.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it99 = v96.find("path"); it99 != v96.end()) {
                  wire::Checker::Step step(c, "path");
                  const nlohmann::json& v100 = *it99;
                  if (!(v100.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it101 = v96.find("count"); it101 != v96.end()) {
                  wire::Checker::Step step(c, "count");
                  const nlohmann::json& v102 = *it101;
                  if (!(wire::IsInteger(v102))) {
                    c.Fail("must be integer");
                  } else {
                  }
                }
                if (auto it103 = v96.find("recent"); it103 != v96.end()) {
                  wire::Checker::Step step(c, "recent");
                  const nlohmann::json& v104 = *it103;
                  if (!(v104.is_array())) {
                    c.Fail("must be array");
                  } else {
                  }
                }
              }
            }
          }
        }
      }
    }
    if (auto it105 = v.find("modelRuntime"); it105 != v.end()) {
      wire::Checker::Step step(c, "modelRuntime");
      const nlohmann::json& v106 = *it105;
      if (!(v106.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it107 = v106.find("degraded"); it107 != v106.end()) {
          wire::Checker::Step step(c, "degraded");
          const nlohmann::json& v108 = *it107;
          if (!(v108.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it109 = v106.find("pendingAgents"); it109 != v106.end()) {
          wire::Checker::Step step(c, "pendingAgents");
          const nlohmann::json& v110 = *it109;
          if (!(v110.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i111 = 0; i111 < v110.size(); ++i111) {
              wire::Checker::Step step(c, i111);
              const nlohmann::json& v112 = v110[i111];
              if (!(v112.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it113 = v.find("processMemory"); it113 != v.end()) {
      wire::Checker::Step step(c, "processMemory");
      const nlohmann::json& v114 = *it113;
      if (!(v114.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it115 = v114.find("rssBytes"); it115 != v114.end()) {
          wire::Checker::Step step(c, "rssBytes");
          const nlohmann::json& v116 = *it115;
          if (!(wire::IsInteger(v116))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it117 = v114.find("heapUsedBytes"); it117 != v114.end()) {
          wire::Checker::Step step(c, "heapUsedBytes");
          const nlohmann::json& v118 = *it117;
          if (!(wire::IsInteger(v118))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it119 = v114.find("heapTotalBytes"); it119 != v114.end()) {
          wire::Checker::Step step(c, "heapTotalBytes");
          const nlohmann::json& v120 = *it119;
          if (!(wire::IsInteger(v120))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it121 = v114.find("externalBytes"); it121 != v114.end()) {
          wire::Checker::Step step(c, "externalBytes");
          const nlohmann::json& v122 = *it121;
          if (!(wire::IsInteger(v122))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it123 = v114.find("arrayBuffersBytes"); it123 != v114.end()) {
          wire::Checker::Step step(c, "arrayBuffersBytes");
          const nlohmann::json& v124 = *it123;
          if (!(wire::IsInteger(v124))) {
            c.Fail("must be integer");
          } else {
          }
        }
      }
    }
    if (auto it125 = v.find("pid"); it125 != v.end()) {
      wire::Checker::Step step(c, "pid");
      const nlohmann::json& v126 = *it125;
      if (!(wire::IsInteger(v126))) {
        c.Fail("must be integer");
      } else {
      }
    }
  }
}

void CheckSystemEventParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("text")) c.Fail("must have required property 'text'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"text", "idempotencyKey", "sessionKey", "wake", "deviceId", "instanceId", "host", "ip", "mode", "version", "platform", "deviceFamily", "modelIdentifier", "lastInputSeconds", "reason", "roles", "scopes", "tags"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("text"); it2 != v.end()) {
      wire::Checker::Step step(c, "text");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("idempotencyKey"); it4 != v.end()) {
      wire::Checker::Step step(c, "idempotencyKey");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s6 = v5.get_ref<const std::string&>();
        const std::size_t n7 = wire::CodePointLength(s6);
        if (n7 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it8 = v.find("sessionKey"); it8 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("wake"); it10 != v.end()) {
      wire::Checker::Step step(c, "wake");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it12 = v.find("deviceId"); it12 != v.end()) {
      wire::Checker::Step step(c, "deviceId");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("instanceId"); it14 != v.end()) {
      wire::Checker::Step step(c, "instanceId");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it16 = v.find("host"); it16 != v.end()) {
      wire::Checker::Step step(c, "host");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it18 = v.find("ip"); it18 != v.end()) {
      wire::Checker::Step step(c, "ip");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it20 = v.find("mode"); it20 != v.end()) {
      wire::Checker::Step step(c, "mode");
      const nlohmann::json& v21 = *it20;
      if (!(v21.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it22 = v.find("version"); it22 != v.end()) {
      wire::Checker::Step step(c, "version");
      const nlohmann::json& v23 = *it22;
      if (!(v23.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it24 = v.find("platform"); it24 != v.end()) {
      wire::Checker::Step step(c, "platform");
      const nlohmann::json& v25 = *it24;
      if (!(v25.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it26 = v.find("deviceFamily"); it26 != v.end()) {
      wire::Checker::Step step(c, "deviceFamily");
      const nlohmann::json& v27 = *it26;
      if (!(v27.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it28 = v.find("modelIdentifier"); it28 != v.end()) {
      wire::Checker::Step step(c, "modelIdentifier");
      const nlohmann::json& v29 = *it28;
      if (!(v29.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it30 = v.find("lastInputSeconds"); it30 != v.end()) {
      wire::Checker::Step step(c, "lastInputSeconds");
      const nlohmann::json& v31 = *it30;
      if (!(v31.is_number())) {
        c.Fail("must be number");
      } else {
      }
    }
    if (auto it32 = v.find("reason"); it32 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v33 = *it32;
      if (!(v33.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it34 = v.find("roles"); it34 != v.end()) {
      wire::Checker::Step step(c, "roles");
      const nlohmann::json& v35 = *it34;
      if (!(v35.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i36 = 0; i36 < v35.size(); ++i36) {
          wire::Checker::Step step(c, i36);
          const nlohmann::json& v37 = v35[i36];
          if (!(v37.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it38 = v.find("scopes"); it38 != v.end()) {
      wire::Checker::Step step(c, "scopes");
      const nlohmann::json& v39 = *it38;
      if (!(v39.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i40 = 0; i40 < v39.size(); ++i40) {
          wire::Checker::Step step(c, i40);
          const nlohmann::json& v41 = v39[i40];
          if (!(v41.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it42 = v.find("tags"); it42 != v.end()) {
      wire::Checker::Step step(c, "tags");
      const nlohmann::json& v43 = *it42;
      if (!(v43.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i44 = 0; i44 < v43.size(); ++i44) {
          wire::Checker::Step step(c, i44);
          const nlohmann::json& v45 = v43[i44];
          if (!(v45.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
  }
}

void CheckSystemEventResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (auto it1 = v.find("ok"); it1 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v2 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
  }
}

void CheckSystemPresenceParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
  }
}

void CheckSystemPresenceResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_array())) {
    c.Fail("must be array");
  } else {
    for (std::size_t i1 = 0; i1 < v.size(); ++i1) {
      wire::Checker::Step step(c, i1);
      const nlohmann::json& v2 = v[i1];
      CheckPresenceEntry(v2, c);
    }
  }
}

}  // namespace gateway::proto
