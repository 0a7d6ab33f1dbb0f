#include "server/domain/sessions/transcript.hpp"

#include <array>
#include <cstdio>
#include <ctime>

namespace gateway::domain::sessions {
namespace {

constexpr std::array<std::string_view, 3> kRoles = {"user", "assistant", "toolResult"};
constexpr std::array<std::string_view, 5> kStops = {"stop", "length", "toolUse", "error",
                                                    "aborted"};

template <typename T>
T Get(const nlohmann::json& json, const char* key, T fallback) {
  const auto it = json.find(key);
  if (it == json.end() || it->is_null()) return fallback;
  try {
    return it->get<T>();
  } catch (const nlohmann::json::exception&) {
    return fallback;
  }
}

std::int64_t TimestampOf(const nlohmann::json& value) {
  if (value.is_number()) return value.get<std::int64_t>();
  if (value.is_string()) return ParseIsoTimestamp(value.get<std::string>()).value_or(0);
  return 0;
}

}  // namespace

std::string_view ToString(MessageRole role) { return kRoles[static_cast<std::size_t>(role)]; }

std::optional<MessageRole> ParseMessageRole(std::string_view text) {
  for (std::size_t i = 0; i < kRoles.size(); ++i) {
    if (kRoles[i] == text) return static_cast<MessageRole>(i);
  }
  return std::nullopt;
}

std::string_view ToString(StopReason reason) { return kStops[static_cast<std::size_t>(reason)]; }

std::optional<StopReason> ParseStopReason(std::string_view text) {
  for (std::size_t i = 0; i < kStops.size(); ++i) {
    if (kStops[i] == text) return static_cast<StopReason>(i);
  }
  return std::nullopt;
}

Message UserMessage(std::string text, std::int64_t timestamp_ms,
                    std::optional<std::string> idempotency_key) {
  Message message;
  message.role = MessageRole::kUser;
  message.content = std::move(text);
  message.timestamp_ms = timestamp_ms;
  message.idempotency_key = std::move(idempotency_key);
  return message;
}

Message AssistantMessage(std::string text, std::int64_t timestamp_ms, StopReason stop_reason,
                         std::optional<Usage> usage) {
  Message message;
  message.role = MessageRole::kAssistant;
  message.content = nlohmann::json::array({{{"type", "text"}, {"text", std::move(text)}}});
  message.timestamp_ms = timestamp_ms;
  message.stop_reason = stop_reason;
  message.usage = usage;
  return message;
}

TranscriptEvent MessageEvent(Message message) {
  TranscriptEvent event;
  event.type = "message";
  event.timestamp_ms = message.timestamp_ms;
  event.message = std::move(message);
  return event;
}

TranscriptEvent ResetEvent(std::string reason) {
  TranscriptEvent event;
  event.type = "reset";
  event.fields = {{"reason", std::move(reason)}};
  return event;
}

std::string IsoTimestamp(std::int64_t epoch_ms) {
  std::int64_t seconds = epoch_ms / 1000;
  std::int64_t millis = epoch_ms % 1000;
  if (millis < 0) {
    millis += 1000;
    seconds -= 1;
  }
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(millis));
  return buffer;
}

std::optional<std::int64_t> ParseIsoTimestamp(std::string_view text) {
  std::tm tm{};
  int millis = 0;
  const std::string s(text);
  int consumed = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                  &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &consumed) != 6) {
    return std::nullopt;
  }
  std::size_t pos = static_cast<std::size_t>(consumed);
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    int digits = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      if (digits < 3) millis = millis * 10 + (s[pos] - '0');
      ++digits;
      ++pos;
    }
    for (; digits < 3; ++digits) millis *= 10;
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return static_cast<std::int64_t>(timegm(&tm)) * 1000 + millis;
}

nlohmann::json ToJson(const Message& message) {
  nlohmann::json json = {{"role", ToString(message.role)}, {"content", message.content}};
  switch (message.role) {
    case MessageRole::kUser:
      if (message.idempotency_key) json["idempotencyKey"] = *message.idempotency_key;
      break;
    case MessageRole::kAssistant:
      json["api"] = message.api;
      json["provider"] = message.provider;
      json["model"] = message.model;
      if (message.usage) {
        const Usage& u = *message.usage;
        json["usage"] = {{"input", u.input},
                         {"output", u.output},
                         {"cacheRead", u.cache_read},
                         {"cacheWrite", u.cache_write},
                         {"totalTokens", u.total_tokens},
                         {"cost",
                          {{"input", u.cost.input},
                           {"output", u.cost.output},
                           {"cacheRead", u.cost.cache_read},
                           {"cacheWrite", u.cost.cache_write},
                           {"total", u.cost.total}}}};
      }
      json["stopReason"] = ToString(message.stop_reason.value_or(StopReason::kStop));
      if (message.error_message) json["errorMessage"] = *message.error_message;
      break;
    case MessageRole::kToolResult:
      json["toolCallId"] = message.tool_call_id;
      json["toolName"] = message.tool_name;
      if (!message.details.is_null()) json["details"] = message.details;
      json["isError"] = message.is_error;
      break;
  }
  json["timestamp"] = message.timestamp_ms;
  return json;
}

