// Generated from protocol/methods/approvals.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/methods_approvals.hpp"

#include <utility>

namespace gateway::proto {

std::string_view ToString(ExecApprovalAsk value) {
  switch (value) {
    case ExecApprovalAsk::kOff:
      return "off";
    case ExecApprovalAsk::kOnMiss:
      return "on-miss";
    case ExecApprovalAsk::kAlways:
      return "always";
  }
  return {};
}

std::optional<ExecApprovalAsk> ParseExecApprovalAsk(std::string_view text) {
  if (text == "off") return ExecApprovalAsk::kOff;
  if (text == "on-miss") return ExecApprovalAsk::kOnMiss;
  if (text == "always") return ExecApprovalAsk::kAlways;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ExecApprovalAsk& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseExecApprovalAsk(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ExecApprovalAsk value) { return std::string(ToString(value)); }

std::string_view ToString(ExecApprovalErrorReason value) {
  switch (value) {
    case ExecApprovalErrorReason::kApprovalNotFound:
      return "APPROVAL_NOT_FOUND";
    case ExecApprovalErrorReason::kApprovalAlreadyResolved:
      return "APPROVAL_ALREADY_RESOLVED";
    case ExecApprovalErrorReason::kApprovalAllowAlwaysUnavailable:
      return "APPROVAL_ALLOW_ALWAYS_UNAVAILABLE";
  }
  return {};
}

std::optional<ExecApprovalErrorReason> ParseExecApprovalErrorReason(std::string_view text) {
  if (text == "APPROVAL_NOT_FOUND") return ExecApprovalErrorReason::kApprovalNotFound;
  if (text == "APPROVAL_ALREADY_RESOLVED") return ExecApprovalErrorReason::kApprovalAlreadyResolved;
  if (text == "APPROVAL_ALLOW_ALWAYS_UNAVAILABLE") return ExecApprovalErrorReason::kApprovalAllowAlwaysUnavailable;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ExecApprovalErrorReason& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseExecApprovalErrorReason(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ExecApprovalErrorReason value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ExecApprovalErrorDetails& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "reason", ptr), out.reason, wire::ChildPointer(ptr, "reason"));
  if (auto it = j.find("remediation"); it != j.end()) Read(*it, out.remediation.emplace(), wire::ChildPointer(ptr, "remediation"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"reason", "remediation"});
}

nlohmann::json Write(const ExecApprovalErrorDetails& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["reason"] = Write(value.reason);
  if (value.remediation) j["remediation"] = Write(*value.remediation);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalGetParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"id"}, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
}

nlohmann::json Write(const ExecApprovalGetParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["id"] = Write(value.id);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalGetResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "commandText", ptr), out.command_text, wire::ChildPointer(ptr, "commandText"));
  Read(wire::RequiredMember(j, "commandPreview", ptr), out.command_preview, wire::ChildPointer(ptr, "commandPreview"));
  Read(wire::RequiredMember(j, "allowedDecisions", ptr), out.allowed_decisions, wire::ChildPointer(ptr, "allowedDecisions"));
  Read(wire::RequiredMember(j, "host", ptr), out.host, wire::ChildPointer(ptr, "host"));
  Read(wire::RequiredMember(j, "nodeId", ptr), out.node_id, wire::ChildPointer(ptr, "nodeId"));
  Read(wire::RequiredMember(j, "agentId", ptr), out.agent_id, wire::ChildPointer(ptr, "agentId"));
  Read(wire::RequiredMember(j, "expiresAtMs", ptr), out.expires_at_ms, wire::ChildPointer(ptr, "expiresAtMs"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id", "commandText", "commandPreview", "allowedDecisions", "host", "nodeId", "agentId", "expiresAtMs"});
}

nlohmann::json Write(const ExecApprovalGetResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["id"] = Write(value.id);
  j["commandText"] = Write(value.command_text);
  j["commandPreview"] = Write(value.command_preview);
  j["allowedDecisions"] = Write(value.allowed_decisions);
  j["host"] = Write(value.host);
  j["nodeId"] = Write(value.node_id);
  j["agentId"] = Write(value.agent_id);
  j["expiresAtMs"] = Write(value.expires_at_ms);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalListParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const ExecApprovalListParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalListItemRequest& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const ExecApprovalListItemRequest& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalListItem& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "request", ptr), out.request, wire::ChildPointer(ptr, "request"));
  Read(wire::RequiredMember(j, "createdAtMs", ptr), out.created_at_ms, wire::ChildPointer(ptr, "createdAtMs"));
  Read(wire::RequiredMember(j, "expiresAtMs", ptr), out.expires_at_ms, wire::ChildPointer(ptr, "expiresAtMs"));
  wire::ExpectConst(wire::RequiredMember(j, "approvalKind", ptr), nlohmann::json("exec"), wire::ChildPointer(ptr, "approvalKind"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id", "request", "createdAtMs", "expiresAtMs", "approvalKind"});
}

nlohmann::json Write(const ExecApprovalListItem& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["id"] = Write(value.id);
  j["request"] = Write(value.request);
  j["createdAtMs"] = Write(value.created_at_ms);
  j["expiresAtMs"] = Write(value.expires_at_ms);
  j["approvalKind"] = nlohmann::json("exec");
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalReviewer& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("senderId"); it != j.end()) Read(*it, out.sender_id.emplace(), wire::ChildPointer(ptr, "senderId"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"channel", "accountId", "senderId"});
}

