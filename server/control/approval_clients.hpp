// Approval clients (protocol.md §9): sockets holding operator.approvals (or admin) that are an
// approvals UI — client id openclaw-control-ui / openclaw-macos / -ios / -android, or cap
// `approvals` / `exec-approvals`. Only they receive exec.approval.* events, and whether one is
// connected decides whether an exec approval can wait at all (methods.md §13.1 step 6).
#pragma once

#include "server/control/connection_registry.hpp"
#include "server/domain/tools/exec/approval_registry.hpp"
#include "server/rpc/event_publisher.hpp"
#include "server/rpc/peer.hpp"

namespace gateway::control {

bool IsApprovalClient(const rpc::Peer& peer);

class ApprovalClients final : public domain::tools::ApprovalAudience {
 public:
  ApprovalClients(ConnectionRegistry& registry, rpc::EventPublisher& publisher)
      : registry_(registry), publisher_(publisher) {}

  bool HasApprovalClient() const override;
  void Requested(const nlohmann::json& payload) override;
  void Resolved(const nlohmann::json& payload) override;

 private:
  ConnectionRegistry& registry_;
  rpc::EventPublisher& publisher_;
};

}  // namespace gateway::control
