#include "server/channels/inbound_queue.hpp"

#include <memory>

#include "server/platform/ids.hpp"

namespace gateway::channels {
namespace {

using storage::Database;

InboundQueue::Status Shared(InboundQueue::Status done) {
  return done ? done : [](auto) {};
}

void Write(ChannelDb& db, std::function<void(Database&)> work, InboundQueue::Status done) {
  db.writer().Submit(std::move(work), [done = Shared(std::move(done))](std::exception_ptr error) {
    if (error) return done(DescribeFailure(error));
    done(std::nullopt);
  });
}

}  // namespace

void InboundQueue::LoadOffset(const AccountRef& account,
                              std::function<void(std::expected<std::int64_t, std::string>)> done) {
  db_->readers().Run([account, done = std::move(done)](Database& db) {
    try {
      auto& select =
          db.Cached("SELECT next_offset FROM poll_offsets WHERE channel = ? AND account_id = ?");
      select.Reset();
      select.Bind(1, account.channel).Bind(2, account.account_id);
      const std::int64_t offset = select.Step() ? select.Int(0) : 0;
      select.Reset();
      done(offset);
    } catch (const std::exception& e) {
      done(std::unexpected(std::string(e.what())));
    }
  });
}

namespace {

// One update stored once: a retried update (same event id) is ignored.
void InsertEvent(Database& db, const AccountRef& account, const QueuedEvent& event,
                 std::int64_t now) {
  auto& insert = db.Cached(
      "INSERT OR IGNORE INTO inbound_events (channel, account_id, event_id, payload, "
      "received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
  insert.Reset();
  insert.Bind(1, account.channel)
      .Bind(2, account.account_id)
      .Bind(3, event.event_id)
      .Bind(4, event.payload)
      .Bind(5, now)
      .Bind(6, now);
  insert.Run();
}

}  // namespace

void InboundQueue::Enqueue(const AccountRef& account, std::vector<QueuedEvent> events,
                           std::int64_t next_offset, Status done) {
  const std::int64_t now = gateway::NowMs();
  Write(
      *db_,
      [account, events = std::move(events), next_offset, now](Database& db) {
        for (const auto& event : events) InsertEvent(db, account, event, now);
        auto& offset = db.Cached(
            "INSERT INTO poll_offsets (channel, account_id, next_offset, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (channel, account_id) DO UPDATE SET "
            "next_offset = max(next_offset, excluded.next_offset), updated_at = "
            "excluded.updated_at");
        offset.Reset();
        offset.Bind(1, account.channel)
            .Bind(2, account.account_id)
            .Bind(3, next_offset)
            .Bind(4, now);
        offset.Run();
      },
      std::move(done));
}

void InboundQueue::EnqueueOne(const AccountRef& account, QueuedEvent event,
                              std::function<void(std::expected<bool, std::string>)> done) {
  const std::int64_t now = gateway::NowMs();
  auto inserted = std::make_shared<bool>(false);
  db_->writer().Submit(
      [account, event = std::move(event), now, inserted](Database& db) {
        InsertEvent(db, account, event, now);
        *inserted = db.changes() > 0;
      },
      [inserted, done = std::move(done)](std::exception_ptr error) {
        if (error) return done(std::unexpected(DescribeFailure(error)));
        done(*inserted);
      });
}

void InboundQueue::Open(
    const AccountRef& account,
    std::function<void(std::expected<std::vector<OpenEvent>, std::string>)> done) {
  db_->readers().Run([account, done = std::move(done)](Database& db) {
    try {
      auto& select = db.Cached(
          "SELECT event_id, payload, reply_text, reply_is_html, chunks_sent FROM inbound_events "
          "WHERE channel = ? AND account_id = ? AND state IN ('pending', 'replying') "
          "ORDER BY event_id");
      select.Reset();
      select.Bind(1, account.channel).Bind(2, account.account_id);
      std::vector<OpenEvent> events;
      while (select.Step()) {
        events.push_back({.event_id = select.Int(0),
                          .payload = select.Text(1),
                          .reply_text = select.OptionalText(2),
                          .reply_is_html = select.Int(3) != 0,
                          .chunks_sent = static_cast<int>(select.Int(4))});
      }
      select.Reset();
      done(std::move(events));
    } catch (const std::exception& e) {
      done(std::unexpected(std::string(e.what())));
    }
  });
}

void InboundQueue::SaveReply(const AccountRef& account, std::int64_t event_id,
                             std::string reply_text, bool is_html, Status done) {
  const std::int64_t now = gateway::NowMs();
  Write(
      *db_,
      [account, event_id, reply_text = std::move(reply_text), is_html, now](Database& db) {
        auto& update = db.Cached(
            "UPDATE inbound_events SET state = 'replying', reply_text = ?, reply_is_html = ?, "
            "chunks_sent = 0, updated_at = ? WHERE channel = ? AND account_id = ? "
            "AND event_id = ? AND state = 'pending'");
        update.Reset();
        update.Bind(1, reply_text)
            .Bind(2, is_html)
            .Bind(3, now)
            .Bind(4, account.channel)
            .Bind(5, account.account_id)
            .Bind(6, event_id);
        update.Run();
      },
      std::move(done));
}

void InboundQueue::MarkChunksSent(const AccountRef& account, std::int64_t event_id, int chunks_sent,
                                  Status done) {
  const std::int64_t now = gateway::NowMs();
  Write(
      *db_,
      [account, event_id, chunks_sent, now](Database& db) {
        auto& update = db.Cached(
            "UPDATE inbound_events SET chunks_sent = max(chunks_sent, ?), updated_at = ? "
            "WHERE channel = ? AND account_id = ? AND event_id = ?");
        update.Reset();
        update.Bind(1, chunks_sent)
            .Bind(2, now)
            .Bind(3, account.channel)
            .Bind(4, account.account_id)
            .Bind(5, event_id);
        update.Run();
      },
      std::move(done));
}

void InboundQueue::Finish(const AccountRef& account, std::int64_t event_id, EventState state,
                          Status done) {
  const std::int64_t now = gateway::NowMs();
  Write(
      *db_,
      [account, event_id, state, now](Database& db) {
        auto& update = db.Cached(
            "UPDATE inbound_events SET state = ?, updated_at = ? "
            "WHERE channel = ? AND account_id = ? AND event_id = ?");
        update.Reset();
        update.Bind(1, state == EventState::kDone ? "done" : "dropped")
            .Bind(2, now)
            .Bind(3, account.channel)
            .Bind(4, account.account_id)
            .Bind(5, event_id);
        update.Run();
      },
      std::move(done));
}

}  // namespace gateway::channels
