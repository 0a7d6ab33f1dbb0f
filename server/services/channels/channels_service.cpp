#include "server/services/channels/channels_service.hpp"

#include <openssl/sha.h>

#include <algorithm>
#include <mutex>
#include <tuple>

#include "server/domain/sessions/transcript.hpp"
#include "server/platform/base64url.hpp"
#include "server/platform/ids.hpp"
#include "server/platform/text.hpp"

namespace gateway::services {
namespace {

using json = nlohmann::json;

constexpr std::string_view kTelegram = "telegram";
constexpr std::string_view kTelegramLabel = "Telegram";
constexpr std::int64_t kProbeTimeoutMs = 10'000;

proto::ErrorShape Invalid(std::string message) {
  return proto::MakeError(proto::ErrorCode::kInvalidRequest, std::move(message));
}

proto::ErrorShape StoreFailure(const std::string& detail) {
  return proto::MakeError(proto::ErrorCode::kUnavailable, "channel store unavailable: " + detail);
}

std::string LabelOf(std::string_view channel) {
  return channel == kTelegram ? std::string(kTelegramLabel) : std::string(channel);
}

bool CommandOwnerConfigured(const proto::OpenClawConfig& config) {
  if (!config.commands) return false;
  const auto& fields = config.commands->unknown_fields;
  const auto owners = fields.find("ownerAllowFrom");
  return owners != fields.end() && owners->is_array() && !owners->empty();
}

proto::PairingRequestEntry ToEntry(const channels::PairingRequest& request) {
  proto::PairingRequestEntry entry;
  entry.request_id = ChannelsService::RequestIdOf(request);
  entry.channel = request.channel;
  entry.channel_label = LabelOf(request.channel);
  entry.account_id = request.account_id;
  entry.sender_id = request.sender_id;
  entry.sender_label = request.channel == kTelegram ? "telegramUserId" : "senderId";
  const json meta = json::parse(request.meta_json, nullptr, false);
  if (meta.is_object()) {
    std::map<std::string, json> metadata;
    for (const auto& [key, value] : meta.items()) {
      if (key != "accountId" && key != "senderId" && !value.is_null() &&
          !(value.is_string() && value.get<std::string>().empty())) {
        metadata[key] = value;
      }
    }
    if (!metadata.empty()) entry.metadata = std::move(metadata);
  }
  entry.created_at = domain::sessions::IsoTimestamp(request.created_at);
  entry.last_seen_at = domain::sessions::IsoTimestamp(request.last_seen_at);
  entry.expires_at = domain::sessions::IsoTimestamp(request.created_at + channels::kPairingTtlMs);
  entry.notify_supported = false;
  return entry;
}

}  // namespace

ChannelsService::ChannelsService(Domain domain) : domain_(std::move(domain)) {
  if (!domain_.now_ms) domain_.now_ms = [] { return NowMs(); };
}

std::string ChannelsService::RequestIdOf(const channels::PairingRequest& request) {
  std::string input = request.channel;
  input += '\0';
  input += request.account_id;
  input += '\0';
  input += request.sender_id;
  input += '\0';
  input += domain::sessions::IsoTimestamp(request.created_at);
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(input.data()), input.size(), digest);
  return platform::EncodeBase64Url(
             std::string_view(reinterpret_cast<const char*>(digest), sizeof(digest)))
      .substr(0, 32);
}

domain::ChannelHealth ChannelsService::HealthOf(const channels::ChannelManager& channels) {
  domain::ChannelHealth health;
  for (const auto& status : channels.Status()) {
    const bool running = status.state == "running";
    if (!health.labels.contains(status.channel)) {
      health.order.push_back(status.channel);
      health.labels[status.channel] = LabelOf(status.channel);
      health.channels[status.channel] = {
          {"configured", false},
          {"running", false},
          {"defaultAccountId", channels.DefaultAccount(status.channel)},
          {"accounts", json::object()}};
    }
    json account = {{"accountId", status.account_id},
                    {"configured", status.configured},
                    {"running", running},
                    {"healthState", status.state},
                    {"lastError", status.last_error ? json(*status.last_error) : json(nullptr)}};
    if (!status.mode.empty()) account["mode"] = status.mode;
    if (status.bot_username) account["username"] = *status.bot_username;
    auto& summary = health.channels[status.channel];
    summary["configured"] = summary["configured"].get<bool>() || status.configured;
    summary["running"] = summary["running"].get<bool>() || running;
    summary["accounts"][status.account_id] = account;
    account["channel"] = status.channel;
    account["label"] = LabelOf(status.channel);
    health.summary.push_back(std::move(account));
  }
  return health;
}

