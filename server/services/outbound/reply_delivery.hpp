// `deliver: true` on `agent` (and `chat.send`): the finished turn's answer sent to a channel
// target through the same idempotent outbound path as the `send` RPC (one delivery per run id,
// even when a client retries).
#pragma once

#include <expected>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "server/channels/outbound.hpp"

namespace gateway::services {

struct ReplyTarget {
  std::string channel;
  std::optional<std::string> account_id;
  std::string to;
  std::optional<std::string> thread_id;
};

// The target from the request's channel / account / to / thread (each already picked from its
// reply* or originating* variant); the error says why none resolves. `outbound` may be null (no
// channels in this gateway).
std::expected<ReplyTarget, std::string> ResolveReplyTarget(
    channels::Outbound* outbound, const std::optional<std::string>& channel,
    const std::optional<std::string>& account_id, const std::optional<std::string>& to,
    const std::optional<nlohmann::json>& thread_id);

// Sends `text` (Markdown) to `target` with idempotency key `key`; `done` gets the deliveryStatus
// ({status:"sent", channel, to, messageId} or {status:"failed", channel, to, error}).
void DeliverReply(channels::Outbound& outbound, const ReplyTarget& target, std::string key,
                  std::string text, std::function<void(nlohmann::json)> done);

}  // namespace gateway::services
