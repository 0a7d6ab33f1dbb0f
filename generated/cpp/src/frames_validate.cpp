// Generated from protocol/frames.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckConnectChallengeEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("nonce")) c.Fail("must have required property 'nonce'");
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    if (auto it1 = v.find("nonce"); it1 != v.end()) {
      wire::Checker::Step step(c, "nonce");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("ts"); it3 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v4 = *it3;
      if (!(wire::IsInteger(v4))) {
        c.Fail("must be integer");
      } else {
      }
    }
  }
}

void CheckConnectParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("minProtocol")) c.Fail("must have required property 'minProtocol'");
    if (!v.contains("maxProtocol")) c.Fail("must have required property 'maxProtocol'");
    if (!v.contains("client")) c.Fail("must have required property 'client'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"minProtocol", "maxProtocol", "client", "caps", "commands", "computerUse", "workerRuns", "permissions", "pathEnv", "role", "scopes", "device", "auth", "locale", "userAgent"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("minProtocol"); it2 != v.end()) {
      wire::Checker::Step step(c, "minProtocol");
      const nlohmann::json& v3 = *it2;
      if (!(wire::IsInteger(v3))) {
        c.Fail("must be integer");
      } else {
        const double x4 = v3.get<double>();
        if (x4 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it5 = v.find("maxProtocol"); it5 != v.end()) {
      wire::Checker::Step step(c, "maxProtocol");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
        const double x7 = v6.get<double>();
        if (x7 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it8 = v.find("client"); it8 != v.end()) {
      wire::Checker::Step step(c, "client");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v9.contains("id")) c.Fail("must have required property 'id'");
        if (!v9.contains("version")) c.Fail("must have required property 'version'");
        if (!v9.contains("platform")) c.Fail("must have required property 'platform'");
        if (!v9.contains("mode")) c.Fail("must have required property 'mode'");
        for (const auto& entry10 : v9.items()) {
          if (!wire::IsOneOf(entry10.key(), {"id", "displayName", "version", "buildId", "platform", "deviceFamily", "modelIdentifier", "timeZone", "mode", "instanceId"})) {
            c.Fail("unexpected property '" + entry10.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it11 = v9.find("id"); it11 != v9.end()) {
          wire::Checker::Step step(c, "id");
          const nlohmann::json& v12 = *it11;
          if (!(v12.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v12.get_ref<const std::string&>(), {"webchat-ui", "openclaw-control-ui", "openclaw-browser-copilot", "openclaw-tui", "webchat", "cli", "gateway-client", "openclaw-macos", "openclaw-linux", "openclaw-ios", "openclaw-watchos", "openclaw-android", "node-host", "openclaw-worker", "test", "fingerprint", "openclaw-probe"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it13 = v9.find("displayName"); it13 != v9.end()) {
          wire::Checker::Step step(c, "displayName");
          const nlohmann::json& v14 = *it13;
          if (!(v14.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s15 = v14.get_ref<const std::string&>();
            const std::size_t n16 = wire::CodePointLength(s15);
            if (n16 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it17 = v9.find("version"); it17 != v9.end()) {
          wire::Checker::Step step(c, "version");
          const nlohmann::json& v18 = *it17;
          if (!(v18.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s19 = v18.get_ref<const std::string&>();
            const std::size_t n20 = wire::CodePointLength(s19);
            if (n20 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it21 = v9.find("buildId"); it21 != v9.end()) {
          wire::Checker::Step step(c, "buildId");
          const nlohmann::json& v22 = *it21;
          if (!(v22.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s23 = v22.get_ref<const std::string&>();
            const std::size_t n24 = wire::CodePointLength(s23);
            if (n24 > 96) c.Fail("must not have more than 96 characters");
            if (n24 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it25 = v9.find("platform"); it25 != v9.end()) {
          wire::Checker::Step step(c, "platform");
          const nlohmann::json& v26 = *it25;
          if (!(v26.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s27 = v26.get_ref<const std::string&>();
            const std::size_t n28 = wire::CodePointLength(s27);
            if (n28 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it29 = v9.find("deviceFamily"); it29 != v9.end()) {
          wire::Checker::Step step(c, "deviceFamily");
          const nlohmann::json& v30 = *it29;
          if (!(v30.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s31 = v30.get_ref<const std::string&>();
            const std::size_t n32 = wire::CodePointLength(s31);
            if (n32 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it33 = v9.find("modelIdentifier"); it33 != v9.end()) {
          wire::Checker::Step step(c, "modelIdentifier");
          const nlohmann::json& v34 = *it33;
          if (!(v34.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s35 = v34.get_ref<const std::string&>();
            const std::size_t n36 = wire::CodePointLength(s35);
            if (n36 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it37 = v9.find("timeZone"); it37 != v9.end()) {
          wire::Checker::Step step(c, "timeZone");
          const nlohmann::json& v38 = *it37;
          if (!(v38.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s39 = v38.get_ref<const std::string&>();
            const std::size_t n40 = wire::CodePointLength(s39);
            if (n40 > 64) c.Fail("must not have more than 64 characters");
            if (n40 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it41 = v9.find("mode"); it41 != v9.end()) {
          wire::Checker::Step step(c, "mode");
          const nlohmann::json& v42 = *it41;
          if (!(v42.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v42.get_ref<const std::string&>(), {"webchat", "cli", "ui", "backend", "node", "worker", "probe", "test"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it43 = v9.find("instanceId"); it43 != v9.end()) {
          wire::Checker::Step step(c, "instanceId");
          const nlohmann::json& v44 = *it43;
          if (!(v44.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s45 = v44.get_ref<const std::string&>();
            const std::size_t n46 = wire::CodePointLength(s45);
            if (n46 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
      }
    }
    if (auto it47 = v.find("caps"); it47 != v.end()) {
      wire::Checker::Step step(c, "caps");
      const nlohmann::json& v48 = *it47;
      if (!(v48.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i49 = 0; i49 < v48.size(); ++i49) {
          wire::Checker::Step step(c, i49);
          const nlohmann::json& v50 = v48[i49];
          if (!(v50.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it51 = v.find("commands"); it51 != v.end()) {
      wire::Checker::Step step(c, "commands");
      const nlohmann::json& v52 = *it51;
      if (!(v52.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i53 = 0; i53 < v52.size(); ++i53) {
          wire::Checker::Step step(c, i53);
          const nlohmann::json& v54 = v52[i53];
          if (!(v54.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it55 = v.find("workerRuns"); it55 != v.end()) {
      wire::Checker::Step step(c, "workerRuns");
      const nlohmann::json& v56 = *it55;
      if (!(v56.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v56.contains("bundleHash")) c.Fail("must have required property 'bundleHash'");
        if (!v56.contains("openclawVersion")) c.Fail("must have required property 'openclawVersion'");
        if (!v56.contains("protocolFeatures")) c.Fail("must have required property 'protocolFeatures'");
        for (const auto& entry57 : v56.items()) {
          if (!wire::IsOneOf(entry57.key(), {"bundleHash", "openclawVersion", "protocolFeatures", "bundlePrewarm"})) {
            c.Fail("unexpected property '" + entry57.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it58 = v56.find("bundleHash"); it58 != v56.end()) {
          wire::Checker::Step step(c, "bundleHash");
          const nlohmann::json& v59 = *it58;
          if (!(v59.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s60 = v59.get_ref<const std::string&>();
            const std::size_t n61 = wire::CodePointLength(s60);
            if (n61 > 64) c.Fail("must not have more than 64 characters");
            if (n61 < 64) c.Fail("must not have fewer than 64 characters");
            static const wire::Pattern pattern62("^[a-f0-9]{64}$");
            if (!pattern62.Matches(s60)) c.Fail("must match pattern \"^[a-f0-9]{64}$\"");
          }
        }
        if (auto it63 = v56.find("openclawVersion"); it63 != v56.end()) {
          wire::Checker::Step step(c, "openclawVersion");
          const nlohmann::json& v64 = *it63;
          if (!(v64.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it65 = v56.find("protocolFeatures"); it65 != v56.end()) {
          wire::Checker::Step step(c, "protocolFeatures");
          const nlohmann::json& v66 = *it65;
          if (!(v66.is_array())) {
            c.Fail("must be array");
          } else {
            if (v66.size() > 64) c.Fail("must not have more than 64 items");
            wire::CheckUniqueItems(v66, c);
            for (std::size_t i67 = 0; i67 < v66.size(); ++i67) {
              wire::Checker::Step step(c, i67);
              const nlohmann::json& v68 = v66[i67];
              if (!(v68.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
        if (auto it69 = v56.find("bundlePrewarm"); it69 != v56.end()) {
          wire::Checker::Step step(c, "bundlePrewarm");
          const nlohmann::json& v70 = *it69;
          if (!(wire::IsInteger(v70))) {
            c.Fail("must be integer");
          } else {
            const double x71 = v70.get<double>();
            if (x71 < 1) c.Fail("must be >= 1");
          }
        }
      }
    }
    if (auto it72 = v.find("permissions"); it72 != v.end()) {
      wire::Checker::Step step(c, "permissions");
      const nlohmann::json& v73 = *it72;
      if (!(v73.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry74 : v73.items()) {
          wire::Checker::Step step(c, entry74.key());
          const nlohmann::json& v75 = entry74.value();
          if (!(v75.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
    if (auto it76 = v.find("pathEnv"); it76 != v.end()) {
      wire::Checker::Step step(c, "pathEnv");
      const nlohmann::json& v77 = *it76;
      if (!(v77.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it78 = v.find("role"); it78 != v.end()) {
      wire::Checker::Step step(c, "role");
      const nlohmann::json& v79 = *it78;
      if (!(v79.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it80 = v.find("scopes"); it80 != v.end()) {
      wire::Checker::Step step(c, "scopes");
      const nlohmann::json& v81 = *it80;
      if (!(v81.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i82 = 0; i82 < v81.size(); ++i82) {
          wire::Checker::Step step(c, i82);
          const nlohmann::json& v83 = v81[i82];
          if (!(v83.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it84 = v.find("device"); it84 != v.end()) {
      wire::Checker::Step step(c, "device");
      const nlohmann::json& v85 = *it84;
      if (!(v85.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v85.contains("id")) c.Fail("must have required property 'id'");
        if (!v85.contains("publicKey")) c.Fail("must have required property 'publicKey'");
        if (!v85.contains("signature")) c.Fail("must have required property 'signature'");
        if (!v85.contains("signedAt")) c.Fail("must have required property 'signedAt'");
        if (!v85.contains("nonce")) c.Fail("must have required property 'nonce'");
        for (const auto& entry86 : v85.items()) {
          if (!wire::IsOneOf(entry86.key(), {"id", "publicKey", "signature", "signedAt", "nonce"})) {
            c.Fail("unexpected property '" + entry86.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it87 = v85.find("id"); it87 != v85.end()) {
          wire::Checker::Step step(c, "id");
          const nlohmann::json& v88 = *it87;
          if (!(v88.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s89 = v88.get_ref<const std::string&>();
            const std::size_t n90 = wire::CodePointLength(s89);
            if (n90 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it91 = v85.find("publicKey"); it91 != v85.end()) {
          wire::Checker::Step step(c, "publicKey");
          const nlohmann::json& v92 = *it91;
          if (!(v92.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s93 = v92.get_ref<const std::string&>();
            const std::size_t n94 = wire::CodePointLength(s93);
            if (n94 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it95 = v85.find("signature"); it95 != v85.end()) {
          wire::Checker::Step step(c, "signature");
          const nlohmann::json& v96 = *it95;
          if (!(v96.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s97 = v96.get_ref<const std::string&>();
            const std::size_t n98 = wire::CodePointLength(s97);
            if (n98 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it99 = v85.find("signedAt"); it99 != v85.end()) {
          wire::Checker::Step step(c, "signedAt");
          const nlohmann::json& v100 = *it99;
          if (!(wire::IsInteger(v100))) {
            c.Fail("must be integer");
          } else {
            const double x101 = v100.get<double>();
            if (x101 < 0) c.Fail("must be >= 0");
          }
        }
        if (auto it102 = v85.find("nonce"); it102 != v85.end()) {
          wire::Checker::Step step(c, "nonce");
          const nlohmann::json& v103 = *it102;
          if (!(v103.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s104 = v103.get_ref<const std::string&>();
            const std::size_t n105 = wire::CodePointLength(s104);
            if (n105 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
      }
    }
    if (auto it106 = v.find("auth"); it106 != v.end()) {
      wire::Checker::Step step(c, "auth");
      const nlohmann::json& v107 = *it106;
      if (!(v107.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry108 : v107.items()) {
          if (!wire::IsOneOf(entry108.key(), {"token", "bootstrapToken", "deviceToken", "password", "approvalRuntimeToken", "agentRuntimeIdentityToken"})) {
            c.Fail("unexpected property '" + entry108.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it109 = v107.find("token"); it109 != v107.end()) {
          wire::Checker::Step step(c, "token");
          const nlohmann::json& v110 = *it109;
          if (!(v110.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it111 = v107.find("bootstrapToken"); it111 != v107.end()) {
          wire::Checker::Step step(c, "bootstrapToken");
          const nlohmann::json& v112 = *it111;
          if (!(v112.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it113 = v107.find("deviceToken"); it113 != v107.end()) {
          wire::Checker::Step step(c, "deviceToken");
          const nlohmann::json& v114 = *it113;
          if (!(v114.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it115 = v107.find("password"); it115 != v107.end()) {
          wire::Checker::Step step(c, "password");
          const nlohmann::json& v116 = *it115;
          if (!(v116.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it117 = v107.find("approvalRuntimeToken"); it117 != v107.end()) {
          wire::Checker::Step step(c, "approvalRuntimeToken");
          const nlohmann::json& v118 = *it117;
          if (!(v118.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it119 = v107.find("agentRuntimeIdentityToken"); it119 != v107.end()) {
          wire::Checker::Step step(c, "agentRuntimeIdentityToken");
          const nlohmann::json& v120 = *it119;
          if (!(v120.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it121 = v.find("locale"); it121 != v.end()) {
      wire::Checker::Step step(c, "locale");
      const nlohmann::json& v122 = *it121;
      if (!(v122.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it123 = v.find("userAgent"); it123 != v.end()) {
      wire::Checker::Step step(c, "userAgent");
      const nlohmann::json& v124 = *it123;
      if (!(v124.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckErrorShape(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("code")) c.Fail("must have required property 'code'");
    if (!v.contains("message")) c.Fail("must have required property 'message'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"code", "message", "details", "retryable", "retryAfterMs"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("code"); it2 != v.end()) {
      wire::Checker::Step step(c, "code");
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
        const std::string& s8 = v7.get_ref<const std::string&>();
        const std::size_t n9 = wire::CodePointLength(s8);
        if (n9 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it10 = v.find("retryable"); it10 != v.end()) {
      wire::Checker::Step step(c, "retryable");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it12 = v.find("retryAfterMs"); it12 != v.end()) {
      wire::Checker::Step step(c, "retryAfterMs");
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

void CheckStateVersion(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("presence")) c.Fail("must have required property 'presence'");
    if (!v.contains("health")) c.Fail("must have required property 'health'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"presence", "health"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("presence"); it2 != v.end()) {
      wire::Checker::Step step(c, "presence");
      const nlohmann::json& v3 = *it2;
      if (!(wire::IsInteger(v3))) {
        c.Fail("must be integer");
      } else {
        const double x4 = v3.get<double>();
        if (x4 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it5 = v.find("health"); it5 != v.end()) {
      wire::Checker::Step step(c, "health");
      const nlohmann::json& v6 = *it5;
      if (!(wire::IsInteger(v6))) {
        c.Fail("must be integer");
      } else {
        const double x7 = v6.get<double>();
        if (x7 < 0) c.Fail("must be >= 0");
      }
    }
  }
}

void CheckEventFrame(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("type")) c.Fail("must have required property 'type'");
    if (!v.contains("event")) c.Fail("must have required property 'event'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"type", "event", "payload", "seq", "stateVersion", "recipientProfileId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("type"); it2 != v.end()) {
      wire::Checker::Step step(c, "type");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        if (v3 != nlohmann::json("event")) c.Fail("must be equal to constant");
      }
    }
    if (auto it4 = v.find("event"); it4 != v.end()) {
      wire::Checker::Step step(c, "event");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s6 = v5.get_ref<const std::string&>();
        const std::size_t n7 = wire::CodePointLength(s6);
        if (n7 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it8 = v.find("seq"); it8 != v.end()) {
      wire::Checker::Step step(c, "seq");
      const nlohmann::json& v9 = *it8;
      if (!(wire::IsInteger(v9))) {
        c.Fail("must be integer");
      } else {
        const double x10 = v9.get<double>();
        if (x10 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it11 = v.find("stateVersion"); it11 != v.end()) {
      wire::Checker::Step step(c, "stateVersion");
      const nlohmann::json& v12 = *it11;
      CheckStateVersion(v12, c);
    }
    if (auto it13 = v.find("recipientProfileId"); it13 != v.end()) {
      wire::Checker::Step step(c, "recipientProfileId");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckHealthSessions(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("path")) c.Fail("must have required property 'path'");
    if (!v.contains("count")) c.Fail("must have required property 'count'");
    if (!v.contains("recent")) c.Fail("must have required property 'recent'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"path", "count", "recent"})) {
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
    if (auto it4 = v.find("count"); it4 != v.end()) {
      wire::Checker::Step step(c, "count");
      const nlohmann::json& v5 = *it4;
      if (!(wire::IsInteger(v5))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it6 = v.find("recent"); it6 != v.end()) {
      wire::Checker::Step step(c, "recent");
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
            if (!v9.contains("key")) c.Fail("must have required property 'key'");
            if (!v9.contains("updatedAt")) c.Fail("must have required property 'updatedAt'");
            if (!v9.contains("age")) c.Fail("must have required property 'age'");
            for (const auto& entry10 : v9.items()) {
              if (!wire::IsOneOf(entry10.key(), {"key", "updatedAt", "age"})) {
                c.Fail("unexpected property '" + entry10.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
              }
            }
            if (auto it11 = v9.find("key"); it11 != v9.end()) {
              wire::Checker::Step step(c, "key");
              const nlohmann::json& v12 = *it11;
              if (!(v12.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it13 = v9.find("updatedAt"); it13 != v9.end()) {
              wire::Checker::Step step(c, "updatedAt");
              const nlohmann::json& v14 = *it13;
              if (v14.is_null()) {
              } else if (!(wire::IsInteger(v14))) {
                c.Fail("must be integer,null");
              } else {
              }
            }
            if (auto it15 = v9.find("age"); it15 != v9.end()) {
              wire::Checker::Step step(c, "age");
              const nlohmann::json& v16 = *it15;
              if (v16.is_null()) {
              } else if (!(wire::IsInteger(v16))) {
                c.Fail("must be integer,null");
              } else {
              }
            }
          }
        }
      }
    }
  }
}

void CheckHealthSnapshot(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"ok", "ts", "durationMs", "eventLoop", "plugins", "contextEngines", "deliveryQueues", "modelPricing", "configReload", "channels", "channelOrder", "channelLabels", "heartbeatSeconds", "defaultAgentId", "agents", "sessions", "modelRuntime"})) {
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
    if (auto it4 = v.find("ts"); it4 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v5 = *it4;
      if (!(wire::IsInteger(v5))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it6 = v.find("durationMs"); it6 != v.end()) {
      wire::Checker::Step step(c, "durationMs");
      const nlohmann::json& v7 = *it6;
      if (!(wire::IsInteger(v7))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it8 = v.find("eventLoop"); it8 != v.end()) {
      wire::Checker::Step step(c, "eventLoop");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v9.contains("degraded")) c.Fail("must have required property 'degraded'");
        if (!v9.contains("reasons")) c.Fail("must have required property 'reasons'");
        if (!v9.contains("intervalMs")) c.Fail("must have required property 'intervalMs'");
        if (!v9.contains("delayP99Ms")) c.Fail("must have required property 'delayP99Ms'");
        if (!v9.contains("delayMaxMs")) c.Fail("must have required property 'delayMaxMs'");
        if (!v9.contains("utilization")) c.Fail("must have required property 'utilization'");
        if (!v9.contains("cpuCoreRatio")) c.Fail("must have required property 'cpuCoreRatio'");
        for (const auto& entry10 : v9.items()) {
          if (!wire::IsOneOf(entry10.key(), {"degraded", "degradedSinceMs", "reasons", "intervalMs", "delayP99Ms", "delayMaxMs", "utilization", "cpuCoreRatio"})) {
            c.Fail("unexpected property '" + entry10.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it11 = v9.find("degraded"); it11 != v9.end()) {
          wire::Checker::Step step(c, "degraded");
          const nlohmann::json& v12 = *it11;
          if (!(v12.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it13 = v9.find("degradedSinceMs"); it13 != v9.end()) {
          wire::Checker::Step step(c, "degradedSinceMs");
          const nlohmann::json& v14 = *it13;
          if (v14.is_null()) {
          } else if (!(wire::IsInteger(v14))) {
            c.Fail("must be integer,null");
          } else {
          }
        }
        if (auto it15 = v9.find("reasons"); it15 != v9.end()) {
          wire::Checker::Step step(c, "reasons");
          const nlohmann::json& v16 = *it15;
          if (!(v16.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i17 = 0; i17 < v16.size(); ++i17) {
              wire::Checker::Step step(c, i17);
              const nlohmann::json& v18 = v16[i17];
              if (!(v18.is_string())) {
                c.Fail("must be string");
              } else {
                if (!wire::IsOneOf(v18.get_ref<const std::string&>(), {"event_loop_delay", "event_loop_utilization", "cpu"})) {
                  c.Fail("must be equal to one of the allowed values");
                }
              }
            }
          }
        }
        if (auto it19 = v9.find("intervalMs"); it19 != v9.end()) {
          wire::Checker::Step step(c, "intervalMs");
          const nlohmann::json& v20 = *it19;
          if (!(v20.is_number())) {
            c.Fail("must be number");
          } else {
            const double x21 = v20.get<double>();
            if (x21 < 0) c.Fail("must be >= 0");
          }
        }
        if (auto it22 = v9.find("delayP99Ms"); it22 != v9.end()) {
          wire::Checker::Step step(c, "delayP99Ms");
          const nlohmann::json& v23 = *it22;
          if (!(v23.is_number())) {
            c.Fail("must be number");
          } else {
            const double x24 = v23.get<double>();
            if (x24 < 0) c.Fail("must be >= 0");
          }
        }
        if (auto it25 = v9.find("delayMaxMs"); it25 != v9.end()) {
          wire::Checker::Step step(c, "delayMaxMs");
          const nlohmann::json& v26 = *it25;
          if (!(v26.is_number())) {
            c.Fail("must be number");
          } else {
            const double x27 = v26.get<double>();
            if (x27 < 0) c.Fail("must be >= 0");
          }
        }
        if (auto it28 = v9.find("utilization"); it28 != v9.end()) {
          wire::Checker::Step step(c, "utilization");
          const nlohmann::json& v29 = *it28;
          if (!(v29.is_number())) {
            c.Fail("must be number");
          } else {
            const double x30 = v29.get<double>();
            if (x30 < 0) c.Fail("must be >= 0");
          }
        }
        if (auto it31 = v9.find("cpuCoreRatio"); it31 != v9.end()) {
          wire::Checker::Step step(c, "cpuCoreRatio");
          const nlohmann::json& v32 = *it31;
          if (!(v32.is_number())) {
            c.Fail("must be number");
          } else {
            const double x33 = v32.get<double>();
            if (x33 < 0) c.Fail("must be >= 0");
          }
        }
      }
    }
    if (auto it34 = v.find("plugins"); it34 != v.end()) {
      wire::Checker::Step step(c, "plugins");
      const nlohmann::json& v35 = *it34;
      if (!(v35.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v35.contains("loaded")) c.Fail("must have required property 'loaded'");
        if (!v35.contains("errors")) c.Fail("must have required property 'errors'");
        for (const auto& entry36 : v35.items()) {
          if (!wire::IsOneOf(entry36.key(), {"loaded", "errors", "unavailable"})) {
            c.Fail("unexpected property '" + entry36.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it37 = v35.find("loaded"); it37 != v35.end()) {
          wire::Checker::Step step(c, "loaded");
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
              }
            }
          }
        }
        if (auto it41 = v35.find("errors"); it41 != v35.end()) {
          wire::Checker::Step step(c, "errors");
          const nlohmann::json& v42 = *it41;
          if (!(v42.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i43 = 0; i43 < v42.size(); ++i43) {
              wire::Checker::Step step(c, i43);
              const nlohmann::json& v44 = v42[i43];
              if (!(v44.is_object())) {
                c.Fail("must be object");
              } else {
                if (!v44.contains("id")) c.Fail("must have required property 'id'");
                if (!v44.contains("origin")) c.Fail("must have required property 'origin'");
                if (!v44.contains("activated")) c.Fail("must have required property 'activated'");
                if (!v44.contains("error")) c.Fail("must have required property 'error'");
                for (const auto& entry45 : v44.items()) {
                  if (!wire::IsOneOf(entry45.key(), {"id", "origin", "activated", "activationSource", "activationReason", "failurePhase", "error"})) {
                    c.Fail("unexpected property '" + entry45.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
                  }
                }
                if (auto it46 = v44.find("id"); it46 != v44.end()) {
                  wire::Checker::Step step(c, "id");
                  const nlohmann::json& v47 = *it46;
                  if (!(v47.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it48 = v44.find("origin"); it48 != v44.end()) {
                  wire::Checker::Step step(c, "origin");
                  const nlohmann::json& v49 = *it48;
                  if (!(v49.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it50 = v44.find("activated"); it50 != v44.end()) {
                  wire::Checker::Step step(c, "activated");
                  const nlohmann::json& v51 = *it50;
                  if (!(v51.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
                if (auto it52 = v44.find("activationSource"); it52 != v44.end()) {
                  wire::Checker::Step step(c, "activationSource");
                  const nlohmann::json& v53 = *it52;
                  if (!(v53.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it54 = v44.find("activationReason"); it54 != v44.end()) {
                  wire::Checker::Step step(c, "activationReason");
                  const nlohmann::json& v55 = *it54;
                  if (!(v55.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it56 = v44.find("failurePhase"); it56 != v44.end()) {
                  wire::Checker::Step step(c, "failurePhase");
                  const nlohmann::json& v57 = *it56;
                  if (!(v57.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it58 = v44.find("error"); it58 != v44.end()) {
                  wire::Checker::Step step(c, "error");
                  const nlohmann::json& v59 = *it58;
                  if (!(v59.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
              }
            }
          }
        }
        if (auto it60 = v35.find("unavailable"); it60 != v35.end()) {
          wire::Checker::Step step(c, "unavailable");
          const nlohmann::json& v61 = *it60;
          if (!(v61.is_array())) {
            c.Fail("must be array");
          } else {
          }
        }
      }
    }
    if (auto it62 = v.find("configReload"); it62 != v.end()) {
      wire::Checker::Step step(c, "configReload");
      const nlohmann::json& v63 = *it62;
      if (!(v63.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v63.contains("hotReloadStatus")) c.Fail("must have required property 'hotReloadStatus'");
        for (const auto& entry64 : v63.items()) {
          if (!wire::IsOneOf(entry64.key(), {"hotReloadStatus"})) {
            c.Fail("unexpected property '" + entry64.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it65 = v63.find("hotReloadStatus"); it65 != v63.end()) {
          wire::Checker::Step step(c, "hotReloadStatus");
          const nlohmann::json& v66 = *it65;
          if (!(v66.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v66.get_ref<const std::string&>(), {"active", "disabled"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
      }
    }
    if (auto it67 = v.find("channels"); it67 != v.end()) {
      wire::Checker::Step step(c, "channels");
      const nlohmann::json& v68 = *it67;
      if (!(v68.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it69 = v.find("channelOrder"); it69 != v.end()) {
      wire::Checker::Step step(c, "channelOrder");
      const nlohmann::json& v70 = *it69;
      if (!(v70.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i71 = 0; i71 < v70.size(); ++i71) {
          wire::Checker::Step step(c, i71);
          const nlohmann::json& v72 = v70[i71];
          if (!(v72.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it73 = v.find("channelLabels"); it73 != v.end()) {
      wire::Checker::Step step(c, "channelLabels");
      const nlohmann::json& v74 = *it73;
      if (!(v74.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry75 : v74.items()) {
          wire::Checker::Step step(c, entry75.key());
          const nlohmann::json& v76 = entry75.value();
          if (!(v76.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it77 = v.find("heartbeatSeconds"); it77 != v.end()) {
      wire::Checker::Step step(c, "heartbeatSeconds");
      const nlohmann::json& v78 = *it77;
      if (!(wire::IsInteger(v78))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it79 = v.find("defaultAgentId"); it79 != v.end()) {
      wire::Checker::Step step(c, "defaultAgentId");
      const nlohmann::json& v80 = *it79;
      if (!(v80.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it81 = v.find("agents"); it81 != v.end()) {
      wire::Checker::Step step(c, "agents");
      const nlohmann::json& v82 = *it81;
      if (!(v82.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i83 = 0; i83 < v82.size(); ++i83) {
          wire::Checker::Step step(c, i83);
          const nlohmann::json& v84 = v82[i83];
          if (!(v84.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v84.contains("agentId")) c.Fail("must have required property 'agentId'");
            if (!v84.contains("isDefault")) c.Fail("must have required property 'isDefault'");
            if (!v84.contains("heartbeat")) c.Fail("must have required property 'heartbeat'");
            if (!v84.contains("sessions")) c.Fail("must have required property 'sessions'");
            for (const auto& entry85 : v84.items()) {
              if (!wire::IsOneOf(entry85.key(), {"agentId", "name", "isDefault", "heartbeat", "sessions"})) {
                c.Fail("unexpected property '" + entry85.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
              }
            }
            if (auto it86 = v84.find("agentId"); it86 != v84.end()) {
              wire::Checker::Step step(c, "agentId");
              const nlohmann::json& v87 = *it86;
              if (!(v87.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it88 = v84.find("name"); it88 != v84.end()) {
              wire::Checker::Step step(c, "name");
              const nlohmann::json& v89 = *it88;
              if (!(v89.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it90 = v84.find("isDefault"); it90 != v84.end()) {
              wire::Checker::Step step(c, "isDefault");
              const nlohmann::json& v91 = *it90;
              if (!(v91.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it92 = v84.find("heartbeat"); it92 != v84.end()) {
              wire::Checker::Step step(c, "heartbeat");
              const nlohmann::json& v93 = *it92;
              if (!(v93.is_object())) {
                c.Fail("must be object");
              } else {
                if (!v93.contains("enabled")) c.Fail("must have required property 'enabled'");
                if (!v93.contains("every")) c.Fail("must have required property 'every'");
                if (!v93.contains("everyMs")) c.Fail("must have required property 'everyMs'");
                if (!v93.contains("prompt")) c.Fail("must have required property 'prompt'");
                if (!v93.contains("target")) c.Fail("must have required property 'target'");
                if (!v93.contains("ackMaxChars")) c.Fail("must have required property 'ackMaxChars'");
                for (const auto& entry94 : v93.items()) {
                  if (!wire::IsOneOf(entry94.key(), {"enabled", "every", "everyMs", "prompt", "target", "model", "session", "ackMaxChars"})) {
                    c.Fail("unexpected property '" + entry94.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
                  }
                }
                if (auto it95 = v93.find("enabled"); it95 != v93.end()) {
                  wire::Checker::Step step(c, "enabled");
                  const nlohmann::json& v96 = *it95;
                  if (!(v96.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
                if (auto it97 = v93.find("every"); it97 != v93.end()) {
                  wire::Checker::Step step(c, "every");
                  const nlohmann::json& v98 = *it97;
                  if (!(v98.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it99 = v93.find("everyMs"); it99 != v93.end()) {
                  wire::Checker::Step step(c, "everyMs");
                  const nlohmann::json& v100 = *it99;
                  if (v100.is_null()) {
                  } else if (!(wire::IsInteger(v100))) {
                    c.Fail("must be integer,null");
                  } else {
                  }
                }
                if (auto it101 = v93.find("prompt"); it101 != v93.end()) {
                  wire::Checker::Step step(c, "prompt");
                  const nlohmann::json& v102 = *it101;
                  if (!(v102.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it103 = v93.find("target"); it103 != v93.end()) {
                  wire::Checker::Step step(c, "target");
                  const nlohmann::json& v104 = *it103;
                  if (!(v104.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it105 = v93.find("model"); it105 != v93.end()) {
                  wire::Checker::Step step(c, "model");
                  const nlohmann::json& v106 = *it105;
                  if (!(v106.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it107 = v93.find("session"); it107 != v93.end()) {
                  wire::Checker::Step step(c, "session");
                  const nlohmann::json& v108 = *it107;
                  if (!(v108.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it109 = v93.find("ackMaxChars"); it109 != v93.end()) {
                  wire::Checker::Step step(c, "ackMaxChars");
                  const nlohmann::json& v110 = *it109;
                  if (!(wire::IsInteger(v110))) {
                    c.Fail("must be integer");
                  } else {
                  }
                }
              }
            }
            if (auto it111 = v84.find("sessions"); it111 != v84.end()) {
              wire::Checker::Step step(c, "sessions");
              const nlohmann::json& v112 = *it111;
              CheckHealthSessions(v112, c);
            }
          }
        }
      }
    }
    if (auto it113 = v.find("sessions"); it113 != v.end()) {
      wire::Checker::Step step(c, "sessions");
      const nlohmann::json& v114 = *it113;
      CheckHealthSessions(v114, c);
    }
    if (auto it115 = v.find("modelRuntime"); it115 != v.end()) {
      wire::Checker::Step step(c, "modelRuntime");
      const nlohmann::json& v116 = *it115;
      if (!(v116.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v116.contains("degraded")) c.Fail("must have required property 'degraded'");
        if (!v116.contains("pendingAgents")) c.Fail("must have required property 'pendingAgents'");
        for (const auto& entry117 : v116.items()) {
          if (!wire::IsOneOf(entry117.key(), {"degraded", "pendingAgents"})) {
            c.Fail("unexpected property '" + entry117.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it118 = v116.find("degraded"); it118 != v116.end()) {
          wire::Checker::Step step(c, "degraded");
          const nlohmann::json& v119 = *it118;
          if (!(v119.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
        if (auto it120 = v116.find("pendingAgents"); it120 != v116.end()) {
          wire::Checker::Step step(c, "pendingAgents");
          const nlohmann::json& v121 = *it120;
          if (!(v121.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i122 = 0; i122 < v121.size(); ++i122) {
              wire::Checker::Step step(c, i122);
              const nlohmann::json& v123 = v121[i122];
              if (!(v123.is_string())) {
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

void CheckPresenceEntry(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"host", "ip", "version", "platform", "deviceFamily", "modelIdentifier", "timeZone", "mode", "lastInputSeconds", "reason", "tags", "text", "ts", "onlineSince", "lastActivityAt", "deviceId", "roles", "scopes", "instanceId", "user", "watchedSessions"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("host"); it2 != v.end()) {
      wire::Checker::Step step(c, "host");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it6 = v.find("ip"); it6 != v.end()) {
      wire::Checker::Step step(c, "ip");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s8 = v7.get_ref<const std::string&>();
        const std::size_t n9 = wire::CodePointLength(s8);
        if (n9 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it10 = v.find("version"); it10 != v.end()) {
      wire::Checker::Step step(c, "version");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s12 = v11.get_ref<const std::string&>();
        const std::size_t n13 = wire::CodePointLength(s12);
        if (n13 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it14 = v.find("platform"); it14 != v.end()) {
      wire::Checker::Step step(c, "platform");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s16 = v15.get_ref<const std::string&>();
        const std::size_t n17 = wire::CodePointLength(s16);
        if (n17 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it18 = v.find("deviceFamily"); it18 != v.end()) {
      wire::Checker::Step step(c, "deviceFamily");
      const nlohmann::json& v19 = *it18;
      if (!(v19.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s20 = v19.get_ref<const std::string&>();
        const std::size_t n21 = wire::CodePointLength(s20);
        if (n21 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it22 = v.find("modelIdentifier"); it22 != v.end()) {
      wire::Checker::Step step(c, "modelIdentifier");
      const nlohmann::json& v23 = *it22;
      if (!(v23.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s24 = v23.get_ref<const std::string&>();
        const std::size_t n25 = wire::CodePointLength(s24);
        if (n25 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it26 = v.find("timeZone"); it26 != v.end()) {
      wire::Checker::Step step(c, "timeZone");
      const nlohmann::json& v27 = *it26;
      if (!(v27.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s28 = v27.get_ref<const std::string&>();
        const std::size_t n29 = wire::CodePointLength(s28);
        if (n29 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it30 = v.find("mode"); it30 != v.end()) {
      wire::Checker::Step step(c, "mode");
      const nlohmann::json& v31 = *it30;
      if (!(v31.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s32 = v31.get_ref<const std::string&>();
        const std::size_t n33 = wire::CodePointLength(s32);
        if (n33 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it34 = v.find("lastInputSeconds"); it34 != v.end()) {
      wire::Checker::Step step(c, "lastInputSeconds");
      const nlohmann::json& v35 = *it34;
      if (!(wire::IsInteger(v35))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it36 = v.find("reason"); it36 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v37 = *it36;
      if (!(v37.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s38 = v37.get_ref<const std::string&>();
        const std::size_t n39 = wire::CodePointLength(s38);
        if (n39 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it40 = v.find("tags"); it40 != v.end()) {
      wire::Checker::Step step(c, "tags");
      const nlohmann::json& v41 = *it40;
      if (!(v41.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i42 = 0; i42 < v41.size(); ++i42) {
          wire::Checker::Step step(c, i42);
          const nlohmann::json& v43 = v41[i42];
          if (!(v43.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s44 = v43.get_ref<const std::string&>();
            const std::size_t n45 = wire::CodePointLength(s44);
            if (n45 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
      }
    }
    if (auto it46 = v.find("text"); it46 != v.end()) {
      wire::Checker::Step step(c, "text");
      const nlohmann::json& v47 = *it46;
      if (!(v47.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it48 = v.find("ts"); it48 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v49 = *it48;
      if (!(wire::IsInteger(v49))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it50 = v.find("onlineSince"); it50 != v.end()) {
      wire::Checker::Step step(c, "onlineSince");
      const nlohmann::json& v51 = *it50;
      if (!(wire::IsInteger(v51))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it52 = v.find("lastActivityAt"); it52 != v.end()) {
      wire::Checker::Step step(c, "lastActivityAt");
      const nlohmann::json& v53 = *it52;
      if (!(wire::IsInteger(v53))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it54 = v.find("deviceId"); it54 != v.end()) {
      wire::Checker::Step step(c, "deviceId");
      const nlohmann::json& v55 = *it54;
      if (!(v55.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s56 = v55.get_ref<const std::string&>();
        const std::size_t n57 = wire::CodePointLength(s56);
        if (n57 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it58 = v.find("roles"); it58 != v.end()) {
      wire::Checker::Step step(c, "roles");
      const nlohmann::json& v59 = *it58;
      if (!(v59.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i60 = 0; i60 < v59.size(); ++i60) {
          wire::Checker::Step step(c, i60);
          const nlohmann::json& v61 = v59[i60];
          if (!(v61.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s62 = v61.get_ref<const std::string&>();
            const std::size_t n63 = wire::CodePointLength(s62);
            if (n63 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
      }
    }
    if (auto it64 = v.find("scopes"); it64 != v.end()) {
      wire::Checker::Step step(c, "scopes");
      const nlohmann::json& v65 = *it64;
      if (!(v65.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i66 = 0; i66 < v65.size(); ++i66) {
          wire::Checker::Step step(c, i66);
          const nlohmann::json& v67 = v65[i66];
          if (!(v67.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s68 = v67.get_ref<const std::string&>();
            const std::size_t n69 = wire::CodePointLength(s68);
            if (n69 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
      }
    }
    if (auto it70 = v.find("instanceId"); it70 != v.end()) {
      wire::Checker::Step step(c, "instanceId");
      const nlohmann::json& v71 = *it70;
      if (!(v71.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s72 = v71.get_ref<const std::string&>();
        const std::size_t n73 = wire::CodePointLength(s72);
        if (n73 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it74 = v.find("user"); it74 != v.end()) {
      wire::Checker::Step step(c, "user");
      const nlohmann::json& v75 = *it74;
      if (!(v75.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v75.contains("id")) c.Fail("must have required property 'id'");
        for (const auto& entry76 : v75.items()) {
          if (!wire::IsOneOf(entry76.key(), {"id", "identity", "email", "name", "avatarUrl"})) {
            c.Fail("unexpected property '" + entry76.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it77 = v75.find("id"); it77 != v75.end()) {
          wire::Checker::Step step(c, "id");
          const nlohmann::json& v78 = *it77;
          if (!(v78.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s79 = v78.get_ref<const std::string&>();
            const std::size_t n80 = wire::CodePointLength(s79);
            if (n80 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it81 = v75.find("identity"); it81 != v75.end()) {
          wire::Checker::Step step(c, "identity");
          const nlohmann::json& v82 = *it81;
          if (!(v82.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v82.contains("type")) c.Fail("must have required property 'type'");
            if (!v82.contains("id")) c.Fail("must have required property 'id'");
            for (const auto& entry83 : v82.items()) {
              if (!wire::IsOneOf(entry83.key(), {"type", "id"})) {
                c.Fail("unexpected property '" + entry83.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
              }
            }
            if (auto it84 = v82.find("type"); it84 != v82.end()) {
              wire::Checker::Step step(c, "type");
              const nlohmann::json& v85 = *it84;
              if (!(v85.is_string())) {
                c.Fail("must be string");
              } else {
                if (v85 != nlohmann::json("profile")) c.Fail("must be equal to constant");
              }
            }
            if (auto it86 = v82.find("id"); it86 != v82.end()) {
              wire::Checker::Step step(c, "id");
              const nlohmann::json& v87 = *it86;
              if (!(v87.is_string())) {
                c.Fail("must be string");
              } else {
                const std::string& s88 = v87.get_ref<const std::string&>();
                const std::size_t n89 = wire::CodePointLength(s88);
                if (n89 < 1) c.Fail("must not have fewer than 1 characters");
              }
            }
          }
        }
        if (auto it90 = v75.find("email"); it90 != v75.end()) {
          wire::Checker::Step step(c, "email");
          const nlohmann::json& v91 = *it90;
          if (!(v91.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s92 = v91.get_ref<const std::string&>();
            const std::size_t n93 = wire::CodePointLength(s92);
            if (n93 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it94 = v75.find("name"); it94 != v75.end()) {
          wire::Checker::Step step(c, "name");
          const nlohmann::json& v95 = *it94;
          if (!(v95.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s96 = v95.get_ref<const std::string&>();
            const std::size_t n97 = wire::CodePointLength(s96);
            if (n97 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
        if (auto it98 = v75.find("avatarUrl"); it98 != v75.end()) {
          wire::Checker::Step step(c, "avatarUrl");
          const nlohmann::json& v99 = *it98;
          if (!(v99.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s100 = v99.get_ref<const std::string&>();
            const std::size_t n101 = wire::CodePointLength(s100);
            if (n101 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
      }
    }
    if (auto it102 = v.find("watchedSessions"); it102 != v.end()) {
      wire::Checker::Step step(c, "watchedSessions");
      const nlohmann::json& v103 = *it102;
      if (!(v103.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i104 = 0; i104 < v103.size(); ++i104) {
          wire::Checker::Step step(c, i104);
          const nlohmann::json& v105 = v103[i104];
          if (!(v105.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s106 = v105.get_ref<const std::string&>();
            const std::size_t n107 = wire::CodePointLength(s106);
            if (n107 < 1) c.Fail("must not have fewer than 1 characters");
          }
        }
      }
    }
  }
}

void CheckSessionDefaults(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("defaultAgentId")) c.Fail("must have required property 'defaultAgentId'");
    if (!v.contains("mainKey")) c.Fail("must have required property 'mainKey'");
    if (!v.contains("mainSessionKey")) c.Fail("must have required property 'mainSessionKey'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"defaultAgentId", "mainKey", "mainSessionKey", "modelConfigured", "ownership", "selectionRequired", "scope"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("defaultAgentId"); it2 != v.end()) {
      wire::Checker::Step step(c, "defaultAgentId");
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
    if (auto it6 = v.find("mainSessionKey"); it6 != v.end()) {
      wire::Checker::Step step(c, "mainSessionKey");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("modelConfigured"); it8 != v.end()) {
      wire::Checker::Step step(c, "modelConfigured");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it10 = v.find("ownership"); it10 != v.end()) {
      wire::Checker::Step step(c, "ownership");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v11.get_ref<const std::string&>(), {"sole", "legacy", "explicit"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it12 = v.find("selectionRequired"); it12 != v.end()) {
      wire::Checker::Step step(c, "selectionRequired");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it14 = v.find("scope"); it14 != v.end()) {
      wire::Checker::Step step(c, "scope");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckSnapshot(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("presence")) c.Fail("must have required property 'presence'");
    if (!v.contains("health")) c.Fail("must have required property 'health'");
    if (!v.contains("stateVersion")) c.Fail("must have required property 'stateVersion'");
    if (!v.contains("uptimeMs")) c.Fail("must have required property 'uptimeMs'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"presence", "health", "stateVersion", "uptimeMs", "suspension", "appliedConfigHash", "configPath", "stateDir", "sessionDefaults", "authMode", "updateAvailable", "updateSchedule"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("presence"); it2 != v.end()) {
      wire::Checker::Step step(c, "presence");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i4 = 0; i4 < v3.size(); ++i4) {
          wire::Checker::Step step(c, i4);
          const nlohmann::json& v5 = v3[i4];
          CheckPresenceEntry(v5, c);
        }
      }
    }
    if (auto it6 = v.find("health"); it6 != v.end()) {
      wire::Checker::Step step(c, "health");
      const nlohmann::json& v7 = *it6;
      CheckHealthSnapshot(v7, c);
    }
    if (auto it8 = v.find("stateVersion"); it8 != v.end()) {
      wire::Checker::Step step(c, "stateVersion");
      const nlohmann::json& v9 = *it8;
      CheckStateVersion(v9, c);
    }
    if (auto it10 = v.find("uptimeMs"); it10 != v.end()) {
      wire::Checker::Step step(c, "uptimeMs");
      const nlohmann::json& v11 = *it10;
      if (!(wire::IsInteger(v11))) {
        c.Fail("must be integer");
      } else {
        const double x12 = v11.get<double>();
        if (x12 < 0) c.Fail("must be >= 0");
      }
    }
    if (auto it13 = v.find("suspension"); it13 != v.end()) {
      wire::Checker::Step step(c, "suspension");
      const nlohmann::json& v14 = *it13;
      if (!(v14.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v14.contains("phase")) c.Fail("must have required property 'phase'");
        for (const auto& entry15 : v14.items()) {
          if (!wire::IsOneOf(entry15.key(), {"phase"})) {
            c.Fail("unexpected property '" + entry15.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it16 = v14.find("phase"); it16 != v14.end()) {
          wire::Checker::Step step(c, "phase");
          const nlohmann::json& v17 = *it16;
          if (!(v17.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v17.get_ref<const std::string&>(), {"accepting", "preparing", "draining", "prepared"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
      }
    }
    if (auto it18 = v.find("appliedConfigHash"); it18 != v.end()) {
      wire::Checker::Step step(c, "appliedConfigHash");
      const nlohmann::json& v19 = *it18;
      if (v19.is_null()) {
      } else if (!(v19.is_string())) {
        c.Fail("must be string,null");
      } else {
      }
    }
    if (auto it20 = v.find("configPath"); it20 != v.end()) {
      wire::Checker::Step step(c, "configPath");
      const nlohmann::json& v21 = *it20;
      if (!(v21.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it22 = v.find("stateDir"); it22 != v.end()) {
      wire::Checker::Step step(c, "stateDir");
      const nlohmann::json& v23 = *it22;
      if (!(v23.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it24 = v.find("sessionDefaults"); it24 != v.end()) {
      wire::Checker::Step step(c, "sessionDefaults");
      const nlohmann::json& v25 = *it24;
      CheckSessionDefaults(v25, c);
    }
    if (auto it26 = v.find("authMode"); it26 != v.end()) {
      wire::Checker::Step step(c, "authMode");
      const nlohmann::json& v27 = *it26;
      if (!(v27.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v27.get_ref<const std::string&>(), {"none", "token", "password", "trusted-proxy"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
  }
}

void CheckHelloOk(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("type")) c.Fail("must have required property 'type'");
    if (!v.contains("protocol")) c.Fail("must have required property 'protocol'");
    if (!v.contains("server")) c.Fail("must have required property 'server'");
    if (!v.contains("features")) c.Fail("must have required property 'features'");
    if (!v.contains("snapshot")) c.Fail("must have required property 'snapshot'");
    if (!v.contains("auth")) c.Fail("must have required property 'auth'");
    if (!v.contains("policy")) c.Fail("must have required property 'policy'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"type", "protocol", "server", "features", "snapshot", "controlUiUrl", "controlUiTabs", "controlUiWidgetKinds", "pluginSurfaceUrls", "canvasHostUrl", "auth", "policy"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("type"); it2 != v.end()) {
      wire::Checker::Step step(c, "type");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        if (v3 != nlohmann::json("hello-ok")) c.Fail("must be equal to constant");
      }
    }
    if (auto it4 = v.find("protocol"); it4 != v.end()) {
      wire::Checker::Step step(c, "protocol");
      const nlohmann::json& v5 = *it4;
      if (!(wire::IsInteger(v5))) {
        c.Fail("must be integer");
      } else {
        const double x6 = v5.get<double>();
        if (x6 < 1) c.Fail("must be >= 1");
      }
    }
    if (auto it7 = v.find("server"); it7 != v.end()) {
      wire::Checker::Step step(c, "server");
      const nlohmann::json& v8 = *it7;
      if (!(v8.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v8.contains("version")) c.Fail("must have required property 'version'");
        if (!v8.contains("connId")) c.Fail("must have required property 'connId'");
        for (const auto& entry9 : v8.items()) {
          if (!wire::IsOneOf(entry9.key(), {"version", "connId", "buildId", "bootId", "controlUiBuildSource"})) {
            c.Fail("unexpected property '" + entry9.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it10 = v8.find("version"); it10 != v8.end()) {
          wire::Checker::Step step(c, "version");
          const nlohmann::json& v11 = *it10;
          if (!(v11.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it12 = v8.find("connId"); it12 != v8.end()) {
          wire::Checker::Step step(c, "connId");
          const nlohmann::json& v13 = *it12;
          if (!(v13.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it14 = v8.find("buildId"); it14 != v8.end()) {
          wire::Checker::Step step(c, "buildId");
          const nlohmann::json& v15 = *it14;
          if (!(v15.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s16 = v15.get_ref<const std::string&>();
            const std::size_t n17 = wire::CodePointLength(s16);
            if (n17 > 96) c.Fail("must not have more than 96 characters");
          }
        }
        if (auto it18 = v8.find("bootId"); it18 != v8.end()) {
          wire::Checker::Step step(c, "bootId");
          const nlohmann::json& v19 = *it18;
          if (!(v19.is_string())) {
            c.Fail("must be string");
          } else {
            const std::string& s20 = v19.get_ref<const std::string&>();
            const std::size_t n21 = wire::CodePointLength(s20);
            if (n21 > 96) c.Fail("must not have more than 96 characters");
          }
        }
        if (auto it22 = v8.find("controlUiBuildSource"); it22 != v8.end()) {
          wire::Checker::Step step(c, "controlUiBuildSource");
          const nlohmann::json& v23 = *it22;
          if (!(v23.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v23.get_ref<const std::string&>(), {"bundled", "configured"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
      }
    }
    if (auto it24 = v.find("features"); it24 != v.end()) {
      wire::Checker::Step step(c, "features");
      const nlohmann::json& v25 = *it24;
      if (!(v25.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v25.contains("methods")) c.Fail("must have required property 'methods'");
        if (!v25.contains("events")) c.Fail("must have required property 'events'");
        for (const auto& entry26 : v25.items()) {
          if (!wire::IsOneOf(entry26.key(), {"methods", "events", "capabilities"})) {
            c.Fail("unexpected property '" + entry26.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it27 = v25.find("methods"); it27 != v25.end()) {
          wire::Checker::Step step(c, "methods");
          const nlohmann::json& v28 = *it27;
          if (!(v28.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i29 = 0; i29 < v28.size(); ++i29) {
              wire::Checker::Step step(c, i29);
              const nlohmann::json& v30 = v28[i29];
              if (!(v30.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
        if (auto it31 = v25.find("events"); it31 != v25.end()) {
          wire::Checker::Step step(c, "events");
          const nlohmann::json& v32 = *it31;
          if (!(v32.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i33 = 0; i33 < v32.size(); ++i33) {
              wire::Checker::Step step(c, i33);
              const nlohmann::json& v34 = v32[i33];
              if (!(v34.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
        if (auto it35 = v25.find("capabilities"); it35 != v25.end()) {
          wire::Checker::Step step(c, "capabilities");
          const nlohmann::json& v36 = *it35;
          if (!(v36.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i37 = 0; i37 < v36.size(); ++i37) {
              wire::Checker::Step step(c, i37);
              const nlohmann::json& v38 = v36[i37];
              if (!(v38.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it39 = v.find("snapshot"); it39 != v.end()) {
      wire::Checker::Step step(c, "snapshot");
      const nlohmann::json& v40 = *it39;
      CheckSnapshot(v40, c);
    }
    if (auto it41 = v.find("controlUiUrl"); it41 != v.end()) {
      wire::Checker::Step step(c, "controlUiUrl");
      const nlohmann::json& v42 = *it41;
      if (!(v42.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it43 = v.find("controlUiTabs"); it43 != v.end()) {
      wire::Checker::Step step(c, "controlUiTabs");
      const nlohmann::json& v44 = *it43;
      if (!(v44.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i45 = 0; i45 < v44.size(); ++i45) {
          wire::Checker::Step step(c, i45);
          const nlohmann::json& v46 = v44[i45];
          if (!(v46.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v46.contains("pluginId")) c.Fail("must have required property 'pluginId'");
            if (!v46.contains("id")) c.Fail("must have required property 'id'");
            if (!v46.contains("label")) c.Fail("must have required property 'label'");
            for (const auto& entry47 : v46.items()) {
              if (!wire::IsOneOf(entry47.key(), {"pluginId", "id", "label", "description", "icon", "path", "placement", "requiresGatewayAuth", "group", "order"})) {
                c.Fail("unexpected property '" + entry47.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
              }
            }
            if (auto it48 = v46.find("pluginId"); it48 != v46.end()) {
              wire::Checker::Step step(c, "pluginId");
              const nlohmann::json& v49 = *it48;
              if (!(v49.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it50 = v46.find("id"); it50 != v46.end()) {
              wire::Checker::Step step(c, "id");
              const nlohmann::json& v51 = *it50;
              if (!(v51.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it52 = v46.find("label"); it52 != v46.end()) {
              wire::Checker::Step step(c, "label");
              const nlohmann::json& v53 = *it52;
              if (!(v53.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it54 = v46.find("description"); it54 != v46.end()) {
              wire::Checker::Step step(c, "description");
              const nlohmann::json& v55 = *it54;
              if (!(v55.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it56 = v46.find("icon"); it56 != v46.end()) {
              wire::Checker::Step step(c, "icon");
              const nlohmann::json& v57 = *it56;
              if (!(v57.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it58 = v46.find("path"); it58 != v46.end()) {
              wire::Checker::Step step(c, "path");
              const nlohmann::json& v59 = *it58;
              if (!(v59.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it60 = v46.find("placement"); it60 != v46.end()) {
              wire::Checker::Step step(c, "placement");
              const nlohmann::json& v61 = *it60;
              if (!(v61.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it62 = v46.find("requiresGatewayAuth"); it62 != v46.end()) {
              wire::Checker::Step step(c, "requiresGatewayAuth");
              const nlohmann::json& v63 = *it62;
              if (!(v63.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
            if (auto it64 = v46.find("group"); it64 != v46.end()) {
              wire::Checker::Step step(c, "group");
              const nlohmann::json& v65 = *it64;
              if (!(v65.is_string())) {
                c.Fail("must be string");
              } else {
                if (!wire::IsOneOf(v65.get_ref<const std::string&>(), {"control", "agent"})) {
                  c.Fail("must be equal to one of the allowed values");
                }
              }
            }
            if (auto it66 = v46.find("order"); it66 != v46.end()) {
              wire::Checker::Step step(c, "order");
              const nlohmann::json& v67 = *it66;
              if (!(v67.is_number())) {
                c.Fail("must be number");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it68 = v.find("controlUiWidgetKinds"); it68 != v.end()) {
      wire::Checker::Step step(c, "controlUiWidgetKinds");
      const nlohmann::json& v69 = *it68;
      if (!(v69.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i70 = 0; i70 < v69.size(); ++i70) {
          wire::Checker::Step step(c, i70);
          const nlohmann::json& v71 = v69[i70];
          if (!(v71.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v71.contains("pluginId")) c.Fail("must have required property 'pluginId'");
            if (!v71.contains("kind")) c.Fail("must have required property 'kind'");
            if (!v71.contains("label")) c.Fail("must have required property 'label'");
            for (const auto& entry72 : v71.items()) {
              if (!wire::IsOneOf(entry72.key(), {"pluginId", "kind", "label"})) {
                c.Fail("unexpected property '" + entry72.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
              }
            }
            if (auto it73 = v71.find("pluginId"); it73 != v71.end()) {
              wire::Checker::Step step(c, "pluginId");
              const nlohmann::json& v74 = *it73;
              if (!(v74.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it75 = v71.find("kind"); it75 != v71.end()) {
              wire::Checker::Step step(c, "kind");
              const nlohmann::json& v76 = *it75;
              if (!(v76.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it77 = v71.find("label"); it77 != v71.end()) {
              wire::Checker::Step step(c, "label");
              const nlohmann::json& v78 = *it77;
              if (!(v78.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it79 = v.find("pluginSurfaceUrls"); it79 != v.end()) {
      wire::Checker::Step step(c, "pluginSurfaceUrls");
      const nlohmann::json& v80 = *it79;
      if (!(v80.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry81 : v80.items()) {
          wire::Checker::Step step(c, entry81.key());
          const nlohmann::json& v82 = entry81.value();
          if (!(v82.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it83 = v.find("canvasHostUrl"); it83 != v.end()) {
      wire::Checker::Step step(c, "canvasHostUrl");
      const nlohmann::json& v84 = *it83;
      if (!(v84.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it85 = v.find("auth"); it85 != v.end()) {
      wire::Checker::Step step(c, "auth");
      const nlohmann::json& v86 = *it85;
      if (!(v86.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v86.contains("role")) c.Fail("must have required property 'role'");
        if (!v86.contains("scopes")) c.Fail("must have required property 'scopes'");
        for (const auto& entry87 : v86.items()) {
          if (!wire::IsOneOf(entry87.key(), {"role", "scopes", "deviceToken", "issuedAtMs", "recoveryScope", "recoveryMigrationAllowed", "deviceTokens"})) {
            c.Fail("unexpected property '" + entry87.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it88 = v86.find("role"); it88 != v86.end()) {
          wire::Checker::Step step(c, "role");
          const nlohmann::json& v89 = *it88;
          if (!(v89.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it90 = v86.find("scopes"); it90 != v86.end()) {
          wire::Checker::Step step(c, "scopes");
          const nlohmann::json& v91 = *it90;
          if (!(v91.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i92 = 0; i92 < v91.size(); ++i92) {
              wire::Checker::Step step(c, i92);
              const nlohmann::json& v93 = v91[i92];
              if (!(v93.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
          }
        }
        if (auto it94 = v86.find("deviceToken"); it94 != v86.end()) {
          wire::Checker::Step step(c, "deviceToken");
          const nlohmann::json& v95 = *it94;
          if (!(v95.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it96 = v86.find("issuedAtMs"); it96 != v86.end()) {
          wire::Checker::Step step(c, "issuedAtMs");
          const nlohmann::json& v97 = *it96;
          if (!(wire::IsInteger(v97))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it98 = v86.find("recoveryScope"); it98 != v86.end()) {
          wire::Checker::Step step(c, "recoveryScope");
          const nlohmann::json& v99 = *it98;
          if (!(v99.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
        if (auto it100 = v86.find("recoveryMigrationAllowed"); it100 != v86.end()) {
          wire::Checker::Step step(c, "recoveryMigrationAllowed");
          const nlohmann::json& v101 = *it100;
          if (!(v101.is_boolean())) {
            c.Fail("must be boolean");
          } else {
            if (v101 != nlohmann::json(true)) c.Fail("must be equal to constant");
          }
        }
        if (auto it102 = v86.find("deviceTokens"); it102 != v86.end()) {
          wire::Checker::Step step(c, "deviceTokens");
          const nlohmann::json& v103 = *it102;
          if (!(v103.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i104 = 0; i104 < v103.size(); ++i104) {
              wire::Checker::Step step(c, i104);
              const nlohmann::json& v105 = v103[i104];
              if (!(v105.is_object())) {
                c.Fail("must be object");
              } else {
                if (!v105.contains("deviceToken")) c.Fail("must have required property 'deviceToken'");
                if (!v105.contains("role")) c.Fail("must have required property 'role'");
                if (!v105.contains("scopes")) c.Fail("must have required property 'scopes'");
                if (!v105.contains("issuedAtMs")) c.Fail("must have required property 'issuedAtMs'");
                for (const auto& entry106 : v105.items()) {
                  if (!wire::IsOneOf(entry106.key(), {"deviceToken", "role", "scopes", "issuedAtMs"})) {
                    c.Fail("unexpected property '" + entry106.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
                  }
                }
                if (auto it107 = v105.find("deviceToken"); it107 != v105.end()) {
                  wire::Checker::Step step(c, "deviceToken");
                  const nlohmann::json& v108 = *it107;
                  if (!(v108.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it109 = v105.find("role"); it109 != v105.end()) {
                  wire::Checker::Step step(c, "role");
                  const nlohmann::json& v110 = *it109;
                  if (!(v110.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it111 = v105.find("scopes"); it111 != v105.end()) {
                  wire::Checker::Step step(c, "scopes");
                  const nlohmann::json& v112 = *it111;
                  if (!(v112.is_array())) {
                    c.Fail("must be array");
                  } else {
                    for (std::size_t i113 = 0; i113 < v112.size(); ++i113) {
                      wire::Checker::Step step(c, i113);
                      const nlohmann::json& v114 = v112[i113];
                      if (!(v114.is_string())) {
                        c.Fail("must be string");
                      } else {
                      }
                    }
                  }
                }
                if (auto it115 = v105.find("issuedAtMs"); it115 != v105.end()) {
                  wire::Checker::Step step(c, "issuedAtMs");
                  const nlohmann::json& v116 = *it115;
                  if (!(wire::IsInteger(v116))) {
                    c.Fail("must be integer");
                  } else {
                  }
                }
              }
            }
          }
        }
      }
    }
    if (auto it117 = v.find("policy"); it117 != v.end()) {
      wire::Checker::Step step(c, "policy");
      const nlohmann::json& v118 = *it117;
      if (!(v118.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v118.contains("maxPayload")) c.Fail("must have required property 'maxPayload'");
        if (!v118.contains("maxBufferedBytes")) c.Fail("must have required property 'maxBufferedBytes'");
        if (!v118.contains("tickIntervalMs")) c.Fail("must have required property 'tickIntervalMs'");
        for (const auto& entry119 : v118.items()) {
          if (!wire::IsOneOf(entry119.key(), {"maxPayload", "maxBufferedBytes", "tickIntervalMs", "attachments", "allowedSessionVisibilities", "hasMultipleSessionSharingIdentities"})) {
            c.Fail("unexpected property '" + entry119.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it120 = v118.find("maxPayload"); it120 != v118.end()) {
          wire::Checker::Step step(c, "maxPayload");
          const nlohmann::json& v121 = *it120;
          if (!(wire::IsInteger(v121))) {
            c.Fail("must be integer");
          } else {
            const double x122 = v121.get<double>();
            if (x122 < 1) c.Fail("must be >= 1");
          }
        }
        if (auto it123 = v118.find("maxBufferedBytes"); it123 != v118.end()) {
          wire::Checker::Step step(c, "maxBufferedBytes");
          const nlohmann::json& v124 = *it123;
          if (!(wire::IsInteger(v124))) {
            c.Fail("must be integer");
          } else {
            const double x125 = v124.get<double>();
            if (x125 < 1) c.Fail("must be >= 1");
          }
        }
        if (auto it126 = v118.find("tickIntervalMs"); it126 != v118.end()) {
          wire::Checker::Step step(c, "tickIntervalMs");
          const nlohmann::json& v127 = *it126;
          if (!(wire::IsInteger(v127))) {
            c.Fail("must be integer");
          } else {
            const double x128 = v127.get<double>();
            if (x128 < 1) c.Fail("must be >= 1");
          }
        }
        if (auto it129 = v118.find("attachments"); it129 != v118.end()) {
          wire::Checker::Step step(c, "attachments");
          const nlohmann::json& v130 = *it129;
          if (!(v130.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v130.contains("maxBytes")) c.Fail("must have required property 'maxBytes'");
            if (!v130.contains("maxImageBytes")) c.Fail("must have required property 'maxImageBytes'");
            for (const auto& entry131 : v130.items()) {
              if (!wire::IsOneOf(entry131.key(), {"maxBytes", "maxImageBytes"})) {
                c.Fail("unexpected property '" + entry131.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
              }
            }
            if (auto it132 = v130.find("maxBytes"); it132 != v130.end()) {
              wire::Checker::Step step(c, "maxBytes");
              const nlohmann::json& v133 = *it132;
              if (!(wire::IsInteger(v133))) {
                c.Fail("must be integer");
              } else {
                const double x134 = v133.get<double>();
                if (x134 < 1) c.Fail("must be >= 1");
              }
            }
            if (auto it135 = v130.find("maxImageBytes"); it135 != v130.end()) {
              wire::Checker::Step step(c, "maxImageBytes");
              const nlohmann::json& v136 = *it135;
              if (!(wire::IsInteger(v136))) {
                c.Fail("must be integer");
              } else {
                const double x137 = v136.get<double>();
                if (x137 < 1) c.Fail("must be >= 1");
              }
            }
          }
        }
        if (auto it138 = v118.find("allowedSessionVisibilities"); it138 != v118.end()) {
          wire::Checker::Step step(c, "allowedSessionVisibilities");
          const nlohmann::json& v139 = *it138;
          if (!(v139.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i140 = 0; i140 < v139.size(); ++i140) {
              wire::Checker::Step step(c, i140);
              const nlohmann::json& v141 = v139[i140];
              if (!(v141.is_string())) {
                c.Fail("must be string");
              } else {
                if (!wire::IsOneOf(v141.get_ref<const std::string&>(), {"shared", "read-only", "suggest", "draft"})) {
                  c.Fail("must be equal to one of the allowed values");
                }
              }
            }
          }
        }
        if (auto it142 = v118.find("hasMultipleSessionSharingIdentities"); it142 != v118.end()) {
          wire::Checker::Step step(c, "hasMultipleSessionSharingIdentities");
          const nlohmann::json& v143 = *it142;
          if (!(v143.is_boolean())) {
            c.Fail("must be boolean");
          } else {
          }
        }
      }
    }
  }
}

void CheckRequestFrame(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("type")) c.Fail("must have required property 'type'");
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    if (!v.contains("method")) c.Fail("must have required property 'method'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"type", "id", "method", "params", "traceparent", "expectedProfileId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("type"); it2 != v.end()) {
      wire::Checker::Step step(c, "type");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        if (v3 != nlohmann::json("req")) c.Fail("must be equal to constant");
      }
    }
    if (auto it4 = v.find("id"); it4 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s6 = v5.get_ref<const std::string&>();
        const std::size_t n7 = wire::CodePointLength(s6);
        if (n7 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it8 = v.find("method"); it8 != v.end()) {
      wire::Checker::Step step(c, "method");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s10 = v9.get_ref<const std::string&>();
        const std::size_t n11 = wire::CodePointLength(s10);
        if (n11 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it12 = v.find("traceparent"); it12 != v.end()) {
      wire::Checker::Step step(c, "traceparent");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s14 = v13.get_ref<const std::string&>();
        const std::size_t n15 = wire::CodePointLength(s14);
        if (n15 > 128) c.Fail("must not have more than 128 characters");
      }
    }
    if (auto it16 = v.find("expectedProfileId"); it16 != v.end()) {
      wire::Checker::Step step(c, "expectedProfileId");
      const nlohmann::json& v17 = *it16;
      if (!(v17.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s18 = v17.get_ref<const std::string&>();
        const std::size_t n19 = wire::CodePointLength(s18);
        if (n19 > 128) c.Fail("must not have more than 128 characters");
        if (n19 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
  }
}

void CheckResponseFrame(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("type")) c.Fail("must have required property 'type'");
    if (!v.contains("id")) c.Fail("must have required property 'id'");
    if (!v.contains("ok")) c.Fail("must have required property 'ok'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"type", "id", "ok", "payload", "error"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("type"); it2 != v.end()) {
      wire::Checker::Step step(c, "type");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        if (v3 != nlohmann::json("res")) c.Fail("must be equal to constant");
      }
    }
    if (auto it4 = v.find("id"); it4 != v.end()) {
      wire::Checker::Step step(c, "id");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("ok"); it6 != v.end()) {
      wire::Checker::Step step(c, "ok");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it8 = v.find("error"); it8 != v.end()) {
      wire::Checker::Step step(c, "error");
      const nlohmann::json& v9 = *it8;
      CheckErrorShape(v9, c);
    }
  }
}

void CheckShutdownEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("reason")) c.Fail("must have required property 'reason'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"reason", "restartExpectedMs"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("reason"); it2 != v.end()) {
      wire::Checker::Step step(c, "reason");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
        const std::string& s4 = v3.get_ref<const std::string&>();
        const std::size_t n5 = wire::CodePointLength(s4);
        if (n5 < 1) c.Fail("must not have fewer than 1 characters");
      }
    }
    if (auto it6 = v.find("restartExpectedMs"); it6 != v.end()) {
      wire::Checker::Step step(c, "restartExpectedMs");
      const nlohmann::json& v7 = *it6;
      if (!(wire::IsInteger(v7))) {
        c.Fail("must be integer");
      } else {
        const double x8 = v7.get<double>();
        if (x8 < 0) c.Fail("must be >= 0");
      }
    }
  }
}

void CheckTickEvent(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"ts"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("ts"); it2 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v3 = *it2;
      if (!(wire::IsInteger(v3))) {
        c.Fail("must be integer");
      } else {
        const double x4 = v3.get<double>();
        if (x4 < 0) c.Fail("must be >= 0");
      }
    }
  }
}

}  // namespace gateway::proto
