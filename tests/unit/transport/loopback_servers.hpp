// Stand-in servers on 127.0.0.1 for the HTTP client's tests: a raw TCP server whose every
// connection runs a scripted handler (silent servers, mid-body disconnects, paced SSE), a
// CONNECT/absolute-form proxy, and a non-accepting "black hole" listener.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace gateway::testing {

// Reads up to and including the blank line after the request head (or until EOF / error).
std::string ReadHead(int fd);
bool WriteAll(int fd, std::string_view data);
// Waits until the peer closes the connection (recv returns 0 or fails), discarding anything it
// sends; false when `limit` passes first.
bool WaitForPeerClose(int fd, std::chrono::milliseconds limit);

class RawServer {
 public:
  using Handler = std::function<void(int fd)>;
  explicit RawServer(Handler handler);
  ~RawServer();
  RawServer(const RawServer&) = delete;
  RawServer& operator=(const RawServer&) = delete;

  std::uint16_t port() const { return port_; }
  int accepted() const { return accepted_.load(); }

 private:
  void AcceptLoop();

  Handler handler_;
  int listen_fd_ = -1;
  std::uint16_t port_ = 0;
  std::atomic<int> accepted_{0};
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::vector<int> fds_;
  std::vector<std::thread> threads_;
  std::thread acceptor_;
};

// A forward proxy: CONNECT host:port is tunnelled to 127.0.0.1:port (whatever the host name);
// an absolute-form request is answered by the proxy itself with 200 "via proxy <target>".
class TestProxy {
 public:
  TestProxy();
  std::uint16_t port() const { return server_.port(); }
  std::vector<std::string> requests() const;  // request heads seen, in order

 private:
  void Handle(int fd);

  mutable std::mutex mutex_;
  std::vector<std::string> requests_;
  RawServer server_;
};

// A listening socket that never accepts, with its accept queue filled: further connects hang in
// SYN-SENT, like a black-holed address.
class BlackHole {
 public:
  BlackHole();
  ~BlackHole();
  std::uint16_t port() const { return port_; }

 private:
  int listen_fd_ = -1;
  std::vector<int> fillers_;
  std::uint16_t port_ = 0;
};

// A condition with a deadline, for the test thread to wait on callbacks.
class Signal {
 public:
  void Notify() {
    std::lock_guard lock(mutex_);
    done_ = true;
    cv_.notify_all();
  }
  bool Wait(std::chrono::milliseconds limit = std::chrono::seconds(20)) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, limit, [&] { return done_; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool done_ = false;
};

}  // namespace gateway::testing
