// UTF-8 helpers for text cut at arbitrary byte positions (SSE chunk edges, message chunk limits,
// preview cuts), and a JSON dump that never throws on invalid UTF-8.
//
// nlohmann's dump() throws type_error 316 on invalid UTF-8 by default. Text that arrives in
// pieces may end inside a multi-byte sequence; `Utf8Carry` keeps that incomplete tail for the next
// piece, and `DumpJson` serialises whatever is left with U+FFFD in place of invalid bytes.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace gateway::runtime {

// Length of the longest prefix of `text` that does not end inside a (so far valid) multi-byte
// sequence: cutting there never splits a code point. Invalid bytes are not "incomplete" and stay
// in the prefix (SanitizeUtf8 replaces them).
std::size_t CompleteUtf8Prefix(std::string_view text);

// True when `text` is entirely well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF).
bool IsValidUtf8(std::string_view text);

// `text` with every ill-formed subsequence replaced by U+FFFD (one per maximal subpart, as the
// Unicode standard recommends and as browsers' TextDecoder do). Valid input is returned unchanged.
std::string SanitizeUtf8(std::string_view text);

// The longest prefix of `text` of at most `max_bytes` bytes that ends on a code-point boundary
// (for length limits and previews).
std::string_view TruncateUtf8(std::string_view text, std::size_t max_bytes);

// Length in UTF-16 code units (JavaScript's String length, which the reference's character
// limits count): a 4-byte UTF-8 sequence is a surrogate pair, two units.
std::size_t Utf16Length(std::string_view text);

// The longest prefix of at most `max_units` UTF-16 units that ends on a code-point boundary.
std::string_view Utf16Prefix(std::string_view text, std::size_t max_units);

// nlohmann dump that never throws on invalid UTF-8: ill-formed bytes become U+FFFD
// (error_handler_t::replace). `indent` < 0 means compact, as in nlohmann.
std::string DumpJson(const nlohmann::json& value, int indent = -1);

// Reassembles text that arrives in byte chunks: Push returns the complete code points (with
// invalid bytes replaced) and keeps an incomplete trailing sequence (at most 3 bytes) for the next
// chunk; Finish returns what is left, replaced with U+FFFD when it never completed.
class Utf8Carry {
 public:
  std::string Push(std::string_view chunk);
  std::string Finish();
  // Bytes held back, waiting for the rest of their sequence (0 to 3).
  std::size_t pending() const { return tail_.size(); }

 private:
  std::string tail_;
};

}  // namespace gateway::runtime
