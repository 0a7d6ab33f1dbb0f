// Generated from protocol/methods/tools.yaml.
// Do not edit: change protocol/ and run tools/regen.sh.
// Typed calls of the tools domain over client::GatewayClient (link gateway_client).
#pragma once

#include <chrono>
#include <optional>

#include "gateway/client/typed_call.hpp"
#include "gateway/proto/methods_tools.hpp"

namespace gateway::proto {

// One method per tools method: typed params in, the typed result or the gateway's error out
// (client::TypedResult). Throws client::GatewayError as GatewayClient::Call does.
class ToolsClient {
 public:
  explicit ToolsClient(client::GatewayClient& client) : client_(client) {}

  // tools.invoke: Invoke one tool by name. Always an ok frame: the tool outcome says ok:false with an error code when the tool is unavailable, blocked or failed. Agent-runtime tools (read, write, edit, ls, apply_patch, exec, process) exist only inside agent runs.
  client::TypedResult<ToolsInvokeResult> ToolsInvoke(const ToolsInvokeParams& params = {},
      std::optional<std::chrono::milliseconds> timeout = {}) {
    return client::CallTyped<ToolsInvokeResult>(client_, "tools.invoke", Write(params), false, timeout);
  }

 private:
  client::GatewayClient& client_;
};

}  // namespace gateway::proto
