#include "server/channels/channel_manager.hpp"

#include <algorithm>
#include <future>

#include "server/channels/telegram/account_config.hpp"
#include "server/channels/telegram/telegram_channel.hpp"
#include "server/platform/text.hpp"

namespace gateway::channels {
namespace {

constexpr std::string_view kSubsystem = "channels";

ChannelStatus Blocked(std::string channel, std::string account_id, std::string reason) {
  ChannelStatus status;
  status.channel = std::move(channel);
  status.account_id = std::move(account_id);
  status.state = "blocked";
  status.last_error = std::move(reason);
  status.configured = false;
  return status;
}

const std::string& AccountIdOf(const telegram::AccountResolution& resolved) {
  return resolved ? resolved->account_id : resolved.error().account_id;
}

}  // namespace

ChannelManager::ChannelManager(ChannelManagerDeps deps) : deps_(std::move(deps)) {
  const auto loaded = deps_.config.Loaded();
  auto accounts =
      telegram::ResolveTelegramAccounts(loaded->typed, deps_.env, deps_.paths, loaded->unresolved);
  if (accounts.empty()) return;
  OpenStore();
  std::vector<std::shared_ptr<Entry>> entries;
  for (auto& resolved : accounts) entries.push_back(MakeEntry(std::move(resolved)));
  std::lock_guard lock(mutex_);
  entries_ = std::move(entries);
  default_account_ = telegram::ConfiguredDefaultAccount(loaded->typed);
  pairing_accounts_ = PairingAccountsOf(entries_);
}

void ChannelManager::OpenStore() {
  std::lock_guard lock(mutex_);
  if (db_ || store_error_) return;
  auto db = ChannelDb::Open(DefaultChannelDbPath(deps_.paths.state_dir), deps_.storage);
  if (!db) {
    store_error_ = db.error();
    deps_.log.Error(kSubsystem, db.error());
    return;
  }
  db_ = std::move(*db);
  sends_ = std::make_shared<SendLedger>(db_);
  queue_ = std::make_shared<InboundQueue>(db_);
  pairing_ = std::make_shared<PairingStore>(db_);
}

std::shared_ptr<ChannelManager::Entry> ChannelManager::MakeEntry(
    telegram::AccountResolution resolved) {
  auto entry = std::make_shared<Entry>();
  entry->resolved = resolved;
  std::shared_ptr<InboundQueue> queue;
  std::shared_ptr<PairingStore> pairing;
  std::optional<std::string> store_error;
  {
    std::lock_guard lock(mutex_);
    queue = queue_;
    pairing = pairing_;
    store_error = store_error_;
  }
  if (!resolved) {
    deps_.log.Warn(kSubsystem, "telegram account " + resolved.error().account_id +
                                   " blocked: " + resolved.error().message);
    entry->blocked = Blocked("telegram", resolved.error().account_id, resolved.error().message);
  } else if (store_error) {
    entry->blocked = Blocked("telegram", resolved->account_id, *store_error);
  } else if (!resolved->enabled) {
    entry->blocked = Blocked("telegram", resolved->account_id, "disabled");
    entry->blocked.state = "stopped";
    entry->blocked.enabled = false;
  } else {
    deps_.log.AddSecret(resolved->token);
    if (resolved->webhook) deps_.log.AddSecret(resolved->webhook->secret);
    for (const auto& warning : resolved->warnings) {
      deps_.log.Warn(kSubsystem, "telegram account " + resolved->account_id + ": " + warning);
    }
    entry->channel = std::make_shared<telegram::TelegramChannel>(
        std::move(*resolved), telegram::TelegramDeps{.http = deps_.http,
                                                     .runs = deps_.runs,
                                                     .timers = deps_.timers,
                                                     .queue = queue,
                                                     .pairing = pairing,
                                                     .log = deps_.log,
                                                     .timings = deps_.timings,
                                                     .profile = deps_.paths.profile,
                                                     .listeners = listeners_});
  }
  return entry;
}

std::vector<AccountRef> ChannelManager::PairingAccountsOf(
    const std::vector<std::shared_ptr<Entry>>& entries) {
  std::vector<AccountRef> out;
  for (const auto& entry : entries) {
    if (entry->channel && entry->resolved &&
        entry->resolved->dm_policy == proto::DmPolicy::kPairing) {
      out.push_back({"telegram", entry->resolved->account_id});
    }
  }
  return out;
}

void ChannelManager::Reconfigure(config::Environment env) {
  deps_.env = std::move(env);
  const auto loaded = deps_.config.Loaded();
  auto accounts =
      telegram::ResolveTelegramAccounts(loaded->typed, deps_.env, deps_.paths, loaded->unresolved);
  if (!accounts.empty()) OpenStore();
  std::vector<std::shared_ptr<Entry>> before;
  bool running = false;
  {
    std::lock_guard lock(mutex_);
    if (stopped_) return;
    before = entries_;
    running = started_;
  }
  std::vector<std::shared_ptr<Entry>> after;
  std::vector<std::shared_ptr<Entry>> to_stop;
  std::vector<std::shared_ptr<Entry>> to_start;
  for (auto& resolved : accounts) {
    const auto same = std::find_if(before.begin(), before.end(), [&](const auto& entry) {
      return AccountIdOf(entry->resolved) == AccountIdOf(resolved);
    });
    if (same != before.end() && (*same)->resolved == resolved) {
      after.push_back(*same);  // unchanged: keeps running (or stays stopped)
      continue;
    }
    if (same != before.end()) to_stop.push_back(*same);
    auto entry = MakeEntry(std::move(resolved));
    if (entry->channel) to_start.push_back(entry);
    after.push_back(std::move(entry));
  }
  for (const auto& entry : before) {
    const bool kept = std::any_of(after.begin(), after.end(), [&](const auto& next) {
      return AccountIdOf(next->resolved) == AccountIdOf(entry->resolved);
    });
    if (!kept) to_stop.push_back(entry);
  }
  // The old session stops before its successor starts: Telegram allows one poller per token.
  {
    std::lock_guard lock(mutex_);
    for (const auto& entry : to_stop) entry->held = true;  // a failure must not restart it
  }
  for (const auto& entry : to_stop) {
    entry->restart.Cancel();
    if (entry->channel) entry->channel->Stop();
  }
  {
    std::lock_guard lock(mutex_);
    entries_ = after;
    default_account_ = telegram::ConfiguredDefaultAccount(loaded->typed);
    pairing_accounts_ = PairingAccountsOf(entries_);
  }
  if (running) {
    for (const auto& entry : to_start) StartEntry(entry);
  }
  if (!to_stop.empty() || !to_start.empty()) {
    deps_.log.Info(kSubsystem, "config change: " + std::to_string(to_stop.size()) +
                                   " account(s) stopped, " + std::to_string(to_start.size()) +
                                   " started");
  }
}

ChannelManager::~ChannelManager() { Stop(); }

void ChannelManager::Start() {
  std::vector<std::shared_ptr<Entry>> entries;
  {
    std::lock_guard lock(mutex_);
    started_ = true;
    entries = entries_;
  }
  for (const auto& entry : entries) {
    if (entry->channel) StartEntry(entry);
  }
}

void ChannelManager::StartEntry(const std::shared_ptr<Entry>& entry) {
  {
    std::lock_guard lock(mutex_);
    if (stopped_ || entry->held) return;
  }
  deps_.log.Info(kSubsystem, "starting " + entry->channel->channel() + " account " +
                                 entry->channel->account_id());
  std::weak_ptr<Entry> weak = entry;
  entry->channel->Start([this, weak](std::string reason, bool had_run) {
    if (auto locked = weak.lock()) OnFailed(locked, reason, had_run);
  });
}

void ChannelManager::OnFailed(const std::shared_ptr<Entry>& entry, const std::string& reason,
                              bool had_run) {
  std::chrono::milliseconds delay;
  {
    std::lock_guard lock(mutex_);
    if (stopped_ || entry->held) return;
    if (had_run) entry->backoff = std::chrono::milliseconds(0);
    entry->backoff = entry->backoff.count() == 0
                         ? deps_.timings.restart_min
                         : std::min(entry->backoff * 2, deps_.timings.restart_max);
    delay = entry->backoff;
  }
  deps_.log.Warn(kSubsystem, entry->channel->channel() + " account " +
                                 entry->channel->account_id() + " stopped (" + reason +
                                 "); restarting in " + std::to_string(delay.count()) + " ms");
  std::weak_ptr<Entry> weak = entry;
  auto handle = deps_.timers.RunAfter(delay, [this, weak] {
    if (auto locked = weak.lock()) StartEntry(locked);
  });
  std::lock_guard lock(mutex_);
  entry->restart = handle;
}

void ChannelManager::Stop() {
  std::vector<std::shared_ptr<Entry>> entries;
  {
    std::lock_guard lock(mutex_);
    if (stopped_) return;
    stopped_ = true;
    entries = entries_;
  }
  for (const auto& entry : entries) {
    entry->restart.Cancel();
    if (entry->channel) entry->channel->Stop();
  }
  std::shared_ptr<ChannelDb> db;
  {
    std::lock_guard lock(mutex_);
    db = db_;
  }
  if (!db) return;
  auto flushed = std::make_shared<std::promise<void>>();
  auto done = flushed->get_future();
  db->Flush([flushed] { flushed->set_value(); });
  if (done.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
    deps_.log.Warn(kSubsystem, "channel store flush timed out");
  }
}

std::vector<ChannelStatus> ChannelManager::Status() const {
  std::vector<std::shared_ptr<Entry>> entries;
  {
    std::lock_guard lock(mutex_);
    entries = entries_;
  }
  std::vector<ChannelStatus> out;
  for (const auto& entry : entries) {
    out.push_back(entry->channel ? entry->channel->Status() : entry->blocked);
  }
  return out;
}

std::vector<std::string> ChannelManager::Channels() const {
  std::vector<std::string> out;
  for (const auto& status : Status()) {
    if (std::find(out.begin(), out.end(), status.channel) == out.end()) {
      out.push_back(status.channel);
    }
  }
  return out;
}

std::string ChannelManager::DefaultAccount(const std::string& channel) const {
  std::optional<std::string> configured;
  {
    std::lock_guard lock(mutex_);
    configured = default_account_;
  }
  std::string first;
  bool has_default = false;
  bool has_configured = false;
  for (const auto& status : Status()) {
    if (status.channel != channel) continue;
    if (first.empty()) first = status.account_id;
    has_default = has_default || status.account_id == "default";
    has_configured = has_configured || (configured && status.account_id == *configured);
  }
  if (has_configured) return *configured;
  return has_default ? std::string("default") : first;
}

std::shared_ptr<ChannelManager::Entry> ChannelManager::EntryOf(const std::string& channel,
                                                               const std::string& account_id,
                                                               std::string& resolved_id) const {
  resolved_id = account_id.empty() ? DefaultAccount(channel) : platform::AsciiLower(account_id);
  std::vector<std::shared_ptr<Entry>> entries;
  {
    std::lock_guard lock(mutex_);
    entries = entries_;
  }
  for (const auto& entry : entries) {
    const ChannelStatus status = entry->channel ? entry->channel->Status() : entry->blocked;
    if (status.channel == channel && status.account_id == resolved_id) return entry;
  }
  return nullptr;
}

ChannelManager::Found ChannelManager::Find(const std::string& channel,
                                           const std::string& account_id) const {
  std::string resolved;
  const auto match = EntryOf(channel, account_id, resolved);
  const std::string name = channel + ":" + (resolved.empty() ? "default" : resolved);
  if (!match)
    return {.channel = nullptr, .problem = "unknown channel account: " + name, .unknown = true};
  if (!match->channel) {
    return {.channel = nullptr,
            .problem = "channel account " + name +
                       " cannot send: " + match->blocked.last_error.value_or(match->blocked.state),
            .unknown = false};
  }
  return {.channel = match->channel, .problem = "", .unknown = false};
}

std::expected<ChannelManager::StartResult, std::string> ChannelManager::StartAccount(
    const std::string& channel, const std::string& account_id) {
  std::string resolved;
  const auto entry = EntryOf(channel, account_id, resolved);
  if (!entry) return std::unexpected("unknown channel account: " + channel + ":" + resolved);
  StartResult result{.account_id = resolved, .started = false, .status = "skipped", .reason = ""};
  if (!entry->channel) {
    result.reason = entry->blocked.last_error.value_or(entry->blocked.state);
    return result;
  }
  {
    std::lock_guard lock(mutex_);
    if (stopped_) {
      result.status = "retry";
      result.reason = "the gateway is stopping";
      return result;
    }
    entry->held = false;
    entry->backoff = std::chrono::milliseconds(0);
  }
  entry->restart.Cancel();
  StartEntry(entry);  // a running account restarts with a fresh session
  result.started = true;
  result.status = "handed-off";
  return result;
}

std::expected<ChannelManager::StopResult, std::string> ChannelManager::StopAccount(
    const std::string& channel, const std::string& account_id) {
  std::string resolved;
  const auto entry = EntryOf(channel, account_id, resolved);
  if (!entry) return std::unexpected("unknown channel account: " + channel + ":" + resolved);
  StopResult result{.account_id = resolved, .stopped = false};
  if (!entry->channel) return result;
  {
    std::lock_guard lock(mutex_);
    entry->held = true;
  }
  entry->restart.Cancel();
  const auto state = entry->channel->Status().state;
  entry->channel->Stop();
  result.stopped = state != "stopped";
  deps_.log.Info(kSubsystem, "stopped " + channel + " account " + resolved + " (channels.stop)");
  return result;
}

}  // namespace gateway::channels
