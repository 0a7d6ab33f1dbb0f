// Runs a real executable with a given environment and captures its exit code and output.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace gateway::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal or the timeout
  std::string out;
  std::string err;
};

// `env` replaces the environment entirely. Kills the child after `timeout_ms`.
ProcessResult RunProcess(const std::vector<std::string>& argv,
                         const std::map<std::string, std::string>& env,
                         const std::string& stdin_text = "", int timeout_ms = 20000);

}  // namespace gateway::testing
