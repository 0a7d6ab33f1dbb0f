// Generated from protocol/methods/outbound.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckPollParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("to")) c.Fail("must have required property 'to'");
    if (!v.contains("question")) c.Fail("must have required property 'question'");
    if (!v.contains("options")) c.Fail("must have required property 'options'");
    if (!v.contains("idempotencyKey")) c.Fail("must have required property 'idempotencyKey'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"to", "question", "options", "idempotencyKey", "maxSelections", "durationSeconds", "durationHours", "silent", "isAnonymous", "threadId", "channel", "accountId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("to"); it2 != v.end()) {
      wire::Checker::Step step(c, "to");
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
    if (auto it6 = v.find("question"); it6 != v.end()) {
      wire::Checker::Step step(c, "question");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s8 = v7.get_ref<const std::string&>();
        const std::size_t n9 = wire::CodePointLength(s8);
        if (n9 > 300) c.Fail("must not have more than 300 characters");
        if (n9 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it10 = v.find("options"); it10 != v.end()) {
      wire::Checker::Step step(c, "options");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_array())) {
        c.Fail("must be array");
      } else {
        if (v11.size() > 12) c.Fail("must not have more than 12 items");
        if (v11.size() < 2) c.Fail("must not have fewer than 2 items");
        for (std::size_t i12 = 0; i12 < v11.size(); ++i12) {
          wire::Checker::Step step(c, i12);
          const nlohmann::json& v13 = v11[i12];
          if (!(v13.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s14 = v13.get_ref<const std::string&>();
            const std::size_t n15 = wire::CodePointLength(s14);
            if (n15 > 100) c.Fail("must not have more than 100 characters");
            if (n15 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
      }
    }
    if (auto it16 = v.find("idempotencyKey"); it16 != v.end()) {
      wire::Checker::Step step(c, "idempotencyKey");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s18 = v17.get_ref<const std::string&>();
        const std::size_t n19 = wire::CodePointLength(s18);
        if (n19 > 256) c.Fail("must not have more than 256 characters");
        if (n19 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it20 = v.find("maxSelections"); it20 != v.end()) {
      wire::Checker::Step step(c, "maxSelections");
      const nlohmann::json& v21 = *it20;
      if (!(wire::IsInteger(v21))) {
        c.Fail("must be integer");
      } else {
        const double x22 = v21.get<double>();
        if (x22 > 12) c.Fail("must be <= 12");
        if (x22 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it23 = v.find("durationSeconds"); it23 != v.end()) {
      wire::Checker::Step step(c, "durationSeconds");
      const nlohmann::json& v24 = *it23;
      if (!(wire::IsInteger(v24))) {
        c.Fail("must be integer");
      } else {
        const double x25 = v24.get<double>();
        if (x25 > 604800) c.Fail("must be <= 604800");
        if (x25 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it26 = v.find("durationHours"); it26 != v.end()) {
      wire::Checker::Step step(c, "durationHours");
      const nlohmann::json& v27 = *it26;
      if (!(wire::IsInteger(v27))) {
        c.Fail("must be integer");
      } else {
        const double x28 = v27.get<double>();
        if (x28 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it29 = v.find("silent"); it29 != v.end()) {
      wire::Checker::Step step(c, "silent");
      const nlohmann::json& v30 = *it29;
      if (!(v30.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it31 = v.find("isAnonymous"); it31 != v.end()) {
      wire::Checker::Step step(c, "isAnonymous");
      const nlohmann::json& v32 = *it31;
      if (!(v32.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it33 = v.find("threadId"); it33 != v.end()) {
      wire::Checker::Step step(c, "threadId");
      const nlohmann::json& v34 = *it33;
      if (!(v34.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it35 = v.find("channel"); it35 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v36 = *it35;
      if (!(v36.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it37 = v.find("accountId"); it37 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v38 = *it37;
      if (!(v38.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckSendParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("to")) c.Fail("must have required property 'to'");
    if (!v.contains("idempotencyKey")) c.Fail("must have required property 'idempotencyKey'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"to", "idempotencyKey", "message", "mediaUrl", "mediaUrls", "buffer", "filename", "contentType", "asVoice", "gifPlayback", "channel", "accountId", "agentId", "replyToId", "threadId", "forceDocument", "silent", "parseMode", "sessionKey"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("to"); it2 != v.end()) {
      wire::Checker::Step step(c, "to");
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
    if (auto it6 = v.find("idempotencyKey"); it6 != v.end()) {
      wire::Checker::Step step(c, "idempotencyKey");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s8 = v7.get_ref<const std::string&>();
        const std::size_t n9 = wire::CodePointLength(s8);
        if (n9 > 256) c.Fail("must not have more than 256 characters");
        if (n9 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it10 = v.find("message"); it10 != v.end()) {
      wire::Checker::Step step(c, "message");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("mediaUrl"); it12 != v.end()) {
      wire::Checker::Step step(c, "mediaUrl");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("mediaUrls"); it14 != v.end()) {
      wire::Checker::Step step(c, "mediaUrls");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i16 = 0; i16 < v15.size(); ++i16) {
          wire::Checker::Step step(c, i16);
          const nlohmann::json& v17 = v15[i16];
          if (!(v17.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it18 = v.find("buffer"); it18 != v.end()) {
      wire::Checker::Step step(c, "buffer");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it20 = v.find("filename"); it20 != v.end()) {
      wire::Checker::Step step(c, "filename");
      const nlohmann::json& v21 = *it20;
      if (!(v21.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it22 = v.find("contentType"); it22 != v.end()) {
      wire::Checker::Step step(c, "contentType");
      const nlohmann::json& v23 = *it22;
      if (!(v23.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it24 = v.find("asVoice"); it24 != v.end()) {
      wire::Checker::Step step(c, "asVoice");
      const nlohmann::json& v25 = *it24;
      if (!(v25.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it26 = v.find("gifPlayback"); it26 != v.end()) {
      wire::Checker::Step step(c, "gifPlayback");
      const nlohmann::json& v27 = *it26;
      if (!(v27.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it28 = v.find("channel"); it28 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v29 = *it28;
      if (!(v29.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it30 = v.find("accountId"); it30 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v31 = *it30;
      if (!(v31.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it32 = v.find("agentId"); it32 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v33 = *it32;
      if (!(v33.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it34 = v.find("replyToId"); it34 != v.end()) {
      wire::Checker::Step step(c, "replyToId");
      const nlohmann::json& v35 = *it34;
      if (!(v35.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it36 = v.find("threadId"); it36 != v.end()) {
      wire::Checker::Step step(c, "threadId");
      const nlohmann::json& v37 = *it36;
      if (!(v37.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it38 = v.find("forceDocument"); it38 != v.end()) {
      wire::Checker::Step step(c, "forceDocument");
      const nlohmann::json& v39 = *it38;
      if (!(v39.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it40 = v.find("silent"); it40 != v.end()) {
      wire::Checker::Step step(c, "silent");
      const nlohmann::json& v41 = *it40;
      if (!(v41.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it42 = v.find("parseMode"); it42 != v.end()) {
      wire::Checker::Step step(c, "parseMode");
      const nlohmann::json& v43 = *it42;
      if (!(v43.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v43.get_ref<const std::string&>(), {"HTML"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it44 = v.find("sessionKey"); it44 != v.end()) {
      wire::Checker::Step step(c, "sessionKey");
      const nlohmann::json& v45 = *it44;
      if (!(v45.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckSendResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("runId")) c.Fail("must have required property 'runId'");
    if (!v.contains("messageId")) c.Fail("must have required property 'messageId'");
    if (!v.contains("channel")) c.Fail("must have required property 'channel'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"runId", "messageId", "channel", "chatId", "channelId", "toJid", "conversationId", "pollId"})) {
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
    if (auto it4 = v.find("messageId"); it4 != v.end()) {
      wire::Checker::Step step(c, "messageId");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("channel"); it6 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("chatId"); it8 != v.end()) {
      wire::Checker::Step step(c, "chatId");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("channelId"); it10 != v.end()) {
      wire::Checker::Step step(c, "channelId");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("toJid"); it12 != v.end()) {
      wire::Checker::Step step(c, "toJid");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("conversationId"); it14 != v.end()) {
      wire::Checker::Step step(c, "conversationId");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it16 = v.find("pollId"); it16 != v.end()) {
      wire::Checker::Step step(c, "pollId");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

}  // namespace gateway::proto
