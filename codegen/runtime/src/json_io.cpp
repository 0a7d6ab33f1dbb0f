#include "gateway/wire/json_io.hpp"

#include <algorithm>

namespace gateway::wire {

DecodeError::DecodeError(std::string pointer, std::string reason)
    : std::runtime_error(pointer.empty() ? reason : "at " + pointer + ": " + reason),
      pointer_(std::move(pointer)),
      reason_(std::move(reason)) {}

std::string ChildPointer(std::string_view parent, std::string_view key) {
  std::string out(parent);
  out.reserve(parent.size() + key.size() + 1);
  out.push_back('/');
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string ChildPointer(std::string_view parent, std::size_t index) {
  return ChildPointer(parent, std::to_string(index));
}

namespace {

// Whether JSON text nests containers deeper than `max_depth`, counting brackets outside strings:
// the depth nlohmann's recursive parser would reach (on malformed text it stops no deeper). One
// cheap pass, so the parse itself runs without a per-value callback (which halves its speed).
bool NestsDeeperThan(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (const char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        break;
      case '{':
      case '[':
        if (++depth > max_depth) return true;
        break;
      case '}':
      case ']':
        if (depth > 0) --depth;
        break;
      default:
        break;
    }
  }
  return false;
}

}  // namespace

Json ParseUntrusted(std::string_view text, int max_depth) {
  // nlohmann's parser recurses per nesting level: text nested deeper than max_depth is refused
  // before the stack can grow without bound.
  if (NestsDeeperThan(text, max_depth)) {
    throw DecodeError("", "nesting deeper than " + std::to_string(max_depth) + " levels");
  }
  // nlohmann's lexer takes a raw NUL for the end of input, which would accept `{...}\0<junk>`.
  if (text.find('\0') != std::string_view::npos) throw DecodeError("", "invalid JSON: NUL byte");
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::exception& e) {
    // parse_error for malformed text; out_of_range for a number that overflows a double
    // (1e999, a 400-digit integer), which JSON allows but no field of ours can hold.
    throw DecodeError("", std::string("invalid JSON: ") + e.what());
  }
}

void Read(const Json& j, std::string& out, std::string_view ptr) {
  if (!j.is_string()) throw DecodeError(std::string(ptr), "must be string");
  out = j.get_ref<const std::string&>();
}

void Read(const Json& j, std::int64_t& out, std::string_view ptr) {
  // JSON has one number type: 3.0 is an integer for schema purposes.
  if (!IsInteger(j)) throw DecodeError(std::string(ptr), "must be integer");
  out = j.is_number_integer() ? j.get<std::int64_t>() : static_cast<std::int64_t>(j.get<double>());
}

void Read(const Json& j, double& out, std::string_view ptr) {
  if (!j.is_number()) throw DecodeError(std::string(ptr), "must be number");
  out = j.get<double>();
}

void Read(const Json& j, bool& out, std::string_view ptr) {
  if (!j.is_boolean()) throw DecodeError(std::string(ptr), "must be boolean");
  out = j.get<bool>();
}

void Read(const Json& j, Json& out, std::string_view) { out = j; }

bool IsInteger(const Json& j) {
  if (j.is_number_integer()) return !(j.is_number_unsigned() && j.get<std::uint64_t>() > INT64_MAX);
  if (!j.is_number_float()) return false;
  double d = j.get<double>();
  return d >= -9.2e18 && d <= 9.2e18 && d == static_cast<double>(static_cast<std::int64_t>(d));
}

bool IsOneOf(std::string_view value, std::initializer_list<std::string_view> allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

void ExpectObject(const Json& j, std::string_view ptr) {
  if (!j.is_object()) throw DecodeError(std::string(ptr), "must be object");
}

const Json& RequiredMember(const Json& j, std::string_view key, std::string_view ptr) {
  auto it = j.find(key);
  if (it == j.end()) {
    throw DecodeError(std::string(ptr), "must have required property '" + std::string(key) + "'");
  }
  return *it;
}

void ExpectConst(const Json& j, const Json& expected, std::string_view ptr) {
  if (j != expected) throw DecodeError(std::string(ptr), "must be equal to constant");
}

void RejectUnknownKeys(const Json& j, std::initializer_list<std::string_view> known,
                       std::string_view ptr) {
  for (const auto& [key, value] : j.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      throw DecodeError(std::string(ptr), "unexpected property '" + key + "'");
    }
  }
}

Json CollectUnknownKeys(const Json& j, std::initializer_list<std::string_view> known) {
  Json rest = Json::object();
  for (const auto& [key, value] : j.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) rest[key] = value;
  }
  return rest;
}

}  // namespace gateway::wire
