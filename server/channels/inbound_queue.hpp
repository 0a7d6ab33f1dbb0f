// The durable inbound queue of the channels (in ChannelDb): an event is stored together with the
// poll offset that acknowledges it, in one transaction, before the channel is told to forget it;
// it leaves the queue only once its reply was delivered. A reply is stored before its first chunk
// is sent and the delivered chunks are counted, so a restart resends only what was not delivered
// and never runs the turn again once its answer is known.
#pragma once

#include <cstdint>
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "server/channels/channel_db.hpp"

namespace gateway::channels {

struct AccountRef {
  std::string channel;     // "telegram"
  std::string account_id;  // normalized
};

struct QueuedEvent {
  std::int64_t event_id = 0;  // Telegram: update_id
  std::string payload;        // the event as the channel received it (JSON)
};

struct OpenEvent {
  std::int64_t event_id = 0;
  std::string payload;
  std::optional<std::string> reply_text;  // set once the turn finished (state replying)
  bool reply_is_html = false;
  int chunks_sent = 0;
};

enum class EventState { kDone, kDropped };

class InboundQueue {
 public:
  using Status = std::function<void(std::optional<std::string> error)>;

  explicit InboundQueue(std::shared_ptr<ChannelDb> db) : db_(std::move(db)) {}

  // The offset stored by the last Enqueue (0: none yet).
  void LoadOffset(const AccountRef& account,
                  std::function<void(std::expected<std::int64_t, std::string>)> done);
  // Stores the events not stored yet and the new offset in one transaction.
  void Enqueue(const AccountRef& account, std::vector<QueuedEvent> events, std::int64_t next_offset,
               Status done);
  // Stores one event without a poll offset (a webhook's update); `done` gets whether it was new
  // (false: stored before, e.g. Telegram retrying a delivery).
  void EnqueueOne(const AccountRef& account, QueuedEvent event,
                  std::function<void(std::expected<bool, std::string>)> done);
  // Events that are pending or replying, oldest first.
  void Open(const AccountRef& account,
            std::function<void(std::expected<std::vector<OpenEvent>, std::string>)> done);
  void SaveReply(const AccountRef& account, std::int64_t event_id, std::string reply_text,
                 bool is_html, Status done);
  void MarkChunksSent(const AccountRef& account, std::int64_t event_id, int chunks_sent,
                      Status done);
  void Finish(const AccountRef& account, std::int64_t event_id, EventState state, Status done);

 private:
  std::shared_ptr<ChannelDb> db_;  // shared: a late callback never outlives it
};

}  // namespace gateway::channels
