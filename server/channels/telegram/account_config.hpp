// One Telegram account as the channel runs it, resolved from `channels.telegram` (and its
// `accounts.<id>` overrides, which inherit the channel root), `bindings` and `session`.
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gateway/proto/config_openclaw.hpp"
#include "server/channels/telegram/group_policy.hpp"
#include "server/config/environment.hpp"
#include "server/config/paths.hpp"
#include "server/config/secrets.hpp"
#include "server/domain/sessions/session_key.hpp"

namespace gateway::channels::telegram {

inline constexpr int kDefaultTextChunkLimit = 4000;

// `streaming.mode`: how a reply shows while the turn runs.
enum class StreamMode {
  kOff,       // only the final answer
  kPartial,   // a preview message edited as the text grows, which becomes the answer
  kBlock,     // each completed paragraph sent as it is done
  kProgress,  // one status draft while tools run; the answer as a new message
};
std::string_view ToString(StreamMode mode);

// `errorPolicy`: whether a failed turn is told to the chat.
enum class ErrorPolicy {
  kAlways,  // every failure
  kOnce,    // the first failure in a chat, then quiet until a turn there succeeds
  kSilent,  // never
};

// Webhook mode (webhookUrl and webhookSecret both set): Telegram posts updates to a listener of
// our own, separate from the gateway port.
struct WebhookSettings {
  std::string url;     // what setWebhook registers (the public URL in front of the listener)
  std::string secret;  // a secret: checked against X-Telegram-Bot-Api-Secret-Token, never logged
  std::string path = "/telegram-webhook";
  std::string host = "127.0.0.1";
  int port = 8787;  // 0: ephemeral

  bool operator==(const WebhookSettings&) const = default;
};

struct TelegramAccount {
  std::string account_id;  // normalized; "default" without `accounts`
  bool enabled = true;
  std::string token;         // a secret: never logged
  std::string token_source;  // "tokenFile", "botToken", "env" (for status)
  std::string api_root;
  proto::DmPolicy dm_policy = proto::DmPolicy::kPairing;
  std::vector<std::string> allow_from;  // normalized user ids and "*"
  GroupSettings groups;                 // groupPolicy, groupAllowFrom, groups, mentionPatterns
  int text_chunk_limit = kDefaultTextChunkLimit;
  StreamMode stream_mode = StreamMode::kProgress;
  ErrorPolicy error_policy = ErrorPolicy::kAlways;
  std::optional<WebhookSettings> webhook;  // nullopt: long polling
  std::string agent_id;                    // the owning agent, from `bindings`
  domain::sessions::KeyScopeConfig scope;
  std::vector<std::string> warnings;  // e.g. allowFrom entries that are not user ids

  // Whether the account runs with the same settings (a config change that leaves it equal does not
  // restart it).
  bool operator==(const TelegramAccount&) const = default;
};

// An account that cannot run, and why (shown in channel status).
struct AccountProblem {
  std::string account_id;
  std::string message;

  bool operator==(const AccountProblem&) const = default;
};

using AccountResolution = std::expected<TelegramAccount, AccountProblem>;

// `channels.telegram.defaultAccount` (normalized) when set: the account `send` and `deliver`
// use without an accountId.
std::optional<std::string> ConfiguredDefaultAccount(const proto::OpenClawConfig& config);

// Every configured account (none when `channels.telegram` is absent or disabled).
std::vector<AccountResolution> ResolveTelegramAccounts(
    const proto::OpenClawConfig& config, const config::Environment& env, const config::Paths& paths,
    const config::UnresolvedReferences& unresolved);

}  // namespace gateway::channels::telegram
