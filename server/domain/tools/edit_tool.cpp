#include <algorithm>
#include <vector>

#include "server/domain/tools/file_io.hpp"
#include "server/domain/tools/file_tools.hpp"
#include "server/domain/tools/workspace_path.hpp"

namespace gateway::domain::tools {
namespace {

constexpr std::size_t kContentsPreview = 800;

struct Replacement {
  std::size_t index;  // in `edits`
  std::size_t at;     // byte offset in the original
  std::size_t length;
  std::string text;
};

std::size_t CountOccurrences(const std::string& text, const std::string& needle,
                             std::size_t* first) {
  std::size_t count = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    if (count == 0) *first = at;
    ++count;
  }
  return count;
}

class EditTool final : public Tool {
 public:
  std::string_view name() const override { return "edit"; }
  std::string_view description() const override {
    return "Edit a file by exact text replacement: each oldText must occur exactly once in the "
           "file; all edits apply to the original content.";
  }
  const nlohmann::json& parameters() const override {
    static const nlohmann::json schema = {
        {"type", "object"},
        {"required", {"path", "edits"}},
        {"properties",
         {{"path", {{"type", "string"}, {"description", "Path of the file to edit"}}},
          {"edits",
           {{"type", "array"},
            {"description", "Replacements, each matching exactly once in the original file"},
            {"items",
             {{"type", "object"},
              {"required", {"oldText", "newText"}},
              {"properties",
               {{"oldText", {{"type", "string"}, {"description", "Exact text to replace"}}},
                {"newText", {{"type", "string"}, {"description", "Replacement text"}}}}}}}}}}}};
    return schema;
  }

  // Also accepted: top-level oldText/newText, and `edits` as a JSON string.
  void Normalize(nlohmann::json& args) const override {
    if (!args.is_object()) return;
    if (auto edits = args.find("edits"); edits != args.end() && edits->is_string()) {
      auto parsed = nlohmann::json::parse(edits->get<std::string>(), nullptr, false);
      if (!parsed.is_discarded()) *edits = std::move(parsed);
    }
    if (!args.contains("edits") && args.contains("oldText") && args.contains("newText")) {
      args["edits"] =
          nlohmann::json::array({{{"oldText", args["oldText"]}, {"newText", args["newText"]}}});
      args.erase("oldText");
      args.erase("newText");
    }
  }

  ToolResult Run(const nlohmann::json& args, const ToolContext& context) const override {
    const std::string raw = args.at("path").get<std::string>();
    const auto& edits = args.at("edits");
    if (edits.empty()) {
      throw ToolFailure("Edit tool input is invalid. edits must contain at least one replacement.");
    }
    const auto path =
        ResolveToolPath({raw, context.workspace, context.home, context.fs_workspace_only});
    auto data = ReadWholeFile(path, context.fs_workspace_only);
    if (!data) throw ToolFailure("Could not edit file: " + raw + ". Error code: ENOENT.");
    const bool crlf = data->find("\r\n") != std::string::npos;
    const bool bom = data->rfind("\xEF\xBB\xBF", 0) == 0;
    const std::string original = NormalizeText(*data);

    std::vector<Replacement> replacements;
    for (std::size_t i = 0; i < edits.size(); ++i) {
      const std::string old_text = NormalizeText(edits[i].at("oldText").get<std::string>());
      const std::string new_text = NormalizeText(edits[i].at("newText").get<std::string>());
      std::size_t at = 0;
      const std::size_t count = old_text.empty() ? 0 : CountOccurrences(original, old_text, &at);
      if (count == 0) {
        throw ToolFailure("Could not find the exact text in " + raw +
                          ". The old text must match exactly including all whitespace and "
                          "newlines.\nCurrent file contents:\n" +
                          original.substr(0, kContentsPreview));
      }
      if (count > 1) {
        throw ToolFailure("Found " + std::to_string(count) + " occurrences of the text in " + raw +
                          ". The text must be unique. Please provide more context to make it "
                          "unique.");
      }
      replacements.push_back({i, at, old_text.size(), new_text});
    }
    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement& a, const Replacement& b) { return a.at < b.at; });
    for (std::size_t k = 1; k < replacements.size(); ++k) {
      const auto& before = replacements[k - 1];
      const auto& after = replacements[k];
      if (before.at + before.length > after.at) {
        const auto [i, j] = std::minmax(before.index, after.index);
        throw ToolFailure("edits[" + std::to_string(i) + "] and edits[" + std::to_string(j) +
                          "] overlap in " + raw +
                          ". Merge them into one edit or make their oldText ranges distinct.");
      }
    }
    std::string updated;
    std::size_t done = 0;
    for (const auto& replacement : replacements) {
      updated.append(original, done, replacement.at - done);
      updated += replacement.text;
      done = replacement.at + replacement.length;
    }
    updated.append(original, done);
    if (updated == original) {
      return {"No changes made to " + raw + ". The replacement text is identical to the original.",
              false,
              {{"path", path.string()}, {"changed", false}}};
    }
    std::string out = bom ? "\xEF\xBB\xBF" : "";
    if (crlf) {
      for (char c : updated) {
        if (c == '\n') out += '\r';
        out += c;
      }
    } else {
      out += updated;
    }
    WriteWholeFile(path, out, context.fs_workspace_only);
    return {"Successfully replaced " + std::to_string(replacements.size()) + " block(s) in " + raw +
                ".",
            false,
            {{"path", path.string()}, {"replaced", replacements.size()}}};
  }
};

}  // namespace

std::unique_ptr<Tool> MakeEditTool() { return std::make_unique<EditTool>(); }

}  // namespace gateway::domain::tools