nlohmann::json ToJson(const TranscriptEvent& event) {
  nlohmann::json json = {{"type", event.type}};
  if (event.type == "session") {
    json["version"] = kTranscriptVersion;
    json["id"] = event.id;
    json["timestamp"] = IsoTimestamp(event.timestamp_ms);
  } else {
    json["id"] = event.id;
    json["parentId"] = event.parent_id ? nlohmann::json(*event.parent_id) : nlohmann::json();
    json["timestamp"] = IsoTimestamp(event.timestamp_ms);
  }
  if (event.message) json["message"] = ToJson(*event.message);
  if (event.fields.is_object()) {
    for (const auto& [key, value] : event.fields.items()) {
      if (!json.contains(key)) json[key] = value;
    }
  }
  return json;
}

std::string SerializeMessage(const Message& message) {
  return ToJson(message).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string SerializeEvent(const TranscriptEvent& event, std::string_view message_json) {
  auto quoted = [](const std::string& text) {
    return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  std::string out = "{\"type\":" + quoted(event.type);
  if (event.type == "session") out += ",\"version\":" + std::to_string(kTranscriptVersion);
  out += ",\"id\":" + quoted(event.id);
  if (event.type != "session") {
    out += ",\"parentId\":";
    out += event.parent_id ? quoted(*event.parent_id) : std::string("null");
  }
  out += ",\"timestamp\":\"" + IsoTimestamp(event.timestamp_ms) + "\"";
  if (!message_json.empty()) {
    out += ",\"message\":";
    out += message_json;
  } else if (event.message) {
    out += ",\"message\":" + SerializeMessage(*event.message);
  }
  if (event.fields.is_object()) {
    for (const auto& [key, value] : event.fields.items()) {
      if (key == "type" || key == "id" || key == "parentId" || key == "timestamp" ||
          key == "message" || key == "version") {
        continue;
      }
      out += "," + quoted(key) + ":" +
             value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
  }
  out += "}";
  return out;
}

Message MessageFromJson(const nlohmann::json& json) {
  Message message;
  message.role =
      ParseMessageRole(Get<std::string>(json, "role", "user")).value_or(MessageRole::kUser);
  if (const auto it = json.find("content"); it != json.end()) message.content = *it;
  if (const auto it = json.find("timestamp"); it != json.end()) {
    message.timestamp_ms = TimestampOf(*it);
  }
  if (json.contains("idempotencyKey")) {
    message.idempotency_key = Get<std::string>(json, "idempotencyKey", "");
  }
  message.api = Get<std::string>(json, "api", "");
  message.provider = Get<std::string>(json, "provider", "");
  message.model = Get<std::string>(json, "model", "");
  if (const auto it = json.find("usage"); it != json.end() && it->is_object()) {
    Usage u;
    u.input = Get<std::int64_t>(*it, "input", 0);
    u.output = Get<std::int64_t>(*it, "output", 0);
    u.cache_read = Get<std::int64_t>(*it, "cacheRead", 0);
    u.cache_write = Get<std::int64_t>(*it, "cacheWrite", 0);
    u.total_tokens = Get<std::int64_t>(*it, "totalTokens", 0);
    if (const auto c = it->find("cost"); c != it->end() && c->is_object()) {
      u.cost = {Get<double>(*c, "input", 0), Get<double>(*c, "output", 0),
                Get<double>(*c, "cacheRead", 0), Get<double>(*c, "cacheWrite", 0),
                Get<double>(*c, "total", 0)};
    }
    message.usage = u;
  }
  if (json.contains("stopReason")) {
    message.stop_reason = ParseStopReason(Get<std::string>(json, "stopReason", ""));
  }
  if (json.contains("errorMessage")) {
    message.error_message = Get<std::string>(json, "errorMessage", "");
  }
  message.tool_call_id = Get<std::string>(json, "toolCallId", "");
  message.tool_name = Get<std::string>(json, "toolName", "");
  if (const auto it = json.find("details"); it != json.end()) message.details = *it;
  message.is_error = Get<bool>(json, "isError", false);
  return message;
}

TranscriptEvent EventFromJson(const nlohmann::json& json) {
  if (!json.is_object())
    throw nlohmann::json::type_error::create(302, "event is not an object", &json);
  TranscriptEvent event;
  event.type = Get<std::string>(json, "type", "message");
  event.id = Get<std::string>(json, "id", "");
  if (const auto it = json.find("parentId"); it != json.end() && it->is_string()) {
    event.parent_id = it->get<std::string>();
  }
  if (const auto it = json.find("timestamp"); it != json.end()) {
    event.timestamp_ms = TimestampOf(*it);
  }
  if (const auto it = json.find("message"); it != json.end() && it->is_object()) {
    event.message = MessageFromJson(*it);
  }
  for (const auto& [key, value] : json.items()) {
    if (key == "type" || key == "id" || key == "parentId" || key == "timestamp" ||
        key == "message" || (event.type == "session" && key == "version")) {
      continue;
    }
    event.fields[key] = value;
  }
  return event;
}

std::string MessageText(const Message& message) {
  if (message.content.is_string()) return message.content.get<std::string>();
  std::string text;
  if (!message.content.is_array()) return text;
  for (const auto& block : message.content) {
    if (block.is_object() && block.value("type", "") == "text") {
      if (!text.empty()) text += '\n';
      text += block.value("text", "");
    }
  }
  return text;
}

}  // namespace gateway::domain::sessions
