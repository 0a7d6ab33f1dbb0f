#include "tools/bench/http_probe.hpp"

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <array>
#include <cstring>

namespace gateway::bench {
namespace {

class Socket {
 public:
  explicit Socket(int fd) : fd_(fd) {}
  ~Socket() {
    if (fd_ >= 0) ::close(fd_);
  }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

bool SendAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t sent = ::send(fd, data.data(), data.size(), MSG_NOSIGNAL);
    if (sent <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

// "HTTP/1.1 200 OK" → 200.
int ParseStatus(std::string_view head) {
  if (!head.starts_with("HTTP/1.") || head.size() < 12) return 0;
  int status = 0;
  for (std::size_t i = 9; i < 12; ++i) {
    if (head[i] < '0' || head[i] > '9') return 0;
    status = status * 10 + (head[i] - '0');
  }
  return status;
}

}  // namespace

int HttpGetStatus(const std::string& host, std::uint16_t port, std::string_view path,
                  std::chrono::milliseconds timeout) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICSERV;
  addrinfo* found = nullptr;
  if (::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0 || !found) {
    return 0;
  }
  Socket sock(::socket(found->ai_family, found->ai_socktype | SOCK_CLOEXEC, found->ai_protocol));
  timeval tv{};
  tv.tv_sec = static_cast<time_t>(timeout.count() / 1000);
  tv.tv_usec = static_cast<suseconds_t>((timeout.count() % 1000) * 1000);
  bool connected = false;
  if (sock.fd() >= 0) {
    ::setsockopt(sock.fd(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(sock.fd(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    connected = ::connect(sock.fd(), found->ai_addr, found->ai_addrlen) == 0;
  }
  ::freeaddrinfo(found);
  if (!connected) return 0;
  std::string request = "GET " + std::string(path) + " HTTP/1.1\r\nHost: " + host + ":" +
                        std::to_string(port) + "\r\nConnection: close\r\n\r\n";
  if (!SendAll(sock.fd(), request)) return 0;
  std::string head;
  std::array<char, 512> chunk{};
  while (head.find("\r\n") == std::string::npos && head.size() < 4096) {
    const ssize_t got = ::recv(sock.fd(), chunk.data(), chunk.size(), 0);
    if (got <= 0) break;
    head.append(chunk.data(), static_cast<std::size_t>(got));
  }
  return ParseStatus(head);
}

}  // namespace gateway::bench
