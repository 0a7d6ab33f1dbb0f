// The reference gateway's session records, translated into ours: its `SessionEntry` (the
// `entry_json` of session_nodes, or a value of the legacy sessions.json) becomes a SessionRow, its
// transcript lines become TranscriptEvents. Shared by both readers.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "server/domain/sessions/session_store.hpp"

namespace gateway::domain::sessions::import {

// What one reader found in one agent's store.
struct AgentImport {
  std::string agent_id;
  std::string source;  // the file read
  std::vector<ImportedSession> sessions;
  std::vector<std::string> problems;  // per-session or per-line issues, skipped
};

// A SessionRow from a SessionEntry; nullopt (with `problem` set) when it has no usable sessionId.
std::optional<SessionRow> RowFromEntry(const std::string& key, const nlohmann::json& entry,
                                       const std::string& agent_id, std::string* problem);

// A transcript line of the reference (header, message, reset, compaction, …); nullopt for lines
// that only steer its branch view (`leaf`). Messages with roles we do not store (custom,
// bashExecution) become `custom` entries that keep the original message.
std::optional<TranscriptEvent> EventFromLine(const nlohmann::json& line);

// Numbers the events from 1 (the header first, synthesized from the row when missing) and points
// the row's visible window at the last reset boundary.
void FinishSession(ImportedSession& session, const std::string& cwd);

}  // namespace gateway::domain::sessions::import
