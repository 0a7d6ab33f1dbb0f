#include "tools/bench/forked_standin.hpp"

#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace gateway::bench {

ForkedStandin::ForkedStandin(const std::string& name, const Serve& serve, int pipe_bytes) {
  const int listen_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(listen_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::listen(listen_fd, 4096) != 0) {
    throw std::runtime_error(name + ": cannot listen on loopback");
  }
  socklen_t len = sizeof addr;
  ::getsockname(listen_fd, reinterpret_cast<sockaddr*>(&addr), &len);
  port_ = ntohs(addr.sin_port);
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error(name + ": pipe");
  child_ = ::fork();
  if (child_ < 0) throw std::runtime_error(name + ": fork");
  if (child_ == 0) {
    ::close(pipe_fds[0]);
    serve(listen_fd, pipe_fds[1]);
    std::_Exit(0);
  }
  ::close(pipe_fds[1]);
  ::close(listen_fd);
  report_fd_ = pipe_fds[0];
  if (pipe_bytes > 0) ::fcntl(report_fd_, F_SETPIPE_SZ, pipe_bytes);
}

ForkedStandin::~ForkedStandin() {
  if (child_ > 0) {
    ::kill(child_, SIGKILL);
    ::waitpid(child_, nullptr, 0);
  }
  if (report_fd_ >= 0) ::close(report_fd_);
}

std::optional<std::string> ForkedStandin::NextLine(std::chrono::milliseconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (true) {
    if (const std::size_t nl = pending_.find('\n'); nl != std::string::npos) {
      std::string line = pending_.substr(0, nl);
      pending_.erase(0, nl + 1);
      return line;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd p{report_fd_, POLLIN, 0};
    // One look even when the time is up (limit 0 = what is there now).
    if (::poll(&p, 1, static_cast<int>(std::max<long long>(0, left.count()))) <= 0) {
      if (left.count() <= 0) return std::nullopt;
      continue;
    }
    char buffer[4096];
    const ssize_t n = ::read(report_fd_, buffer, sizeof buffer);
    if (n <= 0) return std::nullopt;
    pending_.append(buffer, static_cast<std::size_t>(n));
  }
}

}  // namespace gateway::bench
