// Starts the configured chat channel accounts with the gateway and keeps them running: a
// failing account is restarted after a backoff (restart_min doubling to restart_max) while the
// others and the gateway go on; an account whose config cannot work stays blocked with its
// reason in the status. Owns the channels' store (ChannelDb).
#pragma once

#include <expected>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "server/channels/channel.hpp"
#include "server/channels/channel_db.hpp"
#include "server/channels/inbound_queue.hpp"
#include "server/channels/pairing_store.hpp"
#include "server/channels/send_ledger.hpp"
#include "server/channels/telegram/account_config.hpp"
#include "server/config/environment.hpp"
#include "server/config/live_config.hpp"
#include "server/config/paths.hpp"
#include "server/domain/runs/run_engine.hpp"
#include "server/logging/logger.hpp"
#include "server/runtime/timer_queue.hpp"
#include "server/transport/http_client.hpp"

namespace gateway::channels {

struct ChannelManagerDeps {
  const config::LiveConfig& config;
  const config::Paths& paths;
  config::Environment env;
  transport::HttpClient& http;
  domain::runs::RunEngine& runs;
  runtime::TimerQueue& timers;
  runtime::Executor& storage;  // the channel store's writer and reads
  logging::Logger& log;
  ChannelTimings timings;
};

class ChannelManager {
 public:
  // Resolves the configured accounts and opens the store (when any account is configured);
  // starts nothing.
  explicit ChannelManager(ChannelManagerDeps deps);
  ~ChannelManager();
  ChannelManager(const ChannelManager&) = delete;
  ChannelManager& operator=(const ChannelManager&) = delete;

  // Where webhook listeners bind (the gateway's transport); set before Start.
  void SetHttpListener(HttpListenerSlot::Listen listen) { listeners_->Set(std::move(listen)); }
  // Starts every account that can run. Never throws: a store that could not be opened leaves
  // every account blocked (and is logged).
  void Start();
  // Stops every account and waits (briefly) until the store's acknowledged writes are on disk.
  void Stop();
  std::vector<ChannelStatus> Status() const;
  // A config change applied live (channels.*, bindings, session, .env): accounts added start,
  // removed ones stop, changed ones restart with their new settings, unchanged ones run on. Reads
  // the live config; blocks while stopping accounts (not for an I/O thread).
  void Reconfigure(config::Environment env);
  // Null when no account is configured or the store cannot be opened.
  PairingStore* pairing() {
    std::lock_guard lock(mutex_);
    return pairing_.get();
  }
  // The accounts whose effective dmPolicy is pairing, as (channel, account id).
  std::vector<AccountRef> PairingAccounts() const {
    std::lock_guard lock(mutex_);
    return pairing_accounts_;
  }
  // Null when no account is configured or the store cannot be opened.
  SendLedger* sends() {
    std::lock_guard lock(mutex_);
    return sends_.get();
  }

  // The configured channels (with at least one account, running or not), in config order.
  std::vector<std::string> Channels() const;
  // An account of `channel` that can send; an empty `account_id` means the channel's default
  // account ("default", else its first). The error says why not (unknown or blocked account).
  struct Found {
    std::shared_ptr<Channel> channel;
    std::string problem;   // when `channel` is null
    bool unknown = false;  // the account is not configured (rather than blocked)
  };
  Found Find(const std::string& channel, const std::string& account_id) const;
  // The account `Find` picks for an empty account id.
  std::string DefaultAccount(const std::string& channel) const;

  // channels.start / channels.stop for one account (empty id: the default account). A stopped
  // account stays stopped (no restart after a failure) until started again.
  struct StartResult {
    std::string account_id;
    bool started = false;
    std::string status;  // "handed-off", "skipped"
    std::string reason;
  };
  std::expected<StartResult, std::string> StartAccount(const std::string& channel,
                                                       const std::string& account_id);
  struct StopResult {
    std::string account_id;
    bool stopped = false;
  };
  std::expected<StopResult, std::string> StopAccount(const std::string& channel,
                                                     const std::string& account_id);

 private:
  struct Entry {
    telegram::AccountResolution resolved;  // the settings it runs with
    std::shared_ptr<Channel> channel;      // null for a blocked account
    ChannelStatus blocked;                 // the status of a blocked account
    std::chrono::milliseconds backoff{0};
    runtime::TimerHandle restart;
    bool held = false;  // stopped by channels.stop: not restarted
  };
  // The entry of an account (empty id: the channel's default), or null.
  std::shared_ptr<Entry> EntryOf(const std::string& channel, const std::string& account_id,
                                 std::string& resolved_id) const;

  // The store, on the first account (once; a failure is kept and blocks every account).
  void OpenStore();
  std::shared_ptr<Entry> MakeEntry(telegram::AccountResolution resolved);
  static std::vector<AccountRef> PairingAccountsOf(
      const std::vector<std::shared_ptr<Entry>>& entries);
  void StartEntry(const std::shared_ptr<Entry>& entry);
  void OnFailed(const std::shared_ptr<Entry>& entry, const std::string& reason, bool had_run);

  ChannelManagerDeps deps_;
  std::shared_ptr<ChannelDb> db_;
  std::optional<std::string> store_error_;  // the store could not be opened
  std::shared_ptr<InboundQueue> queue_;
  std::shared_ptr<PairingStore> pairing_;
  std::shared_ptr<SendLedger> sends_;
  std::shared_ptr<HttpListenerSlot> listeners_ = std::make_shared<HttpListenerSlot>();
  std::vector<AccountRef> pairing_accounts_;
  std::optional<std::string> default_account_;  // channels.telegram.defaultAccount
  mutable std::mutex mutex_;
  bool started_ = false;
  bool stopped_ = false;
  std::vector<std::shared_ptr<Entry>> entries_;
};

}  // namespace gateway::channels
