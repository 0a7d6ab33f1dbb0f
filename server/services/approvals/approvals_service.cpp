#include "server/services/approvals/approvals_service.hpp"

#include <memory>

namespace gateway::services {
namespace {

namespace dt = domain::tools;
using nlohmann::json;

constexpr std::string_view kNotFound = "unknown or expired approval id";
constexpr std::string_view kRemediation =
    "Re-request the action; pending approvals are cleared after expiry or restart.";

proto::ErrorShape Invalid(std::string message) {
  return proto::MakeError(proto::ErrorCode::kInvalidRequest, std::move(message));
}

proto::ErrorShape Invalid(std::string message, proto::ExecApprovalErrorReason reason,
                          std::optional<std::string> remediation = std::nullopt) {
  proto::ExecApprovalErrorDetails details;
  details.reason = reason;
  details.remediation = std::move(remediation);
  return proto::MakeError(proto::ErrorCode::kInvalidRequest, std::move(message), details);
}

proto::ErrorShape NotFound() {
  return Invalid(std::string(kNotFound), proto::ExecApprovalErrorReason::kApprovalNotFound,
                 std::string(kRemediation));
}

proto::ExecApprovalsSnapshot ToWire(const dt::ApprovalsSnapshot& snapshot) {
  proto::ExecApprovalsSnapshot out;
  out.path = snapshot.path;
  out.exists = snapshot.exists;
  out.hash = snapshot.hash;
  proto::Read(snapshot.file, out.file, "/file");
  proto::ExecApprovalsResolvedDefaults defaults;
  defaults.security = *proto::ParseExecApprovalSecurity(dt::ToString(snapshot.defaults.security));
  defaults.ask = *proto::ParseExecApprovalAsk(dt::ToString(snapshot.defaults.ask));
  defaults.ask_fallback =
      *proto::ParseExecApprovalSecurity(dt::ToString(snapshot.defaults.ask_fallback));
  defaults.auto_allow_skills = snapshot.defaults.auto_allow_skills;
  out.resolved_defaults = defaults;
  return out;
}

std::optional<std::string> NullableString(const json& request, const char* key) {
  auto it = request.find(key);
  if (it == request.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// "<client displayName ?? client id>" of the resolving connection.
std::string ResolverName(const rpc::Peer& peer) {
  const auto& client = peer.connect.client;
  if (client.display_name && !client.display_name->empty()) return *client.display_name;
  return std::string(proto::ToString(client.id));
}

}  // namespace

void ApprovalsService::ExecApprovalGet(proto::ExecApprovalGetParams params, rpc::CallContext&,
                                       proto::Reply<proto::ExecApprovalGetResult> reply) {
  auto record = domain_.registry.Find(params.id, true);
  if (!record) return reply.Fail(Invalid(std::string(kNotFound)));
  const json& request = record->request;
  proto::ExecApprovalGetResult result;
  result.id = record->id;
  result.command_text = request.value("command", "");
  result.command_preview = result.command_text;
  for (const auto& decision : request.value("allowedDecisions", json::array())) {
    result.allowed_decisions.push_back(decision.get<std::string>());
  }
  result.host = NullableString(request, "host");
  result.node_id = NullableString(request, "nodeId");
  result.agent_id = NullableString(request, "agentId");
  result.expires_at_ms = record->expires_ms;
  reply.Ok(result);
}

void ApprovalsService::ExecApprovalList(proto::ExecApprovalListParams, rpc::CallContext&,
                                        proto::Reply<proto::ExecApprovalListResult> reply) {
  proto::ExecApprovalListResult result;
  for (const auto& record : domain_.registry.Pending()) {
    proto::ExecApprovalListItem item;
    item.id = record.id;
    item.request.unknown_fields = record.request;
    item.created_at_ms = record.created_ms;
    item.expires_at_ms = record.expires_ms;
    result.push_back(std::move(item));
  }
  reply.Ok(result);
}

void ApprovalsService::ExecApprovalResolve(proto::ExecApprovalResolveParams params,
                                           rpc::CallContext& context,
                                           proto::Reply<proto::ExecApprovalResolveResult> reply) {
  const auto& decision = params.decision;
  if (decision != "allow-once" && decision != "allow-always" && decision != "deny") {
    return reply.Fail(Invalid("invalid decision"));
  }
  using Error = dt::ApprovalRegistry::ResolveError;
  const auto error = domain_.registry.Resolve(params.id, decision, ResolverName(context.peer()));
  if (!error) return reply.Ok(proto::ExecApprovalResolveResult{});
  switch (*error) {
    case Error::kAmbiguous:
      return reply.Fail(Invalid("ambiguous approval id prefix; use the full id"));
    case Error::kAlreadyResolved:
      return reply.Fail(Invalid("approval already resolved",
                                proto::ExecApprovalErrorReason::kApprovalAlreadyResolved));
    case Error::kAllowAlwaysUnavailable:
      return reply.Fail(Invalid("allow-always is unavailable for this command",
                                proto::ExecApprovalErrorReason::kApprovalAllowAlwaysUnavailable));
    case Error::kNotFound:
      break;
  }
  reply.Fail(NotFound());
}

void ApprovalsService::ExecApprovalWaitDecision(
    proto::ExecApprovalWaitDecisionParams params, rpc::CallContext&,
    proto::Reply<proto::ExecApprovalWaitDecisionResult> reply) {
  if (!params.id || params.id->empty()) return reply.Fail(Invalid("id is required"));
  auto record = domain_.registry.Find(*params.id, false);
  if (!record) return reply.Fail(Invalid("approval expired or not found"));
  auto shared =
      std::make_shared<proto::Reply<proto::ExecApprovalWaitDecisionResult>>(std::move(reply));
  domain_.registry.WaitDecision(record->id, [shared](dt::ApprovalRecord decided) {
    proto::ExecApprovalWaitDecisionResult result;
    result.id = decided.id;
    result.decision = decided.terminal_reason == "user" ? decided.decision : std::nullopt;
    result.created_at_ms = decided.created_ms;
    result.expires_at_ms = decided.expires_ms;
    if (decided.terminal_reason == "run-aborted") result.terminal_reason = "run-aborted";
    shared->Ok(result);
  });
}

void ApprovalsService::ExecApprovalsGet(proto::ExecApprovalsGetParams, rpc::CallContext& context,
                                        proto::Reply<proto::ExecApprovalsSnapshot> reply) {
  auto shared = std::make_shared<proto::Reply<proto::ExecApprovalsSnapshot>>(std::move(reply));
  auto& store = domain_.store;
  context.executor().Post([shared, &store] {
    try {
      shared->Ok(ToWire(store.Get()));
    } catch (const std::exception& error) {
      shared->Fail(proto::MakeError(proto::ErrorCode::kUnavailable,
                                    std::string("exec approvals unavailable: ") + error.what()));
    }
  });
}

void ApprovalsService::ExecApprovalsSet(proto::ExecApprovalsSetParams params,
                                        rpc::CallContext& context,
                                        proto::Reply<proto::ExecApprovalsSnapshot> reply) {
  auto shared = std::make_shared<proto::Reply<proto::ExecApprovalsSnapshot>>(std::move(reply));
  auto& store = domain_.store;
  context.executor().Post([shared, &store, params = std::move(params)]() mutable {
    try {
      auto set = store.Set(proto::Write(params.file), std::move(params.base_hash));
      if (set) return shared->Ok(ToWire(*set));
      if (set.error().error == dt::ApprovalsStore::SetError::kStorage) {
        return shared->Fail(proto::MakeError(proto::ErrorCode::kUnavailable,
                                             "exec approvals unavailable: " + set.error().message));
      }
      shared->Fail(Invalid(set.error().message));
    } catch (const std::exception& error) {
      shared->Fail(proto::MakeError(proto::ErrorCode::kUnavailable,
                                    std::string("exec approvals unavailable: ") + error.what()));
    }
  });
}

}  // namespace gateway::services
