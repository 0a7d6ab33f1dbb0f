// The `send` and `poll` RPCs' domain (methods.md §9): picks the channel and account, and makes a
// delivery idempotent on its key — a duplicate while the first is in flight waits for its
// result; a key already delivered (in this process or before a restart, from the SendLedger)
// answers the first result and sends nothing.
#pragma once

#include <expected>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "server/channels/channel_manager.hpp"
#include "server/channels/outbound_message.hpp"

namespace gateway::channels {

struct SendRequest {
  std::string idempotency_key;
  std::optional<std::string> channel;  // default: the only configured channel
  std::optional<std::string> account_id;
  std::variant<OutboundText, OutboundPoll> payload;
};

struct SentRecord {
  std::string channel;
  std::string message_id;
  std::optional<std::string> poll_id;
};

enum class SendErrorKind {
  kInvalid,      // bad request: unknown channel or account, a target the channel cannot use
  kUnavailable,  // the delivery failed or its outcome is unknown; the store failed
};

struct SendError {
  SendErrorKind kind = SendErrorKind::kUnavailable;
  std::string message;
};

using SendDone = std::function<void(std::expected<SentRecord, SendError>)>;

class Outbound {
 public:
  explicit Outbound(ChannelManager& channels) : channels_(channels) {}

  // `done` runs once, on any thread.
  void Send(SendRequest request, SendDone done);
  ChannelManager& channels() { return channels_; }

 private:
  void Deliver(const std::string& key, std::shared_ptr<Channel> channel, SendRequest request);
  void Settle(const std::string& key, const std::expected<SentRecord, SendError>& result);

  ChannelManager& channels_;
  std::mutex mutex_;
  std::map<std::string, std::vector<SendDone>> in_flight_;  // key → who waits for it
};

}  // namespace gateway::channels
