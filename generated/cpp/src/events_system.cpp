// Generated from protocol/events/system.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#include "gateway/proto/events_system.hpp"

#include <utility>

namespace gateway::proto {

std::string_view ToString(HeartbeatStatus value) {
  switch (value) {
    case HeartbeatStatus::kSent:
      return "sent";
    case HeartbeatStatus::kOkEmpty:
      return "ok-empty";
    case HeartbeatStatus::kOkToken:
      return "ok-token";
    case HeartbeatStatus::kSkipped:
      return "skipped";
    case HeartbeatStatus::kFailed:
      return "failed";
  }
  return {};
}

std::optional<HeartbeatStatus> ParseHeartbeatStatus(std::string_view text) {
  if (text == "sent") return HeartbeatStatus::kSent;
  if (text == "ok-empty") return HeartbeatStatus::kOkEmpty;
  if (text == "ok-token") return HeartbeatStatus::kOkToken;
  if (text == "skipped") return HeartbeatStatus::kSkipped;
  if (text == "failed") return HeartbeatStatus::kFailed;
  return std::nullopt;
}

void Read(const nlohmann::json& j, HeartbeatStatus& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseHeartbeatStatus(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(HeartbeatStatus value) { return std::string(ToString(value)); }

std::string_view ToString(HeartbeatIndicatorType value) {
  switch (value) {
    case HeartbeatIndicatorType::kOk:
      return "ok";
    case HeartbeatIndicatorType::kAlert:
      return "alert";
    case HeartbeatIndicatorType::kError:
      return "error";
  }
  return {};
}

std::optional<HeartbeatIndicatorType> ParseHeartbeatIndicatorType(std::string_view text) {
  if (text == "ok") return HeartbeatIndicatorType::kOk;
  if (text == "alert") return HeartbeatIndicatorType::kAlert;
  if (text == "error") return HeartbeatIndicatorType::kError;
  return std::nullopt;
}

void Read(const nlohmann::json& j, HeartbeatIndicatorType& out, std::string_view ptr) {
  if (!j.is_string()) throw wire::DecodeError(std::string(ptr), "must be string");
  auto value = ParseHeartbeatIndicatorType(j.get_ref<const std::string&>());
  if (!value) throw wire::DecodeError(std::string(ptr), "must be equal to one of the allowed values");
  out = *value;
}

nlohmann::json Write(HeartbeatIndicatorType value) { return std::string(ToString(value)); }

void Read(const nlohmann::json& j, HeartbeatEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  wire::RejectUnknownKeys(j, {"ts", "status", "reason", "durationMs", "to", "preview", "hasMedia", "channel", "accountId", "indicatorType", "silent"}, ptr);
  Read(wire::RequiredMember(j, "ts", ptr), out.ts, wire::ChildPointer(ptr, "ts"));
  Read(wire::RequiredMember(j, "status", ptr), out.status, wire::ChildPointer(ptr, "status"));
  if (auto it = j.find("reason"); it != j.end()) Read(*it, out.reason.emplace(), wire::ChildPointer(ptr, "reason"));
  if (auto it = j.find("durationMs"); it != j.end()) Read(*it, out.duration_ms.emplace(), wire::ChildPointer(ptr, "durationMs"));
  if (auto it = j.find("to"); it != j.end()) Read(*it, out.to.emplace(), wire::ChildPointer(ptr, "to"));
  if (auto it = j.find("preview"); it != j.end()) Read(*it, out.preview.emplace(), wire::ChildPointer(ptr, "preview"));
  if (auto it = j.find("hasMedia"); it != j.end()) Read(*it, out.has_media.emplace(), wire::ChildPointer(ptr, "hasMedia"));
  if (auto it = j.find("channel"); it != j.end()) Read(*it, out.channel.emplace(), wire::ChildPointer(ptr, "channel"));
  if (auto it = j.find("accountId"); it != j.end()) Read(*it, out.account_id.emplace(), wire::ChildPointer(ptr, "accountId"));
  if (auto it = j.find("indicatorType"); it != j.end()) Read(*it, out.indicator_type.emplace(), wire::ChildPointer(ptr, "indicatorType"));
  if (auto it = j.find("silent"); it != j.end()) Read(*it, out.silent.emplace(), wire::ChildPointer(ptr, "silent"));
}

nlohmann::json Write(const HeartbeatEvent& value) {
  nlohmann::json j = nlohmann::json::object();
  j["ts"] = Write(value.ts);
  j["status"] = Write(value.status);
  if (value.reason) j["reason"] = Write(*value.reason);
  if (value.duration_ms) j["durationMs"] = Write(*value.duration_ms);
  if (value.to) j["to"] = Write(*value.to);
  if (value.preview) j["preview"] = Write(*value.preview);
  if (value.has_media) j["hasMedia"] = Write(*value.has_media);
  if (value.channel) j["channel"] = Write(*value.channel);
  if (value.account_id) j["accountId"] = Write(*value.account_id);
  if (value.indicator_type) j["indicatorType"] = Write(*value.indicator_type);
  if (value.silent) j["silent"] = Write(*value.silent);
  return j;
}

void Read(const nlohmann::json& j, PresenceEvent& out, std::string_view ptr) {
  wire::ExpectObject(j, ptr);
  Read(wire::RequiredMember(j, "presence", ptr), out.presence, wire::ChildPointer(ptr, "presence"));
  out.unknown_fields = wire::CollectUnknownKeys(j, {"presence"});
}

nlohmann::json Write(const PresenceEvent& value) {
  nlohmann::json j = value.unknown_fields.is_object() ? value.unknown_fields : nlohmann::json::object();
  j["presence"] = Write(value.presence);
  return j;
}

}  // namespace gateway::proto
