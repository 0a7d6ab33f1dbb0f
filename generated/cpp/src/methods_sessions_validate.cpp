// Generated from protocol/methods/sessions.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckAbortResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("aborted")) c.Fail("must have required property 'aborted'");
    if (!v.contains("runIds")) c.Fail("must have required property 'runIds'");
    if (auto it1 = v.find("ok"); it1 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v2 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("aborted"); it3 != v.end()) {
      wire::Checker::Step step(c, "aborted");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it5 = v.find("runIds"); it5 != v.end()) {
      wire::Checker::Step step(c, "runIds");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i7 = 0; i7 < v6.size(); ++i7) {
          wire::Checker::Step step(c, i7);
          const nlohmann::json& v8 = v6[i7];
          if (!(v8.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
  }
}

void CheckChatSendStatus(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_string())) {
    c.Fail("must be string");
  } else {
    if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"started", "in_flight", "ok", "error", "timeout"})) {
      c.Fail("must be equal to one of the allowed values");
    }
  }
}

void CheckSessionEntry(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("sessionId")) c.Fail("must have required property 'sessionId'");
    if (!v.contains("updatedAt")) c.Fail("must have required property 'updatedAt'");
    if (auto it1 = v.find("sessionId"); it1 != v.end()) {
      wire::Checker::Step step(c, "sessionId");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("updatedAt"); it3 != v.end()) {
      wire::Checker::Step step(c, "updatedAt");
      const nlohmann::json& v4 = *it3;
      if (!(wire::IsInteger(v4))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it5 = v.find("sessionStartedAt"); it5 != v.end()) {
      wire::Checker::Step step(c, "sessionStartedAt");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it7 = v.find("lifecycleRevision"); it7 != v.end()) {
      wire::Checker::Step step(c, "lifecycleRevision");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("label"); it9 != v.end()) {
      wire::Checker::Step step(c, "label");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it11 = v.find("displayName"); it11 != v.end()) {
      wire::Checker::Step step(c, "displayName");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it13 = v.find("channel"); it13 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it15 = v.find("chatType"); it15 != v.end()) {
      wire::Checker::Step step(c, "chatType");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it17 = v.find("lastInteractionAt"); it17 != v.end()) {
      wire::Checker::Step step(c, "lastInteractionAt");
      const nlohmann::json& v18 = *it17;
      if (!(wire::IsInteger(v18))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it19 = v.find("archived"); it19 != v.end()) {
      wire::Checker::Step step(c, "archived");
      const nlohmann::json& v20 = *it19;
      if (!(v20.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it21 = v.find("pinned"); it21 != v.end()) {
      wire::Checker::Step step(c, "pinned");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it23 = v.find("unread"); it23 != v.end()) {
      wire::Checker::Step step(c, "unread");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it25 = v.find("model"); it25 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v26 = *it25;
      if (!(v26.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it27 = v.find("modelProvider"); it27 != v.end()) {
      wire::Checker::Step step(c, "modelProvider");
      const nlohmann::json& v28 = *it27;
      if (!(v28.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it29 = v.find("inputTokens"); it29 != v.end()) {
      wire::Checker::Step step(c, "inputTokens");
      const nlohmann::json& v30 = *it29;
      if (!(wire::IsInteger(v30))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it31 = v.find("outputTokens"); it31 != v.end()) {
      wire::Checker::Step step(c, "outputTokens");
      const nlohmann::json& v32 = *it31;
      if (!(wire::IsInteger(v32))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it33 = v.find("totalTokens"); it33 != v.end()) {
      wire::Checker::Step step(c, "totalTokens");
      const nlohmann::json& v34 = *it33;
      if (!(wire::IsInteger(v34))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it35 = v.find("compactionCount"); it35 != v.end()) {
      wire::Checker::Step step(c, "compactionCount");
      const nlohmann::json& v36 = *it35;
      if (!(wire::IsInteger(v36))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it37 = v.find("spawnedBy"); it37 != v.end()) {
      wire::Checker::Step step(c, "spawnedBy");
      const nlohmann::json& v38 = *it37;
      if (!(v38.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckSessionFastMode(const nlohmann::json& v, wire::Checker& c) {
  if (v.is_boolean()) {
    if (!(v.is_boolean())) {
      c.Fail("must be boolean");
    } else {
    }
  } else if (v.is_string()) {
    if (!(v.is_string())) {
      c.Fail("must be string");
    } else {
      if (!wire::IsOneOf(v.get_ref<const std::string&>(), {"auto"})) {
        c.Fail("must be equal to one of the allowed values");
      }
    }
  } else {
    c.Fail("must match exactly one schema in oneOf");
  }
}

void CheckSessionModelDefaults(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("modelProvider")) c.Fail("must have required property 'modelProvider'");
    if (!v.contains("model")) c.Fail("must have required property 'model'");
    if (!v.contains("contextTokens")) c.Fail("must have required property 'contextTokens'");
    if (auto it1 = v.find("modelProvider"); it1 != v.end()) {
      wire::Checker::Step step(c, "modelProvider");
      const nlohmann::json& v2 = *it1;
      if (v2.is_null()) {
      } else if (!(v2.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it3 = v.find("model"); it3 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v4 = *it3;
      if (v4.is_null()) {
      } else if (!(v4.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it5 = v.find("contextTokens"); it5 != v.end()) {
      wire::Checker::Step step(c, "contextTokens");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
        const double x7 = v6.get<double>();
        if (x7 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it8 = v.find("contextWindow"); it8 != v.end()) {
      wire::Checker::Step step(c, "contextWindow");
      const nlohmann::json& v9 = *it8;
      if (!(wire::IsInteger(v9))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it10 = v.find("contextWindowDefault"); it10 != v.end()) {
      wire::Checker::Step step(c, "contextWindowDefault");
      const nlohmann::json& v11 = *it10;
      if (!(wire::IsInteger(v11))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it12 = v.find("thinkingLevels"); it12 != v.end()) {
      wire::Checker::Step step(c, "thinkingLevels");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it14 = v.find("thinkingOptions"); it14 != v.end()) {
      wire::Checker::Step step(c, "thinkingOptions");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it16 = v.find("thinkingDefault"); it16 != v.end()) {
      wire::Checker::Step step(c, "thinkingDefault");
      const nlohmann::json& v17 = *it16;
      if (v17.is_null()) {
      } else if (!(v17.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
  }
}

void CheckSessionResolvedModel(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("modelProvider")) c.Fail("must have required property 'modelProvider'");
    if (!v.contains("model")) c.Fail("must have required property 'model'");
    if (!v.contains("agentRuntime")) c.Fail("must have required property 'agentRuntime'");
    if (!v.contains("runtimeSelectionLocked")) c.Fail("must have required property 'runtimeSelectionLocked'");
    if (auto it1 = v.find("modelProvider"); it1 != v.end()) {
      wire::Checker::Step step(c, "modelProvider");
      const nlohmann::json& v2 = *it1;
      if (v2.is_null()) {
      } else if (!(v2.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it3 = v.find("model"); it3 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v4 = *it3;
      if (v4.is_null()) {
      } else if (!(v4.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it5 = v.find("runtimeSelectionLocked"); it5 != v.end()) {
      wire::Checker::Step step(c, "runtimeSelectionLocked");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it7 = v.find("contextWindow"); it7 != v.end()) {
      wire::Checker::Step step(c, "contextWindow");
      const nlohmann::json& v8 = *it7;
      if (!(wire::IsInteger(v8))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it9 = v.find("thinkingLevel"); it9 != v.end()) {
      wire::Checker::Step step(c, "thinkingLevel");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it11 = v.find("thinkingLevels"); it11 != v.end()) {
      wire::Checker::Step step(c, "thinkingLevels");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
  }
}

void CheckSessionRow(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    if (!v.contains("kind")) c.Fail("must have required property 'kind'");
    if (auto it1 = v.find("key"); it1 != v.end()) {
      wire::Checker::Step step(c, "key");
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
        if (!wire::IsOneOf(v4.get_ref<const std::string&>(), {"direct", "group", "global", "unknown"})) {
          c.Fail("must be equal to one of the allowed values");
        }
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
    if (auto it7 = v.find("label"); it7 != v.end()) {
      wire::Checker::Step step(c, "label");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("displayName"); it9 != v.end()) {
      wire::Checker::Step step(c, "displayName");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it11 = v.find("derivedTitle"); it11 != v.end()) {
      wire::Checker::Step step(c, "derivedTitle");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it13 = v.find("lastMessagePreview"); it13 != v.end()) {
      wire::Checker::Step step(c, "lastMessagePreview");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it15 = v.find("channel"); it15 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it17 = v.find("agentId"); it17 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it19 = v.find("accountId"); it19 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v20 = *it19;
      if (!(v20.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it21 = v.find("chatType"); it21 != v.end()) {
      wire::Checker::Step step(c, "chatType");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v22.get_ref<const std::string&>(), {"direct", "group", "channel"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it23 = v.find("updatedAt"); it23 != v.end()) {
      wire::Checker::Step step(c, "updatedAt");
      const nlohmann::json& v24 = *it23;
      if (v24.is_null()) {
      } else if (!(wire::IsInteger(v24))) {
        c.Fail("must be integer,null");
      } else {
      }
    }
    if (auto it25 = v.find("createdAt"); it25 != v.end()) {
      wire::Checker::Step step(c, "createdAt");
      const nlohmann::json& v26 = *it25;
      if (!(wire::IsInteger(v26))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it27 = v.find("sessionStartedAt"); it27 != v.end()) {
      wire::Checker::Step step(c, "sessionStartedAt");
      const nlohmann::json& v28 = *it27;
      if (!(wire::IsInteger(v28))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it29 = v.find("lastActivityAt"); it29 != v.end()) {
      wire::Checker::Step step(c, "lastActivityAt");
      const nlohmann::json& v30 = *it29;
      if (!(wire::IsInteger(v30))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it31 = v.find("lastInteractionAt"); it31 != v.end()) {
      wire::Checker::Step step(c, "lastInteractionAt");
      const nlohmann::json& v32 = *it31;
      if (!(wire::IsInteger(v32))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it33 = v.find("archived"); it33 != v.end()) {
      wire::Checker::Step step(c, "archived");
      const nlohmann::json& v34 = *it33;
      if (!(v34.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it35 = v.find("pinned"); it35 != v.end()) {
      wire::Checker::Step step(c, "pinned");
      const nlohmann::json& v36 = *it35;
      if (!(v36.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it37 = v.find("unread"); it37 != v.end()) {
      wire::Checker::Step step(c, "unread");
      const nlohmann::json& v38 = *it37;
      if (!(v38.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it39 = v.find("status"); it39 != v.end()) {
      wire::Checker::Step step(c, "status");
      const nlohmann::json& v40 = *it39;
      if (!(v40.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v40.get_ref<const std::string&>(), {"queued", "running", "done", "failed", "killed", "timeout"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it41 = v.find("lastRunId"); it41 != v.end()) {
      wire::Checker::Step step(c, "lastRunId");
      const nlohmann::json& v42 = *it41;
      if (!(v42.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it43 = v.find("model"); it43 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v44 = *it43;
      if (!(v44.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it45 = v.find("modelProvider"); it45 != v.end()) {
      wire::Checker::Step step(c, "modelProvider");
      const nlohmann::json& v46 = *it45;
      if (!(v46.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it47 = v.find("inputTokens"); it47 != v.end()) {
      wire::Checker::Step step(c, "inputTokens");
      const nlohmann::json& v48 = *it47;
      if (!(wire::IsInteger(v48))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it49 = v.find("outputTokens"); it49 != v.end()) {
      wire::Checker::Step step(c, "outputTokens");
      const nlohmann::json& v50 = *it49;
      if (!(wire::IsInteger(v50))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it51 = v.find("totalTokens"); it51 != v.end()) {
      wire::Checker::Step step(c, "totalTokens");
      const nlohmann::json& v52 = *it51;
      if (!(wire::IsInteger(v52))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it53 = v.find("contextTokens"); it53 != v.end()) {
      wire::Checker::Step step(c, "contextTokens");
      const nlohmann::json& v54 = *it53;
      if (!(wire::IsInteger(v54))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it55 = v.find("estimatedCostUsd"); it55 != v.end()) {
      wire::Checker::Step step(c, "estimatedCostUsd");
      const nlohmann::json& v56 = *it55;
      if (!(v56.is_number())) {
        c.Fail("must be number");
      } else {
      }
    }
    if (auto it57 = v.find("compactionCount"); it57 != v.end()) {
      wire::Checker::Step step(c, "compactionCount");
      const nlohmann::json& v58 = *it57;
      if (!(wire::IsInteger(v58))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it59 = v.find("lifecycleRevision"); it59 != v.end()) {
      wire::Checker::Step step(c, "lifecycleRevision");
      const nlohmann::json& v60 = *it59;
      if (!(v60.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it61 = v.find("spawnedBy"); it61 != v.end()) {
      wire::Checker::Step step(c, "spawnedBy");
      const nlohmann::json& v62 = *it61;
      if (!(v62.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it63 = v.find("parentSessionKey"); it63 != v.end()) {
      wire::Checker::Step step(c, "parentSessionKey");
      const nlohmann::json& v64 = *it63;
      if (!(v64.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it65 = v.find("thinkingLevel"); it65 != v.end()) {
      wire::Checker::Step step(c, "thinkingLevel");
      const nlohmann::json& v66 = *it65;
      if (!(v66.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it67 = v.find("fastMode"); it67 != v.end()) {
      wire::Checker::Step step(c, "fastMode");
      const nlohmann::json& v68 = *it67;
      CheckSessionFastMode(v68, c);
    }
    if (auto it69 = v.find("permissionMode"); it69 != v.end()) {
      wire::Checker::Step step(c, "permissionMode");
      const nlohmann::json& v70 = *it69;
      if (!(v70.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it71 = v.find("hasActiveRun"); it71 != v.end()) {
      wire::Checker::Step step(c, "hasActiveRun");
      const nlohmann::json& v72 = *it71;
      if (!(v72.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it73 = v.find("activeRunIds"); it73 != v.end()) {
      wire::Checker::Step step(c, "activeRunIds");
      const nlohmann::json& v74 = *it73;
      if (!(v74.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i75 = 0; i75 < v74.size(); ++i75) {
          wire::Checker::Step step(c, i75);
          const nlohmann::json& v76 = v74[i75];
          if (!(v76.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
  }
}

void CheckSessionsAbortParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"key", "runId", "agentId", "clearQueued"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("key"); it2 != v.end()) {
      wire::Checker::Step step(c, "key");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it6 = v.find("runId"); it6 != v.end()) {
      wire::Checker::Step step(c, "runId");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("agentId"); it8 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("clearQueued"); it10 != v.end()) {
      wire::Checker::Step step(c, "clearQueued");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckSessionsCompactParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"key", "agentId", "maxLines"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("key"); it2 != v.end()) {
      wire::Checker::Step step(c, "key");
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
    if (auto it8 = v.find("maxLines"); it8 != v.end()) {
      wire::Checker::Step step(c, "maxLines");
      const nlohmann::json& v9 = *it8;
      if (!(wire::IsInteger(v9))) {
        c.Fail("must be integer");
      } else {
        const double x10 = v9.get<double>();
        if (x10 < 1) c.Fail("must be >= 1");
      }
    }
  }
}

void CheckSessionsCompactResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    if (!v.contains("compacted")) c.Fail("must have required property 'compacted'");
    if (auto it1 = v.find("ok"); it1 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("key"); it3 != v.end()) {
      wire::Checker::Step step(c, "key");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("compacted"); it5 != v.end()) {
      wire::Checker::Step step(c, "compacted");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it7 = v.find("kept"); it7 != v.end()) {
      wire::Checker::Step step(c, "kept");
      const nlohmann::json& v8 = *it7;
      if (!(wire::IsInteger(v8))) {
        c.Fail("must be integer");
      } else {
        const double x9 = v8.get<double>();
        if (x9 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it10 = v.find("reason"); it10 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("result"); it12 != v.end()) {
      wire::Checker::Step step(c, "result");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
  }
}

void CheckSessionsDeleteParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"key", "agentId", "deleteTranscript", "expectedSessionId", "expectedLifecycleRevision", "expectedSessionUpdatedAt", "emitLifecycleHooks", "archivedOnly"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("key"); it2 != v.end()) {
      wire::Checker::Step step(c, "key");
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
    if (auto it8 = v.find("deleteTranscript"); it8 != v.end()) {
      wire::Checker::Step step(c, "deleteTranscript");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it10 = v.find("expectedSessionId"); it10 != v.end()) {
      wire::Checker::Step step(c, "expectedSessionId");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("expectedLifecycleRevision"); it12 != v.end()) {
      wire::Checker::Step step(c, "expectedLifecycleRevision");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("expectedSessionUpdatedAt"); it14 != v.end()) {
      wire::Checker::Step step(c, "expectedSessionUpdatedAt");
      const nlohmann::json& v15 = *it14;
      if (!(wire::IsInteger(v15))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it16 = v.find("emitLifecycleHooks"); it16 != v.end()) {
      wire::Checker::Step step(c, "emitLifecycleHooks");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it18 = v.find("archivedOnly"); it18 != v.end()) {
      wire::Checker::Step step(c, "archivedOnly");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckSessionsDeleteResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    if (!v.contains("deleted")) c.Fail("must have required property 'deleted'");
    if (!v.contains("archived")) c.Fail("must have required property 'archived'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"ok", "key", "deleted", "archived", "worktreePreserved"})) {
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
    if (auto it4 = v.find("key"); it4 != v.end()) {
      wire::Checker::Step step(c, "key");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("deleted"); it6 != v.end()) {
      wire::Checker::Step step(c, "deleted");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it8 = v.find("archived"); it8 != v.end()) {
      wire::Checker::Step step(c, "archived");
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
    if (auto it12 = v.find("worktreePreserved"); it12 != v.end()) {
      wire::Checker::Step step(c, "worktreePreserved");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v13.contains("id")) c.Fail("must have required property 'id'");
        if (!v13.contains("branch")) c.Fail("must have required property 'branch'");
        if (!v13.contains("path")) c.Fail("must have required property 'path'");
        if (!v13.contains("reason")) c.Fail("must have required property 'reason'");
        if (auto it14 = v13.find("id"); it14 != v13.end()) {
          wire::Checker::Step step(c, "id");
          const nlohmann::json& v15 = *it14;
          if (!(v15.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it16 = v13.find("branch"); it16 != v13.end()) {
          wire::Checker::Step step(c, "branch");
          const nlohmann::json& v17 = *it16;
          if (!(v17.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it18 = v13.find("path"); it18 != v13.end()) {
          wire::Checker::Step step(c, "path");
          const nlohmann::json& v19 = *it18;
          if (!(v19.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it20 = v13.find("reason"); it20 != v13.end()) {
          wire::Checker::Step step(c, "reason");
          const nlohmann::json& v21 = *it20;
          if (!(v21.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
  }
}

void CheckSessionsListParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"limit", "offset", "activeMinutes", "requireLastInteraction", "sortBy", "includeGlobal", "includeUnknown", "configuredAgentsOnly", "includeDerivedTitles", "includeLastMessage", "label", "boardFace", "creatorId", "ownerId", "ownerFirst", "involvingMe", "involvingProfileId", "includePeople", "spawnedBy", "agentId", "search", "archived", "activeOnly", "pinned", "group", "excludeSystem", "excludeCron", "excludeSubagents", "includeActivitySummary", "profileRelation", "projectId", "workspaceDir", "hasBoard"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("limit"); it2 != v.end()) {
      wire::Checker::Step step(c, "limit");
      const nlohmann::json& v3 = *it2;
      if (!(wire::IsInteger(v3))) {
        c.Fail("must be integer");
      } else {
        const double x4 = v3.get<double>();
        if (x4 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it5 = v.find("offset"); it5 != v.end()) {
      wire::Checker::Step step(c, "offset");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
        const double x7 = v6.get<double>();
        if (x7 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it8 = v.find("activeMinutes"); it8 != v.end()) {
      wire::Checker::Step step(c, "activeMinutes");
      const nlohmann::json& v9 = *it8;
      if (!(wire::IsInteger(v9))) {
        c.Fail("must be integer");
      } else {
        const double x10 = v9.get<double>();
        if (x10 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it11 = v.find("requireLastInteraction"); it11 != v.end()) {
      wire::Checker::Step step(c, "requireLastInteraction");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it13 = v.find("sortBy"); it13 != v.end()) {
      wire::Checker::Step step(c, "sortBy");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v14.get_ref<const std::string&>(), {"updatedAt", "lastInteractionAt", "activity"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it15 = v.find("includeGlobal"); it15 != v.end()) {
      wire::Checker::Step step(c, "includeGlobal");
      const nlohmann::json& v16 = *it15;
      if (!(v16.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it17 = v.find("includeUnknown"); it17 != v.end()) {
      wire::Checker::Step step(c, "includeUnknown");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it19 = v.find("configuredAgentsOnly"); it19 != v.end()) {
      wire::Checker::Step step(c, "configuredAgentsOnly");
      const nlohmann::json& v20 = *it19;
      if (!(v20.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it21 = v.find("includeDerivedTitles"); it21 != v.end()) {
      wire::Checker::Step step(c, "includeDerivedTitles");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it23 = v.find("includeLastMessage"); it23 != v.end()) {
      wire::Checker::Step step(c, "includeLastMessage");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it25 = v.find("label"); it25 != v.end()) {
      wire::Checker::Step step(c, "label");
      const nlohmann::json& v26 = *it25;
      if (!(v26.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it27 = v.find("boardFace"); it27 != v.end()) {
      wire::Checker::Step step(c, "boardFace");
      const nlohmann::json& v28 = *it27;
      if (!(v28.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it29 = v.find("creatorId"); it29 != v.end()) {
      wire::Checker::Step step(c, "creatorId");
      const nlohmann::json& v30 = *it29;
      if (!(v30.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it31 = v.find("ownerId"); it31 != v.end()) {
      wire::Checker::Step step(c, "ownerId");
      const nlohmann::json& v32 = *it31;
      if (!(v32.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it33 = v.find("ownerFirst"); it33 != v.end()) {
      wire::Checker::Step step(c, "ownerFirst");
      const nlohmann::json& v34 = *it33;
      if (!(v34.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it35 = v.find("involvingMe"); it35 != v.end()) {
      wire::Checker::Step step(c, "involvingMe");
      const nlohmann::json& v36 = *it35;
      if (!(v36.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it37 = v.find("involvingProfileId"); it37 != v.end()) {
      wire::Checker::Step step(c, "involvingProfileId");
      const nlohmann::json& v38 = *it37;
      if (!(v38.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it39 = v.find("includePeople"); it39 != v.end()) {
      wire::Checker::Step step(c, "includePeople");
      const nlohmann::json& v40 = *it39;
      if (!(v40.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it41 = v.find("spawnedBy"); it41 != v.end()) {
      wire::Checker::Step step(c, "spawnedBy");
      const nlohmann::json& v42 = *it41;
      if (!(v42.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it43 = v.find("agentId"); it43 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v44 = *it43;
      if (!(v44.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it45 = v.find("search"); it45 != v.end()) {
      wire::Checker::Step step(c, "search");
      const nlohmann::json& v46 = *it45;
      if (!(v46.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it47 = v.find("archived"); it47 != v.end()) {
      wire::Checker::Step step(c, "archived");
      const nlohmann::json& v48 = *it47;
      if (v48.is_boolean()) {
        if (!(v48.is_boolean())) {
          c.Fail("must be boolean");
        } else {
        }
      } else if (v48.is_string()) {
        if (!(v48.is_string())) {
          c.Fail("must be string");
        } else {
          if (!wire::IsOneOf(v48.get_ref<const std::string&>(), {"all"})) {
            c.Fail("must be equal to one of the allowed values");
          }
        }
      } else {
        c.Fail("must match exactly one schema in oneOf");
      }
    }
    if (auto it49 = v.find("activeOnly"); it49 != v.end()) {
      wire::Checker::Step step(c, "activeOnly");
      const nlohmann::json& v50 = *it49;
      if (!(v50.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it51 = v.find("pinned"); it51 != v.end()) {
      wire::Checker::Step step(c, "pinned");
      const nlohmann::json& v52 = *it51;
      if (!(v52.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it53 = v.find("group"); it53 != v.end()) {
      wire::Checker::Step step(c, "group");
      const nlohmann::json& v54 = *it53;
      if (!(v54.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it55 = v.find("excludeSystem"); it55 != v.end()) {
      wire::Checker::Step step(c, "excludeSystem");
      const nlohmann::json& v56 = *it55;
      if (!(v56.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it57 = v.find("excludeCron"); it57 != v.end()) {
      wire::Checker::Step step(c, "excludeCron");
      const nlohmann::json& v58 = *it57;
      if (!(v58.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it59 = v.find("excludeSubagents"); it59 != v.end()) {
      wire::Checker::Step step(c, "excludeSubagents");
      const nlohmann::json& v60 = *it59;
      if (!(v60.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it61 = v.find("includeActivitySummary"); it61 != v.end()) {
      wire::Checker::Step step(c, "includeActivitySummary");
      const nlohmann::json& v62 = *it61;
      if (!(v62.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it63 = v.find("profileRelation"); it63 != v.end()) {
      wire::Checker::Step step(c, "profileRelation");
      const nlohmann::json& v64 = *it63;
      if (!(v64.is_object())) {
        c.Fail("must be object");
      } else {
        if (auto it65 = v64.find("profileId"); it65 != v64.end()) {
          wire::Checker::Step step(c, "profileId");
          const nlohmann::json& v66 = *it65;
          if (!(v66.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it67 = v64.find("relationship"); it67 != v64.end()) {
          wire::Checker::Step step(c, "relationship");
          const nlohmann::json& v68 = *it67;
          if (!(v68.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it69 = v.find("projectId"); it69 != v.end()) {
      wire::Checker::Step step(c, "projectId");
      const nlohmann::json& v70 = *it69;
      if (!(v70.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it71 = v.find("workspaceDir"); it71 != v.end()) {
      wire::Checker::Step step(c, "workspaceDir");
      const nlohmann::json& v72 = *it71;
      if (!(v72.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it73 = v.find("hasBoard"); it73 != v.end()) {
      wire::Checker::Step step(c, "hasBoard");
      const nlohmann::json& v74 = *it73;
      if (!(v74.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckSessionsListResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("count")) c.Fail("must have required property 'count'");
    if (!v.contains("totalCount")) c.Fail("must have required property 'totalCount'");
    if (!v.contains("limitApplied")) c.Fail("must have required property 'limitApplied'");
    if (!v.contains("nextOffset")) c.Fail("must have required property 'nextOffset'");
    if (!v.contains("hasMore")) c.Fail("must have required property 'hasMore'");
    if (!v.contains("owners")) c.Fail("must have required property 'owners'");
    if (!v.contains("defaults")) c.Fail("must have required property 'defaults'");
    if (!v.contains("sessions")) c.Fail("must have required property 'sessions'");
    if (auto it1 = v.find("ts"); it1 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v2 = *it1;
      if (!(wire::IsInteger(v2))) {
        c.Fail("must be integer");
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
    if (auto it5 = v.find("count"); it5 != v.end()) {
      wire::Checker::Step step(c, "count");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
        const double x7 = v6.get<double>();
        if (x7 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it8 = v.find("totalCount"); it8 != v.end()) {
      wire::Checker::Step step(c, "totalCount");
      const nlohmann::json& v9 = *it8;
      if (!(wire::IsInteger(v9))) {
        c.Fail("must be integer");
      } else {
        const double x10 = v9.get<double>();
        if (x10 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it11 = v.find("limitApplied"); it11 != v.end()) {
      wire::Checker::Step step(c, "limitApplied");
      const nlohmann::json& v12 = *it11;
      if (!(wire::IsInteger(v12))) {
        c.Fail("must be integer");
      } else {
        const double x13 = v12.get<double>();
        if (x13 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it14 = v.find("offset"); it14 != v.end()) {
      wire::Checker::Step step(c, "offset");
      const nlohmann::json& v15 = *it14;
      if (!(wire::IsInteger(v15))) {
        c.Fail("must be integer");
      } else {
        const double x16 = v15.get<double>();
        if (x16 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it17 = v.find("nextOffset"); it17 != v.end()) {
      wire::Checker::Step step(c, "nextOffset");
      const nlohmann::json& v18 = *it17;
      if (v18.is_null()) {
      } else if (!(wire::IsInteger(v18))) {
        c.Fail("must be integer,null");
      } else {
      }
    }
    if (auto it19 = v.find("hasMore"); it19 != v.end()) {
      wire::Checker::Step step(c, "hasMore");
      const nlohmann::json& v20 = *it19;
      if (!(v20.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it21 = v.find("owners"); it21 != v.end()) {
      wire::Checker::Step step(c, "owners");
      const nlohmann::json& v22 = *it21;
      if (!(v22.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it23 = v.find("involvingProfileId"); it23 != v.end()) {
      wire::Checker::Step step(c, "involvingProfileId");
      const nlohmann::json& v24 = *it23;
      if (!(v24.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it25 = v.find("people"); it25 != v.end()) {
      wire::Checker::Step step(c, "people");
      const nlohmann::json& v26 = *it25;
      if (!(v26.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it27 = v.find("peopleIncomplete"); it27 != v.end()) {
      wire::Checker::Step step(c, "peopleIncomplete");
      const nlohmann::json& v28 = *it27;
      if (!(v28.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it29 = v.find("peopleSessionCount"); it29 != v.end()) {
      wire::Checker::Step step(c, "peopleSessionCount");
      const nlohmann::json& v30 = *it29;
      if (!(wire::IsInteger(v30))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it31 = v.find("defaults"); it31 != v.end()) {
      wire::Checker::Step step(c, "defaults");
      const nlohmann::json& v32 = *it31;
      CheckSessionModelDefaults(v32, c);
    }
    if (auto it33 = v.find("sessions"); it33 != v.end()) {
      wire::Checker::Step step(c, "sessions");
      const nlohmann::json& v34 = *it33;
      if (!(v34.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i35 = 0; i35 < v34.size(); ++i35) {
          wire::Checker::Step step(c, i35);
          const nlohmann::json& v36 = v34[i35];
          CheckSessionRow(v36, c);
        }
      }
    }
  }
}

void CheckSessionsMessagesSubscribeParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"key", "agentId", "includeApprovals"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("key"); it2 != v.end()) {
      wire::Checker::Step step(c, "key");
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
    if (auto it8 = v.find("includeApprovals"); it8 != v.end()) {
      wire::Checker::Step step(c, "includeApprovals");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckSessionsMessagesSubscription(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("subscribed")) c.Fail("must have required property 'subscribed'");
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    if (auto it1 = v.find("subscribed"); it1 != v.end()) {
      wire::Checker::Step step(c, "subscribed");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it3 = v.find("key"); it3 != v.end()) {
      wire::Checker::Step step(c, "key");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckSessionsMessagesUnsubscribeParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"key", "agentId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("key"); it2 != v.end()) {
      wire::Checker::Step step(c, "key");
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
  }
}

void CheckSessionsPatchParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"key", "agentId", "expectedSessionId", "expectedLifecycleRevision", "expectedPermissionMode", "expectedToolOverrides", "expectedMarkedUnreadAt", "label", "autoLabel", "icon", "color", "category", "boardFace", "boardPresentation", "statusNote", "attention", "ttlMinutes", "archived", "pinned", "unread", "contextWindow", "thinkingLevel", "fastMode", "toolOverrides", "verboseLevel", "traceLevel", "reasoningLevel", "responseUsage", "elevatedLevel", "execHost", "execSecurity", "execAsk", "execNode", "permissionMode", "model", "agentRuntime", "sendPolicy", "groupActivation", "sandboxMode", "nativeRuntimeConsent", "expectedSandboxMode", "expectedNativeRuntimeConsent"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("key"); it2 != v.end()) {
      wire::Checker::Step step(c, "key");
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
    if (auto it8 = v.find("expectedSessionId"); it8 != v.end()) {
      wire::Checker::Step step(c, "expectedSessionId");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("expectedLifecycleRevision"); it10 != v.end()) {
      wire::Checker::Step step(c, "expectedLifecycleRevision");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("expectedPermissionMode"); it12 != v.end()) {
      wire::Checker::Step step(c, "expectedPermissionMode");
      const nlohmann::json& v13 = *it12;
      if (v13.is_null()) {
      } else if (!(v13.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it14 = v.find("expectedMarkedUnreadAt"); it14 != v.end()) {
      wire::Checker::Step step(c, "expectedMarkedUnreadAt");
      const nlohmann::json& v15 = *it14;
      if (v15.is_null()) {
      } else if (!(wire::IsInteger(v15))) {
        c.Fail("must be integer,null");
      } else {
      }
    }
    if (auto it16 = v.find("label"); it16 != v.end()) {
      wire::Checker::Step step(c, "label");
      const nlohmann::json& v17 = *it16;
      if (v17.is_null()) {
      } else if (!(v17.is_string())) {
        c.Fail("must be string,null");
      } else {
        const std::string& s18 = v17.get_ref<const std::string&>();
        const std::size_t n19 = wire::CodePointLength(s18);
        if (n19 > 512) c.Fail("must not have more than 512 characters");
      }
    }
    if (auto it20 = v.find("autoLabel"); it20 != v.end()) {
      wire::Checker::Step step(c, "autoLabel");
      const nlohmann::json& v21 = *it20;
      if (v21.is_null()) {
      } else if (!(v21.is_string())) {
        c.Fail("must be string,null");
      } else {
        const std::string& s22 = v21.get_ref<const std::string&>();
        const std::size_t n23 = wire::CodePointLength(s22);
        if (n23 > 512) c.Fail("must not have more than 512 characters");
      }
    }
    if (auto it24 = v.find("icon"); it24 != v.end()) {
      wire::Checker::Step step(c, "icon");
      const nlohmann::json& v25 = *it24;
      if (v25.is_null()) {
      } else if (!(v25.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it26 = v.find("color"); it26 != v.end()) {
      wire::Checker::Step step(c, "color");
      const nlohmann::json& v27 = *it26;
      if (v27.is_null()) {
      } else if (!(v27.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it28 = v.find("category"); it28 != v.end()) {
      wire::Checker::Step step(c, "category");
      const nlohmann::json& v29 = *it28;
      if (v29.is_null()) {
      } else if (!(v29.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it30 = v.find("boardFace"); it30 != v.end()) {
      wire::Checker::Step step(c, "boardFace");
      const nlohmann::json& v31 = *it30;
      if (v31.is_null()) {
      } else if (!(v31.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it32 = v.find("boardPresentation"); it32 != v.end()) {
      wire::Checker::Step step(c, "boardPresentation");
      const nlohmann::json& v33 = *it32;
      if (v33.is_null()) {
      } else if (!(v33.is_string())) {
        c.Fail("must be string,null");
      } else {
        if (!wire::IsOneOf(v33.get_ref<const std::string&>(), {"split", "expanded"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it34 = v.find("statusNote"); it34 != v.end()) {
      wire::Checker::Step step(c, "statusNote");
      const nlohmann::json& v35 = *it34;
      if (v35.is_null()) {
      } else if (!(v35.is_string())) {
        c.Fail("must be string,null");
      } else {
        const std::string& s36 = v35.get_ref<const std::string&>();
        const std::size_t n37 = wire::CodePointLength(s36);
        if (n37 > 120) c.Fail("must not have more than 120 characters");
      }
    }
    if (auto it38 = v.find("attention"); it38 != v.end()) {
      wire::Checker::Step step(c, "attention");
      const nlohmann::json& v39 = *it38;
      if (v39.is_null()) {
      } else if (!(v39.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it40 = v.find("ttlMinutes"); it40 != v.end()) {
      wire::Checker::Step step(c, "ttlMinutes");
      const nlohmann::json& v41 = *it40;
      if (v41.is_null()) {
      } else if (!(wire::IsInteger(v41))) {
        c.Fail("must be integer,null");
      } else {
        const double x42 = v41.get<double>();
        if (x42 > 120) c.Fail("must be <= 120");
        if (x42 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it43 = v.find("archived"); it43 != v.end()) {
      wire::Checker::Step step(c, "archived");
      const nlohmann::json& v44 = *it43;
      if (v44.is_null()) {
      } else if (!(v44.is_boolean())) {
        c.Fail("must be boolean,null");
      } else {
      }
    }
    if (auto it45 = v.find("pinned"); it45 != v.end()) {
      wire::Checker::Step step(c, "pinned");
      const nlohmann::json& v46 = *it45;
      if (v46.is_null()) {
      } else if (!(v46.is_boolean())) {
        c.Fail("must be boolean,null");
      } else {
      }
    }
    if (auto it47 = v.find("unread"); it47 != v.end()) {
      wire::Checker::Step step(c, "unread");
      const nlohmann::json& v48 = *it47;
      if (v48.is_null()) {
      } else if (!(v48.is_boolean())) {
        c.Fail("must be boolean,null");
      } else {
      }
    }
    if (auto it49 = v.find("contextWindow"); it49 != v.end()) {
      wire::Checker::Step step(c, "contextWindow");
      const nlohmann::json& v50 = *it49;
      if (v50.is_null()) {
      } else if (!(wire::IsInteger(v50))) {
        c.Fail("must be integer,null");
      } else {
        const double x51 = v50.get<double>();
        if (x51 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it52 = v.find("thinkingLevel"); it52 != v.end()) {
      wire::Checker::Step step(c, "thinkingLevel");
      const nlohmann::json& v53 = *it52;
      if (v53.is_null()) {
      } else if (!(v53.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it54 = v.find("fastMode"); it54 != v.end()) {
      wire::Checker::Step step(c, "fastMode");
      const nlohmann::json& v55 = *it54;
      if (!v55.is_null()) {
        CheckSessionFastMode(v55, c);
      }
    }
    if (auto it56 = v.find("verboseLevel"); it56 != v.end()) {
      wire::Checker::Step step(c, "verboseLevel");
      const nlohmann::json& v57 = *it56;
      if (v57.is_null()) {
      } else if (!(v57.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it58 = v.find("traceLevel"); it58 != v.end()) {
      wire::Checker::Step step(c, "traceLevel");
      const nlohmann::json& v59 = *it58;
      if (v59.is_null()) {
      } else if (!(v59.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it60 = v.find("reasoningLevel"); it60 != v.end()) {
      wire::Checker::Step step(c, "reasoningLevel");
      const nlohmann::json& v61 = *it60;
      if (v61.is_null()) {
      } else if (!(v61.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it62 = v.find("responseUsage"); it62 != v.end()) {
      wire::Checker::Step step(c, "responseUsage");
      const nlohmann::json& v63 = *it62;
      if (v63.is_null()) {
      } else if (!(v63.is_string())) {
        c.Fail("must be string,null");
      } else {
        if (!wire::IsOneOf(v63.get_ref<const std::string&>(), {"off", "tokens", "full", "on"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it64 = v.find("elevatedLevel"); it64 != v.end()) {
      wire::Checker::Step step(c, "elevatedLevel");
      const nlohmann::json& v65 = *it64;
      if (v65.is_null()) {
      } else if (!(v65.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it66 = v.find("execHost"); it66 != v.end()) {
      wire::Checker::Step step(c, "execHost");
      const nlohmann::json& v67 = *it66;
      if (v67.is_null()) {
      } else if (!(v67.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it68 = v.find("execSecurity"); it68 != v.end()) {
      wire::Checker::Step step(c, "execSecurity");
      const nlohmann::json& v69 = *it68;
      if (v69.is_null()) {
      } else if (!(v69.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it70 = v.find("execAsk"); it70 != v.end()) {
      wire::Checker::Step step(c, "execAsk");
      const nlohmann::json& v71 = *it70;
      if (v71.is_null()) {
      } else if (!(v71.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it72 = v.find("execNode"); it72 != v.end()) {
      wire::Checker::Step step(c, "execNode");
      const nlohmann::json& v73 = *it72;
      if (v73.is_null()) {
      } else if (!(v73.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it74 = v.find("permissionMode"); it74 != v.end()) {
      wire::Checker::Step step(c, "permissionMode");
      const nlohmann::json& v75 = *it74;
      if (v75.is_null()) {
      } else if (!(v75.is_string())) {
        c.Fail("must be string,null");
      } else {
        if (!wire::IsOneOf(v75.get_ref<const std::string&>(), {"read-only", "guarded", "workspace", "full"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it76 = v.find("model"); it76 != v.end()) {
      wire::Checker::Step step(c, "model");
      const nlohmann::json& v77 = *it76;
      if (v77.is_null()) {
      } else if (!(v77.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it78 = v.find("sendPolicy"); it78 != v.end()) {
      wire::Checker::Step step(c, "sendPolicy");
      const nlohmann::json& v79 = *it78;
      if (v79.is_null()) {
      } else if (!(v79.is_string())) {
        c.Fail("must be string,null");
      } else {
        if (!wire::IsOneOf(v79.get_ref<const std::string&>(), {"allow", "deny"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it80 = v.find("groupActivation"); it80 != v.end()) {
      wire::Checker::Step step(c, "groupActivation");
      const nlohmann::json& v81 = *it80;
      if (v81.is_null()) {
      } else if (!(v81.is_string())) {
        c.Fail("must be string,null");
      } else {
        if (!wire::IsOneOf(v81.get_ref<const std::string&>(), {"mention", "always"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it82 = v.find("sandboxMode"); it82 != v.end()) {
      wire::Checker::Step step(c, "sandboxMode");
      const nlohmann::json& v83 = *it82;
      if (v83.is_null()) {
      } else if (!(v83.is_string())) {
        c.Fail("must be string,null");
      } else {
        if (!wire::IsOneOf(v83.get_ref<const std::string&>(), {"off"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
  }
}

void CheckSessionsPatchResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    if (!v.contains("entry")) c.Fail("must have required property 'entry'");
    if (!v.contains("resolved")) c.Fail("must have required property 'resolved'");
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
    if (auto it5 = v.find("key"); it5 != v.end()) {
      wire::Checker::Step step(c, "key");
      const nlohmann::json& v6 = *it5;
      if (!(v6.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it7 = v.find("entry"); it7 != v.end()) {
      wire::Checker::Step step(c, "entry");
      const nlohmann::json& v8 = *it7;
      CheckSessionEntry(v8, c);
    }
    if (auto it9 = v.find("resolved"); it9 != v.end()) {
      wire::Checker::Step step(c, "resolved");
      const nlohmann::json& v10 = *it9;
      CheckSessionResolvedModel(v10, c);
    }
  }
}

void CheckSessionsPreviewParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("keys")) c.Fail("must have required property 'keys'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"keys", "limit", "maxChars"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("keys"); it2 != v.end()) {
      wire::Checker::Step step(c, "keys");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_array())) {
        c.Fail("must be array");
      } else {
        if (v3.size() < 1) c.Fail("must not have fewer than 1 items");
        for (std::size_t i4 = 0; i4 < v3.size(); ++i4) {
          wire::Checker::Step step(c, i4);
          const nlohmann::json& v5 = v3[i4];
          if (!(v5.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it6 = v.find("limit"); it6 != v.end()) {
      wire::Checker::Step step(c, "limit");
      const nlohmann::json& v7 = *it6;
      if (!(wire::IsInteger(v7))) {
        c.Fail("must be integer");
      } else {
        const double x8 = v7.get<double>();
        if (x8 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it9 = v.find("maxChars"); it9 != v.end()) {
      wire::Checker::Step step(c, "maxChars");
      const nlohmann::json& v10 = *it9;
      if (!(wire::IsInteger(v10))) {
        c.Fail("must be integer");
      } else {
        const double x11 = v10.get<double>();
        if (x11 < 20) c.Fail("must be >= 20");
      }
    }
  }
}

void CheckSessionsPreviewResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    if (!v.contains("previews")) c.Fail("must have required property 'previews'");
    if (auto it1 = v.find("ts"); it1 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v2 = *it1;
      if (!(wire::IsInteger(v2))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it3 = v.find("previews"); it3 != v.end()) {
      wire::Checker::Step step(c, "previews");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i5 = 0; i5 < v4.size(); ++i5) {
          wire::Checker::Step step(c, i5);
          const nlohmann::json& v6 = v4[i5];
          if (!(v6.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v6.contains("key")) c.Fail("must have required property 'key'");
            if (!v6.contains("status")) c.Fail("must have required property 'status'");
            if (!v6.contains("items")) c.Fail("must have required property 'items'");
            if (auto it7 = v6.find("key"); it7 != v6.end()) {
              wire::Checker::Step step(c, "key");
              const nlohmann::json& v8 = *it7;
              if (!(v8.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it9 = v6.find("status"); it9 != v6.end()) {
              wire::Checker::Step step(c, "status");
              const nlohmann::json& v10 = *it9;
              if (!(v10.is_string())) {
                c.Fail("must be string");
              } else {
                if (!wire::IsOneOf(v10.get_ref<const std::string&>(), {"ok", "empty", "missing", "cold", "error"})) {
                  c.Fail("must be equal to one of the allowed values");
                }
              }
            }
            if (auto it11 = v6.find("items"); it11 != v6.end()) {
              wire::Checker::Step step(c, "items");
              const nlohmann::json& v12 = *it11;
              if (!(v12.is_array())) {
                c.Fail("must be array");
              } else {
                for (std::size_t i13 = 0; i13 < v12.size(); ++i13) {
                  wire::Checker::Step step(c, i13);
                  const nlohmann::json& v14 = v12[i13];
                  if (!(v14.is_object())) {
                    c.Fail("must be object");
                  } else {
                    if (!v14.contains("role")) c.Fail("must have required property 'role'");
                    if (!v14.contains("text")) c.Fail("must have required property 'text'");
                    if (auto it15 = v14.find("role"); it15 != v14.end()) {
                      wire::Checker::Step step(c, "role");
                      const nlohmann::json& v16 = *it15;
                      if (!(v16.is_string())) {
                        c.Fail("must be string");
                      } else {
                        if (!wire::IsOneOf(v16.get_ref<const std::string&>(), {"user", "assistant"})) {
                          c.Fail("must be equal to one of the allowed values");
                        }
                      }
                    }
                    if (auto it17 = v14.find("text"); it17 != v14.end()) {
                      wire::Checker::Step step(c, "text");
                      const nlohmann::json& v18 = *it17;
                      if (!(v18.is_string())) {
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
  }
}

void CheckSessionsResetParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"key", "agentId", "reason", "expectedSessionId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("key"); it2 != v.end()) {
      wire::Checker::Step step(c, "key");
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
    if (auto it8 = v.find("reason"); it8 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("expectedSessionId"); it10 != v.end()) {
      wire::Checker::Step step(c, "expectedSessionId");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckSessionsResetResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    if (auto it1 = v.find("ok"); it1 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v2 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("key"); it3 != v.end()) {
      wire::Checker::Step step(c, "key");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it5 = v.find("entry"); it5 != v.end()) {
      wire::Checker::Step step(c, "entry");
      const nlohmann::json& v6 = *it5;
      CheckSessionEntry(v6, c);
    }
    if (auto it7 = v.find("resolved"); it7 != v.end()) {
      wire::Checker::Step step(c, "resolved");
      const nlohmann::json& v8 = *it7;
      CheckSessionResolvedModel(v8, c);
    }
    if (auto it9 = v.find("deleted"); it9 != v.end()) {
      wire::Checker::Step step(c, "deleted");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckSessionsResolveParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"key", "sessionId", "label", "shortId", "slugHint", "agentId", "spawnedBy", "includeGlobal", "includeUnknown", "allowMissing"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("key"); it2 != v.end()) {
      wire::Checker::Step step(c, "key");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("sessionId"); it4 != v.end()) {
      wire::Checker::Step step(c, "sessionId");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("label"); it6 != v.end()) {
      wire::Checker::Step step(c, "label");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s8 = v7.get_ref<const std::string&>();
        const std::size_t n9 = wire::CodePointLength(s8);
        if (n9 > 512) c.Fail("must not have more than 512 characters");
      }
    }
    if (auto it10 = v.find("shortId"); it10 != v.end()) {
      wire::Checker::Step step(c, "shortId");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("slugHint"); it12 != v.end()) {
      wire::Checker::Step step(c, "slugHint");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it14 = v.find("agentId"); it14 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it16 = v.find("spawnedBy"); it16 != v.end()) {
      wire::Checker::Step step(c, "spawnedBy");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it18 = v.find("includeGlobal"); it18 != v.end()) {
      wire::Checker::Step step(c, "includeGlobal");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it20 = v.find("includeUnknown"); it20 != v.end()) {
      wire::Checker::Step step(c, "includeUnknown");
      const nlohmann::json& v21 = *it20;
      if (!(v21.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it22 = v.find("allowMissing"); it22 != v.end()) {
      wire::Checker::Step step(c, "allowMissing");
      const nlohmann::json& v23 = *it22;
      if (!(v23.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckSessionsResolveResult(const nlohmann::json& v, wire::Checker& c) {
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
      }
    }
    if (auto it3 = v.find("key"); it3 != v.end()) {
      wire::Checker::Step step(c, "key");
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
    if (auto it7 = v.find("displayName"); it7 != v.end()) {
      wire::Checker::Step step(c, "displayName");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it9 = v.find("boardFace"); it9 != v.end()) {
      wire::Checker::Step step(c, "boardFace");
      const nlohmann::json& v10 = *it9;
      if (!(v10.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it11 = v.find("candidates"); it11 != v.end()) {
      wire::Checker::Step step(c, "candidates");
      const nlohmann::json& v12 = *it11;
      if (!(v12.is_array())) {
        c.Fail("must be array");
      } else {
        if (v12.size() > 10) c.Fail("must not have more than 10 items");
        for (std::size_t i13 = 0; i13 < v12.size(); ++i13) {
          wire::Checker::Step step(c, i13);
          const nlohmann::json& v14 = v12[i13];
          if (!(v14.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v14.contains("key")) c.Fail("must have required property 'key'");
            if (!v14.contains("agentId")) c.Fail("must have required property 'agentId'");
            if (auto it15 = v14.find("key"); it15 != v14.end()) {
              wire::Checker::Step step(c, "key");
              const nlohmann::json& v16 = *it15;
              if (!(v16.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it17 = v14.find("agentId"); it17 != v14.end()) {
              wire::Checker::Step step(c, "agentId");
              const nlohmann::json& v18 = *it17;
              if (!(v18.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it19 = v14.find("displayName"); it19 != v14.end()) {
              wire::Checker::Step step(c, "displayName");
              const nlohmann::json& v20 = *it19;
              if (!(v20.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it21 = v14.find("boardFace"); it21 != v14.end()) {
              wire::Checker::Step step(c, "boardFace");
              const nlohmann::json& v22 = *it21;
              if (!(v22.is_string())) {
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

void CheckSessionsSendParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("key")) c.Fail("must have required property 'key'");
    if (!v.contains("message")) c.Fail("must have required property 'message'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"key", "message", "agentId", "thinking", "attachments", "timeoutMs", "idempotencyKey"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("key"); it2 != v.end()) {
      wire::Checker::Step step(c, "key");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
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
    if (auto it8 = v.find("agentId"); it8 != v.end()) {
      wire::Checker::Step step(c, "agentId");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it10 = v.find("thinking"); it10 != v.end()) {
      wire::Checker::Step step(c, "thinking");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it12 = v.find("attachments"); it12 != v.end()) {
      wire::Checker::Step step(c, "attachments");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_array())) {
        c.Fail("must be array");
      } else {
      }
    }
    if (auto it14 = v.find("timeoutMs"); it14 != v.end()) {
      wire::Checker::Step step(c, "timeoutMs");
      const nlohmann::json& v15 = *it14;
      if (!(wire::IsInteger(v15))) {
        c.Fail("must be integer");
      } else {
        const double x16 = v15.get<double>();
        if (x16 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it17 = v.find("idempotencyKey"); it17 != v.end()) {
      wire::Checker::Step step(c, "idempotencyKey");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s19 = v18.get_ref<const std::string&>();
        const std::size_t n20 = wire::CodePointLength(s19);
        if (n20 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
  }
}

void CheckSessionsSendResult(const nlohmann::json& v, wire::Checker& c) {
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
  }
}

void CheckSessionsSubscribeResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("subscribed")) c.Fail("must have required property 'subscribed'");
    if (auto it1 = v.find("subscribed"); it1 != v.end()) {
      wire::Checker::Step step(c, "subscribed");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_boolean())) {
        c.Fail("must be boolean");
      } else {
        if (v2 != nlohmann::json(true)) c.Fail("must be equal to constant");
      }
    }
    if (auto it3 = v.find("list"); it3 != v.end()) {
      wire::Checker::Step step(c, "list");
      const nlohmann::json& v4 = *it3;
      CheckSessionsListResult(v4, c);
    }
  }
}

}  // namespace gateway::proto
