#include "server/channels/telegram/outbound_sender.hpp"

#include <charconv>
#include <memory>
#include <vector>

#include "server/channels/telegram/telegram_format.hpp"
#include "server/channels/text_chunks.hpp"
#include "server/platform/text.hpp"

namespace gateway::channels::telegram {
namespace {

using json = nlohmann::json;

constexpr int kMaxTransientAttempts = 3;
constexpr std::chrono::seconds kMaxRetryAfter{60};  // a longer flood wait fails the call
constexpr int kMinOpenPeriod = 5;                   // sendPoll open_period bounds (seconds)
constexpr int kMaxOpenPeriod = 600;

std::optional<std::int64_t> ParseInt(std::string_view text) {
  std::int64_t value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
  return value;
}

bool IsUsername(std::string_view name) {
  if (name.size() < 5 || name.size() > 32) return false;
  for (char c : name) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return std::isalpha(static_cast<unsigned char>(name.front()));
}

OutboundError Invalid(std::string message) {
  return {.kind = OutboundErrorKind::kInvalid,
          .message = std::move(message),
          .delivered_chunks = 0,
          .last_message_id = ""};
}

OutboundError FromBot(std::string_view method, const BotError& error) {
  const bool unavailable = error.kind == BotErrorKind::kTransport ||
                           error.kind == BotErrorKind::kRateLimited ||
                           error.kind == BotErrorKind::kMalformed || error.error_code >= 500;
  return {.kind = unavailable ? OutboundErrorKind::kUnavailable : OutboundErrorKind::kRefused,
          .message = std::string(method) + ": " + error.description,
          .delivered_chunks = 0,
          .last_message_id = ""};
}

std::string MessageIdOf(const json& result) {
  if (result.is_object() && result.contains("message_id") && result["message_id"].is_number()) {
    return std::to_string(result["message_id"].get<std::int64_t>());
  }
  return "";
}

// One Bot API call retried as Telegram asks: a 429 after its retry_after (up to a minute), a
// transport failure or 5xx a few times with a doubling delay.
struct RetryingCall : std::enable_shared_from_this<RetryingCall> {
  OutboundContext context;
  std::string method;
  json params;
  BotDone done;
  int attempt = 0;

  RetryingCall(const OutboundContext& c, std::string m, json p, BotDone d)
      : context(c), method(std::move(m)), params(std::move(p)), done(std::move(d)) {}

  void Run() {
    auto self = shared_from_this();
    context.api.Call(method, params, [self](BotResult result) {
      if (result) return self->done(std::move(result));
      const BotError& error = result.error();
      if (error.kind == BotErrorKind::kRateLimited && error.retry_after <= kMaxRetryAfter) {
        return self->Later(
            std::chrono::duration_cast<std::chrono::milliseconds>(error.retry_after));
      }
      const bool transient = error.kind == BotErrorKind::kTransport || error.error_code >= 500;
      if (transient && ++self->attempt < kMaxTransientAttempts) {
        return self->Later(self->context.timings.retry_min * (1 << (self->attempt - 1)));
      }
      self->done(std::move(result));
    });
  }

  void Later(std::chrono::milliseconds delay) {
    context.timers.RunAfter(delay, [self = shared_from_this()] { self->Run(); });
  }
};

void CallWithRetries(const OutboundContext& context, std::string method, json params,
                     BotDone done) {
  std::make_shared<RetryingCall>(context, std::move(method), std::move(params), std::move(done))
      ->Run();
}

// The chunks of one `send`, delivered in order.
struct TextJob : std::enable_shared_from_this<TextJob> {
  OutboundContext context;
  TelegramTarget target;
  std::vector<FormattedChunk> chunks;
  std::optional<std::int64_t> reply_to;
  bool silent = false;
  OutboundDone done;
  std::size_t next = 0;
  std::string last_message_id;

  TextJob(const OutboundContext& c) : context(c) {}

  json ParamsOf(const FormattedChunk& chunk, bool plain) const {
    json params = {{"chat_id", target.chat_id}, {"text", plain ? chunk.plain : chunk.html}};
    if (!plain) params["parse_mode"] = "HTML";
    if (target.thread_id) params["message_thread_id"] = *target.thread_id;
    // Only the first chunk answers the message replied to.
    if (reply_to && next == 0) {
      params["reply_parameters"] = {{"message_id", *reply_to},
                                    {"allow_sending_without_reply", true}};
    }
    if (silent) params["disable_notification"] = true;
    return params;
  }

