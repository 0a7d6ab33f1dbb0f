// The JSON answers of the hook routes: 200 bodies and {"error":{"message","type"}} refusals.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "server/runtime/utf8_json.hpp"
#include "server/transport/transport.hpp"

namespace gateway::http::hooks {

inline transport::HttpResponse HookJson(int status, const nlohmann::json& body) {
  return {status,
          "application/json; charset=utf-8",
          {{"Cache-Control", "no-store"}},
          runtime::DumpJson(body)};
}

// 400 invalid_request_error (bad bodies and policy refusals); 503 unavailable (stopping).
inline transport::HttpResponse HookError(int status, std::string_view message,
                                         std::string_view type = "invalid_request_error") {
  return HookJson(status, {{"error", {{"message", message}, {"type", type}}}});
}

}  // namespace gateway::http::hooks
