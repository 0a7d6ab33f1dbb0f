#include "server/control/approval_clients.hpp"

#include <atomic>

#include "gateway/proto/events.hpp"

namespace gateway::control {

bool IsApprovalClient(const rpc::Peer& peer) {
  if (peer.role != proto::Role::kOperator) return false;
  if (!peer.IsAdmin() && !peer.HasScope(proto::Scope::kOperatorApprovals)) return false;
  const std::string_view id = proto::ToString(peer.connect.client.id);
  if (id == "openclaw-control-ui" || id == "openclaw-macos" || id == "openclaw-ios" ||
      id == "openclaw-android") {
    return true;
  }
  return peer.HasCap("approvals") || peer.HasCap("exec-approvals");
}

bool ApprovalClients::HasApprovalClient() const {
  bool found = false;
  registry_.ForEachClient([&](const Client& client) {
    if (client.ready.load(std::memory_order_acquire) && IsApprovalClient(*client.peer)) {
      found = true;
    }
  });
  return found;
}

void ApprovalClients::Requested(const nlohmann::json& payload) {
  proto::ExecApprovalRequestedEvent event;
  proto::Read(payload, event, "");
  rpc::Emitter(publisher_, rpc::Audience::ApprovalClients())->ExecApprovalRequested(event);
}

void ApprovalClients::Resolved(const nlohmann::json& payload) {
  proto::ExecApprovalResolvedEvent event;
  proto::Read(payload, event, "");
  rpc::Emitter(publisher_, rpc::Audience::ApprovalClients())->ExecApprovalResolved(event);
}

}  // namespace gateway::control
