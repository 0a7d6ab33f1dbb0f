#include "server/channels/pairing_store.hpp"

#include <openssl/rand.h>

#include <array>
#include <memory>
#include <stdexcept>

#include "server/platform/ids.hpp"
#include "server/platform/text.hpp"

namespace gateway::channels {
namespace {

using storage::Database;

PairingRequest ReadRequest(storage::Statement& row) {
  return {.channel = row.Text(0),
          .account_id = row.Text(1),
          .sender_id = row.Text(2),
          .code = row.Text(3),
          .created_at = row.Int(4),
          .last_seen_at = row.Int(5),
          .meta_json = row.Text(6)};
}

constexpr std::string_view kColumns =
    "channel, account_id, sender_id, code, created_at, last_seen_at, meta_json";

void DeleteExpired(Database& db, std::int64_t now) {
  auto& expire = db.Cached("DELETE FROM pairing_requests WHERE created_at <= ?");
  expire.Reset();
  expire.Bind(1, now - kPairingTtlMs);
  expire.Run();
}

bool CodeInUse(Database& db, const std::string& code) {
  auto& select = db.Cached("SELECT 1 FROM pairing_requests WHERE code = ?");
  select.Reset();
  select.Bind(1, code);
  const bool used = select.Step();
  select.Reset();
  return used;
}

}  // namespace

std::string NewPairingCode() {
  std::array<unsigned char, kPairingCodeLength> bytes{};
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
    throw std::runtime_error("no random bytes for a pairing code");
  }
  std::string code;
  // 256 is a multiple of the alphabet's 32 letters: no modulo bias.
  for (unsigned char byte : bytes) code.push_back(kPairingAlphabet[byte % kPairingAlphabet.size()]);
  return code;
}

PairingStore::PairingStore(std::shared_ptr<ChannelDb> db, std::function<std::int64_t()> now_ms)
    : db_(std::move(db)), now_ms_(now_ms ? std::move(now_ms) : [] { return gateway::NowMs(); }) {}

void PairingStore::IsApproved(const AccountRef& account, const std::string& sender_id,
                              Done<bool> done) {
  db_->readers().Run([account, sender_id, done = std::move(done)](Database& db) {
    try {
      auto& select = db.Cached(
          "SELECT 1 FROM pairing_allow WHERE channel = ? AND account_id = ? AND sender_id = ?");
      select.Reset();
      select.Bind(1, account.channel).Bind(2, account.account_id).Bind(3, sender_id);
      const bool approved = select.Step();
      select.Reset();
      done(approved);
    } catch (const std::exception& e) {
      done(std::unexpected(std::string(e.what())));
    }
  });
}

