// Child processes for the launcher: spawn with a chosen environment and output file, wait with
// a bound, and describe how a child ended.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <expected>
#include <optional>
#include <string>
#include <vector>

namespace gateway::bench {

// The current environment without HOME and OPENCLAW_* (so the user's gateway settings do not
// leak into a bench gateway), plus HOME=home.
std::vector<std::string> IsolatedEnvironment(const std::string& home);

// posix_spawn of argv[0] (a path) with stdin from /dev/null and stdout+stderr appended to
// `output_path`. Returns the pid or an error text.
std::expected<pid_t, std::string> SpawnProcess(const std::vector<std::string>& argv,
                                               const std::vector<std::string>& env,
                                               const std::string& output_path);

// Waits up to `limit` for the child to end; its wait status, or nullopt if it is still running.
std::optional<int> WaitForExit(pid_t pid, std::chrono::milliseconds limit);

// "exited with status 1", "killed by signal 11 (Segmentation fault)".
std::string DescribeExit(int wait_status);

}  // namespace gateway::bench
