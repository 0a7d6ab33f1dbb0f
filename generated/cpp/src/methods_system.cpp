// Generated from protocol/methods/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/methods_system.hpp"

#include <utility>

namespace gateway::proto {

void Read(const nlohmann::json& j, GatewayIdentityGetParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const GatewayIdentityGetParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, GatewayIdentityGetResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "deviceId", ptr), out.device_id, wire::ChildPointer(ptr, "deviceId"));
  Read(wire::RequiredMember(j, "publicKey", ptr), out.public_key, wire::ChildPointer(ptr, "publicKey"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"deviceId", "publicKey"});
}

nlohmann::json Write(const GatewayIdentityGetResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["deviceId"] = Write(value.device_id);
  j["publicKey"] = Write(value.public_key);
  return j;
}

void Read(const nlohmann::json& j, GatewayRestartRequestParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("reason"); it != j.end()) Read(*it, out.reason.emplace(), wire::ChildPointer(ptr, "reason"));
  if (auto it = j.find("skipDeferral"); it != j.end()) Read(*it, out.skip_deferral.emplace(), wire::ChildPointer(ptr, "skipDeferral"));
  if (auto it = j.find("target"); it != j.end()) Read(*it, out.target.emplace(), wire::ChildPointer(ptr, "target"));
  if (auto it = j.find("restartIntent"); it != j.end()) Read(*it, out.restart_intent.emplace(), wire::ChildPointer(ptr, "restartIntent"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"reason", "skipDeferral", "target", "restartIntent"});
}

nlohmann::json Write(const GatewayRestartRequestParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.reason) j["reason"] = Write(*value.reason);
  if (value.skip_deferral) j["skipDeferral"] = Write(*value.skip_deferral);
  if (value.target) j["target"] = Write(*value.target);
  if (value.restart_intent) j["restartIntent"] = Write(*value.restart_intent);
  return j;
}

void Read(const nlohmann::json& j, RestartPreflightCounts& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "queueSize", ptr), out.queue_size, wire::ChildPointer(ptr, "queueSize"));
  Read(wire::RequiredMember(j, "pendingReplies", ptr), out.pending_replies, wire::ChildPointer(ptr, "pendingReplies"));
  Read(wire::RequiredMember(j, "embeddedRuns", ptr), out.embedded_runs, wire::ChildPointer(ptr, "embeddedRuns"));
  Read(wire::RequiredMember(j, "cronRuns", ptr), out.cron_runs, wire::ChildPointer(ptr, "cronRuns"));
  Read(wire::RequiredMember(j, "backgroundExecSessions", ptr), out.background_exec_sessions, wire::ChildPointer(ptr, "backgroundExecSessions"));
  Read(wire::RequiredMember(j, "rootRequests", ptr), out.root_requests, wire::ChildPointer(ptr, "rootRequests"));
  Read(wire::RequiredMember(j, "activeTasks", ptr), out.active_tasks, wire::ChildPointer(ptr, "activeTasks"));
  Read(wire::RequiredMember(j, "totalActive", ptr), out.total_active, wire::ChildPointer(ptr, "totalActive"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"queueSize", "pendingReplies", "embeddedRuns", "cronRuns", "backgroundExecSessions", "rootRequests", "activeTasks", "totalActive"});
}

nlohmann::json Write(const RestartPreflightCounts& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["queueSize"] = Write(value.queue_size);
  j["pendingReplies"] = Write(value.pending_replies);
  j["embeddedRuns"] = Write(value.embedded_runs);
  j["cronRuns"] = Write(value.cron_runs);
  j["backgroundExecSessions"] = Write(value.background_exec_sessions);
  j["rootRequests"] = Write(value.root_requests);
  j["activeTasks"] = Write(value.active_tasks);
  j["totalActive"] = Write(value.total_active);
  return j;
}

void Read(const nlohmann::json& j, RestartBlocker& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "kind", ptr), out.kind, wire::ChildPointer(ptr, "kind"));
  Read(wire::RequiredMember(j, "count", ptr), out.count, wire::ChildPointer(ptr, "count"));
  if (auto it = j.find("message"); it != j.end()) Read(*it, out.message.emplace(), wire::ChildPointer(ptr, "message"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"kind", "count", "message"});
}

