// The port-listener handling behind `openclaw gateway --force`, `doctor` and the service
// commands (cli.md §2), done natively from /proc instead of through lsof.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace gateway::app {

struct ListeningProcess {
  pid_t pid = 0;
  std::string command;  // arguments joined by spaces (the short name for kernel threads)
};

// Processes holding a TCP socket in LISTEN state on `port` (IPv4 or IPv6) in this network
// namespace, sorted by pid. Processes we may not inspect are skipped.
std::vector<ListeningProcess> FindListeners(int port);

// SIGTERM, up to `grace` for the process to exit, then SIGKILL and a short wait. True when it is
// gone (an unreaped child of ours counts as gone). Never signals this process or pid <= 0.
bool StopProcess(pid_t pid, std::chrono::milliseconds grace);

}  // namespace gateway::app
