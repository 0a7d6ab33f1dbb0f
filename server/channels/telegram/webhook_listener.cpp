#include "server/channels/telegram/webhook_listener.hpp"

#include <openssl/crypto.h>

namespace gateway::channels::telegram {
namespace {

constexpr std::size_t kMaxUpdateBytes = 4u << 20;

transport::HttpResponse Plain(int status, std::string body) {
  transport::HttpResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

std::string PathOf(const std::string& target) {
  const auto query = target.find('?');
  return query == std::string::npos ? target : target.substr(0, query);
}

bool SecretMatches(const std::string& given, const std::string& secret) {
  return given.size() == secret.size() &&
         CRYPTO_memcmp(given.data(), secret.data(), secret.size()) == 0;
}

}  // namespace

WebhookListener::WebhookListener(WebhookSettings settings) : settings_(std::move(settings)) {}

void WebhookListener::SetSink(WebhookSink sink) {
  std::lock_guard lock(mutex_);
  sink_ = std::move(sink);
}

transport::BodyPolicy WebhookListener::Admit(const transport::HttpRequest& head) {
  transport::BodyPolicy policy;
  policy.max_bytes = kMaxUpdateBytes;
  const std::string path = PathOf(head.target);
  if (path == "/healthz") {
    policy.answer = Plain(200, "ok");
    return policy;
  }
  if (path != settings_.path) {
    policy.answer = Plain(404, "Not Found");
    return policy;
  }
  if (head.method != "POST") {
    policy.answer = Plain(405, "Method Not Allowed");
    policy.answer->headers.push_back({"allow", "POST"});
    return policy;
  }
  const auto header = head.headers.find("x-telegram-bot-api-secret-token");
  if (header == head.headers.end() || !SecretMatches(header->second, settings_.secret)) {
    policy.answer = Plain(401, "Unauthorized");
  }
  return policy;
}

void WebhookListener::Handle(std::shared_ptr<transport::HttpExchange> exchange) {
  nlohmann::json update = nlohmann::json::parse(exchange->request().body, nullptr, false);
  if (update.is_discarded() || !update.is_object() || !update["update_id"].is_number_integer()) {
    return exchange->Respond(Plain(400, "Bad Request: not a Telegram update"));
  }
  WebhookSink sink;
  {
    std::lock_guard lock(mutex_);
    sink = sink_;
  }
  if (!sink) return exchange->Respond(Plain(503, "Service Unavailable: the account is stopped"));
  sink(std::move(update), [exchange](bool stored) {
    if (!stored) return exchange->Respond(Plain(500, "Internal Server Error: not stored"));
    transport::HttpResponse accepted = Plain(200, "");
    accepted.headers.push_back({"x-openclaw-delivery-accepted", "durable"});
    exchange->Respond(std::move(accepted));
  });
}

std::optional<transport::HttpResponse> WebhookListener::CheckUpgrade(
    const transport::HttpRequest&) {
  return Plain(404, "Not Found");
}

}  // namespace gateway::channels::telegram
