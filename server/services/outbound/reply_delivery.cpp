#include "server/services/outbound/reply_delivery.hpp"

#include <algorithm>

#include "server/platform/text.hpp"

namespace gateway::services {

using json = nlohmann::json;

std::expected<ReplyTarget, std::string> ResolveReplyTarget(
    channels::Outbound* outbound, const std::optional<std::string>& channel,
    const std::optional<std::string>& account_id, const std::optional<std::string>& to,
    const std::optional<json>& thread_id) {
  const auto configured = outbound ? outbound->channels().Channels() : std::vector<std::string>{};
  if (configured.empty()) return std::unexpected(std::string("no channel is configured"));
  ReplyTarget target;
  if (channel && !platform::TrimAsciiSpace(*channel).empty()) {
    target.channel = platform::AsciiLower(platform::TrimAsciiSpace(*channel));
    if (std::find(configured.begin(), configured.end(), target.channel) == configured.end()) {
      return std::unexpected("unsupported channel: " + *channel);
    }
  } else if (configured.size() == 1) {
    target.channel = configured.front();
  } else {
    return std::unexpected(std::string("channel is required (several are configured)"));
  }
  if (!to || platform::TrimAsciiSpace(*to).empty()) {
    return std::unexpected("no target (to) for channel \"" + target.channel + "\"");
  }
  target.to = std::string(platform::TrimAsciiSpace(*to));
  target.account_id = account_id;
  auto found = outbound->channels().Find(target.channel, account_id.value_or(""));
  if (!found.channel) return std::unexpected(found.problem);
  if (thread_id) {
    if (thread_id->is_string()) target.thread_id = thread_id->get<std::string>();
    if (thread_id->is_number_integer())
      target.thread_id = std::to_string(thread_id->get<std::int64_t>());
  }
  return target;
}

void DeliverReply(channels::Outbound& outbound, const ReplyTarget& target, std::string key,
                  std::string text, std::function<void(json)> done) {
  channels::SendRequest request;
  request.idempotency_key = std::move(key);
  request.channel = target.channel;
  request.account_id = target.account_id;
  request.payload = channels::OutboundText{.to = target.to,
                                           .text = std::move(text),
                                           .html = false,
                                           .reply_to_id = std::nullopt,
                                           .thread_id = target.thread_id,
                                           .silent = false,
                                           .first_chunk = 0,
                                           .resumed_message_id = ""};
  outbound.Send(std::move(request),
                [target, done = std::move(done)](
                    std::expected<channels::SentRecord, channels::SendError> sent) {
                  json status = {{"channel", target.channel}, {"to", target.to}};
                  if (sent) {
                    status["status"] = "sent";
                    status["messageId"] = sent->message_id;
                  } else {
                    status["status"] = "failed";
                    status["error"] = sent.error().message;
                  }
                  done(std::move(status));
                });
}

}  // namespace gateway::services