nlohmann::json Write(const ExecApprovalReviewer& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  if (value.sender_id) j["senderId"] = Write(*value.sender_id);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalResolveParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"id", "decision", "reviewer", "grantExpiresInDays"}, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "decision", ptr), out.decision, wire::ChildPointer(ptr, "decision"));
  if (auto it = j.find("reviewer"); it != j.end()) Read(*it, out.reviewer.emplace(), wire::ChildPointer(ptr, "reviewer"));
  if (auto it = j.find("grantExpiresInDays"); it != j.end()) Read(*it, out.grant_expires_in_days.emplace(), wire::ChildPointer(ptr, "grantExpiresInDays"));
}

nlohmann::json Write(const ExecApprovalResolveParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["id"] = Write(value.id);
  j["decision"] = Write(value.decision);
  if (value.reviewer) j["reviewer"] = Write(*value.reviewer);
  if (value.grant_expires_in_days) j["grantExpiresInDays"] = Write(*value.grant_expires_in_days);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalResolveResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  (void)out;  // a closed empty object: nothing to read
  wire::RejectUnknownKeys(j, {"ok"}, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
}

nlohmann::json Write(const ExecApprovalResolveResult& value) {
  nlohmann::json j = nlohmann::json::object();
  (void)value;  // a closed empty object
  j["ok"] = nlohmann::json(true);
  return j;
}

std::string_view ToString(ExecApprovalSecurity value) {
  switch (value) {
    case ExecApprovalSecurity::kDeny:
      return "deny";
    case ExecApprovalSecurity::kAllowlist:
      return "allowlist";
    case ExecApprovalSecurity::kFull:
      return "full";
  }
  return {};
}

std::optional<ExecApprovalSecurity> ParseExecApprovalSecurity(std::string_view text) {
  if (text == "deny") return ExecApprovalSecurity::kDeny;
  if (text == "allowlist") return ExecApprovalSecurity::kAllowlist;
  if (text == "full") return ExecApprovalSecurity::kFull;
  return std::nullopt;
}

void Read(const nlohmann::json& j, ExecApprovalSecurity& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseExecApprovalSecurity(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(ExecApprovalSecurity value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, ExecApprovalWaitDecisionParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("id"); it != j.end()) Read(*it, out.id.emplace(), wire::ChildPointer(ptr, "id"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id"});
}

nlohmann::json Write(const ExecApprovalWaitDecisionParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.id) j["id"] = Write(*value.id);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalWaitDecisionResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "id", ptr), out.id, wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "decision", ptr), out.decision, wire::ChildPointer(ptr, "decision"));
  Read(wire::RequiredMember(j, "createdAtMs", ptr), out.created_at_ms, wire::ChildPointer(ptr, "createdAtMs"));
  Read(wire::RequiredMember(j, "expiresAtMs", ptr), out.expires_at_ms, wire::ChildPointer(ptr, "expiresAtMs"));
  if (auto it = j.find("terminalReason"); it != j.end()) Read(*it, out.terminal_reason.emplace(), wire::ChildPointer(ptr, "terminalReason"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"id", "decision", "createdAtMs", "expiresAtMs", "terminalReason"});
}

