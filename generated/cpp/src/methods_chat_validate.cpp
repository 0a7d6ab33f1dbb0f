// Generated from protocol/methods/chat.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

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

}  // namespace gateway::proto
