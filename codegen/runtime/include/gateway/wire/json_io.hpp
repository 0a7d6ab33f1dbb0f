// Runtime support for the generated protocol types: decoding with path-qualified errors,
// encoding, and untrusted-input parsing. Generated code in gateway::proto builds on these.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::wire {

using Json = nlohmann::json;

// A decode failure at a JSON pointer ("" is the root), e.g. {"/client/mode", "must be string"}.
class DecodeError : public std::runtime_error {
 public:
  DecodeError(std::string pointer, std::string reason);
  const std::string& pointer() const { return pointer_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string pointer_;
  std::string reason_;
};

// Appends one reference token to a JSON pointer, escaping '~' and '/' (RFC 6901).
std::string ChildPointer(std::string_view parent, std::string_view key);
std::string ChildPointer(std::string_view parent, std::size_t index);

// Parses text that came from the network. Rejects nesting deeper than max_depth instead of
// recursing without bound. Throws DecodeError with pointer "" on malformed input.
Json ParseUntrusted(std::string_view text, int max_depth = 128);

// --- decoding primitives -------------------------------------------------------------------
void Read(const Json& j, std::string& out, std::string_view ptr);
void Read(const Json& j, std::int64_t& out, std::string_view ptr);
void Read(const Json& j, double& out, std::string_view ptr);
void Read(const Json& j, bool& out, std::string_view ptr);
void Read(const Json& j, Json& out, std::string_view ptr);
// Declared before any definition so that nested containers find each other.
template <class T>
void Read(const Json& j, std::vector<T>& out, std::string_view ptr);
template <class T>
void Read(const Json& j, std::map<std::string, T>& out, std::string_view ptr);
template <class T>
void Read(const Json& j, std::optional<T>& out, std::string_view ptr);

template <class T>
void Read(const Json& j, std::vector<T>& out, std::string_view ptr) {
  if (!j.is_array()) throw DecodeError(std::string(ptr), "must be array");
  out.clear();
  out.reserve(j.size());
  for (std::size_t i = 0; i < j.size(); ++i) {
    T item{};
    Read(j[i], item, ChildPointer(ptr, i));
    out.push_back(std::move(item));
  }
}

template <class T>
void Read(const Json& j, std::map<std::string, T>& out, std::string_view ptr) {
  if (!j.is_object()) throw DecodeError(std::string(ptr), "must be object");
  out.clear();
  for (const auto& [key, value] : j.items()) {
    T item{};
    Read(value, item, ChildPointer(ptr, key));
    out.emplace(key, std::move(item));
  }
}

// std::optional<T> is a nullable value: JSON null decodes to nullopt.
template <class T>
void Read(const Json& j, std::optional<T>& out, std::string_view ptr) {
  if (j.is_null()) {
    out.reset();
    return;
  }
  T value{};
  Read(j, value, ptr);
  out = std::move(value);
}

bool IsInteger(const Json& j);
bool IsOneOf(std::string_view value, std::initializer_list<std::string_view> allowed);

// Checks that a closed object has no keys outside `known` (sorted or not, small sets).
void RejectUnknownKeys(const Json& j, std::initializer_list<std::string_view> known,
                       std::string_view ptr);
// Copies the keys of `j` that are not in `known` (the unknown rest of an open object).
Json CollectUnknownKeys(const Json& j, std::initializer_list<std::string_view> known);
// Throws unless j is an object.
void ExpectObject(const Json& j, std::string_view ptr);
// Throws unless j[key] exists; returns it.
const Json& RequiredMember(const Json& j, std::string_view key, std::string_view ptr);
// Throws unless j equals the expected constant.
void ExpectConst(const Json& j, const Json& expected, std::string_view ptr);

// --- encoding ------------------------------------------------------------------------------
inline Json Write(const std::string& v) { return v; }
inline Json Write(std::int64_t v) { return v; }
inline Json Write(double v) { return v; }
inline Json Write(bool v) { return v; }
inline Json Write(const Json& v) { return v; }
template <class T>
Json Write(const std::vector<T>& v);
template <class T>
Json Write(const std::map<std::string, T>& v);
template <class T>
Json Write(const std::optional<T>& v);

template <class T>
Json Write(const std::vector<T>& v) {
  Json out = Json::array();
  for (const auto& item : v) out.push_back(Write(item));
  return out;
}

template <class T>
Json Write(const std::map<std::string, T>& v) {
  Json out = Json::object();
  for (const auto& [key, item] : v) out[key] = Write(item);
  return out;
}

template <class T>
Json Write(const std::optional<T>& v) {
  return v ? Write(*v) : Json(nullptr);
}

// Decodes a whole document into T; errors carry the pointer of the offending value.
template <class T>
T Decode(const Json& j) {
  T out{};
  Read(j, out, "");
  return out;
}

}  // namespace gateway::wire