nlohmann::json Write(const RestartBlocker& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["kind"] = Write(value.kind);
  j["count"] = Write(value.count);
  if (value.message) j["message"] = Write(*value.message);
  return j;
}

void Read(const nlohmann::json& j, RestartPreflight& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "safe", ptr), out.safe, wire::ChildPointer(ptr, "safe"));
  Read(wire::RequiredMember(j, "counts", ptr), out.counts, wire::ChildPointer(ptr, "counts"));
  Read(wire::RequiredMember(j, "blockers", ptr), out.blockers, wire::ChildPointer(ptr, "blockers"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"safe", "counts", "blockers"});
}

nlohmann::json Write(const RestartPreflight& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["safe"] = Write(value.safe);
  j["counts"] = Write(value.counts);
  j["blockers"] = Write(value.blockers);
  return j;
}

std::string_view ToString(GatewayRestartRequestResultStatus value) {
  switch (value) {
    case GatewayRestartRequestResultStatus::kScheduled:
      return "scheduled";
    case GatewayRestartRequestResultStatus::kDeferred:
      return "deferred";
    case GatewayRestartRequestResultStatus::kCoalesced:
      return "coalesced";
  }
  return {};
}

std::optional<GatewayRestartRequestResultStatus> ParseGatewayRestartRequestResultStatus(std::string_view text) {
  if (text == "scheduled") return GatewayRestartRequestResultStatus::kScheduled;
  if (text == "deferred") return GatewayRestartRequestResultStatus::kDeferred;
  if (text == "coalesced") return GatewayRestartRequestResultStatus::kCoalesced;
  return std::nullopt;
}

void Read(const nlohmann::json& j, GatewayRestartRequestResultStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseGatewayRestartRequestResultStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(GatewayRestartRequestResultStatus value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, GatewayRestartRequestResultRestart& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const GatewayRestartRequestResultRestart& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, GatewayRestartRequestResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
  Read(wire::RequiredMember(j, "preflight", ptr), out.preflight, wire::ChildPointer(ptr, "preflight"));
  Read(wire::RequiredMember(j, "restart", ptr), out.restart, wire::ChildPointer(ptr, "restart"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "status", "preflight", "restart"});
}

nlohmann::json Write(const GatewayRestartRequestResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  j["status"] = Write(value.status);
  j["preflight"] = Write(value.preflight);
  j["restart"] = Write(value.restart);
  return j;
}

void Read(const nlohmann::json& j, HealthParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("probe"); it != j.end()) Read(*it, out.probe.emplace(), wire::ChildPointer(ptr, "probe"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"probe"});
}

nlohmann::json Write(const HealthParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.probe) j["probe"] = Write(*value.probe);
  return j;
}

void Read(const nlohmann::json& j, LastHeartbeatParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const LastHeartbeatParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

void Read(const nlohmann::json& j, LogsTailParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"cursor", "limit", "maxBytes"}, ptr);
  if (auto it = j.find("cursor"); it != j.end()) Read(*it, out.cursor.emplace(), wire::ChildPointer(ptr, "cursor"));
  if (auto it = j.find("limit"); it != j.end()) Read(*it, out.limit.emplace(), wire::ChildPointer(ptr, "limit"));
  if (auto it = j.find("maxBytes"); it != j.end()) Read(*it, out.max_bytes.emplace(), wire::ChildPointer(ptr, "maxBytes"));
}

nlohmann::json Write(const LogsTailParams& value) {
  nlohmann::json j = nlohmann::json::object();
  if (value.cursor) j["cursor"] = Write(*value.cursor);
  if (value.limit) j["limit"] = Write(*value.limit);
  if (value.max_bytes) j["maxBytes"] = Write(*value.max_bytes);
  return j;
}

