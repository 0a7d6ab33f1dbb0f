#include "server/app/process_control.hpp"

#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

#include "server/platform/files.hpp"

namespace gateway::app {
namespace fs = std::filesystem;
namespace {

constexpr std::chrono::milliseconds kKillWait{2000};

fs::path ProcPath(pid_t pid, const char* leaf) {
  return fs::path("/proc") / (pid == 0 ? std::string("self") : std::to_string(pid)) / leaf;
}

std::optional<unsigned> ParseHex(std::string_view text) {
  unsigned value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Socket inodes in LISTEN state on `port`, from /proc/net/tcp and tcp6, whose rows read
// "sl local_address(hexip:hexport) rem_address st(0A = LISTEN) tx:rx tr:when retrnsmt uid timeout
// inode".
std::set<std::string> ListeningInodes(int port) {
  std::set<std::string> inodes;
  for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
    std::ifstream in(table);
    std::string row;
    std::getline(in, row);  // header
    while (std::getline(in, row)) {
      std::istringstream fields(row);
      std::string slot, local, remote, state, queues, timer, retransmits, uid, timeout, inode;
      fields >> slot >> local >> remote >> state >> queues >> timer >> retransmits >> uid >>
          timeout >> inode;
      std::size_t colon = local.rfind(':');
      if (state != "0A" || colon == std::string::npos || inode.empty() || inode == "0") continue;
      auto local_port = ParseHex(std::string_view(local).substr(colon + 1));
      if (local_port && static_cast<int>(*local_port) == port) inodes.insert(inode);
    }
  }
  return inodes;
}

bool HoldsAnyOf(pid_t pid, const std::set<std::string>& inodes) {
  std::error_code ec;
  for (fs::directory_iterator fd(ProcPath(pid, "fd"), ec), end; !ec && fd != end;
       fd.increment(ec)) {
    std::string target = fs::read_symlink(fd->path(), ec).string();
    if (ec) {
      ec.clear();  // the descriptor closed meanwhile
      continue;
    }
    // Socket links read "socket:[<inode>]".
    if (target.rfind("socket:[", 0) == 0 && target.back() == ']' &&
        inodes.count(target.substr(8, target.size() - 9)) > 0) {
      return true;
    }
  }
  return false;
}

std::string CommandOf(pid_t pid) {
  std::string command = platform::ReadWholeFile(ProcPath(pid, "cmdline")).value_or("");
  std::replace(command.begin(), command.end(), '\0', ' ');
  while (!command.empty() && command.back() == ' ') command.pop_back();
  if (command.empty()) {
    command = platform::ReadWholeFile(ProcPath(pid, "comm")).value_or("");
    if (!command.empty() && command.back() == '\n') command.pop_back();
  }
  return command;
}

std::optional<pid_t> PidFromName(const std::string& name) {
  pid_t pid = 0;
  auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), pid);
  if (error != std::errc() || end != name.data() + name.size() || pid <= 0) return std::nullopt;
  return pid;
}

// Raw syscalls: glibc 2.36's <sys/pidfd.h> lacks extern "C", so its wrappers do not link from C++.
int OpenPidfd(pid_t pid) { return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)); }

bool SendSignal(int pidfd, int signal) {
  return ::syscall(SYS_pidfd_send_signal, pidfd, signal, nullptr, 0) == 0;
}

// The pidfd turns readable once the process has exited, zombie or not.
bool WaitForExit(int pidfd, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  pollfd watch{pidfd, POLLIN, 0};
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    int ready = ::poll(&watch, 1, static_cast<int>(std::max<std::int64_t>(0, left.count())));
    if (ready > 0) return true;
    if (ready == 0 || errno != EINTR) return false;
  }
}

}  // namespace

std::vector<ListeningProcess> FindListeners(int port) {
  std::vector<ListeningProcess> found;
  std::set<std::string> inodes = ListeningInodes(port);
  if (inodes.empty()) return found;
  std::error_code ec;
  for (fs::directory_iterator entry("/proc", ec), end; !ec && entry != end; entry.increment(ec)) {
    auto pid = PidFromName(entry->path().filename().string());
    if (pid && HoldsAnyOf(*pid, inodes)) found.push_back({*pid, CommandOf(*pid)});
  }
  std::sort(found.begin(), found.end(),
            [](const ListeningProcess& a, const ListeningProcess& b) { return a.pid < b.pid; });
  return found;
}

bool StopProcess(pid_t pid, std::chrono::milliseconds grace) {
  if (pid <= 0 || pid == ::getpid()) return false;
  // Signalling through a pidfd cannot hit an unrelated process that reused the pid.
  int pidfd = OpenPidfd(pid);
  if (pidfd < 0) return errno == ESRCH;
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{pidfd};
  if (!SendSignal(pidfd, SIGTERM)) return errno == ESRCH;
  if (WaitForExit(pidfd, grace)) return true;
  if (!SendSignal(pidfd, SIGKILL)) return errno == ESRCH;
  return WaitForExit(pidfd, kKillWait);
}

}  // namespace gateway::app