nlohmann::json Write(const ExecApprovalWaitDecisionResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["id"] = Write(value.id);
  j["decision"] = Write(value.decision);
  j["createdAtMs"] = Write(value.created_at_ms);
  j["expiresAtMs"] = Write(value.expires_at_ms);
  if (value.terminal_reason) j["terminalReason"] = Write(*value.terminal_reason);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalsAllowlistEntry& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"id", "pattern", "argPattern", "source", "lastUsedAt", "lastUsedCommand", "lastResolvedPath"}, ptr);
  if (auto it = j.find("id"); it != j.end()) Read(*it, out.id.emplace(), wire::ChildPointer(ptr, "id"));
  Read(wire::RequiredMember(j, "pattern", ptr), out.pattern, wire::ChildPointer(ptr, "pattern"));
  if (auto it = j.find("argPattern"); it != j.end()) Read(*it, out.arg_pattern.emplace(), wire::ChildPointer(ptr, "argPattern"));
  if (auto it = j.find("source"); it != j.end()) Read(*it, out.source.emplace(), wire::ChildPointer(ptr, "source"));
  if (auto it = j.find("lastUsedAt"); it != j.end()) Read(*it, out.last_used_at.emplace(), wire::ChildPointer(ptr, "lastUsedAt"));
  if (auto it = j.find("lastUsedCommand"); it != j.end()) Read(*it, out.last_used_command.emplace(), wire::ChildPointer(ptr, "lastUsedCommand"));
  if (auto it = j.find("lastResolvedPath"); it != j.end()) Read(*it, out.last_resolved_path.emplace(), wire::ChildPointer(ptr, "lastResolvedPath"));
}

nlohmann::json Write(const ExecApprovalsAllowlistEntry& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.id) j["id"] = Write(*value.id);
  j["pattern"] = Write(value.pattern);
  if (value.arg_pattern) j["argPattern"] = Write(*value.arg_pattern);
  if (value.source) j["source"] = Write(*value.source);
  if (value.last_used_at) j["lastUsedAt"] = Write(*value.last_used_at);
  if (value.last_used_command) j["lastUsedCommand"] = Write(*value.last_used_command);
  if (value.last_resolved_path) j["lastResolvedPath"] = Write(*value.last_resolved_path);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalsAgentMcpToolsItem& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const ExecApprovalsAgentMcpToolsItem& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalsAgent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"security", "ask", "askFallback", "autoAllowSkills", "allowlist", "mcpTools"}, ptr);
  if (auto it = j.find("security"); it != j.end()) Read(*it, out.security.emplace(), wire::ChildPointer(ptr, "security"));
  if (auto it = j.find("ask"); it != j.end()) Read(*it, out.ask.emplace(), wire::ChildPointer(ptr, "ask"));
  if (auto it = j.find("askFallback"); it != j.end()) Read(*it, out.ask_fallback.emplace(), wire::ChildPointer(ptr, "askFallback"));
  if (auto it = j.find("autoAllowSkills"); it != j.end()) Read(*it, out.auto_allow_skills.emplace(), wire::ChildPointer(ptr, "autoAllowSkills"));
  if (auto it = j.find("allowlist"); it != j.end()) Read(*it, out.allowlist.emplace(), wire::ChildPointer(ptr, "allowlist"));
  if (auto it = j.find("mcpTools"); it != j.end()) Read(*it, out.mcp_tools.emplace(), wire::ChildPointer(ptr, "mcpTools"));
}

nlohmann::json Write(const ExecApprovalsAgent& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.security) j["security"] = Write(*value.security);
  if (value.ask) j["ask"] = Write(*value.ask);
  if (value.ask_fallback) j["askFallback"] = Write(*value.ask_fallback);
  if (value.auto_allow_skills) j["autoAllowSkills"] = Write(*value.auto_allow_skills);
  if (value.allowlist) j["allowlist"] = Write(*value.allowlist);
  if (value.mcp_tools) j["mcpTools"] = Write(*value.mcp_tools);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalsSocket& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"path", "token"}, ptr);
  if (auto it = j.find("path"); it != j.end()) Read(*it, out.path.emplace(), wire::ChildPointer(ptr, "path"));
  if (auto it = j.find("token"); it != j.end()) Read(*it, out.token.emplace(), wire::ChildPointer(ptr, "token"));
}

nlohmann::json Write(const ExecApprovalsSocket& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.path) j["path"] = Write(*value.path);
  if (value.token) j["token"] = Write(*value.token);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalsDefaults& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"security", "ask", "askFallback", "autoAllowSkills"}, ptr);
  if (auto it = j.find("security"); it != j.end()) Read(*it, out.security.emplace(), wire::ChildPointer(ptr, "security"));
  if (auto it = j.find("ask"); it != j.end()) Read(*it, out.ask.emplace(), wire::ChildPointer(ptr, "ask"));
  if (auto it = j.find("askFallback"); it != j.end()) Read(*it, out.ask_fallback.emplace(), wire::ChildPointer(ptr, "askFallback"));
  if (auto it = j.find("autoAllowSkills"); it != j.end()) Read(*it, out.auto_allow_skills.emplace(), wire::ChildPointer(ptr, "autoAllowSkills"));
}