void Read(const nlohmann::json& j, LogsTailResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"file", "cursor", "size", "lines", "truncated", "reset", "skippedBytes"}, ptr);
  Read(wire::RequiredMember(j, "file", ptr), out.file, wire::ChildPointer(ptr, "file"));
  Read(wire::RequiredMember(j, "cursor", ptr), out.cursor, wire::ChildPointer(ptr, "cursor"));
  Read(wire::RequiredMember(j, "size", ptr), out.size, wire::ChildPointer(ptr, "size"));
  Read(wire::RequiredMember(j, "lines", ptr), out.lines, wire::ChildPointer(ptr, "lines"));
  if (auto it = j.find("truncated"); it != j.end()) Read(*it, out.truncated.emplace(), wire::ChildPointer(ptr, "truncated"));
  if (auto it = j.find("reset"); it != j.end()) Read(*it, out.reset.emplace(), wire::ChildPointer(ptr, "reset"));
  if (auto it = j.find("skippedBytes"); it != j.end()) Read(*it, out.skipped_bytes.emplace(), wire::ChildPointer(ptr, "skippedBytes"));
}

nlohmann::json Write(const LogsTailResult& value) {
  nlohmann::json j = nlohmann::json::object();
  j["file"] = Write(value.file);
  j["cursor"] = Write(value.cursor);
  j["size"] = Write(value.size);
  j["lines"] = Write(value.lines);
  if (value.truncated) j["truncated"] = Write(*value.truncated);
  if (value.reset) j["reset"] = Write(*value.reset);
  if (value.skipped_bytes) j["skippedBytes"] = Write(*value.skipped_bytes);
  return j;
}

void Read(const nlohmann::json& j, SetHeartbeatsParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"enabled"}, ptr);
  Read(wire::RequiredMember(j, "enabled", ptr), out.enabled, wire::ChildPointer(ptr, "enabled"));
}

nlohmann::json Write(const SetHeartbeatsParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["enabled"] = Write(value.enabled);
  return j;
}

void Read(const nlohmann::json& j, SetHeartbeatsResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  Read(wire::RequiredMember(j, "enabled", ptr), out.enabled, wire::ChildPointer(ptr, "enabled"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok", "enabled"});
}

nlohmann::json Write(const SetHeartbeatsResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  j["enabled"] = Write(value.enabled);
  return j;
}

void Read(const nlohmann::json& j, StatusParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("includeChannelSummary"); it != j.end()) Read(*it, out.include_channel_summary.emplace(), wire::ChildPointer(ptr, "includeChannelSummary"));
  if (auto it = j.find("includeCliProjection"); it != j.end()) Read(*it, out.include_cli_projection.emplace(), wire::ChildPointer(ptr, "includeCliProjection"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"includeChannelSummary", "includeCliProjection"});
}

nlohmann::json Write(const StatusParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.include_channel_summary) j["includeChannelSummary"] = Write(*value.include_channel_summary);
  if (value.include_cli_projection) j["includeCliProjection"] = Write(*value.include_cli_projection);
  return j;
}

void Read(const nlohmann::json& j, StatusHeartbeatAgent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "agentId", ptr), out.agent_id, wire::ChildPointer(ptr, "agentId"));
  Read(wire::RequiredMember(j, "enabled", ptr), out.enabled, wire::ChildPointer(ptr, "enabled"));
  Read(wire::RequiredMember(j, "every", ptr), out.every, wire::ChildPointer(ptr, "every"));
  Read(wire::RequiredMember(j, "everyMs", ptr), out.every_ms, wire::ChildPointer(ptr, "everyMs"));
  if (auto it = j.find("waitingForRoute"); it != j.end()) Read(*it, out.waiting_for_route.emplace(), wire::ChildPointer(ptr, "waitingForRoute"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"agentId", "enabled", "every", "everyMs", "waitingForRoute"});
}

nlohmann::json Write(const StatusHeartbeatAgent& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["agentId"] = Write(value.agent_id);
  j["enabled"] = Write(value.enabled);
  j["every"] = Write(value.every);
  j["everyMs"] = Write(value.every_ms);
  if (value.waiting_for_route) j["waitingForRoute"] = Write(*value.waiting_for_route);
  return j;
}

