// Lenient readers of provider JSON: a missing or mistyped field reads as empty / zero, so a
// provider that omits or nulls a field never throws.
#pragma once

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace gateway::providers {

inline const nlohmann::json* Field(const nlohmann::json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

inline std::string StringField(const nlohmann::json& object, std::string_view key) {
  const auto* value = Field(object, key);
  return value && value->is_string() ? value->get<std::string>() : std::string();
}

inline std::uint64_t CountField(const nlohmann::json& object, std::string_view key) {
  const auto* value = Field(object, key);
  if (!value || !value->is_number()) return 0;
  if (value->is_number_unsigned()) return value->get<std::uint64_t>();
  if (value->is_number_integer())
    return static_cast<std::uint64_t>(std::max<std::int64_t>(0, value->get<std::int64_t>()));
  return static_cast<std::uint64_t>(std::max(0.0, value->get<double>()));
}

}  // namespace gateway::providers
