#include "server/config/json5.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include "gateway/wire/json_io.hpp"

namespace gateway::config {

Json5Error::Json5Error(Json5Position where, std::string reason)
    : std::runtime_error(std::to_string(where.line) + ":" + std::to_string(where.column) + ": " +
                         reason),
      where_(where),
      reason_(std::move(reason)) {}

const Json5Position& Json5Error::where() const { return where_; }

const std::string& Json5Error::reason() const { return reason_; }

namespace {

using Json = nlohmann::ordered_json;

constexpr char32_t kEnd = 0xFFFFFFFF;  // past the last character; never a code point
constexpr double kInfinity = std::numeric_limits<double>::infinity();

[[noreturn]] void Fail(Json5Position where, std::string reason) {
  throw Json5Error(where, std::move(reason));
}

bool IsLineTerminator(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

// JSON5 WhiteSpace and LineTerminator: the non-ASCII ones are U+FEFF, U+2028, U+2029 and
// Unicode category Zs.
bool IsSpace(char32_t c) {
  switch (c) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }

bool IsHexDigit(char32_t c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int HexValue(char32_t c) {
  if (IsDigit(c)) return static_cast<int>(c - '0');
  return static_cast<int>((c | 0x20) - 'a' + 10);
}

// ECMAScript identifiers allow Unicode letters, combining marks, digits, connector punctuation,
// ZWNJ and ZWJ. Without Unicode tables we approximate: every non-ASCII code point that is not
// whitespace counts as a letter. This is a superset, so all valid JSON5 parses; a few keys that
// JavaScript would reject (e.g. {€: 1}) are accepted.
bool IsIdentifierStart(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
  return c != kEnd && !IsSpace(c);
}

bool IsIdentifierPart(char32_t c) { return IsIdentifierStart(c) || IsDigit(c); }

bool IsSurrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

std::string InvalidCharacter(char32_t c) {
  if (c > ' ' && c < 0x7F && c != '\'') {
    return std::string("invalid character '") + static_cast<char>(c) + "'";
  }
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  return std::string("invalid character ") + code;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

struct CodePoint {
  char32_t value = 0;
  size_t length = 0;  // 0: malformed, truncated, overlong, a surrogate or above U+10FFFF
};

CodePoint DecodeUtf8(std::string_view text, size_t offset) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return {lead, 1};
  size_t length = 0;
  char32_t value = 0;
  unsigned char second_min = 0x80;  // the second byte's range rules out overlongs and surrogates
  unsigned char second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0F;
    if (lead == 0xE0) second_min = 0xA0;
    if (lead == 0xED) second_max = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07;
    if (lead == 0xF0) second_min = 0x90;
    if (lead == 0xF4) second_max = 0x8F;
  } else {
    return {};
  }
  if (text.size() - offset < length) return {};
  for (size_t i = 1; i < length; ++i) {
    const unsigned char b = byte(i);
    if (b < (i == 1 ? second_min : 0x80) || b > (i == 1 ? second_max : 0xBF)) return {};
    value = (value << 6) | (b & 0x3F);
  }
  return {value, length};
}

// Walks the text one code point at a time, validating UTF-8 and tracking the position.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) { Decode(); }

  char32_t Peek() const { return current_; }
  bool AtEnd() const { return current_ == kEnd; }
  // The byte after the current character, or '\0': enough to spot "//", "/*", "*/" and "0x".
  char ByteAfter() const {
    return offset_ + length_ < text_.size() ? text_[offset_ + length_] : '\0';
  }
  Json5Position position() const { return position_; }
  size_t offset() const { return offset_; }
  std::string_view CurrentBytes() const { return text_.substr(offset_, length_); }
  std::string_view Since(size_t begin) const { return text_.substr(begin, offset_ - begin); }

  void Advance() {
    if (AtEnd()) return;
    if (current_ == '\n' || current_ == 0x2028 || current_ == 0x2029 ||
        (current_ == '\r' && ByteAfter() != '\n')) {
      ++position_.line;
      position_.column = 1;
    } else if (current_ != 0xFEFF || offset_ != 0) {  // editors hide a leading byte order mark
      ++position_.column;
    }
    offset_ += length_;
    Decode();
  }

 private:
  void Decode() {
    if (offset_ >= text_.size()) {
      current_ = kEnd;
      length_ = 0;
      return;
    }
    const CodePoint decoded = DecodeUtf8(text_, offset_);
    if (decoded.length == 0) Fail(position_, "invalid UTF-8");
    current_ = decoded.value;
    length_ = decoded.length;
  }

  std::string_view text_;
  size_t offset_ = 0;
  char32_t current_ = kEnd;
  size_t length_ = 0;
  Json5Position position_;
};

class Parser {
 public:
  Parser(std::string_view text, int max_depth) : cursor_(text), max_depth_(max_depth) {}

