#pragma once

#include <string>

namespace gateway::cli {

// 32 random bytes as hex, like `openssl rand -hex 32`.
std::string GenerateToken();

}  // namespace gateway::cli
