// DM pairing (config.md, channels.telegram "DM pairing"): an unknown sender under dmPolicy
// `pairing` gets a request with an 8-character code from kPairingAlphabet (unique among pending
// codes), valid 1 h, at most 3 pending per account; a repeat message from a pending sender only
// updates last_seen_at. Approval moves the sender to the account's pairing allow list, which DMs
// consult together with allowFrom. Stored in ChannelDb; every call is asynchronous.
#pragma once

#include <cstdint>
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/channels/channel_db.hpp"
#include "server/channels/inbound_queue.hpp"

namespace gateway::channels {

inline constexpr std::string_view kPairingAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
inline constexpr std::size_t kPairingCodeLength = 8;
inline constexpr std::int64_t kPairingTtlMs = 3'600'000;
inline constexpr int kMaxPendingPairings = 3;

// A random code from kPairingAlphabet (OpenSSL's CSPRNG).
std::string NewPairingCode();

struct PairingRequest {
  std::string channel;
  std::string account_id;
  std::string sender_id;
  std::string code;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
  std::string meta_json;
};

struct PairingOutcome {
  enum class Kind {
    kCreated,   // a new request: send the code
    kPending,   // already pending: last_seen_at updated, nothing to send
    kCapped,    // the account has kMaxPendingPairings pending: no code
    kApproved,  // the sender was approved meanwhile: admit
  };
  Kind kind = Kind::kCreated;
  std::optional<PairingRequest> request;
};

class PairingStore {
 public:
  template <typename T>
  using Done = std::function<void(std::expected<T, std::string>)>;

  explicit PairingStore(std::shared_ptr<ChannelDb> db, std::function<std::int64_t()> now_ms = {});

  void IsApproved(const AccountRef& account, const std::string& sender_id, Done<bool> done);
  void Request(const AccountRef& account, const std::string& sender_id, std::string meta_json,
               Done<PairingOutcome> done);
  // Unexpired requests of `channel` (every account when `account_id` is empty), oldest first.
  void List(const std::string& channel, const std::string& account_id,
            Done<std::vector<PairingRequest>> done);
  // Which pending request Approve and Dismiss act on.
  enum class Match {
    kCode,    // the pairing code, case-insensitive (the CLI)
    kSender,  // the sender id (the RPCs, after resolving their requestId)
  };
  // nullopt when no unexpired request matches (an empty account id matches every account).
  void Approve(const std::string& channel, const std::string& account_id, Match match,
               const std::string& key, Done<std::optional<PairingRequest>> done);
  void Dismiss(const std::string& channel, const std::string& account_id, Match match,
               const std::string& key, Done<std::optional<PairingRequest>> done);

 private:
  void Resolve(const std::string& channel, const std::string& account_id, Match match,
               const std::string& key, bool approve, Done<std::optional<PairingRequest>> done);

  std::shared_ptr<ChannelDb> db_;
  std::function<std::int64_t()> now_ms_;
};

}  // namespace gateway::channels
