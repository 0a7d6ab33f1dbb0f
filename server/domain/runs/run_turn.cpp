#include "server/domain/runs/run_turn.hpp"

#include <utility>

namespace gateway::domain::runs {
namespace {

namespace ds = sessions;

// The context budget when the model's catalog row names none (methods.md §5 `defaults`).
constexpr std::int64_t kDefaultContextTokens = 200000;

ds::StopReason TranscriptStopReason(providers::StopReason reason) {
  switch (reason) {
    case providers::StopReason::kLength:
      return ds::StopReason::kLength;
    case providers::StopReason::kToolCalls:
      return ds::StopReason::kToolUse;
    case providers::StopReason::kContentFilter:
      return ds::StopReason::kError;
    case providers::StopReason::kStop:
    case providers::StopReason::kOther:
      break;
  }
  return ds::StopReason::kStop;
}

ds::Usage TranscriptUsage(const providers::Usage& usage) {
  ds::Usage out;
  out.input = static_cast<std::int64_t>(usage.input);
  out.output = static_cast<std::int64_t>(usage.output);
  out.cache_read = static_cast<std::int64_t>(usage.cache_read);
  out.cache_write = static_cast<std::int64_t>(usage.cache_write);
  out.total_tokens = static_cast<std::int64_t>(usage.total);
  return out;
}

nlohmann::json ToolCallBlock(const providers::ToolCall& call) {
  nlohmann::json arguments = nlohmann::json::parse(call.arguments, nullptr, false);
  if (arguments.is_discarded()) arguments = call.arguments;
  return {{"type", "toolCall"}, {"id", call.id}, {"name", call.name}, {"arguments", arguments}};
}

}  // namespace

void RunEngine::Turn::Start(RunEngine& engine, std::shared_ptr<Run> run) {
  std::shared_ptr<Turn> turn(new Turn(engine, std::move(run)));
  turn->ApplyResetCommand();
}

RunEngine::Turn::Turn(RunEngine& engine, std::shared_ptr<Run> run)
    : engine_(engine), run_(std::move(run)), prompt_(run_->request.message) {}

void RunEngine::Turn::ApplyResetCommand() {
  if (Cancelled()) return Stop();
  auto command = ParseResetCommand(prompt_);
  if (!command) return BeginSession();
  prompt_ = command->rest.empty() ? std::string(kBareResetPrompt) : command->rest;
  ds::ResetParams params;
  params.reason = command->reason;
  params.agent_id = run_->request.agent_id;
  auto self = shared_from_this();
  engine_.deps_.store.Reset(run_->info.session_key, params,
                            [self](ds::StoreResult<ds::ResetOutcome> reset) {
                              if (!reset) return self->Stop(reset.error().message);
                              self->BeginSession();
                            });
}

void RunEngine::Turn::BeginSession() {
  if (Cancelled()) return Stop();
  auto self = shared_from_this();
  auto start_turn = [self] {
    ds::TurnParams params;
    params.key = self->run_->info.session_key;
    params.agent_id = self->run_->request.agent_id;
    params.reset = self->engine_.deps_.planner.reset_config();
    params.user_input = self->run_->request.user_input;
    self->engine_.deps_.store.StartTurn(params, [self](ds::StoreResult<ds::TurnStart> started) {
      if (!started) return self->Stop(started.error().message);
      self->OnSession(std::move(started->row));
    });
  };
  if (!run_->request.session_id) return start_turn();
  // A caller-chosen sessionId for a new row (`agent` without a sessionKey).
  ds::CreateParams create;
  create.key = run_->info.session_key;
  create.agent_id = run_->request.agent_id;
  create.session_id = run_->request.session_id;
  engine_.deps_.store.GetOrCreate(create,
                                  [self, start_turn](ds::StoreResult<ds::CreateOutcome> made) {
                                    if (!made) return self->Stop(made.error().message);
                                    start_turn();
                                  });
}

void RunEngine::Turn::OnSession(ds::SessionRow row) {
  row_ = std::move(row);
  {
    std::lock_guard lock(engine_.mutex_);  // Find() reads the info
    run_->info.session_id = row_.session_id;
    run_->info.started_at = engine_.Now();
  }
  if (run_->observer) run_->observer->OnStarted(run_->info);
  if (Cancelled()) return Stop();
  if (!run_->request.persist_prompt) return LoadHistory();
  StorePrompt();
}

void RunEngine::Turn::StorePrompt() {
  auto message = ds::UserMessage(prompt_, engine_.Now(), run_->info.run_id + ":user");
  ds::AppendOptions options;
  options.user_input = run_->request.user_input;
  options.create_if_missing = false;
  options.expected_session_id = row_.session_id;
  options.return_row = true;
  auto self = shared_from_this();
  auto event = ds::MessageEvent(message);
  engine_.deps_.store.Append(run_->info.session_key, event, options,
                             [self, event](ds::StoreResult<ds::AppendResult> appended) mutable {
                               if (!appended) return self->Stop(appended.error().message);
                               event.id = appended->id;
                               event.seq = appended->seq;
                               if (appended->row) self->row_ = *appended->row;
                               if (self->run_->observer) {
                                 self->run_->observer->OnUserMessage(self->run_->info, event,
                                                                     appended->row);
                               }
                               self->LoadHistory();
                             });
}

void RunEngine::Turn::LoadHistory() {
  if (Cancelled()) return Stop();
  ds::HistoryQuery query;
  query.limit = engine_.options_.history_limit;
  query.session_id = row_.session_id;
  query.messages_only = false;  // compaction entries too
  auto self = shared_from_this();
  engine_.deps_.store.History(run_->info.session_key, query,
                              [self](ds::StoreResult<ds::HistoryPage> page) {
                                if (!page) return self->Stop(page.error().message);
                                self->BuildPrompt(std::move(page->events));
                              });
}

void RunEngine::Turn::BuildPrompt(std::vector<ds::TranscriptEvent> events) {
  auto self = shared_from_this();
  // The bootstrap files are read on the blocking executor, never on a store or I/O thread.
  engine_.deps_.blocking.Post([self, events = std::move(events)]() mutable {
    std::string system_prompt;
    try {
      system_prompt = self->engine_.deps_.planner.SystemPrompt(
          self->run_->request.agent_id, self->run_->request.extra_system_prompt);
    } catch (const std::exception& error) {
      return self->Stop(std::string("cannot build the system prompt: ") + error.what());
    }
    self->Ask(std::move(events), std::move(system_prompt));
  });
}

void RunEngine::Turn::SetModel(const std::string& ref) {
  auto parsed = providers::ModelRef::Parse(ref);
  provider_ = parsed ? parsed->provider : "";
  model_ = parsed ? parsed->model : ref;
  if (run_->observer) run_->observer->OnModel(run_->info, provider_, model_);
}

void RunEngine::Turn::Ask(std::vector<ds::TranscriptEvent> events, std::string system_prompt) {
  if (Cancelled()) return Stop();
  const auto& planner = engine_.deps_.planner;
  const auto plan = planner.Models(run_->request, row_);
  chain_ = plan.chain;
  if (chain_.empty()) return Stop("no model is configured");

  providers::ModelRequest request;
  request.system_prompt = std::move(system_prompt);
  request.tools = run_->request.client_tools;
  request.tool_choice = run_->request.tool_choice;
  request.sampling = run_->request.sampling;
  request.thinking = planner.Thinking(run_->request, row_);
  std::int64_t context = kDefaultContextTokens;
  std::int64_t reserve = 0;
  if (auto resolved = engine_.deps_.registry.Resolve(chain_.front())) {
    if (resolved->entry && resolved->entry->context_window) {
      context = *resolved->entry->context_window;
    }
    reserve = request.sampling.max_tokens.value_or(resolved->max_tokens.value_or(0));
  }
  const std::int64_t budget = std::max<std::int64_t>(
      1024, context - reserve - static_cast<std::int64_t>(request.system_prompt.size() / 4));
  request.messages = HistoryForModel(events, budget);
  if (!run_->request.persist_prompt) request.messages.push_back(providers::Message::User(prompt_));

  SetModel(chain_.front());
  provider_started_ = true;
  auto self = shared_from_this();
  providers::FailoverSink sink;
  sink.on_event = [self](const std::string& ref, providers::StreamEvent event) {
    self->OnStreamEvent(ref, std::move(event));
  };
  sink.on_attempt_failed = [self](const providers::AttemptReport& report) {
    self->OnAttemptFailed(report);
  };
  sink.on_complete = [self](const std::string& ref, providers::StreamOutcome outcome) {
    self->Complete(ref, std::move(outcome));
  };
  engine_.deps_.models.Stream(chain_, std::move(request), std::move(sink), run_->cancel.token());
}

void RunEngine::Turn::OnStreamEvent(const std::string&, providers::StreamEvent event) {
  auto* observer = run_->observer.get();
  if (auto* text = std::get_if<providers::TextDelta>(&event)) {
    text_ += text->text;
    if (observer) observer->OnText(run_->info, text->text, text_);
  } else if (auto* thinking = std::get_if<providers::ThinkingDelta>(&event)) {
    if (observer) observer->OnThinking(run_->info, thinking->text);
  }
}

void RunEngine::Turn::OnAttemptFailed(const providers::AttemptReport& report) {
  if (run_->observer) run_->observer->OnAttemptFailed(run_->info, report);
  if (report.next == providers::AttemptReport::Next::kNextModel &&
      chain_index_ + 1 < chain_.size()) {
    SetModel(chain_[++chain_index_]);
  }
}

RunOutcome RunEngine::Turn::AbortedOutcome() const {
  RunOutcome outcome;
  const AbortReason reason = run_->abort_reason.load();
  outcome.status = reason == AbortReason::kTimeout ? RunStatus::kTimeout : RunStatus::kAborted;
  outcome.stop_reason = std::string(StopReasonOf(reason));
  if (reason == AbortReason::kTimeout) outcome.error_message = "agent run timed out";
  outcome.text = text_;
  return outcome;
}

void RunEngine::Turn::Complete(const std::string& ref, providers::StreamOutcome outcome) {
  if (auto parsed = providers::ModelRef::Parse(ref)) {
    provider_ = parsed->provider;
    model_ = parsed->model;
  }
  const std::int64_t now = engine_.Now();
  RunOutcome result;
  std::optional<ds::Message> message;
  if (outcome) {
    result.status = RunStatus::kOk;
    result.text = outcome->text.empty() ? text_ : outcome->text;
    result.usage = outcome->usage;
    result.stop_reason = std::string(providers::StopReasonName(outcome->stop_reason));
    result.tool_calls = outcome->tool_calls;
    message = ds::AssistantMessage(result.text, now, TranscriptStopReason(outcome->stop_reason),
                                   TranscriptUsage(outcome->usage));
    for (const auto& call : outcome->tool_calls) message->content.push_back(ToolCallBlock(call));
  } else if (outcome.error().kind == providers::ProviderErrorKind::kCancelled) {
    result = AbortedOutcome();
    if (!text_.empty()) message = ds::AssistantMessage(text_, now, ds::StopReason::kAborted);
  } else {
    result.status = RunStatus::kError;
    result.error = outcome.error();
    result.error_message = outcome.error().message.empty()
                               ? std::string(providers::ProviderErrorKindName(outcome.error().kind))
                               : outcome.error().message;
    result.stop_reason = "error";
    result.text = text_;
    message = ds::AssistantMessage(text_, now, ds::StopReason::kError);
    message->error_message = result.error_message;
  }
  if (message) {
    message->provider = provider_;
    message->model = model_;
    if (auto resolved = engine_.deps_.registry.Resolve(ref)) {
      message->api = std::string(providers::ApiKindName(resolved->api));
    }
  }
  StoreReply(std::move(result), std::move(message));
}

void RunEngine::Turn::StoreReply(RunOutcome outcome, std::optional<ds::Message> message) {
  if (!message) return Finish(std::move(outcome));
  ds::AppendOptions options;
  options.create_if_missing = false;
  options.return_row = true;
  if (outcome.status == RunStatus::kOk && !provider_.empty()) {
    options.answered_by = std::make_pair(provider_, model_);
  }
  auto self = shared_from_this();
  auto json = ds::ToJson(*message);
  engine_.deps_.store.Append(run_->info.session_key, ds::MessageEvent(std::move(*message)), options,
                             [self, outcome = std::move(outcome), json = std::move(json)](
                                 ds::StoreResult<ds::AppendResult> appended) mutable {
                               if (appended) {
                                 outcome.message = std::move(json);
                                 outcome.message_id = appended->id;
                                 outcome.row = std::move(appended->row);
                               } else if (self->engine_.options_.log_warning) {
                                 self->engine_.options_.log_warning(
                                     "run " + self->run_->info.run_id +
                                     ": the reply was not stored: " + appended.error().message);
                               }
                               self->Finish(std::move(outcome));
                             });
}

void RunEngine::Turn::Stop(std::optional<std::string> error) {
  RunOutcome outcome;
  if (Cancelled()) {
    outcome = AbortedOutcome();
  } else {
    outcome.status = RunStatus::kError;
    outcome.stop_reason = "error";
    outcome.error_message = error.value_or("the run could not start");
  }
  Finish(std::move(outcome));
}

void RunEngine::Turn::Finish(RunOutcome outcome) {
  outcome.provider = provider_;
  outcome.model = model_;
  outcome.provider_started = provider_started_;
  outcome.started_at = run_->info.started_at ? run_->info.started_at : engine_.Now();
  outcome.ended_at = engine_.Now();
  if (!outcome.row && !row_.key.empty()) outcome.row = row_;
  engine_.Finish(run_, std::move(outcome));
}

}  // namespace gateway::domain::runs
