// `openclaw gateway` as a real process: start-up refusals and exit codes, SIGTERM with the
// shutdown event and close 1012, in-process restart on the same port.
#include <catch2/catch.hpp>

#include "tests/support/gateway_process.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

TEST_CASE("Process: start-up refusals exit 78 with the spec's messages", "[integration][process]") {
  Home home;
  auto missing = home.Run({"gateway"});
  CHECK(missing.exit_code == 78);
  CHECK(missing.err.find("Missing config. Run `openclaw setup` or set gateway.mode=local (or pass "
                         "--allow-unconfigured).") != std::string::npos);
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
  CHECK(busy.err.find("another gateway instance is already listening on ws://127.0.0.1:" +
                      std::to_string(port)) != std::string::npos);
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

TEST_CASE("Process: SIGUSR1 restarts in process like SIGUSR2", "[integration][process]") {
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  int port = FreePort();
  GatewayProcess gateway(home, port);
  auto client = gateway.Connect(home.Token());
  std::string boot = client->hello().server.boot_id.value_or("");
  REQUIRE(gateway.Signal(SIGUSR1) == 0);  // older docs restart with SIGUSR1
  auto shutdown = client->WaitEvent("shutdown", 5000ms);
  REQUIRE(shutdown);
  CHECK((*shutdown)["payload"]["reason"] == "gateway restarting");
  CHECK(client->WaitClosed(5000ms).code == 1012);
  auto again = gateway.Connect(home.Token());  // the same port
  CHECK(again->hello().server.boot_id.value_or("") != boot);
  CHECK(again->Call("health").ok);
  CHECK(gateway.Alive());
}
