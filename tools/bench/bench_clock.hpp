// The one clock every bench measurement uses, and its conversion to milliseconds.
#pragma once

#include <chrono>

namespace gateway::bench {

using Clock = std::chrono::steady_clock;

inline double MsBetween(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

}  // namespace gateway::bench
