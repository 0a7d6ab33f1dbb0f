// Generated from protocol/methods/channels.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

using wire::Read;
using wire::Write;

// One channel account; an omitted accountId is the channel's default account.
struct ChannelAccountParams {
  // Channel id.
  std::string channel{};
  // Account id.
  std::optional<std::string> account_id{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChannelAccountParams&) const = default;
};
void Read(const nlohmann::json& j, ChannelAccountParams& out, std::string_view ptr);
nlohmann::json Write(const ChannelAccountParams& value);
inline void from_json(const nlohmann::json& j, ChannelAccountParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelAccountParams& value) { j = Write(value); }

struct ChannelsLogoutResult {
  // Channel id.
  std::string channel{};
  // Account id.
  std::string account_id{};
  // Whether stored credentials were removed.
  bool cleared{};
  // Whether the account is stopped now.
  bool logged_out{};

  bool operator==(const ChannelsLogoutResult&) const = default;
};
void Read(const nlohmann::json& j, ChannelsLogoutResult& out, std::string_view ptr);
nlohmann::json Write(const ChannelsLogoutResult& value);
inline void from_json(const nlohmann::json& j, ChannelsLogoutResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsLogoutResult& value) { j = Write(value); }

struct ChannelsPairingApproveParams {
  // Channel id.
  std::string channel{};
  // Account id.
  std::string account_id{};
  // The request's id from channels.pairing.list.
  std::string request_id{};
  // Send the channel's approval notice to the sender.
  std::optional<bool> notify{};
  // Also make the sender the command owner when none exists (needs operator.admin).
  std::optional<bool> bootstrap_command_owner{};

  bool operator==(const ChannelsPairingApproveParams&) const = default;
};
void Read(const nlohmann::json& j, ChannelsPairingApproveParams& out, std::string_view ptr);
nlohmann::json Write(const ChannelsPairingApproveParams& value);
inline void from_json(const nlohmann::json& j, ChannelsPairingApproveParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsPairingApproveParams& value) { j = Write(value); }

// Whether the sender was told.
enum class ChannelsPairingApproveResultNotification {
  kNotRequested,
  kSent,
  kUnsupported,
  kFailed,
};
std::string_view ToString(ChannelsPairingApproveResultNotification value);
std::optional<ChannelsPairingApproveResultNotification> ParseChannelsPairingApproveResultNotification(std::string_view text);
void Read(const nlohmann::json& j, ChannelsPairingApproveResultNotification& out, std::string_view ptr);
nlohmann::json Write(ChannelsPairingApproveResultNotification value);
inline void from_json(const nlohmann::json& j, ChannelsPairingApproveResultNotification& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsPairingApproveResultNotification& value) { j = Write(value); }

// What happened to commands.ownerAllowFrom.
enum class ChannelsPairingApproveResultCommandOwnerBootstrap {
  kNotRequested,
  kConfigured,
  kAlreadyConfigured,
  kUnavailable,
};
std::string_view ToString(ChannelsPairingApproveResultCommandOwnerBootstrap value);
std::optional<ChannelsPairingApproveResultCommandOwnerBootstrap> ParseChannelsPairingApproveResultCommandOwnerBootstrap(std::string_view text);
void Read(const nlohmann::json& j, ChannelsPairingApproveResultCommandOwnerBootstrap& out, std::string_view ptr);
nlohmann::json Write(ChannelsPairingApproveResultCommandOwnerBootstrap value);
inline void from_json(const nlohmann::json& j, ChannelsPairingApproveResultCommandOwnerBootstrap& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsPairingApproveResultCommandOwnerBootstrap& value) { j = Write(value); }

struct ChannelsPairingApproveResult {
  // The request approved.
  std::string request_id{};
  // The sender now allowed.
  std::string sender_id{};
  // Whether the sender was told.
  ChannelsPairingApproveResultNotification notification{};
  // What happened to commands.ownerAllowFrom.
  ChannelsPairingApproveResultCommandOwnerBootstrap command_owner_bootstrap{};

  bool operator==(const ChannelsPairingApproveResult&) const = default;
};
void Read(const nlohmann::json& j, ChannelsPairingApproveResult& out, std::string_view ptr);
nlohmann::json Write(const ChannelsPairingApproveResult& value);
inline void from_json(const nlohmann::json& j, ChannelsPairingApproveResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsPairingApproveResult& value) { j = Write(value); }

struct ChannelsPairingDismissParams {
  // Channel id.
  std::string channel{};
  // Account id.
  std::string account_id{};
  // The request's id from channels.pairing.list.
  std::string request_id{};

  bool operator==(const ChannelsPairingDismissParams&) const = default;
};
void Read(const nlohmann::json& j, ChannelsPairingDismissParams& out, std::string_view ptr);
nlohmann::json Write(const ChannelsPairingDismissParams& value);
inline void from_json(const nlohmann::json& j, ChannelsPairingDismissParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsPairingDismissParams& value) { j = Write(value); }

struct ChannelsPairingDismissResult {
  // The request dismissed.
  std::string request_id{};
  // Its sender.
  std::string sender_id{};

