#include "tools/bench/chunked_decoder.hpp"

#include <algorithm>
#include <cctype>

namespace gateway::bench {
namespace {

constexpr std::size_t kMaxLine = 4096;

// The hexadecimal size at the start of a chunk-size line (before any `;extension`).
bool ParseSize(std::string_view line, std::size_t& size) {
  size = 0;
  std::size_t digits = 0;
  for (const char c : line) {
    if (c == ';' || c == ' ' || c == '\t') break;
    if (!std::isxdigit(static_cast<unsigned char>(c)) || ++digits > 15) return false;
    size = size * 16 + static_cast<std::size_t>(std::isdigit(static_cast<unsigned char>(c))
                                                    ? c - '0'
                                                    : std::tolower(c) - 'a' + 10);
  }
  return digits > 0;
}

}  // namespace

bool ChunkedDecoder::Feed(std::string_view input, std::string& out) {
  while (!input.empty() && state_ != State::kDone && state_ != State::kFailed) {
    if (state_ == State::kData) {
      const std::size_t take = std::min(remaining_, input.size());
      out.append(input.substr(0, take));
      input.remove_prefix(take);
      remaining_ -= take;
      if (remaining_ == 0) state_ = State::kDataEnd;
      continue;
    }
    // kSize, kDataEnd, kTrailer: line-oriented.
    const std::size_t lf = input.find('\n');
    line_.append(input.substr(0, lf == std::string_view::npos ? input.size() : lf));
    if (line_.size() > kMaxLine) {
      state_ = State::kFailed;
      break;
    }
    if (lf == std::string_view::npos) break;
    input.remove_prefix(lf + 1);
    std::string_view line = line_;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (state_ == State::kDataEnd) {
      state_ = line.empty() ? State::kSize : State::kFailed;
    } else if (state_ == State::kSize) {
      std::size_t size = 0;
      if (!ParseSize(line, size)) {
        state_ = State::kFailed;
      } else if (size == 0) {
        state_ = State::kTrailer;
      } else {
        remaining_ = size;
        state_ = State::kData;
      }
    } else if (line.empty()) {  // kTrailer: an empty line ends the body
      state_ = State::kDone;
    }
    line_.clear();
  }
  return state_ != State::kFailed;
}

}  // namespace gateway::bench
