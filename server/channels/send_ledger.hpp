// The idempotency ledger of the `send` and `poll` RPCs (in ChannelDb): a key is recorded as
// `sending` before anything goes out and replaced by its result once delivered, so a retried key
// — in the same process or after a restart — gets the first result instead of a second message.
// A key left `sending` by a process that died mid-send is reported as interrupted (its delivery
// is unknown), never sent again. A delivery that failed forgets its key (a retry may send).
#pragma once

#include <cstdint>
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "server/channels/channel_db.hpp"

namespace gateway::channels {

inline constexpr std::int64_t kSendLedgerTtlMs = 7LL * 24 * 3'600'000;  // keys kept a week

struct LedgerClaim {
  enum class Kind {
    kClaimed,      // new key, recorded as sending: go ahead and send
    kDone,         // sent before: `result_json` is the first result
    kInterrupted,  // an earlier process died while sending it
    kResumed,      // an earlier attempt failed part-way: claimed again, `result_json` = progress
  };
  Kind kind = Kind::kClaimed;
  std::string result_json;
};

class SendLedger {
 public:
  template <typename T>
  using Done = std::function<void(std::expected<T, std::string>)>;
  using Status = std::function<void(std::optional<std::string> error)>;

  explicit SendLedger(std::shared_ptr<ChannelDb> db, std::function<std::int64_t()> now_ms = {});

  // Records `key` as sending unless it is known; also forgets keys older than kSendLedgerTtlMs.
  void Claim(const std::string& key, const std::string& method, Done<LedgerClaim> done);
  void Complete(const std::string& key, std::string result_json, Status done);
  void Release(const std::string& key, Status done);
  // A send that failed after delivering part of its text: kept with its progress (JSON), so a
  // retry of the key resumes instead of repeating what was delivered.
  void Suspend(const std::string& key, std::string progress_json, Status done);

 private:
  std::shared_ptr<ChannelDb> db_;
  std::function<std::int64_t()> now_ms_;
};

}  // namespace gateway::channels
