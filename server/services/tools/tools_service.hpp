// The tools domain (methods.md §12): tools.invoke. Protocol <-> domain translation only; the
// decision (run-only tools, the default deny list, owner-only tools) is domain/tools'.
#pragma once

#include "gateway/proto/config_openclaw.hpp"
#include "gateway/proto/tools_service.hpp"
#include "server/rpc/call_context.hpp"

namespace gateway::services {

class ToolsService final : public proto::ToolsService {
 public:
  struct Domain {
    const proto::OpenClawConfig& config;
  };
  explicit ToolsService(Domain domain) : domain_(domain) {}

  void ToolsInvoke(proto::ToolsInvokeParams params, rpc::CallContext& context,
                   proto::Reply<proto::ToolsInvokeResult> reply) override;

 private:
  Domain domain_;
};

}  // namespace gateway::services