  Json5Document Parse() {
    SkipSpace();
    if (cursor_.AtEnd()) FailHere();
    doc_.value = ParseValue();
    SkipSpace();
    if (!cursor_.AtEnd()) FailHere();
    return std::move(doc_);
  }

 private:
  struct Frame {
    Json value;  // the open object or array
    std::string pointer;
    Json5Position start;
    std::string key;                                    // objects: key of the member being parsed
    std::unordered_map<std::string, size_t> key_index;  // objects: key -> index in value
  };

  // Containers live on an explicit stack rather than the call stack, so depth is bounded only by
  // max_depth_ and hostile nesting cannot overflow the call stack.
  Json ParseValue() {
    std::vector<Frame> stack;
    std::string pointer;  // of the value about to be parsed
    while (true) {
      SkipSpace();
      const Json5Position start = cursor_.position();
      const char32_t c = cursor_.Peek();
      Json value;
      bool have_value = true;  // false: a container was just opened
      if (c == '{' || c == '[') {
        if (static_cast<int>(stack.size()) >= max_depth_) {
          Fail(start, "nesting deeper than " + std::to_string(max_depth_) + " levels");
        }
        doc_.positions[pointer] = start;
        cursor_.Advance();
        stack.push_back(
            {c == '{' ? Json::object() : Json::array(), std::move(pointer), start, {}, {}});
        have_value = false;
      } else {
        if (cursor_.AtEnd() && !stack.empty()) FailUnterminated(stack.back());
        doc_.positions[pointer] = start;
        value = ParseScalar();
      }

      // Attach finished values and close finished containers until another value is due.
      while (true) {
        if (have_value) {
          if (stack.empty()) return value;
          Attach(stack.back(), std::move(value));
          SkipSpace();
          if (cursor_.Peek() == ',') {
            cursor_.Advance();
          } else if (cursor_.Peek() != Closer(stack.back())) {
            FailInside(stack.back());
          }
        }
        SkipSpace();
        Frame& top = stack.back();
        if (cursor_.Peek() == Closer(top)) {
          cursor_.Advance();
          value = std::move(top.value);
          stack.pop_back();
          have_value = true;
          continue;
        }
        if (top.value.is_array()) {
          if (cursor_.AtEnd()) FailUnterminated(top);
          pointer = wire::ChildPointer(top.pointer, top.value.size());
        } else {
          pointer = BeginMember(top);
        }
        break;
      }
    }
  }

  static char32_t Closer(const Frame& frame) { return frame.value.is_object() ? '}' : ']'; }

  // Parses `key:` and returns the JSON pointer of the member's value.
  std::string BeginMember(Frame& frame) {
    const char32_t c = cursor_.Peek();
    if (c == '"' || c == '\'') {
      frame.key = ParseString();
    } else if (c == '\\' || IsIdentifierStart(c)) {
      frame.key = ParseIdentifier();
    } else {
      FailInside(frame);
    }
    SkipSpace();
    if (cursor_.Peek() != ':') FailInside(frame);
    cursor_.Advance();
    std::string pointer = wire::ChildPointer(frame.pointer, frame.key);
    if (frame.key_index.contains(frame.key)) ForgetPositions(pointer);
    return pointer;
  }

