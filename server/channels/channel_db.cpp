#include "server/channels/channel_db.hpp"

#include <array>

namespace gateway::channels {
namespace {

constexpr std::array kMigrations = {
    storage::Migration{1, "inbound queue, poll offsets, DM pairing",
                       R"sql(
CREATE TABLE poll_offsets (
  channel TEXT NOT NULL,
  account_id TEXT NOT NULL,
  next_offset INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (channel, account_id)
);
-- One row per inbound event, written before the event is acknowledged to the channel.
-- state: pending (not answered yet), replying (reply_text stored, chunks_sent of it delivered),
-- done, dropped (refused by policy or not a message).
CREATE TABLE inbound_events (
  channel TEXT NOT NULL,
  account_id TEXT NOT NULL,
  event_id INTEGER NOT NULL,
  payload TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  reply_text TEXT,
  reply_is_html INTEGER NOT NULL DEFAULT 0,
  chunks_sent INTEGER NOT NULL DEFAULT 0,
  received_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (channel, account_id, event_id)
);
CREATE INDEX inbound_events_open ON inbound_events (channel, account_id, state, event_id);
CREATE TABLE pairing_requests (
  channel TEXT NOT NULL,
  account_id TEXT NOT NULL,
  sender_id TEXT NOT NULL,
  code TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  meta_json TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (channel, account_id, sender_id)
);
CREATE TABLE pairing_allow (
  channel TEXT NOT NULL,
  account_id TEXT NOT NULL,
  sender_id TEXT NOT NULL,
  approved_at INTEGER NOT NULL,
  PRIMARY KEY (channel, account_id, sender_id)
);
)sql"},
    storage::Migration{2, "send and poll idempotency",
                       R"sql(
-- One row per idempotencyKey of the send and poll RPCs: sending (claimed, maybe in flight or
-- interrupted by a crash), then done with the result the first call answered.
CREATE TABLE outbound_sends (
  idempotency_key TEXT PRIMARY KEY,
  method TEXT NOT NULL,
  state TEXT NOT NULL,
  result_json TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX outbound_sends_created ON outbound_sends (created_at);
)sql"},
};

}  // namespace

std::filesystem::path DefaultChannelDbPath(const std::filesystem::path& state_dir) {
  return state_dir / "gateway-cpp" / "channels.sqlite";
}

std::string DescribeFailure(const std::exception_ptr& error) {
  if (!error) return "";
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "unknown failure";
  }
}

std::expected<std::unique_ptr<ChannelDb>, std::string> ChannelDb::Open(
    const std::filesystem::path& path, runtime::Executor& executor) {
  auto db = std::unique_ptr<ChannelDb>(new ChannelDb());
  try {
    std::filesystem::create_directories(path.parent_path());
    storage::OpenOptions open;
    open.synchronous = storage::Synchronous::kFull;
    storage::Database connection = storage::Database::Open(path, open);
    // Owner-only: it holds private messages.
    std::filesystem::permissions(
        path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    storage::Migrate(connection, kMigrations);
    db->writer_ = std::make_unique<storage::WriteQueue>(std::move(connection), executor);
    db->readers_ = std::make_unique<storage::ReadPool>(path, open, executor);
  } catch (const std::exception& e) {
    return std::unexpected(std::string("channel store ") + path.string() + ": " + e.what());
  }
  return db;
}

void ChannelDb::Flush(std::function<void()> done) {
  writer_->RunExclusive([done = std::move(done)](storage::Database&) { done(); });
}

}  // namespace gateway::channels
