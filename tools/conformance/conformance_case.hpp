// One black-box conformance case: a name, what it needs from the command line, and a body that
// throws (CaseFailure or any other exception) when the gateway differs from the spec.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

#include "gateway/client/url.hpp"

namespace gateway::conformance {

// The gateway under test, as given on the command line.
struct Target {
  std::string url;
  client::Url endpoint;
  std::optional<std::string> token;
  std::optional<std::string> password;
  std::chrono::milliseconds timeout{5000};  // for every single wait inside a case
};

// Credentials a case cannot run without; a case whose need is unmet is skipped (and said so on
// stderr), not failed.
enum class Needs {
  kNothing,
  kSharedSecret,  // --token or --password: the gateway is in token or password mode
  kToken,
  kPassword,
};

struct Case {
  std::string name;
  Needs needs = Needs::kNothing;
  std::function<void(const Target&)> run;
};

// What differed, in one line.
class CaseFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace gateway::conformance
