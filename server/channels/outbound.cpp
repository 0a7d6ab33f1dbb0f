#include "server/channels/outbound.hpp"

#include <nlohmann/json.hpp>

#include "server/platform/text.hpp"

namespace gateway::channels {
namespace {

using json = nlohmann::json;

SendError Invalid(std::string message) {
  return {.kind = SendErrorKind::kInvalid, .message = std::move(message)};
}
SendError Unavailable(std::string message) {
  return {.kind = SendErrorKind::kUnavailable, .message = std::move(message)};
}

std::string ToJson(const SentRecord& record) {
  json out = {{"channel", record.channel}, {"messageId", record.message_id}};
  if (record.poll_id) out["pollId"] = *record.poll_id;
  return out.dump();
}

std::optional<SentRecord> FromJson(const std::string& text) {
  const json in = json::parse(text, nullptr, false);
  if (!in.is_object() || !in["channel"].is_string() || !in["messageId"].is_string()) {
    return std::nullopt;
  }
  SentRecord record{.channel = in["channel"].get<std::string>(),
                    .message_id = in["messageId"].get<std::string>(),
                    .poll_id = std::nullopt};
  if (in.contains("pollId") && in["pollId"].is_string()) {
    record.poll_id = in["pollId"].get<std::string>();
  }
  return record;
}

}  // namespace

void Outbound::Send(SendRequest request, SendDone done) {
  const auto configured = channels_.Channels();
  std::string channel;
  if (request.channel) {
    channel = platform::AsciiLower(platform::TrimAsciiSpace(*request.channel));
    if (std::find(configured.begin(), configured.end(), channel) == configured.end()) {
      return done(std::unexpected(Invalid("unsupported channel: " + *request.channel)));
    }
  } else if (configured.size() == 1) {
    channel = configured.front();
  } else {
    return done(std::unexpected(Invalid(configured.empty()
                                            ? "no channel is configured"
                                            : "channel is required (several are configured)")));
  }
  auto found = channels_.Find(channel, request.account_id.value_or(""));
  if (!found.channel) {
    return done(
        std::unexpected(found.unknown ? Invalid(found.problem) : Unavailable(found.problem)));
  }
  SendLedger* ledger = channels_.sends();
  if (!ledger) return done(std::unexpected(Unavailable("channel store unavailable")));

  const std::string key = request.idempotency_key;
  {
    std::lock_guard lock(mutex_);
    auto [it, first] = in_flight_.try_emplace(key);
    it->second.push_back(std::move(done));
    if (!first) return;  // answered with the first call's result
  }
  const std::string method =
      std::holds_alternative<OutboundPoll>(request.payload) ? "poll" : "send";
  ledger->Claim(
      key, method,
      [this, key, channel = std::move(found.channel),
       request = std::move(request)](std::expected<LedgerClaim, std::string> claim) {
        if (!claim) {
          return Settle(
              key, std::unexpected(Unavailable("channel store unavailable: " + claim.error())));
        }
        switch (claim->kind) {
          case LedgerClaim::Kind::kClaimed:
            return Deliver(key, channel, request);
          case LedgerClaim::Kind::kResumed: {
            // Resumes after the chunks an earlier attempt delivered.
            SendRequest resumed = request;
            const json progress = json::parse(claim->result_json, nullptr, false);
            if (auto* text = std::get_if<OutboundText>(&resumed.payload);
                text && progress.is_object()) {
              text->first_chunk = progress.value("chunks", 0);
              text->resumed_message_id = progress.value("messageId", "");
            }
            return Deliver(key, channel, std::move(resumed));
          }
          case LedgerClaim::Kind::kDone:
            if (auto record = FromJson(claim->result_json)) return Settle(key, *record);
            return Settle(key,
                          std::unexpected(Unavailable("the stored result of this idempotencyKey is "
                                                      "unreadable")));
          case LedgerClaim::Kind::kInterrupted:
            return Settle(key, std::unexpected(
                                   Unavailable("an earlier delivery with this idempotencyKey was "
                                               "interrupted; whether it arrived is unknown, so it "
                                               "is not sent again")));
        }
      });
}

void Outbound::Deliver(const std::string& key, std::shared_ptr<Channel> channel,
                       SendRequest request) {
  const std::string name = channel->channel();
  auto delivered = [this, key, name](OutboundResult result) {
    SendLedger* ledger = channels_.sends();
    if (!result) {
      const auto& error = result.error();
      SendError failure = error.kind == OutboundErrorKind::kInvalid ? Invalid(error.message)
                                                                    : Unavailable(error.message);
      if (error.delivered_chunks > 0) {
        // Part of the text arrived: a retry of the key sends only the rest.
        const json progress = {{"chunks", error.delivered_chunks},
                               {"messageId", error.last_message_id}};
        return ledger->Suspend(key, progress.dump(),
                               [this, key, failure](std::optional<std::string>) {
                                 Settle(key, std::unexpected(failure));
                               });
      }
      // Nothing was delivered: the key is free for a retry.
      return ledger->Release(key, [this, key, failure](std::optional<std::string>) {
        Settle(key, std::unexpected(failure));
      });
    }
    SentRecord record{
        .channel = name, .message_id = result->message_id, .poll_id = result->poll_id};
    // Answered once the result is durable (a store failure still answers: it was delivered).
    ledger->Complete(key, ToJson(record),
                     [this, key, record](std::optional<std::string>) { Settle(key, record); });
  };
  if (auto* poll = std::get_if<OutboundPoll>(&request.payload)) {
    return channel->SendPoll(std::move(*poll), std::move(delivered));
  }
  channel->Send(std::get<OutboundText>(std::move(request.payload)), std::move(delivered));
}

void Outbound::Settle(const std::string& key, const std::expected<SentRecord, SendError>& result) {
  std::vector<SendDone> waiting;
  {
    std::lock_guard lock(mutex_);
    auto it = in_flight_.find(key);
    if (it == in_flight_.end()) return;
    waiting = std::move(it->second);
    in_flight_.erase(it);
  }
  for (auto& done : waiting) done(result);
}

}  // namespace gateway::channels
