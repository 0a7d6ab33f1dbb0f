// Runs the selected cases one after another and prints one line per case.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "tools/conformance/conformance_case.hpp"

namespace gateway::conformance {

struct Tally {
  int passed = 0;
  int failed = 0;
};

// The cases whose name contains `only` (all when empty), in order.
std::vector<const Case*> SelectCases(const std::vector<Case>& cases, std::string_view only);

// Why `c` cannot run against `target` (missing credentials), or nullopt when it can.
std::optional<std::string> UnmetNeed(const Case& c, const Target& target);

// "PASS <name>" or "FAIL <name>: <what differed>" on `out` for each case; skipped cases are
// reported on `notes`.
Tally RunCases(const std::vector<const Case*>& cases, const Target& target, std::ostream& out,
               std::ostream& notes);

}  // namespace gateway::conformance
