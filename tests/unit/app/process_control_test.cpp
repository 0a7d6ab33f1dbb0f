// /proc facts about processes, finding port listeners, and stopping them.
#include "server/app/process_control.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <future>
#include <limits>
#include <thread>

#include "server/platform/process_info.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway::app;
using namespace gateway::platform;
using namespace std::chrono_literals;

namespace {

class Socket {
 public:
  explicit Socket(int family) : fd_(::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0)) {}
  ~Socket() {
    if (fd_ >= 0) ::close(fd_);
  }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;

  // Binds an ephemeral loopback port; 0 on failure (e.g. no IPv6 in this sandbox).
  int BindLoopback() {
    if (fd_ < 0) return 0;
    sockaddr_storage address{};
    socklen_t length = 0;
    if (Family() == AF_INET6) {
      auto* ip6 = reinterpret_cast<sockaddr_in6*>(&address);
      ip6->sin6_family = AF_INET6;
      ip6->sin6_addr = in6addr_loopback;
      length = sizeof(sockaddr_in6);
    } else {
      auto* ip4 = reinterpret_cast<sockaddr_in*>(&address);
      ip4->sin_family = AF_INET;
      ip4->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      length = sizeof(sockaddr_in);
    }
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&address), length) != 0) return 0;
    if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0) return 0;
    return ntohs(Family() == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&address)->sin6_port
                                      : reinterpret_cast<sockaddr_in*>(&address)->sin_port);
  }
  bool Listen() { return ::listen(fd_, 4) == 0; }

 private:
  int Family() const {
    sockaddr_storage address{};
    socklen_t length = sizeof(address);
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length);
    return address.ss_family;
  }
  int fd_;
};

std::string OwnCommand() {
  std::string command = gateway::testing::ReadFile("/proc/self/cmdline");
  for (char& c : command) c = c == '\0' ? ' ' : c;
  while (!command.empty() && command.back() == ' ') command.pop_back();
  return command;
}

bool Lists(const std::vector<ListeningProcess>& listeners, pid_t pid) {
  for (const auto& listener : listeners) {
    if (listener.pid == pid) return true;
  }
  return false;
}

// A forked copy of this test that listens on an ephemeral port and waits to be killed.
struct ListeningChild {
  pid_t pid = -1;
  int port = 0;
};

ListeningChild ForkListener(bool ignore_sigterm) {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    // Catch's own SIGTERM handler came along with the fork.
    ::signal(SIGTERM, ignore_sigterm ? SIG_IGN : SIG_DFL);
    Socket socket(AF_INET);
    int port = socket.BindLoopback();
    if (port == 0 || !socket.Listen()) ::_exit(1);
    if (::write(pipe_fds[1], &port, sizeof(port)) != sizeof(port)) ::_exit(1);
    for (;;) ::pause();
  }
  ::close(pipe_fds[1]);
  ListeningChild child{pid, 0};
  REQUIRE(::read(pipe_fds[0], &child.port, sizeof(child.port)) == sizeof(child.port));
  ::close(pipe_fds[0]);
  return child;
}

int WaitStatus(pid_t pid) {
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  return status;
}

}  // namespace

TEST_CASE("System: process memory of this process", "[system]") {
  ProcessMemory memory = ReadProcessMemory();
  CHECK(memory.rss_bytes > 0);
  CHECK(memory.virtual_bytes >= memory.rss_bytes);
  CHECK(ReadProcessMemory(::getpid()).rss_bytes > 0);
}

TEST_CASE("System: thread count of this process", "[system]") {
  int before = ThreadCount();
  CHECK(before >= 1);
  std::promise<void> stop;
  std::thread worker([done = stop.get_future()] { done.wait(); });
  CHECK(ThreadCount() == before + 1);
  stop.set_value();
  worker.join();
}

TEST_CASE("System: unknown processes read as zero", "[system]") {
  pid_t missing = std::numeric_limits<pid_t>::max();
  CHECK(ReadProcessMemory(missing).rss_bytes == 0);
  CHECK(ThreadCount(missing) == 0);
  CHECK(StopProcess(missing, 10ms));
}

TEST_CASE("System: listeners include this process", "[system]") {
  for (int family : {AF_INET, AF_INET6}) {
    Socket socket(family);
    int port = socket.BindLoopback();
    if (port == 0) {
      WARN("no loopback for address family " << family);
      continue;
    }
    CHECK(FindListeners(port).empty());  // bound but not listening
    REQUIRE(socket.Listen());
    auto listeners = FindListeners(port);
    REQUIRE(listeners.size() == 1);
    CHECK(listeners[0].pid == ::getpid());
    CHECK(listeners[0].command == OwnCommand());
  }
}

TEST_CASE("System: a listening child is found and stopped", "[system]") {
  ListeningChild child = ForkListener(false);
  CHECK(Lists(FindListeners(child.port), child.pid));

  CHECK(StopProcess(child.pid, 5s));
  int status = WaitStatus(child.pid);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(FindListeners(child.port).empty());
}

TEST_CASE("System: a process that ignores SIGTERM is killed after the grace period", "[system]") {
  ListeningChild child = ForkListener(true);
  CHECK(StopProcess(child.pid, 50ms));
  int status = WaitStatus(child.pid);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);
}

TEST_CASE("System: stop refuses this process and invalid pids", "[system]") {
  CHECK_FALSE(StopProcess(::getpid(), 10ms));
  CHECK_FALSE(StopProcess(0, 10ms));
  CHECK_FALSE(StopProcess(-1, 10ms));
}
