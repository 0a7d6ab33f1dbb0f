// Property checks inside fuzz targets: a broken invariant aborts with a message, which libFuzzer
// reports as a crash with its stack and the input that caused it, like a sanitizer finding.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace gateway::fuzz {

// (No std::source_location: clang 14 lacks the builtin that libstdc++ 12's needs.)
inline void Require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

}  // namespace gateway::fuzz