void Read(const nlohmann::json& j, StatusResultHeartbeat& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "defaultAgentId", ptr), out.default_agent_id, wire::ChildPointer(ptr, "defaultAgentId"));
  Read(wire::RequiredMember(j, "agents", ptr), out.agents, wire::ChildPointer(ptr, "agents"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"defaultAgentId", "agents"});
}

nlohmann::json Write(const StatusResultHeartbeat& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["defaultAgentId"] = Write(value.default_agent_id);
  j["agents"] = Write(value.agents);
  return j;
}

void Read(const nlohmann::json& j, StatusConfigReload& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "mode", ptr), out.mode, wire::ChildPointer(ptr, "mode"));
  Read(wire::RequiredMember(j, "restartPending", ptr), out.restart_pending, wire::ChildPointer(ptr, "restartPending"));
  if (auto it = j.find("lastError"); it != j.end()) Read(*it, out.last_error.emplace(), wire::ChildPointer(ptr, "lastError"));
  if (auto it = j.find("lastErrorAt"); it != j.end()) Read(*it, out.last_error_at.emplace(), wire::ChildPointer(ptr, "lastErrorAt"));
  if (auto it = j.find("lastAppliedAt"); it != j.end()) Read(*it, out.last_applied_at.emplace(), wire::ChildPointer(ptr, "lastAppliedAt"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"mode", "restartPending", "lastError", "lastErrorAt", "lastAppliedAt"});
}

nlohmann::json Write(const StatusConfigReload& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["mode"] = Write(value.mode);
  j["restartPending"] = Write(value.restart_pending);
  if (value.last_error) j["lastError"] = Write(*value.last_error);
  if (value.last_error_at) j["lastErrorAt"] = Write(*value.last_error_at);
  if (value.last_applied_at) j["lastAppliedAt"] = Write(*value.last_applied_at);
  return j;
}

void Read(const nlohmann::json& j, StatusResultTasksByStatus& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "queued", ptr), out.queued, wire::ChildPointer(ptr, "queued"));
  Read(wire::RequiredMember(j, "running", ptr), out.running, wire::ChildPointer(ptr, "running"));
  Read(wire::RequiredMember(j, "succeeded", ptr), out.succeeded, wire::ChildPointer(ptr, "succeeded"));
  Read(wire::RequiredMember(j, "failed", ptr), out.failed, wire::ChildPointer(ptr, "failed"));
  Read(wire::RequiredMember(j, "timed_out", ptr), out.timed_out, wire::ChildPointer(ptr, "timed_out"));
  Read(wire::RequiredMember(j, "cancelled", ptr), out.cancelled, wire::ChildPointer(ptr, "cancelled"));
  Read(wire::RequiredMember(j, "lost", ptr), out.lost, wire::ChildPointer(ptr, "lost"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"queued", "running", "succeeded", "failed", "timed_out", "cancelled", "lost"});
}

nlohmann::json Write(const StatusResultTasksByStatus& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["queued"] = Write(value.queued);
  j["running"] = Write(value.running);
  j["succeeded"] = Write(value.succeeded);
  j["failed"] = Write(value.failed);
  j["timed_out"] = Write(value.timed_out);
  j["cancelled"] = Write(value.cancelled);
  j["lost"] = Write(value.lost);
  return j;
}

void Read(const nlohmann::json& j, StatusResultTasksByRuntime& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "subagent", ptr), out.subagent, wire::ChildPointer(ptr, "subagent"));
  Read(wire::RequiredMember(j, "acp", ptr), out.acp, wire::ChildPointer(ptr, "acp"));
  Read(wire::RequiredMember(j, "cli", ptr), out.cli, wire::ChildPointer(ptr, "cli"));
  Read(wire::RequiredMember(j, "cron", ptr), out.cron, wire::ChildPointer(ptr, "cron"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"subagent", "acp", "cli", "cron"});
}

nlohmann::json Write(const StatusResultTasksByRuntime& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["subagent"] = Write(value.subagent);
  j["acp"] = Write(value.acp);
  j["cli"] = Write(value.cli);
  j["cron"] = Write(value.cron);
  return j;
}

