// The gateway's own agent tools, built once: each tool with its compiled argument schema. Calls
// are checked here before a tool runs (methods.md §12.1): unknown name → `Tool <name> not found`,
// arguments that fail the schema → `Validation failed for tool "<name>":…` with the received
// arguments. Thread-safe after construction.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "server/domain/tools/tool.hpp"

namespace gateway::domain::tools {

class ToolRegistry {
 public:
  // The core tools (read, write, edit, ls, apply_patch, exec, process), then `extra` (web_fetch,
  // which needs the HTTP client and its settings).
  static std::unique_ptr<ToolRegistry> CreateCore(std::vector<std::unique_ptr<Tool>> extra = {});

  explicit ToolRegistry(std::vector<std::unique_ptr<Tool>> tools);
  ~ToolRegistry();
  ToolRegistry(const ToolRegistry&) = delete;
  ToolRegistry& operator=(const ToolRegistry&) = delete;

  const Tool* Find(std::string_view name) const;
  std::vector<std::string> Names() const;  // in registration order

  // Runs one call (blocking): checks, normalizes and validates the arguments, runs the tool and
  // turns any failure into the spec's error result. Never throws.
  ToolResult Call(std::string_view name, const std::string& arguments_json,
                  const ToolContext& context) const;

 private:
  struct Entry;
  ToolResult CallUnchecked(std::string_view name, const std::string& arguments_json,
                           const ToolContext& context) const;
  std::vector<std::unique_ptr<Entry>> entries_;
};

}  // namespace gateway::domain::tools
