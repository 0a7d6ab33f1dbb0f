// Where and how one configured provider is reached: what a provider instance is bound to.
#pragma once

#include <chrono>
#include <string>

#include "server/transport/http_client.hpp"

namespace gateway::providers {

// Per-provider / per-model switches for OpenAI-compatible servers that differ from OpenAI
// (`compat` in models.providers.<id>.models[]; names as the reference's compat keys).
struct OpenAiCompat {
  bool supports_usage_in_streaming = true;                 // send stream_options.include_usage
  std::string max_tokens_field = "max_completion_tokens";  // or "max_tokens" for older servers
  bool supports_reasoning_effort = true;                   // send reasoning_effort for thinking
};

struct Endpoint {
  std::string base_url;            // e.g. https://api.openai.com/v1, https://api.anthropic.com
  std::string api_key;             // empty: no credential header
  transport::HttpHeaders headers;  // extra headers (models.providers.<id>.headers)
  // Longest silence tolerated: before the response head and between stream bytes
  // (models.providers.<id>.timeoutSeconds). The run's own timeout stays the outer bound.
  std::chrono::milliseconds timeout{120'000};
  std::chrono::milliseconds connect_timeout{10'000};
  OpenAiCompat compat;
  transport::TlsOptions tls;
};

// `base` + `path` with exactly one slash between them.
inline std::string JoinUrl(std::string_view base, std::string_view path) {
  while (!base.empty() && base.back() == '/') base.remove_suffix(1);
  while (!path.empty() && path.front() == '/') path.remove_prefix(1);
  return std::string(base) + "/" + std::string(path);
}

// A streaming POST of `body` to `url`: the API's own headers, then the endpoint's extra headers
// (an extra header replaces an API header of the same name), the endpoint's timeouts and TLS.
transport::OutboundRequest MakeStreamRequest(const Endpoint& endpoint, std::string url,
                                             std::string body, transport::HttpHeaders api_headers);

}  // namespace gateway::providers