  void SendNext(bool plain = false) {
    if (next >= chunks.size()) {
      return done(Delivered{.message_id = last_message_id, .poll_id = std::nullopt});
    }
    auto self = shared_from_this();
    CallWithRetries(context, "sendMessage", ParamsOf(chunks[next], plain),
                    [self, plain](BotResult result) {
                      if (!result) {
                        if (!plain && IsParseEntitiesError(result.error())) {
                          return self->SendNext(true);  // the same chunk as plain text
                        }
                        auto error = FromBot("sendMessage", result.error());
                        error.delivered_chunks = static_cast<int>(self->next);
                        error.last_message_id = self->last_message_id;
                        return self->done(std::unexpected(std::move(error)));
                      }
                      self->last_message_id = MessageIdOf(*result);
                      ++self->next;
                      self->SendNext();
                    });
  }
};

}  // namespace

std::optional<TelegramTarget> ParseTarget(std::string_view to) {
  to = platform::TrimAsciiSpace(to);
  for (std::string_view prefix : {"telegram:", "tg:"}) {
    if (to.size() > prefix.size() && platform::AsciiIEquals(to.substr(0, prefix.size()), prefix)) {
      to.remove_prefix(prefix.size());
      break;
    }
  }
  TelegramTarget target;
  constexpr std::string_view kTopic = ":topic:";
  if (const auto at = to.find(kTopic); at != std::string_view::npos) {
    const auto thread = ParseInt(to.substr(at + kTopic.size()));
    if (!thread || *thread <= 0) return std::nullopt;
    target.thread_id = *thread;
    to = to.substr(0, at);
  }
  if (!to.empty() && to.front() == '@') {
    if (!IsUsername(to.substr(1))) return std::nullopt;
    target.chat_id = std::string(to);
    return target;
  }
  const auto id = ParseInt(to);
  if (!id || *id == 0) return std::nullopt;
  target.chat_id = std::to_string(*id);
  return target;
}

void SendText(const OutboundContext& context, OutboundText message, OutboundDone done) {
  auto target = ParseTarget(message.to);
  if (!target) return done(std::unexpected(Invalid("unknown Telegram target: " + message.to)));
  if (message.thread_id) {
    const auto thread = ParseInt(*message.thread_id);
    if (!thread || *thread <= 0) {
      return done(std::unexpected(Invalid("threadId is not a Telegram topic id")));
    }
    target->thread_id = *thread;
  }
  auto job = std::make_shared<TextJob>(context);
  if (message.reply_to_id) {
    const auto reply = ParseInt(*message.reply_to_id);
    if (!reply || *reply <= 0) {
      return done(std::unexpected(Invalid("replyToId is not a Telegram message id")));
    }
    job->reply_to = *reply;
  }
  job->target = std::move(*target);
  job->chunks =
      FormatChunks(message.text, message.html, static_cast<std::size_t>(context.text_chunk_limit));
  if (job->chunks.empty()) return done(std::unexpected(Invalid("the message is empty")));
  job->next = static_cast<std::size_t>(std::max(0, message.first_chunk));
  job->last_message_id = message.resumed_message_id;
  job->silent = message.silent;
  job->done = std::move(done);
  job->SendNext();
}

void SendPoll(const OutboundContext& context, OutboundPoll poll, OutboundDone done) {
  auto target = ParseTarget(poll.to);
  if (!target) return done(std::unexpected(Invalid("unknown Telegram target: " + poll.to)));
  if (poll.thread_id) {
    const auto thread = ParseInt(*poll.thread_id);
    if (!thread || *thread <= 0) {
      return done(std::unexpected(Invalid("threadId is not a Telegram topic id")));
    }
    target->thread_id = *thread;
  }
  json options = json::array();
  for (const auto& option : poll.options) options.push_back({{"text", option}});
  json params = {{"chat_id", target->chat_id}, {"question", poll.question}, {"options", options}};
  if (target->thread_id) params["message_thread_id"] = *target->thread_id;
  if (poll.max_selections > 1) params["allows_multiple_answers"] = true;
  if (poll.is_anonymous) params["is_anonymous"] = *poll.is_anonymous;
  if (poll.silent) params["disable_notification"] = true;
  if (poll.open_seconds) {
    if (*poll.open_seconds < kMinOpenPeriod || *poll.open_seconds > kMaxOpenPeriod) {
      return done(std::unexpected(Invalid("a Telegram poll can close after 5 to 600 seconds, not " +
                                          std::to_string(*poll.open_seconds))));
    }
    params["open_period"] = *poll.open_seconds;
  }
  CallWithRetries(context, "sendPoll", std::move(params),
                  [done = std::move(done)](BotResult result) {
                    if (!result) return done(std::unexpected(FromBot("sendPoll", result.error())));
                    Delivered delivered{.message_id = MessageIdOf(*result), .poll_id = {}};
                    if (result->is_object() && (*result)["poll"].is_object() &&
                        (*result)["poll"]["id"].is_string()) {
                      delivered.poll_id = (*result)["poll"]["id"].get<std::string>();
                    }
                    done(std::move(delivered));
                  });
}

}  // namespace gateway::channels::telegram
