#include "tools/bench/gateway_launcher.hpp"

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "tools/bench/http_probe.hpp"
#include "tools/bench/process_spawn.hpp"

namespace gateway::bench {
namespace {

namespace fs = std::filesystem;

constexpr auto kSetupLimit = std::chrono::seconds(30);
constexpr auto kStopGrace = std::chrono::seconds(5);
constexpr auto kHealthPollInterval = std::chrono::microseconds(200);
constexpr auto kHealthRequestTimeout = std::chrono::milliseconds(1000);

// Binds port 0 on 127.0.0.1 and returns what the kernel chose (then lets it go again).
std::optional<std::uint16_t> FreeLoopbackPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return std::nullopt;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  std::optional<std::uint16_t> port;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  ::close(fd);
  return port;
}

std::string ReadTail(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::size_t>(in.tellg());
  const std::size_t from = size > max_bytes ? size - max_bytes : 0;
  in.seekg(static_cast<std::streamoff>(from));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::expected<std::string, std::string> ReadToken(const std::string& home) {
  const std::string path = home + "/.openclaw/openclaw.json";
  std::ifstream in(path);
  if (!in) return std::unexpected("setup wrote no " + path);
  try {
    const auto config = nlohmann::json::parse(in);
    return config.at("gateway").at("auth").at("token").get<std::string>();
  } catch (const std::exception& e) {
    return std::unexpected("no gateway.auth.token in " + path + ": " + e.what());
  }
}

}  // namespace

std::expected<std::unique_ptr<StateDir>, std::string> StateDir::Create(
    const std::string& openclaw) {
  if (::access(openclaw.c_str(), X_OK) != 0)
    return std::unexpected(openclaw + " is not executable");
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/openclaw-bench-XXXXXX";
  if (!::mkdtemp(pattern.data())) return std::unexpected("mkdtemp failed for " + pattern);
  std::unique_ptr<StateDir> dir(new StateDir(openclaw, pattern));

  const std::string output = dir->home_ + "/setup.out";
  auto pid = SpawnProcess({openclaw, "setup"}, IsolatedEnvironment(dir->home_), output);
  if (!pid) return std::unexpected(pid.error());
  auto status = WaitForExit(*pid, kSetupLimit);
  if (!status) {
    ::kill(*pid, SIGKILL);
    WaitForExit(*pid, std::chrono::seconds(5));
    return std::unexpected("openclaw setup did not finish within 30 s");
  }
  if (*status != 0) {
    return std::unexpected("openclaw setup " + DescribeExit(*status) + ": " +
                           ReadTail(output, 2000));
  }
  auto token = ReadToken(dir->home_);
  if (!token) return std::unexpected(token.error());
  dir->token_ = *token;
  return dir;
}

StateDir::~StateDir() {
  std::error_code ignored;
  fs::remove_all(home_, ignored);
}

std::expected<std::unique_ptr<GatewayProcess>, std::string> GatewayProcess::Spawn(
    const StateDir& state) {
  auto port = FreeLoopbackPort();
  if (!port) return std::unexpected("no free loopback port");
  const std::string output = state.home() + "/gateway-" + std::to_string(*port) + ".out";
  auto env = IsolatedEnvironment(state.home());
  const Clock::time_point at = Clock::now();
  auto pid =
      SpawnProcess({state.openclaw(), "gateway", "--port", std::to_string(*port)}, env, output);
  if (!pid) return std::unexpected(pid.error());
  return std::unique_ptr<GatewayProcess>(new GatewayProcess(*pid, *port, output, at));
}

GatewayProcess::~GatewayProcess() { Stop(); }

std::optional<double> GatewayProcess::WaitHealthy(std::chrono::milliseconds limit,
                                                  const std::string& path) {
  const auto deadline = spawned_at_ + limit;
  while (Clock::now() < deadline) {
    if (HttpGetStatus("127.0.0.1", port_, path, kHealthRequestTimeout) == 200) {
      return MsBetween(spawned_at_, Clock::now());
    }
    if (Ended()) return std::nullopt;
    std::this_thread::sleep_for(kHealthPollInterval);
  }
  return std::nullopt;
}

std::optional<std::string> GatewayProcess::Ended() {
  if (ended_) return ended_;
  if (auto status = WaitForExit(pid_, std::chrono::milliseconds(0))) ended_ = DescribeExit(*status);
  return ended_;
}

std::string GatewayProcess::Stop() {
  if (Ended()) return *ended_;
  ::kill(pid_, SIGTERM);
  auto status = WaitForExit(pid_, kStopGrace);
  if (!status) {
    ::kill(pid_, SIGKILL);
    status = WaitForExit(pid_, kStopGrace);
    ended_ = "did not stop within 5 s of SIGTERM: killed";
    return *ended_;
  }
  ended_ = DescribeExit(*status);
  return *ended_;
}

std::string GatewayProcess::OutputTail(std::size_t max_bytes) const {
  return ReadTail(output_path_, max_bytes);
}

}  // namespace gateway::bench