nlohmann::json Write(const ExecApprovalsDefaults& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.security) j["security"] = Write(*value.security);
  if (value.ask) j["ask"] = Write(*value.ask);
  if (value.ask_fallback) j["askFallback"] = Write(*value.ask_fallback);
  if (value.auto_allow_skills) j["autoAllowSkills"] = Write(*value.auto_allow_skills);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalsFile& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"version", "socket", "defaults", "agents"}, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "version", ptr), nlohmann::json(std::int64_t{1}), wire::ChildPointer(ptr, "version"));
  if (auto it = j.find("socket"); it != j.end()) Read(*it, out.socket.emplace(), wire::ChildPointer(ptr, "socket"));
  if (auto it = j.find("defaults"); it != j.end()) Read(*it, out.defaults.emplace(), wire::ChildPointer(ptr, "defaults"));
  if (auto it = j.find("agents"); it != j.end()) Read(*it, out.agents.emplace(), wire::ChildPointer(ptr, "agents"));
}

nlohmann::json Write(const ExecApprovalsFile& value) {
  nlohmann::json j = nlohmann::json::object();
  j["version"] = nlohmann::json(std::int64_t{1});
  if (value.socket) j["socket"] = Write(*value.socket);
  if (value.defaults) j["defaults"] = Write(*value.defaults);
  if (value.agents) j["agents"] = Write(*value.agents);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalsGetParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  (void)out;  // a closed empty object: nothing to read
  wire::RejectUnknownKeys(j, {}, ptr);
}

nlohmann::json Write(const ExecApprovalsGetParams& value) {
  nlohmann::json j = nlohmann::json::object();
  (void)value;  // a closed empty object
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalsSetParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"file", "baseHash"}, ptr);
  Read(wire::RequiredMember(j, "file", ptr), out.file, wire::ChildPointer(ptr, "file"));
  if (auto it = j.find("baseHash"); it != j.end()) Read(*it, out.base_hash.emplace(), wire::ChildPointer(ptr, "baseHash"));
}

nlohmann::json Write(const ExecApprovalsSetParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["file"] = Write(value.file);
  if (value.base_hash) j["baseHash"] = Write(*value.base_hash);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalsResolvedDefaults& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"security", "ask", "askFallback", "autoAllowSkills"}, ptr);
  Read(wire::RequiredMember(j, "security", ptr), out.security, wire::ChildPointer(ptr, "security"));
  Read(wire::RequiredMember(j, "ask", ptr), out.ask, wire::ChildPointer(ptr, "ask"));
  Read(wire::RequiredMember(j, "askFallback", ptr), out.ask_fallback, wire::ChildPointer(ptr, "askFallback"));
  Read(wire::RequiredMember(j, "autoAllowSkills", ptr), out.auto_allow_skills, wire::ChildPointer(ptr, "autoAllowSkills"));
}

nlohmann::json Write(const ExecApprovalsResolvedDefaults& value) {
  nlohmann::json j = nlohmann::json::object();
  j["security"] = Write(value.security);
  j["ask"] = Write(value.ask);
  j["askFallback"] = Write(value.ask_fallback);
  j["autoAllowSkills"] = Write(value.auto_allow_skills);
  return j;
}

void Read(const nlohmann::json& j, ExecApprovalsSnapshot& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"path", "exists", "hash", "file", "resolvedDefaults"}, ptr);
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  Read(wire::RequiredMember(j, "exists", ptr), out.exists, wire::ChildPointer(ptr, "exists"));
  Read(wire::RequiredMember(j, "hash", ptr), out.hash, wire::ChildPointer(ptr, "hash"));
  Read(wire::RequiredMember(j, "file", ptr), out.file, wire::ChildPointer(ptr, "file"));
  if (auto it = j.find("resolvedDefaults"); it != j.end()) Read(*it, out.resolved_defaults.emplace(), wire::ChildPointer(ptr, "resolvedDefaults"));
}

nlohmann::json Write(const ExecApprovalsSnapshot& value) {
  nlohmann::json j = nlohmann::json::object();
  j["path"] = Write(value.path);
  j["exists"] = Write(value.exists);
  j["hash"] = Write(value.hash);
  j["file"] = Write(value.file);
  if (value.resolved_defaults) j["resolvedDefaults"] = Write(*value.resolved_defaults);
  return j;
}

}  // namespace gateway::proto