void Read(const nlohmann::json& j, StatusResultTasks& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "total", ptr), out.total, wire::ChildPointer(ptr, "total"));
  Read(wire::RequiredMember(j, "active", ptr), out.active, wire::ChildPointer(ptr, "active"));
  Read(wire::RequiredMember(j, "terminal", ptr), out.terminal, wire::ChildPointer(ptr, "terminal"));
  Read(wire::RequiredMember(j, "failures", ptr), out.failures, wire::ChildPointer(ptr, "failures"));
  Read(wire::RequiredMember(j, "byStatus", ptr), out.by_status, wire::ChildPointer(ptr, "byStatus"));
  Read(wire::RequiredMember(j, "byRuntime", ptr), out.by_runtime, wire::ChildPointer(ptr, "byRuntime"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"total", "active", "terminal", "failures", "byStatus", "byRuntime"});
}

nlohmann::json Write(const StatusResultTasks& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["total"] = Write(value.total);
  j["active"] = Write(value.active);
  j["terminal"] = Write(value.terminal);
  j["failures"] = Write(value.failures);
  j["byStatus"] = Write(value.by_status);
  j["byRuntime"] = Write(value.by_runtime);
  return j;
}

void Read(const nlohmann::json& j, StatusResultTaskAudit& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("total"); it != j.end()) Read(*it, out.total.emplace(), wire::ChildPointer(ptr, "total"));
  if (auto it = j.find("warnings"); it != j.end()) Read(*it, out.warnings.emplace(), wire::ChildPointer(ptr, "warnings"));
  if (auto it = j.find("errors"); it != j.end()) Read(*it, out.errors.emplace(), wire::ChildPointer(ptr, "errors"));
  if (auto it = j.find("byCode"); it != j.end()) Read(*it, out.by_code.emplace(), wire::ChildPointer(ptr, "byCode"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"total", "warnings", "errors", "byCode"});
}

nlohmann::json Write(const StatusResultTaskAudit& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.total) j["total"] = Write(*value.total);
  if (value.warnings) j["warnings"] = Write(*value.warnings);
  if (value.errors) j["errors"] = Write(*value.errors);
  if (value.by_code) j["byCode"] = Write(*value.by_code);
  return j;
}

void Read(const nlohmann::json& j, StatusResultSessionsDefaults& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("model"); it != j.end()) Read(*it, out.model.emplace(), wire::ChildPointer(ptr, "model"));
  if (auto it = j.find("contextTokens"); it != j.end()) Read(*it, out.context_tokens.emplace(), wire::ChildPointer(ptr, "contextTokens"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"model", "contextTokens"});
}

nlohmann::json Write(const StatusResultSessionsDefaults& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.model) j["model"] = Write(*value.model);
  if (value.context_tokens) j["contextTokens"] = Write(*value.context_tokens);
  return j;
}

void Read(const nlohmann::json& j, StatusSessionsAgent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "agentId", ptr), out.agent_id, wire::ChildPointer(ptr, "agentId"));
  Read(wire::RequiredMember(j, "path", ptr), out.path, wire::ChildPointer(ptr, "path"));
  Read(wire::RequiredMember(j, "count", ptr), out.count, wire::ChildPointer(ptr, "count"));
  Read(wire::RequiredMember(j, "recent", ptr), out.recent, wire::ChildPointer(ptr, "recent"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"agentId", "path", "count", "recent"});
}

nlohmann::json Write(const StatusSessionsAgent& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["agentId"] = Write(value.agent_id);
  j["path"] = Write(value.path);
  j["count"] = Write(value.count);
  j["recent"] = Write(value.recent);
  return j;
}

void Read(const nlohmann::json& j, StatusResultSessions& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "paths", ptr), out.paths, wire::ChildPointer(ptr, "paths"));
  Read(wire::RequiredMember(j, "count", ptr), out.count, wire::ChildPointer(ptr, "count"));
  if (auto it = j.find("defaults"); it != j.end()) Read(*it, out.defaults.emplace(), wire::ChildPointer(ptr, "defaults"));
  Read(wire::RequiredMember(j, "recent", ptr), out.recent, wire::ChildPointer(ptr, "recent"));
  Read(wire::RequiredMember(j, "byAgent", ptr), out.by_agent, wire::ChildPointer(ptr, "byAgent"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"paths", "count", "defaults", "recent", "byAgent"});
}

