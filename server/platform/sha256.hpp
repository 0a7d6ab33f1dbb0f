// SHA-256 as lower-case hex (the approvals document's `hash`, methods.md §13.2).
#pragma once

#include <string>
#include <string_view>

namespace gateway::platform {

std::string Sha256Hex(std::string_view data);

}  // namespace gateway::platform
