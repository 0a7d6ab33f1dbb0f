// Incremental parser of a text/event-stream body (WHATWG HTML "Server-sent events", §9.2.6),
// fed the body in whatever pieces the network delivers.
//
// Handles lines split across chunk edges, CRLF / CR / LF line ends (also a CR at the end of one
// chunk and its LF at the start of the next), a UTF-8 BOM at the start of the stream, UTF-8
// sequences split across chunks (bytes are buffered until the line ends), comment lines (":"),
// `data:` continuation lines (joined with "\n"), `event:`, `id:` (kept across events, ignored when
// it contains NUL) and `retry:` (digits only). Field values lose one leading space. Event fields
// are valid UTF-8: ill-formed bytes are replaced with U+FFFD, as the spec's decoder does.
// An event is dispatched at a blank line; an event without data is not dispatched (per spec), and
// an unterminated event at the end of the stream is discarded (Finish()).
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::runtime {

struct SseEvent {
  std::string event;  // the `event:` field; empty means the default type "message"
  std::string data;   // `data:` lines joined with "\n" (no trailing newline)
  std::string id;     // the last event id in force when this event was dispatched
};

class SseParser {
 public:
  // Lines (and the event being assembled) longer than this make Feed fail: an upstream cannot
  // grow our memory without bound.
  static constexpr std::size_t kDefaultMaxEventBytes = 16u << 20;

  explicit SseParser(std::size_t max_event_bytes = kDefaultMaxEventBytes)
      : max_event_bytes_(max_event_bytes) {}

  using EventSink = std::function<void(SseEvent&&)>;

  // Parses `chunk`, calling `on_event` for every event completed by it. Returns false (and stays
  // failed, ignoring further input) when an event or line exceeds the size limit.
  bool Feed(std::string_view chunk, const EventSink& on_event);
  // Convenience: the events completed by `chunk`.
  std::vector<SseEvent> Feed(std::string_view chunk);

  // End of stream: a pending, unterminated event is discarded (the spec's behaviour). Resets the
  // line state so the parser can be reused for a reconnection (last_event_id and retry persist).
  void Finish();

  bool failed() const { return failed_; }
  const std::string& last_event_id() const { return last_event_id_; }
  // The last valid `retry:` value, if any.
  std::optional<std::chrono::milliseconds> retry() const { return retry_; }

 private:
  void ProcessLine(std::string_view line, const EventSink& on_event);
  void Dispatch(const EventSink& on_event);

  std::size_t max_event_bytes_;
  std::string line_;             // bytes of the current, unterminated line
  bool skip_lf_ = false;         // the previous chunk ended with CR: a leading LF belongs to it
  bool at_stream_start_ = true;  // a BOM is only stripped here
  std::string bom_;              // a BOM prefix seen so far (it may be split across chunks)
  bool failed_ = false;
  std::string data_;
  bool has_data_ = false;
  std::string event_type_;
  std::string last_event_id_;
  std::optional<std::chrono::milliseconds> retry_;
};

}  // namespace gateway::runtime
