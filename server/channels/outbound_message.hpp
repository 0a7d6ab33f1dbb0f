// What the `send` and `poll` RPCs ask a channel account to deliver (methods.md §9), and what it
// answers: the delivered message's id, or why not.
#pragma once

#include <expected>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gateway::channels {

struct OutboundText {
  std::string to;    // the channel's target syntax (Telegram: chat id or @channelusername)
  std::string text;  // Markdown, or the channel's HTML when `html`
  bool html = false;
  std::optional<std::string> reply_to_id;
  std::optional<std::string> thread_id;
  bool silent = false;
  // A retry of a send that failed part-way: the chunks before this one were delivered already
  // (the last of them as `resumed_message_id`).
  int first_chunk = 0;
  std::string resumed_message_id;
};

struct OutboundPoll {
  std::string to;
  std::string question;
  std::vector<std::string> options;
  int max_selections = 1;
  std::optional<int> open_seconds;  // closes after this long; nullopt: stays open
  std::optional<bool> is_anonymous;
  std::optional<std::string> thread_id;
  bool silent = false;
};

struct Delivered {
  std::string message_id;  // the last message's id when the text was split
  std::optional<std::string> poll_id;
};

enum class OutboundErrorKind {
  kInvalid,      // the target or an option cannot be expressed on this channel
  kRefused,      // the channel refused it (a bad request, the bot was blocked, …)
  kUnavailable,  // no answer, or the account cannot send now
};

struct OutboundError {
  OutboundErrorKind kind = OutboundErrorKind::kUnavailable;
  std::string message;
  // A text split in chunks that failed part-way: the chunks delivered before the failure.
  int delivered_chunks = 0;
  std::string last_message_id;
};

using OutboundResult = std::expected<Delivered, OutboundError>;
using OutboundDone = std::function<void(OutboundResult)>;

}  // namespace gateway::channels
