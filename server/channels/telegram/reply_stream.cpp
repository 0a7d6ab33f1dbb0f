#include "server/channels/telegram/reply_stream.hpp"

#include <algorithm>

#include "server/channels/telegram/telegram_format.hpp"
#include "server/channels/text_chunks.hpp"

namespace gateway::channels::telegram {
namespace {

using json = nlohmann::json;

constexpr std::size_t kStatusTools = 8;  // tool lines a progress draft shows (the latest)

bool NotModified(const BotError& error) {
  return error.description.find("message is not modified") != std::string::npos;
}

std::string Preview(const std::string& text) {
  const auto chunks = ChunkText(text, kPreviewLimit);
  return chunks.empty() ? std::string() : chunks.front();
}

}  // namespace

ReplyStream::ReplyStream(BotApi api, runtime::TimerQueue& timers, Options options)
    : api_(std::move(api)), timers_(timers), options_(std::move(options)) {}

OutgoingText ReplyStream::Message(std::string text, bool html) const {
  return {.chat_id = options_.chat_id,
          .text = std::move(text),
          .parse_mode = html ? std::optional<std::string>("HTML") : std::nullopt,
          .reply_to_message_id = std::nullopt,
          .message_thread_id = options_.thread_id,
          .disable_notification = false};
}

void ReplyStream::OnText(const std::string& text) {
  {
    std::lock_guard lock(mutex_);
    if (finished_) return;
    if (options_.mode == StreamMode::kPartial) {
      wanted_ = Preview(text);
    } else if (options_.mode == StreamMode::kBlock) {
      QueueBlocks(text);
    } else {
      return;
    }
  }
  Pump();
}

void ReplyStream::QueueBlocks(const std::string& text) {
  // A paragraph is complete once the text goes on after its blank line.
  const auto separator = text.rfind("\n\n");
  if (separator == std::string::npos || separator + 2 <= queued_prefix_) return;
  // A blank line inside a code fence does not end a block.
  std::size_t fences = 0;
  for (auto at = text.find("```"); at != std::string::npos && at < separator;
       at = text.find("```", at + 3)) {
    ++fences;
  }
  if (fences % 2 != 0) return;
  const std::size_t end = separator + 2;
  const std::string paragraphs = text.substr(queued_prefix_, separator - queued_prefix_);
  queued_prefix_ = end;
  auto chunks = FormatChunks(paragraphs, false, options_.chunk_limit);
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    blocks_.push_back({.html = std::move(chunks[i].html),
                       .plain = std::move(chunks[i].plain),
                       .end = i + 1 == chunks.size() ? end : 0});
  }
  if (chunks.empty()) delivered_prefix_ = std::max(delivered_prefix_, end);
}

void ReplyStream::OnTool(const std::string& name) {
  {
    std::lock_guard lock(mutex_);
    if (finished_ || options_.mode != StreamMode::kProgress) return;
    tools_.push_back(name);
    std::string status = "Working…";
    const std::size_t first = tools_.size() > kStatusTools ? tools_.size() - kStatusTools : 0;
    for (std::size_t i = first; i < tools_.size(); ++i) status += "\n🔧 " + tools_[i];
    wanted_ = Preview(status);
  }
  Pump();
}

void ReplyStream::Finish(std::function<void(Handoff)> done) {
  {
    std::lock_guard lock(mutex_);
    finished_ = true;
    on_finished_ = std::move(done);
  }
  Pump();
}

void ReplyStream::Pump() {
  std::unique_lock lock(mutex_);
  if (in_flight_) return;
  if (finished_) {
    if (!on_finished_) return;
    auto done = std::move(on_finished_);
    on_finished_ = nullptr;
    Handoff handoff{
        .preview_message_id = options_.mode == StreamMode::kPartial ? preview_id_ : std::nullopt,
        .delivered_prefix = delivered_prefix_};
    lock.unlock();
    return done(handoff);
  }
  if (options_.mode == StreamMode::kBlock) {
    if (blocks_failed_ || blocks_.empty()) return;
    in_flight_ = true;
    const Block block = blocks_.front();
    lock.unlock();
    return SendBlock(block, false);
  }
  if (preview_failed_ || wanted_.empty() || wanted_ == shown_) return;
  if (!preview_id_) {
    in_flight_ = true;
    const std::string text = wanted_;
    lock.unlock();
    return SendPreview(text);
  }
  const auto now = std::chrono::steady_clock::now();
  if (now < next_edit_at_) {
    if (edit_scheduled_) return;
    edit_scheduled_ = true;
    lock.unlock();
    timers_.RunAfter(next_edit_at_ - now, [self = shared_from_this()] {
      {
        std::lock_guard relock(self->mutex_);
        self->edit_scheduled_ = false;
      }
      self->Pump();
    });
    return;
  }
  in_flight_ = true;
  const std::string text = wanted_;
  const std::int64_t id = *preview_id_;
  lock.unlock();
  EditPreview(id, text);
}

void ReplyStream::SendPreview(const std::string& text) {
  api_.SendMessage(Message(text, false), [self = shared_from_this(), text](BotResult sent) {
    {
      std::lock_guard lock(self->mutex_);
      self->in_flight_ = false;
      const json* id = nullptr;
      if (sent && sent->is_object() && sent->contains("message_id")) id = &(*sent)["message_id"];
      if (id && id->is_number_integer()) {
        self->preview_id_ = id->get<std::int64_t>();
        self->shown_ = text;
        self->next_edit_at_ = std::chrono::steady_clock::now() + self->options_.throttle;
      } else {
        self->preview_failed_ = true;  // the final answer goes out as usual
      }
    }
    self->Pump();
  });
}

void ReplyStream::EditPreview(std::int64_t message_id, const std::string& text) {
  api_.EditMessageText(
      options_.chat_id, message_id, text, std::nullopt,
      [self = shared_from_this(), text](BotResult edited) {
        {
          std::lock_guard lock(self->mutex_);
          self->in_flight_ = false;
          auto wait = self->options_.throttle;
          if (edited || NotModified(edited.error())) {
            self->shown_ = text;
          } else if (edited.error().kind == BotErrorKind::kRateLimited) {
            wait = std::max<std::chrono::milliseconds>(wait, edited.error().retry_after);
          } else if (edited.error().kind != BotErrorKind::kTransport) {
            self->preview_failed_ = true;  // deleted by the user, …: no more previews
          }
          self->next_edit_at_ = std::chrono::steady_clock::now() + wait;
        }
        self->Pump();
      });
}

void ReplyStream::SendBlock(const Block& block, bool plain) {
  api_.SendMessage(Message(plain ? block.plain : block.html, !plain),
                   [self = shared_from_this(), block, plain](BotResult sent) {
                     if (!sent && !plain && IsParseEntitiesError(sent.error())) {
                       return self->SendBlock(block, true);
                     }
                     {
                       std::lock_guard lock(self->mutex_);
                       self->in_flight_ = false;
                       if (sent) {
                         self->blocks_.pop_front();
                         if (block.end)
                           self->delivered_prefix_ = std::max(self->delivered_prefix_, block.end);
                       } else {
                         // What was not delivered goes with the final answer (from the paragraph's
                         // start).
                         self->blocks_failed_ = true;
                       }
                     }
                     self->Pump();
                   });
}

}  // namespace gateway::channels::telegram
