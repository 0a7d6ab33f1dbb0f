// Generated from protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
#pragma once

#include "gateway/proto/rpc.hpp"
#include "gateway/proto/methods_tools.hpp"

namespace gateway::rpc {
class CallContext;  // defined by the server: who is calling, over which connection
}  // namespace gateway::rpc

namespace gateway::proto {

// Handlers of the tools domain. Implement every method; answer through `reply`, now or
// later, from any thread.
class ToolsService {
 public:
  virtual ~ToolsService() = default;

  // tools.invoke: Invoke one tool by name. Always an ok frame: the tool outcome says ok:false with an error code when the tool is unavailable, blocked or failed. Agent-runtime tools (read, write, edit, ls, apply_patch, exec, process) exist only inside agent runs.
  virtual void ToolsInvoke(ToolsInvokeParams params, rpc::CallContext& context, Reply<ToolsInvokeResult> reply) = 0;
};

}  // namespace gateway::proto
