// Generated from protocol/events/approvals.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/events_approvals.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, ExecApprovalRequestedEventRequest& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const ExecApprovalRequestedEventRequest& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalRequestedEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "approvalKind", ptr), nlohmann::json("exec"), wire::ChildPointer(ptr, "approvalKind"));
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "request", ptr), out.request, wire::ChildPointer(ptr, "request"));
  Read(wire::RequiredMember(j, "createdAtMs", ptr), out.created_at_ms, wire::ChildPointer(ptr, "createdAtMs"));
  Read(wire::RequiredMember(j, "expiresAtMs", ptr), out.expires_at_ms, wire::ChildPointer(ptr, "expiresAtMs"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"approvalKind", "id", "request", "createdAtMs", "expiresAtMs"});
}

nlohmann::json Write(const ExecApprovalRequestedEvent& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["approvalKind"] = nlohmann::json("exec");
  j["id"] = Write(value.id);
  j["request"] = Write(value.request);
  j["createdAtMs"] = Write(value.created_at_ms);
  j["expiresAtMs"] = Write(value.expires_at_ms);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalResolvedEventRequest& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const ExecApprovalResolvedEventRequest& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalResolvedEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "decision", ptr), out.decision, wire::ChildPointer(ptr, "decision"));
  Read(wire::RequiredMember(j, "resolvedBy", ptr), out.resolved_by, wire::ChildPointer(ptr, "resolvedBy"));
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  Read(wire::RequiredMember(j, "request", ptr), out.request, wire::ChildPointer(ptr, "request"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id", "decision", "resolvedBy", "ts", "request"});
}

nlohmann::json Write(const ExecApprovalResolvedEvent& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["id"] = Write(value.id);
  j["decision"] = Write(value.decision);
  j["resolvedBy"] = Write(value.resolved_by);
  j["ts"] = Write(value.ts);
  j["request"] = Write(value.request);
  return j;
}

}  // namespace gateway::proto
