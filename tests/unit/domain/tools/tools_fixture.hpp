// A temporary workspace (plus a sibling directory outside it) and the core tool registry, for
// calling the file tools the way the tool loop does: by name with JSON argument text.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "server/domain/tools/tool_registry.hpp"
#include "tests/support/temp_dir.hpp"

namespace gateway::testing {

struct ToolsFixture {
  TempDir dir;
  std::filesystem::path workspace = dir / "ws";
  std::filesystem::path outside = dir / "outside";
  std::unique_ptr<domain::tools::ToolRegistry> registry = domain::tools::ToolRegistry::CreateCore();
  domain::tools::ToolContext context;

  ToolsFixture() {
    std::filesystem::create_directories(workspace);
    std::filesystem::create_directories(outside);
    context.workspace = workspace;
    context.home = dir.path();
  }

  domain::tools::ToolResult Call(const std::string& name, const nlohmann::json& args) {
    return registry->Call(name, args.dump(), context);
  }
  // The error text a ToolFailure with `message` becomes.
  static std::string Error(const std::string& tool, const std::string& message) {
    return domain::tools::ErrorText(tool, message);
  }
};

}  // namespace gateway::testing
