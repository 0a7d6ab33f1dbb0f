// Thousands of sockets need more descriptors than the default soft limit of 1024.
#pragma once

#include <cstdint>

namespace gateway::bench {

// Raises RLIMIT_NOFILE's soft limit to the hard limit; returns the soft limit now in force.
std::uint64_t RaiseOpenFileLimit();

}  // namespace gateway::bench
