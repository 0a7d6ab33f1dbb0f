#include "server/domain/sessions/import/reference_entry.hpp"

#include "server/domain/sessions/session_key.hpp"

namespace gateway::domain::sessions::import {
namespace {

using nlohmann::json;

std::optional<std::string> Text(const json& object, const char* name) {
  const auto it = object.find(name);
  if (it == object.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::optional<std::int64_t> Number(const json& object, const char* name) {
  const auto it = object.find(name);
  if (it == object.end() || !it->is_number()) return std::nullopt;
  return it->get<std::int64_t>();
}

// Per-session settings kept verbatim in SessionRow::overrides (their wire names).
constexpr const char* kOverrideNames[] = {
    "thinkingLevel", "fastMode",   "verboseLevel",  "traceLevel",     "reasoningLevel",
    "elevatedLevel", "sendPolicy", "responseUsage", "permissionMode", "groupActivation",
    "icon",          "color",      "category",      "statusNote",     "boardFace"};

bool StoredRole(const json& message) {
  const auto role = Text(message, "role");
  return role && ParseMessageRole(*role).has_value();
}

}  // namespace

std::optional<SessionRow> RowFromEntry(const std::string& key, const json& entry,
                                       const std::string& agent_id, std::string* problem) {
  if (!entry.is_object()) {
    *problem = key + ": the entry is not an object";
    return std::nullopt;
  }
  const auto session_id = Text(entry, "sessionId");
  if (!session_id) {
    *problem = key + ": no sessionId";
    return std::nullopt;
  }
  SessionRow row;
  row.key = key;
  row.session_id = *session_id;
  row.agent_id = agent_id;
  row.kind = KindOfKey(key);
  row.updated_at = Number(entry, "updatedAt").value_or(0);
  row.session_started_at = Number(entry, "sessionStartedAt").value_or(row.updated_at);
  row.created_at = Number(entry, "createdAt").value_or(row.session_started_at);
  row.last_interaction_at = Number(entry, "lastInteractionAt");
  row.last_activity_at = Number(entry, "lastActivityAt");
  row.channel = Text(entry, "channel");
  if (!row.channel) row.channel = Text(entry, "lastChannel");
  row.account_id = Text(entry, "lastAccountId");
  row.chat_type = Text(entry, "chatType");
  row.label = Text(entry, "label");
  row.display_name = Text(entry, "displayName");
  // An override the user chose wins over the model the last run used.
  if (const auto chosen = Text(entry, "modelOverride")) {
    const auto provider = Text(entry, "providerOverride");
    row.model = provider ? *provider + "/" + *chosen : *chosen;
    row.model_source = ModelSource::kUser;
  } else {
    row.model = Text(entry, "model");
    row.model_provider = Text(entry, "modelProvider");
  }
  row.input_tokens = Number(entry, "inputTokens").value_or(0);
  row.output_tokens = Number(entry, "outputTokens").value_or(0);
  row.total_tokens = Number(entry, "totalTokens").value_or(row.input_tokens + row.output_tokens);
  row.context_tokens = Number(entry, "contextTokens");
  if (const auto it = entry.find("estimatedCostUsd"); it != entry.end() && it->is_number()) {
    row.estimated_cost_usd = it->get<double>();
  }
  row.compaction_count = Number(entry, "compactionCount").value_or(0);
  row.archived = Number(entry, "archivedAt").has_value();
  row.pinned = Number(entry, "pinnedAt").has_value();
  row.spawned_by = Text(entry, "spawnedBy");
  row.parent_session_key = Text(entry, "parentSessionKey");
  for (const char* name : kOverrideNames) {
    if (const auto it = entry.find(name); it != entry.end() && !it->is_null()) {
      row.overrides[name] = *it;
    }
  }
  return row;
}

std::optional<TranscriptEvent> EventFromLine(const json& line) {
  if (!line.is_object()) return std::nullopt;
  const auto type = Text(line, "type");
  if (!type || *type == "leaf") return std::nullopt;
  if (*type == "message") {
    const auto message = line.find("message");
    if (message == line.end() || !message->is_object()) return std::nullopt;
    if (!StoredRole(*message)) {
      json custom = line;
      custom["type"] = "custom";
      custom["customType"] = "imported-message";
      custom["data"] = *message;
      custom.erase("message");
      return EventFromJson(custom);
    }
  }
  return EventFromJson(line);
}

void FinishSession(ImportedSession& session, const std::string& cwd) {
  auto& events = session.events;
  if (events.empty() || events.front().type != "session") {
    TranscriptEvent header;
    header.type = "session";
    header.id = session.row.session_id;
    header.timestamp_ms = session.row.session_started_at;
    header.fields = {{"version", kTranscriptVersion}, {"cwd", cwd}};
    events.insert(events.begin(), std::move(header));
  }
  std::int64_t seq = 0;
  session.row.window_start_seq = 0;
  for (auto& event : events) {
    event.seq = ++seq;
    if (event.type == "reset") session.row.window_start_seq = event.seq;
  }
}

}  // namespace gateway::domain::sessions::import
