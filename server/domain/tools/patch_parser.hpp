// The apply_patch envelope (methods.md §12.1 `parsePatchText`): `*** Begin Patch` … `*** End
// Patch` (a wrapping heredoc tolerated) with Add / Delete / Update (+ Move to) hunks, update
// hunks made of `@@` chunks of ' ' / '-' / '+' lines. Errors are the spec's texts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gateway::domain::tools {

struct PatchChunk {
  std::optional<std::string> context;  // the text after "@@ ", when given
  std::vector<std::string> old_lines;  // ' ' and '-' lines
  std::vector<std::string> new_lines;  // ' ' and '+' lines
  bool end_of_file = false;            // "*** End of File": anchored at the end
};

struct PatchHunk {
  enum class Kind { kAdd, kDelete, kUpdate };
  Kind kind = Kind::kAdd;
  std::string path;
  std::string contents;                // kAdd: the whole new file
  std::optional<std::string> move_to;  // kUpdate
  std::vector<PatchChunk> chunks;      // kUpdate
};

// Throws ToolFailure with the spec's message.
std::vector<PatchHunk> ParsePatch(std::string_view input);

// The lines of `original` with the chunks applied (codex's seek: exact, then ignoring trailing
// whitespace, then ignoring surrounding whitespace). Throws ToolFailure when a chunk's lines are
// not found.
std::string ApplyChunks(const std::string& original, const std::vector<PatchChunk>& chunks,
                        const std::string& path);

}  // namespace gateway::domain::tools
