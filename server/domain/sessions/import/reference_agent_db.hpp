// Reads the reference gateway's per-agent store, <state>/agents/<id>/agent/openclaw-agent.sqlite
// (methods.md §5.4), read-only: session_nodes rows (their entry_json) and each current window's
// transcript_events, whose payload is event_json or a single zstd frame of it (event_zstd, agent
// schema 23 and later).
#pragma once

#include <expected>
#include <filesystem>
#include <string>

#include "server/domain/sessions/import/reference_entry.hpp"

namespace gateway::domain::sessions::import {

inline constexpr const char* kReferenceAgentDbName = "openclaw-agent.sqlite";

std::expected<AgentImport, std::string> ReadReferenceAgentDb(const std::filesystem::path& path,
                                                             const std::string& agent_id,
                                                             const std::string& cwd);

}  // namespace gateway::domain::sessions::import
