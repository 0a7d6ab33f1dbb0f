#include "tools/bench/frame_scan.hpp"

#include <cstddef>

namespace gateway::bench {
namespace {

constexpr std::size_t kBad = std::string_view::npos;

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' ||
                                   text_[pos_] == '\r' || text_[pos_] == '\t')) {
      ++pos_;
    }
  }

  bool Take(char c) {
    SkipSpace();
    if (pos_ >= text_.size() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  bool Peek(char c) {
    SkipSpace();
    return pos_ < text_.size() && text_[pos_] == c;
  }

  // At an opening quote: returns the raw contents and moves past the closing quote.
  std::string_view String() {
    if (!Take('"')) return Fail();
    const std::size_t start = pos_;
    const std::size_t end = StringEnd(start);
    if (end == kBad) return Fail();
    pos_ = end + 1;
    return text_.substr(start, end - start);
  }

  // Skips one value of any kind; false when it is malformed or cut short.
  bool SkipValue() {
    SkipSpace();
    if (pos_ >= text_.size()) return false;
    const char c = text_[pos_];
    if (c == '"') {
      String();
      return !failed_;
    }
    if (c == '{' || c == '[') return SkipNested();
    while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' && text_[pos_] != ']' &&
           text_[pos_] != ' ' && text_[pos_] != '\n' && text_[pos_] != '\r' &&
           text_[pos_] != '\t') {
      ++pos_;
    }
    return true;
  }

  // A literal true/false.
  bool Boolean(bool* value) {
    SkipSpace();
    if (text_.substr(pos_, 4) == "true") {
      *value = true;
      pos_ += 4;
      return true;
    }
    if (text_.substr(pos_, 5) == "false") {
      *value = false;
      pos_ += 5;
      return true;
    }
    *value = false;
    return SkipValue();
  }

  bool failed() const { return failed_; }

 private:
  std::string_view Fail() {
    failed_ = true;
    pos_ = text_.size();
    return {};
  }

  // Index of the quote that closes a string whose contents start at `from`.
  std::size_t StringEnd(std::size_t from) const {
    std::size_t at = from;
    while (true) {
      at = text_.find_first_of("\"\\", at);
      if (at == kBad) return kBad;
      if (text_[at] == '"') return at;
      at += 2;  // an escape: skip the backslash and the escaped character
    }
  }

  bool SkipNested() {
    int depth = 0;
    while (true) {
      pos_ = text_.find_first_of("\"{}[]", pos_);
      if (pos_ == kBad) {
        pos_ = text_.size();
        return false;
      }
      const char c = text_[pos_];
      if (c == '"') {
        const std::size_t end = StringEnd(pos_ + 1);
        if (end == kBad) return false;
        pos_ = end + 1;
        continue;
      }
      ++pos_;
      depth += (c == '{' || c == '[') ? 1 : -1;
      if (depth == 0) return true;
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace

FrameFacts ScanFrame(std::string_view text) {
  Scanner scan(text);
  FrameFacts facts;
  std::string_view type;
  if (!scan.Take('{')) return {};
  bool first = true;
  while (!scan.Peek('}')) {
    if (!first && !scan.Take(',')) return {};
    first = false;
    const std::string_view key = scan.String();
    if (scan.failed() || !scan.Take(':')) return {};
    bool ok_value = true;
    if (key == "type") {
      type = scan.String();
    } else if (key == "id" && scan.Peek('"')) {
      facts.id = scan.String();
    } else if (key == "event" && scan.Peek('"')) {
      facts.event = scan.String();
    } else if (key == "ok") {
      ok_value = scan.Boolean(&facts.ok);
    } else {
      ok_value = scan.SkipValue();
    }
    if (!ok_value || scan.failed()) return {};
    // An event announces itself before its payload: stop there.
    if (type == "event" && !facts.event.empty()) break;
  }
  if (type == "res") facts.kind = FrameKind::kResponse;
  if (type == "event") facts.kind = FrameKind::kEvent;
  return facts;
}

}  // namespace gateway::bench
