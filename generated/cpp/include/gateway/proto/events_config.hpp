// Generated from protocol/events/config.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "gateway/wire/json_io.hpp"

namespace gateway::proto {

using wire::Read;
using wire::Write;

struct ConfigChangedEvent {
  // The config file.
  std::string path{};
  // Its new revision hash.
  std::string hash{};
  // Epoch ms.
  std::int64_t ts{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ConfigChangedEvent&) const = default;
};
void Read(const nlohmann::json& j, ConfigChangedEvent& out, std::string_view ptr);
nlohmann::json Write(const ConfigChangedEvent& value);
inline void from_json(const nlohmann::json& j, ConfigChangedEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ConfigChangedEvent& value) { j = Write(value); }

}  // namespace gateway::proto
