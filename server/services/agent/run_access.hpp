// What the services that start runs (agent, chat.send, sessions.send) share: the run engine, the
// event targets of a run's stream, and the translation of the common request fields.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "gateway/proto/config_openclaw.hpp"
#include "gateway/proto/frames.hpp"
#include "gateway/proto/methods_sessions.hpp"
#include "server/config/live_config.hpp"
#include "server/domain/runs/run_engine.hpp"
#include "server/rpc/call_context.hpp"
#include "server/services/agent/run_event_stream.hpp"

namespace gateway::services {

struct RunAccess {
  domain::runs::RunEngine& engine;
  rpc::Subscriptions& subscriptions;
  runtime::TimerQueue& timers;
  const config::LiveConfig& config;  // a snapshot per request
};

// The event stream of a run started by this call.
std::shared_ptr<RunEventStream> StreamForCaller(const RunAccess& access,
                                                const rpc::CallContext& context,
                                                RunEventStream::OnEnd on_end = {});
// Once admitted as a new run (not a duplicate), the caller owns it: it receives the run's tool
// events when it has cap tool-events; the stream forgets the owner when the run ends.
void RecordOwner(const RunAccess& access, const rpc::CallContext& context,
                 const domain::runs::Admission& admission);

// A `thinking` parameter as a level; an error response for a word that names none.
std::expected<std::optional<providers::ThinkingLevel>, proto::ErrorShape> ThinkingParam(
    const std::optional<std::string>& thinking);

// The wire queue mode as the engine's.
domain::runs::QueueMode ToQueueMode(const std::optional<proto::QueueMode>& mode);

// A run id for callers that gave no idempotencyKey.
std::string NewRunId();

// The ack status of a chat.send / sessions.send admission (a finished duplicate: its outcome).
proto::ChatSendStatus AckStatus(const domain::runs::Admission& admission);

}  // namespace gateway::services