void ChannelsService::ChannelsStatus(proto::ChannelsStatusParams params, rpc::CallContext&,
                                     proto::Reply<proto::ChannelsStatusResult> reply) {
  proto::ChannelsStatusResult result;
  result.ts = domain_.now_ms();
  for (const auto& status : domain_.channels.Status()) {
    if (params.channel && !platform::AsciiIEquals(*params.channel, status.channel)) continue;
    if (!result.channel_labels.contains(status.channel)) {
      result.channel_order.push_back(status.channel);
      result.channel_labels[status.channel] = LabelOf(status.channel);
      result.channel_default_account_id[status.channel] = status.account_id;
      result.channels[status.channel] = {{"configured", false}, {"running", false}};
    }
    result.channel_default_account_id[status.channel] =
        domain_.channels.DefaultAccount(status.channel);
    proto::ChannelAccountStatus account;
    account.account_id = status.account_id;
    account.enabled = status.enabled;
    account.configured = status.configured;
    account.running = status.state == "running";
    account.connected = status.state == "running" && !status.last_error;
    account.reconnect_attempts = status.restarts;
    account.last_error = std::optional<std::string>(status.last_error);
    account.health_state = status.state;
    account.last_inbound_at =
        status.last_inbound_at > 0 ? std::optional(status.last_inbound_at) : std::nullopt;
    account.last_outbound_at =
        status.last_outbound_at > 0 ? std::optional(status.last_outbound_at) : std::nullopt;
    if (!status.mode.empty()) account.mode = status.mode;
    if (!status.dm_policy.empty()) account.dm_policy = status.dm_policy;
    if (!status.token_source.empty()) account.token_source = status.token_source;
    if (status.bot_username) account.username = *status.bot_username;
    auto& summary = result.channels[status.channel];
    summary["configured"] = summary["configured"].get<bool>() || status.configured;
    summary["running"] = summary["running"].get<bool>() || *account.running;
    result.channel_accounts[status.channel].push_back(std::move(account));
  }
  if (!params.probe.value_or(false)) return reply.Ok(std::move(result));
  Probe(std::move(result), std::chrono::milliseconds(params.timeout_ms.value_or(kProbeTimeoutMs)),
        std::move(reply));
}

void ChannelsService::Probe(proto::ChannelsStatusResult result, std::chrono::milliseconds timeout,
                            proto::Reply<proto::ChannelsStatusResult> reply) {
  // Every account that can run is probed at once; the answer waits for the last probe.
  struct Pending {
    std::mutex mutex;
    proto::ChannelsStatusResult result;
    std::optional<proto::Reply<proto::ChannelsStatusResult>> reply;
    std::size_t left = 1;  // the loop below holds one until every probe is out
  };
  auto pending = std::make_shared<Pending>();
  pending->result = std::move(result);
  pending->reply.emplace(std::move(reply));
  const auto finish_one = [pending] {
    std::lock_guard lock(pending->mutex);
    if (--pending->left == 0) pending->reply->Ok(std::move(pending->result));
  };
  std::vector<std::tuple<std::string, std::size_t, std::shared_ptr<channels::Channel>>> probes;
  {
    std::lock_guard lock(pending->mutex);
    for (const auto& [channel, accounts] : pending->result.channel_accounts) {
      for (std::size_t i = 0; i < accounts.size(); ++i) {
        auto found = domain_.channels.Find(channel, accounts[i].account_id);
        if (!found.channel) continue;
        probes.emplace_back(channel, i, std::move(found.channel));
        ++pending->left;
      }
    }
  }
  for (auto& [channel, index, target] : probes) {
    target->Probe(timeout, [pending, finish_one, channel, index](json probe) {
      {
        std::lock_guard lock(pending->mutex);
        auto& account = pending->result.channel_accounts[channel][index];
        proto::ChannelAccountProbe out;
        out.ok = probe.value("ok", false);
        out.elapsed_ms = probe.value("elapsedMs", std::int64_t{0});
        if (probe.contains("error")) out.error = probe["error"].get<std::string>();
        if (probe["bot"].is_object()) {
          std::map<std::string, json> bot;
          for (const auto& [key, value] : probe["bot"].items()) bot[key] = value;
          out.bot = std::move(bot);
        }
        account.probe = std::move(out);
      }
      finish_one();
    });
  }
  finish_one();
}

