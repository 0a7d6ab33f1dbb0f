#include "server/channels/telegram/telegram_channel.hpp"

#include "server/platform/ids.hpp"

namespace gateway::channels::telegram {

TelegramChannel::TelegramChannel(TelegramAccount account, TelegramDeps deps)
    : account_(std::move(account)),
      deps_(std::move(deps)),
      status_(std::make_shared<StatusBox>()),
      outbound_{.api = BotApi(deps_.http, {.api_root = account_.api_root,
                                           .token = account_.token,
                                           .request_timeout = std::chrono::milliseconds(20'000)}),
                .timers = deps_.timers,
                .timings = deps_.timings,
                .text_chunk_limit = account_.text_chunk_limit} {
  status_->status.channel = std::string(kChannelName);
  status_->status.account_id = account_.account_id;
  status_->status.state = "stopped";
  status_->status.enabled = account_.enabled;
  status_->status.mode = account_.webhook ? "webhook" : "polling";
  status_->status.dm_policy = std::string(proto::ToString(account_.dm_policy));
  status_->status.token_source = account_.token_source;
}

TelegramChannel::~TelegramChannel() { Stop(); }

void TelegramChannel::Start(OnFailed on_failed) {
  std::shared_ptr<TelegramSession> previous;
  std::shared_ptr<TelegramSession> session;
  std::string bind_error;
  {
    std::lock_guard lock(mutex_);
    if (account_.webhook && !webhook_) {
      auto listener = std::make_unique<WebhookListener>(*account_.webhook);
      try {
        if (!deps_.listeners) throw std::runtime_error("no HTTP transport to listen on");
        const int port =
            deps_.listeners->Bind(account_.webhook->host, account_.webhook->port, *listener);
        webhook_ = std::move(listener);
        deps_.log.Info("telegram", "account " + account_.account_id + " webhook listening on " +
                                       account_.webhook->host + ":" + std::to_string(port) +
                                       account_.webhook->path);
      } catch (const std::exception& e) {
        bind_error = std::string("webhook listener ") + account_.webhook->host + ":" +
                     std::to_string(account_.webhook->port) + ": " + e.what();
      }
    }
    if (bind_error.empty()) {
      previous = std::move(session_);
      session_ = session = std::make_shared<TelegramSession>(account_, deps_, status_,
                                                             std::move(on_failed), webhook_.get());
    }
  }
  if (!bind_error.empty()) {
    {
      std::lock_guard lock(status_->mutex);
      status_->status.state = "backoff";
      status_->status.last_error = bind_error;
    }
    if (on_failed) on_failed(bind_error, false);
    return;
  }
  if (previous) {
    previous->Stop();
    std::lock_guard lock(status_->mutex);
    ++status_->status.restarts;
  }
  session->Start();
}

void TelegramChannel::Stop() {
  std::shared_ptr<TelegramSession> session;
  {
    std::lock_guard lock(mutex_);
    session = std::move(session_);
    if (webhook_) webhook_->SetSink(nullptr);
  }
  if (!session) return;
  session->Stop();
  std::lock_guard lock(status_->mutex);
  status_->status.state = "stopped";
}

ChannelStatus TelegramChannel::Status() const {
  std::lock_guard lock(status_->mutex);
  return status_->status;
}

void TelegramChannel::Send(OutboundText message, OutboundDone done) {
  auto status = status_;
  SendText(outbound_, std::move(message), [status, done = std::move(done)](OutboundResult result) {
    if (result) {
      std::lock_guard lock(status->mutex);
      status->status.last_outbound_at = gateway::NowMs();
    }
    done(std::move(result));
  });
}

void TelegramChannel::SendPoll(OutboundPoll poll, OutboundDone done) {
  auto status = status_;
  telegram::SendPoll(outbound_, std::move(poll),
                     [status, done = std::move(done)](OutboundResult result) {
                       if (result) {
                         std::lock_guard lock(status->mutex);
                         status->status.last_outbound_at = gateway::NowMs();
                       }
                       done(std::move(result));
                     });
}

void TelegramChannel::Probe(std::chrono::milliseconds timeout,
                            std::function<void(nlohmann::json)> done) {
  const auto started = std::chrono::steady_clock::now();
  outbound_.api.Call(
      "getMe", nlohmann::json::object(),
      [started, done = std::move(done)](BotResult me) {
        const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
                                 std::chrono::steady_clock::now() - started)
                                 .count();
        nlohmann::json probe = {{"ok", me.has_value()}, {"elapsedMs", elapsed}};
        if (!me) {
          probe["error"] = me.error().description;
        } else if (me->is_object()) {
          nlohmann::json bot = nlohmann::json::object();
          for (const char* key :
               {"id", "username", "first_name", "can_join_groups", "can_read_all_group_messages"}) {
            if (me->contains(key)) bot[key] = (*me)[key];
          }
          probe["bot"] = std::move(bot);
        }
        done(std::move(probe));
      },
      timeout);
}

}  // namespace gateway::channels::telegram
