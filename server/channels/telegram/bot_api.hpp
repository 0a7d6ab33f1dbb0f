// A Telegram Bot API client over the asynchronous outbound HttpClient: every call is a POST of a
// JSON body to `<apiRoot>/bot<token>/<method>`, answered through a callback on the client's I/O
// threads (never blocking). Errors are typed from the API's error body
// (`{"ok":false,"error_code":429,"description":"…","parameters":{"retry_after":N}}`).
//
// The token is a secret: it appears only in the request URL, and every text this class produces
// (error descriptions, transport messages) has it replaced by "<token>".
#pragma once

#include <chrono>
#include <cstdint>
#include <expected>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/transport/http_client.hpp"

namespace gateway::channels::telegram {

inline constexpr std::string_view kDefaultApiRoot = "https://api.telegram.org";

enum class BotErrorKind {
  kTransport,     // no HTTP answer (DNS, connect, timeout, reset)
  kCancelled,     // the call was cancelled by us
  kUnauthorized,  // 401: the token is wrong or revoked
  kConflict,      // 409: another getUpdates poller or a webhook uses this token
  kRateLimited,   // 429: wait `retry_after` before calling again
  kApi,           // any other `ok:false` answer (400 bad request, 403 blocked by the user, …)
  kMalformed,     // an answer that is not the Bot API's JSON envelope
};
std::string_view ToString(BotErrorKind kind);

struct BotError {
  BotErrorKind kind = BotErrorKind::kApi;
  int error_code = 0;                   // the API's error_code (HTTP status), 0 for transport
  std::string description;              // for logs and status; never contains the token
  std::chrono::seconds retry_after{0};  // kRateLimited
};

// The `result` member of a successful answer.
using BotResult = std::expected<nlohmann::json, BotError>;
using BotDone = std::function<void(BotResult)>;

// Decodes one HTTP answer of the Bot API (status and body) into its result or typed error.
BotResult ParseBotResponse(int http_status, std::string_view body);

struct BotApiOptions {
  std::string api_root = std::string(kDefaultApiRoot);  // without /bot<token>
  std::string token;
  std::chrono::milliseconds request_timeout{20'000};  // calls other than long polls
};

struct BotCommand {
  std::string command;  // without the slash
  std::string description;
};

struct OutgoingText {
  std::string chat_id;  // sent as a string, as the reference does for agent replies
  std::string text;
  std::optional<std::string> parse_mode;  // "HTML"
  std::optional<std::int64_t> reply_to_message_id;
  std::optional<std::int64_t> message_thread_id;
  bool disable_notification = false;
};

class BotApi {
 public:
  BotApi(transport::HttpClient& client, BotApiOptions options);

  // Any method with a JSON body; `timeout` zero means the options' request timeout.
  transport::HttpRequestHandle Call(
      std::string_view method, const nlohmann::json& params, BotDone done,
      std::chrono::milliseconds timeout = std::chrono::milliseconds(0));

  transport::HttpRequestHandle GetMe(BotDone done);
  transport::HttpRequestHandle DeleteWebhook(bool drop_pending_updates, BotDone done);
  transport::HttpRequestHandle SetWebhook(const std::string& url, const std::string& secret_token,
                                          BotDone done);
  transport::HttpRequestHandle SetMyCommands(const std::vector<BotCommand>& commands, BotDone done);
  // Long poll: the server holds the request up to `timeout_s` seconds; the HTTP timeouts allow
  // for that plus a margin. `offset` acknowledges every update below it.
  transport::HttpRequestHandle GetUpdates(std::int64_t offset, int timeout_s, int limit,
                                          BotDone done);
  transport::HttpRequestHandle SendMessage(const OutgoingText& message, BotDone done);
  transport::HttpRequestHandle EditMessageText(const std::string& chat_id, std::int64_t message_id,
                                               const std::string& text,
                                               std::optional<std::string> parse_mode, BotDone done);
  transport::HttpRequestHandle SendChatAction(const std::string& chat_id, std::string_view action,
                                              BotDone done);

  // `text` with every occurrence of the token replaced by "<token>".
  std::string Redact(std::string text) const;
  const std::string& api_root() const { return options_.api_root; }

 private:
  transport::HttpClient& client_;
  BotApiOptions options_;
};

}  // namespace gateway::channels::telegram
