#include "tools/conformance/runner.hpp"

#include <exception>

namespace gateway::conformance {
namespace {

// A failure description fits on its line.
std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

// The reason the case failed, or nullopt when it passed.
std::optional<std::string> RunOne(const Case& c, const Target& target) {
  try {
    c.run(target);
    return std::nullopt;
  } catch (const CaseFailure& e) {
    return std::string(e.what());
  } catch (const std::exception& e) {
    return std::string("unexpected error: ") + e.what();
  }
}

}  // namespace

std::vector<const Case*> SelectCases(const std::vector<Case>& cases, std::string_view only) {
  std::vector<const Case*> selected;
  for (const Case& c : cases) {
    if (only.empty() || c.name.find(only) != std::string::npos) selected.push_back(&c);
  }
  return selected;
}

std::optional<std::string> UnmetNeed(const Case& c, const Target& target) {
  switch (c.needs) {
    case Needs::kNothing:
      return std::nullopt;
    case Needs::kSharedSecret:
      if (target.token || target.password) return std::nullopt;
      return "needs --token or --password";
    case Needs::kToken:
      if (target.token) return std::nullopt;
      return "needs --token";
    case Needs::kPassword:
      if (target.password) return std::nullopt;
      return "needs --password";
  }
  return std::nullopt;
}

Tally RunCases(const std::vector<const Case*>& cases, const Target& target, std::ostream& out,
               std::ostream& notes) {
  Tally tally;
  for (const Case* c : cases) {
    if (auto need = UnmetNeed(*c, target)) {
      notes << "skip " << c->name << ": " << *need << "\n";
      continue;
    }
    if (auto failure = RunOne(*c, target)) {
      ++tally.failed;
      out << "FAIL " << c->name << ": " << OneLine(*failure) << std::endl;
    } else {
      ++tally.passed;
      out << "PASS " << c->name << std::endl;
    }
  }
  return tally;
}

}  // namespace gateway::conformance
