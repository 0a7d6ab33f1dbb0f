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
    if (auto it23 = v.find("configReload"); it23 != v.end()) {
      wire::Checker::Step step(c, "configReload");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v24.contains("mode")) c.Fail("must have required property 'mode'");
        if (!v24.contains("restartPending")) c.Fail("must have required property 'restartPending'");
        if (auto it25 = v24.find("mode"); it25 != v24.end()) {
          wire::Checker::Step step(c, "mode");
          const nlohmann::json& v26 = *it25;
          if (!(v26.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it27 = v24.find("restartPending"); it27 != v24.end()) {
          wire::Checker::Step step(c, "restartPending");
          const nlohmann::json& v28 = *it27;
          if (!(v28.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it29 = v24.find("lastError"); it29 != v24.end()) {
          wire::Checker::Step step(c, "lastError");
          const nlohmann::json& v30 = *it29;
          if (!(v30.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it31 = v24.find("lastErrorAt"); it31 != v24.end()) {
          wire::Checker::Step step(c, "lastErrorAt");
          const nlohmann::json& v32 = *it31;
          if (!(wire::IsInteger(v32))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it33 = v24.find("lastAppliedAt"); it33 != v24.end()) {
          wire::Checker::Step step(c, "lastAppliedAt");
          const nlohmann::json& v34 = *it33;
          if (!(wire::IsInteger(v34))) {
            c.Fail("must be integer");
          } else {
          }
        }
      }
    }
    if (auto it35 = v.find("queuedSystemEvents"); it35 != v.end()) {
      wire::Checker::Step step(c, "queuedSystemEvents");
      const nlohmann::json& v36 = *it35;
      if (!(v36.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it37 = v.find("degradedSecretOwners"); it37 != v.end()) {
      wire::Checker::Step step(c, "degradedSecretOwners");
      const nlohmann::json& v38 = *it37;
      if (!(v38.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it39 = v.find("degradedPlugins"); it39 != v.end()) {
      wire::Checker::Step step(c, "degradedPlugins");
      const nlohmann::json& v40 = *it39;
      if (!(v40.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it41 = v.find("tasks"); it41 != v.end()) {
      wire::Checker::Step step(c, "tasks");
      const nlohmann::json& v42 = *it41;
      if (!(v42.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v42.contains("total")) c.Fail("must have required property 'total'");
        if (!v42.contains("active")) c.Fail("must have required property 'active'");
        if (!v42.contains("terminal")) c.Fail("must have required property 'terminal'");
        if (!v42.contains("failures")) c.Fail("must have required property 'failures'");
        if (!v42.contains("byStatus")) c.Fail("must have required property 'byStatus'");
        if (!v42.contains("byRuntime")) c.Fail("must have required property 'byRuntime'");
        if (auto it43 = v42.find("total"); it43 != v42.end()) {
          wire::Checker::Step step(c, "total");
          const nlohmann::json& v44 = *it43;
          if (!(wire::IsInteger(v44))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it45 = v42.find("active"); it45 != v42.end()) {
          wire::Checker::Step step(c, "active");
          const nlohmann::json& v46 = *it45;
          if (!(wire::IsInteger(v46))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it47 = v42.find("terminal"); it47 != v42.end()) {
          wire::Checker::Step step(c, "terminal");
          const nlohmann::json& v48 = *it47;
          if (!(wire::IsInteger(v48))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it49 = v42.find("failures"); it49 != v42.end()) {
          wire::Checker::Step step(c, "failures");
          const nlohmann::json& v50 = *it49;
          if (!(wire::IsInteger(v50))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it51 = v42.find("byStatus"); it51 != v42.end()) {
          wire::Checker::Step step(c, "byStatus");
          const nlohmann::json& v52 = *it51;
          if (!(v52.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v52.contains("queued")) c.Fail("must have required property 'queued'");
            if (!v52.contains("running")) c.Fail("must have required property 'running'");
            if (!v52.contains("succeeded")) c.Fail("must have required property 'succeeded'");
            if (!v52.contains("failed")) c.Fail("must have required property 'failed'");
            if (!v52.contains("timed_out")) c.Fail("must have required property 'timed_out'");
            if (!v52.contains("cancelled")) c.Fail("must have required property 'cancelled'");
            if (!v52.contains("lost")) c.Fail("must have required property 'lost'");
            if (auto it53 = v52.find("queued"); it53 != v52.end()) {
              wire::Checker::Step step(c, "queued");
              const nlohmann::json& v54 = *it53;
              if (!(wire::IsInteger(v54))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it55 = v52.find("running"); it55 != v52.end()) {
              wire::Checker::Step step(c, "running");
              const nlohmann::json& v56 = *it55;
              if (!(wire::IsInteger(v56))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it57 = v52.find("succeeded"); it57 != v52.end()) {
              wire::Checker::Step step(c, "succeeded");
              const nlohmann::json& v58 = *it57;
              if (!(wire::IsInteger(v58))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it59 = v52.find("failed"); it59 != v52.end()) {
              wire::Checker::Step step(c, "failed");
              const nlohmann::json& v60 = *it59;
              if (!(wire::IsInteger(v60))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it61 = v52.find("timed_out"); it61 != v52.end()) {
              wire::Checker::Step step(c, "timed_out");
              const nlohmann::json& v62 = *it61;
              if (!(wire::IsInteger(v62))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it63 = v52.find("cancelled"); it63 != v52.end()) {
              wire::Checker::Step step(c, "cancelled");
              const nlohmann::json& v64 = *it63;
              if (!(wire::IsInteger(v64))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it65 = v52.find("lost"); it65 != v52.end()) {
              wire::Checker::Step step(c, "lost");
              const nlohmann::json& v66 = *it65;
              if (!(wire::IsInteger(v66))) {
                c.Fail("must be integer");
              } else {
              }
            }
          }
        }
        if (auto it67 = v42.find("byRuntime"); it67 != v42.end()) {
          wire::Checker::Step step(c, "byRuntime");
          const nlohmann::json& v68 = *it67;
          if (!(v68.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v68.contains("subagent")) c.Fail("must have required property 'subagent'");
            if (!v68.contains("acp")) c.Fail("must have required property 'acp'");
            if (!v68.contains("cli")) c.Fail("must have required property 'cli'");
            if (!v68.contains("cron")) c.Fail("must have required property 'cron'");
            if (auto it69 = v68.find("subagent"); it69 != v68.end()) {
              wire::Checker::Step step(c, "subagent");
              const nlohmann::json& v70 = *it69;
              if (!(wire::IsInteger(v70))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it71 = v68.find("acp"); it71 != v68.end()) {
              wire::Checker::Step step(c, "acp");
              const nlohmann::json& v72 = *it71;
              if (!(wire::IsInteger(v72))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it73 = v68.find("cli"); it73 != v68.end()) {
              wire::Checker::Step step(c, "cli");
              const nlohmann::json& v74 = *it73;
              if (!(wire::IsInteger(v74))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it75 = v68.find("cron"); it75 != v68.end()) {
              wire::Checker::Step step(c, "cron");
              const nlohmann::json& v76 = *it75;
              if (!(wire::IsInteger(v76))) {
                c.Fail("must be integer");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it77 = v.find("taskAudit"); it77 != v.end()) {
      wire::Checker::Step step(c, "taskAudit");
      const nlohmann::json& v78 = *it77;
      if (!(v78.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it79 = v78.find("total"); it79 != v78.end()) {
          wire::Checker::Step step(c, "total");
          const nlohmann::json& v80 = *it79;
          if (!(wire::IsInteger(v80))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it81 = v78.find("warnings"); it81 != v78.end()) {
          wire::Checker::Step step(c, "warnings");
          const nlohmann::json& v82 = *it81;
          if (!(wire::IsInteger(v82))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it83 = v78.find("errors"); it83 != v78.end()) {
          wire::Checker::Step step(c, "errors");
          const nlohmann::json& v84 = *it83;
          if (!(wire::IsInteger(v84))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it85 = v78.find("byCode"); it85 != v78.end()) {
          wire::Checker::Step step(c, "byCode");
          const nlohmann::json& v86 = *it85;
          if (!(v86.is_object())) {
            c.Fail("must be object");
          } else {
            for (const auto& entry87 : v86.items()) {
              wire::Checker::Step step(c, entry87.key());
              const nlohmann::json& v88 = entry87.value();
              if (!(wire::IsInteger(v88))) {
                c.Fail("must be integer");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it89 = v.find("sessions"); it89 != v.end()) {
      wire::Checker::Step step(c, "sessions");
      const nlohmann::json& v90 = *it89;
      if (!(v90.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v90.contains("paths")) c.Fail("must have required property 'paths'");
        if (!v90.contains("count")) c.Fail("must have required property 'count'");
        if (!v90.contains("recent")) c.Fail("must have required property 'recent'");
        if (!v90.contains("byAgent")) c.Fail("must have required property 'byAgent'");
        if (auto it91 = v90.find("paths"); it91 != v90.end()) {
          wire::Checker::Step step(c, "paths");
          const nlohmann::json& v92 = *it91;
          if (!(v92.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i93 = 0; i93 < v92.size(); ++i93) {
              wire::Checker::Step step(c, i93);
              const nlohmann::json& v94 = v92[i93];
              if (!(v94.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
        if (auto it95 = v90.find("count"); it95 != v90.end()) {
          wire::Checker::Step step(c, "count");
          const nlohmann::json& v96 = *it95;
          if (!(wire::IsInteger(v96))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it97 = v90.find("defaults"); it97 != v90.end()) {
          wire::Checker::Step step(c, "defaults");
          const nlohmann::json& v98 = *it97;
          if (!(v98.is_object())) {
            c.Fail("must be object");
          } else {
            if (auto it99 = v98.find("model"); it99 != v98.end()) {
              wire::Checker::Step step(c, "model");
              const nlohmann::json& v100 = *it99;
              if (v100.is_null()) {
              } else if (!(v100.is_string())) {
                c.Fail("must be string,null");
              } else {
              }
            }
            if (auto it101 = v98.find("contextTokens"); it101 != v98.end()) {
              wire::Checker::Step step(c, "contextTokens");
              const nlohmann::json& v102 = *it101;
              if (v102.is_null()) {
              } else if (!(wire::IsInteger(v102))) {
                c.Fail("must be integer,null");
              } else {
              }
            }
          }
        }
        if (auto it103 = v90.find("recent"); it103 != v90.end()) {
          wire::Checker::Step step(c, "recent");
          const nlohmann::json& v104 = *it103;
          if (!(v104.is_array())) {
            c.Fail("must be array");
          } else {
          }
        }
        if (auto it105 = v90.find("byAgent"); it105 != v90.end()) {
          wire::Checker::Step step(c, "byAgent");
          const nlohmann::json& v106 = *it105;
          if (!(v106.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i107 = 0; i107 < v106.size(); ++i107) {
              wire::Checker::Step step(c, i107);
              const nlohmann::json& v108 = v106[i107];
              if (!(v108.is_object())) {
                c.Fail("must be object");
              } else {
                if (!v108.contains("agentId")) c.Fail("must have required property 'agentId'");
                if (!v108.contains("path")) c.Fail("must have required property 'path'");
                if (!v108.contains("count")) c.Fail("must have required property 'count'");
                if (!v108.contains("recent")) c.Fail("must have required property 'recent'");
                if (auto it109 = v108.find("agentId"); it109 != v108.end()) {
                  wire::Checker::Step step(c, "agentId");
                  const nlohmann::json& v110 = *it109;
                  if (!(v110.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it111 = v108.find("path"); it111 != v108.end()) {
                  wire::Checker::Step step(c, "path");
                  const nlohmann::json& v112 = *it111;
                  if (!(v112.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it113 = v108.find("count"); it113 != v108.end()) {
                  wire::Checker::Step step(c, "count");
                  const nlohmann::json& v114 = *it113;
                  if (!(wire::IsInteger(v114))) {
                    c.Fail("must be integer");
                  } else {
                  }
                }
                if (auto it115 = v108.find("recent"); it115 != v108.end()) {
                  wire::Checker::Step step(c, "recent");
                  const nlohmann::json& v116 = *it115;
                  if (!(v116.is_array())) {
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
    if (auto it117 = v.find("modelRuntime"); it117 != v.end()) {
      wire::Checker::Step step(c, "modelRuntime");
      const nlohmann::json& v118 = *it117;
      if (!(v118.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it119 = v118.find("degraded"); it119 != v118.end()) {
          wire::Checker::Step step(c, "degraded");
          const nlohmann::json& v120 = *it119;
          if (!(v120.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it121 = v118.find("pendingAgents"); it121 != v118.end()) {
          wire::Checker::Step step(c, "pendingAgents");
          const nlohmann::json& v122 = *it121;
          if (!(v122.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i123 = 0; i123 < v122.size(); ++i123) {
              wire::Checker::Step step(c, i123);
              const nlohmann::json& v124 = v122[i123];
              if (!(v124.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it125 = v.find("processMemory"); it125 != v.end()) {
      wire::Checker::Step step(c, "processMemory");
      const nlohmann::json& v126 = *it125;
      if (!(v126.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it127 = v126.find("rssBytes"); it127 != v126.end()) {
          wire::Checker::Step step(c, "rssBytes");
          const nlohmann::json& v128 = *it127;
          if (!(wire::IsInteger(v128))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it129 = v126.find("heapUsedBytes"); it129 != v126.end()) {
          wire::Checker::Step step(c, "heapUsedBytes");
          const nlohmann::json& v130 = *it129;
          if (!(wire::IsInteger(v130))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it131 = v126.find("heapTotalBytes"); it131 != v126.end()) {
          wire::Checker::Step step(c, "heapTotalBytes");
          const nlohmann::json& v132 = *it131;
          if (!(wire::IsInteger(v132))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it133 = v126.find("externalBytes"); it133 != v126.end()) {
          wire::Checker::Step step(c, "externalBytes");
          const nlohmann::json& v134 = *it133;
          if (!(wire::IsInteger(v134))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it135 = v126.find("arrayBuffersBytes"); it135 != v126.end()) {
          wire::Checker::Step step(c, "arrayBuffersBytes");
          const nlohmann::json& v136 = *it135;
          if (!(wire::IsInteger(v136))) {
            c.Fail("must be integer");
          } else {
          }
        }
      }
    }
    if (auto it137 = v.find("pid"); it137 != v.end()) {
      wire::Checker::Step step(c, "pid");
      const nlohmann::json& v138 = *it137;
      if (!(wire::IsInteger(v138))) {
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
