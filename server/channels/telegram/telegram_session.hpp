// One run of one Telegram account, from Start to Stop (a restart is a new session): the startup
// calls (getMe, deleteWebhook, setMyCommands), the getUpdates long-polling loop that stores each
// batch of updates in the inbound queue before its offset acknowledges it, a watchdog that
// restarts a stuck poll, the DM policy and pairing, one agent turn per admitted message through
// the run engine, and the reply's delivery. Every callback holds the session alive and does
// nothing once it was stopped.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "server/channels/channel.hpp"
#include "server/channels/inbound_queue.hpp"
#include "server/channels/pairing_store.hpp"
#include "server/channels/telegram/account_config.hpp"
#include "server/channels/telegram/bot_api.hpp"
#include "server/channels/telegram/reply_stream.hpp"
#include "server/channels/telegram/updates.hpp"
#include "server/channels/telegram/webhook_listener.hpp"
#include "server/domain/runs/run_engine.hpp"
#include "server/logging/logger.hpp"
#include "server/runtime/timer_queue.hpp"

namespace gateway::channels::telegram {

inline constexpr std::string_view kChannelName = "telegram";

struct TelegramDeps {
  transport::HttpClient& http;
  domain::runs::RunEngine& runs;
  runtime::TimerQueue& timers;
  // Shared: a callback that runs after the manager stopped still finds them alive.
  std::shared_ptr<InboundQueue> queue;
  std::shared_ptr<PairingStore> pairing;
  logging::Logger& log;
  ChannelTimings timings;
  std::string profile;                          // OPENCLAW_PROFILE, for the pairing reply's command
  std::shared_ptr<HttpListenerSlot> listeners;  // webhook mode's listener
};

// The account's status, shared by the channel and its sessions.
struct StatusBox {
  mutable std::mutex mutex;
  ChannelStatus status;
};

class TelegramSession : public std::enable_shared_from_this<TelegramSession> {
 public:
  // `webhook`: the account's listener in webhook mode (null when it polls); outlives the session.
  TelegramSession(const TelegramAccount& account, const TelegramDeps& deps,
                  std::shared_ptr<StatusBox> status, Channel::OnFailed on_failed,
                  WebhookListener* webhook = nullptr);
  void Start();
  void Stop();

 private:
  class TurnObserver;

  bool stopped() const;
  void SetState(const std::string& state, std::optional<std::string> error = std::nullopt);
  void Fail(const std::string& reason);
  void After(std::chrono::milliseconds delay, std::function<void()> task);
  std::chrono::milliseconds NextRetryDelay();

  // Startup.
  void StartupCalls();
  void LoadQueue();

  // Webhook mode: one update posted to the listener, stored before `done(true)`.
  void OnWebhookUpdate(nlohmann::json update, std::function<void(bool)> done);

  // Polling.
  void Poll();
  void OnPolled(std::uint64_t generation, BotResult result);
  void Watchdog();

  // Inbound: events pass the admission FIFO one at a time, so the turns of one chat are
  // submitted in the order the messages arrived.
  void Admit(OpenEvent event);
  void PumpAdmission();
  void AdmissionDone();
  void Decide(const OpenEvent& event, const InboundMessage& message);
  void DecideInGroup(const OpenEvent& event, const InboundMessage& message);
  void Pair(const OpenEvent& event, const InboundMessage& message);
  void RunTurn(const OpenEvent& event, const InboundMessage& message,
               std::optional<std::string> system_prompt = std::nullopt);
  // Inbound batching: a text joins its sender's pending batch, which becomes one turn after the
  // quiet time (or at once when full); commands bypass it (after the pending batch).
  struct Batch {
    std::vector<std::int64_t> event_ids;
    std::vector<std::string> texts;
    std::size_t chars = 0;
    bool long_paste = false;
    std::uint64_t generation = 0;
    std::string session_key;
    std::optional<std::string> system_prompt;
    InboundMessage last;  // where the reply goes
  };
  void AddToBatch(const std::string& batch_key, const std::string& session_key,
                  const OpenEvent& event, const InboundMessage& message, const std::string& text,
                  std::optional<std::string> system_prompt);
  void FlushBatch(const std::string& batch_key);
  void SubmitTurn(std::int64_t event_id, std::vector<std::int64_t> merged,
                  const std::string& session_key, const InboundMessage& message,
                  const std::string& text, std::optional<std::string> system_prompt);
  // Where a reply to `message` goes: its chat, and its forum topic in a group.
  struct ReplyTarget {
    std::string chat_id;
    std::optional<std::int64_t> thread_id;
  };
  static ReplyTarget ReplyTargetOf(const InboundMessage& message);
  // `merged`: the earlier events of a batch, done with this one.
  void OnTurnFinished(std::int64_t event_id, const ReplyTarget& target,
                      const domain::runs::RunOutcome& outcome,
                      const ReplyStream::Handoff& handoff = {},
                      const std::vector<std::int64_t>& merged = {});
  // The text a failed turn tells the chat per errorPolicy; empty: nothing.
  std::string FailureText(const std::string& chat_id, const domain::runs::RunOutcome& outcome);
  void Typing(std::int64_t event_id, const ReplyTarget& target);
  BotIdentity bot() const;

  // Outbound: a reply is stored before its first chunk is sent; each delivered chunk is counted.
  struct Delivery {
    std::int64_t event_id = 0;
    std::string chat_id;
    std::optional<std::int64_t> thread_id;
    std::string text;
    bool html = false;  // already HTML (pairing reply); agent text is Markdown
    int chunk = 0;      // the next chunk to send
    // partial streaming: the preview message that becomes the first chunk (not persisted: a
    // reply resumed after a restart is sent anew).
    std::optional<std::int64_t> edit_message_id;
  };
  void SaveAndDeliver(Delivery delivery);
  void Deliver(Delivery delivery);
  void SendChunk(Delivery delivery, OutgoingText message, int attempt);
  void OnSendFailed(Delivery delivery, OutgoingText message, int attempt, const BotError& error);
  void Finish(std::int64_t event_id, EventState state);

  const TelegramAccount account_;
  const TelegramDeps deps_;
  const AccountRef ref_;
  BotApi api_;
  std::shared_ptr<StatusBox> status_;
  Channel::OnFailed on_failed_;
  WebhookListener* const webhook_;

  mutable std::mutex mutex_;
  bool stopped_ = false;
  bool failed_ = false;
  bool poll_confirmed_ = false;
  BotIdentity bot_;  // from getMe
  std::uint64_t poll_generation_ = 0;
  transport::HttpRequestHandle poll_;
  std::chrono::steady_clock::time_point poll_started_;
  std::int64_t offset_ = 0;
  std::chrono::milliseconds retry_delay_{0};
  std::set<std::int64_t> in_progress_;    // events admitted, turning or delivering
  std::set<std::int64_t> typing_;         // events whose turn runs
  std::map<std::string, Batch> batches_;  // by session key and sender
  std::uint64_t batch_generation_ = 0;
  std::set<std::string> failure_told_;  // errorPolicy once: chats told of a failure since success
  std::deque<OpenEvent> admission_;
  bool admitting_ = false;
};

}  // namespace gateway::channels::telegram
