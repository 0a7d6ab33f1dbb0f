#include "tools/conformance/case_registry.hpp"

namespace gateway::conformance {

std::vector<Case> AllCases() {
  std::vector<Case> all;
  for (auto group : {HandshakeCases, AuthCases, RequestCases, EventCases, HttpCases}) {
    for (Case& c : group()) all.push_back(std::move(c));
  }
  return all;
}

}  // namespace gateway::conformance
