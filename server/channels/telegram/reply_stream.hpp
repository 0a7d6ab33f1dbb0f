// What one Telegram turn shows while it runs, per `streaming.mode`: `partial` keeps a preview
// message (sendMessage, then editMessageText at most once per throttle interval) that the final
// answer replaces; `block` sends each completed paragraph as soon as it is done; `progress` keeps
// one status draft while tools run (a turn without tools shows none). `off` needs no stream.
//
// Calls come from run-engine and HTTP threads and never block: Bot API calls are asynchronous and
// one at a time, so edits cannot overtake each other; Finish waits for the call in flight.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "server/channels/telegram/account_config.hpp"
#include "server/channels/telegram/bot_api.hpp"
#include "server/runtime/timer_queue.hpp"

namespace gateway::channels::telegram {

inline constexpr std::size_t kPreviewLimit = 4000;  // code points of a preview or status draft

class ReplyStream : public std::enable_shared_from_this<ReplyStream> {
 public:
  struct Options {
    StreamMode mode = StreamMode::kProgress;
    std::string chat_id;
    std::optional<std::int64_t> thread_id;
    std::chrono::milliseconds throttle{1000};  // between two edits of the preview or draft
    std::size_t chunk_limit = kDefaultTextChunkLimit;
  };

  // What the final delivery takes over once the stream is finished.
  struct Handoff {
    // partial: the preview message, to be edited into the answer's first chunk.
    std::optional<std::int64_t> preview_message_id;
    // block: the bytes of the answer's text already delivered as blocks.
    std::size_t delivered_prefix = 0;
  };

  ReplyStream(BotApi api, runtime::TimerQueue& timers, Options options);

  // The whole answer text so far.
  void OnText(const std::string& text);
  // A tool call started (progress mode's status lines).
  void OnTool(const std::string& name);
  // The turn ended: no more previews or blocks; `done` runs (once, on any thread) when no Bot API
  // call of the stream is in flight any more.
  void Finish(std::function<void(Handoff)> done);

 private:
  // One message of a block (a paragraph longer than the chunk limit takes several).
  struct Block {
    std::string html;
    std::string plain;
    std::size_t end = 0;  // the last message of a paragraph: the answer's bytes it completes
  };

  // Starts the next Bot API call if none is in flight; called with the lock released.
  void Pump();
  void SendPreview(const std::string& text);
  void EditPreview(std::int64_t message_id, const std::string& text);
  void SendBlock(const Block& block, bool plain);
  void QueueBlocks(const std::string& text);
  OutgoingText Message(std::string text, bool html) const;

  BotApi api_;
  runtime::TimerQueue& timers_;
  const Options options_;

  std::mutex mutex_;
  bool in_flight_ = false;
  bool finished_ = false;
  std::function<void(Handoff)> on_finished_;
  // partial / progress
  std::string wanted_;  // what the preview or draft should show
  std::string shown_;   // what it shows
  std::optional<std::int64_t> preview_id_;
  bool preview_failed_ = false;
  bool edit_scheduled_ = false;
  std::chrono::steady_clock::time_point next_edit_at_{};
  std::vector<std::string> tools_;
  // block
  std::size_t queued_prefix_ = 0;     // bytes of the answer queued as blocks
  std::size_t delivered_prefix_ = 0;  // bytes of the answer sent as blocks
  std::deque<Block> blocks_;
  bool blocks_failed_ = false;
};

}  // namespace gateway::channels::telegram
