// The tools domain (methods.md §12): tools.invoke. Protocol <-> domain translation only; the
// decision (run-only tools, the default deny list, owner-only tools) is domain/tools'.
#pragma once

#include <filesystem>

#include "gateway/proto/tools_service.hpp"
#include "server/config/live_config.hpp"
#include "server/domain/tools/tool_registry.hpp"
#include "server/rpc/call_context.hpp"
#include "server/runtime/executor.hpp"

namespace gateway::services {

class ToolsService final : public proto::ToolsService {
 public:
  struct Domain {
    const config::LiveConfig& config;  // a snapshot per request
    // The gateway's tools; the invocable ones (web_fetch) run on `executor`.
    const domain::tools::ToolRegistry* tools = nullptr;
    runtime::Executor* executor = nullptr;
    std::filesystem::path workspace = {};
    runtime::CancellationToken shutdown = {};  // cancels invoked tools when the gateway stops
  };
  explicit ToolsService(Domain domain) : domain_(domain) {}

  void ToolsInvoke(proto::ToolsInvokeParams params, rpc::CallContext& context,
                   proto::Reply<proto::ToolsInvokeResult> reply) override;

 private:
  Domain domain_;
};

}  // namespace gateway::services
