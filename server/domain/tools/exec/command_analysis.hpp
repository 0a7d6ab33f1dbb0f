// What an exec command runs, for allowlist matching (methods.md §13.1 step 2): the command split
// into pipeline/list segments, each segment's argv and its executable resolved on PATH. Shell
// constructs whose effect cannot be bound to a plain argv (redirections, command substitution,
// subshells, `sh -c` wrappers) make the command unbindable: it is never allowlist-satisfied and
// is refused rather than put up for approval.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace gateway::domain::tools {

struct CommandSegment {
  std::vector<std::string> argv;  // after leading VAR=value assignments
  std::string resolved;           // real path of the executable; "" when not found
  bool typed_with_path = false;   // argv[0] contains '/'
};

struct CommandAnalysis {
  bool bindable = true;
  std::vector<CommandSegment> segments;
};

CommandAnalysis AnalyzeCommand(const std::string& command, const std::filesystem::path& cwd,
                               const std::string& path_env);

// The arguments of a segment as one string (argPattern matching and allow-always entries).
std::string JoinArguments(const CommandSegment& segment);
// `text` with glob metacharacters escaped (an allow-always argPattern matches only itself).
std::string EscapeGlob(const std::string& text);

struct AllowlistContext {
  const std::vector<nlohmann::json>* allowlist = nullptr;
  const std::vector<std::string>* safe_bins = nullptr;
  std::filesystem::path home;
};

// Every segment matches an allowlist entry or is a safe bin.
bool AllowlistSatisfied(const CommandAnalysis& analysis, const AllowlistContext& context);

}  // namespace gateway::domain::tools
