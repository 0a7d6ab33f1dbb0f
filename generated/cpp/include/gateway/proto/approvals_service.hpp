// Generated from protocol/methods/approvals.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/rpc.hpp"
#include "gateway/proto/methods_approvals.hpp"

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// Handlers of the approvals domain. Implement every method; answer through `reply`, now or
// later, from any thread.
class ApprovalsService {
 public:
  virtual ~ApprovalsService() = default;

  // exec.approval.get: A pending approval by id or unique prefix.
  virtual void ExecApprovalGet(ExecApprovalGetParams params, rpc::CallContext& context, Reply<ExecApprovalGetResult> reply) = 0;

  // exec.approval.list: The pending exec approvals visible to the caller (a JSON array).
  virtual void ExecApprovalList(ExecApprovalListParams params, rpc::CallContext& context, Reply<ExecApprovalListResult> reply) = 0;

  // exec.approval.resolve: Decide a pending exec approval: allow-once, allow-always (persists an allowlist entry) or deny. id may be a unique prefix (the 8-char slug). Re-resolving with the same decision is ok.
  virtual void ExecApprovalResolve(ExecApprovalResolveParams params, rpc::CallContext& context, Reply<ExecApprovalResolveResult> reply) = 0;

  // exec.approval.waitDecision: Waits until the approval is decided or expires (no timeout parameter).
  virtual void ExecApprovalWaitDecision(ExecApprovalWaitDecisionParams params, rpc::CallContext& context, Reply<ExecApprovalWaitDecisionResult> reply) = 0;

  // exec.approvals.get: The approvals document (host exec policy), socket token redacted; ensures socket.path/token exist first.
  virtual void ExecApprovalsGet(ExecApprovalsGetParams params, rpc::CallContext& context, Reply<ExecApprovalsSnapshot> reply) = 0;

  // exec.approvals.set: Replaces the approvals document. baseHash (the hash from get) is required once the document exists.
  virtual void ExecApprovalsSet(ExecApprovalsSetParams params, rpc::CallContext& context, Reply<ExecApprovalsSnapshot> reply) = 0;
};

}  // namespace gateway::proto
