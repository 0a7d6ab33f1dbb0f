// `openclaw sessions import`: brings the reference gateway's sessions and transcripts into our
// store, read-only on the source (methods.md §5.4): per agent, its SQLite store
// (agents/<id>/agent/openclaw-agent.sqlite) or, when it has none, the legacy
// agents/<id>/sessions/sessions.json + *.jsonl. Idempotent: a session imported before is written
// again only while it is unchanged here; one that changed here, or that exists here as another
// conversation (another sessionId), is kept as it is.
#pragma once

#include <cstdint>
#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "server/config/paths.hpp"

namespace gateway::app {

struct SessionImportOptions {
  std::filesystem::path from;  // the reference gateway's state dir
  std::optional<std::string> agent_id;
  bool dry_run = false;
};

struct ImportedSource {
  std::string agent_id;
  std::string source;                 // the file read
  std::int64_t found = 0;             // sessions in the source
  std::int64_t imported = 0;          // written (or, in a dry run, that would be)
  std::vector<std::string> kept;      // keys left alone: they changed here
  std::vector<std::string> problems;  // skipped entries and lines, sources that failed
};

struct SessionImportReport {
  std::filesystem::path store_path;
  std::vector<ImportedSource> sources;
  std::int64_t events_written = 0;
};

std::expected<SessionImportReport, std::string> ImportReferenceSessions(
    const config::Paths& paths, const SessionImportOptions& options);

}  // namespace gateway::app
