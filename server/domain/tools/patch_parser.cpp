#include "server/domain/tools/patch_parser.hpp"

#include <algorithm>
#include <array>
#include <functional>

#include "server/domain/tools/tool.hpp"

namespace gateway::domain::tools {
namespace {

constexpr std::string_view kBegin = "*** Begin Patch";
constexpr std::string_view kEnd = "*** End Patch";
constexpr std::string_view kAdd = "*** Add File: ";
constexpr std::string_view kDelete = "*** Delete File: ";
constexpr std::string_view kUpdate = "*** Update File: ";
constexpr std::string_view kMove = "*** Move to: ";
constexpr std::string_view kEndOfFile = "*** End of File";

std::string_view Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

std::string_view TrimEnd(std::string_view text) {
  const auto last = text.find_last_not_of(" \t\r\n");
  return last == std::string_view::npos ? std::string_view{} : text.substr(0, last + 1);
}

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (;;) {
    const auto end = text.find('\n', start);
    std::string_view line =
        text.substr(start, end == std::string_view::npos ? text.npos : end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.emplace_back(line);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

[[noreturn]] void HunkError(std::size_t line, const std::string& message) {
  throw ToolFailure("Invalid patch hunk at line " + std::to_string(line) + ": " + message);
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::vector<PatchHunk> ParsePatch(std::string_view input) {
  auto lines = Lines(Trim(input));
  // A wrapping heredoc (<<EOF, <<'EOF', <<"EOF" … EOF) is tolerated.
  if (lines.size() >= 2 && StartsWith(Trim(lines.front()), "<<") && Trim(lines.back()) == "EOF") {
    lines.erase(lines.begin());
    lines.pop_back();
  }
  if (lines.empty() || Trim(lines.front()) != kBegin) {
    throw ToolFailure("The first line of the patch must be '*** Begin Patch'");
  }
  if (Trim(lines.back()) != kEnd) {
    throw ToolFailure("The last line of the patch must be '*** End Patch'");
  }
  std::vector<PatchHunk> hunks;
  std::size_t i = 1;
  const std::size_t last = lines.size() - 1;
  while (i < last) {
    const std::string header(Trim(lines[i]));
    const std::size_t header_line = i + 1;
    PatchHunk hunk;
    if (StartsWith(header, kAdd)) {
      hunk.kind = PatchHunk::Kind::kAdd;
      hunk.path = header.substr(kAdd.size());
      ++i;
      while (i < last && StartsWith(lines[i], "+")) hunk.contents += lines[i++].substr(1) + "\n";
    } else if (StartsWith(header, kDelete)) {
      hunk.kind = PatchHunk::Kind::kDelete;
      hunk.path = header.substr(kDelete.size());
      ++i;
    } else if (StartsWith(header, kUpdate)) {
      hunk.kind = PatchHunk::Kind::kUpdate;
      hunk.path = header.substr(kUpdate.size());
      ++i;
      if (i < last && StartsWith(Trim(lines[i]), kMove)) {
        hunk.move_to = std::string(Trim(lines[i]).substr(kMove.size()));
        ++i;
      }
      while (i < last && !StartsWith(lines[i], "***")) {
        const std::string& line = lines[i];
        PatchChunk chunk;
        if (line == "@@" || StartsWith(line, "@@ ")) {
          if (line.size() > 3) chunk.context = line.substr(3);
          ++i;
        } else if (!hunk.chunks.empty() ||
                   !(line.empty() || line[0] == ' ' || line[0] == '+' || line[0] == '-')) {
          HunkError(i + 1,
                    "Expected update hunk to start with a @@ context marker, got: '" + line + "'");
        }
        while (i < last) {
          const std::string& body = lines[i];
          if (Trim(body) == kEndOfFile) {
            chunk.end_of_file = true;
            ++i;
            break;
          }
          if (StartsWith(body, "@@") || StartsWith(body, "***")) break;
          if (body.empty()) {
            chunk.old_lines.emplace_back();
            chunk.new_lines.emplace_back();
          } else if (body[0] == ' ') {
            chunk.old_lines.push_back(body.substr(1));
            chunk.new_lines.push_back(body.substr(1));
          } else if (body[0] == '-') {
            chunk.old_lines.push_back(body.substr(1));
          } else if (body[0] == '+') {
            chunk.new_lines.push_back(body.substr(1));
          } else {
            HunkError(i + 1, "Unexpected line found in update hunk: '" + body +
                                 "'. Every line should start with ' ' (context line), '+' "
                                 "(added line), or '-' (removed line)");
          }
          ++i;
        }
        if (chunk.old_lines.empty() && chunk.new_lines.empty()) {
          HunkError(i, "Update hunk for path '" + hunk.path + "' has an empty chunk");
        }
        hunk.chunks.push_back(std::move(chunk));
      }
      if (hunk.chunks.empty()) {
        HunkError(header_line, "Update file hunk for path '" + hunk.path + "' is empty");
      }
    } else {
      HunkError(header_line, "'" + header +
                                 "' is not a valid hunk header. Valid hunk headers: '*** Add "
                                 "File: {path}', '*** Delete File: {path}', '*** Update File: "
                                 "{path}'");
    }
    if (Trim(hunk.path).empty()) HunkError(header_line, "'" + header + "' names no path");
    hunks.push_back(std::move(hunk));
  }
  return hunks;
}

namespace {

using LineEq = std::function<bool(std::string_view, std::string_view)>;

std::optional<std::size_t> Seek(const std::vector<std::string>& lines,
                                const std::vector<std::string>& pattern, std::size_t from,
                                bool end_of_file) {
  if (pattern.empty()) return from;
  if (pattern.size() > lines.size()) return std::nullopt;
  const std::array<LineEq, 3> passes{
      [](std::string_view a, std::string_view b) { return a == b; },
      [](std::string_view a, std::string_view b) { return TrimEnd(a) == TrimEnd(b); },
      [](std::string_view a, std::string_view b) { return Trim(a) == Trim(b); },
  };
  const std::size_t last_start = lines.size() - pattern.size();
  for (const auto& equal : passes) {
    auto matches = [&](std::size_t start) {
      for (std::size_t k = 0; k < pattern.size(); ++k) {
        if (!equal(lines[start + k], pattern[k])) return false;
      }
      return true;
    };
    if (end_of_file && last_start >= from && matches(last_start)) return last_start;
    for (std::size_t start = from; start <= last_start; ++start) {
      if (matches(start)) return start;
    }
  }
  return std::nullopt;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

}  // namespace

std::string ApplyChunks(const std::string& original, const std::vector<PatchChunk>& chunks,
                        const std::string& path) {
  auto lines = Lines(original);
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  struct Change {
    std::size_t start, length;
    std::vector<std::string> replacement;
  };
  std::vector<Change> changes;
  std::size_t index = 0;
  for (const auto& chunk : chunks) {
    if (chunk.context) {
      auto at = Seek(lines, {*chunk.context}, index, false);
      if (!at) throw ToolFailure("Failed to find context '" + *chunk.context + "' in " + path);
      index = *at + 1;
    }
    if (chunk.old_lines.empty()) {
      changes.push_back({lines.size(), 0, chunk.new_lines});
      continue;
    }
    auto pattern = chunk.old_lines;
    auto replacement = chunk.new_lines;
    auto at = Seek(lines, pattern, index, chunk.end_of_file);
    if (!at && !pattern.empty() && pattern.back().empty()) {
      pattern.pop_back();
      if (!replacement.empty() && replacement.back().empty()) replacement.pop_back();
      at = Seek(lines, pattern, index, chunk.end_of_file);
    }
    if (!at) {
      std::string expected;
      for (const auto& line : chunk.old_lines) expected += line + "\n";
      throw ToolFailure("Failed to find expected lines in " + path + ":\n" + expected);
    }
    changes.push_back({*at, pattern.size(), std::move(replacement)});
    index = *at + pattern.size();
  }
  std::stable_sort(changes.begin(), changes.end(),
                   [](const Change& a, const Change& b) { return a.start < b.start; });
  for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
    lines.erase(lines.begin() + static_cast<long>(it->start),
                lines.begin() + static_cast<long>(it->start + it->length));
    lines.insert(lines.begin() + static_cast<long>(it->start), it->replacement.begin(),
                 it->replacement.end());
  }
  return Join(lines);
}

}  // namespace gateway::domain::tools
