// `openclaw gateway` as a real process: start-up refusals and exit codes, SIGTERM with the
// shutdown event and close 1012, in-process restart on the same port.
#include <signal.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

#include <catch2/catch.hpp>

#include "gateway/client/gateway_client.hpp"
#include "tests/support/process.hpp"
#include "tests/support/temp_dir.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

int FreePort() {
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

struct Home {
  TempDir dir;
  std::map<std::string, std::string> env{{"PATH", "/usr/bin:/bin"}};
  Home() {
    env["HOME"] = dir.path().string();
    env["OPENCLAW_TEST_RESTART_COOLDOWN_MS"] = "1";
  }
  ProcessResult Run(std::vector<std::string> args, int timeout_ms = 20000) {
    args.insert(args.begin(), OPENCLAW_BIN);
    return RunProcess(args, env, "", timeout_ms);
  }
  std::string Token() { return json::parse(ReadFile(dir / ".openclaw/openclaw.json"))["gateway"]["auth"]["token"]; }
};

// A gateway child process; killed at the end of the test if still running.
class GatewayProcess {
 public:
  GatewayProcess(Home& home, int port, std::vector<std::string> extra = {}) : port_(port) {
    pid_ = fork();
    if (pid_ == 0) {
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
  std::unique_ptr<client::GatewayClient> Connect(const std::string& token) {
    client::ClientOptions o;
    o.url = "ws://127.0.0.1:" + std::to_string(port_) + "/";
    o.token = token;
    o.scopes = {"operator.admin"};
    auto deadline = std::chrono::steady_clock::now() + 10s;
    while (true) {
      try {
        return client::GatewayClient::Connect(o);
      } catch (const client::GatewayError&) {
        if (std::chrono::steady_clock::now() > deadline) throw;
        std::this_thread::sleep_for(20ms);
      }
    }
  }
  int Signal(int sig) { return kill(pid_, sig); }
  int Wait() {
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  int port_;
  pid_t pid_ = -1;
};

}  // namespace

TEST_CASE("Process: start-up refusals exit 78 with the spec's messages", "[integration][process]") {
  Home home;
  auto missing = home.Run({"gateway"});
  CHECK(missing.exit_code == 78);
  CHECK(missing.err.find("Missing config. Run `openclaw setup` or set gateway.mode=local (or pass --allow-unconfigured).") !=
        std::string::npos);
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  REQUIRE(home.Run({"config", "set", "gateway.mode", "remote"}).exit_code == 0);
  auto remote = home.Run({"gateway"});
  CHECK(remote.exit_code == 78);
  CHECK(remote.err.find("Gateway start blocked: set gateway.mode=local") != std::string::npos);
  REQUIRE(home.Run({"config", "set", "gateway.mode", "local"}).exit_code == 0);
  REQUIRE(home.Run({"config", "unset", "gateway.auth"}).exit_code == 0);
  auto lan = home.Run({"gateway", "--bind", "lan"});
  CHECK(lan.exit_code == 78);
  CHECK(lan.err.find("refusing to bind gateway to 0.0.0.0") != std::string::npos);
  CHECK(lan.err.find("without auth") != std::string::npos);
}

TEST_CASE("Process: a busy port is reported", "[integration][process]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  int port = FreePort();
  GatewayProcess first(home, port);
  auto client = first.Connect(home.Token());
  auto busy = home.Run({"gateway", "--port", std::to_string(port)});
  CHECK(busy.exit_code == 1);
  CHECK(busy.err.find("another gateway instance is already listening on ws://127.0.0.1:" + std::to_string(port)) !=
        std::string::npos);
}

TEST_CASE("Process: --force stops the listener and takes the port", "[integration][process]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  int port = FreePort();
  GatewayProcess first(home, port);
  auto client = first.Connect(home.Token());
  GatewayProcess second(home, port, {"--force"});
  CHECK(client->WaitClosed(10000ms).closed);
  CHECK(first.Wait() == 0);  // SIGTERM: a graceful stop
  auto again = second.Connect(home.Token());
  CHECK(again->Call("health").ok);
}

TEST_CASE("Process: SIGTERM broadcasts shutdown and closes 1012", "[integration][process]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  int port = FreePort();
  GatewayProcess gateway(home, port);
  auto client = gateway.Connect(home.Token());
  REQUIRE(gateway.Signal(SIGTERM) == 0);
  auto shutdown = client->WaitEvent("shutdown", 5000ms);
  REQUIRE(shutdown);
  CHECK((*shutdown)["payload"] == json{{"reason", "gateway stopping"}});
  auto closed = client->WaitClosed(5000ms);
  CHECK(closed.code == 1012);
  CHECK(closed.reason == "service restart");
  CHECK(gateway.Wait() == 0);
}

TEST_CASE("Process: gateway.restart.request restarts on the same port", "[integration][process]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  int port = FreePort();
  GatewayProcess gateway(home, port);
  auto client = gateway.Connect(home.Token());
  std::string boot = client->hello().server.boot_id.value_or("");
  auto res = client->Call("gateway.restart.request", {{"reason", "test"}});
  REQUIRE(res.ok);
  CHECK(res.payload["status"] == "scheduled");
  auto shutdown = client->WaitEvent("shutdown", 5000ms);
  REQUIRE(shutdown);
  CHECK((*shutdown)["payload"]["reason"] == "gateway restarting");
  CHECK((*shutdown)["payload"].contains("restartExpectedMs"));
  CHECK(client->WaitClosed(5000ms).code == 1012);
  auto again = gateway.Connect(home.Token());
  CHECK(again->hello().server.boot_id.value_or("") != boot);
  CHECK(again->Call("health").ok);
  REQUIRE(gateway.Signal(SIGUSR2) == 0);  // SIGUSR2 restarts as well
  CHECK(again->WaitClosed(5000ms).code == 1012);
  CHECK(gateway.Connect(home.Token())->Call("health").ok);
}
