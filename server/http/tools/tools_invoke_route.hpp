// POST /tools/invoke (http.md §6): one gateway-invoked tool call over HTTP, gateway bearer auth,
// scope operator.write, body ≤ 2 MiB. The decision is domain/tools' (the same as the
// tools.invoke RPC); this file only maps it to the HTTP statuses and `{ok, error:{type,
// message}}` bodies.
#pragma once

#include "gateway/proto/config_openclaw.hpp"
#include "server/http/routes.hpp"

namespace gateway::http::tools {

inline constexpr std::size_t kMaxToolsInvokeBody = 2 << 20;

void RegisterToolsInvoke(Routes& routes, const proto::OpenClawConfig& config);

// The response to one request body (exposed for tests of the mapping).
transport::HttpResponse ToolsInvokeResponse(const proto::OpenClawConfig& config,
                                            std::string_view body);

}  // namespace gateway::http::tools
