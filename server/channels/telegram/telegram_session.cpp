#include "server/channels/telegram/telegram_session.hpp"

#include <algorithm>

#include "server/channels/telegram/dm_policy.hpp"
#include "server/channels/telegram/group_policy.hpp"
#include "server/channels/telegram/telegram_format.hpp"
#include "server/channels/text_chunks.hpp"
#include "server/platform/ids.hpp"
#include "server/platform/text.hpp"

namespace gateway::channels::telegram {
namespace {

using json = nlohmann::json;
namespace runs = domain::runs;
namespace sessions = domain::sessions;

constexpr int kPollLimit = 100;
constexpr std::string_view kSubsystem = "telegram";
constexpr int kMaxSendAttempts = 6;

const std::vector<BotCommand>& Commands() {
  static const std::vector<BotCommand> commands = {
      {"start", "Start talking to the agent"},
      {"new", "Start a new session"},
      {"reset", "Reset the current session"},
      {"stop", "Stop the current run"},
  };
  return commands;
}

std::optional<InboundMessage> MessageOf(const OpenEvent& event) {
  const json raw = json::parse(event.payload, nullptr, false);
  if (raw.is_discarded() || !raw.is_object()) return std::nullopt;
  auto updates = ParseUpdates(json::array({raw}));
  if (updates.empty() || !updates.front().message) return std::nullopt;
  return updates.front().message;
}

bool IsCommand(std::string_view text, std::string_view command) {
  if (!text.starts_with(command)) return false;
  const auto rest = text.substr(command.size());
  // "/stop", "/stop@bot_name", "/stop now"
  return rest.empty() || rest.front() == '@' || rest.front() == ' ';
}

// The text with a leading "/command@bot" addressed to this bot shortened to "/command" (so
// "/new@my_bot hi" resets like "/new hi"); empty when the command is addressed to another bot.
std::string CommandText(const std::string& text, const std::string& bot_username) {
  if (!text.starts_with('/')) return text;
  const auto end = text.find_first_of(" \n");
  const auto at = text.find('@');
  if (at == std::string::npos || (end != std::string::npos && at > end)) return text;
  const std::string_view target = std::string_view(text).substr(
      at + 1, (end == std::string::npos ? text.size() : end) - at - 1);
  if (!platform::AsciiIEquals(target, bot_username)) return "";
  return text.substr(0, at) + (end == std::string::npos ? "" : text.substr(end));
}

}  // namespace

// Watches one turn: typing while it runs, the streamed preview or blocks (when the account
// streams), the reply when it ends.
class TelegramSession::TurnObserver final : public runs::RunObserver {
 public:
  TurnObserver(std::weak_ptr<TelegramSession> session, std::int64_t event_id, ReplyTarget target,
               std::shared_ptr<ReplyStream> stream, std::vector<std::int64_t> merged)
      : session_(std::move(session)),
        event_id_(event_id),
        target_(std::move(target)),
        stream_(std::move(stream)),
        merged_(std::move(merged)) {}

  void OnStarted(const runs::RunInfo&) override {
    if (auto session = session_.lock()) session->Typing(event_id_, target_);
  }
  void OnText(const runs::RunInfo&, std::string_view, const std::string& text) override {
    if (stream_) stream_->OnText(text);
  }
  void OnToolStart(const runs::RunInfo&, const runs::ToolActivity& tool) override {
    if (stream_) stream_->OnTool(tool.name);
  }
  void OnFinished(const runs::RunInfo&, const runs::RunOutcome& outcome) override {
    if (!stream_) {
      if (auto session = session_.lock()) {
        session->OnTurnFinished(event_id_, target_, outcome, {}, merged_);
      }
      return;
    }
    stream_->Finish([session = session_, event_id = event_id_, target = target_, outcome,
                     merged = merged_](ReplyStream::Handoff handoff) {
      if (auto locked = session.lock()) {
        locked->OnTurnFinished(event_id, target, outcome, handoff, merged);
      }
    });
  }

