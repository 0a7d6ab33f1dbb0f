// Generated from protocol/events/approvals.yaml.
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

struct ExecApprovalRequestedEventRequest {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalRequestedEventRequest&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalRequestedEventRequest& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalRequestedEventRequest& value);
inline void from_json(const nlohmann::json& j, ExecApprovalRequestedEventRequest& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalRequestedEventRequest& value) { j = Write(value); }

struct ExecApprovalRequestedEvent {
  // "approvalKind" is always "exec".
  std::string id{};
  ExecApprovalRequestedEventRequest request{};
  std::int64_t created_at_ms{};
  std::int64_t expires_at_ms{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalRequestedEvent&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalRequestedEvent& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalRequestedEvent& value);
inline void from_json(const nlohmann::json& j, ExecApprovalRequestedEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalRequestedEvent& value) { j = Write(value); }

struct ExecApprovalResolvedEventRequest {
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalResolvedEventRequest&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalResolvedEventRequest& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalResolvedEventRequest& value);
inline void from_json(const nlohmann::json& j, ExecApprovalResolvedEventRequest& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalResolvedEventRequest& value) { j = Write(value); }

struct ExecApprovalResolvedEvent {
  std::string id{};
  std::string decision{};
  std::optional<std::string> resolved_by{};
  std::int64_t ts{};
  ExecApprovalResolvedEventRequest request{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const ExecApprovalResolvedEvent&) const = default;
};
void Read(const nlohmann::json& j, ExecApprovalResolvedEvent& out, std::string_view ptr);
nlohmann::json Write(const ExecApprovalResolvedEvent& value);
inline void from_json(const nlohmann::json& j, ExecApprovalResolvedEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const ExecApprovalResolvedEvent& value) { j = Write(value); }

}  // namespace gateway::proto
