// Generated from protocol/methods/tools.yaml.
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

// The tool's arguments.
struct ToolsInvokeParamsArgs {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ToolsInvokeParamsArgs&) const = default;
};
void Read(const nlohmann::json& j, ToolsInvokeParamsArgs& out, std::string_view ptr);
nlohmann::json Write(const ToolsInvokeParamsArgs& value);
inline void from_json(const nlohmann::json& j, ToolsInvokeParamsArgs& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsInvokeParamsArgs& value) { j = Write(value); }

enum class ToolsInvokeReadOrigin {
  kDirectOperator,
};
std::string_view ToString(ToolsInvokeReadOrigin value);
std::optional<ToolsInvokeReadOrigin> ParseToolsInvokeReadOrigin(std::string_view text);
void Read(const nlohmann::json& j, ToolsInvokeReadOrigin& out, std::string_view ptr);
nlohmann::json Write(ToolsInvokeReadOrigin value);
inline void from_json(const nlohmann::json& j, ToolsInvokeReadOrigin& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsInvokeReadOrigin& value) { j = Write(value); }

struct ToolsInvokeParams {
  // Tool name; cron is the legacy name of automations. Blank is refused by the handler.
  std::string name{};
  // The tool's arguments.
  std::optional<ToolsInvokeParamsArgs> args{};
  std::optional<std::string> session_key{};
  std::optional<std::string> agent_id{};
  // Request an approval instead of reporting requires_approval.
  std::optional<bool> confirm{};
  std::optional<std::string> idempotency_key{};
  std::optional<ToolsInvokeReadOrigin> conversation_read_origin{};

  bool operator==(const ToolsInvokeParams&) const = default;
};
void Read(const nlohmann::json& j, ToolsInvokeParams& out, std::string_view ptr);
nlohmann::json Write(const ToolsInvokeParams& value);
inline void from_json(const nlohmann::json& j, ToolsInvokeParams& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsInvokeParams& value) { j = Write(value); }

enum class ToolsInvokeErrorCode {
  kRequiresApproval,
  kValidationError,
  kNotFound,
  kForbidden,
  kInternalError,
};
std::string_view ToString(ToolsInvokeErrorCode value);
std::optional<ToolsInvokeErrorCode> ParseToolsInvokeErrorCode(std::string_view text);
void Read(const nlohmann::json& j, ToolsInvokeErrorCode& out, std::string_view ptr);
nlohmann::json Write(ToolsInvokeErrorCode value);
inline void from_json(const nlohmann::json& j, ToolsInvokeErrorCode& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsInvokeErrorCode& value) { j = Write(value); }

struct ToolsInvokeError {
  ToolsInvokeErrorCode code{};
  std::string message{};

  bool operator==(const ToolsInvokeError&) const = default;
};
void Read(const nlohmann::json& j, ToolsInvokeError& out, std::string_view ptr);
nlohmann::json Write(const ToolsInvokeError& value);
inline void from_json(const nlohmann::json& j, ToolsInvokeError& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsInvokeError& value) { j = Write(value); }

struct ToolsInvokeResult {
  bool ok{};
  std::string tool_name{};
  // The tool's output (success only).
  std::optional<nlohmann::json> output{};
  // Where the tool comes from: core, plugin, channel (success only).
  std::optional<std::string> source{};
  std::optional<bool> requires_approval{};
  std::optional<ToolsInvokeError> error{};

  bool operator==(const ToolsInvokeResult&) const = default;
};
void Read(const nlohmann::json& j, ToolsInvokeResult& out, std::string_view ptr);
nlohmann::json Write(const ToolsInvokeResult& value);
inline void from_json(const nlohmann::json& j, ToolsInvokeResult& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ToolsInvokeResult& value) { j = Write(value); }

}  // namespace gateway::proto
