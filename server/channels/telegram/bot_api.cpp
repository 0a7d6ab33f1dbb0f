#include "server/channels/telegram/bot_api.hpp"

#include <utility>

namespace gateway::channels::telegram {
namespace {

using json = nlohmann::json;

constexpr std::uint64_t kMaxAnswerBytes = 8u << 20;  // 100 updates with their texts fit easily
constexpr std::chrono::seconds kLongPollMargin{15};

BotError Error(BotErrorKind kind, int code, std::string description) {
  return {.kind = kind, .error_code = code, .description = std::move(description)};
}

BotErrorKind KindOfStatus(int code) {
  switch (code) {
    case 401:
      return BotErrorKind::kUnauthorized;
    case 409:
      return BotErrorKind::kConflict;
    case 429:
      return BotErrorKind::kRateLimited;
    default:
      return BotErrorKind::kApi;
  }
}

std::string RedactToken(std::string text, const std::string& token) {
  if (token.empty()) return text;
  for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at)) {
    text.replace(at, token.size(), "<token>");
  }
  return text;
}

}  // namespace

std::string_view ToString(BotErrorKind kind) {
  switch (kind) {
    case BotErrorKind::kTransport:
      return "transport";
    case BotErrorKind::kCancelled:
      return "cancelled";
    case BotErrorKind::kUnauthorized:
      return "unauthorized";
    case BotErrorKind::kConflict:
      return "conflict";
    case BotErrorKind::kRateLimited:
      return "rate_limited";
    case BotErrorKind::kApi:
      return "api";
    case BotErrorKind::kMalformed:
      return "malformed";
  }
  return "api";
}

BotResult ParseBotResponse(int http_status, std::string_view body) {
  const json answer = json::parse(body, nullptr, false);
  if (answer.is_discarded() || !answer.is_object() || !answer.contains("ok") ||
      !answer["ok"].is_boolean()) {
    // A proxy's or load balancer's page, not the Bot API: classify by the status alone.
    if (http_status >= 400) {
      return std::unexpected(
          Error(KindOfStatus(http_status), http_status,
                "HTTP " + std::to_string(http_status) + " without a Bot API error body"));
    }
    return std::unexpected(Error(BotErrorKind::kMalformed, http_status,
                                 "the Bot API answered something that is not its JSON envelope"));
  }
  if (answer["ok"].get<bool>()) {
    if (!answer.contains("result")) {
      return std::unexpected(
          Error(BotErrorKind::kMalformed, http_status, "an ok answer without a result"));
    }
    return answer["result"];
  }
  int code = http_status;
  if (const auto it = answer.find("error_code"); it != answer.end() && it->is_number_integer()) {
    code = it->get<int>();
  }
  std::string description = "error " + std::to_string(code);
  if (const auto it = answer.find("description"); it != answer.end() && it->is_string()) {
    description = it->get<std::string>();
  }
  BotError error = Error(KindOfStatus(code), code, std::move(description));
  if (const auto params = answer.find("parameters");
      params != answer.end() && params->is_object()) {
    if (const auto retry = params->find("retry_after");
        retry != params->end() && retry->is_number_integer() && retry->get<std::int64_t>() > 0) {
      error.retry_after =
          std::chrono::seconds(std::min<std::int64_t>(retry->get<std::int64_t>(), 24 * 3600));
      error.kind = BotErrorKind::kRateLimited;  // flood waits may come with 400 as well
    }
  }
  return std::unexpected(std::move(error));
}

BotApi::BotApi(transport::HttpClient& client, BotApiOptions options)
    : client_(client), options_(std::move(options)) {
  while (!options_.api_root.empty() && options_.api_root.back() == '/') {
    options_.api_root.pop_back();
  }
}

std::string BotApi::Redact(std::string text) const {
  return RedactToken(std::move(text), options_.token);
}

