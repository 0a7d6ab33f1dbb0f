// Generated from protocol/methods/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckChatAbortParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("sessionKey")) c.Fail("must have required property 'sessionKey'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"sessionKey", "agentId", "runId", "preserveSideRuns"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("sessionKey"); it2 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it6 = v.find("agentId"); it6 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("runId"); it8 != v.end()) {
      wire::Checker::Step step(c, "runId");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("preserveSideRuns"); it10 != v.end()) {
      wire::Checker::Step step(c, "preserveSideRuns");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckChatHistoryMessage(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("role")) c.Fail("must have required property 'role'");
    if (auto it1 = v.find("role"); it1 != v.end()) {
      wire::Checker::Step step(c, "role");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("timestamp"); it3 != v.end()) {
      wire::Checker::Step step(c, "timestamp");
      const nlohmann::json& v4 = *it3;
      if (!(wire::IsInteger(v4))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it5 = v.find("__openclaw"); it5 != v.end()) {
      wire::Checker::Step step(c, "__openclaw");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it7 = v6.find("id"); it7 != v6.end()) {
          wire::Checker::Step step(c, "id");
          const nlohmann::json& v8 = *it7;
          if (!(v8.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it9 = v6.find("seq"); it9 != v6.end()) {
          wire::Checker::Step step(c, "seq");
          const nlohmann::json& v10 = *it9;
          if (!(wire::IsInteger(v10))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it11 = v6.find("idempotencyKey"); it11 != v6.end()) {
          wire::Checker::Step step(c, "idempotencyKey");
          const nlohmann::json& v12 = *it11;
          if (!(v12.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it13 = v6.find("kind"); it13 != v6.end()) {
          wire::Checker::Step step(c, "kind");
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

void CheckChatHistoryParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("sessionKey")) c.Fail("must have required property 'sessionKey'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"sessionKey", "agentId", "cursor", "limit", "offset", "pendingBefore", "inputRunIds", "messageId", "sessionId", "maxChars", "maxBytes"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("sessionKey"); it2 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 > 512) c.Fail("must not have more than 512 characters");
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it6 = v.find("agentId"); it6 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("cursor"); it8 != v.end()) {
      wire::Checker::Step step(c, "cursor");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("limit"); it10 != v.end()) {
      wire::Checker::Step step(c, "limit");
      const nlohmann::json& v11 = *it10;
      if (!(wire::IsInteger(v11))) {
        c.Fail("must be integer");
      } else {
        const double x12 = v11.get<double>();
        if (x12 > 1000) c.Fail("must be <= 1000");
        if (x12 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it13 = v.find("offset"); it13 != v.end()) {
      wire::Checker::Step step(c, "offset");
      const nlohmann::json& v14 = *it13;
      if (!(wire::IsInteger(v14))) {
        c.Fail("must be integer");
      } else {
        const double x15 = v14.get<double>();
        if (x15 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it16 = v.find("pendingBefore"); it16 != v.end()) {
      wire::Checker::Step step(c, "pendingBefore");
      const nlohmann::json& v17 = *it16;
      if (!(wire::IsInteger(v17))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it18 = v.find("inputRunIds"); it18 != v.end()) {
      wire::Checker::Step step(c, "inputRunIds");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_array())) {
        c.Fail("must be array");
      } else {
        if (v19.size() > 50) c.Fail("must not have more than 50 items");
        for (std::size_t i20 = 0; i20 < v19.size(); ++i20) {
          wire::Checker::Step step(c, i20);
          const nlohmann::json& v21 = v19[i20];
          if (!(v21.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it22 = v.find("messageId"); it22 != v.end()) {
      wire::Checker::Step step(c, "messageId");
      const nlohmann::json& v23 = *it22;
      if (!(v23.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it24 = v.find("sessionId"); it24 != v.end()) {
      wire::Checker::Step step(c, "sessionId");
      const nlohmann::json& v25 = *it24;
      if (!(v25.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it26 = v.find("maxChars"); it26 != v.end()) {
      wire::Checker::Step step(c, "maxChars");
      const nlohmann::json& v27 = *it26;
      if (!(wire::IsInteger(v27))) {
        c.Fail("must be integer");
      } else {
        const double x28 = v27.get<double>();
        if (x28 > 500000) c.Fail("must be <= 500000");
        if (x28 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it29 = v.find("maxBytes"); it29 != v.end()) {
      wire::Checker::Step step(c, "maxBytes");
      const nlohmann::json& v30 = *it29;
      if (!(wire::IsInteger(v30))) {
        c.Fail("must be integer");
      } else {
        const double x31 = v30.get<double>();
        if (x31 < 1024) c.Fail("must be >= 1024");
      }
    }
  }
}

void CheckChatHistoryResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (auto it1 = v.find("kind"); it1 != v.end()) {
      wire::Checker::Step step(c, "kind");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v2.get_ref<const std::string&>(), {"delta", "reset"})) {
          c.Fail("must be equal to one of the allowed values");
        }
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
    if (auto it5 = v.find("sessionId"); it5 != v.end()) {
      wire::Checker::Step step(c, "sessionId");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("messages"); it7 != v.end()) {
      wire::Checker::Step step(c, "messages");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i9 = 0; i9 < v8.size(); ++i9) {
          wire::Checker::Step step(c, i9);
          const nlohmann::json& v10 = v8[i9];
          CheckChatHistoryMessage(v10, c);
        }
      }
    }
    if (auto it11 = v.find("pendingInputs"); it11 != v.end()) {
      wire::Checker::Step step(c, "pendingInputs");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it13 = v.find("inputReceipts"); it13 != v.end()) {
      wire::Checker::Step step(c, "inputReceipts");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it15 = v.find("inputConsumptions"); it15 != v.end()) {
      wire::Checker::Step step(c, "inputConsumptions");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it17 = v.find("deltaCursor"); it17 != v.end()) {
      wire::Checker::Step step(c, "deltaCursor");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it19 = v.find("offset"); it19 != v.end()) {
      wire::Checker::Step step(c, "offset");
      const nlohmann::json& v20 = *it19;
      if (!(wire::IsInteger(v20))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it21 = v.find("nextOffset"); it21 != v.end()) {
      wire::Checker::Step step(c, "nextOffset");
      const nlohmann::json& v22 = *it21;
      if (!(wire::IsInteger(v22))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it23 = v.find("hasMore"); it23 != v.end()) {
      wire::Checker::Step step(c, "hasMore");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it25 = v.find("totalMessages"); it25 != v.end()) {
      wire::Checker::Step step(c, "totalMessages");
      const nlohmann::json& v26 = *it25;
      if (!(wire::IsInteger(v26))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it27 = v.find("completeSnapshot"); it27 != v.end()) {
      wire::Checker::Step step(c, "completeSnapshot");
      const nlohmann::json& v28 = *it27;
      if (!(v28.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v28 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
    if (auto it29 = v.find("defaults"); it29 != v.end()) {
      wire::Checker::Step step(c, "defaults");
      const nlohmann::json& v30 = *it29;
      CheckSessionModelDefaults(v30, c);
    }
    if (auto it31 = v.find("sessionInfo"); it31 != v.end()) {
      wire::Checker::Step step(c, "sessionInfo");
      const nlohmann::json& v32 = *it31;
      CheckSessionRow(v32, c);
    }
    if (auto it33 = v.find("thinkingLevel"); it33 != v.end()) {
      wire::Checker::Step step(c, "thinkingLevel");
      const nlohmann::json& v34 = *it33;
      if (!(v34.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it35 = v.find("fastMode"); it35 != v.end()) {
      wire::Checker::Step step(c, "fastMode");
      const nlohmann::json& v36 = *it35;
      CheckSessionFastMode(v36, c);
    }
    if (auto it37 = v.find("verboseLevel"); it37 != v.end()) {
      wire::Checker::Step step(c, "verboseLevel");
      const nlohmann::json& v38 = *it37;
      if (!(v38.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckChatInjectParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("sessionKey")) c.Fail("must have required property 'sessionKey'");
    if (!v.contains("message")) c.Fail("must have required property 'message'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"sessionKey", "agentId", "message", "label"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("sessionKey"); it2 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it6 = v.find("agentId"); it6 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("message"); it8 != v.end()) {
      wire::Checker::Step step(c, "message");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s10 = v9.get_ref<const std::string&>();
        const std::size_t n11 = wire::CodePointLength(s10);
        if (n11 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it12 = v.find("label"); it12 != v.end()) {
      wire::Checker::Step step(c, "label");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s14 = v13.get_ref<const std::string&>();
        const std::size_t n15 = wire::CodePointLength(s14);
        if (n15 > 100) c.Fail("must not have more than 100 characters");
      }
    }
  }
}

void CheckChatInjectResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("messageId")) c.Fail("must have required property 'messageId'");
    if (auto it1 = v.find("ok"); it1 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v2 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("messageId"); it3 != v.end()) {
      wire::Checker::Step step(c, "messageId");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckQueueMode(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"steer", "followup", "collect", "interrupt"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckChatSendParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("sessionKey")) c.Fail("must have required property 'sessionKey'");
    if (!v.contains("message")) c.Fail("must have required property 'message'");
    if (!v.contains("idempotencyKey")) c.Fail("must have required property 'idempotencyKey'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"sessionKey", "message", "idempotencyKey", "agentId", "sessionId", "thinking", "fastMode", "fastAutoOnSeconds", "queueMode", "deliver", "originatingChannel", "originatingTo", "originatingAccountId", "originatingThreadId", "replyToId", "attachments", "timeoutMs", "expectedLeafEntryId", "intent", "workContext", "mentions"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("sessionKey"); it2 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 > 512) c.Fail("must not have more than 512 characters");
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it6 = v.find("message"); it6 != v.end()) {
      wire::Checker::Step step(c, "message");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("idempotencyKey"); it8 != v.end()) {
      wire::Checker::Step step(c, "idempotencyKey");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s10 = v9.get_ref<const std::string&>();
        const std::size_t n11 = wire::CodePointLength(s10);
        if (n11 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it12 = v.find("agentId"); it12 != v.end()) {
      wire::Checker::Step step(c, "agentId");
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
    if (auto it16 = v.find("thinking"); it16 != v.end()) {
      wire::Checker::Step step(c, "thinking");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it18 = v.find("fastAutoOnSeconds"); it18 != v.end()) {
      wire::Checker::Step step(c, "fastAutoOnSeconds");
      const nlohmann::json& v19 = *it18;
      if (!(wire::IsInteger(v19))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it20 = v.find("queueMode"); it20 != v.end()) {
      wire::Checker::Step step(c, "queueMode");
      const nlohmann::json& v21 = *it20;
      CheckQueueMode(v21, c);
    }
    if (auto it22 = v.find("deliver"); it22 != v.end()) {
      wire::Checker::Step step(c, "deliver");
      const nlohmann::json& v23 = *it22;
      if (!(v23.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it24 = v.find("originatingChannel"); it24 != v.end()) {
      wire::Checker::Step step(c, "originatingChannel");
      const nlohmann::json& v25 = *it24;
      if (!(v25.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it26 = v.find("originatingTo"); it26 != v.end()) {
      wire::Checker::Step step(c, "originatingTo");
      const nlohmann::json& v27 = *it26;
      if (!(v27.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it28 = v.find("originatingAccountId"); it28 != v.end()) {
      wire::Checker::Step step(c, "originatingAccountId");
      const nlohmann::json& v29 = *it28;
      if (!(v29.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it30 = v.find("replyToId"); it30 != v.end()) {
      wire::Checker::Step step(c, "replyToId");
      const nlohmann::json& v31 = *it30;
      if (!(v31.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it32 = v.find("attachments"); it32 != v.end()) {
      wire::Checker::Step step(c, "attachments");
      const nlohmann::json& v33 = *it32;
      if (!(v33.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i34 = 0; i34 < v33.size(); ++i34) {
          wire::Checker::Step step(c, i34);
          const nlohmann::json& v35 = v33[i34];
          if (!(v35.is_object())) {
            c.Fail("must be object");
          } else {
            if (auto it36 = v35.find("type"); it36 != v35.end()) {
              wire::Checker::Step step(c, "type");
              const nlohmann::json& v37 = *it36;
              if (!(v37.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it38 = v35.find("mimeType"); it38 != v35.end()) {
              wire::Checker::Step step(c, "mimeType");
              const nlohmann::json& v39 = *it38;
              if (!(v39.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it40 = v35.find("fileName"); it40 != v35.end()) {
              wire::Checker::Step step(c, "fileName");
              const nlohmann::json& v41 = *it40;
              if (!(v41.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it42 = v35.find("content"); it42 != v35.end()) {
              wire::Checker::Step step(c, "content");
              const nlohmann::json& v43 = *it42;
              if (!(v43.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it44 = v35.find("sizeBytes"); it44 != v35.end()) {
              wire::Checker::Step step(c, "sizeBytes");
              const nlohmann::json& v45 = *it44;
              if (!(wire::IsInteger(v45))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it46 = v35.find("durationMs"); it46 != v35.end()) {
              wire::Checker::Step step(c, "durationMs");
              const nlohmann::json& v47 = *it46;
              if (!(wire::IsInteger(v47))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it48 = v35.find("width"); it48 != v35.end()) {
              wire::Checker::Step step(c, "width");
              const nlohmann::json& v49 = *it48;
              if (!(wire::IsInteger(v49))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it50 = v35.find("height"); it50 != v35.end()) {
              wire::Checker::Step step(c, "height");
              const nlohmann::json& v51 = *it50;
              if (!(wire::IsInteger(v51))) {
                c.Fail("must be integer");
              } else {
              }
            }
            if (auto it52 = v35.find("origin"); it52 != v35.end()) {
              wire::Checker::Step step(c, "origin");
              const nlohmann::json& v53 = *it52;
              if (!(v53.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it54 = v.find("timeoutMs"); it54 != v.end()) {
      wire::Checker::Step step(c, "timeoutMs");
      const nlohmann::json& v55 = *it54;
      if (!(wire::IsInteger(v55))) {
        c.Fail("must be integer");
      } else {
        const double x56 = v55.get<double>();
        if (x56 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it57 = v.find("expectedLeafEntryId"); it57 != v.end()) {
      wire::Checker::Step step(c, "expectedLeafEntryId");
      const nlohmann::json& v58 = *it57;
      if (v58.is_null()) {
      } else if (!(v58.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
  }
}

void CheckChatSendResult(const nlohmann::json& v, wire::Checker& c) {
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
      CheckChatSendStatus(v4, c);
    }
    if (auto it5 = v.find("messageSeq"); it5 != v.end()) {
      wire::Checker::Step step(c, "messageSeq");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it7 = v.find("interruptedActiveRun"); it7 != v.end()) {
      wire::Checker::Step step(c, "interruptedActiveRun");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v8 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
  }
}

}  // namespace gateway::proto
