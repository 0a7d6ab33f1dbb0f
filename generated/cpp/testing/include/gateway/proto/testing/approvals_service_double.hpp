// Generated from protocol/methods/approvals.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Test doubles of the approvals domain (link gateway_proto_testing; tests only).
#pragma once

#include <utility>

#include "gateway/proto/approvals_service.hpp"
#include "gateway/proto/testing/service_testing.hpp"

namespace gateway::proto::testing {

// A ApprovalsService whose methods record their typed params and answer as scripted, one
// MethodDouble per method: `double.exec_approval_get.Returns(result)`, then `.calls()`.
class ApprovalsServiceDouble : public ApprovalsService {
 public:
  MethodDouble<ExecApprovalGetParams, Reply<ExecApprovalGetResult>> exec_approval_get{"exec.approval.get"};
  MethodDouble<ExecApprovalListParams, Reply<ExecApprovalListResult>> exec_approval_list{"exec.approval.list"};
  MethodDouble<ExecApprovalResolveParams, Reply<ExecApprovalResolveResult>> exec_approval_resolve{"exec.approval.resolve"};
  MethodDouble<ExecApprovalWaitDecisionParams, Reply<ExecApprovalWaitDecisionResult>> exec_approval_wait_decision{"exec.approval.waitDecision"};
  MethodDouble<ExecApprovalsGetParams, Reply<ExecApprovalsSnapshot>> exec_approvals_get{"exec.approvals.get"};
  MethodDouble<ExecApprovalsSetParams, Reply<ExecApprovalsSnapshot>> exec_approvals_set{"exec.approvals.set"};

  void ExecApprovalGet(ExecApprovalGetParams params, rpc::CallContext&, Reply<ExecApprovalGetResult> reply) override {
    exec_approval_get.Handle(std::move(params), std::move(reply));
  }

  void ExecApprovalList(ExecApprovalListParams params, rpc::CallContext&, Reply<ExecApprovalListResult> reply) override {
    exec_approval_list.Handle(std::move(params), std::move(reply));
  }

  void ExecApprovalResolve(ExecApprovalResolveParams params, rpc::CallContext&, Reply<ExecApprovalResolveResult> reply) override {
    exec_approval_resolve.Handle(std::move(params), std::move(reply));
  }

  void ExecApprovalWaitDecision(ExecApprovalWaitDecisionParams params, rpc::CallContext&, Reply<ExecApprovalWaitDecisionResult> reply) override {
    exec_approval_wait_decision.Handle(std::move(params), std::move(reply));
  }

  void ExecApprovalsGet(ExecApprovalsGetParams params, rpc::CallContext&, Reply<ExecApprovalsSnapshot> reply) override {
    exec_approvals_get.Handle(std::move(params), std::move(reply));
  }

  void ExecApprovalsSet(ExecApprovalsSetParams params, rpc::CallContext&, Reply<ExecApprovalsSnapshot> reply) override {
    exec_approvals_set.Handle(std::move(params), std::move(reply));
  }
};

// Calls service.ExecApprovalGet (exec.approval.get) with `context`; the outcome holds its answer.
inline CallOutcome<ExecApprovalGetResult> CallExecApprovalGet(ApprovalsService& service, ExecApprovalGetParams params, rpc::CallContext& context) {
  return Invoke(service, &ApprovalsService::ExecApprovalGet, std::move(params), context);
}

// Calls service.ExecApprovalList (exec.approval.list) with `context`; the outcome holds its answer.
inline CallOutcome<ExecApprovalListResult> CallExecApprovalList(ApprovalsService& service, ExecApprovalListParams params, rpc::CallContext& context) {
  return Invoke(service, &ApprovalsService::ExecApprovalList, std::move(params), context);
}

// Calls service.ExecApprovalResolve (exec.approval.resolve) with `context`; the outcome holds its answer.
inline CallOutcome<ExecApprovalResolveResult> CallExecApprovalResolve(ApprovalsService& service, ExecApprovalResolveParams params, rpc::CallContext& context) {
  return Invoke(service, &ApprovalsService::ExecApprovalResolve, std::move(params), context);
}

// Calls service.ExecApprovalWaitDecision (exec.approval.waitDecision) with `context`; the outcome holds its answer.
inline CallOutcome<ExecApprovalWaitDecisionResult> CallExecApprovalWaitDecision(ApprovalsService& service, ExecApprovalWaitDecisionParams params, rpc::CallContext& context) {
  return Invoke(service, &ApprovalsService::ExecApprovalWaitDecision, std::move(params), context);
}

// Calls service.ExecApprovalsGet (exec.approvals.get) with `context`; the outcome holds its answer.
inline CallOutcome<ExecApprovalsSnapshot> CallExecApprovalsGet(ApprovalsService& service, ExecApprovalsGetParams params, rpc::CallContext& context) {
  return Invoke(service, &ApprovalsService::ExecApprovalsGet, std::move(params), context);
}

// Calls service.ExecApprovalsSet (exec.approvals.set) with `context`; the outcome holds its answer.
inline CallOutcome<ExecApprovalsSnapshot> CallExecApprovalsSet(ApprovalsService& service, ExecApprovalsSetParams params, rpc::CallContext& context) {
  return Invoke(service, &ApprovalsService::ExecApprovalsSet, std::move(params), context);
}

}  // namespace gateway::proto::testing
