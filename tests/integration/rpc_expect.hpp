// Expectations shared by the integration tests that drive agent runs over a real WebSocket client:
// a call that must succeed (its result checked against the method's result schema), and the
// terminal chat event of a run.
#pragma once

#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <string>

#include "gateway/proto/registry.hpp"
#include "gateway/proto/validators.hpp"
#include "tests/integration/gateway_fixture.hpp"

namespace gateway::testing {

inline nlohmann::json OkResult(client::GatewayClient& client, const std::string& method,
                               const nlohmann::json& params) {
  auto r = client.Call(method, params);
  INFO(method << " " << params.dump() << " -> " << (r.error ? Write(*r.error).dump() : ""));
  REQUIRE(r.ok);
  const proto::MethodInfo* info = proto::FindMethod(method);
  REQUIRE(info);
  CHECK(proto::Validate(proto::FindCheck(info->result), r.payload).empty());
  return r.payload;
}

// The run's final, aborted or error chat event (the test fails without one within `timeout`).
inline nlohmann::json FinalOf(client::GatewayClient& client, const std::string& run_id,
                              std::chrono::milliseconds timeout = std::chrono::seconds(15)) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    auto event = client.WaitEvent("chat", std::chrono::milliseconds(200));
    if (!event) continue;
    const nlohmann::json& payload = (*event)["payload"];
    if (payload["runId"] != run_id) continue;
    const std::string state = payload["state"];
    if (state == "final" || state == "aborted" || state == "error") return payload;
  }
  FAIL("no terminal chat event for " << run_id);
  return nullptr;
}

}  // namespace gateway::testing