void PairingStore::Request(const AccountRef& account, const std::string& sender_id,
                           std::string meta_json, Done<PairingOutcome> done) {
  const std::int64_t now = now_ms_();
  auto outcome = std::make_shared<PairingOutcome>();
  db_->writer().Submit(
      [account, sender_id, meta_json = std::move(meta_json), now, outcome](Database& db) {
        *outcome = {};  // the writer may run this twice
        DeleteExpired(db, now);
        auto& allowed = db.Cached(
            "SELECT 1 FROM pairing_allow WHERE channel = ? AND account_id = ? AND sender_id = ?");
        allowed.Reset();
        allowed.Bind(1, account.channel).Bind(2, account.account_id).Bind(3, sender_id);
        const bool approved = allowed.Step();
        allowed.Reset();
        if (approved) {
          outcome->kind = PairingOutcome::Kind::kApproved;
          return;
        }
        auto& touch = db.Cached(
            "UPDATE pairing_requests SET last_seen_at = ? WHERE channel = ? AND account_id = ? "
            "AND sender_id = ?");
        touch.Reset();
        touch.Bind(1, now).Bind(2, account.channel).Bind(3, account.account_id).Bind(4, sender_id);
        touch.Run();
        if (db.changes() > 0) {
          outcome->kind = PairingOutcome::Kind::kPending;
          return;
        }
        auto& count =
            db.Cached("SELECT count(*) FROM pairing_requests WHERE channel = ? AND account_id = ?");
        count.Reset();
        count.Bind(1, account.channel).Bind(2, account.account_id);
        count.Step();
        const std::int64_t pending = count.Int(0);
        count.Reset();
        if (pending >= kMaxPendingPairings) {
          outcome->kind = PairingOutcome::Kind::kCapped;
          return;
        }
        std::string code = NewPairingCode();
        while (CodeInUse(db, code)) code = NewPairingCode();
        auto& insert = db.Cached(
            "INSERT INTO pairing_requests (channel, account_id, sender_id, code, created_at, "
            "last_seen_at, meta_json) VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.Reset();
        insert.Bind(1, account.channel)
            .Bind(2, account.account_id)
            .Bind(3, sender_id)
            .Bind(4, code)
            .Bind(5, now)
            .Bind(6, now)
            .Bind(7, meta_json);
        insert.Run();
        outcome->kind = PairingOutcome::Kind::kCreated;
        outcome->request = PairingRequest{.channel = account.channel,
                                          .account_id = account.account_id,
                                          .sender_id = sender_id,
                                          .code = code,
                                          .created_at = now,
                                          .last_seen_at = now,
                                          .meta_json = meta_json};
      },
      [outcome, done = std::move(done)](std::exception_ptr error) {
        if (error) return done(std::unexpected(DescribeFailure(error)));
        done(*outcome);
      });
}

void PairingStore::List(const std::string& channel, const std::string& account_id,
                        Done<std::vector<PairingRequest>> done) {
  const std::int64_t now = now_ms_();
  db_->readers().Run([channel, account_id, now, done = std::move(done)](Database& db) {
    try {
      auto select =
          db.Prepare("SELECT " + std::string(kColumns) +
                     " FROM pairing_requests WHERE channel = ? AND (? = '' OR account_id = ?) "
                     "AND created_at > ? ORDER BY created_at, sender_id");
      select.Bind(1, channel).Bind(2, account_id).Bind(3, account_id).Bind(4, now - kPairingTtlMs);
      std::vector<PairingRequest> requests;
      while (select.Step()) requests.push_back(ReadRequest(select));
      done(std::move(requests));
    } catch (const std::exception& e) {
      done(std::unexpected(std::string(e.what())));
    }
  });
}

void PairingStore::Approve(const std::string& channel, const std::string& account_id, Match match,
                           const std::string& key, Done<std::optional<PairingRequest>> done) {
  Resolve(channel, account_id, match, key, true, std::move(done));
}

void PairingStore::Dismiss(const std::string& channel, const std::string& account_id, Match match,
                           const std::string& key, Done<std::optional<PairingRequest>> done) {
  Resolve(channel, account_id, match, key, false, std::move(done));
}

void PairingStore::Resolve(const std::string& channel, const std::string& account_id, Match match,
                           const std::string& key, bool approve,
                           Done<std::optional<PairingRequest>> done) {
  const std::int64_t now = now_ms_();
  const std::string wanted = match == Match::kCode
                                 ? platform::AsciiLower(platform::TrimAsciiSpace(key))
                                 : std::string(platform::TrimAsciiSpace(key));
  auto found = std::make_shared<std::optional<PairingRequest>>();
  db_->writer().Submit(
      [channel, account_id, match, wanted, approve, now, found](Database& db) {
        found->reset();
        DeleteExpired(db, now);
        auto select = db.Prepare(
            "SELECT " + std::string(kColumns) +
            " FROM pairing_requests WHERE channel = ? AND (? = '' OR account_id = ?) AND " +
            (match == Match::kCode ? "lower(code) = ?" : "sender_id = ?") +
            " ORDER BY created_at LIMIT 1");
        select.Bind(1, channel).Bind(2, account_id).Bind(3, account_id).Bind(4, wanted);
        if (!select.Step()) return;
        *found = ReadRequest(select);
        select.Reset();
        auto remove = db.Prepare(
            "DELETE FROM pairing_requests WHERE channel = ? AND account_id = ? AND sender_id = ?");
        remove.Bind(1, (*found)->channel)
            .Bind(2, (*found)->account_id)
            .Bind(3, (*found)->sender_id);
        remove.Run();
        if (!approve) return;
        auto allow = db.Prepare(
            "INSERT OR IGNORE INTO pairing_allow (channel, account_id, sender_id, approved_at) "
            "VALUES (?, ?, ?, ?)");
        allow.Bind(1, (*found)->channel)
            .Bind(2, (*found)->account_id)
            .Bind(3, (*found)->sender_id)
            .Bind(4, now);
        allow.Run();
      },
      [found, done = std::move(done)](std::exception_ptr error) {
        if (error) return done(std::unexpected(DescribeFailure(error)));
        done(*found);
      });
}

}  // namespace gateway::channels