 private:
  std::weak_ptr<TelegramSession> session_;
  std::int64_t event_id_;
  ReplyTarget target_;
  std::shared_ptr<ReplyStream> stream_;
  std::vector<std::int64_t> merged_;
};

TelegramSession::TelegramSession(const TelegramAccount& account, const TelegramDeps& deps,
                                 std::shared_ptr<StatusBox> status, Channel::OnFailed on_failed,
                                 WebhookListener* webhook)
    : account_(account),
      deps_(deps),
      ref_{std::string(kChannelName), account.account_id},
      api_(deps.http, {.api_root = account.api_root,
                       .token = account.token,
                       .request_timeout = std::chrono::milliseconds(20'000)}),
      status_(std::move(status)),
      on_failed_(std::move(on_failed)),
      webhook_(webhook) {}

bool TelegramSession::stopped() const {
  std::lock_guard lock(mutex_);
  return stopped_ || failed_;
}

void TelegramSession::SetState(const std::string& state, std::optional<std::string> error) {
  std::lock_guard lock(status_->mutex);
  status_->status.state = state;
  if (error) status_->status.last_error = std::move(error);
}

void TelegramSession::Fail(const std::string& reason) {
  transport::HttpRequestHandle poll;
  bool had_run = false;
  {
    std::lock_guard lock(mutex_);
    if (stopped_ || failed_) return;
    failed_ = true;
    poll = poll_;
    had_run = poll_confirmed_;
  }
  poll.Cancel();
  deps_.log.Warn(kSubsystem, "account " + account_.account_id + " failed: " + reason);
  SetState("backoff", reason);
  if (on_failed_) on_failed_(reason, had_run);
}

void TelegramSession::After(std::chrono::milliseconds delay, std::function<void()> task) {
  deps_.timers.RunAfter(delay, [self = shared_from_this(), task = std::move(task)] {
    if (!self->stopped()) task();
  });
}

std::chrono::milliseconds TelegramSession::NextRetryDelay() {
  std::lock_guard lock(mutex_);
  retry_delay_ = retry_delay_.count() == 0 ? deps_.timings.retry_min
                                           : std::min(retry_delay_ * 2, deps_.timings.retry_max);
  return retry_delay_;
}

void TelegramSession::Start() {
  SetState("starting");
  StartupCalls();
}

void TelegramSession::Stop() {
  transport::HttpRequestHandle poll;
  {
    std::lock_guard lock(mutex_);
    if (stopped_) return;
    stopped_ = true;
    poll = poll_;
  }
  poll.Cancel();
}

void TelegramSession::StartupCalls() {
  auto self = shared_from_this();
  api_.GetMe([self](BotResult me) {
    if (self->stopped()) return;
    if (!me) {
      return self->Fail("getMe: " + me.error().description);
    }
    {
      std::lock_guard lock(self->status_->mutex);
      if (me->is_object() && (*me)["username"].is_string()) {
        self->status_->status.bot_username = (*me)["username"].get<std::string>();
      }
    }
    if (me->is_object()) {
      std::lock_guard lock(self->mutex_);
      if ((*me)["username"].is_string()) self->bot_.username = (*me)["username"];
      if ((*me)["id"].is_number_integer()) {
        self->bot_.id = std::to_string((*me)["id"].get<std::int64_t>());
      }
    }
    auto commands = [self] {
      self->api_.SetMyCommands(Commands(), [self](BotResult set) {
        if (self->stopped()) return;
        if (!set) {
          self->deps_.log.Warn(kSubsystem, "setMyCommands: " + set.error().description);
        }
        self->LoadQueue();
      });
    };
    if (self->account_.webhook) {
      const auto& hook = *self->account_.webhook;
      self->api_.SetWebhook(hook.url, hook.secret, [self, commands](BotResult set) {
        if (self->stopped()) return;
        if (!set) return self->Fail("setWebhook: " + set.error().description);
        commands();
      });
      return;
    }
    // Polling and a webhook exclude each other: the webhook goes first (its updates stay).
    self->api_.DeleteWebhook(false, [self, commands](BotResult deleted) {
      if (self->stopped()) return;
      if (!deleted) return self->Fail("deleteWebhook: " + deleted.error().description);
      commands();
    });
  });
}

void TelegramSession::LoadQueue() {
  auto self = shared_from_this();
  deps_.queue->LoadOffset(ref_, [self](std::expected<std::int64_t, std::string> offset) {
    if (self->stopped()) return;
    if (!offset) return self->Fail("channel store: " + offset.error());
    {
      std::lock_guard lock(self->mutex_);
      self->offset_ = *offset;
    }
    // What the last run stored but did not answer comes first.
    self->deps_.queue->Open(
        self->ref_, [self](std::expected<std::vector<OpenEvent>, std::string> events) {
          if (self->stopped()) return;
          if (!events) return self->Fail("channel store: " + events.error());
          if (!events->empty()) {
            self->deps_.log.Info(kSubsystem, std::to_string(events->size()) +
                                                 " stored message(s) resumed for account " +
                                                 self->account_.account_id);
          }
          for (auto& event : *events) self->Admit(std::move(event));
          self->SetState("running");
          if (self->webhook_) {
            std::weak_ptr<TelegramSession> weak = self;
            self->webhook_->SetSink([weak](json update, std::function<void(bool)> done) {
              auto session = weak.lock();
              if (!session) return done(false);
              session->OnWebhookUpdate(std::move(update), std::move(done));
            });
            return;
          }
          self->Poll();
          self->After(self->deps_.timings.watchdog / 4, [self] { self->Watchdog(); });
        });
  });
}

void TelegramSession::OnWebhookUpdate(json update, std::function<void(bool)> done) {
  if (stopped()) return done(false);
  const auto updates = ParseUpdates(json::array({update}));
  if (updates.empty()) return done(true);  // nothing we can use: acknowledged, dropped
  QueuedEvent event{updates.front().update_id,
                    updates.front().raw.dump(-1, ' ', false, json::error_handler_t::replace)};
  auto self = shared_from_this();
  deps_.queue->EnqueueOne(
      ref_, event,
      [self, event, done = std::move(done)](std::expected<bool, std::string> stored) mutable {
        if (!stored) {
          self->deps_.log.Error(kSubsystem, "cannot store a webhook update: " + stored.error());
          return done(false);
        }
        done(true);
        if (!*stored || self->stopped()) return;  // a retried delivery: handled already
        {
          std::lock_guard lock(self->status_->mutex);
          self->status_->status.last_inbound_at = gateway::NowMs();
        }
        self->Admit({.event_id = event.event_id,
                     .payload = std::move(event.payload),
                     .reply_text = std::nullopt,
                     .reply_is_html = false,
                     .chunks_sent = 0});
      });
}

void TelegramSession::Poll() {
  std::uint64_t generation = 0;
  std::int64_t offset = 0;
  int timeout = 0;
  {
    std::lock_guard lock(mutex_);
    if (stopped_ || failed_) return;
    generation = ++poll_generation_;
    offset = offset_;
    // 0 until a first poll succeeded (a long poll on a bad setup would hide the error).
    timeout = poll_confirmed_ ? deps_.timings.poll_timeout_s : 0;
    poll_started_ = std::chrono::steady_clock::now();
  }
  auto self = shared_from_this();
  auto handle = api_.GetUpdates(offset, timeout, kPollLimit, [self, generation](BotResult result) {
    self->OnPolled(generation, std::move(result));
  });
  std::lock_guard lock(mutex_);
  if (generation == poll_generation_) poll_ = handle;
}

void TelegramSession::Watchdog() {
  bool stuck = false;
  transport::HttpRequestHandle poll;
  {
    std::lock_guard lock(mutex_);
    if (stopped_ || failed_) return;
    const auto limit = deps_.timings.watchdog;
    stuck = poll_ && std::chrono::steady_clock::now() - poll_started_ > limit;
    if (stuck) {
      poll = poll_;
      poll_ = {};
      ++poll_generation_;  // the cancelled poll's completion is ignored
    }
  }
  if (stuck) {
    deps_.log.Warn(kSubsystem,
                   "getUpdates stuck for account " + account_.account_id + ": restarting the poll");
    poll.Cancel();
    Poll();
  }
  auto self = shared_from_this();
  After(deps_.timings.watchdog / 4, [self] { self->Watchdog(); });
}

void TelegramSession::OnPolled(std::uint64_t generation, BotResult result) {
  {
    std::lock_guard lock(mutex_);
    if (stopped_ || failed_ || generation != poll_generation_) return;
    poll_ = {};
  }
  if (!result) {
    const BotError& error = result.error();
    switch (error.kind) {
      case BotErrorKind::kUnauthorized:
        return Fail("getUpdates: " + error.description);
      case BotErrorKind::kRateLimited:
        SetState("running", "getUpdates: " + error.description);
        return After(std::chrono::duration_cast<std::chrono::milliseconds>(error.retry_after),
                     [this] { Poll(); });
      case BotErrorKind::kConflict:
        deps_.log.Warn(kSubsystem,
                       "getUpdates conflict for account " + account_.account_id +
                           " (another poller or a webhook uses this token): " + error.description);
        [[fallthrough]];
      default:
        SetState("running", "getUpdates: " + error.description);
        return After(NextRetryDelay(), [this] { Poll(); });
    }
  }
  {
    std::lock_guard lock(mutex_);
    poll_confirmed_ = true;
    retry_delay_ = std::chrono::milliseconds(0);
  }
  const auto updates = ParseUpdates(*result);
  if (updates.empty()) return Poll();
  std::vector<QueuedEvent> events;
  std::int64_t next_offset = 0;
  for (const auto& update : updates) {
    events.push_back(
        {update.update_id, update.raw.dump(-1, ' ', false, json::error_handler_t::replace)});
    next_offset = std::max(next_offset, update.update_id + 1);
  }
  {
    std::lock_guard lock(status_->mutex);
    status_->status.last_inbound_at = gateway::NowMs();
  }
  auto self = shared_from_this();
  auto stored = std::make_shared<std::vector<QueuedEvent>>(events);
  deps_.queue->Enqueue(ref_, std::move(events), next_offset,
                       [self, stored, next_offset](std::optional<std::string> error) {
                         if (self->stopped()) return;
                         if (error) {
                           // Not acknowledged: the same updates come again with the next poll.
                           self->deps_.log.Error(kSubsystem, "cannot store updates: " + *error);
                           return self->After(self->NextRetryDelay(), [self] { self->Poll(); });
                         }
                         {
                           std::lock_guard lock(self->mutex_);
                           self->offset_ = std::max(self->offset_, next_offset);
                         }
                         self->Poll();
                         for (auto& event : *stored) {
                           self->Admit({.event_id = event.event_id,
                                        .payload = std::move(event.payload),
                                        .reply_text = std::nullopt,
                                        .reply_is_html = false,
                                        .chunks_sent = 0});
                         }
                       });
}

void TelegramSession::Admit(OpenEvent event) {
  {
    std::lock_guard lock(mutex_);
    if (!in_progress_.insert(event.event_id).second) return;  // already being handled
    admission_.push_back(std::move(event));
  }
  PumpAdmission();
}

void TelegramSession::PumpAdmission() {
  OpenEvent event;
  {
    std::lock_guard lock(mutex_);
    if (admitting_ || admission_.empty() || stopped_ || failed_) return;
    admitting_ = true;
    event = std::move(admission_.front());
    admission_.pop_front();
  }
  const auto message = MessageOf(event);
  if (event.reply_text) {
    // The turn already ran before a restart: deliver what is left of its reply.
    AdmissionDone();
    if (!message) return Finish(event.event_id, EventState::kDropped);
    const auto target = ReplyTargetOf(*message);
    return Deliver({.event_id = event.event_id,
                    .chat_id = target.chat_id,
                    .thread_id = target.thread_id,
                    .text = std::move(*event.reply_text),
                    .html = event.reply_is_html,
                    .chunk = event.chunks_sent,
                    .edit_message_id = std::nullopt});
  }
  // Channel posts, bots and messages without text are not answered.
  const bool group =
      message && (message->chat_type == "group" || message->chat_type == "supergroup");
  if (!message || !(message->is_private() || group) || message->sender_is_bot ||
      message->sender_id.empty() || message->text.empty()) {
    Finish(event.event_id, EventState::kDropped);
    return AdmissionDone();
  }
  if (group) return DecideInGroup(event, *message);
  Decide(event, *message);
}

BotIdentity TelegramSession::bot() const {
  std::lock_guard lock(mutex_);
  return bot_;
}

TelegramSession::ReplyTarget TelegramSession::ReplyTargetOf(const InboundMessage& message) {
  return {.chat_id = message.chat_id,
          .thread_id = message.is_topic_message ? message.thread_id : std::nullopt};
}

void TelegramSession::DecideInGroup(const OpenEvent& event, const InboundMessage& message) {
  const auto& settings = account_.groups;
  const bool mentioned = IsMentioned(message, bot(), settings.mention_patterns);
  const auto decision = DecideGroup(settings, message, mentioned);
  if (decision.verdict != GroupVerdict::kAnswer) {
    deps_.log.Debug(kSubsystem, "group message in " + message.chat_id + " from " +
                                    message.sender_id +
                                    " not answered: " + std::string(ToString(decision.verdict)));
    Finish(event.event_id, EventState::kDropped);
    return AdmissionDone();
  }
  RunTurn(event, message, decision.system_prompt);
}

void TelegramSession::AdmissionDone() {
  {
    std::lock_guard lock(mutex_);
    admitting_ = false;
  }
  PumpAdmission();
}

void TelegramSession::Decide(const OpenEvent& event, const InboundMessage& message) {
  const auto quick = DecideDm(account_.dm_policy, account_.allow_from, message.sender_id, false);
  if (quick == DmDecision::kAdmit) return RunTurn(event, message);
  if (quick == DmDecision::kDrop) {
    deps_.log.Info(kSubsystem, "DM from " + message.sender_id + " refused by dmPolicy " +
                                   std::string(proto::ToString(account_.dm_policy)));
    Finish(event.event_id, EventState::kDropped);
    return AdmissionDone();
  }
  // Approvals are read on every DM: the CLI or an RPC may have approved the sender meanwhile.
  auto self = shared_from_this();
  deps_.pairing->IsApproved(
      ref_, message.sender_id, [self, event, message](std::expected<bool, std::string> approved) {
        if (self->stopped()) return;
        if (!approved) {
          self->deps_.log.Error(kSubsystem, "pairing store: " + approved.error());
          return self->AdmissionDone();  // stays queued for the next start
        }
        if (*approved) return self->RunTurn(event, message);
        self->Pair(event, message);
      });
}

void TelegramSession::Pair(const OpenEvent& event, const InboundMessage& message) {
  const json meta = {{"username", message.sender_username},
                     {"firstName", message.sender_first_name},
                     {"lastName", message.sender_last_name}};
  auto self = shared_from_this();
  deps_.pairing->Request(
      ref_, message.sender_id, meta.dump(-1, ' ', false, json::error_handler_t::replace),
      [self, event, message](std::expected<PairingOutcome, std::string> outcome) {
        if (self->stopped()) return;
        if (!outcome) {
          self->deps_.log.Error(kSubsystem, "pairing store: " + outcome.error());
          return self->AdmissionDone();
        }
        switch (outcome->kind) {
          case PairingOutcome::Kind::kApproved:
            return self->RunTurn(event, message);
          case PairingOutcome::Kind::kPending:
          case PairingOutcome::Kind::kCapped:
            self->Finish(event.event_id, EventState::kDropped);
            return self->AdmissionDone();
          case PairingOutcome::Kind::kCreated:
            break;
        }
        self->AdmissionDone();
        // The pairing reply is this event's reply: stored, then delivered like any other.
        self->SaveAndDeliver({.event_id = event.event_id,
                              .chat_id = message.chat_id,
                              .thread_id = std::nullopt,
                              .text = PairingReplyHtml(message.sender_id, outcome->request->code,
                                                       self->deps_.profile),
                              .html = true,
                              .chunk = 0,
                              .edit_message_id = std::nullopt});
      });
}

void TelegramSession::RunTurn(const OpenEvent& event, const InboundMessage& message,
                              std::optional<std::string> system_prompt) {
  sessions::PeerRoute route;
  route.agent_id = account_.agent_id;
  route.channel = std::string(kChannelName);
  route.account_id = account_.account_id;
  if (message.is_private()) {
    route.chat_type = sessions::ChatType::kDirect;
    route.peer_id = message.sender_id;
  } else {
    route.chat_type = sessions::ChatType::kGroup;
    route.peer_id = message.chat_id;
    if (message.is_topic_message && message.thread_id) {
      route.topic_id = std::to_string(*message.thread_id);
    }
  }
  const std::string session_key = sessions::BuildPeerSessionKey(route, account_.scope);
  const std::string text = CommandText(message.text, bot().username);
  if (text.empty()) {  // a command addressed to another bot
    Finish(event.event_id, EventState::kDropped);
    return AdmissionDone();
  }

  const std::string batch_key = session_key + "\n" + message.sender_id;
  if (IsCommand(text, "/stop")) {
    // What waits in the batch is stopped too.
    std::vector<std::int64_t> pending;
    {
      std::lock_guard lock(mutex_);
      if (auto it = batches_.find(batch_key); it != batches_.end()) {
        pending = std::move(it->second.event_ids);
        batches_.erase(it);
      }
    }
    for (const auto id : pending) Finish(id, EventState::kDropped);
    deps_.runs.Abort({.session_key = session_key,
                      .run_id = std::nullopt,
                      .include_queued = true,
                      .reason = runs::AbortReason::kRpc});
    Finish(event.event_id, EventState::kDone);
    return AdmissionDone();
  }

  // Commands bypass batching, after what the sender wrote before them.
  if (text.starts_with('/')) {
    FlushBatch(batch_key);
    SubmitTurn(event.event_id, {}, session_key, message,
               IsCommand(text, "/start") ? std::string("Hello") : text, system_prompt);
    return AdmissionDone();
  }
  AddToBatch(batch_key, session_key, event, message, text, std::move(system_prompt));
  AdmissionDone();
}

void TelegramSession::AddToBatch(const std::string& batch_key, const std::string& session_key,
                                 const OpenEvent& event, const InboundMessage& message,
                                 const std::string& text,
                                 std::optional<std::string> system_prompt) {
  constexpr std::size_t kMaxBatchMessages = 12;
  constexpr std::size_t kMaxBatchChars = 50'000;
  constexpr std::size_t kLongPasteChars = 4'000;
  std::uint64_t generation = 0;
  bool full = false;
  bool long_paste = false;
  {
    std::lock_guard lock(mutex_);
    auto& batch = batches_[batch_key];
    const std::size_t chars = CodePoints(text);
    if (!batch.event_ids.empty() && batch.chars + chars > kMaxBatchChars) {
      // This text would overflow the batch: what is pending goes first.
      full = true;
    }
    if (!full) {
      batch.event_ids.push_back(event.event_id);
      batch.texts.push_back(text);
      batch.chars += chars;
      batch.long_paste = batch.long_paste || chars >= kLongPasteChars;
      batch.session_key = session_key;
      batch.system_prompt = std::move(system_prompt);
      batch.last = message;
      batch.generation = generation = ++batch_generation_;
      full = batch.event_ids.size() >= kMaxBatchMessages || batch.chars >= kMaxBatchChars;
      long_paste = batch.long_paste;
    }
  }
  if (full) {
    FlushBatch(batch_key);
    if (generation == 0) {
      return AddToBatch(batch_key, session_key, event, message, text, std::move(system_prompt));
    }
    return;
  }
  auto self = shared_from_this();
  After(long_paste ? deps_.timings.batch_quiet_long : deps_.timings.batch_quiet,
        [self, batch_key, generation] {
          {
            std::lock_guard lock(self->mutex_);
            auto it = self->batches_.find(batch_key);
            // A newer text restarted the quiet time (or the batch went already).
            if (it == self->batches_.end() || it->second.generation != generation) return;
          }
          self->FlushBatch(batch_key);
        });
}

void TelegramSession::FlushBatch(const std::string& batch_key) {
  Batch batch;
  {
    std::lock_guard lock(mutex_);
    auto it = batches_.find(batch_key);
    if (it == batches_.end()) return;
    batch = std::move(it->second);
    batches_.erase(it);
  }
  if (batch.event_ids.empty()) return;
  std::string text;
  for (const auto& part : batch.texts) text += (text.empty() ? "" : "\n") + part;
  const std::int64_t last = batch.event_ids.back();
  batch.event_ids.pop_back();
  SubmitTurn(last, std::move(batch.event_ids), batch.session_key, batch.last, text,
             std::move(batch.system_prompt));
}

void TelegramSession::SubmitTurn(std::int64_t event_id, std::vector<std::int64_t> merged,
                                 const std::string& session_key, const InboundMessage& message,
                                 const std::string& text,
                                 std::optional<std::string> system_prompt) {
  runs::RunRequest request;
  request.run_id = "telegram:" + account_.account_id + ":" + std::to_string(event_id);
  request.session_key = session_key;
  request.agent_id = account_.agent_id;
  request.message = text;
  request.queue_mode = runs::QueueMode::kFollowup;
  if (system_prompt) request.extra_system_prompt = *system_prompt;
  const auto target = ReplyTargetOf(message);
  std::shared_ptr<ReplyStream> stream;
  if (account_.stream_mode != StreamMode::kOff) {
    stream = std::make_shared<ReplyStream>(
        api_, deps_.timers,
        ReplyStream::Options{.mode = account_.stream_mode,
                             .chat_id = target.chat_id,
                             .thread_id = target.thread_id,
                             .throttle = deps_.timings.preview_throttle,
                             .chunk_limit = static_cast<std::size_t>(account_.text_chunk_limit)});
  }
  auto observer =
      std::make_shared<TurnObserver>(weak_from_this(), event_id, target, std::move(stream), merged);
  const auto admission = deps_.runs.Submit(std::move(request), observer);
  if (admission.kind == runs::Admission::Kind::kFinished && admission.outcome) {
    OnTurnFinished(event_id, target, *admission.outcome, {}, merged);
  }
}

void TelegramSession::Typing(std::int64_t event_id, const ReplyTarget& target) {
  {
    std::lock_guard lock(mutex_);
    if (stopped_ || failed_) return;
    typing_.insert(event_id);
  }
  auto self = shared_from_this();
  api_.SendChatAction(target.chat_id, "typing", [](BotResult) {});
  After(deps_.timings.typing_interval, [self, event_id, target] {
    bool still = false;
    {
      std::lock_guard lock(self->mutex_);
      still = self->typing_.contains(event_id);
    }
    if (still) self->Typing(event_id, target);
  });
}

std::string TelegramSession::FailureText(const std::string& chat_id,
                                         const runs::RunOutcome& outcome) {
  switch (account_.error_policy) {
    case ErrorPolicy::kSilent:
      return "";
    case ErrorPolicy::kOnce: {
      std::lock_guard lock(mutex_);
      if (!failure_told_.insert(chat_id).second) return "";
      break;
    }
    case ErrorPolicy::kAlways:
      break;
  }
  return "⚠️ The agent could not answer" +
         (outcome.error_message.empty() ? std::string(".") : ": " + outcome.error_message);
}

void TelegramSession::OnTurnFinished(std::int64_t event_id, const ReplyTarget& target,
                                     const runs::RunOutcome& outcome,
                                     const ReplyStream::Handoff& handoff,
                                     const std::vector<std::int64_t>& merged) {
  {
    std::lock_guard lock(mutex_);
    typing_.erase(event_id);
    if (stopped_ || failed_) return;
  }
  const bool shutdown = outcome.status == runs::RunStatus::kAborted &&
                        outcome.stop_reason == runs::StopReasonOf(runs::AbortReason::kShutdown);
  if (shutdown) {
    // Stays queued with the rest of its batch: answered (batched again) after the restart.
    std::lock_guard lock(mutex_);
    for (const auto id : merged) in_progress_.erase(id);
  } else {
    for (const auto id : merged) Finish(id, EventState::kDone);
  }
  std::string text;
  bool answer = false;  // the agent's text (rather than a failure notice)
  switch (outcome.status) {
    case runs::RunStatus::kOk: {
      text = outcome.text;
      answer = true;
      std::lock_guard lock(mutex_);
      failure_told_.erase(target.chat_id);
      break;
    }
    case runs::RunStatus::kError:
    case runs::RunStatus::kTimeout:
      text = FailureText(target.chat_id, outcome);
      break;
    case runs::RunStatus::kAborted:
      // Stopped by the user: nothing to say. Stopped by a shutdown: answered after the restart.
      if (outcome.stop_reason == runs::StopReasonOf(runs::AbortReason::kShutdown)) {
        std::lock_guard lock(mutex_);
        in_progress_.erase(event_id);
        return;
      }
      text = outcome.text;
      answer = true;
      break;
  }
  // Block streaming delivered the answer's first paragraphs already.
  if (answer && handoff.delivered_prefix > 0) {
    text = handoff.delivered_prefix < text.size() ? text.substr(handoff.delivered_prefix) : "";
  }
  if (platform::TrimAsciiSpace(text).empty()) return Finish(event_id, EventState::kDone);
  SaveAndDeliver({.event_id = event_id,
                  .chat_id = target.chat_id,
                  .thread_id = target.thread_id,
                  .text = text,
                  .html = false,
                  .chunk = 0,
                  .edit_message_id = answer ? handoff.preview_message_id : std::nullopt});
}

void TelegramSession::Deliver(Delivery delivery) {
  // Agent text is split, then each chunk rendered from Markdown (no tag or entity is ever cut);
  // a pairing reply is HTML already and short.
  const auto chunks =
      delivery.html
          ? std::vector<FormattedChunk>{{delivery.text, delivery.text}}
          : FormatChunks(delivery.text, false, static_cast<std::size_t>(account_.text_chunk_limit));
  if (delivery.chunk >= static_cast<int>(chunks.size())) {
    return Finish(delivery.event_id, EventState::kDone);
  }
  const auto& chunk = chunks[static_cast<std::size_t>(delivery.chunk)];
  OutgoingText message{.chat_id = delivery.chat_id,
                       .text = chunk.html,
                       .parse_mode = "HTML",
                       .reply_to_message_id = std::nullopt,
                       .message_thread_id = delivery.thread_id,
                       .disable_notification = false};
  SendChunk(std::move(delivery), std::move(message), 0);
}

void TelegramSession::SendChunk(Delivery delivery, OutgoingText message, int attempt) {
  auto self = shared_from_this();
  auto on_sent = [self, delivery, message, attempt](BotResult sent) mutable {
    if (self->stopped()) return;
    // partial streaming: the preview may show the answer already.
    const bool unchanged =
        !sent && delivery.edit_message_id && delivery.chunk == 0 &&
        sent.error().description.find("message is not modified") != std::string::npos;
    if (!sent && !unchanged)
      return self->OnSendFailed(std::move(delivery), std::move(message), attempt, sent.error());
    {
      std::lock_guard lock(self->status_->mutex);
      self->status_->status.last_outbound_at = gateway::NowMs();
    }
    ++delivery.chunk;
    const std::int64_t event_id = delivery.event_id;
    const int sent_chunks = delivery.chunk;
    self->deps_.queue->MarkChunksSent(
        self->ref_, event_id, sent_chunks,
        [self, delivery = std::move(delivery)](std::optional<std::string> error) mutable {
          if (self->stopped()) return;
          if (error) self->deps_.log.Error(kSubsystem, "channel store: " + *error);
          self->Deliver(std::move(delivery));
        });
  };
  if (delivery.chunk == 0 && delivery.edit_message_id) {
    api_.EditMessageText(message.chat_id, *delivery.edit_message_id, message.text,
                         message.parse_mode, std::move(on_sent));
    return;
  }
  api_.SendMessage(message, std::move(on_sent));
}

void TelegramSession::OnSendFailed(Delivery delivery, OutgoingText message, int attempt,
                                   const BotError& error) {
  auto self = shared_from_this();
  if (error.kind == BotErrorKind::kRateLimited) {
    return After(
        std::chrono::duration_cast<std::chrono::milliseconds>(error.retry_after),
        [self, delivery, message, attempt] { self->SendChunk(delivery, message, attempt); });
  }
  if (message.parse_mode && IsParseEntitiesError(error)) {
    // Telegram cannot parse our HTML: the same chunk as plain text.
    const auto chunks = FormatChunks(delivery.text, delivery.html,
                                     static_cast<std::size_t>(account_.text_chunk_limit));
    const auto index = static_cast<std::size_t>(delivery.chunk);
    message.parse_mode.reset();
    message.text = delivery.html || index >= chunks.size() ? delivery.text : chunks[index].plain;
    return SendChunk(std::move(delivery), std::move(message), attempt);
  }
  const bool transient = error.kind == BotErrorKind::kTransport || error.error_code >= 500;
  if (delivery.chunk == 0 && delivery.edit_message_id && !transient) {
    // The preview cannot become the answer (deleted, too old): the answer as a new message.
    delivery.edit_message_id.reset();
    return SendChunk(std::move(delivery), std::move(message), attempt);
  }
  if (transient && attempt + 1 < kMaxSendAttempts) {
    return After(deps_.timings.retry_min * (1 << attempt), [self, delivery, message, attempt] {
      self->SendChunk(delivery, message, attempt + 1);
    });
  }
  deps_.log.Error(kSubsystem,
                  "sendMessage to " + delivery.chat_id + " failed: " + error.description);
  SetState("running", "sendMessage: " + error.description);
  if (transient) {
    // Stays open: the next start delivers what is left.
    std::lock_guard lock(mutex_);
    in_progress_.erase(delivery.event_id);
    return;
  }
  // A refusal (the user blocked the bot, a bad request) will not change: the event ends here.
  Finish(delivery.event_id, EventState::kDropped);
}

void TelegramSession::SaveAndDeliver(Delivery delivery) {
  auto self = shared_from_this();
  const std::int64_t event_id = delivery.event_id;
  std::string text = delivery.text;
  const bool html = delivery.html;
  deps_.queue->SaveReply(
      ref_, event_id, std::move(text), html,
      [self, delivery = std::move(delivery)](std::optional<std::string> error) mutable {
        if (self->stopped()) return;
        if (error) {
          // Not stored: stays pending and runs again on the next start.
          self->deps_.log.Error(kSubsystem, "channel store: " + *error);
          std::lock_guard lock(self->mutex_);
          self->in_progress_.erase(delivery.event_id);
          return;
        }
        self->Deliver(std::move(delivery));
      });
}

void TelegramSession::Finish(std::int64_t event_id, EventState state) {
  auto self = shared_from_this();
  deps_.queue->Finish(ref_, event_id, state, [self, event_id](std::optional<std::string> error) {
    if (error) self->deps_.log.Error(kSubsystem, "channel store: " + *error);
    std::lock_guard lock(self->mutex_);
    self->in_progress_.erase(event_id);
  });
}

}  // namespace gateway::channels::telegram
