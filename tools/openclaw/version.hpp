#pragma once

#include <string_view>

namespace gateway::cli {

// The product version reported by --version and (later) hello-ok server.version.
inline constexpr std::string_view kVersion = "2026.9.6";

}  // namespace gateway::cli
