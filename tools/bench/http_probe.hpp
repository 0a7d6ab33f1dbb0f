// A minimal blocking HTTP/1.1 GET on loopback, for GET /health (no Beast: this stays cheap to
// build and to call in a tight startup poll).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace gateway::bench {

// The status code of GET `path`, or 0 when the connection or the response failed.
int HttpGetStatus(const std::string& host, std::uint16_t port, std::string_view path,
                  std::chrono::milliseconds timeout);

}  // namespace gateway::bench