void ChannelsService::ChannelsStart(proto::ChannelAccountParams params, rpc::CallContext&,
                                    proto::Reply<proto::ChannelsStartResult> reply) {
  const std::string channel = platform::AsciiLower(platform::TrimAsciiSpace(params.channel));
  auto started = domain_.channels.StartAccount(channel, params.account_id.value_or(""));
  if (!started) return reply.Fail(Invalid(started.error()));
  proto::ChannelsStartResult result;
  result.channel = channel;
  result.account_id = started->account_id;
  result.started = started->started;
  result.outcome.status = proto::ParseChannelStartOutcomeStatus(started->status).value();
  if (!started->reason.empty()) result.outcome.reason = started->reason;
  reply.Ok(std::move(result));
}

void ChannelsService::ChannelsStop(proto::ChannelAccountParams params, rpc::CallContext&,
                                   proto::Reply<proto::ChannelsStopResult> reply) {
  const std::string channel = platform::AsciiLower(platform::TrimAsciiSpace(params.channel));
  auto stopped = domain_.channels.StopAccount(channel, params.account_id.value_or(""));
  if (!stopped) return reply.Fail(Invalid(stopped.error()));
  reply.Ok({.channel = channel, .account_id = stopped->account_id, .stopped = stopped->stopped});
}

void ChannelsService::ChannelsLogout(proto::ChannelAccountParams params, rpc::CallContext&,
                                     proto::Reply<proto::ChannelsLogoutResult> reply) {
  // A Telegram bot token lives in the operator's config (or file, or environment): nothing the
  // gateway stores to clear. Logging out stops the account like channels.stop.
  const std::string channel = platform::AsciiLower(platform::TrimAsciiSpace(params.channel));
  auto stopped = domain_.channels.StopAccount(channel, params.account_id.value_or(""));
  if (!stopped) return reply.Fail(Invalid(stopped.error()));
  reply.Ok({.channel = channel,
            .account_id = stopped->account_id,
            .cleared = false,
            .logged_out = true});
}

void ChannelsService::ChannelsPairingList(proto::ChannelsPairingListParams params,
                                          rpc::CallContext&,
                                          proto::Reply<proto::ChannelsPairingListResult> reply) {
  const auto config = domain_.config.Typed();
  const std::string channel =
      params.channel ? platform::AsciiLower(platform::TrimAsciiSpace(*params.channel)) : "";
  if (!channel.empty() && channel != kTelegram) {
    return reply.Fail(Invalid("unknown pairing channel: " + *params.channel));
  }
  const std::string account_filter =
      params.account_id ? platform::AsciiLower(platform::TrimAsciiSpace(*params.account_id)) : "";
  proto::ChannelsPairingListResult result;
  result.command_owner_configured = CommandOwnerConfigured(*config);
  result.limits.pending_per_account = channels::kMaxPendingPairings;
  result.limits.ttl_ms = channels::kPairingTtlMs;
  std::vector<channels::AccountRef> accounts;
  for (const auto& account : domain_.channels.PairingAccounts()) {
    if (!account_filter.empty() && account.account_id != account_filter) continue;
    accounts.push_back(account);
    result.accounts.push_back({.channel = account.channel,
                               .channel_label = LabelOf(account.channel),
                               .account_id = account.account_id,
                               .account_label = std::nullopt,
                               .notify_supported = false});
  }
  auto* store = domain_.channels.pairing();
  if (accounts.empty() || !store) return reply.Ok(std::move(result));
  auto shared = std::make_shared<proto::Reply<proto::ChannelsPairingListResult>>(std::move(reply));
  store->List(
      std::string(kTelegram), "",
      [result = std::move(result), accounts,
       shared](std::expected<std::vector<channels::PairingRequest>, std::string> listed) mutable {
        if (!listed) return shared->Fail(StoreFailure(listed.error()));
        // Grouped per account (in account order), oldest first within each.
        for (const auto& account : accounts) {
          for (const auto& request : *listed) {
            if (request.account_id == account.account_id) {
              result.requests.push_back(ToEntry(request));
            }
          }
        }
        shared->Ok(std::move(result));
      });
}

