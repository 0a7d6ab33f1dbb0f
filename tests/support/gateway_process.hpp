// `openclaw gateway` as a child process with its own HOME, for tests of the executable.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "gateway/client/gateway_client.hpp"
#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

namespace gateway::testing {

inline int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  close(fd);
  return ntohs(addr.sin_port);
}

// A socket listening on a free loopback port that never accepts: a "gateway" that never answers,
// or a port held by some other program.
class SilentListener {
 public:
  SilentListener() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || listen(fd_, 8) != 0) {
      throw std::runtime_error("cannot listen");
    }
    socklen_t len = sizeof addr;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
  }
  ~SilentListener() { close(fd_); }
  SilentListener(const SilentListener&) = delete;
  SilentListener& operator=(const SilentListener&) = delete;
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

// A temporary HOME and the environment the openclaw executable runs with.
struct Home {
  TempDir dir;
  std::map<std::string, std::string> env{{"PATH", "/usr/bin:/bin"},
                                         {"OPENCLAW_TEST_RESTART_COOLDOWN_MS", "1"}};
  Home() { env["HOME"] = dir.path().string(); }
  ProcessResult Run(std::vector<std::string> args, int timeout_ms = 20000) const {
    args.insert(args.begin(), OPENCLAW_BIN);
    return RunProcess(args, env, "", timeout_ms);
  }
  std::string Token() const {
    return nlohmann::json::parse(
        ReadFile(dir / ".openclaw/openclaw.json"))["gateway"]["auth"]["token"];
  }
};

// A gateway child process; killed at the end of the test if still running.
class GatewayProcess {
 public:
  // `max_open_files` > 0 caps the child's open-file limit (soft and hard).
  GatewayProcess(const Home& home, int port, std::vector<std::string> extra = {},
                 rlim_t max_open_files = 0)
      : port_(port) {
    pid_ = fork();
    if (pid_ == 0) {
      if (max_open_files > 0) {
        rlimit limit{max_open_files, max_open_files};
        setrlimit(RLIMIT_NOFILE, &limit);
      }
      std::vector<std::string> strings;
      for (const auto& [k, v] : home.env) strings.push_back(k + "=" + v);
      std::vector<char*> envp;
      for (auto& s : strings) envp.push_back(s.data());
      envp.push_back(nullptr);
      std::string port_arg = std::to_string(port);
      std::vector<const char*> argv = {OPENCLAW_BIN, "gateway", "--port", port_arg.c_str()};
      for (const auto& e : extra) argv.push_back(e.c_str());
      argv.push_back(nullptr);
      int devnull = open("/dev/null", O_WRONLY);
      dup2(devnull, 1);
      dup2(devnull, 2);
      execve(OPENCLAW_BIN, const_cast<char**>(argv.data()), envp.data());
      _exit(127);
    }
  }
  ~GatewayProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  GatewayProcess(const GatewayProcess&) = delete;
  GatewayProcess& operator=(const GatewayProcess&) = delete;

  // Connects as an admin CLI, retrying until the gateway listens (bounded).
  std::unique_ptr<client::GatewayClient> Connect(const std::string& token) {
    client::ClientOptions o;
    o.url = "ws://127.0.0.1:" + std::to_string(port_) + "/";
    o.token = token;
    o.scopes = {"operator.admin"};
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (true) {
      try {
        return client::GatewayClient::Connect(o);
      } catch (const client::GatewayError&) {
        if (std::chrono::steady_clock::now() > deadline) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    }
  }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  int Signal(int sig) { return kill(pid_, sig); }
  // True while the child has not exited (an exited child is reaped).
  bool Alive() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == 0) return true;
    pid_ = -1;
    return false;
  }
  // The exit status; -1 when it was killed, or did not exit within `limit` (then it is killed).
  int Wait(std::chrono::milliseconds limit = std::chrono::seconds(20)) {
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (waitpid(pid_, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() >= deadline) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
        pid_ = -1;
        return -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  int port_;
  pid_t pid_ = -1;
};

}  // namespace gateway::testing
