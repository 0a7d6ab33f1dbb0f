#include "server/domain/tools/file_io.hpp"
#include "server/domain/tools/file_tools.hpp"
#include "server/domain/tools/workspace_path.hpp"

namespace gateway::domain::tools {
namespace {

class WriteTool final : public Tool {
 public:
  std::string_view name() const override { return "write"; }
  std::string_view description() const override {
    return "Write a file (creating parent directories), replacing its content.";
  }
  const nlohmann::json& parameters() const override {
    static const nlohmann::json schema = {
        {"type", "object"},
        {"required", {"path", "content"}},
        {"properties",
         {{"path", {{"type", "string"}, {"description", "Path of the file to write"}}},
          {"content", {{"type", "string"}, {"description", "The whole new content"}}}}}};
    return schema;
  }

  ToolResult Run(const nlohmann::json& args, const ToolContext& context) const override {
    const std::string raw = args.at("path").get<std::string>();
    const std::string content = args.at("content").get<std::string>();
    const auto path =
        ResolveToolPath({raw, context.workspace, context.home, context.fs_workspace_only});
    if (auto existing = ReadWholeFile(path, context.fs_workspace_only);
        existing && *existing == content) {
      return {"No changes made to " + raw + ". The file already has identical content.",
              false,
              {{"path", path.string()}, {"changed", false}}};
    }
    WriteWholeFile(path, content, context.fs_workspace_only);
    return {"Successfully wrote " + std::to_string(content.size()) + " bytes to " + raw,
            false,
            {{"path", path.string()}, {"bytes", content.size()}, {"changed", true}}};
  }
};

}  // namespace

std::unique_ptr<Tool> MakeWriteTool() { return std::make_unique<WriteTool>(); }

}  // namespace gateway::domain::tools