  bool operator==(const ChannelsPairingDismissResult&) const = default;
};
void Read(const nlohmann::json& j, ChannelsPairingDismissResult& out, std::string_view ptr);
nlohmann::json Write(const ChannelsPairingDismissResult& value);
inline void from_json(const nlohmann::json& j, ChannelsPairingDismissResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsPairingDismissResult& value) { j = Write(value); }

struct ChannelsPairingListParams {
  // Only this channel (case-insensitive).
  std::optional<std::string> channel{};
  // Only this account (case-insensitive).
  std::optional<std::string> account_id{};

  bool operator==(const ChannelsPairingListParams&) const = default;
};
void Read(const nlohmann::json& j, ChannelsPairingListParams& out, std::string_view ptr);
nlohmann::json Write(const ChannelsPairingListParams& value);
inline void from_json(const nlohmann::json& j, ChannelsPairingListParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsPairingListParams& value) { j = Write(value); }

struct PairingAccount {
  // Channel id.
  std::string channel{};
  // Channel label.
  std::string channel_label{};
  // Account id.
  std::string account_id{};
  // Account label.
  std::optional<std::string> account_label{};
  // Whether approve can notify the sender.
  bool notify_supported{};

  bool operator==(const PairingAccount&) const = default;
};
void Read(const nlohmann::json& j, PairingAccount& out, std::string_view ptr);
nlohmann::json Write(const PairingAccount& value);
inline void from_json(const nlohmann::json& j, PairingAccount& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PairingAccount& value) { j = Write(value); }

struct PairingRequestEntry {
  // Opaque id; never reveals the code.
  std::string request_id{};
  // Channel id.
  std::string channel{};
  // Channel label.
  std::string channel_label{};
  // Account id.
  std::string account_id{};
  // Account label.
  std::optional<std::string> account_label{};
  // The sender's id on the channel.
  std::string sender_id{};
  // What senderId is, e.g. telegramUserId.
  std::string sender_label{};
  // What the channel knows of the sender (Telegram: username, firstName, lastName).
  std::optional<std::map<std::string, nlohmann::json>> metadata{};
  // ISO time the request was created.
  std::string created_at{};
  // ISO time of the sender's last message.
  std::string last_seen_at{};
  // ISO time the request expires.
  std::string expires_at{};
  // Whether approve can notify the sender.
  bool notify_supported{};

  bool operator==(const PairingRequestEntry&) const = default;
};
void Read(const nlohmann::json& j, PairingRequestEntry& out, std::string_view ptr);
nlohmann::json Write(const PairingRequestEntry& value);
inline void from_json(const nlohmann::json& j, PairingRequestEntry& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PairingRequestEntry& value) { j = Write(value); }

struct ChannelsPairingListResultLimits {
  // Pending requests per account at most.
  std::int64_t pending_per_account{};
  // How long a request lives.
  std::int64_t ttl_ms{};

  bool operator==(const ChannelsPairingListResultLimits&) const = default;
};
void Read(const nlohmann::json& j, ChannelsPairingListResultLimits& out, std::string_view ptr);
nlohmann::json Write(const ChannelsPairingListResultLimits& value);
inline void from_json(const nlohmann::json& j, ChannelsPairingListResultLimits& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsPairingListResultLimits& value) { j = Write(value); }

struct ChannelsPairingListResult {
  std::vector<PairingAccount> accounts{};
  std::vector<PairingRequestEntry> requests{};
  // Whether commands.ownerAllowFrom is set.
  bool command_owner_configured{};
  ChannelsPairingListResultLimits limits{};

  bool operator==(const ChannelsPairingListResult&) const = default;
};
void Read(const nlohmann::json& j, ChannelsPairingListResult& out, std::string_view ptr);
nlohmann::json Write(const ChannelsPairingListResult& value);
inline void from_json(const nlohmann::json& j, ChannelsPairingListResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsPairingListResult& value) { j = Write(value); }

// handed-off: starting; retry: could not start now; skipped: cannot run (reason).
enum class ChannelStartOutcomeStatus {
  kHandedOff,
  kRetry,
  kSkipped,
};
std::string_view ToString(ChannelStartOutcomeStatus value);
std::optional<ChannelStartOutcomeStatus> ParseChannelStartOutcomeStatus(std::string_view text);
void Read(const nlohmann::json& j, ChannelStartOutcomeStatus& out, std::string_view ptr);
nlohmann::json Write(ChannelStartOutcomeStatus value);
inline void from_json(const nlohmann::json& j, ChannelStartOutcomeStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelStartOutcomeStatus& value) { j = Write(value); }

struct ChannelStartOutcome {
  // handed-off: starting; retry: could not start now; skipped: cannot run (reason).
  ChannelStartOutcomeStatus status{};
  // Why it was not started.
  std::optional<std::string> reason{};

  bool operator==(const ChannelStartOutcome&) const = default;
};
void Read(const nlohmann::json& j, ChannelStartOutcome& out, std::string_view ptr);
nlohmann::json Write(const ChannelStartOutcome& value);
inline void from_json(const nlohmann::json& j, ChannelStartOutcome& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelStartOutcome& value) { j = Write(value); }

