#include "server/domain/tools/exec/command_analysis.hpp"

#include <fnmatch.h>
#include <unistd.h>

#include <algorithm>
#include <sstream>

namespace gateway::domain::tools {
namespace {

namespace fs = std::filesystem;

bool IsAssignment(const std::string& word) {
  const auto eq = word.find('=');
  if (eq == std::string::npos || eq == 0) return false;
  return std::all_of(word.begin(), word.begin() + static_cast<long>(eq), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

std::string Resolve(const std::string& program, const fs::path& cwd, const std::string& path_env) {
  std::error_code ec;
  auto executable = [&](const fs::path& candidate) -> std::string {
    if (::access(candidate.c_str(), X_OK) != 0 || fs::is_directory(candidate, ec)) return "";
    auto real = fs::canonical(candidate, ec);
    return ec ? "" : real.string();
  };
  if (program.find('/') != std::string::npos) {
    fs::path candidate(program);
    return executable(candidate.is_absolute() ? candidate : cwd / candidate);
  }
  std::stringstream dirs(path_env);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    if (auto found = executable(fs::path(dir) / program); !found.empty()) return found;
  }
  return "";
}

bool Glob(const std::string& pattern, const std::string& text) {
  return ::fnmatch(pattern.c_str(), text.c_str(), 0) == 0;
}

std::string ExpandHome(const std::string& pattern, const fs::path& home) {
  if (pattern.rfind("~/", 0) == 0) return (home / pattern.substr(2)).string();
  return pattern;
}

bool EntryMatches(const nlohmann::json& entry, const CommandSegment& segment,
                  const fs::path& home) {
  const std::string pattern = entry.value("pattern", "");
  if (pattern.empty() || segment.resolved.empty()) return false;
  bool matched = false;
  if (pattern == "*") {
    matched = true;
  } else if (pattern.find_first_of("/\\~") != std::string::npos) {
    matched = Glob(ExpandHome(pattern, home), segment.resolved);
  } else if (!segment.typed_with_path) {
    matched = Glob(pattern, fs::path(segment.resolved).filename().string()) ||
              Glob(pattern, segment.argv.front());
  }
  if (!matched) return false;
  auto arg_pattern = entry.find("argPattern");
  if (arg_pattern == entry.end() || !arg_pattern->is_string()) return true;
  return Glob(arg_pattern->get<std::string>(), JoinArguments(segment));
}

bool IsSafeBin(const CommandSegment& segment, const std::vector<std::string>& safe_bins) {
  if (segment.resolved.empty() || segment.typed_with_path) return false;
  const fs::path resolved(segment.resolved);
  const std::string dir = resolved.parent_path().string();
  if (dir != "/bin" && dir != "/usr/bin") return false;
  const std::string name = resolved.filename().string();
  if (std::find(safe_bins.begin(), safe_bins.end(), segment.argv.front()) == safe_bins.end() &&
      std::find(safe_bins.begin(), safe_bins.end(), name) == safe_bins.end()) {
    return false;
  }
  // Stdin-only: no argument may name an existing file.
  std::error_code ec;
  for (std::size_t i = 1; i < segment.argv.size(); ++i) {
    const auto& arg = segment.argv[i];
    if (!arg.empty() && arg[0] != '-' && fs::exists(arg, ec)) return false;
  }
  return true;
}

}  // namespace

CommandAnalysis AnalyzeCommand(const std::string& command, const fs::path& cwd,
                               const std::string& path_env) {
  CommandAnalysis analysis;
  std::vector<std::vector<std::string>> words(1);
  std::string word;
  bool in_word = false;
  auto end_word = [&] {
    if (in_word) words.back().push_back(std::move(word));
    word.clear();
    in_word = false;
  };
  auto end_segment = [&] {
    end_word();
    if (!words.back().empty()) words.emplace_back();
  };
  for (std::size_t i = 0; i < command.size(); ++i) {
    const char c = command[i];
    if (c == '\'') {
      const auto close = command.find('\'', i + 1);
      if (close == std::string::npos) return {false, {}};
      word += command.substr(i + 1, close - i - 1);
      in_word = true;
      i = close;
    } else if (c == '"') {
      std::size_t j = i + 1;
      for (; j < command.size() && command[j] != '"'; ++j) {
        if (command[j] == '`' ||
            (command[j] == '$' && j + 1 < command.size() && command[j + 1] == '(')) {
          analysis.bindable = false;
        }
        if (command[j] == '\\' && j + 1 < command.size()) ++j;
        word += command[j];
      }
      if (j >= command.size()) return {false, {}};
      in_word = true;
      i = j;
    } else if (c == '\\' && i + 1 < command.size()) {
      word += command[++i];
      in_word = true;
    } else if (c == ' ' || c == '\t') {
      end_word();
    } else if (c == '|' || c == ';' || c == '&' || c == '\n') {
      end_segment();
    } else if (c == '>' || c == '<' || c == '(' || c == ')' || c == '`' ||
               (c == '$' && i + 1 < command.size() && command[i + 1] == '(')) {
      analysis.bindable = false;
      word += c;
      in_word = true;
    } else {
      word += c;
      in_word = true;
    }
  }
  end_word();
  static const std::vector<std::string> kShells = {"sh", "bash", "zsh", "dash", "ksh"};
  for (auto& argv : words) {
    while (!argv.empty() && IsAssignment(argv.front())) argv.erase(argv.begin());
    if (argv.empty()) continue;
    CommandSegment segment;
    segment.argv = std::move(argv);
    segment.typed_with_path = segment.argv.front().find('/') != std::string::npos;
    segment.resolved = Resolve(segment.argv.front(), cwd, path_env);
    const std::string base = fs::path(segment.argv.front()).filename().string();
    if (std::count(kShells.begin(), kShells.end(), base) &&
        std::count(segment.argv.begin(), segment.argv.end(), "-c")) {
      analysis.bindable = false;
    }
    analysis.segments.push_back(std::move(segment));
  }
  if (analysis.segments.empty()) analysis.bindable = false;
  return analysis;
}

std::string JoinArguments(const CommandSegment& segment) {
  std::string out;
  for (std::size_t i = 1; i < segment.argv.size(); ++i) {
    if (i > 1) out += ' ';
    out += segment.argv[i];
  }
  return out;
}

std::string EscapeGlob(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

bool AllowlistSatisfied(const CommandAnalysis& analysis, const AllowlistContext& context) {
  if (!analysis.bindable || analysis.segments.empty()) return false;
  static const std::vector<nlohmann::json> kNone;
  static const std::vector<std::string> kNoBins;
  const auto& allowlist = context.allowlist ? *context.allowlist : kNone;
  const auto& safe_bins = context.safe_bins ? *context.safe_bins : kNoBins;
  for (const auto& segment : analysis.segments) {
    const bool listed = std::any_of(allowlist.begin(), allowlist.end(), [&](const auto& entry) {
      return EntryMatches(entry, segment, context.home);
    });
    if (!listed && !IsSafeBin(segment, safe_bins)) return false;
  }
  return true;
}

}  // namespace gateway::domain::tools