nlohmann::json Write(const StatusResultSessions& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["paths"] = Write(value.paths);
  j["count"] = Write(value.count);
  if (value.defaults) j["defaults"] = Write(*value.defaults);
  j["recent"] = Write(value.recent);
  j["byAgent"] = Write(value.by_agent);
  return j;
}

void Read(const nlohmann::json& j, StatusResultModelRuntime& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("degraded"); it != j.end()) Read(*it, out.degraded.emplace(), wire::ChildPointer(ptr, "degraded"));
  if (auto it = j.find("pendingAgents"); it != j.end()) Read(*it, out.pending_agents.emplace(), wire::ChildPointer(ptr, "pendingAgents"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"degraded", "pendingAgents"});
}

nlohmann::json Write(const StatusResultModelRuntime& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.degraded) j["degraded"] = Write(*value.degraded);
  if (value.pending_agents) j["pendingAgents"] = Write(*value.pending_agents);
  return j;
}

void Read(const nlohmann::json& j, StatusResultProcessMemory& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  if (auto it = j.find("rssBytes"); it != j.end()) Read(*it, out.rss_bytes.emplace(), wire::ChildPointer(ptr, "rssBytes"));
  if (auto it = j.find("heapUsedBytes"); it != j.end()) Read(*it, out.heap_used_bytes.emplace(), wire::ChildPointer(ptr, "heapUsedBytes"));
  if (auto it = j.find("heapTotalBytes"); it != j.end()) Read(*it, out.heap_total_bytes.emplace(), wire::ChildPointer(ptr, "heapTotalBytes"));
  if (auto it = j.find("externalBytes"); it != j.end()) Read(*it, out.external_bytes.emplace(), wire::ChildPointer(ptr, "externalBytes"));
  if (auto it = j.find("arrayBuffersBytes"); it != j.end()) Read(*it, out.array_buffers_bytes.emplace(), wire::ChildPointer(ptr, "arrayBuffersBytes"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"rssBytes", "heapUsedBytes", "heapTotalBytes", "externalBytes", "arrayBuffersBytes"});
}

nlohmann::json Write(const StatusResultProcessMemory& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  if (value.rss_bytes) j["rssBytes"] = Write(*value.rss_bytes);
  if (value.heap_used_bytes) j["heapUsedBytes"] = Write(*value.heap_used_bytes);
  if (value.heap_total_bytes) j["heapTotalBytes"] = Write(*value.heap_total_bytes);
  if (value.external_bytes) j["externalBytes"] = Write(*value.external_bytes);
  if (value.array_buffers_bytes) j["arrayBuffersBytes"] = Write(*value.array_buffers_bytes);
  return j;
}