void ChannelsService::Resolve(
    const std::string& channel, const std::string& account_id, const std::string& request_id,
    bool approve,
    std::function<void(std::expected<channels::PairingRequest, proto::ErrorShape>)> done) {
  const std::string wanted_channel = platform::AsciiLower(platform::TrimAsciiSpace(channel));
  const std::string wanted_account = platform::AsciiLower(platform::TrimAsciiSpace(account_id));
  const auto accounts = domain_.channels.PairingAccounts();
  const bool pairs = std::any_of(accounts.begin(), accounts.end(), [&](const auto& account) {
    return account.channel == wanted_channel && account.account_id == wanted_account;
  });
  auto* store = domain_.channels.pairing();
  if (!pairs || !store) {
    return done(std::unexpected(
        Invalid("channel account does not use DM pairing: " + channel + ":" + account_id)));
  }
  store->List(
      wanted_channel, wanted_account,
      [store, wanted_channel, wanted_account, request_id, approve, done = std::move(done)](
          std::expected<std::vector<channels::PairingRequest>, std::string> listed) {
        if (!listed) return done(std::unexpected(StoreFailure(listed.error())));
        const auto match = std::find_if(listed->begin(), listed->end(), [&](const auto& request) {
          return RequestIdOf(request) == request_id;
        });
        if (match == listed->end()) {
          return done(std::unexpected(Invalid("pending DM access request no longer exists")));
        }
        auto finish =
            [done](std::expected<std::optional<channels::PairingRequest>, std::string> resolved) {
              if (!resolved) return done(std::unexpected(StoreFailure(resolved.error())));
              if (!*resolved) {
                return done(std::unexpected(Invalid("pending DM access request no longer exists")));
              }
              done(std::move(**resolved));
            };
        const auto by_sender = channels::PairingStore::Match::kSender;
        if (approve) {
          store->Approve(wanted_channel, wanted_account, by_sender, match->sender_id, finish);
        } else {
          store->Dismiss(wanted_channel, wanted_account, by_sender, match->sender_id, finish);
        }
      });
}

void ChannelsService::ChannelsPairingApprove(
    proto::ChannelsPairingApproveParams params, rpc::CallContext&,
    proto::Reply<proto::ChannelsPairingApproveResult> reply) {
  const auto config = domain_.config.Typed();
  // Notices to the sender and writing commands.ownerAllowFrom are not implemented yet: said so
  // in the result instead of pretending.
  const bool notify = params.notify.value_or(false);
  const bool bootstrap = params.bootstrap_command_owner.value_or(false);
  const bool owner_configured = CommandOwnerConfigured(*config);
  auto shared =
      std::make_shared<proto::Reply<proto::ChannelsPairingApproveResult>>(std::move(reply));
  Resolve(params.channel, params.account_id, params.request_id, true,
          [shared, request_id = params.request_id, notify, bootstrap,
           owner_configured](std::expected<channels::PairingRequest, proto::ErrorShape> resolved) {
            if (!resolved) return shared->Fail(std::move(resolved.error()));
            proto::ChannelsPairingApproveResult result;
            result.request_id = request_id;
            result.sender_id = resolved->sender_id;
            result.notification =
                notify ? proto::ChannelsPairingApproveResultNotification::kUnsupported
                       : proto::ChannelsPairingApproveResultNotification::kNotRequested;
            result.command_owner_bootstrap =
                !bootstrap ? proto::ChannelsPairingApproveResultCommandOwnerBootstrap::kNotRequested
                : owner_configured
                    ? proto::ChannelsPairingApproveResultCommandOwnerBootstrap::kAlreadyConfigured
                    : proto::ChannelsPairingApproveResultCommandOwnerBootstrap::kUnavailable;
            shared->Ok(std::move(result));
          });
}

void ChannelsService::ChannelsPairingDismiss(
    proto::ChannelsPairingDismissParams params, rpc::CallContext&,
    proto::Reply<proto::ChannelsPairingDismissResult> reply) {
  auto shared =
      std::make_shared<proto::Reply<proto::ChannelsPairingDismissResult>>(std::move(reply));
  Resolve(params.channel, params.account_id, params.request_id, false,
          [shared, request_id = params.request_id](
              std::expected<channels::PairingRequest, proto::ErrorShape> resolved) {
            if (!resolved) return shared->Fail(std::move(resolved.error()));
            shared->Ok({.request_id = request_id, .sender_id = resolved->sender_id});
          });
}

}  // namespace gateway::services
