#include "server/services/agent/run_event_stream.hpp"

#include <array>
#include <chrono>

#include "gateway/proto/events.hpp"
#include "server/platform/ids.hpp"
#include "server/platform/text.hpp"
#include "server/services/sessions/session_wire.hpp"

namespace gateway::services {
namespace {

namespace runs = domain::runs;

constexpr std::array<std::string_view, 3> kSilentTokens{"NO_REPLY", "ANNOUNCE_SKIP", "REPLY_SKIP"};
// lifecycle `error` text of an aborted run (observed 2026.9.6).
constexpr std::string_view kAbortedError = "This operation was aborted";
constexpr std::size_t kPreviewLimit = 300;  // errorDetail strings

nlohmann::json AssistantText(const std::string& text, std::int64_t timestamp) {
  return {{"role", "assistant"},
          {"content", nlohmann::json::array({{{"type", "text"}, {"text", text}}})},
          {"timestamp", timestamp}};
}

nlohmann::json UsageJson(const providers::Usage& usage) {
  return {{"input", usage.input},
          {"output", usage.output},
          {"cacheRead", usage.cache_read},
          {"cacheWrite", usage.cache_write},
          {"totalTokens", usage.total}};
}

std::string Preview(std::string text) {
  if (text.size() > kPreviewLimit) text = CutUtf16(text, kPreviewLimit);
  return text;
}

// What a tool call works on, for titles: its path (file tools), else nothing.
std::string ToolMeta(const runs::ToolActivity& activity) {
  if (activity.args.is_object()) {
    auto path = activity.args.find("path");
    if (path != activity.args.end() && path->is_string()) return Preview(path->get<std::string>());
  }
  return "";
}

std::string ToolTitle(const runs::ToolActivity& activity) {
  const std::string meta = ToolMeta(activity);
  return meta.empty() ? activity.name : activity.name + " " + meta;
}

}  // namespace

bool IsSilentReply(std::string_view text, bool allow_prefix) {
  const auto trimmed = platform::TrimAsciiSpace(text);
  if (trimmed.empty()) return allow_prefix;
  for (auto token : kSilentTokens) {
    if (trimmed == token) return true;
    if (allow_prefix && token.starts_with(trimmed)) return true;
  }
  return false;
}

proto::ChatErrorKind ChatErrorKindOf(const runs::RunOutcome& outcome) {
  if (outcome.status == runs::RunStatus::kTimeout) return proto::ChatErrorKind::kTimeout;
  if (!outcome.error) return proto::ChatErrorKind::kUnknown;
  switch (outcome.error->kind) {
    case providers::ProviderErrorKind::kRateLimit:
      return proto::ChatErrorKind::kRateLimit;
    case providers::ProviderErrorKind::kContextOverflow:
      return proto::ChatErrorKind::kContextLength;
    case providers::ProviderErrorKind::kTimeout:
      return proto::ChatErrorKind::kTimeout;
    default:
      return proto::ChatErrorKind::kUnknown;
  }
}

std::shared_ptr<RunEventStream> RunEventStream::Create(RunEventTargets targets,
                                                       std::string owner_conn_id, OnEnd on_end) {
  return std::shared_ptr<RunEventStream>(
      new RunEventStream(targets, std::move(owner_conn_id), std::move(on_end)));
}

RunEventStream::RunEventStream(RunEventTargets targets, std::string owner_conn_id, OnEnd on_end)
    : targets_(targets), owner_conn_id_(std::move(owner_conn_id)), on_end_(std::move(on_end)) {}

std::int64_t RunEventStream::EmitAgent(const runs::RunInfo& info, std::string stream,
                                       nlohmann::json data) {
  return EmitAgentTo(info, std::move(stream), std::move(data),
                     rpc::Audience::SessionEvents(info.session_key));
}

std::int64_t RunEventStream::EmitAgentTo(const runs::RunInfo& info, std::string stream,
                                         nlohmann::json data, rpc::Audience audience) {
  proto::AgentEvent event;
  event.run_id = info.run_id;
  event.seq = ++seq_;
  event.stream = std::move(stream);
  event.ts = NowMs();
  event.data.unknown_fields = std::move(data);
  event.session_key = info.session_key;
  if (!info.agent_id.empty()) event.agent_id = info.agent_id;
  if (!info.session_id.empty()) event.session_id = info.session_id;
  rpc::Emitter(targets_.publisher, std::move(audience))->Agent(event);
  return event.seq;
}

void RunEventStream::EmitChat(const runs::RunInfo& info, proto::ChatEvent event) {
  rpc::Emitter(targets_.publisher, rpc::Audience::SessionEvents(info.session_key))->Chat(event);
}

void RunEventStream::EnsurePacers(const runs::RunInfo& info) {
  if (text_pacer_) return;
  std::weak_ptr<RunEventStream> weak = weak_from_this();
  text_pacer_ = runs::TextPacer::Create(targets_.timers, targets_.pacing,
                                        [weak, info](const std::string& delta, int) {
                                          if (auto self = weak.lock()) self->SendText(info, delta);
                                        });
  thinking_pacer_ = runs::TextPacer::Create(targets_.timers, targets_.pacing,
                                            [weak, info](const std::string& delta, int) {
                                              if (auto self = weak.lock())
                                                self->SendThinking(info, delta);
                                            });
}

void RunEventStream::OnStarted(const runs::RunInfo& info) {
  {
    std::lock_guard lock(mutex_);
    item_id_ = gateway::NewUuid() + ":0";
    EmitAgent(info, "lifecycle", {{"phase", "start"}, {"startedAt", info.started_at}});
  }
  EnsurePacers(info);
}

void RunEventStream::OnUserMessage(const runs::RunInfo& info,
                                   const domain::sessions::TranscriptEvent& event,
                                   const std::optional<domain::sessions::SessionRow>& row) {
  proto::SessionMessageEvent update;
  update.session_key = info.session_key;
  if (!info.agent_id.empty()) update.agent_id = info.agent_id;
  update.session_id = info.session_id;
  update.message_id = event.id;
  update.message_seq = event.seq;
  if (auto message = ToHistoryMessage(event)) update.message = *message;
  if (row) update.session = ToWireRow(*row);
  update.ts = NowMs();
  rpc::Emitter(targets_.publisher, rpc::Audience::SessionMessages(info.session_key))
      ->SessionMessage(update);
}

void RunEventStream::OnModel(const runs::RunInfo& info, const std::string& provider,
                             const std::string& model) {
  std::lock_guard lock(mutex_);
  EmitAgent(info, "lifecycle", {{"phase", "model"}, {"provider", provider}, {"model", model}});
}

void RunEventStream::OnText(const runs::RunInfo& info, std::string_view delta,
                            const std::string& text) {
  std::string release;
  {
    std::lock_guard lock(mutex_);
    held_.append(delta);
    // Text that could still become a control token is held back (protocol.md §9).
    if (streamed_.empty() && IsSilentReply(text, /*allow_prefix=*/true)) return;
    release = std::move(held_);
    held_.clear();
  }
  EnsurePacers(info);
  text_pacer_->Add(release);
}

void RunEventStream::SendText(const runs::RunInfo& info, const std::string& delta) {
  std::lock_guard lock(mutex_);
  streamed_ += delta;
  const std::int64_t seq =
      EmitAgent(info, "assistant", {{"text", streamed_}, {"delta", delta}, {"itemId", item_id_}});
  proto::ChatDeltaEvent chat;
  chat.run_id = info.run_id;
  chat.session_key = info.session_key;
  chat.seq = seq;
  if (!info.agent_id.empty()) chat.agent_id = info.agent_id;
  chat.delta_text = delta;
  chat.message = AssistantText(streamed_, NowMs());
  EmitChat(info, proto::ChatEvent{std::move(chat)});
}

void RunEventStream::OnThinking(const runs::RunInfo& info, std::string_view delta) {
  EnsurePacers(info);
  thinking_pacer_->Add(delta);
}

void RunEventStream::SendThinking(const runs::RunInfo& info, const std::string& delta) {
  std::lock_guard lock(mutex_);
  EmitAgent(info, "thinking", {{"delta", delta}, {"itemId", item_id_}});
}

void RunEventStream::OnAttemptFailed(const runs::RunInfo& info,
                                     const providers::AttemptReport& report) {
  std::lock_guard lock(mutex_);
  const std::string reason(providers::FailoverReason(report.error.kind));
  if (report.next == providers::AttemptReport::Next::kRetrySameModel) {
    const std::int64_t seq =
        EmitAgent(info, "run_status",
                  {{"phase", "starting_model"},
                   {"retry", {{"attempt", report.attempt + 1}, {"reason", reason}}},
                   {"delayMs", report.delay.count()}});
    if (report.error.kind == providers::ProviderErrorKind::kRateLimit) {
      proto::ChatStatusEvent status;
      status.run_id = info.run_id;
      status.session_key = info.session_key;
      status.seq = seq;
      if (!info.agent_id.empty()) status.agent_id = info.agent_id;
      status.phase = proto::ChatStatusPhase::kStartingModel;
      status.retry = {{"attempt", report.attempt + 1}, {"reason", "rate_limit"}};
      EmitChat(info, proto::ChatEvent{std::move(status)});
    }
    return;
  }
  EmitAgent(
      info, "lifecycle",
      {{"phase", report.next == providers::AttemptReport::Next::kNextModel ? "fallback_step"
                                                                           : "attempt_failed"},
       {"failedModel", report.ref},
       {"reasonSummary", reason},
       {"error", Preview(report.error.message)}});
}

void RunEventStream::OnApprovalWait(const runs::RunInfo& info, const std::string& approval_id,
                                    const std::string& tool_call_id, bool waiting) {
  std::lock_guard lock(mutex_);
  EmitAgent(info, "lifecycle",
            {{"phase", waiting ? "waiting-approval" : "approval-resolved"},
             {"approvalId", approval_id},
             {"toolCallId", tool_call_id}});
}

void RunEventStream::OnToolStart(const runs::RunInfo& info, const runs::ToolActivity& activity) {
  if (text_pacer_) {
    text_pacer_->Flush();
    thinking_pacer_->Flush();
  }
  std::lock_guard lock(mutex_);
  EmitAgentTo(info, "tool",
              {{"phase", "start"},
               {"name", activity.name},
               {"toolCallId", activity.call_id},
               {"args", activity.args}},
              rpc::Audience::RunOwner(info.run_id));
  EmitAgent(info, "item",
            {{"itemId", "tool:" + activity.call_id},
             {"toolCallId", activity.call_id},
             {"name", activity.name},
             {"kind", "tool"},
             {"phase", "start"},
             {"title", ToolTitle(activity)},
             {"status", "running"},
             {"commandBearing", false},
             {"startedAt", activity.started_at}});
}

void RunEventStream::OnToolResult(const runs::RunInfo& info, const runs::ToolActivity& activity) {
  std::lock_guard lock(mutex_);
  const nlohmann::json result = {
      {"content", nlohmann::json::array({{{"type", "text"}, {"text", activity.text}}})},
      {"details", activity.details}};
  EmitAgentTo(info, "tool",
              {{"phase", "result"},
               {"name", activity.name},
               {"toolCallId", activity.call_id},
               {"meta", ToolMeta(activity)},
               {"isError", activity.is_error},
               {"commandBearing", false},
               {"result", result}},
              rpc::Audience::RunOwner(info.run_id));
  nlohmann::json item = {{"itemId", "tool:" + activity.call_id},
                         {"toolCallId", activity.call_id},
                         {"name", activity.name},
                         {"kind", "tool"},
                         {"phase", "end"},
                         {"title", ToolTitle(activity)},
                         {"status", activity.is_error ? "failed" : "completed"},
                         {"commandBearing", false},
                         {"startedAt", activity.started_at},
                         {"endedAt", activity.ended_at}};
  if (activity.is_error) item["error"] = Preview(activity.text);
  EmitAgent(info, "item", std::move(item));
}

void RunEventStream::OnFinished(const runs::RunInfo& info, const runs::RunOutcome& outcome) {
  if (text_pacer_) {
    text_pacer_->Close();
    thinking_pacer_->Close();
  }
  const bool silent = outcome.status == runs::RunStatus::kOk && IsSilentReply(outcome.text);
  {
    std::lock_guard lock(mutex_);
    // Held-back text that did not become a control token is sent before the end.
    if (!silent && !held_.empty() && outcome.status == runs::RunStatus::kOk) {
      const std::string rest = std::move(held_);
      held_.clear();
      streamed_ += rest;
      EmitAgent(info, "assistant", {{"text", streamed_}, {"delta", rest}, {"itemId", item_id_}});
    }
    nlohmann::json end = {{"startedAt", outcome.started_at}, {"endedAt", outcome.ended_at}};
    switch (outcome.status) {
      case runs::RunStatus::kOk: {
        EmitAgent(info, "lifecycle", {{"phase", "finishing"}, {"endedAt", outcome.ended_at}});
        end["phase"] = "end";
        const std::int64_t seq = EmitAgent(info, "lifecycle", end);
        proto::ChatFinalEvent final_event;
        final_event.run_id = info.run_id;
        final_event.session_key = info.session_key;
        final_event.seq = seq;
        if (!info.agent_id.empty()) final_event.agent_id = info.agent_id;
        if (!silent) {
          nlohmann::json message = outcome.message.is_object()
                                       ? outcome.message
                                       : AssistantText(outcome.text, outcome.ended_at);
          message["__openclaw"] = {{"runId", info.run_id}, {"idempotencyKey", info.run_id}};
          if (outcome.message_id) message["__openclaw"]["id"] = *outcome.message_id;
          final_event.message = std::move(message);
        }
        final_event.usage = UsageJson(outcome.usage);
        if (!outcome.stop_reason.empty()) final_event.stop_reason = outcome.stop_reason;
        EmitChat(info, proto::ChatEvent{std::move(final_event)});
        break;
      }
      case runs::RunStatus::kAborted: {
        end["phase"] = "end";
        end["status"] = "cancelled";
        end["stopReason"] = outcome.stop_reason;
        end["aborted"] = true;
        EmitAgent(info, "lifecycle", end);
        nlohmann::json failed = {{"phase", "error"},
                                 {"startedAt", outcome.started_at},
                                 {"endedAt", outcome.ended_at},
                                 {"error", kAbortedError}};
        const std::int64_t seq = EmitAgent(info, "lifecycle", failed);
        proto::ChatAbortedEvent aborted;
        aborted.run_id = info.run_id;
        aborted.session_key = info.session_key;
        aborted.seq = seq;
        if (!info.agent_id.empty()) aborted.agent_id = info.agent_id;
        aborted.stop_reason = outcome.stop_reason;
        aborted.message = AssistantText(streamed_, outcome.ended_at);
        EmitChat(info, proto::ChatEvent{std::move(aborted)});
        break;
      }
      case runs::RunStatus::kTimeout:
      case runs::RunStatus::kError: {
        end["phase"] = "error";
        end["error"] = outcome.error_message;
        if (outcome.status == runs::RunStatus::kTimeout) {
          end["timeoutPhase"] = outcome.provider_started ? "provider" : "queue";
          end["providerStarted"] = outcome.provider_started;
        }
        const std::int64_t seq = EmitAgent(info, "lifecycle", end);
        proto::ChatErrorEvent error;
        error.run_id = info.run_id;
        error.session_key = info.session_key;
        error.seq = seq;
        if (!info.agent_id.empty()) error.agent_id = info.agent_id;
        error.error_message = outcome.error_message;
        error.error_kind = ChatErrorKindOf(outcome);
        if (!streamed_.empty()) error.message = AssistantText(streamed_, outcome.ended_at);
        nlohmann::json detail = nlohmann::json::object();
        if (!outcome.provider.empty()) detail["provider"] = outcome.provider;
        if (!outcome.model.empty()) detail["model"] = outcome.model;
        if (outcome.error) {
          detail["failoverReason"] = std::string(providers::FailoverReason(outcome.error->kind));
          if (outcome.error->http_status >= 100 && outcome.error->http_status <= 599) {
            detail["httpStatus"] = outcome.error->http_status;
          }
          if (!outcome.error->code.empty())
            detail["providerErrorType"] = Preview(outcome.error->code);
          detail["providerErrorMessagePreview"] = Preview(outcome.error->message);
        }
        if (!detail.empty()) error.error_detail = std::move(detail);
        error.stop_reason = outcome.status == runs::RunStatus::kTimeout ? "timeout" : "error";
        EmitChat(info, proto::ChatEvent{std::move(error)});
        break;
      }
    }
  }
  if (outcome.row) {
    proto::SessionsChangedEvent changed;
    changed.reason = "send";
    changed.session_key = info.session_key;
    if (!info.agent_id.empty()) changed.agent_id = info.agent_id;
    changed.session_id = outcome.row->session_id;
    changed.session = ToWireRow(*outcome.row);
    changed.ts = NowMs();
    rpc::Emitter(targets_.publisher, rpc::Audience::SessionWatchers())->SessionsChanged(changed);
  }
  if (!owner_conn_id_.empty()) targets_.subscriptions.ClearRunOwner(info.run_id);
  if (on_end_) on_end_(info, outcome);
}

}  // namespace gateway::services
