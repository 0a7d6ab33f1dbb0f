#include "server/gateway/system_service.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>

#include "server/gateway/ids.hpp"
#include "server/system/log_tail.hpp"
#include "server/system/process_info.hpp"

namespace gateway::server {
using nlohmann::json;

namespace {

proto::ErrorShape InvalidRequest(std::string message) {
  return proto::MakeError(proto::ErrorCode::kInvalidRequest, std::move(message));
}

bool Blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

}  // namespace

SystemServiceImpl::SystemServiceImpl(GatewayState& state, const system::GatewayIdentity& identity)
    : state_(state), identity_(identity) {}

void SystemServiceImpl::Health(proto::HealthParams params, rpc::CallContext&,
                               proto::Reply<proto::HealthSnapshot> reply) {
  reply.Ok(*state_.health.Get(NowMs(), params.probe.value_or(false)));
}

void SystemServiceImpl::Status(proto::StatusParams, rpc::CallContext& context,
                               proto::Reply<proto::StatusResult> reply) {
  const bool admin = context.session().IsAdmin();
  std::string sessions_path =
      admin ? (state_.paths.state_dir / "agents/main/sessions/sessions.json").string()
            : "[redacted]";
  const bool heartbeats = state_.health.HeartbeatsEnabled();
  json queued = json::array();
  for (const auto& text : state_.QueuedSystemEvents()) queued.push_back({{"text", text}});
  auto memory = system::ReadProcessMemory();
  json status = {{"runtimeVersion", state_.version},
                 {"heartbeat",
                  {{"defaultAgentId", "main"},
                   {"agents",
                    {{{"agentId", "main"},
                      {"enabled", heartbeats},
                      {"every", "30m"},
                      {"everyMs", heartbeats ? json(1800000) : json(nullptr)}}}}}},
                 {"channelSummary", json::array()},
                 {"queuedSystemEvents", queued},
                 {"degradedSecretOwners", json::array()},
                 {"degradedPlugins", json::array()},
                 {"tasks",
                  {{"total", 0},
                   {"active", 0},
                   {"terminal", 0},
                   {"failures", 0},
                   {"byStatus",
                    {{"queued", 0},
                     {"running", 0},
                     {"succeeded", 0},
                     {"failed", 0},
                     {"timed_out", 0},
                     {"cancelled", 0},
                     {"lost", 0}}},
                   {"byRuntime", {{"subagent", 0}, {"acp", 0}, {"cli", 0}, {"cron", 0}}}}},
                 {"sessions",
                  {{"paths", {sessions_path}},
                   {"count", 0},
                   {"defaults", {{"model", nullptr}, {"contextTokens", nullptr}}},
                   {"recent", json::array()},
                   {"byAgent",
                    {{{"agentId", "main"},
                      {"path", sessions_path},
                      {"count", 0},
                      {"recent", json::array()}}}}}},
                 {"modelRuntime", {{"degraded", false}, {"pendingAgents", json::array()}}},
                 {"processMemory", {{"rssBytes", memory.rss_bytes}}},
                 {"pid", static_cast<std::int64_t>(::getpid())}};
  reply.Ok(wire::Decode<proto::StatusResult>(status));
}

void SystemServiceImpl::SystemPresence(proto::SystemPresenceParams, rpc::CallContext&,
                                       proto::Reply<proto::SystemPresenceResult> reply) {
  reply.Ok(state_.presence.List(NowMs()));
}

void SystemServiceImpl::SystemEvent(proto::SystemEventParams params, rpc::CallContext&,
                                    proto::Reply<proto::SystemEventResult> reply) {
  if (Blank(params.text)) return reply.Fail(InvalidRequest("text required"));
  proto::PresenceEntry entry;
  entry.text = params.text;
  entry.ts = NowMs();
  entry.device_id = params.device_id;
  entry.instance_id = params.instance_id;
  entry.host = params.host;
  entry.ip = params.ip;
  entry.mode = params.mode;
  entry.version = params.version;
  entry.platform = params.platform;
  entry.device_family = params.device_family;
  entry.model_identifier = params.model_identifier;
  if (params.last_input_seconds)
    entry.last_input_seconds = static_cast<std::int64_t>(*params.last_input_seconds);
  entry.reason = params.reason;
  entry.roles = params.roles;
  entry.scopes = params.scopes;
  entry.tags = params.tags;
  // Empty strings would break the entry's minLength; drop them rather than store them.
  for (auto* field :
       {&entry.device_id, &entry.instance_id, &entry.host, &entry.ip, &entry.mode, &entry.version,
        &entry.platform, &entry.device_family, &entry.model_identifier, &entry.reason}) {
    if (*field && (*field)->empty()) field->reset();
  }
  state_.log.Info("system", "system event: " + params.text.substr(0, 500));
  state_.presence.Upsert(SystemEventPresenceKey(params), std::move(entry));
  state_.QueueSystemEvent(params.text);
  state_.BroadcastPresence();
  reply.Ok({});
}

void SystemServiceImpl::LastHeartbeat(proto::LastHeartbeatParams, rpc::CallContext&,
                                      proto::Reply<proto::LastHeartbeatResult> reply) {
  reply.Ok(std::nullopt);  // no heartbeat has run: the agent runner arrives with a later issue
}

void SystemServiceImpl::SetHeartbeats(proto::SetHeartbeatsParams params, rpc::CallContext&,
                                      proto::Reply<proto::SetHeartbeatsResult> reply) {
  state_.health.SetHeartbeatsEnabled(params.enabled);
  proto::SetHeartbeatsResult result;
  result.enabled = params.enabled;
  reply.Ok(result);
}

void SystemServiceImpl::LogsTail(proto::LogsTailParams params, rpc::CallContext&,
                                 proto::Reply<proto::LogsTailResult> reply) {
  system::LogTailRequest request;
  request.cursor = params.cursor;
  if (params.limit) request.limit = *params.limit;
  if (params.max_bytes) request.max_bytes = *params.max_bytes;
  auto tail = system::TailLogFile(state_.log.CurrentFilePath(), request);
  proto::LogsTailResult result;
  result.file = tail.file;
  result.cursor = tail.cursor;
  result.size = tail.size;
  result.lines = std::move(tail.lines);
  result.truncated = tail.truncated;
  result.reset = tail.reset;
  result.skipped_bytes = tail.skipped_bytes;
  reply.Ok(result);
}

void SystemServiceImpl::GatewayIdentityGet(proto::GatewayIdentityGetParams, rpc::CallContext&,
                                           proto::Reply<proto::GatewayIdentityGetResult> reply) {
  proto::GatewayIdentityGetResult result;
  result.device_id = identity_.device_id();
  result.public_key = identity_.public_key();
  reply.Ok(result);
}

void SystemServiceImpl::GatewayRestartRequest(
    proto::GatewayRestartRequestParams params, rpc::CallContext&,
    proto::Reply<proto::GatewayRestartRequestResult> reply) {
  if (!state_.request_restart) {
    return reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable,
                                       "restart is not available in this process"));
  }
  RestartDecision decision =
      state_.request_restart(params.reason.value_or("gateway restart requested"));
  json result = {{"ok", true},
                 {"status", decision.status},
                 {"preflight",
                  {{"safe", true},
                   {"counts",
                    {{"queueSize", 0},
                     {"pendingReplies", 0},
                     {"embeddedRuns", 0},
                     {"cronRuns", 0},
                     {"backgroundExecSessions", 0},
                     {"rootRequests", 0},
                     {"activeTasks", 0},
                     {"totalActive", 0}}},
                   {"blockers", json::array()}}},
                 {"restart", {{"restartExpectedMs", decision.restart_expected_ms}}}};
  reply.Ok(wire::Decode<proto::GatewayRestartRequestResult>(result));
}

}  // namespace gateway::server