transport::HttpRequestHandle BotApi::Call(std::string_view method, const json& params, BotDone done,
                                          std::chrono::milliseconds timeout) {
  if (timeout.count() <= 0) timeout = options_.request_timeout;
  transport::OutboundRequest request;
  request.method = "POST";
  request.url = options_.api_root + "/bot" + options_.token + "/" + std::string(method);
  request.headers = {{"Content-Type", "application/json"}};
  request.body = params.dump(-1, ' ', false, json::error_handler_t::replace);
  request.first_byte_timeout = timeout;
  request.idle_timeout = timeout;
  request.max_body_bytes = kMaxAnswerBytes;
  return client_.Fetch(
      std::move(request),
      // Captures no `this`: a call may complete after its BotApi is gone.
      [token = options_.token, done = std::move(done),
       name = std::string(method)](transport::HttpClient::FetchResult result) {
        if (result.error) {
          const auto kind = result.error->kind == transport::HttpErrorKind::kCancelled
                                ? BotErrorKind::kCancelled
                                : BotErrorKind::kTransport;
          return done(std::unexpected(
              Error(kind, 0,
                    name + ": " + std::string(transport::HttpErrorKindName(result.error->kind)) +
                        ": " + RedactToken(result.error->message, token))));
        }
        auto parsed = ParseBotResponse(result.head.status, result.body);
        if (!parsed)
          parsed.error().description = RedactToken(std::move(parsed.error().description), token);
        done(std::move(parsed));
      });
}

transport::HttpRequestHandle BotApi::GetMe(BotDone done) {
  return Call("getMe", json::object(), std::move(done));
}

transport::HttpRequestHandle BotApi::DeleteWebhook(bool drop_pending_updates, BotDone done) {
  return Call("deleteWebhook", {{"drop_pending_updates", drop_pending_updates}}, std::move(done));
}

transport::HttpRequestHandle BotApi::SetMyCommands(const std::vector<BotCommand>& commands,
                                                   BotDone done) {
  json list = json::array();
  for (const auto& command : commands) {
    list.push_back({{"command", command.command}, {"description", command.description}});
  }
  return Call("setMyCommands", {{"commands", std::move(list)}}, std::move(done));
}

transport::HttpRequestHandle BotApi::GetUpdates(std::int64_t offset, int timeout_s, int limit,
                                                BotDone done) {
  json params = {{"timeout", timeout_s},
                 {"limit", limit},
                 {"allowed_updates", json::array({"message", "edited_message"})}};
  if (offset > 0) params["offset"] = offset;
  const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::seconds(timeout_s) + kLongPollMargin);
  return Call("getUpdates", params, std::move(done), timeout);
}

transport::HttpRequestHandle BotApi::SendMessage(const OutgoingText& message, BotDone done) {
  json params = {{"chat_id", message.chat_id}, {"text", message.text}};
  if (message.parse_mode) params["parse_mode"] = *message.parse_mode;
  if (message.reply_to_message_id) {
    params["reply_parameters"] = {{"message_id", *message.reply_to_message_id},
                                  {"allow_sending_without_reply", true}};
  }
  if (message.message_thread_id) params["message_thread_id"] = *message.message_thread_id;
  if (message.disable_notification) params["disable_notification"] = true;
  return Call("sendMessage", params, std::move(done));
}

transport::HttpRequestHandle BotApi::SetWebhook(const std::string& url,
                                                const std::string& secret_token, BotDone done) {
  return Call("setWebhook", {{"url", url}, {"secret_token", secret_token}}, std::move(done));
}

transport::HttpRequestHandle BotApi::EditMessageText(const std::string& chat_id,
                                                     std::int64_t message_id,
                                                     const std::string& text,
                                                     std::optional<std::string> parse_mode,
                                                     BotDone done) {
  json params = {{"chat_id", chat_id}, {"message_id", message_id}, {"text", text}};
  if (parse_mode) params["parse_mode"] = *parse_mode;
  return Call("editMessageText", params, std::move(done));
}

transport::HttpRequestHandle BotApi::SendChatAction(const std::string& chat_id,
                                                    std::string_view action, BotDone done) {
  return Call("sendChatAction", {{"chat_id", chat_id}, {"action", action}}, std::move(done));
}

}  // namespace gateway::channels::telegram
