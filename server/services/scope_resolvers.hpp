// The dynamic scopes of the generated dispatcher (protocol `scope: {resolver: …}`): which scope a
// call needs, decided from its raw params before they are validated.
#pragma once

#include "gateway/proto/dispatcher.hpp"

namespace gateway::services {

class ScopeResolvers final : public proto::ScopeResolvers {
 public:
  // operator.write when every key is in the write set, permissionMode is not "full" and
  // sandboxMode is absent; otherwise operator.admin (methods.md §5 sessions.patch).
  proto::Scope SessionsPatch(const nlohmann::json& params) const override;
  // operator.write for archivedOnly:true with only key, agentId, deleteTranscript,
  // expectedSessionId, archivedOnly; otherwise operator.admin.
  proto::Scope SessionsDelete(const nlohmann::json& params) const override;
  // operator.admin when the message is a /new or /reset command (methods.md §1), else
  // operator.write.
  proto::Scope Agent(const nlohmann::json& params) const override;
  // operator.admin with bootstrapCommandOwner:true (it writes commands.ownerAllowFrom), else
  // operator.pairing (methods.md §3).
  proto::Scope ChannelsPairingApprove(const nlohmann::json& params) const override;
};

}  // namespace gateway::services
