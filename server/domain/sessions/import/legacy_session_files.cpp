#include "server/domain/sessions/import/legacy_session_files.hpp"

#include <fstream>
#include <sstream>

namespace gateway::domain::sessions::import {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The transcript of an entry: its sessionFile (relative, or absolute inside the folder), else
// <sessionId>.jsonl; nullopt for a path that leaves the folder.
std::optional<fs::path> TranscriptPath(const fs::path& dir, const json& entry,
                                       const std::string& session_id) {
  fs::path file = dir / (session_id + ".jsonl");
  if (const auto it = entry.find("sessionFile"); it != entry.end() && it->is_string()) {
    const fs::path named = it->get<std::string>();
    file = named.is_absolute() ? named : dir / named;
  }
  std::error_code error;
  const auto base = fs::weakly_canonical(dir, error);
  const auto resolved = fs::weakly_canonical(file, error);
  if (error) return std::nullopt;
  const auto relative = resolved.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") return std::nullopt;
  return resolved;
}

}  // namespace

std::expected<AgentImport, std::string> ReadLegacySessions(const fs::path& sessions_dir,
                                                           const std::string& agent_id,
                                                           const std::string& cwd) {
  AgentImport result;
  result.agent_id = agent_id;
  const auto index_path = sessions_dir / kLegacyIndexName;
  result.source = index_path.string();
  std::ifstream index_file(index_path);
  if (!index_file) return std::unexpected("cannot read " + index_path.string());
  std::stringstream buffer;
  buffer << index_file.rdbuf();
  const json index = json::parse(buffer.str(), nullptr, false);
  if (!index.is_object()) return std::unexpected(index_path.string() + " is not a JSON object");

  for (const auto& [key, entry] : index.items()) {
    std::string problem;
    auto row = RowFromEntry(key, entry, agent_id, &problem);
    if (!row) {
      result.problems.push_back(problem);
      continue;
    }
    ImportedSession session{.row = std::move(*row), .events = {}};
    const auto path = TranscriptPath(sessions_dir, entry, session.row.session_id);
    if (!path) {
      result.problems.push_back(key + ": its sessionFile is outside " + sessions_dir.string());
    } else if (std::ifstream lines(*path); lines) {
      std::size_t bad_lines = 0;
      for (std::string text; std::getline(lines, text);) {
        if (text.empty()) continue;
        try {
          if (auto event = EventFromLine(json::parse(text))) {
            session.events.push_back(std::move(*event));
          }
        } catch (const json::exception&) {
          ++bad_lines;  // a torn last line, say
        }
      }
      if (bad_lines > 0) {
        result.problems.push_back(key + ": " + std::to_string(bad_lines) +
                                  " unreadable transcript lines skipped");
      }
    } else {
      result.problems.push_back(key + ": no transcript at " + path->string());
    }
    FinishSession(session, cwd);
    result.sessions.push_back(std::move(session));
  }
  return result;
}

}  // namespace gateway::domain::sessions::import
