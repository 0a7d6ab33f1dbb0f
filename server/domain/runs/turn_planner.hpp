// What a turn needs from the configuration: the model chain, the thinking level, the system prompt
// from the agent's workspace bootstrap files, the reset policy and the run budget; and the history
// the model sees, trimmed to its context window.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "server/config/live_config.hpp"
#include "server/domain/runs/run_types.hpp"
#include "server/domain/sessions/session_store.hpp"
#include "server/domain/tools/tool_policy.hpp"
#include "server/providers/model_types.hpp"

namespace gateway::domain::runs {

// Each workspace bootstrap file (config/workspace_files.hpp) is cut to this many bytes (on a
// character boundary) in the system prompt.
inline constexpr std::size_t kBootstrapFileMaxBytes = 20000;
// The prompt of a bare /new or /reset (a fresh session greets the user).
inline constexpr std::string_view kBareResetPrompt =
    "A new session was started via /new or /reset. Greet the user briefly and ask what they "
    "want to do.";

// How a compaction summary opens the history the model sees.
inline constexpr std::string_view kSummaryPreamble = "[Summary of the earlier conversation]\n";

struct ModelPlan {
  std::vector<std::string> chain;  // "provider/model" refs in the order tried
  bool strict = false;             // a user selection: no fallback
};

// /new and /reset typed as a message (case-insensitive, optionally followed by whitespace and
// text).
struct ResetCommand {
  std::string reason;  // "new" or "reset"
  std::string rest;    // the text after the command, trimmed
};
std::optional<ResetCommand> ParseResetCommand(std::string_view message);

class TurnPlanner {
 public:
  TurnPlanner(const config::LiveConfig& config, std::filesystem::path default_workspace,
              std::filesystem::path home);

  // An override (strict), else the session's user-selected model (strict), else the agent's model
  // followed by its fallbacks.
  ModelPlan Models(const RunRequest& request, const sessions::SessionRow& row) const;
  // The request's level, else the session's thinkingLevel, else agents.defaults.thinkingDefault.
  providers::ThinkingLevel Thinking(const RunRequest& request,
                                    const sessions::SessionRow& row) const;
  // Blocking (reads the workspace): identity, bootstrap files, the caller's extra prompt.
  std::string SystemPrompt(const std::string& agent_id, const std::string& extra) const;
  // The agent's workspace (the tools' working root) and `~`.
  std::filesystem::path Workspace(const std::string& agent_id) const;
  const std::filesystem::path& home() const { return home_; }
  // The tool policy of a run of `agent_id` on provider/model over the tools that exist.
  tools::ToolSettings ToolSettings(const std::string& agent_id, const std::string& provider,
                                   const std::string& model,
                                   const std::vector<std::string>& available) const;
  sessions::ResetConfig reset_config() const;
  std::chrono::milliseconds default_timeout() const;
  int max_concurrent() const;

 private:
  const config::LiveConfig& config_;  // read afresh by each call
  const std::filesystem::path default_workspace_;
  const std::filesystem::path home_;
};

// The transcript as model messages (user, assistant with tool calls, tool results; a compaction
// entry replaces everything before it with its summary), oldest first,
// without the oldest ones that do not fit `budget_tokens` (estimated at 4 bytes a token); the
// newest message is always kept.
std::vector<providers::Message> HistoryForModel(
    const std::vector<sessions::TranscriptEvent>& events, std::int64_t budget_tokens);

}  // namespace gateway::domain::runs
