// Delivery of the `send` and `poll` RPCs to one Telegram account (methods.md §9): the target
// syntax, the text split at textChunkLimit and sent chunk by chunk (a 429's retry_after waited
// out, transient failures retried), and sendPoll.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "server/channels/channel.hpp"
#include "server/channels/outbound_message.hpp"
#include "server/channels/telegram/bot_api.hpp"
#include "server/runtime/timer_queue.hpp"

namespace gateway::channels::telegram {

struct TelegramTarget {
  std::string chat_id;  // decimal (negative for groups) or @channelusername
  std::optional<std::int64_t> thread_id;
};

// "123", "-100123", "@channel", optionally prefixed "telegram:" or "tg:" (any case) and suffixed
// ":topic:<thread id>"; nullopt for anything else.
std::optional<TelegramTarget> ParseTarget(std::string_view to);

struct OutboundContext {
  BotApi api;
  runtime::TimerQueue& timers;
  ChannelTimings timings;
  int text_chunk_limit = 4000;
};

void SendText(const OutboundContext& context, OutboundText message, OutboundDone done);
void SendPoll(const OutboundContext& context, OutboundPoll poll, OutboundDone done);

}  // namespace gateway::channels::telegram
