// Generated from protocol/methods/channels.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include <string>

#include "gateway/proto/validators.hpp"
#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

void CheckChannelAccountParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("channel")) c.Fail("must have required property 'channel'");
    if (auto it1 = v.find("channel"); it1 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v2 = *it1;
      if (!(v2.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it3 = v.find("accountId"); it3 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v4 = *it3;
      if (!(v4.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckChannelsLogoutResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("channel")) c.Fail("must have required property 'channel'");
    if (!v.contains("accountId")) c.Fail("must have required property 'accountId'");
    if (!v.contains("cleared")) c.Fail("must have required property 'cleared'");
    if (!v.contains("loggedOut")) c.Fail("must have required property 'loggedOut'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"channel", "accountId", "cleared", "loggedOut"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("channel"); it2 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("accountId"); it4 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("cleared"); it6 != v.end()) {
      wire::Checker::Step step(c, "cleared");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it8 = v.find("loggedOut"); it8 != v.end()) {
      wire::Checker::Step step(c, "loggedOut");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckChannelsPairingApproveParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("channel")) c.Fail("must have required property 'channel'");
    if (!v.contains("accountId")) c.Fail("must have required property 'accountId'");
    if (!v.contains("requestId")) c.Fail("must have required property 'requestId'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"channel", "accountId", "requestId", "notify", "bootstrapCommandOwner"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("channel"); it2 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("accountId"); it4 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("requestId"); it6 != v.end()) {
      wire::Checker::Step step(c, "requestId");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it8 = v.find("notify"); it8 != v.end()) {
      wire::Checker::Step step(c, "notify");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it10 = v.find("bootstrapCommandOwner"); it10 != v.end()) {
      wire::Checker::Step step(c, "bootstrapCommandOwner");
      const nlohmann::json& v11 = *it10;
      if (!(v11.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

void CheckChannelsPairingApproveResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("requestId")) c.Fail("must have required property 'requestId'");
    if (!v.contains("senderId")) c.Fail("must have required property 'senderId'");
    if (!v.contains("notification")) c.Fail("must have required property 'notification'");
    if (!v.contains("commandOwnerBootstrap")) c.Fail("must have required property 'commandOwnerBootstrap'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"requestId", "senderId", "notification", "commandOwnerBootstrap"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("requestId"); it2 != v.end()) {
      wire::Checker::Step step(c, "requestId");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("senderId"); it4 != v.end()) {
      wire::Checker::Step step(c, "senderId");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("notification"); it6 != v.end()) {
      wire::Checker::Step step(c, "notification");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v7.get_ref<const std::string&>(), {"not-requested", "sent", "unsupported", "failed"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
    if (auto it8 = v.find("commandOwnerBootstrap"); it8 != v.end()) {
      wire::Checker::Step step(c, "commandOwnerBootstrap");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_string())) {
        c.Fail("must be string");
      } else {
        if (!wire::IsOneOf(v9.get_ref<const std::string&>(), {"not-requested", "configured", "already-configured", "unavailable"})) {
          c.Fail("must be equal to one of the allowed values");
        }
      }
    }
  }
}

void CheckChannelsPairingDismissParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("channel")) c.Fail("must have required property 'channel'");
    if (!v.contains("accountId")) c.Fail("must have required property 'accountId'");
    if (!v.contains("requestId")) c.Fail("must have required property 'requestId'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"channel", "accountId", "requestId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("channel"); it2 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("accountId"); it4 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("requestId"); it6 != v.end()) {
      wire::Checker::Step step(c, "requestId");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckChannelsPairingDismissResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("requestId")) c.Fail("must have required property 'requestId'");
    if (!v.contains("senderId")) c.Fail("must have required property 'senderId'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"requestId", "senderId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("requestId"); it2 != v.end()) {
      wire::Checker::Step step(c, "requestId");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("senderId"); it4 != v.end()) {
      wire::Checker::Step step(c, "senderId");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckChannelsPairingListParams(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"channel", "accountId"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("channel"); it2 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("accountId"); it4 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
  }
}

void CheckChannelsPairingListResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("accounts")) c.Fail("must have required property 'accounts'");
    if (!v.contains("requests")) c.Fail("must have required property 'requests'");
    if (!v.contains("commandOwnerConfigured")) c.Fail("must have required property 'commandOwnerConfigured'");
    if (!v.contains("limits")) c.Fail("must have required property 'limits'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"accounts", "requests", "commandOwnerConfigured", "limits"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("accounts"); it2 != v.end()) {
      wire::Checker::Step step(c, "accounts");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i4 = 0; i4 < v3.size(); ++i4) {
          wire::Checker::Step step(c, i4);
          const nlohmann::json& v5 = v3[i4];
          if (!(v5.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v5.contains("channel")) c.Fail("must have required property 'channel'");
            if (!v5.contains("channelLabel")) c.Fail("must have required property 'channelLabel'");
            if (!v5.contains("accountId")) c.Fail("must have required property 'accountId'");
            if (!v5.contains("notifySupported")) c.Fail("must have required property 'notifySupported'");
            for (const auto& entry6 : v5.items()) {
              if (!wire::IsOneOf(entry6.key(), {"channel", "channelLabel", "accountId", "accountLabel", "notifySupported"})) {
                c.Fail("unexpected property '" + entry6.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
              }
            }
            if (auto it7 = v5.find("channel"); it7 != v5.end()) {
              wire::Checker::Step step(c, "channel");
              const nlohmann::json& v8 = *it7;
              if (!(v8.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it9 = v5.find("channelLabel"); it9 != v5.end()) {
              wire::Checker::Step step(c, "channelLabel");
              const nlohmann::json& v10 = *it9;
              if (!(v10.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it11 = v5.find("accountId"); it11 != v5.end()) {
              wire::Checker::Step step(c, "accountId");
              const nlohmann::json& v12 = *it11;
              if (!(v12.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it13 = v5.find("accountLabel"); it13 != v5.end()) {
              wire::Checker::Step step(c, "accountLabel");
              const nlohmann::json& v14 = *it13;
              if (!(v14.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it15 = v5.find("notifySupported"); it15 != v5.end()) {
              wire::Checker::Step step(c, "notifySupported");
              const nlohmann::json& v16 = *it15;
              if (!(v16.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it17 = v.find("requests"); it17 != v.end()) {
      wire::Checker::Step step(c, "requests");
      const nlohmann::json& v18 = *it17;
      if (!(v18.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i19 = 0; i19 < v18.size(); ++i19) {
          wire::Checker::Step step(c, i19);
          const nlohmann::json& v20 = v18[i19];
          if (!(v20.is_object())) {
            c.Fail("must be object");
          } else {
            if (!v20.contains("requestId")) c.Fail("must have required property 'requestId'");
            if (!v20.contains("channel")) c.Fail("must have required property 'channel'");
            if (!v20.contains("channelLabel")) c.Fail("must have required property 'channelLabel'");
            if (!v20.contains("accountId")) c.Fail("must have required property 'accountId'");
            if (!v20.contains("senderId")) c.Fail("must have required property 'senderId'");
            if (!v20.contains("senderLabel")) c.Fail("must have required property 'senderLabel'");
            if (!v20.contains("createdAt")) c.Fail("must have required property 'createdAt'");
            if (!v20.contains("lastSeenAt")) c.Fail("must have required property 'lastSeenAt'");
            if (!v20.contains("expiresAt")) c.Fail("must have required property 'expiresAt'");
            if (!v20.contains("notifySupported")) c.Fail("must have required property 'notifySupported'");
            for (const auto& entry21 : v20.items()) {
              if (!wire::IsOneOf(entry21.key(), {"requestId", "channel", "channelLabel", "accountId", "accountLabel", "senderId", "senderLabel", "metadata", "createdAt", "lastSeenAt", "expiresAt", "notifySupported"})) {
                c.Fail("unexpected property '" + entry21.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
              }
            }
            if (auto it22 = v20.find("requestId"); it22 != v20.end()) {
              wire::Checker::Step step(c, "requestId");
              const nlohmann::json& v23 = *it22;
              if (!(v23.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it24 = v20.find("channel"); it24 != v20.end()) {
              wire::Checker::Step step(c, "channel");
              const nlohmann::json& v25 = *it24;
              if (!(v25.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it26 = v20.find("channelLabel"); it26 != v20.end()) {
              wire::Checker::Step step(c, "channelLabel");
              const nlohmann::json& v27 = *it26;
              if (!(v27.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it28 = v20.find("accountId"); it28 != v20.end()) {
              wire::Checker::Step step(c, "accountId");
              const nlohmann::json& v29 = *it28;
              if (!(v29.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it30 = v20.find("accountLabel"); it30 != v20.end()) {
              wire::Checker::Step step(c, "accountLabel");
              const nlohmann::json& v31 = *it30;
              if (!(v31.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it32 = v20.find("senderId"); it32 != v20.end()) {
              wire::Checker::Step step(c, "senderId");
              const nlohmann::json& v33 = *it32;
              if (!(v33.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it34 = v20.find("senderLabel"); it34 != v20.end()) {
              wire::Checker::Step step(c, "senderLabel");
              const nlohmann::json& v35 = *it34;
              if (!(v35.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it36 = v20.find("metadata"); it36 != v20.end()) {
              wire::Checker::Step step(c, "metadata");
              const nlohmann::json& v37 = *it36;
              if (!(v37.is_object())) {
                c.Fail("must be object");
              } else {
              }
            }
            if (auto it38 = v20.find("createdAt"); it38 != v20.end()) {
              wire::Checker::Step step(c, "createdAt");
              const nlohmann::json& v39 = *it38;
              if (!(v39.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it40 = v20.find("lastSeenAt"); it40 != v20.end()) {
              wire::Checker::Step step(c, "lastSeenAt");
              const nlohmann::json& v41 = *it40;
              if (!(v41.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it42 = v20.find("expiresAt"); it42 != v20.end()) {
              wire::Checker::Step step(c, "expiresAt");
              const nlohmann::json& v43 = *it42;
              if (!(v43.is_string())) {
                c.Fail("must be string");
              } else {
              }
            }
            if (auto it44 = v20.find("notifySupported"); it44 != v20.end()) {
              wire::Checker::Step step(c, "notifySupported");
              const nlohmann::json& v45 = *it44;
              if (!(v45.is_boolean())) {
                c.Fail("must be boolean");
              } else {
              }
            }
          }
        }
      }
    }
    if (auto it46 = v.find("commandOwnerConfigured"); it46 != v.end()) {
      wire::Checker::Step step(c, "commandOwnerConfigured");
      const nlohmann::json& v47 = *it46;
      if (!(v47.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it48 = v.find("limits"); it48 != v.end()) {
      wire::Checker::Step step(c, "limits");
      const nlohmann::json& v49 = *it48;
      if (!(v49.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v49.contains("pendingPerAccount")) c.Fail("must have required property 'pendingPerAccount'");
        if (!v49.contains("ttlMs")) c.Fail("must have required property 'ttlMs'");
        for (const auto& entry50 : v49.items()) {
          if (!wire::IsOneOf(entry50.key(), {"pendingPerAccount", "ttlMs"})) {
            c.Fail("unexpected property '" + entry50.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it51 = v49.find("pendingPerAccount"); it51 != v49.end()) {
          wire::Checker::Step step(c, "pendingPerAccount");
          const nlohmann::json& v52 = *it51;
          if (!(wire::IsInteger(v52))) {
            c.Fail("must be integer");
          } else {
          }
        }
        if (auto it53 = v49.find("ttlMs"); it53 != v49.end()) {
          wire::Checker::Step step(c, "ttlMs");
          const nlohmann::json& v54 = *it53;
          if (!(wire::IsInteger(v54))) {
            c.Fail("must be integer");
          } else {
          }
        }
      }
    }
  }
}

void CheckChannelsStartResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("channel")) c.Fail("must have required property 'channel'");
    if (!v.contains("accountId")) c.Fail("must have required property 'accountId'");
    if (!v.contains("started")) c.Fail("must have required property 'started'");
    if (!v.contains("outcome")) c.Fail("must have required property 'outcome'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"channel", "accountId", "started", "outcome"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("channel"); it2 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("accountId"); it4 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("started"); it6 != v.end()) {
      wire::Checker::Step step(c, "started");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
    if (auto it8 = v.find("outcome"); it8 != v.end()) {
      wire::Checker::Step step(c, "outcome");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_object())) {
        c.Fail("must be object");
      } else {
        if (!v9.contains("status")) c.Fail("must have required property 'status'");
        for (const auto& entry10 : v9.items()) {
          if (!wire::IsOneOf(entry10.key(), {"status", "reason"})) {
            c.Fail("unexpected property '" + entry10.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
          }
        }
        if (auto it11 = v9.find("status"); it11 != v9.end()) {
          wire::Checker::Step step(c, "status");
          const nlohmann::json& v12 = *it11;
          if (!(v12.is_string())) {
            c.Fail("must be string");
          } else {
            if (!wire::IsOneOf(v12.get_ref<const std::string&>(), {"handed-off", "retry", "skipped"})) {
              c.Fail("must be equal to one of the allowed values");
            }
          }
        }
        if (auto it13 = v9.find("reason"); it13 != v9.end()) {
          wire::Checker::Step step(c, "reason");
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

void CheckChannelsStatusParams(const nlohmann::json& v, wire::Checker& c) {
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
    if (auto it3 = v.find("timeoutMs"); it3 != v.end()) {
      wire::Checker::Step step(c, "timeoutMs");
      const nlohmann::json& v4 = *it3;
      if (!(wire::IsInteger(v4))) {
        c.Fail("must be integer");
      } else {
        const double x5 = v4.get<double>();
        if (x5 < 0) c.Fail("must be >= 0");
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
  }
}

void CheckChannelsStatusResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("ts")) c.Fail("must have required property 'ts'");
    if (!v.contains("channelOrder")) c.Fail("must have required property 'channelOrder'");
    if (!v.contains("channelLabels")) c.Fail("must have required property 'channelLabels'");
    if (!v.contains("channels")) c.Fail("must have required property 'channels'");
    if (!v.contains("channelAccounts")) c.Fail("must have required property 'channelAccounts'");
    if (!v.contains("channelDefaultAccountId")) c.Fail("must have required property 'channelDefaultAccountId'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"ts", "channelOrder", "channelLabels", "channels", "channelAccounts", "channelDefaultAccountId", "warnings"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("ts"); it2 != v.end()) {
      wire::Checker::Step step(c, "ts");
      const nlohmann::json& v3 = *it2;
      if (!(wire::IsInteger(v3))) {
        c.Fail("must be integer");
      } else {
      }
    }
    if (auto it4 = v.find("channelOrder"); it4 != v.end()) {
      wire::Checker::Step step(c, "channelOrder");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i6 = 0; i6 < v5.size(); ++i6) {
          wire::Checker::Step step(c, i6);
          const nlohmann::json& v7 = v5[i6];
          if (!(v7.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it8 = v.find("channelLabels"); it8 != v.end()) {
      wire::Checker::Step step(c, "channelLabels");
      const nlohmann::json& v9 = *it8;
      if (!(v9.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry10 : v9.items()) {
          wire::Checker::Step step(c, entry10.key());
          const nlohmann::json& v11 = entry10.value();
          if (!(v11.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it12 = v.find("channels"); it12 != v.end()) {
      wire::Checker::Step step(c, "channels");
      const nlohmann::json& v13 = *it12;
      if (!(v13.is_object())) {
        c.Fail("must be object");
      } else {
      }
    }
    if (auto it14 = v.find("channelAccounts"); it14 != v.end()) {
      wire::Checker::Step step(c, "channelAccounts");
      const nlohmann::json& v15 = *it14;
      if (!(v15.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry16 : v15.items()) {
          wire::Checker::Step step(c, entry16.key());
          const nlohmann::json& v17 = entry16.value();
          if (!(v17.is_array())) {
            c.Fail("must be array");
          } else {
            for (std::size_t i18 = 0; i18 < v17.size(); ++i18) {
              wire::Checker::Step step(c, i18);
              const nlohmann::json& v19 = v17[i18];
              if (!(v19.is_object())) {
                c.Fail("must be object");
              } else {
                if (!v19.contains("accountId")) c.Fail("must have required property 'accountId'");
                if (auto it20 = v19.find("accountId"); it20 != v19.end()) {
                  wire::Checker::Step step(c, "accountId");
                  const nlohmann::json& v21 = *it20;
                  if (!(v21.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it22 = v19.find("enabled"); it22 != v19.end()) {
                  wire::Checker::Step step(c, "enabled");
                  const nlohmann::json& v23 = *it22;
                  if (!(v23.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
                if (auto it24 = v19.find("configured"); it24 != v19.end()) {
                  wire::Checker::Step step(c, "configured");
                  const nlohmann::json& v25 = *it24;
                  if (!(v25.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
                if (auto it26 = v19.find("running"); it26 != v19.end()) {
                  wire::Checker::Step step(c, "running");
                  const nlohmann::json& v27 = *it26;
                  if (!(v27.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
                if (auto it28 = v19.find("connected"); it28 != v19.end()) {
                  wire::Checker::Step step(c, "connected");
                  const nlohmann::json& v29 = *it28;
                  if (!(v29.is_boolean())) {
                    c.Fail("must be boolean");
                  } else {
                  }
                }
                if (auto it30 = v19.find("reconnectAttempts"); it30 != v19.end()) {
                  wire::Checker::Step step(c, "reconnectAttempts");
                  const nlohmann::json& v31 = *it30;
                  if (!(wire::IsInteger(v31))) {
                    c.Fail("must be integer");
                  } else {
                  }
                }
                if (auto it32 = v19.find("lastError"); it32 != v19.end()) {
                  wire::Checker::Step step(c, "lastError");
                  const nlohmann::json& v33 = *it32;
                  if (v33.is_null()) {
                  } else if (!(v33.is_string())) {
                    c.Fail("must be string,null");
                  } else {
                  }
                }
                if (auto it34 = v19.find("healthState"); it34 != v19.end()) {
                  wire::Checker::Step step(c, "healthState");
                  const nlohmann::json& v35 = *it34;
                  if (!(v35.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it36 = v19.find("lastInboundAt"); it36 != v19.end()) {
                  wire::Checker::Step step(c, "lastInboundAt");
                  const nlohmann::json& v37 = *it36;
                  if (v37.is_null()) {
                  } else if (!(wire::IsInteger(v37))) {
                    c.Fail("must be integer,null");
                  } else {
                  }
                }
                if (auto it38 = v19.find("lastOutboundAt"); it38 != v19.end()) {
                  wire::Checker::Step step(c, "lastOutboundAt");
                  const nlohmann::json& v39 = *it38;
                  if (v39.is_null()) {
                  } else if (!(wire::IsInteger(v39))) {
                    c.Fail("must be integer,null");
                  } else {
                  }
                }
                if (auto it40 = v19.find("mode"); it40 != v19.end()) {
                  wire::Checker::Step step(c, "mode");
                  const nlohmann::json& v41 = *it40;
                  if (!(v41.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it42 = v19.find("dmPolicy"); it42 != v19.end()) {
                  wire::Checker::Step step(c, "dmPolicy");
                  const nlohmann::json& v43 = *it42;
                  if (!(v43.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it44 = v19.find("tokenSource"); it44 != v19.end()) {
                  wire::Checker::Step step(c, "tokenSource");
                  const nlohmann::json& v45 = *it44;
                  if (!(v45.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it46 = v19.find("username"); it46 != v19.end()) {
                  wire::Checker::Step step(c, "username");
                  const nlohmann::json& v47 = *it46;
                  if (!(v47.is_string())) {
                    c.Fail("must be string");
                  } else {
                  }
                }
                if (auto it48 = v19.find("probe"); it48 != v19.end()) {
                  wire::Checker::Step step(c, "probe");
                  const nlohmann::json& v49 = *it48;
                  if (!(v49.is_object())) {
                    c.Fail("must be object");
                  } else {
                    if (!v49.contains("ok")) c.Fail("must have required property 'ok'");
                    if (!v49.contains("elapsedMs")) c.Fail("must have required property 'elapsedMs'");
                    if (auto it50 = v49.find("ok"); it50 != v49.end()) {
                      wire::Checker::Step step(c, "ok");
                      const nlohmann::json& v51 = *it50;
                      if (!(v51.is_boolean())) {
                        c.Fail("must be boolean");
                      } else {
                      }
                    }
                    if (auto it52 = v49.find("elapsedMs"); it52 != v49.end()) {
                      wire::Checker::Step step(c, "elapsedMs");
                      const nlohmann::json& v53 = *it52;
                      if (!(wire::IsInteger(v53))) {
                        c.Fail("must be integer");
                      } else {
                      }
                    }
                    if (auto it54 = v49.find("error"); it54 != v49.end()) {
                      wire::Checker::Step step(c, "error");
                      const nlohmann::json& v55 = *it54;
                      if (!(v55.is_string())) {
                        c.Fail("must be string");
                      } else {
                      }
                    }
                    if (auto it56 = v49.find("bot"); it56 != v49.end()) {
                      wire::Checker::Step step(c, "bot");
                      const nlohmann::json& v57 = *it56;
                      if (!(v57.is_object())) {
                        c.Fail("must be object");
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
    if (auto it58 = v.find("channelDefaultAccountId"); it58 != v.end()) {
      wire::Checker::Step step(c, "channelDefaultAccountId");
      const nlohmann::json& v59 = *it58;
      if (!(v59.is_object())) {
        c.Fail("must be object");
      } else {
        for (const auto& entry60 : v59.items()) {
          wire::Checker::Step step(c, entry60.key());
          const nlohmann::json& v61 = entry60.value();
          if (!(v61.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
    if (auto it62 = v.find("warnings"); it62 != v.end()) {
      wire::Checker::Step step(c, "warnings");
      const nlohmann::json& v63 = *it62;
      if (!(v63.is_array())) {
        c.Fail("must be array");
      } else {
        for (std::size_t i64 = 0; i64 < v63.size(); ++i64) {
          wire::Checker::Step step(c, i64);
          const nlohmann::json& v65 = v63[i64];
          if (!(v65.is_string())) {
            c.Fail("must be string");
          } else {
          }
        }
      }
    }
  }
}

void CheckChannelsStopResult(const nlohmann::json& v, wire::Checker& c) {
  if (!(v.is_object())) {
    c.Fail("must be object");
  } else {
    if (!v.contains("channel")) c.Fail("must have required property 'channel'");
    if (!v.contains("accountId")) c.Fail("must have required property 'accountId'");
    if (!v.contains("stopped")) c.Fail("must have required property 'stopped'");
    for (const auto& entry1 : v.items()) {
      if (!wire::IsOneOf(entry1.key(), {"channel", "accountId", "stopped"})) {
        c.Fail("unexpected property '" + entry1.key() + "'", wire::ValidationError::Kind::kUnexpectedProperty);
      }
    }
    if (auto it2 = v.find("channel"); it2 != v.end()) {
      wire::Checker::Step step(c, "channel");
      const nlohmann::json& v3 = *it2;
      if (!(v3.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it4 = v.find("accountId"); it4 != v.end()) {
      wire::Checker::Step step(c, "accountId");
      const nlohmann::json& v5 = *it4;
      if (!(v5.is_string())) {
        c.Fail("must be string");
      } else {
      }
    }
    if (auto it6 = v.find("stopped"); it6 != v.end()) {
      wire::Checker::Step step(c, "stopped");
      const nlohmann::json& v7 = *it6;
      if (!(v7.is_boolean())) {
        c.Fail("must be boolean");
      } else {
      }
    }
  }
}

}  // namespace gateway::proto
