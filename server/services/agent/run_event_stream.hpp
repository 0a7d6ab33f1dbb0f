// A run as WebSocket clients see it (protocol.md §9): `agent` events with a per-run seq
// (lifecycle, assistant, thinking), `chat` events derived from them (status, delta, final, aborted,
// error), `session.message` for the stored prompt and `sessions.changed` after the run. Live text
// is paced (the first piece at once, then at most one frame per 75 ms); control-token replies
// (NO_REPLY, …) are never streamed. The entry point that started the run may add a callback for
// the end (the `agent` method's final response).
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "gateway/proto/events_agent.hpp"
#include "gateway/proto/events_chat.hpp"
#include "server/domain/runs/run_types.hpp"
#include "server/domain/runs/text_pacer.hpp"
#include "server/rpc/event_publisher.hpp"
#include "server/rpc/subscriptions.hpp"
#include "server/runtime/timer_queue.hpp"

namespace gateway::services {

// True when `text` (trimmed) is a silent-reply control token, or (`allow_prefix`) could still
// become one as more text arrives (protocol.md §9 "Silent replies").
bool IsSilentReply(std::string_view text, bool allow_prefix = false);

// chat `error` errorKind of a failed run.
proto::ChatErrorKind ChatErrorKindOf(const domain::runs::RunOutcome& outcome);

struct RunEventTargets {
  rpc::EventPublisher& publisher;
  rpc::Subscriptions& subscriptions;
  runtime::TimerQueue& timers;
  std::chrono::milliseconds pacing = domain::runs::kLiveTextPacing;
};

class RunEventStream final : public domain::runs::RunObserver,
                             public std::enable_shared_from_this<RunEventStream> {
 public:
  using OnEnd = std::function<void(const domain::runs::RunInfo&, const domain::runs::RunOutcome&)>;

  // `owner_conn_id`: the connection that started the run (receives its tool events when it has
  // cap tool-events); empty for runs without one.
  static std::shared_ptr<RunEventStream> Create(RunEventTargets targets, std::string owner_conn_id,
                                                OnEnd on_end = {});

  void OnStarted(const domain::runs::RunInfo& info) override;
  void OnUserMessage(const domain::runs::RunInfo& info,
                     const domain::sessions::TranscriptEvent& event,
                     const std::optional<domain::sessions::SessionRow>& row) override;
  void OnModel(const domain::runs::RunInfo& info, const std::string& provider,
               const std::string& model) override;
  void OnText(const domain::runs::RunInfo& info, std::string_view delta,
              const std::string& text) override;
  void OnThinking(const domain::runs::RunInfo& info, std::string_view delta) override;
  void OnAttemptFailed(const domain::runs::RunInfo& info,
                       const providers::AttemptReport& report) override;
  // `tool` stream events go to the run owner (cap tool-events); `item` events to everyone who
  // sees the run's events (protocol.md §9). Buffered text is flushed before a tool starts.
  void OnToolStart(const domain::runs::RunInfo& info,
                   const domain::runs::ToolActivity& activity) override;
  void OnToolResult(const domain::runs::RunInfo& info,
                    const domain::runs::ToolActivity& activity) override;
  // lifecycle `waiting-approval` / `approval-resolved` around an exec approval (protocol.md §9).
  void OnApprovalWait(const domain::runs::RunInfo& info, const std::string& approval_id,
                      const std::string& tool_call_id, bool waiting) override;
  void OnFinished(const domain::runs::RunInfo& info,
                  const domain::runs::RunOutcome& outcome) override;

 private:
  RunEventStream(RunEventTargets targets, std::string owner_conn_id, OnEnd on_end);
  void EnsurePacers(const domain::runs::RunInfo& info);
  // Emits an `agent` event with the run's next seq and returns that seq (for the chat event
  // derived from it).
  std::int64_t EmitAgent(const domain::runs::RunInfo& info, std::string stream,
                         nlohmann::json data);
  // The same, to one audience (the `tool` stream's run owner).
  std::int64_t EmitAgentTo(const domain::runs::RunInfo& info, std::string stream,
                           nlohmann::json data, rpc::Audience audience);
  void EmitChat(const domain::runs::RunInfo& info, proto::ChatEvent event);
  void SendText(const domain::runs::RunInfo& info, const std::string& delta);
  void SendThinking(const domain::runs::RunInfo& info, const std::string& delta);

  RunEventTargets targets_;
  const std::string owner_conn_id_;
  const OnEnd on_end_;
  // Lock order: a pacer's lock, then this one (a pacer sends with its lock held); never call a
  // pacer with this one held.
  std::mutex mutex_;
  std::int64_t seq_ = 0;
  std::string item_id_;
  std::string streamed_;  // the text clients have been sent
  std::string held_;      // text held back while it could still be a control token
  std::shared_ptr<domain::runs::TextPacer> text_pacer_, thinking_pacer_;
};

}  // namespace gateway::services