void Read(const nlohmann::json& j, StatusResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "runtimeVersion", ptr), out.runtime_version, wire::ChildPointer(ptr, "runtimeVersion"));
  Read(wire::RequiredMember(j, "heartbeat", ptr), out.heartbeat, wire::ChildPointer(ptr, "heartbeat"));
  Read(wire::RequiredMember(j, "channelSummary", ptr), out.channel_summary, wire::ChildPointer(ptr, "channelSummary"));
  if (auto it = j.find("configReload"); it != j.end()) Read(*it, out.config_reload.emplace(), wire::ChildPointer(ptr, "configReload"));
  if (auto it = j.find("queuedSystemEvents"); it != j.end()) Read(*it, out.queued_system_events.emplace(), wire::ChildPointer(ptr, "queuedSystemEvents"));
  if (auto it = j.find("degradedSecretOwners"); it != j.end()) Read(*it, out.degraded_secret_owners.emplace(), wire::ChildPointer(ptr, "degradedSecretOwners"));
  if (auto it = j.find("degradedPlugins"); it != j.end()) Read(*it, out.degraded_plugins.emplace(), wire::ChildPointer(ptr, "degradedPlugins"));
  Read(wire::RequiredMember(j, "tasks", ptr), out.tasks, wire::ChildPointer(ptr, "tasks"));
  if (auto it = j.find("taskAudit"); it != j.end()) Read(*it, out.task_audit.emplace(), wire::ChildPointer(ptr, "taskAudit"));
  Read(wire::RequiredMember(j, "sessions", ptr), out.sessions, wire::ChildPointer(ptr, "sessions"));
  if (auto it = j.find("modelRuntime"); it != j.end()) Read(*it, out.model_runtime.emplace(), wire::ChildPointer(ptr, "modelRuntime"));
  if (auto it = j.find("eventLoop"); it != j.end()) Read(*it, out.event_loop.emplace(), wire::ChildPointer(ptr, "eventLoop"));
  if (auto it = j.find("processMemory"); it != j.end()) Read(*it, out.process_memory.emplace(), wire::ChildPointer(ptr, "processMemory"));
  Read(wire::RequiredMember(j, "pid", ptr), out.pid, wire::ChildPointer(ptr, "pid"));
  if (auto it = j.find("hostDesktop"); it != j.end()) Read(*it, out.host_desktop.emplace(), wire::ChildPointer(ptr, "hostDesktop"));
  if (auto it = j.find("workerPools"); it != j.end()) Read(*it, out.worker_pools.emplace(), wire::ChildPointer(ptr, "workerPools"));
  if (auto it = j.find("shutdownBudget"); it != j.end()) Read(*it, out.shutdown_budget.emplace(), wire::ChildPointer(ptr, "shutdownBudget"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"runtimeVersion", "heartbeat", "channelSummary", "configReload", "queuedSystemEvents", "degradedSecretOwners", "degradedPlugins", "tasks", "taskAudit", "sessions", "modelRuntime", "eventLoop", "processMemory", "pid", "hostDesktop", "workerPools", "shutdownBudget"});
}

nlohmann::json Write(const StatusResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["runtimeVersion"] = Write(value.runtime_version);
  j["heartbeat"] = Write(value.heartbeat);
  j["channelSummary"] = Write(value.channel_summary);
  if (value.config_reload) j["configReload"] = Write(*value.config_reload);
  if (value.queued_system_events) j["queuedSystemEvents"] = Write(*value.queued_system_events);
  if (value.degraded_secret_owners) j["degradedSecretOwners"] = Write(*value.degraded_secret_owners);
  if (value.degraded_plugins) j["degradedPlugins"] = Write(*value.degraded_plugins);
  j["tasks"] = Write(value.tasks);
  if (value.task_audit) j["taskAudit"] = Write(*value.task_audit);
  j["sessions"] = Write(value.sessions);
  if (value.model_runtime) j["modelRuntime"] = Write(*value.model_runtime);
  if (value.event_loop) j["eventLoop"] = Write(*value.event_loop);
  if (value.process_memory) j["processMemory"] = Write(*value.process_memory);
  j["pid"] = Write(value.pid);
  if (value.host_desktop) j["hostDesktop"] = Write(*value.host_desktop);
  if (value.worker_pools) j["workerPools"] = Write(*value.worker_pools);
  if (value.shutdown_budget) j["shutdownBudget"] = Write(*value.shutdown_budget);
  return j;
}

