// The local HTTP listener of a Telegram account in webhook mode (its own host, port and path, not
// the gateway port): a POST to the path must carry the account's secret in
// X-Telegram-Bot-Api-Secret-Token (else 401, body unread); its update is committed to the inbound
// queue before the empty 200 (with `x-openclaw-delivery-accepted: durable`) tells Telegram it may
// forget it. `/healthz` answers 200. Requests reach whichever session currently runs the account;
// none running answers 503, so Telegram retries later.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "server/channels/telegram/account_config.hpp"
#include "server/transport/transport.hpp"

namespace gateway::channels::telegram {

// Takes one update (stored durably before `done(true)`; `done(false)`: not stored, retry).
using WebhookSink = std::function<void(nlohmann::json update, std::function<void(bool)> done)>;

class WebhookListener final : public transport::HttpHandler {
 public:
  explicit WebhookListener(WebhookSettings settings);

  // The sink updates go to; an empty one (no session running) answers 503.
  void SetSink(WebhookSink sink);

  transport::BodyPolicy Admit(const transport::HttpRequest& head) override;
  void Handle(std::shared_ptr<transport::HttpExchange> exchange) override;
  std::optional<transport::HttpResponse> CheckUpgrade(const transport::HttpRequest&) override;

 private:
  const WebhookSettings settings_;
  std::mutex mutex_;
  WebhookSink sink_;
};

}  // namespace gateway::channels::telegram
