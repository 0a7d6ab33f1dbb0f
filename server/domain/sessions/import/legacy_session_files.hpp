// Reads the reference gateway's legacy store, <state>/agents/<id>/sessions/sessions.json (a map
// from session key to SessionEntry) and each entry's `<sessionId>.jsonl` transcript (or its
// `sessionFile`, which must stay inside the sessions folder).
#pragma once

#include <expected>
#include <filesystem>
#include <string>

#include "server/domain/sessions/import/reference_entry.hpp"

namespace gateway::domain::sessions::import {

inline constexpr const char* kLegacyIndexName = "sessions.json";

std::expected<AgentImport, std::string> ReadLegacySessions(
    const std::filesystem::path& sessions_dir, const std::string& agent_id, const std::string& cwd);

}  // namespace gateway::domain::sessions::import
