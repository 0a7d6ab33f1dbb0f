#include "server/providers/endpoint.hpp"

#include <strings.h>

#include <algorithm>

namespace gateway::providers {

transport::OutboundRequest MakeStreamRequest(const Endpoint& endpoint, std::string url,
                                             std::string body, transport::HttpHeaders api_headers) {
  transport::OutboundRequest request;
  request.method = "POST";
  request.url = std::move(url);
  request.body = std::move(body);
  for (auto& header : api_headers) {
    const bool overridden =
        std::any_of(endpoint.headers.begin(), endpoint.headers.end(), [&](const auto& extra) {
          return strcasecmp(extra.first.c_str(), header.first.c_str()) == 0;
        });
    if (!overridden) request.headers.push_back(std::move(header));
  }
  request.headers.insert(request.headers.end(), endpoint.headers.begin(), endpoint.headers.end());
  request.connect_timeout = endpoint.connect_timeout;
  request.tls_timeout = endpoint.connect_timeout;
  request.first_byte_timeout = endpoint.timeout;
  request.idle_timeout = endpoint.timeout;
  request.max_body_bytes = std::nullopt;  // a stream; error and JSON bodies are capped by the call
  request.tls = endpoint.tls;
  return request;
}

}  // namespace gateway::providers