struct ChannelsStartResult {
  // Channel id.
  std::string channel{};
  // Account id.
  std::string account_id{};
  // Whether the account was handed to its channel to start.
  bool started{};
  ChannelStartOutcome outcome{};

  bool operator==(const ChannelsStartResult&) const = default;
};
void Read(const nlohmann::json& j, ChannelsStartResult& out, std::string_view ptr);
nlohmann::json Write(const ChannelsStartResult& value);
inline void from_json(const nlohmann::json& j, ChannelsStartResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsStartResult& value) { j = Write(value); }

struct ChannelsStatusParams {
  // Probe each account live (Telegram: getMe) and add the answer as the account's probe.
  std::optional<bool> probe{};
  // Probe timeout.
  std::optional<std::int64_t> timeout_ms{};
  // Only this channel.
  std::optional<std::string> channel{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChannelsStatusParams&) const = default;
};
void Read(const nlohmann::json& j, ChannelsStatusParams& out, std::string_view ptr);
nlohmann::json Write(const ChannelsStatusParams& value);
inline void from_json(const nlohmann::json& j, ChannelsStatusParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsStatusParams& value) { j = Write(value); }

// What a live probe of the account found (channels.status with probe).
struct ChannelAccountProbe {
  // The channel's API answered with the account's identity.
  bool ok{};
  // How long the probe took.
  std::int64_t elapsed_ms{};
  // Why the probe failed.
  std::optional<std::string> error{};
  // The identity the API reported (Telegram: id, username).
  std::optional<std::map<std::string, nlohmann::json>> bot{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChannelAccountProbe&) const = default;
};
void Read(const nlohmann::json& j, ChannelAccountProbe& out, std::string_view ptr);
nlohmann::json Write(const ChannelAccountProbe& value);
inline void from_json(const nlohmann::json& j, ChannelAccountProbe& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelAccountProbe& value) { j = Write(value); }

struct ChannelAccountStatus {
  // Account id.
  std::string account_id{};
  // Whether the account is enabled.
  std::optional<bool> enabled{};
  // Whether the account has what it needs to run.
  std::optional<bool> configured{};
  // Whether the account runs now.
  std::optional<bool> running{};
  // Whether the last poll succeeded.
  std::optional<bool> connected{};
  // Restarts since the gateway started.
  std::optional<std::int64_t> reconnect_attempts{};
  // The last error.
  std::optional<std::optional<std::string>> last_error{};
  // starting, running, backoff, stopped or blocked.
  std::optional<std::string> health_state{};
  // Last inbound message (epoch ms).
  std::optional<std::optional<std::int64_t>> last_inbound_at{};
  // Last message sent (epoch ms).
  std::optional<std::optional<std::int64_t>> last_outbound_at{};
  // polling or webhook.
  std::optional<std::string> mode{};
  // Effective DM policy.
  std::optional<std::string> dm_policy{};
  // Where the token came from: tokenFile, botToken, env.
  std::optional<std::string> token_source{};
  // The bot's username.
  std::optional<std::string> username{};
  // What a live probe of the account found (channels.status with probe).
  std::optional<ChannelAccountProbe> probe{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ChannelAccountStatus&) const = default;
};
void Read(const nlohmann::json& j, ChannelAccountStatus& out, std::string_view ptr);
nlohmann::json Write(const ChannelAccountStatus& value);
inline void from_json(const nlohmann::json& j, ChannelAccountStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelAccountStatus& value) { j = Write(value); }

struct ChannelsStatusResult {
  // When the snapshot was taken (epoch ms).
  std::int64_t ts{};
  // Channel ids in display order.
  std::vector<std::string> channel_order{};
  // Label per channel id.
  std::map<std::string, std::string> channel_labels{};
  // Channel-level summary per channel id.
  std::map<std::string, nlohmann::json> channels{};
  // Accounts per channel id.
  std::map<std::string, std::vector<ChannelAccountStatus>> channel_accounts{};
  // Default account per channel id.
  std::map<std::string, std::string> channel_default_account_id{};
  // Problems worth showing.
  std::optional<std::vector<std::string>> warnings{};

  bool operator==(const ChannelsStatusResult&) const = default;
};
void Read(const nlohmann::json& j, ChannelsStatusResult& out, std::string_view ptr);
nlohmann::json Write(const ChannelsStatusResult& value);
inline void from_json(const nlohmann::json& j, ChannelsStatusResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsStatusResult& value) { j = Write(value); }

struct ChannelsStopResult {
  // Channel id.
  std::string channel{};
  // Account id.
  std::string account_id{};
  // Whether the account was running and is stopped now.
  bool stopped{};

  bool operator==(const ChannelsStopResult&) const = default;
};
void Read(const nlohmann::json& j, ChannelsStopResult& out, std::string_view ptr);
nlohmann::json Write(const ChannelsStopResult& value);
inline void from_json(const nlohmann::json& j, ChannelsStopResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ChannelsStopResult& value) { j = Write(value); }

}  // namespace gateway::proto
