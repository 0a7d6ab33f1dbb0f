#include "server/runtime/utf8_json.hpp"

#include <algorithm>
#include <utility>

namespace gateway::runtime {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Result of decoding one sequence at the start of `text`.
struct Step {
  std::size_t length = 0;  // bytes consumed (>= 1)
  bool valid = false;      // a complete, well-formed code point
  bool truncated = false;  // a valid prefix of a sequence that ran out of input
};

// Decodes one sequence following the Unicode "well-formed UTF-8 byte sequences" table. An
// ill-formed sequence consumes its maximal subpart (at least one byte).
Step Decode(std::string_view text) {
  const auto b0 = static_cast<unsigned char>(text[0]);
  if (b0 < 0x80) return {1, true, false};
  std::size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 == 0xE0) {
    need = 2, lo = 0xA0;
  } else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) {
    need = 2;
  } else if (b0 == 0xED) {
    need = 2, hi = 0x9F;  // no surrogates
  } else if (b0 == 0xF0) {
    need = 3, lo = 0x90;
  } else if (b0 >= 0xF1 && b0 <= 0xF3) {
    need = 3;
  } else if (b0 == 0xF4) {
    need = 3, hi = 0x8F;  // not above U+10FFFF
  } else {
    return {1, false, false};  // 0x80..0xC1, 0xF5..0xFF never start a sequence
  }
  for (std::size_t i = 1; i <= need; ++i) {
    if (i >= text.size()) return {i, false, true};
    const auto b = static_cast<unsigned char>(text[i]);
    const unsigned char min = i == 1 ? lo : 0x80;
    const unsigned char max = i == 1 ? hi : 0xBF;
    if (b < min || b > max) return {i, false, false};
  }
  return {need + 1, true, false};
}

}  // namespace

std::size_t CompleteUtf8Prefix(std::string_view text) {
  // Only the last 3 bytes can start an incomplete sequence.
  const std::size_t from = text.size() > 3 ? text.size() - 3 : 0;
  for (std::size_t i = from; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0xC2 || b > 0xF4) continue;  // not a lead byte
    const Step step = Decode(text.substr(i));
    if (step.truncated) return i;
  }
  return text.size();
}

bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const Step step = Decode(text.substr(i));
    if (!step.valid) return false;
    i += step.length;
  }
  return true;
}

std::string SanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const Step step = Decode(text.substr(i));
    if (step.valid) {
      out.append(text.substr(i, step.length));
    } else {
      out.append(kReplacement);
    }
    i += step.length;
  }
  return out;
}

std::string_view TruncateUtf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t cut = max_bytes;
  // Step back over continuation bytes to the start of the code point that straddles the cut.
  // (At most 3 steps: a longer run of continuation bytes is ill-formed anyway.)
  for (int steps = 0;
       steps < 3 && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80; ++steps) {
    --cut;
  }
  return text.substr(0, cut);
}

namespace {

// Bytes and UTF-16 units of the sequence a lead byte starts (a stray byte counts as one unit).
std::pair<std::size_t, std::size_t> SequenceOf(unsigned char lead) {
  if (lead < 0x80) return {1, 1};
  if ((lead & 0xE0) == 0xC0) return {2, 1};
  if ((lead & 0xF0) == 0xE0) return {3, 1};
  if ((lead & 0xF8) == 0xF0) return {4, 2};
  return {1, 1};
}

}  // namespace

std::size_t Utf16Length(std::string_view text) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto [bytes, cost] = SequenceOf(static_cast<unsigned char>(text[i]));
    units += cost;
    i += bytes;
  }
  return units;
}

std::string_view Utf16Prefix(std::string_view text, std::size_t max_units) {
  std::size_t used = 0, end = 0;
  while (end < text.size()) {
    const auto [bytes, cost] = SequenceOf(static_cast<unsigned char>(text[end]));
    if (used + cost > max_units) break;
    used += cost;
    end = std::min(text.size(), end + bytes);
  }
  return text.substr(0, end);
}

std::string DumpJson(const nlohmann::json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Utf8Carry::Push(std::string_view chunk) {
  std::string joined;
  std::string_view text = chunk;
  if (!tail_.empty()) {
    joined = std::move(tail_);
    joined.append(chunk);
    text = joined;
  }
  const std::size_t complete = CompleteUtf8Prefix(text);
  std::string out = SanitizeUtf8(text.substr(0, complete));
  tail_.assign(text.substr(complete));
  return out;
}

std::string Utf8Carry::Finish() {
  std::string out = SanitizeUtf8(tail_);
  tail_.clear();
  return out;
}

}  // namespace gateway::runtime
