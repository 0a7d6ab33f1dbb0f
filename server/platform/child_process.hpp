// A shell command in its own session and process group (setsid), with stdin a pipe and stdout +
// stderr one shared pipe (the output in the order it was written). Killing targets the whole
// group, so whatever the command started goes with it.
#pragma once

#include <sys/types.h>

#include <map>
#include <optional>
#include <string>

namespace gateway::platform {

struct ChildSpec {
  std::string command;                     // run as /bin/sh -c <command>
  std::string cwd;                         // must exist
  std::map<std::string, std::string> env;  // overrides on top of the gateway's environment
};

struct ChildProcess {
  pid_t pid = -1;      // also the process group id
  int output_fd = -1;  // read end of stdout+stderr, non-blocking
  int stdin_fd = -1;   // write end of stdin
};

// Throws std::system_error when the process cannot be started.
ChildProcess SpawnShell(const ChildSpec& spec);

// SIGKILL to the process group (and the leader, should it have left it). Never throws.
void KillProcessGroup(pid_t pid);

// How a child ended.
struct ChildExit {
  std::optional<int> code;    // exit status, when it exited
  std::optional<int> signal;  // terminating signal, when killed
};
// Non-blocking reap: nullopt while it runs.
std::optional<ChildExit> TryReap(pid_t pid);
// Blocking reap.
ChildExit Reap(pid_t pid);

// "SIGKILL", "SIGTERM", … (or "SIG<n>").
std::string SignalName(int signal);

}  // namespace gateway::platform
