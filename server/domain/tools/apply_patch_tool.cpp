#include "server/domain/tools/apply_patch_tool.hpp"

#include <filesystem>
#include <map>
#include <vector>

#include "server/domain/tools/file_io.hpp"
#include "server/domain/tools/file_tools.hpp"
#include "server/domain/tools/patch_parser.hpp"
#include "server/domain/tools/workspace_path.hpp"

namespace gateway::domain::tools {
namespace {

namespace fs = std::filesystem;

// One planned file change; everything is resolved and computed before anything is written, so a
// patch that fails half-way changes nothing.
struct Planned {
  enum class Op { kWrite, kDelete } op = Op::kWrite;
  fs::path path;
  std::string content;
};

class ApplyPatchTool final : public Tool {
 public:
  std::string_view name() const override { return "apply_patch"; }
  std::string_view description() const override {
    return "Apply a patch: '*** Begin Patch', then hunks '*** Add File: <path>' (lines '+'), "
           "'*** Delete File: <path>', '*** Update File: <path>' (optional '*** Move to: <path>', "
           "then '@@ <context>' chunks of ' ', '-', '+' lines), then '*** End Patch'.";
  }
  const nlohmann::json& parameters() const override {
    static const nlohmann::json schema = {
        {"type", "object"},
        {"required", {"input"}},
        {"properties", {{"input", {{"type", "string"}, {"description", "The whole patch text"}}}}}};
    return schema;
  }

  ToolResult Run(const nlohmann::json& args, const ToolContext& context) const override {
    const std::string input = args.at("input").get<std::string>();
    if (input.find_first_not_of(" \t\r\n") == std::string::npos) {
      throw ToolFailure("Provide a patch input.");
    }
    const auto hunks = ParsePatch(input);
    if (hunks.empty()) throw ToolFailure("No files were modified.");
    auto resolve = [&](const std::string& raw) {
      return ResolveToolPath({raw, context.workspace, context.home, context.patch_workspace_only});
    };
    const bool no_follow = context.patch_workspace_only;
    std::vector<Planned> plan;
    std::vector<std::string> added, modified, deleted, unchanged;
    for (const auto& hunk : hunks) {
      const fs::path path = resolve(hunk.path);
      switch (hunk.kind) {
        case PatchHunk::Kind::kAdd: {
          std::error_code error;
          if (fs::exists(fs::symlink_status(path, error))) {
            throw ToolFailure("Cannot add " + hunk.path + ": the file already exists.");
          }
          plan.push_back({Planned::Op::kWrite, path, hunk.contents});
          added.push_back(hunk.path);
          break;
        }
        case PatchHunk::Kind::kDelete: {
          std::error_code error;
          if (!fs::is_regular_file(path, error)) {
            throw ToolFailure("Cannot delete " + hunk.path + ": no such file.");
          }
          plan.push_back({Planned::Op::kDelete, path, {}});
          deleted.push_back(hunk.path);
          break;
        }
        case PatchHunk::Kind::kUpdate: {
          auto original = ReadWholeFile(path, no_follow);
          if (!original) throw ToolFailure("Cannot update " + hunk.path + ": no such file.");
          const std::string text = NormalizeText(*original);
          std::string updated = ApplyChunks(text, hunk.chunks, hunk.path);
          if (hunk.move_to) {
            const fs::path target = resolve(*hunk.move_to);
            plan.push_back({Planned::Op::kWrite, target, std::move(updated)});
            plan.push_back({Planned::Op::kDelete, path, {}});
            modified.push_back(*hunk.move_to);
          } else if (updated == text) {
            unchanged.push_back(hunk.path);
          } else {
            plan.push_back({Planned::Op::kWrite, path, std::move(updated)});
            modified.push_back(hunk.path);
          }
          break;
        }
      }
    }
    if (added.empty() && modified.empty() && deleted.empty()) {
      std::string list;
      for (const auto& path : unchanged) list += (list.empty() ? "" : ", ") + path;
      return {"No changes made to " + list + ".", false, {{"changed", false}}};
    }
    for (const auto& step : plan) {
      if (step.op == Planned::Op::kWrite) {
        WriteWholeFile(step.path, step.content, no_follow);
      } else {
        RemoveFile(step.path);
      }
    }
    std::string out = "Success. Updated the following files:";
    for (const auto& path : added) out += "\nA " + path;
    for (const auto& path : modified) out += "\nM " + path;
    for (const auto& path : deleted) out += "\nD " + path;
    return {
        std::move(out), false, {{"added", added}, {"modified", modified}, {"deleted", deleted}}};
  }
};

}  // namespace

std::unique_ptr<Tool> MakeApplyPatchTool() { return std::make_unique<ApplyPatchTool>(); }

}  // namespace gateway::domain::tools
