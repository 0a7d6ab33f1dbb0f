#include "server/services/system/system_service.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>

#include "server/platform/ids.hpp"
#include "server/platform/log_tail.hpp"
#include "server/platform/process_info.hpp"

namespace gateway::services {

namespace {

proto::ErrorShape InvalidRequest(std::string message) {
  return proto::MakeError(proto::ErrorCode::kInvalidRequest, std::move(message));
}

bool Blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

proto::GatewayRestartRequestResultStatus ToProto(domain::RestartDecision::Status status) {
  switch (status) {
    case domain::RestartDecision::Status::kCoalesced:
      return proto::GatewayRestartRequestResultStatus::kCoalesced;
    case domain::RestartDecision::Status::kDeferred:
      return proto::GatewayRestartRequestResultStatus::kDeferred;
    case domain::RestartDecision::Status::kScheduled:
      break;
  }
  return proto::GatewayRestartRequestResultStatus::kScheduled;
}

}  // namespace

SystemService::SystemService(Domain domain) : domain_(std::move(domain)) {}

void SystemService::Health(proto::HealthParams params, rpc::CallContext&,
                           proto::Reply<proto::HealthSnapshot> reply) {
  reply.Ok(*domain_.health.Get(NowMs(), params.probe.value_or(false)));
}

void SystemService::Status(proto::StatusParams, rpc::CallContext& context,
                           proto::Reply<proto::StatusResult> reply) {
  // No agent runs, tasks or channels yet: the counters are the real zeros of this gateway.
  const std::filesystem::path store_path =
      domain_.sessions ? domain_.sessions->path()
                       : domain_.state_dir / "agents/main/sessions/sessions.json";
  const std::string sessions_path = context.peer().IsAdmin() ? store_path.string() : "[redacted]";
  const bool heartbeats = domain_.health.HeartbeatsEnabled();
  proto::StatusResult status;
  status.runtime_version = domain_.info.version();
  status.heartbeat.default_agent_id = "main";
  status.heartbeat.agents.push_back(
      {.agent_id = "main",
       .enabled = heartbeats,
       .every = "30m",
       .every_ms = heartbeats ? std::optional<std::int64_t>(1800000) : std::nullopt});
  status.channel_summary = domain_.health.Channels().summary;
  status.queued_system_events.emplace();
  for (const auto& text : domain_.system_events.List())
    status.queued_system_events->push_back({{"text", text}});
  status.degraded_secret_owners.emplace();
  status.degraded_plugins.emplace();
  status.sessions.paths = {sessions_path};
  status.sessions.defaults = proto::StatusResultSessionsDefaults{
      .model = std::optional<std::string>(), .context_tokens = std::optional<std::int64_t>()};
  status.sessions.by_agent.push_back({.agent_id = "main", .path = sessions_path});
  status.model_runtime = proto::StatusResultModelRuntime{
      .degraded = false, .pending_agents = std::vector<std::string>{}};
  status.process_memory =
      proto::StatusResultProcessMemory{.rss_bytes = platform::ReadProcessMemory().rss_bytes};
  status.pid = static_cast<std::int64_t>(::getpid());
  if (domain_.config_reload) {
    const auto reload = domain_.config_reload->Snapshot();
    status.config_reload = proto::StatusConfigReload{.mode = reload.mode,
                                                     .restart_pending = reload.restart_pending,
                                                     .last_error = reload.last_error,
                                                     .last_error_at = reload.last_error_at,
                                                     .last_applied_at = reload.last_applied_at};
  }
  if (!domain_.sessions) return reply.Ok(status);
  // The count comes from the store's read threads; answer from there.
  auto shared = std::make_shared<proto::Reply<proto::StatusResult>>(std::move(reply));
  domain_.sessions->Count([shared, status = std::move(status)](
                              domain::sessions::StoreResult<std::int64_t> count) mutable {
    if (count) {
      status.sessions.count = *count;
      status.sessions.by_agent.front().count = *count;
    }
    shared->Ok(status);
  });
}

void SystemService::SystemPresence(proto::SystemPresenceParams, rpc::CallContext&,
                                   proto::Reply<proto::SystemPresenceResult> reply) {
  reply.Ok(domain_.presence.List(NowMs()));
}

void SystemService::SystemEvent(proto::SystemEventParams params, rpc::CallContext& context,
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
  context.log().Info("system", "system event: " + params.text.substr(0, 500));
  domain_.system_events.Push(params.text);
  domain_.presence.Upsert(domain::SystemEventPresenceKey(params), std::move(entry),
                          domain::PresenceStore::Broadcast::kNow);
  reply.Ok({});
}

void SystemService::LastHeartbeat(proto::LastHeartbeatParams, rpc::CallContext&,
                                  proto::Reply<proto::LastHeartbeatResult> reply) {
  reply.Ok(std::nullopt);  // no heartbeat has run: the agent runner arrives with a later issue
}

void SystemService::SetHeartbeats(proto::SetHeartbeatsParams params, rpc::CallContext&,
                                  proto::Reply<proto::SetHeartbeatsResult> reply) {
  domain_.health.SetHeartbeatsEnabled(params.enabled);
  proto::SetHeartbeatsResult result;
  result.enabled = params.enabled;
  reply.Ok(result);
}

void SystemService::LogsTail(proto::LogsTailParams params, rpc::CallContext& context,
                             proto::Reply<proto::LogsTailResult> reply) {
  platform::LogTailRequest request;
  request.cursor = params.cursor;
  if (params.limit) request.limit = *params.limit;
  if (params.max_bytes) request.max_bytes = *params.max_bytes;
  // File reads leave the I/O thread.
  auto shared_reply = std::make_shared<proto::Reply<proto::LogsTailResult>>(std::move(reply));
  context.executor().Post([file = context.log().CurrentFilePath(), request, shared_reply] {
    auto tail = platform::TailLogFile(file, request);
    proto::LogsTailResult result;
    result.file = tail.file;
    result.cursor = tail.cursor;
    result.size = tail.size;
    result.lines = std::move(tail.lines);
    result.truncated = tail.truncated;
    result.reset = tail.reset;
    result.skipped_bytes = tail.skipped_bytes;
    shared_reply->Ok(result);
  });
}

void SystemService::GatewayIdentityGet(proto::GatewayIdentityGetParams, rpc::CallContext&,
                                       proto::Reply<proto::GatewayIdentityGetResult> reply) {
  proto::GatewayIdentityGetResult result;
  result.device_id = domain_.identity.device_id();
  result.public_key = domain_.identity.public_key();
  reply.Ok(result);
}

void SystemService::GatewayRestartRequest(proto::GatewayRestartRequestParams params,
                                          rpc::CallContext&,
                                          proto::Reply<proto::GatewayRestartRequestResult> reply) {
  if (!domain_.restarts) {
    return reply.Fail(proto::MakeError(proto::ErrorCode::kUnavailable,
                                       "restart is not available in this process"));
  }
  const domain::RestartDecision decision =
      domain_.restarts->Request(params.reason.value_or("gateway restart requested"));
  // Nothing runs yet that a restart would interrupt.
  proto::GatewayRestartRequestResult result;
  result.status = ToProto(decision.status);
  result.preflight.safe = true;
  result.restart.unknown_fields["restartExpectedMs"] = decision.restart_expected_ms;
  reply.Ok(result);
}

}  // namespace gateway::services