void Read(const nlohmann::json& j, SystemEventParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"text", "idempotencyKey", "sessionKey", "wake", "deviceId", "instanceId", "host", "ip", "mode", "version", "platform", "deviceFamily", "modelIdentifier", "lastInputSeconds", "reason", "roles", "scopes", "tags"}, ptr);
  Read(wire::RequiredMember(j, "text", ptr), out.text, wire::ChildPointer(ptr, "text"));
  if (auto it = j.find("idempotencyKey"); it != j.end()) Read(*it, out.idempotency_key.emplace(), wire::ChildPointer(ptr, "idempotencyKey"));
  if (auto it = j.find("sessionKey"); it != j.end()) Read(*it, out.session_key.emplace(), wire::ChildPointer(ptr, "sessionKey"));
  if (auto it = j.find("wake"); it != j.end()) Read(*it, out.wake.emplace(), wire::ChildPointer(ptr, "wake"));
  if (auto it = j.find("deviceId"); it != j.end()) Read(*it, out.device_id.emplace(), wire::ChildPointer(ptr, "deviceId"));
  if (auto it = j.find("instanceId"); it != j.end()) Read(*it, out.instance_id.emplace(), wire::ChildPointer(ptr, "instanceId"));
  if (auto it = j.find("host"); it != j.end()) Read(*it, out.host.emplace(), wire::ChildPointer(ptr, "host"));
  if (auto it = j.find("ip"); it != j.end()) Read(*it, out.ip.emplace(), wire::ChildPointer(ptr, "ip"));
  if (auto it = j.find("mode"); it != j.end()) Read(*it, out.mode.emplace(), wire::ChildPointer(ptr, "mode"));
  if (auto it = j.find("version"); it != j.end()) Read(*it, out.version.emplace(), wire::ChildPointer(ptr, "version"));
  if (auto it = j.find("platform"); it != j.end()) Read(*it, out.platform.emplace(), wire::ChildPointer(ptr, "platform"));
  if (auto it = j.find("deviceFamily"); it != j.end()) Read(*it, out.device_family.emplace(), wire::ChildPointer(ptr, "deviceFamily"));
  if (auto it = j.find("modelIdentifier"); it != j.end()) Read(*it, out.model_identifier.emplace(), wire::ChildPointer(ptr, "modelIdentifier"));
  if (auto it = j.find("lastInputSeconds"); it != j.end()) Read(*it, out.last_input_seconds.emplace(), wire::ChildPointer(ptr, "lastInputSeconds"));
  if (auto it = j.find("reason"); it != j.end()) Read(*it, out.reason.emplace(), wire::ChildPointer(ptr, "reason"));
  if (auto it = j.find("roles"); it != j.end()) Read(*it, out.roles.emplace(), wire::ChildPointer(ptr, "roles"));
  if (auto it = j.find("scopes"); it != j.end()) Read(*it, out.scopes.emplace(), wire::ChildPointer(ptr, "scopes"));
  if (auto it = j.find("tags"); it != j.end()) Read(*it, out.tags.emplace(), wire::ChildPointer(ptr, "tags"));
}

nlohmann::json Write(const SystemEventParams& value) {
  nlohmann::json j = nlohmann::json::object();
  j["text"] = Write(value.text);
  if (value.idempotency_key) j["idempotencyKey"] = Write(*value.idempotency_key);
  if (value.session_key) j["sessionKey"] = Write(*value.session_key);
  if (value.wake) j["wake"] = Write(*value.wake);
  if (value.device_id) j["deviceId"] = Write(*value.device_id);
  if (value.instance_id) j["instanceId"] = Write(*value.instance_id);
  if (value.host) j["host"] = Write(*value.host);
  if (value.ip) j["ip"] = Write(*value.ip);
  if (value.mode) j["mode"] = Write(*value.mode);
  if (value.version) j["version"] = Write(*value.version);
  if (value.platform) j["platform"] = Write(*value.platform);
  if (value.device_family) j["deviceFamily"] = Write(*value.device_family);
  if (value.model_identifier) j["modelIdentifier"] = Write(*value.model_identifier);
  if (value.last_input_seconds) j["lastInputSeconds"] = Write(*value.last_input_seconds);
  if (value.reason) j["reason"] = Write(*value.reason);
  if (value.roles) j["roles"] = Write(*value.roles);
  if (value.scopes) j["scopes"] = Write(*value.scopes);
  if (value.tags) j["tags"] = Write(*value.tags);
  return j;
}

void Read(const nlohmann::json& j, SystemEventResult& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::ExpectConst(wire::RequiredMember(j, "ok", ptr), nlohmann::json(true), wire::ChildPointer(ptr, "ok"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"ok"});
}

nlohmann::json Write(const SystemEventResult& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["ok"] = nlohmann::json(true);
  return j;
}

void Read(const nlohmann::json& j, SystemPresenceParams& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  out.unknown_fields = wire::CollectUnknownKeys(j, {});
}

nlohmann::json Write(const SystemPresenceParams& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  return j;
}

}  // namespace gateway::proto
