// A run cut off by kill -9: the acknowledged prompt survives, and the next start marks the turn
// with an error reply instead of leaving it unanswered forever.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "server/domain/runs/run_engine.hpp"
#include "tests/support/gateway_process.hpp"
#include "tests/support/openai_standin.hpp"

using namespace gateway;
using namespace gateway::testing;
using nlohmann::json;
using namespace std::chrono_literals;

TEST_CASE("Agent runs: kill -9 mid-run keeps the prompt and marks the turn at the next start",
          "[integration][runs][crash]") {
  OpenAiStandin standin;
  Home home;
  REQUIRE(home.Run({"setup"}).exit_code == 0);
  const auto path = home.dir / ".openclaw/openclaw.json";
  json config = json::parse(ReadFile(path));
  config["models"]["providers"]["standin"] = {
      {"baseUrl", standin.base_url()},
      {"apiKey", kStandinApiKey},
      {"models", json::array({{{"id", "m1"}, {"name", "Stand-in"}}})}};
  config["agents"]["defaults"]["model"] = "standin/m1";
  std::ofstream(path) << config.dump(2);

  {
    GatewayProcess gateway(home, FreePort());
    auto client = gateway.Connect(home.Token());
    auto ack = client->Call(
        "chat.send",
        {{"sessionKey", "main"}, {"message", "slow task"}, {"idempotencyKey", "crash-1"}});
    REQUIRE(ack.ok);
    bool streaming = false;
    for (int i = 0; i < 50 && !streaming; ++i) {
      auto event = client->WaitEvent("chat", 200ms);
      streaming = event && (*event)["payload"]["state"] == "delta";
    }
    REQUIRE(streaming);
    REQUIRE(gateway.Signal(SIGKILL) == 0);
    CHECK(gateway.Wait() == -1);
  }

  GatewayProcess restarted(home, FreePort());
  auto client = restarted.Connect(home.Token());
  json messages;
  for (int i = 0; i < 100; ++i) {  // the marking runs in the background right after start
    auto history = client->Call("chat.history", {{"sessionKey", "main"}});
    REQUIRE(history.ok);
    messages = history.payload["messages"];
    if (messages.size() >= 2) break;
    std::this_thread::sleep_for(20ms);
  }
  REQUIRE(messages.size() == 2);
  CHECK(messages[0]["role"] == "user");
  CHECK(messages[0]["__openclaw"]["idempotencyKey"] == "crash-1:user");
  CHECK(messages[1]["role"] == "assistant");
  CHECK(messages[1].dump().find(std::string(domain::runs::kInterruptedTurnText)) !=
        std::string::npos);
}
