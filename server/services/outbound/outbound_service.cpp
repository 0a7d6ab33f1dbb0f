#include "server/services/outbound/outbound_service.hpp"

#include <memory>

#include "server/platform/text.hpp"

namespace gateway::services {
namespace {

proto::ErrorShape InvalidSend(std::string_view method, std::string message) {
  return proto::MakeError(proto::ErrorCode::kInvalidRequest,
                          "invalid " + std::string(method) + " params: " + message);
}

bool HasText(const std::optional<std::string>& text) {
  return text && !platform::TrimAsciiSpace(*text).empty();
}

}  // namespace

void OutboundService::Send(proto::SendParams params, rpc::CallContext&,
                           proto::Reply<proto::SendResult> reply) {
  const bool media =
      params.media_url || (params.media_urls && !params.media_urls->empty()) || params.buffer;
  if (!HasText(params.message) && !media) {
    return reply.Fail(InvalidSend("send", "text or media is required"));
  }
  if (media) {
    return reply.Fail(InvalidSend("send", "media is not supported by this gateway yet"));
  }
  channels::OutboundText text;
  text.to = params.to;
  text.text = *params.message;
  text.html = params.parse_mode == proto::SendParseMode::kHtml;
  text.reply_to_id = params.reply_to_id;
  text.thread_id = params.thread_id;
  text.silent = params.silent.value_or(false);
  Deliver({.idempotency_key = params.idempotency_key,
           .channel = params.channel,
           .account_id = params.account_id,
           .payload = std::move(text)},
          std::move(reply));
}

void OutboundService::Poll(proto::PollParams params, rpc::CallContext&,
                           proto::Reply<proto::SendResult> reply) {
  channels::OutboundPoll poll;
  poll.to = params.to;
  poll.question = params.question;
  poll.options = params.options;
  poll.max_selections = static_cast<int>(params.max_selections.value_or(1));
  if (poll.max_selections > static_cast<int>(poll.options.size())) {
    return reply.Fail(InvalidSend("poll", "maxSelections exceeds the number of options"));
  }
  if (params.duration_seconds) {
    poll.open_seconds = static_cast<int>(*params.duration_seconds);
  } else if (params.duration_hours) {
    // Capped: any value this large is refused by every channel anyway.
    poll.open_seconds =
        static_cast<int>(std::min<std::int64_t>(*params.duration_hours, 1'000'000) * 3600);
  }
  poll.is_anonymous = params.is_anonymous;
  poll.thread_id = params.thread_id;
  poll.silent = params.silent.value_or(false);
  Deliver({.idempotency_key = params.idempotency_key,
           .channel = params.channel,
           .account_id = params.account_id,
           .payload = std::move(poll)},
          std::move(reply));
}

void OutboundService::Deliver(channels::SendRequest request,
                              proto::Reply<proto::SendResult> reply) {
  auto shared = std::make_shared<proto::Reply<proto::SendResult>>(std::move(reply));
  const std::string run_id = request.idempotency_key;
  domain_.outbound.Send(
      std::move(request),
      [shared, run_id](std::expected<channels::SentRecord, channels::SendError> sent) {
        if (!sent) {
          const auto code = sent.error().kind == channels::SendErrorKind::kInvalid
                                ? proto::ErrorCode::kInvalidRequest
                                : proto::ErrorCode::kUnavailable;
          return shared->Fail(proto::MakeError(code, sent.error().message));
        }
        proto::SendResult result;
        result.run_id = run_id;
        result.message_id = sent->message_id;
        result.channel = sent->channel;
        result.poll_id = sent->poll_id;
        shared->Ok(std::move(result));
      });
}

}  // namespace gateway::services
