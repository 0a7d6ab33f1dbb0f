#include "server/domain/tools/exec/approvals_merge.hpp"

#include <set>
#include <string>

#include "server/domain/tools/exec/approvals_store.hpp"
#include "server/platform/ids.hpp"

namespace gateway::domain::tools {
namespace {

using nlohmann::json;

constexpr const char* kSettings[] = {"security", "ask", "askFallback", "autoAllowSkills"};

const json& Field(const json& object, const std::string& key) {
  static const json kNull;
  if (!object.is_object()) return kNull;
  auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

// A string field as text; another value as its JSON (absent: "").
std::string Text(const json& object, const char* key) {
  const json& value = Field(object, key);
  if (value.is_null()) return "";
  return value.is_string() ? value.get<std::string>() : value.dump();
}

std::string EntryKey(const json& entry) {
  return Text(entry, "pattern") + '\0' + Text(entry, "argPattern");
}

std::string ToolKey(const json& tool) { return Text(tool, "server") + '\0' + Text(tool, "tool"); }

// The id of ours's entry for the same agent and (pattern, argPattern), or "".
std::string OurId(const json& ours, const std::string& agent_id, const json& entry) {
  const json& list = Field(Field(Field(ours, "agents"), agent_id), "allowlist");
  if (!list.is_array()) return "";
  for (const auto& candidate : list) {
    if (candidate.is_object() && EntryKey(candidate) == EntryKey(entry) &&
        Field(candidate, "id").is_string()) {
      return candidate["id"].get<std::string>();
    }
  }
  return "";
}

json KnownEntry(const json& in) {
  json out = json::object();
  for (const char* key : {"id", "pattern", "argPattern", "lastUsedCommand", "lastResolvedPath"}) {
    if (Field(in, key).is_string()) out[key] = in[key];
  }
  if (Field(in, "source") == "allow-always") out["source"] = "allow-always";
  if (Field(in, "lastUsedAt").is_number_integer()) out["lastUsedAt"] = in["lastUsedAt"];
  return out;
}

// Enum values were checked by NormalizeApprovalsDocument.
void CopySettings(const json& in, json& out) {
  for (const char* key : kSettings) {
    const json& value = Field(in, key);
    if (std::string(key) == "autoAllowSkills" ? value.is_boolean() : value.is_string()) {
      out[key] = value;
    }
  }
}

// The reference document reduced to the fields of ExecApprovalsFile, without its socket. Entries
// without an id take ours's id for the same entry (a new one otherwise), so that importing again
// finds nothing new.
json Sanitize(json theirs, const json& ours) {
  if (!theirs.is_object()) theirs = json::object();
  if (Field(theirs, "agents").is_object()) {
    for (auto& [agent_id, agent] : theirs["agents"].items()) {
      if (!Field(agent, "allowlist").is_array()) continue;
      for (auto& entry : agent["allowlist"]) {
        if (entry.is_string()) entry = json{{"pattern", entry.get<std::string>()}};
        // A placeholder that normalisation keeps; resolved below.
        if (entry.is_object() && !Field(entry, "id").is_string()) entry["id"] = "";
      }
    }
  }
  const json normalized = NormalizeApprovalsDocument(std::move(theirs));
  json out = {{"version", 1}};
  json defaults = json::object();
  CopySettings(Field(normalized, "defaults"), defaults);
  if (normalized.contains("defaults")) out["defaults"] = defaults;
  const json& agents = Field(normalized, "agents");
  if (!agents.is_object()) return out;
  out["agents"] = json::object();
  for (const auto& [agent_id, agent] : agents.items()) {
    json known = json::object();
    CopySettings(agent, known);
    if (Field(agent, "allowlist").is_array()) {
      known["allowlist"] = json::array();
      for (const auto& entry : agent["allowlist"]) {
        json clean = KnownEntry(entry);
        if (!clean.contains("pattern")) continue;
        if (Text(clean, "id").empty()) {
          const std::string ours_id = OurId(ours, agent_id, clean);
          clean["id"] = ours_id.empty() ? gateway::NewUuid() : ours_id;
        }
        known["allowlist"].push_back(std::move(clean));
      }
    }
    if (Field(agent, "mcpTools").is_array()) {
      known["mcpTools"] = json::array();
      for (const auto& tool : agent["mcpTools"]) {
        if (tool.is_object()) known["mcpTools"].push_back(tool);
      }
    }
    out["agents"][agent_id] = std::move(known);
  }
  return out;
}

std::set<std::string> Keys(const json& list, std::string (*key)(const json&)) {
  std::set<std::string> keys;
  if (!list.is_array()) return keys;
  for (const auto& item : list) {
    if (item.is_object()) keys.insert(key(item));
  }
  return keys;
}

// Ours's agent `agent_id`, created on first use.
json& AgentOf(json& document, const std::string& agent_id) {
  json& agents = document["agents"];
  if (!agents.is_object()) agents = json::object();
  json& agent = agents[agent_id];
  if (!agent.is_object()) agent = json::object();
  return agent;
}

json& ListOf(json& agent, const char* key) {
  json& list = agent[key];
  if (!list.is_array()) list = json::array();
  return list;
}

}  // namespace

ApprovalsMerge MergeReferenceApprovals(const json& ours, const json& theirs) {
  const json reference = Sanitize(theirs, ours);
  ApprovalsMerge merge;
  merge.document = ours.is_object() ? ours : json{{"version", 1}};
  json& result = merge.document;

  for (const auto& [key, value] : Field(reference, "defaults").items()) {
    if (!Field(result, "defaults").is_object()) result["defaults"] = json::object();
    if (result["defaults"].contains(key)) continue;
    result["defaults"][key] = value;
    ++merge.fields_filled;
  }
  for (const auto& [agent_id, agent] : Field(reference, "agents").items()) {
    for (const char* key : kSettings) {
      if (!agent.contains(key) || Field(Field(Field(result, "agents"), agent_id), key) != nullptr) {
        continue;
      }
      AgentOf(result, agent_id)[key] = agent[key];
      ++merge.fields_filled;
    }
    bool received = false;
    for (const auto& entry : Field(agent, "allowlist")) {
      const json& existing = Field(Field(Field(result, "agents"), agent_id), "allowlist");
      if (Keys(existing, EntryKey).contains(EntryKey(entry))) continue;
      json added = entry;
      std::set<std::string> ids;
      for (const auto& item : existing) ids.insert(Text(item, "id"));
      if (ids.contains(added["id"].get<std::string>())) added["id"] = gateway::NewUuid();
      ListOf(AgentOf(result, agent_id), "allowlist").push_back(std::move(added));
      ++merge.entries_added;
      received = true;
    }
    if (received) ++merge.agents_added_to;
    for (const auto& tool : Field(agent, "mcpTools")) {
      const json& existing = Field(Field(Field(result, "agents"), agent_id), "mcpTools");
      if (Keys(existing, ToolKey).contains(ToolKey(tool))) continue;
      ListOf(AgentOf(result, agent_id), "mcpTools").push_back(tool);
      ++merge.mcp_tools_added;
    }
  }
  merge.changed = result != ours;
  return merge;
}

ApprovalsMerge ReplaceWithReferenceApprovals(const json& ours, const json& theirs) {
  ApprovalsMerge merge;
  merge.document = Sanitize(theirs, ours);
  if (Field(ours, "socket").is_object()) merge.document["socket"] = ours["socket"];
  const json& before = Field(ours, "agents");
  const json& after = Field(merge.document, "agents");
  std::set<std::string> agent_ids;
  for (const auto& [agent_id, agent] : before.items()) agent_ids.insert(agent_id);
  for (const auto& [agent_id, agent] : after.items()) agent_ids.insert(agent_id);
  for (const auto& agent_id : agent_ids) {
    const auto had = Keys(Field(Field(before, agent_id), "allowlist"), EntryKey);
    const auto has = Keys(Field(Field(after, agent_id), "allowlist"), EntryKey);
    std::int64_t added = 0;
    for (const auto& key : has) added += had.contains(key) ? 0 : 1;
    for (const auto& key : had) merge.entries_removed += has.contains(key) ? 0 : 1;
    const auto had_tools = Keys(Field(Field(before, agent_id), "mcpTools"), ToolKey);
    for (const auto& key : Keys(Field(Field(after, agent_id), "mcpTools"), ToolKey)) {
      merge.mcp_tools_added += had_tools.contains(key) ? 0 : 1;
    }
    merge.entries_added += added;
    if (added > 0) ++merge.agents_added_to;
  }
  merge.changed = merge.document != ours;
  return merge;
}

}  // namespace gateway::domain::tools
