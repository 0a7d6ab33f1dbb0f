// Every conformance case, grouped by the spec section it checks.
#pragma once

#include <vector>

#include "tools/conformance/conformance_case.hpp"

namespace gateway::conformance {

std::vector<Case> HandshakeCases();  // protocol.md §1, §3–§5: the first frame and hello-ok
std::vector<Case> AuthCases();       // auth.md §4–§5: credentials and effective scopes
std::vector<Case> RequestCases();    // protocol.md §6, methods.md §1–§2: after hello
std::vector<Case> EventCases();      // protocol.md §9: seq
std::vector<Case> HttpCases();       // http.md §1–§2: probes and disabled endpoints

// All of the above, in that order.
std::vector<Case> AllCases();

}  // namespace gateway::conformance