  // ordered_json's own insert looks keys up linearly; indexing them here keeps big objects linear.
  static void Attach(Frame& frame, Json value) {
    if (frame.value.is_array()) {
      frame.value.push_back(std::move(value));
      return;
    }
    auto& members = static_cast<Json::object_t::Container&>(frame.value.get_ref<Json::object_t&>());
    const auto [it, inserted] = frame.key_index.try_emplace(frame.key, members.size());
    if (inserted) {
      members.emplace_back(std::move(frame.key), std::move(value));
    } else {
      members[it->second].second = std::move(value);  // duplicate key: the last value wins
    }
  }

  // Drops the positions of a value replaced by a duplicate key, including its descendants.
  void ForgetPositions(const std::string& pointer) {
    auto& positions = doc_.positions;
    positions.erase(pointer);
    // '0' sorts right after '/', so this range is exactly the pointers below `pointer`.
    positions.erase(positions.lower_bound(pointer + "/"), positions.lower_bound(pointer + "0"));
  }

  Json ParseScalar() {
    const char32_t c = cursor_.Peek();
    if (c == '"' || c == '\'') return ParseString();
    if (c == 'n') {
      ExpectWord("null");
      return nullptr;
    }
    if (c == 't') {
      ExpectWord("true");
      return true;
    }
    if (c == 'f') {
      ExpectWord("false");
      return false;
    }
    if (IsDigit(c) || c == '+' || c == '-' || c == '.' || c == 'I' || c == 'N')
      return ParseNumber();
    FailHere();
  }

  void ExpectWord(std::string_view word) {
    for (char expected : word) {
      if (cursor_.Peek() != static_cast<char32_t>(expected)) FailHere();
      cursor_.Advance();
    }
    ExpectTokenEnd();
  }

  // A literal or number must not run straight into an identifier character ("truex", "1a").
  void ExpectTokenEnd() {
    if (cursor_.Peek() == '\\' || IsIdentifierPart(cursor_.Peek())) FailHere();
  }

  Json ParseNumber() {
    size_t begin = cursor_.offset();  // from_chars takes '-' but not '+'
    bool negative = false;
    if (cursor_.Peek() == '+' || cursor_.Peek() == '-') {
      negative = cursor_.Peek() == '-';
      cursor_.Advance();
      if (!negative) begin = cursor_.offset();
    }
    const char32_t c = cursor_.Peek();
    if (c == 'I') {
      ExpectWord("Infinity");
      return negative ? -kInfinity : kInfinity;
    }
    if (c == 'N') {
      ExpectWord("NaN");
      return std::numeric_limits<double>::quiet_NaN();
    }
    if (c == '0' && (cursor_.ByteAfter() == 'x' || cursor_.ByteAfter() == 'X')) {
      return ParseHex(negative);
    }

    const size_t int_begin = cursor_.offset();
    if (c == '0') {
      cursor_.Advance();
      if (IsDigit(cursor_.Peek())) Fail(cursor_.position(), "leading zeros are not allowed");
    } else {
      SkipDigits();
    }
    const std::string_view int_digits = cursor_.Since(int_begin);
    bool is_integer = true;
    std::string_view fraction_digits;
    if (cursor_.Peek() == '.') {
      is_integer = false;
      cursor_.Advance();
      const size_t fraction_begin = cursor_.offset();
      SkipDigits();
      fraction_digits = cursor_.Since(fraction_begin);
    }
    if (int_digits.empty() && fraction_digits.empty()) FailHere();
    long exponent = 0;
    if (cursor_.Peek() == 'e' || cursor_.Peek() == 'E') {
      is_integer = false;
      exponent = ParseExponent();
    }
    ExpectTokenEnd();

    const std::string_view text = cursor_.Since(begin);
    const char* first = text.data();
    const char* last = text.data() + text.size();
    if (is_integer) {
      std::int64_t integer = 0;
      if (std::from_chars(first, last, integer).ec == std::errc()) return integer;
    }
    double value = 0;
    if (std::from_chars(first, last, value).ec == std::errc::result_out_of_range) {
      // JavaScript rounds to Infinity or zero where from_chars reports the range error.
      value = Magnitude(int_digits, fraction_digits, exponent) > 0 ? kInfinity : 0.0;
      if (negative) value = -value;
    }
    return value;
  }

