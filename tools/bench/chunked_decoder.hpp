// Incremental decoder of an HTTP/1.1 `Transfer-Encoding: chunked` body, fed the bytes in whatever
// pieces the socket delivers (chunk-size lines, extensions and trailers are skipped).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gateway::bench {

class ChunkedDecoder {
 public:
  // Appends the body bytes contained in `input` to `out`. False (and failed() from then on) when
  // the framing is malformed.
  bool Feed(std::string_view input, std::string& out);
  // The terminating zero-size chunk and its trailer section have been read.
  bool finished() const { return state_ == State::kDone; }
  bool failed() const { return state_ == State::kFailed; }

 private:
  enum class State { kSize, kData, kDataEnd, kTrailer, kDone, kFailed };
  State state_ = State::kSize;
  std::string line_;           // the size line or trailer line being read
  std::size_t remaining_ = 0;  // data bytes left in the current chunk
};

}  // namespace gateway::bench
