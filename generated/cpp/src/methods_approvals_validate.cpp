// Generated from protocol/methods/approvals.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckExecApprovalAsk(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"off", "on-miss", "always"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckExecApprovalErrorDetails(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("reason")) c.Fail("must have required property 'reason'");
    if (auto it1 = v.find("reason"); it1 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v2.get_ref<const std::string&>(), {"APPROVAL_NOT_FOUND", "APPROVAL_ALREADY_RESOLVED", "APPROVAL_ALLOW_ALWAYS_UNAVAILABLE"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it3 = v.find("remediation"); it3 != v.end()) {
      wire::Checker::Step step(c, "remediation");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckExecApprovalGetParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"id"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("id"); it2 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
  }
}

void CheckExecApprovalGetResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    if (!v.contains("commandText")) c.Fail("must have required property 'commandText'");
    if (!v.contains("commandPreview")) c.Fail("must have required property 'commandPreview'");
    if (!v.contains("allowedDecisions")) c.Fail("must have required property 'allowedDecisions'");
    if (!v.contains("host")) c.Fail("must have required property 'host'");
    if (!v.contains("nodeId")) c.Fail("must have required property 'nodeId'");
    if (!v.contains("agentId")) c.Fail("must have required property 'agentId'");
    if (!v.contains("expiresAtMs")) c.Fail("must have required property 'expiresAtMs'");
    if (auto it1 = v.find("id"); it1 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("commandText"); it3 != v.end()) {
      wire::Checker::Step step(c, "commandText");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("commandPreview"); it5 != v.end()) {
      wire::Checker::Step step(c, "commandPreview");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("allowedDecisions"); it7 != v.end()) {
      wire::Checker::Step step(c, "allowedDecisions");
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
    if (auto it11 = v.find("host"); it11 != v.end()) {
      wire::Checker::Step step(c, "host");
      const nlohmann::json& v12 = *it11;
      if (v12.is_null()) {
      } else if (!(v12.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it13 = v.find("nodeId"); it13 != v.end()) {
      wire::Checker::Step step(c, "nodeId");
      const nlohmann::json& v14 = *it13;
      if (v14.is_null()) {
      } else if (!(v14.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it15 = v.find("agentId"); it15 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v16 = *it15;
      if (v16.is_null()) {
      } else if (!(v16.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it17 = v.find("expiresAtMs"); it17 != v.end()) {
      wire::Checker::Step step(c, "expiresAtMs");
      const nlohmann::json& v18 = *it17;
      if (!(wire::IsInteger(v18))) {
        c.Fail("must be integer");
      } else {
      }
    }
  }
}

void CheckExecApprovalListParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
  }
}

void CheckExecApprovalListResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_array())) {
    c.Fail("must be array");
  } else {
    for (std::size_t i1 = 0; i1 < v.size(); ++i1) {
      wire::Checker::Step step(c, i1);
      const nlohmann::json& v2 = v[i1];
      if (!(v2.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v2.contains("id")) c.Fail("must have required property 'id'");
        if (!v2.contains("request")) c.Fail("must have required property 'request'");
        if (!v2.contains("createdAtMs")) c.Fail("must have required property 'createdAtMs'");
        if (!v2.contains("expiresAtMs")) c.Fail("must have required property 'expiresAtMs'");
        if (!v2.contains("approvalKind")) c.Fail("must have required property 'approvalKind'");
        if (auto it3 = v2.find("id"); it3 != v2.end()) {
          wire::Checker::Step step(c, "id");
          const nlohmann::json& v4 = *it3;
          if (!(v4.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it5 = v2.find("request"); it5 != v2.end()) {
          wire::Checker::Step step(c, "request");
          const nlohmann::json& v6 = *it5;
          if (!(v6.is_object())) {
            c.Fail("must be object");
          } else {
          }
        }
        if (auto it7 = v2.find("createdAtMs"); it7 != v2.end()) {
          wire::Checker::Step step(c, "createdAtMs");
          const nlohmann::json& v8 = *it7;
          if (!(wire::IsInteger(v8))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it9 = v2.find("expiresAtMs"); it9 != v2.end()) {
          wire::Checker::Step step(c, "expiresAtMs");
          const nlohmann::json& v10 = *it9;
          if (!(wire::IsInteger(v10))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it11 = v2.find("approvalKind"); it11 != v2.end()) {
          wire::Checker::Step step(c, "approvalKind");
          const nlohmann::json& v12 = *it11;
          if (!(v12.is_string())) {
            c.Fail("must be string");
          } else {
            if (v12 != nlohmann::json("exec")) c.Fail("must be equal to constant");
          }
        }
      }
    }
  }
}

void CheckExecApprovalResolveParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    if (!v.contains("decision")) c.Fail("must have required property 'decision'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"id", "decision", "reviewer", "grantExpiresInDays"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("id"); it2 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it6 = v.find("decision"); it6 != v.end()) {
      wire::Checker::Step step(c, "decision");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("reviewer"); it8 != v.end()) {
      wire::Checker::Step step(c, "reviewer");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it10 = v9.find("channel"); it10 != v9.end()) {
          wire::Checker::Step step(c, "channel");
          const nlohmann::json& v11 = *it10;
          if (!(v11.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it12 = v9.find("accountId"); it12 != v9.end()) {
          wire::Checker::Step step(c, "accountId");
          const nlohmann::json& v13 = *it12;
          if (!(v13.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it14 = v9.find("senderId"); it14 != v9.end()) {
          wire::Checker::Step step(c, "senderId");
          const nlohmann::json& v15 = *it14;
          if (!(v15.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it16 = v.find("grantExpiresInDays"); it16 != v.end()) {
      wire::Checker::Step step(c, "grantExpiresInDays");
      const nlohmann::json& v17 = *it16;
      if (!(wire::IsInteger(v17))) {
        c.Fail("must be integer");
      } else {
        const double x18 = v17.get<double>();
        if (x18 > 3650) c.Fail("must be <= 3650");
        if (x18 < 1) c.Fail("must be >= 1");
      }
    }
  }
}

void CheckExecApprovalResolveResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"ok"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("ok"); it2 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v3 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
  }
}

void CheckExecApprovalSecurity(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"deny", "allowlist", "full"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckExecApprovalWaitDecisionParams(const nlohmann::json& v, wire::Checker& c) {
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
  }
}

void CheckExecApprovalWaitDecisionResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    if (!v.contains("decision")) c.Fail("must have required property 'decision'");
    if (!v.contains("createdAtMs")) c.Fail("must have required property 'createdAtMs'");
    if (!v.contains("expiresAtMs")) c.Fail("must have required property 'expiresAtMs'");
    if (auto it1 = v.find("id"); it1 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("decision"); it3 != v.end()) {
      wire::Checker::Step step(c, "decision");
      const nlohmann::json& v4 = *it3;
      if (v4.is_null()) {
      } else if (!(v4.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it5 = v.find("createdAtMs"); it5 != v.end()) {
      wire::Checker::Step step(c, "createdAtMs");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it7 = v.find("expiresAtMs"); it7 != v.end()) {
      wire::Checker::Step step(c, "expiresAtMs");
      const nlohmann::json& v8 = *it7;
      if (!(wire::IsInteger(v8))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it9 = v.find("terminalReason"); it9 != v.end()) {
      wire::Checker::Step step(c, "terminalReason");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckExecApprovalsAllowlistEntry(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("pattern")) c.Fail("must have required property 'pattern'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"id", "pattern", "argPattern", "source", "lastUsedAt", "lastUsedCommand", "lastResolvedPath"})) {
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
    if (auto it4 = v.find("pattern"); it4 != v.end()) {
      wire::Checker::Step step(c, "pattern");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("argPattern"); it6 != v.end()) {
      wire::Checker::Step step(c, "argPattern");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("source"); it8 != v.end()) {
      wire::Checker::Step step(c, "source");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
        if (v9 != nlohmann::json("allow-always")) c.Fail("must be equal to constant");
      }
    }
    if (auto it10 = v.find("lastUsedAt"); it10 != v.end()) {
      wire::Checker::Step step(c, "lastUsedAt");
      const nlohmann::json& v11 = *it10;
      if (!(wire::IsInteger(v11))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it12 = v.find("lastUsedCommand"); it12 != v.end()) {
      wire::Checker::Step step(c, "lastUsedCommand");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("lastResolvedPath"); it14 != v.end()) {
      wire::Checker::Step step(c, "lastResolvedPath");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckExecApprovalsAgent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"security", "ask", "askFallback", "autoAllowSkills", "allowlist", "mcpTools"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("security"); it2 != v.end()) {
      wire::Checker::Step step(c, "security");
      const nlohmann::json& v3 = *it2;
      CheckExecApprovalSecurity(v3, c);
    }
    if (auto it4 = v.find("ask"); it4 != v.end()) {
      wire::Checker::Step step(c, "ask");
      const nlohmann::json& v5 = *it4;
      CheckExecApprovalAsk(v5, c);
    }
    if (auto it6 = v.find("askFallback"); it6 != v.end()) {
      wire::Checker::Step step(c, "askFallback");
      const nlohmann::json& v7 = *it6;
      CheckExecApprovalSecurity(v7, c);
    }
    if (auto it8 = v.find("autoAllowSkills"); it8 != v.end()) {
      wire::Checker::Step step(c, "autoAllowSkills");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it10 = v.find("allowlist"); it10 != v.end()) {
      wire::Checker::Step step(c, "allowlist");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i12 = 0; i12 < v11.size(); ++i12) {
          wire::Checker::Step step(c, i12);
          const nlohmann::json& v13 = v11[i12];
          CheckExecApprovalsAllowlistEntry(v13, c);
        }
      }
    }
    if (auto it14 = v.find("mcpTools"); it14 != v.end()) {
      wire::Checker::Step step(c, "mcpTools");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i16 = 0; i16 < v15.size(); ++i16) {
          wire::Checker::Step step(c, i16);
          const nlohmann::json& v17 = v15[i16];
          if (!(v17.is_object())) {
            c.Fail("must be object");
          } else {
          }
        }
      }
    }
  }
}

void CheckExecApprovalsFile(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("version")) c.Fail("must have required property 'version'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"version", "socket", "defaults", "agents"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("version"); it2 != v.end()) {
      wire::Checker::Step step(c, "version");
      const nlohmann::json& v3 = *it2;
      if (!(wire::IsInteger(v3))) {
        c.Fail("must be integer");
      } else {
        if (v3 != nlohmann::json(std::int64_t{1})) c.Fail("must be equal to constant");
      }
    }
    if (auto it4 = v.find("socket"); it4 != v.end()) {
      wire::Checker::Step step(c, "socket");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry6 : v5.items()) {
          if (!wire::IsOneOf(entry6.key(), {"path", "token"})) {
            c.Fail("unexpected property '" + entry6.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it7 = v5.find("path"); it7 != v5.end()) {
          wire::Checker::Step step(c, "path");
          const nlohmann::json& v8 = *it7;
          if (!(v8.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it9 = v5.find("token"); it9 != v5.end()) {
          wire::Checker::Step step(c, "token");
          const nlohmann::json& v10 = *it9;
          if (!(v10.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it11 = v.find("defaults"); it11 != v.end()) {
      wire::Checker::Step step(c, "defaults");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry13 : v12.items()) {
          if (!wire::IsOneOf(entry13.key(), {"security", "ask", "askFallback", "autoAllowSkills"})) {
            c.Fail("unexpected property '" + entry13.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it14 = v12.find("security"); it14 != v12.end()) {
          wire::Checker::Step step(c, "security");
          const nlohmann::json& v15 = *it14;
          CheckExecApprovalSecurity(v15, c);
        }
        if (auto it16 = v12.find("ask"); it16 != v12.end()) {
          wire::Checker::Step step(c, "ask");
          const nlohmann::json& v17 = *it16;
          CheckExecApprovalAsk(v17, c);
        }
        if (auto it18 = v12.find("askFallback"); it18 != v12.end()) {
          wire::Checker::Step step(c, "askFallback");
          const nlohmann::json& v19 = *it18;
          CheckExecApprovalSecurity(v19, c);
        }
        if (auto it20 = v12.find("autoAllowSkills"); it20 != v12.end()) {
          wire::Checker::Step step(c, "autoAllowSkills");
          const nlohmann::json& v21 = *it20;
          if (!(v21.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
    if (auto it22 = v.find("agents"); it22 != v.end()) {
      wire::Checker::Step step(c, "agents");
      const nlohmann::json& v23 = *it22;
      if (!(v23.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry24 : v23.items()) {
          wire::Checker::Step step(c, entry24.key());
          const nlohmann::json& v25 = entry24.value();
          CheckExecApprovalsAgent(v25, c);
        }
      }
    }
  }
}

void CheckExecApprovalsGetParams(const nlohmann::json& v, wire::Checker& c) {
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

void CheckExecApprovalsSetParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("file")) c.Fail("must have required property 'file'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"file", "baseHash"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("file"); it2 != v.end()) {
      wire::Checker::Step step(c, "file");
      const nlohmann::json& v3 = *it2;
      CheckExecApprovalsFile(v3, c);
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

void CheckExecApprovalsSnapshot(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("exists")) c.Fail("must have required property 'exists'");
    if (!v.contains("hash")) c.Fail("must have required property 'hash'");
    if (!v.contains("file")) c.Fail("must have required property 'file'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"path", "exists", "hash", "file", "resolvedDefaults"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("path"); it2 != v.end()) {
      wire::Checker::Step step(c, "path");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("exists"); it4 != v.end()) {
      wire::Checker::Step step(c, "exists");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it6 = v.find("hash"); it6 != v.end()) {
      wire::Checker::Step step(c, "hash");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("file"); it8 != v.end()) {
      wire::Checker::Step step(c, "file");
      const nlohmann::json& v9 = *it8;
      CheckExecApprovalsFile(v9, c);
    }
    if (auto it10 = v.find("resolvedDefaults"); it10 != v.end()) {
      wire::Checker::Step step(c, "resolvedDefaults");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v11.contains("security")) c.Fail("must have required property 'security'");
        if (!v11.contains("ask")) c.Fail("must have required property 'ask'");
        if (!v11.contains("askFallback")) c.Fail("must have required property 'askFallback'");
        if (!v11.contains("autoAllowSkills")) c.Fail("must have required property 'autoAllowSkills'");
        for (const auto& entry12 : v11.items()) {
          if (!wire::IsOneOf(entry12.key(), {"security", "ask", "askFallback", "autoAllowSkills"})) {
            c.Fail("unexpected property '" + entry12.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it13 = v11.find("security"); it13 != v11.end()) {
          wire::Checker::Step step(c, "security");
          const nlohmann::json& v14 = *it13;
          CheckExecApprovalSecurity(v14, c);
        }
        if (auto it15 = v11.find("ask"); it15 != v11.end()) {
          wire::Checker::Step step(c, "ask");
          const nlohmann::json& v16 = *it15;
          CheckExecApprovalAsk(v16, c);
        }
        if (auto it17 = v11.find("askFallback"); it17 != v11.end()) {
          wire::Checker::Step step(c, "askFallback");
          const nlohmann::json& v18 = *it17;
          CheckExecApprovalSecurity(v18, c);
        }
        if (auto it19 = v11.find("autoAllowSkills"); it19 != v11.end()) {
          wire::Checker::Step step(c, "autoAllowSkills");
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

}  // namespace gateway::proto
