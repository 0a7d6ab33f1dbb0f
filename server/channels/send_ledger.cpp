#include "server/channels/send_ledger.hpp"

#include "server/platform/ids.hpp"

namespace gateway::channels {
namespace {

using storage::Database;

constexpr std::string_view kSending = "sending";
constexpr std::string_view kDone = "done";
constexpr std::string_view kPartial = "partial";

SendLedger::Status Shared(SendLedger::Status done) {
  return done ? done : [](auto) {};
}

void Write(ChannelDb& db, std::function<void(Database&)> work, SendLedger::Status done) {
  db.writer().Submit(std::move(work), [done = Shared(std::move(done))](std::exception_ptr error) {
    if (error) return done(DescribeFailure(error));
    done(std::nullopt);
  });
}

}  // namespace

SendLedger::SendLedger(std::shared_ptr<ChannelDb> db, std::function<std::int64_t()> now_ms)
    : db_(std::move(db)), now_ms_(std::move(now_ms)) {
  if (!now_ms_) now_ms_ = [] { return gateway::NowMs(); };
}

void SendLedger::Claim(const std::string& key, const std::string& method, Done<LedgerClaim> done) {
  const std::int64_t now = now_ms_();
  auto claim = std::make_shared<LedgerClaim>();
  db_->writer().Submit(
      [key, method, now, claim](Database& db) {
        *claim = {};  // the writer may run this twice
        auto& prune = db.Cached("DELETE FROM outbound_sends WHERE created_at < ?");
        prune.Reset();
        prune.Bind(1, now - kSendLedgerTtlMs);
        prune.Run();
        auto& select =
            db.Cached("SELECT state, result_json FROM outbound_sends WHERE idempotency_key = ?");
        select.Reset();
        select.Bind(1, key);
        if (select.Step()) {
          const std::string state = select.Text(0);
          claim->kind = state == kDone      ? LedgerClaim::Kind::kDone
                        : state == kPartial ? LedgerClaim::Kind::kResumed
                                            : LedgerClaim::Kind::kInterrupted;
          claim->result_json = select.OptionalText(1).value_or("");
          select.Reset();
          if (claim->kind == LedgerClaim::Kind::kResumed) {
            auto& reclaim = db.Cached(
                "UPDATE outbound_sends SET state = ?, updated_at = ? WHERE idempotency_key = ?");
            reclaim.Reset();
            reclaim.Bind(1, std::string(kSending)).Bind(2, now).Bind(3, key);
            reclaim.Run();
          }
          return;
        }
        select.Reset();
        auto& insert = db.Cached(
            "INSERT INTO outbound_sends (idempotency_key, method, state, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)");
        insert.Reset();
        insert.Bind(1, key)
            .Bind(2, method)
            .Bind(3, std::string(kSending))
            .Bind(4, now)
            .Bind(5, now);
        insert.Run();
        claim->kind = LedgerClaim::Kind::kClaimed;
      },
      [claim, done = std::move(done)](std::exception_ptr error) {
        if (error) return done(std::unexpected(DescribeFailure(error)));
        done(*claim);
      });
}

void SendLedger::Complete(const std::string& key, std::string result_json, Status done) {
  const std::int64_t now = now_ms_();
  Write(
      *db_,
      [key, result_json = std::move(result_json), now](Database& db) {
        auto& update = db.Cached(
            "UPDATE outbound_sends SET state = ?, result_json = ?, updated_at = ? "
            "WHERE idempotency_key = ?");
        update.Reset();
        update.Bind(1, std::string(kDone)).Bind(2, result_json).Bind(3, now).Bind(4, key);
        update.Run();
      },
      std::move(done));
}

void SendLedger::Release(const std::string& key, Status done) {
  Write(
      *db_,
      [key](Database& db) {
        auto& remove =
            db.Cached("DELETE FROM outbound_sends WHERE idempotency_key = ? AND state = ?");
        remove.Reset();
        remove.Bind(1, key).Bind(2, std::string(kSending));
        remove.Run();
      },
      std::move(done));
}

void SendLedger::Suspend(const std::string& key, std::string progress_json, Status done) {
  const std::int64_t now = now_ms_();
  Write(
      *db_,
      [key, progress_json = std::move(progress_json), now](Database& db) {
        auto& update = db.Cached(
            "UPDATE outbound_sends SET state = ?, result_json = ?, updated_at = ? "
            "WHERE idempotency_key = ? AND state = ?");
        update.Reset();
        update.Bind(1, std::string(kPartial))
            .Bind(2, progress_json)
            .Bind(3, now)
            .Bind(4, key)
            .Bind(5, std::string(kSending));
        update.Run();
      },
      std::move(done));
}

}  // namespace gateway::channels
