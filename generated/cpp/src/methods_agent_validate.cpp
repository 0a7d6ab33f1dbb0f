// Generated from protocol/methods/agent.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckAgentAccepted(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("runId")) c.Fail("must have required property 'runId'");
    if (!v.contains("status")) c.Fail("must have required property 'status'");
    if (auto it1 = v.find("runId"); it1 != v.end()) {
      wire::Checker::Step step(c, "runId");
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
    if (auto it7 = v.find("status"); it7 != v.end()) {
      wire::Checker::Step step(c, "status");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v8.get_ref<const std::string&>(), {"accepted", "in_flight"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it9 = v.find("acceptedAt"); it9 != v.end()) {
      wire::Checker::Step step(c, "acceptedAt");
      const nlohmann::json& v10 = *it9;
      if (!(wire::IsInteger(v10))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it11 = v.find("runtime"); it11 != v.end()) {
      wire::Checker::Step step(c, "runtime");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it13 = v.find("taskRunId"); it13 != v.end()) {
      wire::Checker::Step step(c, "taskRunId");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckAgentRunStatus(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"ok", "error", "timeout"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckAgentErrorPayload(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("runId")) c.Fail("must have required property 'runId'");
    if (!v.contains("status")) c.Fail("must have required property 'status'");
    if (!v.contains("summary")) c.Fail("must have required property 'summary'");
    if (auto it1 = v.find("runId"); it1 != v.end()) {
      wire::Checker::Step step(c, "runId");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("status"); it3 != v.end()) {
      wire::Checker::Step step(c, "status");
      const nlohmann::json& v4 = *it3;
      CheckAgentRunStatus(v4, c);
    }
    if (auto it5 = v.find("summary"); it5 != v.end()) {
      wire::Checker::Step step(c, "summary");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckAgentIdentityGetParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"agentId", "sessionKey"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("agentId"); it2 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("sessionKey"); it4 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckAgentIdentityGetResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("agentId")) c.Fail("must have required property 'agentId'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"agentId", "name", "nameSource", "avatar", "avatarSource", "avatarStatus", "avatarReason", "emoji"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("agentId"); it2 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("name"); it4 != v.end()) {
      wire::Checker::Step step(c, "name");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("nameSource"); it6 != v.end()) {
      wire::Checker::Step step(c, "nameSource");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v7.get_ref<const std::string&>(), {"config", "agent", "workspace", "default"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it8 = v.find("avatar"); it8 != v.end()) {
      wire::Checker::Step step(c, "avatar");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("avatarSource"); it10 != v.end()) {
      wire::Checker::Step step(c, "avatarSource");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("avatarStatus"); it12 != v.end()) {
      wire::Checker::Step step(c, "avatarStatus");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v13.get_ref<const std::string&>(), {"none", "local", "remote", "data"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it14 = v.find("avatarReason"); it14 != v.end()) {
      wire::Checker::Step step(c, "avatarReason");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it16 = v.find("emoji"); it16 != v.end()) {
      wire::Checker::Step step(c, "emoji");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckAgentParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("message")) c.Fail("must have required property 'message'");
    if (!v.contains("idempotencyKey")) c.Fail("must have required property 'idempotencyKey'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"message", "idempotencyKey", "agentId", "sessionKey", "sessionId", "to", "replyTo", "provider", "model", "thinking", "deliver", "bestEffortDeliver", "channel", "replyChannel", "accountId", "replyAccountId", "threadId", "groupId", "timeout", "attachments", "label", "lane", "cwd", "extraSystemPrompt", "promptMode", "modelRun", "expectedExistingSessionId", "inputProvenance", "sessionEffects", "suppressPromptPersistence"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("message"); it2 != v.end()) {
      wire::Checker::Step step(c, "message");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it6 = v.find("idempotencyKey"); it6 != v.end()) {
      wire::Checker::Step step(c, "idempotencyKey");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s8 = v7.get_ref<const std::string&>();
        const std::size_t n9 = wire::CodePointLength(s8);
        if (n9 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it10 = v.find("agentId"); it10 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("sessionKey"); it12 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("sessionId"); it14 != v.end()) {
      wire::Checker::Step step(c, "sessionId");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it16 = v.find("to"); it16 != v.end()) {
      wire::Checker::Step step(c, "to");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it18 = v.find("replyTo"); it18 != v.end()) {
      wire::Checker::Step step(c, "replyTo");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it20 = v.find("provider"); it20 != v.end()) {
      wire::Checker::Step step(c, "provider");
      const nlohmann::json& v21 = *it20;
      if (!(v21.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it22 = v.find("model"); it22 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v23 = *it22;
      if (!(v23.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it24 = v.find("thinking"); it24 != v.end()) {
      wire::Checker::Step step(c, "thinking");
      const nlohmann::json& v25 = *it24;
      if (!(v25.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it26 = v.find("deliver"); it26 != v.end()) {
      wire::Checker::Step step(c, "deliver");
      const nlohmann::json& v27 = *it26;
      if (!(v27.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it28 = v.find("bestEffortDeliver"); it28 != v.end()) {
      wire::Checker::Step step(c, "bestEffortDeliver");
      const nlohmann::json& v29 = *it28;
      if (!(v29.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it30 = v.find("channel"); it30 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v31 = *it30;
      if (!(v31.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it32 = v.find("replyChannel"); it32 != v.end()) {
      wire::Checker::Step step(c, "replyChannel");
      const nlohmann::json& v33 = *it32;
      if (!(v33.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it34 = v.find("accountId"); it34 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v35 = *it34;
      if (!(v35.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it36 = v.find("replyAccountId"); it36 != v.end()) {
      wire::Checker::Step step(c, "replyAccountId");
      const nlohmann::json& v37 = *it36;
      if (!(v37.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it38 = v.find("groupId"); it38 != v.end()) {
      wire::Checker::Step step(c, "groupId");
      const nlohmann::json& v39 = *it38;
      if (!(v39.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it40 = v.find("timeout"); it40 != v.end()) {
      wire::Checker::Step step(c, "timeout");
      const nlohmann::json& v41 = *it40;
      if (!(wire::IsInteger(v41))) {
        c.Fail("must be integer");
      } else {
        const double x42 = v41.get<double>();
        if (x42 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it43 = v.find("attachments"); it43 != v.end()) {
      wire::Checker::Step step(c, "attachments");
      const nlohmann::json& v44 = *it43;
      if (!(v44.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it45 = v.find("label"); it45 != v.end()) {
      wire::Checker::Step step(c, "label");
      const nlohmann::json& v46 = *it45;
      if (!(v46.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s47 = v46.get_ref<const std::string&>();
        const std::size_t n48 = wire::CodePointLength(s47);
        if (n48 > 512) c.Fail("must not have more than 512 characters");
      }
    }
    if (auto it49 = v.find("lane"); it49 != v.end()) {
      wire::Checker::Step step(c, "lane");
      const nlohmann::json& v50 = *it49;
      if (!(v50.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it51 = v.find("cwd"); it51 != v.end()) {
      wire::Checker::Step step(c, "cwd");
      const nlohmann::json& v52 = *it51;
      if (!(v52.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it53 = v.find("extraSystemPrompt"); it53 != v.end()) {
      wire::Checker::Step step(c, "extraSystemPrompt");
      const nlohmann::json& v54 = *it53;
      if (!(v54.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it55 = v.find("promptMode"); it55 != v.end()) {
      wire::Checker::Step step(c, "promptMode");
      const nlohmann::json& v56 = *it55;
      if (!(v56.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v56.get_ref<const std::string&>(), {"full", "minimal", "none"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it57 = v.find("modelRun"); it57 != v.end()) {
      wire::Checker::Step step(c, "modelRun");
      const nlohmann::json& v58 = *it57;
      if (!(v58.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it59 = v.find("expectedExistingSessionId"); it59 != v.end()) {
      wire::Checker::Step step(c, "expectedExistingSessionId");
      const nlohmann::json& v60 = *it59;
      if (!(v60.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it61 = v.find("sessionEffects"); it61 != v.end()) {
      wire::Checker::Step step(c, "sessionEffects");
      const nlohmann::json& v62 = *it61;
      if (!(v62.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it63 = v.find("suppressPromptPersistence"); it63 != v.end()) {
      wire::Checker::Step step(c, "suppressPromptPersistence");
      const nlohmann::json& v64 = *it63;
      if (!(v64.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckAgentResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("runId")) c.Fail("must have required property 'runId'");
    if (!v.contains("status")) c.Fail("must have required property 'status'");
    if (!v.contains("summary")) c.Fail("must have required property 'summary'");
    if (auto it1 = v.find("runId"); it1 != v.end()) {
      wire::Checker::Step step(c, "runId");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("status"); it3 != v.end()) {
      wire::Checker::Step step(c, "status");
      const nlohmann::json& v4 = *it3;
      CheckAgentRunStatus(v4, c);
    }
    if (auto it5 = v.find("summary"); it5 != v.end()) {
      wire::Checker::Step step(c, "summary");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("stopReason"); it7 != v.end()) {
      wire::Checker::Step step(c, "stopReason");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("timeoutPhase"); it9 != v.end()) {
      wire::Checker::Step step(c, "timeoutPhase");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it11 = v.find("providerStarted"); it11 != v.end()) {
      wire::Checker::Step step(c, "providerStarted");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it13 = v.find("result"); it13 != v.end()) {
      wire::Checker::Step step(c, "result");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v14.contains("payloads")) c.Fail("must have required property 'payloads'");
        if (auto it15 = v14.find("payloads"); it15 != v14.end()) {
          wire::Checker::Step step(c, "payloads");
          const nlohmann::json& v16 = *it15;
          if (!(v16.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i17 = 0; i17 < v16.size(); ++i17) {
              wire::Checker::Step step(c, i17);
              const nlohmann::json& v18 = v16[i17];
              if (!(v18.is_object())) {
                c.Fail("must be object");
              } else {
                if (auto it19 = v18.find("text"); it19 != v18.end()) {
                  wire::Checker::Step step(c, "text");
                  const nlohmann::json& v20 = *it19;
                  if (!(v20.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it21 = v18.find("mediaUrl"); it21 != v18.end()) {
                  wire::Checker::Step step(c, "mediaUrl");
                  const nlohmann::json& v22 = *it21;
                  if (!(v22.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it23 = v18.find("mediaUrls"); it23 != v18.end()) {
                  wire::Checker::Step step(c, "mediaUrls");
                  const nlohmann::json& v24 = *it23;
                  if (!(v24.is_array())) {
                    c.Fail("must be array");
                  } else {
                    for (std::size_t i25 = 0; i25 < v24.size(); ++i25) {
                      wire::Checker::Step step(c, i25);
                      const nlohmann::json& v26 = v24[i25];
                      if (!(v26.is_string())) {
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
      }
    }
    if (auto it27 = v.find("inputProcessingCompleted"); it27 != v.end()) {
      wire::Checker::Step step(c, "inputProcessingCompleted");
      const nlohmann::json& v28 = *it27;
      if (!(v28.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v28 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
  }
}

void CheckAgentSummary(const nlohmann::json& v, wire::Checker& c) {
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
      }
    }
    if (auto it3 = v.find("kind"); it3 != v.end()) {
      wire::Checker::Step step(c, "kind");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v4.get_ref<const std::string&>(), {"agent", "system"})) {
          c.Fail("must be equal to one of the allowed values");
        }
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
    if (auto it7 = v.find("identity"); it7 != v.end()) {
      wire::Checker::Step step(c, "identity");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it9 = v8.find("name"); it9 != v8.end()) {
          wire::Checker::Step step(c, "name");
          const nlohmann::json& v10 = *it9;
          if (!(v10.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it11 = v8.find("theme"); it11 != v8.end()) {
          wire::Checker::Step step(c, "theme");
          const nlohmann::json& v12 = *it11;
          if (!(v12.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it13 = v8.find("emoji"); it13 != v8.end()) {
          wire::Checker::Step step(c, "emoji");
          const nlohmann::json& v14 = *it13;
          if (!(v14.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it15 = v8.find("avatar"); it15 != v8.end()) {
          wire::Checker::Step step(c, "avatar");
          const nlohmann::json& v16 = *it15;
          if (!(v16.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it17 = v8.find("avatarUrl"); it17 != v8.end()) {
          wire::Checker::Step step(c, "avatarUrl");
          const nlohmann::json& v18 = *it17;
          if (!(v18.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it19 = v.find("workspace"); it19 != v.end()) {
      wire::Checker::Step step(c, "workspace");
      const nlohmann::json& v20 = *it19;
      if (!(v20.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it21 = v.find("model"); it21 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it23 = v22.find("primary"); it23 != v22.end()) {
          wire::Checker::Step step(c, "primary");
          const nlohmann::json& v24 = *it23;
          if (!(v24.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it25 = v22.find("fallbacks"); it25 != v22.end()) {
          wire::Checker::Step step(c, "fallbacks");
          const nlohmann::json& v26 = *it25;
          if (!(v26.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i27 = 0; i27 < v26.size(); ++i27) {
              wire::Checker::Step step(c, i27);
              const nlohmann::json& v28 = v26[i27];
              if (!(v28.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it29 = v.find("thinkingDefault"); it29 != v.end()) {
      wire::Checker::Step step(c, "thinkingDefault");
      const nlohmann::json& v30 = *it29;
      if (!(v30.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckAgentWaitParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("runId")) c.Fail("must have required property 'runId'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"runId", "timeoutMs"})) {
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
    if (auto it4 = v.find("timeoutMs"); it4 != v.end()) {
      wire::Checker::Step step(c, "timeoutMs");
      const nlohmann::json& v5 = *it4;
      if (!(wire::IsInteger(v5))) {
        c.Fail("must be integer");
      } else {
        const double x6 = v5.get<double>();
        if (x6 < 0) c.Fail("must be >= 0");
      }
    }
  }
}

void CheckAgentWaitResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("runId")) c.Fail("must have required property 'runId'");
    if (!v.contains("status")) c.Fail("must have required property 'status'");
    if (auto it1 = v.find("runId"); it1 != v.end()) {
      wire::Checker::Step step(c, "runId");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("status"); it3 != v.end()) {
      wire::Checker::Step step(c, "status");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v4.get_ref<const std::string&>(), {"ok", "error", "timeout", "pending"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it5 = v.find("endedAt"); it5 != v.end()) {
      wire::Checker::Step step(c, "endedAt");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it7 = v.find("stopReason"); it7 != v.end()) {
      wire::Checker::Step step(c, "stopReason");
      const nlohmann::json& v8 = *it7;
      if (v8.is_null()) {
      } else if (!(v8.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it9 = v.find("livenessState"); it9 != v.end()) {
      wire::Checker::Step step(c, "livenessState");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it11 = v.find("timeoutPhase"); it11 != v.end()) {
      wire::Checker::Step step(c, "timeoutPhase");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it13 = v.find("providerStarted"); it13 != v.end()) {
      wire::Checker::Step step(c, "providerStarted");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckAgentsListParams(const nlohmann::json& v, wire::Checker& c) {
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

void CheckAgentsListResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("defaultId")) c.Fail("must have required property 'defaultId'");
    if (!v.contains("mainKey")) c.Fail("must have required property 'mainKey'");
    if (!v.contains("scope")) c.Fail("must have required property 'scope'");
    if (!v.contains("agents")) c.Fail("must have required property 'agents'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"defaultId", "mainKey", "scope", "agents", "ownership", "selectionRequired"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("defaultId"); it2 != v.end()) {
      wire::Checker::Step step(c, "defaultId");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("mainKey"); it4 != v.end()) {
      wire::Checker::Step step(c, "mainKey");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("scope"); it6 != v.end()) {
      wire::Checker::Step step(c, "scope");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v7.get_ref<const std::string&>(), {"per-sender", "global"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it8 = v.find("agents"); it8 != v.end()) {
      wire::Checker::Step step(c, "agents");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i10 = 0; i10 < v9.size(); ++i10) {
          wire::Checker::Step step(c, i10);
          const nlohmann::json& v11 = v9[i10];
          CheckAgentSummary(v11, c);
        }
      }
    }
    if (auto it12 = v.find("ownership"); it12 != v.end()) {
      wire::Checker::Step step(c, "ownership");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v13.get_ref<const std::string&>(), {"sole", "legacy", "explicit"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it14 = v.find("selectionRequired"); it14 != v.end()) {
      wire::Checker::Step step(c, "selectionRequired");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckModelChoice(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    if (!v.contains("name")) c.Fail("must have required property 'name'");
    if (!v.contains("provider")) c.Fail("must have required property 'provider'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"id", "name", "provider", "alias", "tags", "available", "unavailableReason", "unavailableUntil", "contextWindow", "contextWindows", "contextWindowDefault", "reasoning", "thinkingLevels", "thinkingDefault", "effectiveFastMode", "supportsTools", "agentRuntime", "apiKeySupported", "input"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("id"); it2 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("name"); it4 != v.end()) {
      wire::Checker::Step step(c, "name");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("provider"); it6 != v.end()) {
      wire::Checker::Step step(c, "provider");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("alias"); it8 != v.end()) {
      wire::Checker::Step step(c, "alias");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("tags"); it10 != v.end()) {
      wire::Checker::Step step(c, "tags");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i12 = 0; i12 < v11.size(); ++i12) {
          wire::Checker::Step step(c, i12);
          const nlohmann::json& v13 = v11[i12];
          if (!(v13.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it14 = v.find("available"); it14 != v.end()) {
      wire::Checker::Step step(c, "available");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it16 = v.find("unavailableReason"); it16 != v.end()) {
      wire::Checker::Step step(c, "unavailableReason");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v17.get_ref<const std::string&>(), {"missing-auth", "auth-failed", "cooldown"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it18 = v.find("unavailableUntil"); it18 != v.end()) {
      wire::Checker::Step step(c, "unavailableUntil");
      const nlohmann::json& v19 = *it18;
      if (!(wire::IsInteger(v19))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it20 = v.find("contextWindow"); it20 != v.end()) {
      wire::Checker::Step step(c, "contextWindow");
      const nlohmann::json& v21 = *it20;
      if (!(wire::IsInteger(v21))) {
        c.Fail("must be integer");
      } else {
        const double x22 = v21.get<double>();
        if (x22 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it23 = v.find("contextWindowDefault"); it23 != v.end()) {
      wire::Checker::Step step(c, "contextWindowDefault");
      const nlohmann::json& v24 = *it23;
      if (!(wire::IsInteger(v24))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it25 = v.find("reasoning"); it25 != v.end()) {
      wire::Checker::Step step(c, "reasoning");
      const nlohmann::json& v26 = *it25;
      if (!(v26.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it27 = v.find("thinkingLevels"); it27 != v.end()) {
      wire::Checker::Step step(c, "thinkingLevels");
      const nlohmann::json& v28 = *it27;
      if (!(v28.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it29 = v.find("thinkingDefault"); it29 != v.end()) {
      wire::Checker::Step step(c, "thinkingDefault");
      const nlohmann::json& v30 = *it29;
      if (!(v30.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it31 = v.find("effectiveFastMode"); it31 != v.end()) {
      wire::Checker::Step step(c, "effectiveFastMode");
      const nlohmann::json& v32 = *it31;
      if (!(v32.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it33 = v.find("supportsTools"); it33 != v.end()) {
      wire::Checker::Step step(c, "supportsTools");
      const nlohmann::json& v34 = *it33;
      if (!(v34.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it35 = v.find("apiKeySupported"); it35 != v.end()) {
      wire::Checker::Step step(c, "apiKeySupported");
      const nlohmann::json& v36 = *it35;
      if (!(v36.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it37 = v.find("input"); it37 != v.end()) {
      wire::Checker::Step step(c, "input");
      const nlohmann::json& v38 = *it37;
      if (!(v38.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i39 = 0; i39 < v38.size(); ++i39) {
          wire::Checker::Step step(c, i39);
          const nlohmann::json& v40 = v38[i39];
          if (!(v40.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v40.get_ref<const std::string&>(), {"text", "image", "audio", "video", "document"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
      }
    }
  }
}

void CheckModelsListParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"agentId", "includeProviderCapabilities", "preparedOnly", "refresh", "view", "provider", "includeDetails", "includeDefaultModels", "sessionKey", "authProfileId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("agentId"); it2 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("includeProviderCapabilities"); it4 != v.end()) {
      wire::Checker::Step step(c, "includeProviderCapabilities");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it6 = v.find("preparedOnly"); it6 != v.end()) {
      wire::Checker::Step step(c, "preparedOnly");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it8 = v.find("refresh"); it8 != v.end()) {
      wire::Checker::Step step(c, "refresh");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it10 = v.find("view"); it10 != v.end()) {
      wire::Checker::Step step(c, "view");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v11.get_ref<const std::string&>(), {"default", "configured", "provider-config", "all"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it12 = v.find("provider"); it12 != v.end()) {
      wire::Checker::Step step(c, "provider");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("includeDetails"); it14 != v.end()) {
      wire::Checker::Step step(c, "includeDetails");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it16 = v.find("includeDefaultModels"); it16 != v.end()) {
      wire::Checker::Step step(c, "includeDefaultModels");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it18 = v.find("sessionKey"); it18 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it20 = v.find("authProfileId"); it20 != v.end()) {
      wire::Checker::Step step(c, "authProfileId");
      const nlohmann::json& v21 = *it20;
      if (!(v21.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s22 = v21.get_ref<const std::string&>();
        const std::size_t n23 = wire::CodePointLength(s22);
        if (n23 > 256) c.Fail("must not have more than 256 characters");
      }
    }
  }
}

void CheckModelsListResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("models")) c.Fail("must have required property 'models'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"models", "providerOutcomes"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("models"); it2 != v.end()) {
      wire::Checker::Step step(c, "models");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i4 = 0; i4 < v3.size(); ++i4) {
          wire::Checker::Step step(c, i4);
          const nlohmann::json& v5 = v3[i4];
          CheckModelChoice(v5, c);
        }
      }
    }
    if (auto it6 = v.find("providerOutcomes"); it6 != v.end()) {
      wire::Checker::Step step(c, "providerOutcomes");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i8 = 0; i8 < v7.size(); ++i8) {
          wire::Checker::Step step(c, i8);
          const nlohmann::json& v9 = v7[i8];
          if (!(v9.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v9.contains("provider")) c.Fail("must have required property 'provider'");
            if (!v9.contains("status")) c.Fail("must have required property 'status'");
            for (const auto& entry10 : v9.items()) {
              if (!wire::IsOneOf(entry10.key(), {"provider", "profileId", "status"})) {
                c.Fail("unexpected property '" + entry10.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
              }
            }
            if (auto it11 = v9.find("provider"); it11 != v9.end()) {
              wire::Checker::Step step(c, "provider");
              const nlohmann::json& v12 = *it11;
              if (!(v12.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it13 = v9.find("profileId"); it13 != v9.end()) {
              wire::Checker::Step step(c, "profileId");
              const nlohmann::json& v14 = *it13;
              if (!(v14.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it15 = v9.find("status"); it15 != v9.end()) {
              wire::Checker::Step step(c, "status");
              const nlohmann::json& v16 = *it15;
              if (!(v16.is_string())) {
                c.Fail("must be string");
              } else {
                if (!wire::IsOneOf(v16.get_ref<const std::string&>(), {"ready", "auth-rejected", "unavailable"})) {
                  c.Fail("must be equal to one of the allowed values");
                }
              }
            }
          }
        }
      }
    }
  }
}

}  // namespace gateway::proto
