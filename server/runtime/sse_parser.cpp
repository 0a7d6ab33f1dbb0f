#include "server/runtime/sse_parser.hpp"

#include <algorithm>

#include "server/runtime/utf8_json.hpp"

namespace gateway::runtime {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool AllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool SseParser::Feed(std::string_view chunk, const EventSink& on_event) {
  if (failed_) return false;
  std::size_t pos = 0;
  if (at_stream_start_) {
    while (pos < chunk.size() && bom_.size() < kBom.size() && chunk[pos] == kBom[bom_.size()]) {
      bom_.push_back(chunk[pos++]);
    }
    if (bom_.size() == kBom.size()) {
      at_stream_start_ = false;  // a whole BOM: dropped
      bom_.clear();
    } else if (pos < chunk.size()) {
      at_stream_start_ = false;  // not a BOM: the bytes seen belong to the first line
      line_ = std::move(bom_);
      bom_.clear();
    } else {
      return true;  // undecided until more bytes arrive
    }
  }
  if (skip_lf_ && pos < chunk.size()) {
    if (chunk[pos] == '\n') ++pos;
    skip_lf_ = false;
  }
  while (pos < chunk.size()) {
    const std::size_t end = chunk.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) {
      if (line_.size() + (chunk.size() - pos) > max_event_bytes_) {
        failed_ = true;
        return false;
      }
      line_.append(chunk.substr(pos));
      break;
    }
    std::string_view line = chunk.substr(pos, end - pos);
    if (!line_.empty()) {
      line_.append(line);
      line = line_;
    }
    if (line.size() > max_event_bytes_) {
      failed_ = true;
      return false;
    }
    ProcessLine(line, on_event);
    line_.clear();
    if (failed_) return false;
    pos = end + 1;
    if (chunk[end] == '\r') {
      if (pos < chunk.size()) {
        if (chunk[pos] == '\n') ++pos;
      } else {
        skip_lf_ = true;  // the LF of this CRLF may start the next chunk
      }
    }
  }
  return true;
}

std::vector<SseEvent> SseParser::Feed(std::string_view chunk) {
  std::vector<SseEvent> events;
  Feed(chunk, [&](SseEvent&& event) { events.push_back(std::move(event)); });
  return events;
}

void SseParser::Finish() {
  line_.clear();
  bom_.clear();
  data_.clear();
  has_data_ = false;
  event_type_.clear();
  skip_lf_ = false;
  at_stream_start_ = true;
  failed_ = false;
}

void SseParser::ProcessLine(std::string_view line, const EventSink& on_event) {
  if (line.empty()) {
    Dispatch(on_event);
    return;
  }
  if (line.front() == ':') return;  // comment
  std::string_view field = line;
  std::string_view value;
  if (const std::size_t colon = line.find(':'); colon != std::string_view::npos) {
    field = line.substr(0, colon);
    value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  }
  if (field == "data") {
    if (data_.size() + value.size() + 1 > max_event_bytes_) {
      failed_ = true;
      return;
    }
    data_.append(value);
    data_.push_back('\n');
    has_data_ = true;
  } else if (field == "event") {
    event_type_.assign(value);
  } else if (field == "id") {
    if (value.find('\0') == std::string_view::npos) last_event_id_ = SanitizeUtf8(value);
  } else if (field == "retry") {
    if (AllDigits(value) && value.size() <= 12) {
      retry_ = std::chrono::milliseconds(std::stoll(std::string(value)));
    }
  }
  // Any other field is ignored, as the spec says.
}

void SseParser::Dispatch(const EventSink& on_event) {
  if (!has_data_) {
    event_type_.clear();
    return;
  }
  data_.pop_back();  // the newline after the last data line
  SseEvent event;
  event.event = SanitizeUtf8(event_type_);
  event.data = IsValidUtf8(data_) ? std::move(data_) : SanitizeUtf8(data_);
  event.id = last_event_id_;
  data_.clear();
  has_data_ = false;
  event_type_.clear();
  on_event(std::move(event));
}

}  // namespace gateway::runtime
