#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gateway::config {

// 1-based; column counts Unicode code points. LF, CR, CRLF, U+2028 and U+2029 each end a line.
struct Json5Position {
  int line = 1;
  int column = 1;
};

// what() is "<line>:<column>: <reason>".
class Json5Error : public std::runtime_error {
 public:
  Json5Error(Json5Position where, std::string reason);

  const Json5Position& where() const;
  const std::string& reason() const;

 private:
  Json5Position where_;
  std::string reason_;
};

struct Json5Document {
  // Keys keep file order.
  nlohmann::ordered_json value;
  // JSON pointer (RFC 6901) of every value -> where it starts ("" = root).
  std::map<std::string, Json5Position> positions;
};

// Parses JSON5 text (https://spec.json5.org, 1.0). Throws Json5Error on malformed input or nesting
// deeper than max_depth containers. Integers that fit in int64 become integers, other numbers
// doubles; duplicate keys keep their first place in key order and take the last value.
Json5Document ParseJson5(std::string_view text, int max_depth = 128);

}  // namespace gateway::config
