#include <algorithm>
#include <filesystem>
#include <vector>

#include "server/domain/tools/file_tools.hpp"
#include "server/domain/tools/workspace_path.hpp"

namespace gateway::domain::tools {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kDefaultLimit = 500;

class LsTool final : public Tool {
 public:
  std::string_view name() const override { return "ls"; }
  std::string_view description() const override {
    return "List a directory (default: the workspace), sorted by name; directories end with /. "
           "Pages of `limit` entries; pass `after` (the last name shown) for the next page.";
  }
  const nlohmann::json& parameters() const override {
    static const nlohmann::json schema = {
        {"type", "object"},
        {"properties",
         {{"path", {{"type", "string"}, {"description", "Directory to list"}}},
          {"limit",
           {{"type", "integer"}, {"minimum", 1}, {"description", "Maximum entries (500)"}}},
          {"after", {{"type", "string"}, {"description", "Cursor: the last entry shown"}}}}}};
    return schema;
  }

  ToolResult Run(const nlohmann::json& args, const ToolContext& context) const override {
    const std::string raw = args.value("path", std::string("."));
    const auto path =
        ResolveToolPath({raw, context.workspace, context.home, context.fs_workspace_only});
    std::error_code error;
    if (!fs::exists(path, error)) throw ToolFailure("Path not found: " + raw);
    if (!fs::is_directory(path, error)) throw ToolFailure("Not a directory: " + raw);
    std::vector<std::string> names;
    for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error)) {
      std::string name = it->path().filename().string();
      std::error_code kind;
      if (it->is_directory(kind) && !it->is_symlink(kind)) name += '/';
      names.push_back(std::move(name));
    }
    if (error) throw ToolFailure("Cannot list " + raw + ": " + error.message());
    std::sort(names.begin(), names.end());
    auto first = names.begin();
    if (auto after = args.find("after"); after != args.end() && after->is_string()) {
      first = std::upper_bound(names.begin(), names.end(), after->get<std::string>());
    }
    const std::size_t limit = args.value("limit", kDefaultLimit);
    std::string out;
    std::size_t shown = 0;
    std::string last;
    for (auto it = first; it != names.end() && shown < limit; ++it, ++shown) {
      if (!out.empty()) out += '\n';
      out += *it;
      last = *it;
    }
    const std::size_t left = static_cast<std::size_t>(names.end() - first) - shown;
    if (shown == 0) out = "(empty directory)";
    if (left > 0) {
      out += "\n\n[" + std::to_string(left) + " more entries. Use after=\"" + last +
             "\" to continue.]";
    }
    return {std::move(out), false, {{"path", path.string()}, {"entries", shown}}};
  }
};

}  // namespace

std::unique_ptr<Tool> MakeLsTool() { return std::make_unique<LsTool>(); }

}  // namespace gateway::domain::tools
