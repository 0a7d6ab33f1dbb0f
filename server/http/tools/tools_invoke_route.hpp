// POST /tools/invoke (http.md §6): one gateway-invoked tool call over HTTP, gateway bearer auth,
// scope operator.write, body ≤ 2 MiB. The decision and the run are domain/tools' (the same as the
// tools.invoke RPC); this file only maps them to the HTTP statuses and `{ok, result}` /
// `{ok, error:{type, message}}` bodies.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <variant>

#include "gateway/proto/config_openclaw.hpp"
#include "server/config/live_config.hpp"
#include "server/domain/tools/tool_registry.hpp"
#include "server/http/routes.hpp"
#include "server/runtime/executor.hpp"

namespace gateway::http::tools {

inline constexpr std::size_t kMaxToolsInvokeBody = 2 << 20;

struct ToolsInvokeDependencies {
  const config::LiveConfig& config;  // a snapshot per request
  const domain::tools::ToolRegistry& tools;
  runtime::Executor& executor;  // where an invoked tool runs (it blocks)
  std::filesystem::path workspace = {};
  runtime::CancellationToken shutdown = {};
};

void RegisterToolsInvoke(Routes& routes, ToolsInvokeDependencies dependencies);

// A request body checked and decided: the error response, or the tool to run with its arguments.
struct ToolCall {
  std::string name;
  nlohmann::json args;
};
std::variant<transport::HttpResponse, ToolCall> DecideToolsInvoke(
    const proto::OpenClawConfig& config, const domain::tools::ToolRegistry& tools,
    std::string_view body);

}  // namespace gateway::http::tools
