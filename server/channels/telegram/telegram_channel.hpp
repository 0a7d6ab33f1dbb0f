// The Channel of one Telegram account: each Start runs a new TelegramSession.
#pragma once

#include <memory>
#include <mutex>

#include "server/channels/channel.hpp"
#include "server/channels/telegram/outbound_sender.hpp"
#include "server/channels/telegram/telegram_session.hpp"

namespace gateway::channels::telegram {

class TelegramChannel final : public Channel {
 public:
  TelegramChannel(TelegramAccount account, TelegramDeps deps);
  ~TelegramChannel() override;

  std::string channel() const override { return std::string(kChannelName); }
  std::string account_id() const override { return account_.account_id; }
  void Start(OnFailed on_failed) override;
  void Stop() override;
  ChannelStatus Status() const override;
  void Send(OutboundText message, OutboundDone done) override;
  void SendPoll(OutboundPoll poll, OutboundDone done) override;
  void Probe(std::chrono::milliseconds timeout, std::function<void(nlohmann::json)> done) override;

 private:
  const TelegramAccount account_;
  const TelegramDeps deps_;
  std::shared_ptr<StatusBox> status_;
  OutboundContext outbound_;
  std::mutex mutex_;
  std::shared_ptr<TelegramSession> session_;
  // Webhook mode: bound once (the transport keeps serving it), shared by every session.
  std::unique_ptr<WebhookListener> webhook_;
};

}  // namespace gateway::channels::telegram
