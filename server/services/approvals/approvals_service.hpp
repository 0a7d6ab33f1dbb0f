// The approvals domain (methods.md §13): pending exec approvals (resolve, get, list,
// waitDecision) and the approvals document (exec.approvals.get/set). Protocol <-> domain
// translation only; the registry and the store are domain/tools/exec's.
#pragma once

#include "gateway/proto/approvals_service.hpp"
#include "server/domain/tools/exec/approval_registry.hpp"
#include "server/domain/tools/exec/approvals_store.hpp"
#include "server/rpc/call_context.hpp"

namespace gateway::services {

class ApprovalsService final : public proto::ApprovalsService {
 public:
  struct Domain {
    domain::tools::ApprovalRegistry& registry;
    domain::tools::ApprovalsStore& store;
  };
  explicit ApprovalsService(Domain domain) : domain_(domain) {}

  void ExecApprovalGet(proto::ExecApprovalGetParams params, rpc::CallContext& context,
                       proto::Reply<proto::ExecApprovalGetResult> reply) override;
  void ExecApprovalList(proto::ExecApprovalListParams params, rpc::CallContext& context,
                        proto::Reply<proto::ExecApprovalListResult> reply) override;
  void ExecApprovalResolve(proto::ExecApprovalResolveParams params, rpc::CallContext& context,
                           proto::Reply<proto::ExecApprovalResolveResult> reply) override;
  void ExecApprovalWaitDecision(proto::ExecApprovalWaitDecisionParams params,
                                rpc::CallContext& context,
                                proto::Reply<proto::ExecApprovalWaitDecisionResult> reply) override;
  void ExecApprovalsGet(proto::ExecApprovalsGetParams params, rpc::CallContext& context,
                        proto::Reply<proto::ExecApprovalsSnapshot> reply) override;
  void ExecApprovalsSet(proto::ExecApprovalsSetParams params, rpc::CallContext& context,
                        proto::Reply<proto::ExecApprovalsSnapshot> reply) override;

 private:
  Domain domain_;
};

}  // namespace gateway::services
