// A chat channel account (Telegram now; Discord and Slack later) as the channel manager runs it:
// started and stopped by the manager, reporting a failure that needs a restart through the
// callback it was started with. One instance serves one account.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

#include "server/channels/outbound_message.hpp"
#include "server/transport/transport.hpp"

namespace gateway::channels {

struct ChannelTimings {
  int poll_timeout_s = 30;                     // getUpdates long-poll timeout
  std::chrono::milliseconds retry_min{1'000};  // poll / send retry backoff
  std::chrono::milliseconds retry_max{30'000};
  std::chrono::milliseconds watchdog{120'000};        // no completed poll this long: restart it
  std::chrono::milliseconds typing_interval{4'000};   // sendChatAction while a turn runs
  std::chrono::milliseconds preview_throttle{1'000};  // streaming: between two preview edits
  // Inbound batching: rapid texts of one sender become one turn after this quiet time (a long
  // paste waits longer, for its continuation).
  std::chrono::milliseconds batch_quiet{300};
  std::chrono::milliseconds batch_quiet_long{1'500};
  std::chrono::milliseconds restart_min{30'000};  // manager: restart backoff, doubling
  std::chrono::milliseconds restart_max{600'000};
};

struct ChannelStatus {
  std::string channel;     // "telegram"
  std::string account_id;  // "default"
  std::string state;       // "starting", "running", "backoff", "stopped", "blocked"
  std::optional<std::string> last_error;
  std::optional<std::string> bot_username;
  std::int64_t last_inbound_at = 0;   // epoch ms, 0: never
  std::int64_t last_outbound_at = 0;  // epoch ms, 0: never
  std::int64_t restarts = 0;
  bool enabled = true;
  bool configured = true;    // false: blocked by its config
  std::string mode;          // "polling"
  std::string dm_policy;     // "pairing", "allowlist", "open", "disabled"
  std::string token_source;  // "tokenFile", "botToken", "env"
};

// Binds extra HTTP listeners (a channel's webhook) on the gateway's transport, which exists only
// once the gateway listens: the manager fills it before it starts any channel.
class HttpListenerSlot {
 public:
  // Returns the bound port; throws when binding fails or no transport was set.
  using Listen = std::function<int(const std::string& host, int port, transport::HttpHandler&)>;
  void Set(Listen listen) {
    std::lock_guard lock(mutex_);
    listen_ = std::move(listen);
  }
  int Bind(const std::string& host, int port, transport::HttpHandler& handler) {
    Listen listen;
    {
      std::lock_guard lock(mutex_);
      listen = listen_;
    }
    if (!listen) throw std::runtime_error("no HTTP transport to listen on");
    return listen(host, port, handler);
  }

 private:
  std::mutex mutex_;
  Listen listen_;
};

class Channel {
 public:
  // Called at most once per Start, from any thread, when the account stopped working and should
  // be restarted (after a backoff) by a new Start. `had_run`: it worked (polled) before failing,
  // so the restart backoff starts over.
  using OnFailed = std::function<void(std::string reason, bool had_run)>;

  virtual ~Channel() = default;
  virtual std::string channel() const = 0;
  virtual std::string account_id() const = 0;
  virtual void Start(OnFailed on_failed) = 0;
  // Stops polling and sending; callbacks still in flight find the channel stopped and do
  // nothing. Idempotent; Start may follow.
  virtual void Stop() = 0;
  virtual ChannelStatus Status() const = 0;

  // Outbound (the `send` and `poll` RPCs): works whether or not the account polls right now.
  // `done` runs once, on any thread.
  virtual void Send(OutboundText message, OutboundDone done) = 0;
  virtual void SendPoll(OutboundPoll poll, OutboundDone done) = 0;

  // A live check of the account's credentials against its API (Telegram: getMe), whether or not
  // the account runs: `done` gets {ok, elapsedMs, bot?, error?}, once, on any thread.
  virtual void Probe(std::chrono::milliseconds timeout,
                     std::function<void(nlohmann::json)> done) = 0;
};

}  // namespace gateway::channels
