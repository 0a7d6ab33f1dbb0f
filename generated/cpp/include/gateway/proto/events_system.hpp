// Generated from protocol/events/system.yaml.
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
#include "gateway/proto/frames.hpp"

namespace gateway::proto {

using wire::Read;
using wire::Write;

// What the run did.
enum class HeartbeatStatus {
  kSent,
  kOkEmpty,
  kOkToken,
  kSkipped,
  kFailed,
};
std::string_view ToString(HeartbeatStatus value);
std::optional<HeartbeatStatus> ParseHeartbeatStatus(std::string_view text);
void Read(const nlohmann::json& j, HeartbeatStatus& out, std::string_view ptr);
nlohmann::json Write(HeartbeatStatus value);
inline void from_json(const nlohmann::json& j, HeartbeatStatus& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HeartbeatStatus& value) { j = Write(value); }

// Indicator shown by UIs.
enum class HeartbeatIndicatorType {
  kOk,
  kAlert,
  kError,
};
std::string_view ToString(HeartbeatIndicatorType value);
std::optional<HeartbeatIndicatorType> ParseHeartbeatIndicatorType(std::string_view text);
void Read(const nlohmann::json& j, HeartbeatIndicatorType& out, std::string_view ptr);
nlohmann::json Write(HeartbeatIndicatorType value);
inline void from_json(const nlohmann::json& j, HeartbeatIndicatorType& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HeartbeatIndicatorType& value) { j = Write(value); }

// Outcome of one heartbeat run.
struct HeartbeatEvent {
  // When the run finished.
  std::int64_t ts{};
  // What the run did.
  HeartbeatStatus status{};
  // Why it was skipped or failed.
  std::optional<std::string> reason{};
  // Run duration.
  std::optional<double> duration_ms{};
  // Delivery target.
  std::optional<std::string> to{};
  // Start of the delivered text.
  std::optional<std::string> preview{};
  // Whether media was delivered.
  std::optional<bool> has_media{};
  // Delivery channel.
  std::optional<std::string> channel{};
  // Channel account.
  std::optional<std::string> account_id{};
  // Indicator shown by UIs.
  std::optional<HeartbeatIndicatorType> indicator_type{};
  // Whether delivery was silent.
  std::optional<bool> silent{};

  bool operator==(const HeartbeatEvent&) const = default;
};
void Read(const nlohmann::json& j, HeartbeatEvent& out, std::string_view ptr);
nlohmann::json Write(const HeartbeatEvent& value);
inline void from_json(const nlohmann::json& j, HeartbeatEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const HeartbeatEvent& value) { j = Write(value); }

struct PresenceEvent {
  // Full presence list as visible to the recipient.
  std::vector<PresenceEntry> presence{};
  // Members not described by the schema, kept as they came.
  nlohmann::json unknown_fields = nlohmann::json::object();

  bool operator==(const PresenceEvent&) const = default;
};
void Read(const nlohmann::json& j, PresenceEvent& out, std::string_view ptr);
nlohmann::json Write(const PresenceEvent& value);
inline void from_json(const nlohmann::json& j, PresenceEvent& out) { Read(j, out, ""); }
inline void to_json(nlohmann::json& j, const PresenceEvent& value) { j = Write(value); }

}  // namespace gateway::proto
