// Fuzzes the JSON5 config parser (server/config/json5.cpp).
//
// Checked besides memory safety: only Json5Error escapes, with a 1-based position; a parsed
// document serializes (its strings are UTF-8) and records a position for exactly the values it
// holds; and JSON5 being a superset of JSON, text that wire::ParseUntrusted accepts parses to
// the same value.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "gateway/wire/json_io.hpp"
#include "server/config/json5.hpp"

namespace {

using gateway::fuzz::Require;
using OrderedJson = nlohmann::ordered_json;

void CollectPointers(const OrderedJson& value, const std::string& pointer,
                     std::set<std::string>& out) {
  out.insert(pointer);
  if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      CollectPointers(value[i], gateway::wire::ChildPointer(pointer, i), out);
    }
  } else if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      CollectPointers(member, gateway::wire::ChildPointer(pointer, key), out);
    }
  }
}

void CheckDocument(const gateway::config::Json5Document& doc) {
  (void)doc.value.dump();  // throws type_error on invalid UTF-8
  std::set<std::string> pointers;
  CollectPointers(doc.value, "", pointers);
  Require(pointers.size() == doc.positions.size(), "positions and values differ in number");
  for (const auto& [pointer, where] : doc.positions) {
    Require(pointers.contains(pointer), "a position for a value that is not there");
    Require(where.line >= 1 && where.column >= 1, "a position before 1:1");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  bool parsed = false;
  gateway::config::Json5Document doc;
  try {
    doc = gateway::config::ParseJson5(text);
    parsed = true;
  } catch (const gateway::config::Json5Error& e) {
    Require(e.where().line >= 1 && e.where().column >= 1, "an error before 1:1");
  }
  if (parsed) CheckDocument(doc);

  gateway::wire::Json json;
  try {
    json = gateway::wire::ParseUntrusted(text);
  } catch (const gateway::wire::DecodeError&) {
    return 0;
  }
  Require(parsed, "JSON that the JSON5 parser rejects");
  Require(gateway::wire::Json(doc.value) == json, "JSON that parses to another value as JSON5");
  return 0;
}