  // Consumes "e[sign]digits" and returns the exponent, saturated far beyond double's range.
  long ParseExponent() {
    cursor_.Advance();
    bool negative = false;
    if (cursor_.Peek() == '+' || cursor_.Peek() == '-') {
      negative = cursor_.Peek() == '-';
      cursor_.Advance();
    }
    if (!IsDigit(cursor_.Peek())) FailHere();
    long exponent = 0;
    while (IsDigit(cursor_.Peek())) {
      exponent = std::min(exponent * 10 + static_cast<long>(cursor_.Peek() - '0'), 1'000'000'000L);
      cursor_.Advance();
    }
    return negative ? -exponent : exponent;
  }

  // The power of ten just above a nonzero decimal's magnitude, e.g. 1 for "5", -2 for ".005".
  static long Magnitude(std::string_view int_digits, std::string_view fraction_digits,
                        long exponent) {
    const size_t int_start = int_digits.find_first_not_of('0');
    if (int_start != std::string_view::npos) {
      return exponent + static_cast<long>(int_digits.size() - int_start);
    }
    return exponent - static_cast<long>(fraction_digits.find_first_not_of('0'));
  }

  Json ParseHex(bool negative) {
    cursor_.Advance();  // '0'
    cursor_.Advance();  // 'x'
    const size_t begin = cursor_.offset();
    if (!IsHexDigit(cursor_.Peek())) FailHere();
    while (IsHexDigit(cursor_.Peek())) cursor_.Advance();
    ExpectTokenEnd();

    const std::string_view digits = cursor_.Since(begin);
    const char* first = digits.data();
    const char* last = digits.data() + digits.size();
    constexpr auto kMaxInt = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    std::uint64_t magnitude = 0;
    if (std::from_chars(first, last, magnitude, 16).ec == std::errc()) {
      if (!negative && magnitude <= kMaxInt) return static_cast<std::int64_t>(magnitude);
      if (negative && magnitude <= kMaxInt + 1) return static_cast<std::int64_t>(0 - magnitude);
    }
    double value = 0;
    if (std::from_chars(first, last, value, std::chars_format::hex).ec ==
        std::errc::result_out_of_range) {
      value = kInfinity;
    }
    return negative ? -value : value;
  }

  void SkipDigits() {
    while (IsDigit(cursor_.Peek())) cursor_.Advance();
  }

  std::string ParseString() {
    const Json5Position start = cursor_.position();
    const char32_t quote = cursor_.Peek();
    cursor_.Advance();
    std::string out;
    while (true) {
      const char32_t c = cursor_.Peek();
      if (c == quote) {
        cursor_.Advance();
        return out;
      }
      if (cursor_.AtEnd()) Fail(start, "unterminated string");
      if (c == '\n' || c == '\r') Fail(cursor_.position(), "unescaped line break in string");
      if (c == '\\') {
        ParseEscape(out, start);
      } else {
        out += cursor_.CurrentBytes();
        cursor_.Advance();
      }
    }
  }

  void ParseEscape(std::string& out, Json5Position string_start) {
    const Json5Position start = cursor_.position();
    cursor_.Advance();  // backslash
    const char32_t c = cursor_.Peek();
    switch (c) {
      case kEnd:
        Fail(string_start, "unterminated string");
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
        cursor_.Advance();
        if (IsDigit(cursor_.Peek())) Fail(start, "invalid escape");
        out += '\0';
        return;
      case 'x': {
        cursor_.Advance();
        char32_t value = 0;
        for (int i = 0; i < 2; ++i) {
          if (!IsHexDigit(cursor_.Peek())) Fail(start, "invalid escape");
          value = value * 16 + HexValue(cursor_.Peek());
          cursor_.Advance();
        }
        AppendUtf8(out, value);
        return;
      }
      case 'u':
        cursor_.Advance();
        AppendUtf8(out, ParseUnicodeEscape(start));
        return;
      case '\r':  // line continuation: CR, CRLF, LF, LS or PS vanish
        cursor_.Advance();
        if (cursor_.Peek() == '\n') cursor_.Advance();
        return;
      case '\n':
      case 0x2028:
      case 0x2029:
        break;
      default:
        if (IsDigit(c)) Fail(start, "invalid escape");
        out += cursor_.CurrentBytes();  // any other character stands for itself
        break;
    }
    cursor_.Advance();
  }

  // Reads the four hex digits after "\u"; a high surrogate must be followed by "\u" and a low one.
  char32_t ParseUnicodeEscape(Json5Position start) {
    const char32_t unit = ParseHex4(start);
    if (!IsSurrogate(unit)) return unit;
    if (unit >= 0xDC00) Fail(start, "lone surrogate");
    const Json5Position low_start = cursor_.position();
    if (cursor_.Peek() != '\\') Fail(start, "lone surrogate");
    cursor_.Advance();
    if (cursor_.Peek() != 'u') Fail(start, "lone surrogate");
    cursor_.Advance();
    const char32_t low = ParseHex4(low_start);
    if (low < 0xDC00 || low > 0xDFFF) Fail(start, "lone surrogate");
    return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
  }

  char32_t ParseHex4(Json5Position escape_start) {
    char32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      if (!IsHexDigit(cursor_.Peek())) Fail(escape_start, "invalid escape");
      value = value * 16 + HexValue(cursor_.Peek());
      cursor_.Advance();
    }
    return value;
  }

