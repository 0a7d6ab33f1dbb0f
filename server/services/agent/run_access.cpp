#include "server/services/agent/run_access.hpp"

#include "server/domain/agents/agent_config.hpp"
#include "server/platform/ids.hpp"
#include "server/services/sessions/session_wire.hpp"

namespace gateway::services {

std::shared_ptr<RunEventStream> StreamForCaller(const RunAccess& access,
                                                const rpc::CallContext& context,
                                                RunEventStream::OnEnd on_end) {
  return RunEventStream::Create({.publisher = context.publisher(),
                                 .subscriptions = access.subscriptions,
                                 .timers = access.timers},
                                context.peer().conn_id, std::move(on_end));
}

void RecordOwner(const RunAccess& access, const rpc::CallContext& context,
                 const domain::runs::Admission& admission) {
  using Kind = domain::runs::Admission::Kind;
  if (admission.kind != Kind::kStarted && admission.kind != Kind::kQueued) return;
  if (context.peer().conn_id.empty()) return;
  access.subscriptions.SetRunOwner(admission.info.run_id, context.peer().conn_id);
}

std::expected<std::optional<providers::ThinkingLevel>, proto::ErrorShape> ThinkingParam(
    const std::optional<std::string>& thinking) {
  if (!thinking || thinking->empty()) return std::nullopt;
  if (auto level = domain::agents::ParseThinkingLevel(*thinking)) return level;
  return std::unexpected(InvalidRequest("invalid thinking level \"" + *thinking +
                                        "\" (use off, minimal, low, medium, high)"));
}

domain::runs::QueueMode ToQueueMode(const std::optional<proto::QueueMode>& mode) {
  using domain::runs::QueueMode;
  if (!mode) return QueueMode::kFollowup;
  switch (*mode) {
    case proto::QueueMode::kSteer:
      return QueueMode::kSteer;
    case proto::QueueMode::kCollect:
      return QueueMode::kCollect;
    case proto::QueueMode::kInterrupt:
      return QueueMode::kInterrupt;
    case proto::QueueMode::kFollowup:
      break;
  }
  return QueueMode::kFollowup;
}

std::string NewRunId() { return gateway::NewUuid(); }

// The ack of a chat.send / sessions.send admission.
proto::ChatSendStatus AckStatus(const domain::runs::Admission& admission) {
  using Kind = domain::runs::Admission::Kind;
  switch (admission.kind) {
    case Kind::kStarted:
    case Kind::kQueued:
      return proto::ChatSendStatus::kStarted;
    case Kind::kInFlight:
      return proto::ChatSendStatus::kInFlight;
    case Kind::kFinished:
      break;
  }
  switch (admission.outcome->status) {
    case domain::runs::RunStatus::kOk:
      return proto::ChatSendStatus::kOk;
    case domain::runs::RunStatus::kError:
      return proto::ChatSendStatus::kError;
    default:
      return proto::ChatSendStatus::kTimeout;
  }
}

}  // namespace gateway::services
