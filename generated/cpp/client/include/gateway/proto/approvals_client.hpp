// Generated from protocol/methods/approvals.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed calls of the approvals domain over client::GatewayClient (link gateway_client).
#pragma once

#include <chrono>
#include <optional>

#include "gateway/client/typed_call.hpp"
#include "gateway/proto/methods_approvals.hpp"

namespace gateway::proto {

// One method per approvals method: typed params in, the typed result or the gateway's error out
// (client::TypedResult). Throws client::GatewayError as GatewayClient::Call does.
class ApprovalsClient {
 public:
  explicit ApprovalsClient(client::GatewayClient& client) : client_(client) {}

  // exec.approval.get: A pending approval by id or unique prefix.
  client::TypedResult<ExecApprovalGetResult> ExecApprovalGet(const ExecApprovalGetParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ExecApprovalGetResult>(client_, "exec.approval.get", Write(params), false, timeout);
  }

  // exec.approval.list: The pending exec approvals visible to the caller (a JSON array).
  client::TypedResult<ExecApprovalListResult> ExecApprovalList(const ExecApprovalListParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ExecApprovalListResult>(client_, "exec.approval.list", Write(params), false, timeout);
  }

  // exec.approval.resolve: Decide a pending exec approval: allow-once, allow-always (persists an allowlist entry) or deny. id may be a unique prefix (the 8-char slug). Re-resolving with the same decision is ok.
  client::TypedResult<ExecApprovalResolveResult> ExecApprovalResolve(const ExecApprovalResolveParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ExecApprovalResolveResult>(client_, "exec.approval.resolve", Write(params), false, timeout);
  }

  // exec.approval.waitDecision: Waits until the approval is decided or expires (no timeout parameter).
  client::TypedResult<ExecApprovalWaitDecisionResult> ExecApprovalWaitDecision(const ExecApprovalWaitDecisionParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ExecApprovalWaitDecisionResult>(client_, "exec.approval.waitDecision", Write(params), false, timeout);
  }

  // exec.approvals.get: The approvals document (host exec policy), socket token redacted; ensures socket.path/token exist first.
  client::TypedResult<ExecApprovalsSnapshot> ExecApprovalsGet(const ExecApprovalsGetParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ExecApprovalsSnapshot>(client_, "exec.approvals.get", Write(params), false, timeout);
  }

  // exec.approvals.set: Replaces the approvals document. baseHash (the hash from get) is required once the document exists.
  client::TypedResult<ExecApprovalsSnapshot> ExecApprovalsSet(const ExecApprovalsSetParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ExecApprovalsSnapshot>(client_, "exec.approvals.set", Write(params), false, timeout);
  }

 private:
  client::GatewayClient& client_;
};

}  // namespace gateway::proto
