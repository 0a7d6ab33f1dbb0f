// Random (version 4) UUIDs for request ids and client instance ids.
#pragma once

#include <string>

namespace gateway::client {

std::string RandomUuid();

}  // namespace gateway::client