  std::string ParseIdentifier() {
    std::string out;
    for (bool first = true;; first = false) {
      const char32_t c = cursor_.Peek();
      if (c == '\\') {
        const Json5Position start = cursor_.position();
        cursor_.Advance();
        if (cursor_.Peek() != 'u') Fail(start, "invalid escape");
        cursor_.Advance();
        const char32_t value = ParseUnicodeEscape(start);
        if (first ? !IsIdentifierStart(value) : !IsIdentifierPart(value)) {
          Fail(start, "invalid identifier escape");
        }
        AppendUtf8(out, value);
      } else if (first ? IsIdentifierStart(c) : IsIdentifierPart(c)) {
        out += cursor_.CurrentBytes();
        cursor_.Advance();
      } else {
        return out;
      }
    }
  }

  void SkipSpace() {
    while (true) {
      if (IsSpace(cursor_.Peek())) {
        cursor_.Advance();
      } else if (cursor_.Peek() == '/' && cursor_.ByteAfter() == '/') {
        while (!cursor_.AtEnd() && !IsLineTerminator(cursor_.Peek())) cursor_.Advance();
      } else if (cursor_.Peek() == '/' && cursor_.ByteAfter() == '*') {
        const Json5Position start = cursor_.position();
        cursor_.Advance();
        cursor_.Advance();
        while (cursor_.Peek() != '*' || cursor_.ByteAfter() != '/') {
          if (cursor_.AtEnd()) Fail(start, "unterminated comment");
          cursor_.Advance();
        }
        cursor_.Advance();
        cursor_.Advance();
      } else {
        return;  // a lone '/' is left for the caller to reject
      }
    }
  }

  [[noreturn]] void FailHere() const {
    if (cursor_.AtEnd()) Fail(cursor_.position(), "unexpected end of input");
    Fail(cursor_.position(), InvalidCharacter(cursor_.Peek()));
  }

  // Inside an open container, running out of input blames the container's opening bracket.
  [[noreturn]] void FailInside(const Frame& frame) const {
    if (cursor_.AtEnd()) FailUnterminated(frame);
    FailHere();
  }

  [[noreturn]] static void FailUnterminated(const Frame& frame) {
    Fail(frame.start, frame.value.is_object() ? "unterminated object" : "unterminated array");
  }

  Cursor cursor_;
  int max_depth_;
  Json5Document doc_;
};

}  // namespace

Json5Document ParseJson5(std::string_view text, int max_depth) {
  return Parser(text, max_depth).Parse();
}

}  // namespace gateway::config
