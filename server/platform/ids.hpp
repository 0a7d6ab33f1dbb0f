// Random identifiers: UUIDs (v4) for connection ids, nonces and boot ids.
#pragma once

#include <cstdint>
#include <string>

namespace gateway {

std::string NewUuid();
// Milliseconds since the Unix epoch.
std::int64_t NowMs();

}  // namespace gateway
